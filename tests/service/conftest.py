from __future__ import annotations

import pytest

from union_desk.core.roles import Role
from union_desk.infra.paths import DataPaths
from union_desk.services.context import CurrentUser, Database, ServiceContext
from union_desk.services.setup import BranchSpec, SetupService

ADMIN_PASSWORD = "admin-pass-1"


@pytest.fixture
def paths(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def db(paths):
    database = Database.open(paths)
    yield database
    database.dispose()


@pytest.fixture
def office(db) -> Database:
    """An initialised office: 示例公司工会 with two branches, the second with a group."""
    SetupService(ServiceContext(db)).initialize(
        "示例公司工会", [BranchSpec("第一分会"), BranchSpec("第二分会", ["第一小组"])],
        "admin", ADMIN_PASSWORD)
    return db


def as_role(db: Database, role: Role, name: str | None = None) -> ServiceContext:
    return ServiceContext(db, CurrentUser(name or role.value, role))


@pytest.fixture
def admin(office) -> ServiceContext:
    return as_role(office, Role.ADMIN, "admin")


@pytest.fixture
def clerk(office) -> ServiceContext:
    return as_role(office, Role.CLERK, "clerk1")
