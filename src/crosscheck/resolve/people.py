"""Resolution of people: full names blocked by surname, bare surnames attached to the one
person they can name, bare names that are spelling variants of each other."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.dropped_consonants import link_dropped_consonants
from crosscheck.resolve.iberian_surnames import link_second_surnames
from crosscheck.resolve.name_starts import link_name_starts
from crosscheck.resolve.names import (
    full_names_compatible,
    given_name_honorific,
    joined_surname,
    name_tokens,
    person_name_tokens,
    respaced_names,
    same_surname,
    similar_words,
    skeleton,
    spaced_names_compatible,
    surname_key,
)
from crosscheck.resolve.prefixes import (
    MergeEvidenceSpec,
    join_to_one_longer,
    link_name_prefixes,
)
from crosscheck.resolve.regnal_names import link_regnal_names
from crosscheck.resolve.slavic_romanisation import slavic_key
from crosscheck.resolve.state import MentionKey, MergeState
from crosscheck.resolve.title_spellings import link_title_spellings
from crosscheck.resolve.written_full_names import names_another_person


def resolve_people(
    articles: Sequence[AnnotatedArticle],
    keys: list[MentionKey],
    text_of: dict[MentionKey, str],
    state: MergeState,
) -> None:
    """Join the mentions of each person (PERSON-typed name mentions ``keys``) in ``state``."""
    full = [k for k in keys if len(person_name_tokens(text_of[k])) >= 2]
    short = [k for k in keys if len(person_name_tokens(text_of[k])) == 1]
    by_surname = _join_full_names(full, text_of, state)
    link_name_prefixes(full, text_of, state)
    link_title_spellings(articles, full, text_of, state)
    link_name_starts(articles, full, text_of, state)
    link_second_surnames(articles, full, text_of, state)
    link_dropped_consonants(keys, text_of, state)
    alone = _attach_bare_names(articles, full, short, by_surname, text_of, state)
    _join_bare_variants(alone, text_of, state)
    link_regnal_names(articles, full, short, text_of, state)


def _join_full_names(
    full: list[MentionKey], text_of: dict[MentionKey, str], state: MergeState
) -> dict[str, list[MentionKey]]:
    """Step 1: full names, blocked by surname key, joined when first and last names agree."""
    by_surname: dict[str, list[MentionKey]] = defaultdict(list)
    joined: dict[str, list[MentionKey]] = defaultdict(list)
    by_romanised: dict[str, list[MentionKey]] = defaultdict(list)
    for k in full:
        tokens = person_name_tokens(text_of[k])
        by_surname[surname_key(tokens[-1])].append(k)
        joined[surname_key(joined_surname(tokens)[-1])].append(k)
        by_romanised[slavic_key(tokens[-1])].append(k)
    _join_spacing_variants(by_surname, joined, text_of, state)
    # a surname in two languages' spellings ("Prigozhin" / "Prigojine") has two skeletons
    respelt = [b for b in by_romanised.values() if len({_surname_of(k, text_of) for k in b}) > 1]
    for block in [*by_surname.values(), *respelt]:
        forms: dict[tuple[str, ...], MentionKey] = {}
        for k in block:
            forms.setdefault(person_name_tokens(text_of[k]), k)
        for k in block:
            first = forms[person_name_tokens(text_of[k])]
            # same name: evidence only when written differently (a respelled French form)
            state.merge(first, k, "same name", (text_of[first], text_of[k]), 1.0, "the same name")
        items = list(forms.items())
        for i, (tok_a, key_a) in enumerate(items):
            for tok_b, key_b in items[i + 1 :]:
                ok, kind, score = full_names_compatible(tok_a, tok_b)
                if not ok:
                    ok, score = respaced_names(tok_a, tok_b)
                    kind = "name spacing"
                if ok:
                    state.merge(
                        key_a,
                        key_b,
                        kind,
                        (text_of[key_a], text_of[key_b]),
                        score,
                        f"first and last names agree as {kind} variants",
                    )
        _link_name_endings(forms, text_of, state)
    return by_surname


def _surname_of(key: MentionKey, text_of: dict[MentionKey, str]) -> str:
    return surname_key(person_name_tokens(text_of[key])[-1])


def _join_spacing_variants(
    by_surname: dict[str, list[MentionKey]],
    joined: dict[str, list[MentionKey]],
    text_of: dict[MentionKey, str],
    state: MergeState,
) -> None:
    """ "Kazem Gharib Abadi" (a surname in two words) meets "Kazem Gharibabadi" (in one): a
    name's last two words joined are looked up among the one-word surnames."""
    for key, spaced in joined.items():
        for a in spaced:
            tokens_a = person_name_tokens(text_of[a])
            if len(tokens_a) < 3:
                continue
            for b in by_surname.get(key, ()):
                ok, score = spaced_names_compatible(tokens_a, person_name_tokens(text_of[b]))
                if ok:
                    state.merge(
                        a,
                        b,
                        "surname spacing",
                        (text_of[a], text_of[b]),
                        score,
                        "the same surname written as one word and as two",
                    )


_MIN_GIVEN_NAME = 4
_MIN_GIVEN_NAME_WORDS = 3
_LINEAGE_WORDS = frozenset({"bin", "ibn", "bint", "ben", "abu", "ould"})
# a title written right before a bare name, outside the tagger's span ("Dr Tedros")
_TITLE_BEFORE = re.compile(r"(?:^|\s)(?:Dr|Sheikh|Shaikh|Sheik|Emir|Sayyid|Imam|Mullah)\.?\s+$")


class _Matcher:
    """Full names a bare word can name: by a later word (a surname), or by the first word
    when a given-name title preceded it ("Sheikh Tamim")."""

    def __init__(
        self, full: list[MentionKey], text_of: dict[MentionKey, str], state: MergeState
    ) -> None:
        self.person_of = {k: state.uf.find(k) for k in full}
        # mentions with the same full name are one person already: one per form is enough
        self.by_article: dict[str, dict[tuple[str, ...], MentionKey]] = defaultdict(dict)
        self.by_surname: dict[str, dict[tuple[str, ...], MentionKey]] = defaultdict(dict)
        self.by_first: dict[str, dict[tuple[str, ...], MentionKey]] = defaultdict(dict)
        self.by_romanised: dict[str, dict[tuple[str, ...], MentionKey]] = defaultdict(dict)
        self.later_words: set[str] = set()
        for k in full:
            toks = person_name_tokens(text_of[k])
            self.by_article[k[0]].setdefault(toks, k)
            self.by_surname[surname_key(toks[-1])].setdefault(toks, k)
            self.by_romanised[slavic_key(toks[-1])].setdefault(toks, k)
            self.by_first[skeleton(toks[0])].setdefault(toks, k)
            self.later_words.update(surname_key(t) for t in toks[1:])

    def by_given_name(self, word: str, titled: bool) -> set[MentionKey]:
        """The people whose name of three words or more opens with ``word``, when no name of
        the story has it in another place and the bare word follows a title ("Dr Tedros" of
        "Tedros Adhanom Ghebreyesus") or the full name is a lineage name ("Tamim" of "Tamim
        bin Hamad Al Thani"); never "Hamad" when a "Tamim bin Hamad" is named too. A bare
        first name of a Western name ("Dallas" of "Dallas Clark") is more often a place or a
        team the tagger called a person."""
        if len(word) < _MIN_GIVEN_NAME or surname_key(word) in self.later_words:
            return set()
        return {
            self.person_of[c]
            for toks, c in self.by_first.get(skeleton(word), {}).items()
            if toks[0] == word
            and len(toks) >= _MIN_GIVEN_NAME_WORDS
            and (titled or any(t in _LINEAGE_WORDS for t in toks[1:]))
        }

    def matches(
        self, word: str, forms: dict[tuple[str, ...], MentionKey], given: bool
    ) -> set[MentionKey]:
        """The people among ``forms`` the bare ``word`` can name."""
        return {
            self.person_of[c]
            for toks, c in forms.items()
            if any(same_surname(word, t)[0] for t in toks[1:])
            or (given and similar_words(word, toks[0])[0])
        }

    def in_corpus(self, word: str, given: bool) -> set[MentionKey]:
        """The people of the whole corpus the bare ``word`` can name."""
        found = self.matches(word, self.by_surname.get(surname_key(word), {}), given)
        found |= self.matches(word, self.by_romanised.get(slavic_key(word), {}), given)
        if given:
            found |= self.matches(word, self.by_first.get(skeleton(word), {}), given)
        return found


def _attach_bare_names(
    articles: Sequence[AnnotatedArticle],
    full: list[MentionKey],
    short: list[MentionKey],
    by_surname: dict[str, list[MentionKey]],
    text_of: dict[MentionKey, str],
    state: MergeState,
) -> list[MentionKey]:
    """Step 2: a bare surname joins the full name in the same article, else the only one in
    the corpus, else the one whose articles share names with this one. Returns the bare
    names left alone."""
    matcher = _Matcher(full, text_of, state)
    articles_by_id = {a.article.id: a for a in articles}
    context = _article_names(articles)
    known_with = _KnownWith(matcher.person_of, context)
    alone: list[MentionKey] = []
    for k in short:
        word = person_name_tokens(text_of[k])[0]
        given = given_name_honorific(text_of[k])
        local = matcher.matches(word, matcher.by_article.get(k[0], {}), given)
        if len(local) == 1:
            kind, score = "surname in same article", 1.0
            detail = "a bare surname refers to the full name used in the same article"
            roots = local
        elif len(local) > 1:
            alone.append(k)
            continue
        else:
            roots = _unless_named_otherwise(
                matcher.in_corpus(word, given), articles_by_id[k[0]], text_of[k], state
            )
            kind, score, detail = (
                "surname, unique in corpus",
                0.8,
                ("the only person with this surname in the corpus"),
            )
        titled = given or _titled(articles_by_id[k[0]], k[1])
        if not roots and len(given_people := matcher.by_given_name(word, titled)) == 1:
            roots = given_people
            kind, score = "given name, unique in corpus", 0.7
            detail = "the only person of the story whose full name opens with this name"
        if len(roots) != 1 and roots:
            chosen = _by_context(word, context.get(k[0], set()), roots, known_with)
            if chosen is not None:
                roots = {chosen[0]}
                kind, score = "surname, by shared context", 0.7
                detail = (
                    "of the people with this surname, only this one appears in articles"
                    f" that also name {', '.join(chosen[1][:3])}"
                )
        if len(roots) != 1:
            alone.append(k)
            continue
        root = next(iter(roots))
        if given:
            kind = kind.replace("surname", "name after a title")
        state.merge(root, k, kind, (text_of[root], text_of[k]), score, detail)
    return alone


def _unless_named_otherwise(
    roots: set[MentionKey], article: AnnotatedArticle, written: str, state: MergeState
) -> set[MentionKey]:
    """The corpus's one person with this surname, unless the bare name's own article writes
    the surname in another full name (one the tagger missed)."""
    if len(roots) != 1:
        return roots
    known = state.forms.get(state.uf.find(next(iter(roots))), set())
    surname = written.split()[-1]
    return set() if names_another_person(article.article.text, surname, known) else roots


def _titled(article: AnnotatedArticle, index: int) -> bool:
    """Whether a title used before given names is written right before the mention."""
    start = article.mentions[index].start
    return bool(_TITLE_BEFORE.search(article.article.text, max(0, start - 12), start))


def _join_bare_variants(
    alone: list[MentionKey], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """Step 3: bare names still without a full name join their spelling variants."""
    by_word: dict[str, list[MentionKey]] = defaultdict(list)
    for k in alone:
        by_word[skeleton(person_name_tokens(text_of[k])[0])].append(k)
    for block in by_word.values():
        for other in block[1:]:
            ok, score = similar_words(
                person_name_tokens(text_of[block[0]])[0], person_name_tokens(text_of[other])[0]
            )
            if ok:
                state.merge(
                    block[0],
                    other,
                    "transliteration",
                    (text_of[block[0]], text_of[other]),
                    score,
                    "same name word up to spelling",
                )


def _link_name_endings(
    forms: dict[tuple[str, ...], MentionKey], text_of: dict[MentionKey, str], state: MergeState
) -> None:
    """A full name that ends a longer one names the same person when it ends only one person's
    longer name: "Comedian Ellen DeGeneres" (a title the tagger took into the name), "Frederick
    Cheney LaRue" / "Cheney LaRue". A name ending several people's longer names stays apart.
    Longest names first, so that "Host Comedian Ellen DeGeneres" and "Comedian Ellen
    DeGeneres", once one person, count as one longer name of "Ellen DeGeneres"."""
    endings: dict[tuple[str, ...], list[MentionKey]] = defaultdict(list)
    for tokens, key in forms.items():
        for cut in range(1, len(tokens) - 1):
            endings[tokens[cut:]].append(key)
    join_to_one_longer(
        state,
        forms,
        endings,
        text_of,
        MergeEvidenceSpec(
            "name inside a longer one",
            0.8,
            "the full name ends exactly one longer name of a person",
        ),
    )


def _article_names(articles: Sequence[AnnotatedArticle]) -> dict[str, set[str]]:
    """The multi-word names each article mentions (folded, people without their honorifics):
    what its context is made of."""
    names: dict[str, set[str]] = {}
    for art in articles:
        words = (
            person_name_tokens(m.text) if m.type == "PERSON" else name_tokens(m.text)
            for m in art.mentions
            if m.kind == "name"
        )
        names[art.article.id] = {" ".join(w) for w in words if len(w) >= 2}
    return names


class _KnownWith:
    """For a person named in full, the names of the articles that name them (built on first
    use: only candidates of an ambiguous surname are ever asked for)."""

    def __init__(
        self, person_of: dict[MentionKey, MentionKey], context: dict[str, set[str]]
    ) -> None:
        self._articles: dict[MentionKey, set[str]] = defaultdict(set)
        for (article, _), person in person_of.items():
            self._articles[person].add(article)
        self._context = context
        self._names: dict[MentionKey, set[str]] = {}

    def __getitem__(self, person: MentionKey) -> set[str]:
        if person not in self._names:
            articles = self._articles.get(person, set())
            self._names[person] = set().union(*(self._context.get(a, set()) for a in articles))
        return self._names[person]


def _by_context(
    word: str, mine: set[str], candidates: set[MentionKey], known_with: _KnownWith
) -> tuple[MentionKey, list[str]] | None:
    """The one candidate person whose articles share names with this article (``mine``).

    "Bush" in an article that also names "New Orleans Saints" is Reggie Bush when only his
    articles name them too. At least two shared names are needed, none of them containing the
    surname ``word`` itself, and no other candidate may share any. (The article names none of
    the candidates in full: the same-article rule would have decided, or found it ambiguous,
    and then every candidate shares its names.)
    """
    clues = {name for name in mine if word not in name.split()}
    ranked = sorted(
        ((sorted(clues & known_with[c]), c) for c in candidates),
        key=lambda item: (-len(item[0]), item[1]),
    )
    if not ranked or len(ranked[0][0]) < 2 or (len(ranked) > 1 and ranked[1][0]):
        return None
    return ranked[0][1], ranked[0][0]
