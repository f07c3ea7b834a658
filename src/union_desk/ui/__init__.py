"""The only package that imports PySide6. Gets DTOs from services, never ORM objects."""
