"""HTTP transport (httpx): TLS verified (optionally against a custom CA file), errors typed.

``FaultyTransport`` wraps a transport and fails at chosen points (before the
request is sent, or after the server has answered but before the caller sees
the answer) for the exactly-once tests and benchmarks.
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import httpx

from union_desk.errors import SyncError
from union_desk.sync.protocol import PROTOCOL, Meta, PullPage, dumps


class TransportError(SyncError):
    """The network failed; the request may or may not have reached the server."""

    code = "sync_offline"


class ServerError(SyncError):
    def __init__(self, status: int, body: dict[str, Any]):
        self.status = status
        self.body = body
        self.error = str(body.get("error", "http_%d" % status))
        super().__init__(_plain(status, self.error, body), code=self.error)


def _plain(status: int, code: str, body: dict[str, Any]) -> str:
    known = {
        "no_token": "未设置同步令牌，请先登记本机（union-desk sync register）。",
        "bad_token": "同步令牌无效，请向上级工会重新申请令牌并登记。",
        "token_revoked": "本机的同步令牌已被上级工会吊销，请联系上级工会。",
        "client_mismatch": "令牌与本机登记的客户端不一致，请重新登记。",
        "batch_too_large": "一次上传的数据超过服务器限制。",
        "seq_gap": "服务器缺少本机之前的部分改动，正在重发。",
        "seq_reused": "本机的同步序号与服务器记录不一致（可能从旧备份恢复过），需要完整重新同步。",
        "protocol_unsupported": "同步协议版本不兼容。",
        "internal": "同步服务器内部错误，请稍后再试或联系上级工会。",
    }
    return known.get(code, "同步服务器拒绝了请求（%d %s）。" % (status, code))


@lru_cache(maxsize=8)
def _ssl_context(ca_file: str | None) -> ssl.SSLContext:
    """Certificates are always verified: against a private CA file when the office was given
    one, else the system store. Cached: loading a CA bundle costs tens of milliseconds."""
    if ca_file:
        return ssl.create_default_context(cafile=ca_file)
    import certifi

    ctx = ssl.create_default_context(cafile=certifi.where())
    ctx.load_default_certs()
    return ctx


class Transport:
    def __init__(self, server_url: str, token: str | None, *, ca_file: str | None = None,
                 timeout: float = 60.0):
        self.server_url = server_url.rstrip("/")
        headers = {"X-Union-Desk-Protocol": str(PROTOCOL)}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._client = httpx.Client(base_url=self.server_url, headers=headers,
                                    verify=_ssl_context(ca_file), timeout=timeout)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "Transport":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _call(self, method: str, url: str, **kw) -> Any:
        try:
            resp = self._client.request(method, url, **kw)
        except httpx.HTTPError as exc:
            raise TransportError(f"无法连接同步服务器 {self.server_url}：{type(exc).__name__}") from exc
        if resp.status_code >= 400:
            try:
                body = resp.json()
            except (ValueError, json.JSONDecodeError):
                body = {}
            raise ServerError(resp.status_code, body if isinstance(body, dict) else {})
        return resp.json()

    def meta(self) -> Meta:
        return Meta.from_json(self._call("GET", "/sync/meta"))

    def push(self, body: bytes | dict[str, Any]) -> dict[str, Any]:
        content = body if isinstance(body, bytes) else dumps(body)
        return self._call("POST", "/sync/push", content=content,
                          headers={"Content-Type": "application/json"})

    def pull(self, cursor: int, limit: int) -> PullPage:
        return PullPage.from_json(self._call("GET", "/sync/pull",
                                             params={"cursor": cursor, "limit": limit}))

    def counts(self) -> dict[str, Any]:
        return self._call("GET", "/sync/counts")

    def file_status(self, sha256: str) -> dict[str, Any]:
        return self._call("GET", f"/files/{sha256}")

    def put_file(self, sha256: str, data: bytes, offset: int, total: int) -> dict[str, Any]:
        end = offset + len(data) - 1
        return self._call("PUT", f"/files/{sha256}", content=data,
                          headers={"Content-Range": f"bytes {offset}-{end}/{total}",
                                   "Content-Type": "application/octet-stream"})


class InjectedFault(TransportError):
    code = "sync_offline"


class FaultyTransport:
    """Delegates to ``inner``; ``plan(call, phase, n)`` returns True to fail there.

    ``call`` is meta/push/pull/counts/put_file, ``phase`` is "before" (never sent) or
    "after" (the server did the work, the answer is lost), ``n`` counts calls of that kind.
    """

    def __init__(self, inner: Transport, plan: Callable[[str, str, int], bool]):
        self.inner, self.plan = inner, plan
        self.calls: dict[str, int] = {}
        self.injected: list[tuple[str, str, int]] = []

    def close(self) -> None:
        self.inner.close()

    def _wrap(self, name: str, *args):
        n = self.calls[name] = self.calls.get(name, 0) + 1
        if self.plan(name, "before", n):
            self.injected.append((name, "before", n))
            raise InjectedFault(f"injected: {name} dropped before send")
        result = getattr(self.inner, name)(*args)
        if self.plan(name, "after", n):
            self.injected.append((name, "after", n))
            raise InjectedFault(f"injected: {name} answer lost")
        return result

    def meta(self):
        return self._wrap("meta")

    def push(self, body):
        return self._wrap("push", body)

    def pull(self, cursor, limit):
        return self._wrap("pull", cursor, limit)

    def counts(self):
        return self._wrap("counts")

    def file_status(self, sha256):
        return self._wrap("file_status", sha256)

    def put_file(self, sha256, data, offset, total):
        return self._wrap("put_file", sha256, data, offset, total)
