"""A name with the next word glued on by a lost space: "Nicolas Maduroas indicated" for
"Nicolas Maduro as", "Pedro Sánchezà la tête" for "Pedro Sánchez à".

Scraped and machine-translated texts lose spaces; the tagger then reads the following short
word as the end of the name. A name form joins the entity of the form without that ending when
all of this holds:

- the ending is a short function word of English, French, Spanish or Italian (`GLUED_WORDS`),
  written as such; a bare "a", "e", "o" or "s" is not one (they make other names: "Paul" /
  "Paula", "Daniel" / "Daniele");
- the name has two words or more, and its last word is at least four letters without the
  ending;
- the form without the ending is a name of the story, of the same family (person, place,
  other), written at least twice as often as the glued form, which is rare (at most two
  mentions): the story repeats the right name.
"""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.records import EntityType
from crosscheck.resolve.names import fold
from crosscheck.resolve.state import MentionKey, MergeState
from crosscheck.resolve.typos import StoryForms

__all__ = ["GLUED_WORDS", "link_glued_words"]

# Short function words that follow a name in running text (as written, folded for the
# comparison): English, French, Spanish, Italian prepositions, conjunctions and articles.
GLUED_WORDS = (
    "as", "at", "in", "on", "to", "of", "is", "was", "has", "and", "à", "de", "en", "et",
    "la", "le", "les", "du", "des", "el", "del", "los", "y", "con", "di", "da", "il",
)  # fmt: skip
_MIN_BASE_LETTERS = 4
_MAX_RARE = 2
_MIN_RATIO = 2


def unglued(written: str) -> list[str]:
    """The folded forms ``written`` may be with a glued function word taken off its last word
    ("Nicolas Maduroas" -> ["nicolas maduro"])."""
    words = written.split()
    if len(words) < 2:
        return []
    last = words[-1]
    found = []
    for glued in GLUED_WORDS:
        base = last[: -len(glued)]
        if last.endswith(glued) and len(base) >= _MIN_BASE_LETTERS and base[-1].isalpha():
            found.append(" ".join(fold(" ".join([*words[:-1], base])).replace("-", " ").split()))
    return found


def link_glued_words(
    keys: Sequence[MentionKey],
    text_of: dict[MentionKey, str],
    types: dict[MentionKey, EntityType],
    state: MergeState,
) -> None:
    """Join each rare name form with a function word glued to its end to the entity of the
    form without it (the module's rules)."""
    story = StoryForms(keys, text_of, types, state)
    for form, form_keys in sorted(story.keys_of.items()):
        if len(form_keys) > _MAX_RARE:
            continue
        written = state.written.get(form_keys[0], text_of[form_keys[0]])
        bases = [b for b in unglued(written) if b in story.keys_of and b != form]
        roots = {story.root(b) for b in bases}
        if len(roots) != 1 or story.root(form) in roots:
            continue
        base = bases[0]
        if story.family(form) != story.family(base):
            continue
        if story.size[story.root(base)] < _MIN_RATIO * story.size[story.root(form)]:
            continue
        target = story.keys_of[base][0]
        state.merge(
            target,
            form_keys[0],
            "glued word",
            (text_of[target], text_of[form_keys[0]]),
            0.8,
            "a name the story writes far more often, with a short word glued to its end",
        )
