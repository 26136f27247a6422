"""Subcommands of `advisor-tui`: each module has `register(subparsers)` that sets a `handler`."""
