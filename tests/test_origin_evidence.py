"""Independence needs positive evidence: articles written for the test, run through the real
cleaner, annotator, resolver and corpus stages, and the origins of the claims that state one
fact counted (`count_origins`). An outlet is an origin of its own only when it names its own
source, is a credited agency's dispatch or shows its own reporter; the others together are at
most one origin; an issuing authority's toll is that authority's, whoever relays it."""

from __future__ import annotations

from tests.test_origin_count import _corpus

from crosscheck.claims.issued_figures import issued_fact
from crosscheck.claims.origin_count import OriginCount, count_origins
from crosscheck.corpus import Corpus


def _count_in(corpus: Corpus, words: str, articles: int) -> OriginCount:
    found = {}
    for claim in corpus.claims:
        text = corpus.articles[claim.article].article.text
        start, end = claim.sentence_start or claim.start, claim.sentence_end or claim.end
        if words in text[start:end]:
            found.setdefault(claim.article, claim)
    assert len(found) == articles, f"{words!r} is read from {len(found)} articles"
    return count_origins(list(found.values()), corpus)


def _count(nlp, texts: dict[str, tuple[str, str]], words: str) -> OriginCount:  # type: ignore[no-untyped-def]
    return _count_in(_corpus(nlp, texts), words, len(texts))


def test_three_outlets_relaying_one_uncredited_story_are_one_origin(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        {
            "a.txt": (
                "Outlet A",
                "Bridge closed\nThe old bridge over the river was closed to traffic on Tuesday "
                "after cracks appeared in two of its arches.",
            ),
            "b.txt": (
                "Outlet B",
                "Traffic chaos\nDrivers faced long queues because the old bridge was closed to "
                "traffic on Tuesday, when cracks were found in its arches.",
            ),
            "c.txt": (
                "Outlet C",
                "City news\nCommuters had to take the ferry on Tuesday: the old bridge was "
                "closed to traffic once engineers spotted cracks in the arches.",
            ),
        },
        "closed to traffic",
    )
    # (two of them may be merged as one reworded text; the third stays a possible origin)
    assert len(count.certain) == 1
    assert count.possible


def test_an_uncredited_outlet_is_no_second_origin_beside_an_own_reporter(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        {
            "a.txt": (
                "Outlet A",
                "Bridge closed\nThe old bridge over the river was closed to traffic on Tuesday "
                "after cracks appeared in two of its arches.",
            ),
            "b.txt": (
                "Outlet B",
                "On the river\nOur correspondent saw that the old bridge was closed to traffic "
                "on Tuesday, with barriers across both ends.",
            ),
        },
        "closed to traffic",
    )
    assert count.certain == ["outlet:outlet b"]
    assert count.possible == ["outlet:outlet a"]


def test_three_outlets_reporting_one_ministry_toll_are_one_origin(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        {
            "a.txt": (
                "Outlet A",
                "Toll rises\nThe earthquake in the mountains killed 2,012 people in five "
                "provinces, the Interior Ministry said in a statement on Saturday evening.",
            ),
            "b.txt": (
                "Outlet B",
                "Morocco mourns\nAt least 2,012 people died in the disaster in the High Atlas "
                "villages, according to the interior ministry in Rabat.",
            ),
            "c.txt": (
                "Outlet C",
                "Night of grief\nThe death toll from the earthquake has reached 2,012 across "
                "the country, Morocco's Interior Ministry announced late on Saturday.",
            ),
        },
        "2,012",
    )
    assert len(count.certain) == 1
    assert "interior" in count.certain[0]


def test_two_agencies_relaying_one_unnamed_authority_s_toll_are_one_origin(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        {
            "a.txt": (
                "Outlet A",
                "Quake toll\nRABAT (AFP) - At least 632 people were killed in the earthquake "
                "that struck the High Atlas on Friday night.",
            ),
            "b.txt": (
                "Outlet B",
                "Morocco quake\nMARRAKECH (Reuters) - The death toll from the earthquake that "
                "struck the High Atlas rose to 632 on Saturday, as rescuers searched the "
                "villages.",
            ),
        },
        "632",
    )
    assert len(count.certain) == 1
    assert len(count.possible) == 1


def test_two_agencies_reporting_an_ordinary_fact_are_two_origins(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: no authority issues the closing of a bridge, and each agency is credited
    count = _count(
        nlp,
        {
            "a.txt": (
                "Outlet A",
                "Bridge closed\nLYON (AFP) - The old bridge over the river was closed to "
                "traffic on Tuesday after cracks appeared in two of its arches.",
            ),
            "b.txt": (
                "Outlet B",
                "Traffic chaos\nLYON (Reuters) - Drivers faced long queues in the city centre "
                "because the old bridge was closed to traffic on Tuesday morning.",
            ),
        },
        "closed to traffic",
    )
    assert count.certain == ["agency:afp", "agency:reuters"]


def test_issued_facts_are_tolls_readings_and_official_acts() -> None:
    assert issued_fact("The toll rose to 632 on Saturday.")
    assert issued_fact("Le séisme a fait 632 morts et 329 blessés.")
    assert issued_fact("At least 2,012 people were killed.")
    assert issued_fact("The quake had a magnitude of 6.8, the USGS said.")
    assert issued_fact("The court's ruling was read out on Monday.")
    assert issued_fact("أسفر الزلزال عن 632 قتيلا")


def test_how_many_people_were_aboard_is_the_operator_s_figure() -> None:
    assert issued_fact("About 350 people were on the train when it derailed, the operator said.")
    assert issued_fact("The plane left Ahmedabad with 242 passengers and crew on board.")
    assert issued_fact("The train, carrying 350 passengers, hit a freight train.")
    assert issued_fact("Un tren con alrededor de 350 personas a bordo chocó anoche.")
    # near miss: people on a platform are no one's issued figure
    assert not issued_fact("Some 300 people gathered on the platform to mourn the victims.")


def test_ordinary_facts_are_not_issued_facts() -> None:
    assert not issued_fact("The minaret of the mosque collapsed in the earthquake.")
    assert not issued_fact("Villagers spent three nights outdoors in the cold.")
    assert not issued_fact("The balance of power shifted after the vote.")
    assert not issued_fact("Rescuers pulled a dead dog from the rubble.")


def _two(first: str, second: str) -> dict[str, tuple[str, str]]:
    return {"a.txt": ("Outlet A", f"News\n{first}"), "b.txt": ("Outlet B", f"Report\n{second}")}


def test_a_body_described_and_the_body_named_are_one_origin(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        _two(
            "The borders of the country will stay closed until further notice, the junta said "
            "in a statement read on national television on Wednesday night.",
            "Land and air borders stay closed until further notice, the National Council for "
            "the Safeguard of the Homeland announced on Wednesday night.",
        ),
        "stay closed",
    )
    assert len(count.certain) == 1


def test_an_agency_s_acronym_and_its_full_name_are_one_origin(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        _two(
            "The earthquake struck at a depth of ten kilometres under the mountains south of "
            "the city, the NIG said on Saturday morning.",
            "Its depth of ten kilometres made the shaking far worse in the villages, according "
            "to the National Institute of Geophysics, which recorded it on Saturday.",
        ),
        "depth of ten",
    )
    assert len(count.certain) == 1 and count.possible == []


def test_two_unnamed_sources_are_not_two_proven_origins(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        _two(
            "The two delegations met face to face for the first time in the capital on "
            "Saturday, a diplomatic source in Muscat said.",
            "For the first time, both delegations sat down face to face in Muscat on Saturday "
            "afternoon, a Western diplomat told reporters.",
        ),
        "face to face",
    )
    assert len(count.certain) == 1


def test_two_named_ministries_are_two_origins(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: two bodies each named, with no word in common but their kind
    count = _count(
        nlp,
        _two(
            "More than three hundred field hospitals and shelters were set up in the valley by "
            "Sunday, the Interior Ministry said in a statement.",
            "By Sunday evening, teams had opened over 300 field hospitals across the stricken "
            "region, the Health Ministry told reporters in the capital.",
        ),
        "field hospitals",
    )
    assert len(count.certain) == 2


def test_a_casualty_counted_after_its_verb_is_an_issued_fact_but_a_date_is_not() -> None:
    assert issued_fact("The quake struck the valley, killing at least 153 people overnight.")
    assert not issued_fact("Prigozhin was killed in a plane crash on 23 August 2023.")


def test_two_agencies_each_with_its_own_reporting_are_two_origins(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        {
            "a.txt": (
                "Outlet A",
                "Roads cut\nThe road to the valley was cut by a landslide on Monday, a farmer "
                "told AFP at the scene.",
            ),
            "b.txt": (
                "Outlet B",
                "Valley isolated\nA Reuters reporter at the scene saw the valley road blocked "
                "by a landslide on Monday.",
            ),
        },
        "landslide on Monday",
    )
    assert count.certain == ["agency:afp", "agency:reuters"]


def test_two_agencies_named_only_as_relays_of_a_toll_are_not_two_origins(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: "according to" an agency relays the authority's count, it saw nothing itself
    count = _count(
        nlp,
        {
            "a.txt": (
                "Outlet A",
                "Toll rises\nThe toll of the earthquake in Morocco rose to 632 dead on Saturday, "
                "according to Reuters.",
            ),
            "b.txt": (
                "Outlet B",
                "Quake\nMore villages were reached in Morocco as 632 dead were counted in the "
                "mountains, according to AFP.",
            ),
        },
        "632 dead",
    )
    assert len(count.certain) == 1
