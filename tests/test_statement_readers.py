"""Two people said by two outlets to have read out one event's statement is a participant
conflict; one reader, a "by" of another act ("chaired by"), a planned reading, two names of
one man and one outlet's own two articles are not. Articles written for the test."""

from __future__ import annotations

from crosscheck.claims.statement_readers import statement_readers
from crosscheck.records import Dossier, Finding
from text_builders import annotated_report, dossier_of

SUMMIT = (
    "ECOWAS summit in Abuja\nWest African leaders meeting in Abuja on Sunday gave the coup"
    " leaders in Niger one week to restore President Mohamed Bazoum. "
)
BY_TOURAY = SUMMIT + (
    "The final communique of the summit was read by ECOWAS Commission president Omar Touray."
)
BY_TINUBU = SUMMIT.replace("ECOWAS summit in Abuja", "Abuja summit ends") + (
    "The joint statement was read out at the end of the meeting by Nigerian President Bola Tinubu."
)


def _read(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.name for r in statement_readers(annotated_report(nlp, "a", text))]


def _readers(dossier: Dossier) -> list[Finding]:
    return [f for f in dossier.findings if "read out the statement" in f.summary]


def _dossier(nlp, a: str, b: str, outlet_b: str = "Outlet B") -> Dossier:  # type: ignore[no-untyped-def]
    texts = {"a.txt": ("Outlet A", a), "b.txt": (outlet_b, b)}
    return dossier_of(nlp, texts, published="2023-07-31")


def test_the_reader_of_a_statement_is_read(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _read(nlp, BY_TOURAY) == ["Omar Touray"]
    assert _read(nlp, BY_TINUBU) == ["Bola Tinubu"]
    assert _read(nlp, "Omar Touray, who read the communique, called for calm.") == ["Omar Touray"]
    for sentence in (
        # the "by" is the chairing's
        "ECOWAS froze assets, according to the resolutions read at the summit chaired by"
        " President Bola Tinubu.",
        "President Bola Tinubu is expected to read the final communique on Monday.",
        "The communique said the junta had read the situation wrongly, Omar Touray added.",
        # a party's own statement: each side may read one
        "Omar Touray read a statement to reporters after the talks.",
    ):
        assert _read(nlp, sentence) == [], sentence


def test_two_readers_of_one_statement_is_a_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    (found,) = _readers(_dossier(nlp, BY_TOURAY, BY_TINUBU))
    assert found.kind == "participant_conflict"
    assert sorted(v.value for v in found.values) == ["Bola Tinubu", "Omar Touray"]
    assert all(v.evidence and v.origins for v in found.values)


def test_one_reader_one_man_or_one_outlet_is_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    same = BY_TINUBU.replace("Nigerian President Bola Tinubu", "Commission president Omar Touray")
    assert not _readers(_dossier(nlp, BY_TOURAY, same))
    fuller = BY_TINUBU.replace("Nigerian President Bola Tinubu", "Omar Alieu Touray")
    assert not _readers(_dossier(nlp, BY_TOURAY, fuller))
    assert not _readers(_dossier(nlp, BY_TOURAY, BY_TINUBU, outlet_b="Outlet A"))
