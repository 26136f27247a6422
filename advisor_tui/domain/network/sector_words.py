"""The words behind sector suggestions: company and job-title words that point to a WZ 2008 section."""

from __future__ import annotations

from advisor_tui.domain.network.lexicon import Lexicon

# "" marks a word that is known but tells no sector; it still overrides the stems inside it
# (a Handwerkskammer is no "*werk" factory, a Holding is no particular trade).
_SECTOR_PATTERNS: dict[str, tuple[str, ...]] = {
    "A": (
        "landwirtschaft*", "*landwirtschaft", "landwirt*", "agrar*", "weingut", "*weingut", "weinbau", "winzer*",
        "*winzer", "bauernhof", "forst*", "*forst", "gärtnerei", "baumschule", "obstbau", "gartenbau",
        "fischerei", "*fischerei", "gestüt", "hofgut", "milchvieh*", "landgut", "*agrar",
    ),
    "B": ("bergbau", "steinbruch", "*steinbruch", "kieswerk*", "tagebau", "*bergbau", "kiesgrube", "sandgrube"),
    "C": (
        "maschinenbau", "*maschinenbau", "*anlagenbau", "anlagenbau", "metallbau", "*metallbau", "stahlbau",
        "*stahlbau", "werkzeugbau", "*werkzeugbau", "formenbau", "fahrzeugbau", "*fahrzeugbau", "karosseriebau",
        "gerätebau", "apparatebau", "modellbau", "schiffbau", "bootsbau", "orgelbau", "*werk", "*werke",
        "manufaktur", "*manufaktur", "fabrik", "*fabrik", "fertigung*", "*fertigung", "produktion*", "metall*",
        "*metall", "kunststoff*", "*kunststoff", "druckerei", "*druckerei", "bäckerei", "*bäckerei", "bäcker*",
        "brauerei", "*brauerei", "metzgerei", "*metzgerei", "metzger*", "fleischerei", "schreinerei",
        "tischlerei", "*schreinerei", "*tischlerei", "chemie", "*chemie", "pharma*", "automotive", "textil*",
        "möbel*", "industrie*", "*industrie", "gießerei", "*gießerei", "präzisionstechnik", "medizintechnik",
        "verpackung*", "lebensmittel*", "molkerei", "*technik", "elektronik*", "*elektronik", "mechanik",
        "zerspanung*", "feinmechanik", "mühle", "*mühle", "sägewerk", "konditorei",
    ),
    "D": (
        "stadtwerk*", "energie*", "*energie", "energy", "solar*", "*solar", "solartechnik", "energietechnik",
        "photovoltaik*", "windpark*",
        "windkraft*", "kraftwerk*", "*kraftwerk", "energieversorg*", "netzbetreiber", "biogas*", "*strom",
        "gasversorg*", "fernwärme*",
    ),
    "E": (
        "entsorgung*", "*entsorgung", "recycling*", "*recycling", "abfall*", "wasserversorg*", "abwasser*",
        "wasserwerk*", "klärwerk*", "wasserverband", "kreislaufwirtschaft", "containerdienst",
    ),
    "F": (
        "bau", "*bau", "bauunternehm*", "*bauunternehmung", "bauunternehmen", "baugesellschaft",
        "*baugesellschaft", "baugeschäft", "bautechnik", "bauträger*", "bauleiter*", "bauleitung", "bauwesen",
        "dachdecker*", "*dachdeckerei", "bedachung*", "zimmerei", "*zimmerei", "zimmerer*", "malerbetrieb",
        "maler", "malermeister*", "stuckateur*", "sanitär*", "*sanitär", "heizung*", "*heizung", "shk",
        "haustechnik", "gebäudetechnik", "elektroinstallation*", "elektrotechnik", "*elektrotechnik",
        "fliesen*", "*fliesen", "estrich*", "gerüstbau*", "abbruch*", "pflasterbau", "installateur*",
        "klempner*", "*klempnerei", "baustoffe", "bausanierung", "handwerksbetrieb",
    ),
    "G": (
        "*handel", "handel", "handels*", "autohaus", "*autohaus", "autohäuser", "kfz", "autohandel",
        "*markt", "markt", "kaufhaus", "modehaus", "möbelhaus", "*store", "shop", "*shop", "apotheke*",
        "*apotheke", "tankstelle*", "reifen*", "juwelier*", "optik", "optiker*", "hörakustik*",
        "sanitätshaus", "großhändler", "*händler", "einzelhändler", "getränke*", "fachmarkt", "baumarkt",
        "supermarkt", "lebensmittelhandel", "*einzelhandel", "*großhandel", "*handlung", "warengenossenschaft",
        "edeka", "rewe", "aldi", "lidl", "versandhandel", "onlineshop", "e-commerce", "commerce",
    ),
    "H": (
        "spedition*", "*spedition", "logistik*", "*logistik", "logistics", "transport*", "*transport",
        "*transporte", "lagerei", "kurier*", "*kurier", "taxi*", "*taxi", "omnibus*", "busbetrieb*",
        "verkehrsbetrieb*", "*verkehrsbetriebe", "umzug*", "*umzüge", "fracht*", "reederei", "airline*",
        "flughafen*", "*flughafen", "paketdienst*", "bahn", "*bahn", "postdienst*",
    ),
    "I": (
        "hotel*", "*hotel", "hotellerie", "restaurant*", "*restaurant", "gastronomie", "*gastronomie",
        "gastronom*", "gasthof", "*gasthof", "gasthaus", "*gasthaus", "catering*", "*catering", "café", "cafe",
        "bistro", "biergarten", "hostel", "ferienwohnung*", "pension", "wirtshaus", "brauhaus",
    ),
    "J": (
        "software*", "*software", "it", "systemhaus", "*systemhaus", "informatik*", "*informatik", "verlag",
        "*verlag", "verlags*", "rundfunk", "fernseh*", "radio", "telekommunikation", "telekom", "hosting",
        "rechenzentrum", "cloud", "saas", "webdesign*", "internet*", "edv", "*edv", "informationstechnik",
        "digitalagentur", "medien", "*medien", "media", "entwickler", "softwareentwickler*", "programmierer*",
        "developer", "datenbank*", "*datenbank", "zeitung", "*zeitung", "journalist*", "redakteur*", "tech",
    ),
    "K": (
        "bank", "*bank", "banken", "bankhaus", "sparkasse", "*sparkasse", "sparkassen*", "raiffeisen*",
        "versicherung", "*versicherung", "versicherungs*", "versicherer", "finanzberatung", "finanzberater*",
        "leasing", "*leasing", "allianz", "huk", "ergo", "axa", "generali", "debeka", "provinzial", "gothaer",
        "vermögensverwaltung", "vermögensberat*", "investment*", "capital", "fonds", "*fonds", "insurance",
        "bankkauf*", "firmenkundenberat*", "finanzdienstleist*", "*finanz", "dvag", "mlp",
    ),
    "L": (
        "immobilien*", "*immobilien", "immobilie", "hausverwaltung*", "*hausverwaltung", "immobilienverwaltung",
        "wohnungsbaugesellschaft", "*wohnungsbaugesellschaft", "wohnungsbaugenossenschaft",
        "wohnungsgenossenschaft", "wohnbau", "*wohnbau", "grundstück*", "estate", "property",
        "objektverwaltung", "makler", "immobilienmakler*",
    ),
    "M": (
        "steuerberat*", "*steuerberatung", "kanzlei", "*kanzlei", "rechtsanwalt*", "rechtsanwält*",
        "*anwalt", "*anwälte", "anwalt", "anwälte", "wirtschaftsprüf*", "ingenieurbüro", "*ingenieurbüro",
        "ingenieure", "*ingenieure", "ingenieur*", "architekt*", "*architekten", "architektur*",
        "unternehmensberat*", "consulting", "*consulting", "consultants", "beratung", "werbeagentur",
        "*werbeagentur", "marketingagentur", "agentur", "*agentur", "notar*", "forschung*", "vermessung*",
        "sachverständig*", "*sachverständige", "patentanwa*", "tierarzt*", "tierärzt*", "tierklinik",
        "designbüro", "planungsbüro", "*planung", "statik", "labor", "kpmg", "pwc", "deloitte", "ey", "bdo",
        "fotograf*", "marketing", "*marketing", "design", "*design",
    ),
    "N": (
        "personaldienstleist*", "zeitarbeit", "personalvermittlung", "personalberatung", "*personalberatung",
        "gebäudereinigung", "*gebäudereinigung", "reinigung*", "*reinigung", "sicherheitsdienst*",
        "facility*", "hausmeister*", "landschaftsbau", "*landschaftsbau", "gartenpflege", "grünpflege",
        "reisebüro", "*reisebüro", "reiseveranstalter", "reisen", "*reisen", "callcenter", "vermietung",
        "*vermietung", "hays", "randstad", "adecco", "manpower", "personalberater*", "headhunter*",
        "recruiting", "gebäudeservice", "messebau",
    ),
    "O": (
        "stadtverwaltung", "landratsamt", "*amt", "ministerium", "*ministerium", "bundeswehr", "polizei",
        "gemeinde", "*gemeinde", "kreisverwaltung", "behörde", "*behörde", "rathaus", "bundesagentur",
        "rentenversicherung", "sozialversicherung*", "krankenkasse", "*krankenkasse", "aok", "zoll",
        "landesamt", "bundesamt", "finanzamt", "arbeitsagentur", "bürgermeister*", "stadt", "landkreis",
        "beamter", "beamtin",
    ),
    "P": (
        "schule", "*schule", "universität", "*universität", "university", "akademie", "*akademie", "kita",
        "*kita", "kindergarten", "bildung*", "*bildung", "bildungswerk", "gymnasium", "hochschule",
        "fachhochschule", "college", "weiterbildung", "nachhilfe*", "lehrer*", "*lehrer", "lehrerin",
        "professor*", "dozent*", "schulleiter*", "tanzschule", "fahrschule",
    ),
    "Q": (
        "praxis", "*praxis", "klinik*", "*klinik", "klinikum", "krankenhaus", "*krankenhaus", "pflege*",
        "*pflege", "pflegedienst*", "seniorenheim", "altenheim", "seniorenresidenz", "seniorenzentrum",
        "arzt", "*arzt", "ärztin", "*ärztin", "ärzte", "*ärzte", "zahnarzt*", "zahnärzt*", "physiotherap*",
        "ergotherap*", "logopäd*", "hospiz", "diakonie", "caritas", "lebenshilfe", "mvz", "medizin*",
        "*medizin", "therapeut*", "*therapeut", "*therapie", "heilpraktiker*", "psychotherap*", "hebamme",
        "altenpflege*", "pflegefach*", "pfleger*", "*pfleger", "gesundheitszentrum",
    ),
    "R": (
        "fitness*", "*fitness", "fitnessstudio", "sportverein", "theater", "*theater", "museum", "*museum",
        "freizeitpark", "golf*", "*golfclub", "spielhalle", "casino", "künstler*", "musiker*", "kultur*",
        "*kultur", "zoo", "schwimmbad", "*bad", "sport*", "*sport", "event*", "*events",
    ),
    "S": (
        "friseur*", "*friseur", "coiffeur*", "salon", "kosmetik*", "*kosmetik", "verband", "*verband",
        "verbands*", "verein", "*verein", "ihk", "handwerkskammer", "*kammer", "kammer", "handelskammer",
        "*handelskammer", "kirche", "*kirche",
        "kirchengemeinde", "gewerkschaft", "*gewerkschaft", "bestatt*", "*bestattungen", "reparatur*",
        "wäscherei", "textilreinigung", "wirtschaftsjunioren", "innung", "*innung", "kreishandwerkerschaft",
        "stiftung", "*stiftung", "partei", "bvmw", "rotary",
    ),
    "U": ("botschaft", "*botschaft", "embassy", "konsulat", "*konsulat", "vereinte", "nato", "unesco", "unicef"),
    "": (
        "handwerk", "holding", "*holding", "gruppe", "*gruppe", "group", "netzwerk", "*netzwerk", "werk",
        "bauer", "handwerker", "*handwerk", "technik", "werkstatt", "*service", "*services", "services",
        "*verwaltung", "sanierung", "bad", "ehrenamt*",
    ),
}

SECTOR_LEXICON: Lexicon[str] = Lexicon(
    (pattern, code) for code, patterns in _SECTOR_PATTERNS.items() for pattern in patterns
)

# Trades spread over several sections: a suggestion cannot choose, but the sector picker offers each of them.
SEVERAL_SECTIONS: dict[str, tuple[str, ...]] = {
    "handwerk": ("F", "C", "G", "S"),  # Bau und Ausbau, Lebensmittel und Metall, Kfz, Friseure und Reparatur
    "handwerker": ("F", "C", "G", "S"),
    "werkstatt": ("G", "C", "S"),  # Kfz-Werkstatt, Fertigung, Reparatur
}


def sector_words() -> list[tuple[str, str]]:
    """(pattern, section) of every word that points to one section (`*` marks a stem), for the picker."""
    return [(pattern, code) for code, patterns in _SECTOR_PATTERNS.items() if code for pattern in patterns]
