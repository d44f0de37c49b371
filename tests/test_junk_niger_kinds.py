"""Page chrome kinds first seen on a new story's outlets (a trail from the home page ending in
the headline, an author picture's alt text, a bare "Read:" link, a recommended-links header
in the page's language); their look-alikes in article prose stay. Text written for the test."""

from __future__ import annotations

import pytest

from crosscheck.ingest.junk import classify_lines
from crosscheck.ingest.junk_patterns import chrome_reason

HEADLINE = "Envoy holds difficult talks with the army in the capital"
BODY = [
    "The envoy met the new army chief on Monday and said the talks had been frank and at "
    "times very difficult, according to a statement.",
    "She said the government had asked for the release of the detained president within a "
    "week, officials told reporters in the capital.",
    "The regional bloc will meet again on Thursday to decide on further steps, a spokesman said.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Home » World – Envoy holds difficult talks with the army in the capital",
        "Accueil › Afrique › L'envoyée tient des discussions difficiles avec l'armée",
        "John Walker Avatar",
        "Avatar de Jean Dupont",
        "Read: Bloc warns coup leaders as neighbours react",
        "Leia também: Bloco regional ameaça líderes do golpe",
    ],
)
def test_new_outlet_chrome_is_removed(line: str) -> None:
    lines = [HEADLINE, line, *BODY]
    assert classify_lines(lines)[1] is not None


@pytest.mark.parametrize(
    "line",
    ["Recommandations", "Raccomandazioni", "Recomendações", "Recommendations"],
)
def test_recommendations_header_is_chrome_in_any_language(line: str) -> None:
    lines = [HEADLINE, *BODY, "", line]
    assert classify_lines(lines)[-1] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Home secretary says the talks in the capital were difficult.",
        "Home » is how the site marks its front page, she wrote in a post.",
        "Avatar: The Way of Water",
        "The film Avatar was shown to the soldiers in the capital.",
        "Read the full statement: the bloc demands the president's release.",
        "The recommendations of the panel were sent to the army on Monday.",
    ],
)
def test_prose_look_alikes_stay(line: str) -> None:
    assert chrome_reason(line) is None
    lines = [HEADLINE, BODY[0], line, *BODY[1:]]
    assert classify_lines(lines)[2] is None


def test_headline_printed_after_the_site_name_is_chrome() -> None:
    lines = [f"Metro Plus News {HEADLINE}", "", HEADLINE, *BODY]
    reasons = classify_lines(lines)
    assert reasons[0] is not None
    assert reasons[2] is None


@pytest.mark.parametrize(
    "first",
    [
        # more than a site name before it: a longer headline that ends like the next line
        f"After a week of silence across the region the {HEADLINE}",
        # a sentence, not a masthead
        f"Officials said {HEADLINE}.",
    ],
)
def test_longer_first_line_ending_like_the_second_stays(first: str) -> None:
    lines = [first, HEADLINE, *BODY]
    assert classify_lines(lines)[0] is None
