"""Each piece of evidence of a support finding shows its provenance chain, outlet -> agency ->
cited source, on articles written for the test."""

from __future__ import annotations

from claim_builders import article, corpus, findings_of, link, says
from crosscheck.claims.chains import claim_chain

TOLL = "The earthquake killed 632 people and injured 329 in the provinces south of Marrakech."
TOLL_OWN = "In the provinces south of Marrakech, 632 people died and 329 were hurt in the quake."


def test_a_relay_s_chain_names_the_outlet_the_agency_and_the_cited_body() -> None:
    ministry = link("official_body", "the Interior Ministry", "body:interior ministry")
    relay = article("a", "Gulf Daily", says(f"DOHA (QNA) - {TOLL}", origins=[ministry]))
    own = article("b", "Outlet B", says(TOLL_OWN))
    built = corpus([relay, own])
    chains = {c.article: claim_chain(c, built) for c in built.claims}
    assert chains == {
        "a": "Gulf Daily \u2192 QNA \u2192 the Interior Ministry",
        "b": "Outlet B",
    }


def test_a_support_finding_carries_one_chain_per_evidence_item() -> None:
    findings = findings_of(
        [
            article("a", "Mena Focus (QNA)", says(TOLL)),
            article("b", "Gulf Daily", says(f"DOHA (QNA) - {TOLL_OWN}")),
        ]
    )
    (finding,) = [f for f in findings if f.kind in ("corroborated", "single_source")]
    assert len(finding.chains) == len(finding.evidence) == 2
    assert sorted(finding.chains) == ["Gulf Daily \u2192 QNA", "Mena Focus (QNA) \u2192 QNA"]
