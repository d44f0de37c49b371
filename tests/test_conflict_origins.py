"""A conflict's sides count origins as corroborations do (`claims.origin_count`): outlets with
no credit, no cited source and no reporter of their own may all relay one dispatch, so they
count once ("at least 1 source across 3 outlets"); credited agencies are origins of their own."""

from __future__ import annotations

from crosscheck.claims.origin_count import count_stated
from crosscheck.corpus import Corpus
from crosscheck.records import Dossier, Finding, FindingValue, Span
from test_origin_count import _corpus
from text_builders import dossier_of

SHIBANI = (
    "Border talks\nSyrian Foreign Minister Asaad al-Shibani met Turkish officials in Ankara on "
    "Monday to discuss border security."
)
SHARAA = (
    "Border talks in Ankara\nFarouk al-Sharaa, Syria's foreign minister, met Turkish officials "
    "in Ankara on Monday to discuss border security."
)


def _holders(nlp, texts: dict[str, tuple[str, str]]) -> tuple[Finding, dict[str, FindingValue]]:  # type: ignore[no-untyped-def]
    dossier: Dossier = dossier_of(nlp, texts, published="2025-07-13")
    (conflict,) = [f for f in dossier.findings if f.kind == "office_conflict"]
    return conflict, {v.value: v for v in conflict.values}


def test_uncredited_outlets_on_one_side_count_once(nlp) -> None:  # type: ignore[no-untyped-def]
    conflict, sides = _holders(
        nlp,
        {
            "a.txt": ("Outlet A", SHIBANI),
            "b.txt": (
                "Outlet B",
                "Shibani in Ankara\nTurkish officials received Syrian Foreign Minister Asaad "
                "al-Shibani for border talks on Monday.",
            ),
            "c.txt": (
                "Outlet C",
                "Syria and Turkey discuss the border\nBorder security was on the agenda as Syrian "
                "Foreign Minister Asaad al-Shibani visited the Turkish capital.",
            ),
            "d.txt": ("Outlet D", SHARAA),
        },
    )
    shibani = sides["Asaad al-Shibani"]
    assert len(shibani.articles) == 3 and len(shibani.origins) == 1
    assert "Asaad al-Shibani (at least 1 source across 3 outlets)" in conflict.summary
    assert "Farouk al-Sharaa (1 source)" in conflict.summary
    assert conflict.independent_sources == 1
    # the side with more articles is still the supporting one
    assert conflict.supporting == shibani.articles


def test_two_credited_agencies_on_one_side_are_two_sources(nlp) -> None:  # type: ignore[no-untyped-def]
    conflict, sides = _holders(
        nlp,
        {
            "a.txt": ("Outlet A", SHIBANI.replace("\nSyrian", "\nANKARA (AFP) - Syrian")),
            "b.txt": (
                "Outlet B",
                "Shibani in Ankara\nANKARA (Reuters) - Turkish officials received Syrian Foreign "
                "Minister Asaad al-Shibani for border talks on Monday.",
            ),
            "d.txt": ("Outlet D", SHARAA),
        },
    )
    assert sides["Asaad al-Shibani"].origins == ["agency:afp", "agency:reuters"]
    assert "Asaad al-Shibani (2 sources)" in conflict.summary
    assert conflict.independent_sources == 2


def test_a_credited_agency_stands_for_the_uncredited_outlets_beside_it(nlp) -> None:  # type: ignore[no-untyped-def]
    _, sides = _holders(
        nlp,
        {
            "a.txt": ("Outlet A", SHIBANI.replace("\nSyrian", "\nANKARA (AFP) - Syrian")),
            "b.txt": ("Outlet B", SHIBANI),
            "d.txt": ("Outlet D", SHARAA),
        },
    )
    assert sides["Asaad al-Shibani"].origins == ["agency:afp"]


def _stated(corpus: Corpus, words: str, keys: dict[str, str]) -> list[tuple[Span, str]]:
    """The span of `words` in each article, with the origin key given for how its text starts."""
    stated = []
    for annotated in corpus.articles.values():
        text = annotated.article.text
        start = text.find(words)
        assert start >= 0, words
        span = Span(article=annotated.article.id, start=start, end=start + len(words), text=words)
        stated.append((span, next(key for first, key in keys.items() if text.startswith(first))))
    return stated


def test_stated_origins_need_an_own_reporter_or_a_credited_agency(nlp) -> None:  # type: ignore[no-untyped-def]
    corpus = _corpus(
        nlp,
        {
            "a.txt": ("Outlet A", "Toll rises\nThe quake killed 120 people in the Atlas."),
            "b.txt": ("Outlet B", "Villages hit\nIn the Atlas the quake killed 120 people."),
            "c.txt": (
                "Outlet C",
                "Our correspondent\nOur correspondent in Amizmiz saw the quake killed 120 people.",
            ),
        },
    )
    keys = {"The quake": "outlet:a", "In the Atlas": "outlet:b", "Our correspondent": "outlet:c"}
    stated = _stated(corpus, "killed 120 people", keys)
    # two uncredited outlets: one certain origin, the other possible
    count = count_stated([s for s in stated if s[1] != "outlet:c"], corpus)
    assert len(count.certain) == 1 and len(count.possible) == 1
    # an outlet's own reporter is an origin; uncredited outlets beside it only possible ones
    count = count_stated(stated, corpus)
    assert count.certain == ["outlet:c"] and count.possible == ["outlet:a", "outlet:b"]
    # a credited agency stands for the uncredited outlets beside it
    agency = [(stated[0][0], "agency:afp"), stated[1]]
    count = count_stated(agency, corpus)
    assert count.certain == ["agency:afp"] and count.possible == ["outlet:b"]
    # but an authority's toll is relayed by every agency: beside an own reporter it is only
    # a possible origin
    count = count_stated([(stated[0][0], "agency:afp"), stated[2]], corpus)
    assert count.certain == ["outlet:c"] and count.possible == ["agency:afp"]
