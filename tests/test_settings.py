"""Settings are data: one table drives the defaults, the environment and README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from presslens import reading
from presslens.settings import SETTINGS, markdown_table, setting
from presslens.store.base import default_db_path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_holds_the_settings_table() -> None:
    assert markdown_table() in (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_environment_variable_the_code_reads_is_a_setting() -> None:
    used = {
        m for path in (ROOT / "src" / "presslens").rglob("*.py")
        for m in re.findall(r"PRESSLENS_[A-Z_]+", path.read_text(encoding="utf-8"))
    }
    assert used <= {s.env for s in SETTINGS}


def test_the_code_takes_its_defaults_from_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    assert setting("max_bytes").default == reading.DEFAULT_MAX_BYTES
    assert setting("max_text_chars").default == reading.MAX_TEXT_CHARS
    monkeypatch.delenv("PRESSLENS_DB", raising=False)
    assert default_db_path() == setting("db").default
    monkeypatch.setenv("PRESSLENS_DB", "/tmp/other.db")
    assert default_db_path() == "/tmp/other.db"
