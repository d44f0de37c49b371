"""Readers turning the benchmark folders in ``shared/benchmarks`` into plain Python records.

The data itself is never copied into the repository; every reader takes the folder path.
"""

from benchmarks.datasets.records import Corpus, Document, GoldMention, default_data_dir, write_jsonl

__all__ = ["Corpus", "Document", "GoldMention", "default_data_dir", "write_jsonl"]
