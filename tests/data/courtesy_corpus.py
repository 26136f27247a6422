"""Realistic advisor messages with the finding codes the courtesy checker must report (a set per message).

`gap` marks a message where the checker is known to be wrong today: the corpus test asserts that it still
differs (so a fix shows up) and the report counts it as a miss or a false alarm.
"""

from __future__ import annotations

from dataclasses import dataclass

SENDER = "Jonas Hoffmann"


@dataclass(frozen=True)
class Sample:
    """One corpus message and what the checker should find."""

    id: str
    text: str
    expected: frozenset[str]
    to: str | None = None
    channel: str = "linkedin-message"
    premium: bool = False
    gap: str | None = None


def sample(id: str, text: str, expected: str = "", **kwargs: object) -> Sample:
    """A corpus entry; `expected` lists codes separated by spaces."""
    return Sample(id, text, frozenset(expected.split()), **kwargs)  # type: ignore[arg-type]


SIG = "\n\nMit freundlichen Grüßen\nJonas Hoffmann"

CLEAN = [
    sample("clean-reply-doctor", "Sehr geehrte Frau Dr. Müller,\n\nvielen Dank für Ihre Nachricht und Ihr Interesse an "
           "einem Austausch. Gern stelle ich Ihnen unsere Möglichkeiten zur Nachfolgeplanung vor. Passt Ihnen ein "
           "Termin am Dienstag oder Mittwoch?" + SIG, to="Frau Dr. Anna Müller"),
    sample("clean-professor", "Sehr geehrter Herr Professor Keller,\n\nIhr Beitrag zur Unternehmensnachfolge im "
           "Mittelstand hat mich sehr angesprochen. Ich würde mich freuen, mich mit Ihnen darüber auszutauschen."
           + SIG, to="Herr Prof. Dr. Thomas Keller"),
    sample("clean-neutral", "Guten Tag Kim Mayer,\n\nvielen Dank für die Vernetzung. Ich begleite Familienunternehmen "
           "in der Region bei Finanzierung und Nachfolge und freue mich auf den Austausch." + SIG, to="Kim Mayer"),
    sample("clean-guten-tag-comma", "Guten Tag, Herr Weber,\n\nich melde mich wie besprochen mit den Unterlagen zur "
           "Betriebsmittelfinanzierung. Die Übersicht finden Sie im Anhang." + SIG, to="Herr Klaus Weber"),
    sample("clean-guten-tag-no-comma", "Guten Tag Herr Weber,\n\nanbei erhalten Sie wie vereinbart die Konditionen "
           "für den Kontokorrentrahmen. Rufen Sie mich gern an, wenn Sie Fragen haben." + SIG, to="Herr Klaus Weber"),
    sample("clean-damen-herren", "Sehr geehrte Damen und Herren,\n\nich interessiere mich für Ihre Veranstaltung zur "
           "Unternehmensnachfolge und bitte um Zusendung der Unterlagen." + SIG),
    sample("clean-third-person-sie", "Sehr geehrter Herr Brandt,\n\ndie Zahlen des letzten Quartals liegen mir vor. "
           "Sie zeigen, dass sich die Investitionen gelohnt haben, und sie zeigen auch, wo noch Spielraum "
           "besteht. Gern bespreche ich das mit Ihnen." + SIG, to="Herr Martin Brandt"),
    sample("clean-st-words", "Sehr geehrte Frau Schneider,\n\nich habe selbst erlebt, wie wichtig eine frühe "
           "Nachfolgeplanung ist. Fast jedes zweite Familienunternehmen steht in den nächsten Jahren vor dieser "
           "Frage. Unser Dienst umfasst zuerst eine Analyse, erst danach ein Angebot. Meist reicht ein erstes "
           "Gespräch, um die Lage einzuschätzen." + SIG, to="Frau Petra Schneider"),
    sample("clean-long-compounds", "Sehr geehrter Herr Dr. Lehmann,\n\nvielen Dank für das angenehme Gespräch auf "
           "dem Unternehmerabend. Wie besprochen fasse ich die Themen zusammen: die Betriebsmittelfinanzierung für "
           "das Wachstum im Auslandsgeschäft, eine Erhöhung des Kontokorrentrahmens, die Absicherung der "
           "Zinsänderungsrisiken und die Nachfolgeplanung für die Geschäftsführung. Zur "
           "Investitionsfinanzierung der neuen Fertigungshalle prüfen wir zusätzlich Förderkredite der KfW und "
           "einen Tilgungszuschuss. Für die Liquiditätsplanung schlage ich ein gemeinsames Arbeitstreffen mit "
           "Ihrem Steuerberater vor. Ich freue mich auf die weitere Zusammenarbeit." + SIG, to="Herr Dr. Peter Lehmann"),
    sample("clean-long-pension", "Sehr geehrte Frau Krause,\n\nSie hatten nach Möglichkeiten der betrieblichen "
           "Altersvorsorge für Ihre Mitarbeiterinnen und Mitarbeiter gefragt. Neben der Direktversicherung kommt "
           "für Sie als Gesellschafterin auch eine Pensionszusage mit Rückdeckungsversicherung in Betracht. Die "
           "Vor- und Nachteile stelle ich Ihnen gern in einem persönlichen Gespräch vor. Bitte teilen Sie mir mit, "
           "welcher Termin Ihnen passt." + SIG, to="Frau Sabine Krause"),
    sample("clean-note", "Sehr geehrte Frau Dr. Müller,\nich begleite Familienunternehmen bei Finanzierung und "
           "Nachfolge. Über eine Vernetzung mit Ihnen würde ich mich freuen.\n\nBeste Grüße\nJonas Hoffmann",
           to="Frau Dr. Anna Müller", channel="linkedin-note"),
    sample("clean-note-premium", "Sehr geehrter Herr Weber,\nIhr Beitrag über die Nachfolge in Ihrem Familienbetrieb "
           "hat mich beeindruckt. Ich begleite seit vielen Jahren Unternehmerfamilien in Ostwestfalen und würde "
           "mich über eine Vernetzung sehr freuen.\n\nViele Grüße\nJonas Hoffmann",
           to="Herr Klaus Weber", channel="linkedin-note", premium=True),
    sample("clean-viele-gruesse", "Sehr geehrter Herr Özdemir,\n\nherzlichen Dank für die Einladung zu Ihrem "
           "Firmenjubiläum. Ich komme sehr gern und bringe meine Kollegin aus dem Private Banking mit.\n\n"
           "Viele Grüße\nJonas Hoffmann", to="Herr Cem Özdemir"),
    sample("clean-herzliche", "Liebe Frau Wagner,\n\nich gratuliere Ihnen herzlich zur Übernahme der "
           "Geschäftsführung. Für die neue Aufgabe wünsche ich Ihnen viel Erfolg und freue mich auf unser "
           "nächstes Gespräch.\n\nHerzliche Grüße\nJonas Hoffmann", to="Frau Julia Wagner"),
    sample("clean-lieber-herr", "Lieber Herr Schulte,\n\nschön, dass wir uns auf der Messe kennengelernt haben. Wie "
           "versprochen sende ich Ihnen die Broschüre zur Unternehmensnachfolge.\n\nBeste Grüße\nJonas Hoffmann",
           to="Herr Frank Schulte"),
    sample("clean-hallo-herr", "Hallo Herr Becker,\n\nvielen Dank für Ihre schnelle Rückmeldung. Den Termin am "
           "Donnerstag um zehn Uhr habe ich eingetragen." + SIG, to="Herr Stefan Becker"),
    sample("clean-inmail", "Sehr geehrte Frau Hartmann,\n\nals Firmenkundenberater der Sparkasse begleite ich "
           "mittelständische Unternehmen in der Region. Ihr Unternehmen ist mir durch die Erweiterung Ihres "
           "Standorts aufgefallen. Gern würde ich Ihnen in einem kurzen Telefonat zeigen, wie wir Investitionen "
           "dieser Art mit Fördermitteln begleiten." + SIG, to="Frau Claudia Hartmann", channel="linkedin-inmail"),
    sample("clean-xing", "Sehr geehrter Herr Vogel,\n\nvielen Dank für Ihre Kontaktanfrage auf XING. Ich nehme sie "
           "gern an und freue mich auf den Austausch über die Finanzierung Ihrer Photovoltaikanlage." + SIG,
           to="Herr Andreas Vogel", channel="xing-message"),
    sample("clean-post", "Unternehmensnachfolge beginnt nicht mit dem Notartermin, sondern mit einem offenen "
           "Gespräch in der Familie. In meinem neuen Beitrag fasse ich die fünf häufigsten Fragen zusammen, die "
           "mir Unternehmerinnen und Unternehmer stellen. #Nachfolge #Mittelstand", channel="linkedin-post"),
    sample("clean-post-sie", "Planen Sie eine Investition in diesem Jahr? Dann lohnt ein Blick auf die aktuellen "
           "Förderprogramme. Gern beantworte ich Ihre Fragen in einem persönlichen Gespräch.",
           channel="linkedin-post"),
    sample("clean-reschedule", "Sehr geehrte Frau Lange,\n\nleider muss ich unseren Termin am Freitag verschieben, "
           "da ein Kundentermin kurzfristig vorgezogen wurde. Würde Ihnen der kommende Montag um 14 Uhr passen?"
           + SIG, to="Frau Monika Lange"),
    sample("clean-thanks-intro", "Sehr geehrter Herr Neumann,\n\nHerr Krüger hat mir empfohlen, mich bei Ihnen zu "
           "melden. Er berichtete, dass Sie die Übergabe Ihres Betriebs an Ihre Tochter planen. Gern unterstütze "
           "ich Sie dabei mit unserer Erfahrung aus vielen Nachfolgeregelungen." + SIG, to="Herr Georg Neumann"),
    sample("clean-she-reference", "Sehr geehrter Herr Fischer,\n\nmeine Kollegin Frau Berger betreut das Private "
           "Banking in unserem Haus. Sie ist ab Montag aus dem Urlaub zurück und meldet sich dann bei Ihnen." + SIG,
           to="Herr Lukas Fischer"),
    sample("clean-they-customers", "Sehr geehrte Frau Roth,\n\nviele unserer Kunden haben in den letzten Monaten "
           "ihre Lagerbestände erhöht. Wir haben ihnen dafür flexible Kreditlinien angeboten, und sie nutzen "
           "diese sehr gezielt. Gern erläutere ich Ihnen, ob das auch für Ihr Unternehmen sinnvoll ist." + SIG,
           to="Frau Eva Roth"),
    sample("clean-two-lines", "Sehr geehrter Herr Jung,\n\nvielen Dank, die Unterlagen sind angekommen. Ich melde "
           "mich bis Ende der Woche mit einer ersten Einschätzung." + SIG, to="Herr Tobias Jung"),
    sample("clean-decline", "Sehr geehrte Frau Kaiser,\n\nvielen Dank für Ihre Nachricht und Ihr Angebot. Derzeit "
           "habe ich dafür keinen Bedarf. Sollte sich das ändern, komme ich gern auf Sie zu." + SIG,
           to="Frau Nina Kaiser"),
    sample("clean-no-recipient-name", "Sehr geehrter Herr Albers,\n\nich freue mich, dass wir uns nun auch hier "
           "vernetzt haben. Auf ein baldiges Wiedersehen beim nächsten Unternehmerfrühstück!" + SIG),
    sample("clean-hyphen-names", "Sehr geehrte Frau Meyer-Lüdenscheidt,\n\nvielen Dank für Ihren Rückruf. Die "
           "Unterlagen für die Leasingfinanzierung Ihrer neuen Fahrzeugflotte sende ich Ihnen morgen per E-Mail."
           + SIG, to="Frau Karin Meyer-Lüdenscheidt"),
    sample("clean-company", "Sehr geehrter Herr Brockmann,\n\nich habe gelesen, dass die Brockmann Logistik GmbH "
           "einen neuen Standort in Gütersloh eröffnet. Herzlichen Glückwunsch! Gern stelle ich Ihnen vor, wie "
           "wir solche Vorhaben finanzieren." + SIG, to="Herr Jan Brockmann"),
    sample("clean-question-ihnen", "Sehr geehrte Frau Yilmaz,\n\nwie geht es Ihnen nach dem Umzug in die neuen "
           "Räume? Ich hoffe, der Betrieb läuft wieder wie gewohnt. Wenn Sie Zeit haben, komme ich gern auf einen "
           "Kaffee vorbei." + SIG, to="Frau Aylin Yilmaz"),
    sample("clean-link", "Sehr geehrter Herr Schäfer,\n\nhier finden Sie die Anmeldung zu unserem Webinar über "
           "Zinsabsicherung: https://www.example-bank.de/webinar-zins. Ich würde mich freuen, Sie dort zu "
           "begrüßen." + SIG, to="Herr Uwe Schäfer"),
    sample("clean-haben-sie-capital", "Sehr geehrter Herr Wolf,\n\nhaben Sie am Donnerstag Zeit für ein kurzes "
           "Telefonat? Ich möchte Ihnen ein Angebot zur Anschlussfinanzierung vorstellen." + SIG,
           to="Herr Dieter Wolf"),
]

GREETING = [
    sample("missing-greeting", "ich möchte Ihnen gern unser neues Angebot zur Nachfolgeplanung vorstellen. Haben Sie "
           "nächste Woche Zeit?" + SIG, "greeting-missing", to="Herr Klaus Weber"),
    sample("missing-greeting-direct", "Vielen Dank für die Vernetzung. Ich begleite Familienunternehmen bei "
           "Finanzierungsfragen." + SIG, "greeting-missing"),
    sample("missing-greeting-name-only", "Herr Weber, anbei die Unterlagen zum Kontokorrentrahmen. Bei Fragen rufen "
           "Sie mich gern an." + SIG, "greeting-missing", to="Herr Klaus Weber"),
    sample("agreement-geehrter-frau", "Sehr geehrter Frau Müller,\n\nvielen Dank für Ihre Anfrage. Ich melde mich "
           "morgen mit einem Terminvorschlag." + SIG, "greeting-agreement", to="Frau Anna Müller"),
    sample("agreement-geehrte-herr", "Sehr geehrte Herr Weber,\n\nvielen Dank für das Gespräch. Die Unterlagen "
           "folgen in Kürze." + SIG, "greeting-agreement", to="Herr Klaus Weber"),
    sample("agreement-lieber-frau", "Lieber Frau Wagner,\n\nherzlichen Glückwunsch zum Firmenjubiläum! Ich wünsche "
           "Ihnen und Ihrem Team weiterhin viel Erfolg." + SIG, "greeting-agreement", to="Frau Julia Wagner"),
    sample("agreement-damen", "Sehr geehrter Damen und Herren,\n\nbitte senden Sie mir die Unterlagen zu Ihrer "
           "Veranstaltung." + SIG, "greeting-agreement"),
    sample("name-other-person", "Sehr geehrte Frau Schmidt,\n\nvielen Dank für Ihre Nachricht. Gern stelle ich "
           "Ihnen unser Angebot vor." + SIG, "greeting-name", to="Frau Anna Müller"),
    sample("name-wrong-gender", "Sehr geehrter Herr Mayer,\n\nvielen Dank für Ihre Nachricht. Gern stelle ich Ihnen "
           "unser Angebot vor." + SIG, "greeting-name", to="Frau Lena Mayer"),
    sample("name-damen-known", "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Gern stelle ich "
           "Ihnen unser Angebot vor." + SIG, "greeting-name", to="Frau Lena Mayer"),
    sample("name-copy-paste", "Guten Tag Herr Lehmann,\n\nich habe Ihr Profil mit Interesse gelesen und würde mich "
           "über einen Austausch freuen." + SIG, "greeting-name", to="Herr Klaus Weber"),
    sample("informal-hallo-first", "Hallo Anna,\n\nvielen Dank für Ihre Nachricht. Gern stelle ich Ihnen unser "
           "Angebot vor." + SIG, "greeting-informal", to="Frau Anna Müller"),
    sample("informal-hi", "Hi Herr Weber,\n\nvielen Dank für Ihre Nachricht. Gern stelle ich Ihnen unser Angebot "
           "vor." + SIG, "greeting-casual", to="Herr Klaus Weber"),
    sample("informal-moin", "Moin,\n\nvielen Dank für Ihre Nachricht. Gern stelle ich Ihnen unser Angebot vor." + SIG,
           "greeting-informal"),
    sample("informal-servus", "Servus Thomas,\n\nwie besprochen sende ich Ihnen die Unterlagen." + SIG,
           "greeting-informal", to="Herr Thomas Keller"),
    sample("informal-liebe-first", "Liebe Petra,\n\nvielen Dank für die Einladung. Ich komme gern." + SIG,
           "greeting-informal", to="Frau Petra Schneider"),
    sample("informal-hey", "Hey,\n\nich habe gesehen, dass Sie einen Nachfolger suchen. Sollen wir telefonieren?"
           + SIG, "greeting-informal"),
    sample("comma-missing", "Sehr geehrte Frau Müller\n\nvielen Dank für Ihre Nachricht. Ich melde mich morgen."
           + SIG, "greeting-comma", to="Frau Anna Müller"),
    sample("comma-exclamation", "Sehr geehrter Herr Weber!\n\nVielen Dank für Ihre Nachricht. Ich melde mich morgen."
           + SIG, "greeting-comma", to="Herr Klaus Weber"),
    sample("comma-damen", "Sehr geehrte Damen und Herren\n\nbitte senden Sie mir Ihre Preisliste." + SIG,
           "greeting-comma"),
    sample("title-missing", "Sehr geehrte Frau Müller,\n\nvielen Dank für Ihre Nachricht. Ich melde mich morgen."
           + SIG, "greeting-title", to="Frau Dr. Anna Müller"),
    sample("title-prof-abbreviated", "Sehr geehrter Herr Prof. Dr. Keller,\n\nvielen Dank für Ihren Vortrag. Ich "
           "würde mich über einen Austausch freuen." + SIG, "greeting-title", to="Herr Prof. Dr. Thomas Keller"),
]

REGISTER = [
    sample("du-hast-du", "Hallo Anna, hast du Zeit?", "greeting-informal du-form closing-missing",
           to="Frau Anna Müller"),
    sample("du-dich", "Sehr geehrter Herr Weber,\n\nich würde mich freuen, dich nächste Woche zu treffen." + SIG,
           "du-form", to="Herr Klaus Weber"),
    sample("du-dein", "Sehr geehrte Frau Müller,\n\nvielen Dank für deine Nachricht. Ich melde mich morgen." + SIG,
           "du-form", to="Frau Anna Müller"),
    sample("du-kannst", "Sehr geehrter Herr Weber,\n\nkannst du mir die Bilanz bis Freitag schicken?" + SIG,
           "du-form", to="Herr Klaus Weber"),
    sample("du-meld-dich", "Sehr geehrte Frau Müller,\n\nich habe die Unterlagen geprüft. Meld dich einfach, wenn "
           "es passt." + SIG, "du-form", to="Frau Anna Müller"),
    sample("du-euch", "Sehr geehrte Damen und Herren,\n\nich würde euch gern unser Angebot vorstellen. Habt ihr "
           "nächste Woche Zeit?" + SIG, "du-form"),
    sample("du-schreib-mir", "Sehr geehrter Herr Weber,\n\ndie Unterlagen sind fertig. Schreib mir kurz, wann es "
           "dir passt." + SIG, "du-form", to="Herr Klaus Weber"),
    sample("du-capital-Du", "Sehr geehrte Frau Müller,\n\nich danke Dir für das Gespräch und freue mich auf Deine "
           "Rückmeldung." + SIG, "du-form", to="Frau Anna Müller"),
    sample("sie-haben-sie", "Sehr geehrter Herr Weber,\n\nhaben sie nächste Woche Zeit für ein Gespräch?" + SIG,
           "sie-lowercase", to="Herr Klaus Weber"),
    sample("sie-danke-ihnen", "Sehr geehrte Frau Müller,\n\nich danke ihnen für das angenehme Gespräch." + SIG,
           "sie-lowercase", to="Frau Anna Müller"),
    sample("sie-sende-ihnen", "Sehr geehrter Herr Weber,\n\nwie besprochen sende ich ihnen die Unterlagen zur "
           "Betriebsmittelfinanzierung." + SIG, "sie-lowercase", to="Herr Klaus Weber"),
    sample("sie-ihre-nachricht", "Sehr geehrte Frau Müller,\n\nvielen Dank für ihre Nachricht. Ich melde mich "
           "morgen." + SIG, "sie-lowercase", to="Frau Anna Müller"),
    sample("sie-melden-sie", "Sehr geehrter Herr Weber,\n\ndie Unterlagen liegen vor. Melden sie sich gern, wenn "
           "Fragen auftauchen." + SIG, "sie-lowercase", to="Herr Klaus Weber"),
    sample("sie-von-ihnen-hoeren", "Sehr geehrte Frau Müller,\n\nich freue mich, von ihnen zu hören." + SIG,
           "sie-lowercase", to="Frau Anna Müller"),
    sample("sie-wenn-sie-interesse", "Sehr geehrter Herr Weber,\n\nwenn sie Interesse an einem Austausch haben, "
           "rufen Sie mich gern an." + SIG, "sie-lowercase", to="Herr Klaus Weber"),
    sample("sie-ihr-profil", "Sehr geehrte Frau Müller,\n\nich habe ihr Profil mit Interesse gelesen und würde mich "
           "über eine Vernetzung freuen." + SIG, "sie-lowercase", to="Frau Anna Müller"),
    sample("sie-kennenzulernen", "Sehr geehrter Herr Weber,\n\nich würde mich freuen, sie persönlich "
           "kennenzulernen." + SIG, "sie-lowercase", to="Herr Klaus Weber"),
    sample("sie-bei-ihnen-melden", "Sehr geehrte Frau Müller,\n\ngern werde ich mich nächste Woche bei ihnen "
           "melden." + SIG, "sie-lowercase", to="Frau Anna Müller"),
    sample("sie-mixed-missed", "Sehr geehrter Herr Weber,\n\nich hoffe, sie hatten einen guten Start in die "
           "Woche." + SIG, "sie-lowercase", to="Herr Klaus Weber",
           gap="lowercase 'sie' after a comma-clause without a cue verb is not recognised"),
]

CLOSING = [
    sample("closing-missing", "Sehr geehrter Herr Weber,\n\nvielen Dank für Ihre Nachricht. Ich melde mich morgen "
           "mit einem Terminvorschlag.", "closing-missing", to="Herr Klaus Weber"),
    sample("closing-missing-name-only", "Sehr geehrte Frau Müller,\n\nanbei die gewünschten Unterlagen. Bei Fragen "
           "stehe ich Ihnen gern zur Verfügung.\n\nJonas Hoffmann", "closing-missing", to="Frau Anna Müller"),
    sample("closing-abbreviated", "Sehr geehrter Herr Weber,\n\nvielen Dank für das Gespräch. Die Unterlagen folgen "
           "morgen.\n\nMfG\nJonas Hoffmann", "closing-abbreviated", to="Herr Klaus Weber"),
    sample("closing-comma", "Sehr geehrte Frau Müller,\n\nvielen Dank für Ihre Nachricht. Ich melde mich morgen.\n\n"
           "Mit freundlichen Grüßen,\nJonas Hoffmann", "closing-comma", to="Frau Anna Müller"),
    sample("closing-comma-viele", "Sehr geehrter Herr Weber,\n\nvielen Dank für Ihre Rückmeldung. Ich freue mich auf "
           "unser Treffen.\n\nViele Grüße,\nJonas Hoffmann", "closing-comma", to="Herr Klaus Weber"),
    sample("closing-period", "Sehr geehrte Frau Müller,\n\nvielen Dank für Ihre Nachricht. Ich melde mich morgen.\n\n"
           "Mit freundlichen Grüßen.\nJonas Hoffmann", "closing-comma", to="Frau Anna Müller"),
]

CONTENT = [
    sample("canned-danke", "Danke!", "canned-reply"),
    sample("canned-ok", "Ok", "canned-reply"),
    sample("canned-gerne-framed", "Sehr geehrter Herr Weber,\n\nGerne!" + SIG, "canned-reply", to="Herr Klaus Weber"),
    sample("canned-emoji", "👍", "canned-reply"),
    sample("canned-vielen-dank", "Vielen Dank 🙂", "canned-reply"),
    sample("canned-super-danke", "Super, danke!", "canned-reply"),
    sample("apology-selten-hier", "Sehr geehrte Frau Müller,\n\nentschuldigen Sie bitte, ich bin ja so selten hier. "
           "Vielen Dank für Ihre Nachricht, gern stelle ich Ihnen unser Angebot vor." + SIG, "apology-absence",
           to="Frau Anna Müller"),
    sample("apology-sorry-spaet", "Sehr geehrter Herr Weber,\n\nsorry für die späte Antwort. Die Unterlagen sende "
           "ich Ihnen morgen zu." + SIG, "apology-absence", to="Herr Klaus Weber"),
    sample("apology-entschuldigen-verspaetet", "Sehr geehrte Frau Müller,\n\nbitte entschuldigen Sie meine "
           "verspätete Rückmeldung. Gern nehme ich Ihre Einladung an." + SIG, "apology-absence",
           to="Frau Anna Müller"),
    sample("apology-selten-online", "Sehr geehrter Herr Weber,\n\nda ich nur selten auf LinkedIn unterwegs bin, "
           "sehe ich Ihre Nachricht erst jetzt. Gern telefonieren wir." + SIG, "apology-absence",
           to="Herr Klaus Weber"),
    sample("apology-erst-jetzt", "Sehr geehrte Frau Müller,\n\nentschuldigen Sie, dass ich mich erst jetzt melde. "
           "Die Unterlagen liegen nun vor." + SIG, "apology-absence", to="Frau Anna Müller"),
    sample("sensitive-party", "Sehr geehrter Herr Weber,\n\nnach dem Ergebnis der Bundestagswahl rechne ich mit "
           "höheren Steuern. Gern bespreche ich mit Ihnen, was das für Ihr Unternehmen bedeutet." + SIG,
           "sensitive-topic", to="Herr Klaus Weber"),
    sample("sensitive-party-name", "Sehr geehrte Frau Müller,\n\ndie Wirtschaftspolitik der SPD wird den Mittelstand "
           "belasten. Umso wichtiger ist eine solide Finanzierung." + SIG, "sensitive-topic", to="Frau Anna Müller"),
    sample("sensitive-management", "Sehr geehrter Herr Weber,\n\nunser Vorstand hat leider keine Ahnung vom "
           "Mittelstand, aber ich versuche trotzdem, Ihnen ein gutes Angebot zu machen." + SIG, "sensitive-topic",
           to="Herr Klaus Weber"),
    sample("sensitive-pressure", "Sehr geehrte Frau Müller,\n\nder Vertriebsdruck bei uns ist im Moment enorm, "
           "deshalb wäre ein Abschluss noch in diesem Quartal ideal." + SIG, "sensitive-topic",
           to="Frau Anna Müller"),
    sample("sensitive-quota", "Sehr geehrter Herr Weber,\n\nich muss meine Zielvorgaben bis Ende des Monats "
           "erreichen. Hätten Sie Interesse an einem Fondssparplan?" + SIG, "sensitive-topic", to="Herr Klaus Weber"),
    sample("sensitive-sell", "Sehr geehrte Frau Müller,\n\ndiesen Monat muss ich noch drei Versicherungen "
           "verkaufen. Darf ich Ihnen ein Angebot schicken?" + SIG, "sensitive-topic", to="Frau Anna Müller"),
]

SPELLING = [
    sample("typo-nachicht", "Sehr geehrter Herr Weber,\n\nvielen Dank für Ihre Nachicht. Ich melde mich morgen."
           + SIG, "spelling", to="Herr Klaus Weber"),
    sample("typo-gespraech", "Sehr geehrte Frau Müller,\n\nvielen Dank für das angenehme Gesprräch. Ich melde mich morgen." + SIG,
           "spelling", to="Frau Anna Müller"),
    sample("typo-termn", "Sehr geehrter Herr Weber,\n\nich bestätige den Termn am Dienstag." + SIG, "spelling",
           to="Herr Klaus Weber"),
    sample("typo-finanzirung", "Sehr geehrte Frau Müller,\n\ngern erläutere ich Ihnen die Finanzirung Ihrer neuen "
           "Maschinen." + SIG, "spelling", to="Frau Anna Müller"),
    sample("typo-compound", "Sehr geehrter Herr Weber,\n\ndas Beratugsgespräch findet am Montag statt." + SIG,
           "spelling", to="Herr Klaus Weber"),
    sample("typo-lowercase", "Sehr geehrte Frau Müller,\n\ngern unterstütze ich Sie bei der Planng Ihrer "
           "Nachfolge." + SIG, "spelling", to="Frau Anna Müller"),
    sample("typo-compound-altersvorsoge", "Sehr geehrter Herr Weber,\n\ngern berate ich Sie zur Altersvorsoge "
           "Ihrer Mitarbeiter." + SIG, "spelling", to="Herr Klaus Weber",
           gap="Hunspell itself builds Alters|vor|Soge; its verdict on long words is trusted (it rejects far fewer "
               "correct compounds than the splitter)"),
    sample("typo-compound-missed", "Sehr geehrter Herr Weber,\n\nIhre Eigenkaptalquote ist solide, daher sehe "
           "ich gute Chancen für die Finanzierung." + SIG, "spelling", to="Herr Klaus Weber"),
    sample("typo-fugen-s-missed", "Sehr geehrte Frau Müller,\n\nfür Ihre Mitarbeiter kommt eine Pensionzusage "
           "in Betracht." + SIG, "spelling", to="Frau Anna Müller"),
    sample("names-known", "Sehr geehrte Frau Wróblewska,\n\nvielen Dank, Frau Wróblewska, für die Einladung nach "
           "Bielefeld. Ich freue mich darauf.\n\nMit freundlichen Grüßen\nJonas Hoffmann",
           to="Frau Agnieszka Wróblewska"),
]

LENGTH = [
    sample("length-note", "Sehr geehrte Frau Dr. Müller,\nich begleite seit vielen Jahren Familienunternehmen bei "
           "Finanzierung, Nachfolge und Vermögensfragen und habe Ihr Profil mit großem Interesse gelesen. Über eine "
           "Vernetzung mit Ihnen würde ich mich sehr freuen.\n\nBeste Grüße\nJonas Hoffmann", "length-limit",
           to="Frau Dr. Anna Müller", channel="linkedin-note"),
    sample("length-note-premium-ok", "Sehr geehrte Frau Dr. Müller,\nich begleite seit vielen Jahren "
           "Familienunternehmen bei Finanzierung, Nachfolge und Vermögensfragen und habe Ihr Profil mit großem "
           "Interesse gelesen. Über eine Vernetzung mit Ihnen würde ich mich sehr freuen.\n\nBeste Grüße\n"
           "Jonas Hoffmann", to="Frau Dr. Anna Müller", channel="linkedin-note", premium=True),
    sample("length-inmail", "Sehr geehrter Herr Weber,\n\n" + "Gern stelle ich Ihnen unsere Lösungen zur "
           "Finanzierung und Nachfolge vor. " * 30 + SIG, "length-limit", to="Herr Klaus Weber",
           channel="linkedin-inmail"),
]

MIXED = [
    sample("mixed-casual-all", "Hey Anna,\n\nsorry für die späte Antwort, bin ja so selten hier. Hast du Lust auf "
           "einen Kaffee?\n\nLG Jonas", "greeting-informal apology-absence du-form closing-abbreviated",
           to="Frau Anna Müller"),
    sample("mixed-agreement-lower", "Sehr geehrte Herr Weber\n\ndanke für ihre Nachricht. Haben sie Zeit am "
           "Montag?\n\nMit freundlichen Grüßen,\nJonas Hoffmann",
           "greeting-agreement greeting-comma sie-lowercase closing-comma", to="Herr Klaus Weber"),
    sample("mixed-note-too-long-du", "Hallo Klaus,\nich hab gesehen, dass du auch im Maschinenbau unterwegs bist. "
           "Wir sollten uns unbedingt mal austauschen, ich habe da ein paar Ideen für deine Finanzierung und für "
           "die Nachfolge in deinem Betrieb, die dich interessieren könnten!", "greeting-informal du-form "
           "closing-missing length-limit", to="Herr Klaus Weber", channel="linkedin-note"),
    sample("mixed-politics-typo", "Sehr geehrte Frau Müller,\n\nder Wahlkampf lähmt gerade viele Entscheidungen. "
           "Trotzdem lohnt sich ein Gesprräch über Ihre Pläne." + SIG, "sensitive-topic spelling",
           to="Frau Anna Müller"),
]

# Written after the rules, to probe for false alarms on text the rules were not tuned on.
PROBES = [
    sample("probe-they-time", "Sehr geehrter Herr Kuhn,\n\nviele Unternehmer sagen mir, dass sie zu wenig Zeit "
           "für die Nachfolgeplanung haben. Deshalb biete ich einen kompakten Workshop an, der in zwei Stunden die "
           "wichtigsten Schritte zeigt." + SIG, to="Herr Ralf Kuhn"),
    sample("probe-gruene-woche", "Sehr geehrte Frau Pohl,\n\nauf der Grünen Woche in Berlin habe ich Ihren Stand "
           "besucht. Ihre regionalen Produkte haben mich überzeugt, und ich würde gern über die Finanzierung Ihrer "
           "Expansion sprechen." + SIG, to="Frau Heike Pohl"),
    sample("probe-client-sells", "Sehr geehrter Herr Arnold,\n\nSie fragten, ob Sie das Betriebsgrundstück "
           "verkaufen müssen, um die Nachfolge zu regeln. Das ist nicht zwingend: Oft lässt sich eine "
           "Kaufpreisfinanzierung mit einem Verkäuferdarlehen kombinieren." + SIG, to="Herr Bernd Arnold"),
    sample("probe-vocabulary", "Sehr geehrte Frau Engel,\n\nzur Vorbereitung unseres Termins mit Ihrem "
           "Steuerberater und dem Wirtschaftsprüfer habe ich die Eckpunkte zusammengestellt: Gründung einer "
           "Familienholding, Anpassung des Gesellschaftsvertrags, Bewertung der Anteile und ein möglicher "
           "Management-Buy-out durch die langjährige Prokuristin. Die Tilgungspläne für die bestehenden Darlehen "
           "bringe ich mit." + SIG, to="Frau Ute Engel"),
    sample("probe-her-team", "Sehr geehrter Herr Dietrich,\n\nmeine Kollegin Frau Sommer hat ihr Team im "
           "Firmenkundengeschäft verstärkt. Sie wird Sie künftig gemeinsam mit mir betreuen." + SIG,
           to="Herr Olaf Dietrich"),
    sample("probe-embedded-closing", "Sehr geehrte Frau Seidel,\n\nich freue mich auf Ihre Antwort und verbleibe "
           "mit freundlichen Grüßen\nJonas Hoffmann", to="Frau Maria Seidel"),
    sample("probe-documents-them", "Sehr geehrter Herr Horn,\n\ndie Jahresabschlüsse sind heute eingegangen. Ich "
           "werde sie bis Mittwoch prüfen und Ihnen dann eine erste Einschätzung geben." + SIG, to="Herr Felix Horn"),
    sample("probe-greetings-to-team", "Sehr geehrte Frau Busch,\n\nvielen Dank für den freundlichen Empfang in "
           "Ihrem Betrieb. Bitte richten Sie auch Ihrem Team herzliche Grüße aus; die Führung durch die Produktion "
           "war sehr aufschlussreich." + SIG, to="Frau Sandra Busch"),
]

CORPUS: list[Sample] = [*CLEAN, *PROBES, *GREETING, *REGISTER, *CLOSING, *CONTENT, *SPELLING, *LENGTH, *MIXED]


def score(found_by_sample: dict[str, set[str]]) -> dict[str, object]:
    """Recall and false alarms over the corpus: per code, and overall (sample-level codes)."""
    per_code: dict[str, dict[str, int]] = {}
    for item in CORPUS:
        found = found_by_sample[item.id]
        for code in item.expected | found:
            counts = per_code.setdefault(code, {"expected": 0, "found": 0, "false_alarms": 0})
            counts["expected"] += code in item.expected
            counts["found"] += code in item.expected and code in found
            counts["false_alarms"] += code in found and code not in item.expected
    expected = sum(c["expected"] for c in per_code.values())
    hits = sum(c["found"] for c in per_code.values())
    clean = [item for item in CORPUS if not item.expected]
    return {
        "samples": len(CORPUS),
        "clean_samples": len(clean),
        "recall": hits / expected if expected else 1.0,
        "false_alarms": sum(c["false_alarms"] for c in per_code.values()),
        "clean_samples_with_false_alarm": sum(bool(found_by_sample[item.id]) for item in clean),
        "per_code": per_code,
    }
