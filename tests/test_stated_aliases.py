"""Names the text says are one: an alias in quotes or brackets right after a name, or after
"also known as"; an affiliation, a location or an acronym in brackets is no alias."""

from __future__ import annotations

from text_builders import entities_by_alias


def test_a_nickname_in_quotes_after_the_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Prime Minister Pushpa Kamal Dahal 'Prachanda' flew to the district on Saturday.",
        "Prachanda said the government would rebuild every school.",
    )
    assert by_alias["Prachanda"].id == by_alias["Pushpa Kamal Dahal"].id


def test_a_nickname_after_also_known_as(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "The rebel commander Mohamed Hamdan Dagalo, better known as Hemedti, rejected the plan.",
        "Hemedti later agreed to a truce with the army on Sunday, officials said.",
    )
    assert by_alias["Hemedti"].id == by_alias["Mohamed Hamdan Dagalo"].id


def test_an_agency_glossed_in_quotes_and_in_brackets(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Agencies quoted the Russian Air Transport Agency, “Rosaviatsia”, as saying ten died.",
        "Officials at Rosaviatsia said the list of passengers was final.",
        "The Federal Customs Service (Rostamozhnya) said it had not been told.",
    )
    assert by_alias["Rosaviatsia"].id == by_alias["Russian Air Transport Agency"].id
    assert by_alias["Rostamozhnya"].id == by_alias["Federal Customs Service"].id
    assert by_alias["Rostamozhnya"].id != by_alias["Rosaviatsia"].id


def test_an_affiliation_or_a_place_in_brackets_is_no_alias(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Tom Fletcher (OCHA) said the appeal was underfunded.",
        "Rescuers reached Amizmiz (Al Haouz) on Sunday, and Marrakech (Morocco) on Monday.",
        "Officials of Rosaviatsia met Sergei Lavrov (Russia) in Moscow.",
    )
    assert by_alias["Tom Fletcher"].id != by_alias["OCHA"].id
    assert by_alias["Amizmiz"].id != by_alias["Al Haouz"].id
    assert by_alias["Marrakech"].id != by_alias["Morocco"].id
    assert by_alias["Sergei Lavrov"].id != by_alias["Russia"].id


def test_a_quotation_opening_with_a_name_is_no_alias(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        'Asked about the talks, Abbas Araghchi said: "Witkoff was constructive."',
        "Araghchi, 'Witkoff's team' and the Omani mediators met for three hours.",
    )
    assert by_alias["Witkoff"].id != by_alias["Abbas Araghchi"].id


def test_a_place_in_brackets_after_an_organisation_says_where(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Volunteers of the Nepal Red Cross Society (Jajarkot) handed out tents on Sunday.",
        "Officials in Jajarkot said more tents were needed before the winter.",
    )
    assert by_alias["Jajarkot"].id != by_alias["Nepal Red Cross Society"].id


def test_a_quoted_nickname_the_tagger_left_out_names_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        'Prime Minister Pushpa Kamal "Prachanda" Dahal flew to the district on Saturday with'
        " doctors.",
        "Prachanda said the government would rebuild every school in the district.",
    )
    assert by_alias["Prachanda"].id == by_alias["Pushpa Kamal"].id
    assert by_alias["Prachanda"].type == "PERSON"
