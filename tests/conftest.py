"""Shared test set-up: offscreen Qt, directory discipline, the `gui` marker, fixtures."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("UNION_DESK_LOG_LEVEL", "WARNING")

import pytest  # noqa: E402

TESTS = Path(__file__).parent
ALLOWED_DIRS = {"unit", "service", "gui", "sync"}
# copies of ../shared/samples/branch-sheets: a clone on its own must pass
SAMPLES = TESTS / "fixtures" / "branch-sheets"


def pytest_collection_modifyitems(config, items):
    for item in items:
        rel = Path(str(item.fspath)).relative_to(TESTS)
        assert rel.parts[0] in ALLOWED_DIRS, f"{rel}: tests live in one of {sorted(ALLOWED_DIRS)}"
        fixtures = getattr(item, "fixturenames", ())
        if "qapp" in fixtures or "qtbot" in fixtures or rel.parts[0] == "gui":
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    if not SAMPLES.is_dir():
        pytest.fail(f"sample branch sheets not found at {SAMPLES}")
    return SAMPLES


@pytest.fixture(autouse=True)
def _memory_keyring():
    """keyring has no backend on headless Linux; tests use an in-memory one."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self):
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)
