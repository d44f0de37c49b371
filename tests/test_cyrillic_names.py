"""Names in Russian and Ukrainian paragraphs joined to the story's Latin names, declined or
not, and Cyrillic words a reader would not take for a name.

Every corpus here is written for the test and goes through the real cleaner, annotator and
resolver.
"""

from __future__ import annotations

from crosscheck.resolve.cyrillic_script import romanisations, romanised_alike
from crosscheck.resolve.resolver import resolve_entities
from text_builders import annotated_report

_ENGLISH = (
    "Ukrainian President Volodymyr Zelenskyy said on Monday that the delegation would go to"
    " Istanbul. Russian aide Vladimir Medinsky will head Moscow's team, and Turkish President"
    " Recep Tayyip Erdogan will host them.",
    "Sergei Lavrov, Russia's foreign minister, said Medinsky had full authority. Zelenskyy said"
    " Kyiv wanted a ceasefire. Qatar and Turkey offered to help.",
)
_RUSSIAN = (
    "Президент Турции Реджеп Тайип Эрдоган встретился с Владимиром Мединским в Стамбуле."
    " Мединский заявил, что Россия готова к переговорам. Зеленский не приехал. Который раз"
    " Катар предложил помощь."
)
_UKRAINIAN = (
    "Президент України Володимир Зеленський заявив, що делегація поїде до Стамбула."
    " Зеленського підтримав Ердоган."
)


def test_romanised_as_each_language_writes_it() -> None:
    assert romanisations("Зеленский", "ru") == ("zelenskiy", "zelenskij")
    assert romanisations("Зеленський", "uk")[0] == "zelenskyy"
    assert "luhansk" in romanisations("Луганськ", "uk")
    assert "erdogan" in romanisations("Ердоган", "uk"), "a foreign name's g"
    assert romanised_alike("Мединским", "ru", ["Vladimir Medinsky"]), "instrumental case"
    assert not romanised_alike("Который", "ru", ["Qatar"]), "a word, not a name"


def test_russian_and_ukrainian_paragraphs_name_the_story_people(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = (*_ENGLISH, _RUSSIAN, _UKRAINIAN)
    articles = [annotated_report(nlp, f"{i}.txt", text) for i, text in enumerate(texts)]
    entities = resolve_entities(articles).entities
    by_form = {m.text: e for e in entities for m in e.mentions}
    zelenskyy = by_form["Volodymyr Zelenskyy"]
    for written in ("Зеленский", "Зеленського", "Володимир Зеленський"):
        assert by_form[written].id == zelenskyy.id, written
    assert by_form["Мединский"].id == by_form["Vladimir Medinsky"].id
    assert by_form["Эрдоган"].id == by_form["Ердоган"].id == by_form["Recep Tayyip Erdogan"].id
    assert by_form["Катар"].id == by_form["Qatar"].id
    assert "Который" not in by_form, "a capitalised word at a sentence start is not Qatar"
    assert any(m.kind == "Cyrillic script" for m in zelenskyy.merges)
