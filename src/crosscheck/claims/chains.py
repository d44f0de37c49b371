"""The provenance chain of one piece of evidence as a reader follows it: the outlet that
published it, the agency it relays, and the source it cites ("Pledge Times → TASS → Dmitry
Peskov"), so a fact-checker sees why two outlets count as one origin or as two."""

from __future__ import annotations

from crosscheck.claims.independence import claim_origin
from crosscheck.claims.origins import origin_label
from crosscheck.corpus import Corpus
from crosscheck.records import Claim

ARROW = " \u2192 "
# Origin keys that name a carrier already shown as the outlet.
_OWN = ("outlet:", "article:")


def _agency_name(key: str) -> str:
    name = origin_label(key)
    return name.upper() if len(name) <= 5 else name


def claim_chain(claim: Claim, corpus: Corpus) -> str:
    """'Outlet → agency → cited source' for the claim: its article's outlet, the agency the
    article relays (credited or copied), the agencies, media and sources of its provenance
    chain, and the origin the claim is counted under when no link names it."""
    names = [corpus.label(claim.article)]
    keys: set[str] = set()

    def add(key: str, name: str) -> None:
        if key not in keys and name not in names:
            keys.add(key)
            names.append(name)

    relayed = corpus.own_origin(claim.article)
    if relayed.startswith("agency:"):
        add(relayed, _agency_name(relayed))
    for link in claim.origins:
        key = f"entity:{link.entity}" if link.entity else link.key
        add(key, _agency_name(link.key) if link.kind == "agency" else link.name)
    origin = claim_origin(claim, corpus)
    if not origin.startswith(_OWN):
        name = corpus.origin_name(origin)
        add(origin, _agency_name(origin) if origin.startswith("agency:") else name)
    return ARROW.join(names)
