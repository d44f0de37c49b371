"""The whole job: inputs to dossier. Library first; the CLI is a thin layer over `analyze`."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from crosscheck import __version__
from crosscheck.annotate.annotator import annotate_chunks
from crosscheck.annotate.nlp import default_model_name
from crosscheck.cluster.incremental import PreviousGroups
from crosscheck.dossier import CorpusSettings, build_dossier
from crosscheck.errors import InputError, StageError
from crosscheck.ingest.cleaner import clean_document
from crosscheck.ingest.document import RawDocument
from crosscheck.ingest.limits import DEFAULT_LIMITS, ReadLimits, RejectionCap
from crosscheck.ingest.sources import FieldMap, read_inputs
from crosscheck.ingest.web import FetchOptions
from crosscheck.records import AnnotatedArticle, Article, Dossier, Rejection, RunInfo
from crosscheck.store.base import ArticleStore, StoredAnnotations
from crosscheck.store.reuse import plan_reuse
from crosscheck.store.writer import BufferedWriter

LOGGER = logging.getLogger(__name__)

# Bump when per-document output changes, so stored annotations are recomputed.
ANNOTATION_VERSION = "21"
# Bump when the clustering code changes, so stored stories and events are not reused.
CLUSTERING_VERSION = "13"

ProgressCallback = Callable[[str, int, int], None]


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


@dataclass(frozen=True, slots=True)
class AnalyzeOptions:
    """Options of one analysis run."""

    model: str | None = None
    workers: int = 1
    batch_size: int = 16
    fields: FieldMap = field(default_factory=FieldMap)
    corpus: CorpusSettings = field(default_factory=CorpusSettings)
    fetch: FetchOptions = field(default_factory=FetchOptions)
    exclude: tuple[Path, ...] = field(
        default=(), metadata={"doc": "paths never read as input (the output folder, the store)"}
    )
    limits: ReadLimits = field(default_factory=ReadLimits)


@dataclass(frozen=True, slots=True)
class IngestResult:
    """Articles read from the inputs, and the items that could not be used."""

    articles: list[Article]
    rejected: list[Rejection]
    inputs: int


def ingest(
    paths: Sequence[Path | str],
    fields: FieldMap | None = None,
    progress: ProgressCallback = _no_progress,
    *,
    fetch: FetchOptions | None = None,
    exclude: Sequence[Path] = (),
    limits: ReadLimits = DEFAULT_LIMITS,
) -> IngestResult:
    """Read and clean every input item (files, folders, URLs); bad items become rejections."""
    articles: list[Article] = []
    rejected: list[Rejection] = []
    first_path: dict[str, str] = {}
    inputs = 0
    cap = RejectionCap(limit=limits.rejections_per_file)

    def read_progress(done: int, total: int) -> None:
        progress("read", done, total)

    for item in read_inputs(
        paths,
        fields or FieldMap(),
        fetch=fetch,
        progress=read_progress,
        exclude=exclude,
        limits=limits,
    ):
        inputs += 1
        if isinstance(item, InputError):
            rejected.append(Rejection(item=item.item, stage="ingest", reason=item.reason))
            continue
        article = _clean(item, limits, rejected, cap)
        if article is None:
            continue
        if article.id in first_path:
            rejected.append(
                Rejection(
                    item=item.item,
                    stage="ingest",
                    reason=f"same content as {first_path[article.id]} (read once)",
                )
            )
            continue
        first_path[article.id] = item.item
        articles.append(article)
    rejected.extend(Rejection(item=e.item, stage="clean", reason=e.reason) for e in cap.summaries())
    return IngestResult(articles=articles, rejected=rejected, inputs=inputs)


def _clean(
    item: RawDocument, limits: ReadLimits, rejected: list[Rejection], cap: RejectionCap
) -> Article | None:
    """The cleaned article, or None with a rejection for it (the first ones of each file listed
    one by one, the rest counted by `cap`): a bug the cleaner trips on in one item must not end
    the batch."""
    try:
        return clean_document(item, max_chars=limits.article_chars)
    except InputError as exc:
        rejection = Rejection(item=exc.item, stage="clean", reason=exc.reason)
    except Exception as exc:
        reason = f"cannot clean: {type(exc).__name__}: {exc}"
        LOGGER.debug("cleaning %s failed", item.item, exc_info=True)
        rejection = Rejection(item=item.item, stage="clean", reason=reason)
    if cap.admit(item):
        rejected.append(rejection)
    return None


def annotation_version(model: str) -> str:
    """The cache key of per-document results: code version and model."""
    return f"{ANNOTATION_VERSION}:{model}"


def _annotate(
    todo: list[Article],
    model: str,
    options: AnalyzeOptions,
    writer: BufferedWriter | None,
    progress: ProgressCallback,
) -> tuple[list[AnnotatedArticle], list[Rejection]]:
    """Annotate `todo`, committing results to the store as they come: by count, and between
    chunks once the writer's interval has passed, so that a kill loses at most about one
    chunk. On Ctrl-C (or SIGTERM, which the CLI turns into a KeyboardInterrupt) what was
    annotated is committed before the interrupt goes on."""
    fresh: list[AnnotatedArticle] = []
    failed: list[Rejection] = []
    done = 0
    progress("annotate", 0, len(todo))
    try:
        for chunk in annotate_chunks(todo, model, options.workers, options.batch_size):
            for result in chunk:
                _keep(result, fresh, failed, writer)
                done += 1
                progress("annotate", done, len(todo))
            if writer is not None:
                writer.checkpoint()
    except KeyboardInterrupt:
        if writer is not None:
            writer.flush()
        raise
    if writer is not None:
        writer.flush()
    return fresh, failed


def _keep(
    result: AnnotatedArticle | StageError,
    fresh: list[AnnotatedArticle],
    failed: list[Rejection],
    writer: BufferedWriter | None,
) -> None:
    if isinstance(result, StageError):
        failed.append(
            Rejection(item=result.article_id, stage=result.stage, reason=repr(result.cause))
        )
        return
    fresh.append(result)
    if writer is not None:
        writer.add(result)


def analyze(
    paths: Sequence[Path | str],
    *,
    store: ArticleStore | None = None,
    options: AnalyzeOptions = AnalyzeOptions(),
    progress: ProgressCallback = _no_progress,
) -> Dossier:
    """Analyse the articles in `paths` (files or folders) and return the dossier.

    With a `store`, articles annotated by an earlier run are taken from it, with this run's
    metadata (title, outlet, path, ...); only new articles, and those whose text or
    publication date changed or whose stored row is unreadable, are annotated.
    """
    started = time.perf_counter()
    read = ingest(
        paths,
        options.fields,
        progress,
        fetch=options.fetch,
        exclude=options.exclude,
        limits=options.limits,
    )
    model = options.model or default_model_name()
    version = annotation_version(model)
    stored = store.get_annotated((a.id for a in read.articles), version) if store else None
    plan = plan_reuse(read.articles, stored or StoredAnnotations())
    if plan.changed:
        LOGGER.warning("annotating again %d article(s) whose text or date changed", plan.changed)
    if plan.unreadable:
        LOGGER.warning(
            "annotating again %d article(s) whose stored result was unreadable", plan.unreadable
        )
    writer = BufferedWriter(store, version) if store is not None else None
    fresh, failed = _annotate(plan.todo, model, options, writer, progress)
    progress("corpus", 0, 1)
    run = RunInfo(
        crosscheck_version=__version__,
        generated_at=datetime.now(UTC),
        inputs=read.inputs,
        articles_new=len(plan.todo),
        articles_cached=len(plan.reused),
        seconds=0.0,
        models={"ner": model},
    )
    groups_key = f"{version}:{CLUSTERING_VERSION}:{options.corpus.clustering!r}"
    previous = store.load_groups(groups_key) if store is not None else None
    rejected = [*read.rejected, *failed]
    dossier = build_dossier(plan.reused + fresh, rejected, run, options.corpus, previous)
    if store is not None:
        store.save_groups(
            groups_key,
            PreviousGroups(
                stories=[s.articles for s in dossier.stories],
                events=[e.articles for e in dossier.events],
            ),
        )
    progress("corpus", 1, 1)
    seconds = round(time.perf_counter() - started, 3)
    return dossier.model_copy(update={"run": dossier.run.model_copy(update={"seconds": seconds})})
