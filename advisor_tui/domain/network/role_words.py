"""The words behind role suggestions: which job-title and company words hint at which role."""

from __future__ import annotations

from enum import StrEnum

from advisor_tui.domain.network.lexicon import Lexicon


class Cue(StrEnum):
    """What a word says about a person; `suggest_role` weighs the cues of a title part."""

    OWNER = "owner"  # Inhaber, Geschäftsführer, CEO, Vorstand
    FINANCE = "finance"  # Finanzen, Controlling, kaufmännisch
    LEAD = "lead"  # Leiter, Head of, Director
    FINANCE_LEAD = "finance-lead"  # CFO, Prokurist
    SUCCESSOR = "successor"  # Nachfolger, designiert, next generation
    JUNIOR = "junior"  # a successor only next to an owner word (Junior-Geschäftsführer, Sohn des Inhabers)
    BANK = "bank"  # banks, Sparkassen, insurers and their advisers
    ADVISER = "adviser"  # Steuerberater, Anwalt, Wirtschaftsprüfer, Notar
    MULTIPLIER = "multiplier"  # Kammern, Verbände, Presse
    RECRUITER = "recruiter"  # Personalberatung, Headhunter, Handelsvertreter
    SALES = "sales"  # Vertrieb, Verkauf, Account Manager
    VETO = "veto"  # Assistenz, Student, Praktikant: the title part says nothing about the role
    NEUTRAL = "neutral"  # a word that overrides a stem inside it (Rentenversicherung is no insurer)


# Phrases become one token before matching, so that 'managing director' is not read as 'director'.
PHRASES: dict[str, str] = {
    "managing director": "managingdirector",
    "managing partner": "managingpartner",
    "general manager": "generalmanager",
    "chief executive officer": "ceo",
    "chief financial officer": "cfo",
    "chief operating officer": "coo",
    "co founder": "cofounder",
    "next generation": "nextgeneration",
    "naechste generation": "nextgeneration",
    "naechsten generation": "nextgeneration",
    "business development": "businessdevelopment",
    "key account": "keyaccount",
    "talent acquisition": "recruiter",
    "executive search": "executivesearch",
    "tax advisor": "taxadvisor",
    "tax adviser": "taxadvisor",
    "tax consultant": "taxadvisor",
    "public accountant": "auditor",
    "signal iduna": "signaliduna",
    "vice president": "vicepresident",
    # English and Portuguese bank titles (LinkedIn's job-title demographics use them)
    "relationship manager": "relationshipmanager",
    "financial advisor": "finanzberater",
    "financial adviser": "finanzberater",
    "financial planner": "finanzberater",
    "wealth manager": "wealth",
    "gerente de banco": "banker",
    "gerente de relacionamento": "relationshipmanager",
}

_ROLE_PATTERNS: dict[Cue, tuple[str, ...]] = {
    Cue.OWNER: (
        "geschäftsführer", "geschäftsführerin", "geschäftsführender", "geschäftsführende", "geschäftsführung",
        "*geschäftsführ*", "inhaber*", "mitinhaber*", "gründer", "gründerin", "*gründer", "*gründerin",
        "founder", "cofounder", "owner", "proprietor", "ceo", "president", "präsident", "kommanditist*",
        "managingdirector", "managingpartner",
        "vorstand", "*vorstand*", "vorstandsvorsitzender", "gesellschafter", "gesellschafterin",
        "unternehmer", "unternehmerin", "firmenchef", "firmenchefin", "selbstständig", "selbständig",
        "selbststaendige", "freiberufler*", "generalmanager", "*inhaber", "*inhaberin", "geschäftsleitung",
        "geschäftsleiter*",
        "eigentümer*", "teilhaber*", "gf",
        "proprietário", "proprietária", "sócio", "sócia", "empresário", "empresária", "fundador", "fundadora",
    ),
    Cue.FINANCE: (
        "finanzen", "finanz*", "finance", "financial", "controlling", "kaufmännisch*", "kaufm",
        "rechnungswesen", "buchhaltung", "accounting", "treasury", "financeiro", "financeira", "finanças",
    ),
    Cue.LEAD: (
        "leiter", "leiterin", "*leiter", "*leiterin", "leitung", "*leitung", "head", "director", "direktor",
        "direktorin", "chef", "chefin", "*chef", "*chefin", "vp", "vicepresident", "diretor", "diretora",
    ),
    Cue.FINANCE_LEAD: (
        "cfo", "prokurist", "prokuristin", "prokura", "*finanzchef*",
    ),
    Cue.SUCCESSOR: (
        "nachfolger", "nachfolgerin", "nachfolge", "designiert*", "künftig*", "zukünftig*", "angehend*",
        "nextgeneration", "nextgen", "successor", "juniorchef", "juniorchefin",
    ),
    Cue.JUNIOR: ("junior", "sohn", "tochter", "juniorpartner*"),
    Cue.BANK: (
        "bank", "*bank", "bank*", "banken", "bankhaus", "sparkasse", "*sparkasse", "sparkassen*",
        "volksbank", "raiffeisen*", "versicherung", "*versicherung", "versicherungs*", "versicherer",
        "allianz", "huk", "ergo", "axa", "generali", "debeka", "provinzial", "gothaer",
        "devk", "lvm", "hdi", "talanx", "barmenia", "zurich", "continentale", "nürnberger",
        "wüstenrot", "dvag", "ovb", "mlp", "postbank", "commerzbank", "comdirect", "unicredit", "hypovereinsbank",
        "firmenkundenberat*", "firmenkundenbetreu*", "privatkundenberat*", "finanzberat*",
        "vermögensberat*", "anlageberat*", "finanzdienstleist*", "finanzplaner*", "finanzmakler*",
        "bankkauf*", "bankbetriebswirt*", "versicherungsmakler*", "insurance", "banking",
        "banker", "relationshipmanager", "wealth", "signaliduna", "banco", "bancário", "bancária", "seguros",
    ),
    Cue.ADVISER: (
        "steuerberat*", "steuerfachwirt*", "rechtsanwalt", "rechtsanwältin", "rechtsanwälte", "*anwalt",
        "*anwältin", "anwalt", "anwältin", "anwälte", "anwaltskanzlei", "kanzlei", "*kanzlei", "notar",
        "notarin", "notariat", "wirtschaftsprüf*", "taxadvisor", "lawyer", "attorney", "solicitor",
        "auditor", "syndikus*", "insolvenzverwalter*", "steuerkanzlei", "kpmg", "pwc", "deloitte", "ey",
        "bdo", "unternehmensberat*", "justiziar*", "justitiar*", "fachanwalt",
    ),
    Cue.MULTIPLIER: (
        "ihk", "handwerkskammer", "*kammer", "kammer", "verband", "*verband", "verbands*", "wirtschaftsförder*",
        "wirtschaftsjunioren", "journalist*", "redakteur*", "*redakteur", "redaktion", "chefredakt*",
        "reporter*", "zeitung", "*zeitung", "presse", "pressesprecher*", "bürgermeister*", "bvmw",
        "innung", "*innung", "kreishandwerkerschaft", "verein", "*verein", "rotary",
    ),
    Cue.RECRUITER: (
        "recruiter", "recruiterin", "recruiting", "recruitment", "headhunter*", "personalberat*",
        "personalvermittl*", "personaldienstleist*", "executivesearch", "zeitarbeit", "handelsvertreter*",
        "hays", "randstad", "adecco", "manpower",
    ),
    Cue.SALES: (
        "vertrieb", "vertriebs*", "*vertrieb", "verkauf", "verkaufs*", "*verkäufer", "*verkäuferin",
        "verkäufer", "verkäuferin", "sales", "account", "keyaccount", "accountmanager", "businessdevelopment",
        "außendienst*", "aussendienst*", "kundenbetreuer", "kundenbetreuerin", "kundenberater", "seller",
    ),
    Cue.VETO: (
        "assistent", "assistentin", "*assistent*", "assistant", "assistenz", "*assistenz", "sekretär*",
        "*sekretärin", "referent", "referentin", "student", "studentin", "*student", "*studentin", "praktikant*",
        "trainee", "intern", "internship", "azubi", "auszubildend*", "schüler", "schülerin", "werkstudent*",
        "doktorand*", "rentner*", "ruhestand", "arbeitssuchend", "jobsuchend",
    ),
    Cue.NEUTRAL: (
        "rentenversicherung", "sozialversicherung*", "unfallversicherung", "krankenversicherung",
        "datenbank*", "*datenbank", "controller", "bankett*", "küchenchef*",
    ),
}

ROLE_LEXICON: Lexicon[Cue] = Lexicon(
    (pattern, cue) for cue, patterns in _ROLE_PATTERNS.items() for pattern in patterns
)

# Words of a company name that settle the role whatever the title says (the Geschäftsführer of an IHK).
COMPANY_CUES: tuple[Cue, ...] = (Cue.BANK, Cue.ADVISER, Cue.MULTIPLIER, Cue.RECRUITER)

# Legal forms and filler words that say nothing about which institution it is.
LEGAL_FORMS: frozenset[str] = frozenset(
    {
        "gmbh", "mbh", "ag", "eg", "ev", "e", "v", "kg", "co", "kgaa", "ohg", "gbr", "ug", "haftungsbeschraenkt",
        "se", "ltd", "inc", "plc", "llc", "sa", "nv", "bv", "und", "the", "der", "die", "das",
    }
)
