"""Persian, Pashto and Arabic names in the romanisations news outlets use ("Zabihullah" /
"Zabiullah", "Enayatullah" / "Inayatullah", "Abdul Rahman" / "Abdurrahman"), each with names a
reader keeps apart. Corpora are written for the test and go through the real annotator."""

from __future__ import annotations

from crosscheck.resolve.names import same_given_name, similar_words, skeleton
from text_builders import entities_by_alias


def test_name_parts_spelled_many_ways_share_a_skeleton() -> None:
    assert skeleton("zabihullah") == skeleton("zabiullah") == skeleton("zabihollah")
    assert skeleton("hamdullah") == skeleton("hamdallah") == skeleton("hamdollah")
    assert skeleton("abdurrahman") == skeleton("abdulrahman") == skeleton("abdelrahman")
    assert skeleton("abdussalam") == skeleton("abdulsalam")
    assert skeleton("abdul") == skeleton("abdel") == skeleton("abdur")
    assert skeleton("abdullah") == skeleton("abdulla") == skeleton("abdallah")
    assert similar_words("enayatullah", "inayatullah")[0], "an opening ʿayn written e or i"
    assert similar_words("osman", "usman")[0]
    assert same_given_name("mohammad", "muhammad") or similar_words("mohammad", "muhammad")[0]
    # different names stay different
    assert skeleton("abdullah") != skeleton("abdul")
    assert skeleton("hamdullah") != skeleton("habibullah")
    assert not similar_words("zabihullah", "hamdullah")[0]


def test_one_official_in_three_romanisations(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Taliban spokesman Zabihullah Mujahid said 2,000 people had died. Defence ministry"
        " spokesman Enayatullah Khwarazmi said helicopters flew 30 missions.",
        "Spokesman Zabiullah Mujahid said the toll was rising. Inayatullah Khwarizmi said the"
        " army had deployed. Abdul Rahman Rahmani, the governor, said schools had collapsed.",
        "Zabihollah Mujahid said aid was arriving. Abdurrahman Rahmani visited the wounded."
        " Hamdullah Fitrat, a deputy spokesman, said tents were sent.",
    )
    mujahid = by_alias["Zabihullah Mujahid"]
    assert by_alias["Zabiullah Mujahid"].id == mujahid.id
    assert by_alias["Zabihollah Mujahid"].id == mujahid.id
    assert by_alias["Inayatullah Khwarizmi"].id == by_alias["Enayatullah Khwarazmi"].id
    assert by_alias["Abdurrahman Rahmani"].id == by_alias["Abdul Rahman Rahmani"].id
    people = {mujahid.id, by_alias["Enayatullah Khwarazmi"].id, by_alias["Hamdullah Fitrat"].id}
    assert len(people) == 3, "different officials stay apart"


def test_two_people_who_share_a_surname_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Disaster ministry spokesman Janan Sayeq said 2,000 people had died. Mohammad Sayeq,"
        " a provincial official, said rescue teams were working.",
        "Janan Sayyiq told reporters the toll was rising. Muhammad Saiq said villages were"
        " flattened.",
    )
    janan, mohammad = by_alias["Janan Sayeq"], by_alias["Mohammad Sayeq"]
    assert janan.id != mohammad.id
    assert by_alias["Janan Sayyiq"].id == janan.id
    assert by_alias["Muhammad Saiq"].id == mohammad.id


def test_a_title_and_two_names_join_the_full_name_of_the_same_office(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Prime Minister Mohammad Hassan Akhund ordered aid to Herat. Defence Minister Mohammad"
        " Yaqoob Mujahid sent helicopters.",
        "Mullah Mohammad Hassan, the prime minister, said the government would rebuild."
        " Mohammad Yaqoob, the defence minister, visited the survivors.",
    )
    akhund = by_alias["Mohammad Hassan Akhund"]
    assert by_alias["Mullah Mohammad Hassan"].id == akhund.id
    assert by_alias["Mohammad Yaqoob"].id == by_alias["Mohammad Yaqoob Mujahid"].id
    assert by_alias["Mohammad Yaqoob"].id != akhund.id, "two ministers named Mohammad"
    evidence = next(m for m in akhund.merges if m.kind == "name cut after its second word")
    assert "same office" in evidence.detail


def test_a_short_name_without_the_same_office_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "Prime Minister Mohammad Hassan Akhund ordered aid to Herat on Sunday.",
        "Mohammad Hassan, a farmer in Zindajan, said he had lost his house and three children.",
        "Commerce Minister Nooruddin Azizi said prices had risen. Nooruddin Azizi Khan, a"
        " trader, disagreed.",
    )
    assert by_alias["Mohammad Hassan"].id != by_alias["Mohammad Hassan Akhund"].id
    assert by_alias["Nooruddin Azizi"].id != by_alias["Nooruddin Azizi Khan"].id
