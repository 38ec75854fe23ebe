"""Shared fixtures for the scraper tests: settings for loopback servers, feeds-real lookup."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from scrapers.config import FetchSettings

FEEDS_REAL = Path(__file__).resolve().parents[2] / "../shared/feeds-real"


@pytest.fixture
def make_settings():
    """Settings for tests against pytest-httpserver: loopback allowed, no politeness delay."""

    def make(**overrides) -> FetchSettings:
        base = FetchSettings(
            user_agent="outagewatch-test/0.1 (+https://example.org/outagewatch)",
            timeout_s=2.0,
            deadline_s=5.0,
            min_interval_per_host_s=0.0,
            allow_private_networks=True,
            retries=2,
            max_retry_wait_s=1.0,
            max_bytes=200_000,
        )
        return dataclasses.replace(base, **overrides)

    return make


@pytest.fixture
def real_feed():
    """Path of a captured real feed in ../shared/feeds-real; skips when that folder is absent."""

    def find(name: str) -> Path:
        path = FEEDS_REAL / name
        if not path.exists():
            pytest.skip(f"real sample {name} not available (../shared/feeds-real is absent)")
        return path

    return find
