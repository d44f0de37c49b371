"""Position and neighbourhood features of a scraped line for the junk-line model.

About a third of the chrome the rules miss on new outlets carries no word of chrome at all:
a list of other stories' headlines under the last paragraph, a related headline above the
article, an image's alt text, a placeholder left by a publishing plug-in ("[ad_1]"), a
one-word link ("Source", "X"). A reader sees them by where they sit and what surrounds them,
and so do these features, which never look at a line's exact words:

- how far the line sits from the article's prose (lines before the first paragraph that
  reads as prose, or after the last one);
- how long a run of title-like lines (not prose, a few words to a headline's length) it is
  part of: a list of links reads as such a run;
- whether a source credit ("Source: X", "Kaynak: X", "Fuente: X") already closed the
  article above it;
- whether the line is written in another script than the page's prose;
- whether it is only markup (bracketed), and whether it is the page's last line cut off
  mid-word (the stored copy ends there: the article's text, not chrome), unless it ends a
  run of title-like lines (a list of links ends without a stop too).

`outside_body` says whether a line sits where chrome sits (before or after the prose,
bracketed): only such a line, or one with a mark of chrome
(`junk_features.has_chrome_signal`), is judged by the model.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

CONTEXT_NAMES = (
    "prose_distance", "title_run", "after_credit", "script_mismatch", "bracketed",
    "cut_last_line", "first_title", "slug_overlap",
)  # fmt: skip
SLUG_HEADLINE = 0.5  # a line with half its words in the page's address is its headline
HEADLINE_MIN_WORDS = 3
CUT_MIN_WORDS = 3  # "Sumber" alone at the page's end is a link's label, not a cut paragraph
LIST_RUN = 3  # title-like lines in a row: a list of links, whose last item is no cut paragraph
TITLE_MIN_WORDS = 2
TITLE_MAX_WORDS = 30
PROSE_WORDS = 10
_SENTENCE_END = re.compile(r"[.!?…؟][\"'”’»)]*\s*$")
# A source credit closing an article, in the languages of the news ("Source: X", "Kaynak: X",
# "Quelle: X", "Fuente: X", "Fonte: X", "Sumber: X", "Źródło: X", "Bron: X", "المصدر: X",
# "Источник: X", "Джерело: X"), or an agency's name alone.
_SOURCE_CREDIT = re.compile(
    r"^\W*(?:source|sources|kaynak|quelle|fuente|fonte|sumber|źródło|bron|fonti|المصدر|"
    r"источник|джерело)\s*:|^\W*(?:reuters|afp|ap|efe|pti|ani|ians|xinhua|anadolu|dpa|ansa|"
    r"agencias|agences|agencies|wam|spa|qna|mena|irna|map)\W*$",
    re.IGNORECASE,
)
_SLUG_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_BRACKETED = re.compile(r"^\s*[\[<{][^\]>}]{0,40}[\]>}]\s*$")


def _script(ch: str) -> str:
    """The script of a letter, by the first word of its Unicode name (LATIN, ARABIC...)."""
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return ""


def main_script(text: str) -> str:
    """The script most of a text's letters are written in ('' when it has no letters)."""
    counts = Counter(_script(ch) for ch in text if ch.isalpha())
    return counts.most_common(1)[0][0] if counts else ""


def reads_as_prose(line: str) -> bool:
    """A sentence of ten words or more that ends like one (as `junk_features` has it)."""
    return len(line.split()) >= PROSE_WORDS and _SENTENCE_END.search(line.strip()) is not None


def slug_words(url: str | None) -> frozenset[str]:
    """The words of a page address's path ("/2024/07/30/wayanad-landslide-toll" -> wayanad,
    landslide, toll), percent-decoded and folded: most sites write the headline there."""
    if not url:
        return frozenset()
    path = unquote(urlsplit(url).path)
    return frozenset(w.casefold() for w in _SLUG_WORD.findall(path))


def slug_overlap(line: str, slug: frozenset[str]) -> float:
    """Share of a line's words (three letters or more) that its page's address holds."""
    words = {w.casefold() for w in _SLUG_WORD.findall(line)}
    return len(words & slug) / len(words) if words and slug else 0.0


def _title_like(line: str) -> bool:
    words = len(line.split())
    return TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS and not reads_as_prose(line)


def _cut_off(line: str) -> bool:
    """A paragraph cut off mid-word: a few words, the last one without its end."""
    return len(line.split()) >= CUT_MIN_WORDS and line.rstrip()[-1:].isalpha()


def _runs(flags: Sequence[bool]) -> list[int]:
    """For each position, the length of the run of True values it belongs to (0 if False)."""
    runs = [0] * len(flags)
    start = 0
    for k in range(len(flags) + 1):
        if k == len(flags) or not flags[k]:
            for j in range(start, k):
                runs[j] = k - start
            start = k + 1
    return runs


def context_features(
    lines: Sequence[str],
    nonblank: Sequence[int],
    reasons: Sequence[str | None],
    url: str | None = None,
) -> list[list[float]]:
    """The CONTEXT_NAMES features of each non-blank line (`nonblank`: their indexes;
    `reasons`: the rules' verdicts, so that the headline is the first line they kept; `url`:
    the page's address, whose words name its headline)."""
    slug = slug_words(url)
    texts = [lines[i] for i in nonblank]
    headline = next(
        (
            k
            for k, i in enumerate(nonblank)
            if reasons[i] is None and len(lines[i].split()) >= HEADLINE_MIN_WORDS
        ),
        -1,
    )
    prose = [k for k, text in enumerate(texts) if reads_as_prose(text)]
    first, last = (prose[0], prose[-1]) if prose else (-1, -1)
    titles = _runs([_title_like(text) for text in texts])
    page_script = main_script(" ".join(texts[k] for k in prose) or " ".join(texts))
    credit_above = False
    rows = []
    for k, text in enumerate(texts):
        distance = 0 if first < 0 else first - k if k < first else max(0, k - last)
        script = main_script(text)
        rows.append(
            [
                min(3.0, math.log1p(distance)),
                min(5.0, float(titles[k])),
                float(credit_above),
                float(bool(script) and bool(page_script) and script != page_script),
                float(_BRACKETED.match(text) is not None),
                float(
                    k == len(texts) - 1
                    and k > first >= 0
                    and titles[k] < LIST_RUN
                    and _cut_off(text)
                ),
                float(k == headline),
                slug_overlap(text, slug),
            ]
        )
        if last >= 0 and k >= last and _SOURCE_CREDIT.search(text.strip()):
            credit_above = True
    return rows


def outside_body(values: dict[str, float]) -> bool:
    """Whether a line sits where chrome sits: before or after the article's prose, or is
    bracketed markup (a line in another script is left to the features alone: a headline's
    translation or a name in its own script is the article's). The page's first line, its
    headline (the first line of a few words the rules kept, or a line whose words the page's
    address holds) and its last line cut off mid-word sit there as the article's own."""
    headline = values["first_title"] or values["slug_overlap"] >= SLUG_HEADLINE
    if values["first_line"] or headline or values["cut_last_line"]:
        return values["bracketed"] > 0
    return values["prose_distance"] > 0 or values["bracketed"] > 0
