"""Shared fixtures: the project's real site_config and the real seed article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from digest.config import SiteConfig, load_config

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "inbox" / "000_485ba8381d172209.txt"
ADDED = dt.date(2026, 11, 28)


@pytest.fixture(scope="session")
def config() -> SiteConfig:
    return load_config(ROOT / "site_config")


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    return SEED.read_bytes()
