"""LinkedIn's industry names (English, German, Portuguese UI) mapped onto the WZ 2008 sections.

LinkedIn reports industries from its own closed list ("Financial Services", "Machinery Manufacturing",
"Hospitals and Health Care"), which the German trade words behind contact suggestions do not know. The
table below holds the words of that list; an industry name none of them explains goes on to the sector
suggestion (`suggest_sector`) and then to the WZ divisions the sector picker searches (`find_sectors`).

The phrases are tried in order and the first one found wins, so the activity ("… Manufacturing", "Retail …")
comes before the object it works on ("Motor Vehicle", "Food and Beverage").
"""

from __future__ import annotations

import re
from functools import cache

from advisor_tui.domain.network.lexicon import fold, tokens
from advisor_tui.domain.network.roles import suggest_sector
from advisor_tui.domain.network.sector_search import find_sectors
from advisor_tui.domain.network.vocabulary import WZ2008_SECTIONS

# (phrase, WZ section), most decisive first; phrases are written as LinkedIn does and folded once.
_INDUSTRY_PHRASES: tuple[tuple[str, str], ...] = (
    # financial institutions first: a "Financial Services" viewer is a colleague or a competitor
    ("financial services", "K"), ("banking", "K"), ("insurance", "K"), ("investment management", "K"),
    ("venture capital", "K"), ("capital markets", "K"), ("credit intermediation", "K"), ("funds and trusts", "K"),
    ("finanzdienstleistungen", "K"), ("bankwesen", "K"), ("banken", "K"), ("versicherungen", "K"),
    ("versicherungswesen", "K"), ("servicos financeiros", "K"), ("bancos", "K"), ("seguros", "K"),
    ("it services", "J"), ("it consulting", "J"), ("it dienstleistungen", "J"), ("servicos de ti", "J"),
    ("food and beverage services", "I"), ("retail", "G"), ("wholesale", "G"), ("einzelhandel", "G"),
    ("grosshandel", "G"), ("varejo", "G"), ("atacado", "G"), ("comercio", "G"),
    ("manufacturing", "C"), ("herstellung", "C"), ("fabricacao", "C"), ("maschinenbau", "C"),
    ("construction", "F"), ("civil engineering", "F"), ("baugewerbe", "F"), ("bauwesen", "F"), ("tiefbau", "F"),
    ("construcao", "F"), ("engenharia civil", "F"),
    ("hospitality", "I"), ("restaurants", "I"), ("accommodation", "I"), ("gastgewerbe", "I"),
    ("gastronomie", "I"), ("hotellerie", "I"), ("hotelaria", "I"), ("restaurantes", "I"),
    ("transportation", "H"), ("logistics", "H"), ("supply chain", "H"), ("warehousing", "H"), ("airlines", "H"),
    ("truck", "H"), ("logistik", "H"), ("transport", "H"), ("logistica", "H"), ("transporte", "H"),
    ("real estate", "L"), ("immobilien", "L"), ("imobiliario", "L"), ("imoveis", "L"),
    ("accounting", "M"), ("legal services", "M"), ("law practice", "M"), ("business consulting", "M"),
    ("management consulting", "M"), ("architecture", "M"), ("engineering services", "M"), ("advertising", "M"),
    ("marketing", "M"), ("research", "M"), ("veterinary", "M"), ("design services", "M"),
    ("unternehmensberatung", "M"), ("rechtsberatung", "M"), ("steuerberatung", "M"), ("wirtschaftspruefung", "M"),
    ("buchhaltung", "M"), ("contabilidade", "M"), ("servicos juridicos", "M"), ("consultoria", "M"),
    ("staffing", "N"), ("recruiting", "N"), ("human resources services", "N"), ("facilities services", "N"),
    ("security and investigations", "N"), ("travel arrangements", "N"), ("personalbeschaffung", "N"),
    ("personaldienstleistungen", "N"), ("recrutamento", "N"),
    ("government", "O"), ("public policy", "O"), ("armed forces", "O"), ("law enforcement", "O"),
    ("oeffentliche verwaltung", "O"), ("administracao publica", "O"),
    ("education", "P"), ("e learning", "P"), ("bildung", "P"), ("hochschulen", "P"), ("educacao", "P"),
    ("ensino", "P"),
    ("hospitals", "Q"), ("health care", "Q"), ("medical practices", "Q"), ("mental health", "Q"),
    ("gesundheitswesen", "Q"), ("krankenhaeuser", "Q"), ("saude", "Q"), ("hospitais", "Q"),
    ("entertainment", "R"), ("sports", "R"), ("museums", "R"), ("performing arts", "R"), ("unterhaltung", "R"),
    ("entretenimento", "R"),
    ("non profit", "S"), ("civic and social", "S"), ("religious", "S"), ("personal care", "S"),
    ("gemeinnuetzige", "S"), ("sem fins lucrativos", "S"),
    ("farming", "A"), ("agriculture", "A"), ("forestry", "A"), ("landwirtschaft", "A"), ("agricultura", "A"),
    ("agronegocio", "A"),
    ("mining", "B"), ("oil and gas", "B"), ("bergbau", "B"), ("mineracao", "B"),
    ("utilities", "D"), ("renewable energy", "D"), ("electric power", "D"), ("energieversorgung", "D"),
    ("energia", "D"),
    ("waste", "E"), ("environmental services", "E"), ("water supply", "E"), ("abfallwirtschaft", "E"),
    ("software", "J"), ("information technology", "J"), ("technology information", "J"), ("internet", "J"),
    ("telecommunications", "J"), ("media", "J"), ("publishing", "J"), ("broadcast", "J"), ("computer", "J"),
    ("informationstechnologie", "J"), ("telekommunikation", "J"), ("tecnologia da informacao", "J"),
    ("automotive", "C"), ("machinery", "C"), ("chemical", "C"), ("pharmaceutical", "C"), ("industrial", "C"),
    ("automobilindustrie", "C"), ("industria", "C"),
)


@cache
def _phrases() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The phrases as word-bounded patterns over folded, token-joined text."""
    return tuple((re.compile(rf"\b{re.escape(' '.join(tokens(fold(phrase))))}\b"), code)
                 for phrase, code in _INDUSTRY_PHRASES)


@cache
def industry_sector(industry: str) -> str | None:
    """The WZ 2008 section an industry name of LinkedIn's list points to, or None when it says too little."""
    folded = " ".join(tokens(fold(industry)))
    if not folded:
        return None
    for pattern, code in _phrases():
        if pattern.search(folded):
            return code
    suggested = suggest_sector(industry, "")
    if suggested:
        return suggested
    matches = {match.code for match in find_sectors(industry, WZ2008_SECTIONS)}
    return matches.pop() if len(matches) == 1 else None
