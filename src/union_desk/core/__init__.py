"""Pure domain rules: stdlib only (no SQLAlchemy, no Qt)."""
