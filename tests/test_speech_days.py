"""One remark of one speaker dated on different days by two outlets is a date conflict; two
remarks (other words, days far apart, or one outlet quoting it on both days) are not."""

from __future__ import annotations

from crosscheck.records import Dossier, Finding
from test_office_time import _dossier

REUTERS = (
    "Talks in Muscat\nIran and the United States held talks in Muscat on Sunday. On Thursday, "
    "Steve Witkoff told Breitbart News that Washington's red line is: \u201cNo enrichment. That "
    "means dismantlement, no weaponization.\u201d"
)
ARAB_NEWS = (
    "Iran and US hold talks in Muscat\nIran and the United States held talks in Muscat on "
    "Sunday. US envoy Steve Witkoff said in a Friday interview that Iran\u2019s "
    "\u201cenrichment facilities have to be dismantled.\u201d"
)


def _days(dossier: Dossier) -> list[Finding]:
    return [f for f in dossier.findings if f.kind == "date_conflict" and "remark" in f.summary]


def test_one_remark_dated_on_two_days_is_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(nlp, {"a.txt": ("Reuters", REUTERS), "b.txt": ("Arab News", ARAB_NEWS)})
    (found,) = _days(dossier)
    assert [v.value for v in found.values] == ["Thursday 2025-07-10", "Friday 2025-07-11"]
    assert "Steve Witkoff" in found.summary


def test_other_words_or_days_far_apart_are_two_remarks(nlp) -> None:  # type: ignore[no-untyped-def]
    other_words = ARAB_NEWS.replace(
        "\u201cenrichment facilities have to be dismantled.\u201d",
        "\u201cthe talks in Oman were constructive and the next meeting is close.\u201d",
    )
    assert not _days(
        _dossier(nlp, {"a.txt": ("Reuters", REUTERS), "b.txt": ("Arab News", other_words)})
    )
    far_apart = REUTERS.replace("On Thursday,", "On June 30,")
    assert not _days(
        _dossier(nlp, {"a.txt": ("Reuters", far_apart), "b.txt": ("Arab News", ARAB_NEWS)})
    )


def test_a_remark_one_outlet_quotes_on_both_days_was_made_twice(nlp) -> None:  # type: ignore[no-untyped-def]
    again = (
        ARAB_NEWS.replace("Arab", "Gulf").replace(
            "said in a Friday interview", "repeated on Friday"
        )
        + " "
        + REUTERS.split("\n", 1)[1]
        .split(". ", 1)[1]
        .replace("Steve Witkoff told", "Witkoff had told")
    )
    dossier = _dossier(
        nlp,
        {
            "a.txt": ("Reuters", REUTERS),
            "b.txt": ("Arab News", ARAB_NEWS),
            "c.txt": ("Arab News", again),
        },
    )
    assert not _days(dossier)


def test_the_day_an_interview_was_published_is_not_the_remarks(nlp) -> None:  # type: ignore[no-untyped-def]
    published = ARAB_NEWS.replace(
        "said in a Friday interview that", "said in an interview published on Friday that"
    )
    assert not _days(
        _dossier(nlp, {"a.txt": ("Reuters", REUTERS), "b.txt": ("Arab News", published)})
    )
