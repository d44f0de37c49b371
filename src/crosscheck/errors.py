"""One exception hierarchy for crosscheck; every error carries the context needed to act on it."""

from __future__ import annotations


class CrosscheckError(Exception):
    """Base class of every error crosscheck raises on purpose."""


class ConfigurationError(CrosscheckError):
    """A setting, option or optional dependency is missing or wrong."""


class MissingDependencyError(ConfigurationError):
    """An optional dependency is needed for the requested feature but is not installed."""

    def __init__(self, package: str, extra: str, feature: str) -> None:
        self.package = package
        self.extra = extra
        self.feature = feature
        super().__init__(
            f"{feature} needs the package {package!r}, which is not installed. "
            f"Install it with: pip install 'crosscheck[{extra}]'"
        )


class InputError(CrosscheckError):
    """One input item (file, record, URL) cannot be read; the rest of the batch goes on."""

    def __init__(self, item: str, reason: str) -> None:
        self.item = item
        self.reason = reason
        super().__init__(f"{item}: {reason}")


class ExtractionError(InputError):
    """An item was read but holds no usable article text (empty, binary, no article in HTML)."""


class StageError(CrosscheckError):
    """A pipeline stage failed on one article; names the stage and the article."""

    def __init__(self, stage: str, article_id: str, cause: BaseException) -> None:
        self.stage = stage
        self.article_id = article_id
        self.cause = cause
        super().__init__(f"stage {stage!r} failed on article {article_id}: {cause!r}")


class StorageError(CrosscheckError):
    """The result store cannot be opened, migrated or written."""


class OutputError(CrosscheckError):
    """The output folder or one of the report files cannot be written."""


class LimitError(InputError):
    """An input item exceeds a documented resource cap (size, characters, records, time)."""
