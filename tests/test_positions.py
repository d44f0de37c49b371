"""Positions per party: demands, offers, rejections, conditions, with actor and content."""

from __future__ import annotations

from claims_helpers import annotate_demo, annotate_text
from crosscheck.records import AnnotatedArticle, Position


def _find(annotated: AnnotatedArticle, actor: str, stance: str) -> Position:
    return next(p for p in annotated.positions if p.actor_text == actor and p.stance == stance)


def test_verbal_positions(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "Syria demands that Israel withdraw from the south.\n"
        "Israel offered a gradual withdrawal from the occupied areas.\n"
        "Damascus calls the talks premature.\n"
        "Israel would withdraw from the south only if Syria agrees to a demilitarized zone.",
    )
    assert "Israel withdraw from the south" in _find(annotated, "Syria", "demand").content
    assert (
        _find(annotated, "Israel", "offer").content
        == "a gradual withdrawal from the occupied areas"
    )
    assert _find(annotated, "Damascus", "reject").content == "the talks"
    condition = _find(annotated, "Israel", "condition")
    assert condition.content.startswith("only if Syria agrees")


def test_a_reported_position_names_who_reports_it(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(nlp, "The ministry said Damascus rejects the American proposal.")
    rejected = _find(annotated, "Damascus", "reject")
    assert rejected.content == "the American proposal" and rejected.speaker_text == "The ministry"


def test_media_and_pronouns_are_not_parties(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp, 'The newspaper "Al-Watan" denied the report.\nHe rejected the proposal on Monday.'
    )
    assert annotated.positions == []


def test_demo_000_israeli_offer_and_syrian_demand(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_demo(nlp, "000")
    text = annotated.article.text
    offer = _find(annotated, "Israeli", "offer")
    assert offer.content.startswith("a gradual withdrawal from lands occupied in Syria")
    assert "recent Israeli proposal" in text[offer.start : offer.end]
    demand = _find(annotated, "Syria", "demand")
    assert demand.content.startswith("the withdrawal of Israeli forces")
    assert "counter-proposal" in demand.text == text[demand.start : demand.end]
    assert "Sheikh Mountain" in _find(annotated, "Israel", "demand").content


def test_demo_001_syrian_demand_reported_by_kan(nlp) -> None:  # type: ignore[no-untyped-def]
    demand = _find(annotate_demo(nlp, "001"), "the Syrian government", "demand")
    assert demand.content == "Israeli forces to withdraw from southern areas"
    assert demand.speaker_text == "the report"


def test_demo_004_israel_urges_demilitarisation(nlp) -> None:  # type: ignore[no-untyped-def]
    demand = _find(annotate_demo(nlp, "004"), "Israel", "demand")
    assert demand.content == "the demilitarization of southern Syria"
    assert "urged" in demand.text


def test_rather_than_is_not_a_position(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp, "Rather than recall the devices or offer a hardware fix, Apple gave away free cases."
    )
    assert not [p for p in annotated.positions if p.stance == "offer"]


def test_relative_clause_apposition_and_push_for_positions(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "Germany, which has offered aid, said the decision was not political.\n"
        "On the third day, former colonial master France demanded the restoration of the "
        "government.\n"
        "President Donald Trump has been pushing for a rapid deal with Iran.",
    )
    assert _find(annotated, "Germany", "offer").content == "aid"
    assert _find(annotated, "France", "demand").content == "the restoration of the government"
    assert _find(annotated, "President Donald Trump", "demand").content == "a rapid deal with Iran"


def test_suggesting_what_may_happen_is_no_proposal(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "Envoy Steve Witkoff had suggested that the outcome of the talks could decide whether "
        "diplomacy continues.\nThe newspaper Al-Watan denied the report.",
    )
    assert annotated.positions == []


def test_call_on_someone_to_act_keeps_the_action(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp, "Syria called on the international community to pressure Israel to stop its attacks."
    )
    demand = _find(annotated, "Syria", "demand")
    assert demand.content == "the international community to pressure Israel to stop its attacks"
