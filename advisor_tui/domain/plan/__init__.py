"""The content plan: calendar weeks, the weekly cadence, a post's body and form."""
