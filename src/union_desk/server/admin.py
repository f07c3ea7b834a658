"""Registering offices and their PCs (clients), and revoking tokens."""

from __future__ import annotations

import re
import secrets
import uuid
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from union_desk.server.models import now_ms
from union_desk.server.models import client, office
from union_desk.server.store import hash_token
from union_desk.server.validate import ApiError

OFFICE_RE = re.compile(r"^[0-9A-Za-z_-]{1,64}$")


def add_office(conn: Connection, office_id: str, name: str) -> dict[str, Any]:
    if not OFFICE_RE.match(office_id or ""):
        raise ApiError(422, "invalid", "office_id: letters, digits, '-' or '_' (at most 64)")
    if not name or len(name) > 128:
        raise ApiError(422, "invalid", "name: 1 to 128 characters")
    if conn.execute(select(office.c.office_id).where(office.c.office_id == office_id)).first():
        raise ApiError(409, "exists", "office already registered")
    conn.execute(insert(office).values(office_id=office_id, name=name, created_ms=now_ms()))
    return {"office_id": office_id, "name": name}


def add_client(conn: Connection, office_id: str, name: str = "") -> dict[str, Any]:
    """A new PC for the office. The token is returned once and stored only as a hash."""
    if conn.execute(select(office.c.office_id).where(office.c.office_id == office_id)).first() is None:
        raise ApiError(404, "unknown_office", "office not registered")
    token = secrets.token_urlsafe(32)
    client_id = uuid.uuid4().hex
    conn.execute(insert(client).values(client_id=client_id, office_id=office_id, name=name[:128],
                                       token_hash=hash_token(token), last_client_seq=0,
                                       revoked=False, created_ms=now_ms()))
    return {"client_id": client_id, "office_id": office_id, "token": token}


def revoke(conn: Connection, client_id: str) -> dict[str, Any]:
    res = conn.execute(update(client).where(client.c.client_id == client_id).values(revoked=True))
    if res.rowcount == 0:
        raise ApiError(404, "unknown_client", "client not registered")
    return {"client_id": client_id, "revoked": True}


def list_offices(conn: Connection) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in conn.execute(
        select(office.c.office_id, office.c.name).order_by(office.c.office_id))]
