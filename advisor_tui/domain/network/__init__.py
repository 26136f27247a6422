"""The network's make-up: the role and sector vocabulary, suggestions, the tagging queue, relevance."""
