"""Render a dossier as JSON, Markdown and self-contained HTML."""

from __future__ import annotations

from pathlib import Path

from crosscheck.records import Dossier
from crosscheck.render.environments import html_environment, markdown_environment
from crosscheck.render.view import build_view


def render_json(dossier: Dossier) -> str:
    """The dossier as JSON, valid against schema/dossier.schema.json."""
    return dossier.model_dump_json(indent=2)


def render_markdown(dossier: Dossier) -> str:
    """The dossier as a Markdown report."""
    return markdown_environment().get_template("report.md.j2").render(v=build_view(dossier))


def render_html(dossier: Dossier) -> str:
    """The dossier as one self-contained HTML page (inline CSS, no scripts from elsewhere)."""
    return html_environment().get_template("report.html.j2").render(v=build_view(dossier))


def write_outputs(dossier: Dossier, outdir: Path) -> dict[str, Path]:
    """Write dossier.json, report.md and report.html into `outdir`; returns their paths."""
    outdir.mkdir(parents=True, exist_ok=True)
    paths = {
        "json": outdir / "dossier.json",
        "markdown": outdir / "report.md",
        "html": outdir / "report.html",
    }
    paths["json"].write_text(render_json(dossier), encoding="utf-8")
    paths["markdown"].write_text(render_markdown(dossier), encoding="utf-8")
    paths["html"].write_text(render_html(dossier), encoding="utf-8")
    return paths
