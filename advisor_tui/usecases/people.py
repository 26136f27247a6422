"""Find the one contact a person on the command line means: by id, profile URL, e-mail address or name."""

from __future__ import annotations

from advisor_tui.domain.contacts.identity import fold_name
from advisor_tui.domain.models import Contact
from advisor_tui.store.store import Store

_LISTED = 5


class PersonNotFound(LookupError):
    """No contact, or several, fit; the message says so in German and how to be precise."""


def find_person(store: Store, who: str) -> Contact:
    """The contact `who` names: "#12" or "12" (its number), a profile URL, an e-mail address, or the full name
    (case, accents and umlaut spellings ignored; "Dr. Anna Müller" finds Anna Müller with the title Dr.)."""
    wanted = who.strip()
    if not wanted:
        raise PersonNotFound("Bitte einen Kontakt angeben (Name, Profil-URL oder E-Mail-Adresse).")
    number = wanted.removeprefix("#")
    if number.isdigit():
        contact = store.contacts.get(int(number))
        if contact is None:
            raise PersonNotFound(f"Keinen Kontakt mit der Nummer {number} gefunden.")
        return contact
    found = store.contacts.find(wanted)
    if found is not None:
        return found
    key = fold_name(wanted)
    everyone = store.contacts.list()
    matches = [c for c in everyone if key in _names(c)]
    if not matches:  # "Müller" or "Anna": every contact whose name holds all the words given
        words = set(key.replace(",", " ").split())
        matches = [c for c in everyone if words <= set(" ".join(_names(c)).replace(",", " ").split())]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise PersonNotFound(f"Kein Kontakt „{wanted[:80]}“ gefunden (Name, Profil-URL oder E-Mail-Adresse).")
    listed = "; ".join(f"#{c.id} {c.full_name} ({c.company or 'ohne Firma'})" for c in matches[:_LISTED])
    more = f" und {len(matches) - _LISTED} weitere" if len(matches) > _LISTED else ""
    raise PersonNotFound(f"„{wanted[:80]}“ passt auf {len(matches)} Kontakte: {listed}{more}. "
                         "Bitte die Nummer (#…), die Profil-URL oder die E-Mail-Adresse angeben.")


def _names(contact: Contact) -> set[str]:
    """The ways a person is written: "Anna Müller", "Dr. Anna Müller", "Müller, Anna"."""
    plain = fold_name(contact.full_name)
    names = {plain, fold_name(f"{contact.last_name}, {contact.first_name}")}
    if contact.title:
        names.add(fold_name(f"{contact.title} {contact.full_name}"))
    return names
