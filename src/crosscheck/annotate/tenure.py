"""Statements that a person no longer holds power ("the fall of X's regime", "former leader X"),
and roles stated for an earlier time ("then foreign minister", a paragraph about the 2000 talks)."""

from __future__ import annotations

import re

from crosscheck.records import AnnotatedArticle, Mention, RoleMention, Span, TenureEnd

_NOUNS = (
    r"(fall|ouster|ousting|overthrow|toppling|removal|resignation|death|downfall|exit|"
    r"departure|defeat|assassination|execution)"
)
_BEFORE = re.compile(
    rf"(\b{_NOUNS}\s+of\s+(the\s+)?(former\s+[\w ]{{0,40}}?)?$)|"
    rf"(\b(former|ousted|deposed|toppled|overthrown|exiled|late|ex-)\s+([\w.-]+\s+){{0,4}}$)",
    re.IGNORECASE,
)
_AFTER = re.compile(
    rf"^(['’]s)?\s*((regime|government|rule)\s+)?(['’]s\s+)?{_NOUNS}\b|"
    r"^(['’]s)?\s*(regime|government)\s+(fell|collapsed|was (toppled|overthrown|ousted))|"
    r"^\s+(was|had been)\s+(ousted|toppled|overthrown|deposed|removed|killed|assassinated|"
    r"forced out|driven from power)|^\s+(resigned|stepped down|fled|was (assassinated|killed))",
    re.IGNORECASE,
)


def find_tenure_ends(text: str, article_id: str, mentions: list[Mention]) -> list[TenureEnd]:
    """Mentions of people described as out of office, with the cue as evidence."""
    found: list[TenureEnd] = []
    for index, mention in enumerate(mentions):
        if mention.type not in ("PERSON", "ORG", "FAC"):
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        left = text[max(line_start, mention.start - 60) : mention.start]
        right = text[mention.end : mention.end + 40]
        before = _BEFORE.search(left)
        after = _AFTER.search(right)
        if before is None and after is None:
            continue
        if before is not None:
            start, end = mention.start - len(left) + before.start(), mention.end
            cue = before.group().strip()
        else:
            assert after is not None
            start, end = mention.start, mention.end + after.end()
            cue = after.group().strip()
        found.append(
            TenureEnd(
                article=article_id,
                mention=index,
                cue=cue,
                evidence=Span(article=article_id, start=start, end=end, text=text[start:end]),
            )
        )
    return found


_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december)"
# A time the sentence is set in: "in 2000", "during the 1990s", "back in March 2011".
_SET_IN = re.compile(
    rf"\b(in|during|back in|until|throughout)\s+(the\s+)?(early\s+|late\s+|mid-?)?"
    rf"({_MONTH}\s+)?(\d{{1,2}},?\s+)?(?P<year>(19|20)\d\d)s?\b",
    re.IGNORECASE,
)
_PAST_CUES = re.compile(
    r"\b(at the time|back then|then-|in those days|at that time|previously served)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(19|20)\d\d\b")


def reference_year(article: AnnotatedArticle) -> int | None:
    """The year an article speaks from: its publication year, else the latest calendar year
    among its resolved dates."""
    if article.article.published is not None:
        return article.article.published.year
    years = [t.day.year for t in article.times if t.day is not None]
    return max(years) if years else None


def _earlier_years(text: str, year: int) -> bool:
    return any(int(m.group("year")) < year - 1 for m in _SET_IN.finditer(text))


def _recent_years(text: str, year: int) -> bool:
    return any(int(m.group()) >= year - 1 for m in _YEAR.finditer(text))


def role_is_past(role: RoleMention, article: AnnotatedArticle) -> bool:
    """Whether a role is stated for an earlier time: a "former", "then" or "late" title, a
    sentence set in an earlier year ("in 2000 ... Syria's foreign minister"), a cue like "at the
    time", or a background paragraph about an earlier year that speaks of no recent one."""
    if role.status in ("former", "then"):
        return True
    text = article.article.text
    at = role.evidence.start
    sentence = next((s for s in article.sentences if s.start <= at < s.end), None)
    here = text[sentence.start : sentence.end] if sentence else role.evidence.text
    if _PAST_CUES.search(here):
        return True
    year = reference_year(article)
    if year is None:
        return False
    if _earlier_years(here, year):
        return not _recent_years(here, year)
    paragraph = next((p for p in article.article.paragraphs if p.start <= at < p.end), None)
    if paragraph is None:
        return False
    body = text[paragraph.start : paragraph.end]
    return _earlier_years(body, year) and not _recent_years(body, year)
