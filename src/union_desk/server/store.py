"""Push, pull and counts against the server tables (architecture.md §2.3).

A push runs in one transaction: the global sequence counter row is locked
first (PostgreSQL ``FOR UPDATE``; SQLite has one writer), so seqs are handed
out and committed in order and a pull cursor can never skip a late commit.
Ops are applied in memory against the loaded ``entity_state`` rows and then
written with a few bulk statements.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, bindparam, func, insert, select, tuple_, update
from sqlalchemy.engine import Connection

from union_desk.db.base import now_ms
from union_desk.server.entities import APPEND
from union_desk.server.models import (applied_op, change, client, entity_state, office,
                                      server_meta)
from union_desk.server.validate import ApiError, Op, PushRequest

log = logging.getLogger(__name__)


def hash_token(token: str) -> str:
    # Tokens are 32 random bytes, so a plain sha256 is as good as a slow KDF here.
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Caller:
    client_id: str
    office_id: str


def authenticate(conn: Connection, token: str | None) -> Caller:
    if not token:
        raise ApiError(401, "no_token", "missing bearer token")
    row = conn.execute(select(client.c.client_id, client.c.office_id, client.c.revoked)
                       .where(client.c.token_hash == hash_token(token))).first()
    if row is None:
        raise ApiError(401, "bad_token", "unknown token")
    if row.revoked:
        raise ApiError(403, "token_revoked", "this token has been revoked")
    return Caller(row.client_id, row.office_id)


def meta_row(conn: Connection) -> Any:
    return conn.execute(select(server_meta)).one()


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


@dataclass
class _State:
    fields: dict[str, Any]
    versions: dict[str, int]
    origins: dict[str, str]  # str(version) -> client that wrote it
    version: int
    deleted: bool
    new: bool
    touched: bool = False


def _load_states(conn: Connection, office_id: str, ops: list[Op]) -> dict[tuple[str, str], _State]:
    states: dict[tuple[str, str], _State] = {}
    keys = sorted({(op.entity, op.entity_id) for op in ops})
    for i in range(0, len(keys), 400):
        chunk = keys[i:i + 400]
        rows = conn.execute(select(entity_state).where(
            entity_state.c.office_id == office_id,
            tuple_(entity_state.c.entity, entity_state.c.entity_id).in_(chunk)))
        for r in rows:
            fv = json.loads(r.field_versions)
            states[(r.entity, r.entity_id)] = _State(json.loads(r.fields), fv["v"], fv["o"],
                                                     r.version, r.deleted, False)
    return states


def _decide(op: Op, st: _State | None, kind_of: str, me: str
            ) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Return (result, fields to write or None).

    Fields count as changed on the server only when *another* client wrote them after the op's
    base version: a client's own earlier ops (still based on an older version) never clash.
    """
    res: dict[str, Any] = {"op_id": op.op_id}
    if kind_of != APPEND and op.kind == "append":
        return res | {"status": "rejected", "reason": "not_append_only"}, None
    if st is None:
        if kind_of == APPEND and op.kind != "append":
            return res | {"status": "rejected", "reason": "append_only"}, None
        if op.base_version is not None:
            # The client believes the row exists, but not in this office: forged or foreign id.
            return res | {"status": "rejected", "reason": "unknown_row"}, None
        return res | {"status": "applied"}, dict(op.fields)
    if op.kind == "append" or kind_of == APPEND:
        # never applied: the server's values let the client undo its local copy of the change
        return res | {"status": "rejected", "reason": "exists" if op.kind == "append" else "append_only",
                      "server_fields": {f: st.fields.get(f) for f in op.fields}}, None
    base = op.base_version or 0
    since = {f for f, v in st.versions.items() if v > base and st.origins.get(str(v)) != me}
    server_fields = {f: st.fields.get(f) for f in since}
    if st.deleted and op.fields.get("deleted") is not False:
        # delete vs update: the delete wins; the client records the conflict for review
        if op.kind == "delete":
            return res | {"status": "applied", "version": st.version, "server_seq": st.version,
                          "server_fields": server_fields}, None
        log.info("delete wins over update (entity=%s)", op.entity)
        # every field of the op lost: send the server's values so the client row matches
        lost = {f: st.fields.get(f) for f in op.fields}
        return res | {"status": "conflict", "rule": "delete_wins", "version": st.version,
                      "server_seq": st.version, "conflict_fields": sorted(op.fields),
                      "server_fields": server_fields | lost | {"deleted": True}}, None
    if op.kind == "delete" or op.fields.get("deleted") is True:
        if since - {"deleted"}:
            log.info("delete wins over concurrent update (entity=%s)", op.entity)
        return res | {"status": "applied", "server_fields": server_fields}, {"deleted": True}
    clash = sorted(f for f in op.fields if f in since and st.fields.get(f) != op.fields[f])
    write = {f: v for f, v in op.fields.items() if f not in clash}
    if clash:
        res |= {"status": "conflict", "rule": "server_wins", "conflict_fields": clash}
    else:
        res |= {"status": "applied"}
    if server_fields:
        res["server_fields"] = server_fields
    if not write:
        return res | {"version": st.version, "server_seq": st.version}, None
    return res, write


def push(conn: Connection, caller: Caller, req: PushRequest, entities: dict[str, str],
         is_sqlite: bool) -> dict[str, Any]:
    if req.client_id != caller.client_id:
        raise ApiError(403, "client_mismatch", "client_id does not match the token")
    lock = select(server_meta.c.next_seq).where(server_meta.c.id == 1)
    next_seq = conn.execute(lock if is_sqlite else lock.with_for_update()).scalar_one()
    crow = conn.execute(select(client.c.last_client_seq, client.c.revoked)
                        .where(client.c.client_id == caller.client_id)).one()
    if crow.revoked:
        raise ApiError(403, "token_revoked", "this token has been revoked")
    last = crow.last_client_seq
    done = {r.op_id: r.result for r in conn.execute(
        select(applied_op.c.op_id, applied_op.c.result).where(
            applied_op.c.client_id == caller.client_id,
            applied_op.c.op_id.in_([op.op_id for op in req.ops])))}
    fresh: list[Op] = []
    results: list[dict[str, Any]] = []
    for op in req.ops:
        if op.op_id in done:
            results.append(json.loads(done[op.op_id]) | {"status": "duplicate",
                                                          "original_status": json.loads(done[op.op_id])["status"]})
            continue
        if op.client_seq <= last:
            raise ApiError(409, "seq_reused", "client_seq already used by another op",
                           resend_from=last + 1)
        if op.client_seq != last + 1:
            raise ApiError(409, "seq_gap", "client_seq skips ahead", resend_from=last + 1)
        last = op.client_seq
        fresh.append(op)
        results.append({})
    states = _load_states(conn, caller.office_id, fresh)
    stamp = now_ms()
    changes, applied, j = [], [], 0
    for i, res in enumerate(results):
        if res:
            continue
        op = fresh[j]
        j += 1
        key = (op.entity, op.entity_id)
        st = states.get(key)
        res, write = _decide(op, st, entities[op.entity], caller.client_id)
        if write is not None:
            seq, next_seq = next_seq, next_seq + 1
            if st is None:
                st = states[key] = _State({}, {}, {}, seq, False, True)
            st.fields.update(write)
            st.versions.update({f: seq for f in write})
            st.origins[str(seq)] = caller.client_id
            st.deleted = bool(st.fields.get("deleted", False))
            st.version, st.touched = seq, True
            res |= {"version": seq, "server_seq": seq}
            changes.append(dict(server_seq=seq, office_id=caller.office_id, entity=op.entity,
                                entity_id=op.entity_id, version=seq, fields=_dump(write),
                                deleted=st.deleted, origin_client=caller.client_id,
                                origin_op=op.op_id, server_ms=stamp))
        results[i] = res
        applied.append(dict(client_id=caller.client_id, op_id=op.op_id, office_id=caller.office_id,
                            batch_id=req.batch_id, client_seq=op.client_seq, result=_dump(res)))
    if changes:
        conn.execute(insert(change), changes)
    if applied:
        conn.execute(insert(applied_op), applied)
    _write_states(conn, caller.office_id, states)
    conn.execute(update(server_meta).where(server_meta.c.id == 1).values(next_seq=next_seq))
    conn.execute(update(client).where(client.c.client_id == caller.client_id)
                 .values(last_client_seq=last, last_seen_ms=stamp))
    return {"batch_id": req.batch_id, "results": results}


def _write_states(conn: Connection, office_id: str, states: dict[tuple[str, str], _State]) -> None:
    new, old = [], []
    for (entity, entity_id), st in states.items():
        if not st.touched:
            continue
        live = {str(v) for v in st.versions.values()}
        fv = {"v": st.versions, "o": {k: c for k, c in st.origins.items() if k in live}}
        row = dict(office_id=office_id, entity=entity, entity_id=entity_id, version=st.version,
                   fields=_dump(st.fields), field_versions=_dump(fv), deleted=st.deleted)
        (new if st.new else old).append(row)
    if new:
        conn.execute(insert(entity_state), new)
    if old:
        t = entity_state
        stmt = (update(t).where(and_(t.c.office_id == bindparam("b_office"),
                                     t.c.entity == bindparam("b_entity"),
                                     t.c.entity_id == bindparam("b_id")))
                .values(version=bindparam("version"), fields=bindparam("fields"),
                        field_versions=bindparam("field_versions"), deleted=bindparam("deleted")))
        conn.execute(stmt, [dict(b_office=r["office_id"], b_entity=r["entity"], b_id=r["entity_id"],
                                 version=r["version"], fields=r["fields"],
                                 field_versions=r["field_versions"], deleted=r["deleted"])
                            for r in old])


def pull_json(conn: Connection, caller: Caller, cursor: int, limit: int) -> str:
    """The pull page as JSON text; stored field JSON is spliced in, never re-parsed."""
    rows = conn.execute(
        select(change.c.server_seq, change.c.entity, change.c.entity_id, change.c.version,
               change.c.deleted, change.c.fields, change.c.origin_client)
        .where(change.c.office_id == caller.office_id, change.c.server_seq > cursor)
        .order_by(change.c.server_seq).limit(limit + 1)).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    parts = [
        '{"server_seq":%d,"entity":%s,"entity_id":%s,"version":%d,"deleted":%s,"fields":%s,'
        '"origin_client":%s}' % (r.server_seq, _dump(r.entity), _dump(r.entity_id), r.version,
                                  "true" if r.deleted else "false", r.fields, _dump(r.origin_client))
        for r in rows]
    next_cursor = rows[-1].server_seq if rows else cursor
    return '{"changes":[%s],"next_cursor":%d,"has_more":%s}' % (
        ",".join(parts), next_cursor, "true" if has_more else "false")


def counts(conn: Connection, caller: Caller) -> dict[str, Any]:
    # One statement, so the counts and the sequence come from the same snapshot.
    t = entity_state
    last_seq = (select(func.coalesce(func.max(change.c.server_seq), 0))
                .where(change.c.office_id == caller.office_id).scalar_subquery())
    rows = conn.execute(select(t.c.entity, func.count(), last_seq)
                        .where(t.c.office_id == caller.office_id, t.c.deleted.is_(False))
                        .group_by(t.c.entity)).all()
    return {"server_seq": int(rows[0][2]) if rows else 0,
            "counts": {entity: n for entity, n, _ in rows}}


def last_client_seq(conn: Connection, client_id: str) -> int:
    return conn.execute(select(client.c.last_client_seq).where(client.c.client_id == client_id)).scalar() or 0


def office_name(conn: Connection, office_id: str) -> str | None:
    return conn.execute(select(office.c.name).where(office.c.office_id == office_id)).scalar()
