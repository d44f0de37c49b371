"""Independent origins behind one proposition: agency credits, relayed dispatches, copied
wording and one cited body in two languages, on text written for the test."""

from __future__ import annotations

from claim_builders import article, findings_of, says
from crosscheck.claims.credits import agency_origin, cited_agencies, credited_agency
from crosscheck.claims.dispatch import shared_dispatch_pairs
from crosscheck.claims.independence import copied_wording
from crosscheck.claims.origins import build_outlet_map
from crosscheck.records import Article, Finding, SourceLink

TOLL = "The earthquake killed 632 people and injured 329 in the provinces south of Marrakech."
# The same fact in each outlet's own words.
TOLL_OWN = [
    "In the provinces south of Marrakech, 632 people died and 329 were hurt in the earthquake.",
    "Some 632 people were killed by the earthquake south of Marrakech, where 329 were injured.",
]


def _support(findings: list[Finding]) -> Finding:
    (finding,) = [f for f in findings if f.kind in ("corroborated", "single_source")]
    return finding


def test_agency_names_in_any_form_share_one_key() -> None:
    for name in ("Maghreb Arabe Presse (MAP)", "the official MAP agency", "Maghreb Arab Press"):
        assert agency_origin(name) == "agency:map"
    assert agency_origin("Qatar News Agency") == agency_origin("QNA") == "agency:qna"
    assert agency_origin("Agence France-Presse") == "agency:afp"
    # an agency not in any list is keyed by its initials
    assert agency_origin("the Zambia News Agency") == "agency:zna"
    assert agency_origin("Middle East Eye") is None


def test_credits_name_the_relayed_agency() -> None:
    def credited(outlet: str, text: str) -> str | None:
        return credited_agency(Article(id="x", outlet=outlet, text=text))

    body = "The toll rose to 632 dead on Saturday.\nRescue teams searched the villages."
    assert credited("Jazira Newswire (QNA)", body) == "agency:qna"
    assert credited("Hespress (via Maghress)", body) is None
    assert credited("Outlet", f"{body}\nSource: Qatar News Agency") == "agency:qna"
    assert credited("Outlet", f"{body}\n-Bernama") == "agency:bernama"
    assert credited("Outlet", f"Accra, Sept. 12, GNA-{body}") == "agency:gna"
    assert credited("Outlet", f"RABAT, 10th September, 2023 (WAM) - {body}") == "agency:wam"
    assert credited("Outlet", f"{body}\nPhoto: Reuters") is None


def test_an_agency_the_text_says_reported_it_is_cited_a_photo_credit_is_not() -> None:
    text = 'The Moroccan News Agency "MAP" reported that the King visited the injured.'
    assert cited_agencies(text) == {"agency:map"}
    assert cited_agencies("Rescuers dig in Amizmiz. Photo: Reuters") == set()


def test_two_outlets_relaying_one_agency_are_one_origin() -> None:
    finding = _support(
        findings_of(
            [
                article("a", "Mena Focus (QNA)", says(TOLL)),
                article("b", "Gulf Daily", says(f"DOHA (QNA) - {TOLL_OWN[0]}")),
            ]
        )
    )
    assert finding.kind == "single_source" and finding.origins == ["agency:qna"]


def test_two_outlets_in_their_own_words_are_one_proven_origin() -> None:
    # neither credits a source nor shows its own reporter, and a toll is an authority's:
    # at least one origin, possibly two
    finding = _support(
        findings_of(
            [
                article("a", "Outlet A", says(TOLL_OWN[0])),
                article("b", "Outlet B", says(TOLL_OWN[1])),
            ]
        )
    )
    assert finding.kind == "single_source" and finding.independent_sources == 1
    assert len(finding.possible_origins) == 1


def test_two_outlets_with_their_own_reporters_are_two_origins() -> None:
    finding = _support(
        findings_of(
            [
                article("a", "Outlet A", says(f"{TOLL_OWN[0][:-1]}, our correspondent saw.")),
                article("b", "Outlet B", says(f"{TOLL_OWN[1][:-1]}, our reporter found.")),
            ]
        )
    )
    assert finding.kind == "corroborated" and finding.independent_sources == 2


def test_a_sentence_copied_from_another_outlet_is_one_origin() -> None:
    assert copied_wording(TOLL, TOLL.replace("killed", "has killed"))
    assert not copied_wording(TOLL_OWN[0], TOLL_OWN[1])
    assert not copied_wording("The earthquake struck late on Friday.", "It struck late on Friday.")
    finding = _support(
        findings_of(
            [
                article("a", "Outlet A", says(TOLL)),
                article("b", "Outlet B", says(TOLL.replace("killed", "has killed"))),
                article("c", "Outlet C", says(TOLL_OWN[1])),
            ]
        )
    )
    # the copies are one origin, the third outlet a possible second one (no credit, no source)
    assert finding.independent_sources == 1 and finding.supporting == ["a", "b", "c"]
    assert len(finding.possible_origins) == 1


def test_one_ministry_quoted_and_paraphrased_in_two_languages_is_one_origin() -> None:
    def ministry(name: str) -> SourceLink:
        return SourceLink(
            kind="official_body", name=name, key=f"body:{name.lower()}", entity="org:interior"
        )

    finding = _support(
        findings_of(
            [
                article(
                    "a",
                    "Outlet A",
                    says(TOLL_OWN[0], origins=[ministry("Morocco's Interior Ministry")]),
                ),
                article(
                    "b",
                    "Outlet B",
                    says(TOLL_OWN[1], origins=[ministry("le ministère de l'Intérieur")]),
                ),
            ]
        )
    )
    assert finding.kind == "single_source" and finding.origins == ["entity:org:interior"]


def test_articles_rewriting_one_dispatch_share_one_origin() -> None:
    shared = (
        "Some 2,171 injured people were admitted to various hospitals in the Marrakech-Safi "
        "region, including 484 with major injuries. The royal initiative reinforces the "
        "measures taken in implementation of the royal instructions to care for the victims."
    )
    first = Article(id="a", outlet="The Sun", text=f"KUALA LUMPUR: The King visited. {shared}")
    second = Article(id="b", outlet="Ghana Times", text=f"Accra: The King went. {shared}")
    own = Article(
        id="c",
        outlet="Other",
        text="Hospitals in the region admitted 2,171 injured. The King's visit was praised.",
    )
    assert shared_dispatch_pairs([first, second, own]) == [("a", "b")]
    quoted = Article(id="d", outlet="Quoting", text=f"The ministry said: “{shared}”")
    assert shared_dispatch_pairs([first, quoted]) == []


def test_a_closing_sentence_naming_an_agency_is_no_credit() -> None:
    text = "The toll rose on Saturday.\nChina's Xinhua said the toll rose to 400 by evening."
    assert credited_agency(Article(id="x", outlet="Outlet", text=text)) is None


def test_an_article_copying_a_sentence_of_an_agency_relay_relays_that_agency() -> None:
    copied = "Some 2,171 injured people were admitted to hospitals in the Marrakech-Safi region."
    citing = Article(
        id="a",
        outlet="Outlet A",
        text=f'The Moroccan News Agency "MAP" reported that the King visited the injured. {copied}',
    )
    copying = Article(id="b", outlet="Outlet B", text=f"The King visited a hospital. {copied}")
    own = Article(id="c", outlet="Outlet C", text="Our reporter saw the King at the hospital.")
    outlets = build_outlet_map([citing, copying, own], [])
    assert outlets.source_of == {"a": "agency:map", "b": "agency:map", "c": "outlet:outlet c"}
