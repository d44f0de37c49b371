"""Where and which shock: the distance of an event from a named place (in km, miles converted,
compared only for one reference place), and the measures of one shock only (an aftershock, a
past quake or "another earthquake" of the same story are not the main shock), on sentences
written for the test."""

from __future__ import annotations

from claim_builders import article, corpus, says
from crosscheck.claims.distances import bearing, bearings_compatible, event_distances, place_key
from crosscheck.claims.slot_times import event_times
from crosscheck.claims.value_agreement import two_shocks
from crosscheck.corroborate.slots import slot_conflicts
from crosscheck.records import AnnotatedArticle, ClaimValue, Finding, Sentence


def _distances(sentence: str, language: str = "en") -> dict[str, tuple[str, str]]:
    return {
        slot: (value.text, value.value)
        for slot, value, _ in event_distances(sentence, 0, language)
        if slot.startswith("distance")
    }


def test_distances_are_read_in_km_from_the_place_named_in_several_languages() -> None:
    assert _distances(
        "The epicentre was located about 70 kilometers (43 miles) southwest of Marrakech."
    ) == {"distance|marakec": ("about 70 kilometers", "70")}
    assert _distances("The quake struck about 300 miles west of the capital, Kathmandu.") == {
        "distance|katmandu": ("about 300 miles", "483")
    }
    assert _distances(
        "Le séisme s'est produit à quelque 500 kilomètres à l'ouest de Katmandou.", "fr"
    ) == {"distance|katmandu": ("quelque 500 kilomètres", "500")}
    assert _distances(
        "Su epicentro se localizó a 400 kilómetros al noreste de Katmandú, la capital.", "es"
    ) == {"distance|katmandu": ("400 kilómetros", "400")}
    assert place_key("Moscow") == place_key("Moscou") == place_key("Moscú")


def test_a_distance_in_number_words_is_read_as_one_in_digits() -> None:
    assert _distances("The flood hit the town some five miles south of Valencia.") == {
        "distance|valencia": ("some five miles", "8")
    }
    assert _distances(
        "El epicentro se localizó a unos diez kilómetros al suroeste de Valencia.", "es"
    ) == {"distance|valencia": ("unos diez kilómetros", "10")}
    # a word that is no number, and a vague "several", give no distance
    assert _distances("The quake struck several kilometres from Marrakech.") == {}
    assert _distances("The quake struck many miles south of Marrakech.") == {}


def test_distances_where_it_was_felt_or_of_no_event_are_not_read() -> None:
    assert _distances("The quake was felt in New Delhi, 500 km from Jajarkot.") == {}
    assert _distances("Two aftershocks were recorded within a 10 km radius of Jumla.") == {}
    assert _distances("The town of Amizmiz is 55 km from Marrakech.") == {}  # no event


def _sentences(annotated: AnnotatedArticle) -> AnnotatedArticle:
    sentences = [Sentence(start=c.start, end=c.end) for c in annotated.claims]
    return annotated.model_copy(update={"sentences": sentences})


def _conflicts(first: list[str], second: list[str]) -> list[Finding]:
    articles = [
        _sentences(article("a", "Outlet A", *(says(s) for s in first))),
        _sentences(article("b", "Outlet B", *(says(s) for s in second))),
    ]
    return slot_conflicts(corpus(articles))


def test_two_distances_from_one_place_conflict_but_a_conversion_or_a_bound_does_not() -> None:
    west = "The epicentre was located about 500 kilometres west of Kathmandu."
    found = _conflicts([west], ["The quake struck about 250 miles northeast of Kathmandu."])
    (distance,) = [f for f in found if "distance" in f.summary]
    assert "distance of the event from Katmandu" in distance.summary
    assert sorted(v.value for v in distance.values) == ["about 250 miles", "about 500 kilometres"]
    assert _conflicts([west], ["The quake struck about 300 miles west of Kathmandu."]) == []
    assert _conflicts([west], ["The quake struck more than 400 km west of Kathmandu."]) == []
    assert _conflicts([west], ["The quake struck 60 km south of Jumla."]) == []  # another place


MAIN = "A 6.4-magnitude earthquake struck Jajarkot at a depth of 10 km."


def test_the_measures_of_an_aftershock_or_another_quake_are_not_the_main_shocks() -> None:
    assert _conflicts([MAIN], ["The 6.4-magnitude quake struck at a depth of 18 km."]) != []
    aftershock = [
        "A 6.4-magnitude quake struck Jajarkot.",
        "A 3.6-magnitude tremor struck at a depth of 5 km.",
    ]
    assert _conflicts([MAIN], aftershock) == []
    another = [
        "Yet another earthquake shook Nepal on Sunday.",
        "The earthquake struck at a depth of 5 km.",
    ]
    assert _conflicts([MAIN], another) == []
    past = ["Previously on October 22, a 6.1 magnitude quake struck at a depth of 15 km."]
    assert _conflicts([MAIN], past) == []


def test_a_magnitude_two_agencies_give_for_one_shock_conflicts_but_an_aftershocks_does_not() -> (
    None
):
    (magnitude,) = _conflicts([MAIN], ["The USGS said the earthquake had a magnitude of 5.6."])
    assert sorted(v.value for v in magnitude.values) == ["5.6 according to The USGS", "6.4"]
    assert _conflicts([MAIN], ["A 4.2-magnitude tremor was recorded in Nepal on Saturday."]) == []


def test_a_time_given_in_another_zone_or_a_loose_midnight_is_no_local_time() -> None:
    assert event_times("Today's earthquake occurred at 04:38:20 (IST) in Nepal.", 0) == []
    (midnight,) = event_times("The earthquake struck Nepal on Friday midnight.", 0)
    (local,) = event_times("The earthquake struck at 11:47 p.m. local time.", 0)
    assert midnight.low is not None and midnight.high is not None and local.low is not None
    assert midnight.low <= local.low <= midnight.high


def test_an_announcement_made_previously_is_no_past_quake() -> None:
    earlier = ["The institute had previously announced a 7-magnitude quake at a depth of 8 km."]
    (depth,) = _conflicts(["A 7-magnitude earthquake struck at a depth of 10.7 km."], earlier)
    assert "depth" in depth.summary


def test_magnitudes_a_whole_degree_apart_are_two_shocks_for_the_claim_detector() -> None:
    def magnitude(value: str) -> ClaimValue:
        return ClaimValue(
            kind="quantity", value=value, text=value, start=0, end=3, unit="magnitude"
        )

    assert two_shocks(magnitude("4.2"), magnitude("6.4"))
    assert not two_shocks(magnitude("5.6"), magnitude("6.4"))  # two agencies, one shock


def test_directions_from_one_place_conflict_only_when_a_compass_point_or_more_apart() -> None:
    assert bearing("ouest") == 270 and bearing("nord-est") == 45 and bearing("NW") == 315
    assert bearings_compatible(0, 315) and not bearings_compatible(270, 45)
    west = "The epicentre was located about 500 kilometres west of Kathmandu."
    found = _conflicts([west], ["The quake struck about 480 km north-east of Kathmandu."])
    (direction,) = [f for f in found if "direction" in f.summary]
    assert direction.kind == "place_conflict"
    assert _conflicts([west], ["The quake struck about 480 km north-west of Kathmandu."]) == []
