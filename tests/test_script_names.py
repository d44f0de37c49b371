"""Names in Greek script, and in the Cyrillic of Serbian, Macedonian and Bulgarian, joined to
the story's Latin names; words of those scripts a reader would not take for the name stay
apart.

Every corpus here is written for the test and goes through the real cleaner, annotator and
resolver.
"""

from __future__ import annotations

from crosscheck.resolve.cyrillic_script import romanisations as cyrillic_romanisations
from crosscheck.resolve.cyrillic_script import romanised_alike as cyrillic_alike
from crosscheck.resolve.greek_script import romanisations as greek_romanisations
from crosscheck.resolve.greek_script import romanised_alike as greek_alike
from crosscheck.resolve.resolver import resolve_entities
from text_builders import annotated_report

_ENGLISH = (
    "Prime Minister Kyriakos Mitsotakis visited the crash site near Larissa on Wednesday."
    " Transport Minister Kostas Karamanlis resigned hours later, and Mitsotakis promised an"
    " inquiry.",
    "Protesters gathered in Athens and Thessaloniki. Karamanlis said he took responsibility,"
    " while opposition leader Alexis Tsipras blamed the government.",
)
_GREEK = (
    "Ο πρωθυπουργός Κυριάκος Μητσοτάκης επισκέφθηκε τη Λάρισα. Ο Καραμανλής παραιτήθηκε."
    " Ο Τσίπρας κατηγόρησε την κυβέρνηση του Μητσοτάκη. Τελικά η Αθήνα διαδήλωσε."
)


def test_greek_romanised_by_each_convention() -> None:
    assert greek_romanisations("Τέμπη") == ("tempi", "tembi", "tempe")
    assert "ksanthi" in greek_romanisations("Ξάνθη"), "ξ as ks"
    assert "hatzidakis" in greek_romanisations("Χατζηδάκης"), "χ as h"
    assert greek_alike("Μητσοτάκη", "el", ["Kyriakos Mitsotakis"]), "genitive"
    assert not greek_alike("Τελικά", "el", ["Thessaloniki"]), "a word, not the name"


def test_south_slavic_cyrillic_romanised() -> None:
    assert "vucic" in cyrillic_romanisations("Вучић", "sr")
    assert cyrillic_romanisations("Мицкоски", "mk") == ("mickoski",)
    assert "alexandr" in cyrillic_romanisations("Александр", "ru"), "кс as x"
    assert "shterev" in cyrillic_romanisations("Щерев", "bg"), "Bulgarian щ"
    assert cyrillic_alike("Вучићем", "sr", ["Aleksandar Vučić"]), "instrumental case"
    assert not cyrillic_alike("Влада", "sr", ["Aleksandar Vučić"])


def test_greek_paragraph_names_the_story_people(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = (*_ENGLISH, _GREEK)
    articles = [annotated_report(nlp, f"{i}.txt", text) for i, text in enumerate(texts)]
    entities = resolve_entities(articles).entities
    by_form = {m.text: e for e in entities for m in e.mentions}
    mitsotakis = by_form["Kyriakos Mitsotakis"]
    for written in ("Κυριάκος Μητσοτάκης", "Μητσοτάκη"):
        assert by_form[written].id == mitsotakis.id, written
    assert by_form["Καραμανλής"].id == by_form["Kostas Karamanlis"].id
    assert by_form["Τσίπρας"].id == by_form["Alexis Tsipras"].id
    assert by_form["Λάρισα"].id == by_form["Larissa"].id
    assert by_form["Καραμανλής"].id != mitsotakis.id, "two people of one story stay apart"
    assert "Τελικά" not in by_form, "a capitalised word at a sentence start is not a name"
    assert any(m.kind == "Greek script" for m in mitsotakis.merges)


def test_serbian_cyrillic_paragraph(nlp) -> None:  # type: ignore[no-untyped-def]
    english = (
        "Serbian President Aleksandar Vučić met Macedonian Prime Minister Hristijan Mickoski"
        " in Skopje. Vučić said the talks went well."
    )
    serbian = "Председник Александар Вучић састао се са Христијаном Мицкоским. Влада је ћутала."
    texts = (english, serbian)
    articles = [annotated_report(nlp, f"{i}.txt", text) for i, text in enumerate(texts)]
    entities = resolve_entities(articles).entities
    by_form = {m.text: e for e in entities for m in e.mentions}
    vucic = by_form["Aleksandar Vučić"]
    assert by_form["Александар Вучић"].id == vucic.id
    assert by_form["Христијаном Мицкоским"].id == by_form["Hristijan Mickoski"].id != vucic.id
    assert "Влада" not in by_form


def test_acronyms_spelled_in_arabic_letters(nlp) -> None:  # type: ignore[no-untyped-def]
    english = (
        "Greek public broadcaster ERT said 57 people died. CNN and the BBC carried the footage"
        " from the crash site."
    )
    arabic = "وقالت هيئة الإذاعة إي آر تي إن عدد القتلى ارتفع. ونقلت سي إن إن الصور في ان واحد."
    articles = [annotated_report(nlp, f"{i}.txt", t) for i, t in enumerate((english, arabic))]
    entities = resolve_entities(articles).entities
    by_form = {m.text: e for e in entities for m in e.mentions}
    assert by_form["إي آر تي"].id == by_form["ERT"].id
    assert by_form["سي إن إن"].id == by_form["CNN"].id != by_form["ERT"].id
    assert "في ان" not in by_form, "a phrase of common words is no acronym"


def test_acronyms_in_cyrillic_and_greek_capitals(nlp) -> None:  # type: ignore[no-untyped-def]
    english = "NATO allies met in Brussels. Greek broadcaster ERT and the FSB gave no comment."
    russian = "Союзники по НАТО встретились в Брюсселе. В ФСБ от комментариев отказались."
    greek = "Η ΕΡΤ μετέδωσε την είδηση. Ο ΟΣΕ δεν σχολίασε."
    texts = (english, russian, greek)
    articles = [annotated_report(nlp, f"{i}.txt", t) for i, t in enumerate(texts)]
    by_form = {m.text: e for e in resolve_entities(articles).entities for m in e.mentions}
    assert by_form["НАТО"].id == by_form["NATO"].id
    assert by_form["ΕΡΤ"].id == by_form["ERT"].id
    assert "ΟΣΕ" not in by_form, "no organisation of the story has that acronym"
