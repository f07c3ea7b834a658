"""The HTTP API (FastAPI). Bodies are parsed by hand (validate.py) for exact error codes and speed.

Every error is JSON ``{"error": code, "message": ...}``; a bad request only
ever affects its own transaction, so the server keeps serving everyone else.
"""

from __future__ import annotations

import datetime as dt
import hmac
import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from union_desk.server.models import now_ms
from union_desk.server import admin, stats, store
from union_desk.server.config import PROTOCOL_MAX, PROTOCOL_MIN, ServerConfig
from union_desk.server.db import ServerDB, open_db
from union_desk.server.entities import registry
from union_desk.server.files import FileStore, parse_range
from union_desk.server.validate import ApiError, parse_json, parse_push

log = logging.getLogger(__name__)


def _bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    return auth[7:].strip() if auth.lower().startswith("bearer ") else None


def _int_param(request: Request, name: str, default: int, lo: int, hi: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(422, "invalid", f"{name} must be an integer") from None
    if not lo <= value <= hi:
        raise ApiError(422, "invalid", f"{name} must be in [{lo}, {hi}]")
    return value


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "batch_too_large", f"request body over {limit} bytes", max_bytes=limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "batch_too_large", f"request body over {limit} bytes", max_bytes=limit)
        chunks.append(chunk)
    return b"".join(chunks)


def create_app(config: ServerConfig, db: ServerDB | None = None) -> FastAPI:
    db = db or open_db(config.db_url)
    entities = registry(config.extra_entities)
    files = FileStore(config.files_root())
    app = FastAPI(title="union_desk upstream", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.db = db

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected %s", type(exc).__name__, exc_info=exc)
        return JSONResponse({"error": "internal", "message": "internal server error"}, status_code=500)

    def caller(request: Request) -> store.Caller:
        with db.read() as conn:
            return store.authenticate(conn, _bearer(request))

    def require_admin(request: Request) -> None:
        token = _bearer(request)
        if not config.admin_token:
            raise ApiError(403, "admin_disabled", "no admin token configured on this server")
        if not token or not hmac.compare_digest(token.encode(), config.admin_token.encode()):
            raise ApiError(401, "bad_admin_token", "admin token required")

    @app.get("/sync/meta")
    def meta(request: Request):
        with db.read() as conn:
            row = store.meta_row(conn)
            out = {"protocol": [PROTOCOL_MIN, PROTOCOL_MAX], "server_epoch": row.epoch,
                   "server_seq": row.next_seq - 1, "server_time_ms": now_ms(),
                   "limits": {"max_ops": config.max_ops, "max_bytes": config.max_bytes,
                              "max_pull": config.max_pull},
                   "entities": entities}
            if _bearer(request):
                who = store.authenticate(conn, _bearer(request))
                out |= {"client_id": who.client_id, "office_id": who.office_id,
                        "office_name": store.office_name(conn, who.office_id),
                        "last_client_seq": store.last_client_seq(conn, who.client_id)}
        return out

    @app.post("/sync/push")
    async def push(request: Request):
        raw = await _body(request, config.max_bytes)

        def work():  # one hop to the thread pool per batch: each hop costs a context switch
            who = caller(request)
            req = parse_push(parse_json(raw), entities, config.max_ops)
            with db.write() as conn:
                return store.push(conn, who, req, entities, db.is_sqlite)

        return Response(await run_in_threadpool(work), media_type="application/json")

    @app.get("/sync/pull")
    def pull(request: Request):
        who = caller(request)
        cursor = _int_param(request, "cursor", 0, 0, 2**62)
        limit = _int_param(request, "limit", 500, 1, config.max_pull)
        with db.read() as conn:
            text = store.pull_json(conn, who, cursor, limit)
        return Response(text, media_type="application/json")

    @app.get("/sync/counts")
    def counts(request: Request):
        who = caller(request)
        with db.read() as conn:
            return store.counts(conn, who)

    @app.put("/files/{sha256}")
    async def put_file(sha256: str, request: Request):
        who = await run_in_threadpool(caller, request)
        data = await _body(request, config.max_chunk)
        start, size = parse_range(request.headers.get("content-range"),
                                  request.query_params.get("offset"),
                                  request.query_params.get("total"), len(data))
        return await run_in_threadpool(files.put, db, who.office_id, sha256, data, start, size)

    @app.get("/files/{sha256}")
    def file_status(sha256: str, request: Request):
        who = caller(request)
        with db.read() as conn:
            return files.status(conn, who.office_id, sha256)

    async def _admin_json(request: Request) -> dict:
        require_admin(request)
        body = parse_json(await _body(request, 64_000))
        if not isinstance(body, dict):
            raise ApiError(422, "invalid", "body must be an object")
        return body

    @app.post("/admin/offices")
    async def add_office(request: Request):
        body = await _admin_json(request)

        def work():
            with db.write() as conn:
                return admin.add_office(conn, str(body.get("office_id", "")), str(body.get("name", "")))
        return await run_in_threadpool(work)

    @app.get("/admin/offices")
    def list_offices(request: Request):
        require_admin(request)
        with db.read() as conn:
            return {"offices": admin.list_offices(conn)}

    @app.post("/admin/clients")
    async def add_client(request: Request):
        body = await _admin_json(request)

        def work():
            with db.write() as conn:
                return admin.add_client(conn, str(body.get("office_id", "")), str(body.get("name", "")))
        return await run_in_threadpool(work)

    @app.post("/admin/clients/{client_id}/revoke")
    def revoke(client_id: str, request: Request):
        require_admin(request)
        with db.write() as conn:
            return admin.revoke(conn, client_id)

    def _as_of(request: Request) -> dt.date:
        raw = request.query_params.get("as_of")
        if not raw:
            return dt.date.today()
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            raise ApiError(422, "invalid", "as_of must be YYYY-MM-DD") from None

    @app.get("/stats/members")
    def member_stats(request: Request):
        require_admin(request)
        with db.read() as conn:
            return stats.member_stats(conn, _as_of(request))

    @app.get("/stats/members.xlsx")
    def member_stats_xlsx(request: Request):
        require_admin(request)
        with db.read() as conn:
            data = stats.to_xlsx(stats.member_stats(conn, _as_of(request)))
        return Response(data, media_type="application/vnd.openxmlformats-officedocument."
                                          "spreadsheetml.sheet",
                        headers={"Content-Disposition": 'attachment; filename="member-stats.xlsx"'})

    return app
