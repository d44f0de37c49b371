"""Typed disagreements found without the matcher: claims of one event from different outlets
whose verb class and counted noun (or place role) agree and whose values cannot both be true,
on sentences written for the test; and the near misses that must stay quiet (rounding, "more
than", a subgroup, a toll that rises in a disaster's first days, another event, a hedged or
expected figure, another subject, one origin)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from claim_builders import article, corpus, qty, says
from crosscheck import analyze
from crosscheck.claims.claim_keys import place_role, place_scope, predicate_class
from crosscheck.corpus import Corpus
from crosscheck.corroborate.typed_conflicts import typed_conflicts
from crosscheck.records import AnnotatedArticle, ClaimValue, Finding

SENT = "Spain sent {n} soldiers of its emergency unit to help the rescue after the earthquake."
SENT_B = "To help search the rubble after the earthquake, Spain dispatched {n} soldiers."


def _corpus(
    articles: Sequence[AnnotatedArticle],
    events: Sequence[Sequence[str]] | None = None,
    began: date | None = date(2025, 7, 10),
) -> Corpus:
    return corpus(articles, events, began=began)


def _soldiers(n: float, text: str = SENT, **fields: object) -> dict[str, object]:
    written = f"{n:,.0f}"
    values = fields.pop("values", [qty(written, n, "soldiers")])
    return {
        "text": text.format(n=written),
        "subject": "Spain",
        "predicate": "send",
        "values": values,
        **fields,
    }


def _two(
    first: dict[str, object],
    second: dict[str, object],
    published: date = date(2025, 7, 13),
    events: Sequence[Sequence[str]] | None = None,
    outlet_b: str = "Outlet B",
) -> list[Finding]:
    a_text = str(first.pop("text"))
    b_text = str(second.pop("text"))
    articles = [
        article("a", "Outlet A", says(a_text, **first)),
        article("b", outlet_b, says(b_text, **second), published=published),
    ]
    return typed_conflicts(_corpus(articles, events))


def test_two_counts_of_one_thing_worded_differently_conflict() -> None:
    (found,) = _two(_soldiers(56), _soldiers(65, SENT_B, predicate="dispatch"))
    assert found.kind == "number_conflict"
    assert sorted(v.value for v in found.values) == ["56", "65"]
    for side in found.values:
        assert side.origins and side.evidence
        assert all(e.text for e in side.evidence)
    assert "soldiers" in found.summary


def test_rounding_bounds_and_agreeing_figures_are_no_conflict() -> None:
    about = qty("about 1,000", 1000, "soldiers", approximate=True)
    assert _two(_soldiers(1000, values=[about]), _soldiers(1040)) == []
    more = qty("more than 1,400", 1400, "soldiers", low=1400.0, high=None)
    assert _two(_soldiers(1400, values=[more]), _soldiers(1520)) == []
    assert _two(_soldiers(56), _soldiers(56)) == []


def test_a_subgroup_or_a_breakdown_is_not_the_whole() -> None:
    part = "Spain sent {n} soldiers, including 12 dog handlers, to help the rescue."
    values = [qty("300", 300, "soldiers"), qty("12", 12, "dog handlers")]
    assert _two(_soldiers(300, part, values=values), _soldiers(12)) == []


def test_hedged_expected_negated_or_other_events_stay_quiet() -> None:
    hedged = "Spain could send {n} soldiers if Morocco asks for help."
    assert _two(_soldiers(500, hedged), _soldiers(56)) == []
    assert _two(_soldiers(500, modality="expected"), _soldiers(56)) == []
    assert _two(_soldiers(500, polarity="negative"), _soldiers(56)) == []
    another = "After another earthquake, Spain sent {n} soldiers to help the rescue."
    assert _two(_soldiers(500, another), _soldiers(56)) == []
    # two events of the story, or two days of reports
    assert _two(_soldiers(500), _soldiers(56), events=[["a"], ["b"]]) == []
    assert _two(_soldiers(500), _soldiers(56), published=date(2025, 7, 14)) == []
    # a background paragraph about an earlier year
    earlier = "In 2004, Spain sent {n} soldiers to help the rescue after the earthquake."
    assert _two(_soldiers(500, earlier), _soldiers(56)) == []


def test_other_subjects_and_one_origin_are_no_disagreement() -> None:
    france = _soldiers(500, "France sent {n} soldiers to help the rescue.", subject="France")
    assert _two(france, _soldiers(56)) == []
    # two articles of one outlet: one origin, whatever it says
    assert _two(_soldiers(500), _soldiers(56), outlet_b="Outlet A") == []


KILLED = "The earthquake killed {n} people in the province, officials said."


def _killed(n: float, text: str = KILLED) -> dict[str, object]:
    written = f"{n:,.0f}"
    return {
        "text": text.format(n=written),
        "subject": "The earthquake",
        "predicate": "kill",
        "values": [qty(written, n, "killed")],
    }


def test_a_toll_of_the_first_days_is_an_hour_of_a_count_later_one_day_s_bulletins_conflict() -> (
    None
):
    # the story began on 10 July: reports of 11 July give hours of a rising count
    assert _two(_killed(44), _killed(80), published=date(2025, 7, 11)) == []
    # both reports of 11 July, well after the first days? no: the default day is 13 July
    (found,) = _two(_killed(2901), _killed(2946))
    assert found.kind == "number_conflict"
    died = "{n} people died in the province after the earthquake, officials said."
    (found,) = _two(_killed(2901), {**_killed(2946, died), "predicate": "die"})
    assert {v.value for v in found.values} == {"2,901", "2,946"}


def test_a_toll_of_a_part_of_the_region_is_not_the_toll() -> None:
    local = "The earthquake killed {n} people in Jajarkot alone, officials said."
    assert _two(_killed(2901), _killed(92, local)) == []
    in_district = "The earthquake killed {n} people in the district's Ramidanda, police said."
    assert _two(_killed(2901), _killed(92, in_district)) == []


def _day(text: str, day: str) -> dict[str, object]:
    start = text.index(day)
    value = ClaimValue(
        kind="weekday", value=day.lower(), text=day, start=start, end=start + len(day)
    )
    return {
        "text": text,
        "subject": "Iran and the United States",
        "predicate": "hold",
        "values": [value],
    }


def test_two_weekdays_of_one_meeting_conflict() -> None:
    sunday = _day("Iran and the United States held talks in Muscat on Sunday.", "Sunday")
    saturday = "Iran and the United States held indirect talks on Saturday, with Oman as mediator."
    (found,) = _two(sunday, _day(saturday, "Saturday"))
    assert found.kind == "date_conflict"
    assert sorted(v.value for v in found.values) == ["Saturday", "Sunday"]
    # a round that the other report does not speak of ("the second round") is another moment
    second = "Iran and the United States held the second round of talks on Saturday."
    assert _two(_day("Iran and the United States held talks in Muscat on Sunday.", "Sunday"),
                _day(second, "Saturday")) == []  # fmt: skip


def test_verb_classes_scopes_and_place_roles_are_read() -> None:
    claim = article("a", "A", says("The talks took place in Muscat.", predicate="take")).claims[0]
    assert predicate_class(claim) == "meet"
    killed = article("a", "A", says("The quake killed 9.", predicate="kill")).claims[0]
    assert predicate_class(killed) == "die"
    scoped = article("a", "A", says("It killed 9 in the district's Ramidanda.")).claims[0]
    assert place_scope(scoped) == {"ramidanda"}
    sentence = "The talks were held in the Omani capital Muscat, then moved to Rome."
    at, to = sentence.index("Muscat"), sentence.index("Rome")
    muscat = ClaimValue(kind="place", value="Muscat", text="Muscat", start=at, end=at + 6)
    rome = ClaimValue(kind="place", value="Rome", text="Rome", start=to, end=to + 4)
    assert place_role(rome, sentence, 0) == "to"
    assert place_role(muscat, sentence, 0) is None  # "Omani capital": not read through


FERRY = (
    "A passenger ferry capsized on Lake Kivu near the port of Goma on Thursday morning, the "
    "provincial governor said. {rescue} The cause of the accident was not yet known."
)


def _ferry_dossier(tmp_path: Path, first: str, second: str) -> list[Finding]:
    records = [
        {"id": "a", "source": "Outlet A", "published": "2024-05-10", "title": None,
         "text": FERRY.format(rescue=first)},
        {"id": "b", "source": "Outlet B", "published": "2024-05-10", "title": None,
         "text": FERRY.format(rescue=second)},
    ]  # fmt: skip
    tmp_path.mkdir()
    path = tmp_path / "ferry.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), "utf-8")
    return [f for f in analyze([path]).findings if f.kind == "number_conflict"]


def test_real_text_counts_of_one_rescue_conflict_and_a_bound_does_not(tmp_path: Path) -> None:
    found = _ferry_dossier(
        tmp_path / "one",
        "The Congolese navy pulled 78 survivors from the waters of Lake Kivu before nightfall, the governor told reporters.",
        "By nightfall, the Congolese navy had pulled 87 survivors from the cold waters of Lake Kivu, officials in Goma said.",
    )
    assert len(found) == 1
    assert sorted(v.value for v in found[0].values) == ["78", "87"]
    assert all(len(v.articles) == 1 and v.evidence for v in found[0].values)
    quiet = _ferry_dossier(
        tmp_path / "two",
        "The Congolese navy pulled 78 survivors from the waters of Lake Kivu before nightfall, the governor told reporters.",
        "By nightfall, the Congolese navy had pulled more than 70 survivors from the cold waters of Lake Kivu, officials in Goma said.",
    )
    assert quiet == []


def test_two_sources_figures_are_said_to_be_figures_by_source() -> None:
    army = _soldiers(56, "Spain sent {n} soldiers to help the rescue, the army said.")
    ministry = _soldiers(65, "Spain sent {n} soldiers to help the rescue, the ministry said.")
    (found,) = _two(
        {**army, "attribution": "the army"}, {**ministry, "attribution": "the ministry"}
    )
    assert found.kind == "number_conflict"
    assert found.summary.startswith("Sources disagree") and "figures by source" in found.summary
    (plain,) = _two(_soldiers(56), _soldiers(65))
    assert plain.summary.startswith("Outlets disagree") and "by source" not in plain.summary


def test_the_day_of_a_saying_is_not_the_day_of_the_happening() -> None:
    sunday = {**_day("Iran and the United States said on Sunday the talks went well.", "Sunday")}
    monday = {**_day("Iran and the United States said on Monday the talks went well.", "Monday")}
    assert _two({**sunday, "predicate": "say"}, {**monday, "predicate": "say"}) == []
