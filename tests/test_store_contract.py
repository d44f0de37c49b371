"""The store contract: one test-suite every `ArticleStore` backend passes.

A backend's test class inherits `StoreContract` and says how to make a store, how to
spoil one stored row (to prove unreadable rows are reported, not raised) and, for a
durable backend, how to reopen the same store. A PostgreSQL backend reuses this suite.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crosscheck.cluster.incremental import PreviousGroups
from crosscheck.errors import StorageError
from crosscheck.records import AnnotatedArticle, Article, Claim, Sentence
from crosscheck.store.base import ArticleStore
from crosscheck.store.memory import MemoryStore
from crosscheck.store.sqlite import SqliteStore


def annotated(n: int, title: str = "A title") -> AnnotatedArticle:
    """A small, valid annotated article whose id and text depend on `n`."""
    text = f"Article number {n} says the talks went well."
    article = Article(id=f"a-{n:04d}", text=text, title=title, outlet="Example News")
    claim = Claim(
        id=f"c-{n}",
        article=article.id,
        text=text,
        start=0,
        end=len(text),
        subject="talks",
        predicate="go",
        object=None,
        polarity="positive",
        attribution=None,
    )
    return AnnotatedArticle(
        article=article,
        sentences=[Sentence(start=0, end=len(text))],
        mentions=[],
        roles=[],
        times=[],
        claims=[claim],
    )


class StoreContract:
    """What every result store does. Subclasses provide the three hooks below."""

    durable = True

    @pytest.fixture
    def store(self, tmp_path: Path) -> ArticleStore:
        raise NotImplementedError

    def spoil_row(self, store: ArticleStore, article_id: str, version: str, body: str) -> None:
        """Overwrite the stored body of one row with `body`, bypassing the store's API."""
        raise NotImplementedError

    def reopen(self, store: ArticleStore) -> ArticleStore:
        """Close `store` and open the same one again."""
        raise NotImplementedError

    def test_a_new_store_is_empty(self, store: ArticleStore) -> None:
        assert store.count() == 0
        stored = store.get_annotated(["a-0001"], "v1")
        assert stored.found == {} and stored.unreadable == []
        assert store.load_groups("settings") is None

    def test_annotations_round_trip_by_id_and_version(self, store: ArticleStore) -> None:
        items = [annotated(n) for n in range(3)]
        store.put_annotated(items, "v1")
        stored = store.get_annotated(["a-0000", "a-0002", "a-9999"], "v1")
        assert stored.found == {"a-0000": items[0], "a-0002": items[2]}
        assert store.get_annotated(["a-0000"], "v2").found == {}
        assert store.count() == 3

    def test_putting_again_replaces_the_row(self, store: ArticleStore) -> None:
        store.put_annotated([annotated(1, title="Old")], "v1")
        store.put_annotated([annotated(1, title="New")], "v1")
        assert store.count() == 1
        found = store.get_annotated(["a-0001"], "v1").found["a-0001"]
        assert found.article.title == "New"

    def test_versions_are_kept_apart(self, store: ArticleStore) -> None:
        store.put_annotated([annotated(1, title="one")], "v1")
        store.put_annotated([annotated(1, title="two")], "v2")
        assert store.count() == 2
        assert store.get_annotated(["a-0001"], "v1").found["a-0001"].article.title == "one"
        assert store.get_annotated(["a-0001"], "v2").found["a-0001"].article.title == "two"

    def test_many_ids_in_one_lookup(self, store: ArticleStore) -> None:
        store.put_annotated([annotated(n) for n in range(1200)], "v1")
        ids = [f"a-{n:04d}" for n in range(0, 1300)]
        assert sorted(store.get_annotated(ids, "v1").found) == ids[:1200]

    def test_groups_round_trip_per_settings(self, store: ArticleStore) -> None:
        first = PreviousGroups(stories=[["a-1", "a-2"], ["a-3"]], events=[["a-1"], ["a-2"]])
        store.save_groups("s1", first)
        store.save_groups("s2", PreviousGroups(stories=[], events=[]))
        assert store.load_groups("s1") == first
        assert store.load_groups("s2") == PreviousGroups(stories=[], events=[])
        replaced = PreviousGroups(stories=[["a-9"]], events=[["a-9"]])
        store.save_groups("s1", replaced)
        assert store.load_groups("s1") == replaced

    @pytest.mark.parametrize(
        "body",
        ['{"article": ', '{"article": {"id": "a-0001"}}', "[]", "\u00ff not json"],
        ids=["truncated", "wrong-shape", "not-an-object", "garbage"],
    )
    def test_an_unreadable_row_is_reported_not_raised(self, store: ArticleStore, body: str) -> None:
        store.put_annotated([annotated(1), annotated(2)], "v1")
        self.spoil_row(store, "a-0001", "v1", body)
        stored = store.get_annotated(["a-0001", "a-0002"], "v1")
        assert list(stored.found) == ["a-0002"] and stored.unreadable == ["a-0001"]
        store.put_annotated([annotated(1)], "v1")  # annotated again, the row is good again
        assert sorted(store.get_annotated(["a-0001", "a-0002"], "v1").found) == [
            "a-0001",
            "a-0002",
        ]

    def test_a_row_stored_under_another_id_is_not_trusted(self, store: ArticleStore) -> None:
        store.put_annotated([annotated(1)], "v1")
        self.spoil_row(store, "a-0001", "v1", annotated(2).model_dump_json())
        assert store.get_annotated(["a-0001"], "v1").unreadable == ["a-0001"]

    def test_what_was_put_survives_reopening(self, store: ArticleStore) -> None:
        if not self.durable:
            pytest.skip("this backend keeps nothing after it is closed, by design")
        store.put_annotated([annotated(1)], "v1")
        store.save_groups("s", PreviousGroups(stories=[["a-0001"]], events=[["a-0001"]]))
        again = self.reopen(store)
        assert again.get_annotated(["a-0001"], "v1").found == {"a-0001": annotated(1)}
        assert again.load_groups("s") == PreviousGroups(stories=[["a-0001"]], events=[["a-0001"]])
        again.close()

    def test_a_closed_store_raises_storage_error(self, store: ArticleStore) -> None:
        store.close()
        store.close()  # harmless
        with pytest.raises(StorageError):
            store.count()


class TestSqliteStore(StoreContract):
    @pytest.fixture
    def store(self, tmp_path: Path) -> ArticleStore:
        return SqliteStore(tmp_path / "store.sqlite")

    def spoil_row(self, store: ArticleStore, article_id: str, version: str, body: str) -> None:
        assert isinstance(store, SqliteStore)
        with sqlite3.connect(store.path) as db:
            db.execute(
                "UPDATE annotated SET body = ? WHERE article_id = ? AND version = ?",
                (body, article_id, version),
            )

    def reopen(self, store: ArticleStore) -> ArticleStore:
        assert isinstance(store, SqliteStore)
        store.close()
        return SqliteStore(store.path)


class TestMemoryStore(StoreContract):
    durable = False

    @pytest.fixture
    def store(self, tmp_path: Path) -> ArticleStore:
        return MemoryStore()

    def spoil_row(self, store: ArticleStore, article_id: str, version: str, body: str) -> None:
        assert isinstance(store, MemoryStore)
        store.rows[(article_id, version)] = body
