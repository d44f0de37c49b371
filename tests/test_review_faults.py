"""The security review of issue #9 ("no input sinks the batch"): each hostile input is one
per-item rejection (or a clean reading), never a crash, a hang or a leak. Each test's
docstring holds a one-line reproduction.
"""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crosscheck.errors import ConfigurationError, InputError, LimitError
from crosscheck.ingest import cleaner
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.document import RawDocument
from crosscheck.ingest.files import iter_input_files
from crosscheck.ingest.html_extract import extract_html
from crosscheck.ingest.html_guard import MAX_TAG_ATTRIBUTES, MAX_TAG_CHARS
from crosscheck.ingest.limits import RejectionCap
from crosscheck.ingest.sources import ReadLimits, expand_inputs, read_path
from crosscheck.pipeline import ingest
from crosscheck.render.output import prepare_output_folder
from crosscheck.render.safe import escape_markdown, is_web_url
from crosscheck.store.open import parse_store_location

OUTPUT_MARKER = ".crosscheck-output"  # crosscheck.ingest.files.OUTPUT_MARKER
BODY = (
    "The foreign ministers of Turkey and Ukraine agreed on Monday to reopen a grain corridor "
    "through the Black Sea, officials in Ankara said after several hours of talks. "
    "A Turkish official said the first shipments could resume within two weeks."
)
GOOD = json.dumps({"text": BODY, "title": "Grain deal"})
HUGE_INT = '{"text": "hello world", "x": ' + "1" * 5000 + "}"


def _page(tag: str) -> str:
    return f"<html><body><article>{tag}{BODY}</p><p>{BODY}</p></article></body></html>"


def _split(items: list[RawDocument | InputError]) -> tuple[list[RawDocument], list[InputError]]:
    return (
        [i for i in items if isinstance(i, RawDocument)],
        [i for i in items if isinstance(i, InputError)],
    )


# --- 1. a hostile record is one rejection ----------------------------------------------------


def test_a_huge_integer_in_a_json_file_is_one_rejection(tmp_path: Path) -> None:
    """Repro: echo '{"text":"hello world","x":111…(5000 digits)}' > a.json; crosscheck analyze ."""
    path = tmp_path / "a.json"
    path.write_text(HUGE_INT, encoding="utf-8")
    docs, errors = _split(list(read_path(path)))
    assert docs == [] and len(errors) == 1
    assert isinstance(errors[0], LimitError) and "digit" in errors[0].reason


def test_a_huge_integer_on_one_json_line_rejects_that_line_only(tmp_path: Path) -> None:
    """Repro: printf '{"x":111…5000 digits}\\n{"text":"…"}\\n' > a.jsonl; crosscheck analyze ."""
    path = tmp_path / "a.jsonl"
    path.write_text(f"{HUGE_INT}\n{GOOD}\n", encoding="utf-8")
    docs, errors = _split(list(read_path(path)))
    assert [d.title for d in docs] == ["Grain deal"]
    assert [e.item for e in errors] == [f"{path}:1"]


def test_lone_surrogates_in_json_become_replacement_characters(tmp_path: Path) -> None:
    """Repro: echo '{"text":"hello \\ud800 world …","title":"\\udc00"}' > a.json; analyze ."""
    record = {"text": f"hello \ud800 world. {BODY}", "title": "Grain \udc00", "source": "S\ud800"}
    (tmp_path / "a.json").write_text(json.dumps(record), encoding="utf-8")
    result = ingest([tmp_path])
    assert result.rejected == []
    [article] = result.articles
    assert "hello \ufffd world" in article.text
    assert article.title == "Grain \ufffd" and article.outlet == "S\ufffd"
    article.model_dump_json()  # was a PydanticSerializationError when writing


def test_a_raw_document_never_holds_a_surrogate() -> None:
    """Repro: RawDocument(item="x\\ud800", format="txt", content="\\udfff", extra={"k": "\\ud800"})."""
    raw = RawDocument(
        item="x\ud800", format="txt", content="a\udfff", author="\ud800", extra={"k": "\ud800"}
    )
    assert (raw.item, raw.content, raw.author) == ("x\ufffd", "a\ufffd", "\ufffd")
    assert raw.extra == {"k": "\ufffd"}


def test_a_surrogate_character_reference_in_a_feed_is_one_rejection(tmp_path: Path) -> None:
    """Repro: an RSS <description>&amp;#xD800;</description> crashed feedparser.parse."""
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
        "<title>x</title><description>&#xD800; bad</description></item></channel></rss>"
    )
    path = tmp_path / "a.rss"
    path.write_text(feed, encoding="utf-8")
    items = list(read_path(path))
    assert all(isinstance(i, InputError) for i in items) and items
    assert items[0].item == str(path)


def test_clean_document_raises_only_input_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    """Repro: a TypeError inside language detection used to escape clean_document."""

    def broken(text: str) -> str | None:
        raise TypeError("bad text")

    monkeypatch.setattr(cleaner, "detect_language", broken)
    with pytest.raises(InputError) as caught:
        clean_document(RawDocument(item="a.txt", format="txt", content=BODY))
    assert caught.value.item == "a.txt"
    assert "language detection failed" in caught.value.reason


def test_any_other_failure_while_cleaning_is_an_input_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Repro: an exception while building the Article used to escape clean_document."""

    def broken(*parts: str) -> str:
        raise RuntimeError("no id")

    monkeypatch.setattr(cleaner, "content_id", broken)
    with pytest.raises(InputError, match="cleaning failed"):
        clean_document(RawDocument(item="a.txt", format="txt", content=BODY))


# --- 2. start tags the HTML parser cannot afford ----------------------------------------------


def test_a_tag_with_too_many_attributes_is_rejected_before_parsing() -> None:
    """Repro: <p a0=1 a1=1 … a40000=1>hello</p> (400 KB) took 76 s of CPU."""
    attributes = " ".join(f"a{n}=1" for n in range(40_000))
    started = time.process_time()
    with pytest.raises(LimitError) as caught:
        extract_html(_page(f"<p {attributes}>"), item="a.html")
    assert time.process_time() - started < 5
    assert f"more than {MAX_TAG_ATTRIBUTES:,} attributes" in caught.value.reason


def test_a_start_tag_over_the_character_cap_is_rejected() -> None:
    """Repro: <p data-x=xxxx…(25,000 characters, unquoted)>text</p>."""
    with pytest.raises(LimitError) as caught:
        extract_html(_page(f"<p data-x={'x' * (MAX_TAG_CHARS + 10)}>"), item="a.html")
    assert f"longer than {MAX_TAG_CHARS:,} characters" in caught.value.reason


def test_ordinary_markup_passes_the_tag_scan() -> None:
    """Repro: a long data: image, ">" in quotes, "<b" in a script, a comment: all read."""
    image = f'<img src="data:image/png;base64,{"A" * 100_000}" alt="a > b">'
    script = "<script>if (a<b && c > d) { x = '<p " + "y=1 " * 3000 + "'; }</script>"
    comment = "<!-- <p " + "z=1 " * 3000 + "> -->"
    extraction = extract_html(_page(f"{script}{comment}{image}<p class='x'>"), item="a.html")
    assert "grain corridor" in extraction.text


def test_a_hostile_archived_page_is_rejected_and_the_others_are_read(tmp_path: Path) -> None:
    """Repro: a WARC response whose HTML holds <p a0=1 … a40000=1>; the next page is read."""
    hostile = _page("<p " + " ".join(f"a{n}=1" for n in range(40_000)) + ">")
    path = tmp_path / "crawl.warc"
    path.write_bytes(_warc(["200 OK", "200 OK"], [hostile, _page("<p>")]))
    started = time.process_time()
    result = ingest([path])
    assert time.process_time() - started < 30
    assert [a.url for a in result.articles] == ["https://example.org/1"]
    assert len(result.rejected) == 1 and "attributes" in result.rejected[0].reason


# --- 3. pseudo files and links out of an input folder ------------------------------------------


def test_a_link_to_procfs_is_not_read(tmp_path: Path) -> None:
    """Repro (as root): ln -s /proc/kmsg kmsg.txt; crosscheck analyze kmsg.txt (hung for ever)."""
    (tmp_path / "kmsg.txt").symlink_to("/proc/self/status")
    result = ingest([tmp_path / "kmsg.txt"])
    assert result.articles == []
    assert "not a regular file on disk" in result.rejected[0].reason


def test_a_procfs_file_named_on_the_command_line_is_not_read() -> None:
    """Repro: crosscheck analyze /proc/self/status."""
    [error] = list(read_path(Path("/proc/self/status")))
    assert isinstance(error, InputError) and "not a regular file on disk" in error.reason


def test_a_link_out_of_the_input_folder_is_not_followed(tmp_path: Path) -> None:
    """Repro: ln -s ~/.ssh/id_rsa in/key.txt; crosscheck analyze in (the key became an article)."""
    secret = tmp_path / "secret.txt"
    secret.write_text(BODY, encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "key.txt").symlink_to(secret)
    (folder / "mine.txt").write_text(BODY + " More.", encoding="utf-8")
    (folder / "alias.txt").symlink_to(folder / "mine.txt")
    found = list(iter_input_files([folder]))
    assert [p for p in found if isinstance(p, Path)] == [folder / "alias.txt", folder / "mine.txt"]
    [error] = [e for e in found if isinstance(e, InputError)]
    assert error.item == str(folder / "key.txt")
    assert error.reason == "symbolic link to a file outside the input folder: not followed"
    assert list(iter_input_files([folder / "key.txt"])) == [folder / "key.txt"]


# --- 4. earlier output folders -----------------------------------------------------------------


def test_an_earlier_output_folder_inside_the_inputs_is_not_read(tmp_path: Path) -> None:
    """Repro: crosscheck analyze in -o in/out; crosscheck analyze in -o in/out2."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(BODY, encoding="utf-8")
    earlier = folder / "out"
    prepare_output_folder(earlier)
    assert "crosscheck" in (earlier / OUTPUT_MARKER).read_text(encoding="utf-8")
    (earlier / "report.md").write_text("# crosscheck dossier\n" + BODY, encoding="utf-8")
    (earlier / "deeper").mkdir()
    (earlier / "deeper" / "b.txt").write_text(BODY, encoding="utf-8")
    assert expand_inputs([folder]) == [folder / "a.txt"]


# --- 5. one bad WARC record ----------------------------------------------------------------------


def _warc(status_lines: list[str], pages: list[str] | None = None) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    pages = pages or [_page("<p>")] * len(status_lines)
    for number, (status, html) in enumerate(zip(status_lines, pages, strict=True)):
        headers = StatusAndHeaders(status, [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"https://example.org/{number}",
            "response",
            payload=io.BytesIO(html.encode()),
            http_headers=headers,
        )
        writer.write_record(record)
    return out.getvalue()


def test_an_unreadable_warc_status_rejects_that_record_only(tmp_path: Path) -> None:
    """Repro: a WARC response whose status line is 'HTTP/1.1 2OO OK' dropped the archive."""
    path = tmp_path / "crawl.warc"
    path.write_bytes(_warc(["2OO OK", "200 OK"]))
    docs, errors = _split(list(read_path(path)))
    assert [d.url for d in docs] == ["https://example.org/1"]
    assert [e.item for e in errors] == [f"{path}#1"]
    assert "2OO" in errors[0].reason and "corrupt" not in errors[0].reason


# --- 6. --db :memory: ----------------------------------------------------------------------------


@pytest.mark.parametrize("value", [":memory:", "./:memory:", Path(":memory:")])
def test_an_in_memory_store_is_refused(value: str | Path) -> None:
    """Repro: crosscheck analyze in --db :memory: (kept nothing, silently)."""
    with pytest.raises(ConfigurationError, match="--no-db"):
        parse_store_location(value)


# --- 7. links and headings in reports -------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/a\u00a0b",
        "https://exa\u200bmple.org/",
        "https://example.org/\ufeff",
        "https://bank.example@evil.example/",
        "https://user:secret@example.org/",
    ],
)
def test_urls_with_invisible_characters_or_credentials_are_not_links(url: str) -> None:
    """Repro: is_web_url("https://bank.example@evil.example/") was True."""
    assert not is_web_url(url)


def test_international_urls_are_still_links() -> None:
    """Repro: is_web_url("https://münchen.example/straße?q=é") stays True."""
    assert is_web_url("https://münchen.example/straße?q=é")


@pytest.mark.parametrize("title", ["Breaking #", "Breaking ##  ", "#", "C#"])
def test_a_trailing_hash_survives_in_a_markdown_heading(title: str) -> None:
    """Repro: a heading "## Breaking #" rendered as "Breaking"."""
    tokens = MarkdownIt().parse(f"## {escape_markdown(title)}\n")
    assert tokens[1].content.replace("\\", "") == title.strip()


# --- 8. record caps before the whole file is parsed -----------------------------------------------


def test_a_json_array_stops_at_the_record_cap_without_parsing_the_rest(tmp_path: Path) -> None:
    """Repro: python -c 'print("[" + ",".join(["{}"] * 6_000_000) + "]")' > a.json (650 MB)."""
    path = tmp_path / "a.json"
    path.write_text("[" + ",".join([GOOD] * 5) + ", {broken", encoding="utf-8")
    docs, errors = _split(list(read_path(path, limits=ReadLimits(records_per_file=3))))
    assert len(docs) == 3
    assert [e.reason for e in errors] == [
        "more than 3 records (cap); the rest of the file was not read"
    ]


def test_invalid_json_after_some_records_keeps_those_records(tmp_path: Path) -> None:
    """Repro: echo '[{"text":"…"}, {broken' > a.json."""
    path = tmp_path / "a.json"
    path.write_text(f"[{GOOD}, {{broken", encoding="utf-8")
    docs, errors = _split(list(read_path(path)))
    assert len(docs) == 1 and len(errors) == 1 and "invalid JSON" in errors[0].reason


def test_a_feed_over_the_record_cap_is_cut_before_parsing(tmp_path: Path) -> None:
    """Repro: an RSS file of 350,000 <item>s (19 MB) took 55 s in feedparser alone."""
    items = "".join(
        f"<item><title>t{n}</title><description>{BODY}</description></item>" for n in range(6)
    )
    path = tmp_path / "a.rss"
    path.write_text(f'<rss version="2.0"><channel>{items}</channel></rss>', encoding="utf-8")
    docs, errors = _split(list(read_path(path, limits=ReadLimits(records_per_file=2))))
    assert [d.title for d in docs] == ["t0", "t1"]
    assert [e.reason for e in errors] == [
        "more than 2 records (cap); the rest of the file was not read"
    ]


def test_the_rejection_cap_for_the_clean_stage_counts_per_file() -> None:
    """Repro: a JSON array of 50,000 records too short to be articles: 50,000 rejections listed."""
    cap = RejectionCap(limit=2)
    records = [
        RawDocument(item=f"a.json#{n}", format="txt", content="x", path="a.json") for n in range(5)
    ]
    other = RawDocument(item="b.txt", format="txt", content="x", path="b.txt")
    assert [cap.admit(r) for r in records] == [True, True, False, False, False]
    assert cap.admit(other)
    [summary] = cap.summaries()
    assert summary.item == "a.json" and summary.reason.startswith("… and 3 more bad records")
