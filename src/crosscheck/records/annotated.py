"""An article with everything the per-document stages found in it."""

from __future__ import annotations

from pydantic import Field

from crosscheck.records.annotations import Mention, RoleMention, Sentence, TenureEnd, TimeMention
from crosscheck.records.articles import Article
from crosscheck.records.base import Record
from crosscheck.records.claims import Claim, Position, Quote


class AnnotatedArticle(Record):
    """An article with everything the per-document stages found in it."""

    article: Article
    sentences: list[Sentence]
    mentions: list[Mention]
    roles: list[RoleMention]
    times: list[TimeMention]
    claims: list[Claim]
    tenure_ended: list[TenureEnd] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    positions: list[Position] = Field(default_factory=list)
