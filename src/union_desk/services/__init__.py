"""Use cases. One transaction per public method; DTOs out, never ORM objects (no Qt)."""
