"""Exact and near-duplicate detection on realistic wire-copy edits."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash

from crosscheck.cluster.duplicates import (
    DuplicateGroup,
    DuplicateIndex,
    Sketcher,
    find_duplicate_groups,
    lsh_params,
    normalised_words,
    overlap_score,
    shingle_hashes,
)

WIRE_HEADLINE = "Bomb kills two officers at Oregon bank"
WIRE_PARAGRAPHS = [
    "WOODBURN, Ore. (AP) — A bomb exploded Friday at a West Coast Bank branch in Woodburn, "
    "killing a Woodburn police officer and an Oregon State Police bomb squad technician, and "
    "critically injuring the Woodburn police chief.",
    "The bomb detonated around 5:30 p.m. at the bank in the 2500 block of Oregon 214, hours "
    "after employees reported a suspicious device left near the back door of the building.",
    "The victims were identified as Senior Trooper William Hakim of the Oregon State Police and "
    "Capt. Tom Tennant of the Woodburn Police Department, both described by colleagues as "
    "dedicated professionals and family men.",
    "Hakim was the second bomb technician to die in the line of duty in the history of the "
    "state police, agency spokesman Lt. Gregg Hastings told reporters on Saturday morning.",
    "Investigators from the FBI and the Bureau of Alcohol, Tobacco, Firearms and Explosives "
    "searched the scene overnight and asked anyone who saw a person near the bank to call.",
    "Woodburn Police Chief Scott Russell remained in critical condition at a Portland hospital "
    "late Saturday, a hospital spokeswoman said, declining to give further details.",
]
# The same event reported independently: same names and places, different wording.
LOCAL_REPORT = (
    "Two law officers are dead after an explosive device went off inside a Woodburn bank late "
    "Friday afternoon. Oregon State Police Senior Trooper William Hakim and Woodburn Capt. Tom "
    "Tennant were trying to disarm the device when it detonated, according to state police. "
    "Woodburn Police Chief Scott Russell lost a leg in the blast and is being treated at a "
    "Portland hospital. Agents from the FBI and ATF spent the night combing the West Coast Bank "
    "branch on Oregon 214. Neighbours described hearing a loud boom that shook their windows "
    "and seeing smoke rise above the shopping centre. Authorities have not said whether they "
    "have a suspect or a motive, and asked residents with information to contact them."
)
UNRELATED = (
    "Shares in European carmakers rose on Tuesday after the bloc agreed to soften emissions "
    "targets for the next three years, giving manufacturers more time to sell electric models."
)


def wire_story() -> str:
    return "\n\n".join([WIRE_HEADLINE, *WIRE_PARAGRAPHS])


def syndicated_copy() -> str:
    """New headline, last paragraph cut, an outlet footer added: what a member paper prints."""
    return "\n\n".join(
        [
            "Oregon bank blast leaves trooper, police captain dead",
            *WIRE_PARAGRAPHS[:-1],
            "Copyright 2008 The Associated Press. All rights reserved.",
        ]
    )


def test_syndicated_copy_with_new_headline_and_cut_paragraph_is_a_near_duplicate() -> None:
    groups = find_duplicate_groups([("wire", wire_story()), ("paper", syndicated_copy())])
    assert len(groups) == 1
    group = groups[0]
    assert group.members == ("paper", "wire")
    assert group.kind == "near"
    assert 0.5 <= group.similarity < 1.0
    assert group.representative == "wire"  # the fuller copy


def test_short_brief_of_a_wire_story_is_a_near_duplicate() -> None:
    brief = "\n\n".join(["Bank bomb kills two", *WIRE_PARAGRAPHS[:2]])
    index = DuplicateIndex()
    index.add("wire", wire_story())
    assert index.add("brief", brief) == ["wire"]


def test_independent_reports_of_the_same_event_are_not_duplicates() -> None:
    docs = [("wire", wire_story()), ("local", LOCAL_REPORT), ("markets", UNRELATED)]
    assert find_duplicate_groups(docs) == []


def test_exact_copies_differing_in_whitespace_case_and_punctuation() -> None:
    original = wire_story()
    reflowed = "  ".join(original.upper().split()).replace("—", "-").replace(",", " ,")
    groups = find_duplicate_groups([("a", original), ("b", reflowed), ("c", LOCAL_REPORT)])
    assert groups == [DuplicateGroup(("a", "b"), "a", "exact", 1.0)]


def test_incremental_add_returns_the_earlier_copies() -> None:
    index = DuplicateIndex()
    assert index.add("wire", wire_story()) == []
    assert index.add("local", LOCAL_REPORT) == []
    assert index.add("paper", syndicated_copy()) == ["wire"]
    # An exact copy of the paper's text matches the paper and, through it, the wire story.
    assert index.add("paper-mirror", syndicated_copy() + "\n") == ["paper", "wire"]
    assert len(index) == 4


def test_group_mixing_exact_and_near_links_is_near_with_lowest_similarity() -> None:
    index = DuplicateIndex()
    index.add("wire", wire_story())
    index.add("wire-mirror", wire_story().lower())
    index.add("paper", syndicated_copy())
    (group,) = index.groups()
    assert group.members == ("paper", "wire", "wire-mirror")
    assert group.kind == "near"
    assert group.similarity < 1.0
    assert group.representative == "wire"  # as long as its mirror, but added first


def test_groups_do_not_depend_on_insertion_order() -> None:
    docs = [
        ("wire", wire_story()),
        ("local", LOCAL_REPORT),
        ("paper", syndicated_copy()),
        ("markets", UNRELATED),
    ]
    forward = find_duplicate_groups(docs)
    backward = find_duplicate_groups(reversed(docs))
    assert [g.members for g in forward] == [g.members for g in backward] == [("paper", "wire")]
    assert forward[0].similarity == backward[0].similarity


def test_empty_text_is_never_a_duplicate() -> None:
    index = DuplicateIndex()
    assert index.add("blank-1", "  \n ") == []
    assert index.add("blank-2", "— ... —") == []
    assert index.groups() == []


def test_adding_an_id_twice_is_an_error() -> None:
    index = DuplicateIndex()
    index.add("wire", wire_story())
    with pytest.raises(ValueError, match="already indexed"):
        index.add("wire", LOCAL_REPORT)


def test_normalisation_folds_case_accents_diacritics_and_punctuation() -> None:
    assert normalised_words("Café—NAÏVE “finance”!") == ["cafe", "naive", "finance"]
    # Arabic harakat and tatweel do not change the words.
    assert normalised_words("مُحَمَّد العـــربية") == normalised_words("محمد العربية")


def test_shingles_of_a_text_shorter_than_the_shingle_size() -> None:
    assert len(shingle_hashes(["breaking", "news"], 4)) == 1
    assert len(shingle_hashes([], 4)) == 0
    assert len(shingle_hashes(["a", "b", "c", "d", "e", "f"], 4)) == 3


def test_overlap_uses_containment_for_long_texts_and_jaccard_for_tiny_ones() -> None:
    long_text = np.arange(100, dtype=np.uint32)
    assert overlap_score(np.arange(40, dtype=np.uint32), long_text) == 1.0
    # Ten shingles inside a long text: too small for containment, Jaccard is 10/100.
    assert overlap_score(np.arange(10, dtype=np.uint32), long_text) == pytest.approx(0.1)


def test_signatures_match_datasketch_minhash() -> None:
    hashes = shingle_hashes(normalised_words(wire_story()), 4)
    full, lead = Sketcher(num_perm=128, lead_shingles=20).sketch(hashes)
    reference = MinHash(num_perm=128, seed=1, hashfunc=int)
    reference.update_batch(hashes.tolist())
    lead_reference = MinHash(num_perm=128, seed=1, hashfunc=int)
    lead_reference.update_batch(hashes[:20].tolist())
    assert np.array_equal(full, reference.hashvalues)
    assert np.array_equal(lead, lead_reference.hashvalues)


def test_lsh_params_reach_the_recall_asked_for_with_the_fewest_bands() -> None:
    bands, rows = lsh_params(0.5, 64, recall=0.9)
    assert bands * rows <= 64
    assert 1 - (1 - 0.5**rows) ** bands >= 0.9
    fewer_bands = 64 // (rows + 1)
    assert 1 - (1 - 0.5 ** (rows + 1)) ** fewer_bands < 0.9
