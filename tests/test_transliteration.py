"""Names written in French or in Arabic script meet their English forms."""

from __future__ import annotations

import pytest

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.resolver import resolve_entities
from crosscheck.resolve.transliteration import french_to_english


def _article(nlp, name: str, text: str) -> AnnotatedArticle:  # type: ignore[no-untyped-def]
    article = clean_document(
        RawDocument(item=name, format="txt", content=f"Report {name}\n{text}", path=name)
    )
    return annotate_doc(article, nlp(article.text))


def test_french_spelling_conventions() -> None:
    assert french_to_english("Bachar al-Assad") == "Bashar al-Asad"
    assert french_to_english("Ahmad al-Chareh") == "Ahmad al-Shara"
    assert french_to_english("Badr Al-Boussaïdi") == "Badr Al-Busaidi"
    assert french_to_english("Abbas Araghtchi") == "Abbas Araghchi"
    assert french_to_english("Mohammed ben Salmane") == "Mohammed bin Salman"
    assert french_to_english("Téhéran") == "Teheran"


def test_french_reports_meet_the_english_names(nlp) -> None:  # type: ignore[no-untyped-def]
    from crosscheck.annotate.mentions import french_pipeline

    if french_pipeline() is None:
        pytest.skip("the optional French pipeline is not installed")
    articles = [
        _article(
            nlp,
            "en.txt",
            "Syrian President Ahmed al-Sharaa met Bashar al-Assad's former ministers in"
            " Damascus. Ahmed al-Sharaa said Syria would hold elections.",
        ),
        _article(
            nlp,
            "fr.txt",
            "Le président syrien Ahmad al-Chareh a rencontré à Damas les anciens ministres de"
            " Bachar al-Assad. Le président Ahmad al-Chareh a promis des élections en Syrie."
            " Il s'est ensuite rendu à Téhéran.",
        ),
        _article(nlp, "en2.txt", "Officials in Tehran welcomed the talks with Syria on Monday."),
    ]
    english = _article(
        nlp,
        "x.txt",
        "The newspaper Le Monde reported from La Paz on Monday that the talks had failed.",
    )
    assert "Le Monde" in {m.text for m in english.mentions}, "French articles only in French"
    by_alias = {a: e for e in resolve_entities(articles).entities for a in e.aliases}
    sharaa = by_alias["Ahmed al-Sharaa"]
    assert by_alias["Ahmad al-Chareh"].id == sharaa.id
    assert by_alias["Bachar al-Assad"].id == by_alias["Bashar al-Assad"].id
    assert by_alias["Bachar al-Assad"].id != sharaa.id
    assert by_alias["Téhéran"].id == by_alias["Tehran"].id
    assert by_alias["Syrie"].id == by_alias["Syria"].id
    evidence = next(m for m in sharaa.merges if "Ahmad al-Chareh" in m.forms)
    assert "read in English spelling" in evidence.detail, "the respelling is shown"
    assessed = by_alias["Bashar al-Assad"]
    assert any("Bachar al-Assad" in m.forms for m in assessed.merges), "evidence, same spelling"
    assert by_alias["Damas"].id == by_alias["Damascus"].id, "French names of capitals"


def test_french_conventions_never_touch_english_names(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [
        _article(nlp, "a.txt", "Richard Chase met reporters in London on Monday morning."),
        _article(nlp, "b.txt", "Richard Shase met reporters in London on Tuesday morning."),
    ]
    by_alias = {a: e for e in resolve_entities(articles).entities for a in e.aliases}
    assert {"Richard Chase", "Richard Shase"} <= set(by_alias)
    assert by_alias["Richard Chase"].id != by_alias["Richard Shase"].id


def test_arabic_script_keys_meet_latin_spellings() -> None:
    from crosscheck.resolve.arabic_script import arabic_readings, latin_key

    def keys(word: str) -> set[str]:
        return {key for _, key in arabic_readings(word)}

    assert latin_key("araghchi") in keys("عراقجي")
    assert latin_key("araqchi") in keys("عراقجي")
    assert latin_key("witkoff") in keys("ويتكوف")
    assert latin_key("trump") in keys("ترامب")
    assert latin_key("busaidi") in keys("والبوسعيدي"), "joined 'and' and article are read off"
    assert latin_key("barak") == latin_key("barrack") and latin_key("barak") in keys("باراك")
    assert latin_key("tehran") not in keys("عراقجي")


def test_arabic_paragraphs_name_the_story_entities(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [
        _article(
            nlp,
            "en.txt",
            "Iranian Foreign Minister Abbas Araghchi met US envoy Steve Witkoff in Muscat."
            " Araghchi said the talks were constructive.",
        ),
        _article(
            nlp,
            "ar.txt",
            "التقى وزير الخارجية الإيراني عباس عراقجي المبعوث الأمريكي ستيف ويتكوف في مسقط."
            " وقال عراقجي إن المحادثات كانت بناءة.",
        ),
    ]
    entities = resolve_entities(articles).entities
    by_alias = {a: e for e in entities for a in e.aliases}
    araghchi = by_alias["Abbas Araghchi"]
    assert by_alias["عباس عراقجي"].id == araghchi.id
    assert by_alias["ستيف ويتكوف"].id == by_alias["Steve Witkoff"].id
    assert any(m.kind == "Arabic script" for m in araghchi.merges)
    arabic = [m for m in araghchi.mentions if m.article == articles[1].article.id]
    assert {m.text for m in arabic} == {"عباس عراقجي", "عراقجي"}


def test_an_arabic_name_two_people_could_bear_stays_unlinked(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [
        _article(nlp, "a.txt", "Tom Barrack, the US envoy, met officials in Beirut on Monday."),
        _article(nlp, "b.txt", "Former Israeli prime minister Ehud Barak spoke in Tel Aviv."),
        _article(nlp, "c.txt", "قال باراك إن المحادثات ستستمر الأسبوع المقبل في بيروت."),
    ]
    entities = resolve_entities(articles).entities
    assert not any("باراك" in e.aliases for e in entities), "Barak or Barrack: unknown"
    by_alias = {a: e for e in entities for a in e.aliases}
    assert by_alias["Tom Barrack"].id != by_alias["Ehud Barak"].id
