"""Organisations named by a description: "the French news agency", "the paper"."""

from __future__ import annotations

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.annotate.descriptions import description_key
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import AnnotatedArticle, Entity
from crosscheck.resolve.resolver import resolve_entities


def _article(nlp, name: str, text: str) -> AnnotatedArticle:  # type: ignore[no-untyped-def]
    article = clean_document(
        RawDocument(item=name, format="txt", content=f"Report {name}\n{text}", path=name)
    )
    return annotate_doc(article, nlp(article.text))


def _entity_with(entities: list[Entity], text: str) -> Entity | None:
    return next((e for e in entities if any(m.text == text for m in e.mentions)), None)


def test_description_keys_ignore_determiners_dots_and_run_suffixes() -> None:
    assert description_key("the U.S. news agency") == "us news agency"
    assert description_key("Turkey's state-run news agency") == "turkey's state news agency"


def test_apposition_and_a_later_bare_description_name_the_paper(nlp) -> None:  # type: ignore[no-untyped-def]
    article = _article(
        nlp,
        "a.txt",
        'The Syrian newspaper "Al-Watan" denied that the president took part in the meetings. '
        "The paper said the talks aim to calm the border. A big company said nothing.",
    )
    kinds = [m.kind for m in article.mentions]
    assert (
        kinds.count("description") == 2
    )  # "The Syrian newspaper", "The paper"; not "A big company"
    entity = _entity_with(resolve_entities([article]).entities, "The paper")
    assert entity is not None and entity.name == "Al-Watan"
    assert {e.kind for e in entity.merges} == {
        "description in apposition",
        "description in same article",
    }


def test_a_description_used_with_a_name_elsewhere_links_across_articles(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [
        _article(
            nlp,
            "a.txt",
            "Israeli newspaper Yedioth Ahronoth revealed on Thursday that officials met in Baku.",
        ),
        _article(nlp, "b.txt", "Officials met in Baku, the Israeli newspaper reported on Friday."),
    ]
    entity = _entity_with(resolve_entities(articles).entities, "the Israeli newspaper")
    assert entity is not None and entity.name == "Yedioth Ahronoth"
    assert "description used with the name elsewhere" in {e.kind for e in entity.merges}


def test_two_papers_described_alike_leave_the_description_unlinked(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [
        _article(nlp, "a.txt", "Israeli newspaper Haaretz reported that officials met in Baku."),
        _article(nlp, "b.txt", "Israeli newspaper Maariv reported that officials met in Paris."),
        _article(nlp, "c.txt", "Officials met again, the Israeli newspaper reported on Friday."),
    ]
    assert _entity_with(resolve_entities(articles).entities, "the Israeli newspaper") is None


def test_the_french_news_agency_is_afp_by_press_convention(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [
        _article(
            nlp,
            "a.txt",
            "The source was quoted by the French news agency as saying that a meeting was held.",
        ),
        _article(nlp, "b.txt", "AFP reported that the meeting was held in Baku on Saturday."),
    ]
    entity = _entity_with(resolve_entities(articles).entities, "the French news agency")
    assert entity is not None
    assert entity.name == "Agence France-Presse"
    assert {m.text for m in entity.mentions} == {"the French news agency", "AFP"}
    assert [e.kind for e in entity.merges] == ["press convention"]
