"""Tolls by source and figures read in more languages, on sentences written for the test: a
figure attributed to an authority is that authority's; two sources' figures of one moment
disagree, while rounding, bounds, a toll that grew between two days, another place and a part of
the total do not."""

from __future__ import annotations

from datetime import date

from claim_builders import article, corpus, says
from crosscheck.claims.slot_sources import figure_source, source_key
from crosscheck.claims.slots import figures
from crosscheck.corroborate.slots import slot_conflicts
from crosscheck.records import AnnotatedArticle, Finding, Sentence


def _slots(sentence: str, language: str) -> dict[str, str]:
    return {slot: value.text for slot, _, value in figures(sentence, 0, language, historical=False)}


def test_tolls_and_magnitudes_are_read_in_spanish_portuguese_german_italian_and_norwegian() -> None:
    assert _slots(
        "Al menos 2.053 personas murieron y 1.240 resultaron heridas por el terremoto de "
        "magnitud 6,3.",
        "es",
    ) == {"killed": "Al menos 2.053", "injured": "1.240", "magnitude": "6,3"}
    assert _slots(
        "O terremoto de magnitude 6,3 deixou mais de 2.000 mortos e 1.200 feridos.", "pt"
    ) == {
        "magnitude": "6,3",
        "killed": "mais de 2.000",
        "injured": "1.200",
    }
    assert _slots(
        "Bei dem Erdbeben der Stärke 6,3 kamen mindestens 2.053 Menschen ums Leben.", "de"
    ) == {"magnitude": "6,3", "killed": "mindestens 2.053"}
    assert _slots("Il terremoto di magnitudo 6.3 ha causato almeno 2.053 morti.", "it") == {
        "magnitude": "6.3",
        "killed": "almeno 2.053",
    }
    assert _slots("Minst 2053 personer omkom i jordskjelvet.", "no") == {"killed": "Minst 2053"}
    assert _slots("Minst 2000 mennesker er drept.", "no") == {"killed": "Minst 2000"}


def test_arabic_tolls_are_read_with_either_kind_of_digit() -> None:
    assert _slots(
        "أسفر الزلزال الذي بلغت قوته 6.3 درجات عن مقتل 2053 شخصا وإصابة 1240 آخرين.", "ar"
    ) == {
        "magnitude": "6.3",
        "killed": "2053",
        "injured": "1240",
    }
    (value,) = [
        v for _, _, v in figures("ارتفعت حصيلة الزلزال إلى ٢٠٥٣ قتيلا.", 0, "ar", historical=False)
    ]
    assert value.low == value.high == 2053
    assert _slots("بلغت درجة الحرارة 30 درجة.", "ar") == {}  # degrees of heat are no magnitude
    assert _slots("لقي 2053 شخصا حتفهم وأصيب 1240 شخصا في الزلزال.", "ar") == {
        "killed": "2053",
        "injured": "1240",
    }
    assert _slots("أسفر الزلزال عن مصرع 320 شخصا.", "ar") == {"killed": "320"}


def test_a_year_is_no_count_but_a_four_digit_toll_is() -> None:
    assert _slots("In 2023 people were killed in floods.", "en") == {}
    assert _slots("2023 people were killed in the floods.", "en") == {"killed": "2023"}
    assert _slots("The 2.053 figure is wrong.", "en") == {}  # "2.053" in English is no count


def _sources(sentence: str) -> list[str | None]:
    found, previous = [], 0
    for _, _, value in figures(sentence, 0, "en", historical=False):
        found.append(figure_source(sentence, value.start, value.end, previous))
    return found


def test_each_figure_is_given_the_source_named_around_it() -> None:
    sentence = (
        "After the earthquake the Taliban said 2,053 people were killed, while the Red Crescent "
        "put the toll at 500 and the UN at 320."
    )
    spans = [(sentence.index(n), sentence.index(n) + len(n)) for n in ("2,053", "500", "320")]
    previous = [0, spans[0][1], spans[1][1]]
    assert [
        figure_source(sentence, start, end, before)
        for (start, end), before in zip(spans, previous, strict=True)
    ] == ["the Taliban", "the Red Crescent", "the UN"]
    said = "1,037 people were killed and 721 others injured, according to the Interior Ministry."
    assert figure_source(said, 0, 5) == "the Interior Ministry"  # the whole sentence's source
    assert figure_source("2,445 people died, Taliban officials said.", 0, 5) == "Taliban officials"
    french = "Le bilan fait état de 820 morts, selon le ministère de l'Intérieur."
    assert figure_source(french, 21, 24) == "le ministère de l'Intérieur"
    assert figure_source("Según la ONU, 320 personas murieron.", 14, 17) == "la ONU"
    assert figure_source("In Herat, 320 people died.", 10, 13) is None  # a place, no source
    assert source_key("the Taliban") == source_key("Taliban officials")


def _sentences(annotated: AnnotatedArticle) -> AnnotatedArticle:
    sentences = [Sentence(start=c.start, end=c.end) for c in annotated.claims]
    return annotated.model_copy(update={"sentences": sentences})


def _conflicts(first: str, second: str, published: date = date(2025, 7, 13)) -> list[Finding]:
    articles = [
        _sentences(article("a", "Outlet A", says(first))),
        _sentences(article("b", "Outlet B", says(second), published=published)),
    ]
    return slot_conflicts(corpus(articles))


BY_SOURCE = (
    "After the earthquake the Taliban said 2,053 people were killed, while the UN put the toll "
    "at 320."
)


def test_two_sources_figures_of_one_day_conflict_each_shown_with_its_source() -> None:
    (toll,) = _conflicts(BY_SOURCE, "The earthquake killed 2,053 people, officials said.")
    assert toll.kind == "number_conflict" and "number killed" in toll.summary
    sides = sorted(v.value for v in toll.values)
    assert sides == ["2,053", "320 according to the UN"]
    (low,) = [v for v in toll.values if v.value.startswith("320")]
    assert low.articles == ["a"]
    # One source's figure against another outlet's figure of the same day
    (other,) = _conflicts(
        "The earthquake killed 2,053 people, the Taliban said.",
        "According to the UN, the earthquake killed 320 people.",
    )
    assert "the UN" in other.summary and "the Taliban" in other.summary


def test_rounding_bounds_growth_places_and_parts_are_no_toll_conflict() -> None:
    toll = "The earthquake killed 2,053 people, the Taliban said."
    assert _conflicts(toll, "The earthquake killed about 2,000 people, the UN said.") == []
    assert _conflicts(toll, "The earthquake killed more than 1,000 people, the UN said.") == []
    next_day = date(2025, 7, 14)
    assert _conflicts(toll, "The earthquake killed 2,445 people, the Taliban said.", next_day) == []
    assert (
        _conflicts(
            "2,053 people were killed in Herat, the Taliban said.",
            "320 people were killed in Zinda Jan, the UN said.",
        )
        == []
    )
    assert (
        _conflicts(toll, "The earthquake killed 2,053 people, including 320 children, the UN said.")
        == []
    )


def test_a_figure_given_as_the_earlier_one_of_another_source_is_left_out() -> None:
    sentence = "The Taliban said 2,053 people were killed, up from the 1,000 the UN reported."
    assert _slots(sentence, "en") == {}


def test_one_sentence_giving_two_figures_from_no_named_sources_is_left_out() -> None:
    assert (
        _slots("320 people were killed on Saturday and 2,053 people were killed in all.", "en")
        == {}
    )
    assert (
        _conflicts(BY_SOURCE.replace("the UN put", "it put"), "The earthquake killed 320 people.")
        == []
    )


def test_a_part_of_the_total_naming_its_place_is_that_places_count() -> None:
    assert _slots("The most damage was in the west, with 92 deaths in Jajarkot alone.", "en") == {
        "killed|jajarkot": "92"
    }
    assert _slots("In Derna alone, 5,000 people were killed.", "en") == {}  # place unread
    assert _slots("2,000 were killed, including 500 children.", "en") == {"killed": "2,000"}
    assert _slots("El número total de heridos se sitúa en 166.", "es") == {"injured": "166"}
    assert _slots("En total, 197 personas han resultado heridas.", "es") == {"injured": "197"}
    # a district's "confirmed dead" naming no place may be the district's count: not read
    assert _slots("Police said 20 people have been confirmed dead.", "en") == {}
    assert _slots("The UN said 320 people had died.", "en") == {"killed": "320"}
    assert _slots("Plus de 2 000 personnes ont péri.", "fr") == {"killed": "Plus de 2 000"}
    assert _slots("Otras 52 personas han resultado heridas.", "es") == {}  # another 52: a part


def test_spelled_out_counts_are_read_in_the_articles_language_only() -> None:
    assert _slots("Seven people were killed and twelve others injured.", "en") == {
        "killed": "Seven",
        "injured": "twelve",
    }
    assert _slots("Dix personnes sont mortes dans l'accident.", "fr") == {"killed": "Dix"}
    assert _slots("He was once injured in a crash.", "en") == {}  # "once" is Spanish eleven
    assert _slots("Two of the ten people were killed.", "en") == {}  # a part of a group


def test_the_people_aboard_are_a_fixed_figure_of_the_event() -> None:
    assert _slots("The plane crashed with ten people aboard.", "en") == {"aboard": "ten"}
    assert _slots("Un avion privé avec dix personnes à son bord.", "fr") == {"aboard": "dix"}
    assert _slots("The other nine people aboard included his deputy.", "en") == {}  # a part
    (aboard,) = _conflicts(
        "The plane crashed with ten people aboard.", "The jet crashed with 12 people aboard."
    )
    assert "number of people aboard" in aboard.summary
    later = date(2025, 7, 20)  # not a toll: reports of other days still disagree
    assert _conflicts("The jet crashed with ten people aboard.", "It had 12 people aboard.", later)
    assert (
        _conflicts("The jet crashed with ten people aboard.", "All 10 people on board died.") == []
    )
