"""A body of an organisation named "X of the P" and "P X", its parent written as an acronym
in one and spelt out in the other; the parent itself and other bodies stay apart.

The corpus is written for the test and goes through the real cleaner, annotator and
resolver.
"""

from __future__ import annotations

from text_builders import entities_by_alias


def test_body_named_before_and_after_its_parent(nlp) -> None:  # type: ignore[no-untyped-def]
    by_alias = entities_by_alias(
        nlp,
        "The Economic Community of West African States (ECOWAS) met in Abuja on Sunday."
        " The Commission of the Economic Community of West African States said sanctions"
        " would follow.",
        "The ECOWAS Commission published the sanctions on Monday. ECOWAS leaders also asked"
        " the ECOWAS Parliament to meet, and the African Union Commission backed them.",
    )
    body = by_alias["ECOWAS Commission"]
    assert by_alias["Commission of the Economic Community of West African States"] is body
    assert by_alias["ECOWAS"] is not body, "the organisation is not its commission"
    assert by_alias["ECOWAS Parliament"] is not body, "another body of the same organisation"
    assert by_alias["African Union Commission"] is not body, "another organisation's commission"
    assert any(m.kind == "body of one organisation" for m in body.merges)
