from __future__ import annotations

from pathlib import Path

import pytest

# Fixtures live in modules per area; list each area's module here.
pytest_plugins = ["classroom_support"]


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder for the app (saved quizzes go to its quizzes/ subfolder)."""
    folder = tmp_path / "data"
    (folder / "quizzes").mkdir(parents=True)
    monkeypatch.setenv("LITERACY_DATA_DIR", str(folder))
    return folder
