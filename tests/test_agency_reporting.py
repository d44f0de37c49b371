"""An agency's own reporting (its interview, its reporter at the scene, its count) shows an
origin of its own: every outlet relaying that reporting is one origin, the agency's; two
agencies' own reporting are two. Relaying ("according to Reuters"), a place-only dateline and
two outlets quoting one official show nothing. Text written for the test."""

from __future__ import annotations

from claim_builders import article, corpus, findings_of, says
from crosscheck.claims.credits import credited_agency
from crosscheck.claims.origin_count import count_origins
from crosscheck.claims.own_reporting import own_reporter, reporting_agency, told_outlet
from crosscheck.records import Article, Finding

TOLL_OWN = [
    "In the provinces south of Marrakech, 632 people died and 329 were hurt in the earthquake",
    "Some 632 people were killed by the earthquake south of Marrakech, where 329 were injured",
]

TOLL_THIRD = "South of Marrakech the quake left 632 dead, and 329 more were injured"


def _support(findings: list[Finding]) -> Finding:
    (finding,) = [f for f in findings if f.kind in ("corroborated", "single_source")]
    return finding


def test_the_words_of_an_agencys_own_reporting_name_the_agency() -> None:
    assert reporting_agency("A rescuer told AFP the village was gone.") == "agency:afp"
    assert reporting_agency("Houses in villages seen by Reuters had collapsed.") == "agency:reuters"
    assert reporting_agency("Speaking to the Associated Press, the guide said") == "agency:ap"
    assert reporting_agency("An AFP correspondent counted 30 bodies.") == "agency:afp"
    assert reporting_agency("In an interview with Reuters, the mayor said") == "agency:reuters"
    assert reporting_agency("a déclaré à Reuters le responsable local") == "agency:reuters"
    assert reporting_agency("dijo a Efe el alcalde de Paiporta") == "agency:efe"


def test_an_interview_given_to_the_outlet_itself_is_its_own_reporting() -> None:
    said = "An official told The Moscow Times on Thursday that the jet was an Embraer."
    assert told_outlet(said, "The Moscow Times")
    assert not told_outlet(said, "Yahoo News")
    assert not told_outlet(
        "According to The Moscow Times, the jet was an Embraer.", "The Moscow Times"
    )


def test_relaying_an_agency_or_its_dateline_is_no_reporting_of_its_own() -> None:
    assert reporting_agency("According to Reuters, the minister said 20 died.") is None
    assert reporting_agency("Reuters reported that the army said 30 died.") is None
    assert reporting_agency("PARIS (AFP) - The minister said 20 died.") is None
    assert reporting_agency("The mayor told Reutersville Radio the road was shut.") is None
    # a dateline of a place only credits no agency
    body = "PARIS - The minister said the road was shut.\nRescuers searched the valley."
    assert credited_agency(Article(id="x", outlet="Outlet", text=body)) is None


def test_an_earlier_sentence_of_the_paragraph_names_the_reporter() -> None:
    text = "A Reuters reporter reached Amizmiz on Sunday. The old market had fallen."
    start = text.index("The old")
    assert own_reporter(text, start, len(text)) == "agency:reuters"
    text = "Our correspondent reached Amizmiz on Sunday. The old market had fallen."
    assert own_reporter(text, text.index("The old"), len(text)) == ""
    assert own_reporter("The old market had fallen.", 0, 26) is None


def test_two_agencies_interviews_are_two_origins() -> None:
    finding = _support(
        findings_of(
            [
                article("a", "Outlet A", says(f"{TOLL_OWN[0]}, a rescuer told AFP.")),
                article("b", "Outlet B", says(f"{TOLL_OWN[1]}, a survivor told Reuters.")),
            ]
        )
    )
    assert finding.kind == "corroborated"
    assert finding.origins == ["agency:afp", "agency:reuters"]


def test_two_outlets_relaying_one_agencys_interview_are_one_origin() -> None:
    finding = _support(
        findings_of(
            [
                article("a", "Outlet A", says(f"{TOLL_OWN[0]}, a rescuer told AFP.")),
                article("b", "Outlet B", says(f"{TOLL_OWN[1]}, the rescuer told AFP.")),
            ]
        )
    )
    assert finding.kind == "single_source"
    assert finding.origins == ["agency:afp"] and not finding.possible_origins


def test_according_to_two_agencies_a_toll_is_still_one_authoritys() -> None:
    finding = _support(
        findings_of(
            [
                article("a", "Outlet A", says(f"{TOLL_OWN[0]}, according to Reuters.")),
                article("b", "Outlet B", says(f"{TOLL_OWN[1]}, according to AFP.")),
            ]
        )
    )
    assert finding.kind == "single_source" and finding.independent_sources == 1


def test_beside_a_cited_ministry_only_what_an_agency_saw_is_a_second_origin() -> None:
    ministry = {"attribution": "the Interior Ministry"}

    def certain(third: str) -> list[str]:
        built = corpus(
            [
                article("a", "A", says(f"{TOLL_OWN[0]}, the Interior Ministry said.", **ministry)),
                article("b", "B", says(f"{TOLL_OWN[1]}, the Interior Ministry said.", **ministry)),
                article("c", "C", says(third)),
            ]
        )
        return count_origins(built.claims, built).certain

    seen = certain(f"{TOLL_THIRD}, in villages seen by AFP.")
    assert len(seen) == 2 and "agency:afp" in seen
    # the two outlets quoting one ministry are one origin, not two
    assert not [key for key in seen if key.startswith("outlet:")]
    # "he told AFP" may be the ministry's spokesman: no second origin
    assert len(certain(f"{TOLL_THIRD}, he told AFP.")) == 1


def test_outlets_worded_alike_without_a_copied_run_stay_possible_origins() -> None:
    first = "The first round took place in Muscat on April 12 and the second in Rome on April 19."
    second = "The first round took place in Muscat on April 12, the second one in Rome on April 19."
    built = corpus([article("a", "Outlet A", says(first)), article("b", "Outlet B", says(second))])
    count = count_origins(built.claims, built)
    assert len(count.certain) == 1 and len(count.certain) + len(count.possible) == 2
    copy = "The first round of the talks took place in Muscat on April 12 and the second in Rome."
    built = corpus(
        [article("a", "Outlet A", says(copy)), article("b", "Outlet B", says(f"{copy[:-1]} too."))]
    )
    count = count_origins(built.claims, built)
    assert len(count.certain) == 1 and not count.possible


def test_datelines_credit_the_agency_after_a_byline_or_with_a_stop() -> None:
    def credited(text: str) -> str | None:
        return credited_agency(Article(id="x", outlet="Outlet", text=f"{text}\nMore text."))

    assert credited("VALÈNCIA (EFE). Las lluvias fueron extraordinarias.") == "agency:efe"
    assert credited("VALENCIA, 30 oct (EFE).- Las lluvias siguen.") == "agency:efe"
    assert (
        credited("par Gopal Sharma KATMANDOU (Reuters) - Un séisme a frappé.") == "agency:reuters"
    )
    # a place in brackets is no credit
    assert credited("Valencia (Spain). The floods hit the town.") is None
