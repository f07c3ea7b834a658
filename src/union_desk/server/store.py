"""Push, pull and counts against the server tables (architecture.md §2.3).

A push runs in one transaction: the global sequence counter row is locked
first (PostgreSQL ``FOR UPDATE``; SQLite has one writer), so seqs are handed
out and committed in order and a pull cursor can never skip a late commit.
Ops are applied in memory against the loaded ``entity_state`` rows and then
written with a few bulk statements.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import Any

import orjson

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from union_desk.server.models import now_ms
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
    # compact UTF-8 like json.dumps(ensure_ascii=False, separators=(",", ":")), ~5x faster
    return orjson.dumps(obj).decode()


@dataclass
class _State:
    fields: dict[str, Any]
    versions: dict[str, int]
    origins: dict[str, str]  # str(version) -> client that wrote it
    version: int
    deleted: bool
    new: bool
    touched: bool = False
    text: str | None = None  # cached JSON of ``fields`` while it equals one op's write


def _load_states(conn: Connection, office_id: str, ops: list[Op], ph: str
                 ) -> dict[tuple[str, str], _State]:
    states: dict[tuple[str, str], _State] = {}
    by_entity: dict[str, set[str]] = {}
    for op in ops:
        by_entity.setdefault(op.entity, set()).add(op.entity_id)
    for entity, ids in by_entity.items():
        ids_l = sorted(ids)
        for i in range(0, len(ids_l), 500):
            chunk = ids_l[i:i + 500]
            # driver SQL: compiling an IN of 200 bound values through Core cost more than the query
            rows = conn.exec_driver_sql(
                "SELECT entity_id, fields, field_versions, version, deleted FROM entity_state "
                "WHERE office_id = {0} AND entity = {0} AND entity_id IN ({1})".format(
                    ph, ", ".join([ph] * len(chunk))), (office_id, entity, *chunk))
            for entity_id, fields, field_versions, version, deleted in rows:
                fields, fv = orjson.loads(fields), orjson.loads(field_versions)
                versions = dict.fromkeys(fields, fv["a"]) | fv["v"] if "a" in fv else fv["v"]
                states[(entity, entity_id)] = _State(fields, versions, fv["o"], version,
                                                     bool(deleted), False)
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
    ph = "?" if is_sqlite else "%s"
    # driver SQL for the four fixed statements of every push: Core compiled them anew each batch
    next_seq = conn.exec_driver_sql(
        "SELECT next_seq FROM server_meta WHERE id = 1" + ("" if is_sqlite else " FOR UPDATE")
    ).scalar_one()
    last, revoked = conn.exec_driver_sql(
        f"SELECT last_client_seq, revoked FROM client WHERE client_id = {ph}",
        (caller.client_id,)).one()
    if revoked:
        raise ApiError(403, "token_revoked", "this token has been revoked")
    # every applied op has client_seq <= last (both commit together): only those can repeat
    maybe_done = [op.op_id for op in req.ops if op.client_seq <= last]
    done = {r.op_id: r.result for r in conn.execute(
        select(applied_op.c.op_id, applied_op.c.result).where(
            applied_op.c.client_id == caller.client_id,
            applied_op.c.op_id.in_(maybe_done)))} if maybe_done else {}
    fresh: list[Op] = []
    results: list[dict[str, Any]] = []
    for op in req.ops:
        if op.op_id in done:
            results.append(orjson.loads(done[op.op_id]) | {"status": "duplicate",
                                                          "original_status": orjson.loads(done[op.op_id])["status"]})
            continue
        if op.client_seq <= last:
            raise ApiError(409, "seq_reused", "client_seq already used by another op",
                           resend_from=last + 1)
        if op.client_seq != last + 1:
            raise ApiError(409, "seq_gap", "client_seq skips ahead", resend_from=last + 1)
        last = op.client_seq
        fresh.append(op)
        results.append({})
    states = _load_states(conn, caller.office_id, fresh, ph)
    stamp = now_ms()
    office, me = caller.office_id, caller.client_id
    changes, applied, texts, j = [], [], [], 0
    for i, res in enumerate(results):
        if res:
            texts.append(_dump(res))
            continue
        op = fresh[j]
        j += 1
        key = (op.entity, op.entity_id)
        st = states.get(key)
        res, write = _decide(op, st, entities[op.entity], me)
        if write is not None:
            seq, next_seq = next_seq, next_seq + 1
            wtext = _dump(write)
            if st is None:
                st = states[key] = _State({}, {}, {}, seq, False, True, text=wtext)
            else:
                st.text = None
            st.fields.update(write)
            st.versions.update({f: seq for f in write})
            st.origins[str(seq)] = me
            st.deleted = bool(st.fields.get("deleted", False))
            st.version, st.touched = seq, True
            res["version"] = res["server_seq"] = seq
            changes.append((seq, office, op.entity, op.entity_id, seq, wtext, st.deleted, me,
                            op.op_id, stamp))
        if len(res) == 4 and res["status"] == "applied":  # the common answer, without json.dumps
            rtext = '{"op_id":"%s","status":"applied","version":%d,"server_seq":%d}' % (
                op.op_id, res["version"], res["version"])
        else:
            rtext = _dump(res)
        texts.append(rtext)
        applied.append((me, op.op_id, office, req.batch_id, op.client_seq, rtext))
    if changes:
        _insert_many(conn, "change", ("server_seq", "office_id", "entity", "entity_id", "version",
                                      "fields", "deleted", "origin_client", "origin_op", "server_ms"),
                     changes, ph)
    if applied:
        _insert_many(conn, "applied_op", ("client_id", "op_id", "office_id", "batch_id",
                                          "client_seq", "result"), applied, ph)
    _write_states(conn, office, states, ph)
    conn.exec_driver_sql(f"UPDATE server_meta SET next_seq = {ph} WHERE id = 1", (next_seq,))
    conn.exec_driver_sql(f"UPDATE client SET last_client_seq = {ph}, last_seen_ms = {ph} "
                         f"WHERE client_id = {ph}", (last, stamp, me))
    return '{"batch_id":%s,"results":[%s]}' % (_dump(req.batch_id), ",".join(texts))


def _insert_many(conn: Connection, table: str, cols: tuple[str, ...], rows: list[tuple],
                 ph: str) -> None:
    # Straight to the driver's executemany: Core's per-row parameter processing cost more
    # than the inserts themselves at 200 rows a batch. Names are constants, values bound.
    sql = "INSERT INTO %s (%s) VALUES (%s)" % (table, ", ".join(cols), ", ".join([ph] * len(cols)))
    conn.exec_driver_sql(sql, rows)


def _versions_text(st: _State) -> str:
    if st.new and st.text is not None:
        # a row made by one op: every field has that version ("a" = all), the common case
        return '{"a":%d,"v":{},"o":{"%d":"%s"}}' % (st.version, st.version, st.origins[str(st.version)])
    # field names were validated as [a-z][a-z0-9_]*, so they need no escaping
    live = set(st.versions.values())
    return '{"v":{%s},"o":{%s}}' % (
        ",".join('"%s":%d' % (f, v) for f, v in st.versions.items()),
        ",".join('"%s":"%s"' % (k, c) for k, c in st.origins.items() if int(k) in live))


def _write_states(conn: Connection, office_id: str, states: dict[tuple[str, str], _State],
                  ph: str) -> None:
    new, old = [], []
    for (entity, entity_id), st in states.items():
        if not st.touched:
            continue
        text = st.text if st.text is not None else _dump(st.fields)
        if st.new:
            new.append((office_id, entity, entity_id, st.version, text, _versions_text(st), st.deleted))
        else:
            old.append((st.version, text, _versions_text(st), st.deleted, office_id, entity, entity_id))
    if new:
        _insert_many(conn, "entity_state", ("office_id", "entity", "entity_id", "version", "fields",
                                            "field_versions", "deleted"), new, ph)
    if old:
        conn.exec_driver_sql(
            "UPDATE entity_state SET version = {0}, fields = {0}, field_versions = {0}, deleted = {0} "
            "WHERE office_id = {0} AND entity = {0} AND entity_id = {0}".format(ph), old)


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
