import pytest

from tests.fixtures_db import build_fixture_db


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory):
    """The small deterministic world, built once per session (tests only read it)."""
    return build_fixture_db(tmp_path_factory.mktemp("dashboard") / "fixture.db")


@pytest.fixture
def writable_db(tmp_path):
    """A private copy for tests that write (Review page)."""
    return build_fixture_db(tmp_path / "fixture.db")
