"""The learned junk-line model (junk_model, junk_features) and the media-credit rules
(junk_credits): chrome on pages of outlets the rules were not written from goes, the article's
prose, bylines, credits and headlines stay, and every removal says why. All text is written
for the test."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from crosscheck.errors import ConfigurationError
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.document import RawDocument
from crosscheck.ingest.junk import classify_lines
from crosscheck.ingest.junk_credits import (
    CAPTION,
    CHROME,
    COMMENT_FORM,
    MARKUP,
    PROMO,
    RELATED,
    SHARE,
    TAGS,
    TIMESTAMP,
    credit_reason,
)
from crosscheck.ingest.junk_features import (
    FEATURE_NAMES,
    has_chrome_signal,
    line_features,
    reads_as_prose,
)
from crosscheck.ingest.junk_model import (
    REASON_PREFIX,
    JunkModel,
    load_model,
    mark_model_junk,
    model_from_json,
)

HEADLINE = "Floods cut off three valley towns as the river bursts its banks"
BODY = [
    "Rescue crews reached the town of Vell on Tuesday after two days of rain, the regional "
    "governor said in a statement.",
    "The governor said at least 41 people had died and 300 homes were under water, while the "
    "national agency counted 38 dead.",
    "Aid convoys were still blocked on the mountain road by evening, according to officials.",
]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Villagers wade through a flooded street in Vell on Tuesday. (Mara Ellis/AP)", CAPTION),
        ("Residents shelter under a bridge near Vell [Tom Okafor/AFP]", CAPTION),
        ("Rescuers search a collapsed house in Vell on Monday. Photo by Ana Ruiz/UPI", CAPTION),
        ("2 of 7 | Rescuers search a collapsed house in Vell on Monday.", CAPTION),
        ("Associated Press photo", CAPTION),
        ("(Full-size photo)(All photos)", CAPTION),
        ("تاريخ النشر: الأحد، 12 فبراير 2023", TIMESTAMP),
        ("Publié le 3 mars 2021 à 10h12", TIMESTAMP),
        ("Postado Setembro 22, 2017", TIMESTAMP),
        ("{title}", MARKUP),
        ("À lire aussi Que faire en cas d'inondations dans sa maison ?", RELATED),
        ("Read also Storm leaves thousands without power in the north", RELATED),
        ("Similar Ads", PROMO),
        ("Be the first to comment", COMMENT_FORM),
        ("Aucun commentaire", COMMENT_FORM),
        ("Please enter your name here", COMMENT_FORM),
        ("Email This Link", SHARE),
        ("world3 days ago", TIMESTAMP),
        ("المشاهدات : 159", CHROME),
        ("x7kq2m9apl3vz8", MARKUP),
        ("The river rose overnight.(Pixabay)", CAPTION),
        ("Talks in the capitalHandout, Reuters", CAPTION),
        ("© /Valley Radio The quake was felt in Vell overnight.", CAPTION),
        ("Floods in Vell, in this March 4, 2022 handout photo released by the army.", CAPTION),
        ("Posts Tagged ‘Floods’", TAGS),
    ],
)
def test_media_credits_page_dates_and_read_also_links(line: str, reason: str) -> None:
    assert credit_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Related News",  # a block's header: junk_blocks.mark_blocks takes it and its block
        "Read also the governor's statement, which says the dam held through the night.",
        "The photo agency AP said its reporter was safe.",
        "By Andrew Cole and Mira Patel",
        "AFP, 18 Jan 2022",
        "Ad campaign criticised by regulators",  # a headline with "ad" in it
        "إعلان حالة الطوارئ",  # "declaration of a state of emergency"
        "No comment from the ministry on the leaked report",
        "Share this with your family, the minister told viewers.",
        "Three days ago the river rose by two metres, officials said.",
        "COVID-19",
        "Counterinsurgency",
        "The minister posted an article tagged as urgent on the ministry's site.",
        "The school, seen in this photo from 2019, collapsed on Monday, officials said.",
        "© Reuters",
        HEADLINE,
        *BODY,
    ],
)
def test_credit_rules_leave_prose_credits_and_headers_alone(line: str) -> None:
    assert credit_reason(line) is None


def test_the_committed_model_fits_the_features_and_picks_a_confident_threshold() -> None:
    model = load_model()
    assert len(model.coef) == len(FEATURE_NAMES)
    assert 0.9 <= model.threshold < 1.0


def test_a_model_file_for_other_features_is_refused() -> None:
    text = resources.files("crosscheck.ingest").joinpath("junk_model.json").read_text("utf-8")
    data = json.loads(text)
    data["features"] = data["features"][:-1]
    with pytest.raises(ConfigurationError):
        model_from_json(data)


def test_features_see_the_line_s_place_and_its_chrome_marks() -> None:
    lines = ["Share this story on WhatsApp", HEADLINE, *BODY, "Subscribe to our newsletter"]
    vectors = line_features(lines, [None] * len(lines))
    features = [dict(zip(FEATURE_NAMES, v, strict=True)) for v in vectors if v is not None]
    assert features[0]["before_prose"] == 1.0 and features[0]["cues"] >= 1
    assert features[-1]["after_prose"] == 1.0 and features[-1]["cue_start"] == 1.0
    assert features[2]["reads_as_prose"] == 1.0
    assert all(v is not None for v in vectors)
    assert has_chrome_signal(vectors[0] or []) and not has_chrome_signal(vectors[1] or [])


def _eager_model() -> JunkModel:
    """A model that finds every line it judges chrome: what stays is what the guards keep."""
    size = len(FEATURE_NAMES)
    return JunkModel((0.0,) * size, (1.0,) * size, (0.0,) * size, 50.0, 0.5)


def test_the_model_never_takes_prose_a_post_or_a_line_in_the_prose_without_chrome() -> None:
    lines = [
        HEADLINE,
        "By Andrew Cole",
        "Photos: the flooded valley from the air",
        BODY[0],
        "Roads closed",
        *BODY[1:],
        "“The dam held, thank you to every crew” pic.twitter.com/abc123",
        "— Vell Governor (@vellgov) March 4, 2022",
        "Rescuers said on Tuesday that 300 homes and two schools in Vell had been photographed "
        "from the air.",
    ]
    reasons: list[str | None] = [None] * len(lines)
    mark_model_junk(lines, reasons, _eager_model())
    assert reasons[2] is not None and reasons[2].startswith(REASON_PREFIX + ": ")
    kept = [line for line, reason in zip(lines, reasons, strict=True) if reason is None]
    # the byline sits above the prose (judged by its place); the sub-heading between two
    # paragraphs has neither a mark of chrome nor a place outside the article
    assert kept == [HEADLINE, BODY[0], "Roads closed", *BODY[1:], *lines[-3:]]
    assert all(reads_as_prose(line) for line in BODY)


def test_the_cleaner_removes_chrome_of_an_unseen_page_and_keeps_the_article() -> None:
    text = "\n".join(
        [
            HEADLINE,
            "By Andrew Cole",
            "Villagers wade through a flooded street in Vell. (Mara Ellis/AP)",
            *BODY,
            "À lire aussi Que faire en cas d'inondations dans sa maison ?",
            "Share on WhatsApp | Share on Telegram | Copy link",
        ]
    )
    article = clean_document(RawDocument(item="t", content=text, format="text"))
    for sentence in BODY:
        assert sentence in article.text
    assert "(Mara Ellis/AP)" not in article.text
    assert "lire aussi" not in article.text
    assert "WhatsApp" not in article.text
    assert all(removed.reason for removed in article.removed)


@pytest.mark.parametrize(
    "label",
    ["Read Full Story", "Table of Contents", "Trending Topics", "Loading...", "Tap to unmute", "Photo Gallery",
     "Vidéo", "Ce contenu est bloqué", "تابعونا على", "Join our WhatsApp channel"],
)  # fmt: skip
def test_widget_labels_between_paragraphs_are_chrome(label: str) -> None:
    lines = [BODY[0], label, BODY[1]]
    assert classify_lines(lines)[1] is not None


def test_a_see_also_header_in_arabic_opens_a_block_that_ends_at_the_prose() -> None:
    lines = [BODY[0], "شاهد أيضا", "الرئيس يستقبل وزير الخارجية", BODY[1], BODY[2]]
    reasons = classify_lines(lines)
    assert reasons[1] is not None and reasons[2] is not None
    assert reasons[3:] == [None, None]
