"""A site's promo about itself outside the article: a line that names the site and stands
above the article's first paragraph of prose or below its last ("Why you can trust
Example", "Example: breaking news and the latest happenings straight to you!").

Inside the article the outlet's name is the article's ("Example News reported on Monday
that..."), and a credit names it after a word that says so ("From Example", "Source:
Example"): both stay, as does the page's first line (its headline) and any line that names
a news agency (a credit to the wire).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from crosscheck.ingest.junk_shapes import mentions_site

SITE_PROMO = "site promo"
MIN_PROMO_WORDS = 3
MAX_PROMO_WORDS = 15
_AGENCY = re.compile(
    r"\b(?:reuters|afp|ap|efe|pti|ani|ians|xinhua|anadolu|tass|dpa|ansa|wam|qna|spa|irna|"
    r"agence|associated press|news agency|agencies)\b|[\"“”«»]|"
    # an interview's or a statement's title: "Minister X to Example", "told Example"
    r"\b(?:to|told|tells|à|au)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.’'-]*\s*){1,4}\W*$",
    re.IGNORECASE,
)


def mark_site_promos(
    lines: Sequence[str],
    reasons: list[str | None],
    names: frozenset[str],
    prose: Callable[[str], bool],
) -> None:
    """A line of three to fifteen words naming the site, outside the article's prose (the
    prose found without the lines that name the site; anywhere but the first line on a
    page with no prose)."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if not names or len(nonblank) < 2:
        return
    printed = Counter(" ".join(lines[i].split()).casefold() for i in nonblank)
    # a line printed twice over the article is its headline, not a promo
    naming = {
        i
        for i in nonblank
        if mentions_site(lines[i], names) and printed[" ".join(lines[i].split()).casefold()] == 1
    }
    paragraphs = [i for i in nonblank if prose(lines[i]) and i not in naming]
    for i in sorted(naming - {nonblank[0]}):
        words = len(lines[i].split())
        outside = not paragraphs or i < paragraphs[0] or i > paragraphs[-1]
        if (
            outside
            and reasons[i] is None
            and MIN_PROMO_WORDS <= words <= MAX_PROMO_WORDS
            and not _AGENCY.search(lines[i])
        ):
            reasons[i] = SITE_PROMO
