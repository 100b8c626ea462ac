"""The site tests' shared fixture: one headless Chromium for each browser test module."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.safety.browser import chromium


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium through Playwright (skipped where Playwright is not installed)."""
    pytest.importorskip("playwright.sync_api")
    with chromium() as launched:
        yield launched
