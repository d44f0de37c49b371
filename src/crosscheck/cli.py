"""The `crosscheck` command: a thin layer over the library."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from types import FrameType
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
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
from crosscheck.errors import CrosscheckError, OutputError
from crosscheck.ingest.limits import MAX_ARTICLE_CHARS, ReadLimits
from crosscheck.ingest.sources import FieldMap
from crosscheck.ingest.web import FetchOptions
from crosscheck.pipeline import AnalyzeOptions, ProgressCallback, analyze
from crosscheck.records import CONFLICT_KINDS, Dossier
from crosscheck.render import write_outputs
from crosscheck.render.output import prepare_output_folder
from crosscheck.render.safe import strip_controls
from crosscheck.resolve.overrides import MergeOverrides, load_overrides
from crosscheck.store.base import ArticleStore
from crosscheck.store.open import StoreLocation, open_store, parse_store_location, store_files

app = typer.Typer(
    help="Read many outlets' reports of one story; write one verified, sourced dossier.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)

EXIT_OK, EXIT_ERROR, EXIT_NO_ARTICLES, EXIT_REJECTED, EXIT_INTERRUPTED = 0, 1, 3, 4, 130
EXIT_TERMINATED = 143  # 128 + SIGTERM, as a shell reports a process SIGTERM ended
EXIT_CODES_HELP = (
    "Exit status: 0 the dossier was written; 1 error (bad option value, store or output "
    "folder unusable, missing model); 2 usage error; 3 no article could be read; 4 inputs "
    "were rejected (only with --strict); 130 interrupted by Ctrl-C, 143 terminated by SIGTERM "
    "(annotations made so far are kept)."
)
_STAGE_NAMES = {
    "read": "Reading inputs",
    "annotate": "Annotating articles",
    "corpus": "Resolving, clustering, corroborating",
}


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread so that a run stops the way Ctrl-C stops it: what
    was annotated is committed to the store first."""


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM raises Terminated (a second SIGTERM ends the process at once)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set signal handlers
        return

    owner = os.getpid()

    def on_sigterm(signum: int, frame: FrameType | None) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if os.getpid() != owner:  # a forked annotation worker: end as SIGTERM ends it
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise Terminated

    previous = signal.signal(signal.SIGTERM, on_sigterm)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run(
    paths: list[str], store: ArticleStore | None, options: AnalyzeOptions, output: Path, quiet: bool
) -> tuple[Dossier, dict[str, Path]]:
    """Analyse and write the reports; exits 130 on Ctrl-C and 143 on SIGTERM, with what was
    annotated committed to the store."""
    progress, report = _progress_bar(quiet)
    try:
        with _sigterm_as_interrupt():
            with progress:
                dossier = analyze(paths, store=store, options=options, progress=report)
            return dossier, _write_outputs(dossier, output)
    except CrosscheckError as exc:
        raise _fail(exc) from exc
    except KeyboardInterrupt as exc:
        how = "terminated" if isinstance(exc, Terminated) else "interrupted"
        err.print(f"{how}; the annotations made so far are kept in the store")
        raise typer.Exit(EXIT_TERMINATED if how == "terminated" else EXIT_INTERRUPTED) from exc
    finally:
        if store is not None:
            store.close()


def _field_map(pairs: list[str]) -> FieldMap:
    fields = FieldMap()
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or key not in FieldMap.__dataclass_fields__:
            keys = ", ".join(FieldMap.__dataclass_fields__)
            raise typer.BadParameter(f"--field takes KEY=NAME with KEY one of {keys}; got {pair!r}")
        fields = replace(fields, **{key: (value, *getattr(fields, key))})
    return fields


def _open_store(output: Path, location: StoreLocation, no_db: bool) -> ArticleStore | None:
    """The store to use (None with --no-db), opened and checked before any work."""
    prepare_output_folder(output)
    return None if no_db else open_store(location)


def _store_location(output: Path, db: str | None) -> StoreLocation:
    return parse_store_location(db) if db else StoreLocation("sqlite", output / "crosscheck.sqlite")


def _write_outputs(dossier: Dossier, output: Path) -> dict[str, Path]:
    """The report files; an OS error render does not turn into an OutputError is one here."""
    try:
        return write_outputs(dossier, output)
    except OSError as exc:
        raise OutputError(f"cannot write the reports in {output}: {exc}") from exc


def _progress_bar(quiet: bool) -> tuple[Progress, ProgressCallback]:
    """A progress bar on stderr (off when quiet) and the callback that drives it."""
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

    return progress, report


def _fail(exc: CrosscheckError) -> typer.Exit:
    err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
    return typer.Exit(EXIT_ERROR)


def _plain(text: str) -> str:
    return escape(strip_controls(text))


def _summary(dossier: Dossier, paths: dict[str, Path], console: Console) -> None:
    kinds = [("conflict" if f.kind in CONFLICT_KINDS else f.kind) for f in dossier.findings]
    counts = {
        k: kinds.count(k)
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
    # Article-derived text reaches a terminal: no markup, no control characters.
    for finding in [
        f
        for f in dossier.findings
        if f.kind in CONFLICT_KINDS or f.kind == "internal_inconsistency"
    ][:5]:
        console.print(f"[red]•[/red] {_plain(finding.summary)}")
    for rejection in dossier.rejected[:10]:
        console.print(
            f"[yellow]rejected[/yellow] {_plain(rejection.item)}: {_plain(rejection.reason)}"
        )
    if len(dossier.rejected) > 10:
        more = len(dossier.rejected) - 10
        console.print(f"[yellow]…and {more} more rejected items (see dossier.json)[/yellow]")


# The arguments of `crosscheck analyze`, a type each (typer reads them from the annotations).
PathsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Files, folders or http(s) URLs: text, HTML, JSON/JSONL, RSS/Atom, WARC/ARC "
        "(gzip allowed; the format is detected from the content)."
    ),
]
OutputOption = Annotated[
    Path,
    typer.Option("--output", "-o", help="Folder for dossier.json, report.md, report.html."),
]
DbOption = Annotated[
    str | None,
    typer.Option(
        help="Store of per-article results: a file path or sqlite:///PATH "
        "(default: OUTDIR/crosscheck.sqlite)."
    ),
]
NoDbOption = Annotated[
    bool, typer.Option("--no-db", help="Do not keep or reuse per-article results.")
]
ModelOption = Annotated[
    str | None,
    typer.Option(help="spaCy pipeline name (default: best installed en_core_web_*)."),
]
WorkersOption = Annotated[int, typer.Option(min=1, help="Processes for annotation.")]
OverridesOption = Annotated[
    Path | None,
    typer.Option(help="File of 'same: A | B' / 'different: A | B' entity decisions."),
]
FieldOption = Annotated[
    list[str],
    typer.Option(
        "--field",
        help="JSON field mapping KEY=NAME, e.g. text=body, published=date (repeatable).",
    ),
]
TimeoutOption = Annotated[
    float,
    typer.Option(min=0.1, help="Seconds one URL may take in all (robots.txt, redirects, body)."),
]
MaxArticleCharsOption = Annotated[
    int,
    typer.Option(
        min=1000,
        help="Longer articles are rejected whole, with the reason (about 1.4 GB of memory"
        " per worker at the default).",
    ),
]
FollowLinksOption = Annotated[
    bool, typer.Option(help="Fetch each feed entry's page for the full article.")
]
StrictOption = Annotated[bool, typer.Option(help="Exit with status 4 when any input was rejected.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]


@app.command("analyze", epilog=EXIT_CODES_HELP)
def analyze_command(
    paths: PathsArgument,
    output: OutputOption = Path("crosscheck-out"),
    db: DbOption = None,
    no_db: NoDbOption = False,
    model: ModelOption = None,
    workers: WorkersOption = 1,
    overrides: OverridesOption = None,
    field: FieldOption = [],  # noqa: B006
    timeout: TimeoutOption = 10.0,
    max_article_chars: MaxArticleCharsOption = MAX_ARTICLE_CHARS,
    follow_links: FollowLinksOption = False,
    strict: StrictOption = False,
    quiet: QuietOption = False,
) -> None:
    """Analyse articles and write the dossier (JSON), a Markdown report and an HTML report."""
    try:
        corpus = CorpusSettings(
            overrides=load_overrides(overrides) if overrides else MergeOverrides()
        )
        location = _store_location(output, db)
        store = _open_store(output, location, no_db)
    except CrosscheckError as exc:
        raise _fail(exc) from exc
    options = AnalyzeOptions(
        model=model,
        workers=workers,
        fields=_field_map(field),
        corpus=corpus,
        fetch=FetchOptions(timeout=timeout, follow_feed_links=follow_links),
        exclude=(output, *store_files(location)),
        limits=ReadLimits(article_chars=max_article_chars),
    )
    dossier, written = _run(paths, store, options, output, quiet)
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
