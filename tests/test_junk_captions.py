"""Photo captions placed by their asides (", right,", ", au centre,", "(à gauche)"): wire
captions place people in the frame, article sentences do not. All text is written for the
test."""

from __future__ import annotations

import pytest

from crosscheck.ingest.junk import CAPTION, classify_lines
from junk_page import BODY, HEADLINE


@pytest.mark.parametrize(
    "caption",
    [
        "Governor Ana Ruiz, right, speaks to rescuers in Vell on Tuesday, March 4, 2022.",
        "Le gouverneur Ana Ruiz, au centre, serre la main d'un secouriste à Vell.",
        "Mayor Tom Okafor, second from left, visits a shelter in Vell on Wednesday.",
        "La gobernadora Ana Ruiz, a la izquierda, habla con los rescatistas en Vell.",
        "Ana Ruiz (à gauche) et Tom Okafor visitent un abri à Vell.",
    ],
)
def test_a_caption_that_places_people_in_the_frame_is_removed(caption: str) -> None:
    assert classify_lines([HEADLINE, caption, *BODY])[1] == CAPTION


@pytest.mark.parametrize(
    "sentence",
    [
        "The party moved to the right, leaving the centre ground to the liberals.",
        "He said the opposition, right or wrong, had a point about the dam.",
        "Ministers on the left, right and centre agreed to fund the repairs.",
        "“Turn left, then right,” the guide told the rescuers on the mountain road.",
        "The Right, which won the vote, said the dam would be rebuilt.",
    ],
)
def test_sentences_with_left_and_right_stay(sentence: str) -> None:
    assert classify_lines([HEADLINE, *BODY[:1], sentence, BODY[1]])[2] is None


@pytest.mark.parametrize(
    "line",
    ["(EPA-EFE/STR)", "Foto: EFE", "Bild: dpa", "Imagen: Reuters",
     "Rescuers search the rubble in Vell. (AP Photo/Mara Ellis)"],
)  # fmt: skip
def test_photo_credits_in_other_languages_and_wire_photo_credits_go(line: str) -> None:
    assert classify_lines([HEADLINE, line, *BODY])[1] == CAPTION


@pytest.mark.parametrize(
    "line",
    ["The governor said the dam held overnight (AP).", "Bildung ist wichtig, sagte er.",
     "Fotografía y memoria de un pueblo inundado", "Reuters", "EFE"],
)  # fmt: skip
def test_agency_credits_and_look_alike_words_stay(line: str) -> None:
    assert classify_lines([HEADLINE, *BODY[:1], line, BODY[1]])[2] is None


@pytest.mark.parametrize(
    "line",
    ["Compartir en Facebook", "Leia também", "Publicidade", "Werbung", "Jetzt abonnieren",
     "Condividi", "Tutti i diritti riservati", "Suscríbete"],
)  # fmt: skip
def test_widget_lines_in_spanish_portuguese_german_italian_go(line: str) -> None:
    assert classify_lines([HEADLINE, *BODY, line])[-1] is not None


@pytest.mark.parametrize(
    "line",
    ["La publicidad del gobierno fue criticada por la oposición en el congreso.",
     "Die Werbung für das neue Gesetz begann am Montag in Berlin.", "Condividi la tua storia"],
)  # fmt: skip
def test_sentences_with_widget_words_stay(line: str) -> None:
    assert classify_lines([HEADLINE, *BODY[:1], line, BODY[1]])[2] is None
