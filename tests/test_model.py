from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from presslens.errors import InvalidDocumentError
from presslens.model import SCHEMA_VERSION, Document, json_schema

ROOT = Path(__file__).resolve().parent.parent


def test_model_committed_schema_matches_code() -> None:
    committed = json.loads((ROOT / "docs" / "document.schema.json").read_text())
    assert committed == json.loads(json.dumps(json_schema())), (
        "docs/document.schema.json is stale: run 'presslens schema > docs/document.schema.json'"
    )


@pytest.mark.slow
def test_model_analysed_document_validates_and_round_trips(example_doc: Document) -> None:
    data = json.loads(example_doc.to_json())
    jsonschema.validate(data, json_schema())
    again = Document.from_json(example_doc.to_json())
    assert again.to_dict() == example_doc.to_dict()
    for ent in again.entities:
        for m in ent.mentions:
            assert again.text[m.start : m.end] == m.text


def test_model_refuses_other_major_version() -> None:
    data = Document(text="x").to_dict()
    data["schema_version"] = "9.0"
    with pytest.raises(InvalidDocumentError, match=r"schema_version .9\.0. is not supported"):
        Document.from_dict(data)
    assert SCHEMA_VERSION.startswith("1.")


def test_model_reports_where_a_document_is_invalid() -> None:
    data = Document(text="x").to_dict()
    data["sentences"] = [{"start": -1, "end": 2}]
    with pytest.raises(InvalidDocumentError, match=r"sentences\.0\.start"):
        Document.from_dict(data)
    with pytest.raises(InvalidDocumentError, match="not valid JSON"):
        Document.from_json("{")
