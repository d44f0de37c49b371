"""Misspelled long names: "Marrkech" in one report of a story that writes "Marrakech" a
dozen times.

A name form joins the entity of a form one edit away (a letter added, dropped, changed or two
letters swapped) when all of this holds, so that two real names that differ by a letter stay
apart:

- the word that differs has at least 7 letters (the whole name too), and no digits or capitals
  only: "Mohammed V" and "Mohammed VI", "Resolution 2231" and "2232", "IRNA" and "ISNA" are
  other names; nor is it the other's plural ("Iranian" / "Iranians");
- the misspelled form is rare (at most two mentions) and the other's entity is written at
  least three times as often: the correct spelling is the one the story repeats;
- exactly one entity of the story has a form one edit away, and no article writes both
  forms (a writer who spells a name both ways in one text means two names: "Magnus Carlson
  watched Magnus Carlsen");
- the gazetteer does not know the misspelled form (a known place is not a misspelling of
  another: "Austria" is not "Australia");
- a person's name has at least two words (a surname alone may be another family's: "Barak"
  and "Barrack" are two people);
- both are typed alike, or the correctly spelled entity is a place the gazetteer knows (the
  tagger types an unknown word at random; the gazetteer knowing its spelling is the evidence).

A full name also joins one that has a long word (ten letters or more) written with the same
letters, one or two moved ("Vassilis Varthakogiannis" / "Vassilis Vathrakogiannis"), whatever
their counts: the other words agree, the two are of one family, no article writes both, and
no third entity has the same letters.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from rapidfuzz.distance import OSA

from crosscheck.annotate.gazetteer import country_of
from crosscheck.annotate.places_gazetteer import english_place_name, is_known_place
from crosscheck.records import EntityType
from crosscheck.resolve.names import fold
from crosscheck.resolve.state import MentionKey, MergeState

_MIN_LETTERS = 7
_MAX_RARE = 2
_MIN_RATIO = 3
_PLACES = ("GPE", "LOC")


def _family(entity_type: EntityType) -> str:
    if entity_type in _PLACES:
        return "PLACE"
    return "PERSON" if entity_type == "PERSON" else "NAMED"


def _known_place(form: str) -> bool:
    return bool(country_of(form) or is_known_place(form) or english_place_name(form))


def _deletions(form: str) -> set[str]:
    """The form and every form with one letter left out: two forms one edit apart (a letter
    added, dropped, changed or two swapped) share one of them, so that only those are
    compared."""
    return {form} | {form[:i] + form[i + 1 :] for i in range(len(form))}


def _one_word_differs(a: str, b: str) -> bool:
    """The two forms differ in one word of at least `_MIN_LETTERS` letters."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    differing = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    plural = x.rstrip("s") == y.rstrip("s")  # "Iranian" / "Iranians": a plural, not a slip
    return min(len(x), len(y)) >= _MIN_LETTERS and not plural


class StoryForms:
    """The story's name forms, their entities, counts and types."""

    def __init__(
        self,
        keys: Sequence[MentionKey],
        text_of: dict[MentionKey, str],
        types: dict[MentionKey, EntityType],
        state: MergeState,
    ) -> None:
        self.keys_of: dict[str, list[MentionKey]] = defaultdict(list)
        for key in keys:
            written = state.written.get(key, text_of[key])
            if written.isupper() or any(ch.isdigit() for ch in written):
                continue
            self.keys_of[" ".join(fold(text_of[key]).replace("-", " ").split())].append(key)
        self.state = state
        self.types = types
        self.size: Counter[MentionKey] = Counter(state.uf.find(k) for k in keys)
        self.places: set[MentionKey] = {
            state.uf.find(ks[0]) for form, ks in self.keys_of.items() if _known_place(form)
        }

    def root(self, form: str) -> MentionKey:
        return self.state.uf.find(self.keys_of[form][0])

    def family(self, form: str) -> str:
        (winner, _), *_ = Counter(_family(self.types[k]) for k in self.keys_of[form]).most_common(1)
        return winner

    def may_join(self, rare: str, common: str) -> bool:
        """Whether ``rare`` may be a misspelling of ``common`` (the rules above)."""
        rare_root, common_root = self.root(rare), self.root(common)
        if rare_root == common_root or len(self.keys_of[rare]) > _MAX_RARE:
            return False
        if self.size[common_root] < _MIN_RATIO * self.size[rare_root] or _known_place(rare):
            return False
        if {k[0] for k in self.keys_of[rare]} & {k[0] for k in self.keys_of[common]}:
            return False  # one writer, both spellings: two names
        family = self.family(rare)
        if family == "PERSON" and len(rare.split()) < 2:
            return False
        return family == self.family(common) or common_root in self.places


def link_misspellings(
    keys: Sequence[MentionKey],
    text_of: dict[MentionKey, str],
    types: dict[MentionKey, EntityType],
    state: MergeState,
) -> None:
    """Join each rare misspelled name form (``keys``: the story's name mentions) to the one
    entity whose form it misspells."""
    story = StoryForms(keys, text_of, types, state)
    forms = sorted(f for f in story.keys_of if len(f.replace(" ", "")) >= _MIN_LETTERS)
    by_deletion: dict[str, set[str]] = defaultdict(set)
    for form in forms:
        for variant in _deletions(form):
            by_deletion[variant].add(form)
    for rare in forms:
        candidates = set().union(*(by_deletion[v] for v in _deletions(rare))) - {rare}
        near = sorted(
            other
            for other in candidates
            if _one_word_differs(rare, other) and OSA.distance(rare, other, score_cutoff=1) <= 1
        )
        own = story.root(rare)
        near = [other for other in near if story.root(other) != own]
        roots = {story.root(other) for other in near}
        if len(roots) != 1 or not story.may_join(rare, near[0]):
            continue
        target, key = story.keys_of[near[0]][0], story.keys_of[rare][0]
        state.merge(
            target,
            key,
            "misspelling",
            (text_of[target], text_of[key]),
            0.8,
            "one letter from a name the story writes far more often, and from no other",
        )


# a long word whose letters are all there but one or two moved ("Varthakogiannis" /
# "Vathrakogiannis"): a slip of the typing hand; two real surnames of this length with the
# same letters and the same given name are not met with
_MIN_MOVED_LETTERS = 10
_MAX_MOVED_EDITS = 2


def _moved_key(form: str) -> tuple[str, ...] | None:
    """A full name with the letters of each long word sorted; None for other forms."""
    words = form.split()
    if len(words) < 2 or not any(len(w) >= _MIN_MOVED_LETTERS for w in words):
        return None
    return tuple("".join(sorted(w)) if len(w) >= _MIN_MOVED_LETTERS else w for w in words)


def link_moved_letters(
    keys: Sequence[MentionKey],
    text_of: dict[MentionKey, str],
    types: dict[MentionKey, EntityType],
    state: MergeState,
) -> None:
    """Join two full names that differ in one long word (ten letters or more) written with
    the same letters, one or two moved, of the same family, when no article writes both
    and no third entity has those letters."""
    story = StoryForms(keys, text_of, types, state)
    by_letters: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for form in sorted(story.keys_of):
        if (letters := _moved_key(form)) is not None:
            by_letters[letters].append(form)
    for forms in by_letters.values():
        if len({story.root(f) for f in forms}) != 2:
            continue
        first = forms[0]
        other = next(f for f in forms if story.root(f) != story.root(first))
        words = [(x, y) for x, y in zip(first.split(), other.split(), strict=True) if x != y]
        if len(words) != 1 or OSA.distance(*words[0]) > _MAX_MOVED_EDITS:
            continue
        if {k[0] for k in story.keys_of[first]} & {k[0] for k in story.keys_of[other]}:
            continue  # one writer, both spellings: two names
        if story.family(first) != story.family(other):
            continue
        target, key = story.keys_of[first][0], story.keys_of[other][0]
        state.merge(
            target,
            key,
            "misspelling",
            (text_of[target], text_of[key]),
            0.8,
            "the same full name with one or two letters of a long word moved",
        )
