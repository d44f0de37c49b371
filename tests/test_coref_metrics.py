"""Coreference metrics against the reference scorer's own test cases.

Expected numbers are copied from conll/reference-coreference-scorers (v8.01),
``test/CorefMetricTestConfig.pm`` (cases A1–A13 as of commit b40fae4493b8, cases M1–N6 from the
later revision of the same file); each value is [recall, precision, F1]. The key/response
clusterings of each case are spelled out in that repository's ``test/TestCases.README`` (also
in ns-moosavi/coval ``tests/TestCases.README``). Letters are mentions; an upper-case ``B`` is a
different mention overlapping ``b`` (cases A5, A6) unless the README calls it a duplicate of
``b`` (A7–A9), where we write it as ``b`` itself.
"""

from __future__ import annotations

from collections.abc import Hashable

import pytest

from crosscheck.evaluation.coref_metrics import (
    CorefScores,
    Score,
    clusters_from_labels,
    conll_f1,
    evaluate,
)

TOL = 1e-4
KEY_A: list[list[Hashable]] = [["a"], ["b", "c"], ["d", "e", "f"]]
KEY_M: list[list[Hashable]] = [list("abcdef")]
KEY_N: list[list[Hashable]] = [[x] for x in "abcdef"]


def parse(spec: str) -> list[list[Hashable]]:
    """``"{a} {bc}"`` -> ``[["a"], ["b", "c"]]``."""
    return [list(part.strip("{}")) for part in spec.split()]


def rpf(score: Score | object) -> tuple[float, float, float]:
    assert hasattr(score, "recall") and hasattr(score, "precision") and hasattr(score, "f1")
    return (score.recall, score.precision, score.f1)


def check(actual: tuple[float, float, float], expected: list[float]) -> None:
    assert actual == pytest.approx(expected, abs=TOL)


# (case id, key, response, {metric: [R, P, F1]}) — numbers from CorefMetricTestConfig.pm.
CASES: list[tuple[str, list[list[Hashable]], list[list[Hashable]], dict[str, list[float]]]] = [
    (
        "A1",
        KEY_A,
        parse("{a} {bc} {def}"),
        {
            "muc": [1, 1, 1],
            "bcub": [1, 1, 1],
            "ceafm": [1, 1, 1],
            "ceafe": [1, 1, 1],
            "blanc": [1, 1, 1],
        },
    ),
    (
        "A2",
        KEY_A,
        parse("{a} {de}"),
        {
            "muc": [1 / 3, 1 / 1, 0.5],
            "bcub": [(7 / 3) / 6, 3 / 3, 14 / 25],
            "ceafm": [0.5, 1, 0.66667],
            "ceafe": [0.6, 0.9, 0.72],
            "blanc": [0.21591, 1, 0.35385],
        },
    ),
    (
        "A3",
        KEY_A,
        parse("{a} {bcx} {defy} {z}"),
        {
            "muc": [3 / 3, 3 / 5, 0.75],
            "bcub": [6 / 6, (4 + 7 / 12) / 9, 110 / 163],
            "ceafm": [1, 0.66667, 0.8],
            "ceafe": [0.88571, 0.66429, 0.75918],
            "blanc": [1, 0.42593, 0.59717],
        },
    ),
    (
        "A4",
        KEY_A,
        parse("{a} {bcx} {dy} {z}"),
        {
            "muc": [1 / 3, 1 / 3, 1 / 3],
            "bcub": [
                (3 + 1 / 3) / 6,
                (1 + 4 / 3 + 1 / 2) / 7,
                2 * (5 / 9) * (17 / 42) / ((5 / 9) + (17 / 42)),
            ],
            "ceafm": [0.66667, 0.57143, 0.61538],
            "ceafe": [0.73333, 0.55, 0.62857],
            "blanc": [0.35227, 0.27206, 0.30357],
        },
    ),
    (
        "A5",  # overlapping mention B inside the aligned entity
        KEY_A,
        parse("{a} {bcxB} {dy} {z}"),
        {
            "muc": [1 / 3, 1 / 4, 2 / 7],
            "bcub": [(3 + 1 / 3) / 6, 2.5 / 8, 2 * (5 / 9) * (5 / 16) / ((5 / 9) + (5 / 16))],
            "ceafm": [0.66667, 0.5, 0.57143],
            "ceafe": [0.68889, 0.51667, 0.59048],
            "blanc": [0.35227, 0.19048, 0.24716],
        },
    ),
    (
        "A6",  # overlapping mention B in an unaligned entity
        KEY_A,
        parse("{a} {bcx} {dy} {Bz}"),
        {
            "muc": [1 / 3, 1 / 4, 2 / 7],
            "bcub": [
                (10 / 3) / 6,
                (1 + 4 / 3 + 1 / 2) / 8,
                2 * (5 / 9) * (17 / 48) / ((5 / 9) + (17 / 48)),
            ],
            "ceafm": [0.66667, 0.5, 0.57143],
            "ceafe": [0.73333, 0.55, 0.62857],
            "blanc": [0.35227, 0.20870, 0.25817],
        },
    ),
    (
        "A7",  # duplicate of b in the same response entity: de-duplicated
        KEY_A,
        parse("{a} {bcxb} {dy} {z}"),
        {
            "muc": [1 / 3, 1 / 3, 1 / 3],
            "bcub": [
                (10 / 3) / 6,
                (1 + 4 / 3 + 1 / 2) / 7,
                2 * (5 / 9) * (17 / 42) / ((5 / 9) + (17 / 42)),
            ],
            "ceafm": [0.66667, 0.57143, 0.61538],
            "ceafe": [0.73333, 0.55, 0.62857],
            "blanc": [0.35227, 0.27206, 0.30357],
        },
    ),
    (
        "A8",  # duplicate of b in another response entity: the later one is dropped
        KEY_A,
        parse("{a} {bcx} {dy} {bz}"),
        {
            "muc": [1 / 3, 1 / 3, 1 / 3],
            "bcub": [
                (10 / 3) / 6,
                (1 + 4 / 3 + 1 / 2) / 7,
                2 * (5 / 9) * (17 / 42) / ((5 / 9) + (17 / 42)),
            ],
            "ceafm": [0.66667, 0.57143, 0.61538],
            "ceafe": [0.73333, 0.55, 0.62857],
            "blanc": [0.35227, 0.27206, 0.30357],
        },
    ),
    (
        "A9",  # b repeated ten times: cannot inflate B³ precision after de-duplication
        KEY_A,
        [*parse("{a} {bcx} {dy}"), [*["b"] * 10, "z"]],
        {
            "muc": [1 / 3, 1 / 3, 1 / 3],
            "bcub": [
                (10 / 3) / 6,
                (1 + 4 / 3 + 1 / 2) / 7,
                2 * (5 / 9) * (17 / 42) / ((5 / 9) + (17 / 42)),
            ],
            "ceafm": [0.66667, 0.57143, 0.61538],
            "ceafe": [0.73333, 0.55, 0.62857],
            "blanc": [0.35227, 0.27206, 0.30357],
        },
    ),
    (
        "A10",  # gold mentions, response all singletons
        KEY_A,
        parse("{a} {b} {c} {d} {e} {f}"),
        {"muc": [0, 0, 0], "bcub": [3 / 6, 6 / 6, 2 / 3], "blanc": [0.5, 0.36667, 0.42308]},
    ),
    (
        "A11",  # gold mentions, all in one response entity
        KEY_A,
        parse("{abcdef}"),
        {
            "muc": [3 / 3, 3 / 5, 6 / 8],
            "bcub": [6 / 6, (1 / 6 + 2 * 2 / 6 + 3 * 3 / 6) / 6, 14 / 25],
            "blanc": [0.5, 0.13333, 0.21053],
        },
    ),
    (
        "A12",  # system mentions, response all singletons
        KEY_A,
        parse("{a} {x} {y} {c} {d} {e} {z}"),
        {
            "muc": [0, 0, 0],
            "bcub": [
                (1 + 1 / 2 + 2 / 3) / 6,
                4 / 7,
                2 * (13 / 36) * (4 / 7) / ((13 / 36) + (4 / 7)),
            ],
            "blanc": [0.22727, 0.11905, 0.15625],
        },
    ),
    (
        "A13",  # system mentions, all in one response entity
        KEY_A,
        parse("{axycdez}"),
        {
            "muc": [1 / 3, 1 / 6, 2 / 9],
            "bcub": [
                (1 + 1 / 2 + 2 * 2 / 3) / 6,
                (1 / 7 + 1 / 7 + 2 * 2 / 7) / 7,
                2 * (17 / 36) * (6 / 49) / ((17 / 36) + (6 / 49)),
            ],
            "blanc": [0.125, 0.02381, 0.04],
        },
    ),
    ("B1", parse("{ab} {cde}"), parse("{bcx} {de}"), {"blanc": [1 / 2 * (1 / 4 + 1 / 3)] * 3}),
    (
        "C1",
        parse("{ab} {cde} {fg}"),
        parse("{bcx} {de} {fg}"),
        {"blanc": [1 / 2 * (2 / 5 + 10 / 16)] * 3},
    ),
    # D1/E1 are the B³ paper's examples; F1–L1 the MUC paper's.
    (
        "D1",
        parse("{12345} {67} {89ABC}"),
        parse("{12345} {6789ABC}"),
        {
            "muc": [9 / 9, 9 / 10, 2 * (9 / 9) * (9 / 10) / (9 / 9 + 9 / 10)],
            "bcub": [12 / 12, 16 / 21, 2 * (12 / 12) * (16 / 21) / (12 / 12 + 16 / 21)],
        },
    ),
    (
        "E1",
        parse("{12345} {67} {89ABC}"),
        parse("{1234589ABC} {67}"),
        {
            "muc": [9 / 9, 9 / 10, 2 * (9 / 9) * (9 / 10) / (9 / 9 + 9 / 10)],
            "bcub": [1, 7 / 12, 2 * 1 * (7 / 12) / (1 + 7 / 12)],
        },
    ),
    (
        "F1",
        parse("{ABCD}"),
        parse("{AB} {CD}"),
        {"muc": [2 / 3, 2 / 2, 2 * (2 / 3) * (2 / 2) / (2 / 3 + 2 / 2)]},
    ),
    (
        "G1",
        parse("{AB} {CD}"),
        parse("{ABCD}"),
        {"muc": [2 / 2, 2 / 3, 2 * (2 / 2) * (2 / 3) / (2 / 2 + 2 / 3)]},
    ),
    ("H1", parse("{ABCD}"), parse("{ABCD}"), {"muc": [1, 1, 1]}),
    (
        "J1",
        parse("{ABC}"),
        parse("{AC}"),
        {"muc": [1 / 2, 1 / 1, 2 * (1 / 2) * (1 / 1) / (1 / 2 + 1 / 1)]},
    ),
    ("K1", parse("{BCDEGHJ}"), parse("{ABC} {DEF} {GHI}"), {"muc": [3 / 6, 3 / 6, 3 / 6]}),
    (
        "L1",
        parse("{ABC} {DEFG}"),
        parse("{AB} {CD} {FGH}"),
        {"muc": [2 / 5, 2 / 4, 2 * (2 / 5) * (2 / 4) / (2 / 5 + 2 / 4)]},
    ),
    (
        "M1",
        KEY_M,
        parse("{abcdef}"),
        {
            "muc": [1, 1, 1],
            "bcub": [1, 1, 1],
            "ceafm": [1, 1, 1],
            "ceafe": [1, 1, 1],
            "blanc": [1, 1, 1],
        },
    ),
    ("M2", KEY_M, parse("{a} {b} {c} {d} {e} {f}"), {"muc": [0, 0, 0], "blanc": [0, 0, 0]}),
    ("M3", KEY_M, parse("{ab} {cde} {f}"), {"blanc": [0.26667, 1, 0.42105]}),
    ("M4", KEY_M, parse("{abcxyz}"), {"blanc": [0.2, 0.2, 0.2]}),
    ("M5", KEY_M, parse("{a} {b} {c} {x} {y} {z}"), {"muc": [0, 0, 0], "blanc": [0, 0, 0]}),
    ("M6", KEY_M, parse("{ab} {cxy} {z}"), {"blanc": [0.06667, 0.25, 0.10526]}),
    ("N1", KEY_N, parse("{a} {b} {c} {d} {e} {f}"), {"muc": [0, 0, 0], "blanc": [1, 1, 1]}),
    ("N2", KEY_N, parse("{abcdef}"), {"muc": [0, 0, 0], "blanc": [0, 0, 0]}),
    ("N3", KEY_N, parse("{ab} {cde} {f}"), {"blanc": [0.73333, 1, 0.84615]}),
    ("N4", KEY_N, parse("{a} {b} {c} {x} {y} {z}"), {"muc": [0, 0, 0], "blanc": [0.2, 0.2, 0.2]}),
    ("N5", KEY_N, parse("{abcxyz}"), {"blanc": [0, 0, 0]}),
    ("N6", KEY_N, parse("{ab} {cxy} {z}"), {"blanc": [0.13333, 0.18182, 0.15385]}),
]


def metric(scores: CorefScores, name: str) -> tuple[float, float, float]:
    return rpf(
        {
            "muc": scores.muc,
            "bcub": scores.b_cubed,
            "ceafm": scores.ceaf_m,
            "ceafe": scores.ceaf_e,
            "blanc": scores.blanc,
        }[name]
    )


@pytest.mark.parametrize(("case", "key", "response", "expected"), CASES, ids=[c[0] for c in CASES])
def test_reference_scorer_case(
    case: str,
    key: list[list[Hashable]],
    response: list[list[Hashable]],
    expected: dict[str, list[float]],
) -> None:
    scores = evaluate(key, response)
    for name, values in expected.items():
        check(metric(scores, name), values)


def test_tc_readme_ceaf_numerators() -> None:
    # TestCases.README, TC3: CEAFe common = 1 + 4/5 + 6/7; CEAFm common = 6.
    scores = evaluate(KEY_A, parse("{a} {bcx} {defy} {z}"))
    assert scores.ceaf_e.recall_num == pytest.approx(1 + 4 / 5 + 6 / 7)
    assert scores.ceaf_m.recall_num == pytest.approx(6)


def test_conll_is_mean_of_muc_bcub_ceafe() -> None:
    scores = evaluate(KEY_A, parse("{a} {bcx} {dy} {z}"))
    expected = (1 / 3 + 2 * (5 / 9) * (17 / 42) / ((5 / 9) + (17 / 42)) + 0.62857) / 3
    assert scores.conll_f1 == pytest.approx(expected, abs=TOL)
    assert conll_f1(KEY_A, parse("{a} {bcx} {dy} {z}")) == pytest.approx(expected, abs=TOL)


def test_scores_add_as_micro_average() -> None:
    # Two documents scored apart and summed equal the reference scorer's corpus totals:
    # MUC recall (1 + 0) / (1 + 2).
    doc1 = evaluate([["a1", "b1"]], [["a1", "b1"]])
    doc2 = evaluate([["a2", "b2", "c2"]], [["a2"], ["b2"], ["c2"]])
    total = doc1 + doc2
    assert total.muc.recall == pytest.approx(1 / 3)
    assert total.muc.precision == pytest.approx(1.0)
    assert total.b_cubed.recall == pytest.approx((2 + 1) / 5)


def test_key_with_repeated_mention_is_rejected() -> None:
    with pytest.raises(ValueError, match="more than once"):
        evaluate([["a", "b"], ["b"]], [["a"]])


def test_empty_response_scores_zero() -> None:
    scores = evaluate(KEY_A, [])
    assert scores.conll_f1 == 0.0
    assert scores.b_cubed.recall == 0.0


def test_ceaf_alignment_spans_many_components() -> None:
    # Two independent blocks; the optimal alignment in each is found separately.
    key = [["a", "b"], ["c"], ["x", "y", "z"], ["w"]]
    response = [["a"], ["b", "c"], ["x", "y", "z", "w"]]
    scores = evaluate(key, response)
    # Block 1: best φ4 total is max(2*1/3 + 2*1/3, 2*1/3 + 0 + ...) = 4/3 (ab~a, c~bc).
    # Block 2: xyz~xyzw gives 2*3/7.
    assert scores.ceaf_e.recall_num == pytest.approx(2 * 1 / 3 + 2 * 1 / 3 + 6 / 7)


def test_clusters_from_labels_groups_mentions() -> None:
    clusters = clusters_from_labels({"m1": "A", "m2": "B", "m3": "A"})
    assert sorted(sorted(map(str, c)) for c in clusters) == [["m1", "m3"], ["m2"]]
