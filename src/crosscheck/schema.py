"""The published JSON Schema of dossier.json, generated from the records."""

from __future__ import annotations

from typing import Any

from crosscheck.records import Dossier

SCHEMA_ID = "https://github.com/crosscheck/crosscheck/schema/dossier.schema.json"


def dossier_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every dossier.json validates against."""
    schema = Dossier.model_json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}
