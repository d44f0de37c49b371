"""Mention records for coreference and what the resolver reads off each one.

A mention is classified as a proper name, a nominal ("the Syrian president"), a pronoun, or
other (verbs, numbers); names get their name words, nominals their restrictive modifiers,
pronouns their person/number/gender.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from crosscheck.annotate.gazetteer import country_of
from crosscheck.resolve.names import fold, name_tokens


class Kind(Enum):
    """What sort of phrase a mention is."""

    NAME = "name"
    NOMINAL = "nominal"
    PRONOUN = "pronoun"
    OTHER = "other"


@dataclass(frozen=True)
class Pronoun:
    """Agreement features of a pronoun: person (1-3), plural, gender ("m", "f", "n" or "")."""

    person: int
    plural: bool | None
    gender: str


_PRONOUNS: dict[str, Pronoun] = {
    **dict.fromkeys(("i", "me", "my", "mine", "myself"), Pronoun(1, False, "")),
    **dict.fromkeys(("we", "us", "our", "ours", "ourselves"), Pronoun(1, True, "")),
    **dict.fromkeys(("you", "your", "yours", "yourself", "yourselves"), Pronoun(2, None, "")),
    **dict.fromkeys(("he", "him", "his", "himself"), Pronoun(3, False, "m")),
    **dict.fromkeys(("she", "her", "hers", "herself"), Pronoun(3, False, "f")),
    **dict.fromkeys(("it", "its", "itself"), Pronoun(3, False, "n")),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves"), Pronoun(3, True, "")),
}
RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_LINKERS = frozenset({"of", "&", "and", "de", "for"})
_EDGE = re.compile(r"^\W+|\W+$")
_NOT_TITLES = frozenset(
    "the a an and or of to in on at by for from with as said says told says that this its his"
    " her their former late new".split()
)

_PERSON_NOUNS = frozenset(
    "man woman boy girl child mother father son daughter wife husband brother sister mom dad"
    " victim suspect official spokesman spokeswoman police officer president minister leader"
    " boss chief star actress actor singer player coach driver gunman guard doctor judge"
    " teenager friend partner attorney lawyer owner resident witness candidate senator".split()
)
_PERSON_SUFFIXES = ("er", "or", "ist", "ess", "ian", "ant", "ent")
_NAME_TITLES = frozenset("ceo secretary general chancellor pope king queen prince".split())
# Organisation nouns that stand before a name as its title ("automaker General Motors").
_ORG_TITLES = frozenset(
    "company firm group airline bank agency network party band team club giant brand outlet"
    " newspaper organization organisation union coalition alliance militia conglomerate".split()
)


def is_person_noun(lemma: str) -> bool:
    """Whether a common-noun lemma likely names a person ("actress", "gunman", "official")."""
    return (
        lemma in _PERSON_NOUNS
        or lemma.endswith(("man", "woman"))
        or (len(lemma) > 4 and lemma.endswith(_PERSON_SUFFIXES))
    )


def _is_title_word(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in _NOT_TITLES


@dataclass(frozen=True)
class CorefMention:
    """One mention to resolve.

    ``tokens`` are the mention's words and ``head`` indexes its syntactic head among them.
    ``lemmas``, ``tags`` (Penn Treebank) and ``ent_types`` (spaCy/OntoNotes labels such as
    PERSON, ORG, GPE) are per token and optional; without tags, capitalisation decides what is
    a name. ``group`` is the document cluster (topic) if known: mentions are linked only
    inside one group. ``sentence`` and ``start`` order mentions within their document;
    ``context``, the sentence's tokens (mention at ``start``), lets titles and appositions
    around a name be read ("actress Lindsay Lohan", "Microsoft, the software giant,").
    """

    doc_id: str
    tokens: tuple[str, ...]
    head: int = -1
    lemmas: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    ent_types: tuple[str, ...] = ()
    group: str | None = None
    sentence: int = 0
    start: int = 0
    entity_type: str | None = None
    context: tuple[str, ...] = ()

    @cached_property
    def head_index(self) -> int:
        """The head's index (the last token when none was given)."""
        return self.head if 0 <= self.head < len(self.tokens) else len(self.tokens) - 1

    def _lemma(self, i: int) -> str:
        word = self.lemmas[i] if i < len(self.lemmas) and self.lemmas[i] else self.tokens[i]
        return _EDGE.sub("", fold(word)) or fold(word)

    def _tag(self, i: int) -> str:
        return self.tags[i] if i < len(self.tags) else ""

    @cached_property
    def head_lemma(self) -> str:
        """Folded lemma of the head word, edge punctuation removed."""
        return self._lemma(self.head_index) if self.tokens else ""

    @cached_property
    def kind(self) -> Kind:
        """Name, nominal, pronoun or other, from the head's tag (or its shape without tags)."""
        if not self.tokens:
            return Kind.OTHER
        h = self.head_index
        lemma = self.head_lemma
        word = _EDGE.sub("", self.tokens[h])
        shouted = len(word) > 1 and word.isupper()  # "US", "IT": acronyms, not pronouns
        if (lemma in _PRONOUNS or lemma in RELATIVES) and len(self.tokens) <= 2 and not shouted:
            return Kind.PRONOUN
        tag = self._tag(h)
        if tag in _NAME_TAGS or (not tag and word[:1].isupper() and (h > 0 or word.isupper())):
            return Kind.NAME
        if tag in _NOUN_TAGS or not tag:
            return Kind.NOMINAL
        return Kind.OTHER

    @cached_property
    def pronoun(self) -> Pronoun | None:
        """Agreement features when the mention is a personal pronoun."""
        return _PRONOUNS.get(self.head_lemma) if self.kind is Kind.PRONOUN else None

    @cached_property
    def name_span(self) -> tuple[int, int]:
        """Token range of the proper-name run around the head ("Bank of America")."""
        h = self.head_index
        if self.kind is not Kind.NAME:
            return h, h + 1

        def is_name(i: int) -> bool:
            tag = self._tag(i)
            return tag in _NAME_TAGS if tag else self.tokens[i][:1].isupper()

        start, end = h, h + 1
        while start > 0 and is_name(start - 1):
            start -= 1
        while end < len(self.tokens):
            if is_name(end):
                end += 1
            elif (
                self.tokens[end].lower() in _LINKERS
                and end + 1 < len(self.tokens)
                and is_name(end + 1)
            ):
                end += 2
            else:
                break
        return start, end

    @cached_property
    def name(self) -> tuple[str, ...]:
        """Folded words of the proper name (articles and punctuation dropped)."""
        start, end = self.name_span
        return name_tokens(" ".join(self.tokens[start:end]))

    @cached_property
    def written_acronym(self) -> str:
        """The name as an acronym when it is written like one ("UN", "U.S.", "GM"), else ""."""
        start, end = self.name_span
        if end - start != 1:
            return ""
        word = self.tokens[start].replace(".", "")
        if 2 <= len(word) <= 6 and word.isalpha() and word.isupper():
            return word.lower()
        return ""

    @cached_property
    def modifiers(self) -> frozenset[str]:
        """Restrictive modifiers before the head: proper names, demonyms and numbers.

        "the Syrian president" -> {"syria"}; "Apple CEO" -> {"apple"}; "the president" -> {}.
        Demonyms and country names map to the country, so "US" and "American" agree.
        """
        found = set()
        start = self.name_span[0]
        for i in range(start):
            word = _EDGE.sub("", self.tokens[i])
            tag = self._tag(i)
            proper = tag in _NAME_TAGS or (tag == "JJ" and word[:1].isupper())
            if not word or not (proper or tag == "CD"):
                continue
            country = country_of(word)
            found.add(fold(country) if country else fold(word))
        return frozenset(found)

    @cached_property
    def title_words(self) -> frozenset[str]:
        """Common nouns that describe a name: the noun right before it in the mention
        ("aircraft manufacturer Boeing" -> "manufacturer", not a possessor as in "the company 's
        iPhone"), role words inside it ("President Bashar al-Assad"), the role noun before it
        in the sentence ("actress Lindsay Lohan") or an apposition after it ("Microsoft, the
        software giant,")."""
        if self.kind is not Kind.NAME:
            return frozenset()
        start = self.name_span[0]
        # A possessor is no title: "the company 's iPhone".
        after_possessor = max((i + 1 for i in range(start) if self._tag(i) == "POS"), default=0)
        found = {
            self._lemma(i)
            for i in range(max(after_possessor, start - 1), start)
            if self._tag(i) in {"NN", "NNS"} or not self.tags
        }
        # Capitalised titles are tagged as part of the name: "President Bashar al-Assad".
        found.update(w for w in self.name[:-1] if is_person_noun(w) or w in _NAME_TITLES)
        if self.head_entity_type not in {"PERSON", "ORG"}:
            return frozenset(found)
        if start == 0 and self.context:
            found.update(self._title_before())
        end = self.start + len(self.tokens)
        after = self.context[end : end + 6]
        if len(after) >= 3 and after[0] == "," and after[1].lower() in {"the", "a", "an"}:
            words = list(itertools.takewhile(_is_title_word, after[2:]))
            if words and len(words) < len(after) - 2 and after[2 + len(words)] in {",", "."}:
                found.add(fold(words[-1]))
        return frozenset(found)

    def _title_before(self) -> set[str]:
        """The role noun just before the mention in its sentence: "actress" in "actress Lindsay
        Lohan", not "into" in "checked into Betty Ford Center"."""
        word = fold(self.context[self.start - 1]) if self.start > 0 else ""
        if _is_title_word(word) and (is_person_noun(word) or word in _ORG_TITLES):
            return {word}
        return set()

    @cached_property
    def plural(self) -> bool:
        """Whether the head is a plural noun."""
        return self._tag(self.head_index) in {"NNS", "NNPS"}

    @cached_property
    def head_entity_type(self) -> str:
        """The given entity type, else the NER label on the head token, else ""."""
        if self.entity_type:
            return self.entity_type
        h = self.head_index
        return self.ent_types[h] if h < len(self.ent_types) else ""
