"""Importers and exporters: LinkedIn data export, vCard, CSV, iCalendar (no textual, no store)."""
