"""Contacts as records: identity, import batches, duplicates and merging, search, segments, curation."""
