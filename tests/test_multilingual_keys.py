"""Figures of sentences no parser reads (Spanish, Portuguese, French, German, Arabic ...) key as
English ones do: "al menos 45 muertos" and "62 people were killed" count one thing and are
compared; a rising tally on a later day, a bound ("más de 200" / "215"), a province against
the country, another event, a hedged figure, a breakdown and a negated sentence are not.

The foreign claims are built as the extractor builds them (`claims/extract._foreign_values`):
figures read by `claims/values.quantities`, their bounds by `claims/foreign_bounds`, their
unit by `claims/counted_nouns.foreign_unit`; no parser."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from claim_builders import article, corpus, qty, says
from crosscheck import analyze
from crosscheck.claims.claim_keys import (
    comparable_claim,
    counted_figures,
    place_role,
    place_scope,
    predicate_class,
)
from crosscheck.claims.counted_nouns import counted_class, foreign_unit
from crosscheck.claims.extract import foreign_figures
from crosscheck.claims.hedge_words import foreign_breakdown, foreign_hedged
from crosscheck.claims.values import quantities
from crosscheck.claims.verb_classes import outcome_near, verb_classes
from crosscheck.corroborate.typed_conflicts import typed_conflicts
from crosscheck.records import Claim, ClaimValue, Finding

DAY = date(2024, 11, 3)


def _read(text: str, language: str) -> list[ClaimValue]:
    """The figures of a sentence as the extractor reads a sentence it cannot parse."""
    return foreign_figures(text, 0, len(text), [], language)


def _foreign(text: str, language: str) -> dict[str, object]:
    return {"text": text, "predicate": "", "language": language, "values": _read(text, language)}


def _english(text: str, predicate: str, *values: ClaimValue) -> dict[str, object]:
    return {"text": text, "predicate": predicate, "language": "en", "values": list(values)}


def _claim(text: str, language: str) -> Claim:
    (found,) = article("x", "X", says(**_foreign(text, language))).claims  # type: ignore[arg-type]
    return found


def _conflicts(
    first: dict[str, object],
    second: dict[str, object],
    days: tuple[date | None, date | None] = (DAY, DAY),
    began: date = date(2024, 10, 29),
) -> list[Finding]:
    a, b = dict(first), dict(second)
    articles = [
        article("a", "Outlet A", says(str(a.pop("text")), **a), published=days[0]),
        article("b", "Outlet B", says(str(b.pop("text")), **b), published=days[1]),
    ]
    return typed_conflicts(corpus(articles, began=began))


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("La riada ha dejado al menos 95 muertos en la provincia.", "es", "killed"),
        ("Le séisme a fait 1204 blessés dans la région.", "fr", "injured"),
        ("Além dos 45 mortos, a água destruiu casas.", "pt", "killed"),
        ("Almeno 51 persone sono morte nella regione.", "it", "killed"),
        ("Die Polizei meldete 12 Festgenommene nach der Demonstration.", "de", "arrested"),
        ("أسفر الزلزال عن 51 قتيلا في المنطقة", "ar", "killed"),
        ("В результате погибли 40 человек.", "ru", "killed"),
        ("Deprem sonrası 12 ölü ve 40 yaralı var.", "tr", "killed"),
        ("Convocada por 65 entidades sociales y sindicatos.", "es", "organisations"),
        ("Un pueblo de 27.000 habitantes en la comarca.", "es", "inhabitants"),
    ],
)
def test_the_noun_after_a_figure_names_what_it_counts(
    text: str, language: str, unit: str | None
) -> None:
    (first, *_) = _read(text, language)
    assert first.unit == unit


def test_people_count_the_outcome_a_verb_gives_them_and_nothing_alone() -> None:
    assert _read("Al menos 45 personas murieron en Paiporta.", "es")[0].unit == "killed"
    assert _read("A tempestade matou 217 pessoas em Espanha.", "pt")[0].unit == "killed"
    assert _read("Au moins 230 personnes sont mortes dans les crues.", "fr")[0].unit == "killed"
    assert _read("Il y a 262 personnes à bord de l'Airbus.", "fr")[0].unit is None
    assert outcome_near("45 personas resultaron heridas", 2, "es") == "injured"
    # a verb past "et" / "y" / "and" is another clause's, with its own figure
    fire = "L'incendie a causé la mort de 51 personnes et en a blessé une centaine."
    assert outcome_near(fire, fire.index("51") + 2, "fr") == "killed"
    flood = "Al menos 45 personas murieron y 20 resultaron heridas."
    assert _read(flood, "es")[0].unit == "killed"


def test_a_figure_read_in_pieces_or_without_its_scale_has_no_unit() -> None:
    # "25 mil pessoas" is read as 25, "1 500 personnes" as 1 and 500: neither may be compared.
    assert _read("Onde vivem cerca de 25 mil pessoas feridas.", "pt")[0].unit is None
    assert all(v.unit is None for v in _read("Ils sont 1 500 blessés à évacuer.", "fr"))


def test_modifiers_of_each_language_set_the_bounds() -> None:
    (least,) = _read("La DANA dejó al menos 45 muertos.", "es")
    assert (least.low, least.high) == (45.0, None)
    (more,) = _read("Más de 200 víctimas mortales.", "es")
    assert (more.low, more.high) == (200.0, None)
    (about,) = _read("Organizada por unas 40 entidades sociales.", "es")
    assert about.approximate
    (nearly,) = _read("Uma localidade de quase 30.000 habitantes.", "pt")
    assert nearly.high == 30000.0 and nearly.low is None
    (arabic,) = _read("توفي ما لا يقل عن 51 قتيلا", "ar")
    assert arabic.low == 51.0 and arabic.high is None


def test_verb_classes_read_inflected_forms_and_fixed_phrases() -> None:
    assert verb_classes("Al menos 45 personas perdieron la vida.", "es") == {"die"}
    assert verb_classes("Drei Menschen kamen ums Leben.", "de") == {"die"}
    assert verb_classes("Les deux ministres se sont rencontrés lundi.", "fr") == {"meet"}
    assert verb_classes("La muerte del alcalde conmocionó al pueblo.", "es") == frozenset()
    assert counted_class("muertos", "es") == "killed"
    assert counted_class("muerte", "es") is None


def test_an_unparsed_claim_keys_by_its_verbs_and_outcomes() -> None:
    assert predicate_class(_claim("La riada ha dejado 95 muertos en Valencia.", "es")) == "die"
    toll = _claim("Le séisme a fait 1037 morts et 1204 blessés dans le pays.", "fr")
    assert predicate_class(toll) == "die"
    assert set(counted_figures(toll)) == {"killed", "injured"}
    assert place_scope(_claim("Al menos 45 muertos en Paiporta, según el alcalde.", "es")) == {
        "paiporta"
    }


def test_hedges_tallies_breakdowns_and_negations_keep_a_figure_out() -> None:
    assert foreign_hedged("La cifra podría superar los 100 muertos.", "es")
    assert foreign_hedged("Bisher wurden 40 Tote gezählt.", "de")
    assert foreign_breakdown("217 pessoas, 60 das quais em Paiporta.", "pt")
    assert foreign_breakdown("95 morts, dont 40 à Paiporta.", "fr")
    assert not comparable_claim(_claim("La cifra podría llegar a 100 muertos.", "es"), None)
    assert not comparable_claim(_claim("No hubo 100 muertos en el pueblo.", "es"), None)
    assert counted_figures(_claim("Hay 213 muertos, de los cuales 62 en Paiporta.", "es")) == {}
    assert comparable_claim(_claim("La riada dejó 62 muertos en Paiporta.", "es"), None)


def test_a_spanish_and_an_english_toll_of_one_day_conflict() -> None:
    spanish = _foreign("En Paiporta, la riada dejó al menos 45 muertos en Paiporta.", "es")
    english = _english(
        "The flood killed 38 people in Paiporta, the mayor said.",
        "kill",
        qty("38", 38, "killed"),
    )
    far = date(2024, 12, 1)  # a month on: tolls come in daily bulletins
    (found,) = _conflicts(spanish, english, (far, far))
    assert found.kind == "number_conflict"
    assert {v.value for v in found.values} == {"45", "38"}
    assert {e.article for v in found.values for e in v.evidence} == {"a", "b"}


def test_german_and_french_counts_of_one_thing_conflict() -> None:
    german = _foreign("Die Polizei meldete 120 Festgenommene in Paris.", "de")
    french = _foreign("La police a procédé à 45 interpellations à Paris.", "fr")
    assert predicate_class(_claim(german["text"], "de")) == "detain"  # type: ignore[arg-type]
    (found,) = _conflicts(german, french)
    assert {v.value for v in found.values} == {"120", "45"}


def test_portuguese_and_spanish_counts_of_one_day_conflict_a_bound_does_not() -> None:
    far = (date(2024, 12, 1), date(2024, 12, 1))
    pt = _foreign("A tempestade em Valência fez 222 mortos na região.", "pt")
    es = _foreign("La tragedia en Valencia ha dejado 230 fallecidos en la región.", "es")
    assert len(_conflicts(pt, es, far)) == 1
    bound = _foreign("La tragedia en Valencia ha dejado más de 200 fallecidos en la región.", "es")
    assert _conflicts(pt, bound, far) == []


def test_an_arabic_and_an_english_count_conflict() -> None:
    arabic = _foreign("اعتقلت الشرطة 45 معتقلا في العاصمة.", "ar")
    english = _english(
        "Police arrested 120 protesters in the capital on Saturday.",
        "arrest",
        qty("120", 120, "arrested"),
    )
    (found,) = _conflicts(arabic, english)
    assert {v.value for v in found.values} == {"45", "120"}


def test_near_misses_stay_quiet() -> None:
    early = (date(2024, 10, 30), date(2024, 10, 30))
    first = _foreign("La riada ha dejado 95 muertos en Valencia.", "es")
    # a toll in a disaster's first days: each report gives an hour of it
    assert _conflicts(first, _foreign("La crue a fait 158 morts à Valencia.", "fr"), early) == []
    # a rising tally on a later day is an update
    later = (date(2024, 11, 3), date(2024, 11, 10))
    assert _conflicts(first, _foreign("La crue a fait 158 morts à Valencia.", "fr"), later) == []
    far = (date(2024, 12, 1), date(2024, 12, 1))
    # a town against the region
    town = _foreign("La riada ha dejado 62 muertos en Paiporta.", "es")
    region = _foreign("La crue a fait 222 morts dans la région de Valence.", "fr")
    assert _conflicts(town, region, far) == []
    # a hedged figure
    hedged = _foreign("La cifra podría llegar a 300 muertos en Valencia.", "es")
    assert _conflicts(first, hedged, far) == []
    # another event of the kind
    other = _foreign("Una nueva riada dejó 12 muertos en Valencia.", "es")
    assert _conflicts(first, other, far) == []
    # two events of the story
    articles = [
        article("a", "Outlet A", says(**first), published=far[0]),  # type: ignore[arg-type]
        article("b", "Outlet B", says(**_foreign("La crue a fait 158 morts à Valencia.", "fr")),
                published=far[1]),  # type: ignore[arg-type]
    ]  # fmt: skip
    assert typed_conflicts(corpus(articles, events=[["a"], ["b"]])) == []


def test_a_toll_given_as_the_latest_tally_has_no_unit() -> None:
    # Two undated reports of a quake's first day: "le dernier bilan" at two hours of the
    # tally (632 in the morning, 1037 at night) are no disagreement.
    for text in (
        "Le dernier bilan communiqué par le ministère fait état de 1037 morts dans la région.",
        "Il a fait 632 morts et 329 blessés, selon le dernier bilan officiel du ministère.",
        "Las lluvias han dejado un balance provisional de 222 muertos en la provincia.",
    ):
        at = next(v for v in quantities(text, 0, None, []))
        assert foreign_unit(text, at.start, at.end, text, None) is None
    text = "La riada dejó 62 muertos en Paiporta y 30 viviendas destruidas."
    assert [
        foreign_unit(text, v.start, v.end, text, "es") for v in quantities(text, 0, None, [])
    ] == [
        "killed",
        "houses",
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Los ministros se reunieron en Mascate el sábado.", "Mascate", "in"),
        ("Le jet volait depuis Saint-Pétersbourg.", "Saint-Pétersbourg", "from"),
        ("El avión volaba hacia la capital Moscú.", "Moscú", "to"),
        ("Die Maschine war nach Sankt Petersburg unterwegs.", "Sankt", "to"),
        # "à" is both "in" and "to": no role, so no place comparison
        ("Le ministre est arrivé à Niamey lundi.", "Niamey", None),
    ],
)
def test_foreign_prepositions_give_a_place_its_role(
    sentence: str, name: str, role: str | None
) -> None:
    at = sentence.index(name)
    value = ClaimValue(kind="place", value=name, text=name, start=at, end=at + len(name))
    assert place_role(value, sentence, 0) == role


SOLDIERS_EN = (
    "Floods in eastern Spain\n\n"
    "Torrential rain swept through the town of Paiporta near Valencia on Tuesday night, "
    "flooding streets and homes across the district, local officials said.\n\n"
    "The army deployed {n} soldiers in Paiporta on Wednesday to clear the mud from the "
    "streets, the defence ministry said in a statement."
)
SOLDIERS_ES = (
    "Inundaciones en el este de España\n\n"
    "Las lluvias torrenciales arrasaron la localidad de Paiporta, cerca de Valencia, en la "
    "noche del martes e inundaron calles y viviendas de toda la comarca, según fuentes locales.\n\n"
    "El ejército desplegó {n} soldados en Paiporta el miércoles para retirar el barro de las "
    "calles, según un comunicado del Ministerio de Defensa."
)


def test_an_english_and_a_spanish_report_of_one_day_conflict_end_to_end(tmp_path: Path) -> None:
    """Through the whole pipeline: the Spanish sentence, which no parser reads, gets its unit
    ("soldados": soldiers), verb class ("desplegó": send) and place scope (Paiporta) from the
    Spanish word lists, and meets the English one; the same count in both agrees."""

    def conflicts(english: int, spanish: int, name: str) -> list[Finding]:
        records = [
            {"id": "a", "source": "Outlet A", "published": "2024-10-30", "title": None,
             "text": SOLDIERS_EN.format(n=english)},
            {"id": "b", "source": "Outlet B", "published": "2024-10-30", "title": None,
             "text": SOLDIERS_ES.format(n=spanish)},
        ]  # fmt: skip
        path = tmp_path / f"{name}.jsonl"
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
        return [f for f in analyze([path]).findings if f.kind == "number_conflict"]

    (found,) = conflicts(120, 500, "apart")
    assert sorted(v.value for v in found.values) == ["120", "500"]
    assert "soldiers" in found.summary
    assert conflicts(120, 120, "same") == []


@pytest.mark.parametrize(
    ("text", "language", "read"),
    [
        ("Le séisme était de magnitude 6,4, selon le centre.", "fr", [(6.4, "magnitude")]),
        ("Tuvo una magnitud preliminar de 5,6 y una profundidad de 17,9 kilómetros.", "es",
         [(5.6, "magnitude"), (17.9, None)]),
        ("Ein Beben der Stärke 6,8 erschütterte die Region.", "de", [(6.8, "magnitude")]),
        # any language but English: an Arabic agency writes the same decimal comma, and an
        # Indian lakh group ("12,50,000") is no decimal
        ("أوقع زلزال بقوة 6,3 درجة غرب البلاد", "ar", [(6.3, "magnitude")]),
        ("भूकंप में 12,50,000 लोग प्रभावित हुए", "hi", [(1250000, None)]),
        # a comma before three digits stays a thousands separator; a full stop too
        ("Hubo 1,204 muertos y 2.500 heridos.", "es", [(1204, "killed"),
                                                                 (2500, "injured")]),
    ],
)  # fmt: skip
def test_a_decimal_comma_and_a_magnitude_named_before_its_figure(
    text: str, language: str, read: list[tuple[float, str | None]]
) -> None:
    assert [(float(v.value), v.unit) for v in _read(text, language)] == read


def test_english_keeps_the_comma_as_a_thousands_separator() -> None:
    text = "The quake, of magnitude 6.4, killed 1,204 people and 3,5 were missing."
    values = quantities(text, 0, None, [], "en")
    assert [v.value for v in values][:3] == ["6.4", "1204", "3"]
    assert values[0].unit == "magnitude"


def test_magnitudes_of_one_shock_given_by_two_agencies_conflict() -> None:
    french = _foreign("Selon le centre népalais, le séisme était de magnitude 6,4.", "fr")
    spanish = _foreign("Según el servicio geológico, el sismo tuvo una magnitud de 5,6.", "es")
    (found,) = _conflicts(french, spanish)
    assert {v.value for v in found.values} == {"6,4", "5,6"}
    # two shocks a degree and more apart, or another shock named, are no disagreement
    small = _foreign("Le séisme était de magnitude 4,2 selon le centre.", "fr")
    assert _conflicts(french, small) == []
    later = _foreign("Una nueva réplica de magnitud 5,6 sacudió la región.", "es")
    assert _conflicts(french, later) == []
    # a shock of another place named
    elsewhere = _foreign("Le séisme était de magnitude 5,6 à Jajarkot.", "fr")
    assert _conflicts(french, elsewhere) == []


def test_a_count_stated_with_no_verb_meets_a_count_of_the_same_noun() -> None:
    spanish = _foreign("La marcha, convocada por 65 entidades sociales, recorrió el centro.", "es")
    french = _foreign("Le cortège, à l'appel de 40 associations, a traversé le centre.", "fr")
    english = _english(
        "Around 40 organisations called the march.",
        "call",
        qty("Around 40", 40, "organisations", approximate=True),
    )
    (found,) = _conflicts(spanish, french)
    assert {v.value for v in found.values} == {"65", "40"}
    (found,) = _conflicts(spanish, english)
    assert {v.value for v in found.values} == {"65", "Around 40"}
    # the same count agrees; an English "associations" is the same noun
    same = _english(
        "The march was called by 65 associations.", "call", qty("65", 65, "associations")
    )
    assert _conflicts(spanish, same) == []


def test_near_misses_of_a_count_stated_with_no_verb_stay_quiet() -> None:
    french = _foreign("Le cortège, à l'appel de 40 associations, a traversé le centre.", "fr")
    # a part of the whole, or a sentence of two figures: which one answers cannot be told
    part = _foreign("Convocada por 65 entidades, entre ellas 12 sindicatos, la marcha salió.", "es")
    assert _conflicts(french, part) == []
    two = _foreign("Convocada por 65 entidades y respaldada por otras 83, la marcha salió.", "es")
    assert _conflicts(french, two) == []
    # a count of people with no verb says nothing of what happened to them
    crowd = _foreign("Le cortège, 40 personnes selon la police, a traversé le centre.", "fr")
    assert _conflicts(crowd, _foreign("La marcha, 65 personas, recorrió el centro.", "es")) == []
    # a town against its province: other places, other counts; a population of a place
    # neither sentence names is of no known place
    town = _foreign("En Paiporta, un pueblo de 30.000 habitantes, el agua subió.", "es")
    assert len(_conflicts(town, _foreign("En Paiporta, de 25.000 habitantes, llovió.", "es"))) == 1
    province = _foreign("En la provincia de Valencia, de 2.600.000 habitantes, llovió.", "es")
    assert _conflicts(town, province) == []
    unnamed = _foreign("El pueblo, de 25.000 habitantes, quedó arrasado.", "es")
    assert _conflicts(unnamed, _foreign("La ciudad, de 2.600.000 habitantes, resiste.", "es")) == []
    # another event of the story
    a, b = (
        dict(french),
        _foreign("La marcha, convocada por 65 entidades, recorrió el centro.", "es"),
    )
    articles = [
        article("a", "Outlet A", says(str(a.pop("text")), **a), published=DAY),
        article("b", "Outlet B", says(str(b.pop("text")), **b), published=DAY),
    ]
    assert typed_conflicts(corpus(articles, events=[["a"], ["b"]])) == []
