"""The Textual user interface: thin screens over the domain and the store."""
