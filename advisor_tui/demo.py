"""Realistic German demo data: a network as advisors really have it, relative to today."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from advisor_tui.demo_activity import seed_activity
from advisor_tui.demo_audience import seed_audience
from advisor_tui.demo_feedback import seed_feedback
from advisor_tui.demo_results import seed_results
from advisor_tui.domain.models import (
    ConnectionRequest,
    Contact,
    Conversation,
    Direction,
    Message,
    Post,
    PostStatus,
    Salutation,
    Settings,
)
from advisor_tui.store.activity import accept_requests_of_connections
from advisor_tui.store.store import Store

OWN_INSTITUTION = "Bankhaus Lindner & Co."
F, H = Salutation.FRAU, Salutation.HERR

# (salutation, title, first, last, company, position, sector, role, labels)
PEOPLE: tuple[tuple, ...] = (
    (F, "Dr.", "Anna", "Müller", "Müller Präzisionstechnik GmbH", "Geschäftsführende Gesellschafterin", "C", "unternehmer", ("Unternehmerabend 2026",)),
    (H, "", "Thomas", "Müller", "Müller & Söhne Bauunternehmung GmbH", "Inhaber", "F", "unternehmer", ("Bestandskunde",)),
    (H, "", "Jonas", "Müller", "Müller & Söhne Bauunternehmung GmbH", "Prokurist, designierter Nachfolger", "F", "nachfolger", ("Nachfolge-Webinar",)),
    (F, "", "Sabine", "Krämer", "Krämer Haustechnik GmbH & Co. KG", "Geschäftsführerin", "F", "unternehmer", ("Unternehmerabend 2026",)),
    (H, "", "Michael", "Schröder", "Schröder Logistik GmbH", "Geschäftsführer", "H", "unternehmer", ()),
    (F, "", "Lena", "Schröder", "Schröder Logistik GmbH", "Assistenz der Geschäftsführung, Nachfolgerin", "H", "nachfolger", ("Nachfolge-Webinar",)),
    (H, "Dipl.-Ing.", "Klaus", "Wagner", "Wagner Maschinenbau GmbH", "Geschäftsführender Gesellschafter", "C", "unternehmer", ("Bestandskunde",)),
    (F, "", "Petra", "Becker", "Wagner Maschinenbau GmbH", "Kaufmännische Leiterin", "C", "kaufm-leitung", ()),
    (H, "", "Stefan", "Hoffmann", "Hoffmann Autohaus GmbH", "Inhaber", "G", "unternehmer", ()),
    (H, "", "Lukas", "Hoffmann", "Hoffmann Autohaus GmbH", "Junior-Chef", "G", "nachfolger", ()),
    (F, "", "Claudia", "Fischer", "Fischer Feinkost KG", "Inhaberin", "G", "unternehmer", ("Unternehmerabend 2026",)),
    (H, "Prof. Dr.", "Martin", "Keller", "Keller Medizintechnik AG", "Vorstand", "C", "unternehmer", ()),
    (F, "", "Katrin", "Schulz", "Keller Medizintechnik AG", "CFO", "C", "kaufm-leitung", ()),
    (H, "", "Andreas", "Weber", "Weber Gebäudereinigung GmbH", "Geschäftsführer", "N", "unternehmer", ()),
    (F, "", "Monika", "Meyer", "Hotel Meyer am See", "Inhaberin", "I", "unternehmer", ("Unternehmerabend 2026",)),
    (H, "", "Florian", "Meyer", "Hotel Meyer am See", "Nachfolger in dritter Generation", "I", "nachfolger", ()),
    (H, "", "Jürgen", "Schmitt", "Schmitt Elektrotechnik GmbH", "Geschäftsführer", "F", "unternehmer", ()),
    (F, "", "Andrea", "Wolf", "Wolf Immobilien GmbH", "Geschäftsführerin", "L", "unternehmer", ()),
    (H, "", "Markus", "Neumann", "Neumann Software GmbH", "Gründer und CEO", "J", "unternehmer", ()),
    (F, "", "Julia", "Zimmermann", "Neumann Software GmbH", "Head of Finance", "J", "kaufm-leitung", ()),
    (H, "", "Ralf", "Braun", "Braun Spedition GmbH & Co. KG", "Geschäftsführender Gesellschafter", "H", "unternehmer", ("Bestandskunde",)),
    (F, "", "Nicole", "Hartmann", "Braun Spedition GmbH & Co. KG", "Leiterin Finanzen und Controlling", "H", "kaufm-leitung", ()),
    (H, "", "Bernd", "Krüger", "Krüger Landtechnik GmbH", "Inhaber", "G", "unternehmer", ()),
    (F, "", "Silke", "Lange", "Weingut Lange", "Winzerin und Inhaberin", "A", "unternehmer", ("Unternehmerabend 2026",)),
    (H, "", "Tobias", "Lange", "Weingut Lange", "Junior im Familienbetrieb", "A", "nachfolger", ()),
    (H, "", "Frank", "Schwarz", "Schwarz Metallbau GmbH", "Geschäftsführer", "C", "unternehmer", ()),
    (F, "", "Birgit", "Zimmer", "Schwarz Metallbau GmbH", "Prokuristin, kaufmännische Leitung", "C", "kaufm-leitung", ()),
    (H, "", "Uwe", "Koch", "Koch Bäckerei GmbH", "Bäckermeister und Inhaber", "C", "unternehmer", ()),
    (F, "", "Miriam", "Koch", "Koch Bäckerei GmbH", "Nachfolgerin", "C", "nachfolger", ("Nachfolge-Webinar",)),
    (H, "", "Dirk", "Richter", "Richter Pflegedienste GmbH", "Geschäftsführer", "Q", "unternehmer", ()),
    (F, "Dr.", "Eva", "Richter", "Zahnarztpraxis Dr. Richter", "Zahnärztin, Praxisinhaberin", "Q", "unternehmer", ()),
    (H, "", "Holger", "Klein", "Klein Solartechnik GmbH", "Gründer", "D", "unternehmer", ()),
    (F, "", "Tanja", "Walter", "Walter Druck & Medien GmbH", "Geschäftsführerin", "C", "unternehmer", ()),
    (H, "", "Sven", "Peters", "Peters Dachdeckerei", "Dachdeckermeister, Inhaber", "F", "unternehmer", ()),
    (H, "", "Marco", "Peters", "Peters Dachdeckerei", "Nachfolger", "F", "nachfolger", ()),
    (F, "", "Heike", "König", "König Textil GmbH", "Geschäftsführerin", "C", "unternehmer", ()),
    (H, "", "Oliver", "Huber", "Huber Kunststofftechnik GmbH", "CFO", "C", "kaufm-leitung", ()),
    (F, "", "Susanne", "Kaiser", "Kaiser Gartenbau GmbH", "Inhaberin", "A", "unternehmer", ()),
    (H, "", "Matthias", "Fuchs", "Fuchs Fensterbau GmbH", "Geschäftsführer", "F", "unternehmer", ("Unternehmerabend 2026",)),
    (F, "", "Anja", "Fuchs", "Fuchs Fensterbau GmbH", "Kaufmännische Leiterin", "F", "kaufm-leitung", ()),
    (H, "", "Peter", "Scholz", "Scholz Brauerei KG", "Brauereibesitzer", "C", "unternehmer", ()),
    (H, "", "Felix", "Scholz", "Scholz Brauerei KG", "Designierter Geschäftsführer", "C", "nachfolger", ()),
    (F, "", "Kerstin", "Möller", "Möller Elektro GmbH", "Leitung Rechnungswesen", "G", "kaufm-leitung", ()),
    (H, "", "Rainer", "Vogel", "Vogel Zerspanung GmbH", "Geschäftsführender Gesellschafter", "C", "unternehmer", ()),
    (F, "", "Daniela", "Jung", "Jung Reisen GmbH", "Inhaberin", "N", "unternehmer", ()),
    (H, "", "Christian", "Berger", "Berger Ingenieurbüro", "Inhaber", "M", "unternehmer", ()),
    (F, "", "Simone", "Frank", "Frank Catering GmbH", "Geschäftsführerin", "I", "unternehmer", ()),
    (H, "", "Jan", "Lehmann", "Lehmann Holzbau GmbH", "Geschäftsführer", "F", "unternehmer", ()),
    (F, "", "Sarah", "Lehmann", "Lehmann Holzbau GmbH", "Junior-Chefin", "F", "nachfolger", ()),
    (H, "", "Georg", "Schuster", "Schuster Kfz-Technik GmbH", "Kfz-Meister und Inhaber", "G", "unternehmer", ()),
    (F, "", "Ines", "Dietrich", "Dietrich Verpackungen GmbH", "Kaufmännische Geschäftsführerin", "C", "kaufm-leitung", ()),
    (H, "", "Werner", "Baumann", "Baumann Bau GmbH", "Seniorchef", "F", "unternehmer", ()),
    # Umfeld and Multiplikatoren
    (F, "", "Karin", "Engel", "Engel & Partner Steuerberatungsgesellschaft", "Steuerberaterin", "M", "umfeld", ("Kooperation",)),
    (H, "Dr.", "Robert", "Horn", "Horn Rechtsanwälte", "Fachanwalt für Erbrecht", "M", "umfeld", ("Kooperation",)),
    (H, "", "Thorsten", "Busch", "Busch Wirtschaftsprüfung GmbH", "Wirtschaftsprüfer", "M", "umfeld", ()),
    (F, "Dr.", "Maria", "Sommer", "Notariat Dr. Sommer", "Notarin", "M", "umfeld", ()),
    (H, "", "Heiko", "Brandt", "Brandt Steuerberatung", "Steuerberater", "M", "umfeld", ()),
    (F, "", "Nina", "Haas", "Haas Unternehmensberatung", "Beraterin für Unternehmensnachfolge", "M", "umfeld", ("Nachfolge-Webinar",)),
    (H, "", "Dieter", "Schreiber", "IHK Rhein-Neckar", "Referent Existenzgründung und Unternehmensförderung", "O", "multiplikator", ()),
    (F, "", "Gabriele", "Ludwig", "Handwerkskammer Mannheim", "Leiterin Betriebsberatung", "O", "multiplikator", ()),
    (H, "", "Volker", "Arnold", "Wirtschaftsjunioren Heidelberg", "Kreissprecher", "S", "multiplikator", ()),
    (F, "", "Carina", "Roth", "Rhein-Neckar-Zeitung", "Wirtschaftsredakteurin", "J", "multiplikator", ()),
)

# Colleagues, ex-colleagues, friends, competitors and sellers: the "Sammelsurium".
OTHERS: tuple[tuple, ...] = (
    (F, "", "Laura", "Schneider", OWN_INSTITUTION, "Firmenkundenberaterin", "K", "kollege"),
    (H, "", "Daniel", "Krause", OWN_INSTITUTION, "Leiter Firmenkunden", "K", "kollege"),
    (F, "", "Melanie", "Werner", OWN_INSTITUTION, "Private Banking", "K", "kollege"),
    (H, "", "Sebastian", "Graf", OWN_INSTITUTION, "Kreditanalyst", "K", "kollege"),
    (F, "", "Stefanie", "Pohl", OWN_INSTITUTION, "Marketing", "K", "kollege"),
    (H, "", "Patrick", "Seidel", OWN_INSTITUTION, "Vorstandsassistent", "K", "kollege"),
    (F, "", "Jessica", "Ernst", OWN_INSTITUTION, "Vertriebsmanagerin", "K", "kollege"),
    (H, "", "Kai", "Winter", OWN_INSTITUTION, "Auszubildender Bankkaufmann", "K", "kollege"),
    (H, "", "Björn", "Brinkmann", OWN_INSTITUTION, "Firmenkundenbetreuer", "K", "kollege"),
    (F, "", "Vanessa", "Otto", OWN_INSTITUTION, "Personalreferentin", "K", "kollege"),
    (H, "", "Timo", "Schäfer", "Deutsche Leasing AG", "Account Manager", "K", "ex-kollege"),
    (F, "", "Katharina", "Böhm", "Commerzbank AG", "Firmenkundenberaterin", "K", "ex-kollege"),
    (H, "", "Alexander", "Jäger", "Fintech Start GmbH", "Product Owner", "J", "ex-kollege"),
    (F, "", "Lisa", "Martin", "Stadtsparkasse Mannheim", "Firmenkundenberaterin", "K", "wettbewerb"),
    (H, "", "Tim", "Friedrich", "Volksbank Kurpfalz eG", "Firmenkundenbetreuer", "K", "wettbewerb"),
    (F, "", "Franziska", "Günther", "Allianz Generalvertretung Günther", "Versicherungsfachfrau", "K", "wettbewerb"),
    (H, "", "Philipp", "Voigt", "Deutsche Bank AG", "Relationship Manager", "K", "wettbewerb"),
    (H, "", "Manuel", "Heinrich", "HUK-Coburg", "Vertrauensmann", "K", "wettbewerb"),
    (F, "", "Jana", "Schubert", "Sparkasse Heidelberg", "Private Banking", "K", "wettbewerb"),
    (H, "", "Dominik", "Ziegler", "Raiffeisenbank Odenwald eG", "Vorstand", "K", "wettbewerb"),
    (H, "", "Christoph", "Kuhn", "Talent Search Partners", "Personalberater", "N", "dienstleister"),
    (F, "", "Sandra", "Pfeiffer", "LeadGen Pro GmbH", "Sales Development Representative", "N", "dienstleister"),
    (H, "", "Benjamin", "Franke", "CRM Solutions AG", "Key Account Manager", "J", "dienstleister"),
    (F, "", "Tamara", "Albrecht", "Recruiting Experts GmbH", "Senior Recruiter", "N", "dienstleister"),
    (H, "", "Nils", "Simon", "Finanzvertrieb Süd GmbH", "Vertriebsdirektor", "K", "dienstleister"),
    (H, "", "Max", "Ludwig", "", "Student", None, "privat"),
    (F, "", "Sophie", "Bauer", "Stadt Heidelberg", "Lehrerin", "P", "privat"),
    (H, "", "Lars", "Kraus", "Kraus Fotografie", "Fotograf", "R", "privat"),
    (F, "", "Johanna", "Vogt", "Universitätsklinikum Heidelberg", "Ärztin", "Q", "privat"),
    (H, "", "David", "Stein", "SAP SE", "Software Engineer", "J", "privat"),
    (F, "", "Carolin", "Beck", "", "Yogalehrerin", None, "privat"),
    (H, "", "Moritz", "Lorenz", "TSV Heidelberg", "Trainer", "R", "privat"),
)

# Contacts imported but not yet tagged: the queue (position and company suggest a lot).
UNTAGGED: tuple[tuple, ...] = (
    (H, "", "Rüdiger", "Hahn", "Hahn Stahlhandel GmbH", "Geschäftsführer"),
    (F, "", "Manuela", "Schmid", "Schmid Sanitär GmbH", "Inhaberin"),
    (H, "", "Kevin", "Schmid", "Schmid Sanitär GmbH", "Nachfolger im Familienbetrieb"),
    (F, "", "Ute", "Winkler", "Winkler Spedition", "Prokuristin"),
    (H, "", "Armin", "Lorenz", "Lorenz Werkzeugbau GmbH", "Geschäftsführender Gesellschafter"),
    (F, "", "Doris", "Schulte", "Schulte Steuerberatung", "Steuerberaterin"),
    (H, "", "Erik", "Marx", "Marx Consulting", "Vertriebsleiter"),
    (F, "", "Yvonne", "Sauer", "Volksbank Neckartal eG", "Firmenkundenberaterin"),
    (H, "", "Ingo", "Arndt", "Arndt Kälteanlagen GmbH", "CFO"),
    (F, "", "Bettina", "Kühn", "Kühn Immobilienverwaltung", "Geschäftsführerin"),
    (H, "", "Torsten", "Dörr", "", ""),
    (F, "", "Elke", "Hesse", "Hesse Reisemobile GmbH", "Inhaberin"),
)

EXTRA_FIRST = ("Hans", "Ulrike", "Karl", "Renate", "Wolfgang", "Angelika", "Günter", "Barbara", "Helmut", "Christa")
EXTRA_LAST = ("Haag", "Ott", "Reuter", "Pfaff", "Brenner", "Kessler", "Moser", "Graf", "Stahl", "Ebert")
# role → (company, position, sector) for the generated rest of the network.
EXTRA_ROLES: tuple[tuple[str, str, str, str | None], ...] = (
    ("unternehmer", "{last} Metalltechnik GmbH", "Geschäftsführer", "C"),
    ("kollege", OWN_INSTITUTION, "Firmenkundenbetreuung", "K"),
    ("privat", "", "", None),
    ("kaufm-leitung", "{last} Transporte GmbH", "Kaufmännische Leitung", "H"),
    ("wettbewerb", "Sparkasse Kurpfalz", "Firmenkundenberatung", "K"),
    ("ex-kollege", "Volksbank Bergstraße eG", "Kreditsachbearbeitung", "K"),
    ("nachfolger", "{last} Bau GmbH", "Nachfolger in zweiter Generation", "F"),
    ("kollege", OWN_INSTITUTION, "Zahlungsverkehr", "K"),
    ("dienstleister", "Vertriebspartner Nord GmbH", "Vertrieb", "N"),
    ("unternehmer", "Gasthof {last}", "Inhaber", "I"),
    ("privat", "", "", None),
)


def _at(today: date, days_ago: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime.combine(today - timedelta(days=days_ago), time(hour, minute))


# Typed as str.maketrans takes it (its mapping type is invariant).
_UMLAUTS: dict[str, str | int | None] = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
_ASCII_SLUG = str.maketrans(_UMLAUTS)


def demo_contacts(today: date) -> list[Contact]:
    """About 150 contacts across sectors and roles, some untagged."""
    rng = random.Random(2026)
    contacts: list[Contact] = []
    pending = {name for name, _direction, _days, _note in REQUESTS}  # an open request: not connected yet

    def add(sal, title, first, last, company, position, sector, role, labels=()):
        slug = f"{first}-{last}-{len(contacts) + 1:03d}".lower()
        slug = slug.translate(_ASCII_SLUG)
        connected_on = today - timedelta(days=rng.randint(30, 2000))  # drawn for all: the other dates stay put
        contacts.append(Contact(
            first_name=first, last_name=last, salutation=sal, title=title, company=company,
            position=position, sector=sector, role=role, labels=tuple(labels), source="demo",
            profile_url=f"https://www.linkedin.com/in/{slug}",
            connected_on=None if f"{first} {last}" in pending else connected_on,
        ))

    for row in PEOPLE:
        add(*row)
    for row in OTHERS:
        add(*row)
    for sal, title, first, last, company, position in UNTAGGED:
        add(sal, title, first, last, company, position, None, None)
    for i in range(150 - len(contacts)):
        first, last = EXTRA_FIRST[i % 10], EXTRA_LAST[(i // 10 + i) % 10]
        role, company, position, sector = EXTRA_ROLES[i % len(EXTRA_ROLES)]
        sal = H if first in {"Hans", "Karl", "Wolfgang", "Günter", "Helmut"} else F
        add(sal, "", first, last, company.format(last=last), position, sector, role)
    for contact in contacts[5::17]:
        contact.follow_up_on = today - timedelta(days=1)
    return contacts


# (contact name, [(direction, days ago, hour, text)])
CONVERSATIONS: tuple[tuple[str, tuple[tuple[str, int, int, str], ...]], ...] = (
    ("Anna Müller", (("out", 20, 10, "Sehr geehrte Frau Dr. Müller,\n\nvielen Dank für die Vernetzung. Ich freue mich auf den Austausch.\n\nMit freundlichen Grüßen\nJulia Hoffmann"),
         ("in", 3, 8, "Sehr geehrte Frau Hoffmann,\n\nwir planen eine neue Fertigungshalle. Hätten Sie nächste Woche Zeit für ein Gespräch über die Finanzierung?\n\nBeste Grüße\nAnna Müller"))),
    ("Michael Schröder", (("in", 1, 17, "Guten Tag Frau Hoffmann, ich habe Ihren Beitrag zur Nachfolgeplanung gelesen. Können wir telefonieren? Viele Grüße, Michael Schröder"),)),
    ("Andreas Weber", (("out", 40, 9, "Sehr geehrter Herr Weber,\n\ndarf ich Ihnen unsere Veranstaltung zur Betriebsmittelfinanzierung empfehlen?\n\nMit freundlichen Grüßen\nJulia Hoffmann"),
          ("in", 6, 14, "Sehr geehrte Frau Hoffmann, gerne nehme ich teil. Gibt es noch freie Plätze? Freundliche Grüße, Andreas Weber"))),
    ("Andrea Wolf", (("in", 0, 7, "Guten Morgen Frau Hoffmann, wir möchten unseren Kontokorrentrahmen überprüfen lassen. Wann passt es Ihnen? Andrea Wolf"),)),
    ("Thomas Müller", (("in", 12, 9, "Hallo Frau Hoffmann, danke für das Angebot. Ich melde mich nach dem Urlaub."),
         ("out", 11, 10, "Sehr geehrter Herr Müller,\n\nvielen Dank für Ihre Nachricht. Ich wünsche Ihnen einen erholsamen Urlaub.\n\nMit freundlichen Grüßen\nJulia Hoffmann"))),
    ("Martin Keller", (("out", 30, 11, "Sehr geehrter Herr Professor Keller,\n\nherzlichen Glückwunsch zum Firmenjubiläum!\n\nMit freundlichen Grüßen\nJulia Hoffmann"),
          ("in", 29, 12, "Vielen Dank, Frau Hoffmann! Herzliche Grüße, Martin Keller"),
          ("out", 29, 14, "Sehr geehrter Herr Professor Keller,\n\nsehr gern. Ich wünsche Ihnen und Ihrem Team weiterhin viel Erfolg.\n\nMit freundlichen Grüßen\nJulia Hoffmann"))),
    ("Silke Lange", (("in", 9, 16, "Sehr geehrte Frau Hoffmann, könnten Sie mir Informationen zur Hofnachfolge und zu Förderkrediten senden? Mit freundlichen Grüßen, Silke Lange"),)),
    ("Karin Engel", (("out", 15, 9, "Liebe Frau Engel,\n\nwollen wir unseren gemeinsamen Mandanten zum Nachfolgeabend einladen?\n\nViele Grüße\nJulia Hoffmann"),
          ("in", 14, 13, "Liebe Frau Hoffmann, sehr gerne, ich spreche ihn an. Viele Grüße, Karin Engel"),
          ("out", 14, 15, "Liebe Frau Engel,\n\nwunderbar, vielen Dank!\n\nViele Grüße\nJulia Hoffmann"))),
    ("Ralf Braun", (("out", 60, 9, "Sehr geehrter Herr Braun,\n\nich danke Ihnen für das angenehme Gespräch.\n\nMit freundlichen Grüßen\nJulia Hoffmann"),)),
    ("Sandra Pfeiffer", (("in", 2, 11, "Hallo Julia, ich habe ein tolles Angebot für Leadgenerierung auf LinkedIn. 10 Termine pro Monat garantiert! Wann hast du Zeit?"),)),
    ("Eva Richter", (("in", 4, 10, "Sehr geehrte Frau Hoffmann, ich interessiere mich für eine Praxisfinanzierung. Freundliche Grüße, Dr. Eva Richter"),
          ("out", 4, 15, "Sehr geehrte Frau Dr. Richter,\n\nvielen Dank für Ihre Anfrage. Ich rufe Sie morgen an.\n\nMit freundlichen Grüßen\nJulia Hoffmann"),
          ("in", 3, 9, "Vielen Dank, ich bin ab 10 Uhr erreichbar. Eva Richter"))),
    ("Jan Lehmann", (("out", 100, 9, "Sehr geehrter Herr Lehmann,\n\nvielen Dank für die Vernetzung.\n\nMit freundlichen Grüßen\nJulia Hoffmann"),)),
)

# (contact name, direction, days ago, note)
REQUESTS: tuple[tuple[str, str, int, str], ...] = (
    ("Rüdiger Hahn", "in", 1, "Sehr geehrte Frau Hoffmann, wir sind uns beim Unternehmerabend begegnet. Ich würde mich über die Vernetzung freuen. Rüdiger Hahn"),
    ("Kevin Schmid", "in", 2, "Guten Tag Frau Hoffmann, ich übernehme demnächst den Betrieb meiner Mutter und würde gern in Kontakt bleiben."),
    ("Sandra Pfeiffer", "in", 3, "Hi Julia, wir helfen Banken, 3x mehr Leads zu generieren. Lass uns connecten!"),
    ("Erik Marx", "in", 5, ""),
    ("Susanne Kaiser", "out", 6, "Sehr geehrte Frau Kaiser, gern würde ich mich mit Ihnen zu Finanzierungsthemen im Gartenbau austauschen."),
)

# (weeks from this one, title, status, own, target segment, channel)
PLAN: tuple[tuple[int, str, PostStatus, bool, str, str], ...] = (
    (-4, "Nachfolge früh planen: fünf Fragen an Familienunternehmen", PostStatus.PUBLISHED, True, "Nachfolger", "linkedin"),
    (-3, "Zinsentwicklung im Überblick (Marktbericht des Hauses)", PostStatus.PUBLISHED, False, "Unternehmer", "linkedin"),
    (-1, "Rückblick Unternehmerabend 2026", PostStatus.PUBLISHED, True, "Unternehmerabend 2026", "linkedin"),
    (0, "Betriebsmittelfinanzierung im Baugewerbe", PostStatus.PLANNED, True, "Unternehmer Baugewerbe", "linkedin"),
    (1, "Checkliste Jahresabschlussgespräch mit der Bank", PostStatus.DRAFT, True, "Kaufmännische Leitung", "linkedin"),
    (3, "Förderkredite für Energieeffizienz", PostStatus.PLANNED, True, "Unternehmer", "xing"),
    (4, "Fachkräfte binden: betriebliche Altersvorsorge", PostStatus.IDEA, True, "Unternehmer", "linkedin"),
    (7, "Einladung Nachfolge-Webinar", PostStatus.PLANNED, True, "Nachfolger", "linkedin"),
)

IDEAS = (
    "Was Banken im Ratinggespräch wirklich fragen",
    "Leasing oder Kredit? Eine Entscheidungshilfe",
    "Kundenporträt: 100 Jahre Bäckerei Koch (mit Einverständnis)",
)


def demo_posts(today: date) -> list[Post]:
    """A content plan of about 12 weeks with gaps, plus a few unscheduled ideas."""
    posts = []
    for offset, title, status, own, segment, channel in PLAN:
        year, week, _ = (today + timedelta(weeks=offset)).isocalendar()
        posts.append(Post(title=title, iso_year=year, iso_week=week, status=status, own_content=own,
                          target_segment=segment, channel=channel,
                          source="" if own else "Marktbericht Volkswirtschaft, Bankhaus Lindner"))
    posts.extend(Post(title=title) for title in IDEAS)
    return posts


def demo_settings() -> Settings:
    """The demo advisor."""
    return Settings(
        advisor_name="Julia Hoffmann",
        signature="Julia Hoffmann\nFirmenkundenberaterin\nBankhaus Lindner & Co.",
        own_institution=OWN_INSTITUTION,
    )


def seed_demo(store: Store, today: date | None = None) -> int:
    """Fill an empty store with the demo network; returns the number of contacts."""
    today = today or date.today()
    ids = {contact.full_name: store.contacts.add(contact) for contact in demo_contacts(today)}
    for name, messages in CONVERSATIONS:
        contact_id = ids[name]
        store.activity.add_conversation(Conversation(
            contact_id=contact_id,
            title="",
            messages=[Message(contact_id=contact_id, direction=Direction(direction), sent_at=_at(today, days, hour),
                              text=text) for direction, days, hour, text in messages],
        ))
    for name, direction, days, note in REQUESTS:
        store.activity.add_request(ConnectionRequest(contact_id=ids[name], direction=Direction(direction),
                                                     sent_at=_at(today, days, 12), note=note))
    store.plan.add_many(demo_posts(today))
    for days in (4, 3, 2, 1):
        if (today - timedelta(days=days)).weekday() < 5:
            store.activity.log_checkin(_at(today, days, 8, 15))
    store.settings.save(demo_settings())
    seed_activity(store, today)
    seed_results(store, ids, today)
    seed_feedback(store, today)
    with store.transaction() as unit:
        accept_requests_of_connections(unit.conn)  # the rule every import applies holds for the demo too
    seed_audience(store, today)
    return len(ids)
