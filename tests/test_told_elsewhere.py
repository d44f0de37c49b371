"""A fact shown as told by few articles only when no other article tells it in other words or
another language; a figure of another count is no telling; pieces of propositions (questions,
attribution lines, quote fragments) are never findings. Texts written for the test."""

from __future__ import annotations

from claim_builders import article, corpus, says
from crosscheck.claims.propositional import not_a_proposition
from crosscheck.claims.told_elsewhere import ToldElsewhere, figures_compatible
from crosscheck.records import AnnotatedArticle, Dossier
from text_builders import dossier_of

ENGLISH = "Rescuers pulled fourteen survivors from the rubble of the collapsed hotel in Paiporta."
SPANISH = "Los rescatistas sacaron a catorce supervivientes de los escombros del hotel en Paiporta."
FRENCH = "Les secouristes ont sorti quatorze survivants des décombres de l'hôtel à Paiporta."
WEATHER = "Forecasters expect sunny weather across the region for the rest of the week."


def _in(language: str, piece: AnnotatedArticle) -> AnnotatedArticle:
    return piece.model_copy(
        update={"article": piece.article.model_copy(update={"language": language})}
    )


def _story() -> list[AnnotatedArticle]:
    return [
        article("a", "Outlet A", says(ENGLISH, language="en")),
        _in("es", article("b", "Outlet B", says(SPANISH, language="es"))),
        _in("fr", article("c", "Outlet C", says(FRENCH, language="fr"))),
        article("d", "Outlet D", says(WEATHER, language="en")),
    ]


def test_a_fact_told_in_spanish_and_french_is_found_in_both() -> None:
    story = _story()
    claim = story[0].claims[0]
    found = ToldElsewhere(corpus(story)).articles([claim], {"a"}, {"a", "b", "c", "d"})
    assert found == {"b", "c"}


def test_an_unrelated_sentence_is_no_telling() -> None:
    story = _story()
    claim = story[3].claims[0]
    assert not ToldElsewhere(corpus(story)).articles([claim], {"d"}, {"a", "b", "c", "d"})


def test_another_count_is_no_telling_of_the_same_fact() -> None:
    story = [
        article("a", "Outlet A", says("At least 36 people died when the two trains collided.")),
        article("b", "Outlet B", says("At least 38 people died when the two trains collided.")),
        article("c", "Outlet C", says("The two trains collided and at least 36 people died.")),
    ]
    first, second, third = (piece.claims[0] for piece in story)
    assert not figures_compatible(first, second)
    assert figures_compatible(first, third)
    found = ToldElsewhere(corpus(story)).articles([first], {"a"}, {"a", "b", "c"})
    assert found == {"c"}


HOTEL_EN = (
    "Flood rescue in Paiporta\nRescuers pulled 14 survivors from the rubble of the collapsed "
    "hotel in Paiporta on Thursday. The mayor of Paiporta, Maribel Albalat, thanked the "
    "firefighters from Alicante who had worked through the night."
)
HOTEL_ES = (
    "Rescate en Paiporta\nLos rescatistas sacaron a catorce supervivientes de los escombros del "
    "hotel en Paiporta el jueves, según los bomberos."
)
HOTEL_FR = (
    "Inondations en Espagne\nLes secouristes ont sorti quatorze survivants des décombres de "
    "l'hôtel à Paiporta jeudi, selon les pompiers."
)


def _single_texts(dossier: Dossier) -> list[str]:
    claims = {c.id: c for c in dossier.claims}
    return [claims[c].text for f in dossier.findings if f.kind == "single_source" for c in f.claims]


def test_a_fact_other_outlets_tell_in_other_languages_is_not_single_source(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = dossier_of(
        nlp,
        {
            "a.txt": ("Outlet A", HOTEL_EN),
            "b.txt": ("Outlet B", HOTEL_ES),
            "c.txt": ("Outlet C", HOTEL_FR),
        },
        published="2024-10-31",
    )
    singles = _single_texts(dossier)
    assert not any("survivors" in text for text in singles)
    # the mayor's thanks are told by no one else: still shown as single-source
    assert any("Alicante" in text for text in singles)


def _claims_of(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    from claims_helpers import annotate_text

    return [c.text for c in annotate_text(nlp, text).claims if not not_a_proposition(c)]


def test_a_quote_fragment_and_an_attribution_line_are_no_propositions(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The minister of the interior spoke to reporters in Madrid on Tuesday. "
        "\u201cThis must end now,\u201d the minister said. "
        "He lets the government know, according to the local media. "
        "Who will pay for the damage? "
        "The government approved 10 billion euros of aid for the flooded towns."
    )
    kept = " | ".join(_claims_of(nlp, text))
    assert "must end now" not in kept
    assert "lets the government know" not in kept
    assert "Who will pay" not in kept
    assert "10 billion euros" in kept


def test_one_other_teller_doubts_a_lone_claim_but_not_a_relay() -> None:
    story = [
        article("a", "Outlet A", says(ENGLISH, language="en")),
        article("e", "Outlet E", says(ENGLISH.replace("Rescuers", "Firefighters"), language="en")),
        _in("es", article("b", "Outlet B", says(SPANISH, language="es"))),
    ]
    lone, relayed, teller = (piece.claims[0] for piece in story)
    finder = ToldElsewhere(corpus(story))
    assert finder.told_elsewhere([lone], {"a"}, {"a", "b", "e"})
    # "at least 1, possibly 2" already allows for one more teller: two are needed to withhold
    assert not finder.told_elsewhere([lone, relayed], {"a", "e"}, {"a", "b", "e"})
    assert finder.articles([lone, relayed], {"a", "e"}, {"a", "b", "e"}) == {teller.article}
