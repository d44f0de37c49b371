"""The `crosscheck` command: a thin layer over the library."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from crosscheck import __version__
from crosscheck.dossier import CorpusSettings
from crosscheck.errors import CrosscheckError
from crosscheck.ingest.sources import FieldMap
from crosscheck.ingest.web import FetchOptions
from crosscheck.pipeline import AnalyzeOptions, analyze
from crosscheck.records import Dossier
from crosscheck.render import write_outputs
from crosscheck.render.output import prepare_output_folder
from crosscheck.resolve.overrides import MergeOverrides, load_overrides
from crosscheck.store.sqlite import SqliteStore

app = typer.Typer(
    help="Read many outlets' reports of one story; write one verified, sourced dossier.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)

EXIT_OK, EXIT_ERROR, EXIT_NO_ARTICLES, EXIT_REJECTED = 0, 1, 3, 4
_STAGE_NAMES = {
    "read": "Reading inputs",
    "annotate": "Annotating articles",
    "corpus": "Resolving, clustering, corroborating",
}


def _field_map(pairs: list[str]) -> FieldMap:
    fields = FieldMap()
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or key not in FieldMap.__dataclass_fields__:
            keys = ", ".join(FieldMap.__dataclass_fields__)
            raise typer.BadParameter(f"--field takes KEY=NAME with KEY one of {keys}; got {pair!r}")
        fields = replace(fields, **{key: (value, *getattr(fields, key))})
    return fields


def _summary(dossier: Dossier, paths: dict[str, Path], console: Console) -> None:
    counts = {
        k: sum(f.kind == k for f in dossier.findings)
        for k in ("conflict", "internal_inconsistency", "corroborated", "single_source")
    }
    table = Table(title="crosscheck summary", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column()
    run = dossier.run
    table.add_row(
        "articles",
        f"{len(dossier.articles)} ({run.articles_new} new, {run.articles_cached} from the store)",
    )
    table.add_row("rejected", str(len(dossier.rejected)))
    table.add_row("entities", str(len(dossier.entities)))
    table.add_row("stories / events", f"{len(dossier.stories)} / {len(dossier.events)}")
    table.add_row("claims", str(len(dossier.claims)))
    table.add_row("conflicts", str(counts["conflict"]))
    table.add_row("self-contradictions", str(counts["internal_inconsistency"]))
    table.add_row(
        "corroborated / single-source", f"{counts['corroborated']} / {counts['single_source']}"
    )
    table.add_row("time", f"{run.seconds} s")
    for name, path in paths.items():
        table.add_row(name, str(path))
    console.print(table)
    for finding in [
        f for f in dossier.findings if f.kind in ("conflict", "internal_inconsistency")
    ][:5]:
        console.print(f"[red]•[/red] {finding.summary}")
    for rejection in dossier.rejected[:10]:
        console.print(f"[yellow]rejected[/yellow] {rejection.item}: {rejection.reason}")
    if len(dossier.rejected) > 10:
        more = len(dossier.rejected) - 10
        console.print(f"[yellow]…and {more} more rejected items (see dossier.json)[/yellow]")


@app.command("analyze")
def analyze_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders or http(s) URLs: text, HTML, JSON/JSONL, RSS/Atom, WARC/ARC "
            "(gzip allowed; the format is detected from the content)."
        ),
    ],
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="Folder for dossier.json, report.md, report.html."),
    ] = Path("crosscheck-out"),
    db: Annotated[
        Path | None,
        typer.Option(
            help="SQLite store of per-article results (default: OUTDIR/crosscheck.sqlite)."
        ),
    ] = None,
    no_db: Annotated[
        bool, typer.Option("--no-db", help="Do not keep or reuse per-article results.")
    ] = False,
    model: Annotated[
        str | None,
        typer.Option(help="spaCy pipeline name (default: best installed en_core_web_*)."),
    ] = None,
    workers: Annotated[int, typer.Option(min=1, help="Processes for annotation.")] = 1,
    overrides: Annotated[
        Path | None,
        typer.Option(help="File of 'same: A | B' / 'different: A | B' entity decisions."),
    ] = None,
    field: Annotated[
        list[str],
        typer.Option(
            "--field",
            help="JSON field mapping KEY=NAME, e.g. text=body, published=date (repeatable).",
        ),
    ] = [],  # noqa: B006
    timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds to wait for a URL before giving up.")
    ] = 10.0,
    follow_links: Annotated[
        bool, typer.Option(help="Fetch each feed entry's page for the full article.")
    ] = False,
    strict: Annotated[
        bool, typer.Option(help="Exit with status 4 when any input was rejected.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")
    ] = False,
) -> None:
    """Analyse articles and write the dossier (JSON), a Markdown report and an HTML report."""
    try:
        corpus = CorpusSettings(
            overrides=load_overrides(overrides) if overrides else MergeOverrides()
        )
        prepare_output_folder(output)  # before the store inside it, and before a long run
    except CrosscheckError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_ERROR) from exc
    options = AnalyzeOptions(
        model=model,
        workers=workers,
        fields=_field_map(field),
        corpus=corpus,
        fetch=FetchOptions(timeout=timeout, follow_feed_links=follow_links),
        exclude=(output, db or output / "crosscheck.sqlite"),
    )
    store = None if no_db else SqliteStore(db or output / "crosscheck.sqlite")
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=quiet,
        transient=True,
    )
    tasks: dict[str, int] = {}

    def report(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(_STAGE_NAMES.get(stage, stage), total=total)
        progress.update(TaskID(tasks[stage]), completed=done, total=total)

    try:
        with progress:
            dossier = analyze(paths, store=store, options=options, progress=report)
        written = write_outputs(dossier, output)
    except CrosscheckError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_ERROR) from exc
    finally:
        if store is not None:
            store.close()
    if not quiet:
        _summary(dossier, written, err)
    if not dossier.articles:
        err.print("[red]error:[/red] no article could be read from the input")
        raise typer.Exit(EXIT_NO_ARTICLES)
    if strict and dossier.rejected:
        raise typer.Exit(EXIT_REJECTED)


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of dossier.json."""
    from crosscheck.schema import dossier_schema

    sys.stdout.write(json.dumps(dossier_schema(), indent=2) + "\n")


@app.command("version")
def version_command() -> None:
    """Print the crosscheck version."""
    sys.stdout.write(f"crosscheck {__version__}\n")


def main() -> None:
    """Entry point of `python -m crosscheck`."""
    app()


if __name__ == "__main__":
    main()
