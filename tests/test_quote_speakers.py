"""Speakers read from the words around the quotation marks, per shape and language, and the
quoted names, titles and scare quotes that must not become quotes (texts written for the test)."""

from __future__ import annotations

import pytest

from claims_helpers import annotate_text
from crosscheck.claims.quote_speakers import speaker_after, speaker_before
from crosscheck.records import AnnotatedArticle


def _speakers(annotated: AnnotatedArticle) -> dict[str, str | None]:
    """Quote start -> the speaker as a reader sees it (the resolved mention, else as written)."""
    found = {}
    for quote in annotated.quotes:
        said = quote.speaker_text
        if quote.speaker_mention is not None:
            said = annotated.mentions[quote.speaker_mention].text
        found[" ".join(quote.text.split()[:3])] = said
    return found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Il y a eu un énorme bruit », a raconté à l’AFP Shiva Prasad Sharma, 65 ans.",
         "Shiva Prasad Sharma"),
        ("«Dix personnes étaient à bord», a indiqué sur Telegram le ministère des Situations "
         "d'urgence.", "le ministère des Situations d'urgence"),
        ("“Muchas casas se han derrumbado”, dijo a Reuters por teléfono Harish Chandra Sharma, "
         "funcionario del distrito.", "Harish Chandra Sharma"),
        ('"Os exames genéticos foram concluídos", disse Svetlana Petrenko, porta-voz.',
         "Svetlana Petrenko"),
        ("„Die Lage ist sehr ernst“, sagte Olaf Scholz am Montag.", "Olaf Scholz"),
        ("“المحادثات كانت بناءة ومفيدة”، قال المتحدث باسم الخارجية.", "المتحدث باسم الخارجية"),
        ('"We are ready to talk to Washington," Iranian Foreign Minister Abbas Araghchi said.',
         "Iranian Foreign Minister Abbas Araghchi"),
        ('"Relations between the two countries are good," a German Foreign Ministry '
         "representative said on Monday.", "a German Foreign Ministry representative"),
    ],
)  # fmt: skip
def test_speaker_named_after_the_quote(text: str, speaker: str) -> None:
    closing = max(text.rfind(mark) for mark in '»”"“') + 1
    found = speaker_after(text, closing)
    assert found is not None and text[found.start : found.end] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le ministre iranien des Affaires étrangères, Abbas Araghchi, a annoncé mercredi que "
         "« des pourparlers auront lieu vendredi ».",
         "Le ministre iranien des Affaires étrangères, Abbas Araghchi"),
        ("Le colonel-major Amadou Abdramane, entouré de neuf hommes, a annoncé : «Nous avons "
         "décidé de mettre fin au régime».", "Le colonel-major Amadou Abdramane"),
        ("Par ailleurs, Reuters a cité un responsable américain affirmant que « les pourparlers "
         "se tiendraient à Oman ».", "un responsable américain"),
        ("وقال وزير الخارجية بدر البوسعيدي، في تصريح رسمي: “أنا فخور بالإعلان عن هذا اللقاء”.",
         "وزير الخارجية بدر البوسعيدي"),
        ('وذكرت "إيرنا" أن الوزير نقل الطرح إلى الوفد، و"يبدو أن دراسته انتهت قبل دقائق".',
         "إيرنا"),
    ],
)  # fmt: skip
def test_speaker_named_before_the_quote(text: str, speaker: str) -> None:
    opening = max(text.rfind(mark) for mark in '«“"')
    if text[opening - 1] == "و":  # 'و"يبدو': the conjunction sticks to the mark
        opening = text.rfind('"', 0, len(text) - 2)
    found = speaker_before(text, opening, 0)
    assert found is not None and text[found.start : found.end] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Prigozhin walked out of the building. The weather was fine, the crowd said nothing.",
        "« Il y a eu un énorme bruit » dans la nuit, puis le silence.",
        "“Muchas casas se han derrumbado” en el distrito de Jajarkot.",
    ],
)
def test_no_speaker_where_no_attribution(text: str) -> None:
    closing = max(text.rfind(mark) for mark in '»”"“') + 1
    assert closing == 0 or speaker_after(text, closing) is None


def test_french_quotes_get_their_speakers_and_il_is_the_previous_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "« Il y a eu un énorme bruit quand les maisons se sont écroulées », a raconté à l’AFP "
        "Shiva Prasad Sharma, 65 ans, devant sa maison détruite.\n\n"
        "« J’ai pensé que nous allions tous mourir », a-t-il ajouté.",
    )
    found = _speakers(annotated)
    assert "Sharma" in (found["Il y a"] or "")
    assert "Sharma" in (found["J’ai pensé que"] or "")


def test_he_said_with_no_one_named_before_names_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(nlp, "“We will not accept this plan at all,” he said.")
    [quote] = annotated.quotes
    assert quote.speaker_mention is None and quote.speaker_text in (None, "he")


def test_he_said_takes_the_previous_quotes_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        'Commenting on the report, the Kremlin spokesman said, "The president did hold such a '
        'meeting."\n\n"The meeting took place in the Kremlin and lasted three hours," he said.',
    )
    found = _speakers(annotated)
    assert found["The meeting took"] == found["The president did"] is not None


def test_a_role_speaker_is_the_person_it_titled(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "Stocks rose after US bank chief Ben Bernanke spoke in Wyoming. Addressing a conference, "
        'the bank chief said that "the prospects for a return to growth appear good."',
    )
    assert _speakers(annotated)["the prospects for"] == "Ben Bernanke"


def test_arabic_quote_after_qala_gets_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "وقال وزير الخارجية العماني بدر البوسعيدي، في تصريح رسمي: “أنا فخور بالإعلان أننا "
        "استضفنا اليوم في مسقط الوزير الإيراني والمبعوث الأمريكي”.",
    )
    [quote] = annotated.quotes
    assert quote.speaker_text is not None and "البوسعيدي" in quote.speaker_text


@pytest.mark.parametrize(
    "text",
    [
        "Le film « La Haine » a été projeté à Cannes mardi soir.",
        'Os manifestantes arrancaram a placa "Embaixada da França no Níger" do portão.',
        "Russische Geheimdienste gehen von einem „Terroranschlag“ an Bord aus.",
        "التقى الوزير نظيره العماني “بدر بن حمد بن حمود البوسعيدي” في مسقط.",
        "وكتب بقائي على منصة “إكس” أن المحادثات كانت بناءة.",
        'The film "The Lord of the Rings" was shown in Paris on Monday.',
        'Residents of "Rukum West" said the "relief" was slow to arrive.',
    ],
)
def test_quoted_titles_names_and_scare_quotes_are_not_quotes(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert annotate_text(nlp, text).quotes == []
