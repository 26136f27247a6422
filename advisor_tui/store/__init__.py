"""Persistence: SQLModel tables, migrations and repositories (no Textual)."""
