"""The local time of a quake, read in Nepali and Hindi as well ("राती ११ बजेर ४९ मिनेटमा"), and
compared with time zones in mind: two exact times a whole number of quarter hours apart may be
one instant told in two zones (Nepal's 23:47 is India's 23:32), unless both say they are the
event's local time; two minutes apart is a disagreement."""

from __future__ import annotations

from claim_builders import article, corpus, says
from crosscheck.claims.slot_times import event_times
from crosscheck.corroborate.slots import slot_conflicts
from crosscheck.records import AnnotatedArticle, Finding, Sentence


def _minutes(sentence: str) -> list[tuple[str, float | None]]:
    return [(t.value, t.low) for t in event_times(sentence, 0)]


def test_nepali_and_hindi_clock_times_of_a_quake_are_read() -> None:
    assert _minutes("आज राती ११ बजेर ४९ मिनेटमा गएको ६.४ रेक्टर स्केलको भूकम्पले क्षति पुर्‍यायो") == [
        ("23:49", 1429.0)
    ]
    assert _minutes("शुक्रवार रात 11 बजकर 32 मिनट पर 6.4 तीव्रता का भूकंप आया") == [("23:32", 1412.0)]
    assert _minutes("दिउँसो ४ बजेर ३१ मिनेटमा भूकम्प गएको छ") == [("16:31", 991.0)]
    (about,) = event_times("नेपाल में रात करीब 11 बजकर 32 मिनट पर आये भूकंप की तीव्रता 6.4 थी", 0)
    assert (about.value, about.low, about.high) == ("23:32", 1397.0, 1427.0)  # "about"
    assert _minutes("राती ११ बजेर ४९ मिनेटमा बैठक सुरु भयो") == []  # no quake


def _sentences(annotated: AnnotatedArticle) -> AnnotatedArticle:
    sentences = [Sentence(start=c.start, end=c.end) for c in annotated.claims]
    return annotated.model_copy(update={"sentences": sentences})


def _time_conflicts(first: str, second: str) -> list[Finding]:
    articles = [
        _sentences(article("a", "Outlet A", says(first))),
        _sentences(article("b", "Outlet B", says(second))),
    ]
    return [f for f in slot_conflicts(corpus(articles)) if "time of the event" in f.summary]


def test_two_minutes_apart_is_a_conflict() -> None:
    (time,) = _time_conflicts(
        "The earthquake struck at 11:47 p.m. local time.",
        "आज राती ११ बजेर ४९ मिनेटमा गएको भूकम्पले क्षति पुर्‍यायो",
    )
    assert sorted(v.value for v in time.values) == ["11:47 p.m.", "राती ११ बजेर ४९ मिनेट"]


def test_a_quarter_hour_apart_may_be_another_zone_unless_both_are_local() -> None:
    nepal = "The earthquake struck at 11:47 p.m. local time."
    assert _time_conflicts(nepal, "The earthquake struck at 11:32 p.m. on Friday.") == []
    assert len(_time_conflicts(nepal, "The earthquake struck at 11:32 p.m. local time.")) == 1
