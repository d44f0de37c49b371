"""Render a dossier as JSON, Markdown and self-contained HTML."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from crosscheck.records import Dossier
from crosscheck.render.view import build_view


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("crosscheck", "render/templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["extract"] = lambda key, container: container[key]
    env.filters["short"] = lambda text, n=140: text if len(text) <= n else text[: n - 1] + "…"
    return env


def render_json(dossier: Dossier) -> str:
    """The dossier as JSON, valid against schema/dossier.schema.json."""
    return dossier.model_dump_json(indent=2)


def render_markdown(dossier: Dossier) -> str:
    """The dossier as a Markdown report."""
    return _environment().get_template("report.md.j2").render(v=build_view(dossier))


def render_html(dossier: Dossier) -> str:
    """The dossier as one self-contained HTML page (inline CSS, no scripts from elsewhere)."""
    return _environment().get_template("report.html.j2").render(v=build_view(dossier))


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
