"""Use cases: one function per thing the advisor does, one transaction each, for the command line and the screens."""
