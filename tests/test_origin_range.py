"""The range of origins a relay finding states ("at least 1, possibly 3") must hold every outlet
that may tell the fact from an origin of its own, and near-misses of credits and cited sources
must not widen or split a count. Texts written for the test."""

from __future__ import annotations

from claim_builders import article, corpus, says
from crosscheck.claims.findings import corroboration
from crosscheck.claims.origins import agency_of_article
from crosscheck.claims.uniqueness import Uniqueness
from crosscheck.records import Article

CRASH = "The private jet crashed in the Tver region north of Moscow on Wednesday evening."
CRASH_AGAIN = "A private jet crashed on Wednesday evening in the Tver region, north of Moscow."
CRASH_OTHER_WORDS = "Emergency crews found the wreckage of the private jet in the Tver region."
WEATHER = "Heavy rain is expected across the south of the country at the weekend."


def test_an_article_telling_the_fact_in_like_words_echoes_it() -> None:
    story = [
        article("a", "Outlet A", says(CRASH)),
        article("b", "Outlet B", says(CRASH_AGAIN)),
        article("c", "Outlet C", says(CRASH_OTHER_WORDS)),
        article("d", "Outlet D", says(WEATHER)),
    ]
    claim = story[0].claims[0]
    echoes = Uniqueness(corpus(story)).echoing_articles([(claim, frozenset({"a", "b"}))])
    # the carriers themselves are never their own echo; the weather report tells nothing
    assert echoes == [{"c"}]


def test_a_relay_range_holds_the_outlets_that_may_tell_it_too() -> None:
    story = [
        article("a", "Outlet A", says(CRASH)),
        article("b", "Outlet B", says(CRASH_AGAIN)),
        article("c", "Outlet C", says(CRASH_OTHER_WORDS)),
    ]
    built = corpus(story)
    group = [story[0].claims[0], story[1].claims[0]]
    narrow = corroboration(group, built)
    wide = corroboration(group, built, also=[built.own_origin("c")])
    assert narrow.kind == wide.kind == "single_source"  # nothing proves a second origin
    assert wide.independent_sources == narrow.independent_sources == 1
    assert built.own_origin("c") in wide.possible_origins
    assert len(wide.possible_origins) == len(narrow.possible_origins) + 1
    assert "outlet c" in wide.summary.casefold() and "possibly 3" in wide.summary
    assert "outlet c" not in narrow.summary.casefold()


def test_a_certain_origin_is_never_listed_again_as_possible() -> None:
    story = [article("a", "Outlet A", says(CRASH)), article("b", "Outlet B", says(CRASH_AGAIN))]
    built = corpus(story)
    group = [story[0].claims[0], story[1].claims[0]]
    finding = corroboration(group, built, also=list(corroboration(group, built).origins))
    assert not set(finding.origins) & set(finding.possible_origins)


def _dispatch(text: str) -> Article:
    return Article(id="x", outlet="Outlet X", text=text, language="en")


def test_a_dateline_naming_only_a_place_is_no_agency_credit() -> None:
    placed = _dispatch("Quake toll rises\nMARRAKECH, Sept 10 - Rescuers dug through the rubble.")
    assert agency_of_article(placed) is None
    credited = _dispatch("Quake toll rises\nMARRAKECH, Sept 10 (Reuters) - Rescuers dug on.")
    assert agency_of_article(credited) == "agency:reuters"
