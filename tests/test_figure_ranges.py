"""A figure given as a range ("between 150 and 200 people were killed") is the range: a figure
inside it agrees with it, a figure outside it conflicts; the low end of a range is never read
alone ("magnitude 6.1 to 6.3" is no magnitude of 6.1)."""

from __future__ import annotations

from claim_builders import article, corpus, says
from crosscheck.claims.slot_figures import sourced_figures
from crosscheck.corroborate.slots import slot_conflicts
from crosscheck.records import AnnotatedArticle, Finding, Sentence


def _read(sentence: str, language: str = "en") -> list[tuple[str, str, float | None, float | None]]:
    return [
        (s, v.text, v.low, v.high) for s, _, v, _ in sourced_figures(sentence, 0, language, False)
    ]


def test_ranges_are_read_with_both_ends() -> None:
    assert _read("Between 150 and 200 people were killed in Agadir.") == [
        ("killed|agadir", "Between 150 and 200", 150.0, 200.0)
    ]
    assert _read("Entre 150 et 200 personnes ont été tuées.", "fr") == [
        ("killed", "Entre 150 et 200", 150.0, 200.0)
    ]
    assert _read("The quake, of magnitude 6.1 to 6.3, killed 30 people.") == [
        ("killed", "30", 30.0, 30.0)
    ]


def _sentences(annotated: AnnotatedArticle) -> AnnotatedArticle:
    sentences = [Sentence(start=c.start, end=c.end) for c in annotated.claims]
    return annotated.model_copy(update={"sentences": sentences})


def _conflicts(first: str, second: str) -> list[Finding]:
    articles = [
        _sentences(article("a", "Outlet A", says(first))),
        _sentences(article("b", "Outlet B", says(second))),
    ]
    return slot_conflicts(corpus(articles))


def test_a_figure_inside_a_range_agrees_and_one_outside_conflicts() -> None:
    ranged = "Between 150 and 200 people were killed in Agadir."
    assert _conflicts(ranged, "180 people were killed in Agadir.") == []
    (toll,) = _conflicts(ranged, "250 people were killed in Agadir.")
    assert sorted(v.value for v in toll.values) == ["250", "Between 150 and 200"]
