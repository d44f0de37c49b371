"""Quantities fixed by a past event (a quake's magnitude, how many were on board) are compared
whatever day each report was written, one dated and one not included; counts that run on for
days (the dead, the injured) still only on one day. A sentence no parser reads is compared with
a parsed one whose subject is an actor or a place, not with one whose subject is a part of those
counted ("37 Spaniards died")."""

from __future__ import annotations

from datetime import date

from claim_builders import article, corpus, qty, says
from crosscheck.claims.extract import foreign_figures
from crosscheck.claims.fixed_quantities import fixed_unit
from crosscheck.corroborate.typed_conflicts import typed_conflicts
from crosscheck.records import ClaimValue, Entity, Finding

BEGAN = date(2024, 10, 29)
LATER = date(2024, 11, 20)


def _read(text: str, language: str) -> list[ClaimValue]:
    return foreign_figures(text, 0, len(text), [], language)


def _foreign(text: str, language: str) -> dict[str, object]:
    return {"text": text, "predicate": "", "language": language, "values": _read(text, language)}


def _conflicts(
    first: dict[str, object],
    second: dict[str, object],
    days: tuple[date | None, date | None],
    entities: tuple[Entity, ...] = (),
) -> list[Finding]:
    a, b = dict(first), dict(second)
    articles = [
        article("a", "Outlet A", says(str(a.pop("text")), **a), published=days[0]),
        article("b", "Outlet B", says(str(b.pop("text")), **b), published=days[1]),
    ]
    built = corpus(articles, began=BEGAN)
    built.entities.update({e.id: e for e in entities})
    return typed_conflicts(built)


def _entity(eid: str, name: str, kind: str) -> Entity:
    return Entity(id=eid, name=name, type=kind, aliases=[], roles=[], mentions=[], merges=[])  # type: ignore[arg-type]


def test_fixed_and_running_units() -> None:
    assert fixed_unit("magnitude") and fixed_unit("passengers")
    assert not fixed_unit("killed") and not fixed_unit("injured") and not fixed_unit("houses")


def test_how_many_were_on_board_conflicts_across_report_days() -> None:
    french = _foreign("L'avion transportait 242 passagers au décollage.", "fr")
    spanish = _foreign("El avión llevaba 230 pasajeros al despegar.", "es")
    (found,) = _conflicts(french, spanish, (LATER, None))  # one dated, one undated
    assert found.kind == "number_conflict"
    assert {v.value for v in found.values} == {"242", "230"}
    # in words as in digits
    words = _foreign("El avión llevaba doscientos treinta pasajeros al despegar.", "es")
    assert len(_conflicts(french, words, (date(2024, 11, 2), LATER))) == 1
    # the same figure does not
    same = _foreign("El avión llevaba 242 pasajeros al despegar.", "es")
    assert _conflicts(french, same, (LATER, None)) == []


def test_passengers_who_died_are_a_toll_not_how_many_were_on_board() -> None:
    on_board = _foreign("L'avion transportait 242 passagers au décollage.", "fr")
    dead = _foreign("Murieron 241 pasajeros en el accidente.", "es")
    assert _conflicts(on_board, dead, (LATER, None)) == []


def test_a_rising_tally_on_a_later_day_or_undated_is_no_conflict() -> None:
    first = _foreign("La riada ha dejado 95 muertos en Valencia.", "es")
    later = _foreign("La crue a fait 158 morts à Valencia.", "fr")
    assert _conflicts(first, later, (date(2024, 10, 31), LATER)) == []
    assert _conflicts(first, later, (LATER, None)) == []


def test_a_parsed_claim_with_an_actor_subject_meets_an_unparsed_one() -> None:
    english = {
        "text": "Police arrested 120 protesters in Caracas on Tuesday.",
        "predicate": "arrest",
        "subject": "Police",
        "subject_entity": "e1",
        "language": "en",
        "values": [qty("120", 120, "arrested")],
    }
    spanish = _foreign("La policía detuvo a 45 detenidos en Caracas.", "es")
    police = _entity("e1", "Police", "ORG")
    (found,) = _conflicts(english, spanish, (LATER, LATER), (police,))
    assert {v.value for v in found.values} == {"120", "45"}


def test_a_subject_that_is_a_part_of_those_counted_is_not_the_whole() -> None:
    spaniards = {
        "text": "37 Spaniards died in the flood in Valencia.",
        "predicate": "die",
        "subject": "37 Spaniards",
        "subject_entity": "e2",
        "language": "en",
        "values": [qty("37", 37, "killed")],
    }
    spanish = _foreign("La riada dejó 95 muertos en Valencia.", "es")
    norp = _entity("e2", "Spaniards", "NORP")
    assert _conflicts(spaniards, spanish, (LATER, LATER), (norp,)) == []
    women = {
        "text": "Some 40 women died in the flood in Valencia.",
        "predicate": "die",
        "subject": "Some 40 women",
        "language": "en",
        "values": [qty("40", 40, "killed")],
    }
    assert _conflicts(women, spanish, (LATER, LATER)) == []


def _met(text: str, day: str, value: str, kind: str = "date") -> dict[str, object]:
    start = text.index(day)
    found = ClaimValue(kind=kind, value=value, text=day, start=start, end=start + len(day))  # type: ignore[arg-type]
    return {
        "text": text,
        "subject": "Putin",
        "predicate": "meet",
        "language": "en",
        "values": [found],
    }


def test_the_date_of_a_past_meeting_conflicts_across_report_days() -> None:
    june = _met("Putin met Prigozhin and his commanders in the Kremlin on June 29.", "June 29",
                "2023-06-29")  # fmt: skip
    july = _met("Putin met Prigozhin and his commanders in the Kremlin on July 1.", "July 1",
                "2023-07-01")  # fmt: skip
    (found,) = _conflicts(june, july, (date(2023, 7, 10), None))
    assert found.kind == "date_conflict"
    # weekdays of two report days may be two weeks' days
    sunday = _met("Putin met Prigozhin and his commanders in the Kremlin on Sunday.", "Sunday",
                  "sunday", "weekday")  # fmt: skip
    monday = _met("Putin met Prigozhin and his commanders in the Kremlin on Monday.", "Monday",
                  "monday", "weekday")  # fmt: skip
    assert _conflicts(sunday, monday, (date(2023, 7, 10), None)) == []
    assert len(_conflicts(sunday, monday, (date(2023, 7, 10), date(2023, 7, 10)))) == 1
