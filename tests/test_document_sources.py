"""A toll, report, tally or figures is not a source: its issuer is, when the sentence names one;
else the claim rests on the article (or its agency) alone."""

from __future__ import annotations

from claims_helpers import annotate_text
from crosscheck.claims.documents import body_phrase, is_document
from crosscheck.records import AnnotatedArticle, SourceLink


def _cited(annotated: AnnotatedArticle, word: str) -> list[SourceLink]:
    claim = next(c for c in annotated.claims if word in c.text)
    return [link for link in claim.origins if link.kind != "agency"]


def test_a_toll_without_issuer_is_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "More than 2,100 people died in the floods, according to the latest official toll.\n"
        "Rescuers found 40 survivors in the rubble, according to a revised report updated on"
        " Sunday morning.",
    )
    assert _cited(annotated, "2,100") == []
    assert _cited(annotated, "survivors") == []


def test_the_ministrys_toll_cites_the_ministry(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp, "At least 820 people were killed, according to the health ministry's latest toll."
    )
    links = _cited(annotated, "820")
    assert [(link.kind, link.key) for link in links] == [("official_body", "body:health ministry")]


def test_a_report_by_a_named_body_cites_that_body(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "Cholera cases doubled in the camps last week, according to a WHO report.\n"
        "About 3,000 homes were destroyed, according to the latest provisional report,"
        " communicated by the Ministry of Interior.",
    )
    assert [link.key for link in _cited(annotated, "Cholera")] == ["body:who"]
    assert [link.key for link in _cited(annotated, "homes")] == ["body:ministry of interior"]


def test_a_named_official_stays_a_source(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp, "Interior Minister Abdelouafi Laftit said that 2,901 people had died in the quake."
    )
    keys = [link.key for link in _cited(annotated, "2,901")]
    assert keys == ["named:abdelouafi laftit"]


def test_document_phrases_in_english_and_french() -> None:
    assert is_document("the latest tally", "tally")
    assert is_document("le dernier bilan", "bilan")
    assert not is_document("Sky News", "News")
    assert body_phrase("an updated Interior ministry toll") == "Interior ministry"
    assert body_phrase("the ministry's latest toll") == "ministry"
    assert body_phrase("le dernier bilan officiel du ministère de l'Intérieur") == (
        "ministère de l'Intérieur"
    )
    assert body_phrase("the latest official toll") is None


def test_the_issuer_after_a_tally_is_read_to_the_end_of_the_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "The death toll from the earthquake, which struck late on Friday in the south of the"
        " province, rose to 632 deaths and 329 injuries, according to an updated tally of the"
        " Ministry of the Interior up to seven in the morning.",
    )
    assert [link.key for link in _cited(annotated, "632")] == ["body:ministry of interior"]


def test_a_french_toll_cites_its_issuer_or_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "Le séisme a fait 632 morts et 329 blessés, selon le dernier bilan officiel du ministère"
        " de l'Intérieur.\n\nLe séisme a fait au moins 2000 morts, selon les chiffres.",
    )
    assert [link.key for link in _cited(annotated, "632")] == ["body:ministere de l'interieur"]
    assert _cited(annotated, "2000") == []


def test_the_toll_takes_the_issuer_of_the_last_toll_only(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "Some 900 homes were destroyed, according to figures released by the regional"
        " government.\n\nAbout 100 bodies were recovered on Monday, according to the toll.\n\n"
        "At least 820 people were killed, according to the health ministry's toll.\n\n"
        "Another 60 people were missing, according to the latest toll.",
    )
    assert [link.key for link in _cited(annotated, "homes")] == ["body:regional government"]
    assert _cited(annotated, "bodies") == []
    assert [link.key for link in _cited(annotated, "missing")] == ["body:health ministry"]


def test_a_named_un_agency_is_a_body_not_a_medium(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(nlp, "The UN agency said that 30,000 people had been displaced.")
    links = _cited(annotated, "30,000")
    assert [(link.kind, link.key) for link in links] == [("official_body", "body:un")]


def test_a_national_news_agency_stays_a_medium(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp, "The official MAP agency said that 2,000 people had been injured in the quake."
    )
    kinds = {link.kind for link in _cited(annotated, "2,000")}
    assert "official_body" not in kinds
