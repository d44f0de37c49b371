"""Forms found after the entities are built (names written in Arabic script, institutions read
word for word) added to their entity: each a mention, each new spelling an alias with the
evidence of why it was joined."""

from __future__ import annotations

from collections.abc import Iterable

from crosscheck.records import Entity, EntityMentionRef, MergeEvidence


def with_added_forms(
    entity: Entity, found: Iterable[tuple[EntityMentionRef, MergeEvidence]]
) -> Entity:
    """The entity with the found mentions; a spelling it did not have becomes an alias, with
    its evidence."""
    mentions = list(entity.mentions)
    aliases = list(entity.aliases)
    merges = list(entity.merges)
    for mention, evidence in found:
        mentions.append(mention)
        if mention.text not in aliases:
            aliases.append(mention.text)
            merges.append(evidence)
    return entity.model_copy(update={"mentions": mentions, "aliases": aliases, "merges": merges})
