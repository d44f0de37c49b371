"""How many independent origins stand behind one fact told by two articles: article pairs
written for the test, run through the real cleaner, annotator, resolver and corpus stages, and
the origins of the two claims that state the fact counted (`count_origins`)."""

from __future__ import annotations

from crosscheck.annotate.annotator import annotate_doc
from crosscheck.claims.origin_count import OriginCount, count_origins
from crosscheck.corpus import Corpus, build_corpus
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.sources import RawDocument
from crosscheck.records import Claim, Event, Story
from crosscheck.resolve.resolver import resolve_entities


def _corpus(nlp, texts: dict[str, tuple[str, str]]) -> Corpus:  # type: ignore[no-untyped-def]
    annotated = []
    for name, (outlet, text) in texts.items():
        document = clean_document(
            RawDocument(item=name, format="txt", content=text, path=name, outlet=outlet)
        )
        annotated.append(annotate_doc(document, nlp(document.text)))
    ids = [a.article.id for a in annotated]
    event = Event(
        id="ev", story="s", title="t", date=None, location=None, participants=[], articles=ids
    )
    story = Story(id="s", title="t", events=["ev"], articles=ids)
    return build_corpus(annotated, resolve_entities(annotated), [story], [event], [])


def _stating(corpus: Corpus, words: str) -> list[Claim]:
    """One claim per article whose sentence holds these words."""
    found: dict[str, Claim] = {}
    for claim in corpus.claims:
        text = corpus.articles[claim.article].article.text
        start, end = claim.sentence_start or claim.start, claim.sentence_end or claim.end
        if words in text[start:end]:
            found.setdefault(claim.article, claim)
    assert len(found) == 2, f"{words!r} is read from {len(found)} articles"
    return list(found.values())


def _count(nlp, texts: dict[str, tuple[str, str]], words: str) -> OriginCount:  # type: ignore[no-untyped-def]
    corpus = _corpus(nlp, texts)
    return count_origins(_stating(corpus, words), corpus)


DISPATCH = (
    "Aid convoys reached the mountain villages south of Marrakech on Monday after rescue teams "
    "cleared roads blocked by landslides. Images circulating on social media showed large "
    "piles of debris at the earth-and-stone mosque, whose minaret had stood for eight "
    "centuries. Villagers said they had spent three nights outdoors in the cold, waiting for "
    "tents and blankets."
)
# The same story reworked without credit: sentences reframed and merged, phrases kept.
REWRITE = (
    "Rescue teams cleared roads blocked by landslides, and aid convoys reached the mountain "
    "villages on Monday, where images circulating on social media showed large piles of "
    "debris at the earth-and-stone mosque. Villagers spent three nights outdoors in the cold."
)


def test_an_uncredited_rewrite_of_a_credited_dispatch_is_one_origin(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        {
            "a.txt": ("Outlet A", f"Aid reaches the villages\nRABAT (AFP) - {DISPATCH}"),
            "b.txt": ("Outlet B", f"Convoys reach quake villages\n{REWRITE}"),
        },
        "piles of debris",
    )
    assert count.certain == ["agency:afp"] and count.possible == []


def test_two_outlets_quoting_one_named_official_are_one_origin(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        {
            "a.txt": (
                "Outlet A",
                "Toll rises\nThe earthquake in the High Atlas killed 2,012 people across five "
                "provinces, Interior Minister Abdelouafi Laftit said on Saturday evening. "
                "Rescuers worked through the night in Amizmiz.",
            ),
            "b.txt": (
                "Outlet B",
                "Morocco mourns\nAt least 2,012 people died in the disaster in the mountains, "
                "according to Abdelouafi Laftit, the interior minister, speaking in Rabat. "
                "Hospitals in Marrakech were full.",
            ),
        },
        "2,012",
    )
    assert count.certain == ["entity:person:abdelouafi-laftit"] and count.possible == []


def test_an_outlet_s_own_reporting_and_an_agency_dispatch_are_two_origins(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        {
            "a.txt": (
                "Outlet A",
                "Mosque in ruins\nRABAT (AFP) - The minaret of the Tinmel mosque collapsed in "
                "the earthquake, leaving only the outer walls standing.",
            ),
            "b.txt": (
                "Outlet B",
                "A visit to Tinmel\nOur correspondent walked through the village on Sunday. "
                "The old minaret of the Tinmel mosque has fallen into the courtyard, and the "
                "prayer hall now lies open to the sky.",
            ),
        },
        "minaret",
    )
    assert sorted(count.certain) == ["agency:afp", "outlet:outlet b"] and count.possible == []


def test_two_different_officials_are_two_origins(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        {
            "a.txt": (
                "Outlet A",
                "Toll rises\nThe earthquake in the High Atlas killed 2,012 people across five "
                "provinces, Interior Minister Abdelouafi Laftit said on Saturday evening.",
            ),
            "b.txt": (
                "Outlet B",
                "Toll rises\nHospitals have counted 2,012 people killed by the earthquake in the "
                "mountains, Health Minister Khalid Ait Taleb told reporters in Marrakech.",
            ),
        },
        "2,012",
    )
    assert count.certain == [
        "entity:person:abdelouafi-laftit",
        "entity:person:khalid-ait-taleb",
    ]


def test_two_outlets_sharing_one_stock_phrase_are_not_merged(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        {
            "a.txt": (
                "Outlet A",
                "Quake in the Atlas\nIt was the strongest earthquake to hit the country in a "
                "century, and whole villages in the valley were flattened within seconds.",
            ),
            "b.txt": (
                "Outlet B",
                "Night of terror\nFamilies fled into the streets of Marrakech in what was the "
                "strongest earthquake to hit the country in a century, our reporter said.",
            ),
        },
        "strongest earthquake",
    )
    # the stock phrase does not make one text of them; outlet A shows no source of its own,
    # so it is a possible second origin, not a proven one
    assert count.certain == ["outlet:outlet b"] and count.possible == ["outlet:outlet a"]


def test_an_own_voice_restatement_of_a_cited_source_is_only_a_possible_origin(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        {
            "a.txt": (
                "Outlet A",
                "Deal reached\nPrigozhin will go to Belarus under the deal, Kremlin spokesman "
                "Dmitry Peskov said on Saturday.",
            ),
            "b.txt": (
                "Outlet B",
                "Mutiny ends\nUnder the agreement, Prigozhin will go to Belarus and his "
                "fighters will return to their bases.",
            ),
        },
        "go to Belarus",
    )
    assert count.certain == ["entity:person:dmitry-peskov"]
    assert count.possible == ["outlet:outlet b"]


def test_an_own_voice_sentence_reporting_a_speaker_rests_on_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        {
            "a.txt": (
                "Outlet A",
                "Putin speaks\nRussian President Vladimir Putin praised Yevgeny Prigozhin as a "
                "talented businessman who had made serious mistakes, in remarks on Thursday.",
            ),
            "b.txt": (
                "Outlet B",
                "Kremlin reacts\nYevgeny Prigozhin was a talented businessman who worked in many "
                "countries, Vladimir Putin said on Thursday in televised remarks.",
            ),
        },
        "talented businessman",
    )
    assert count.certain == ["entity:person:vladimir-putin"] and count.possible == []


def test_an_outlet_s_own_reporter_is_an_origin_beside_a_cited_official(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        {
            "a.txt": (
                "Outlet A",
                "Rescuers arrive\nSpanish rescuers arrived in Marrakech on Sunday with 56 soldiers "
                "and four search dogs, the defence ministry in Madrid said.",
            ),
            "b.txt": (
                "Outlet B",
                "In Marrakech\nA Spanish team of 56 soldiers and four search dogs arrived in "
                "Marrakech on Sunday to dig through the rubble, our correspondent reported.",
            ),
        },
        "search dogs",
    )
    assert len(count.certain) == 2 and "outlet:outlet b" in count.certain


# Two outlets telling one televised address without crediting anyone: the background line and
# the translated quote are the same words, so they may both rework one uncredited dispatch.
ADDRESS_A = (
    "General Amadou Kone, head of the Republican Guard since 2015, appeared on Friday evening "
    "before cheering troops in the capital as the leader of the council that took power. Kone "
    "read a declaration as the \u201cchairman of the Supreme Council for the Restoration of Order,\u201d "
    "presenting the takeover as a response to \u201cthe steady collapse of public safety\u201d linked to "
    "attacks by gunmen in the north. Neighbouring governments closed their borders overnight, "
    "and the regional bloc called an emergency summit for Sunday in Abuja. Flights out of the "
    "capital were suspended until further notice, airline staff said at the terminal."
)
ADDRESS_B = (
    "Pressure is mounting on the officers who seized power this week. Their leader now styles "
    "himself the \u201cchairman of the Supreme Council for the Restoration of Order\u201d and "
    "presented the takeover as a response to \u201cthe steady collapse of public safety\u201d "
    "linked to raids by armed groups. Shops in the old market stayed shut on Saturday, and "
    "long queues formed outside petrol stations as drivers feared shortages. Watched by a "
    "crowd of soldiers and residents outside the barracks, General Amadou Kone, head of the "
    "Republican Guard since 2015, appeared in battle dress. The ousted president has not been "
    "seen in public since."
)


def test_uncredited_outlets_telling_one_text_are_not_two_proven_origins(nlp) -> None:  # type: ignore[no-untyped-def]
    count = _count(
        nlp,
        {"a.txt": ("Outlet A", ADDRESS_A), "b.txt": ("Outlet B", ADDRESS_B)},
        "appeared",
    )
    assert len(count.certain) == 1
    assert len(count.possible) == 1


def test_uncredited_outlets_telling_one_event_in_their_own_words_are_one_proven_origin(nlp) -> None:  # type: ignore[no-untyped-def]
    own_words = (
        "Pressure is mounting on the officers who seized power this week. In a short speech "
        "to a crowd outside the barracks, General Amadou Kone appeared in uniform and called "
        "himself the chairman of the Supreme Council for the Restoration of Order, blaming "
        "the politicians for years of raids by armed groups."
    )
    count = _count(
        nlp,
        {"a.txt": ("Outlet A", ADDRESS_A), "b.txt": ("Outlet B", own_words)},
        "appeared",
    )
    # neither credits anyone nor shows its own reporter: at least one origin, possibly two
    assert len(count.certain) == 1
    assert sorted(count.certain + count.possible) == ["outlet:outlet a", "outlet:outlet b"]
