"""Cross-document entity resolution: one entity per real-world person, organisation or place.

Candidates are found by blocking (name skeletons, surnames, acronyms), never by comparing all
pairs; each union is recorded with its evidence. Different people who share a surname stay apart
because full names must agree on the first name too, and a bare surname is linked only when it
points to exactly one person (in its own article first, then in the corpus).

The passes, in order: `retype` (type repair by corpus vote), French names read in English
(`institutions` for ministries and agencies, else `transliteration`; a name so read takes its
English form's type), `exonyms` (a region or city in another language's name: "Comunitat Valenciana"
as "Valencian Community", typed a place), `country_initials` ("RD" typed a place when it gives the
initials of a country the story names), `people` (full names, lineage prefixes, `title_spellings`,
spacing, bare names), `named` (organisations and places: exact names in one wording, country aliases
and initials, `romanisation`, `org_variants`, `dropped_complements`, acronyms), `translated_names`
(an institution's name in Spanish, Portuguese, French or Italian and in English), then what the text
itself links: `stated_aliases` (an alias in quotes, brackets or after "also known as"),
`role_spellings` (one official's given name spelt two ways), `located_facilities` ("Marrakech
University Hospital" and the one such hospital placed in Marrakech), `typos` (rare one-letter
misspellings of long names), `glued_words` (a short word glued on by a lost space), titles and
descriptions, `seat_leaders` ("the Kremlin leader"), then `arabic_demonyms` (nationality words),
`arabic_names` and `arabic_institutions` (Arabic-script paragraphs matched against the resolved
entities), and `cyrillic_script` (Russian and Ukrainian paragraphs, likewise).
`state.MergeState` holds the unions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.annotate.foreign_mentions import foreign_paragraphs
from crosscheck.annotate.gazetteer import country_of
from crosscheck.annotate.organisations_gazetteer import english_organisation_name
from crosscheck.annotate.places_gazetteer import english_place_name
from crosscheck.ids import slug
from crosscheck.records import (
    AnnotatedArticle,
    Entity,
    EntityMentionRef,
    EntityRole,
    EntityType,
)
from crosscheck.resolve.arabic_demonyms import link_arabic_demonyms
from crosscheck.resolve.arabic_institutions import link_arabic_institutions
from crosscheck.resolve.arabic_names import link_arabic_script, link_script_names
from crosscheck.resolve.country_initials import place_typed_initials
from crosscheck.resolve.cyrillic_script import CYRILLIC
from crosscheck.resolve.defined_acronyms import link_defined_acronyms
from crosscheck.resolve.descriptions import link_descriptions
from crosscheck.resolve.exonyms import read_exonyms
from crosscheck.resolve.glued_words import link_glued_words
from crosscheck.resolve.greek_script import GREEK
from crosscheck.resolve.honorifics import FORMS_OF_ADDRESS
from crosscheck.resolve.inflected_mentions import link_inflected_names
from crosscheck.resolve.inflections import INFLECTING, StoryNames, respelled_name
from crosscheck.resolve.institutions import english_institution_name
from crosscheck.resolve.international_bodies import link_international_bodies, read_bodies
from crosscheck.resolve.joined_words import link_joined_words
from crosscheck.resolve.located_facilities import link_located_facilities
from crosscheck.resolve.named import resolve_named
from crosscheck.resolve.names import demonym_country, fold, name_tokens
from crosscheck.resolve.overrides import MergeOverrides
from crosscheck.resolve.parent_bodies import link_parent_bodies
from crosscheck.resolve.people import resolve_people
from crosscheck.resolve.place_directions import french_place_in_english
from crosscheck.resolve.retype import retype, type_of_respelled
from crosscheck.resolve.role_spellings import link_role_spellings
from crosscheck.resolve.seat_leaders import link_seat_leaders
from crosscheck.resolve.sorted_mentions import sort_mentions
from crosscheck.resolve.spelled_acronyms import link_spelled_acronyms
from crosscheck.resolve.state import MentionKey, MergeState
from crosscheck.resolve.stated_aliases import alias_types, link_stated_aliases
from crosscheck.resolve.translated_names import link_translated_names
from crosscheck.resolve.translated_places import link_translated_places
from crosscheck.resolve.transliteration import french_to_english
from crosscheck.resolve.typos import link_misspellings, link_moved_letters

__all__ = ["MentionKey", "Resolution", "resolve_entities"]

_PLACES = ("GPE", "LOC")


@dataclass(frozen=True, slots=True)
class Resolution:
    """Resolved entities and, for every mention, the entity it names."""

    entities: list[Entity]
    entity_of: dict[MentionKey, str]


def _full_name(form: str) -> bool:
    """Two words or more, not counting a form of address: "Mr Bazoum" is not a full name."""
    words = name_tokens(form)
    return len(words) - (bool(words) and words[0] in FORMS_OF_ADDRESS) >= 2


def _canonical_name(forms: Counter[str], entity_type: str) -> str:
    if entity_type in _PLACES:
        for form in forms:
            country = country_of(form)
            if country and not demonym_country(form):
                return country
    best = max(forms, key=lambda f: (_full_name(f), forms[f], len(f)))
    return best[4:] if best.startswith(("the ", "The ")) else best


def resolve_entities(
    articles: Sequence[AnnotatedArticle], overrides: MergeOverrides | None = None
) -> Resolution:
    """Resolve all mentions of all articles into entities, each merge with its evidence.

    `overrides` are the user's decisions: `same` pairs are merged, `different` pairs are never
    joined, whatever the evidence."""
    types = retype(articles)
    text_of: dict[MentionKey, str] = {}
    groups: dict[str, list[MentionKey]] = defaultdict(list)
    state = MergeState(overrides=overrides or MergeOverrides())
    titles, descriptions, names, seats = sort_mentions(articles, text_of, state)
    for a, b in state.overrides.same:
        _apply_same(a, b, text_of, state)
    # "ministère russe de la Défense" tagged a place, "Haut Atlas" an organisation
    read_as = _respell_french(articles, text_of, state)
    types.update({k: t for k, t in read_as.items() if t == "ORG" or types[k] not in _PLACES})
    types.update(type_of_respelled(names, text_of, types, state.written))
    types.update(alias_types(articles, types))
    bodies = read_bodies(names, text_of, state.written)
    types.update({key: "ORG" for key in bodies})  # "Unicef" tagged as a place
    read_exonyms(names, text_of, types, state)
    types.update(link_translated_places(names, text_of, types, state))
    types.update(link_joined_words(names, text_of, types, state))
    types.update(place_typed_initials(names, text_of, types))
    for key in names:
        t = types[key]
        groups["PLACE" if t in _PLACES else t].append(key)
    after_the = _after_the(articles)
    for family, keys in groups.items():
        if family == "PERSON":
            resolve_people(articles, keys, text_of, state)
        else:
            resolve_named(keys, text_of, state, places=family == "PLACE", after_the=after_the)
    types.update(link_translated_names(names, text_of, types, state))
    link_international_bodies(bodies, text_of, state)
    link_defined_acronyms(articles, set(names), state)
    link_stated_aliases(articles, set(names), text_of, types, state)
    link_parent_bodies((k for k in names if types[k] == "ORG"), text_of, state)
    link_role_spellings(articles, types, text_of, state)
    link_located_facilities(articles, types, text_of, state)
    link_misspellings(names, text_of, types, state)
    link_glued_words(names, text_of, types, state)
    link_moved_letters(names, text_of, types, state)
    _link_titles(articles, titles, text_of, state)
    _link_descriptions(articles, groups, text_of, state)
    link_seat_leaders(articles, seats, text_of, state)
    shown = {**text_of, **state.written}
    unnamed = set(titles) | set(descriptions) | set(seats)
    spans = {key: (seat.start, seat.end) for key, seat in seats.items()}
    return _build_entities(articles, types, shown, state, unnamed, spans)


def _respell_french(
    articles: Sequence[AnnotatedArticle], text_of: dict[MentionKey, str], state: MergeState
) -> dict[MentionKey, EntityType]:
    """Names from French paragraphs are matched in English transliteration ("Bachar" as
    "Bashar"), except words the story's other names use as written ("Araghchi");
    `state.written` keeps how they were written, for aliases and evidence. Gives the type
    of the mentions read as institutions ("ministère de l'Intérieur": an organisation) or
    as a place's part ("Haut Atlas": a place), whatever the tagger said. Names from
    paragraphs of languages that inflect them are read as the story's names they inflect
    (`inflections`)."""
    french: dict[MentionKey, str] = {}
    inflected: dict[MentionKey, str | None] = {}
    english_words: set[str] = set()
    for art in articles:
        spans = [(p.start, p.end) for p in art.article.paragraphs if p.language == "fr"]
        foreign = foreign_paragraphs(art.article.paragraphs)
        for i, m in enumerate(art.mentions):
            if m.kind != "name":
                continue
            paragraph = next((p for p in foreign if p.start <= m.start < p.end), None)
            if paragraph is not None:
                english = english_place_name(m.text) or english_organisation_name(m.text)
                if english is not None and english != m.text:
                    state.written[(art.article.id, i)] = m.text
                    text_of[(art.article.id, i)] = english
                elif paragraph.language in INFLECTING:
                    inflected[(art.article.id, i)] = paragraph.language
                continue
            if any(a <= m.start < b for a, b in spans):
                french[(art.article.id, i)] = m.text
            else:
                english_words.update(fold(m.text).replace("-", " ").split())
    keep = frozenset(english_words)
    read_as: dict[MentionKey, EntityType] = {}
    for key, written in french.items():
        institution = english_institution_name(written)
        place = None if institution else french_place_in_english(written)
        if institution is not None:
            read_as[key] = "ORG"
        elif place is not None and english_place_name(written) is None:
            read_as[key] = "LOC"
        respelled = (
            institution
            or english_place_name(written)
            or place
            or (None if demonym_country(written) else country_of(written))
            or french_to_english(written, keep)
        )
        if respelled != written:
            state.written[key] = written
            text_of[key] = respelled
    story_names = StoryNames(keep)
    for key, language in inflected.items():
        respelled = respelled_name(text_of[key], language, story_names)
        if respelled != text_of[key]:
            state.written[key] = text_of[key]
            text_of[key] = respelled
    return read_as


def _after_the(articles: Sequence[AnnotatedArticle]) -> frozenset[MentionKey]:
    """Name mentions written right after "The"/"the" (which the mention span leaves out)."""
    return frozenset(
        (art.article.id, i)
        for art in articles
        for i, m in enumerate(art.mentions)
        if m.kind == "name" and art.article.text[max(0, m.start - 4) : m.start].lower() == "the "
    )


def _link_descriptions(
    articles: Sequence[AnnotatedArticle],
    groups: dict[str, list[MentionKey]],
    text_of: dict[MentionKey, str],
    state: MergeState,
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
    state: MergeState,
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


def _apply_same(a: str, b: str, text_of: dict[MentionKey, str], state: MergeState) -> None:
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


def _roles_of(articles: Sequence[AnnotatedArticle]) -> dict[MentionKey, list[EntityRole]]:
    """Each person mention's roles, dated by its article."""
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
    return roles_of


def _mention_ref(
    by_article: dict[str, AnnotatedArticle],
    key: MentionKey,
    spans: dict[MentionKey, tuple[int, int]],
) -> EntityMentionRef:
    """A mention as the entity lists it, widened to its title where `spans` says so."""
    art = by_article[key[0]]
    m = art.mentions[key[1]]
    if key in spans:
        start, end = spans[key]
        return EntityMentionRef(
            article=key[0], start=start, end=end, text=art.article.text[start:end]
        )
    return EntityMentionRef(article=key[0], start=m.start, end=m.end, text=m.text)


def _build_entities(
    articles: Sequence[AnnotatedArticle],
    types: dict[MentionKey, EntityType],
    text_of: dict[MentionKey, str],
    state: MergeState,
    unnamed: set[MentionKey],
    spans: dict[MentionKey, tuple[int, int]],
) -> Resolution:
    """Entities from the union-find; titles and descriptions (`unnamed`) never name one;
    `spans` widen a mention to its whole title ("Kremlin" to "Kremlin leader")."""
    members: dict[MentionKey, list[MentionKey]] = defaultdict(list)
    for key in text_of:
        if key in state.uf:
            members[state.uf.find(key)].append(key)
    by_article = {a.article.id: a for a in articles}
    roles_of = _roles_of(articles)
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
        mention_refs = [_mention_ref(by_article, key, spans) for key in keys]
        entity_of.update(dict.fromkeys(keys, entity_id))
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
    entities, nationalities = link_arabic_demonyms(articles, entities)
    entities = link_arabic_script(articles, entities, nationalities)
    entities = link_arabic_institutions(articles, entities)
    entities = link_script_names(articles, entities, CYRILLIC)
    entities = link_script_names(articles, entities, GREEK)
    entities = link_inflected_names(articles, entities)
    entities = link_spelled_acronyms(articles, entities)
    entities.sort(key=lambda e: (-len(e.mentions), e.id))
    return Resolution(entities=entities, entity_of=entity_of)
