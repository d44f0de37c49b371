"""One quote given word for word to two named people by two outlets is a misquote finding;
one speaker, a short phrase, one article giving the words to both, a sentence naming both and
two spellings of one name are not. Articles written for the test."""

from __future__ import annotations

from crosscheck.records import Dossier, Finding
from text_builders import dossier_of

WORDS = "we made some but not conclusive progress in the talks today in Rome"
HEAD = "Talks in Rome\nIran and the United States held a fifth round of talks in Rome on Friday. "
OTHER_HEAD = (
    "Fifth round ends\nThe Iranian and American delegations met for hours at the Omani embassy"
    " in the Italian capital, with the mediator carrying messages between the rooms. "
)
BY_OMAN = HEAD + f'"{WORDS.capitalize()}," Omani Foreign Minister Badr Albusaidi said.'
BY_IRAN = OTHER_HEAD + f'"{WORDS.capitalize()}," said Iranian Foreign Minister Abbas Araghchi.'


def _speakers(dossier: Dossier) -> list[Finding]:
    return [f for f in dossier.findings if f.kind == "misquote" and "speakers" in f.summary]


def _dossier(nlp, a: str, b: str, outlet_b: str = "Outlet B") -> Dossier:  # type: ignore[no-untyped-def]
    texts = {"a.txt": ("Outlet A", a), "b.txt": (outlet_b, b)}
    return dossier_of(nlp, texts, published="2025-05-23")


def test_one_quote_given_to_two_people_is_a_misquote(nlp) -> None:  # type: ignore[no-untyped-def]
    (found,) = _speakers(_dossier(nlp, BY_OMAN, BY_IRAN))
    assert sorted(v.value.split(":")[0] for v in found.values) == [
        "Abbas Araghchi",
        "Badr Albusaidi",
    ]
    assert all(v.evidence and v.origins for v in found.values)
    assert "conclusive progress" in found.values[0].evidence[0].text


def test_one_speaker_one_outlet_or_a_short_phrase_is_no_misquote(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _speakers(_dossier(nlp, BY_OMAN, BY_OMAN.replace("Friday", "Friday evening")))
    assert not _speakers(_dossier(nlp, BY_OMAN, BY_IRAN, outlet_b="Outlet A"))
    short_a = HEAD + '"Very professional," Omani Foreign Minister Badr Albusaidi said.'
    short_b = HEAD + '"Very professional," said Iranian Foreign Minister Abbas Araghchi.'
    assert not _speakers(_dossier(nlp, short_a, short_b))


def test_words_both_may_have_said_are_no_misquote(nlp) -> None:  # type: ignore[no-untyped-def]
    both = BY_OMAN + f' "{WORDS.capitalize()}," said Iranian Foreign Minister Abbas Araghchi.'
    assert not _speakers(_dossier(nlp, both, BY_IRAN))
    echoed = HEAD + (
        f'Iranian Foreign Minister Abbas Araghchi echoed Badr Albusaidi: "{WORDS}," Araghchi said.'
    )
    assert not _speakers(_dossier(nlp, BY_OMAN, echoed))


def test_each_speaker_side_counts_origins_not_outlets(nlp) -> None:  # type: ignore[no-untyped-def]
    # two uncredited outlets giving the words to Albusaidi may copy one text: one origin
    texts = {
        "a.txt": ("Outlet A", BY_OMAN),
        "c.txt": ("Outlet C", BY_OMAN.replace(HEAD, "Rome talks end\nThe two sides met again. ")),
        "b.txt": ("Outlet B", BY_IRAN),
    }
    (found,) = _speakers(dossier_of(nlp, texts, published="2025-05-23"))
    oman = next(v for v in found.values if v.value.startswith("Badr Albusaidi"))
    assert len(oman.articles) == 2
    assert len(oman.origins) == 1
