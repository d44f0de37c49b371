"""The junk-line model's caption and credit features (junk_features) and its guard for
lines that read as sentences (junk_model.PROSE_THRESHOLD): a caption written as a sentence
may be judged, but only at a higher threshold; body sentences without a caption's marks,
credits and sub-headings are never judged as captions. All text is written for the test."""

from __future__ import annotations

import math

import pytest

from crosscheck.ingest.junk_features import (
    FEATURE_NAMES,
    judged,
    line_features,
    reads_as_caption,
)
from crosscheck.ingest.junk_model import PROSE_THRESHOLD, REASON_PREFIX, JunkModel, mark_model_junk

HEADLINE = "Floods cut off three valley towns as the river bursts its banks"
BODY = [
    "Rescue crews reached the town of Vell on Tuesday after two days of rain, the regional "
    "governor said in a statement.",
    "The governor said at least 41 people had died and 300 homes were under water, while the "
    "national agency counted 38 dead.",
    "Aid convoys were still blocked on the mountain road by evening, according to officials.",
]
CAPTIONS = [
    "Governor Ana Ruiz (C) visits a flooded school in Vell, Valleyland, March 4, 2022.",
    "Le gouverneur, au centre, serre la main d'un secouriste à Vell, le 4 mars 2022.",
    "A resident looks on as a digger clears the road into Vell on Tuesday morning.",
    "A view of the flooded main square of Vell, where the river rose by two metres overnight.",
]
SENTENCES = [
    *BODY,
    "The move is seen as a concession to the farmers who lost their harvest in the flood.",
    "She left the town on Monday and returned to the right bank of the river on Tuesday.",
    "The centre of the town was cut off for three days, the mayor said on Wednesday.",
]


def _features(lines: list[str]) -> list[dict[str, float]]:
    vectors = line_features(lines, [None] * len(lines))
    return [dict(zip(FEATURE_NAMES, v, strict=True)) for v in vectors if v is not None]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_written_as_a_sentence_is_judged(caption: str) -> None:
    assert reads_as_caption(caption)
    lines = [HEADLINE, caption, *BODY]
    vector = line_features(lines, [None] * len(lines))[1]
    assert vector is not None and judged(caption, vector)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_body_sentences_are_not_judged(sentence: str) -> None:
    assert not reads_as_caption(sentence)
    lines = [HEADLINE, sentence, *BODY]
    vector = line_features(lines, [None] * len(lines))[1]
    assert vector is not None and not judged(sentence, vector)


def test_credit_and_caption_features() -> None:
    lines = [HEADLINE, "Source: Kestrel News Agency", CAPTIONS[0], *BODY, "Reuters"]
    features = _features(lines)
    assert features[1]["credit_like"] == 1.0 and features[-1]["credit_like"] == 1.0
    assert features[0]["credit_like"] == 0.0 and features[3]["credit_like"] == 0.0
    assert features[2]["caption_marks"] >= 1 and features[2]["ends_with_date"] == 1.0
    assert features[2]["next_prose"] == 1.0 and features[1]["headline_overlap"] == 0.0
    assert features[0]["headline_overlap"] == 0.0  # the headline itself


def _model_at(probability: float, threshold: float) -> JunkModel:
    """A model that gives every line it judges `probability`."""
    size = len(FEATURE_NAMES)
    logit = math.log(probability / (1 - probability))
    return JunkModel((0.0,) * size, (1.0,) * size, (0.0,) * size, logit, threshold)


def test_a_sentence_needs_the_higher_threshold_a_short_chrome_line_does_not() -> None:
    chrome = "Share this story on WhatsApp"
    lines = [HEADLINE, CAPTIONS[0], *BODY, chrome]
    reasons: list[str | None] = [None] * len(lines)
    mark_model_junk(lines, reasons, _model_at(0.95, 0.9))
    assert reasons[1] is None  # a caption as a sentence stays under PROSE_THRESHOLD
    assert reasons[-1] is not None and reasons[-1].startswith(REASON_PREFIX)
    assert all(reason is None for reason in reasons[2:-1])
    reasons = [None] * len(lines)
    mark_model_junk(lines, reasons, _model_at((1 + PROSE_THRESHOLD) / 2, 0.9))
    assert reasons[1] is not None and all(reason is None for reason in reasons[2:-1])
