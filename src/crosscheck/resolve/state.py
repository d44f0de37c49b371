"""The union-find state every resolution pass writes to: mentions, their forms, merges with
evidence, and the user's overrides."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from crosscheck.records import MergeEvidence
from crosscheck.resolve.names import fold
from crosscheck.resolve.overrides import MergeOverrides
from crosscheck.resolve.union_find import DisjointSets

MentionKey = tuple[str, int]  # (article id, mention index)


@dataclass
class MergeState:
    """Mentions joined so far, each union with its evidence."""

    uf: DisjointSets[MentionKey] = field(default_factory=DisjointSets)
    evidence: dict[MentionKey, list[MergeEvidence]] = field(
        default_factory=lambda: defaultdict(list)
    )
    seen_pairs: set[tuple[str, str, str]] = field(default_factory=set)
    overrides: MergeOverrides = field(default_factory=MergeOverrides)
    forms: dict[MentionKey, set[str]] = field(default_factory=dict)
    # an organisation's name known from a press convention, for entities only described
    known_names: dict[MentionKey, str] = field(default_factory=dict)
    # how a mention was written, when it is matched respelled (a French "Bachar" as "Bashar")
    written: dict[MentionKey, str] = field(default_factory=dict)

    def add(self, key: MentionKey, text: str) -> None:
        """Register a mention and its folded surface form."""
        self.uf.find(key)
        self.forms.setdefault(key, set()).add(fold(text))

    def join(self, a: MentionKey, b: MentionKey) -> bool:
        """Union two mentions' entities unless a user decision keeps them apart."""
        ra, rb = self.uf.find(a), self.uf.find(b)
        if ra == rb:
            return False
        forms_a, forms_b = self.forms.get(ra, set()), self.forms.get(rb, set())
        if self.overrides.forbids(forms_a, forms_b):
            return False
        self.uf.union(ra, rb)
        self.forms[self.uf.find(ra)] = forms_a | forms_b
        return True

    def merge(
        self,
        a: MentionKey,
        b: MentionKey,
        kind: str,
        forms: tuple[str, str],
        score: float,
        detail: str,
    ) -> None:
        """Join ``a`` and ``b`` and record why (once per kind and pair of forms); forms of
        respelled mentions are shown as written."""
        if not self.join(a, b):
            return
        shown = (self.written.get(a, forms[0]), self.written.get(b, forms[1]))
        if shown != forms:
            respelled = [f"{w} as {f}" for w, f in zip(shown, forms, strict=True) if w != f]
            detail += f" (read in English spelling: {'; '.join(respelled)})"
            forms = shown
        pair = (kind, *sorted(forms))
        if forms[0] != forms[1] and pair not in self.seen_pairs:
            self.seen_pairs.add(pair)  # type: ignore[arg-type]
            self.evidence[a].append(
                MergeEvidence(kind=kind, forms=sorted(forms), score=round(score, 3), detail=detail)
            )

    def merge_into_first(
        self,
        keys: list[MentionKey],
        text_of: dict[MentionKey, str],
        kind: str,
        score: float,
        detail: str,
    ) -> None:
        """Join every mention of ``keys`` to the first one, for one reason."""
        first = keys[0]
        for other in keys[1:]:
            self.merge(first, other, kind, (text_of[first], text_of[other]), score, detail)
