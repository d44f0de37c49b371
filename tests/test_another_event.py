"""One definition of "a new event of its kind": the clustering reads the marker words and the
names of a shock from `claims.another_shock`, as the slot readers and claim detectors do.
Headlines written for the test."""

from __future__ import annotations

import pytest

from crosscheck.claims.another_shock import marks_another_shock
from crosscheck.cluster.another_event import announces_another_event
from crosscheck.cluster.follow_ups import announces_new_event


@pytest.mark.parametrize(
    "headline",
    [
        "Another Strong Quake Hits The Western Hills",  # title case: capitalised words between
        "Un nuevo sismo sacude la región",  # a marker the claims lexicon reads, in Spanish
        "Une nouvelle secousse ressentie dans la vallée",
        "Fresh strikes on the port overnight",
        "Shooting again on Elm Street",
    ],
)
def test_headlines_announcing_another_event(headline: str) -> None:
    assert announces_another_event(headline)
    assert announces_new_event(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "1 More Quake Survivor Dies Of Cold In Tents",
        "New quake-hit villages receive aid",
        "New details of quake damage emerge",
        "Quake toll rises to 157 as rescuers dig",
    ],
)
def test_headlines_of_the_first_event(headline: str) -> None:
    assert not announces_another_event(headline)


def test_a_shock_the_claims_call_another_is_another_event_for_the_clustering() -> None:
    for text in ("a fresh 5.6 magnitude quake", "un nouveau séisme", "Un nuevo sismo sacude"):
        assert marks_another_shock(text)
        assert announces_another_event(text)
