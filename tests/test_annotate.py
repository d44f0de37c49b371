"""Per-document annotation on short texts: mentions, roles with status, claims, tenure cues."""

from __future__ import annotations

from datetime import date

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import AnnotatedArticle


def _annotate(nlp, text: str, published: str | None = None) -> AnnotatedArticle:  # type: ignore[no-untyped-def]
    article = clean_document(
        RawDocument(
            item="t", format="txt", content="Headline of the test\n" + text, published=published
        )
    )
    return annotate_doc(article, nlp(article.text))


def _roles(annotated: AnnotatedArticle) -> dict[str, tuple[str, str | None, str]]:
    return {
        annotated.mentions[r.mention].text: (r.office, r.country, r.status) for r in annotated.roles
    }


def test_roles_before_and_after_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = _annotate(
        nlp,
        "French Foreign Minister Jean-Noel Barrot met Egyptian President Abdel Fattah el-Sisi in Cairo. "
        "Former Israeli Prime Minister Naftali Bennett criticised the plan. "
        "Hakan Fidan, Turkey's foreign minister, said talks would continue.",
    )
    roles = _roles(annotated)
    assert roles["Jean-Noel Barrot"] == ("foreign minister", "France", "current")
    assert roles["Naftali Bennett"] == ("prime minister", "Israel", "former")
    assert roles["Hakan Fidan"] == ("foreign minister", "Turkey", "current")
    for role in annotated.roles:
        assert annotated.article.text[role.evidence.start : role.evidence.end] == role.evidence.text


def test_claims_have_attribution_polarity_and_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = _annotate(
        nlp,
        "A senior diplomat in Geneva said that the two delegations met on Tuesday.\n"
        "The ministry denied that the president attended the meeting.\n"
        'The envoy told reporters: "The dialogue has started."',
    )
    # A claim is the reported proposition; who said it is its attribution, not its text.
    by_predicate = {c.predicate: c for c in annotated.claims}
    met = by_predicate["meet"]
    assert met.attribution == "A senior diplomat in Geneva" and met.text.startswith("the two")
    assert met.polarity == "positive" and met.modality == "reported"
    denied = by_predicate["attend"]
    assert denied.polarity == "negative" and denied.attribution == "The ministry"
    assert denied.modality == "denied"
    quoted = next(c for c in annotated.claims if c.quote)
    assert quoted.quote == "The dialogue has started."
    assert annotated.quotes[0].speaker_text == "The envoy"


def test_time_expressions_resolve_against_the_publication_date(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = _annotate(
        nlp, "Officials met in Baku on Saturday to discuss the border.", published="2025-07-13"
    )
    saturday = next(t for t in annotated.times if t.text == "Saturday")
    assert saturday.day == date(2025, 7, 12)


def test_out_of_power_cues(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = _annotate(
        nlp,
        "Troops entered the area after the fall of Bashar al-Assad's regime last year. "
        "Former president Donald Trump and President Joe Biden spoke.",
    )
    ended = {annotated.mentions[t.mention].text for t in annotated.tenure_ended}
    assert "Bashar al-Assad" in ended
    assert "Joe Biden" not in ended


def test_non_english_paragraphs_get_no_entities(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = _annotate(
        nlp,
        "John Smith met Maria Lopez in Madrid on Monday.\nسوريا وإسرائيل تعقدان محادثات في باكو",
    )
    arabic_start = annotated.article.text.index("سوريا")
    assert all(m.start < arabic_start for m in annotated.mentions)
    assert {m.text for m in annotated.mentions} >= {"John Smith", "Maria Lopez"}


def test_then_and_former_titles(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = _annotate(
        nlp,
        "The deal was signed by then-Secretary of State John Kerry in Geneva. "
        "Former British Prime Minister Tony Blair attended the ceremony.",
    )
    roles = _roles(annotated)
    assert roles["John Kerry"][0] == "secretary of state" and roles["John Kerry"][2] == "then"
    assert roles["Tony Blair"] == ("prime minister", "United Kingdom", "former")
