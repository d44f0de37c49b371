"""Origins of rewritten and embedded text: a story reworked without its agency's credit, and a
post embedded in a page, on text written for the test."""

from __future__ import annotations

from claim_builders import article, findings_of, says
from claims_helpers import annotate_text
from crosscheck.claims.echo import echoes_speaker
from crosscheck.claims.provenance import Provenance
from crosscheck.claims.rewrite import rewritten_from, shared_phrases
from crosscheck.records import AnnotatedArticle, Finding, SourceLink

AGENCY_PASSAGE = (
    "The quake badly damaged one of the oldest sites in the Rif mountains, a brick-and-timber "
    "fortress built by a medieval dynasty. Local media said parts of the Kasbah Amergo had "
    "fallen. Videos shared online, which Reuters could not verify, showed cracked ramparts, a "
    "leaning gate and heaps of broken masonry."
)
# The agency's story reworked with no credit: its frame changed, two of its sentences merged.
REWRITE = (
    "Footage shared on social networks shows a cracked rampart and heaps of broken masonry at "
    "this brick-and-timber fortress located in the Rif mountains."
)
# The same damage seen by an outlet's own reporter: names shared, no phrase of the agency's.
OWN_REPORT = (
    "Our correspondent at the Kasbah Amergo in the Rif mountains saw its gate leaning and its "
    "northern wall split from top to bottom."
)


def _support(findings: list[Finding]) -> Finding:
    (finding,) = [f for f in findings if f.kind in ("corroborated", "single_source")]
    return finding


def test_a_sentence_reworking_two_phrases_of_one_passage_is_a_rewrite() -> None:
    assert shared_phrases(REWRITE, AGENCY_PASSAGE) == 2
    assert rewritten_from(REWRITE, AGENCY_PASSAGE)


def test_names_and_places_shared_by_two_reporters_are_no_rewrite() -> None:
    assert shared_phrases(OWN_REPORT, AGENCY_PASSAGE) == 0
    assert not rewritten_from(OWN_REPORT, AGENCY_PASSAGE)
    # one phrase in common is not enough: reporters meet on a phrase now and then
    one_phrase = "Rescuers pulled survivors from heaps of broken masonry in the old town."
    assert shared_phrases(one_phrase, AGENCY_PASSAGE) == 1
    assert not rewritten_from(one_phrase, AGENCY_PASSAGE)


def test_an_agency_story_rewritten_without_credit_is_one_origin() -> None:
    agency_sentence = (
        "Videos shared online showed cracked ramparts, a leaning gate and heaps of broken "
        "masonry at the brick-and-timber fortress in the Rif mountains."
    )
    finding = _support(
        findings_of(
            [
                article("a", "Daily Star (Reuters)", says(agency_sentence)),
                article("b", "Village Voice Online", says(REWRITE)),
            ]
        )
    )
    assert finding.independent_sources == 1
    assert finding.origins == ["agency:reuters"]


EMBEDDED = (
    "Gulf Wire/ The talks ended on Friday after three hours.\n"
    "The fifth round of talks concluded today in Geneva with some progress. We hope to settle "
    "the remaining issues soon.\n"
    "— Karim Haddad - كريم حداد (@karimhaddad) May 23, 2025\n"
    "The delegations left the city on Saturday."
)


def test_the_text_of_an_embedded_post_is_its_author_s() -> None:
    provenance = Provenance(EMBEDDED, [])
    start = EMBEDDED.index("The fifth")
    end = EMBEDDED.index(" We hope")
    (link,) = provenance.chain(start, end + 1, None, None)
    assert (link.kind, link.name, link.key) == (
        "named_source",
        "Karim Haddad",
        "named:karim haddad",
    )
    # the outlet's own lines around the post are still its own reporting
    assert provenance.chain(0, EMBEDDED.index("\n"), None, None) == []
    last = EMBEDDED.rindex("The delegations")
    assert provenance.chain(last, len(EMBEDDED), None, None) == []


def test_background_two_outlets_state_in_common_words_is_no_rewrite() -> None:
    # two short runs of common words ("closed its airspace to all", "diplomatic ties with its")
    # are how anyone states one background fact
    background = (
        "Algeria closed its airspace to all Moroccan aircraft in 2021 after having cut "
        "diplomatic ties with its longtime foe."
    )
    other = (
        "A month after breaking off diplomatic ties with its neighbour, Algeria closed its "
        "airspace to all Moroccan civil and military aircraft."
    )
    assert not rewritten_from(other, background)


POST_PAGE = (
    "Gulf Wire/ The talks ended on Friday. The mediator said they made “some but not "
    "decisive headway.”\n"
    "The talks have ended today in Geneva with some but not decisive headway.\n"
    "— Karim Haddad (@karimhaddad) May 23, 2025\n"
)
OWN_VOICE = "The two sides ended their talks in Geneva yesterday without decisive headway."


def test_an_outlet_using_a_speaker_s_quoted_words_unquoted_echoes_that_speaker() -> None:
    assert echoes_speaker(OWN_VOICE, "The talks have ended today with some but not decisive "
                          "headway.", [POST_PAGE])  # fmt: skip
    # the same words written unquoted by a third outlet are ordinary wording, not the speaker's
    third = "Diplomats saw decisive headway as unlikely before the summer."
    assert not echoes_speaker(OWN_VOICE, "with some but not decisive headway", [POST_PAGE, third])
    # no words of the speaker's own in common: no echo
    assert not echoes_speaker(
        "The two sides ended their talks in Geneva.", "some but not decisive headway", [POST_PAGE]
    )


def test_a_paraphrase_of_a_named_speaker_s_post_is_that_speaker_s_origin() -> None:
    speaker = SourceLink(kind="named_source", name="Karim Haddad", key="named:karim haddad")
    finding = _support(
        findings_of(
            [
                article(
                    "a",
                    "Gulf Wire",
                    says(
                        "Karim Haddad said the talks in Geneva ended with “some but not decisive "
                        "headway.”",
                        origins=[speaker],
                    ),
                ),
                article("b", "Daily Courier", says(OWN_VOICE)),
            ]
        )
    )
    assert set(finding.supporting) >= {"a", "b"}
    assert "named:karim haddad" in finding.origins
    assert not any("daily courier" in key for key in finding.origins)


def _origin_keys(annotated: AnnotatedArticle, words: str) -> list[str]:
    claim = next(c for c in annotated.claims if words in c.text)
    return [link.key for link in claim.origins]


def test_the_statement_is_the_statement_of_the_body_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    said = annotate_text(
        nlp,
        "The Health Ministry said in a statement that 212 people had died. "
        "The statement added that 300 people were injured.",
    )
    assert _origin_keys(said, "300 people") == ["body:health ministry"]
    issued = annotate_text(
        nlp,
        "The Health Ministry issued a statement on Sunday. "
        "According to the statement, 300 people were injured.",
    )
    assert _origin_keys(issued, "300 people") == ["body:health ministry"]
    # no statement named before: "the statement" is left to the outlet, not guessed
    unnamed = annotate_text(
        nlp, "Police said the road was closed. The statement said 40 homes were damaged."
    )
    assert _origin_keys(unnamed, "40 homes") == []
