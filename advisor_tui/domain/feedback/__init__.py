"""The qualitative feedback log: what comes in about the advisor's advice and service, and the shitstorm triage."""
