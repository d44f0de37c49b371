"""The Jinja environments of the reports: every value a template prints is made safe on the way
out, whatever the template's name and whether or not its author remembered a filter."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from crosscheck.render.safe import (
    MarkdownText,
    escape_markdown,
    html_link,
    markdown_link,
    strip_controls,
)


def shorten(text: str, n: int = 140) -> str:
    """`text` cut to `n` characters, with an ellipsis when cut."""
    return text if len(text) <= n else text[: n - 1] + "…"


def _extract(key: str, container: Mapping[str, Any]) -> Any:
    return container[key]


def _base(**options: Any) -> Environment:
    env = Environment(
        loader=PackageLoader("crosscheck", "render/templates"),
        trim_blocks=True,
        lstrip_blocks=True,
        **options,
    )
    env.filters["extract"] = _extract
    env.filters["short"] = shorten
    return env


def _finalize_html(value: Any) -> Any:
    # Markup (HTML a macro, a filter or html_link made) stays Markup, everything else is
    # escaped after this; removing control characters cannot make either one markup.
    if isinstance(value, Markup):
        return Markup(strip_controls(value))
    if isinstance(value, str):
        return strip_controls(value)
    return value


def _finalize_markdown(value: Any) -> str:
    if isinstance(value, MarkdownText):
        return value
    return escape_markdown(str(value))


@cache
def html_environment() -> Environment:
    """HTML templates: autoescaped always, controls and bidi overrides removed from every
    value; the `link` filter makes an http(s) URL a link and anything else text."""
    env = _base(autoescape=True, finalize=_finalize_html)
    env.filters["link"] = html_link
    return env


@cache
def markdown_environment() -> Environment:
    """Markdown templates: every printed value is escaped as inline Markdown (see
    `escape_markdown`) unless it is a `MarkdownText` made by crosscheck's code; the `link`
    filter makes an http(s) URL an autolink and anything else text.

    A macro's output is a plain string here and would be escaped again: write Markdown
    templates without macros."""
    env = _base(autoescape=False, finalize=_finalize_markdown)
    env.filters["link"] = markdown_link
    return env
