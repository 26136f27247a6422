"""The advisor's own activity on LinkedIn: published posts, comments and reactions from the data export."""
