"""Names as languages that inflect them write them: Slovak and Lithuanian case endings,
Hungarian spelling and endings, Turkish suffixes after an apostrophe; and words that only
look inflected stay apart.

The texts are written for the test; the last test goes through the real cleaner, annotator
and resolver.
"""

from __future__ import annotations

from crosscheck.resolve.inflections import StoryNames, respelled_name, story_form
from crosscheck.resolve.resolver import resolve_entities
from text_builders import annotated_report

_NAMES = StoryNames(
    "robert fico peter pellegrini kyriakos mitsotakis larissa nicolas maduro erdogan"
    " yunanistan jana jano".split()
)


def test_slavic_case_endings_read_back_to_the_name() -> None:
    assert respelled_name("Roberta Fica", "sk", _NAMES) == "Robert Fico"
    for written in ("Ficovi", "Ficom", "Fica"):
        assert respelled_name(written, "sk", _NAMES) == "Fico", written
    assert respelled_name("Pellegrinim", "sk", _NAMES) == "Pellegrini"
    assert respelled_name("Ficovi", "de", _NAMES) == "Ficovi", "German does not decline names"
    assert respelled_name("Vláda", "sk", _NAMES) == "Vláda", "a word of no name of the story"
    assert story_form("fic", "sk", _NAMES) is None, "too short a word is no inflection"
    assert story_form("janu", "sk", _NAMES) is None, "two names share the stem: neither"


def test_hungarian_turkish_and_lithuanian_forms() -> None:
    assert respelled_name("Kiriákosz Micotákisz", "hu", _NAMES) == "Kyriakos Mitsotakis"
    assert respelled_name("Micotákisznak", "hu", _NAMES) == "Mitsotakis"
    assert respelled_name("Erdoğan'a", "tr", _NAMES) == "Erdogan"
    assert respelled_name("Yunanistan'ın", "tr", _NAMES) == "Yunanistan"
    assert respelled_name("Ankara'da", "tr", _NAMES) == "Ankara'da", "not a name of the story"
    assert respelled_name("Nicolas Maduroas", "lt", _NAMES) == "Nicolas Maduro"


def test_slovak_report_joins_the_english_names(nlp) -> None:  # type: ignore[no-untyped-def]
    english = (
        "Slovak Prime Minister Robert Fico was shot in Handlova on Wednesday. President-elect"
        " Peter Pellegrini said Fico was in a serious condition."
    )
    slovak = (
        "Premiéra Roberta Fica postrelili v stredu v Handlovej. Prezident Peter Pellegrini"
        " povedal, že Ficovi sa stav zlepšil. Lekári sa o Fica starajú v nemocnici v Banskej"
        " Bystrici a Pellegrini ho navštívi."
    )
    articles = [annotated_report(nlp, f"{i}.txt", t) for i, t in enumerate((english, slovak))]
    entities = resolve_entities(articles).entities
    by_form = {m.text: e for e in entities for m in e.mentions}
    fico = by_form["Robert Fico"]
    for form in ("Roberta Fica", "Ficovi", "Fica"):
        assert by_form[form].id == fico.id, form
    assert by_form["Peter Pellegrini"].id != fico.id
    assert any(m.kind == "declined name" for m in fico.merges)


def test_a_surname_two_people_share_stays_unread(nlp) -> None:  # type: ignore[no-untyped-def]
    english = (
        "Prime Minister Robert Fico was shot on Wednesday. His brother Marian Fico, a"
        " businessman, visited the hospital."
    )
    slovak = "Lekári povedali, že Ficovi sa stav zlepšil. Prezident to potvrdil v stredu."
    articles = [annotated_report(nlp, f"{i}.txt", t) for i, t in enumerate((english, slovak))]
    by_form = {m.text: e for e in resolve_entities(articles).entities for m in e.mentions}
    assert by_form["Robert Fico"].id != by_form["Marian Fico"].id
    assert "Ficovi" not in by_form, "two Ficos in the story: the declined surname names neither"
