"""Articles into stories and into distinct events.

Two articles report the same event when their words and named entities overlap strongly and
nothing a reader would use sets them apart: their event dates (when both are known) agree, their
places can be one, and their headlines do not announce different rounds of a series or events
in different countries. A story is the looser grouping of events that share actors and subject.
Two meetings in one city months apart share the city, not the date or the specifics, so they
stay two events. A report that follows an event (the charges in a shooting, a quake's toll
rising days later) may join it though dated later, unless its headline announces another
event of the kind (`follow_ups`); a date set apart is never bridged by a third, undated report.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from crosscheck.cluster.follow_ups import reports_follow_up
from crosscheck.cluster.fragments import attach_fragments, join_same_day_and_place
from crosscheck.cluster.headline import Headline, headlines_apart, read_headline
from crosscheck.cluster.linkage import average_link
from crosscheck.cluster.multilingual import (
    Embed,
    default_embed,
    join_by_nearest_reports,
    join_other_languages,
    main_language,
    merge_joined,
)
from crosscheck.cluster.places import (
    CAPTION_WORDS,
    article_texts,
    event_place,
    place_forms,
    places_compatible,
)
from crosscheck.cluster.plain_join import join_across_stories
from crosscheck.cluster.recurrence import announces_recurrence, recurrence_apart
from crosscheck.cluster.report_day import (
    DatedReports,
    caching,
    join_foreign_events,
    join_on_report_day,
)
from crosscheck.cluster.shared_specifics import join_on_shared_specifics
from crosscheck.cluster.similarity import analyse, neighbour_graph, stop_words, tfidf_matrix
from crosscheck.records import AnnotatedArticle, TimeMention
from crosscheck.resolve.resolver import Resolution

# Words that name an event, by the event types of the frames (meetings and talks, attacks and
# strikes, agreements, visits, statements).
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "meeting": (
        "met",
        "meet",
        "meeting",
        "meetings",
        "talks",
        "talk",
        "negotiations",
        "summit",
        "held",
        "hold",
    ),
    "attack": (
        "attack",
        "attacked",
        "strike",
        "strikes",
        "struck",
        "killed",
        "shooting",
        "shot",
        "bombing",
        "explosion",
        "clash",
        "clashes",
    ),
    "agreement": ("agreement", "deal", "signed", "sign", "ceasefire", "accord", "treaty"),
    "visit": ("visit", "visited", "trip", "travelled", "traveled"),
    "statement": ("said", "announced", "stated", "declared", "statement"),
}
EVENT_TRIGGERS = frozenset(
    word for kind, words in EVENT_TYPES.items() if kind != "statement" for word in words
) | frozenset(("election vote arrested protest protests earthquake crash fire launched").split())


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
    # Reports published further apart than this do not report one event as their main one.
    max_publication_gap_days: int = 21
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


@dataclass(frozen=True, slots=True)
class ArticleGroups:
    """Index lists into the article sequence: stories, and events inside stories."""

    stories: list[list[int]]
    events: list[list[int]]
    event_dates: list[tuple[date, TimeMention] | None]


# A date written as digits ("2025-04-26", "26/04/2025") is a page's stamp, left in the text by
# the scrape ("date 2025-04-26 Iranian Foreign Minister ... met on Friday"): the day the page
# was dated, not the day a sentence states for the event.
_STAMP = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$")


def event_date(article: AnnotatedArticle) -> tuple[date, TimeMention] | None:
    """The date of the event an article reports: the first full date of its lead sentence (a
    report states its news, and when, first, whatever its words: "Nuland held discussions with
    the junta on Monday"), else the first full date in a later sentence that names an event
    ("met ... on Saturday, July 12"), within the first paragraphs. A photo caption dates its
    picture ("this picture taken on February 18 shows the envoy after a meeting in Riyadh"),
    not the event of the article."""
    text = article.article.text
    lead_end = article.article.paragraphs[min(3, len(article.article.paragraphs) - 1)].end
    for position, sentence in enumerate(article.sentences):
        if sentence.start > lead_end:
            break
        words = set(text[sentence.start : sentence.end].lower().split())
        if words & CAPTION_WORDS or (position > 0 and not words & EVENT_TRIGGERS):
            continue
        for time in article.times:
            inside = sentence.start <= time.start < sentence.end
            if inside and time.day is not None and not _STAMP.match(time.text):
                return time.day, time
    return None


def _document(article: AnnotatedArticle, resolution: Resolution, weight: int) -> str:
    """Article words plus its entities as tokens, so name variants count as the same word."""
    entity_tokens = []
    for index, mention in enumerate(article.mentions):
        entity = resolution.entity_of.get((article.article.id, index))
        if entity and mention.type != "NORP":
            entity_tokens.append("__" + entity.replace(" ", "_"))
    title = article.article.title or ""
    return " ".join(
        [title, title, article.article.text, *(entity_tokens * weight), *_time_tokens(article)]
    )


def _time_tokens(article: AnnotatedArticle) -> list[str]:
    """Resolved dates as tokens ("__y2008", "__m2008-08"): events at different times share
    fewer of them. Durations and underspecified values ("XXXX-07-12") carry no time."""
    tokens = []
    for time in article.times:
        if time.kind != "DATE" or not time.value[:4].isdigit():
            continue
        tokens.append(f"__y{time.value[:4]}")
        if len(time.value) >= 7 and time.value[5:7].isdigit():
            tokens.append(f"__m{time.value[:7]}")
    return tokens


Apart = Callable[[int, int], bool]


@dataclass(frozen=True, slots=True)
class EventEvidence:
    """What tells two reports apart as a reader would: the event's date and its place."""

    dates: Sequence[tuple[date, TimeMention] | None]
    # every day each article names: a follow-up report names the day of the event it follows
    days: Sequence[frozenset[date]]
    # whether the article follows an earlier event (charges, a trial, a rising toll, a rescue)
    follow_ups: Sequence[bool]
    places: Sequence[str | None]
    headlines: Sequence[Headline]
    texts: Sequence[str]
    place_names: dict[str, tuple[str, ...]]
    published: Sequence[date | None]
    # whether the article announces a new event of a recurring kind ("fresh quake")
    recurring: Sequence[bool]
    event_days: Sequence[date | None]
    max_gap: int
    max_publication_gap: int
    max_follow_up_days: int

    def apart(self, first: int, second: int) -> bool:
        """True when the two articles cannot report one event: `firmly_apart`, or their
        places are both known and different."""
        if self.firmly_apart(first, second):
            return True
        return not places_compatible(first, second, self.places, self.texts, self.place_names)

    def firmly_apart(self, first: int, second: int) -> bool:
        """Their event dates, or their publication dates, are both known and far apart, or
        their headlines announce different rounds or countries: no third report joins them.
        A place is read less surely (a dateline "Paris (AFP)", a lead recalling where the
        last round was), so it only drops the pair's own link."""
        if not self.dates_compatible(first, second) or self.published_apart(first, second):
            return True
        if recurrence_apart(first, second, self.recurring, self.event_days, self.published):
            return True
        return headlines_apart(self.headlines[first], self.headlines[second])

    def published_apart(self, first: int, second: int) -> bool:
        """Published further apart than one event's reports are, unless the later report
        follows an earlier event (a trial months after a shooting), within the follow-up days."""
        p, q = self.published[first], self.published[second]
        if p is None or q is None or abs((p - q).days) <= self.max_publication_gap:
            return False
        later = first if p > q else second
        return not self.follow_ups[later] or abs((p - q).days) > self.max_follow_up_days

    def days_agree(self, members: Sequence[int]) -> bool:
        """Every member's report day (event date, else publication day) is known, and all are
        within the date gap of each other."""
        days = [d[0] if (d := self.dates[i]) else self.published[i] for i in members]
        known = [d for d in days if d is not None]
        return len(known) == len(days) and (max(known) - min(known)).days <= self.max_gap

    def same_day_and_place(self, first: int, second: int) -> bool:
        """Both articles date their event to the same day and place it in the same place."""
        a, b = self.dates[first], self.dates[second]
        p, q = self.places[first], self.places[second]
        return a is not None and b is not None and a[0] == b[0] and p is not None and p == q

    def dates_compatible(self, first: int, second: int) -> bool:
        """Whether the two event dates can be one event's: unknown, close, or one article
        follows the other's event: it names the other's day (a report of charges names the day
        of the shooting) or is dated after it, within the follow-up days (the toll two days
        after the quake, the trial after the shooting). Two meetings on different days are two
        events, even when one recalls the other's day."""
        a, b = self.dates[first], self.dates[second]
        if a is None or b is None or abs((a[0] - b[0]).days) <= self.max_gap:
            return True
        if not (self.follow_ups[first] or self.follow_ups[second]):
            return False
        if a[0] in self.days[second] or b[0] in self.days[first]:
            return True
        later = first if a[0] > b[0] else second
        return self.follow_ups[later] and abs((a[0] - b[0]).days) <= self.max_follow_up_days


def event_evidence(
    articles: Sequence[AnnotatedArticle], resolution: Resolution, settings: ClusterSettings
) -> EventEvidence:
    """Each article's event date and place, read once."""
    dates = [event_date(a) for a in articles]
    return EventEvidence(
        dates=dates,
        days=[frozenset(t.day for t in a.times if t.day is not None) for a in articles],
        follow_ups=[reports_follow_up(a, d) for a, d in zip(articles, dates, strict=True)],
        places=[event_place(a, resolution, EVENT_TRIGGERS) for a in articles],
        headlines=[read_headline(a) for a in articles],
        texts=article_texts(articles),
        place_names=place_forms(resolution.entities),
        published=[a.article.published for a in articles],
        recurring=[announces_recurrence(a) for a in articles],
        event_days=[d[0] if d else None for d in dates],
        max_gap=settings.max_date_gap_days,
        max_publication_gap=settings.max_publication_gap_days,
        max_follow_up_days=settings.max_follow_up_days,
    )


def _drop_apart(edges: dict[tuple[int, int], float], apart: Apart) -> dict[tuple[int, int], float]:
    """Drop links between articles that cannot report one event."""
    return {(i, j): value for (i, j), value in edges.items() if not apart(i, j)}


def _relative_threshold(
    similarities: Iterable[float], members: int, settings: ClusterSettings
) -> float:
    """max(event threshold, relative x mean pairwise similarity of the story's members);
    pairs below half the event threshold count as 0."""
    floor = settings.event_threshold / 2
    pairs = members * (members - 1) / 2
    mean = sum(v for v in similarities if v >= floor) / pairs if pairs else 0.0
    return max(settings.event_threshold, settings.event_relative * mean)


def event_threshold(
    similarity: dict[int, dict[int, float]], members: int, settings: ClusterSettings
) -> float:
    """The event threshold of a story from its members' pairwise similarities (both ways)."""
    values = (v for i, row in similarity.items() for j, v in row.items() if i < j)
    return _relative_threshold(values, members, settings)


def article_documents(
    articles: Sequence[AnnotatedArticle], resolution: Resolution, settings: ClusterSettings
) -> list[list[str]]:
    """What each article is compared by, analysed once: words, entity and date tokens.

    Reports in the corpus's main language lose that language's function words too; reports
    in other languages keep only the English list: word overlap does not place them (the
    multilingual embeddings do), and stripped to their names they would join main-language
    stories by names alone (measured: Wagner and Iran packs fall, 0.806 -> 0.758, 0.870 ->
    0.768, when every report loses its own language's function words)."""
    main = main_language(articles)
    main_stops, english = stop_words(main), stop_words("en")
    return [
        analyse(
            _document(a, resolution, settings.entity_weight),
            main_stops if a.article.language == main else english,
        )
        for a in articles
    ]


def _events_in_story(
    members: list[int],
    documents: list[list[str]],
    evidence: EventEvidence,
    settings: ClusterSettings,
) -> list[list[int]]:
    """Events inside one story, with IDF computed over the story alone: what every article of
    the story shares (its place, its main actors) stops counting, and the specifics decide."""
    if len(members) == 1:
        return [members]
    local = tfidf_matrix([documents[i] for i in members])
    edges = neighbour_graph(local, settings.event_threshold / 2, settings.top_k)
    if len(members) < settings.relative_min_members and evidence.days_agree(members):
        threshold = settings.event_threshold
    else:
        threshold = _relative_threshold(edges.values(), len(members), settings)
    local_dates = [evidence.dates[i] for i in members]

    def apart(i: int, j: int) -> bool:
        return evidence.apart(members[i], members[j])

    edges = _drop_apart(edges, apart)

    def firmly_apart(i: int, j: int) -> bool:
        return evidence.firmly_apart(members[i], members[j])

    # a date never joins through third reports; a place may (see `EventEvidence.firmly_apart`)
    clusters = average_link(len(members), edges, threshold, firmly_apart)

    def together(i: int, j: int) -> bool:
        return evidence.same_day_and_place(members[i], members[j])

    # one day and one place lower the bar to the absolute threshold, not below it
    ranked = sorted(
        (pair for pair, value in edges.items() if value >= settings.event_threshold),
        key=lambda pair: -edges[pair],
    )
    clusters = join_same_day_and_place(clusters, ranked, together, apart)
    similarity: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), value in edges.items():
        similarity[i][j] = similarity[j][i] = value
    clusters = attach_fragments(clusters, similarity, local_dates, settings, apart=apart)
    return [[members[i] for i in cluster] for cluster in clusters]


def _join_languages(
    articles: Sequence[AnnotatedArticle],
    stories: list[list[int]],
    events: list[list[int]],
    evidence: EventEvidence,
    embed: Embed,
) -> tuple[list[list[int]], list[list[int]]]:
    """Reports in other languages join the event they report: by the embedding alone when it
    is clear, else by their publication day (`report_day`)."""
    joined = join_other_languages(articles, events, evidence.apart, embed)
    stories, events = merge_joined(stories, events, joined)
    joined = join_by_nearest_reports(articles, events, evidence.apart, embed)
    stories, events = merge_joined(stories, events, joined)
    reports = DatedReports(
        event_days=[d[0] if d else None for d in evidence.dates],
        published=evidence.published,
        max_gap=evidence.max_gap,
    )
    for join in (join_on_report_day, join_foreign_events):
        joined = join(articles, events, reports, evidence.apart, embed)
        stories, events = merge_joined(stories, events, joined)
    return stories, events


def group_articles(
    articles: Sequence[AnnotatedArticle],
    resolution: Resolution,
    settings: ClusterSettings = ClusterSettings(),
) -> ArticleGroups:
    """Stories over all articles, then distinct events inside each story (index lists)."""
    n = len(articles)
    if n == 0:
        return ArticleGroups(stories=[], events=[], event_dates=[])
    documents = article_documents(articles, resolution, settings)
    matrix = tfidf_matrix(documents)
    edges = neighbour_graph(matrix, settings.story_threshold, settings.top_k)
    evidence = event_evidence(articles, resolution, settings)
    stories = average_link(n, edges, settings.story_threshold)
    events = [
        event
        for story in stories
        for event in _events_in_story(story, documents, evidence, settings)
    ]
    events.sort(key=lambda c: c[0])
    if settings.plain_join:
        stories, events = join_across_stories(articles, stories, events, evidence.apart)
    languages = {a.article.language for a in articles if a.article.language}
    if settings.cross_lingual and len(languages) > 1 and (embed := default_embed()):
        stories, events = _join_languages(articles, stories, events, evidence, caching(embed))
    if settings.cross_lingual and len(languages) > 1:
        joined = join_on_shared_specifics(articles, events, resolution, evidence.apart)
        stories, events = merge_joined(stories, events, joined)
    return ArticleGroups(stories=stories, events=events, event_dates=list(evidence.dates))
