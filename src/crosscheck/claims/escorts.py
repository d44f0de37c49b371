"""The size of a team that travels with a named person, in English, French and Spanish: "the
Prime Minister flew to the area with a 16-member military medical team", "Dahal visitó el lugar
acompañado de un equipo médico de 41 personas", "accompagné d'une équipe de 20 secouristes".

The team is told by the one person it goes with and by its kind (medical, rescue, security,
military, or none said), so only the sizes of one person's team of one kind are compared: a
story may tell of several teams (each country's rescuers), and a person may take two teams.
Sizes of teams only mobilised or sent, without the person going, are left out: one official
may send many."""

from __future__ import annotations

import re
from collections.abc import Iterator

from crosscheck.claims.slot_figures import parse_number, people_count
from crosscheck.records import AnnotatedArticle, ClaimValue

# Going with someone: "with", "along with", "accompanied by", "acompañado de", "accompagné de".
_WITH = (
    r"(?:along\s+with|together\s+with|accompanied\s+by|with|avec|accompagnée?s?\s+(?:de|d['’]\s*)"
    r"|acompañad[oa]s?\s+(?:de|por)|junto\s+(?:a|con)|con)"
)
_TEAM = r"(?:team|crew|équipe|equipo|equipa)"
# Kinds of team, folded across languages; a team of no said kind is its own kind ("").
_KINDS = {
    "medical": r"medical|médicale?|médic[oa]|health|sanitaire|sanitari[oa]|doctors?",
    "rescue": r"rescue|search and rescue|secours|sauvetage|rescate|salvamento|resgate",
    "security": r"security|sécurité|seguridad|segurança",
    "military": r"military|army|militaire|militar|del ejército|de l['’]armée",
}
_KIND = "|".join(f"(?:{words})" for words in _KINDS.values())
_PEOPLE = (
    r"(?:people|persons|members|doctors|medics|rescuers|officers|soldiers|experts|personnel"
    r"|personnes|membres|médecins|secouristes|sauveteurs|militaires|personas|miembros|médicos"
    r"|rescatistas|socorristas|militares|pessoas|membros)"
)
# "with a 16-member military medical team", "with a team of 41 people", "acompañado de un equipo
# médico de 41 personas", "avec une équipe médicale de 16 membres".
ESCORT = re.compile(
    rf"\b{_WITH}\s+(?:(?i:an?|the|his|her|its|un|une|una|uma|son|sa|su)\s+)?"
    rf"(?:(?P<size_a>\d{{1,4}})[-\s](?i:member|strong|person|membres?|miembros?)\s+"
    rf"(?P<kinds_a>(?:(?i:{_KIND})\s+){{0,2}}){_TEAM}"
    rf"|{_TEAM}(?P<kinds_b>(?:\s+(?i:{_KIND})){{0,2}})\s+(?:of|de|d['’]|formed of|made up of)\s*"
    rf"(?P<size_b>\d{{1,4}})\s+(?:(?i:{_KIND})\s+)?{_PEOPLE})\b",
    re.IGNORECASE,
)


def team_kind(words: str) -> str:
    """The kind of a team its words name ("military medical" is medical: the narrower kind),
    "" when they name none."""
    found = [kind for kind, names in _KINDS.items() if re.search(rf"\b(?:{names})\b", words, re.I)]
    return found[0] if found else ""


def escort_sizes(
    text: str, offset: int, annotated: AnnotatedArticle
) -> Iterator[tuple[str, ClaimValue]]:
    """("escort|<kind>", size) of each team the sentence says goes with one named person; the
    value's `mention` is the person's name, so that the comparing stage can key the team by
    the person it resolves to."""
    for match in ESCORT.finditer(text):
        person = _the_one_person(annotated, offset, offset + match.start())
        size = "size_a" if match.group("size_a") else "size_b"
        number = parse_number(match.group(size), annotated.article.language)
        if person is None or number is None:
            continue
        kind = team_kind(match.group("kinds_a") or match.group("kinds_b") or "")
        start, end = offset + match.start(size), offset + match.end()
        yield (
            f"escort|{kind}",
            people_count(annotated.article.text, start, end, number, person),
        )


def _the_one_person(annotated: AnnotatedArticle, start: int, end: int) -> int | None:
    """The index of the last person's name between `start` and `end`, when every person named
    there is one (by the last word of the name: "Pushpa Kamal Dahal" ... "Dahal")."""
    people = [
        (i, m)
        for i, m in enumerate(annotated.mentions)
        if m.kind == "name" and m.type == "PERSON" and start <= m.start and m.end <= end
    ]
    surnames = {m.text.split()[-1].lower() for _, m in people if m.text.split()}
    if len(surnames) != 1:
        return None
    return people[-1][0]
