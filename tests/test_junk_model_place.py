"""Position and neighbourhood features of the junk-line model (junk_context): chrome with no
word of chrome is seen by where it sits; the headline, a source credit, a sub-heading between
paragraphs and a page's last line cut off mid-word stay out of the model's reach. All text is
written for the test."""

from __future__ import annotations

import pytest

from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.document import RawDocument
from crosscheck.ingest.junk_context import main_script, slug_overlap, slug_words
from crosscheck.ingest.junk_features import FEATURE_NAMES, judged, line_features
from crosscheck.ingest.junk_model import REASON_PREFIX, JunkModel, mark_model_junk

HEADLINE = "Floods cut off three valley towns as the river bursts its banks"
URL = "https://news.example.org/2024/09/16/floods-cut-off-three-valley-towns-river-bursts-banks"
BODY = [
    "Rescue crews reached the town of Vell on Tuesday after two days of rain, the regional "
    "governor said in a statement.",
    "The governor said at least 41 people had died and 300 homes were under water, while the "
    "national agency counted 38 dead.",
    "Aid convoys were still blocked on the mountain road by evening, according to officials.",
]
RELATED = [
    "Minister resigns after audit of the port authority",
    "Prices of bread rise for the third month running",
    "Court frees two journalists held since March",
]


def _features(lines: list[str], url: str | None = None) -> list[dict[str, float]]:
    vectors = line_features(lines, [None] * len(lines), url)
    return [dict(zip(FEATURE_NAMES, v, strict=True)) for v in vectors if v is not None]


def _eager_model() -> JunkModel:
    """A model that finds every line it judges chrome: what stays is what the guards keep."""
    size = len(FEATURE_NAMES)
    return JunkModel((0.0,) * size, (1.0,) * size, (0.0,) * size, 50.0, 0.5)


def test_a_list_of_headlines_under_a_source_credit_is_a_title_run_after_the_credit() -> None:
    lines = [HEADLINE, *BODY, "Source: Vell Radio", "Latest", *RELATED]
    features = _features(lines, URL)
    credit, *tail = features[4:]
    assert credit["after_credit"] == 0.0 and credit["prose_distance"] > 0
    assert all(f["after_credit"] == 1.0 for f in tail)
    assert [f["title_run"] for f in tail[1:]] == [3.0, 3.0, 3.0]
    assert features[1]["prose_distance"] == 0.0 and features[1]["title_run"] == 0.0


def test_the_model_judges_lines_outside_the_prose_but_never_the_credit_or_the_headline() -> None:
    lines = ["Menu", HEADLINE, "Share", *BODY, "Source: Vell Radio", "Reuters", *RELATED, "Sumber"]
    reasons: list[str | None] = [None] * len(lines)
    mark_model_junk(lines, reasons, _eager_model(), url=URL)
    kept = [line for line, reason in zip(lines, reasons, strict=True) if reason is None]
    assert kept == [HEADLINE, *BODY, "Source: Vell Radio", "Reuters"]


def test_a_headline_named_by_the_address_stays_even_under_chrome() -> None:
    lines = ["Home", "World", "Updated 16 September 2024", HEADLINE, "Share", *BODY]
    reasons: list[str | None] = ["navigation", "navigation", None, None, None, None, None, None]
    mark_model_junk(lines, reasons, _eager_model(), url=URL)
    assert reasons[3] is None
    assert reasons[2] is not None and reasons[4] is not None
    assert slug_overlap(HEADLINE, slug_words(URL)) >= 0.8
    assert slug_overlap(RELATED[0], slug_words(URL)) == 0.0


def test_a_sub_heading_between_paragraphs_and_a_cut_last_line_stay() -> None:
    lines = [HEADLINE, BODY[0], "Roads closed", BODY[1], BODY[2], "The agency said the dam w"]
    reasons: list[str | None] = [None] * len(lines)
    mark_model_junk(lines, reasons, _eager_model())
    assert reasons == [None] * len(lines)
    assert _features(lines)[-1]["cut_last_line"] == 1.0


@pytest.mark.parametrize("markup", ["[ad_1]", "[ad_2]", "<noindex>", "{{related}}"])
def test_bracketed_markup_is_judged_wherever_it_sits(markup: str) -> None:
    lines = [HEADLINE, BODY[0], markup, BODY[1], BODY[2]]
    vector = line_features(lines, [None] * len(lines))[2]
    assert vector is not None and judged(markup, vector)


def test_a_line_in_another_script_than_the_prose_is_marked() -> None:
    arabic = [
        "وصلت فرق الإنقاذ إلى البلدة يوم الثلاثاء بعد يومين من الأمطار الغزيرة، كما قال المحافظ.",
        "وقال المحافظ إن واحدا وأربعين شخصا على الأقل لقوا حتفهم وغمرت المياه ثلاثمئة منزل.",
    ]
    lines = [arabic[0], "Watch the video", arabic[1]]
    features = _features(lines)
    assert features[1]["script_mismatch"] == 1.0
    assert features[0]["script_mismatch"] == 0.0
    assert main_script(arabic[0]) == "ARABIC" and main_script(HEADLINE) == "LATIN"


@pytest.mark.parametrize(
    "credit", ["Source: Vell Radio", "Reuters", "— Agencias 03/06/2024", "Kaynak: Haber Merkezi"]
)
def test_source_and_agency_credits_are_never_judged(credit: str) -> None:
    lines = [HEADLINE, *BODY, credit, "Share"]
    vector = line_features(lines, [None] * len(lines))[4]
    assert vector is not None and not judged(credit, vector)


def test_the_cleaner_removes_a_link_list_and_plug_in_markup_with_no_word_of_chrome() -> None:
    text = "\n".join(
        [HEADLINE, "[ad_1]", *BODY, "[ad_2]", "Source: Vell Radio", "Our picks", *RELATED]
    )
    raw = RawDocument(item="t", content=text, format="text", url=URL)
    article = clean_document(raw)
    assert HEADLINE in (article.title or "", article.text.split("\n")[0])
    for sentence in [*BODY, "Source: Vell Radio"]:
        assert sentence in article.text
    for chrome in ["[ad_1]", "[ad_2]", "Our picks", *RELATED]:
        assert chrome not in article.text
    assert all(r.reason.startswith(REASON_PREFIX) for r in article.removed)
