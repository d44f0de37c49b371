"""Cross-document entity resolution: one entity per real-world person, organisation or place.

Candidates are found by blocking (name skeletons, surnames, acronyms), never by comparing all
pairs; each union is recorded with its evidence. Different people who share a surname stay apart
because full names must agree on the first name too, and a bare surname is linked only when it
points to exactly one person (in its own article first, then in the corpus).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from crosscheck.annotate.gazetteer import country_of
from crosscheck.ids import slug
from crosscheck.records import (
    AnnotatedArticle,
    Entity,
    EntityMentionRef,
    EntityRole,
    EntityType,
    MergeEvidence,
)
from crosscheck.resolve.descriptions import link_descriptions
from crosscheck.resolve.names import (
    acronym,
    fold,
    full_names_compatible,
    name_tokens,
    person_name_tokens,
    similar_words,
    skeleton,
    without_corporate_suffix,
)
from crosscheck.resolve.overrides import MergeOverrides
from crosscheck.resolve.union_find import DisjointSets

MentionKey = tuple[str, int]  # (article id, mention index)
_PERSONLIKE = ("PERSON", "ORG", "FAC")
_PLACES = ("GPE", "LOC")


@dataclass(frozen=True, slots=True)
class Resolution:
    """Resolved entities and, for every mention, the entity it names."""

    entities: list[Entity]
    entity_of: dict[MentionKey, str]


@dataclass
class _State:
    uf: DisjointSets[MentionKey] = field(default_factory=DisjointSets)
    evidence: dict[MentionKey, list[MergeEvidence]] = field(
        default_factory=lambda: defaultdict(list)
    )
    seen_pairs: set[tuple[str, str, str]] = field(default_factory=set)
    overrides: MergeOverrides = field(default_factory=MergeOverrides)
    forms: dict[MentionKey, set[str]] = field(default_factory=dict)
    # an organisation's name known from a press convention, for entities only described
    known_names: dict[MentionKey, str] = field(default_factory=dict)

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
        if not self.join(a, b):
            return
        pair = (kind, *sorted(forms))
        if forms[0] != forms[1] and pair not in self.seen_pairs:
            self.seen_pairs.add(pair)  # type: ignore[arg-type]
            self.evidence[a].append(
                MergeEvidence(kind=kind, forms=sorted(forms), score=round(score, 3), detail=detail)
            )


def _retype(articles: Sequence[AnnotatedArticle]) -> dict[MentionKey, EntityType]:
    """Fix the small model's type errors by corpus vote: "Sharaa" tagged ORG in one sentence
    is a person when the same name is a person elsewhere."""
    person_words: Counter[str] = Counter()
    for art in articles:
        for m in art.mentions:
            if m.type == "PERSON" and m.kind == "name":
                toks = name_tokens(m.text)
                if len(toks) >= 2:
                    person_words[skeleton(toks[-1])] += 2
                person_words[" ".join(toks)] += 1
    types: dict[MentionKey, EntityType] = {}
    for art in articles:
        for i, m in enumerate(art.mentions):
            mention_type: EntityType = m.type
            toks = name_tokens(m.text)
            if m.type in ("ORG", "FAC") and toks and len(toks) <= 3:
                key = skeleton(toks[-1]) if len(toks) == 1 else " ".join(toks)
                if person_words[key] >= 2 and any(ch.isupper() for ch in m.text):
                    mention_type = "PERSON"
            if m.type == "NORP" and country_of(m.text):
                mention_type = "GPE"
            types[(art.article.id, i)] = mention_type
    return _vote_by_form(articles, types)


def _vote_by_form(
    articles: Sequence[AnnotatedArticle], types: dict[MentionKey, EntityType]
) -> dict[MentionKey, EntityType]:
    """One type per written name: a name most of whose mentions are of one type ("Betty Ford
    Center": ORG 3 times, PERSON once) takes that type everywhere, so the same name is never
    split into two entities by a tagging slip. Country names and demonyms keep their own."""
    votes: dict[str, Counter[EntityType]] = defaultdict(Counter)
    forms: dict[MentionKey, str] = {}
    for art in articles:
        for i, m in enumerate(art.mentions):
            key = (art.article.id, i)
            if m.kind != "name" or country_of(m.text):
                continue
            form = " ".join(name_tokens(m.text))
            if form:
                forms[key] = form
                votes[form][types[key]] += 1
    voted = dict(types)
    for key, form in forms.items():
        (winner, count), *_ = votes[form].most_common(1)
        if count * 2 > sum(votes[form].values()):
            voted[key] = winner
    return voted


def _resolve_people(
    articles: Sequence[AnnotatedArticle],
    keys: list[MentionKey],
    text_of: dict[MentionKey, str],
    state: _State,
) -> None:
    full = [k for k in keys if len(person_name_tokens(text_of[k])) >= 2]
    short = [k for k in keys if len(person_name_tokens(text_of[k])) == 1]
    # 1. Full names, blocked by surname skeleton.
    by_surname: dict[str, list[MentionKey]] = defaultdict(list)
    for k in full:
        by_surname[skeleton(person_name_tokens(text_of[k])[-1])].append(k)
    for block in by_surname.values():
        forms: dict[tuple[str, ...], MentionKey] = {}
        for k in block:
            forms.setdefault(person_name_tokens(text_of[k]), k)
        for k in block:
            state.join(k, forms[person_name_tokens(text_of[k])])
        items = list(forms.items())
        for i, (tok_a, key_a) in enumerate(items):
            for tok_b, key_b in items[i + 1 :]:
                ok, kind, score = full_names_compatible(tok_a, tok_b)
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
    # 2. Bare surnames: the full name in the same article, else the only one in the corpus,
    # else the one whose articles share names with this one. After step 1 the full names are
    # the people; step 2 only attaches bare surnames to them.
    person_of = {k: state.uf.find(k) for k in full}
    article_full: dict[str, list[MentionKey]] = defaultdict(list)
    for k in full:
        article_full[k[0]].append(k)
    # mentions with the same full name were joined in step 1: one per form is enough
    block_forms = {
        key: {person_name_tokens(text_of[c]): c for c in block} for key, block in by_surname.items()
    }

    def matches(word: str, forms: dict[tuple[str, ...], MentionKey]) -> set[MentionKey]:
        return {
            person_of[c]
            for toks, c in forms.items()
            if any(similar_words(word, t)[0] for t in toks[1:])
        }

    context = _article_names(articles)
    known_with = _KnownWith(person_of, context)
    article_forms = {
        article: {person_name_tokens(text_of[c]): c for c in keys}
        for article, keys in article_full.items()
    }
    unlinked: list[MentionKey] = []
    for k in short:
        word = person_name_tokens(text_of[k])[0]
        local = matches(word, article_forms.get(k[0], {}))
        if len(local) == 1:
            root = next(iter(local))
            state.merge(
                root,
                k,
                "surname in same article",
                (text_of[root], text_of[k]),
                1.0,
                "a bare surname refers to the full name used in the same article",
            )
        else:
            unlinked.append(k)
    alone: list[MentionKey] = []
    for k in unlinked:
        word = person_name_tokens(text_of[k])[0]
        roots = matches(word, block_forms.get(skeleton(word), {}))
        mine = context.get(k[0], set())
        if len(roots) == 1:
            root = next(iter(roots))
            state.merge(
                root,
                k,
                "surname, unique in corpus",
                (text_of[root], text_of[k]),
                0.8,
                "the only person with this surname in the corpus",
            )
        elif roots and (chosen := _by_context(word, mine, roots, known_with)) is not None:
            root, shared = chosen
            state.merge(
                root,
                k,
                "surname, by shared context",
                (text_of[root], text_of[k]),
                0.7,
                f"of the people with this surname, only this one appears in articles that also"
                f" name {', '.join(shared[:3])}",
            )
        else:
            alone.append(k)
    # 3. Bare names still without a full name: variants of each other.
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
    forms: dict[tuple[str, ...], MentionKey], text_of: dict[MentionKey, str], state: _State
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
    for tokens, key in sorted(forms.items(), key=lambda item: -len(item[0])):
        longer = {state.uf.find(k) for k in endings.get(tokens, ())} - {state.uf.find(key)}
        if len(longer) == 1:
            target = next(iter(longer))
            state.merge(
                target,
                key,
                "name inside a longer one",
                (text_of[target], text_of[key]),
                0.8,
                "the full name ends exactly one longer name of a person",
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


def _resolve_named(
    keys: list[MentionKey], text_of: dict[MentionKey, str], state: _State, places: bool
) -> None:
    """Organisations and places: exact folded names (an organisation's without its legal form:
    "Microsoft Corp" is "Microsoft"), country aliases, acronyms."""
    by_key: dict[str, list[MentionKey]] = defaultdict(list)
    for k in keys:
        text = text_of[k]
        country = country_of(text) if places else None
        words = name_tokens(text) if places else without_corporate_suffix(name_tokens(text))
        by_key[fold(country) if country else " ".join(words)].append(k)
    for norm, block in by_key.items():
        for other in block[1:]:
            a, b = text_of[block[0]], text_of[other]
            kind = (
                "country alias" if places and fold(a) != fold(b) and country_of(a) else "same name"
            )
            state.merge(block[0], other, kind, (a, b), 1.0, f"both normalise to {norm!r}")
    if places:
        return
    _link_short_forms(by_key, text_of, state)
    # Acronyms: "UN" ~ "United Nations", "UN General Assembly" ~ "United Nations General Assembly".
    expansions: dict[str, set[str]] = defaultdict(set)
    for norm in by_key:
        words = tuple(norm.split())
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 6) + 1):
                expansions[acronym(words[i:j])].add(norm)
    for norm, block in by_key.items():
        toks = norm.split()
        written = set(text_of[block[0]].replace(".", "").upper().split())
        for pos, tok in enumerate(toks):
            if len(tok) < 2 or tok.upper() not in written:
                continue  # only words written as an acronym
            for long_norm in sorted(expansions.get(tok, ())):
                if long_norm != norm and _expands(toks, pos, long_norm.split()):
                    a, b = text_of[block[0]], text_of[by_key[long_norm][0]]
                    state.merge(
                        block[0],
                        by_key[long_norm][0],
                        "acronym",
                        (a, b),
                        0.9,
                        f"{tok.upper()} abbreviates words of the longer name",
                    )


# Last words of organisation names that do not name one on their own ("Bank", "Council").
_GENERIC_ORG_WORDS = frozenset(
    "bank council party university college school ministry department agency company group"
    " union court committee commission association institute army police government house"
    " center centre office board club team league foundation corporation network".split()
)


def _link_short_forms(
    by_key: dict[str, list[MentionKey]], text_of: dict[MentionKey, str], state: _State
) -> None:
    """A one-word organisation name that is the last word of a longer one in the same article
    ("the Saints" after "New Orleans Saints") joins it. Mentions of one name are one entity
    already, so a short form that articles use for different longer names ("Sheriff" for the
    Knox County and the Milwaukee County Sheriff) joins none of them."""
    longer: dict[str, list[str]] = defaultdict(list)
    articles_of: dict[str, set[str]] = {}
    for norm, keys in by_key.items():
        words = norm.split()
        if len(words) >= 2:
            longer[words[-1]].append(norm)
            articles_of[norm] = {k[0] for k in keys}
    for norm, block in by_key.items():
        candidates = longer.get(norm, [])
        if " " in norm or norm in _GENERIC_ORG_WORDS or not candidates:
            continue
        targets: dict[MentionKey, MentionKey] = {}
        for key in block:
            local = {state.uf.find(by_key[c][0]) for c in candidates if key[0] in articles_of[c]}
            if len(local) > 1:
                targets.clear()
                break
            if local:
                targets[key] = next(iter(local))
        if len(set(targets.values())) != 1:
            continue
        key, target = next(iter(targets.items()))
        state.merge(
            target,
            key,
            "short form in same article",
            (text_of[target], text_of[key]),
            0.9,
            "the last word of the only longer organisation name in the article",
        )


def _expands(short: list[str], pos: int, long: list[str]) -> bool:
    """`short` with its acronym at `pos` spelled out gives `long`."""
    for i in range(len(long)):
        for j in range(i + 2, len(long) + 1):
            if (
                acronym(tuple(long[i:j])) == short[pos]
                and long[:i] == short[:pos]
                and long[j:] == short[pos + 1 :]
            ):
                return True
    return False


def _canonical_name(forms: Counter[str], entity_type: str) -> str:
    if entity_type in _PLACES:
        for form in forms:
            country = country_of(form)
            if country:
                return country
    best = max(forms, key=lambda f: (len(name_tokens(f)) >= 2, forms[f], len(f)))
    return best[4:] if best.startswith(("the ", "The ")) else best


def resolve_entities(
    articles: Sequence[AnnotatedArticle], overrides: MergeOverrides | None = None
) -> Resolution:
    """Resolve all mentions of all articles into entities, each merge with its evidence.

    `overrides` are the user's decisions: `same` pairs are merged, `different` pairs are never
    joined, whatever the evidence."""
    types = _retype(articles)
    text_of: dict[MentionKey, str] = {}
    groups: dict[str, list[MentionKey]] = defaultdict(list)
    state = _State(overrides=overrides or MergeOverrides())
    titles: list[MentionKey] = []
    descriptions: list[MentionKey] = []
    for art in articles:
        for i, m in enumerate(art.mentions):
            key = (art.article.id, i)
            text_of[key] = m.text
            if m.kind != "name":
                (titles if m.kind == "title" else descriptions).append(key)
                continue
            if not name_tokens(m.text):
                continue
            state.add(key, m.text)
            t = types[key]
            groups["PLACE" if t in _PLACES else t].append(key)
    for a, b in state.overrides.same:
        _apply_same(a, b, text_of, state)
    for family, keys in groups.items():
        if family == "PERSON":
            _resolve_people(articles, keys, text_of, state)
        else:
            _resolve_named(keys, text_of, state, places=family == "PLACE")
    _link_titles(articles, titles, text_of, state)
    _link_descriptions(articles, groups, text_of, state)
    return _build_entities(articles, types, text_of, state, set(titles) | set(descriptions))


def _link_descriptions(
    articles: Sequence[AnnotatedArticle],
    groups: dict[str, list[MentionKey]],
    text_of: dict[MentionKey, str],
    state: _State,
) -> None:
    """ "the French news agency" -> AFP; see :mod:`crosscheck.resolve.descriptions`."""
    organisations = {k: text_of[k] for k in groups.get("ORG", []) + groups.get("FAC", [])}
    for link in link_descriptions(articles, organisations, state.uf.find):
        state.add(link.description, text_of[link.description])
        if link.name:
            state.known_names[link.description] = link.name
        if link.target != link.description:
            state.merge(
                link.target,
                link.description,
                link.kind,
                (text_of[link.target], text_of[link.description]),
                link.score,
                link.detail,
            )


def _link_titles(
    articles: Sequence[AnnotatedArticle],
    titles: list[MentionKey],
    text_of: dict[MentionKey, str],
    state: _State,
) -> None:
    """ "the Syrian president" names the one person the same article gives that office to."""
    by_article = {a.article.id: a for a in articles}
    title_set = set(titles)
    for key in titles:
        article = by_article[key[0]]
        role = next((r for r in article.roles if r.mention == key[1]), None)
        if role is None:
            continue
        holders = {
            state.uf.find((key[0], r.mention))
            for r in article.roles
            if (key[0], r.mention) not in title_set
            and (key[0], r.mention) in state.forms
            and r.office == role.office
            and r.country in (role.country, None)
        }
        if len(holders) == 1:
            root = next(iter(holders))
            state.add(key, text_of[key])
            state.merge(
                root,
                key,
                "title in same article",
                (text_of[root], text_of[key]),
                1.0,
                "the article gives this office to one named person",
            )


def _apply_same(a: str, b: str, text_of: dict[MentionKey, str], state: _State) -> None:
    """Merge every mention written `a` with every mention written `b` (a user decision)."""
    keys_a = [k for k, t in text_of.items() if fold(t) == a and k in state.forms]
    keys_b = [k for k, t in text_of.items() if fold(t) == b and k in state.forms]
    for key in keys_a[1:] + keys_b:
        if keys_a:
            state.merge(
                keys_a[0],
                key,
                "user override",
                (text_of[keys_a[0]], text_of[key]),
                1.0,
                "the user said these names are the same",
            )


def _build_entities(
    articles: Sequence[AnnotatedArticle],
    types: dict[MentionKey, EntityType],
    text_of: dict[MentionKey, str],
    state: _State,
    unnamed: set[MentionKey],
) -> Resolution:
    """Entities from the union-find; titles and descriptions (`unnamed`) never name one."""
    members: dict[MentionKey, list[MentionKey]] = defaultdict(list)
    for key in text_of:
        if key in state.uf:
            members[state.uf.find(key)].append(key)
    by_article = {a.article.id: a for a in articles}
    roles_of: dict[MentionKey, list[EntityRole]] = defaultdict(list)
    for art in articles:
        for r in art.roles:
            roles_of[(art.article.id, r.mention)].append(
                EntityRole(
                    title=r.title,
                    office=r.office,
                    country=r.country,
                    status=r.status,
                    article=art.article.id,
                    as_of=art.article.published,
                    evidence=r.evidence,
                )
            )
    entities: list[Entity] = []
    entity_of: dict[MentionKey, str] = {}
    used_ids: Counter[str] = Counter()
    for _, keys in sorted(members.items()):
        keys.sort()
        type_votes = Counter(types[k] for k in keys)
        entity_type = type_votes.most_common(1)[0][0]
        forms = Counter(text_of[k] for k in keys if k not in unnamed)
        known = next((state.known_names[k] for k in keys if k in state.known_names), None)
        if known:  # a press convention's organisation: its conventional name first
            name = known
            forms = Counter({known: len(keys)}) + (forms or Counter(text_of[k] for k in keys))
        else:
            forms = forms or Counter(text_of[k] for k in keys)
            name = _canonical_name(forms, entity_type)
        base = f"{entity_type.lower()}:{slug(name)}"
        used_ids[base] += 1
        entity_id = base if used_ids[base] == 1 else f"{base}-{used_ids[base]}"
        mention_refs = []
        for article_id, index in keys:
            m = by_article[article_id].mentions[index]
            mention_refs.append(
                EntityMentionRef(article=article_id, start=m.start, end=m.end, text=m.text)
            )
            entity_of[(article_id, index)] = entity_id
        roles = [role for k in keys for role in roles_of.get(k, ())]
        merges = [e for k in keys for e in state.evidence.get(k, [])]
        entities.append(
            Entity(
                id=entity_id,
                name=name,
                type=entity_type,
                aliases=sorted(forms, key=lambda f: (-forms[f], f)),
                roles=roles,
                mentions=mention_refs,
                merges=merges,
            )
        )
    entities.sort(key=lambda e: (-len(e.mentions), e.id))
    return Resolution(entities=entities, entity_of=entity_of)
