"""The app in a browser: textual-serve on the loopback address, every request guarded by a secret token."""
