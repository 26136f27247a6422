"""Heute: what waits today, the daily inbox check-in, and its German wording."""
