"""Name forms a reader joins across outlets in several languages: a Spanish name with or
without its second surname, a given name in another language or as its usual short form, a
German title written into the name, a place with and without its final vowel, an American
and a British spelling of one body; each with the look-alikes a reader keeps apart. Corpora
are written for the test and go through the real annotator and resolver."""

from __future__ import annotations

from claim_builders import article, says
from crosscheck.claims.match_anchors import shared_anchors
from crosscheck.corpus import build_corpus
from crosscheck.records import AnnotatedArticle, Event, Mention, Story
from crosscheck.resolve.demonyms import title_nationalities
from crosscheck.resolve.names import full_names_compatible, person_name_tokens
from crosscheck.resolve.resolver import Resolution
from crosscheck.resolve.romanisation import same_place_spelling
from crosscheck.resolve.translated_names import english_concepts
from text_builders import annotated_report, entities_by_alias

_by_alias = entities_by_alias


def test_a_spanish_name_with_and_without_its_second_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "The opposition candidate Edmundo González Urrutia said he had won the vote.",
        "Edmundo González left Caracas for Madrid on Sunday, his lawyer said.",
        "Venezuela's president, Nicolás Maduro Moros, said the vote was clean.",
        "Nicolás Maduro spoke on television on Monday night.",
    )
    assert by_alias["Edmundo González"].id == by_alias["Edmundo González Urrutia"].id
    assert by_alias["Nicolás Maduro"].id == by_alias["Nicolás Maduro Moros"].id
    assert by_alias["Edmundo González"].id != by_alias["Nicolás Maduro"].id


def test_a_short_name_that_starts_two_longer_ones_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Carlos Pérez Rodríguez, the mayor, ordered the evacuation of the town.",
        "Carlos Pérez Gómez, a farmer, lost his fields to the flood.",
        "Carlos Pérez said the water rose within minutes.",
    )
    assert by_alias["Carlos Pérez Rodríguez"].id != by_alias["Carlos Pérez Gómez"].id
    assert by_alias["Carlos Pérez"].id not in {
        by_alias["Carlos Pérez Rodríguez"].id,
        by_alias["Carlos Pérez Gómez"].id,
    }


def test_another_person_with_the_surname_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Luis García Montero, the minister, visited the town on Monday.",
        "Luis García spoke to reporters on Monday. His brother, Roberto García, was rescued by"
        " firefighters.",
    )
    luis = by_alias["Luis García Montero"].id
    assert by_alias["Luis García"].id == luis
    assert by_alias["Roberto García"].id != luis


def test_an_english_name_with_a_third_word_is_not_read_as_a_second_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Mark Kelly Johnson, a local farmer, said the river rose overnight.",
        "Mark Kelly, the senator, visited the flooded town on Monday.",
    )
    assert by_alias["Mark Kelly"].id != by_alias["Mark Kelly Johnson"].id


def test_given_names_in_other_languages_and_their_short_forms(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "Nicholas Maduro said the courts had ruled. Maribel Albalat asked for help.",
        "Nicolás Maduro spoke on television. The mayor, Maria Isabel Albalat, said the water"
        " rose fast.",
        "Pablo Sánchez, a neighbour, helped. Pedro Sánchez visited the town. The teacher Maria"
        " Teresa Albalat was safe.",
    )
    assert by_alias["Nicholas Maduro"].id == by_alias["Nicolás Maduro"].id
    assert by_alias["Maribel Albalat"].id == by_alias["Maria Isabel Albalat"].id
    assert by_alias["Pablo Sánchez"].id != by_alias["Pedro Sánchez"].id
    assert by_alias["Maria Teresa Albalat"].id != by_alias["Maria Isabel Albalat"].id


def test_given_name_forms_need_the_surname_too() -> None:
    assert full_names_compatible(("jose", "garcia"), ("joseph", "garcia"))[0]
    assert full_names_compatible(("pepe", "garcia"), ("jose", "garcia"))[0]
    assert not full_names_compatible(("jose", "garcia"), ("joseph", "martin"))[0]
    assert not full_names_compatible(("pablo", "sanchez"), ("pedro", "sanchez"))[0]


def test_a_german_title_or_genitive_before_a_name_is_no_part_of_it() -> None:
    assert person_name_tokens("Präsidentschaftskandidat Edmundo González") == (
        "edmundo",
        "gonzalez",
    )
    assert person_name_tokens("Oppositionsführerin María Machado") == ("maria", "machado")
    assert person_name_tokens("Venezuelas Edmundo González") == ("edmundo", "gonzalez")
    # a given name that reads like a genitive stays when it is the only given name
    assert person_name_tokens("Frances Haugen") == ("frances", "haugen")
    assert person_name_tokens("Thomas Müller") == ("thomas", "muller")


def test_a_place_with_and_without_its_final_vowel() -> None:
    assert same_place_spelling("torrent", "torrente")[0]
    assert same_place_spelling("chedagad", "chedagada")[0]
    assert same_place_spelling("chhedagad", "chedagada")[0]
    # two letters more, a short stem, a consonant more: other places
    assert not same_place_spelling("niger", "nigeria")[0]
    assert not same_place_spelling("tarn", "tarna")[0]
    assert not same_place_spelling("torrent", "torrents")[0]


def test_american_and_british_spellings_of_one_body(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "The National Earthquake Monitoring Center said the quake struck at 11.47 pm.",
        "The National Earthquake Monitoring Centre recorded 159 aftershocks by Sunday.",
        "India's National Institute of Seismology put the magnitude at 6.4.",
    )
    center = by_alias["National Earthquake Monitoring Center"]
    assert center.id == by_alias["National Earthquake Monitoring Centre"].id
    assert center.id != by_alias["National Institute of Seismology"].id


def test_a_nationality_in_a_title_is_not_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    report = annotated_report(
        nlp,
        "a.txt",
        "Russian President Vladimir Putin met the Iranian foreign minister on Monday."
        " Russian forces shelled the town.",
    )
    titled = {report.mentions[i].text for i in title_nationalities(report)}
    texts = [m.text for m in report.mentions]
    assert {"Russian", "Iranian"} <= titled
    assert texts.count("Russian") == 2, "both nationality words are mentions"
    assert len([i for i in title_nationalities(report) if texts[i] == "Russian"]) == 1


def _one_mention_claim(aid: str, text: str, name: str) -> AnnotatedArticle:
    base = article(aid, aid.upper(), says(text, predicate="meet"))
    start = text.index(name)
    mention = Mention(
        article=aid, start=start, end=start + len(name), text=name, type="NORP", sentence=0
    )
    claim = base.claims[0].model_copy(update={"entities": [0]})
    return base.model_copy(update={"mentions": [mention], "claims": [claim]})


def test_two_claims_naming_a_president_by_his_nationality_share_no_place() -> None:
    texts = {
        "a": ("Russian President Vladimir Putin met the delegation on Monday.", "Russian"),
        "b": ("The Russian President received the envoys at noon.", "Russian"),
        "c": ("The Russian army met resistance near the border.", "Russian"),
        "d": ("Troops from the Russian army met no resistance.", "Russian"),
    }
    articles = [_one_mention_claim(aid, text, name) for aid, (text, name) in texts.items()]
    ids = list(texts)
    event = Event(
        id="ev", story="s", title="t", date=None, location=None, participants=[], articles=ids
    )
    story = Story(id="s", title="t", events=["ev"], articles=ids)
    entity_of = {(aid, 0): "gpe:russia" for aid in ids}
    corpus = build_corpus(
        articles, Resolution(entities=[], entity_of=entity_of), [story], [event], []
    )
    by_article = {c.article: c for c in corpus.claims}
    assert "place" not in shared_anchors(by_article["a"], by_article["b"], corpus)
    assert "place" in shared_anchors(by_article["c"], by_article["d"], corpus)


def test_an_institution_named_in_spanish_or_french_and_in_english() -> None:
    def concepts(name: str) -> frozenset[str] | None:
        read = english_concepts(name)
        return read[0] if read else None

    assert concepts("Consejo Nacional Electoral") == concepts("National Electoral Council")
    assert concepts("Conseil national de sauvegarde de la patrie") == concepts(
        "National Council for the Safeguard of the Homeland"
    )
    assert concepts("Tribunal Supremo de Justicia") == concepts("Supreme Court of Justice")
    # another body, a name that is no institution's
    assert concepts("Consejo Nacional Electoral") != concepts("National Council of Resistance")
    assert concepts("Nicolás Maduro") is None
    assert english_concepts("National Electoral Council") == (
        frozenset({"national", "electoral", "council"}),
        False,
    )


def test_a_translated_institution_name_joins_its_english_name(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = _by_alias(
        nlp,
        "The opposition Plataforma Unitaria Democrática (PUD) said it had the tally sheets.",
        "The Democratic Platform of Unity said the count was false.",
        "The National Council of Resistance met in Paris on Monday.",
    )
    platform = by_alias["Democratic Platform of Unity"]
    assert platform.id == by_alias["Plataforma Unitaria Democrática"].id
    assert platform.type == "ORG"
    assert platform.id != by_alias["National Council of Resistance"].id
