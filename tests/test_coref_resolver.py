"""crosscheck.resolve.coref on small hand-tagged news mentions."""

from __future__ import annotations

from crosscheck.resolve.coref import LOOSE, CorefMention, CorefOptions, resolve_coreference
from crosscheck.resolve.coref_mentions import Kind


def mention(
    doc: str,
    text: str,
    tags: str,
    head: int = -1,
    *,
    sentence: int = 0,
    start: int = 0,
    ents: str = "",
    group: str | None = "syria",
    context: str = "",
) -> CorefMention:
    tokens = tuple(text.split())
    tag_list = tuple(tags.split())
    assert len(tag_list) == len(tokens)
    ent_list = tuple(e if e != "-" else "" for e in ents.split()) if ents else ()
    return CorefMention(
        doc_id=doc,
        tokens=tokens,
        head=head,
        tags=tag_list,
        ent_types=ent_list,
        group=group,
        sentence=sentence,
        start=start,
        context=tuple(context.split()),
    )


def together(clusters: list[list[int]], *indexes: int) -> bool:
    return any(set(indexes) <= set(c) for c in clusters)


def test_transliteration_variants_across_documents_merge() -> None:
    mentions = [
        mention("a", "Ahmed al-Sharaa", "NNP NNP", ents="PERSON PERSON"),
        mention("b", "Ahmad al-Shara", "NNP NNP", ents="PERSON PERSON"),
        mention("b", "Sharaa", "NNP", sentence=3, ents="PERSON"),
        mention("c", "Asaad al-Shaibani", "NNP NNP", ents="PERSON PERSON"),
    ]
    clusters = resolve_coreference(mentions)
    assert together(clusters, 0, 1, 2)
    assert not together(clusters, 0, 3)


def test_namesakes_stay_apart_and_bare_surname_follows_its_document() -> None:
    mentions = [
        mention("a", "Lindsay Lohan", "NNP NNP", ents="PERSON PERSON"),
        mention("a", "Lohan", "NNP", sentence=2, ents="PERSON"),
        mention("b", "Dina Lohan", "NNP NNP", ents="PERSON PERSON"),
        mention("b", "Lohan", "NNP", sentence=4, ents="PERSON"),
        mention("c", "Lindsay Lohan", "NNP NNP", ents="PERSON PERSON"),
    ]
    clusters = resolve_coreference(mentions)
    assert together(clusters, 0, 1, 4)
    assert together(clusters, 2, 3)
    assert not together(clusters, 0, 2)


def test_nominals_with_clashing_modifiers_stay_apart() -> None:
    mentions = [
        mention("a", "the Syrian president", "DT JJ NN"),
        mention("b", "the French president", "DT JJ NN"),
        mention("a", "the president", "DT NN", sentence=2),
        mention("c", "Syria 's president", "NNP POS NN"),
    ]
    clusters = resolve_coreference(mentions)
    assert not together(clusters, 0, 1)
    assert together(clusters, 0, 2, 3)  # bare form follows its document; Syria = Syrian
    without = resolve_coreference(mentions, CorefOptions(nominal_modifiers=False))
    assert together(without, 0, 1)


def test_title_links_a_nominal_to_the_name_in_its_document() -> None:
    mentions = [
        mention("a", "President Bashar al-Assad", "NNP NNP NNP", ents="- PERSON PERSON"),
        mention("a", "the president", "DT NN", sentence=3),
        mention("b", "the president", "DT NN", group="france"),
    ]
    clusters = resolve_coreference(mentions)
    assert together(clusters, 0, 1)
    assert not together(clusters, 0, 2)


def test_acronym_joins_the_full_name() -> None:
    mentions = [
        mention("a", "General Motors", "NNP NNPS", ents="ORG ORG", group="gm"),
        mention("b", "GM", "NNP", ents="ORG", group="gm"),
        mention("b", "Ford Motor Company", "NNP NNP NNP", ents="ORG ORG ORG", group="gm"),
        mention("c", "Ford", "NNP", ents="ORG", group="gm"),
    ]
    clusters = resolve_coreference(mentions)
    assert together(clusters, 0, 1)
    assert not together(clusters, 1, 2)


def test_pronouns_link_to_the_nearest_agreeing_antecedent() -> None:
    mentions = [
        mention("a", "Assad", "NNP", ents="PERSON"),
        mention("a", "the ministry", "DT NN", sentence=0, start=5),
        mention("a", "He", "PRP", sentence=1),
        mention("a", "it", "PRP", sentence=1, start=4),
        mention("b", "he", "PRP", sentence=0),
    ]
    clusters = resolve_coreference(mentions)
    assert together(clusters, 0, 2)  # "the ministry" is nearer but not a person
    assert together(clusters, 1, 3)
    local = resolve_coreference(mentions, CorefOptions(unanchored_pronouns="none"))
    assert together(local, 0, 2)
    assert not together(local, 0, 4)  # no antecedent in its own document
    singletons = resolve_coreference(mentions, CorefOptions(pronouns="singleton"))
    assert not together(singletons, 0, 2)


def test_links_stay_inside_a_document_cluster() -> None:
    mentions = [
        mention("a", "Mohammed Salah", "NNP NNP", group="football"),
        mention("b", "Mohammed Salah", "NNP NNP", group="politics"),
    ]
    assert resolve_coreference(mentions) == [[0], [1]]


def test_without_tags_capitalisation_marks_names() -> None:
    name = CorefMention(doc_id="a", tokens=("the", "United", "Nations"))
    nominal = CorefMention(doc_id="a", tokens=("the", "agency"))
    short = CorefMention(doc_id="b", tokens=("UN",))
    assert name.kind is Kind.NAME and nominal.kind is Kind.NOMINAL
    assert together(resolve_coreference([name, nominal, short]), 0, 2)


def test_loose_identity_joins_labels_of_one_concept_but_not_pronouns() -> None:
    mentions = [
        mention("a", "Syrian refugees", "JJ NNS", group="daca"),
        mention("b", "Iraqi refugees", "JJ NNS", group="daca"),
        mention("a", "Trump", "NNP", sentence=1, ents="PERSON", group="daca"),
        mention("a", "he", "PRP", sentence=2, group="daca"),
        mention("b", "Obama", "NNP", sentence=1, ents="PERSON", group="daca"),
        mention("b", "he", "PRP", sentence=2, group="daca"),
        mention("c", "refugees", "NNS", group="other"),
    ]
    strict = resolve_coreference(mentions)
    assert not together(strict, 0, 1)  # identity: Syrian refugees are not Iraqi refugees
    loose = resolve_coreference(mentions, LOOSE)
    assert together(loose, 0, 1)  # concept: "refugees" under any label
    assert not together(loose, 1, 6)
    # each "he" keeps its antecedent; a shared pronoun word does not join Trump and Obama
    assert together(loose, 2, 3) and together(loose, 4, 5)
    assert not together(loose, 2, 4)
    assert not together(loose, 3, 5)
