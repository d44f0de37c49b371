"""The Markdown and HTML reports: what they show of the dossier, and what they leave to the JSON."""

from __future__ import annotations

import pytest

from crosscheck.records import CONFLICT_KINDS, Dossier
from crosscheck.render import render_html, render_markdown, view


def test_reports_show_the_findings_and_frames_with_their_evidence(demo_dossier: Dossier) -> None:
    markdown = render_markdown(demo_dossier)
    html = render_html(demo_dossier)
    for finding in demo_dossier.findings:
        if finding.kind in ("conflict", "internal_inconsistency"):
            assert finding.summary in markdown
    assert "What each event frame rests on" in markdown and "What each event frame" in html
    assert "mediated by U.S. envoy Tom Barak" in markdown


def test_a_large_agreement_matrix_is_cut_to_the_findings_most_outlets_speak_to(
    demo_dossier: Dossier, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(view, "MATRIX_FINDINGS_SHOWN", 2)
    monkeypatch.setattr(view, "MATRIX_OUTLETS_SHOWN", 3)
    shown = view.build_view(demo_dossier).matrix
    disputed = [f for f in demo_dossier.findings if f.kind in {"corroborated", *CONFLICT_KINDS}]
    outlets = {c.outlet for c in demo_dossier.agreement}
    assert len(shown.findings) == 2 and shown.findings_hidden == len(disputed) - 2
    assert len(shown.outlets) == min(3, len(outlets))
    voices = {f.id: sum(1 for c in demo_dossier.agreement if c.finding == f.id) for f in disputed}
    kept = {f.id for f in shown.findings}
    left = [voices[f] for f in voices if f not in kept]
    assert min(voices[f] for f in kept) >= max(left, default=0), "most-voiced findings are kept"
    markdown = render_markdown(demo_dossier)
    assert f"{shown.findings_hidden} findings and" in markdown


def test_origins_are_named_as_a_reader_names_them() -> None:
    labels = {"a-1": "Example Times"}
    assert view.origin_label("agency:afp", labels) == "AFP (agency)"
    assert view.origin_label("article:a-1", labels) == "Example Times"
    assert view.origin_label("outlet:example times", labels) == "example times"
    assert (
        view.origin_label("anon:diplomatic source in damascus", labels)
        == "diplomatic source in damascus (anonymous source)"
    )
