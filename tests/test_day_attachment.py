"""A weekday or a date counts for a meeting only when the sentence's parse attaches it to the
meeting's own words: the day of a saying, an announcement or another act in another clause is
not the meeting's. Sentences written for the test, in English and French."""

from __future__ import annotations

import re

import pytest

from crosscheck.claims.day_attachment import attached
from crosscheck.claims.meeting_days import meeting_days
from crosscheck.records import Finding
from text_builders import annotated_report, dossier_of

TALKS = re.compile(
    r"\b(?:talks|meeting|réunion|pourparlers|délégations|held|met|a eu lieu|se sont réunies)\b",
    re.IGNORECASE,
)


def _attached(sentence: str, day: str, french: bool = False) -> bool:
    return attached(sentence, sentence.index(day), TALKS, french)


def _read(nlp, text: str) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return [(d.meeting, d.weekday) for d in meeting_days(annotated_report(nlp, "a", text))]


def test_a_day_of_the_meetings_own_words_is_attached() -> None:
    assert _attached("Witkoff held talks with the Iranian minister in Muscat on Sunday.", "Sunday")
    assert _attached("Iran described Saturday's talks as constructive.", "Saturday")
    assert _attached("Les pourparlers de samedi ont duré deux heures.", "samedi", french=True)
    assert _attached(
        "Le ministre a annoncé jeudi que la réunion a eu lieu lundi à Istanbul.",
        "lundi",
        french=True,
    )


def test_the_day_of_a_saying_or_another_act_is_not_attached() -> None:
    assert not _attached(
        "The talks were held in Istanbul, the ministry said on Thursday.", "Thursday"
    )
    assert not _attached(
        "The delegations that met in Istanbul signed on Thursday a memorandum.", "Thursday"
    )
    assert not _attached(
        "Le ministre a annoncé jeudi que la réunion a eu lieu lundi à Istanbul.",
        "jeudi",
        french=True,
    )
    assert not _attached(
        "Les délégations, qui se sont réunies à Istanbul, ont annoncé jeudi un accord.",
        "jeudi",
        french=True,
    )


def test_a_meeting_is_not_dated_by_another_verbs_day(nlp) -> None:  # type: ignore[no-untyped-def]
    for sentence in (
        "Les délégations russe et ukrainienne se sont réunies à Istanbul et ont annoncé jeudi "
        "un échange de prisonniers.",
        "The delegations that met in Istanbul signed on Thursday a memorandum on prisoner swaps.",
    ):
        assert _read(nlp, sentence) == [], sentence
    # near misses: the day is the meeting's own
    assert _read(nlp, "Les délégations se sont réunies samedi à Istanbul.") == [("event", 5)]
    assert _read(nlp, "The delegations met in Istanbul on Saturday.") == [("event", 5)]


EXCHANGE_FR = (
    "Réunion à Istanbul\nLes délégations russe et ukrainienne se sont réunies{met} à Istanbul "
    "et ont annoncé{announced} un échange de prisonniers."
)
EXCHANGE_EN = (
    "Talks in Istanbul\nThe Russian and Ukrainian delegations met{met} in Istanbul and "
    "announced{announced} an exchange of prisoners."
)


def _date_conflicts(nlp, a: str, b: str) -> list[Finding]:  # type: ignore[no-untyped-def]
    texts = {"a.txt": ("Outlet A", a), "b.txt": ("Outlet B", b)}
    dossier = dossier_of(nlp, texts, published="2025-05-16")
    return [f for f in dossier.findings if f.kind == "date_conflict"]


def test_the_day_of_an_announcement_is_no_conflict_with_the_meetings(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, announced, met in (
        (EXCHANGE_FR, " jeudi", " mercredi"),
        (EXCHANGE_EN, " on Thursday", " on Wednesday"),
    ):
        a = text.format(met="", announced=announced)
        b = text.format(met=met, announced="")
        assert not _date_conflicts(nlp, a, b), a
    # near miss: two days of the meeting itself
    a = EXCHANGE_EN.format(met=" on Thursday", announced="")
    b = EXCHANGE_EN.format(met=" on Wednesday", announced="")
    assert _date_conflicts(nlp, a, b)


def test_a_place_counts_for_an_event_only_when_attached_to_its_words() -> None:
    from crosscheck.claims.event_day_values import EVENT_WORDS

    dateline = (
        "Delhi/Kathmandu, 04 Nov: The death toll in the earthquake that struck Nepal on Friday "
        "has gone up to 154."
    )
    assert attached(dateline, dateline.index("Nepal"), EVENT_WORDS)
    assert not attached(dateline, dateline.index("Delhi"), EVENT_WORDS)
    toll = "In the aftermath of the earthquake, the death toll in Nepal has now gone up to 70."
    assert not attached(toll, toll.index("Nepal"), EVENT_WORDS)


def test_the_parse_skips_the_entity_recogniser_but_keeps_the_full_pipelines_tree(nlp) -> None:  # type: ignore[no-untyped-def]
    from crosscheck.claims.day_attachment import parse_heads

    sentence = "Oman's foreign minister said on Thursday that Witkoff met Araghchi in Muscat."
    quick = parse_heads(sentence, False)
    assert quick is not None
    assert not quick.ents, "names are not read here: the entity recogniser is not run"
    full = nlp(sentence)
    assert full.ents, "near miss: the whole pipeline does find the names"
    assert [(t.text, t.head.i, t.pos_, t.dep_) for t in quick] == [
        (t.text, t.head.i, t.pos_, t.dep_) for t in full
    ]


def test_french_days_and_french_names_share_one_loaded_pipeline() -> None:
    from crosscheck.annotate.mentions import FRENCH_PARSE_ONLY, french_pipeline
    from crosscheck.claims.day_attachment import _pipeline, parse_heads

    names = french_pipeline()
    if names is None:
        pytest.skip("the optional French pipeline is not installed")
    assert _pipeline(True) is names, "the French model is loaded once, not once per reader"
    sentence = "Le ministre a annoncé jeudi que la réunion a eu lieu à Mascate."
    doc = parse_heads(sentence, True)
    assert doc is not None and not doc.ents and doc[0].head.i != 0
    # near miss: names are still read, without the parse
    named = next(names.pipe([sentence], disable=list(FRENCH_PARSE_ONLY)))
    assert [e.text for e in named.ents] == ["Mascate"]
    assert all(t.head.i == t.i for t in named)
