"""advisor-tui: a terminal workplace for advisors who win business clients on LinkedIn and XING."""

__version__ = "0.1.0"
