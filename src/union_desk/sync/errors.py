"""Sync failures the GUI and CLI tell apart (each carries a stable ``code``)."""

from __future__ import annotations

from union_desk.errors import SyncError


class ProtocolMismatch(SyncError):
    code = "protocol_mismatch"


class FullResyncRequired(SyncError):
    code = "full_resync_required"


class NotRegistered(SyncError):
    code = "not_registered"
