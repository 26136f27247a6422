"""Pure domain logic: no Textual, no SQLModel, no I/O."""
