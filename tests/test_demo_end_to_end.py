"""End to end on the demo articles: what a reader can verify in the articles themselves."""

from __future__ import annotations

from pathlib import Path

from crosscheck.records import CONFLICT_KINDS, Dossier, Entity, Finding
from crosscheck.resolve.demonyms import CountryReading


def _article(dossier: Dossier, stem: str) -> str:
    return next(a.id for a in dossier.articles if a.path and Path(a.path).name.startswith(stem))


def _entity_with(dossier: Dossier, alias: str) -> Entity:
    return next(e for e in dossier.entities if alias in e.aliases)


def test_name_variants_across_outlets_are_one_entity(demo_dossier: Dossier) -> None:
    # 000 writes "Tom Barak", 001 and 003 "Thomas Barrack", 002 "Tom Barrack".
    barrack = _entity_with(demo_dossier, "Thomas Barrack")
    assert {"Tom Barak", "Tom Barrack"} <= set(barrack.aliases)
    # "Ahmed Al-shara" (000), "Ahmed al-Sharaa" (002), "Ahmad al-Sharaa" (004).
    sharaa = _entity_with(demo_dossier, "Ahmed al-Sharaa")
    assert {"Ahmed Al-shara", "Ahmad al-Sharaa"} <= set(sharaa.aliases)
    # "Asaad Al-Shaibani" (000) and "Asaad al-Shibani" (004).
    assert "Asaad al-Shibani" in _entity_with(demo_dossier, "Asaad Al-Shaibani").aliases
    assert barrack.merges and sharaa.merges, "each merge carries its evidence"
    assert (
        len(
            {
                e.id
                for a in ("Tom Barak", "Thomas Barrack")
                for e in demo_dossier.entities
                if a in e.aliases
            }
        )
        == 1
    )


def test_organisations_named_by_description_join_their_entity(demo_dossier: Dossier) -> None:
    # 001: "the French Press Agency quoted a diplomatic source"; 003: "quoted by the French news
    # agency"; 001: 'the Syrian newspaper "Al-Watan" denied ... The paper clarified'.
    afp = _entity_with(demo_dossier, "French Press Agency")
    assert afp.name == "Agence France-Presse"
    assert "the French news agency" in {m.text for m in afp.mentions}
    assert {m.article for m in afp.mentions} == {
        _article(demo_dossier, "001"),
        _article(demo_dossier, "003"),
    }
    watan = _entity_with(demo_dossier, "Al-Watan")
    assert {"the Syrian newspaper", "The paper"} <= {m.text for m in watan.mentions}


def test_different_people_stay_apart(demo_dossier: Dossier) -> None:
    assad = _entity_with(demo_dossier, "Bashar al-Assad")
    sharaa = _entity_with(demo_dossier, "Ahmed al-Sharaa")
    assert assad.id != sharaa.id
    assert "Ahmed al-Sharaa" not in assad.aliases


def _office_conflict(dossier: Dossier, office: str) -> Finding:
    return next(f for f in dossier.findings if f.kind == "office_conflict" and office in f.summary)


def test_different_holders_of_one_office_are_a_conflict(demo_dossier: Dossier) -> None:
    # 001 names Yair Lapid, 002 Gideon Saar, 003 ("its Foreign Minister") Gabi Ashkenazi.
    conflict = _office_conflict(demo_dossier, "foreign minister of Israel")
    holders = {v.value for v in conflict.values}
    assert {"Yair Lapid", "Gideon Saar", "Gabi Ashkenazi"} <= holders
    by_holder = {v.value: v for v in conflict.values}
    assert by_holder["Yair Lapid"].articles == [_article(demo_dossier, "001")]
    assert by_holder["Gideon Saar"].articles == [_article(demo_dossier, "002")]
    for value in conflict.values:
        assert value.evidence and all(value.value.split()[-1] in s.text for s in value.evidence)
    # 000 and 004 name al-Shaibani, 001 names Faisal al-Mekdad.
    syrian = _office_conflict(demo_dossier, "foreign minister of Syria")
    assert {"Faisal al-Mekdad"} < {v.value for v in syrian.values}


def test_evidence_spans_point_at_the_text(demo_dossier: Dossier) -> None:
    texts = {a.id: a.text for a in demo_dossier.articles}
    spans = [s for f in demo_dossier.findings for s in f.evidence]
    spans += [s for f in demo_dossier.findings for v in f.values for s in v.evidence]
    assert spans
    for span in spans:
        assert texts[span.article][span.start : span.end] == span.text
    for entity in demo_dossier.entities:
        for mention in entity.mentions:
            assert texts[mention.article][mention.start : mention.end] == mention.text


def test_distinct_meetings_are_distinct_events(demo_dossier: Dossier) -> None:
    event_of = {a: e.id for e in demo_dossier.events for a in e.articles}
    same_meeting = {event_of[_article(demo_dossier, s)] for s in ("001", "002", "003")}
    assert len(same_meeting) == 1, "three reports of the 12 July meeting are one event"
    (july,) = same_meeting
    may = event_of[_article(demo_dossier, "004")]  # Yedioth report, Basiuk, May 2025
    third_round = event_of[
        _article(demo_dossier, "000")
    ]  # third round, Dermer, mediated by Barrack
    assert len({july, may, third_round}) == 3
    july_event = next(e for e in demo_dossier.events if e.id == july)
    assert july_event.date is not None and july_event.date.isoformat() == "2025-07-12"
    assert july_event.location == "Baku"
    third = next(e for e in demo_dossier.events if e.id == third_round)
    assert third.mediator == _entity_with(demo_dossier, "Tom Barak").id
    # "Ron Dermer, and Syrian Foreign Minister, Asaad Al-Shaibani, participated in the Baku meeting"
    names = {e.id: e.name for e in demo_dossier.entities}
    assert {"Ron Dermer", "Asaad Al-Shaibani", "Israel", "Syria"} <= {
        names[p] for p in third.participants
    }
    may_event = next(e for e in demo_dossier.events if e.id == may)
    may_people = {names[p] for p in may_event.participants}
    assert "Oded Basiuk" in may_people
    assert "Yedioth Ahronoth" not in may_people, "the paper that revealed it took no part"


def test_junk_lines_are_removed_with_reasons(demo_dossier: Dossier) -> None:
    articles = {Path(a.path or "").name[:3]: a for a in demo_dossier.articles}
    for stem, junk in {
        "001": ["Dark Mode", "Logo"],
        "002": ["Check Also", "Leave a Reply", "How can I contact Stake by email in US?"],
        "004": ["-"],
    }.items():
        article = articles[stem]
        removed = {r.text: r.reason for r in article.removed}
        for line in junk:
            assert line in removed, f"{line!r} should be removed from {stem}"
            assert f"\n{line}\n" not in f"\n{article.text}\n"
    caption = next(r for r in articles["004"].removed if r.text.endswith("(AP)"))
    assert caption.reason == "photo caption"
    assert "Stake.us" not in articles["002"].text
    assert "Required fields are marked" not in articles["002"].text


def test_dates_and_languages(demo_dossier: Dossier) -> None:
    articles = {Path(a.path or "").name[:3]: a for a in demo_dossier.articles}
    assert articles["001"].published is not None
    assert articles["001"].published.isoformat() == "2025-07-13"  # "Sunday, 13 July 2025"
    assert articles["001"].published_source and "dateline" in articles["001"].published_source
    assert articles["000"].published is None, "no date in 000: unknown, not guessed"
    arabic = [
        p for p in articles["001"].paragraphs if "سوريا" in articles["001"].text[p.start : p.end]
    ]
    assert arabic and arabic[0].language == "ar" and arabic[0].script == "Arabic"
    assert articles["001"].language == "en"


def test_the_article_that_contradicts_itself_is_flagged(demo_dossier: Dossier) -> None:
    # 001 calls Bashar al-Assad "Syrian President" and speaks of "the fall of Bashar al-Assad's regime".
    flagged = [
        f
        for f in demo_dossier.findings
        if f.kind == "internal_inconsistency" and f.supporting == [_article(demo_dossier, "001")]
    ]
    assert flagged
    texts = " | ".join(s.text for f in flagged for s in f.evidence)
    assert "Syrian President Bashar al-Assad" in texts and "fall of" in texts
    others = {_article(demo_dossier, s) for s in ("000", "002", "003", "004")}
    assert not [
        f
        for f in demo_dossier.findings
        if f.kind == "internal_inconsistency" and set(f.supporting) & others
    ]


def test_independence_counts_origins_not_outlets(demo_dossier: Dossier) -> None:
    # Barrack's "dialogue between Syria and Israel has begun" is quoted by 001, 002 and 003:
    # three outlets, one origin (Barrack himself), so it is not corroborated by three sources.
    # A claim is the quoted proposition; Barrack is its speaker, not part of its text.
    barrack = _entity_with(demo_dossier, "Thomas Barrack").id
    speakers = {c.id: c.speaker_text or "" for c in demo_dossier.claims}
    finding = next(
        f
        for f in demo_dossier.findings
        if any("has begun" in s.text for s in f.evidence)
        and all("Barrack" in speakers.get(c, "") for c in f.claims)
    )
    assert {_article(demo_dossier, s) for s in ("001", "002", "003")} <= set(finding.supporting)
    assert finding.origins == [f"entity:{barrack}"]
    assert finding.independent_sources == 1 and finding.kind == "single_source"
    corroborated = [f for f in demo_dossier.findings if f.kind == "corroborated"]
    assert all(f.independent_sources == len(f.origins) >= 2 for f in corroborated)
    # 001 relays AFP's "diplomatic source in Damascus" ("The dialogue reportedly focused on the
    # new Israeli military presence") and 003 quotes that source via AFP: one origin, not two.
    presence = [c for c in demo_dossier.claims if "Israeli military presence" in c.text]
    assert {c.article for c in presence} == {_article(demo_dossier, s) for s in ("001", "003")}
    assert all(
        c.origins and c.origins[-1].key == "anon:diplomatic source in damascus" for c in presence
    )
    for finding in demo_dossier.findings:
        if set(finding.claims) >= {c.id for c in presence}:
            assert finding.kind == "single_source" and finding.independent_sources == 1
    assert any(f.kind == "single_source" for f in demo_dossier.findings)
    assert demo_dossier.agreement


def test_a_wrong_envoy_is_an_office_conflict(demo_dossier: Dossier) -> None:
    # 004: "US envoy Marco Rubio"; 002: "U.S. special envoy to Syria, Tom Barrack" (and 000,
    # 001, 003 name Barrack too).
    conflict = _office_conflict(demo_dossier, "special envoy to syria of United States")
    by_holder = {v.value: v for v in conflict.values}
    assert set(by_holder) == {"Thomas Barrack", "Marco Rubio"}
    assert by_holder["Marco Rubio"].articles == [_article(demo_dossier, "004")]
    assert conflict.contradicting == [_article(demo_dossier, "004")]
    # four outlets name Barrack, none credits an agency or a reporter of its own: they may
    # all relay one dispatch, so one origin is proven and the summary says so
    assert conflict.independent_sources == len(by_holder["Thomas Barrack"].origins) == 1
    assert "Thomas Barrack (at least 1 source across 4 outlets)" in conflict.summary


def test_every_conflict_kind_is_in_the_agreement_matrix(demo_dossier: Dossier) -> None:
    conflicts = [f for f in demo_dossier.findings if f.kind in CONFLICT_KINDS]
    assert conflicts
    assert {f.id for f in conflicts} <= {c.finding for c in demo_dossier.agreement}
    kinds = [f.kind for f in demo_dossier.findings]
    assert kinds.index("office_conflict") < kinds.index("single_source")


def test_every_part_of_an_event_frame_has_a_sentence_behind_it(demo_dossier: Dossier) -> None:
    texts = {a.id: a.text for a in demo_dossier.articles}
    reading = CountryReading(demo_dossier.entities)
    tom_barak = _entity_with(demo_dossier, "Tom Barak").id
    third = next(e for e in demo_dossier.events if e.mediator == tom_barak)
    found = {(item.role, item.entity): item.span for item in third.frame_evidence}
    mediation = found[("mediator", tom_barak)]
    assert "mediated by U.S. envoy Tom Barak" in mediation.text
    for event in demo_dossier.events:
        parts = {(item.role, item.entity) for item in event.frame_evidence}
        assert {("participant", p) for p in event.participants} <= parts
        if event.mediator:
            assert ("mediator", event.mediator) in parts
        for item in event.frame_evidence:
            span = item.span
            assert texts[span.article][span.start : span.end] == span.text
            if item.entity is not None:
                # "Syrian officials" names Syria through its own nationality-word entity
                naming = [e for e in demo_dossier.entities if reading.entity(e.id) == item.entity]
                assert any(
                    m.article == span.article and span.start <= m.start < span.end
                    for entity in naming
                    for m in entity.mentions
                ), "the sentence names the entity"
    july = next(e for e in demo_dossier.events if e.date is not None)
    where = [item.span for item in july.frame_evidence if item.role == "location"]
    assert where and all("Baku" in span.text for span in where)
    assert {span.article for span in where} == set(july.articles), "each report says Baku"
