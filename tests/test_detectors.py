"""Each conflict detector on sentences written for the test, values set by hand: what is a
conflict, and the look-alikes that are not (rounding, bounds, a rising toll, other events)."""

from __future__ import annotations

from datetime import date

import pytest

from claim_builders import article, corpus, findings_of, kinds, place, qty, says, when, who
from crosscheck.claims.match_lexical import LexicalMatcher
from crosscheck.claims.relation import Relation, get_matcher
from crosscheck.claims.value_agreement import unit_of, values_agree
from crosscheck.corroborate.speech import misquotes, position_conflicts
from crosscheck.errors import ConfigurationError
from crosscheck.records import Finding

KILLED = "people were killed in the attack on the central market of the town"


def _toll(
    first: str, second: str, v1: dict, v2: dict, published2: date = date(2025, 7, 13)
) -> list[Finding]:  # type: ignore[type-arg]
    return findings_of(
        [
            article(
                "a", "Outlet A", says(f"{first} {KILLED}.", predicate="kill", values=[qty(**v1)])
            ),
            article(
                "b",
                "Outlet B",
                says(f"{second} {KILLED}.", predicate="kill", values=[qty(**v2)]),
                published=published2,
            ),
        ]
    )


def _of(findings: list[Finding], kind: str) -> list[Finding]:
    return [f for f in findings if f.kind == kind]


def _agreed(findings: list[Finding]) -> list[Finding]:
    """Claims of several articles judged one proposition: corroborated, or one source relayed
    (the test texts repeat one sentence word for word, which makes them copies of one text)."""
    return [
        f
        for f in findings
        if f.kind == "corroborated" or (f.kind == "single_source" and len(f.supporting) > 1)
    ]


def test_three_thousand_against_three_hundred_is_a_number_conflict() -> None:
    found = _toll(
        "3,000",
        "300",
        {"text": "3,000", "value": 3000, "unit": "killed"},
        {"text": "300", "value": 300, "unit": "killed"},
    )
    (conflict,) = _of(found, "number_conflict")
    assert {v.value for v in conflict.values} == {"3,000", "300"}
    assert {tuple(v.articles) for v in conflict.values} == {("a",), ("b",)}
    assert all(v.origins and v.evidence for v in conflict.values)
    assert not _agreed(found), "different figures never corroborate"


def test_twenty_four_against_twenty_six_is_a_conflict_on_one_day() -> None:
    found = _toll(
        "24",
        "26",
        {"text": "24", "value": 24, "unit": "dead"},
        {"text": "26", "value": 26, "unit": "killed"},
    )
    assert kinds(_of(found, "number_conflict")) == ["number_conflict"]


def test_a_rising_toll_reported_on_different_days_is_not_a_conflict() -> None:
    found = _toll(
        "24",
        "26",
        {"text": "24", "value": 24, "unit": "killed"},
        {"text": "26", "value": 26, "unit": "killed"},
        published2=date(2025, 7, 14),
    )
    assert not _of(found, "number_conflict")
    assert not _agreed(found)


def test_a_bound_and_a_figure_inside_it_agree() -> None:
    found = _toll(
        "More than 1,400",
        "1,400",
        {"text": "more than 1,400", "value": 1400, "unit": "killed", "low": 1400.0},
        {"text": "1,400", "value": 1400, "unit": "killed"},
    )
    assert not _of(found, "number_conflict")
    assert _agreed(found)


def test_an_approximate_figure_and_a_close_one_agree() -> None:
    found = _toll(
        "About 60",
        "62",
        {"text": "about 60", "value": 60, "unit": "killed", "approximate": True},
        {"text": "62", "value": 62, "unit": "killed"},
    )
    assert not _of(found, "number_conflict")


def test_figures_of_different_events_are_not_compared() -> None:
    texts = [
        article("a", "A", says(f"3,000 {KILLED}.", values=[qty("3,000", 3000, "killed")])),
        article("b", "B", says(f"300 {KILLED}.", values=[qty("300", 300, "killed")])),
    ]
    found = findings_of(texts, events=[["a"], ["b"]])
    assert not _of(found, "number_conflict") and not _agreed(found)


MET = "Syrian and Israeli officials met in the Azerbaijani capital for talks on security"


def _meeting(v1: list, v2: list, events: list | None = None) -> list[Finding]:  # type: ignore[type-arg]
    return findings_of(
        [
            article("a", "A", says(f"{MET} on the day.", predicate="meet", values=v1)),
            article("b", "B", says(f"{MET} on the day.", predicate="meet", values=v2)),
        ],
        events=events,
    )


def test_two_weekdays_for_one_meeting_are_a_date_conflict() -> None:
    found = _meeting(
        [when("Saturday", "saturday", "weekday")], [when("Sunday", "sunday", "weekday")]
    )
    (conflict,) = _of(found, "date_conflict")
    assert {v.value for v in conflict.values} == {"Saturday", "Sunday"}
    assert not _agreed(found)


def test_a_date_and_its_weekday_agree() -> None:
    found = _meeting(
        [when("July 12", "2025-07-12")], [when("Saturday", "saturday", "weekday")]
    )  # 12 July 2025 was a Saturday
    assert not _of(found, "date_conflict")
    assert _agreed(found)


def test_dates_of_different_events_are_not_a_conflict() -> None:
    found = _meeting(
        [when("July 12", "2025-07-12")], [when("July 20", "2025-07-20")], events=[["a"], ["b"]]
    )
    assert not _of(found, "date_conflict") and not _agreed(found)


def test_two_cities_for_one_meeting_are_a_place_conflict() -> None:
    found = _meeting([place("Baku")], [place("Brussels")])
    (conflict,) = _of(found, "place_conflict")
    assert {v.value for v in conflict.values} == {"Baku", "Brussels"}


def test_a_city_and_its_country_are_not_a_place_conflict() -> None:
    assert not _of(_meeting([place("Baku")], [place("Azerbaijan")]), "place_conflict")


ATTEND = "Bashar al-Assad {} the meeting between Syrian and Israeli officials in Baku"


def test_attended_against_did_not_attend_is_a_participant_conflict() -> None:
    found = findings_of(
        [
            article(
                "a",
                "A",
                says(
                    ATTEND.format("attended") + ".",
                    predicate="attend",
                    values=[who("Bashar al-Assad")],
                ),
            ),
            article(
                "b",
                "B",
                says(
                    ATTEND.format("did not attend") + ".",
                    predicate="attend",
                    polarity="negative",
                    values=[who("Bashar al-Assad")],
                ),
            ),
        ]
    )
    (conflict,) = _of(found, "participant_conflict")
    assert {v.value for v in conflict.values} == {
        "Bashar al-Assad took part",
        "Bashar al-Assad did not take part",
    }
    assert not _of(found, "conflict"), "one disagreement, reported once"


def test_two_outlets_saying_he_did_not_attend_agree() -> None:
    found = findings_of(
        [
            article(
                "a",
                "A",
                says(
                    ATTEND.format("did not attend") + ".",
                    predicate="attend",
                    polarity="negative",
                    values=[who("Bashar al-Assad")],
                ),
            ),
            article(
                "b",
                "B",
                says(
                    ATTEND.format("did not attend") + ".",
                    predicate="attend",
                    polarity="negative",
                    values=[who("Bashar al-Assad")],
                ),
            ),
        ]
    )
    assert not _of(found, "participant_conflict") and _agreed(found)


WITHDREW = "the army withdrew its forces from the buffer zone near the southern border"


def test_a_denial_against_the_statement_is_a_conflict() -> None:
    found = findings_of(
        [
            article("a", "A", says(f"Officials confirmed that {WITHDREW}.", predicate="withdraw")),
            article(
                "b",
                "B",
                says(
                    f"Al-Watan denied that {WITHDREW}.",
                    predicate="withdraw",
                    modality="denied",
                    polarity="negative",  # as the extractor reads a denial (claims/extract.py)
                    attribution="Al-Watan",
                ),
            ),
        ]
    )
    (conflict,) = _of(found, "conflict")
    assert conflict.supporting and conflict.contradicting
    assert {v.value.split(":")[0] for v in conflict.values} == {"affirmed", "denied"}


def test_an_expectation_is_not_contradicted_by_a_negation() -> None:
    found = findings_of(
        [
            article(
                "a",
                "A",
                says(f"Officials said {WITHDREW} soon.", predicate="withdraw", modality="expected"),
            ),
            article(
                "b",
                "B",
                says(f"Officials said {WITHDREW} not.", predicate="withdraw", polarity="negative"),
            ),
        ]
    )
    assert not _of(found, "conflict") and not _agreed(found)


def test_an_article_that_states_and_negates_one_thing_contradicts_itself() -> None:
    found = findings_of(
        [
            article(
                "a",
                "A",
                says(f"On Monday {WITHDREW}.", predicate="withdraw"),
                says(f"On Monday {WITHDREW} not.", predicate="withdraw", polarity="negative"),
            )
        ]
    )
    (flagged,) = _of(found, "internal_inconsistency")
    assert flagged.supporting == ["a"] and len(flagged.claims) == 2


def test_a_quoted_speaker_and_the_article_are_not_one_voice() -> None:
    found = findings_of(
        [
            article(
                "a",
                "A",
                says(f"On Monday {WITHDREW}.", predicate="withdraw"),
                says(
                    f"On Monday {WITHDREW} not, a resident said.",
                    predicate="withdraw",
                    polarity="negative",
                    attribution="a resident",
                    speaker_text="a resident",
                ),
            )
        ]
    )
    assert not _of(found, "internal_inconsistency")


def test_different_speakers_revealing_different_things_do_not_corroborate() -> None:
    found = findings_of(
        [
            article(
                "a",
                "A",
                says(
                    "Israeli Channel Kan revealed details of secret meetings held "
                    "between Israeli and Syrian officials in Baku.",
                    predicate="reveal",
                    attribution="Israeli Channel Kan",
                ),
            ),
            article(
                "b",
                "B",
                says(
                    "A diplomatic source in Damascus revealed a direct meeting "
                    "between Israeli and Syrian officials in Baku.",
                    predicate="reveal",
                    attribution="A diplomatic source in Damascus",
                ),
            ),
        ]
    )
    assert not _agreed(found)


def test_the_same_negation_shape_or_place_name_is_not_one_proposition() -> None:
    matcher = get_matcher("lexical")
    assert isinstance(matcher, LexicalMatcher)
    shape = article(
        "a",
        "A",
        says("The ministry in Damascus did not elaborate on it."),
        says("The army in Damascus did not specify the reason."),
    )
    first, second = shape.claims
    assert matcher.relate(first, second).relation != Relation.SAME
    places = article(
        "b",
        "B",
        says("Israeli jets struck targets near Damascus overnight.", values=[place("Damascus")]),
        says("Protesters gathered in central Damascus overnight.", values=[place("Damascus")]),
    )
    first, second = places.claims
    assert matcher.relate(first, second).relation != Relation.SAME


def test_different_counts_never_corroborate_even_untyped() -> None:
    texts = article(
        "a",
        "A",
        says("Israel struck six air bases across Syria this week."),
        says("Israel struck eight installations across Syria this week."),
    )
    first, second = texts.claims
    assert not values_agree(first, second)
    typed = article(
        "b",
        "B",
        says("Israel struck six air bases.", values=[qty("six", 6, "air bases")]),
        says("Israel struck eight installations.", values=[qty("eight", 8, "installations")]),
    )
    assert not values_agree(*typed.claims)


def test_photo_captions_are_not_claims() -> None:
    found = findings_of(
        [
            article(
                "a",
                "A",
                says(
                    "Syria's interim president listens during a joint press "
                    "conference in Paris on May 7, 2025 (AP)"
                ),
            ),
            article(
                "b",
                "B",
                says(
                    "Syria's interim president listens during a joint press "
                    "conference in Paris on May 7, 2025 (AP)"
                ),
            ),
        ]
    )
    assert found == []


def _speech(quotes: list[dict], positions: list[dict]) -> list[Finding]:  # type: ignore[type-arg]
    texts = [
        article("a", "A", quotes=quotes[:1], positions=positions[:1]),
        article("b", "B", quotes=quotes[1:], positions=positions[1:]),
    ]
    built = corpus(texts)
    return [*misquotes(built), *position_conflicts(built)]


def _quote(text: str) -> dict:  # type: ignore[type-arg]
    return {"text": text, "speaker_text": "Tom Barrack"}


def test_a_quote_with_another_figure_is_a_misquote() -> None:
    found = _speech(
        [
            _quote("We will send 300 more troops to the border region next week"),
            _quote("We will send 3,000 more troops to the border region next week"),
        ],
        [],
    )
    (misquote,) = found
    assert misquote.kind == "misquote" and len(misquote.values) == 2


def test_a_quote_with_its_negation_dropped_is_a_misquote() -> None:
    found = _speech(
        [
            _quote("Syria will not join the Abraham Accords this year, the envoy believes"),
            _quote("Syria will join the Abraham Accords this year, the envoy believes"),
        ],
        [],
    )
    assert [f.kind for f in found] == ["misquote"]


def test_a_translated_or_reworded_quote_is_the_same_quote() -> None:
    found = _speech(
        [
            _quote("Dialogue between Syria and Israel has begun"),
            _quote("The dialogue has started between Syria and Israel"),
        ],
        [],
    )
    assert found == []


def test_a_quote_by_another_speaker_is_not_a_misquote() -> None:
    found = _speech(
        [
            _quote("We will send 300 more troops to the border region next week"),
            {
                "text": "We will send 3,000 more troops to the border region next week",
                "speaker_text": "Hakan Fidan",
            },
        ],
        [],
    )
    assert found == []


def _position(stance: str, content: str) -> dict:  # type: ignore[type-arg]
    return {
        "actor_text": "Turkish Foreign Minister Hakan Fidan",
        "stance": stance,
        "content": content,
    }


def test_endorsing_and_denying_one_mediation_is_a_position_conflict() -> None:
    found = _speech(
        [],
        [
            _position("support", "Turkish mediation between Syria and Israel"),
            _position("deny", "any Turkish mediation between Israel and Syria"),
        ],
    )
    (conflict,) = found
    assert conflict.kind == "position_conflict"
    assert {v.value.split(":")[0] for v in conflict.values} == {"support", "deny"}


def test_the_same_stance_or_another_matter_is_no_position_conflict() -> None:
    assert not _speech(
        [],
        [
            _position("support", "Turkish mediation between Syria and Israel"),
            _position("offer", "Turkish mediation between Syria and Israel"),
        ],
    )
    assert not _speech(
        [],
        [
            _position("support", "Turkish mediation between Syria and Israel"),
            _position("reject", "European sanctions on Russian gas exports"),
        ],
    )


def test_an_expected_attendance_is_no_participant_conflict() -> None:
    found = findings_of(
        [
            article(
                "a",
                "A",
                says(
                    ATTEND.format("is expected to attend") + ".",
                    predicate="attend",
                    modality="expected",
                    values=[who("Bashar al-Assad")],
                ),
            ),
            article(
                "b",
                "B",
                says(
                    ATTEND.format("did not attend") + ".",
                    predicate="attend",
                    polarity="negative",
                    values=[who("Bashar al-Assad")],
                ),
            ),
        ]
    )
    assert not _of(found, "participant_conflict") and not _of(found, "conflict")


def test_figures_about_different_subjects_are_not_compared() -> None:
    found = findings_of(
        [
            article(
                "a",
                "A",
                says(
                    f"3,000 {KILLED}.", subject_entity="e1", values=[qty("3,000", 3000, "killed")]
                ),
            ),
            article(
                "b",
                "B",
                says(f"300 {KILLED}.", subject_entity="e2", values=[qty("300", 300, "killed")]),
            ),
        ]
    )
    assert not _of(found, "number_conflict")


def test_the_matcher_is_chosen_by_name() -> None:
    assert get_matcher("lexical").name == "lexical"
    with pytest.raises(ConfigurationError):
        get_matcher("no such matcher")


def test_opposite_verbs_or_other_figures_do_not_corroborate() -> None:
    texts = article(
        "a",
        "A",
        says("Stock markets around the world have fallen dramatically today.", predicate="fall"),
        says(
            "Stock markets around the world have increased dramatically today.",
            predicate="increase",
        ),
        says(
            "The FTSE 100 dropped by 2.36 %, or 118.40 points, to below the 5000 mark.",
            predicate="drop",
        ),
        says(
            "The FTSE 100 dropped by 6.50 %, or 323.65 points, to below the 5000 mark.",
            predicate="drop",
        ),
    )
    rising, falling, first, second = texts.claims
    matcher = get_matcher("lexical")
    assert matcher.relate(rising, falling).relation != Relation.SAME
    assert matcher.relate(first, second).relation != Relation.SAME


def test_news_synonyms_are_one_verb() -> None:
    texts = article(
        "a",
        "A",
        says("Barrack said that dialogue between Syria and Israel has begun.", predicate="begin"),
        says(
            "Barrack said that the dialogue between Syria and Israel has started.",
            predicate="start",
        ),
    )
    begun, started = texts.claims
    assert get_matcher("lexical").relate(begun, started).relation == Relation.SAME


def test_headlines_and_labels_are_not_claims() -> None:
    found = findings_of(
        [
            article("a", "A", says("Herald : Sox Make Offer To Teixeira ( 8 Years ? )")),
            article("b", "B", says("Herald : Sox Make Offer To Teixeira ( 8 Years ? )")),
        ]
    )
    assert found == []


def test_one_misquote_finding_per_quote_with_a_value_per_wording() -> None:
    said = "We will send {} more troops to the border region next week"
    texts = [
        article("a", "A", quotes=[_quote(said.format("300"))]),
        article("b", "B", quotes=[_quote(said.format("300"))]),
        article("c", "C", quotes=[_quote(said.format("3,000"))]),
    ]
    (misquote,) = misquotes(corpus(texts))
    by_value = {v.value: v.articles for v in misquote.values}
    assert by_value == {said.format("300"): ["a", "b"], said.format("3,000"): ["c"]}
    # A and B, with no credit, cited source or reporter of their own, may copy one another:
    # one origin shown behind the wording they share (`count_stated`), not one per outlet
    assert misquote.contradicting == ["c"] and misquote.independent_sources == 1


def test_units_of_one_toll_are_one_unit() -> None:
    assert {unit_of(qty("3", 3, u)) for u in ("dead", "people killed", "deaths", "killed")} == {
        "killed"
    }
    assert unit_of(qty("3", 3, "air bases")) == "air bases"


def test_a_breakdown_of_figures_is_not_compared_figure_by_figure() -> None:
    # Two copies of "1,293 deaths in Al Haouz, 452 in Taroudant, 41 in Ouarzazate": each
    # figure is stated by both; 1,293 against 452 is no disagreement.
    text = "The quake caused 1,293 deaths in Al Haouz, 452 in Taroudant and 41 in Ouarzazate."
    figures = [
        qty("1,293", 1293, "deaths"),
        qty("452", 452, "deaths"),
        qty("41", 41, "deaths"),
    ]
    found = findings_of(
        [
            article("a", "Outlet A", says(text, predicate="cause", values=figures)),
            article("b", "Outlet B", says(text, predicate="cause", values=figures)),
        ]
    )
    assert not _of(found, "number_conflict")


def test_unparsed_sentences_corroborate_only_when_worded_alike() -> None:
    # French sentences get no parse: no verb, no negation to read. Two that share names but
    # say different things are not one claim; two copies of one dispatch are.
    held = "Les réunions se sont tenues à Mascate chez le ministre omanais Badr Albusaidi."
    fruitful = "Le ministre omanais Badr Albusaidi a déclaré que les pourparlers ont été fructueux."
    different = findings_of(
        [
            article("a", "Outlet A", says(held, predicate="", language="fr")),
            article("b", "Outlet B", says(fruitful, predicate="", language="fr")),
        ]
    )
    assert not _of(different, "corroborated")
    copies = findings_of(
        [
            article("a", "Outlet A", says(held, predicate="", language="fr"), language="fr"),
            article("b", "Outlet B", says(held, predicate="", language="fr"), language="fr"),
        ]
    )
    assert len(_agreed(copies)) == 1


def test_people_counted_for_different_things_are_not_one_figure() -> None:
    # "the death of 11,300 people" and "displaced at least 30,000 people": the unit "people"
    # says what is counted, not what happened to them, so it is no slot to compare figures in.
    from crosscheck.claims.detect import number_slot

    assert number_slot(qty("11,300", 11300, "people")) is None
    assert number_slot(qty("2,171", 2171, "victims")) is None
    assert number_slot(qty("24", 24, "dead")) == "killed"
    assert number_slot(qty("56", 56, "troops")) == "troops"


def test_copies_of_one_claim_are_judged_once() -> None:
    # Six outlets carrying one dispatch word for word: every pair of copies states the same
    # content, so the matcher is asked once and the verdict carried to the other pairs.
    from crosscheck.claims.match_lexical import LexicalMatcher
    from crosscheck.claims.relation import register_matcher
    from crosscheck.corroborate.claims import MatchSettings, claim_findings

    calls = []

    class Counting(LexicalMatcher):
        def relate(self, first, second):  # type: ignore[no-untyped-def]
            calls.append((first.id, second.id))
            return super().relate(first, second)

    register_matcher("counting-test", Counting)
    text = "Rescue teams pulled 14 survivors from the rubble of the market in Al Haouz."
    articles = [
        article(
            f"a{k}",
            f"Outlet {k}",
            says(text, predicate="pull", values=[qty("14", 14, "survivors")]),
        )
        for k in range(6)
    ]
    found = claim_findings(corpus(articles), MatchSettings(matcher="counting-test"))
    (finding,) = _agreed(found)
    assert len(finding.supporting) == 6
    assert len(calls) == 1
