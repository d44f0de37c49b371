"""Breakdowns of a count by place ("79 in Rukum West and 46 in Jajarkot", "de los cuales 62 en
Paiporta") give each place's figure: a part is compared with the same place's figure in another
outlet, never with the total nor with another place's figure."""

from __future__ import annotations

from datetime import date

from claim_builders import article, corpus, says
from crosscheck.claims.breakdowns import place_parts
from crosscheck.claims.extract import foreign_figures
from crosscheck.corroborate.typed_conflicts import typed_conflicts
from crosscheck.records import Claim, ClaimValue, Finding

FAR = date(2024, 12, 1)  # a month after the story began: tolls come in daily bulletins


def _read(text: str, language: str) -> list[ClaimValue]:
    return foreign_figures(text, 0, len(text), [], language)


def _spec(text: str, language: str) -> dict[str, object]:
    return {"predicate": "", "language": language, "values": _read(text, language)}


def _claim(text: str, language: str) -> Claim:
    (found,) = article("x", "X", says(text, **_spec(text, language))).claims
    return found


def _conflicts(
    first: tuple[str, str], second: tuple[str, str], days: tuple[date, date] = (FAR, FAR)
) -> list[Finding]:
    articles = [
        article(name, f"Outlet {name}", says(text, **_spec(text, language)), published=day)
        for name, (text, language), day in (("a", first, days[0]), ("b", second, days[1]))
    ]
    return typed_conflicts(corpus(articles, began=date(2024, 10, 29)))


def test_each_place_of_a_breakdown_is_a_part_of_its_own() -> None:
    claim = _claim("La riada dejó 213 muertos, 62 en Paiporta y 20 en Catarroja.", "es")
    parts = {place: part.values[0] for place, part in place_parts(claim)}
    assert set(parts) == {"paiporta", "catarroja"}
    assert parts["paiporta"].value == "62" and parts["paiporta"].unit == "killed"
    # the total is no part
    assert all(v.value != "213" for v in parts.values())
    # one place alone is no breakdown
    assert place_parts(_claim("La riada dejó 62 muertos en Paiporta.", "es")) == []


def test_the_same_part_in_two_outlets_conflicts() -> None:
    spanish = ("La riada dejó 213 muertos, 62 en Paiporta y 20 en Catarroja.", "es")
    french = ("La crue a fait 45 morts à Picanya et 70 morts en Paiporta.", "fr")
    (found,) = _conflicts(spanish, french)
    assert found.kind == "number_conflict"
    assert {v.value for v in found.values} == {"62", "70"}


def test_a_part_against_a_whole_of_its_place_conflicts_but_not_against_the_total() -> None:
    breakdown = ("La riada dejó 213 muertos, 62 en Paiporta y 20 en Catarroja.", "es")
    town = ("A cheia fez 45 mortos em Paiporta.", "pt")
    (found,) = _conflicts(breakdown, town)
    assert {v.value for v in found.values} == {"62", "45"}
    total = ("A cheia fez 222 mortos na Comunidade.", "pt")
    assert _conflicts(breakdown, total) == []


def test_parts_that_agree_or_are_of_another_day_stay_quiet() -> None:
    first = ("La riada dejó 213 muertos, 62 en Paiporta y 20 en Catarroja.", "es")
    same = ("A cheia fez 213 mortos, 62 em Paiporta e 20 em Catarroja.", "pt")
    assert _conflicts(first, same) == []
    later = ("A cheia fez 213 mortos, 70 em Paiporta e 30 em Sedaví.", "pt")
    assert _conflicts(first, later, (FAR, date(2024, 12, 5))) == []
