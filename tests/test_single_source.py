"""Single source means no other article tells it, in any words or language; look-alikes of
another moment never corroborate. Texts written for the test."""

from __future__ import annotations

from claim_builders import article, corpus, says
from crosscheck.claims.uniqueness import Uniqueness, figures
from crosscheck.claims.value_agreement import same_moment
from crosscheck.records import Dossier
from text_builders import dossier_of

_dossier = dossier_of


def _single_texts(dossier: Dossier) -> list[str]:
    claims = {c.id: c for c in dossier.claims}
    return [
        claims[f.claims[0]].text
        for f in dossier.findings
        if f.kind == "single_source" and len(f.supporting) == 1
    ]


ESCORT = (
    "Envoy in Muscat\nThe American envoy Steve Witkoff was accompanied by the ambassador "
    "Ana Escrogima during the meeting with the Iranian minister in Muscat on Saturday."
)
FRENCH_ESCORT = (
    "L'envoyé à Mascate\nL'émissaire américain Steve Witkoff était accompagné de "
    "l'ambassadrice Ana Escrogima lors de la rencontre avec le ministre iranien à Mascate "
    "samedi."
)
OTHER_TOPIC = (
    "Talks in Oman\nIranian and American negotiators held indirect talks in Muscat on Saturday "
    "about the nuclear programme, and both sides called the atmosphere constructive."
)


def test_a_claim_only_one_article_makes_is_single_source(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(nlp, {"a.txt": ("Outlet A", ESCORT), "b.txt": ("Outlet B", OTHER_TOPIC)})
    assert any("Escrogima" in text for text in _single_texts(dossier))


def test_a_claim_another_article_makes_in_french_is_not_single_source(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(
        nlp,
        {
            "a.txt": ("Outlet A", ESCORT),
            "b.txt": ("Outlet B", OTHER_TOPIC),
            "c.txt": ("Outlet C", FRENCH_ESCORT),
        },
    )
    # told by two outlets: never "only one article reports" (the two, neither credited, are at
    # least one origin, possibly two)
    assert not any("Escrogima" in text for text in _single_texts(dossier))


def test_a_paraphrase_in_another_language_is_found_by_meaning() -> None:
    english = "The ambassador accompanied the envoy to the meeting with the minister."
    french = "L'ambassadrice a accompagné l'émissaire à la rencontre avec le ministre."
    story = [
        article("a", "Outlet A", says(english, language="en")),
        article("b", "Outlet B", says("Un tout autre sujet, la météo de demain.")),
    ]
    story[1] = story[1].model_copy(
        update={"article": story[1].article.model_copy(update={"language": "fr"})}
    )
    translated = article("c", "Outlet C", says(french))
    translated = translated.model_copy(
        update={"article": translated.article.model_copy(update={"language": "fr"})}
    )
    claim = story[0].claims[0]
    # the claim is compared only with other-language articles; the weather is far from it
    assert Uniqueness(corpus(story))._unechoed_across_languages([(claim, frozenset("a"))], [True])
    with_translation = Uniqueness(corpus([*story, translated]))
    assert with_translation._unechoed_across_languages([(claim, frozenset("a"))], [True]) == [False]


def test_a_claim_in_other_words_is_not_single_source(nlp) -> None:  # type: ignore[no-untyped-def]
    reworded = (
        "Witkoff in Oman\nAna Escrogima, the ambassador, went with envoy Steve Witkoff to the "
        "meeting with Iran's foreign minister in Muscat on Saturday."
    )
    dossier = _dossier(
        nlp,
        {
            "a.txt": ("Outlet A", ESCORT),
            "b.txt": ("Outlet B", OTHER_TOPIC),
            "c.txt": ("Outlet C", reworded),
        },
    )
    # told by two outlets: never "only one article reports" (the two, neither credited, are at
    # least one origin, possibly two)
    assert not any("Escrogima" in text for text in _single_texts(dossier))


def test_figures_are_read_in_any_convention_and_script() -> None:
    assert figures("2,012 dead") == figures("2.012 morts") == figures("٢٠١٢ قتيلا") - {2012.0}
    assert 1404.0 in figures("dont 1.404 dans un état grave") & figures("١٤٠٤ جريحا")
    assert figures("a magnitude of 7.2") == {7.2}
    assert not figures("the 2015 agreement")


def test_a_claim_whose_details_all_appear_elsewhere_is_not_single_source() -> None:
    story = [
        article("a", "Outlet A", says("The toll rose to 632 dead after the quake struck.")),
        article("b", "Outlet B", says("Rescuers said 632 people had died in the mountains.")),
    ]
    claim = story[0].claims[0]
    assert not Uniqueness(corpus(story)).has_own_detail(claim, frozenset("a"))
    alone = [story[0], article("b", "Outlet B", says("Rescuers kept digging overnight."))]
    assert Uniqueness(corpus(alone)).has_own_detail(claim, frozenset("a"))


def _claim(text: str):  # type: ignore[no-untyped-def]
    return article("a", "Outlet A", says(text)).claims[0]


def test_another_round_or_a_repeat_is_another_moment() -> None:
    assert not same_moment(
        _claim("The second round of talks took place in Muscat."),
        _claim("The third round of talks took place in Muscat."),
    )
    assert not same_moment(
        _claim("Oman's foreign minister mediated the talks."),
        _claim("Oman's foreign minister mediated the talks again."),
    )
    assert not same_moment(
        _claim("The negotiators met in Rome."), _claim("The negotiators met in Rome the next day.")
    )
    assert same_moment(
        _claim("The negotiations follow previous rounds that began in April."),
        _claim("The negotiations follow earlier rounds that began in April."),
    )
    assert same_moment(  # one side's ordinal alone does not set them apart
        _claim("Araghchi and Witkoff held the third round of talks in Muscat."),
        _claim("Araghchi and Witkoff held talks in Muscat."),
    )
    assert same_moment(  # "last Friday" dates, it does not count
        _claim("The king visited the injured of the earthquake of last Friday."),
        _claim("The king visited the injured of the earthquake."),
    )


MEDIATOR = (
    "Mediator\nOman's Foreign Minister Badr Albusaidi mediated the talks between Iran and the "
    "United States in Muscat, officials said."
)
MEDIATOR_AGAIN = (
    "Mediator again\nOman's Foreign Minister Badr Albusaidi mediated the talks between Iran and "
    "the United States again in Muscat, officials said."
)


def test_a_look_alike_of_another_moment_does_not_corroborate(nlp) -> None:  # type: ignore[no-untyped-def]
    dossier = _dossier(
        nlp, {"a.txt": ("Outlet A", MEDIATOR), "b.txt": ("Outlet B", MEDIATOR_AGAIN)}
    )
    assert not [f for f in dossier.findings if f.kind == "corroborated"]
    reworded = MEDIATOR.replace("officials said", "diplomats said")
    same = _dossier(nlp, {"a.txt": ("Outlet A", MEDIATOR), "b.txt": ("Outlet B", reworded)})
    assert [f for f in same.findings if f.kind == "corroborated"] or any(
        f.kind == "single_source" and len(f.supporting) == 2 for f in same.findings
    )


def test_a_line_quoted_in_another_language_than_its_article_is_not_single_source() -> None:
    line = "A military plane with 7 people on board crashed near Bologoye, Russian media reported."
    romanian = article(
        "a",
        "Outlet A",
        says("Un avion s-a prăbușit în regiunea Tver, la nord de Moscova.", language="ro"),
        says(line, language="en"),
        language="ro",
    )
    other = article("b", "Outlet B", says("Rescuers kept digging overnight.", language="en"))
    quoted, own = romanian.claims[1], romanian.claims[0]
    checker = Uniqueness(corpus([romanian, other]))
    assert checker.has_own_detail(quoted, frozenset("a"))  # its words are its own...
    assert checker._embedded(quoted) and not checker._embedded(own)
    # ...yet it was taken from elsewhere, so it is never called single-source
    assert checker.unique([(quoted, frozenset("a"))]) == [False]
    same_language = article("c", "Outlet C", says(line, language="en"), language="en")
    assert not Uniqueness(corpus([same_language, other]))._embedded(same_language.claims[0])
