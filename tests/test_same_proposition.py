"""Corroboration only for one proposition about one thing at one time: pairs of close sentences
from two outlets, written for the test, that a fact-checker would not sign as support (each
class the issue lists), and a paraphrase that must still be shown as corroborated."""

from __future__ import annotations

import pytest

from crosscheck.claims.same_proposition import caption_shaped
from crosscheck.records import Dossier
from text_builders import dated_dossier_of, dossier_of

PUBLISHED = "2025-04-27"
AGREEMENT = ("corroborated", "single_source")


def _pair(nlp, first: str, second: str) -> Dossier:  # type: ignore[no-untyped-def]
    """The dossier of two outlets' reports, each a headline and the given body."""
    return dossier_of(
        nlp,
        {
            "a.txt": ("Outlet A", f"Talks and aid: the latest\n{first}"),
            "b.txt": ("Outlet B", f"News of the day in brief\n{second}"),
        },
        published=PUBLISHED,
    )


def _agreement_across(dossier: Dossier, kinds: tuple[str, ...] = AGREEMENT) -> list[str]:
    """Summaries of the findings that show both articles as telling one proposition."""
    both = {a.id for a in dossier.articles}
    return [f.summary for f in dossier.findings if f.kind in kinds and both <= set(f.supporting)]


REJECTED = {
    "different figures": (
        "Israeli jets struck six air bases in southern Syria on Monday, the army said.",
        "Israeli jets struck eight air bases in southern Syria on Monday, the army said.",
    ),
    "a figure on one side only": (
        "Spanish rescuers arrived in Marrakech on Sunday with 56 soldiers, the defence ministry "
        "in Madrid said.",
        "A Spanish team of soldiers and search dogs arrived in Marrakech on Sunday to dig "
        "through the rubble of collapsed homes.",
    ),
    "another subject": (
        "Witkoff headed the American delegation at the talks in Muscat, while Araghchi led the "
        "Iranian side.",
        "Araghchi headed the Iranian delegation at the talks in Muscat, with the Omani minister "
        "shuttling between rooms.",
    ),
    "different rounds": (
        "The second round of talks between Iran and the United States ended in Rome on "
        "Saturday with both sides agreeing to meet again.",
        "The third round of talks between Iran and the United States ended in Rome on "
        "Saturday with both sides agreeing to meet again.",
    ),
    "one topic on different dates": (
        "Iranian and American negotiators held indirect talks in Muscat on April 12, 2025, "
        "with Oman carrying messages between the delegations.",
        "Iranian and American negotiators held indirect talks in Muscat on April 26, 2025, "
        "with Oman carrying messages between the delegations.",
    ),
    "opposite speakers": (
        "Foreign Minister Abbas Araghchi said the talks in Muscat were constructive and would "
        "continue next week.",
        "The talks in Muscat were constructive and would continue next week, US envoy Steve "
        "Witkoff told reporters after the meeting.",
    ),
    "a shared negation shape": (
        "Omani officials did not elaborate on the venue of the next round of the talks.",
        "Iranian officials did not elaborate on the venue of the next round of the talks.",
    ),
    "shared place names only": (
        "Hundreds of protesters gathered in the centre of Derna on Monday to demand "
        "accountability for the dam collapse.",
        "Hundreds of rescue workers gathered in the centre of Derna on Monday to search the "
        "rubble after the dam collapse.",
    ),
    "a denial of the claim": (
        "Oman mediated the talks between Iran and the United States in Muscat on Saturday.",
        "Iran denied that Oman mediated the talks between Iran and the United States in "
        "Muscat on Saturday.",
    ),
}


@pytest.mark.parametrize("case", sorted(REJECTED))
def test_close_sentences_that_state_different_things_do_not_corroborate(nlp, case: str) -> None:  # type: ignore[no-untyped-def]
    first, second = REJECTED[case]
    assert _agreement_across(_pair(nlp, first, second)) == [], case


def test_one_fact_in_each_outlet_s_own_words_is_corroborated(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _pair(
        nlp,
        "Spanish rescuers arrived in Marrakech on Sunday with 56 soldiers and four search dogs, "
        "the defence ministry in Madrid said.",
        "A Spanish team of 56 soldiers and four search dogs arrived in Marrakech on Sunday to dig "
        "through the rubble of collapsed homes, our correspondent reported.",
    )
    (summary,) = _agreement_across(dossier, ("corroborated",))
    assert "2 independent sources" in summary


def test_a_count_is_confirmed_by_the_same_list_and_not_by_a_shorter_one(nlp) -> None:  # type: ignore[no-untyped-def]
    counted = (
        "Morocco said on Sunday it had accepted aid from four countries: Spain, Britain, Qatar "
        "and the United Arab Emirates."
    )
    listed = (
        "Morocco said on Sunday that it accepted rescue teams from Spain, Britain, Qatar and the "
        "United Arab Emirates after the earthquake."
    )
    shorter = (
        "Morocco said on Sunday that it accepted rescue teams from Spain, Britain and Qatar after "
        "the earthquake."
    )
    # both rest on Morocco's statement: one proposition, one origin
    (summary,) = _agreement_across(_pair(nlp, counted, listed))
    assert "Morocco" in summary
    assert _agreement_across(_pair(nlp, counted, shorter)) == []


def test_a_wire_caption_is_told_from_prose_by_its_closing_date() -> None:
    assert caption_shaped(
        "A man walks near the old mosque, which was damaged by the earthquake, in Tinmel, "
        "Morocco, September 11, 2023."
    )
    assert not caption_shaped("Negotiators met in Muscat on Saturday, April 12, 2025.")
    assert not caption_shaped("The earthquake struck the High Atlas on September 8, 2023.")


def test_a_caption_is_neither_support_nor_a_single_source(nlp) -> None:  # type: ignore[no-untyped-def]
    caption = (
        "Rescuer Youssef Amrani carries a child out of a collapsed house, in Amizmiz, Morocco, "
        "September 10, 2023."
    )
    dossier = _pair(
        nlp,
        f"Rescue teams searched the ruins of Amizmiz on Sunday.\n{caption}",
        "Rescue teams searched the ruins of the mountain town of Amizmiz on Sunday for "
        "survivors, the Interior Ministry said.",
    )
    shown = [e.text for f in dossier.findings if f.kind in AGREEMENT for e in f.evidence]
    assert not [text for text in shown if "Amrani" in text]


def _dated(nlp, texts: dict[str, tuple[str, str, str]]) -> Dossier:  # type: ignore[no-untyped-def]
    """The dossier of articles given as {name: (outlet, published, text)}."""
    return dated_dossier_of(nlp, dict(texts))


OTHER_NEWS = (
    "Stock markets in Tokyo and Seoul rose sharply on Monday as exporters gained ground after "
    "the yen weakened against the dollar for a third straight session. Analysts expect the "
    "central bank to keep rates unchanged at its meeting next month.",
    "Heavy snow closed mountain passes across the Alps on Monday, stranding hundreds of "
    "drivers near the Swiss border. Rail services between Milan and Zurich were suspended "
    "while crews cleared the tracks.",
)


def test_one_undated_sentence_in_reports_weeks_apart_is_not_one_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    said = (
        "The talks between Iran and the United States in Rome ended with some progress, and "
        "both delegations agreed to meet again, Omani Foreign Minister Badr Albusaidi said."
    )

    def reports(first: str, second: str) -> Dossier:
        return _dated(
            nlp,
            {
                "a.txt": ("Outlet A", first, f"Talks end in Rome\n{said}\n{OTHER_NEWS[0]}"),
                "b.txt": ("Outlet B", second, f"Rome talks over\n{said}\n{OTHER_NEWS[1]}"),
            },
        )

    assert _agreement_across(reports("2025-04-20", "2025-04-21"))
    assert _agreement_across(reports("2025-04-20", "2025-05-11")) == []
