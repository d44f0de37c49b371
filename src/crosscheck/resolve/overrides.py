"""User decisions that override entity resolution: pairs of names that are or are not the same.

The file is plain text, one decision a line, blank lines and ``#`` comments ignored::

    same: Tom Barak | Thomas Barrack
    different: Ehud Barak | Tom Barak

Names are surface forms as they appear in articles (case and accents do not matter).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from crosscheck.errors import ConfigurationError
from crosscheck.resolve.names import fold


@dataclass(frozen=True, slots=True)
class MergeOverrides:
    """Pairs of folded surface forms that must, or must not, name one entity."""

    same: list[tuple[str, str]] = field(default_factory=list)
    different: list[tuple[str, str]] = field(default_factory=list)

    def forbids(self, forms_a: set[str], forms_b: set[str]) -> bool:
        """True when joining entities with these forms would break a `different` decision."""
        return any(
            (a in forms_a and b in forms_b) or (b in forms_a and a in forms_b)
            for a, b in self.different
        )


def parse_overrides(text: str, source: str = "<overrides>") -> MergeOverrides:
    """Parse override lines; a malformed line is a ConfigurationError naming the line."""
    same: list[tuple[str, str]] = []
    different: list[tuple[str, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        verdict, sep, rest = line.partition(":")
        names = [fold(n) for n in rest.split("|")]
        if not sep or verdict.strip().lower() not in ("same", "different") or len(names) != 2:
            raise ConfigurationError(
                f"{source}:{number}: expected 'same: NAME | NAME' or 'different: NAME | NAME', "
                f"got {raw.strip()!r}"
            )
        if not all(names):
            raise ConfigurationError(f"{source}:{number}: a name is empty")
        pair = (names[0], names[1])
        (same if verdict.strip().lower() == "same" else different).append(pair)
    return MergeOverrides(same=same, different=different)


def load_overrides(path: Path) -> MergeOverrides:
    """Read an overrides file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigurationError(f"cannot read the overrides file {path}: {exc}") from exc
    return parse_overrides(text, str(path))
