"""An outlet's own sentence that borrows a named speaker's words: "concluded ... without
conclusive progress" written in the outlet's voice after the mediator posted "some but not
conclusive progress". A pair of ordinary words that the rest of the corpus only ever writes
inside quotation marks (or in an embedded post) is the speaker's wording; an outlet that uses it
unquoted is paraphrasing that speaker, not reporting on its own."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from crosscheck.claims.rewrite import content_tokens
from crosscheck.claims.source_names import embedded_post_spans

_QUOTED = re.compile(r"“[^”\n]{1,600}”|\"[^\"\n]{1,600}\"|«[^»\n]{1,600}»|„[^“”\n]{1,600}[“”]")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where the text gives someone's own words: quotations and embedded posts."""
    return [m.span() for m in _QUOTED.finditer(text)] + embedded_post_spans(text)


def _content_pairs(text: str) -> set[tuple[str, str]]:
    words = content_tokens(text)
    return {(first, second) for (first, one), (second, two) in pairwise(words) if one and two}


def _pair_pattern(pair: tuple[str, str]) -> re.Pattern[str]:
    first, second = map(re.escape, pair)
    return re.compile(rf"(?<![^\W_]){first}\W+{second}(?![^\W_])", re.IGNORECASE)


def _only_quoted(pair: tuple[str, str], texts: Iterable[str]) -> bool:
    """Whether the two words, side by side, occur in these texts, and only in quoted words."""
    pattern = _pair_pattern(pair)
    seen = False
    for text in texts:
        spans = quoted_spans(text)
        for match in pattern.finditer(text):
            if not any(s <= match.start() and match.end() <= e for s, e in spans):
                return False
            seen = True
    return seen


def echoes_speaker(own: str, speaker: str, others: Iterable[str]) -> bool:
    """Whether the outlet's own sentence `own` borrows the wording of the named speaker's
    sentence `speaker`: a pair of content words of both that the other articles (`others`)
    only ever write as someone's quoted words."""
    texts = list(others)
    return any(_only_quoted(pair, texts) for pair in _content_pairs(own) & _content_pairs(speaker))


# A text folded so that an ASCII word found in it case-insensitively by `re` is found in it as
# written: ASCII capitals lowered, and the four other characters `re.IGNORECASE` matches to an
# ASCII letter (dotted and dotless I, long s, the Kelvin sign); one character for one, so
# `word in folded` is true wherever the pattern can match `word`.
_ASCII_FOLD = str.maketrans(
    {**{c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}, "İ": "i", "ı": "i", "ſ": "s", "K": "k"}
)


@dataclass
class QuotedWording:
    """`echoes_speaker` over one fixed set of texts (a corpus's articles by id), each pair of
    words looked up in every text once, however many claims ask about it."""

    texts: Mapping[str, str]
    # per pair: the texts that write it outside quotation marks, and all that write it
    _uses: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] = field(
        default_factory=dict
    )
    _spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    _folded: dict[str, str] = field(default_factory=dict)

    def _may_contain(self, name: str, pair: tuple[str, str]) -> bool:
        """False only where the pair's pattern cannot match (both words must be in the text)."""
        if not (pair[0].isascii() and pair[1].isascii()):
            return True
        if name not in self._folded:
            self._folded[name] = self.texts[name].translate(_ASCII_FOLD)
        folded = self._folded[name]
        return pair[0] in folded and pair[1] in folded

    def _where(self, pair: tuple[str, str]) -> tuple[frozenset[str], frozenset[str]]:
        if pair not in self._uses:
            pattern = _pair_pattern(pair)
            unquoted, anywhere = set(), set()
            for name, text in self.texts.items():
                if not self._may_contain(name, pair):
                    continue
                for match in pattern.finditer(text):
                    anywhere.add(name)
                    if name not in self._spans:
                        self._spans[name] = quoted_spans(text)
                    spans = self._spans[name]
                    if not any(s <= match.start() and match.end() <= e for s, e in spans):
                        unquoted.add(name)
                        break
            self._uses[pair] = (frozenset(unquoted), frozenset(anywhere))
        return self._uses[pair]

    def only_quoted(self, pair: tuple[str, str], excluded: str) -> bool:
        """`_only_quoted` over every text but the one named `excluded`."""
        unquoted, anywhere = self._where(pair)
        return not unquoted - {excluded} and bool(anywhere - {excluded})

    def echoes_speaker(self, own: str, speaker: str, excluded: str) -> bool:
        """`echoes_speaker(own, speaker, others)` with `others` every text but `excluded`."""
        pairs = _content_pairs(own) & _content_pairs(speaker)
        return any(self.only_quoted(pair, excluded) for pair in pairs)
