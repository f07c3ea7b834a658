"""SQLAlchemy 2 persistence (no Qt)."""
