"""Typed errors shared by every layer.

Messages are plain Chinese because they reach clerks unchanged; ``code`` is a
stable machine-readable key for the CLI JSON and tests.
"""

from __future__ import annotations


class UnionDeskError(Exception):
    code = "error"

    def __init__(self, message: str, *, code: str | None = None, field: str | None = None):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.field = field


class ValidationError(UnionDeskError):
    """Bad input from a person. ``field_errors`` maps field -> message."""

    code = "invalid"

    def __init__(self, message: str, *, code: str | None = None, field: str | None = None,
                 field_errors: dict[str, str] | None = None):
        super().__init__(message, code=code, field=field)
        self.field_errors = dict(field_errors or {})
        if field and field not in self.field_errors:
            self.field_errors[field] = message


class NotFound(UnionDeskError):
    code = "not_found"


class Conflict(UnionDeskError):
    code = "conflict"


class PermissionDenied(UnionDeskError):
    code = "permission_denied"


class AuthError(UnionDeskError):
    code = "auth_failed"


class StorageError(UnionDeskError):
    """The environment failed (locked, read-only, full or corrupt database)."""

    code = "storage"


class SchemaTooNew(StorageError):
    code = "schema_too_new"


class FileFormatError(UnionDeskError):
    """A file we were asked to read is not what it claims to be."""

    code = "bad_file"


class SyncError(UnionDeskError):
    code = "sync"


class ProtocolMismatch(SyncError):
    code = "protocol_mismatch"


class FullResyncRequired(SyncError):
    code = "full_resync_required"


class NotRegistered(SyncError):
    code = "not_registered"


class Cancelled(UnionDeskError):
    code = "cancelled"
