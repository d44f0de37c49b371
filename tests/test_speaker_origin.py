"""A remark two outlets quote rests on its speaker, whatever agency carried it or words name
him: text written for the test, through the real pipeline."""

from __future__ import annotations

from crosscheck.claims.credits import agency_origin
from text_builders import dossier_of

REUTERS = (
    "MOSCOW (Reuters) - Russian President Vladimir Putin spoke about the crash on Thursday in "
    'the Kremlin. "He was a man of difficult fate and he made serious mistakes in life," the '
    "Russian president said."
)
CNN = (
    "(CNN) - Russian President Vladimir Putin offered condolences to the families of the "
    'victims on Thursday. "He was a man of a difficult fate, and he made grave mistakes in his '
    'life," the Russian president told reporters.'
)


def test_one_remark_relayed_by_two_agencies_rests_on_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = dossier_of(
        nlp,
        {
            "a.txt": ("Outlet A", f"Putin speaks on the crash\n{REUTERS}"),
            "b.txt": ("Outlet B", f"Putin on Prigozhin\n{CNN}"),
        },
        published="2023-08-24",
    )
    both = {a.id for a in dossier.articles}
    remark = {c.id for c in dossier.claims if "man of" in c.text}
    (finding,) = [
        f
        for f in dossier.findings
        if f.kind in ("corroborated", "single_source")
        and both <= set(f.supporting)
        and remark & set(f.claims)
    ]
    assert finding.kind == "single_source"
    assert finding.origins == ["entity:person:vladimir-putin"]
    assert "Vladimir Putin" in finding.summary


def test_an_agency_named_as_the_speaker_is_that_agency_s_relay() -> None:
    assert agency_origin("Maghreb Arabe Press") == "agency:map"
    assert agency_origin("RIA Novosti") == "agency:ria"
    assert agency_origin("Vladimir Putin") is None
