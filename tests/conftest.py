"""Shared test fixtures. Tests that read ../shared/data skip cleanly when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("RASAD_SHARED_DATA", REPO.parent / "shared" / "data"))
REFERENCE_ARTICLE = SHARED_DATA / "examples" / "000_62c65436747ce7db.txt"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


@pytest.fixture(scope="session")
def reference_text(shared_data: Path) -> str:
    if not REFERENCE_ARTICLE.is_file():
        pytest.skip("reference article is not present")
    return REFERENCE_ARTICLE.read_text(encoding="utf-8")
