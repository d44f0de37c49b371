"""A leader named by the seat of power ("the Kremlin leader") is the person holding the office
the story names, never the Kremlin; "Kremlin spokesman" keeps naming the Kremlin."""

from __future__ import annotations

from crosscheck.resolve.resolver import resolve_entities
from text_builders import annotated_report


def _texts_by_entity(nlp, *texts: str) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    articles = [annotated_report(nlp, f"{i}.txt", text) for i, text in enumerate(texts)]
    return {e.name: [m.text for m in e.mentions] for e in resolve_entities(articles).entities}


def test_the_kremlin_leader_is_the_president_the_story_names(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _texts_by_entity(
        nlp,
        "President Vladimir Putin met the Wagner commanders on Thursday in Moscow. The Kremlin"
        " leader asked the troops to return to the front, the Kremlin said.",
        "Kremlin spokesman Dmitry Peskov said the meeting lasted three hours.",
    )
    assert "Kremlin leader" in found["Vladimir Putin"]
    assert found["Kremlin"].count("Kremlin") == 2, "the Kremlin said; Kremlin spokesman"


def test_with_no_named_holder_the_kremlin_leader_names_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _texts_by_entity(
        nlp,
        "The Kremlin leader asked the troops to return to the front, the Kremlin said on"
        " Thursday after a meeting with Alexander Lukashenko, the president of Belarus.",
    )
    assert found["Kremlin"] == ["Kremlin"]
    assert all("Kremlin leader" not in texts for texts in found.values())
