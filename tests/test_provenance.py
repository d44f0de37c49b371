"""Provenance chains: agencies credited for the article or cited in a sentence, media, named,
anonymous and official sources, with keys equal across outlets relaying one origin."""

from __future__ import annotations

from claims_helpers import annotate_demo, annotate_text
from crosscheck.claims.source_names import agency_key, article_credits, fold
from crosscheck.records import AnnotatedArticle, Claim


def _claim(annotated: AnnotatedArticle, predicate: str) -> Claim:
    return next(c for c in annotated.claims if c.predicate == predicate)


def _keys(claim: Claim) -> list[str]:
    return [link.key for link in claim.origins]


def test_agency_variants_share_one_key() -> None:
    for name in (
        "AFP",
        "Agence France-Presse",
        "the French news agency",
        "the French Press Agency",
    ):
        assert agency_key(name) == "agency:afp"
    assert agency_key("the Associated Press") == "agency:ap"
    assert agency_key("an agency of the state") is None


def test_fold_removes_diacritics_honorifics_and_case() -> None:
    assert fold("President Ahmed al-Sharaá") == "ahmed al-sharaa"
    assert fold("Mr. Tom Barrack") == "tom barrack"


def test_whole_article_credits_dateline_and_closing_line() -> None:
    assert [c.key for c in article_credits("DAMASCUS (AFP) - Officials met.\nMore text.")] == [
        "agency:afp"
    ]
    closing = "Officials met on Saturday.\nThey talked.\nmkg/hc (Reuters, AFP)"
    assert [c.key for c in article_credits(closing)] == ["agency:reuters", "agency:afp"]
    caption = "Officials met.\nAl-Sharaa in Paris on May 7, 2025 (AP)\nThe talks went on for hours."
    assert article_credits(caption) == []


def test_a_dateline_agency_applies_to_every_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "DAMASCUS (AFP) - Syrian and Israeli officials met in Baku on Saturday.\n"
        "The talks focused on the buffer zone in southern Syria.",
    )
    assert annotated.claims and all(_keys(c)[0] == "agency:afp" for c in annotated.claims)


def test_an_agency_cited_in_a_sentence_applies_to_that_claim_only(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "Syrian and Israeli officials met in Baku on Saturday, Reuters reported.\n"
        "The talks focused on the buffer zone in southern Syria.",
    )
    assert "agency:reuters" in _keys(_claim(annotated, "meet"))
    assert _keys(_claim(annotated, "focus")) == []


def test_an_afp_relayed_anonymous_source_has_one_key_in_two_articles(nlp) -> None:  # type: ignore[no-untyped-def]
    first = annotate_text(
        nlp,
        "Agence France-Presse quoted a diplomatic source in Damascus as saying that the"
        " meeting took place in Baku.",
        item="a",
    )
    second = annotate_text(
        nlp,
        "A diplomatic source in Damascus told AFP that the meeting took place in Baku on Saturday.",
        item="b",
    )
    one, two = _claim(first, "take"), _claim(second, "take")
    anonymous = [k for k in _keys(one) if k.startswith("anon:")]
    assert anonymous == ["anon:diplomatic source in damascus"]
    assert anonymous == [k for k in _keys(two) if k.startswith("anon:")]
    assert "agency:afp" in _keys(one) and "agency:afp" in _keys(two)


def test_generic_officials_in_two_articles_are_two_origins(nlp) -> None:  # type: ignore[no-untyped-def]
    first = annotate_text(
        nlp, "Officials said the border crossing would reopen on Monday.", item="a"
    )
    second = annotate_text(
        nlp, "Officials said the border crossing would reopen next week.", item="b"
    )
    one, two = _keys(_claim(first, "reopen")), _keys(_claim(second, "reopen"))
    assert one[0].startswith("anon:officials") and one != two


def test_named_and_media_sources(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "U.S. envoy Tom Barrack said that the dialogue between the two countries has begun.\n"
        "Israeli newspaper Yedioth Ahronoth revealed on Thursday that officials met in Baku.",
    )
    assert _keys(_claim(annotated, "begin")) == ["named:tom barrack"]
    assert "media:yedioth ahronoth" in _keys(_claim(annotated, "meet"))


def test_a_person_named_in_the_possessive_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "Vladimir Putin's press secretary Dmitry Peskov said that the meeting lasted three "
        "hours in the Kremlin.",
    )
    assert _keys(_claim(annotated, "last")) == ["named:dmitry peskov"]


def test_demo_001_and_003_relay_one_afp_source(nlp) -> None:  # type: ignore[no-untyped-def]
    # 001: "the French Press Agency quoted a diplomatic source in Damascus stating that ...";
    # 003: "The source ... was quoted by the French news agency as saying: ..."
    keys = []
    for prefix in ("001", "003"):
        claim = next(
            c
            for c in annotate_demo(nlp, prefix).claims
            if c.text.startswith(("a direct", "A meeting"))
        )
        assert "agency:afp" in _keys(claim)
        keys.append([k for k in _keys(claim) if k.startswith("anon:")])
    assert keys[0] == keys[1] == [["anon:diplomatic source in damascus"]][0]


def test_demo_004_photo_caption_agency_is_not_an_article_credit(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_demo(nlp, "004")
    credited = [c for c in annotated.claims if "agency:ap" in _keys(c)]
    assert all(
        "(AP)" in annotated.article.text[c.sentence_start : c.sentence_end] for c in credited
    )  # type: ignore[index]


def test_media_named_by_their_name_and_a_comma_is_no_media_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "The New York Times reported that the executive had been ousted in March.\n"
        "On its website, Apple released the full text of the internal memo on Monday.",
    )
    assert "media:new york times" in _keys(_claim(annotated, "oust"))
    assert not [k for c in annotated.claims for k in _keys(c) if k == "media:apple"]


def test_he_is_not_resolved_past_a_speaker_who_is_not_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "Prime Minister John Howard announced the package on Monday. Ford Australia said the"
        ' plant would stay open. "This is exciting news for our workers," he said.',
    )
    [quote] = annotated.quotes
    assert quote.speaker_text == "he"
    assert (
        quote.speaker_mention is None
        or "Howard" not in annotated.mentions[quote.speaker_mention].text
    )


def test_a_reportedly_sentence_after_a_cited_source_keeps_that_source(nlp) -> None:  # type: ignore[no-untyped-def]
    annotated = annotate_text(
        nlp,
        "A diplomatic source in Damascus told AFP that the two officials met in Baku."
        " The talks reportedly focused on the buffer zone in southern Syria.\n"
        "The talks reportedly lasted three hours.",
    )
    focus, last = _claim(annotated, "focus"), _claim(annotated, "last")
    assert "anon:diplomatic source in damascus" in _keys(focus)
    # a new paragraph: the outlet's own "reportedly" is no longer that source's
    assert _keys(last) == []
