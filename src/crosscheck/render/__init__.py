"""Render a dossier as JSON, Markdown and self-contained HTML."""

from __future__ import annotations

from pathlib import Path

from crosscheck.records import Dossier
from crosscheck.render.environments import html_environment, markdown_environment
from crosscheck.render.output import prepare_output_folder, write_atomically
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
    """Write dossier.json, report.md and report.html into `outdir`, each atomically and never
    through a symlink; returns their paths. `OutputError` when `outdir` cannot be written."""
    prepare_output_folder(outdir)
    paths = {
        "json": outdir / "dossier.json",
        "markdown": outdir / "report.md",
        "html": outdir / "report.html",
    }
    write_atomically(paths["json"], render_json(dossier))
    write_atomically(paths["markdown"], render_markdown(dossier))
    write_atomically(paths["html"], render_html(dossier))
    return paths
