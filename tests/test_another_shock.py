"""One definition of "another shock" serves the slot readers, the one-shock test and the
event-day test: a marker and a shock's name, an aftershock by name, never a place name that
begins like a marker."""

from __future__ import annotations

import pytest

from crosscheck.claims import event_day_values, one_shock, slot_lexicon
from crosscheck.claims.another_shock import (
    ANOTHER_EVENT_WORD,
    ANOTHER_SHOCK,
    marks_another_shock,
)


@pytest.mark.parametrize(
    "text",
    [
        "Fresh quake rocks Nepal",
        "Another strong earthquake of magnitude 5.6 hit the district",
        "un nouveau séisme de magnitude 5,8 a frappé le district",
        "de nouvelles secousses ont été ressenties",
        "un nuevo sismo sacudió la región",
        "An aftershock of magnitude 4.2 followed",
        # Arabic, the noun written with a shadda
        "وأعقبته هزّات ارتدادية بقوة 5,5 و4,7 درجات",
        "سجلت الهزات الارتدادية بقوة 4,2",
    ],
)
def test_another_shock_is_marked(text: str) -> None:
    assert marks_another_shock(text)


@pytest.mark.parametrize(
    "text",
    [
        "New Delhi feels quake in Nepal",
        "new details of quake damage emerged",
        "The earthquake struck at 11:47 pm",
    ],
)
def test_the_main_shock_is_not_another(text: str) -> None:
    assert not marks_another_shock(text)


def test_an_aftershock_is_not_another_shock_for_the_slots() -> None:
    # the slot readers keep aftershocks apart by their own rule (their counts are parts)
    assert ANOTHER_SHOCK.search("An aftershock of magnitude 4.2 followed") is None
    assert slot_lexicon.AFTERSHOCK.search("An aftershock of magnitude 4.2 followed")


def test_the_three_readers_share_one_definition() -> None:
    assert slot_lexicon.ANOTHER_SHOCK is ANOTHER_SHOCK
    assert event_day_values._ANOTHER is ANOTHER_EVENT_WORD
    assert one_shock.marks_another_shock is marks_another_shock


def test_a_marker_alone_marks_another_event_of_any_kind() -> None:
    assert ANOTHER_EVENT_WORD.search("the second round of talks")
    assert ANOTHER_EVENT_WORD.search("la segunda ronda")
    assert not ANOTHER_EVENT_WORD.search("the round of talks in Muscat")
