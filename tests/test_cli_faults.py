"""`crosscheck analyze` with an unusable store or output folder: one clear line, exit 1, no
traceback, and before any work; a killed run keeps what it had annotated."""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from crosscheck import analyze
from crosscheck.cli import app
from crosscheck.records import AnnotatedArticle
from crosscheck.store.sqlite import SqliteStore

REPO = Path(__file__).resolve().parent.parent
DEMO_ARTICLE = REPO / "demo" / "000_973cf3bedb8c1ccc.txt"
# A model name that cannot load: an error about the store or the output folder, rather than
# about the model, shows that they were checked before any work.
NO_MODEL = ["--model", "no_such_model_installed"]
runner = CliRunner()


def _inputs(tmp_path: Path) -> Path:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(DEMO_ARTICLE, inputs)
    return inputs


def _assert_clean_failure(result: Result, *words: str) -> str:
    """Exit 1 with one `error:` line holding `words`, and no traceback; returns the line."""
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.output
    for word in words:
        assert word in errors[0]
    return errors[0]


def test_an_output_folder_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("not a folder", encoding="utf-8")
    args = ["analyze", str(_inputs(tmp_path)), "-o", str(tmp_path / "out"), *NO_MODEL]
    _assert_clean_failure(runner.invoke(app, args), "is a file")


def test_an_output_folder_that_cannot_be_made(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    args = ["analyze", str(_inputs(tmp_path)), "-o", str(tmp_path / "file" / "out"), *NO_MODEL]
    _assert_clean_failure(runner.invoke(app, args), "cannot create the output folder")


@pytest.mark.parametrize(
    ("make_store", "words"),
    [
        (lambda p: p.write_text("plain text\n" * 100, encoding="utf-8"), "not an SQLite"),
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.commit(), "not a"),
    ],
    ids=["text-file", "folder", "foreign-database"],
)
def test_a_store_that_cannot_be_used(tmp_path: Path, make_store: object, words: str) -> None:
    store = tmp_path / "store.sqlite"
    make_store(store)  # type: ignore[operator]
    args = ["analyze", str(_inputs(tmp_path)), "-o", str(tmp_path / "o"), "--db", str(store)]
    _assert_clean_failure(runner.invoke(app, [*args, *NO_MODEL]), str(store), words)


def test_a_store_whose_folder_cannot_be_made(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    store = tmp_path / "file" / "store.sqlite"
    args = ["analyze", str(_inputs(tmp_path)), "-o", str(tmp_path / "o"), "--db", str(store)]
    _assert_clean_failure(runner.invoke(app, [*args, *NO_MODEL]), "cannot create the folder")


def test_a_corrupt_store(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    inputs = _inputs(tmp_path)
    first = runner.invoke(
        app, ["analyze", str(inputs), "-o", str(tmp_path / "o"), "--db", str(store)]
    )
    assert first.exit_code == 0, first.output
    data = bytearray(store.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:] = b"\x5a" * (len(data) - page)
    store.write_bytes(bytes(data))
    args = ["analyze", str(inputs), "-o", str(tmp_path / "o"), "--db", str(store), *NO_MODEL]
    _assert_clean_failure(runner.invoke(app, args), "corrupt")


def test_a_database_url_is_never_taken_as_a_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = _inputs(tmp_path)
    monkeypatch.chdir(tmp_path)
    url = "postgresql://crosscheck:s3cret@db.example/news"
    args = ["analyze", str(inputs), "-o", "out", "--db", url, *NO_MODEL]
    line = _assert_clean_failure(runner.invoke(app, args), "no PostgreSQL backend")
    assert "s3cret" not in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"], "no postgresql: folder, no out"


def test_an_sqlite_url_names_the_store_and_it_is_never_read_as_input(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path)
    url = f"sqlite:///{inputs / 'cache.sqlite'}"  # the store inside the input folder
    for _ in range(2):
        result = runner.invoke(
            app, ["analyze", str(inputs), "-o", str(tmp_path / "o"), "--db", url]
        )
        assert result.exit_code == 0, result.output
    assert SqliteStore(inputs / "cache.sqlite").count() == 1
    dossier = (tmp_path / "o" / "dossier.json").read_text(encoding="utf-8")
    assert '"inputs": 1' in dossier and '"articles_cached": 1' in dossier
    assert not (tmp_path / "o" / "crosscheck.sqlite").exists()


def test_reports_that_cannot_be_written_after_the_analysis(tmp_path: Path) -> None:
    out = tmp_path / "o"
    (out / "report.md").mkdir(parents=True)  # a folder where the report file goes
    result = runner.invoke(app, ["analyze", str(_inputs(tmp_path)), "-o", str(out), "--no-db"])
    _assert_clean_failure(result, "report")


# --------------------------------------------------------------------------- as a subprocess


def _drop_root_file_override() -> None:
    """Make root obey file permissions in the child (drop CAP_DAC_OVERRIDE/READ_SEARCH)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _crosscheck(*args: str, obey_permissions: bool = False) -> subprocess.CompletedProcess[str]:
    as_root = obey_permissions and os.geteuid() == 0
    try:
        return subprocess.run(
            [sys.executable, "-m", "crosscheck", *args],
            env=_child_env(),
            capture_output=True,
            text=True,
            timeout=300,
            preexec_fn=_drop_root_file_override if as_root else None,
        )
    except subprocess.SubprocessError as exc:
        pytest.skip(f"cannot make root obey file permissions here: {exc}")


def _child_env() -> dict[str, str]:
    paths = [str(REPO / "src"), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths), "COLUMNS": "200"}


def _assert_clean_exit_1(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), done.stderr
    for word in words:
        assert word in lines[0]


def test_a_read_only_store_fails_before_any_work(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    SqliteStore(store).close()
    store.chmod(0o444)
    args = ["analyze", str(_inputs(tmp_path)), "-o", str(tmp_path / "o"), "--db", str(store)]
    done = _crosscheck(*args, *NO_MODEL, "-q", obey_permissions=True)
    _assert_clean_exit_1(done, str(store), "read-only")


def test_a_read_only_output_folder_fails_before_any_work(tmp_path: Path) -> None:
    out = tmp_path / "o"
    out.mkdir()
    out.chmod(0o555)
    done = _crosscheck(
        "analyze", str(_inputs(tmp_path)), "-o", str(out), *NO_MODEL, "-q", obey_permissions=True
    )
    out.chmod(0o755)
    _assert_clean_exit_1(done, "cannot write in the output folder")
    assert list(out.iterdir()) == []


def _write_articles(folder: Path, count: int) -> None:
    """`count` articles: short ones first (soon annotated), long ones after (slow to annotate,
    so the run is still busy when its first commit lands, on a fast machine too)."""
    folder.mkdir()
    for n in range(count):
        sentences = [
            f"Delegation {n} met officials from region {k} in Geneva on Saturday, a spokesman"
            f" for agency {n * 31 + k} said in a statement."
            for k in range(3 if n < count // 2 else 40)
        ]
        text = f"Talks, report {n}\n\n" + " ".join(sentences) + "\n"
        (folder / f"{n:04d}.txt").write_text(text, encoding="utf-8")


def _stored_paths(store: Path) -> list[Path]:
    """The input files of the annotations committed to `store` ([] until there are some)."""
    if not store.exists():
        return []
    try:
        with sqlite3.connect(store, timeout=1) as db:
            rows = db.execute("SELECT json_extract(body, '$.article.path') FROM annotated")
            return [Path(row[0]) for row in rows]
    except sqlite3.Error:  # not created yet, or busy: ask again
        return []


def test_a_killed_run_keeps_what_it_committed_and_the_next_run_reuses_it(tmp_path: Path) -> None:
    # Under 200 articles, so only the commit by elapsed time can store anything mid-run.
    articles = 199
    inputs, out = tmp_path / "in", tmp_path / "o"
    _write_articles(inputs, articles)
    store = out / "crosscheck.sqlite"
    run = subprocess.Popen(
        [sys.executable, "-m", "crosscheck", "analyze", str(inputs), "-o", str(out), "-q"],
        env=_child_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while run.poll() is None and not _stored_paths(store):
            time.sleep(0.05)
        run.send_signal(signal.SIGKILL)
        run.wait(60)
    finally:
        if run.poll() is None:
            run.kill()
    assert run.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    kept = _stored_paths(store)
    assert 0 < len(kept) < articles, "killed mid-annotation, with a commit already made"
    # The next run over those articles (moved: the store keys content, not paths) annotates
    # nothing again.
    moved = tmp_path / "moved"
    moved.mkdir()
    for path in kept:
        shutil.copy(path, moved)
    opened = SqliteStore(store)
    again = analyze([moved], store=opened)
    opened.close()
    assert (again.run.articles_cached, again.run.articles_new) == (len(kept), 0)
    assert {Path(a.path or "").parent for a in again.articles} == {moved}


def test_sigterm_commits_what_was_annotated_and_exits_143(tmp_path: Path) -> None:
    articles = 199  # under 200: only commits by time, and the one on SIGTERM, store anything
    inputs, out = tmp_path / "in", tmp_path / "o"
    _write_articles(inputs, articles)
    store = out / "crosscheck.sqlite"
    run = subprocess.Popen(
        [sys.executable, "-m", "crosscheck", "analyze", str(inputs), "-o", str(out), "-q"],
        env=_child_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        while run.poll() is None and not (seen := _stored_paths(store)):
            time.sleep(0.05)
        run.send_signal(signal.SIGTERM)
        _, stderr = run.communicate(timeout=120)
    finally:
        if run.poll() is None:
            run.kill()
    assert run.returncode == 143, f"{run.returncode}: {stderr}"
    assert "Traceback" not in stderr
    assert stderr.strip().endswith("terminated; the annotations made so far are kept in the store")
    kept = _stored_paths(store)
    assert len(seen) <= len(kept) < articles
    opened = SqliteStore(store)
    again = analyze(kept, store=opened)
    opened.close()
    assert (again.run.articles_cached, again.run.articles_new) == (len(kept), 0)


def test_sigterm_mid_chunk_commits_the_results_not_yet_committed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_store_contract import annotated

    from crosscheck import pipeline

    def chunks(*args: object) -> Iterator[Iterator[AnnotatedArticle]]:
        yield iter([annotated(0)])  # not committed: the writer's 2 s have not passed

        def second() -> Iterator[AnnotatedArticle]:
            yield annotated(1)
            os.kill(os.getpid(), signal.SIGTERM)
            yield annotated(2)  # never reached

        yield second()

    class NotHandled(Exception):
        pass

    def fallback(signum: int, frame: object) -> None:
        raise NotHandled("the CLI did not handle SIGTERM")

    previous = signal.signal(signal.SIGTERM, fallback)  # never let SIGTERM end pytest
    monkeypatch.setattr(pipeline, "annotate_chunks", chunks)
    try:
        out = tmp_path / "o"
        result = runner.invoke(app, ["analyze", str(_inputs(tmp_path)), "-o", str(out), "-q"])
        assert signal.getsignal(signal.SIGTERM) is fallback, "the CLI restores the handler"
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert result.exit_code == 143, result.output
    assert "terminated; the annotations made so far are kept" in result.output
    assert SqliteStore(out / "crosscheck.sqlite").count() == 2


def test_max_article_chars_rejects_a_longer_article_and_keeps_the_rest(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "short.txt").write_text(
        "Short\nOfficials met in Baku on Saturday for talks, a diplomat said.", encoding="utf-8"
    )
    (inputs / "long.txt").write_text(
        "Long\n" + "The committee met again on Monday to discuss the budget. " * 60,
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        ["analyze", str(inputs), "-o", str(out), "--no-db", "-q", "--max-article-chars", "2000"],
    )
    assert result.exit_code == 0, result.output
    dossier = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    assert [Path(a["path"]).name for a in dossier["articles"]] == ["short.txt"]
    [rejection] = dossier["rejected"]
    assert rejection["item"].endswith("long.txt") and "2,000" in rejection["reason"]


def test_the_terminal_summary_prints_no_markup_or_control_characters(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("x", encoding="utf-8")  # rejected: too little text
    hostile = inputs / "evil-\x1b]0;pwned\x07-[blink]x.txt"
    hostile.write_text("", encoding="utf-8")
    (inputs / "ok.txt").write_text(
        "Talks\nOfficials met in Baku on Saturday for talks on security, a diplomat said.",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["analyze", str(inputs), "-o", str(tmp_path / "out"), "--no-db"])
    assert result.exit_code == 0, result.output
    assert "\x1b]0;" not in result.output and "\x07" not in result.output
    assert "[blink]x" in result.output.replace("\n", "")
