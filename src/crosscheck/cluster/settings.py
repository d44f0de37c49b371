"""The thresholds and switches of the grouping of articles into stories and events."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ClusterSettings:
    """Similarity thresholds of the two groupings, chosen on development data only (ECB+
    topics 1-35, GVC val; `python -m benchmarks.tune_events`)."""

    event_threshold: float = 0.14
    # An event must be tighter than its story: at least this times the story's mean pairwise
    # similarity. 1.0 costs 0.04 B3 on ECB+ dev sub-topics but keeps distinct meetings of one
    # densely reported story apart (the demo), which a fixed cosine cannot.
    event_relative: float = 1.0
    # ... in stories of at least this many articles, or whose reports' days do not all agree.
    # The mean pairwise similarity stands for two reports of different events only when most
    # pairs of the story are across events; in a story of three reports that all report the
    # same days (event date, else publication day, within the date gap) the mean is one
    # incident's own similarity, which the relative bar would cut in the middle. An undated
    # report keeps the relative bar: three reports of two meetings in one city (the demo's May
    # and July Baku meetings) read alike and only the bar tells them apart.
    relative_min_members: int = 4
    # The strict split leaves stragglers: articles less alike their event's core than its core
    # is to itself. A fragment of at most `fragment_size` articles joins the event it is
    # closest to when that similarity is >= `attach_factor` x the event threshold and at least
    # `attach_margin` x its similarity to any other event of the story; a fragment about as
    # close to two events says nothing about which it belongs to, so it stays apart.
    fragment_size: int = 5
    attach_factor: float = 0.8
    attach_margin: float = 1.1
    story_threshold: float = 0.04
    max_date_gap_days: int = 3
    # Reports published further apart than this do not report one event as their main one
    # (a follow-up excepted). 21 -> 14: valencia 0.593 -> 0.638 (two marches three weeks apart,
    # a report published 21 days after the first), venezuela 0.763 -> 0.782, the other tune
    # packs and GVC val (0.991) unchanged; 10 cost niger (0.845 -> 0.837).
    max_publication_gap_days: int = 14
    # A report that follows an earlier event (charges, a trial, a rising toll) may be dated and
    # published up to this many days after it.
    max_follow_up_days: int = 60
    entity_weight: int = 2
    top_k: int = 50
    # Reports in another language than most join the event they report (multilingual
    # embeddings; needs the `embeddings` extra).
    cross_lingual: bool = True
    # Events of different stories that a plain TF-IDF (the GVC baseline) puts together join
    # (`plain_join`); the threshold is that baseline's, picked on GVC val.
    plain_join: bool = True
    # Pages without a publication date are placed in time by the dates their text states (years
    # from the story's dated reports) and their nearest dated reports (`undated`), inside the
    # grouping only.
    place_undated: bool = True
