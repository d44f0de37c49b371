"""crosscheck.resolve.coref: the group-level passes (salient pronouns, generic nominals,
demonyms, lemma fallback) and the title and pronoun readings they rely on, on news sentences
tagged by hand."""

from __future__ import annotations

from crosscheck.resolve.coref import CorefMention, CorefOptions, resolve_coreference
from crosscheck.resolve.coref_mentions import Kind


def at(
    doc: str,
    sentence: str,
    text: str,
    tags: str,
    ents: str = "",
    *,
    index: int = 0,
    group: str = "caravan",
    occurrence: int = 0,
) -> CorefMention:
    """The mention ``text`` in ``sentence`` (the sentence's ``index`` in its document)."""
    context = tuple(sentence.split())
    tokens = tuple(text.split())
    starts = [i for i in range(len(context)) if context[i : i + len(tokens)] == tokens]
    tag_list = tuple(tags.split())
    assert len(tag_list) == len(tokens) and starts, text
    return CorefMention(
        doc_id=doc,
        tokens=tokens,
        tags=tag_list,
        ent_types=tuple("" if e == "-" else e for e in ents.split()) if ents else (),
        group=group,
        sentence=index,
        start=starts[occurrence],
        context=context,
    )


def together(clusters: list[list[int]], *indexes: int) -> bool:
    return any(set(indexes) <= set(c) for c in clusters)


TRUMP_A = "President Donald Trump said he would send troops to the border ."
PUTIN_A = "Russian President Vladimir Putin called him ."
LATER_B = "He repeated the threat on Twitter on Thursday ."
SHE_C = "She said the caravan was not a threat ."


def test_pronoun_without_antecedent_joins_the_entity_it_usually_refers_to() -> None:
    mentions = [
        at("a", TRUMP_A, "President Donald Trump", "NNP NNP NNP", "- PERSON PERSON"),
        at("a", TRUMP_A, "he", "PRP"),
        at(
            "a",
            PUTIN_A,
            "Russian President Vladimir Putin",
            "JJ NNP NNP NNP",
            "- - PERSON PERSON",
            index=1,
        ),
        at("b", LATER_B, "He", "PRP"),  # first mention of its document: no antecedent
    ]
    clusters = resolve_coreference(mentions)
    assert together(clusters, 0, 1, 3)  # Trump is the "he" of the group, not Putin
    assert not together(clusters, 2, 3)
    local = resolve_coreference(mentions, CorefOptions(unanchored_pronouns="none"))
    assert [3] in local


def test_unanchored_pronoun_skips_entities_of_another_gender_and_falls_back_to_its_word() -> None:
    mentions = [
        at("a", TRUMP_A, "President Donald Trump", "NNP NNP NNP", "- PERSON PERSON"),
        at("a", TRUMP_A, "he", "PRP"),
        at("b", SHE_C, "She", "PRP"),
        at("c", SHE_C, "She", "PRP"),
    ]
    clusters = resolve_coreference(mentions)
    assert not together(clusters, 0, 2)  # Trump's cluster has "he": no "she" for it
    assert together(clusters, 2, 3)  # same pronoun, same document cluster
    salient_only = resolve_coreference(mentions, CorefOptions(unanchored_pronouns="salient"))
    assert not together(salient_only, 2, 3)


GENERIC_B = "The president has threatened to close the border ."
MACRON_C = "French President Emmanuel Macron disagreed ."


def test_generic_nominal_joins_the_one_person_it_titles_in_the_group() -> None:
    mentions = [
        at("a", TRUMP_A, "President Donald Trump", "NNP NNP NNP", "- PERSON PERSON"),
        at("b", GENERIC_B, "The president", "DT NN"),
    ]
    assert together(resolve_coreference(mentions), 0, 1)
    off = resolve_coreference(mentions, CorefOptions(generic_nominals=False))
    assert not together(off, 0, 1)
    two_presidents = [
        *mentions,
        at(
            "c",
            MACRON_C,
            "French President Emmanuel Macron",
            "JJ NNP NNP NNP",
            "NORP - PERSON PERSON",
        ),
    ]
    clusters = resolve_coreference(two_presidents)
    assert not together(clusters, 0, 1) and not together(clusters, 1, 2)


BETTY = "Early Friday , the 26 - year - old actress checked into Betty Ford Center ."
BOEING = "Emails on a deal with aircraft manufacturer Boeing were made public ."
IPHONE = "The company 's iPhone went on sale ."


def test_title_words_are_role_nouns_next_to_the_name() -> None:
    center = at("a", BETTY, "Betty Ford Center", "NNP NNP NNP", "ORG ORG ORG")
    assert not {"actress", "checked", "into"} & center.title_words
    boeing = at("a", BOEING, "aircraft manufacturer Boeing", "NN NN NNP", "- - ORG")
    assert "manufacturer" in boeing.title_words and "aircraft" not in boeing.title_words
    iphone = at("a", IPHONE, "The company 's iPhone", "DT NN POS NNP", "- - - PRODUCT")
    assert "company" not in iphone.title_words


def test_nominal_does_not_join_a_name_through_a_verb_before_it() -> None:
    mentions = [
        at("a", BETTY, "actress", "NN"),
        at("a", BETTY, "Betty Ford Center", "NNP NNP NNP", "ORG ORG ORG"),
    ]
    assert resolve_coreference(mentions) == [[0], [1]]


US_A = "The US says the caravan must stop ."
US_B = "Mexico and the United States disagree ; American officials declined to comment ."


def test_us_is_a_country_and_demonyms_join_it() -> None:
    us = at("a", US_A, "The US", "DT NNP", "- GPE")
    assert us.kind is Kind.NAME and us.pronoun is None
    mentions = [
        us,
        at("b", US_B, "the United States", "DT NNP NNPS", "- GPE GPE"),
        at("b", US_B, "American", "JJ", "NORP"),
        at("b", US_B, "Mexico", "NNP", "GPE"),
    ]
    clusters = resolve_coreference(mentions)
    assert together(clusters, 0, 1, 2)
    assert not together(clusters, 0, 3)
    assert not together(resolve_coreference(mentions, CorefOptions(demonyms=False)), 0, 2)


GOVT_A = "The Mexican government said the government would register the migrants ."
GOVT_B = "The Honduran government blamed opposition groups ."
YEARS_B = "The migrants walked for 485 years ."
YEARS_C = "Some have waited three years for asylum ."


def test_lemma_fallback_joins_leftover_singletons_but_not_counted_ones() -> None:
    mentions = [
        at("a", GOVT_A, "The Mexican government", "DT JJ NN", "- NORP -"),
        at("a", GOVT_A, "the government", "DT NN"),
        at("b", GOVT_B, "The Honduran government", "DT JJ NN", "- NORP -"),
        at("b", YEARS_B, "485 years", "CD NNS", index=1),
        at("c", YEARS_C, "three years", "CD NNS"),
    ]
    default = resolve_coreference(mentions)
    assert together(default, 0, 1) and not together(default, 0, 2)  # Mexico / Honduras
    fallback = resolve_coreference(mentions, CorefOptions(lemma_fallback=True))
    assert together(fallback, 0, 1, 2)
    assert not together(fallback, 3, 4)
