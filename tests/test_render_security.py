"""Hostile article text cannot become markup, links, control sequences or reordered text in the
reports, and the reports are written without following links (GitHub-style issue #9)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html
from markdown_it import MarkdownIt
from pydantic import BaseModel
from typer.testing import CliRunner

from crosscheck import analyze
from crosscheck.cli import app
from crosscheck.errors import OutputError
from crosscheck.records import Dossier, Paragraph, Rejection
from crosscheck.render import render_html, render_markdown, write_outputs
from crosscheck.render.safe import escape_markdown, html_link, is_web_url, markdown_link

PAYLOADS = {
    "script": "<script>alert(1)</script>",
    "iframe": '<iframe src="javascript:alert(2)"></iframe>',
    "event handler": "<img src=x onerror=alert(3)><b onmouseover=alert(4)>b</b>",
    "attribute break": '" onmouseover="alert(5)" x="',
    "urls": "javascript:alert(6) data:text/html,x file:///etc/passwd",
    "markdown link": "[click](javascript:alert(7)) [d](data:text/html;base64,PHNjcmlwdD4=)",
    "markdown image": "![i](javascript:alert(8)) <javascript:alert(9)>",
    "heading": "\n# injected heading\n## second\n",
    "list and quote": "\n- injected item\n> injected quote\n1. injected\n",
    "table": "| injected | cells |\n|---|---|",
    "backticks": "`code` ```fence``` ~~strike~~ **bold** _em_ &lt;entity&gt;",
    "controls": "\x1b]0;pwned\x07\x1b[31mred\x08\x00\x7f\x9b",
    "bidi": "\u202egnp.exe\u202c \u2066x\u2069 \u202a\u202b\u202d\u2067\u2068",
    "line separators": "a\u2028b\u2029c\rd\x85e",
    "right to left": "مرحبا | שלום",
}
PAYLOAD = " ".join(PAYLOADS.values())
# Free-text field types; a closed set (Literal) or a number keeps its value.
FREE_TEXT: list[Any] = [str, str | None, list[str], dict[str, str]]

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
BIDI_OVERRIDE = re.compile(r"[\u202a-\u202e\u2066\u2067]")
BIDI_CONTROL = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


def _with_payload(value: Any) -> Any:
    if isinstance(value, str):
        return value + PAYLOAD
    if isinstance(value, list):
        return [_with_payload(item) for item in value]
    if isinstance(value, dict):
        return {key: _with_payload(item) for key, item in value.items()}
    return value


def _poison(value: Any) -> Any:
    """Every free-text value of a record tree (ids too, the same way everywhere) + payload."""
    if isinstance(value, list):
        return [_poison(item) for item in value]
    if not isinstance(value, BaseModel):
        return value
    update = {}
    for name, field in type(value).model_fields.items():
        current = getattr(value, name)
        update[name] = _with_payload(current) if field.annotation in FREE_TEXT else _poison(current)
    return value.model_copy(update=update)


def poisoned(dossier: Dossier) -> Dossier:
    """`dossier` with the payload in every string, and a paragraph showing it in each article."""
    hostile = _poison(dossier)
    articles = [
        a.model_copy(
            update={
                "paragraphs": [
                    *a.paragraphs,
                    Paragraph(
                        start=len(a.text) - len(PAYLOAD),
                        end=len(a.text),
                        language=None,
                        script=None,
                    ),
                ]
            }
        )
        for a in hostile.articles
    ]
    return Dossier.model_validate(hostile.model_copy(update={"articles": articles}).model_dump())


def with_every_field(dossier: Dossier) -> Dossier:
    """`dossier` with the fields the demo leaves empty filled: url, author, a rejected input."""
    urls = ["javascript:alert(13)", "data:text/html,x", "file:///etc/passwd", "vbscript:x"]
    articles = [
        a.model_copy(update={"url": urls[i % len(urls)], "author": "A. Writer"})
        for i, a in enumerate(dossier.articles)
    ]
    rejected = [Rejection(item="inputs.json#3", stage="ingest", reason="record has no text")]
    return dossier.model_copy(update={"articles": articles, "rejected": rejected})


def assert_inert_html(page: str, isolates: bool = False) -> Any:
    """No script, frame, handler or non-web link in `page`, no control or bidi override (nor
    isolate, unless `isolates`: Markdown has no <bdi>); returns the parsed tree."""
    assert not CONTROL.search(page.replace("\n", "").replace("\t", ""))
    assert not (BIDI_OVERRIDE if isolates else BIDI_CONTROL).search(page)
    tree = lxml_html.document_fromstring(page)
    assert not tree.xpath("//script | //iframe | //img | //object | //embed")
    for element in tree.iter():
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            if name.lower() in ("href", "src", "action", "formaction"):
                assert value.startswith(("http://", "https://", "#")), value
    return tree


def _cells(line: str) -> int:
    """Unescaped `|` in a Markdown line."""
    count, escaped = 0, False
    for char in line:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "|":
            count += 1
    return count


def assert_inert_markdown(text: str) -> None:
    """No raw HTML, no link but http(s), no injected line, whole table rows, no controls."""
    assert not re.search(r"<(script|iframe|img|b |object)", text, re.I)
    assert not re.search(r"(?<!\\)\]\((javascript|data|file):", text, re.I)
    assert not CONTROL.search(text.replace("\n", "")) and not BIDI_OVERRIDE.search(text)
    assert not re.search(r"^\s*(#+|>|[-+*]|\d+[.)])\s*(injected|second)", text, re.M)
    for line in text.splitlines():
        assert line.count("\u2068") == line.count("\u2069"), line
    table_width = 0
    for line in text.splitlines():
        if not line.startswith("|"):
            table_width = 0
        elif table_width == 0:
            table_width = _cells(line)
        else:
            assert _cells(line) == table_width, line
    rendered = MarkdownIt("commonmark").enable("table")
    rendered.validateLink = lambda url: True  # see every link the text makes, safe or not
    assert_inert_html(f"<html><body>{rendered.render(text)}</body></html>", isolates=True)


def _structure(markdown: str) -> Counter[str]:
    """Count of every Markdown construct but plain text."""
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    kinds = Counter(t.type for t in tokens)
    kinds.update(c.type for t in tokens for c in t.children or [] if c.type != "text")
    return kinds


def test_every_field_of_a_hostile_dossier_stays_text(demo_dossier: Dossier) -> None:
    full = with_every_field(demo_dossier)
    hostile = poisoned(full)
    assert all(a.title and a.url and a.url.endswith(PAYLOAD) for a in hostile.articles)
    assert all(e.name.endswith(PAYLOAD) for e in hostile.entities)
    assert all(f.summary.endswith(PAYLOAD) for f in hostile.findings)
    assert hostile.rejected[0].reason.endswith(PAYLOAD)
    markdown, page = render_markdown(hostile), render_html(hostile)
    assert_inert_markdown(markdown)
    assert _structure(markdown) == _structure(render_markdown(full))
    tree = assert_inert_html(page)
    clean = lxml_html.document_fromstring(render_html(full))
    expected = Counter(e.tag for e in clean.iter())
    expected.update({"p": len(hostile.articles), "span": len(hostile.articles)})  # added paragraph
    assert Counter(e.tag for e in tree.iter()) == expected
    assert "<script>alert(1)</script>" in tree.text_content()


def _hostile_inputs(folder: Path) -> Path:
    body = (
        "Syrian President Ahmed al-Sharaa met Israeli officials in Baku on July 12, 2025, "
        "officials said. The talks were mediated by the U.S. envoy Tom Barrack.\n"
        f"{PAYLOADS['script']} The meeting in Baku was confirmed by a diplomatic source.\n"
        f"# injected heading {PAYLOADS['markdown link']} said the source.\n"
        "Your email address will not be published. Required fields are marked * "
        f"{PAYLOADS['event handler']}\n"
        f"{PAYLOADS['right to left']} {PAYLOADS['bidi']} {PAYLOADS['controls']} ended.\n"
    )
    records = [
        {
            "title": PAYLOAD,
            "outlet": f"Outlet {PAYLOADS['attribute break']} {PAYLOADS['table']}",
            "author": PAYLOADS["iframe"],
            "url": "javascript:alert(10)",
            "text": body,
        },
        {"title": PAYLOADS["backticks"], "url": "https://example.org/it's?a=1&b=2", "text": body},
        {"outlet": "Second", "url": 'data:text/html,<script>alert(11)</script>"', "text": body},
        {"outlet": "Third", "url": "file:///etc/passwd", "text": body + "Third copy."},
        {"title": "no text here"},
    ]
    # A file name can carry markup, pipes, controls and bidi overrides too (but no "/").
    name = "<img src=x onerror=alert(12)> | `x` \x1b]0;t\x07 \u202egnp.json"
    folder.mkdir()
    (folder / name).write_text(json.dumps(records), encoding="utf-8")
    return folder


def test_hostile_articles_through_the_pipeline_stay_text(tmp_path: Path) -> None:
    dossier = analyze([_hostile_inputs(tmp_path / "in")])
    assert dossier.rejected and "<img" in dossier.rejected[0].item
    assert any(a.title and "<script>" in a.title for a in dossier.articles)
    assert any("<img" in r.text for a in dossier.articles for r in a.removed)
    written = write_outputs(dossier, tmp_path / "out")
    markdown = written["markdown"].read_text(encoding="utf-8")
    page = written["html"].read_text(encoding="utf-8")
    assert_inert_markdown(markdown)
    tree = assert_inert_html(page)
    links = [a.get("href") for a in tree.xpath("//a[not(starts-with(@href, '#'))]")]
    assert links == ["https://example.org/it's?a=1&b=2"]
    assert "<https://example.org/it's?a=1&b=2>" in markdown
    for shown_as_text in ("javascript:alert(10)", "file:///etc/passwd"):
        assert shown_as_text in tree.text_content() and shown_as_text in markdown


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "vbscript:msgbox(1)",
        "//evil.example/x",
        "https:evil.example",
        'https://example.org/"onmouseover="alert(1)',
        "https://example.org/\u202egnp.exe",
    ],
)
def test_only_http_urls_become_links(url: str) -> None:
    assert not is_web_url(url)
    assert "<a" not in html_link(url) and "href" not in html_link(url)
    assert not markdown_link(url).startswith("<")


def test_a_web_url_is_a_link_with_its_attribute_escaped() -> None:
    url = "https://example.org/a?b=1&c='x'"
    assert str(html_link(url)) == (
        '<a href="https://example.org/a?b=1&amp;c=&#39;x&#39;" rel="noopener noreferrer nofollow">'
        "https://example.org/a?b=1&amp;c=&#39;x&#39;</a>"
    )
    assert markdown_link(f" {url} ") == f"<{url}>"


def test_markdown_escaping_keeps_ordinary_text_readable() -> None:
    assert escape_markdown("en_core_web_sm, AT&T, 1.5 s, U.S. envoy") == (
        "en_core_web_sm, AT&T, 1.5 s, U.S. envoy"
    )
    assert escape_markdown("# not a heading") == "\\# not a heading"
    assert escape_markdown("2. not a list") == "2\\. not a list"
    assert escape_markdown("a | b\nc") == "a \\| b c"


def test_a_symlink_at_the_destination_is_replaced_not_followed(
    demo_dossier: Dossier, tmp_path: Path
) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.md").symlink_to(precious)
    (out / "dossier.json").symlink_to(tmp_path / "missing")
    written = write_outputs(demo_dossier, out)
    assert precious.read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "missing").exists()
    for path in written.values():
        assert not path.is_symlink() and path.stat().st_size > 0
    assert written["markdown"].read_text(encoding="utf-8").startswith("# crosscheck dossier")
    names = sorted(p.name for p in out.iterdir())
    assert names == [".crosscheck-output", "dossier.json", "report.html", "report.md"]


def test_an_output_folder_that_is_a_file_or_cannot_be_made_is_an_output_error(
    demo_dossier: Dossier, tmp_path: Path
) -> None:
    a_file = tmp_path / "taken"
    a_file.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputError, match="is a file"):
        write_outputs(demo_dossier, a_file)
    with pytest.raises(OutputError, match="cannot create the output folder"):
        write_outputs(demo_dossier, a_file / "below")
    assert a_file.read_text(encoding="utf-8") == "not a folder"


def test_the_cli_reports_an_output_file_without_a_traceback(tmp_path: Path) -> None:
    a_file = tmp_path / "taken"
    a_file.write_text("not a folder", encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(tmp_path), "-o", str(a_file), "-q"])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert "is a file" in result.output
