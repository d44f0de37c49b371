"""A misquote is one quote given with a material difference (a figure, a negation), not a
shortened, reframed or translated wording of it; editorial brackets belong to the quote."""

from __future__ import annotations

from claim_builders import article, corpus
from claims_helpers import annotate_text
from crosscheck.corroborate.speech import misquotes
from crosscheck.records import Finding

LONG = (
    "We know little of the talks, but the one thing we can say is that the minister gave his "
    "view of the [coastal] region's needs after the storm and the May 3 floods"
)


def _misquotes(first: str, second: str) -> list[Finding]:
    speaker = "Anna Keller"
    built = corpus(
        [
            article("a", "A", quotes=[{"text": first, "speaker_text": speaker}]),
            article("b", "B", quotes=[{"text": second, "speaker_text": speaker}]),
        ]
    )
    return misquotes(built)


def test_a_shortened_quote_with_a_synonym_is_not_a_misquote() -> None:
    short = "The minister [Paul Weber] made his view of the May 3 floods"
    assert _misquotes(LONG, short) == []


def test_a_figure_changed_inside_a_longer_quote_is_still_a_misquote() -> None:
    short = "The minister [Paul Weber] made his view of the May 30 floods"
    (found,) = _misquotes(LONG, short)
    assert found.kind == "misquote" and len(found.values) == 2


def test_a_negation_added_inside_the_quote_is_still_a_misquote() -> None:
    found = _misquotes(
        "We will attack the northern positions and hold them until spring, the colonel said",
        "We will not attack the northern positions and hold them until spring",
    )
    assert [f.kind for f in found] == ["misquote"]


def test_the_summary_cuts_a_long_quote_at_a_word_with_an_ellipsis() -> None:
    (found,) = _misquotes(LONG, LONG.replace("May 3", "May 30"))
    first = found.summary.split("\u201c")[1].split("\u201d")[0]
    assert first.endswith("\u2026") and LONG.startswith(first[:-1])
    assert first[:-1] == first[:-1].rstrip() and LONG[len(first) - 1] == " "


def test_an_editorial_bracket_inside_a_quote_is_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        'The spokesman spoke to reporters on Monday.\n\n"The minister gave his view of the '
        "[coastal] region's needs after the storm and the May 3 floods,\" Keller noted.",
    )
    (quote,) = annotated.quotes
    assert quote.text.endswith("[coastal] region's needs after the storm and the May 3 floods")
    assert quote.speaker_text == "Keller"


def test_a_shortened_wording_joins_the_version_it_repeats() -> None:
    speaker = "Anna Keller"
    long, short = LONG, "The minister [Paul Weber] made his view of the May 3 floods"
    other = LONG.replace("May 3", "May 30")
    built = corpus(
        [
            article(name, name.upper(), quotes=[{"text": text, "speaker_text": speaker}])
            for name, text in (("a", long), ("b", short), ("c", other))
        ]
    )
    (found,) = misquotes(built)
    assert sorted(len(v.evidence) for v in found.values) == [1, 2]
    assert {e.text for v in found.values if len(v.evidence) == 2 for e in v.evidence} == {
        long,
        short,
    }


def test_uncredited_outlets_giving_one_wording_are_one_proven_origin() -> None:
    speaker = "Anna Keller"
    changed = LONG.replace("May 3", "May 30")
    built = corpus(
        [
            article("a", "A", quotes=[{"text": LONG, "speaker_text": speaker}]),
            article("b", "B", quotes=[{"text": changed, "speaker_text": speaker}]),
            article("c", "C", quotes=[{"text": changed, "speaker_text": speaker}]),
        ]
    )
    (found,) = misquotes(built)
    wider = next(v for v in found.values if len(v.articles) == 2)
    # two outlets with no credit, cited source or reporter of their own may copy one another:
    # one origin shown, not two
    assert wider.articles == ["b", "c"] and len(wider.origins) == 1
