"""A German ordinal day ("am 28. Juli") does not end a sentence of a paragraph the English parse
cannot read; a number that does end one still does. Text written for the test."""

from __future__ import annotations

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument

GERMAN = (
    "Oppositionsführer verlässt Venezuela\n"
    "Der Oppositionskandidat hatte die Wahl am 28. Juli nach eigenen Angaben klar gewonnen. "
    "Er verließ das Land am 7. September in einem Flugzeug der spanischen Luftwaffe. "
    "Die Zahl der Festgenommenen stieg bis dahin auf 12. Die Behörden nannten keine Namen."
)


def test_a_german_ordinal_day_is_no_sentence_end(nlp) -> None:  # type: ignore[no-untyped-def]
    document = clean_document(RawDocument(item="de", format="txt", content=GERMAN, path="de"))
    assert document.language == "de"
    claims = [c.text for c in annotate_doc(document, nlp(document.text)).claims]
    assert any(c.startswith("Der Oppositionskandidat") and c.endswith("gewonnen") for c in claims)
    assert any(c.startswith("Er verließ das Land am 7. September") for c in claims)
    # a number before a new sentence still ends the sentence
    assert any(c.endswith("stieg bis dahin auf 12") for c in claims)
    assert not any(c.startswith("Juli") or c.startswith("September") for c in claims)
