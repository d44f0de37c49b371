"""Positions per party (placeholder until written)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from crosscheck.records import Claim, Mention, Paragraph, Position

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan


def extract_positions(
    sentences: list[SpacySpan],
    article_id: str,
    paragraphs: list[Paragraph],
    mentions: Sequence[Mention],
    claims: Sequence[Claim],
) -> list[Position]:
    """What each party demands, offers, rejects, denies, supports or conditions on."""
    return []
