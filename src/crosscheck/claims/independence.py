"""How many independent origins stand behind a set of claims that state one proposition.

Each claim has an origin key (`Corpus.origin`: the cited source, else the agency the article
relays, else the outlet with its near-duplicate copies). Claims whose sentences are worded as
copies of one text are one origin too, whatever the outlets and credits say: a sentence that
shares a long run of words with another outlet's, or most of its words in the same order, was
rewritten from one dispatch (a ministry's statement relayed by two national agencies, one
agency's text republished without its credit). Independent reporters do not write the same
twelve words in the same order, nor two distinctive phrases of one passage in one sentence
(`claims.rewrite`: a story reworked without its credit)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from crosscheck.claims.credits import agency_origin
from crosscheck.claims.echo import QuotedWording
from crosscheck.claims.rewrite import passage_around, rewritten_from
from crosscheck.claims.speech_acts import speaking_mention
from crosscheck.corpus import Corpus
from crosscheck.records import Claim
from crosscheck.resolve.union_find import UnionFind

# A run of this many words in the same order is copied text (a stock phrase is shorter).
COPIED_RUN = 12
# Or this share of the shorter sentence's words, in order, with at least MIN_SHARED of them.
COPIED_SHARE = 0.6
MIN_SHARED = 10
# Which key names a merged origin: the source cited before the relaying agency before the outlet.
_RANK = ("entity:", "named:", "body:", "document:", "media:", "anon:", "agency:")


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def copied_wording(first: str, second: str) -> bool:
    """Whether two sentences read as copies of one text: a long run of the same words, or most
    of the shorter one's words in the same order."""
    a, b = _words(first), _words(second)
    if not a or not b:
        return False
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    # a stock phrase ("the strongest earthquake to hit the country in a century") is a long run
    # too: alone it makes a copy only when it is too long for a stock phrase
    if matcher.find_longest_match(0, len(a), 0, len(b)).size >= COPIED_RUN:
        return True
    shared = sum(block.size for block in matcher.get_matching_blocks())
    return shared >= MIN_SHARED and shared >= COPIED_SHARE * min(len(a), len(b))


def copied_run(first: str, second: str) -> bool:
    """Whether two sentences share a run of `COPIED_RUN` words in the same order: copied text
    for certain, where most words in order may also be two reports of one short fact."""
    a, b = _words(first), _words(second)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return bool(a and b) and matcher.find_longest_match(0, len(a), 0, len(b)).size >= COPIED_RUN


def claim_sentence(claim: Claim, corpus: Corpus) -> str:
    """The whole sentence the claim was read from (its own text when the sentence is unknown)."""
    if claim.sentence_start is None or claim.sentence_end is None:
        return claim.text
    text = corpus.articles[claim.article].article.text
    return text[claim.sentence_start : claim.sentence_end] or claim.text


def claim_passage(claim: Claim, corpus: Corpus) -> str:
    """The claim's sentence with the text around it in its article."""
    if claim.sentence_start is None or claim.sentence_end is None:
        return claim.text
    text = corpus.articles[claim.article].article.text
    return passage_around(text, claim.sentence_start, claim.sentence_end)


def _one_text(first: Claim, second: Claim, corpus: Corpus) -> bool:
    """Whether two claims' sentences are copies of one text, or one rewrites the other's."""
    one, other = claim_sentence(first, corpus), claim_sentence(second, corpus)
    if copied_wording(one, other):
        return True
    if first.article == second.article:
        return False
    return rewritten_from(one, claim_passage(second, corpus)) or rewritten_from(
        other, claim_passage(first, corpus)
    )


# Origin keys of an outlet's own reporting, and of a named person speaking.
_OWN = ("outlet:", "article:")
_SPEAKER = ("named:", "entity:person:")


def _paraphrases_speaker(own: Claim, speaker: Claim, corpus: Corpus) -> bool:
    """Whether a claim in the outlet's own voice borrows the words of a named speaker's claim
    (`claims.echo`)."""
    wording = corpus.memo.get("quoted_wording")
    if not isinstance(wording, QuotedWording):
        wording = QuotedWording({aid: a.article.text for aid, a in corpus.articles.items()})
        corpus.memo["quoted_wording"] = wording
    return wording.echoes_speaker(
        claim_sentence(own, corpus), claim_sentence(speaker, corpus), own.article
    )


def _borrowed(first: tuple[Claim, str], second: tuple[Claim, str], corpus: Corpus) -> bool:
    for (own, own_key), (speaker, speaker_key) in ((first, second), (second, first)):
        if own_key.startswith(_OWN) and speaker_key.rpartition(">")[2].startswith(_SPEAKER):
            return own.article != speaker.article and _paraphrases_speaker(own, speaker, corpus)
    return False


def _rank(key: str) -> tuple[int, str]:
    head = key.rpartition(">")[2]
    order = next((i for i, prefix in enumerate(_RANK) if head.startswith(prefix)), len(_RANK))
    return order, key


# Origin keys that name who carried a claim, not who said it.
_CARRIERS = ("outlet:", "article:", "agency:")


def claim_origin(claim: Claim, corpus: Corpus) -> str:
    """The claim's origin key (`Corpus.origin`), or its speaker when the key only names the
    outlet or agency that carried it and the claim is put in the mouth of a resolved entity
    ("..., the Russian president said" after naming Putin) or its sentence reports someone
    speaking ("Putin praised Prigozhin as ...", `claims.speech_acts`): two outlets reporting one
    remark rest on one speaker, whichever words they use to name him. A body's spokesperson or
    press service is the body."""
    key = corpus.origin(claim)
    if not key.rpartition(">")[2].startswith(_CARRIERS):
        return _ROLE.sub("", key)
    if not claim.speaker:
        return sentence_speaker(claim, corpus) or key
    speaker = corpus.entities.get(claim.speaker)
    # an agency named as the speaker ("Maghreb Arabe Press reported") is that agency's relay
    wire = agency_origin(speaker.name) if speaker is not None else None
    return wire or f"entity:{claim.speaker}"


# "the police spokesperson", "the governor's press service": the body itself speaks
_ROLE = re.compile(
    r"(?:'s)?\s+(?:spokes(?:person|man|woman|people|persons)|press\s+(?:service|office|secretary)"
    r"|statement)$"
)


def sentence_speaker(claim: Claim, corpus: Corpus) -> str | None:
    """The origin key of the resolved entity the claim's sentence reports as speaking, or
    None."""
    if claim.sentence_start is None or claim.sentence_end is None:
        return None
    annotated = corpus.articles[claim.article]
    index = speaking_mention(
        annotated.article.text, claim.sentence_start, claim.sentence_end, annotated.mentions
    )
    if index is None:
        return None
    # an unresolved mention may be a stray word the tagger took for a name ("Russian")
    entity = corpus.entity(claim.article, index)
    return f"entity:{entity}" if entity is not None else None


def origin_groups(claims: Sequence[Claim], corpus: Corpus) -> list[tuple[str, list[int]]]:
    """The claims (by index) grouped by shared origin: one group per set of claims that share
    an origin key or whose sentences are copies of one text, each named by its most specific
    key (the cited source before the relaying agency before the outlet)."""
    keys = [claim_origin(c, corpus) for c in claims]
    groups = UnionFind(len(claims))
    first_of: dict[str, int] = {}
    for i, key in enumerate(keys):
        groups.union(first_of.setdefault(key, i), i)
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if groups.find(i) != groups.find(j) and (
                _one_text(claims[i], claims[j], corpus)
                or _borrowed((claims[i], keys[i]), (claims[j], keys[j]), corpus)
            ):
                groups.union(i, j)
    members: dict[int, list[int]] = {}
    for i in range(len(claims)):
        members.setdefault(groups.find(i), []).append(i)
    named = [(min((keys[i] for i in group), key=_rank), group) for group in members.values()]
    return sorted(named)


def independent_origins(claims: Sequence[Claim], corpus: Corpus) -> list[str]:
    """The distinct origins behind the claims, sorted: one key per group of claims that share
    an origin key or whose sentences are copies of one text (`origin_groups`)."""
    return sorted({key for key, _ in origin_groups(claims, corpus)})
