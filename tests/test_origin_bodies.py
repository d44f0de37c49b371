"""Sources that name one institution in different words are one origin: a country's state
media however described, a ministry and its officials, one statement relayed by two outlets;
near misses that are two origins: two agencies' own reporters, two named media."""

from __future__ import annotations

import pytest
from tests.test_origin_count import _count

_SWORN_IN = "The general was sworn in as head of the transitional council on Friday, "
_SWORN_IN_AGAIN = "On Friday the general was sworn in to lead the transitional council, "
_ROME = (
    "Negotiators will meet again in Rome on Friday for a fifth round, Iran's Foreign "
    "Minister Abbas Araghchi told reporters."
)
_ITALIAN_CAPITAL = (
    "Negotiators are due to meet again in the Italian capital at the end of the week, "
)


@pytest.mark.parametrize(
    ("first", "second", "fact", "origins"),
    [
        pytest.param(_SWORN_IN + "state TV reported.", _SWORN_IN_AGAIN + "state media said.",
                     "sworn in", 1, id="state TV and state media of one country: one"),
        # near miss: two media each named by its own title
        pytest.param(_SWORN_IN + "the Daily Telegraph reported.",
                     _SWORN_IN_AGAIN + "the Boston Globe newspaper said.",
                     "sworn in", 2, id="two named newspapers: two"),
        pytest.param("Forty schools in the province were damaged beyond repair, the ministry "
                     "said on Tuesday.",
                     "On Tuesday ministry officials said forty schools across the province "
                     "could not be repaired.",
                     "schools", 1, id="the ministry and ministry officials: one"),
        pytest.param("The Foreign Ministry said in a statement that the ambassador had been "
                     "summoned over the remarks.",
                     "The ambassador was summoned over the remarks, according to a statement "
                     "from the Foreign Ministry.",
                     "summoned", 1, id="two outlets quoting one ministry statement: one"),
        # decided: two named officials of one body of one government speak for that body
        pytest.param(_ROME, _ITALIAN_CAPITAL + "Iran's Deputy Foreign Minister Kazem "
                     "Gharibabadi said.",
                     "meet again", 1, id="a minister and his deputy of one ministry: one"),
        # near miss: one office, two governments
        pytest.param(_ROME, _ITALIAN_CAPITAL + "said Badr Albusaidi, Oman's foreign minister.",
                     "meet again", 2, id="the foreign ministers of two countries: two"),
    ],
)  # fmt: skip
def test_sources_naming_one_institution_are_one_origin(  # type: ignore[no-untyped-def]
    nlp, first: str, second: str, fact: str, origins: int
) -> None:
    articles = {"a.txt": ("Outlet A", f"News\n{first}"), "b.txt": ("Outlet B", f"Report\n{second}")}
    assert len(_count(nlp, articles, fact).certain) == origins
