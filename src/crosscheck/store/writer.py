"""Write annotations to the store as they are made, so that a killed run loses little.

A batch is committed when it holds `max_items` articles, or at a checkpoint (the producer
calls one between chunks of work) once `max_seconds` have passed since the last commit: big
batches keep a fast run fast, and the time limit bounds what a kill (or a crash, or Ctrl-C)
can lose on a slow one. The time is checked at checkpoints rather than on each `add`, because
results come in bursts, one chunk at a time: a commit on the first result of a burst would
leave the rest of it waiting through the whole next chunk.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from crosscheck.records import AnnotatedArticle
from crosscheck.store.base import ArticleStore


class BufferedWriter:
    """Collects annotations and commits them to a store by count, and by elapsed time at the
    checkpoints the producer calls between chunks of work."""

    def __init__(
        self,
        store: ArticleStore,
        version: str,
        *,
        max_items: int = 200,
        max_seconds: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.version = version
        self.max_items = max_items
        self.max_seconds = max_seconds
        self._clock = clock
        self._pending: list[AnnotatedArticle] = []
        self._last_flush = clock()
        self.flushes = 0

    def add(self, annotated: AnnotatedArticle) -> None:
        """Queue one annotation; commit the queue if it holds `max_items`."""
        self._pending.append(annotated)
        if len(self._pending) >= self.max_items:
            self.flush()

    def checkpoint(self) -> None:
        """Between chunks of work: commit the queue if `max_seconds` have passed since the
        last commit (the next chunk would keep it waiting longer still)."""
        if self._clock() - self._last_flush >= self.max_seconds:
            self.flush()

    def flush(self) -> None:
        """Commit every queued annotation now (nothing to do when none is queued)."""
        if self._pending:
            self.store.put_annotated(self._pending, self.version)
            self._pending = []
            self.flushes += 1
        self._last_flush = self._clock()
