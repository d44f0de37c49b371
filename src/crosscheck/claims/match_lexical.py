"""The `lexical` claim matcher: TF-IDF over the claim's words and entity ids, blocked per story.

Numbers are masked for the similarity (the analyser keeps only words) but kept as values: two
claims whose figures, dates or places cannot both be true never state one proposition; a
detector decides whether they conflict. Two claims are one proposition only when they share
content words beyond names and sentence shape ("did not elaborate" / "did not specify"), and
are not put in the mouths of two different speakers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from crosscheck.claims.figures import written_values_agree
from crosscheck.claims.relation import Candidate, Judgement, Relation, register_matcher
from crosscheck.claims.value_agreement import values_agree, values_of
from crosscheck.cluster.similarity import analyse, blocked_neighbours, tfidf_matrix
from crosscheck.corpus import Corpus
from crosscheck.records import Claim

# Auxiliaries and reporting verbs: the shape of a sentence, not what it says.
_SHAPE_WORDS = frozenset(
    "did does do doe has have had was were is are be been being will would could should may"
    " might must can said say says told tell added add stated state noted note also".split()
)
_SYNONYMS = [
    "begin start commence launch",
    "say state tell add note stress affirm",
    "meet hold convene",
    "kill slay",
    "die perish",
    "arrest detain apprehend",
    "charge indict",
    "attack strike hit target bomb",
    "announce declare unveil",
    "reveal disclose",
    "confirm acknowledge",
    "sign conclude",
    "visit tour",
    "injure wound hurt",
    "resign quit",
    "leave depart exit",
    "win clinch",
    "discuss address",
    "warn caution",
    "reject refuse",
]
_VERB_CLASS = {verb: words.split()[0] for words in _SYNONYMS for verb in words.split()}
_OPPOSED_VERBS = [
    (
        frozenset("rise increase gain climb surge rally grow jump soar rebound".split()),
        frozenset("fall drop decline plunge lose slump sink shrink tumble slide".split()),
    ),
    (frozenset("win".split()), frozenset("lose".split())),
    (frozenset("accept approve agree endorse".split()), frozenset("reject refuse veto".split())),
    (frozenset("confirm admit".split()), frozenset("deny".split())),
    (frozenset("open".split()), frozenset("close".split())),
    (frozenset("arrive".split()), frozenset("leave depart".split())),
]
_NEGATION = re.compile(
    r"\b(not|never|no|none|nobody|nothing|neither|nor|without|no-one)\b|n\s?['’]\s?t\b",
    re.IGNORECASE,
)
_DENIAL = re.compile(r"\b(den(y|ies|ied|ying)|dismiss|reject|refut|rul(ed|es) out)", re.I)
_HEDGES = re.compile(r"\b(if|would|could|might|unless|whether|yet|so far)\b", re.IGNORECASE)
# Beliefs and hearsay: what is believed or reported to be is no assertion another can deny
_BELIEFS = re.compile(
    r"\b(believed|thought to|reportedly|allegedly|apparently|appears? to|seems? to|likely"
    r"|probably|possibly|perhaps)\b",
    re.IGNORECASE,
)
_EMPTY_VERBS = frozenset("say tell be have do add state note report".split())
_FACTUAL = frozenset({"asserted", "reported", "denied"})


@dataclass(frozen=True, slots=True)
class LexicalSettings:
    """How alike two claims must be to state one proposition."""

    threshold: float = 0.30
    conflict_threshold: float = 0.45
    strong_threshold: float = 0.60
    # claims whose main verbs differ (beyond synonyms) must be closer to state one proposition
    other_verb_threshold: float = 0.60
    contradiction_share: float = 0.5
    entity_weight: int = 2
    min_shared_words: int = 2
    min_shared_share: float = 0.34


@lru_cache(maxsize=1 << 17)
def _words(text: str) -> frozenset[str]:
    """The analysed words of a text, once per text: pairs of claims are judged many times."""
    return frozenset(analyse(text))


def _body(claim: Claim) -> str:
    body = claim.text
    if claim.attribution and claim.attribution in body:
        body = body.replace(claim.attribution, " ", 1)  # who said it is not what was said
    return body


@dataclass
class LexicalMatcher:
    """TF-IDF candidates per block; a judgement from similarity, values, speakers, polarity."""

    settings: LexicalSettings = field(default_factory=LexicalSettings)
    name: str = "lexical"
    _entities: dict[str, list[str]] = field(default_factory=dict)
    _names: dict[str, set[str]] = field(default_factory=dict)
    _speakers: dict[str, set[str]] = field(default_factory=dict)
    _people: dict[str, set[str]] = field(default_factory=dict)
    _similarity: dict[tuple[str, str], float] = field(default_factory=dict)

    def use_corpus(self, corpus: Corpus) -> None:
        """Read entity ids, place words and cited speakers of each claim from the corpus."""
        for claim in corpus.claims:
            article = corpus.articles[claim.article]
            ids, names, speakers, people = [], set(), set(), set()
            for index in claim.entities:
                entity = corpus.entity(claim.article, index)
                mention = article.mentions[index]
                if entity:
                    ids.append(entity)
                names.update(analyse(mention.text))
                if entity and claim.attribution and mention.text in claim.attribution:
                    speakers.add(entity)
                elif entity and mention.type == "PERSON":
                    people.add(entity)
            self._entities[claim.id] = ids
            self._names[claim.id] = names
            self._speakers[claim.id] = speakers
            self._people[claim.id] = people

    def _document(self, claim: Claim) -> str:
        tokens = ["__" + e.replace(" ", "_") for e in self._entities.get(claim.id, [])]
        return " ".join([_body(claim), *(tokens * self.settings.entity_weight)])

    def candidates(
        self, claims: Sequence[Claim], blocks: Sequence[Hashable], threshold: float
    ) -> list[Candidate]:
        """Pairs of one block whose TF-IDF cosine reaches `threshold`."""
        if len(claims) < 2:
            return []
        code: dict[Hashable, int] = {}
        labels: npt.NDArray[np.int64] = np.array(
            [code.setdefault(b, len(code)) for b in blocks], dtype=np.int64
        )
        analysed: dict[str, list[str]] = {}  # copies of a dispatch repeat a claim word for word
        documents = [self._document(c) for c in claims]
        tokens = [
            analysed[d] if d in analysed else analysed.setdefault(d, analyse(d)) for d in documents
        ]
        pairs = blocked_neighbours(tfidf_matrix(tokens), labels, threshold)
        found = []
        ids = [c.id for c in claims]
        for i, j, value in zip(
            pairs.first.tolist(), pairs.second.tolist(), pairs.similarity.tolist(), strict=True
        ):
            self._similarity[(ids[i], ids[j])] = value
            found.append(Candidate(first=i, second=j, similarity=value))
        return found

    def similarity(self, first: Claim, second: Claim) -> float:
        """The TF-IDF cosine found by `candidates`, else the overlap of their words."""
        known = self._similarity.get((first.id, second.id))
        if known is None:
            known = self._similarity.get((second.id, first.id))
        if known is not None:
            return float(known)
        a, b = _words(_body(first)), _words(_body(second))
        return len(a & b) / max(1.0, math.sqrt(len(a) * len(b)))

    def relate(self, first: Claim, second: Claim) -> Judgement:
        """SAME, CONTRADICTS (opposite truth of one proposition), RELATED or UNRELATED."""
        score = self.similarity(first, second)
        s = self.settings
        if score < s.threshold or not self._share_content(first, second):
            return Judgement(Relation.UNRELATED, score)
        if not first.predicate or not second.predicate:
            # Unparsed (non-English) sentences: neither negation nor the verb can be read, so
            # only near-identical wording with the same figures is one proposition.
            same = score >= s.strong_threshold and values_agree(first, second)
            return Judgement(Relation.SAME if same else Relation.RELATED, score)
        if not same_verb(first, second) and (
            score < s.other_verb_threshold or opposed_verbs(first, second)
        ):
            return Judgement(Relation.RELATED, score)
        if (
            not written_values_agree(first, second)
            or self._other_speakers(first, second)
            or self._other_people(first, second)
        ):
            return Judgement(Relation.RELATED, score)
        if factual(first) != factual(second) or (
            not factual(first) and first.modality != second.modality
        ):
            return Judgement(Relation.RELATED, score)  # "expected to meet" is not "met"
        if opposite(first, second):
            return Judgement(
                Relation.CONTRADICTS
                if self._contradicts(first, second, score)
                else Relation.RELATED,
                score,
            )
        return Judgement(Relation.SAME, score)

    def _contradicts(self, first: Claim, second: Claim, score: float) -> bool:
        """One proposition with opposite truth: both factual and unhedged, the same content verb
        (not a reporting verb) about the same subject, most content words shared, and the
        negation or denial visible in the words (not a parser's misreading of "didn ’ t")."""
        s = self.settings
        if not (factual(first) and factual(second)) or hedged(first) or hedged(second):
            return False
        if _BELIEFS.search(first.text) or _BELIEFS.search(second.text):
            return False
        if first.predicate != second.predicate or first.predicate in _EMPTY_VERBS:
            return False
        if score < s.conflict_threshold or not same_subject(first, second):
            return False
        if self._content_share(first, second) < s.contradiction_share:
            return False
        return visibly_negated(first) != visibly_negated(second)

    def _content_share(self, first: Claim, second: Claim) -> float:
        a, b = self._content(first, second)
        # a verb alone ("I know he will be") is no proposition another claim could deny
        if not _beyond_verb(a, first) or not _beyond_verb(b, second):
            return 0.0
        return len(a & b) / min(len(a), len(b))

    def _content(self, first: Claim, second: Claim) -> tuple[set[str], set[str]]:
        """The content words of each claim: no names, places, auxiliaries or reporting verbs."""
        # names say who and where, not what: shared names alone are no shared proposition
        names = self._names.get(first.id, set()) | self._names.get(second.id, set())
        for claim in (first, second):
            names.update(
                w for v in values_of(claim.values, "place", "participant") for w in _words(v.text)
            )
        # the main verb counts by its lemma's class: "has begun" and "has started" share it
        return (
            _content_words(first, names),
            _content_words(second, names),
        )

    def _share_content(self, first: Claim, second: Claim) -> bool:
        a, b = self._content(first, second)
        shared = len(a & b)
        if not a or not b:
            return False
        return (
            shared >= self.settings.min_shared_words
            and shared / min(len(a), len(b)) >= self.settings.min_shared_share
        )

    def _other_people(self, first: Claim, second: Claim) -> bool:
        """Each names a person the other does not ("mediated by Barrack" / "by Fidan")."""
        a, b = self._people.get(first.id, set()), self._people.get(second.id, set())
        return bool(a - b) and bool(b - a)

    def _other_speakers(self, first: Claim, second: Claim) -> bool:
        """Both put in the mouths of speakers, and not the same one (unless word for word)."""
        if _words(_body(first)) == _words(_body(second)):
            return False
        if first.speaker and second.speaker:
            return first.speaker != second.speaker
        ids_a, ids_b = self._speakers.get(first.id, set()), self._speakers.get(second.id, set())
        if ids_a and ids_b:
            return not ids_a & ids_b
        who_a = first.speaker_text or first.attribution
        who_b = second.speaker_text or second.attribution
        if not who_a or not who_b:
            return False
        return not _words(who_a) & _words(who_b)


def _beyond_verb(content: set[str], claim: Claim) -> bool:
    """Whether a claim's content words hold more than its verb (lemma and verb class)."""
    return any(w != claim.predicate and not w.startswith("__verb_") for w in content)


def hedged(claim: Claim) -> bool:
    """Conditional or uncertain wording ("would not have placed him ... if")."""
    return bool(_HEDGES.search(claim.text))


def same_subject(first: Claim, second: Claim) -> bool:
    """Whether two claims can be about one subject: the same entity, or subjects sharing a word
    ("the film's main stars" and "Ross" cannot)."""
    if first.subject_entity and second.subject_entity:
        return first.subject_entity == second.subject_entity
    if not first.subject or not second.subject:
        return True
    return bool(_words(first.subject) & _words(second.subject))


def visibly_negated(claim: Claim) -> bool:
    """Whether the words say the proposition is false: an odd number of negations, or a denial
    verb when the claim is reported as denied."""
    negations = len(_NEGATION.findall(claim.text)) % 2 == 1
    return negations != (claim.modality == "denied" and bool(_DENIAL.search(claim.text)))


def is_negated(claim: Claim) -> bool:
    """Whether the claim says its proposition is false: negated, or reported as denied (a
    denied negation, "X denied that Y did not attend", affirms). The extractor already folds
    the denial into the polarity (`claims/extract.py`): folding it again would undo it."""
    return claim.polarity == "negative"


def factual(claim: Claim) -> bool:
    """Whether the claim states what is or was, rather than what is expected or demanded."""
    return claim.modality in _FACTUAL


def _content_words(claim: Claim, names: set[str]) -> set[str]:
    verb = _verb(claim)
    words = set(_own_content_words(_body(claim), verb).difference(names))
    if verb and verb not in _EMPTY_VERBS:
        words.add(f"__verb_{verb}")
    return words


@lru_cache(maxsize=1 << 16)
def _own_content_words(body: str, verb: str) -> frozenset[str]:
    """The body's words without the shape words, nor, when the verb counts, the words of its
    class (the verb stands for them): what is left once names are taken out, per claim once."""
    words = set(_words(body)) - _SHAPE_WORDS
    if verb and verb not in _EMPTY_VERBS:
        words = {w for w in words if _VERB_CLASS.get(w) != verb}
    return frozenset(words)


def _verb(claim: Claim) -> str:
    verb = claim.predicate.split()[0] if claim.predicate else ""
    return _VERB_CLASS.get(verb, verb)


def same_verb(first: Claim, second: Claim) -> bool:
    """The same main verb, or two verbs news uses for one act ("begin" / "start")."""
    return _verb(first) == _verb(second)


def opposed_verbs(first: Claim, second: Claim) -> bool:
    """Main verbs of opposite sense ("fell" / "rose"): not one proposition, whatever the
    words they share."""
    a = first.predicate.split()[0] if first.predicate else ""
    b = second.predicate.split()[0] if second.predicate else ""
    return any((a in x and b in y) or (a in y and b in x) for x, y in _OPPOSED_VERBS)


def opposite(first: Claim, second: Claim) -> bool:
    """One claim affirms what the other negates or denies."""
    return is_negated(first) != is_negated(second)


register_matcher("lexical", LexicalMatcher)
