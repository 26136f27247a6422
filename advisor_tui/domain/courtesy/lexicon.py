"""Words the general dictionary lacks: the advisor's trade, Austrian and Swiss words, abbreviations."""

from __future__ import annotations

# Finance, banking and business words (and compound parts) a general German dictionary misses or rejects.
BUSINESS_WORDS = frozenset(
    """linkedin xing kfw aval avale avalrahmen avalkredit avalkredite kontokorrent kontokorrentkredit
    kontokorrentlinie factoring leasing banking wealth management depot depots etf etfs fonds mittelständler
    mittelständlern mittelständlers firmenkunden firmenkunde firmenkundenberater firmenkundenberaterin sparkasse
    sparkassen volksbank raiffeisenbank genossenschaftsbank bürgschaftsbank förderbank tilgung zinsbindung forward
    forwards darlehen rückdeckung pensionszusage cashflow cashflows cash pooling treasury onboarding webinar
    webinare newsletter teams zoom meeting meetings feedback kennenlern kennenlerngespräch unternehmerabend
    nachfolgeberatung impulsvortrag gmbh mbh kg ag co ohg ug kgaa gbr email mail mails online digital podcast
    profil vernetzung vernetzungs bav baufinanzierung gewerbeimmobilie gewerbeimmobilien förder kapitaldienst
    kapitaldienstfähigkeit sorry okay ok call calls update updates deadline workshop workshops networking business
    know-how startup startups fintech fintechs coaching recruiting homeoffice swap swaps cap caps floor collar
    hedging rating ratings covenant covenants mezzanine schuldschein schuldscheine schuldscheindarlehen cashpool
    altersvorsorge vorsorge nachhaltigkeitsfonds esg taxonomie green bonds bond bonds anleihe anleihen
    tilgungsaussetzung tilgungszuschuss tilgungsfreijahre tilgungsfrei annuität annuitätendarlehen bürgschaft
    bürgschaften eigenkapital eigenkapitalquote fremdkapital mezzaninekapital liquiditätsplanung liquidität
    working capital asset assets portfolio portfolios private equity venture family office stiftung holding
    vermögensverwaltung vermögensverwaltungsmandat depotbank verwahrstelle zinsswap zinsswaps zinscap
    investitionskredit investitionskredite betriebsmittel betriebsmittelkredit betriebsmittellinie
    unternehmensnachfolge nachfolgeplanung nachfolger nachfolgerin gesellschafterdarlehen gesellschafterkreis
    geschäftsführung geschäftsführerin geschäftsführer vorstand aufsichtsrat beirat compliance kyc aml
    jahresabschluss jahresabschlüsse bilanz bilanzen bwa susa controlling reporting dashboard dashboards
    buy out buyout fondssparplan sparplan sparpläne
    pauschbetrag pauschbeträge sparerpauschbetrag freibetrag freibeträge abgeltungsteuer abgeltungssteuer
    solidaritätszuschlag vorsteuer vorsteuerabzug werbungskostenpauschale
    videotelefonat videocall teams-call rückrufbitte terminvorschlag terminvorschläge""".split()
)

# English loanwords common in German business and software text, as listed in the Duden (anglicisms such as
# App, Account, Login, Dashboard) and used in German user interfaces; plural "-s" forms are derived by the
# speller. A German dictionary lacks most of them, and a typo of a German word is rarely one of them.
LOANWORDS = frozenset(
    """app account login logout team reviewer feed chat ticket tool
    browser server client cloud backup upload download plugin add-on template workflow feature release bug
    support helpdesk hotline link tab button slot session speaker keynote panel event community follower
    post blog vlog livestream stream streaming cookie tracking tracker tablet smartphone laptop desktop device
    software hardware firmware content provider hosting domain website homepage landingpage shop onlineshop
    checkout voucher payment tutorial guide rating review ranking trend tag hashtag story stories
    username passwort-manager manager consultant engineer developer designer admin administrator
    string daemon script token key editor viewer inbox outbox spam filter widget icon screenshot
    call-center callcenter service know-how job jobs benchmark deal pitch office""".split()
)

# Austrian and Swiss words that a de_DE dictionary does not know (used when no de_AT/de_CH dictionary is
# installed; Swiss "ss" for "ß" is accepted by the speller itself).
REGIONAL_WORDS = frozenset(
    """jänner feber paradeiser marille marillen topfen erdäpfel kren obers schlagobers karfiol fisolen ribisel
    melanzani zuckerl semmel semmeln trafik sackerl kassa matura maturant maturantin spital landeshauptmann
    bezirkshauptmannschaft nationalrat bundesrat magistrat heuriger heurigen jause jausen servus grüß
    velo velos parkieren trottoir billett billette grillieren perron glace znüni rüebli allfällig allfällige
    allfälligen innert kantonsrat kanton kantone kantonal kantonale zügeln pendenz pendenzen traktandum traktanden
    vernehmlassung gemeinderat stadtrat bundesrat franken rappen chuchichäschtli grüezi merci""".split()
)

# Abbreviations written with their full stop; "z. B." and "u. a." are single letters and never checked.
ABBREVIATIONS = frozenset(
    """ggf inkl exkl zzgl abzgl bzgl bzw ca evtl usw etc vgl bspw sog ugs urspr insb insbes ggü gem lt lfd
    pos stck stk nr tel mob fax abs abt dipl ing prof dr med jur rer nat mag hr fr str mio mrd tsd jh jhd
    anl anh betr gez ppa zw eigtl allg max min mind vs kap lit ziff st fa bspw pkt mwst ust zt tw od
    anm erg hrsg jan feb apr jun jul aug sept okt nov dez""".split()
)

_OWN_WORD_MAX = 50


def clean_own_word(text: str) -> str:
    """A word for the advisor's own dictionary, trimmed; ValueError with a German reason when it is none."""
    word = text.strip()
    if not word:
        raise ValueError("Bitte ein Wort angeben.")
    if any(ch.isspace() for ch in word):
        raise ValueError(f"„{word}“ ist mehr als ein Wort; bitte einzeln aufnehmen.")
    if len(word) > _OWN_WORD_MAX or not any(ch.isalpha() for ch in word) or not word.isprintable():
        raise ValueError(f"„{word[:_OWN_WORD_MAX]}“ ist kein Wort.")
    return word

# Words that fill business letters and messages: among equally close fixes, these come first ("Nachicht" →
# "Nachricht" before "Nachsicht"); a general dictionary has no frequencies to tell them apart.
COMMON_WORDS = frozenset(
    """nachricht nachrichten termin termine gespräch gespräche unternehmen anfrage anfragen angebot angebote
    antwort rückmeldung grüße grüßen gruß dank danke vielen herzlichen freundlichen beste besten viele liebe
    frage fragen zeit woche wochen monat tag tage montag dienstag mittwoch donnerstag freitag samstag sonntag
    morgen heute gestern gern gerne bitte für über und oder aber auch noch schon sehr wir ihr ihre ihnen sie
    mich mir uns unser unsere ich haben hätte würde können könnte möchte freue melde melden schreibe sende
    unterlagen finanzierung beratung kunden kunde kundin firma bank kredit konto vertrag verträge zinsen
    vermögen nachfolge planung unterstützung interesse kontakt vernetzung einladung veranstaltung vortrag
    erfahrung erfahrungen möglichkeit möglichkeiten lösung lösungen thema themen projekt projekte team
    telefonat telefon rückruf besuch treffen austausch abstimmung vorschlag vorschläge information informationen
    entscheidung ergebnis ergebnisse situation zukunft jahr jahre geschäft geschäftsführer geschäftsführerin
    mitarbeiter mitarbeiterin mitarbeitende erfolg wünsche wünschen bedarf liquidität investition investitionen
    förderung fördermittel absicherung versicherung vorsorge rente anlage geldanlage depot immobilie immobilien
    wichtig gut neue neuen gleich direkt kurz kurze kurzen gemeinsam persönlich persönliches""".split()
)
