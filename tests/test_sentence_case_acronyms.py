"""An acronym written in brackets after an institution's name in sentence case, as French
and Spanish write them (`resolve.defined_acronyms`): texts written for the test."""

from __future__ import annotations

from crosscheck.records import Entity
from crosscheck.resolve.resolver import resolve_entities
from text_builders import annotated_report

_FIRST = (
    "Les militaires ont instauré le « Conseil national de la sauvegarde de la patrie » "
    "(CNSP), qui a suspendu la Constitution. Le porte-parole du CNSP a lu un communiqué "
    "à la télévision nationale dans la nuit de mercredi à jeudi."
)
_SECOND = (
    "La garde présidentielle se range derrière le Conseil national de sauvegarde de la "
    "patrie (CNSP), a indiqué jeudi l'état-major. Les frontières restent fermées, selon le "
    "CNSP, et un couvre-feu est décrété dans tout le pays."
)
_NOT_ITS_ACRONYM = (
    "Le Conseil national de transition de la République (CNSP) a été dissous en 2011, a "
    "rappelé un ancien ministre."
)


def _holding(entities: list[Entity], alias: str) -> Entity:
    return next(e for e in entities if alias in e.aliases)


def test_sentence_case_names_join_their_acronym(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [annotated_report(nlp, "a.txt", _FIRST), annotated_report(nlp, "b.txt", _SECOND)]
    entities = resolve_entities(articles).entities
    council = _holding(entities, "CNSP")
    assert "Conseil national de la sauvegarde de la patrie" in council.aliases, "after « »"
    assert "Conseil national de sauvegarde de la patrie" in council.aliases


def test_letters_out_of_the_names_order_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    entities = resolve_entities([annotated_report(nlp, "c.txt", _NOT_ITS_ACRONYM)]).entities
    council = _holding(entities, "CNSP")
    assert not any(alias.startswith("Conseil national de transition") for alias in council.aliases)
