"""Independence follows provenance: distinct origins, not distinct outlets."""

from __future__ import annotations

from claim_builders import article, corpus, findings_of, link, qty, says
from crosscheck.claims.origins import attributed_origin, origin_of
from crosscheck.claims.relation import Candidate, Judgement, Relation, register_matcher
from crosscheck.corroborate.claims import MatchSettings, claim_findings
from crosscheck.records import Claim, DuplicateSet, Finding, SourceLink

AFP = link("agency", "AFP", "agency:afp")
MET = "A Syrian official and an Israeli official held a direct meeting in Baku on Saturday."
# The same fact in other words: an outlet's own reporting, not a copy of MET.
MET2 = "In Baku on Saturday, an Israeli official and a Syrian official held a direct meeting."


def _support(findings: list[Finding]) -> Finding:
    (finding,) = [f for f in findings if f.kind in ("corroborated", "single_source")]
    return finding


def _claim(*chain: SourceLink) -> Claim:
    return article("a", "Outlet A", says(MET, origins=list(chain))).claims[0]


def test_two_outlets_relaying_one_agency_dispatch_are_one_origin() -> None:
    finding = _support(
        findings_of(
            [
                article("a", "Outlet A", says(MET, origins=[AFP])),
                article("b", "Outlet B", says(MET, origins=[AFP])),
            ]
        )
    )
    assert finding.kind == "single_source"
    assert finding.independent_sources == 1 and finding.origins == ["agency:afp"]
    assert finding.supporting == ["a", "b"]


def test_two_outlets_quoting_one_named_official_are_one_origin() -> None:
    barrack = link("named_source", "Tom Barrack", "named:tom barrack")
    finding = _support(
        findings_of(
            [
                article("a", "Outlet A", says(MET, origins=[barrack])),
                article("b", "Outlet B", says(MET, origins=[AFP, barrack])),
            ]
        )
    )
    assert finding.independent_sources == 1 and finding.origins == ["named:tom barrack"]


def test_own_reporting_and_an_agency_relay_are_two_origins() -> None:
    own = f"{MET2[:-1]}, our correspondent in Baku saw."
    finding = _support(
        findings_of(
            [
                article("a", "Outlet A", says(own)),
                article("b", "Outlet B", says(MET, origins=[AFP])),
            ]
        )
    )
    assert finding.kind == "corroborated"
    assert finding.independent_sources == 2
    assert finding.origins == ["agency:afp", "outlet:outlet a"]


def test_an_uncredited_outlet_beside_an_agency_relay_is_only_a_possible_origin() -> None:
    # no credit, no cited source, no reporter of its own: it may rework the dispatch
    finding = _support(
        findings_of(
            [
                article("a", "Outlet A", says(MET2)),
                article("b", "Outlet B", says(MET, origins=[AFP])),
            ]
        )
    )
    assert finding.kind == "single_source"
    assert finding.origins == ["agency:afp"] and finding.possible_origins == ["outlet:outlet a"]


def test_near_duplicate_copies_are_one_origin() -> None:
    texts = [article("a", "Outlet A", says(MET)), article("b", "Outlet B", says(MET))]
    copies = DuplicateSet(members=["a", "b"], representative="a", kind="near", similarity=0.95)
    finding = _support(claim_findings(corpus(texts, duplicates=[copies])))
    assert finding.independent_sources == 1 and finding.origins == ["outlet:outlet a"]


def test_the_innermost_identifiable_source_is_the_origin() -> None:
    specific = link(
        "anonymous_source", "a diplomatic source in Damascus", "anon:diplomatic source in damascus"
    )
    generic = link("anonymous_source", "sources", "anon:sources")
    assert origin_of(_claim(AFP, specific), "outlet:a") == "anon:diplomatic source in damascus"
    assert origin_of(_claim(AFP, generic), "outlet:a") == "agency:afp"
    assert origin_of(_claim(generic), "outlet:a") == "outlet:a"
    assert origin_of(_claim(AFP), "outlet:a") == "agency:afp"
    assert origin_of(_claim(), "outlet:a") == "outlet:a"


def test_two_outlets_with_generic_anonymous_sources_are_not_two_proven_origins() -> None:
    generic = link("anonymous_source", "sources", "anon:sources")
    finding = _support(
        findings_of(
            [
                article("a", "Outlet A", says(MET, origins=[generic])),
                article("b", "Outlet B", says(MET2, origins=[generic])),
            ]
        )
    )
    # two outlets' "sources" are kept apart, but nothing shows they are two different ones
    assert finding.independent_sources == 1 and len(finding.possible_origins) == 1


def test_an_agency_publishing_itself_is_the_agency() -> None:
    finding = _support(
        findings_of(
            [
                article("a", "AFP", says(MET)),
                article("b", "Outlet B", says(MET, origins=[AFP])),
            ]
        )
    )
    assert finding.origins == ["agency:afp"]


def test_without_a_chain_the_attribution_names_the_origin() -> None:
    # Until extraction fills provenance chains, "a diplomatic source in Damascus" in two outlets
    # is one described source; "officials" is any official.
    source = "A diplomatic source in Damascus"
    finding = _support(
        findings_of(
            [
                article("a", "Outlet A", says(f"{source} said that {MET}", attribution=source)),
                article("b", "Outlet B", says(f"{source} said that {MET}", attribution=source)),
            ]
        )
    )
    assert finding.origins == ["anon:diplomatic source in damascus"]
    finding = _support(
        findings_of(
            [
                article(
                    "a", "Outlet A", says(f"Officials said that {MET}", attribution="Officials")
                ),
                article(
                    "b", "Outlet B", says(f"Officials said that {MET2}", attribution="Officials")
                ),
            ]
        )
    )
    assert finding.independent_sources == 1 and len(finding.possible_origins) == 1


def test_a_cited_person_is_the_origin_before_their_organisation() -> None:
    cited = [("org:osp", "Oregon State Police", "ORG"), ("person:gh", "Gregg Hastings", "PERSON")]
    assert attributed_origin(
        "Lt. Gregg Hastings of the Oregon State Police", cited, "outlet:a"
    ) == ("entity:person:gh")
    assert attributed_origin("Agence France-Presse", [("org:afp", "AFP", "ORG")], "outlet:a") == (
        "agency:afp"
    )
    assert attributed_origin("he", [], "outlet:a") == "outlet:a"


def test_an_agency_dispatch_by_its_dateline_or_credit_is_the_agency() -> None:
    dateline = says(f"DAMASCUS (AFP) - {MET}")
    findings = findings_of(
        [
            article("a", "Outlet A", dateline),
            article("b", "Outlet B", says(MET2), says("Reported by our staff with AFP.")),
            article("c", "Outlet C", says(MET), says("- AFP")),
        ]
    )
    finding = _support(findings)
    # outlet B's own words without a reporter at the scene: a possible origin only
    assert finding.origins == ["agency:afp"] and finding.possible_origins == ["outlet:outlet b"]


class _Agreeable:
    """A backend that judges every candidate the same proposition."""

    name = "agreeable"

    def candidates(self, claims, blocks, threshold):  # type: ignore[no-untyped-def]
        return [Candidate(i, j, 1.0) for i in range(len(claims)) for j in range(i + 1, len(claims))]

    def relate(self, first, second):  # type: ignore[no-untyped-def]
        return Judgement(Relation.SAME, 1.0)


def test_the_findings_stage_takes_a_backend_by_name_and_guards_its_judgements() -> None:
    register_matcher("agreeable", _Agreeable)
    texts = [
        article("a", "A", says("3,000 people were killed.", values=[qty("3,000", 3000, "killed")])),
        article("b", "B", says("300 people were killed.", values=[qty("300", 300, "killed")])),
        article(
            "c", "C", says("About 3,000 people were killed.", values=[qty("3,000", 3000, "killed")])
        ),
    ]
    found = claim_findings(corpus(texts), MatchSettings(matcher="agreeable"))
    (agreeing,) = [f for f in found if f.kind in ("corroborated", "single_source")]
    assert agreeing.supporting == ["a", "c"], "other figures never corroborate"
    assert [f.kind for f in found if f.kind == "number_conflict"] == ["number_conflict"]
