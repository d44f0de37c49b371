"""An article reworded from another sentence by sentence (synonyms swapped, names and figures
kept in order) is one text with it; two reports of one event are not: texts written for the
test."""

from __future__ import annotations

from crosscheck.claims.origins import build_outlet_map
from crosscheck.claims.spun import spun_pairs
from crosscheck.records import Article

ORIGINAL = (
    "A 70-year-old quake survivor in Jajarkot died of cold on Sunday morning. The deceased "
    "was identified as Bishnu Kumari Khatri of Nalagad-8, ward chairperson Ten Bahadur Singh "
    "said. Three survivors died of cold last Saturday. They were Sugili Nepali, 89, of "
    "Junichande-4, Dume Pun, 70, of Barekot-1 and Mansari Kami, 56, of Chedagada-13."
)
SPUN = (
    "The bitter cold has claimed another life among the quake survivors. On Sunday morning "
    "Bishnu Kumari Khatri, 70, of Nalagad-8, passed away. Last Saturday the cold took three "
    "survivors: Sugili Nepali, 89, of Junichande-4, Dume Pun, 70, of Barekot-1, and Mansari "
    "Kami, 56, of Chedagada-13."
)
# Another reporter on the same deaths, in another order, naming others.
OWN = (
    "Relatives of Mansari Kami, 56, said she had slept under a plastic sheet for two weeks. "
    "District officer Harka Bahadur Rawal said 1,200 tents had reached Chedagada-13. In Nalagad "
    "the health post treated 40 people for cold on Sunday."
)
# Unrelated stories the first two are read among: the village names are the story's own.
OTHERS = [
    f"Aid reached Jajarkot and Nalagad on day {n}; families in Barekot and Chedagada waited."
    for n in range(8)
]


def _articles(*texts: str) -> list[Article]:
    return [Article(id=f"a{i}", outlet=f"Outlet {i}", text=t) for i, t in enumerate(texts)]


def test_an_article_reworded_sentence_by_sentence_is_one_text_with_its_source() -> None:
    articles = _articles(ORIGINAL, SPUN, OWN, *OTHERS)
    assert spun_pairs(articles) == [("a0", "a1")]
    outlets = build_outlet_map(articles, [])
    assert outlets.source_of["a0"] == outlets.source_of["a1"] != outlets.source_of["a2"]


def test_a_copy_that_credits_no_agency_relays_the_agency_its_source_credits() -> None:
    articles = _articles(f"KATHMANDU (Reuters) - {ORIGINAL}", SPUN, *OTHERS)
    outlets = build_outlet_map(articles, [])
    assert outlets.source_of["a0"] == outlets.source_of["a1"] == "agency:reuters"
