"""Page chrome found by a line's shape and place on the page, not by a site's words.

- the site's own name on a short line ("SFR Presse", "Example News.com", "Why you can trust
  ABC"): a masthead or a promo, named from the outlet and the URL the record gives;
- a row of social handles alone on its line;
- a description printed twice in a row with no sentence punctuation (an image's alt text
  over its caption);
- a country or world region alone on a line above or below the article's prose (a section
  label: "South Africa", "Middle East").

No rule marks a line that reads as article prose, the page's first line (its headline) or a
credit ("By ...", "par ...", "City - Outlet"): bylines and source credits are the article's.
Embedded social posts stay: an official's post quoted in a report is a primary source (the
extraction benchmark's gold keeps them as body).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from urllib.parse import urlsplit

SITE_NAME = "site name"
CAPTION = "photo caption"
SECTION_LABEL = "section label"
LINK = "bare link"
PAGE_TAIL = "page chrome after the article"
TAIL_LINE_WORDS = 12
# Reasons that show the page's chrome has begun (a caption or a byline does not).
_CHROME_STARTS = frozenset(
    {
        "site chrome", "share buttons", "comment form", "comment section", "related-links block",
        "navigation menu", "promo or spam", "tag line", "list of headline links", "site name",
        "cookie notice", "markup or script",
    }
)  # fmt: skip
SITE_LINE_WORDS = 6
MIN_NAME_CHARS = 4
CAPTION_ECHO_WORDS = 7
DOMAIN_LABEL_WORDS = 5
PHRASE_REPEATS = 3
MAX_REPEAT_LINE = 300

_SENTENCE_END = re.compile(r"[.!?؟…:;]['\"”’)]*\s*$")
_PROSE_END = re.compile(r"[.!?؟…]['\"”’)]*\s*$")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
# A credit names its source after a word that says so, or after a place and a dash.
_CREDIT_OPENER = re.compile(
    r"^\W*(?:by|from|source|sources|via|with|par|de|avec|selon|بقلم|المصدر|كتب|عن)\b",
    re.IGNORECASE,
)
_DATELINE_CREDIT = re.compile(r"\S\s*[-–—]\s*\S")
_TLD = re.compile(r"^(?:com|net|org|info|news|co|tv|fr|uk|in|ar)$")
_HOST_SKIP = frozenset({"www", "m", "amp", "en", "fr", "ar", "english", "french", "arabic", "api"})
# "Example by Shop.com": a short label that ends with a site's domain.
_ENDS_WITH_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|net|org|info|io|co)\s*$", re.IGNORECASE)
_HANDLES_ONLY = re.compile(r"^\W*(?:@\w{2,30}[\s,|·]*){1,6}$")
# World regions and the sections named after them, in English and French.
_WORLD_REGIONS = frozenset(
    {
        "world", "africa", "asia", "europe", "americas", "middle east", "north africa",
        "south asia", "east asia", "latin america", "oceania", "international", "monde",
        "afrique", "asie", "moyen-orient",
    }
)  # fmt: skip


def site_names(outlet: str | None, url: str | None) -> frozenset[str]:
    """Folded keys of a site's names: the outlet's name before any "(wire)", its initials
    when it has three words or more, and the labels of the URL's host."""
    keys: set[str] = set()
    if outlet:
        name = outlet.split("(")[0]
        words = [w for w in _TOKEN.findall(name.casefold()) if w != "the"]
        keys.add("".join(words))
        if len(words) >= 3:
            keys.add("".join(w[0] for w in words))
    if url:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
        labels = [label for label in host.casefold().split(".") if label]
        keys.update(
            label.replace("-", "")
            for label in labels[:-1]
            if label not in _HOST_SKIP and not _TLD.match(label)
        )
    return frozenset(k for k in keys if len(k) >= MIN_NAME_CHARS)


def _name_span(tokens: list[str], names: frozenset[str], longest: int = 4) -> range | None:
    """Where the site's name is in `tokens`, or None if it is not there."""
    for start in range(len(tokens)):
        for end in range(start + 1, min(len(tokens), start + longest) + 1):
            if "".join(tokens[start:end]) in names:
                return range(start, end)
    return None


def is_domain_label(line: str) -> bool:
    """A label of at most five words that ends with a domain ("Shop by Example.com"),
    which is no credit ("Source: example.com", a writer's e-mail address)."""
    stripped = line.strip()
    return (
        len(stripped.split()) <= DOMAIN_LABEL_WORDS
        and _ENDS_WITH_DOMAIN.search(stripped) is not None
        and "@" not in stripped  # an address is a writer's credit
        and not _CREDIT_OPENER.match(stripped)
    )


def repeats_a_phrase(line: str) -> bool:
    """A line that names the same two words three times or more, with no sentence in it:
    a site's sections ("X News  X Sport  X Travel"), not a sentence."""
    stripped = line.strip()
    if len(stripped) > MAX_REPEAT_LINE or _SENTENCE_END.search(stripped):
        return False
    if "," in stripped or "،" in stripped or any(ch.isdigit() for ch in stripped):
        return False  # a list of quantities or keywords is the text's own
    tokens = _TOKEN.findall(stripped.casefold())
    pairs = Counter(itertools.pairwise(tokens))
    return bool(pairs) and max(pairs.values()) >= PHRASE_REPEATS


def names_site(line: str, names: frozenset[str]) -> bool:
    """A line that is the site's name, with at most one word besides ("Example News.com",
    "SFR Presse", "Example -"); a credit ("By Example", "Cairo - Example") is not."""
    stripped = line.strip()
    if not names or len(stripped.split()) > SITE_LINE_WORDS or _SENTENCE_END.search(stripped):
        return False
    if _CREDIT_OPENER.match(stripped) or _DATELINE_CREDIT.search(stripped.rstrip(" -–—|")):
        return False
    tokens = [t for t in _TOKEN.findall(stripped.casefold()) if t != "the"]
    taken = _name_span(tokens, names)
    if taken is None:
        return False
    rest = [t for k, t in enumerate(tokens) if k not in taken and not _TLD.match(t)]
    return len(rest) <= 1


def mentions_site(line: str, names: frozenset[str]) -> bool:
    """Whether a line names the site anywhere in it, and opens with no credit's word
    ("From Example News", "Source: Example")."""
    if not names or _CREDIT_OPENER.match(line.strip()):
        return False
    tokens = [t for t in _TOKEN.findall(line.casefold()) if t != "the"]
    return _name_span(tokens, names) is not None


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    from crosscheck.annotate.places_gazetteer import PLACES

    return frozenset(country.casefold() for country in PLACES)


def is_region_label(line: str) -> bool:
    """A country or a world region alone on its line."""
    key = " ".join(line.strip().casefold().split())
    return key in _WORLD_REGIONS or key in _countries()


def _nonblank(lines: Sequence[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.strip()]


def _reads_as_prose(line: str) -> bool:
    return len(line.split()) >= 10 and _PROSE_END.search(line) is not None


def mark_site_names(lines: Sequence[str], reasons: list[str | None], names: frozenset[str]) -> None:
    """The site's name on a line of its own (a masthead, a logo's alt text), a label that
    ends with a domain, a line of the site's sections."""
    for i in _nonblank(lines):
        line = lines[i]
        if reasons[i] is None and (
            names_site(line, names) or is_domain_label(line) or repeats_a_phrase(line)
        ):
            reasons[i] = SITE_NAME


def mark_caption_pairs(lines: Sequence[str], reasons: list[str | None]) -> None:
    """A description of seven words or more without sentence punctuation, printed twice
    in a row and nowhere else, is an image's alt text and caption; a repeated headline
    (the page's first kept line of as many words) is not."""
    indices = _nonblank(lines)
    if not indices:
        return
    keys = {i: " ".join(lines[i].split()).casefold() for i in indices}
    title = next(
        (
            keys[i]
            for i in indices
            if reasons[i] is None and len(lines[i].split()) >= CAPTION_ECHO_WORDS
        ),
        "",
    )
    copies = Counter(keys.values())
    for a, b in itertools.pairwise(indices):
        text = lines[a].strip()
        if (
            keys[a] == keys[b] != title
            and copies[keys[a]] == 2
            and len(text.split()) >= CAPTION_ECHO_WORDS
            and not _SENTENCE_END.search(text)
        ):
            reasons[a] = reasons[a] or CAPTION
            reasons[b] = reasons[b] or CAPTION


def mark_region_labels(lines: Sequence[str], reasons: list[str | None]) -> None:
    """A country or region alone above the first paragraph of prose or below the last."""
    indices = _nonblank(lines)
    prose = [i for i in indices if _reads_as_prose(lines[i])]
    if not prose:
        return
    for i in indices:
        outside = i < prose[0] or i > prose[-1]
        if outside and reasons[i] is None and is_region_label(lines[i]):
            reasons[i] = SECTION_LABEL


def _prose_bounds(lines: Sequence[str]) -> tuple[int, int] | None:
    prose = [i for i in _nonblank(lines) if _reads_as_prose(lines[i])]
    return (prose[0], prose[-1]) if prose else None


def mark_handle_rows(lines: Sequence[str], reasons: list[str | None]) -> None:
    """A row of social handles alone on its line ("@example @example_fr"): follow links."""
    for i in _nonblank(lines):
        if reasons[i] is None and _HANDLES_ONLY.match(lines[i].strip()):
            reasons[i] = LINK


def mark_alt_caption_pairs(lines: Sequence[str], reasons: list[str | None]) -> None:
    """Above the prose, a short label and the next line that repeats it and goes on
    ("Foreign minister" / "Foreign minister John Doe"): an image's alt text and caption."""
    bounds = _prose_bounds(lines)
    indices = [i for i in _nonblank(lines) if bounds is None or i < bounds[0]]
    kept = [i for i in indices if reasons[i] is None]
    if not kept:
        return
    title = kept[0]
    for a, b in itertools.pairwise(indices):
        first, second = (" ".join(lines[k].split()) for k in (a, b))
        if (
            title not in (a, b)
            and len(first.split()) >= 2
            and second.startswith(first + " ")
            and len(second.split()) <= TAIL_LINE_WORDS
            and not _SENTENCE_END.search(second)
        ):
            reasons[a] = reasons[a] or CAPTION
            reasons[b] = reasons[b] or CAPTION


def mark_page_tail(lines: Sequence[str], reasons: list[str | None]) -> None:
    """Below the article's last paragraph of prose, once the page's chrome has begun
    (share buttons, a related block, a menu), the short unpunctuated lines after it are
    chrome too; a credit ("By ...", "Source: ...") stays."""
    bounds = _prose_bounds(lines)
    if bounds is None:
        return
    started = False
    for i in _nonblank(lines):
        if i <= bounds[1]:
            continue
        if reasons[i] in _CHROME_STARTS:
            started = True
            continue
        line = lines[i].strip()
        if (
            started
            and reasons[i] is None
            and len(line.split()) <= TAIL_LINE_WORDS
            and not _SENTENCE_END.search(line)
            and not _CREDIT_OPENER.match(line)
        ):
            reasons[i] = PAGE_TAIL


def mark_shapes(
    lines: Sequence[str], reasons: list[str | None], names: frozenset[str] = frozenset()
) -> None:
    """All the shape rules, in order."""
    mark_site_names(lines, reasons, names)
    mark_caption_pairs(lines, reasons)
    mark_alt_caption_pairs(lines, reasons)
    mark_region_labels(lines, reasons)
    mark_handle_rows(lines, reasons)
    mark_page_tail(lines, reasons)
