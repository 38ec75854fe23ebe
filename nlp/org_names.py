"""Names written as organisations' names are and people's are not ("DataTalks.Club", "DBS", "Palisade Exchange"):
shared by relevance (which names an outage is tied to) and provider choice (which of them is the provider)."""

from __future__ import annotations

from nlp.lemmas import inflects

# The last words of organisations' names, by sector (people's names do not end so).
ORG_SUFFIXES = frozenset("Bank Airport Airlines Airways Club Inc Ltd Group University College School Council Hospital "
                         "Exchange Corp Corporation Company Co Foundation Authority "
                         "Air Rail Railway Railways Lines Transit Transport Ferries Telecom Telecommunications Mobile "
                         "Networks Broadband Energy Power Electric Electricity Gas Grid Water Utilities Health Healthcare Medical Care Pharmacy Dental "
                         "Trust Clinic Insurance Savings Securities Capital Financial Finance Payments Pay Credit Union "
                         "Studios Games Entertainment Media TV Television Radio Broadcasting Online "
                         "Holdings Partners Technologies Labs Software Agency Ministry Department Commission "
                         "Post Stores Markets Library Libraries Museum Museums Archive Archives Gallery Theatre Theater "
                         "Zoo Infirmary Hospice Surgery Institute Board Police Court Courts Parliament Port Registry Bureau "
                         "Service Services Cloud Hosting Systems Solutions Communications Telecoms "
                         "Logistics Logistik Freight Shipping Express Couriers "
                         # corporate and legal forms ("Linthorpe Mutual", "Ecology Building Society", "Tesco PLC")
                         "Mutual Society Association Federation Cooperative Co-operative Co-op Assurance Plc PLC LLC "
                         "Limited GmbH AG Motors Automotive Party Committee Forum Alliance Consortium".split())


# Protocols and technical terms written in capitals: shaped as an acronym, never an organisation's name ("the global
# DNSSEC infrastructure", "a BGP leak")
TECH_ACRONYMS = frozenset("DNS DNSSEC BGP RPKI TLS SSL HTTP HTTPS TCP UDP IP NTP SMTP IMAP SSO MFA API SDK CDN ISP VPN DDOS "
                          "LLM AI ML OS CPU GPU SSD RAID SAN NAS SQL VM TLD URL SMS IT".split())


def organisation_shaped(name: str) -> bool:
    """A name written as organisations' names are and people's are not: a dotted or ampersand part
    ("DataTalks.Club"), an acronym ("DBS"; not a protocol's, `TECH_ACRONYMS`), a digit, a last word such as Bank,
    Airport, Club, or one word coined with a sector's word ("Nordbank")."""
    if name.upper() in TECH_ACRONYMS:
        return False
    if any(ch in name for ch in ".&+") or any(ch.isdigit() for ch in name):
        return True
    words = name.split(" ")
    # (a sector's word alone is no name: "Broadband customers", "Airlines said")
    return ((len(words) == 1 and 2 <= len(name) <= 6 and name.isupper()) or (len(words) > 1 and words[-1] in ORG_SUFFIXES)
            or (len(words) == 1 and _coined_with_sector(name)))


# Kinds of body that serve the public with a service, as a text introduces a name by one ("Quillnet, a
# marketplace where collectors trade cards", "the package registry Crateyard", "Nos, one of Portugal's mobile
# operators"): one word class for relevance (is a name tied to the outage) and provider choice (is it an
# organisation). Plurals and "-ies" forms are matched by the readers.
SERVICE_BODY_KINDS = frozenset(
    "site website service provider operator platform system network app forum marketplace exchange store shop portal "
    "database tool messenger game host registrar processor "
    "bank lender insurer broker carrier telco airline airport railway retailer "
    "broadcaster newspaper utility agency department ministry council registry authority hospital university college "
    "school academy charity non-profit nonprofit club community society union cooperative co-op".split())
# ... and kinds of any organisation, which a service may or may not be ("the shipping company", "the studio")
GENERIC_BODY_KINDS = frozenset("company firm business studio publisher startup start-up developer maker".split())


# Nouns of a failure, singular and plural, as texts place one at a body ("a fault at the bank", "an outage affecting
# Azure", "glitches with Zapnet's app"): one class for relevance (is the failure tied to a body) and provider
# choice (whose failure it is)
FAILURE_NOUNS = frozenset("outage outages disruption disruptions blackout blackouts downtime failure failures glitch "
                          "glitches meltdown meltdowns fault faults problem problems issue issues breakdown breakdowns "
                          "crash crashes error errors bug bugs malfunction malfunctions".split())


# Sector words companies coin one-word names with ("Nordbank", "Yarrowpay", "Zapnet", "Tarnrail")
_COINED_ENDINGS = ("bank", "pay", "rail", "cloud", "telecom", "tech", "soft", "net")


def _coined_with_sector(name: str) -> bool:
    """(org_names.v2: not an English word that happens to end so: "Internet", "Cabinet", "Ethernet")"""
    low = name.lower()
    return any(low.endswith(e) and len(low) >= len(e) + 3 for e in _COINED_ENDINGS) and not inflects(low)
