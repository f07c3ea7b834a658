"""The upstream sync server a superior union runs for its grassroots offices (architecture.md §2.3)."""
