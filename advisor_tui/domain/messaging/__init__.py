"""Writing to a contact: the draft, the salutation, the message templates."""
