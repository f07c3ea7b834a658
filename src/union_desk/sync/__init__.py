"""Client side of upstream sync (no Qt): protocol, transport, engine, conflicts, service facade."""
