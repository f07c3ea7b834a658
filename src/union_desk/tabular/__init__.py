"""Spreadsheet import (no Qt, no SQLAlchemy): readers, header detection, row normalisation,
error reports. Modules that import other tables (dues, hardship, evaluations) reuse
``read_table`` with their own synonym table and their own row validator."""
