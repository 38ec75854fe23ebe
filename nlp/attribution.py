"""Who makes the claim in a sentence, clause by clause (attribution.v2).

Cues, nearest to the speech verb first (data: nlp/data/speakers.json):
- "Amazon said", "a spokesperson told", "the company wrote in a postmortem", "according to Microsoft"
  -> vendor when the named company is the incident's provider (or its parent company);
- "people familiar with the matter said", "employees told the paper", "according to a report" -> press;
- "analysts at Gartner said", "Downdetector showed", "a customer wrote" -> other.
The speaker is read inside the speech verb's own clause (no parser: commas, quote marks, relative
pronouns and prepositions bound it). A role belongs to its owner ("CrowdStrike chief executive",
"the chief technology officer of a retail chain"), and a person introduced with a role keeps it when
named again ("Prince wrote"). A quotation that runs over several sentences keeps its speaker, also
when the speaker is named only where it closes; "he added"/"it said" takes the last speaker.
Unattributed sentences belong to the document's own voice: the outlet (press) or the vendor (in vendor
documents every unattributed sentence is the vendor's).

A sentence can hold several voices (`voices`, read with `speaker_at(char)`), e.g. the outlet's "Amazon
has blamed Tuesday's seven-hour disruption" before the company's "on a piece of its own automation".
`scope_start` and `default()` carry the first two: before scope_start the lead-in's voice, after it
the voice `speaker()` returned.

`speaker()` reads a sentence only when its answer is first needed (the Speaker it returns, `voices`,
`speaker_at`, `default()`), always in document order: half the sentences of a corpus come after their
document's last claim, and none of those is read.
"""

from __future__ import annotations

import json
import re
import weakref
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from nlp.common_words import is_common_word
from nlp.findings import PEOPLE_LET_GO, READ_ELSEWHERE, rejected_report
from nlp.gazetteer import load_gazetteer
from nlp.lemmas import inflects, lemma_of
from nlp.org_names import organisation_shaped
from nlp.sentences import DocTokens, SentenceInfo, sentence_views

SPEAKERS_PATH = Path(__file__).resolve().parent / "data" / "speakers.json"
# attribution.v30: what may stand between a frame and the rumour it names ("aware of online speculation that")
_RUMOUR_ADJECTIVES = frozenset("online social media wild widespread some much public internet".split())
_RUMOUR_FRAMES = frozenset("of about seen heard been was were is are".split())
_INITIALS = re.compile(r"(?:[A-Z]\.\s?){1,3}")  # "C.C.", "J.", "J. R." (attribution.v30)
_PRONOUNS = frozenset("he she they it we".split())
_SPEAKER_LABELS = ("PROVIDER", "COMPANY", "SERVICE", "AI_TOOL")
_LEADING_VERBS = frozenset("runs ran run founded co-founded cofounded heads headed leads led owns owned started built manages "
                           "managed created chairs chaired".split())
_MONITORING_CLASS_SUBSTRINGS = ("tracker ", "monitoring firm ", "monitoring company ", "monitoring service ",
                                "monitoring site ", "monitoring website ",
                                # (the class in an appositive after the name: "Tracepath, a monitoring firm, …")
                                "monitoring firm,", "monitoring company,", "monitoring service,", "monitoring site,")
_BELIEF_VERBS = frozenset("suspect suspects suspected believe believes believed reckon reckons think thinks thought".split())
_THINK_FORMS = frozenset("think thinks thought".split())
_WH_WORDS = frozenset("who what which whom whose why how where when whether".split())
_RUMOUR_OPENERS = ("speculation ", "rumours ", "rumors ", "theories ", "conspiracy theories ")  # "Speculation on social media turned to…"
_CLAUSE_OPENERS = frozenset("a an the it its no this there".split())  # "is sure a …": a that-less clause after certainty
_STANCE_BARE = re.compile(r"\b(?:sure|certain|convinced|confident) (?:a|an|the|it|its|no|this|there) ")
_POINTING_BACK = ("that was how", "that is how", "that was what", "that is what", "this was how", "this is how",
                  "so said", "those were the words", "these were the words")
# "the agency", "the bureau": a public body, the provider only when its name says it is one ("Internal Revenue
# Service", "Australian Bureau of Statistics"), never just the organisation named last (often a company it oversees)
# A provider's sector (providers.json) as a word of its class in speakers.json's provider_classes
_SECTOR_CLASS_WORDS = {"airline": "airline", "bank": "bank", "telecom": "telecom", "retailer": "retailer", "insurer": "insurer",
                       "broker": "broker", "exchange": "exchange", "hospital": "hospital", "public_body": "agency",
                       "rail": "operator"}
# (not "described": what a status page describes is its own account, "described outages from abnormal traffic")
_DESCRIBING_VERBS = frozenset("explained explains apologised apologized apologises apologizes detailed details "
                              "addressed addresses".split())
_APOLOGY_VERBS = frozenset("apologised apologized apologises apologizes".split())
_CLAUSE_WORDS = frozenset("that how why what when whether which who and but saying said adding".split())
_OUTAGE_HEADS = frozenset("outage outages failure failures disruption disruptions downtime incident incidents breakdown "
                          "blackout crash glitch meltdown".split())
_CUSTOMER_HEADS = frozenset("customers users clients subscribers merchants sellers shoppers businesses companies firms practices "
                            "shops stores retailers traders owners shopkeepers landlords clinics surgeries schools restaurants "
                            "cafes hotels banks lenders councils hospitals airlines players gamers fans passengers travellers "
                            "travelers drivers members households residents agencies charities startups".split())
_EXPERIENCE_VERBS = frozenset("found discovered noticed".split())  # what users ran into, not what investigators concluded
_USER_HEADS = _CUSTOMER_HEADS | frozenset("developers readers viewers listeners patients students callers commuters people "
                                          "owners".split())
_REJECTING_PARTICIPLES = frozenset("rejected denied dismissed disputed refuted rebutted".split())
_PUBLIC_BODIES = frozenset(("agency", "bureau", "authority", "department", "office", "ministry"))
# (the voices of a national government, as speaker cues: "the government said", "the minister told MPs")
_GOVERNMENT_VOICES = frozenset(("government", "the government", "minister", "ministers", "official", "officials",
                                "ministry", "the ministry", "secretary", "cabinet secretary"))
# Bodies that oversee, judge or represent others: a spokesperson for one is not the provider's
_OVERSEEING_BODIES = frozenset("regulator watchdog government council union police court commission inquiry ombudsman "
                               "prosecutor regulators association federation committee parliament".split())
# "Engineers at Cloudflare have traced …": the provider's own staff, named by where they work (the cue is
# someone else's staff otherwise: "engineers at other networks")
_STAFF_AT = frozenset(("engineer at", "engineers at", "staff at", "employees at", "workers at", "technicians at",
                       "developer at", "developers at"))
# attribution.v17: what a source says who will not be named ("The developers, who spoke on condition of anonymity,
# said", "one manager, who asked not to be named, said"): the outlet's anonymous source, unless they work elsewhere
_ANONYMITY_PHRASES = ("on condition of anonymity", "speaking anonymously", "spoke anonymously", "asked not to be named",
                      "asked not to be identified", "declined to be named", "declined to be identified",
                      "not authorised to speak", "not authorized to speak", "not allowed to speak")
# Heads of "the <class> <head>" that name whoever runs a body of that class ("the exchange operator", "the bank's
# holding company" is not one: a possessive breaks the description)
_RUNNING_HEADS = frozenset("operator operators owner company group firm".split())
# Prepositions whose object modifies the speaker before them ("people briefed on the inquiry", "a spokesperson for the
# bank"); not "of" (whose object owns: "the head of the agency"), "to" (an addressee or "according to") or at/from/by
_MODIFIER_PREPOSITIONS = frozenset("on about with in into over behind across for".split())
# A person introduced at a sentence's start by a role of an owner: "Ana Ruiz is the bank's chief technology officer",
# "Tom Lee, Acme's head of networks, has …"
# (a role's words, shared by both ways of introducing a person)
_ROLE = (r"(?:(?:new|former|chief|senior|head|deputy|interim|acting|global|group|vice|lead|principal)\s+)*"
         r"(?:chief|head|director|officer|executive|president|manager|spokes(?:person|woman|man)|engineer|"
         r"founder|co-founder|chair(?:man|woman)?|CEO|CTO|CIO|CISO|COO|CFO)")
_OWNER = r"(?P<owner>the\s+[a-z]+|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s"
_PERSON_NAME = r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][\w'’-]+){1,2})"
_INTRODUCED = re.compile(rf"{_PERSON_NAME}(?:,\s+|\s+(?:is|was|has\s+been|had\s+been)\s+)(?:{_OWNER}|(?P<its>its))\s+{_ROLE}\b")
# attribution.v22: the role first, the name after it between commas, anywhere in a sentence ("had Babelwick's head of
# engineering, Orla Fennimore, on stage", "the bank's chief executive, Ana Ruiz, said")
_INTRODUCED_AFTER_ROLE = re.compile(rf"{_OWNER}\s+{_ROLE}(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?,\s+{_PERSON_NAME}(?=,)")
# attribution.v17: what the reader has read, seen or heard elsewhere ("You may have read that …", "Some of you have seen
# reports that …"): a vendor's post addressing its customers about the press's account
_SPOKES_ROLES = frozenset("spokesperson spokeswoman spokesman representative".split())
_ANONYMITY_REACH = 14  # tokens after the speaker's words in which the aside stands
# attribution.v25: verbs of an aside that says for whom the speaker speaks ("posting for the company")
_ON_BEHALF_VERBS = frozenset("posting writing speaking acting responding replying answering".split())
# People a body serves, who stay others when unnamed ("one customer, who asked not to be named")
_SERVED_PEOPLE = _CUSTOMER_HEADS | frozenset("customer user client subscriber member passenger traveller traveler resident "
                                             "shopper player patient".split())
# Words of a person's title, capitalised before a role ("Deputy Director Maria Okafor"): no organisation's name
_TITLE_WORDS = frozenset("deputy acting senior assistant associate executive managing general regional interim "
                         "vice joint principal lead technical".split())
_COUNTED_FEW = frozenset("two three four five six several some few multiple".split() + [str(k) for k in range(2, 10)])
_ONE_OF_A_KIND = frozenset("one a an another".split())
_SMALL_NUMBERS = frozenset("two three four five six seven eight nine ten".split())
_WRITTEN_PARTICIPLES = frozenset("written signed sent posted shared issued penned drafted left".split())
_AGENT_PHRASE_ENDS = frozenset(", ; : reads read says said that which".split()) | {'"', "“"}
_OUTLET_ITEMS = frozenset("brief story article item piece column correction edition version repeat".split())
# (verbs of saying only: "sent", "put" or "showed" after such a subject tell of a thing's doing, "A defect … sent the servers …")
_SAYING_VERBS = frozenset("said says told tells wrote writes added adds explained explains recalled recalls complained "
                          "complains posted posts replied replies insisted insists".split())
# attribution.v29: a place after a counted subject ("in Galway", "at a guest house in Galway", "from north Leeds")
_PLACE_AFTER_SUBJECT = re.compile(r"(?:(?:in|at|from|near|outside)\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*){1,2}")
_OWN_PUBLICATION_NOUNS = frozenset("paper newspaper site publication magazine newsletter programme program".split())
_INSIDE_PREPOSITIONS = frozenset("at inside within for in".split())
_WORK_FORMS = frozenset("work works worked working".split())
_CLAUSE_CONJUNCTIONS = frozenset("but and yet so now still".split())
_SURVEY_NOUNS = frozenset("survey surveys poll polls study studies questionnaire census".split())
_UNNAMED_SOURCES = frozenset("sources source insiders insider".split())
_INSIDER_NOUNS = frozenset("people employees staff staffers workers engineers insiders sources members".split())
_INSIDER_NOUN_SINGULARS = frozenset("person employee staffer worker engineer insider source".split())
_SITE_NOUNS = frozenset("site sites website websites service services page pages app apps".split())
# What a monitoring site does with users' reports: "a site that gathers user complaints", "which tracks outages"
_TRACKING_VERBS = frozenset("tracks gathers collects counts logs monitors aggregates records follows maps".split())
_TRACKING_VERB_SUBSTRINGS = tuple(f"{v} " for v in sorted(_TRACKING_VERBS))
_UNNAMED_SITE_SUBSTRINGS = ("tracking site", "tracking service", "tracking website", "tracking page", "tracking app",
                            "monitoring site", "monitoring service", "monitoring website", "trackers ", "tracker ")
_ACRONYM = re.compile(r"[A-Z]{2,6}")  # "FCC", "NPCI": an organisation's initials
_NOT_ORGANISATIONS = frozenset("AI IT TV OK AM PM ET PT CT MT UTC GMT BST CET EST EDT PST PDT CST CDT".split())  # initials of no one
_INTERVIEWED_SUBSTRINGS = (" we spoke", " we talked", " we interviewed", " we asked", " we contacted", " we reached",
                           " to us ")  # a subject the outlet interviewed
_ANAPHORIC_OPENERS = frozenset("it its they their he his she her this these".split())  # a sentence referring back
# A sentence opened by a contrast is the outlet answering the account it cited ("According to the company, A. But B."):
# the account carries on no further
_CONTRAST_OPENERS = frozenset("but yet still however though although nevertheless nonetheless".split())
# Verbs of having or finding an explanation before its content: "it had the explanation: …"
_GETTING_VERBS = frozenset("had has have gave gives offered offers found finds provided provides reached reaches".split())
_NOT_WORDS = frozenset(("not", "n't", "never"))  # before a speech verb: what someone did not say
# Trades whose firms comment on others' outages ("the security firm said", "the research firm found")
_OUTSIDE_TRADES = frozenset("security cybersecurity cyber research analytics analysis consulting consultancy advisory law legal "
                            "monitoring accounting audit auditing forensic forensics intelligence pr ratings rating investment "
                            "brokerage insurance".split())
_EPITHETS = frozenset(("giant", "conglomerate"))  # "the search giant": any large company, whatever its class
# attribution.v20: participles of sending a message to someone ("an email sent to customers", "a letter addressed to staff")
_SENDING_PARTICIPLES = frozenset("sent addressed emailed mailed posted delivered written issued".split())
# attribution.v28: the organisers of an event that is the provider speak for it, however written ("PyeongChang organisers")
_EVENT_ORGANISERS = frozenset(("organisers", "organizers"))
# attribution.v28: the finite verbs of publishing a text, whose subject owns what the text says ("the company published a
# report that said …")
_PUBLISHED_VERBS = frozenset("published publishes issued issues released releases circulated circulates".split())
# attribution.v20: a person's first and last name opening a sentence, before a verb in lower case ("Dana Reyes sells …")
_PERSON_OPENING = re.compile(r"([A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?:[a-z]+s|[a-z]+ed|is|was|has|had|runs|ran)\b")
# attribution.v20: a run of capitalised words, a body's name as written ("Education Data Interoperability Forum")
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w&'’-]*(?: (?:of |for |and )?[A-Z][\w&'’-]*)+")
# attribution.v20: nouns of a trade by what a business does ("brewer", "distributor", "chipmaker"), and words with
# those endings that name no business
_TRADE_ENDINGS = ("er", "or", "maker")
_NOT_TRADES = frozenset("former latter other another owner partner member officer player user customer reader viewer "
                        "listener leader speaker writer reporter editor author".split())
_INTERVIEW_VERBS = frozenset("spoke talked interviewed asked consulted contacted reached".split())
_AGENT_PLURALS = ("ers", "ors", "ists", "ants", "ents", "ians", "eers")  # people by what they do: "preparers", "economists"
# Heads that "the <description> <head> said" names an organisation by, and the words that make it another one
_DESCRIBED_HEADS = frozenset("company firm provider group operator carrier airline bank lender retailer insurer exchange "
                             "telco broker chain office ministry agency department authority bureau".split())
_ENGAGING_PARTICIPLES = frozenset("hired appointed commissioned retained engaged employed contracted recruited "
                                  "paid funded".split())
# After a plural homograph ("notes", "reports", "calls") these make it a noun: "notes by hand", "calls from customers"
_NOUN_PREPOSITIONS = frozenset("by of from for with".split())
# attribution.v18: a closing tag that names a text: '"…," reads the complaint', '"…," read one review on the app store'
_READ_TAG = re.compile(r"""[,!?][”"’']?\s+reads?\s+"""
                       r"""(?P<text>(?:the|one|another|a|an|its|their|our|this|[A-Z][\w'’]*['’]s)\b[^.;:!?"”]{0,60}?)"""
                       r"""(?:,\s+(?:which|who)\b[^.;]*)?[.!]?\s*$""")
# attribution.v19: a closing tag that names whose verdict the quotation was: '"It was the AI," was the verdict of many posts
# on social media', '"…" was the message from the bank', '"…," is the view among staff'
_VERDICT_TAG = re.compile(r"""^\s*[“"‘'][^”"]{3,200}[,.!?]?[”"’']\s*,?\s+(?:was|is|were|are|has\s+been|had\s+been)\s+"""
                          r"""(?:(?:also|largely|broadly|roughly)\s+)?the\s+(?:\w+\s+)?(?:verdict|view|reaction|message|consensus|"""
                          r"""refrain|cry|response|complaint|conclusion|explanation|theory|line|answer|assessment|judgment|"""
                          r"""judgement|diagnosis|take|mood|word)\s+(?:of|from|among|on|in|at)\s+"""
                          r"""(?P<text>[^.;:!?"”]{2,80}?)[.!]?\s*$""")
# ... and one set before the words, with a colon: "The verdict of several callers to the helpline: an AI agent had …"
_VERDICT_FRONTED = re.compile(r"The\s+(?:\w+\s+)?(?:verdict|view|reaction|message|consensus|conclusion|explanation|theory|"
                              r"diagnosis|assessment|judgment|judgement|take)\s+(?:of|from|among)\s+(?P<text>[^:;.!?\"“”]{2,80}):\s")
# attribution.v19: words a company's name takes for its group, legal form or national arm ("Halvercombe Group", "… UK")
_CORPORATE_FORMS = frozenset("Group Holdings Holding plc PLC Plc Inc Inc. Ltd Ltd. Limited LLC Corp Corp. Corporation Co Co. AG SA NV "
                             "GmbH International Global Worldwide UK US USA EU Europe Ireland Australia Canada India Japan "
                             "Germany France Americas".split())
# attribution.v18: someone who no longer works for the provider speaks for themselves ("a former head of infrastructure")
_FORMER = frozenset("former retired ex ex-".split())
# attribution.v18: who speaks in a transcript's turn ("Caller: …", "Support (Lanternbase): …", "Acme Support: …")
_TURN_ROLES = {
    "press": frozenset("host presenter interviewer reporter moderator anchor".split()),
    "vendor": frozenset("support agent spokesperson spokeswoman spokesman".split()),
    "other": frozenset("customer caller listener user reader witness questioner chair chairman chairwoman member mp senator "
                       "councillor judge counsel analyst audience".split()),
}
_TURN_LABEL = re.compile(r"\s*(?:(?P<before>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2}) )?(?P<role>"
                         + "|".join(sorted({r.capitalize() for roles in _TURN_ROLES.values() for r in roles} | {"MP"}))
                         + r")(?: \((?P<owner>[^)]{1,40})\))?:\s")
# attribution.v19: a turn opened by a person's name ("Annis Corlett (Tideholm Electric): …", "Deputy Quine (chair): …",
# "Ms Corlett: …"): named in full with whom they speak for in brackets, or by a title of address and surname; later turns
# by the same name or surname alone are theirs too. Status and section labels are no one's ("Update (14:20):").
_ADDRESS_TITLES = frozenset("Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady Deputy Senator Councillor Judge".split())
_NAMED_TURN = re.compile(r"\s*(?P<name>(?:(?P<title>" + "|".join(sorted(_ADDRESS_TITLES)) + r")\.? )?[A-Z][\w'’-]+"
                         r"(?: [A-Z][\w'’-]+){0,2})(?: \((?P<owner>[^()\d]{1,40})\))?:\s")
_SECTION_LABEL_WORDS = frozenset("update updates resolved investigating identified monitoring correction clarification note "
                                 "summary impact cause timeline background status scheduled completed verifying editor "
                                 "editor's postscript transcript question answer warning notice".split())
# attribution.v18: what a network announces (BGP): "announcing them from …", "announced bogus routes" are no speech
_ROUTE_NOUNS = frozenset("route routes prefix prefixes addresses paths blocks".split())
# attribution.v29: what a screen shows ("showing error pages to shoppers", "the app showed a blank screen")
_DISPLAYED_THINGS = frozenset("error errors page pages screen screens message messages banner banners spinner spinners "
                              "logo icon icons warning warnings balance balances prompt prompts".split())
# attribution.v20: particles after "put" (or after its object) that make it an act on things ("put them back", "put the
# servers together"), not an account ("put the figure at", "put it down to", "put out a statement")
_PUT_PARTICLES = frozenset("back up off away together aside right".split())
_WRITING_FORMS = frozenset("write writes wrote written writing".split())
# What is written without being said to anyone: records, code, notes by hand
_WRITTEN_THINGS = frozenset("notes note records code software program programs programme script scripts orders "
                            "prescriptions tickets forms cheques checks receipts logs tests test rules rule config "
                            "configuration queries query patches patch functions function lines data".split())
_RIVAL_WORDS = frozenset("rival rivals competing competitor other another partner fellow".split())
# Nationality adjectives are capitalised but name no one: "the Chinese provider", "the Korean carrier"
_DEMONYM_ENDINGS = ("ese", "ian", "ean", "ish", "an", "ch", "i")
_NAMING_PARTICIPLES = frozenset("known described identified styled billed referred branded".split())


@dataclass(frozen=True)
class Speaker:
    kind: str  # vendor | press | other
    name: str
    explicit: bool  # named in this sentence (or carried from a quotation) rather than the default voice
    entity: str | None = None  # provider or company id when the speaker is a named company


class _DeferredSpeaker(Speaker):
    """The speaker of a sentence not read yet (`Attributor.speaker`). Its fields are missing until the first
    is read, which has the attributor read the sentence; it then becomes a plain Speaker, class and all,
    equal to the one read."""

    def __init__(self, attributor: Attributor) -> None:
        object.__setattr__(self, "_attributor", attributor)

    def __getattr__(self, name: str):
        # (asked only for what the object lacks: its fields, while the sentence is unread)
        attributor = self.__dict__.get("_attributor")
        if attributor is None or name.startswith("__"):
            raise AttributeError(name)
        attributor._read_unread(up_to=self)
        if "_attributor" in self.__dict__:
            raise AttributeError(f"{name}: the sentence's speaker was not read (reading it failed)")
        return getattr(self, name)

    def __eq__(self, other: object) -> bool:
        self.kind  # read: a plain Speaker from here on (with priority over a Speaker's __eq__, as a subclass)
        return self == other

    __hash__ = Speaker.__hash__  # (reads the fields)

    def become(self, speaker: Speaker) -> None:
        fields = self.__dict__
        del fields["_attributor"]
        fields.update(speaker.__dict__)
        object.__setattr__(self, "__class__", Speaker)


@lru_cache(maxsize=64)
def _company_of(provider: str) -> str | None:
    rec = load_gazetteer().provider(provider)
    return rec.company if rec else None


@lru_cache(maxsize=1)
def _raw() -> dict:
    return json.loads(SPEAKERS_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind in ("vendor", "press", "other"):
        for phrase in _raw()[kind]:
            words = tuple(phrase.lower().split())
            out.setdefault(words[0], []).append((words, kind))
    for first in out:
        out[first].sort(key=lambda c: -len(c[0]))
    return out


@lru_cache(maxsize=1)
def _cue_heads() -> frozenset[str]:
    """The last words of the speaker cues ("union", "spokesperson", "people"): nouns that may head a subject."""
    return frozenset(words[-1] for cues in _cues().values() for words, _kind in cues)


class _WordClasses(dict):
    """The word classes of speakers.json by key, each made a frozenset when first asked for."""

    def __missing__(self, key: str) -> frozenset[str]:
        words = self[key] = frozenset(_raw()[key])
        return words


# `_words(key)`: a word class of speakers.json (single words; multi-word entries are matched by _phrase_at).
# A dict's own look-up: the rules ask for word classes some fifteen times a sentence, and a call through
# lru_cache costs twice as much.
_words = _WordClasses().__getitem__


@lru_cache(maxsize=None)
def _words_of(*keys: str) -> frozenset[str]:
    """The union of several word classes of speakers.json, made once (rules ask for it sentence by sentence)."""
    return frozenset().union(*map(_words, keys))


@lru_cache(maxsize=1)
def _clause_ends() -> frozenset[str]:
    """Clause breaks and sentence-final marks: what may follow a noun use of a speech word ("…API calls.")."""
    return _words("clause_breaks") | {".", "?", "!"}


@lru_cache(maxsize=1)
def _publication_openers() -> frozenset[str]:
    """What may follow "in", "a", "its" … before a publication is named ("in a blog post", "its statement")."""
    return _words("publication_nouns") | {"a", "an", "its", "blog"}


@lru_cache(maxsize=None)
def _phrase_openers(key: str) -> frozenset[str]:
    """The first words of the entries of several words in a word class of speakers.json ("by" of "by the time")."""
    return frozenset(p.split()[0] for p in _words(key) if " " in p)


@lru_cache(maxsize=1)
def _breaks() -> frozenset[str]:
    """Clause breaks and quote marks: where a clause ends."""
    return _words("clause_breaks") | _words("quote_marks")


def _words_match(low: dict[int, str], i: int, words: tuple[str, ...]) -> bool:
    """Whether the lower-case tokens from i on are `words` (whose first word is known to match).
    The second word is compared first: most cues sharing a first word ("the company", "the firm")
    differ there, and this spares a generator per candidate cue."""
    n = len(words)
    if n == 1:
        return True
    if low.get(i + 1) != words[1]:
        return False
    return n == 2 or all(low.get(i + k) == words[k] for k in range(2, n))


def _cue_match(low: dict[int, str], i: int, end: int) -> tuple[str, int] | None:
    """(kind, length) of the speaker cue whose words start at token i and end by `end` (`low`: lower-case forms by
    index); the one matching pass `_cue_at`, `Attributor._cue` and `Attributor._is_cue` share."""
    for words, kind in _cues().get(low.get(i, ""), ()):
        n = len(words)
        if i + n <= end and _words_match(low, i, words) and not _official_as_adjective(low, i, words):
            return kind, n
    return None


def _cue_at(low: dict[int, str], doc: Doc, i: int, end: int) -> tuple[str, int, str] | None:
    """(kind, length, matched text) of a speaker cue starting at token i (`low`: lower-case forms by index)."""
    found = _cue_match(low, i, end)
    return None if found is None else (found[0], found[1], doc[i:i + found[1]].text)


# Words that may follow "official" the person (anything else makes it an adjective before its noun)
_AFTER_AN_OFFICIAL = frozenset("said says told tells wrote writes added adds confirmed confirms explained explains "
                               "who at in of with for from familiar close speaking briefed".split())


def _official_as_adjective(low: dict[int, str], i: int, words: tuple[str, ...]) -> bool:
    """attribution.v21: the cue "official" as the adjective before its noun ("on the official forums", "an official
    statement"), no person."""
    return words == ("official",) and low.get(i + 1, "").isalpha() and low.get(i + 1) not in _AFTER_AN_OFFICIAL


@lru_cache(maxsize=1)
def _frame_pattern() -> re.Pattern:
    words = sorted(_words("account_verbs") | {"per"}, key=len, reverse=True)
    return re.compile(r"['’]s\b|\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _frame_pattern_on_lower() -> re.Pattern:
    """_frame_pattern lower-cased and case-sensitive, for lower-cased ASCII text: the same answer there at about
    half the cost (re.IGNORECASE folds each character as it compares; on ASCII text as str.lower does)."""
    pattern = _frame_pattern()
    return re.compile(pattern.pattern.lower(), pattern.flags & ~re.IGNORECASE)


@lru_cache(maxsize=1)
def _frame_substrings() -> tuple[str, ...]:
    """Lower-case strings a text must contain for _frame_pattern to match in it."""
    return ("'s", "’s", "per", *(w.lower() for w in _words("account_verbs")))


def _holds_any(lower: str, words: tuple[str, ...]) -> bool:
    for w in words:  # a plain loop: cheaper than any(map(...)) on short tuples
        if w in lower:
            return True
    return False


def _may_frame(text: str, lower: str | None = None) -> bool:
    """Whether a sentence without speech verbs may still name a speaker ("By X's account", "X now dates").
    `lower`: text.lower(), when the caller has it already."""
    # A substring test first: the pattern has no literal start and is tried at every position, and most
    # sentences hold none of its words. Only on ASCII text, where re.IGNORECASE folds as str.lower does.
    if text.isascii():
        if lower is None:
            lower = text.lower()
        if not _holds_any(lower, _frame_substrings()):
            return False
        return _frame_pattern_on_lower().search(lower) is not None
    return _frame_pattern().search(text) is not None


def _ends_with_finding(text: str) -> bool:
    """The sentence ends in a verb of finding (", the regulator found."), tested on the text's end only."""
    end = text.rstrip(" .!”\"\n")
    return "," in end[-60:] and end[-12:].rsplit(" ", 1)[-1] in _words("finding_verbs")  # (the cheaper test first)


@lru_cache(maxsize=1)
def _finding_that_substrings() -> tuple[str, ...]:
    """"found that", "concluded that": what a sentence must hold before a fronted verb of finding is read."""
    return tuple(f"{verb} that" for verb in sorted(_words("finding_verbs")))


@lru_cache(maxsize=1)
def _monitoring_substrings() -> tuple[str, ...]:
    """Lower-case strings a sentence must contain before the monitoring-site rule reads its tokens."""
    return tuple(_words("monitoring_sources"))


@lru_cache(maxsize=64)
def _name_words(provider: str) -> frozenset[str]:
    """The words of a provider's names, in the singular ("national", "air", "traffic", "service")."""
    rec = load_gazetteer().provider(provider) if provider else None
    names = (provider, *(rec.aliases if rec else ()))
    words = {w.lower().rstrip("s") for name in names for w in name.split() if len(w) > 2 and w.isalpha()}
    return frozenset(words - {"the", "and", "for"})


@lru_cache(maxsize=1)
def _owned_statement_substrings() -> tuple[str, ...]:
    """"story that", "line is that": a noun of a stated position before "that" (sentences without a speech
    verb are read for "its story that…" only when they hold one)."""
    return tuple(f"{n} {link}that" for n in sorted(_words("stance_nouns") | _words("account_nouns") | _words("publication_nouns"))
                 for link in ("", "is "))


@lru_cache(maxsize=1)
def _owned_statement_heads() -> tuple[str, ...]:
    """_owned_statement_substrings without their closing "that" ("story ", "line is ")."""
    return tuple(sub[:-len("that")] for sub in _owned_statement_substrings())


@lru_cache(maxsize=1)
def _statement_of_pattern() -> re.Pattern:
    """attribution.v20: "reading of the incident is that": a statement noun with an "of" phrase before its "is that"."""
    nouns = "|".join(sorted(_words("stance_nouns") | _words("account_nouns"), key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns}) of [^.,;:]{{1,40}}? (?:is|was|remains) that\b")


def _holds_owned_statement(lower: str) -> bool:
    """`_holds_any(lower, _owned_statement_substrings())`, read from each "that" of the text: the text before it
    ends with one of their heads (one `endswith` with all heads per "that", instead of some 120 searches of the
    whole text)."""
    heads = _owned_statement_heads()
    at = lower.find("that")
    while at >= 0:
        if lower.endswith(heads, 0, at):
            return True
        at = lower.find("that", at + 1)
    return False


@lru_cache(maxsize=1)
def _owned_colon_pattern() -> re.Pattern:
    nouns = "|".join(sorted(_words("stance_nouns") | _words("account_nouns") | _words("publication_nouns"), key=len, reverse=True))
    # (attribution.v20: a person's too, "Her verdict: the company's AI agent deleted her shop")
    return re.compile(rf"(?:['’]s|\b(?:its|his|her|their)) (?:own )?(?:{nouns})\b[^.:;,]{{0,40}}: ")


def _holds_owned_colon(lower: str) -> bool:
    """A possessed statement noun that a colon follows a few words on ("verizon's explanation arrived soon after: ")."""
    return _owned_colon_pattern().search(lower) is not None


def _may_name_monitoring(lower: str) -> bool:
    """Whether a lower-cased text holds what `Attributor._monitoring_clause` reads: a monitoring site's name,
    its class ("outage tracker"), an unnamed site ("monitoring services") or a tracking verb with reports."""
    return _holds_any(lower, _monitoring_substrings()) \
        or (("tracker " in lower or "monitoring " in lower) and _holds_any(lower, _MONITORING_CLASS_SUBSTRINGS)) \
        or (("track" in lower or "monitoring " in lower) and _holds_any(lower, _UNNAMED_SITE_SUBSTRINGS)) \
        or (_holds_any(lower, _TRACKING_VERB_SUBSTRINGS) and _holds_any(lower, ("report", "complaint", "outage")))


@lru_cache(maxsize=1)
def _stance_substrings() -> tuple[str, ...]:
    """Lower-case adjectives of certainty a sentence must contain before "X is explicit that" is read."""
    return tuple(_words("stance_adjectives"))


@lru_cache(maxsize=1)
def _short_names() -> dict[tuple[str, ...], frozenset[str]]:
    """First words of the gazetteer's providers' names, short of the whole name ("united" of United Airlines) ->
    the providers whose names begin so."""
    out: dict[tuple[str, ...], set[str]] = {}
    for rec in load_gazetteer().providers:
        for name in (rec.name, *rec.aliases):
            words = tuple(name.lower().split())
            for k in range(1, len(words)):
                out.setdefault(words[:k], set()).add(rec.name)
    return {key: frozenset(names) for key, names in out.items()}


@lru_cache(maxsize=256)
def _name_prefixes(provider: str | None, company: str | None) -> frozenset[tuple[str, ...]]:
    """Attributor._provider_name_prefixes for a provider and its company (the same for every document of theirs;
    a provider has many aliases)."""
    rec = load_gazetteer().provider(provider) if provider else None
    names = (provider or "", company or "", *(rec.aliases if rec else ()))
    return frozenset(tuple(words[:k]) for words in (name.lower().split() for name in names) for k in range(1, len(words)))


def _is_name_word(tok) -> bool:
    # title case, or a capital with lower case after it ("PocketOS", "McAllister"); not all capitals ("NOT")
    return tok.is_alpha and (tok.is_title or (tok.text[0].isupper() and not tok.is_upper)) and not tok.ent_type_


def _is_place_in_name(tok) -> bool:
    """A place word that opens a longer name ("Japan" of "Japan Airlines", "New Zealand" of "New Zealand Post")."""
    return tok.ent_type_ == "REGION" and tok.is_title and tok.is_alpha


_SAME_FORM_PASTS = frozenset("let put set cut hit shut spread split cost quit burst cast".split())  # past = present


def _is_past_form(word: str) -> bool:
    """A verb form of the simple past or past participle ("had", "deleted", "took", "let"): the narrative past."""
    if word in _SAME_FORM_PASTS or word in ("was", "were", "had", "did"):
        return True
    if not word.isalpha() or len(word) < 4:
        return False
    lemma = lemma_of(word)
    if lemma == word:
        return False
    return word.endswith("ed") or not word.endswith(("s", "ing", "er", "est"))  # "took", "began" (not "servers")


# attribution.v15: verbs of saying whose subject may be a lone name met first ("MainOne said afterwards that …"), and the
# adverbs and auxiliaries that may stand between
_LONE_NAME_VERBS = frozenset("said says told tells wrote writes confirmed confirms added adds explained explains stated states "
                             "announced announces denied denies insisted insists acknowledged acknowledges admitted admits "
                             "blamed blames".split())
# attribution.v15: participles of saying after a comma that close a clause telling what the subject did
_NARRATED_PARTICIPLES = frozenset("blaming citing saying attributing explaining adding".split())
# "Engineers at Harlowe Games said", "a spokesperson from the bank": a name after these tells whose the subject is (and
# "by" its agent), so it still names the speaker; after other prepositions ("knowledge of X's outage") it does not
_AFFILIATION = frozenset("at from by".split())
# Who runs a service, and the plain nouns a text names the service by ("the network's operator")
_RUNNERS = frozenset("operator operators owner owners maker makers developer developers publisher".split())
_RUNNING_VERBS = frozenset("runs operates owns manages ran operated owned managed".split())
_RUNNING_VERBS_BASE = _RUNNING_VERBS | frozenset("run operate own manage".split())  # (", which DISH also runs,")
_SERVICE_NOUNS = frozenset("network system service platform app site website portal exchange pipeline game".split())
_LONE_NAME_FILLERS = frozenset("later afterwards also has had then subsequently initially first previously".split())

class Attributor:
    """Walks the sentences of one document in order, remembering open quotations, the last speaker and
    the people it has met."""

    def __init__(self, doc: Doc, source_kind: str, provider: str | None, company: str | None,
                 outlet: str | None, views: list[SentenceInfo] | None = None) -> None:
        """`views`: the document's sentence views, when the caller has them (made here when a rule looks
        ahead, otherwise)."""
        self.doc = doc
        self.source_kind = source_kind if source_kind in ("vendor", "press", "other") else "press"
        self.provider = provider
        self.company = company
        self.outlet = outlet
        self.last: Speaker | None = None
        self.open_quote: Speaker | None = None
        self.last_sentence = -10
        self.scope_start: int | None = None  # char offset where the named speaker's words begin
        self.lead: Speaker | None = None  # voice of the words before scope_start, when not the document's
        self._low: dict[int, str] = {}
        self._ents: dict[int, object] = {}
        self.quote_paragraph = self.quote_sentence = -1
        self.people: dict[str, Speaker] = {}  # "Prince" -> the speaker "Matthew Prince" was introduced as
        self._quoted_by: Speaker | None = None  # speaker of the previous sentence's quotation
        self._quoted_sentence = self._quoted_paragraph = -10
        self._views: list[SentenceInfo] | None = views
        self._pronoun_of: dict[str, str] = {}  # speaker name -> "he" / "she", as pronouns have referred to them
        self._role_entity: str | None = None  # the company of the role found around a name (set by _role_around)
        self._class_heads: frozenset[str] | None = None  # "the airline", "the bank": nouns naming the provider (made when first asked)
        self._cue_texts: dict[tuple[int, int], str] = {}  # (token, length) -> text of a cue, made once
        self._voice: Speaker | None = None  # the document's own voice, for (source_kind, provider, outlet) in _voice_of
        self._voice_of: tuple | None = None
        self._pending_open: str | None = None  # the mark opening this sentence's quotation, left on the previous one
        self.documents: dict[str, Speaker] = {}  # "post" -> who published the post the text named
        self._voices: list[tuple[int, Speaker]] = []  # (char offset, voice) of the sentence just read (`voices`)
        # sentences `speaker` was asked for and has not read yet, with the speakers it returned for them (weak
        # references: a speaker holds the attributor until read, and no cycle keeps a document alive after use)
        self._unread: deque[tuple[SentenceInfo, weakref.ref[_DeferredSpeaker]]] = deque()
        self._more_voices: list[tuple[int, Speaker]] = []  # (token, voice) after the first two
        self._owned_tail: Speaker | None = None  # "its statement that …": the owner's words
        self._answer_paragraph = -1  # paragraph of an interview answer ("A: …") being read
        self._interviewee: Speaker | None = None  # who answers the "Q:"s, found once
        self._turn: tuple[int, Speaker] | None = None  # (paragraph, speaker) of a transcript's turn ("Caller: …")
        self._turn_people: dict[str, Speaker] = {}  # a transcript's speakers by name and surname ("Annis Corlett", "Corlett")
        # an "According to X," / "By X's account," opening: (X, paragraph, sentence, carried into any next sentence)
        self._according: tuple[Speaker, int, int, bool] | None = None
        # a sentence of a press document citing the vendor's publication ("AWS said in its summary …"): (the vendor,
        # paragraph, sentence), carried into a next sentence that goes on telling the technical story
        self._vendor_account: tuple[Speaker, int, int] | None = None
        self._tokens: DocTokens | None = None  # the document's per-token lists (set by _read)
        self._read_text: tuple[int, str] = (0, "")  # (char offset, text) of the sentence _read last read
        self._current: SentenceInfo | None = None  # the sentence `speaker` is reading
        self._name_prefixes: frozenset[tuple[str, ...]] | None = None  # `_provider_name_prefixes`, made once
        self._named_providers: frozenset[str] | None = None  # providers the document names (`_provider_named_short`)
        self._known_provider: bool | None = None  # the provider is in the gazetteer (`_is_known_provider`)

    def _span_text(self, a: int, b: int) -> str:
        """`doc[a:b].text`, cut by token offsets from the text of the sentence last read, which holds the
        tokens a rule reads (no Span is made); from the Doc when the tokens lie outside it."""
        start, text = self._read_text
        idx, length = self._tokens.idx, self._tokens.length
        lo, hi = idx[a] - start, idx[b - 1] + length[b - 1] - start
        if lo < 0 or hi > len(text):
            return self.doc[a:b].text
        return text[lo:hi]

    def _is_name_at(self, i: int) -> bool:
        """`_is_name_word(doc[i])`, without making the Token for a word that starts in lower case (no title-case
        word does: str.istitle, which is_title is) when the token lies in the sentence last read."""
        start, text = self._read_text
        first = self._tokens.idx[i] - start
        if 0 <= first < len(text) and text[first].islower():
            return False
        return _is_name_word(self.doc[i])

    def _inside_name(self, i: int) -> bool:
        """Token i is a later word of a name the gazetteer knows: "Group" of "UnitedHealth Group" is no cue of a group."""
        return any(e.tok < i < e.end_tok for e in self._ents.values())

    def _cue(self, i: int, end: int) -> tuple[str, int, str] | None:
        """`_cue_at` on the sentence being read, with each cue's text made once per document."""
        low = self._low
        found = _cue_match(low, i, end)
        if found is None or self._inside_name(i) or low.get(i - 1) == "in":
            # (a cue after "in" is where it was said, not who said it: "In a post on its blog, Zapnet said")
            return None
        kind, n = found
        text = self._cue_texts.get((i, n))
        if text is None:
            text = self._cue_texts[i, n] = self._span_text(i, i + n)
        return kind, n, text

    def _is_cue(self, i: int, end: int) -> bool:
        """Whether a speaker cue starts at token i (`_cue` without making its text)."""
        low = self._low
        return _cue_match(low, i, end) is not None and not self._inside_name(i) and low.get(i - 1) != "in"

    def default(self) -> Speaker:
        """The voice of a sentence's words before `scope_start` (the document's own voice unless the
        sentence just read opened with someone else's words)."""
        self._read_unread()
        return self._default()

    def _default(self) -> Speaker:
        if self.lead is not None:
            return self.lead
        return self._document_voice()

    def _document_voice(self) -> Speaker:
        key = (self.source_kind, self.provider, self.outlet)
        if self._voice_of != key:  # made once (Speaker is immutable), again only if these change
            if self.source_kind == "vendor":
                self._voice = Speaker("vendor", self.provider or "vendor", False)
            else:
                self._voice = Speaker(self.source_kind, self.outlet or self.source_kind, False)
            self._voice_of = key
        return self._voice

    @property
    def voices(self) -> list[tuple[int, Speaker]]:
        """(char offset, voice) of the last sentence `speaker` was asked for, from its first voice on."""
        self._read_unread()
        return self._voices

    def speaker_at(self, char: int) -> Speaker:
        """The voice at a char offset of the last sentence `speaker` was asked for. Finer than
        `scope_start`/`default()`, which carry only the first two voices: "Tuesday's failure, which Cloudflare
        has traced to a configuration change, came weeks after…" is the outlet's, then Cloudflare's, then the
        outlet's."""
        self._read_unread()
        return self._speaker_at(char)

    def _speaker_at(self, char: int) -> Speaker:
        current = self._voices[0][1]
        for start, voice in self._voices:
            if char >= start:
                current = voice
        return current

    # -- who a name stands for ------------------------------------------------------------------
    def _entity_kind(self, ent_label: str, ent_id: str) -> str:
        if ent_label == "PROVIDER" and ent_id == self.provider:
            return "vendor"
        if ent_label == "PROVIDER" and self.company and _company_of(ent_id) == self.company:
            return "vendor"  # "the company's Microsoft 365 account" in an Azure story: one company
        if ent_label == "SERVICE" and ent_id.split("|", 1)[0] == self.provider:
            return "vendor"  # "Facebook said": a product named for its company
        if ent_label == "SERVICE" and self.company and _company_of(ent_id.split("|", 1)[0]) == self.company:
            return "vendor"
        if ent_label == "COMPANY" and self.company and ent_id == self.company:
            return "vendor"
        return "other"

    def _entity_speaker(self, e) -> Speaker:
        entity = e.ent_id.split("|", 1)[0]
        kind = self._entity_kind(e.label, e.ent_id)
        if kind == "vendor" and entity not in (self.provider, self.company):
            entity = self.company  # a sibling provider or service speaks for the same company
        return Speaker(kind, e.text, True, entity)

    def _entity_ending_at(self, i: int):
        """The speaker entity whose last token is i."""
        for e in self._ents.values():
            if e.end_tok - 1 == i or (e.end_tok == -1 and e.tok == i):
                return e
        return None

    def _possessor(self, i: int) -> tuple[str, str | None] | None:
        """(kind, entity) of the owner in "Google's (own) report", "the company's statement"."""
        low = self._low
        j = i - 1
        if low.get(j) == "own":
            j -= 1
        if low.get(j) not in ("'s", "’s"):
            return None
        e = self._entity_ending_at(j - 1)
        if e is not None:
            speaker = self._entity_speaker(e)
            return speaker.kind, speaker.entity
        if low.get(j - 1) in ("company", "firm"):
            return "vendor", None
        if low.get(j - 2) == "the" and low.get(j - 1) in self._provider_class_heads():
            return "vendor", None  # attribution.v17: "the bank's court filing" of a bank
        k = j - 1
        while k - 1 in low and k > j - 4 and _is_name_word(self.doc[k - 1]):
            k -= 1  # (the name's first word: "Farrowdale Bank's")
        if j - 1 in low and _is_name_word(self.doc[j - 1]) and self._names_provider(k, j):
            return "vendor", self.provider  # attribution.v20: the provider the gazetteer lacks, by its name ("Quillstock's head of …")
        if low.get(j - 1) in _words("calendar_words"):
            return None  # attribution.v24: "Friday's postmortem" is the day's, owned by no one the day names
        if j - 1 in low and _is_name_word(self.doc[j - 1]) and not self._is_cue(j - 1, j) and not self._names_provider(j - 1, j):
            if self._short_name_of_provider(self.doc[j - 1].text):
                return "vendor", self.provider  # "Blizzard's president" of Blizzard Entertainment's service
            return "other", None  # "Acme's chief executive": an organisation we do not know is not the provider
        return None

    def _written_by(self, i: int) -> tuple[str, str | None] | None:
        """(kind, entity) of the owner of a publication at token i, over up to two adjectives
        ("Amazon's own posts", "its public statements")."""
        low = self._low
        for k in range(i, i - 3, -1):
            before = low.get(k - 1, "")
            if before in ("'s", "’s"):
                return self._possessor(k)
            if before == "its":
                return "vendor", None
            if not before.isalpha() or before in ("the", "a", "an"):
                return None
        return None

    def _owner_kind(self, i: int, n: int, hi: int) -> str | None:
        """Whose role the cue at tokens [i, i+n) is: "Amazon's spokesperson", "CrowdStrike chief
        executive", "Signalpath co-founder", "a spokesperson for AWS", "the CTO of a retail chain"."""
        low, doc = self._low, self.doc
        if low.get(i) not in ("the", "a", "an"):  # a cue with its own article has no modifier before it
            owner = self._possessor(i)
            k = i
            while owner is None and k > i - 2 and k - 1 in low and low[k - 1].isalpha() and doc[k - 1].text.islower() \
                    and not doc[k - 1].is_stop:
                k -= 1  # "Kettlebrook's technical director", "Acme's chief operating officer" (attribution.v13)
                owner = self._possessor(k)
            if owner is not None:
                return owner[0]
            if low.get(i - 1) == "its":
                return "vendor"
            e = self._entity_ending_at(i - 1)
            if e is not None:
                # (a place that opens the provider's name is the provider: "an Alaska spokesperson" of Alaska Airlines)
                return "vendor" if e.label == "REGION" and self._short_name_of_provider(e.text) else self._entity_kind(e.label, e.ent_id)
            if i - 1 in low and _is_name_word(doc[i - 1]) and not doc[i - 1].is_stop and not self._is_cue(i - 1, hi) \
                    and low[i - 1] not in _TITLE_WORDS \
                    and not (low.get(i - 2) == "the" and low[i - 1].endswith(_DEMONYM_ENDINGS)):
                # "Signalpath co-founder": an organisation we do not know is not the provider; "a United spokesman"
                # names it by the first word of its name; attribution.v15: "a Tarnwick spokesperson" of a provider the
                # gazetteer lacks, named so in full
                if self._short_name_of_provider(doc[i - 1].text) or self._names_provider(i - 1, i):
                    return "vendor"
                a = i - 1
                while a - 1 in low and a > i - 4 and _is_name_word(doc[a - 1]) and not doc[a - 1].is_stop:
                    a -= 1  # attribution.v23: "a Wrenfield Pay spokesperson", the provider's whole name before the cue
                return "vendor" if a < i - 1 and self._names_provider(a, i) else "other"
        if low.get(i + n - 1) == "of" and low.get(i + n) in ("a", "an", "one", "another", "several"):
            return "other"  # attribution.v25: "the head of a primary school", a cue that holds its "of"
        k = next((t for t in range(i + n, min(i + n + 4, hi)) if low.get(t) in ("of", "at", "for", "from")
                  or low.get(t) in _words("clause_breaks")), i + n)
        if low.get(k) in ("of", "at", "for", "from"):  # "the head (of engineering) at a Dutch retailer"
            nxt = low.get(k + 1, "")
            if nxt in ("a", "an", "one", "another", "several"):
                return "other"  # "the founder of a London software company"
            if nxt in ("its", "the") and low.get(k + 2) in ("company", "firm"):
                return "vendor"
            if nxt == "the" and (low.get(k + 2) in _OVERSEEING_BODIES or low.get(k + 2) in _PUBLIC_BODIES) \
                    and low.get(k + 2) not in self._provider_class_heads():
                return "other"  # attribution.v19: "a spokeswoman for the regulator", "a representative of the union"
            for t in range(k + 1, min(k + 4, hi)):
                if t in self._ents:
                    return self._entity_kind(self._ents[t].label, self._ents[t].ent_id)
            if k + 1 < hi and _is_name_word(doc[k + 1]):
                # "a director at Kettlebrook" of Kettlebrook Studios: the provider by the first word of its name
                return "vendor" if self._short_name_of_provider(doc[k + 1].text) or self._names_provider(k + 1, k + 2) else "other"
        return None

    def _clause_start(self, i: int) -> int:
        """First token of the clause holding token i (after the last comma, quote mark or sentence start)."""
        breaks = _breaks()
        j = i - 1
        while j in self._low and self._low[j] not in breaks:
            j -= 1
        return j + 1

    def _cue_speaker(self, i: int, cue: tuple[str, int, str], hi: int) -> Speaker:
        """The speaker a cue at token i names (`_cue_speaker_of_kind`), as an aside after it may change it: a staff
        member speaking in a personal capacity is another party, an unnamed source who would not be named the outlet's."""
        speaker = self._cue_speaker_of_kind(i, cue, hi)
        if speaker.kind == "vendor" and self._personal_capacity(i + cue[1]):
            return Speaker("other", speaker.name, True)  # "one of the bank's engineers, writing in a personal capacity, said"
        if speaker.kind == "other" and self.provider and self._for_the_provider(i + cue[1]):
            # attribution.v25: "a moderator on its forums, posting for the company, wrote": someone who speaks for it
            return Speaker("vendor", speaker.name, True, self.company)
        if speaker.kind == "vendor" and self._former_before(i):
            return Speaker("other", speaker.name, True)  # attribution.v18: "a former head of infrastructure at the bank"
        if speaker.kind == "other" and cue[2].lower().split()[-1] not in _SERVED_PEOPLE \
                and self._anonymous_after(i + cue[1]) and not self._works_elsewhere(i, cue[1]):
            return Speaker("press", speaker.name, True)
        return speaker

    def _modifies_a_title_complement(self, i: int, n: int, verb: int) -> bool:
        """attribution.v28: the cue at token i (n tokens) follows "of" and modifies the noun after it, before the verb:
        "head of customer operations", "director of customer experience" name a role, whose holder speaks."""
        low = self._low
        after = low.get(i + n, "")
        return low.get(i - 1) == "of" and i + n < verb and after.isalpha() and after not in _words("prepositions") \
            and after not in _words("auxiliaries") and after not in _words("relatives")

    def _former_before(self, i: int) -> bool:
        """"a former engineer", "a former head of infrastructure at the bank": "former" (retired, ex-) before the cue at
        token i, within its noun phrase (no comma, verb or clause word between)."""
        low = self._low
        for k in range(i - 1, max(min(low), i - 7) - 1, -1):
            word = low.get(k, ".")
            if word in _FORMER:
                return True
            if not word.isalpha() or word in ("who", "which", "that", "and", "said", "says"):
                return False
        return False

    def _personal_capacity(self, j: int) -> bool:
        """attribution.v17: an aside after the speaker says they speak for themselves ("writing in a personal capacity",
        "speaking personally"), not for their employer."""
        # (past the clause the cue's verb ends: the aside may stand between the subject and its verb)
        text = " ".join(self._low.get(k, "") for k in range(j, j + _ANONYMITY_REACH))
        return "personal capacity" in text or "speaking personally" in text or "own behalf" in text

    def _for_the_provider(self, j: int) -> bool:
        """attribution.v25: an aside after the speaker says they speak or write for the provider ("posting for the company",
        "writing on behalf of the bank"), within the reach of an anonymity aside."""
        low = self._low
        for k in range(j, j + _ANONYMITY_REACH):
            if low.get(k) in _ON_BEHALF_VERBS:
                after = k + 1
                if low.get(after) == "on" and low.get(after + 1) == "behalf" and low.get(after + 2) == "of":
                    after += 3
                elif low.get(after) == "for":
                    after += 1
                else:
                    continue
                return self._staff_of_provider(after)
        return False

    def _work_at_provider_after(self, j: int) -> bool:
        """attribution.v17: "who work on the bank's payment systems", "who worked at the company": a relative clause of
        working at or on the provider (unnamed insiders are the outlet's sources)."""
        low = self._low
        if low.get(j) not in ("who", "that") or low.get(j + 1) not in _WORK_FORMS or low.get(j + 2) not in _INSIDE_PREPOSITIONS | {"on"}:
            return False
        k = j + 3
        if k in self._ents:
            return self._entity_speaker(self._ents[k]).kind == "vendor"
        if k in low and self.doc[k].text[:1].isupper() and self._short_name_of_provider(self.doc[k].text):
            return True  # attribution.v20: "who work at Wrenfield", the provider named again by its first word
        return low.get(k) in ("the", "its") and (low.get(k + 1) in ("company", "firm") or low.get(k + 1) in self._provider_class_heads())

    def _anonymous_after(self, j: int) -> bool:
        """An aside right after the speaker's words says the speaker would not be named (_ANONYMITY_PHRASES)."""
        low = self._low
        if low.get(j) not in (",", "(", "who", "speaking") and low.get(j + 1) not in (",", "who"):
            return False
        text = " ".join(low.get(k, "") for k in range(j, j + _ANONYMITY_REACH))
        return any(phrase in text for phrase in _ANONYMITY_PHRASES)

    def _works_elsewhere(self, i: int, n: int) -> bool:
        """The speaker works at an organisation other than the provider: "a network engineer at a European hosting
        company, who asked not to be named, said" is someone else's engineer."""
        low = self._low
        # "at" ends the cue ("developers at"), follows it, or stands before it when the cue is the workplace itself
        # ("an engineer at a hosting company")
        at = next((k for k in (i + n - 1, i + n, *range(i - 1, i - 5, -1)) if low.get(k) == "at"), None)
        return at is not None and not self._staff_of_provider(at + 1)

    def _cue_speaker_of_kind(self, i: int, cue: tuple[str, int, str], hi: int) -> Speaker:
        kind, n, text = cue
        lowered = text.lower()
        if lowered in ("we", "our") and self.source_kind == "press" and self._outlet_speaks(None, i):
            return self._outlet_voice()  # "By our count, …" in a press article: the outlet's own reckoning
        role = kind == "vendor"  # a role of a company ("chief executive"), whoever's it is
        if kind == "other" and lowered in ("official", "officials") and (
                self._low.get(i - 1) in ("company", "firm") or self._low.get(i - 1) in self._provider_class_heads()):
            return Speaker("vendor", self.provider or text, True, self.company)  # attribution.v19: "bank officials said" of a bank
        if kind == "other" and lowered in ("developers", "developer") and self._low.get(i - 1) == "its":
            # attribution.v22: "Its developers said" in a report on a game or an app: the maker's own people
            return Speaker("vendor", self.provider or text, True, self.company)
        if kind == "other" and lowered in _GOVERNMENT_VOICES and (self.provider or "").startswith("Government of ") \
                and self._low.get(i - 1) not in ("another", "foreign", "opposition"):
            # attribution.v22: when a national government is the provider, its ministers and officials speak for it
            return Speaker("vendor", self.provider, True, self.company)
        if kind != "press" and self._sources_at_before(i):
            return Speaker("press", text, True)  # attribution.v19: "sources at the bank said": insiders unnamed, the outlet's
        if kind != "press" and self._counted_at_clause_start(i) and self._tells_the_outlet(i + n, i + n + 4):
            # attribution.v26: "Two council waste officers told the Kerbside Herald that …": a counted group, unnamed, telling
            # the outlet is its source (as "two engineers at the company" are)
            return Speaker("press", text, True)
        if lowered in _RUNNERS and self._runner_of_the_service(i, n):
            # attribution.v16: "the network's operator said", "the operator of the system said": who runs the service the
            # text is about speaks for it
            return Speaker("vendor", self.provider or text, True, self.company)
        counted = self._counted_insiders_before(i) if kind == "vendor" and lowered in ("the company", "company", "the firm") else None
        if counted is not None:
            return Speaker("press", self._span_text(counted, i + n), True)  # "two people inside the company say"
        if lowered in _DESCRIBED_HEADS and self._rival_before(i):
            return Speaker("other", text, True)  # "the rival company said", "another carrier said", "a provider said"
        described = lowered in _DESCRIBED_HEADS and self._definite(i)
        if lowered == "firm" and described and self._described_by_kind(i) and self.provider \
                and not any(self._low.get(t) in _OUTSIDE_TRADES for t in range(i - 3, i)):
            # attribution.v23: "the payments firm said", "the Dublin-based firm said": the firm spoken of, described
            # (not "the security firm", "the research firm": an outside trade's firm is another party)
            return Speaker("vendor", self.provider, True, self.company)
        head = lowered[4:] if lowered.startswith("the ") else lowered  # (a cue may hold its article: "the ministry")
        if kind == "other" and head in _words("provider_class_heads") and head in self._provider_class_heads() \
                and (head != lowered or self._low.get(i - 1) == "the" or (described and self._described_by_kind(i))
                     # attribution.v28: a word of the provider's name before it ("Brightwater officials"), or the
                     # organisers of the event the provider is, however written ("PyeongChang organisers confirmed")
                     or self._is_name_at(i - 1) and self._low.get(i - 1, "").rstrip("s") in self._provider_name_words()
                     or head in _EVENT_ORGANISERS):
            # "the airline said" of American Airlines; "the Seattle-based carrier said" of Alaska Airlines
            return Speaker("vendor", self.provider or text, True, self.company)  # "the airline said" of American Airlines
        if lowered in _RUNNING_HEADS and self._low.get(i - 1) in self._provider_class_heads() and self._definite(i) \
                and self._described_by_kind(i):
            # attribution.v17: "the Chicago exchange operator said" of CME Group: who runs a body of the provider's class
            return Speaker("vendor", self.provider or text, True, self.company)
        if kind == "other" and lowered in _words("provider_class_heads") and lowered not in _PUBLIC_BODIES and self._definite(i) \
                and (lowered in _EPITHETS or not self._provider_class_heads()) and self._last_organisation_is_provider(i):
            return Speaker("vendor", self.provider or text, True, self.company)  # "Barclays customers … The bank has said"
        if lowered in _words("publication_cues"):
            owner = self._written_by(i)
            if owner is not None:  # "AWS's own posts describe", "its public statements called"
                return Speaker(owner[0], text, True, owner[1])
            issuer = self._issued_by_body_after(i + n)
            if issuer is not None:  # attribution.v19: "a statement from the union", "a report by the regulator"
                return Speaker(issuer, text, True, self.company if issuer == "vendor" else None)
        if kind == "other" and lowered in _STAFF_AT and self._staff_of_provider(i + n):
            if self._low.get(i - 1, "") in _COUNTED_FEW:
                # "according to two engineers at the company": insiders counted, not named, speak to the press
                # (attribution.v13); "Engineers at Cloudflare have traced …" is the company's finding
                return Speaker("press", text, True)
            if (i + n) in self._ents:
                return Speaker("vendor", self._ents[i + n].text, True, self._entity_speaker(self._ents[i + n]).entity)
        # ("The Daily Ledger's sources": sources are anonymous, whoever's they are — the press's, by the guide)
        possessor = self._possessor(i) if kind == "press" and lowered not in ("sources", "source") else None
        if possessor is not None:  # "Google's own report": the company's publication, not the press's
            return Speaker(possessor[0], text, True, possessor[1])
        owner = self._owner_kind(i, n, hi) if kind == "vendor" else None  # "AWS customers" stay customers
        if lowered in _words("staff_roles"):
            owner = self._staff_owner(i, n, hi)  # "its engineering manager" (vendor), "a hotel manager" (other)
            if owner is None and self.source_kind == "vendor" and not any(
                    self._low.get(k) in ("a", "an", "one", "another") for k in (i - 1, i - 2)):
                owner = "vendor"  # "Deputy Director Maria Okafor said" in the vendor's own release: its staff
        if owner is not None:
            kind = owner
        elif kind == "vendor" and lowered in _words("proprietor_roles") and self._low.get(i - 1) not in ("its", "the", ",", None):
            kind = "other"  # "a restaurant owner said", "one owner said": someone else's business
        elif kind == "vendor" and lowered.split()[-1] in _words("person_roles") and self._role_of_some_business(i):
            kind = "other"  # "a startup founder says", "a bank executive said": someone else's business
        name = text
        if kind == "vendor" and self.provider and lowered in ("spokesperson", "spokeswoman", "spokesman", "representative"):
            name = f"{self.provider} {text}"  # "a company spokesperson" -> include the company for readability
        if kind == "other" and (lowered in _words("provider_class_heads") or lowered in _DESCRIBED_HEADS) \
                and self._provider_named_at(i + n, hi):
            # attribution.v15: "Dutch rail operator NS halted all trains, blaming …": the kind written before the
            # provider's name introduces the provider itself
            return Speaker("vendor", self.provider, True, self.company)
        person = self._named_after(i + n, hi)
        if person is None and lowered.endswith(" of"):
            k = i + n  # "head of engineering, Nick Rockwell,": the name after the role's object
            while k < min(i + n + 3, hi) and self._low.get(k, "").isalpha() and self._low.get(k) == self.doc[k].text:
                k += 1
            person = self._named_after(k, hi) if k > i + n else None
        if person is not None:
            a, b = person
            if lowered in ("company", "firm", "the company", "the firm"):
                if self._low.get(i - 1) in ("parent", "holding") and self._low.get(i - 2) == "its":
                    # attribution.v19: "Its parent company, Orvex Holdings, said": the owner speaks for its own
                    return Speaker("vendor", self.doc[a:b].text, True, self.company)
                return Speaker("other", self.doc[a:b].text, True)  # "internet services company Netcraft"
            speaker = Speaker(kind, self.doc[a:b].text, True, self._role_owner_entity(i) if role else None)
            self.people[speaker.name] = self.people[self.doc[b - 1].text] = speaker  # "According to Dieken" later
            return speaker
        return Speaker(kind, name, True, self._role_owner_entity(i) if role else None)

    def _issued_by_body_after(self, k: int) -> str | None:
        """attribution.v19: the kind of the body a publication comes from, named by a noun after "from/by the": the
        provider's ("from the company", "from the bank" of a bank) or an overseeing or public body's ("from the union",
        "by the regulator")."""
        low = self._low
        if low.get(k) in ("from", "by") and k + 1 in low and _is_name_word(self.doc[k + 1]):
            # attribution.v20: "a report by Moody's", "a note from Coldwater Research": a named body's publication
            if k + 1 in self._ents:
                return self._entity_speaker(self._ents[k + 1]).kind
            m = k + 1
            while m + 1 in low and _is_name_word(self.doc[m + 1]):
                m += 1
            return "vendor" if self._names_provider(k + 1, m + 1) else "other"
        if low.get(k) not in ("from", "by", "of") or low.get(k + 1) != "the":
            return None
        noun = low.get(k + 2)
        if noun in ("company", "firm") or noun in self._provider_class_heads():
            return "vendor"
        if noun in _OVERSEEING_BODIES or noun in _PUBLIC_BODIES:
            return "other"
        return None

    def _runs_the_provider(self, first: int, last: int) -> bool:
        """The aside between the commas at `first` and `last` says its subject runs the provider: ", which runs Zengin,"."""
        low = self._low
        return low.get(first + 1) in ("which", "that", "who") and low.get(first + 2) in _RUNNING_VERBS \
            and self._provider_named_at(first + 3, last)

    def _run_by_the_provider(self, first: int, last: int) -> bool:
        """attribution.v29: the aside between the commas at `first` and `last` says the provider runs its subject: ", which
        DISH also runs," (the speaker is the provider's own site or arm)."""
        low = self._low
        if low.get(first + 1) not in ("which", "that") or low.get(last - 1) not in _RUNNING_VERBS_BASE:
            return False
        k = last - 2
        while k > first + 2 and low.get(k) in ("also", "still", "now", "too"):
            k -= 1
        return any(self._provider_named_at(j, k + 1) for j in range(first + 2, k + 1))

    def _runner_of_the_service(self, i: int, n: int) -> bool:
        """The cue at [i, i+n) is owned by the service itself, named by a plain noun after "the" or "its": "the network's
        operator", "its platform's owner", "the operator of the system"."""
        low = self._low
        if low.get(i - 1) in ("'s", "’s"):
            return low.get(i - 2) in _SERVICE_NOUNS and low.get(i - 3) in ("the", "its")
        return low.get(i + n) == "of" and low.get(i + n + 1) in ("the", "its") and low.get(i + n + 2) in _SERVICE_NOUNS

    def _staff_of_provider(self, j: int) -> bool:
        """Token j names the document's provider: its name, or "the company" / "the firm" / "the bank" of it."""
        if j in self._ents:
            return self._entity_speaker(self._ents[j]).kind == "vendor"
        return self._low.get(j) == "the" and (self._low.get(j + 1) in ("company", "firm", "business")
                                              or self._low.get(j + 1) in self._provider_class_heads())

    def _role_of_some_business(self, i: int) -> bool:
        """An indefinite role with the kind of business before it ("a startup founder", "one retail executive"),
        not the company's own ("a company spokesperson")."""
        low = self._low
        before = low.get(i - 1, "")
        if not before.isalpha() or before in ("company", "firm", "its", "their", "the"):
            return False
        if low.get(i) in _SPOKES_ROLES and before in self._provider_class_heads() and low.get(i - 2) != "another":
            return False  # attribution.v17: "a bank spokesperson" of a bank speaks for it, as "a company spokesperson" does
        return low.get(i - 2) in ("a", "an", "one", "another") or (low.get(i - 2, "").isalpha() and low.get(i - 3) in ("a", "an", "one", "another"))

    def _rival_before(self, i: int) -> bool:
        """The noun at i is set apart from the provider by its article, a possessive or a word before it ("a
        provider", "its cloud provider", "another carrier", "the rival firm")."""
        low = self._low
        for t in range(i - 1, i - 5, -1):
            word = low.get(t)
            if word is None or word == "the":
                return False
            if word in ("parent", "holding"):
                return False  # "Optus's parent company, Singtel, said", "its holding company said": the owner speaks for it
            if word in _RIVAL_WORDS or word in ("a", "an", "one"):
                return True
            if word in ("its", "their", "'s", "’s"):
                return True  # "its cloud provider said", "Slack's bank said": a supplier of the provider
            if not word.isalpha():
                return False
        return False

    def _described_by_kind(self, i: int) -> bool:
        """Only description stands between "the" and the noun at i: a place or nationality, "-based", a size
        or a trade ("the Seattle-based carrier", "the Chinese provider", "the largest wireless carrier")."""
        low = self._low
        t = i - 1
        while t in low and low[t] != "the":
            word = low[t]
            if not (word == "-" or word.endswith("based") or word.isalpha()):
                return False
            if t in self._ents and self._ents[t].label != "REGION":
                return False  # another company's name: "the Verizon-owned carrier"
            t -= 1
        return low.get(t) == "the"

    def _definite(self, i: int) -> bool:
        """"the bank", "The Monroe-based carrier": the noun at i has a definite article before its modifiers."""
        low = self._low
        for t in range(i - 1, i - 5, -1):
            word = low.get(t)
            if word == "the":
                return True
            if word is None or word in _breaks() or word in ("a", "an", "another", "one", "its", "their", "his", "her"):
                return False
        return False

    def _last_organisation_is_provider(self, i: int) -> bool:
        """A definite "the bank" with no class known for the provider names the organisation the text named last
        (in this sentence or the five before): the provider when that is the provider ("Barclays customers … .
        The bank has said…"), someone else after another company ("Lloyds said… The bank added…")."""
        views = self._views
        if not views or self._current is None:
            return False
        current = self._current
        unknown = bool(self.provider) and not self._is_known_provider()
        for view in reversed(views[max(0, current.index - 5):current.index + 1]):
            named = [e for e in view.ents if e.label in ("PROVIDER", "COMPANY") and e.tok < i]
            if named:
                return self._entity_speaker(named[-1]).kind == "vendor"
            if unknown and self.provider in view.text:
                return True  # "Kiwibank customers could not log in. The bank said…": a provider the gazetteer lacks
        return False

    def _outlet_speaks(self, sent: SentenceInfo | None, i: int) -> bool:
        """A first person ("we", "our") in a press article outside any quotation is the outlet's own voice
        ("By our count…", "we saw no sign of…"); inside quotation marks it is whoever is quoted."""
        if self.source_kind != "press" or self.open_quote is not None:
            return False
        start, text = self._read_text
        before = text[:max(self._tokens.idx[i] - start, 0)]
        marks = before.count('"') + before.count("“") + before.count("”")
        return marks % 2 == 0

    def _outlet_voice(self) -> Speaker:
        voice = self._document_voice()
        return Speaker(voice.kind, voice.name, True)

    def _role_owner_entity(self, i: int) -> str | None:
        """The company a role at token i belongs to when named right before it ("CrowdStrike chief executive",
        "Oracle's spokesperson"): the speaker then takes its kind relative to each incident's provider (a
        recalled CrowdStrike incident makes its chief the vendor)."""
        j = i - 1
        if self._low.get(j) in ("'s", "’s"):
            j -= 1
        e = self._entity_ending_at(j)
        return self._entity_speaker(e).entity if e is not None and e.label in ("PROVIDER", "COMPANY") else None

    def _relative_publication(self, sent: SentenceInfo, verb: int) -> Speaker | None:
        """"…differs from the company's first notice on Saturday, which spoke only of an equipment failure": a
        relative pronoun whose antecedent is a publication with an owner speaks for the owner, up to its
        clause's end."""
        low = self._low
        rel = verb - 1
        while low.get(rel) in _words("auxiliaries"):
            rel -= 1
        restrictive = low.get(rel) == "that"
        if not (low.get(rel) == "which" and low.get(rel - 1) == ",") and not restrictive:
            return None
        nouns = _words("publication_nouns")
        for t in range(rel - (1 if restrictive else 2), max(sent.span.start, rel - 8) - 1, -1):
            if low.get(t) in _breaks():
                return None
            if low.get(t) in nouns:
                owner = self._publication_owner(sent, t)
                if owner is None and "its" in (low.get(t - 1), low.get(t - 2)):
                    owner = ("vendor", self.company)
                if owner is None:
                    publisher = self._publisher_of(sent, t)  # ", publishing a post on Friday that called…"
                    return publisher
                if not restrictive:
                    self.scope_start = self.doc[rel - 1].idx
                return Speaker(owner[0], self._span_text(t, t + 1), True, owner[1])
        return None

    def _publisher_of(self, sent: SentenceInfo, t: int) -> Speaker | None:
        """The subject of the verb of publishing whose object is the noun at t: ", publishing a post" after
        the main clause takes the main clause's subject."""
        low = self._low
        for k in (t - 1, t - 2):
            if low.get(k) in _words("publishing_participles") and low.get(k - 1) == ",":
                return self._main_subject(sent, k)
            if low.get(k) in _PUBLISHED_VERBS:
                # attribution.v28: "Three days later the company published a post-mortem that said …": who published it
                return self._main_subject(sent, k)
        return None

    def _provider_described(self, verb: int) -> tuple[int, Speaker] | None:
        """"The air traffic service says…" of National Air Traffic Services: a definite subject made of the words
        of the provider's name (singular or plural) names the provider."""
        low = self._low
        start = self._clause_start(verb)
        if low.get(start) in ("and", "but"):
            start += 1
        if low.get(start) != "the" or not self.provider:
            return None
        end = start + 1
        while end < verb and low.get(end, "").isalpha() and low.get(end) not in _words("auxiliaries"):
            end += 1
        if end == start + 1 or not self._adjacent(end - 1, verb):
            return None
        names = self._provider_name_words()
        if all(low.get(t, "") in names or low.get(t, "").rstrip("s") in names for t in range(start + 1, end)):
            return start, Speaker("vendor", self.provider, True, self.company)
        return None

    def _provider_by_trade(self, sent: SentenceInfo, verb: int) -> tuple[int, Speaker] | None:
        """attribution.v20: a business named by its trade in a closing tag ("…, the brewer said", "…, the Japanese
        chipmaker said"), a noun no cue knows, after a clause that names the provider: the provider speaks."""
        low = self._low
        start = self._clause_start(verb)
        if low.get(start - 1) != "," or low.get(start) != "the" or not self.provider:
            return None
        end = start + 1
        while end < verb and low.get(end, "").replace("-", "").isalpha() and low.get(end) not in _words("auxiliaries"):
            end += 1
        if not 2 <= end - start <= 4 or not self._adjacent(end - 1, verb):
            return None
        head = low.get(end - 1, "")
        if len(head) < 5 or not head.endswith(_TRADE_ENDINGS) or head in _NOT_TRADES or head in _cue_heads() \
                or head in _words("person_nouns") or head in _words("staff_roles"):
            return None
        if not any(e.ent_id.split("|", 1)[0] == self.provider and e.tok < start for e in sent.ents):
            return None
        return start, Speaker("vendor", self.provider, True, self.company)

    def _provider_name_words(self) -> frozenset[str]:
        return _name_words(self.provider or "")

    def _staff_owner(self, i: int, n: int, hi: int) -> str | None:
        """Whose staff the role at token i is, over one modifier ("its engineering manager", "Fastly's network
        engineer"): the owner's kind; None (someone else) for "a hotel manager"."""
        low = self._low
        before = low.get(i - 1, "")
        if before.isalpha() and before not in _words("noun_markers") and before not in ("'s", "’s") and not self._is_name_at(i - 1):
            i, n = i - 1, n + 1
        return self._owner_kind(i, n, hi)

    def _sources_at_before(self, i: int) -> bool:
        """attribution.v19: "sources at the bank", "a source inside Halvercombe", "insiders at the company": unnamed
        people at the body named by the cue at token i (the outlet's anonymous sources, as the guide counts them)."""
        low = self._low
        k = i - 1
        if low.get(k) in ("the", "its", "their"):
            k -= 1
        if low.get(k) == "to" and low.get(k - 1) == "close":
            k -= 1  # "sources close to the company"
        return low.get(k) in ("at", "inside", "within", "in", "close") and low.get(k - 1) in _UNNAMED_SOURCES

    def _counted_at_clause_start(self, i: int) -> bool:
        """attribution.v26: a count opens the clause, at most two modifiers before the cue at i ("Two council waste
        officers", "Several staff")."""
        start = self._clause_start(i)
        return i - 3 <= start < i and self._low.get(start) in _COUNTED_FEW

    def _counted_insiders_before(self, i: int) -> int | None:
        """attribution.v14: "two people who work at the company", "several employees inside the firm": insiders
        counted, not named, speak to the press (as "two engineers at the company" do): the count's token, or None."""
        low = self._low
        k = i - 1
        if low.get(k) not in _INSIDE_PREPOSITIONS:
            return None
        k -= 1
        if low.get(k) in _WORK_FORMS:
            k -= 1
            if low.get(k) in ("who", "that"):
                k -= 1
        if low.get(k) not in _INSIDER_NOUNS:
            return None
        if low.get(k - 1) in _COUNTED_FEW:
            return k - 1
        # attribution.v21: a bare plural opening its clause is no one named either: "But people inside the company
        # have told the paper", "Staff at the firm say" (not "the engineers at the company", "its staff")
        start = self._clause_start(k)
        if low.get(k) != "members" and (k == start or (k - 1 == start and low.get(start) in _CLAUSE_CONJUNCTIONS)):
            return k
        return None

    def _provider_class_heads(self) -> frozenset[str]:
        """The nouns "the <noun>" can name the provider by ("the airline", "the carrier", "the lender"): those of
        the classes its own name belongs to ("American Airlines", "DBS Bank") or the text gives it, in an
        appositive or as a title before its name ("Verizon, the largest wireless carrier", "lender DBS")."""
        if self._class_heads is None:
            self._class_heads = frozenset()
            if self.provider:
                rec = load_gazetteer().provider(self.provider)
                # (not the surfaces made for a brand word, "KT service", "KT games": their nouns name no class)
                own = [a for a in rec.aliases if not any(a.startswith((f"{w} ", f"{w}'s ", f"{w}’s ")) for w in rec.context_aliases)] \
                    if rec else []
                names = (self.provider, self.company or "", *own)
                words = {w for name in names for w in name.lower().split()}
                words |= self._class_words_near_provider()
                if "the game" in self.doc.text:
                    words.add("game")  # attribution.v21: the provider is a game ("the game's servers"): "the studio" made it
                if rec is not None and rec.sector in _SECTOR_CLASS_WORDS:
                    words.add(_SECTOR_CLASS_WORDS[rec.sector])  # attribution.v14: the gazetteer's sector ("the airline")
                classes = [set(group) for group in _raw()["provider_classes"] if not words.isdisjoint(group)]
                self._class_heads = frozenset(_words("provider_class_heads") & set().union(*classes)) if classes else frozenset()
        return self._class_heads

    def _class_words_near_provider(self) -> set[str]:
        """Class nouns the text puts next to the provider's name: the word before it ("carrier Verizon") and
        an appositive after a comma ("Verizon, the nation's largest wireless carrier,")."""
        heads = _words("provider_class_heads")
        found: set[str] = set()
        views = self._views if self._views is not None else sentence_views(self.doc)
        for view in views:
            lower = view.tokens.lower
            for e in view.ents:
                if e.label != "PROVIDER" or e.ent_id.split("|", 1)[0] != self.provider:
                    continue
                if e.tok > view.span.start and lower[e.tok - 1] in heads:
                    found.add(lower[e.tok - 1])
                end = max(e.end_tok, e.tok + 1)
                if end < view.span.end and lower[end] == ",":
                    for t in range(end + 1, min(end + 8, view.span.end)):
                        if lower[t] in _breaks():
                            break
                        if lower[t] in heads:
                            found.add(lower[t])
        return found

    def _named_after(self, k: int, hi: int) -> tuple[int, int] | None:
        """The name right after a role ("officer Darryn Dieken", "officer, Darryn Dieken,")."""
        if self._low.get(k) == ",":
            k += 1
        if k >= hi and k not in self._low:
            return None
        span = self._name_span(k, k, max(hi, k + 4)) if k in self._low else None
        if span is None or span[0] != k or (span[1] - span[0] < 2 and self._low.get(k - 1) == ","):
            return None
        if self._low.get(k) in _words("calendar_words"):
            return None  # "a post on Friday": a day, not a person
        return span

    def _name_span(self, i: int, lo: int, hi: int) -> tuple[int, int] | None:
        """The run of capitalised words around token i ("Elena Voss"), if i is one."""
        low = self._low
        if i not in low or not self._is_name_at(i) or self._is_cue(i, hi):
            return None
        a = i
        while a - 1 >= lo and a - 1 in low and self._is_name_at(a - 1) and not self._is_cue(a - 1, hi):
            a -= 1
        while a - 1 >= lo and a - 1 in low and _is_place_in_name(self.doc[a - 1]):
            a -= 1
        while a - 1 >= lo and a - 1 in low and _INITIALS.fullmatch(self.doc[a - 1].text) and low[a - 1] not in ("q.", "a."):
            a -= 1  # attribution.v30: initials before the surname are the name's ("Chief executive C.C. Wei"; "Q." asks)
        while a < i and (low[a] in _words("prepositions") or low[a] in _words("calendar_words")):
            a += 1  # attribution.v18: "On Thursday Lanternbase's changelog": the day opens the sentence, not the name
        if low[i] in _words("prepositions") or low[i] in _words("calendar_words"):
            # attribution.v28: a run of only a preposition and days names nobody ("By Monday morning Capita was telling …")
            j = i
            while j < hi and j in low and (low[j] in _words("prepositions") or low[j] in _words("calendar_words")):
                j += 1
            if j >= hi or j not in low or not self._is_name_at(j) or self._is_cue(j, hi):
                return None
        b = i + 1
        while b < hi and b in low and self._is_name_at(b) and not self._is_cue(b, hi):
            b += 1
        return a, b

    def _person(self, sent: SentenceInfo, a: int, b: int, verb: int) -> Speaker | None:
        """A named person: known from earlier, or described by the role around the name."""
        name = self._span_text(a, b)
        if self.outlet and name.lower().removeprefix("the ") == self.outlet.lower().removeprefix("the "):
            low = self._low
            if low.get(a - 1) in _words("prepositions") and low.get(a - 2) not in ("seen", "obtained", "reviewed", "viewed"):
                return None  # "researchers contacted by The Daily said": the outlet is no subject there
            return self._outlet_voice()  # "messages seen by The Daily", "The Daily has learned": the outlet itself
        if self._counted_insiders_of(a, b):
            # attribution.v23: "according to two Sallowmead Switch employees", "Two Acme engineers told the paper":
            # insiders counted, not named, are the outlet's sources, whoever employs them
            return Speaker("press", self._span_text(a - 1 if self._low.get(a - 1) in _COUNTED_FEW else a, b + 1), True)
        last_word = self._span_text(b - 1, b)
        known = self.people.get(name) or self.people.get(last_word)
        if known is not None:
            return Speaker(known.kind, known.name, True, known.entity)
        if self._short_name_of_provider(name) or (name == self.provider and not self._is_known_provider()) \
                or self._provider_with_a_form(name):
            # "Epic said" of Epic Games; a provider outside the gazetteer by its own name ("Japan Airlines said");
            # attribution.v19: its name with a corporate or national form ("Halvercombe Group said", "Halvercombe UK said")
            return Speaker("vendor", self.provider, True, self.company)
        other = self._provider_named_short(name)
        if other is not None:  # "9:50 a.m. — United says departures are resuming" in a story of another provider's
            return Speaker(self._entity_kind("PROVIDER", other), name, True, other)
        if b - a < 2 and not (self._low.get(b) == "," and self._low.get(b + 1) == "who" and self._lone_name(a)):
            # attribution.v15: one capitalised word no English word makes up ("MainOne said", "Okafor said"), met
            # first here: an organisation or a person the text names, another party than the outlet
            # (attribution.v23: a person too when a relative clause describes it, "said Garrow, who founded Wrenfield Pay")
            return Speaker("other", name, True) if self._lone_name(a) and self._speaks_next(b) else None
        self._role_entity = None
        # a person whose role says nothing of whose they are: in a vendor's own publication, one of its people
        # ("Acting Commissioner Dana Reyes said" in the agency's release); elsewhere someone else
        kind = self._role_around(sent, a, b, verb) or self._role_just_quoted(sent) or (
            "vendor" if self.source_kind == "vendor" else "other")
        speaker = Speaker(kind, name, True, self._role_entity)
        self.people[name] = self.people[last_word] = speaker
        return speaker

    def _counted_insiders_of(self, a: int, b: int) -> bool:
        """The name at a..b stands between a count and an insider noun ("two Sallowmead Switch employees"), the count
        perhaps taken into the name by its capital ("Two Acme engineers")."""
        low = self._low
        noun = low.get(b)
        if noun in _INSIDER_NOUNS:
            counted = _COUNTED_FEW
        elif noun in _INSIDER_NOUN_SINGULARS:
            counted = {"one"}  # ("One Acme engineer, who asked not to be named, said")
        else:
            return False
        return low.get(a - 1) in counted or (b - a > 1 and low.get(a) in counted)

    def _speaks_next(self, b: int) -> bool:
        """A verb of saying right after the name, past an adverb or an auxiliary ("MainOne said", "Okafor later told",
        "Ericsson has confirmed"): the name is its subject (not "a Swedish chain closed", "Terraform believed")."""
        low = self._low
        while low.get(b) in _LONE_NAME_FILLERS:
            b += 1
        return low.get(b) in _LONE_NAME_VERBS

    def _provider_named_at(self, k: int, hi: int) -> bool:
        """The provider's name (or the first words of it) starts at token k: tagged or not ("operator NS")."""
        if not self.provider or k >= hi:
            return False
        if k in self._ents:
            return self._entity_speaker(self._ents[k]).kind == "vendor"
        rec = load_gazetteer().provider(self.provider)
        names = {self.provider, *(rec.aliases if rec else ()), *(rec.context_aliases if rec else ())}
        # (written as the name is: a short alias such as "NS" only in its own capitals)
        return any(self._span_text(k, b) in names for b in range(k + 1, min(hi, k + 1 + self.provider.count(" ")) + 1))

    def _object_of_preposition(self, a: int) -> bool:
        """The name at token a follows a preposition, itself or as the last of a list of names ("in Maidenhead",
        "Customers in Perth, Crieff and Kinross told …")."""
        low, k = self._low, a - 1
        if low.get(k) in ("and", "or"):
            while k > a - 12 and (low.get(k) in (",", "and", "or") or self._is_name_at(k)):
                k -= 1
        return low.get(k) in _words("prepositions")

    def _holder_before(self, k: int, verb: int) -> bool:
        """Token k (before "at", "from", "by" and a name) is someone who may work there: a cue word ("researchers"), a
        person noun or role, a name or an entity ("Dana Reyes at Gartner", "engineers from Orrin")."""
        low = self._low
        word = low.get(k)
        if word is None or word in _words("prepositions") or word in _words("clause_breaks") or low.get(k + 1) == "by":
            return True  # (nothing before the preposition to judge by; "seen by Shelf Edge": a passive's doer)
        return (self._is_cue(k, verb) or word in _words("person_nouns") or word in _words("staff_roles")
                or word in _words("person_roles") or k in self._ents or self._is_name_at(k) or self._inside_name(k))

    def _lone_name(self, a: int) -> bool:
        if self._object_of_preposition(a):
            return False  # "a web designer in Maidenhead told the Gazette": the object of a preposition, no subject
        word = self._span_text(a, a + 1)
        low = word.lower()
        return (word[:1].isupper() and word.isalpha() and len(word) > 2 and not inflects(low) and not is_common_word(low)
                and low not in _words("calendar_words") and not word.isupper())

    def _is_known_provider(self) -> bool:
        if self._known_provider is None:
            self._known_provider = load_gazetteer().provider(self.provider) is not None
        return self._known_provider

    def _own_name_ending_at(self, i: int) -> int | None:
        """The first token of the provider's own name when it ends at token i with a word that is also a cue
        ("Japan Airlines" ends in "airlines"; untagged when the gazetteer lacks it or a place took its first word)."""
        if not self.provider:
            return None
        a = i - self.provider.count(" ")
        return a if a in self._low and self._span_text(a, i + 1) == self.provider else None

    def _provider_named_short(self, name: str) -> str | None:
        """The provider a name stands for when it is the first word(s) of that provider's name: the only one so
        named ("Southwest says"), else the only one of them the document names in full ("United" after "United
        Airlines"). A word English inflects needs the full name too: "Network engineers" is no speech of
        Network Rail in a text that never names it (first words of hundreds of bodies' names are ordinary words)."""
        words = tuple(name.lower().split())
        candidates = _short_names().get(words)
        if not candidates:
            return None
        if len(candidates) > 1 or (len(words) == 1 and inflects(words[0])):
            if self._named_providers is None:
                views = self._views or ()
                self._named_providers = frozenset(e.ent_id.split("|", 1)[0] for v in views for e in v.ents
                                                  if e.label == "PROVIDER")
            candidates = candidates & self._named_providers
        return next(iter(candidates)) if len(candidates) == 1 else None

    def _acronym_speaker(self, i: int) -> Speaker | None:
        """"The FCC agrees…", "NPCI said": an acronym no gazetteer tags is an organisation, the provider when it is one
        of the provider's names, else another party."""
        start, sentence = self._read_text
        first = self._tokens.idx[i] - start
        if not sentence[first:first + 2].isupper():
            return None  # (most words: no upper-case first two letters, and no text made for them)
        text = self._span_text(i, i + 1)
        if not _ACRONYM.fullmatch(text) or text in _NOT_ORGANISATIONS:
            return None
        if self._names_provider(i, i + 1) or self._short_name_of_provider(text):
            # (also the first word of its name: "KT had first blamed an attack" of KT Corporation)
            return Speaker("vendor", self.provider, True, self.company)
        return Speaker("other", text, True)

    def _formed_name_ending_at(self, i: int) -> int | None:
        """attribution.v19: the first token of the provider's name with a corporate or national form that ends at token i
        ("Halvercombe Group", "Halvercombe Bank UK")."""
        for a in range(i - 1, max(-1, i - 4), -1):
            if a not in self._low or not self.doc[a].text[:1].isupper():
                return None
            if self._provider_with_a_form(self._span_text(a, i + 1)):
                return a
        return None

    def _provider_with_a_form(self, name: str) -> bool:
        """attribution.v19: the provider's first word(s) and then only a corporate or national form: "Halvercombe Group",
        "Halvercombe UK", "Halvercombe Holdings plc" of Halvercombe Bank."""
        words = name.split()
        for k in range(len(words) - 1, 0, -1):
            if self._short_name_of_provider(" ".join(words[:k])) or " ".join(words[:k]) == self.provider:
                return all(w in _CORPORATE_FORMS for w in words[k:])
        return False

    def _short_name_of_provider(self, name: str) -> bool:
        """"Epic said" of Epic Games, "United said" of United Airlines: the first word(s) of the provider's name
        of several words, the way a text names a company again once it has given its full name."""
        if not self.provider:
            return False
        return tuple(name.lower().split()) in self._provider_name_prefixes()

    def _provider_name_prefixes(self) -> frozenset[tuple[str, ...]]:
        """The first words of the provider's names and its company's, short of the whole name ("epic" of "Epic
        Games"), as tuples of lower-case words (made once per provider, not per document)."""
        if self._name_prefixes is None:
            self._name_prefixes = _name_prefixes(self.provider, self.company)
        return self._name_prefixes

    def _names_provider(self, a: int, b: int) -> bool:
        """Tokens [a, b) name the provider (one of its names, also one the gazetteer does not tag here)."""
        if not self.provider:
            return False
        text = self._span_text(a, b).lower()
        rec = load_gazetteer().provider(self.provider)
        if any(name.lower() in text for name in (self.provider, *(rec.aliases if rec else ())) if len(name) > 2):
            return True
        # attribution.v22: or its short form, capitalised ("Ada Lowrie, who runs Brackenfold," of Brackenfold Games)
        return any(self.doc[t].text[:1].isupper() and self._short_name_of_provider(self.doc[t].text) for t in range(a + 1, b))

    def _relative_of_use(self, t: int) -> bool:
        """", who uses AWS for her shop,": a relative clause about the person that gives no role. One with a verb
        of leading (", who runs the school DataTalks.Club,", ", who founded X,") gives the role of X's head."""
        low = self._low
        if low.get(t) == "which":
            return True  # "Acme Corp, which runs its shop on Google Cloud,": an organisation's clause, no role of anyone's
        if low.get(t) not in ("who", "whose"):
            return False
        k = t + 1
        while low.get(k) in _words("auxiliaries") and k < t + 3:
            k += 1
        return low.get(k) not in _LEADING_VERBS and low.get(k) not in _words("be_forms")

    def _role_just_quoted(self, sent: SentenceInfo) -> str | None:
        """"Its founder was quick to blame hackers. Dana Reyes told a radio host that…": a person named
        with no role of their own, right after a sentence whose speaker was a role without a name, is
        that role."""
        last = self.last
        if last is None or not last.explicit or self.last_sentence != sent.index - 1 or last.name in self.people:
            return None
        words = last.name.lower().split()
        if words and words[-1] in _words("person_roles") and not any(w[:1].isupper() for w in last.name.split()[1:]):
            return last.kind
        return None

    def _role_around(self, sent: SentenceInfo, a: int, b: int, verb: int) -> str | None:
        """Kind of the role phrase next to a name: before it ("the company's chief executive Matthew
        Prince", "the head of Google Cloud, Thomas Kurian") or in an appositive after it ("Elena Voss, an
        analyst at Brightline")."""
        low = self._low
        breaks = _breaks()
        windows = []
        j = a - 1
        if low.get(j) == ",":
            j -= 1
        lo = j
        while lo >= sent.span.start and low.get(lo) not in breaks and lo != verb and a - lo < 10:
            lo -= 1
        if low.get(a - 1) in _words("prepositions"):
            # "the inbox of Dana Reyes": only the noun the preposition hangs on may say whose the name is ("the
            # Department of Homeland Security"), not whatever the sentence named before it
            windows.append((max(lo + 1, a - 2), a - 1))
        else:
            windows.append((lo + 1, j + 1))
        if low.get(b) == "," and not self._relative_of_use(b + 1):
            hi = b + 1
            while hi < sent.span.end and low.get(hi) not in breaks and hi != verb and hi - b < 14:
                hi += 1
            windows.append((b + 1, hi))
        kinds = []
        for w0, w1 in windows:
            if low.get(w0) in ("who", "whose") and self._names_provider(w0, w1):
                return "vendor"  # ", who runs the school DataTalks.Club,": the head of the provider
            if low.get(w0) in ("who", "whose") and any(low.get(t) in ("a", "an") for t in range(w0 + 2, min(w0 + 4, w1))):
                return "other"  # ", who runs a small hosting company in Leeds,": a business of their own
            for t in range(w0, w1):
                if t in self._ents:
                    e = self._ents[t]
                    if e.label in ("PROVIDER", "COMPANY") and any(
                            self._low.get(k) in _words("person_roles") for k in range(max(e.end_tok, t + 1), w1)):
                        self._role_entity = self._entity_speaker(e).entity  # "CrowdStrike chief executive George Kurtz"
                    return self._entity_kind(e.label, e.ent_id)
                cue = self._cue(t, w1)
                if cue:
                    kinds.append(self._cue_speaker(t, cue, w1).kind)
        for kind in ("other", "press", "vendor"):
            if kind in kinds:
                return kind
        return None

    # -- the speaker of one speech verb -------------------------------------------------------------
    def _speaker_near(self, sent: SentenceInfo, verb: int) -> Speaker | None:
        low = self._low
        if low.get(verb - 1) == "to" and self._is_cue(verb - 2, verb - 1):
            # "working with the relevant authorities to confirm this", "asked regulators to confirm": those named
            # are asked to speak later; they say nothing here
            return None
        if self._source_frame(verb):
            return self._speaker_after(sent, verb)
        if verb == sent.span.start and low.get(verb, "").endswith("ing"):
            return None  # "Writing on LinkedIn, the founder blamed…": the main clause's subject speaks, not LinkedIn
        if low.get(verb - 1) in _words("quote_marks"):
            # '"…in practice," said Elena Voss': the quotation is the claim, the speaker follows the verb
            return self._speaker_after(sent, verb)
        found = self._speaker_before(sent, verb)
        if found is not None:
            return found
        if not self._opens_clause(verb) or self._after_appositive(verb):
            return None  # "Two analysts said the agent…": the words after the verb are the claim
        if low.get(verb) in _words("naming_verbs"):
            return None  # "…, call the API or see their analytics": verbs of naming take an object, never a speaker after them
        return self._speaker_after(sent, verb)

    def _cue_before_interviewed(self, we: int) -> bool:
        """A speaker cue ends right before the "we" of "… we spoke to" ("Three customers we spoke to")."""
        return any((cue := self._cue(k, we)) is not None and k + cue[1] == we for k in range(max(self._clause_start(we), we - 3), we))

    def _after_appositive(self, verb: int) -> bool:
        """"X, a monitoring firm, said traffic to AWS fell": the subject stood before the appositive."""
        low = self._low
        if low.get(verb - 1) != ",":
            return False
        start = self._clause_start(verb - 1)
        return low.get(start) in ("a", "an", "the", "another", "one") and low.get(start - 1) == ","

    def _opens_clause(self, verb: int) -> bool:
        """Only auxiliaries and adverbs stand between the clause start and the verb ("…, said X")."""
        aux = _words("auxiliaries")
        return all(self._low.get(t) in aux for t in range(self._clause_start(verb), verb))

    def _speaker_before(self, sent: SentenceInfo, verb: int) -> Speaker | None:
        """The subject of the speech verb, read backwards inside its clause."""
        low = self._low
        if low.get(verb - 1) in (",", "beyond", "besides", "except", "than") and low.get(verb, "").endswith("ing"):
            return self._main_subject(sent, verb)  # "its chief went further, writing that…", "has not said … beyond calling it…"
        if low.get(verb - 1) in _words("be_forms") and not low.get(verb, "").endswith("ing"):
            return self._passive_agent(sent, verb)  # "it was reported that…": no speaker before the verb
        if low.get(verb + 1) == "by" and low.get(verb) in _WRITTEN_PARTICIPLES and low.get(verb - 1, "").isalpha():
            agent = self._passive_agent(sent, verb)  # attribution.v29: "A note written by a ward sister reads: …"
            if agent is not None:
                return agent
        if low.get(verb - 1) in ("who", "which") and low.get(verb - 2) == ",":
            # attribution.v23: "a post from the company's community lead, Juno Pettifer, who wrote that …", "the verdict
            # of Quarrendon Research, which said …": the person or body named right before the relative pronoun speaks
            span = self._name_span(verb - 3, max(sent.span.start, verb - 8), verb - 2)
            person = self._person(sent, span[0], span[1], verb) if span is not None else None
            if person is not None:
                return person
        lo = max(sent.span.start, verb - 14)
        skip_to = None
        before = low.get(verb - 1)
        comma = verb - 1 if before == "," else (self._comma_before_verb(verb) if before in _words("auxiliaries") else None)
        if comma is not None:
            # "A developer testing X, the environment Google released last month, says": the subject
            # stands before the appositive, so jump over it to the previous comma ("Alexey Grigorev, who
            # runs X, is describing…": also over auxiliaries after it).
            skip_to = next((i for i in range(comma - 1, max(sent.span.start, verb - 25) - 1, -1) if low.get(i) == ","), None)
            if skip_to is None:
                return None
            lo = max(sent.span.start, skip_to - 14)
        clause = range(self._clause_start(verb), verb)
        negative, subordinators, relatives = _words("negative_subjects"), _words("subordinators"), _words("relatives")
        if not negative.isdisjoint(map(low.get, clause)):
            return None  # "Nothing in OpenAI's account suggests…": the outlet denies the account says it
        best: tuple[int, Speaker] | None = None
        after_preposition: tuple[int, Speaker] | None = None
        crossed_relative = False
        breaks = _breaks()
        cue_openers = _cues()  # (first word -> cues: a word that opens none is no cue)
        start = skip_to - 1 if skip_to is not None else verb - 1
        for i in range(start, lo - 1, -1):
            word = low.get(i, "")
            if word in breaks or (word in subordinators and best is None and i < verb - 1 and not self._naming_as(i)):
                break  # the subject stands in the verb's own clause
            if word in negative or (word == "no" and low.get(i + 1) == "one"):
                return None  # "Nothing in OpenAI's account suggests…": the outlet denies the account says it
            if word in relatives:
                if low.get(i - 1) in _INSIDER_NOUNS and self._work_at_provider_after(i):
                    # attribution.v17: "People who work on the bank's payment systems said": unnamed insiders
                    start = self._clause_start(i - 1)
                    start += low.get(start) in ("and", "but", "or")
                    return Speaker("press", self._span_text(start, verb), True)
                if best is None and i == verb - 1 and low.get(i - 1) in _words("be_forms"):
                    return None  # "what made it unusual is who explained the breakage": a free relative, nobody named
                if best is not None and ((word == "who" and low.get(i + 1) not in _WORK_FORMS)
                                         or not self._adjacent(self._subject_end(best[0], verb), verb)):
                    # "teams that rely on AWS say": AWS sits inside the relative clause; attribution.v17: after "who" too,
                    # "a consultant who advised the bank said" (the person before "who" speaks; not "people who work at the
                    # company", insiders the workplace tells)
                    best = None
                crossed_relative = True
                if best is None and after_preposition is not None:
                    after_preposition = None
                continue
            if best is not None:
                if word == "yet" and low.get(i + 1) == "to":
                    return None  # "the company has yet to say": nothing said
                continue  # (the subject is found: only what would undo it is read on)
            if i in self._ents:
                e = self._ents[i]
                candidate = (i, self._entity_speaker(e))
                if (low.get(i - 1) in _words("prepositions") and low.get(i - 1) != "by") or self._participle_object(i) \
                        or self._engaged_by(i):
                    after_preposition = after_preposition or candidate  # "a spokesperson for AWS said", "a developer testing X says"
                else:
                    best = candidate
                continue
            if word in self.documents and low.get(i - 1) in ("the", "that", "this"):
                best = (i, self.documents[word])  # "the post said": the publication named before
                continue
            own = self._own_name_ending_at(i) if word in cue_openers else None
            if own is not None:
                named = (own, Speaker("vendor", self.provider, True, self.company))  # "Japan Airlines said", not "Airlines"
                if low.get(own - 1) in _words("prepositions") and low.get(own - 1) not in _AFFILIATION:
                    # attribution.v16: "people with direct knowledge of Glenmorven Bank's outage say": the name sits in
                    # the subject's modifier, as an entity after a preposition does
                    after_preposition = after_preposition or named
                else:
                    best = named
                continue
            formed = self._formed_name_ending_at(i) if self.doc[i].text in _CORPORATE_FORMS \
                and self._entity_ending_at(i) is None else None  # (a name the gazetteer tags speaks as itself)
            if formed is not None:
                best = (formed, Speaker("vendor", self.provider, True, self.company))  # "Halvercombe Group said"
                continue
            cue = self._cue(i, verb + 1) if word in cue_openers else None
            if cue and i - 1 >= lo:
                longer = self._cue(i - 1, verb + 1)  # "the firm" (the company spoken of) over "firm" (any firm)
                if longer and longer[1] > cue[1]:
                    i, cue = i - 1, longer
            if cue and self._engaged_by(i):
                continue  # "Investigators hired by the company found": those hired speak, not who hired them
            if cue and self._modifies_a_title_complement(i, cue[1], verb):
                continue  # attribution.v28: "Quillmere's head of customer operations wrote": a title's words, no speaker
            if cue and low.get(i - 1) == "to" and low.get(i - 2) in _SENDING_PARTICIPLES:
                # attribution.v20: "An email sent to customers on Wednesday blamed …": those written to do not speak; a
                # message the provider's customers were sent is the provider's
                if low.get(i - 3) in _words("publication_nouns") and cue[0] == "other" and self.provider:
                    best = (i - 3, Speaker("vendor", self.provider, True, self.company))
                continue
            if cue and low.get(i + cue[1]) in ("'s", "’s") and low.get(i - 1) == "the" and low.get(i - 2) == "of" \
                    and low.get(i + cue[1] + 1) not in _words("staff_roles") and low.get(i + cue[1] + 1) not in _SPOKES_ROLES:
                continue  # attribution.v19: "A moderator of the bank's subreddit": the bank owns the object of "of", no speaker
            if cue and (self._participle_object(i) and low.get(i - 2) in _cue_heads() or self._in_participle_phrase(i)):
                # attribution.v16: "The union representing the bank's staff says": the union speaks (not "a leading
                # firm", "a European hosting company": there the -ing word describes the cue)
                continue
            before = i - 1 - (low.get(i - 1) in ("the", "a", "an", "its", "their"))  # (past an article: "close to the bank")
            # (not a publication's place: "A post on the bank's engineering blog said" is the bank's)
            if cue and (low.get(before) in _MODIFIER_PREPOSITIONS and low.get(before - 1) not in _words("publication_nouns")
                        and low.get(before - 1) not in _words("publication_cues")
                        or low.get(before) == "to" and low.get(before - 1) == "close"):
                # attribution.v17: "Two people briefed on the inquiry said": a cue after a preposition sits in the subject's
                # modifier (as an entity does); it speaks only if nothing before it does
                after_preposition = after_preposition or (i, self._cue_speaker(i, cue, verb))
                continue
            if cue:
                kind, n, text = cue
                if kind == "vendor" and text.lower() in ("we", "our") and self.source_kind != "vendor":
                    if low.get(i + 1) in _INTERVIEW_VERBS and self._outlet_speaks(sent, i):
                        if not self._cue_before_interviewed(i) and low.get(i - 1) in _CUSTOMER_HEADS:
                            # attribution.v14: "Several accountancy practices we spoke to said": businesses and customers
                            # the outlet interviewed are the service's customers (other); people with no such head
                            # ("Engineers we spoke to") stay the outlet's anonymous sources
                            best = (i, Speaker("other", self._span_text(self._clause_start(i), i), True))
                        continue  # "An outside engineer we spoke to, …, said": the one interviewed speaks
                    if self._outlet_speaks(sent, i):
                        best = (i, self._outlet_voice())  # "we have no reason to doubt it": the outlet itself
                    elif self.last is None or self.last.kind == "vendor":
                        best = (i, Speaker("vendor", self.provider or text, True))
                else:
                    best = (i, self._cue_speaker(i, cue, verb))
                continue
            if word == "them" and low.get(i - 1) == "of" and self.last is not None and self.last.explicit:
                best = (i, self.last)  # "Two of them said": some of the people just quoted
                continue
            if word == "yet" and low.get(i + 1) == "to":
                return None  # "the company has yet to say": nothing said
            if word in _PRONOUNS and self._adjacent(i, verb) and self.last is not None and self.last_sentence >= sent.index - 2:
                if word in ("he", "she"):
                    return self._person_called(word)  # "she added" is not the "he" of the next paragraph
                return Speaker(self.last.kind, self.last.name, True, self.last.entity)
            if word in ("he", "she") and self._adjacent(i, verb) and (self.last is None or self.last_sentence < sent.index - 2):
                # "…the inbox of Dana Reyes, a hotel manager, …, she said": the person named before it in the sentence;
                # "he wrote in a post": else the person the text spoke of just before
                return self._person_named_before(sent, i) or self._recent_person(sent) or self._person_met_lately(sent, word)
            if word == "it" and self._adjacent(i, verb) and (self.last is None or self.last_sentence < sent.index - 2):
                named = self._recent_organisation(sent, i)  # "NPCI had an explanation. A few banks, it said, had…"
                if named is not None:
                    self._set_scope(sent, verb, i)  # "X restored two zones, and it says the third…": from the comma
                    return named
            read_start, read = self._read_text
            first = self._tokens.idx[i] - read_start
            if 0 <= first < len(read) and read[first].islower():
                continue  # a word written in lower case is no acronym and no name (`_is_name_at`), read inline
            if 2 <= len(word) <= 6 and word.isalpha() and not self._inside_name(i):  # (not "USA" of "JBS USA")
                acronym = self._acronym_speaker(i)  # "The FCC agrees on the trigger but adds…"
                if acronym is not None:
                    best = (i, acronym)
                    continue
            span = self._name_span(i, lo, verb)
            person = self._person(sent, span[0], span[1], verb) if span is not None else None
            if person is not None and low.get(span[0] - 1) not in _AFFILIATION and self._object_of_preposition(span[0]):
                after_preposition = after_preposition or (span[0], person)  # (attribution.v16, as for an entity)
            elif person is not None and low.get(span[0] - 1) in _AFFILIATION and not self._holder_before(span[0] - 2, verb):
                continue  # attribution.v18: "the queue of trucks at Peñas Blancas shows it": a place, no one's workplace
            elif person is not None:
                best = (span[0], person)  # "Prince wrote", "Thomas Kurian, the head of Google Cloud, said"
        if best is None and after_preposition is not None and low.get(verb - 1) == "to":
            subject = self._main_subject(sent, verb)  # "Parker Harris, the co-founder, went on Twitter to apologise"
            if subject is not None:
                return subject
        if best is not None and after_preposition is not None and best[0] < after_preposition[0] \
                and best[1].kind == after_preposition[1].kind and low.get(after_preposition[0] - 1) in _AFFILIATION:
            best = (best[0], after_preposition[1])  # "Researchers at Brightwell Threat Lab say": named by where they work
        best = best or after_preposition
        if best is not None and skip_to is not None and best[1].kind != "vendor" and self._runs_the_provider(skip_to, comma):
            # attribution.v16: "The Japanese Banks' Payment Clearing Network, which runs Zengin, said …": the body that
            # runs the provider's service speaks for it
            best = (best[0], Speaker("vendor", best[1].name, True, self.company))
        elif best is not None and skip_to is not None and best[1].kind != "vendor" and self._run_by_the_provider(skip_to, comma):
            # attribution.v29: "Boost Mobile's website, which DISH also runs, has blamed …": the provider's own site speaks
            best = (best[0], Speaker("vendor", best[1].name, True, self.company))
        if best is None and skip_to is not None:
            described = self._appositive_speaker(sent, skip_to, verb)
            if described is not None:
                return described
        if crossed_relative:
            published = self._relative_publication(sent, verb)  # "a post on Friday that called…": its publisher
            if published is not None:
                return published
        if best is None and crossed_relative:
            return self._unnamed_subject(sent, skip_to if skip_to is not None else verb)
        if best is None and skip_to is None:
            best = self._provider_described(verb) or self._provider_by_trade(sent, verb)
        if best is None and skip_to is None:
            counted = self._counted_common_subject(sent, verb)  # attribution.v29: "One farmer in Galway told us: …"
            if counted is not None:
                return counted
        if best is None and low.get(self._clause_start(verb) - 1) == ",":
            best = self._listed_subject(verb)
        if best is None:
            return None
        self._set_scope(sent, verb, best[0])
        return best[1]

    def _listed_subject(self, verb: int) -> tuple[int, Speaker] | None:
        """"Readers in Britain, India, the US and across Europe tell us…": the subject's places are a list whose
        commas cut the clause; the speaker is the noun before the list's first preposition."""
        low, doc = self._low, self.doc
        comma = self._clause_start(verb) - 1
        joiners = ("and", "or", "the", "across", "in", "parts", "of", "much", "all")
        for _ in range(6):  # at most a few list items, each a few names long
            head = self._clause_start(comma)
            items = range(head, comma)
            if not 0 < len(items) <= 5:
                return None
            first = low.get(head - 1) != ","
            prep = next((p for p in items if low.get(p) in ("in", "from", "across", "at") and p > head), None)
            if first and prep is not None:
                cue = next((c for t in range(head, prep) if (c := self._cue(t, prep)) and t + c[1] == prep), None)
                if cue is None:
                    return None
                return prep - cue[1], self._cue_speaker(prep - cue[1], cue, prep)
            if first or any(low.get(p) not in joiners and not doc[p].is_title for p in items):
                return None  # a clause of its own, not an item of a list of places
            comma = head - 1
        return None

    def _comma_before_verb(self, verb: int) -> int | None:
        """The comma right before the verb or its auxiliaries (", said", ", has said", ", is describing")."""
        low, aux = self._low, _words("auxiliaries")
        k = verb - 1
        while low.get(k) in aux and k > verb - 3:
            k -= 1
        return k if low.get(k) == "," else None

    def _naming_as(self, i: int) -> bool:
        """"a group known as BlackCat", "a hacker who goes by the name…": an "as" after a participle of naming
        belongs to the noun phrase, it opens no clause."""
        return self._low.get(i) == "as" and self._low.get(i - 1) in _NAMING_PARTICIPLES

    def _subject_end(self, i: int, verb: int) -> int:
        """Last token of the subject found at token i (an entity or a cue of several words: ", which the
        company says began…" has "the company" right before its verb)."""
        if i in self._ents:
            return max(self._ents[i].end_tok, i + 1) - 1
        cue = self._cue(i, verb)
        return i + cue[1] - 1 if cue else i

    def _appositive_speaker(self, sent: SentenceInfo, comma: int, verb: int) -> Speaker | None:
        """"Netwatch, a monitoring firm, said": a subject we do not know, described by the appositive."""
        low, doc = self._low, self.doc
        if low.get(comma + 1) not in ("a", "an", "the", "another", "one") and not (
                comma + 1 in low and _is_name_word(doc[comma + 1]) and self._interviewed_before(comma)):
            return None
        for t in range(comma + 1, verb - 1):
            cue = self._cue(t, verb - 1)
            if cue and cue[0] == "vendor" and low.get(comma - 1) == "one":
                kind = self._cue_speaker(t, cue, verb - 1).kind  # "One, the owner of a bakery chain, said"
                if kind != "vendor":
                    return Speaker(kind, cue[2], True)
            if cue and cue[0] != "vendor":
                name = doc[comma - 1].text if comma - 1 in low and _is_name_word(doc[comma - 1]) else cue[2]
                return Speaker(cue[0], name, True)
        return None

    def _interviewed_before(self, comma: int) -> bool:
        """"An outside engineer we spoke to, Mateo Ruiz of the consultancy Loadstar, said": the clause before
        the appositive ends in a verb of interviewing the outlet did."""
        low = self._low
        return any(low.get(t) in ("we", "i") and low.get(t + 1) in _INTERVIEW_VERBS for t in range(comma - 4, comma))

    def _report_rejected(self, sent: SentenceInfo) -> tuple[int, Speaker] | None:
        """attribution.v14: a sentence whose subject is a report rejected in the passive ("Claims that an AI tool
        deleted the records were rejected by Brackenfold on Wednesday") is the rejecter's: the agent after "by", or,
        none named ("were rejected outright"), the provider the claims are about."""
        m = rejected_report(sent)
        if m is None:
            return None
        low = self._low
        first = sent.span.start
        while low.get(first) in _words("noun_markers") or low.get(first) in ("news", "media", "press", "earlier", "online"):
            first += 1
        start = self.doc[first].idx - sent.start
        if not start <= m.start() <= start + 1:
            return None  # the report is not the sentence's subject: "X said that claims that … were rejected"
        verb = next((t for t in range(sent.span.start, sent.span.end)
                     if self.doc[t].idx - sent.start >= m.end() and low.get(t) in _REJECTING_PARTICIPLES), None)
        if verb is None:
            return None
        by = verb + 1 if low.get(verb + 1) == "by" else verb + 2 if low.get(verb + 2) == "by" else None
        if by is not None:
            agent = self._passive_agent(sent, by - 1)
            span = self._name_span(by + 1, by + 1, sent.span.end) if agent is None else None
            if span is not None and span[0] == by + 1 and self._names_provider(*span):
                agent = Speaker("vendor", self.provider, True, self.company)  # a name the gazetteer does not tag
            return (verb, agent) if agent is not None else None
        if self.provider is None:
            return None
        return verb, Speaker("vendor", self.provider, True, self.company)

    def _passive_agent(self, sent: SentenceInfo, verb: int) -> Speaker | None:
        """"The cause was confirmed by Amazon": the speaker is the agent after "by"."""
        if self._low.get(verb + 1) != "by":
            return None
        k = verb + 2
        if k in self._ents:
            return self._entity_speaker(self._ents[k])
        for t in (k, k + 1):
            cue = self._cue(t, sent.span.end)
            if cue:
                return self._cue_speaker(t, cue, sent.span.end)
        span = self._name_span(k, k, sent.span.end)
        if span is not None and span[0] == k and self._names_provider(*span):
            # attribution.v23: "Merchants were told by Wrenfield Pay that …", a provider the gazetteer lacks
            return Speaker("vendor", self.provider, True, self.company)
        end = next((t for t in range(k + 1, min(sent.span.end, k + 9)) if self._low.get(t) in _AGENT_PHRASE_ENDS), None)
        if end is not None and self._common_person_before(k, end):
            # attribution.v29: "A note written by a ward sister at one hospital reads: …": a person no cue knows, another party
            return Speaker("other", self.doc[k:end].text, True)
        return None

    def _main_subject(self, sent: SentenceInfo, verb: int) -> Speaker | None:
        """The subject of the main clause, for a participle speech verb after it ("…, saying that")."""
        low = self._low
        for t in range(sent.span.start, verb - 1):
            if low.get(t) in _words("quote_marks"):
                return None
            if t in self._ents and low.get(t - 1) not in _words("prepositions"):
                return self._entity_speaker(self._ents[t])
            cue = self._cue(t, verb)
            if cue:
                return self._cue_speaker(t, cue, verb)
            if low.get(t) in _PRONOUNS and self.last is not None and self.last_sentence >= sent.index - 2:
                return Speaker(self.last.kind, self.last.name, True, self.last.entity)
        return None

    def _adjacent(self, i: int, verb: int) -> bool:
        """Only auxiliaries and adverbs stand between token i and the verb ("Cloudflare has since traced")."""
        aux = _words("auxiliaries")
        return all(self._low.get(t) in aux or t in self._ents for t in range(i + 1, verb))

    def _unnamed_subject(self, sent: SentenceInfo, verb: int) -> Speaker | None:
        # (verb: the speech verb, or the comma ending the subject when an appositive stands between)
        """"Finance teams that rely on AWS say": a subject we have no cue for, qualified by a relative
        clause, is a party outside the vendor and the outlet."""
        start = self._clause_start(verb)
        if start != sent.span.start:
            return None  # "…, after an outage that lasted…": not the sentence's subject
        if self._low.get(start) == "there":
            return None  # "There was no suggestion that…": an expletive, nobody speaks
        rel = next((t for t in range(start, verb) if self._low.get(t) in _words("relatives")), None)
        if rel is None or rel == start or rel - start > 4 or self._low.get(rel - 1) in _words("prepositions"):
            return None  # "several of which described…" is not a subject of its own
        if self._speaks_to_outlet(rel, verb) or (self._low.get(start) in _COUNTED_FEW and self._tells_the_outlet(verb, verb + 1)):
            # the outlet's own sources; attribution.v26: "Two people who work at the depot told The Ledger"
            return Speaker("press", self.doc[start:verb].text.rstrip(" ,"), True)
        return Speaker("other", self.doc[start:rel].text, True)

    def _counted_common_subject(self, sent: SentenceInfo, verb: int) -> Speaker | None:
        """attribution.v29: a subject that opens the sentence with "one", "a", "an", "another" or a small number, then a
        noun no speaker cue knows, written in lower case, and at most a place after it ("One farmer in Galway told us",
        "A holiday-let host in Donegal wrote", "Two landlords said"): a person outside the provider and the outlet,
        another party (the cue words — employees, engineers, sources, spokespeople — keep their own readings)."""
        start = sent.span.start
        if self._clause_start(verb) != start or self._low.get(verb) not in _SAYING_VERBS \
                or not self._common_person_before(start, verb):
            return None
        return Speaker("other", self.doc[start:verb].text.rstrip(" ,"), True)

    def _common_person_before(self, start: int, end: int) -> bool:
        """Tokens [start, end) are "one", "a", "an", "another" or a small number, up to four lower-case words no speaker cue,
        staff role, publication or report noun knows, and at most a place ("a ward sister at one hospital")."""
        low = self._low
        if low.get(start) not in _ONE_OF_A_KIND and low.get(start) not in _SMALL_NUMBERS:
            return False
        k, heads = start + 1, []
        while k < end and (low.get(k, "").isalpha() or low.get(k) in ("-", "‑")) and low.get(k) not in _INSIDE_PREPOSITIONS:
            heads.append(k)  # ("holiday-let host": a compound's hyphen)
            k += 1
        if not heads or len(heads) > 4 or any(not self.doc[h].text.islower() for h in heads if low.get(h).isalpha()):
            return False  # (a capitalised word names a body or a person: other readings)
        head = low.get(heads[-1], "")
        if "of" in (low.get(h) for h in heads) or head in _cue_heads() or lemma_of(head) in _cue_heads() \
                or lemma_of(head) in _words("staff_roles") or head in _words("publication_nouns") \
                or lemma_of(head) in _words("publication_nouns") or head in _words("report_nouns") or head in _OUTLET_ITEMS:
            return False  # (staff, "one engineer told us", may be the outlet's anonymous source: their own readings)
        # at most a place: "in Galway", "at a hotel in Galway", "from Leeds"
        return k >= end or _PLACE_AFTER_SUBJECT.fullmatch(self.doc[k:end].text.strip()) is not None

    def _tells_the_outlet(self, lo: int, hi: int) -> bool:
        """attribution.v26: a verb of telling in lo..hi whose object is the document's outlet ("told The Ledger", "have
        told this newspaper"; not "told us", which readers and customers say as often as sources do)."""
        low = self._low
        for t in range(lo, hi):
            if low.get(t) in ("told", "tells", "tell"):
                k = t + 1
                if low.get(k) in ("this", "the") and low.get(k + 1) in _OWN_PUBLICATION_NOUNS:
                    return True
                return bool(self.outlet) and self.doc[k:min(len(self.doc), k + 8)].text.lower().startswith(self.outlet.lower())
        return False

    def _speaks_to_outlet(self, rel: int, end: int) -> bool:
        """"Engineers who spoke to Packet Wire said", "staff who talked to us": people the outlet
        interviewed, unnamed, are its sources."""
        low = self._low
        for t in range(rel + 1, min(end, rel + 4)):
            if low.get(t) in ("spoke", "talked", "spoken", "told", "speaking"):
                k = t + 2 if low.get(t + 1) == "to" else t + 1
                if low.get(k) == "us" or (self.outlet and self.doc[k:end].text.startswith(self.outlet)):
                    return True
        return False

    def _speaker_after(self, sent: SentenceInfo, verb: int) -> Speaker | None:
        """After the verb: "said Amazon spokesperson X", "according to people familiar with the matter"."""
        doc, low = self.doc, self._low
        hi = min(sent.span.end, verb + 10)
        according = self._source_frame(verb)
        source = verb + (1 if low.get(verb) == "per" else 2)  # "per the company" (attribution.v14), "according to X"
        if according and low.get(source + 1) == "of" and low.get(source + 2) in ("them", "those") \
                and (low.get(source) in _COUNTED_FEW or low.get(source) in ("one", "all", "most", "many")) \
                and self.last is not None and self.last.explicit:
            return self.last  # attribution.v20: "According to two of them, …": some of the people just quoted
        if according and source < sent.span.end and source not in self._ents:
            span = self._name_span(source, source, hi)
            if span is not None:
                person = self._person(sent, span[0], span[1], verb)
                if person is not None:
                    return person
                return Speaker("other", doc[span[0]:span[1]].text, True)  # "according to Signalwatch": an unknown organisation
        if according:
            author = self._publication_author(sent, source, hi)
            if author is not None:
                return author
        breaks = _words("clause_breaks")
        for i in range(verb + 1, hi):
            word = low.get(i, "")
            if word in ("that", "“", '"') and not according:
                break
            if word in breaks:
                break  # "More than nine hours after the first reports, many users…": another clause
            if i in self._ents:
                e = self._ents[i]
                if not according and self._opens_finite_clause(max(e.end_tok, i + 1)):
                    return None  # "…, said AWS had fixed it": the reported clause's subject
                return self._entity_speaker(e)
            cue = self._cue(i, hi)
            if cue and cue[1] == 1 and low.get(i) == "former":
                i, cue = self._head_of_modifier(i, cue, hi)
            if cue:
                kind = cue[0]
                if low.get(verb) in ("told", "tell", "tells") and kind == "press":
                    continue  # "told reporters": the addressee, not the speaker
                if not according and self._opens_finite_clause(i + cue[1]):
                    return None  # "and, pointedly, said hackers were not involved": what was said
                return self._cue_speaker(i, cue, hi)
            span = self._name_span(i, i, hi)
            if span is not None:
                person = self._person(sent, span[0], span[1], verb)
                if person is not None:
                    return person
        return self._group_named_after(verb + 2, hi) if according else None

    def _group_named_after(self, k: int, hi: int) -> Speaker | None:
        """"according to tax preparers who tracked it", "according to several economists": a plural noun of people
        by what they do (-ers, -ors, -ists, -ants, -ents, -ians, -eers), heading the phrase after "according to"
        before a break, a relative or a preposition, is a group of people other than the outlet and the vendor."""
        low, words = self._low, []
        for t in range(k, min(hi, k + 5)):
            word = low.get(t, "")
            if not word.isalpha() or word in _words("relatives") or word in _words("prepositions"):
                break
            words.append((t, word))
        if not words or len(words[-1][1]) < 6 or not words[-1][1].endswith(_AGENT_PLURALS):
            return None
        if words[-1][1] in _words_of("account_nouns", "publication_nouns", "report_nouns"):
            return None
        first = 1 if words[0][1] in _words("noun_markers") or words[0][1] in _words("quantities") else 0
        if first >= len(words):
            return None
        return Speaker("other", self._span_text(words[first][0], words[-1][0] + 1), True)

    def _head_of_modifier(self, i: int, cue: tuple[str, int, str], hi: int) -> tuple[int, tuple[str, int, str]]:
        """"according to current and former employees": "former" modifies the noun after it, whose cue tells the
        kind (anonymous employees are the outlet's sources); "a former engineer" with no cue after keeps it."""
        for t in range(i + 1, min(i + 4, hi)):
            head = self._cue(t, hi)
            if head is not None:
                # attribution.v18: "a former head of infrastructure at the bank" no longer speaks for it
                return (i, cue) if head[0] == "vendor" else (t, head)
            if self._low.get(t) in _breaks():
                break
        return i, cue

    def _publication_author(self, sent: SentenceInfo, k: int, hi: int) -> Speaker | None:
        """"according to his write-up", "according to screenshots he shared", "according to a series of posts
        Lemkin published": the author of what is cited speaks (a pronoun: the last person quoted)."""
        low = self._low
        last = self.last if self.last is not None and self.last.explicit and self.last_sentence >= sent.index - 3 else None
        if low.get(k) in ("his", "her", "their"):
            return last
        for t in range(k + 1, hi - 1):
            word = low.get(t, "")
            if word in _breaks() or word in ("that", "which"):
                return None
            if not low.get(t + 1, "").endswith("ed") and low.get(t + 1) not in ("wrote", "sent", "shared", "put"):
                continue
            if word in ("he", "she", "they"):
                return last  # "screenshots he shared"
            span = self._name_span(t, t, t + 1)
            if span is not None and self._is_name_at(t):
                start = span[0] if span[0] > k else t
                return self._person(sent, start, t + 1, t + 1) or Speaker("other", self._span_text(t, t + 1), True)
        return None

    def _opens_finite_clause(self, k: int) -> bool:
        """A finite verb follows the noun phrase ending before token k: the phrase is the subject of
        the reported clause ("said hackers were not involved"), not a post-posed speaker."""
        word = self._low.get(k)
        return word in _words("be_forms") or word in _words("finite_auxiliaries")

    def _set_scope(self, sent: SentenceInfo, verb: int, cue: int) -> None:
        """", a span Atlassian describes as 'up to 14 days'": a speaker introduced after a comma, with
        words still following the verb, speaks only for the part after that comma."""
        if "," not in sent.text and ";" not in sent.text:
            return  # (every scope below opens at a comma or a semicolon)
        low = self._low
        if self._source_frame(verb):
            return
        first = self._low.get(sent.span.start)
        if first == "asked" or (first in ("when", "once", "if") and self._low.get(sent.span.start + 1) == "asked"):
            # attribution.v18: "Asked whether an AI tool made the change, the bank said it had not": the question
            # put to the speaker is the speaker's topic
            return
        if self._appositive_gap(sent, cue):
            return
        rel = cue - 2 if low.get(cue - 1) in ("the", "its", "a", "an") else cue - 1  # ", which the company says"
        if low.get(rel) in ("which", "who") and low.get(rel - 1) == ",":
            self.scope_start = self.doc[rel - 1].idx  # "Tuesday's failure, which Cloudflare has traced to…"
            return
        if low.get(verb + 1) in (",", ".", "and", ";") or not self._words_after(verb, sent.span.end, 3):
            return  # "…, the company said, and it is being fixed": the whole sentence is the company's
        if low.get(verb + 1) in _words("tag_continuations"):
            return  # "X, the company said in a statement on Friday": a post-posed tag, X is the company's
        if low.get(verb) in _words("directive_verbs") and self._ends_clause(sent, verb):
            return  # "X, the firm's chief told a conference on Tuesday.": a tag with whom it was told to
        for i in range(cue - 1, sent.span.start + 7, -1):
            if low.get(i) in _words("quote_marks"):
                return  # '"…not AI," an Amazon spokesperson said': the quotation is the speaker's
            if low.get(i) in (",", ";"):
                self.scope_start = self.doc[i].idx
                return

    def _words_after(self, verb: int, end: int, n: int) -> bool:
        """At least n tokens with a letter or digit follow the verb in the sentence."""
        low = self._low
        for i in range(verb + 1, end):
            if any(map(str.isalnum, low.get(i, ""))):
                n -= 1
                if n == 0:
                    return True
        return False

    def _appositive_gap(self, sent: SentenceInfo, cue: int) -> bool:
        """", an episode Replit's chief executive called unacceptable": a noun phrase after a comma,
        then the speaker and verb, describes what came before; only that phrase is the speaker's."""
        low = self._low
        comma = next((i for i in range(cue - 1, max(sent.span.start, cue - 6), -1) if low.get(i) == ","), None)
        if comma is None or comma + 1 == cue or low.get(comma + 1) not in ("a", "an", "one"):
            return False
        if any(low.get(i) in _words("quote_marks") for i in range(comma, cue)):
            return False
        if all(t in self._ents or (t - 1 in self._ents and low.get(t) in ("'s", "’s")) or self._in_entity(t)
               for t in range(comma + 2, cue)):
            return False  # ", an Optus spokeswoman said": the phrase after the comma is the speaker
        if all(self._is_name_at(t) for t in range(comma + 2, cue)):
            return False  # attribution.v23: ", a Wrenfield Pay spokesperson said", of a body the gazetteer lacks
        if not self._words_after(cue, sent.span.end, 2):
            return False  # attribution.v23: ", a payments firm said.": a closing tag, its verb with nothing to describe
        self.scope_start = self.doc[comma].idx
        return True

    def _in_entity(self, t: int) -> bool:
        """Token t lies inside a speaker entity ("Optus" of a name of several words)."""
        return any(e.tok <= t < e.end_tok for e in self._ents.values())

    # -- frames without a speech verb ---------------------------------------------------------------
    def _account_frame(self, sent: SentenceInfo) -> Speaker | None:
        """"By Heroku's own account, …", "By Cloudflare's numbers, …": the owner speaks for the sentence."""
        low = self._low
        per = self._per_source(sent)
        if per is not None:
            return per
        nouns = _words("account_nouns")
        for t in range(sent.span.start, sent.span.end - 2):
            if low.get(t) == "by" and low.get(t + 2) in nouns and (t == sent.span.start or low.get(t - 1) == ","):
                cue = self._cue(t + 1, t + 2)  # "…, by airline estimates.", "By analyst counts, …"
                if cue is not None:
                    return self._cue_speaker(t + 1, cue, t + 2)
        documents = _words_of("account_nouns", "publication_nouns")
        owned = self._cue_owned_publication(sent, documents)
        if owned is not None:
            return owned
        for t in range(sent.span.start, sent.span.end - 3) if sent.may_contain("by ") else ():
            if low.get(t) == "by" and (t == sent.span.start or low.get(t - 1) == ","):
                # "By the bank's own count the outage lasted …", "For four hours and forty-five minutes, by the bank's own
                # count, …"
                counted = self._by_owners_count(t + 1, nouns)
                if counted is not None:
                    return counted
        for e in self._ents.values():
            j = e.end_tok
            if e.tok - sent.span.start > 3 or low.get(j) not in ("'s", "’s"):
                continue
            if any(low.get(t) in _words("negative_subjects") for t in range(sent.span.start, e.tok)):
                return None  # "Nothing in Amazon's account suggests…"
            j += 1
            if low.get(j) == "own":
                j += 1
            if low.get(e.tok - 1) in ("by", "in", "from", "on") and low.get(j) in nouns:
                return self._entity_speaker(e)
            if e.tok == sent.span.start:
                # "Facebook's own explanation, published on Tuesday, fills in…", "CrowdStrike's preliminary
                # post-incident review frames…": the company's publication is the subject. (Not "Google's
                # account of the outage is short": an account *of* something, judged by the outlet.)
                head = next((t for t in range(j, min(j + 5, sent.span.end)) if low.get(t) in documents), None)
                if head is not None and low.get(head + 1) != "of":
                    return self._entity_speaker(e)
        return None

    def _by_owners_count(self, k: int, nouns: frozenset[str]) -> Speaker | None:
        """attribution.v16: "By the bank's own count the outage lasted …" (no comma needed), "…, by the provider's
        reckoning, …": a cue or the provider's name, possessive, then an account noun, from token k (after the "by")."""
        low = self._low
        first = k + 1 if low.get(k) == "the" else k
        cue = self._cue(first, first + 3)
        n = cue[1] if cue is not None else next((m for m in (1, 2, 3) if self._provider_named_at(first, first + m)
                                                 and low.get(first + m) in ("'s", "’s")), None)
        if n is None or low.get(first + n) not in ("'s", "’s"):
            return None
        j = first + n + 1 + (low.get(first + n + 1) == "own")
        if low.get(j) not in nouns:
            return None
        return self._cue_speaker(first, cue, j) if cue is not None else Speaker("vendor", self.provider, True, self.company)

    def _interviewed_subject(self, sent: SentenceInfo, readable: bool) -> Speaker | None:
        """"Merchants we spoke to in the Netherlands saw decline rates jump", "Two engineers who talked to us
        described…": a subject the outlet interviewed tells what the clause says (its testimony; kind by its cue:
        customers are others, employees the outlet's sources), when it opens the sentence."""
        if not readable:
            self._read(sent)
        low, start = self._low, sent.span.start
        for t in range(start + 1, min(sent.span.end - 2, start + 6)):
            interviewed = (low.get(t) == "we" and low.get(t + 1) in _INTERVIEW_VERBS) or (
                low.get(t) == "who" and low.get(t + 1) in ("spoke", "talked", "wrote") and low.get(t + 2) == "to"
                and low.get(t + 3) == "us")
            if not interviewed:
                continue
            for k in range(t - 1, max(start, t - 3) - 1, -1):
                cue = self._cue(k, t)
                if cue is not None and k + cue[1] == t and (k == start or low.get(k - 1) in _words("quantities")
                                                             or low.get(k - 1) in _words("noun_markers")):
                    return self._cue_speaker(k, cue, t)
            return None
        return None

    def _pronoun_account(self, sent: SentenceInfo, readable: bool) -> Speaker | None:
        """"In the course of the clean-up, by his account, the assistant removed a folder": a fronted or
        parenthetical "by his/her/their (own) account" is the account of the one the pronoun refers to (the last
        speaker, else the person the last sentences named)."""
        if not readable:
            self._read(sent)
        low, nouns = self._low, _words("account_nouns")
        for t in range(sent.span.start, sent.span.end - 2):
            if low.get(t) != "by" or low.get(t + 1) not in ("his", "her", "their"):
                continue
            k = t + 3 if low.get(t + 2) == "own" else t + 2
            if low.get(k) not in nouns or not (t == sent.span.start or low.get(t - 1) == ","):
                continue
            return self._pronoun_referent(sent, low[t + 1])
        return None

    def _pronoun_referent(self, sent: SentenceInfo, possessive: str) -> Speaker | None:
        """Whom "his", "her" or "their" refers to: the last speaker (of the last two sentences), else the person the
        last sentences named."""
        pronoun = {"his": "he", "her": "she"}.get(possessive)
        last = self.last
        if last is not None and last.explicit and self.last_sentence >= sent.index - 2:
            return self._person_called(pronoun) if pronoun else Speaker(last.kind, last.name, True, last.entity)
        return self._recent_person(sent, reach=6) if pronoun else None  # "A researcher … She … It … Her explanation is"

    def _cue_owned_publication(self, sent: SentenceInfo, documents: frozenset[str]) -> Speaker | None:
        """"Management's first explanation leaned on the weather.", "The regulator's report puts…": a speaker
        cue owning the publication that opens the sentence speaks through it (as a named company does)."""
        low, start = self._low, sent.span.start
        first = start + 1 if low.get(start) == "the" else start
        if low.get(first + 1) not in ("'s", "’s") and low.get(first + 2) not in ("'s", "’s"):
            return None  # (no possessive among the first words: no cue is read)
        cue = self._cue(first, first + 3)
        if cue is None or low.get(first + cue[1]) not in ("'s", "’s"):
            return None
        j = first + cue[1] + 1
        head = next((t for t in range(j, min(j + 4, sent.span.end)) if low.get(t) in documents), None)
        if head is None or low.get(head + 1) == "of":
            return None  # "the regulator's account of the day is thin": the outlet judges the account
        return self._cue_speaker(first, cue, head)

    def _possessed_statement(self, sent: SentenceInfo) -> None:
        """"None of them disputed Akamai's explanation, or its statement that no attack was involved":
        what follows "<company>'s / its statement that" is the company's, in a sentence nobody else speaks."""
        low = self._low
        nouns = _words_of("publication_nouns", "account_nouns", "stance_nouns")
        for t in range(sent.span.start + 1, sent.span.end - 1):
            if low.get(t) not in nouns:
                continue
            that = t + 2 if low.get(t + 1) in ("is", "was", "remains") else t + 1  # "Optus's line is that…"
            if low.get(t + 1) == "of":
                # attribution.v20: "Its reading of the incident is that …": past the noun's "of" phrase
                link = next((k for k in range(t + 2, min(t + 7, sent.span.end - 1)) if low.get(k) in ("is", "was", "remains")
                             or low.get(k) in _words("clause_breaks")), None)
                if link is not None and low.get(link) in ("is", "was", "remains"):
                    that = link + 1
            if low.get(that) != "that":
                # ... or what a colon gives a few words on: "Verizon's explanation arrived soon after: a fibre cut"
                that = next((k for k in range(t + 1, min(t + 6, sent.span.end - 1)) if low.get(k) in (":", "of", ",")), -1)
                if low.get(that) != ":":
                    continue
            owner = self._possessor(t)
            if owner is None and low.get(that) == ":" and low.get(t - 1) in ("an", "the"):
                # the explanation someone had or reached for: "by late morning it had the explanation: …", "its
                # president reached for an explanation: hackers"
                verb = t - 3 if low.get(t - 2) == "for" else t - 2
                if low.get(verb) in _GETTING_VERBS:
                    holder = self._speaker_before(sent, verb)
                    if holder is not None and holder.explicit:
                        self.scope_start, self.lead = self.doc[that].idx, None
                        self._owned_tail = holder
                        return
            if owner is None and low.get(t - 1) == "its":
                owner = self._body_named_last(sent, t)
                if owner is None:
                    named = [e for e in self._ents.values() if e.tok < t]
                    owner = (self._entity_speaker(named[-1]).kind, named[-1].ent_id.split("|", 1)[0]) if named else None
            if owner is None and low.get(t - 1) in ("his", "her", "their"):
                person = self._pronoun_referent(sent, low[t - 1])  # "Her explanation is that the agent summarised…"
                if person is not None:
                    self.scope_start, self.lead = self.doc[that].idx, None
                    self._owned_tail = person
                    return
            if owner is not None:
                self.scope_start = self.doc[that].idx
                self.lead = None
                self._owned_tail = Speaker(owner[0], self.doc[t].text, True, owner[1])
                return

    def _body_named_last(self, sent: SentenceInfo, t: int) -> tuple[str, str] | None:
        """attribution.v20: the body "its" at token t refers to when the last name before it, in its sentence or the one
        before ("the Education Data Forum, a standards body, published a comment. Its reading of the incident is that
        …"), a body's the gazetteer does not know or a known one: (kind, name), or None when neither names one."""
        char = self.doc[t].idx
        views = self._all_views(sent)
        for view in (sent, views[sent.index - 1] if sent.index > 0 else None):
            if view is None:
                continue
            bodies = [m for m in _CAPITALISED_RUN.finditer(view.text) if view.start + m.end() <= char
                      and organisation_shaped(m.group(0))]
            known = [e for e in view.ents if e.label in ("PROVIDER", "COMPANY") and e.start < char]
            if not bodies and not known:
                continue
            if not bodies or (known and known[-1].start >= view.start + bodies[-1].start()):
                return self._entity_speaker(known[-1]).kind, known[-1].ent_id.split("|", 1)[0]
            name = bodies[-1].group(0)
            return ("vendor" if self.provider and (name in self.provider or self.provider in name) else "other"), name
        return None

    def _between_same_speaker(self, sent: SentenceInfo) -> bool:
        """"Rockwell wrote that an update contained a bug. When a customer pushed a valid setting at 09:47,
        most servers failed. Fastly spotted it within a minute, Rockwell wrote…": an unattributed sentence
        between two reports of the same speaker carries on their report."""
        last = self.last
        if last is None or not last.explicit or self.last_sentence != sent.index - 1 or last.kind == self.source_kind:
            return False
        if not self._named_again_soon(sent, last.name.rsplit(" ", 1)[-1].lower()):
            return False
        views = self._all_views(sent)
        if sent.index + 1 >= len(views) or (sent.index and views[sent.index - 1].paragraph != sent.paragraph):
            return False  # (a report carries on within its paragraph: a new one opens in the outlet's voice)
        nxt = views[sent.index + 1]
        if "SPEECH" not in nxt.hits or nxt.paragraph - sent.paragraph > 1 or last.name.rsplit(" ", 1)[-1] not in nxt.text:
            return False  # (a named speaker named again: a substring test before reading the sentence)
        saved = (self._low, self._ents, self.scope_start, self.people)
        self.people = dict(self.people)  # a look ahead: nobody met there is remembered yet
        try:
            self._read(nxt)
            for s, _ in self._speech_hits(nxt):
                if self._low.get(s - 1) in _NOT_WORDS or self._low.get(s - 2) in _NOT_WORDS:
                    return False  # "X has not said what went wrong": what X did not say carries nothing on
                later = self._speaker_near(nxt, s)
                if later is not None:
                    return later.explicit and later.kind == last.kind and (later.name == last.name or later.entity == last.entity and later.entity is not None
                                                                          or last.name.endswith(" " + later.name))
            return False
        finally:
            self._low, self._ents, self.scope_start, self.people = saved

    def _named_again_soon(self, sent: SentenceInfo, name: str) -> bool:
        """The words right after this sentence (up to the next full stop) hold the name and a speech
        word: a cheap test on the document's lower-case tokens before the next sentence is read."""
        lower = sent.tokens.lower
        window = lower[sent.span.end:min(len(lower), sent.span.end + 60)]
        if "." in window:
            window = window[:window.index(".", 1) if window[:1] == ["."] else window.index(".")]
        return name in window and not _words("report_words").isdisjoint(window)

    def _engaged_by(self, i: int) -> bool:
        """The name or cue at token i (after its article) follows "hired by", "commissioned by": the employer of
        the subject, not the subject."""
        low = self._low
        j = i - 2 if low.get(i - 1) == "the" else i - 1  # (a cue may open on its own article: "the company")
        return low.get(j) == "by" and (low.get(j - 1) in _ENGAGING_PARTICIPLES
                                       or (low.get(j - 1) == "in" and low.get(j - 2) in ("brought", "called")))

    def _participle_object(self, i: int) -> bool:
        """The entity at token i is the object of a participle inside the subject ("A developer testing
        Antigravity, …, says", "a user running Gemini CLI wrote", "trying out Claude Code"): not the subject."""
        before = self._low.get(i - 1, "")
        if before in ("out", "up", "on", "with"):
            before = self._low.get(i - 2, "")
        return before.endswith("ing") and len(before) > 4 and before not in _words("report_words")

    def _in_participle_phrase(self, i: int) -> bool:
        """attribution.v19: the cue at token i ends the object of a participle that follows a speaker's head noun a few
        words back ("the union representing the bank's IT staff blamed …": the union speaks, not the staff)."""
        low, breaks = self._low, _breaks()
        for k in range(i - 1, max(-1, i - 6), -1):
            word = low.get(k, "")
            if word in breaks or word in (",", ";", ":"):
                return False
            if word.endswith("ing") and len(word) > 4 and word not in _words("report_words"):
                return low.get(k - 1) in _cue_heads()
        return False

    def _person_met_lately(self, sent: SentenceInfo, pronoun: str) -> Speaker | None:
        """'"I had to get to the machine," Yue wrote. … Her own diagnosis came later. The mailbox was larger, she
        explained, …': a pronoun speaker up to five sentences after a named person last spoke is that person (or the
        latest other person met whom the pronoun may refer to, as `_person_called` decides)."""
        last = self.last
        if last is None or not last.explicit or last.name not in self.people or sent.index - self.last_sentence > 5:
            return None
        return self._person_called(pronoun)

    def _person_named_before(self, sent: SentenceInfo, i: int) -> Speaker | None:
        """The last person named (two capitalised words or more, with the role around the name) before token i in
        its sentence, for a pronoun speaker that closes the sentence."""
        t = i - 1
        while t > sent.span.start:
            if t in self._ents or not self._is_name_at(t):
                t -= 1
                continue
            span = self._name_span(t, sent.span.start, i)
            if span is not None and span[1] - span[0] >= 2:
                return self._person(sent, span[0], span[1], i)
            t = span[0] - 1 if span is not None else t - 1
        return None

    def _recent_person(self, sent: SentenceInfo, reach: int = 3) -> Speaker | None:
        """"He had asked the agent to clear a cache. …, he wrote in a post": a pronoun speaker with no speaker
        before it is the person a noun of the last sentences named ("a developer", "the user": someone else).
        `reach`: how many sentences back to look."""
        persons, roles = _words("person_nouns"), _words("person_roles")
        for view in reversed(self._all_views(sent)[max(0, sent.index - reach):sent.index]):
            if view.paragraph != sent.paragraph and reach > 3:
                break  # (a longer look stays in the paragraph)
            lower = view.tokens.lower
            for t in range(view.span.end - 1, view.span.start, -1):
                if lower[t] in roles:
                    role = self._role_in(view, t)  # "Optus's chief executive spoke to reporters. …, she said."
                    if role is not None:
                        return role
                    if lower[t - 1] not in ("its", "their", "our", "'s", "’s") and not lower[t - 1].endswith(("'", "’")) \
                            and t + 1 < view.span.end and lower[t + 1] not in _words("prepositions"):
                        # attribution.v28: a role no cue names, as the subject of the last sentence ("the students'
                        # union's education officer emailed students …": someone else's officer)
                        return Speaker("other", view.text[view.tokens.idx[t] - view.start:][:len(lower[t])], True)
                if lower[t] in persons and lower[t - 1] not in ("its", "their", "our"):
                    return Speaker("other", view.text[view.tokens.idx[t] - view.start:][:len(lower[t])], True)
            named = _PERSON_OPENING.match(view.text)
            if named is not None and not view.ents and not organisation_shaped(named.group(1)) \
                    and not any(w.lower() in _words("calendar_words") for w in named.group(1).split()):
                # attribution.v20: "Dana Reyes sells candles online. Her verdict: …": a person's name opening a sentence
                return Speaker("other", named.group(1), True)
        return None

    def _recent_organisation(self, sent: SentenceInfo, i: int) -> Speaker | None:
        """"By evening the operator had an explanation. A handful of banks, it said, had…": "it" as a speaker with
        no speaker before is the organisation named last, before it in its sentence or in the three before (in
        its paragraph or the one before)."""
        orgs = ("PROVIDER", "COMPANY")
        named = [e for e in sent.ents if e.label in orgs and e.tok < i]
        if named and any(self._low.get(t) in _words("account_verbs") for t in range(sent.span.start, i)):
            return None  # "Microsoft now dates the outage from …, though it says…": the accounting verb's subject reads it
        if named:
            return self._entity_speaker(named[-1])
        own = self.provider if self.provider and not self._is_known_provider() else None
        for view in reversed(self._all_views(sent)[max(0, sent.index - 3):sent.index]):
            if sent.paragraph - view.paragraph > 1:
                break
            named = [e for e in view.ents if e.label in orgs]
            # attribution.v20: a provider the gazetteer lacks, written after the last name it tags ("Quillstock, the
            # invoicing app, was down … It blamed a faulty update")
            written = view.text.rfind(own) if own else -1
            if written >= 0 and (not named or view.start + written > named[-1].start):
                return Speaker("vendor", self.provider, True, self.company)
            if named:
                return self._entity_speaker(named[-1])
        return None

    def _person_called(self, pronoun: str) -> Speaker | None:
        """The last speaker, unless a pronoun of the other sex has referred to them: then the latest person met
        that it may refer to. The pronoun is remembered for whoever it resolves to."""
        last = self.last
        if self._pronoun_of.get(last.name, pronoun) == pronoun:
            self._pronoun_of[last.name] = pronoun
            return Speaker(last.kind, last.name, True, last.entity)
        for person in reversed(list(self.people.values())):
            if person.name != last.name and self._pronoun_of.get(person.name, pronoun) == pronoun:
                self._pronoun_of[person.name] = pronoun
                return Speaker(person.kind, person.name, True, person.entity)
        return None

    def _role_in(self, view: SentenceInfo, t: int) -> Speaker | None:
        """The speaker a role cue ending at token t of another sentence names ("Optus's chief executive")."""
        current = self._read_text
        saved = (self._low, self._ents, self.scope_start)
        try:
            self._read(view)
            for start in range(t, max(view.span.start, t - 3) - 1, -1):
                cue = self._cue(start, t + 3)
                if cue is not None and start + cue[1] in (t + 1, t + 2) and cue[0] != "press":  # "chief executive", "head of"
                    return self._cue_speaker(start, cue, start + cue[1])
            return None
        finally:
            self._low, self._ents, self.scope_start = saved
            self._read_text = current

    def _negated_verb(self, s: int, negs: set[int]) -> bool:
        """A negation within the speech verb's own clause, right before it ("has not explained"); not one that
        ends the clause before ("told it to make no changes, according to…")."""
        low = self._low
        if self._source_frame(s):
            return False
        for t in range(s - 1, s - 4, -1):
            if low.get(t) in _breaks():
                return False
            if t in negs:
                return True
        return False

    def _is_ai_speaker(self, found: Speaker) -> bool:
        """"The agent wrote that it had panicked", "Gemini CLI admitted the loss": an AI system as the subject of
        a speech verb (a cue ending in an AI noun, or an AI tool's name)."""
        if not found.explicit:
            return False
        if found.name.rsplit(" ", 1)[-1].lower() in _words("ai_speaker_heads") and found.kind != "press":
            return True
        if found.entity is None:
            return False  # (an AI tool's name is an entity: no need to look for one)
        return any(e.label == "AI_TOOL" and e.text == found.name for e in self._ents.values())

    def _rumour_subject(self, sent: SentenceInfo, readable: bool) -> Speaker | None:
        """"Speculation that the company had been hacked spread quickly", "Rumours that a rival was behind it
        circulated": a noun of claims with its that-clause as the subject is the claim of those who made it
        (reports: the press; speculation, rumours, theories: others)."""
        if not readable:
            self._read(sent)
        low, start = self._low, sent.span.start
        word = low.get(start, "")
        if word == "conspiracy":  # "Conspiracy theories about an attack spread…"
            start, word = start + 1, low.get(start + 1, "")
        if word not in _words("rumour_nouns"):
            return None
        kind = "press" if word in ("reports", "report") else "other"
        return Speaker(kind, self._span_text(start, start + 1), True)

    def _rumour_object(self, sent: SentenceInfo, readable: bool) -> Speaker | None:
        """attribution.v30: speculation or rumours that something happened, named inside the sentence as what someone is
        aware of, has seen or heard, or as what there is ("We are aware of online speculation that Kia has been the victim
        of a ransomware attack", "There were rumours that a rival was behind it"): the claim of those who made them, as
        when the noun opens the sentence (`_rumour_subject`), not of the one who mentions them."""
        if not readable:
            self._read(sent)
        low = self._low
        for k in range(sent.span.start + 1, sent.span.end - 1):
            if low.get(k) not in ("speculation", "rumours", "rumors") or low.get(k + 1) != "that":
                continue
            j = k - 1
            while j > sent.span.start and low.get(j) in _RUMOUR_ADJECTIVES:
                j -= 1
            if low.get(j) in _RUMOUR_FRAMES:
                return Speaker("other", self._span_text(k, k + 1), True)
        return None

    def _for_frame(self, sent: SentenceInfo, readable: bool) -> Speaker | None:
        """"For Amazon, the December failure is a user-error story", "For the airline, the fault lies with a
        supplier": a fronted "for X," before a present-tense judgement gives X's view (not "For Amazon, it was
        the third outage this year", the outlet's narration in the past)."""
        if not readable:
            self._read(sent)
        low, start = self._low, sent.span.start
        comma = next((t for t in range(start + 2, min(sent.span.end, start + 6)) if low.get(t) == ","), None)
        if comma is None:
            return None
        e = self._ents.get(start + 1)
        if e is not None and max(e.end_tok, e.tok + 1) == comma:
            speaker = self._entity_speaker(e)
        else:
            cue = self._cue(start + 1, comma)
            if cue is None or start + 1 + cue[1] != comma or cue[0] == "press":
                return None
            speaker = self._cue_speaker(start + 1, cue, comma)
        end = self._next_break(comma + 1, sent.span.end) or sent.span.end
        present = _words("judgement_links")
        if not any(low.get(t) in present for t in range(comma + 1, min(end, comma + 12))):
            return None
        return speaker

    def _colon_frame(self, sent: SentenceInfo, readable: bool) -> tuple[int, Speaker] | None:
        """"The short version from Slack: maintenance collided with a dormant bug", "Optus's explanation in
        brief: …": a verbless lead-in naming someone's account makes what follows the colon theirs.
        Returns (char offset of the colon, the owner)."""
        if not readable:
            self._read(sent)
        low = self._low
        colon = next((t for t in range(sent.span.start + 1, min(sent.span.end, sent.span.start + 16)) if low.get(t) == ":"), None)
        if colon is None or colon + 3 >= sent.span.end:
            return None
        lead = range(sent.span.start, colon)
        if any(low.get(t) in _words("be_forms") or low.get(t) in _words("finite_auxiliaries") for t in lead):
            return None  # "X's account of the outage is crisp: …": the outlet judges the account
        nouns = _words_of("account_nouns", "publication_nouns")
        head = next((t for t in lead if low.get(t) in nouns), None)
        if head is None:
            return None
        owner = self._possessor(head)
        if owner is None and low.get(head - 1) == "its":
            owner = ("vendor", self.company)
        if owner is None:
            by = next((t for t in range(head + 1, colon) if low.get(t) in ("from", "by")), None)
            e = self._ents.get(by + 1) if by is not None else None
            if e is None:
                if low.get(head - 1) in ("'s", "’s") and low.get(head) in _words("vendor") \
                        and (by is None or not self.doc[by + 1].text[:1].isupper()):
                    # attribution.v24: a day's postmortem or statement ("Friday's postmortem, signed by the CTO, went
                    # further: …") is the provider's, as "the postmortem says" is
                    return self.doc[colon].idx, Speaker("vendor", self._span_text(head, head + 1), True, self.company)
                return None
            speaker = self._entity_speaker(e)
            return self.doc[colon].idx, speaker
        return self.doc[colon].idx, Speaker(owner[0], self._span_text(head, head + 1), True, owner[1])

    def _known_person_subject(self, sent: SentenceInfo) -> Speaker | None:
        """'Brierley expects some will. "The outage was short."': a quotation opened at the end of a sentence
        whose subject is a person quoted before is that person's."""
        prev = self._all_views(sent)[sent.index - 1]
        if prev.paragraph != sent.paragraph:
            return None
        saved = (self._low, self._ents, self.scope_start)
        try:
            self._read(prev)
            start = prev.span.start
            span = self._name_span(start, start, min(prev.span.end, start + 4))
            if span is None or span[0] != start:
                return None
            known = self.people.get(self._span_text(span[0], span[1])) or self.people.get(self._span_text(span[1] - 1, span[1]))
            return Speaker(known.kind, known.name, True, known.entity) if known is not None else None
        finally:
            self._read(sent)
            self._low, self._ents, self.scope_start = saved

    def _stance_speaker(self, sent: SentenceInfo, readable: bool) -> tuple[Speaker | None, int | None]:
        """"Cloudflare is explicit that nobody attacked it", "the bank remains adamant that…": a predicate of
        stating (a copula and an adjective of certainty before "that") makes the that-clause its subject's.
        (Not the impersonal "it is clear that…".) Returns (speaker, the copula's token)."""
        if not readable:
            self._read(sent)
        low = self._low
        for t in range(sent.span.start + 2, sent.span.end - 1):
            if low.get(t) not in _words("stance_adjectives") or (low.get(t + 1) != "that" and low.get(t + 1) not in _CLAUSE_OPENERS):
                continue
            link = t - 1 if low.get(t - 1) in _words("stance_links") else t - 2
            if low.get(link) not in _words("stance_links") or low.get(link - 1) in ("it", "this", "that", "what", "there"):
                continue
            found = self._speaker_before(sent, link)
            if found is not None:
                return found, link
        return None, None

    def _finding_frame(self, sent: SentenceInfo) -> tuple[Speaker | None, int | None]:
        """"The agency found that malformed packets…", "Investigators later concluded that…": a verb of finding
        before "that" gives the that-clause to its subject, as a verb of saying does. Only a subject we know
        (a cue or a name) speaks: "it found that" of a thing is left to the document's voice."""
        if not self._low:
            self._read(sent)
        low = self._low
        for t in range(sent.span.start + 1, sent.span.end - 1):
            word = low.get(t)
            if not (word in _BELIEF_VERBS or word in _words("finding_verbs") and low.get(t + 1) == "that"):
                continue
            if word in _THINK_FORMS and (low.get(t + 1) in ("about", "of", "so", "up", "twice", "again", "back")
                                         or not _WH_WORDS.isdisjoint((low.get(t - 1), low.get(t - 2)))):
                continue  # "a network they rarely think about", "has not said who it thinks is responsible": no belief told
            surveyed = self._survey_subject(sent, t)
            if surveyed is not None:
                return surveyed, t  # attribution.v19: "A survey of 300 customers found that …": the survey's finding
            found = self._speaker_before(sent, t)
            if found is None and word in _BELIEF_VERBS and low.get(t - 1) in ("it", "they"):
                found = self._believer_before(sent, t)  # "reversed a piece of code it suspected of causing it"
            if found is not None and word in _EXPERIENCE_VERBS and found.kind == "other" \
                    and found.name.lower().rsplit(" ", 1)[-1] in _USER_HEADS:
                # attribution.v16: "some developers found that an update had broken their machines", "customers found
                # they could not log in": what users ran into, told by the outlet (not an investigator's finding)
                self.scope_start = None
                return None, None
            if found is not None and found.explicit and not self._is_ai_speaker(found):
                return found, t
            self.scope_start = None
        return None, None

    def _survey_subject(self, sent: SentenceInfo, verb: int) -> Speaker | None:
        """attribution.v19: a finding whose subject is a survey, poll or study ("A survey of 300 customers found that",
        "a poll by the consumer group found that"): the survey's (another party), the outlet's own ("our survey") the
        press's, the provider's ("its survey") the vendor's."""
        low = self._low
        start = self._clause_start(verb)
        k = start + (low.get(start) in ("a", "an", "the", "one", "our", "its", "their", "this", "that"))
        owner = low.get(start)
        if low.get(k) in ("new", "recent", "separate", "later", "informal", "online"):
            k += 1
        if low.get(k) not in _SURVEY_NOUNS:
            return None
        text = self._span_text(start, verb)
        if owner in ("our", "this"):
            return self._outlet_voice()
        if owner == "its":
            return Speaker("vendor", text, True, self.company)
        return Speaker("other", text, True)

    def _believer_before(self, sent: SentenceInfo, verb: int) -> Speaker | None:
        """"Microsoft reversed a change it suspected of causing the trouble": the pronoun subject of a belief in
        a relative clause with no relative word is the subject of the clause the noun is the object of, the
        nearest company named before it in the sentence."""
        for t in range(verb - 2, max(sent.span.start, verb - 12) - 1, -1):
            if self._low.get(t) in _breaks():
                return None
            if t in self._ents and self._ents[t].label in ("PROVIDER", "COMPANY"):
                self._set_scope(sent, verb, t)
                return self._entity_speaker(self._ents[t])
        return None

    def _finding_tag(self, sent: SentenceInfo) -> Speaker | None:
        """"The outage lasted at least twelve hours, the regulator found.": a closing tag with a verb of
        finding names the sentence's source (an acronym there is an organisation: "the FCC found")."""
        self._read(sent)
        low = self._low
        verb = sent.span.end - 1
        while verb > sent.span.start and low.get(verb) in (".", "!", "”", '"'):
            verb -= 1
        comma = next((t for t in range(verb - 1, max(sent.span.start, verb - 7), -1) if low.get(t) == ","), None)
        if comma is None or low.get(verb) not in _words("finding_verbs"):
            return None
        saved = self.scope_start
        found = self._speaker_before(sent, verb)
        self.scope_start = saved
        if found is None:
            words = [self.doc[t].text for t in range(comma + 1, verb) if low.get(t) not in ("the", "its", "a", "an")]
            if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
                found = Speaker("other", words[0], True)
        return found

    def _opens_sentence(self, sent: SentenceInfo, t: int) -> bool:
        """Token t opens the sentence, at most after a one-word adverb or a quote mark."""
        return t == sent.span.start or (t == sent.span.start + 1 and self._low.get(sent.span.start) in _words("quote_marks"))

    def _opening_frame(self, sent: SentenceInfo, verb: int) -> bool:
        """"According to the regulator, …", "By the airline's account, …", "By its own account, …": the speaker
        was read from a frame that opens the sentence."""
        low, start = self._low, sent.span.start
        if low.get(verb) in ("according", "by"):
            return self._opens_sentence(sent, verb)
        return low.get(start) == "by" and verb - start <= 5 and low.get(verb) in ("'s", "’s", "account", "own")

    def _interview_answer(self, sent: SentenceInfo) -> Speaker | None:
        """A question-and-answer interview: the paragraphs opened by "A:" are the interviewee's, the person
        the introduction named ("We asked Dana Reyes, who runs networks at a bank, what went wrong.");
        "Q:" is the outlet's."""
        text = sent.text
        mark = text[:2] if text[:1] not in (" ", "\n") else text.lstrip()[:2]
        if mark == "Q:":
            self._answer_paragraph = -1
            return None
        if mark == "A:":
            self._answer_paragraph = sent.paragraph
            if self._interviewee is None:
                self._interviewee = self._introduced_person(sent) or Speaker("other", "interviewee", True)
        elif sent.paragraph != self._answer_paragraph:
            return None
        return self._interviewee

    def _transcript_turn(self, sent: SentenceInfo) -> Speaker | None:
        """attribution.v18: a transcript's turn, a paragraph opened by who speaks and a colon ("Caller: …", "Support
        (Lanternbase): …", "Chair: …"): the paragraph is theirs. The label is a role word, with its owner in brackets
        or before it; a role of the provider or an owner naming it is the vendor; a host or presenter the press."""
        m = _TURN_LABEL.match(sent.text)
        if m is None:
            named = self._named_turn(sent)
            if named is not None:
                self._turn = (sent.paragraph, named)
                return named
            if self._turn is not None and self._turn[0] == sent.paragraph:
                return self._turn[1]
            return None
        role = m.group("role").lower()
        owner = (m.group("owner") or m.group("before") or "").strip()
        names = {w.lower() for w in (self.provider or "", self.company or "") if w}
        if owner and (owner.lower() in names or _name_words(owner) & self._provider_name_words()):
            kind = "vendor"
        elif role in _TURN_ROLES["press"]:
            kind = "press"
        elif role in _TURN_ROLES["vendor"] and not owner:
            kind = "vendor"
        else:
            kind = "other"
        speaker = Speaker(kind, m.group(0).rstrip(": "), True)
        self._turn = (sent.paragraph, speaker)
        return speaker

    def _verdict_owner(self, text: str) -> Speaker:
        """attribution.v19: whose verdict a quotation was (`_VERDICT_TAG`): the provider by a noun of its class or a word
        of its name ("the bank", "Halvercombe's staff") is the vendor; the outlet's own ("our readers") the press; any
        other (posts, customers, engineers elsewhere) another party."""
        words = [w.removesuffix("'s").removesuffix("’s") for w in text.lower().split()]
        head = words[1] if words[:1] == ["the"] and len(words) > 1 else words[0] if words else ""
        if head in self._provider_class_heads() or head in self._provider_name_words() or head in ("company", "firm"):
            return Speaker("vendor", text, True, self.company)
        if head in ("our", "this"):
            return self._outlet_voice()
        return Speaker("other", text, True)

    def _named_turn(self, sent: SentenceInfo) -> Speaker | None:
        """attribution.v19: a turn opened by a person's name (`_NAMED_TURN`): "Name (whom they speak for): …" with the
        provider in brackets is the vendor, a press role the press, anyone else another party; "Ms Name: …" another
        party; a name met in an earlier turn keeps that turn's speaker."""
        m = _NAMED_TURN.match(sent.text)
        if m is None:
            return None
        before = self.doc.text[max(0, sent.start - 40):sent.start].rstrip(" \t")
        if before and not before.endswith("\n"):
            return None  # (a turn opens its paragraph)
        name, owner, title = m.group("name"), (m.group("owner") or "").strip(), m.group("title")
        if {w.lower() for w in name.split(" ")} & _SECTION_LABEL_WORDS:
            return None
        surname = name.rsplit(" ", 1)[-1]
        known = self._turn_people.get(name) or (self._turn_people.get(surname) if " " not in name or title else None)
        if known is not None:
            return known
        if " " not in name:
            return None  # (one word and a bracket may be a dateline: "Sydney (AAP): …")
        if owner:
            names = {w.lower() for w in (self.provider or "", self.company or "") if w}
            if owner.lower() in names or _name_words(owner) & self._provider_name_words():
                speaker = Speaker("vendor", name, True, self.company)
            elif owner.lower() in _TURN_ROLES["press"]:
                speaker = Speaker("press", name, True)
            else:
                speaker = Speaker("other", name, True)
        elif title is not None:
            speaker = Speaker("other", name, True)
        else:
            return None
        self._turn_people[name] = self._turn_people[surname] = speaker
        return speaker

    def _read_tag(self, text: str) -> Speaker:
        """attribution.v18: the text named in a closing "read(s)" tag ('"…," reads the complaint', '"…," read one review')
        speaks: the provider's own ("its notice", "the bank's statement") as the vendor, the outlet's own ("our
        headline") as the press, anything else (a review, a complaint, a sign, a post) as another party."""
        words = text.lower().replace("’", "'").split()
        owner = words[1] if words[:1] == ["the"] and len(words) > 1 else words[0] if words else ""
        owned_by = owner[:-2] if owner.endswith("'s") else None  # "the bank's notice", "Halvercombe's statement"
        if owner in ("its", "their") or owned_by in self._provider_class_heads() or owned_by in self._provider_name_words():
            return Speaker("vendor", text, True, self.company)
        if owner in ("our", "this"):
            return self._outlet_voice()
        return Speaker("other", text, True)

    def _introduced_person(self, first_answer: SentenceInfo) -> Speaker | None:
        """The last person named (with the role around the name) before an interview's first question."""
        views = self._all_views(first_answer)
        saved = (self._low, self._ents, self.scope_start)
        try:
            found = None
            for view in views[:first_answer.index]:
                if view.text.lstrip()[:2] == "Q:":
                    break
                self._read(view)
                t = view.span.start
                while t < view.span.end:
                    span = self._name_span(t, view.span.start, view.span.end)
                    if span is not None and span[1] - span[0] >= 2 and t not in self._ents:
                        kind = self._role_around(view, span[0], span[1], -1) or "other"
                        found = Speaker(kind, self.doc[span[0]:span[1]].text, True)
                        t = span[1]
                    else:
                        t += 1
            return found
        finally:
            self._low, self._ents, self.scope_start = saved

    def _remember_publication(self, sent: SentenceInfo) -> None:
        """"The company's first explanation was carefully worded. It spoke of…", "The details came in a
        joint statement from X's chief executive and Y's. It said…": a sentence that names a publication
        without quoting it makes the publication the antecedent of the next sentence's "it"."""
        low = self._low
        nouns = _words_of("publication_nouns", "account_nouns")
        if nouns.isdisjoint(low.values()):
            return
        for t in range(sent.span.start, sent.span.end):
            if low.get(t) not in nouns:
                continue
            owner = self._publication_owner(sent, t)
            if owner is not None:
                name = self.provider if owner[0] == "vendor" and self.provider else self.doc[t].text
                self.last, self.last_sentence = Speaker(owner[0], name, True, owner[1]), sent.index
                return

    def _publication_owner(self, sent: SentenceInfo, t: int) -> tuple[str, str | None] | None:
        """(kind, entity) of who published the noun at t: "the company's (first) explanation", "a
        statement from X's chief executive and Y's" (vendor when any author is the vendor)."""
        low = self._low
        for k in range(t, max(sent.span.start, t - 3), -1):  # over one or two adjectives
            if low.get(k - 1) in ("'s", "’s"):
                return self._possessor(k)
            if not low.get(k - 1, "").isalpha():
                break
        if low.get(t + 1) not in ("from", "by"):
            return None
        authors = [e for e in self._ents.values() if e.tok > t + 1]
        if not authors:
            return None
        speakers = [self._entity_speaker(e) for e in sorted(authors, key=lambda e: e.tok)]
        vendor = next((a for a in speakers if a.kind == "vendor"), None)
        first = vendor or speakers[0]
        return first.kind, first.entity

    def _per_source(self, sent: SentenceInfo) -> Speaker | None:
        """"…, per Downdetector." / "Per the company's status page, …": the source of the sentence."""
        low = self._low
        for t in range(sent.span.start, sent.span.end - 1):
            if low.get(t) != "per" or not (t == sent.span.start or low.get(t - 1) == ","):
                continue
            for k in range(t + 1, min(t + 5, sent.span.end)):
                if k in self._ents:
                    return self._entity_speaker(self._ents[k])
                cue = self._cue(k, sent.span.end)
                if cue:
                    return self._cue_speaker(k, cue, sent.span.end)
        return None

    def _speaker_of_closing_quote(self, sent: SentenceInfo) -> Speaker | None:
        """A quotation opening here with no speaker: the speaker named where it closes, a sentence or
        two on in the same paragraph ('"We saw errors. The cause was DNS," a spokesperson said.')."""
        views = self._all_views(sent)
        saved = (self._low, self._ents, self.scope_start)
        try:
            for nxt in views[sent.index + 1:sent.index + 4]:
                if nxt.paragraph != sent.paragraph:
                    return None
                t = nxt.text
                if t.count("”") > t.count("“") or (t.count('"') % 2 == 1):
                    self._read(nxt)
                    for s, _ in self._speech_hits(nxt):
                        found = self._speaker_near(nxt, s)
                        if found is not None:
                            return found
                    return None
            return None
        finally:
            self._low, self._ents, self.scope_start = saved

    def _speaker_named_next(self, sent: SentenceInfo) -> Speaker | None:
        """A whole quotation with no speaker, then a sentence pointing back at it ("That was how Google summed up
        the outage.", "Those were the words of the company's chief."): the speaker that sentence names."""
        views = self._all_views(sent)
        if sent.index + 1 >= len(views):
            return None
        nxt = views[sent.index + 1]
        if nxt.paragraph != sent.paragraph or not nxt.lower.startswith(_POINTING_BACK):
            return None
        saved = (self._low, self._ents, self.scope_start)
        try:
            self._read(nxt)
            for s, _ in self._speech_hits(nxt):
                found = self._speaker_after(nxt, s) if self._low.get(s - 1) in ("of", "by") else self._speaker_near(nxt, s)
                if found is not None and found.explicit:
                    return found
            of = next((t for t in range(nxt.span.start, min(nxt.span.start + 6, nxt.span.end)) if self._low.get(t) == "of"), None)
            if of is not None and self._low.get(of - 1) == "words":  # "Those were the words of the company's chief."
                found = self._speaker_after(nxt, of)
                return found if found is not None and found.explicit else None
            return None
        finally:
            self._low, self._ents, self.scope_start = saved
            self._read_text = (sent.start, sent.text)

    def _all_views(self, sent: SentenceInfo) -> list[SentenceInfo]:
        """All the document's sentence views, for a look ahead; made once, from the document text the
        views hold (`Doc.text` would rebuild it token by token)."""
        if self._views is None:
            self._views = sentence_views(self.doc, sent.tokens.text)
        return self._views

    def _read(self, sent: SentenceInfo) -> None:
        # lower-case forms of this sentence's tokens, from the document's lists (Token objects are costly)
        a, b = sent.span.start, sent.span.end
        self._low = dict(enumerate(sent.tokens.lower[a:b], a))
        self._tokens = sent.tokens
        self._read_text = (sent.start, sent.text)
        self._ents = {e.tok: e for e in sent.ents if e.label in _SPEAKER_LABELS}

    def _capitalised_in_name(self, i: int) -> bool:
        """The token is written with a capital after a capitalised word ("The Quarterly Call", "Hacker News Reports"):
        a word of a name (a sentence's or quotation's first word is capitalised anyway: asked past it only)."""
        doc = self.doc
        word, before = doc[i].text, doc[i - 1].text
        # (not after a name the gazetteer knows: a title-case line, "Microsoft Says Teams Is Back", keeps its verb)
        return word[:1].isupper() and not word.isupper() and before[:1].isupper() and before not in ("I", "A") \
            and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start and self._entity_ending_at(i - 1) is None

    def _speech_hits(self, sent: SentenceInfo) -> list[tuple[int, int]]:
        """Speech verbs first; nouns ("the first reports") dropped; frames ("in a statement") last."""
        hits = sent.hits.get("SPEECH")
        if not hits:
            return []
        verbs, frames = [], []
        aspect = _words("aspectual_verbs")
        homographs, objects, directives = _words("noun_homographs"), _words("object_verbs"), _words("directive_verbs")
        low, clause_ends = self._low, _clause_ends()
        for s, e in hits:
            word = low.get(s, "")
            if low.get(s - 1) in aspect or (word.endswith("s") and word != "says" and low.get(e) in aspect):
                continue  # "users began reporting errors", "Reports began climbing": the outlet narrates (not "which X says began")
            if word == "in":
                frames.append((s, e))
            elif e == s + 1 and low.get(e) in ("-", "‑") and low.get(e + 1) not in ("up", "out", "in", "back"):
                # attribution.v16: the first half of a compound ("call-centre workers", "report-writing"), not a
                # publication named by a phrasal noun ("write-up", "read-out")
                continue
            elif not self._source_frame(s) and self._noun_use(s):
                continue
            elif e == s + 1 and word in homographs and low.get(e, ".") in clause_ends:
                continue  # "the plumbing that authorises API calls.": a noun
            elif e == s + 1 and word in homographs and (low.get(s - 1) in objects or low.get(s - 1, "").isdigit()):
                continue  # "struggling to make calls", "fielded complaints", "911 calls": the object of a verb, a noun
            elif e == s + 1 and word in homographs and word.endswith("s") and low.get(e) in _NOUN_PREPOSITIONS:
                continue  # "writing patient notes by hand", "reports of slow logins", "calls from customers": nouns
            elif word == "data" and not self._named_source_after(e):
                continue  # "deleted data from a user's database": not a source of figures
            elif e == s + 1 and s > sent.span.start and self._capitalised_in_name(s):
                continue  # attribution.v19: "The Quarterly Call's sources said": a word of a name, not the verb
            elif self._not_speech(s, e, word):
                continue
            elif word.startswith("report") and self._reports_trouble(e) and not self._reporting_now(s):
                continue  # "companies from Roku to Adobe reported problems": the outlet narrates the trouble
            elif word in directives and self._directive(e):
                continue  # "the regulator told DBS to set aside capital": an order, not a report
            else:
                verbs.append((s, e))
        if len(verbs) > 1:
            verbs.sort(key=lambda h: self._subordinator_of(h[0]) is not None)  # main clauses first (stable)
            tag = max(verbs)
            if self._closing_tag(sent, tag[0]):
                verbs.remove(tag)
                verbs.insert(0, tag)  # "Engineers traced the outage to an upgrade, the company said.": the tag owns it
        return verbs + frames

    def _closing_tag(self, sent: SentenceInfo, verb: int) -> bool:
        """", the company said." / ", an Optus spokeswoman said on Friday.": a short speaker clause after a
        comma that ends the sentence."""
        start = self._clause_start(verb)
        if self._low.get(start - 1) != "," or verb - start > 5 or verb == start:
            return False
        if not any(t in self._ents or self._is_cue(t, verb) for t in range(start, verb)):
            return False
        return self._ends_clause(sent, verb) and self._next_break(verb + 1, sent.span.end) is None

    def _not_speech(self, s: int, e: int, word: str) -> bool:
        """Speech words used otherwise: a predicate ("the software was to blame": the cause, not a
        speaker) or the subject of a judgement ("X's account of the outage is short": the outlet judges
        the account; "By X's account of the day, …" stays a frame)."""
        low = self._low
        if word == "blame" and low.get(s - 1) == "to" and low.get(s - 2) in _words("be_forms"):
            return True
        if word.startswith("call") and low.get(e) in ("for", "off"):
            return True  # "the review the carrier's procedures called for", "called off the launch": no speech
        if word.startswith("dismiss") and any(low.get(k) in PEOPLE_LET_GO for k in range(e, e + 3)):
            return True  # attribution.v20: "dismissed two engineers": let go, not a claim dismissed
        if word in ("put", "puts", "putting") and (low.get(e) in _PUT_PARTICLES or low.get(e + 1) in _PUT_PARTICLES):
            return True  # attribution.v20: "took the company a day to put them back": a thing moved, nothing said
        if low.get(e) == "in" and (word.startswith(("writ", "wrote", "call")) or word == "called") \
                and (low.get(e + 1) in _words("prepositions") or low.get(e + 1, ".") in _clause_ends()):
            return True  # "readers writing in from Manila", "listeners who called in": they sent word, the text tells where
        if word == "called" and self._names_a_thing(s, e):
            return True  # attribution.v18: "a ransomware gang called Conti", "an app called Tutorloop": naming
        if word.startswith("announc") and (self._route_object(e) or (
                low.get(e) == "them" and low.get(e + 1) in ("from", "via", "through", "over", "to"))):
            return True  # attribution.v18: "hijacked addresses by announcing them from …", "announced bogus routes"
        if word in ("add", "adds", "added", "adding") and self._adds_to(e):
            return True  # "functionality the Bank had added to the system", "adding new servers to the pool": no speech
        if word in ("show", "shows", "showed", "shown", "showing") and self._displays_a_thing(e):
            return True  # attribution.v29: "showing error pages to shoppers": a screen displays, nobody speaks
        if word in _WRITING_FORMS and self._writes_a_thing(e):
            return True  # "writing patient notes by hand", "wrote the code that failed": making a text, no word to us
        if word in ("'s", "’s") and low.get(e) == "of":
            owner = self._entity_ending_at(s - 1)
            first = owner.tok if owner is not None else s - 1
            return low.get(first - 1) not in _words("prepositions") and low.get(first - 1) != "according"
        return False

    def _displays_a_thing(self, e: int) -> bool:
        """After a form of "show": a thing a screen displays ("error pages", "a blank screen", "the wrong balance") before any
        clause opens: a display, not figures or a finding."""
        for t in range(e, e + 4):
            word = self._low.get(t, ".")
            if word in _DISPLAYED_THINGS:
                return True
            if word in ("that", ",", ":", ";", "how", "what", "why") or word in _words("quote_marks"):
                return False
        return False

    def _route_object(self, e: int) -> bool:
        """"announced a more specific route", "announcing the bank's prefixes": a route noun within the next words,
        before any clause opens."""
        for t in range(e, e + 5):
            word = self._low.get(t, ".")
            if word in _ROUTE_NOUNS:
                return True
            if word in ("that", ",", ":", ";") or word in _words("quote_marks"):
                return False
        return False

    def _names_a_thing(self, s: int, e: int) -> bool:
        """"a ransomware gang called Conti", "an app called "Tutorloop"": an indefinite noun phrase, then "called",
        then a capitalised name or a quote mark: the thing's name, not what someone called it."""
        low, tokens = self._low, self._tokens
        if e not in low or not (tokens.text[tokens.idx[e]].isupper() or low[e] in _words("quote_marks")):
            return False
        for k in range(s - 1, max(min(low), s - 5) - 1, -1):
            if low[k] in ("a", "an", "something", "anything"):
                return True
            if not low[k].isalpha() or low[k] in _words("be_forms"):
                return False
        return False

    def _writes_a_thing(self, e: int) -> bool:
        """After a form of "write": an object that is no message ("patient notes", "the code", "software", "orders"):
        a noun phrase that opens neither a clause ("that", a quote, a colon) nor a publication or a recipient."""
        low = self._low
        nxt = low.get(e, ".")
        if nxt == "and" and low.get(e + 1, "").isalpha() and low.get(e + 1) not in _words("report_words") \
                and (_is_past_form(low.get(e + 1, "")) or low.get(e + 1) in ("ran", "got", "led")):
            # attribution.v20: "Bellwright wrote and ran a clean-up": writing joined to another act is making a thing
            e += 2
            nxt = low.get(e, ".")
            if nxt in _clause_ends() or nxt in _words("clause_breaks"):
                return False
            return not any(low.get(t, ".") in _words("publication_nouns") or low.get(t, ".") in _words("quote_marks")
                           for t in range(e, e + 4))
        if nxt in ("that", "in", "on", "to", "of", "about", "back", "later", "earlier", "again", "last", "this",
                   "yesterday", "today", "after", "before", "when", "while") or nxt in _clause_ends() \
                or nxt in _words("quote_marks") or nxt in _words("clause_breaks"):
            return False
        for t in range(e, e + 4):
            word = low.get(t, ".")
            if word in _words("publication_nouns") or word in _words("quote_marks") or word in _words("clause_breaks"):
                return False  # "wrote a blog post", "wrote an email to customers", "wrote, …"
            if word in _WRITTEN_THINGS:
                return True
        return False

    def _source_frame(self, verb: int) -> bool:
        """A frame that names the source after it: "according to X", "going by X", "judging by/from X"; attribution.v19:
        "in the words of X" (its "words")."""
        low = self._low
        word = low.get(verb)
        return word in ("according", "per") or (word in ("going", "judging") and low.get(verb + 1) in ("by", "from")) \
            or (word == "words" and low.get(verb + 1) == "of" and low.get(verb - 1) == "the" and low.get(verb - 2) == "in")

    def _adds_to(self, e: int) -> bool:
        """"add to" (make larger) or "add X to Y" (put in): "to" right after the verb, or after a short noun
        phrase opened by a determiner, before any "that", quote mark or clause break."""
        low = self._low
        if low.get(e) == "to":
            return True
        if low.get(e) not in _words("noun_markers") and low.get(e) not in ("new", "more", "extra", "another"):
            return False
        for t in range(e + 1, e + 5):
            word = low.get(t)
            if word is None or word == "that" or word in _breaks() or word in _words("quote_marks"):
                return False
            if word == "to":
                return True
        return False

    def _reports_trouble(self, e: int) -> bool:
        """"reported problems", "were reporting login errors": the object of "report" is a word of trouble."""
        low = self._low
        return low.get(e) in _words("trouble_nouns") or (low.get(e + 1) in _words("trouble_nouns") and low.get(e, "").isalpha()
                                                         and low.get(e) not in ("that", "the", "a", "an"))

    def _reporting_now(self, s: int) -> bool:
        """"Passengers at three airports are reporting long delays": people telling of trouble as the text is
        written speak for themselves (their testimony); "users reported errors" / "were reporting" is the
        outlet's narration of what happened."""
        return self._low.get(s) == "reporting" and self._low.get(s - 1) in ("are", "is")

    def _directive(self, e: int) -> bool:
        """"told DBS to set aside capital", "told staff to work from home": an addressee and an infinitive follow
        the verb before any "that" or clause break."""
        low = self._low
        for t in range(e, e + 5):
            word = low.get(t)
            if word is None or word == "that" or word in _breaks():
                return False
            if word == "to" and t > e:
                return True
        return False

    def _noun_use(self, s: int) -> bool:
        """"the first reports", "its latest statement": a determiner (and an adjective) before the word."""
        low = self._low
        if low.get(s - 1) in _words("noun_markers"):
            return True
        if low.get(s - 1) in ("news", "media", "press") and low.get(s) in _words("noun_homographs"):
            return True  # "a news report published today claims": "report" is a noun (not "social media claimed")
        if low.get(s - 1) in _words("prepositions") and low.get(s) in _words("report_nouns"):
            return True  # "hit back at reports that…", "amid claims that…"
        return low.get(s - 1) in _words("noun_adjectives") and low.get(s - 2) in _words("noun_markers")

    def _named_source_after(self, e: int) -> bool:
        """"data from Downdetector": the source is a named organisation."""
        doc = self.doc
        for t in range(e, min(e + 3, len(doc))):
            if t in self._ents or (t in self._low and doc[t].is_title and not doc[t].is_stop):
                return True
        return False

    def _subordinator_of(self, verb: int) -> int | None:
        """The subordinator opening the verb's clause ("while he had asked", "as users speculated"), if any."""
        low = self._low
        breaks, subordinators = _breaks(), _words("subordinators")
        for i in range(verb - 1, max(verb - 12, 0) - 1, -1):
            word = low.get(i)
            if word is None or word in breaks:
                return None
            if word in subordinators and not (word == "as" and low.get(i - 1) in ("such", "well")) and not self._naming_as(i):
                return i
        return None

    def _introduce_person(self, m: re.Match) -> None:
        """attribution.v17: "Ana Ruiz is the bank's chief technology officer." or "Ana Ruiz, the bank's chief technology
        officer, has …" opening a sentence: the person is the owner's ("Ruiz said …" later speaks for it), the provider's
        when the owner is the provider, its class noun or "the company"."""
        name, owner = m.group("name"), m.group("owner") or "its"
        if name in self.people:
            return
        own = owner.lower().removeprefix("the ")
        if own in ("company", "firm", "its") or own in self._provider_class_heads() or (
                self.provider and (owner == self.provider or self._short_name_of_provider(owner))):
            speaker = Speaker("vendor", name, True, self.company)
        else:
            speaker = Speaker("other", name, True)
        self.people[name] = self.people[name.rsplit(" ", 1)[-1]] = speaker

    def speaker(self, sent: SentenceInfo) -> Speaker:
        """The speaker of `sent`, the document's next sentence, read when first needed: most sentences give no
        claim, and none after a document's last claim needs its speaker. The sentence waits in `_unread`; the
        Speaker returned reads it (and every sentence before it still unread, in order: what each carries to
        the next is as when each is read at once) when one of its fields is first read, as `voices`,
        `speaker_at` and `default` read all that wait."""
        deferred = _DeferredSpeaker(self)
        self._unread.append((sent, weakref.ref(deferred)))
        return deferred

    def _read_unread(self, up_to: Speaker | None = None) -> None:
        """Read the sentences waiting in `_unread`, in order: all of them, or up to the one `up_to` is for."""
        unread = self._unread
        while unread:
            sent, ref = unread.popleft()
            speaker = self._read_speaker(sent)  # (read whether or not its speaker is still wanted: it carries on)
            deferred = ref()
            if deferred is not None:
                deferred.become(speaker)
                if deferred is up_to:
                    return

    def _read_speaker(self, sent: SentenceInfo) -> Speaker:
        """The speaker of `sent`, read now (after every sentence before it)."""
        self._current = sent
        self.scope_start = None
        self.lead = None
        text, lower = sent.text, sent.lower
        introduced = _INTRODUCED.match(text) if "'s " in text or "’s " in text else None
        if introduced is not None:
            self._introduce_person(introduced)
        elif "'s " in text or "’s " in text:  # (not "Its chair, X,": "its" may be any body's)
            for later in _INTRODUCED_AFTER_ROLE.finditer(text):
                self._introduce_person(later)
        # An open quotation ends with its paragraph (or a few sentences on, if a closing mark was lost).
        if self.open_quote is not None and (sent.paragraph != self.quote_paragraph or sent.index - self.quote_sentence > 4):
            self.open_quote = None
        carried = self.open_quote
        # Track quotation marks so a quotation spanning sentences keeps its speaker.
        # 'the duration. "Our assistant was down…': a mark that opens the next sentence's quotation can
        # end up at the end of this one; it belongs to the next sentence.
        stripped = text.rstrip()
        dangling = "“" if stripped.endswith("“") else ('"' if stripped.endswith(' "') else None)
        if dangling:
            text = stripped[:-1]
        if self._pending_open:
            text = self._pending_open + text
        self._pending_open = dangling
        if text.isascii():
            opens = closes = 0  # (no curly quotes: one count instead of three)
        else:
            opens, closes = text.count("“"), text.count("”")
        straight = text.count('"')
        opens_quote = opens > closes or (opens == closes and straight % 2 == 1 and self.open_quote is None)
        found: Speaker | None = None
        verb: int | None = None
        speech = sent.hits.get("SPEECH")
        # (most sentences hold no speech word and no frame: nothing of theirs is read token by token)
        readable = speech is not None or _may_frame(text, lower if text is sent.text else None)
        if readable:
            self._read(sent)
        else:
            self._low, self._ents = {}, {}
        if text[:40].find(":") > 0 and text[:1].isupper():
            found = self._named_turn(sent)  # "Ilse Brandt (Halvercombe Bank): No." — the label says who speaks
            if found is not None:
                self._turn = (sent.paragraph, found)
        if found is None and text[:1] == "T" and ":" in text[:90]:
            fronted = _VERDICT_FRONTED.match(text)
            if fronted is not None:
                found = self._verdict_owner(fronted.group("text"))  # "The verdict of several callers: an AI agent …"
        if found is None and lower.startswith("in the words of "):
            if not readable:
                self._read(sent)
                readable = True
            found = self._speaker_after(sent, sent.span.start + 2)  # attribution.v19: "In the words of one customer, …"
        if speech and found is None and "that" in lower and lower[:1].isalpha():
            rejected = self._report_rejected(sent)  # "Claims that an AI tool deleted them were rejected by X": X speaks
            if rejected is not None:
                verb, found = rejected
        if speech and found is None:
            negs = {n for n, _ in sent.hits.get("NEG", ())}
            for s, _ in self._speech_hits(sent):
                if negs & {s - 1, s - 2, s - 3} and self._negated_verb(s, negs):
                    continue  # "Anthropic has not explained why…": the sentence is not Anthropic's account
                found = self._speaker_near(sent, s)
                if found and self._is_ai_speaker(found):
                    found = None  # convention C15: an AI's own account is the claim of whoever reports it
                    continue
                if found:
                    verb = s
                    break
        if found is None and readable:
            found = self._account_frame(sent) or self._account_verb_speaker(sent, sent.span.start, sent.span.end)
            verb = sent.span.start if found is not None else None
        if found is None and speech is None and (" we " in lower or " us" in lower) \
                and _holds_any(lower, _INTERVIEWED_SUBSTRINGS):
            found = self._interviewed_subject(sent, readable)  # "Merchants we spoke to in three countries saw…"
            readable = readable or bool(self._low)
            verb = sent.span.start if found is not None else None
        if found is None and "by " in lower and ("by his " in lower or "by her " in lower or "by their " in lower):
            found = self._pronoun_account(sent, readable)  # "…, by his account, the assistant removed a folder"
            readable = readable or bool(self._low)
            verb = sent.span.start if found is not None else None
        if found is None and ((" that" in lower and lower.split(" ", 2)[1:2] == ["that"])  # (the split only then)
                              or lower.startswith(_RUMOUR_OPENERS)):
            found = self._rumour_subject(sent, readable)  # "Speculation that the company had been hacked spread…"
            readable = readable or bool(self._low)
        if found is None and (" speculation that " in lower or " rumours that " in lower or " rumors that " in lower):
            found = self._rumour_object(sent, readable)  # "We are aware of online speculation that Kia has been …"
            readable = readable or bool(self._low)
        if found is None and text[:4] == "For " and speech is None:
            found = self._for_frame(sent, readable)  # "For Amazon, the failure is a user-error story."
            readable = readable or bool(self._low)
        colon_frame = None
        if found is None and ":" in text and speech is None:
            colon_frame = self._colon_frame(sent, readable)
            readable = readable or bool(self._low)
        if found is None and (" that " in lower or "sure " in lower or "certain " in lower or "convinced " in lower
                              or "confident " in lower) and _holds_any(lower, _stance_substrings()) \
                and (" that " in lower or _STANCE_BARE.search(lower)):
            found, verb = self._stance_speaker(sent, readable)  # "X is adamant that…", "X's engineers are sure a…"
        if found is None and _ends_with_finding(text):
            found = self._finding_tag(sent)
            verb = sent.span.start if found is not None else None
        if found is None and (" that " in lower and _holds_any(lower, _finding_that_substrings())
                              or " suspect" in lower or " believe" in lower or " reckon" in lower or " think" in lower
                              or " thought" in lower):
            found, verb = self._finding_frame(sent)  # "The agency found that …", "engineers suspect a fault in …"
            readable = readable or bool(self._low)
        if found is None and carried is not None:
            found = carried
        if found is None:
            found = self._interview_answer(sent)
        if found is None and (text[:40].find(":") > 0 or self._turn is not None):
            found = self._transcript_turn(sent)
        if found is None and " the " in lower and text.lstrip()[:1] in "“\"‘'":
            tag = _VERDICT_TAG.match(text)
            if tag is not None:
                found = self._verdict_owner(tag.group("text"))  # '"It was the AI," was the verdict of many posts'
        if found is None and " read" in lower:
            tag = _READ_TAG.search(text)
            if tag is not None:
                found = self._read_tag(tag.group("text"))  # '"The AI broke itself," read one review.'
        if found is None and self._between_same_speaker(sent):
            found = Speaker(self.last.kind, self.last.name, True, self.last.entity)
        if found is None and " read " in lower and READ_ELSEWHERE.match(text.lstrip("“\"‘'")):
            found = Speaker("press", "what readers have read", True)  # "Some of you have read that our AI tool …": the press
        according = self._according
        if found is None and according is not None and according[1] == sent.paragraph and according[2] == sent.index - 1 \
                and not opens_quote and (according[3] or lower.split(" ", 1)[0] in _ANAPHORIC_OPENERS) \
                and lower.split(" ", 1)[0].rstrip(",") not in _CONTRAST_OPENERS:
            found = according[0]  # "According to the regulator, A. B.": the paragraph goes on with its account
        self._according = None
        # "According to the regulator, …" / "By the airline's account, …": a frame opening the sentence carries on
        if found is not None and verb is not None and self._opening_frame(sent, verb) \
                and found.explicit and found.kind != self.source_kind:
            # "According to X," carries on into any next sentence; "By X's account," only into one that refers back
            # into the account ("By the airline's account, the culprit was one router. It malfunctioned…")
            self._according = (found, sent.paragraph, sent.index, self._low.get(verb) == "according")
        elif according is not None and found is according[0]:
            self._according = (found, sent.paragraph, sent.index, according[3])
        vendor_account = self._vendor_account
        self._vendor_account = None
        account_goes_on = found is None and vendor_account is not None and vendor_account[1] == sent.paragraph \
            and vendor_account[2] == sent.index - 1 and not opens_quote and self._tells_account_on(sent)
        if account_goes_on:
            found = vendor_account[0]  # "Google's own review …. A script then deleted the wrong volumes.": its account goes on
        if found is not None and found.explicit and found.kind == "vendor" and self.source_kind == "press" \
                and (account_goes_on or self._cites_publication(sent) and not (speech is None and self._judges_account(sent))):
            self._vendor_account = (found, sent.paragraph, sent.index)
        if found is None and self._continues_quotation(sent, text):
            found = self._quoted_by  # '"…," said Elena Voss. "So a regional outage…"': still her words
        if found is None and opens_quote and text.lstrip()[:1] in ("“", '"'):
            found = self._speaker_of_closing_quote(sent)
        if found is None and not opens_quote and ('"' in text or "“" in text) and text.lstrip()[:1] in ("“", '"') \
                and text.rstrip()[-1:] in ("”", '"'):
            found = self._speaker_named_next(sent)  # '"…not an attack." That was how Google summed it up.'

        if found is None and opens_quote and self.people and text[:1] in ("“", '"') and sent.text[:1] not in ("“", '"') \
                and sent.index > 0:
            found = self._known_person_subject(sent)  # 'Brierley expects some will. "The outage was short…'
        if found is not None and not account_goes_on:
            self.last, self.last_sentence = found, sent.index  # (not by a carried account: it names nobody again)
            self._remember_documents(sent, found)
        quoted = opens + closes + straight > 0
        self._quoted_by = found if quoted and found is not None and found.explicit else None
        self._quoted_sentence = sent.index
        self._quoted_paragraph = sent.paragraph
        if opens_quote:
            self.open_quote = found or self.last
            self.quote_paragraph, self.quote_sentence = sent.paragraph, sent.index
        elif closes > opens or (straight % 2 == 1 and self.open_quote is not None):
            self.open_quote = None
        self._more_voices = []
        self._owned_tail = None
        if found is None and not readable and ((" that " in lower and (_holds_owned_statement(lower) or (
                " of " in lower and _statement_of_pattern().search(lower) is not None)))
                                               or (": " in lower and _holds_owned_colon(lower))):
            self._read(sent)  # "Optus is sticking to its story that…": read only with such a noun and a "that"
            readable = True
        if found is None and readable:
            self._possessed_statement(sent)
        if found is None and readable and self._owned_tail is None:
            self._remember_publication(sent)
        result = found or self._owned_tail or self._default()
        if found is not None and verb is not None and found.explicit:
            result = self._split_voices(sent, verb, found)
        if found is not None and verb is not None and found.explicit:
            self._outlet_rejoinder(sent, verb, found)
            lead_in = self._outlet_lead_in(sent, verb)
        else:
            lead_in = None
        if found is None or not found.explicit or found.kind != "other":
            result = self._monitoring_clause(sent, result)
        if colon_frame is not None and found is None:
            self.scope_start, self.lead, result = colon_frame[0], None, colon_frame[1]
        self._voices = [(sent.start, self._default())] if self.scope_start is not None else []
        self._voices.append((self.scope_start if self.scope_start is not None else sent.start, result))
        if self._more_voices:
            idx = sent.tokens.idx
            self._voices += [(idx[t], voice) for t, voice in self._more_voices]
            self._voices.sort(key=lambda v: v[0])
        if lead_in is not None:
            self._voices = [(sent.start, self._document_voice())] + [(max(at, lead_in), v) for at, v in self._voices]
        if readable and "what " in lower:
            self._free_relatives(sent, verb)
        return result

    def _free_relatives(self, sent: SentenceInfo, verb: int | None) -> None:
        """"…went down after what OpenAI described as abnormal traffic, which a group claimed": a free
        relative with a naming verb ("what X called / described as / termed") is X's words up to the
        end of its clause; the voice around it goes on after."""
        low = self._low
        for s, _ in sent.hits.get("SPEECH", ()):
            if low.get(s) not in _words("naming_verbs"):
                continue
            what = next((t for t in range(s - 1, max(sent.span.start, s - 5) - 1, -1) if low.get(t) == "what"), None)
            if what is None:
                continue
            saved = self.scope_start
            named = self._speaker_before(sent, s)
            self.scope_start = saved
            if named is None or not named.explicit:
                continue
            end = self._next_break(s + 1, sent.span.end)
            start_char = self.doc[what].idx
            after = self._speaker_at(self.doc[end].idx) if end is not None else None
            voices = [(at, v) for at, v in self._voices if not (start_char <= at and (end is None or at < self.doc[end].idx))]
            voices.append((start_char, named))
            if after is not None and all(at != self.doc[end].idx for at, _ in voices):
                voices.append((self.doc[end].idx, after))
            self._voices = sorted(voices, key=lambda v: v[0])

    def _monitoring_clause(self, sent: SentenceInfo, result: Speaker) -> Speaker:
        """Figures a clause takes from a monitoring site are the site's (labelling convention C4):
        "Outage tracker Netwatch logged 9,000 reports", "Complaints on Netwatch peaked at noon", "On
        Netwatch, reports came from three continents", ", with Netwatch counting 9,000 reports". The
        site names or describes itself near the start of its clause; from there the clause is the site's.
        Returns the voice of the sentence's first words (changed only when the site's clause opens it)."""
        if not _may_name_monitoring(sent.lower):
            return result
        if not self._low:
            self._read(sent)
        low, sources = self._low, _words("monitoring_sources")
        for m in range(sent.span.start, sent.span.end):
            if (low.get(m) not in sources and not self._site_named_by_class(m) and not self._unnamed_sites(m)
                    and not self._site_described_after(m)):
                continue
            start = self._clause_start(m)
            if low.get(start) in ("and", "but", "while", "with", "as"):
                start += 1
            if m - start > 5 or any(low.get(t) in _words("finite_auxiliaries") for t in range(start, m)):
                continue  # the site is named late in its clause: not the clause's source
            site = Speaker("other", self.doc[m].text, True)
            if start <= self._after_stamp(sent) + 1 and not self._more_voices and self.scope_start is None:
                return site
            if start > sent.span.start + 1:
                self._more_voices.append((start - 1 if low.get(start - 1) in (",", ";") else start, site))
            return result
        return result

    def _unnamed_sites(self, m: int) -> bool:
        """"Outage-tracking sites logged complaints from every city", "Monitoring services showed…", "Outage trackers
        counted…": monitoring sites named only by their class, as the noun of their clause's subject (C4, C13)."""
        low = self._low
        word, before = low.get(m), low.get(m - 1)
        if low.get(m + 1) in _words("monitoring_sources") or self._site_named_by_class(m + 1):
            return False  # "outage tracker Downdetector logged…": the site is named after its class noun
        if word in ("tracker", "trackers", "monitor", "monitors"):
            return before in ("outage", "downtime", "status", "-") or m == self._clause_start(m)
        return word in _SITE_NOUNS and before in ("tracking", "monitoring")

    def _site_described_after(self, m: int) -> bool:
        """"Tracepath, a monitoring firm, recorded …", "OutageLens, a site that gathers user complaints, logged …",
        "Netstatic, which tracks user reports, showed …": a name we do not know, put in the class of monitoring sites
        by an appositive or a relative clause after it."""
        low = self._low
        if low.get(m + 1) != "," or not self.doc[m].text[:1].isupper():
            return False
        if m in self._ents and self._entity_speaker(self._ents[m]).kind == "vendor":
            return False
        if low.get(m + 2) in ("which", "that"):
            return self._tracks_reports(m + 3)
        if low.get(m + 2) not in ("a", "an", "the"):
            return False
        for t in range(m + 3, m + 7):
            if low.get(t) == "monitoring" and low.get(t + 1) in ("firm", "company", "service", "site", "website"):
                return low.get(t + 2) == ","
            if low.get(t) in _SITE_NOUNS | {"tracker", "firm", "company"} and low.get(t + 1) in ("that", "which"):
                return self._tracks_reports(t + 2)
        return False

    def _tracks_reports(self, t: int) -> bool:
        """The words from t on say what a monitoring site does: "tracks user reports", "gathers complaints"."""
        low = self._low
        return low.get(t) in _TRACKING_VERBS and any(
            (low.get(u) or "").startswith(("report", "complaint", "outage")) for u in range(t + 1, t + 4))

    def _site_named_by_class(self, m: int) -> bool:
        """"the tracker Outageboard", "outage tracker Downfall.io", "the monitoring firm Netpulse": a name we do
        not know, put in the class of monitoring sites by the noun before it."""
        low = self._low
        before = low.get(m - 1)
        if before not in ("tracker", "monitor") and not (before in ("firm", "service", "site", "website", "company")
                                                         and low.get(m - 2) == "monitoring"):
            return False
        if m in self._ents and self._entity_speaker(self._ents[m]).kind == "vendor":
            return False  # "Monitoring company Datadog said…" of Datadog's own outage: the vendor
        word = self.doc[m].text
        return word[:1].isupper() or ("." in word and word[:1].isalnum())

    def _after_stamp(self, sent: SentenceInfo) -> int:
        """First token after a live page's time stamp ("2:41 p.m. ET — …"), else the sentence's first token: the
        stamp is when the entry was posted, not a clause of it."""
        low, start = self._low, sent.span.start
        if not low.get(start, "")[:1].isdigit():
            return start
        dash = next((t for t in range(start + 1, min(start + 6, sent.span.end)) if low.get(t) in ("—", "–", "-")), None)
        return dash + 1 if dash is not None else start

    def _outlet_lead_in(self, sent: SentenceInfo, verb: int) -> int | None:
        """"The bill was counted in lost mornings: the review says most systems were back by 09:00": a
        speaker whose clause opens after a colon or semicolon speaks from there; the lead-in is the
        document's. (Not after a quotation: '"…": the company said' is the company's.)"""
        if ":" not in sent.text and ";" not in sent.text:
            return None  # (no colon or semicolon: a cheap test before the tokens are read)
        low = self._low
        mark = next((t for t in range(verb - 1, max(sent.span.start, verb - 8), -1) if low.get(t) in (":", ";")), None)
        if mark is None or mark <= sent.span.start + 2 or low.get(mark - 1) in _words("quote_marks"):
            return None
        if any(low.get(t) in _words("clause_breaks") for t in range(mark + 1, verb)):
            return None  # the verb's clause does not open at the mark
        return self.doc[mark].idx

    def _outlet_rejoinder(self, sent: SentenceInfo, verb: int, found: Speaker) -> None:
        """"Posts claimed a hacking group was behind it, but there is no sign that the network was
        breached": a later clause whose subject is an expletive with a negation ("there is no sign",
        "there was nothing to suggest") or a negative subject ("neither the company nor…", "nobody
        has…") weighs the claim; it is the document's voice, not the speaker's."""
        if "," not in sent.text and ";" not in sent.text:
            return  # (no later clause: a cheap test before the tokens are read)
        low = self._low
        negative = _words("negative_subjects")
        for t in range(verb + 1, sent.span.end - 2):
            if low.get(t) not in (",", ";"):
                continue
            k = t + 1
            if low.get(k) in ("but", "and", "yet", "though", "although", "while"):
                k += 1
            word = low.get(k)
            expletive = word == "there" and low.get(k + 1) in _words("be_forms") and any(
                low.get(k + j) in ("no", "nothing", "little", "not") for j in (2, 3))
            if expletive and found.kind == "vendor" and low.get(k + 1) in ("was", "were") \
                    and _is_past_form(low.get(verb, "")) and low.get(verb + 1) not in (",", "."):
                # attribution.v16: "A spokeswoman said the company was still working out what had gone wrong, but there
                # was no sign of any attack": the vendor's words go on in the past after its past verb of saying
                # ("…, but there is no sign …" in the present, or after an outsider's claim, is the outlet's weighing)
                return
            if expletive or word in negative or (word == "no" and low.get(k + 1) == "one"):
                self._more_voices.append((t, self._document_voice()))
                return

    # -- two voices in one sentence -----------------------------------------------------------------
    def _split_voices(self, sent: SentenceInfo, verb: int, found: Speaker) -> Speaker:
        """Where a sentence holds two voices, set `scope_start` and `lead` and return the voice of the
        words after scope_start."""
        doc_voice = self._document_voice()
        if self.scope_start is not None:
            self._close_relative(sent, verb, doc_voice)
            return found
        for rule in (self._subordinate_speech, self._fronted_clause, self._second_speaker, self._blamed_object,
                     self._described_outage, self._nested_report, self._trailing_gloss, self._participle_after_narration):
            split = rule(sent, verb, found, doc_voice)
            if split is not None:
                start_tok, lead, tail = split
                self.scope_start, self.lead = self.doc[start_tok].idx, lead
                if rule == self._blamed_object:
                    gloss = self._trailing_gloss(sent, start_tok, found, doc_voice)
                    if gloss is not None:  # "…on a flood of traffic, after a second wave hit users"
                        self._more_voices.append((gloss[0], doc_voice))
                return tail
        return found

    def _participle_after_narration(self, sent, verb, found, doc_voice):
        """attribution.v15: "NS halted all trains across the country on Sunday afternoon, blaming a failure in an IT
        system": what the subject did is told in the outlet's voice; what it says begins with the participle."""
        low = self._low
        if low.get(verb - 1) != "," or low.get(verb) not in _NARRATED_PARTICIPLES or verb - 1 <= sent.span.start + 2:
            return None
        if any(low.get(t) in _words("quote_marks") for t in range(sent.span.start, verb)):
            return None
        return verb - 1, doc_voice, found

    def _close_relative(self, sent: SentenceInfo, verb: int, doc_voice: Speaker) -> None:
        """"Tuesday's failure, which Cloudflare has traced to a configuration change, came weeks after…":
        the speaker's relative clause ends at its closing comma; the sentence goes on in the outlet's voice."""
        low = self._low
        opener = next((t for t in range(verb - 1, sent.span.start, -1) if low.get(t) == ","), None)
        if opener is None or low.get(opener + 1) not in ("which", "who") or self.doc[opener].idx != self.scope_start:
            return
        closing = self._next_break(verb + 1, sent.span.end)
        if closing is not None and low.get(closing) == "," and closing + 2 < sent.span.end:
            self._more_voices.append((closing, doc_voice))

    def _is_fronted(self, sent: SentenceInfo, opener: int) -> bool:
        """The clause opens the sentence, at most after a one-word adverb ("Later, as users speculated…")."""
        return opener == sent.span.start or (opener == sent.span.start + 2 and self._low.get(opener - 1) == ",")

    def _subordinate_speech(self, sent, verb, found, doc_voice):
        """"Replit Agent deleted data … while he had asked it not to": a speech verb in a subordinate
        clause after the main one speaks only from that clause on. One in a fronted clause ("Later, as
        users speculated that…, the company said…") speaks up to its comma; a main-clause speaker after
        it owns the rest."""
        opener = self._subordinator_of(verb)
        if opener is not None and self._low.get(opener) == "as" and self._ends_clause(sent, verb):
            return None  # "…, as Amazon later confirmed.": a tag for the whole sentence, not an event
        if opener is not None:
            if self._is_fronted(sent, opener):
                return None  # left to _fronted_clause
            main = self._account_verb_speaker(sent, sent.span.start, opener)
            if main is not None and main.kind == found.kind:
                return self._gloss_between(sent, opener, main, found, doc_voice)
            return opener, main or doc_voice, found
        for s, _ in sent.hits.get("SPEECH", ()):
            sub = self._subordinator_of(s) if s < verb else None
            if sub is None or not self._is_fronted(sent, sub):
                continue
            comma = self._next_break(s, verb)
            if comma is None or self._low.get(comma) != ",":
                continue
            first = self._speaker_near(sent, s)
            self.scope_start = None
            if first is not None and first.kind != found.kind:
                return comma, first, found
        return None

    def _gloss_between(self, sent, opener, main, found, doc_voice):
        """"Microsoft now dates the event from … to …, roughly a full day, though it says…": one speaker
        on both sides of the outlet's gloss."""
        for c in range(sent.span.start, opener):
            if self._low.get(c) == ",":
                words = [self._low.get(t, "") for t in range(c + 1, min(c + 8, opener))]
                if words and self._is_gloss(words):
                    self._more_voices.append((opener, found))
                    return c, main, doc_voice
        return None

    def _ends_clause(self, sent: SentenceInfo, verb: int) -> bool:
        """Nothing but a time or a channel follows the verb before the sentence ends."""
        low = self._low
        addressee = verb + 4 if low.get(verb) in _words("directive_verbs") else verb + 1
        for t in range(verb + 1, sent.span.end):
            word = low.get(t, "")
            if word in _words("clause_breaks") or word in (".", "?", "!"):
                return True
            if t < addressee and word.isalpha() and word != "that":
                continue  # ", the firm's chief told a conference on Tuesday.": whom it was told to
            if word not in _words("tag_continuations") and word not in ("a", "an", "the", "its", "their") \
                    and not self.doc[t].is_title and not word.isdigit():
                return False
        return True

    def _second_speaker(self, sent, verb, found, doc_voice):
        """"Cloudflare has said only that a storage dependency failed, but engineers at two customers told
        Uptime Herald that…": a later clause with its own speaker speaks for itself."""
        if "," not in sent.text and ";" not in sent.text:
            return None  # (no later clause: a cheap test before the tokens are read)
        low = self._low
        for s, _ in sent.hits.get("SPEECH", ()):
            if s <= verb + 2:
                continue
            joint = next((t for t in range(s - 1, verb, -1) if low.get(t) in (",", ";") and
                          (low.get(t) == ";" or low.get(t + 1) in ("but", "and", "while", "whereas", "though", "although"))), None)
            if joint is None:
                continue
            if low.get(joint + 1) == "and" and low.get(joint + 2) in _REJECTING_PARTICIPLES:
                continue  # attribution.v22: "X said …, and denied reports that an AI tool was to blame": X rejects them
            saved = self.scope_start
            second = self._speaker_before(sent, s)
            self.scope_start = saved
            if second is not None and second.explicit and second.kind != found.kind:
                return joint, found, second
        return None

    def _account_verb_speaker(self, sent: SentenceInfo, start: int, end: int) -> Speaker | None:
        """"Microsoft now dates the event from…", "The report counts 7 hours…", "CrowdStrike's review
        frames…": a verb of accounting whose subject is a speaker (verbs the speech triggers lack)."""
        saved = self.scope_start
        low, verbs = self._low, _words("account_verbs")
        try:
            for t in range(start + 1, min(end, start + 14)):
                if low.get(t) in verbs:
                    found = self._speaker_before(sent, t)
                    if found is None and self._low.get(t - 1) == ",":
                        return None
                    return found
            return None
        finally:
            self.scope_start = saved

    def _next_break(self, i: int, end: int) -> int | None:
        low, breaks = self._low, _words("clause_breaks")
        return next((t for t in range(i, end) if low.get(t) in breaks), None)

    def _fronted_clause(self, sent, verb, found, doc_voice):
        """"By the time Anthropic posted that a fix was in place, the outage had lasted…": a speech verb
        inside a fronted subordinate clause speaks only up to the clause's comma."""
        low, first = self._low, sent.span.start
        opener = low.get(first, "")
        if opener not in _words("subordinators") and (opener not in _phrase_openers("subordinators") or " ".join(
                low.get(first + k, "") for k in range(3)) not in _words("subordinators")):
            return None  # (three words are joined only after the first word of a subordinator of several words)
        comma = self._next_break(first, sent.span.end)
        if comma is None or comma < verb or low.get(comma) != ",":
            return None
        if any(s > comma and self._pronoun_subject(s) for s, _ in sent.hits.get("SPEECH", ())):
            return None  # "When the firm's chief described the outage, she spoke of 400 customers": one speaker
        return comma, found, doc_voice

    def _pronoun_subject(self, verb: int) -> bool:
        """A personal pronoun is the speech verb's subject ("he spoke of", "it has said")."""
        low, aux = self._low, _words("auxiliaries")
        t = verb - 1
        while low.get(t) in aux:
            t -= 1
        return low.get(t) in _PRONOUNS

    def _blamed_object(self, sent, verb, found, doc_voice):
        """"Amazon has blamed Tuesday's seven-hour disruption on a piece of its own automation": what is
        blamed is the outlet's description; what it is blamed on is the speaker's."""
        prep = _raw()["blame_verbs"].get(self._low.get(verb, ""))
        if prep is None or not self._adjacent_subject(verb):
            return None
        words = prep.split()
        end = self._next_break(verb + 1, sent.span.end) or sent.span.end
        low = self._low
        for t in range(verb + 2, min(end, verb + 14)):
            word = low.get(t)
            if word in ("and", "but") and self._coordinated_verb(t + 1):
                return None  # "blamed a software problem and apologized on Thursday": that "on" is another verb's
            if word == "for" and words[0] == "on":
                return None  # "blamed a DDoS attack for Tuesday's troubles": the cause is what is blamed, the speaker's
            if word == "on" and (low.get(t + 1) in _words("calendar_words") or low.get(t + 1, "").isdigit()):
                continue  # "on Tuesday", "on 12 March": when, not what it is blamed on
            if word == words[0] and all(low.get(t + k) == w for k, w in enumerate(words)):  # (the first word first)
                if words[0] in ("on", "to") and self._object_names_a_cause(sent, verb + 1, t):
                    return None  # attribution.v14: "AWS blamed a DDoS attack on its DNS servers": the attack is blamed
                    # (the object names a cause and no outage; "on" tells where the attack struck); attribution.v15:
                    # "researchers have linked the attack to Qilin": the attack tied to its doer is the speaker's
                return t, doc_voice, found
        return None

    def _described_outage(self, sent, verb, found, doc_voice):
        """attribution.v14: "Tencent Cloud has explained Monday's failure", "Alibaba Cloud has apologised for Wednesday's
        disruption", "Slack has told its side of the September 30 outage": the outage named as what the statement is
        about is the outlet's description (its date is the outlet's); a clause after the verb ("explained the failure
        was caused by …") is the speaker's."""
        low = self._low
        word = low.get(verb, "")
        if word not in _DESCRIBING_VERBS and not (word in ("told", "tells", "gave", "gives", "published") and low.get(verb + 1) in (
                "its", "their", "his", "her") and low.get(verb + 2) in ("side", "story", "version", "account")):
            return None
        if word in _APOLOGY_VERBS and low.get(verb + 1) != "for":
            return None  # "apologised and said the failure came from …": no outage named as what it apologised for
        end = self._next_break(verb + 1, sent.span.end) or sent.span.end
        for t in range(verb + 1, min(end, verb + 10)):
            w = low.get(t)
            if w in _CLAUSE_WORDS:
                return None
            if w in _OUTAGE_HEADS:
                if low.get(t + 1) in _words("be_forms") or low.get(t + 1) in _words("auxiliaries"):
                    return None  # "explained the failure was caused by …": a clause, the speaker's
                if end < sent.span.end:
                    self._more_voices.append((end, found))
                return verb + 1, found, doc_voice
        return None

    @staticmethod
    def _object_names_a_cause(sent: SentenceInfo, a: int, b: int) -> bool:
        hits = sent.hits
        inside = lambda fam: any(a <= s < b for s, _e in hits.get(fam, ()))  # noqa: E731
        return any(inside(fam) for fam in hits if fam.startswith("CAUSE_")) and not inside("OUTAGE") \
            and not inside("OUTAGE_STRONG")

    def _coordinated_verb(self, t: int) -> bool:
        """Token t is a verb in the past or a speech verb ("and apologized", "and said"): a second predicate."""
        word = self._low.get(t, "")
        return (word.endswith("ed") and len(word) > 4) or word in _words("report_words")

    def _adjacent_subject(self, verb: int) -> bool:
        start = self._clause_start(verb)
        return any(t in self._ents or self._is_cue(t, verb) for t in range(start, verb))

    def _nested_report(self, sent, verb, found, doc_voice):
        """"Google says it is investigating a report that its agent erased…": the reported claim is the
        report's, not Google's."""
        low = self._low
        nouns = _words("report_nouns")
        if nouns.isdisjoint(low.values()):
            return None  # no report noun in the sentence (the loop below needs one)
        for t in range(sent.span.start + 1, sent.span.end - 1):
            if low.get(t) not in nouns or low.get(t + 1) != "that" or verb - 2 <= t <= verb:
                continue
            if low.get(t - 1) not in _words("report_markers") and low.get(t - 1) not in _words("prepositions"):
                continue  # "A news report published today claims that…": "claims" is the verb, not a report
            if any(low.get(k) in ("in", "on", "via", "through") for k in (t - 1, t - 2, t - 3)):
                return None  # "said in a post that…": the speaker's own medium
            rejected = rejected_report(sent)
            if rejected is not None and rejected.start() <= self.doc[t].idx - sent.start < rejected.end():
                return None  # attribution.v23: "There was no basis for claims that …, the company said": the rejecter's
            start = t
            while start - 1 > sent.span.start and low.get(start - 1) in ("a", "an", "the", "news", "media", "press", "recent", "new", "published"):
                start -= 1
            press = low.get(t) == "reports" or any(low.get(k) in ("news", "media", "press") for k in range(start, t))
            nested = Speaker("press" if press else "other", self.doc[start:t + 1].text, True)
            if t < verb:  # "X has hit back at reports that its agent caused it, publishing a post…"
                end = self._next_break(t + 2, verb)
                if end is None:
                    return None
                self._more_voices.append((end, found))
            return start, found, nested
        return None

    def _trailing_gloss(self, sent, verb, found, doc_voice):
        """"…returned to normal at 3:01 PM, some fifteen hours after the first errors" or "…, after last
        Thursday's outage left thousands of sites unreachable": a closing comma phrase that measures or
        dates the event is the outlet's gloss."""
        if "," not in sent.text:
            return None  # (no comma phrase: a cheap test before the tokens are read)
        low = self._low
        commas = [t for t in range(verb + 1, sent.span.end) if low.get(t) == ","]
        if not commas:
            return None
        outage_words = None  # made when first needed
        speech = [s for s, _ in sent.hits.get("SPEECH", ())]
        for k, c in enumerate(commas):
            phrase_end = commas[k + 1] if k + 1 < len(commas) else sent.span.end
            later = [s for s in speech if s > phrase_end]
            words = [low.get(t, "") for t in range(c + 1, min(c + 8, sent.span.end))]
            if later and words and self._is_gloss(words) and self._same_speaker(sent, later[0], found):
                # "…to 22:00 UTC, roughly a full day, though it says most services were back by 02:00"
                self._more_voices.append((phrase_end, found))
                return c, found, doc_voice
            if later:
                return None  # a speech verb in a later phrase: its own clause decides
            if outage_words is None:
                outage_words = {t for f in ("OUTAGE", "OUTAGE_STRONG") for a, b in sent.hits.get(f, ()) for t in range(a, b)}
            recaps_outage = any(t in outage_words for t in range(c + 1, min(c + 7, phrase_end)))
            if words and (self._is_gloss(words) or (c == commas[-1] and self._temporal_frame(words) and recaps_outage)):
                blaming = self._blaming_relative(c + 1, phrase_end)
                if blaming is not None:
                    self._more_voices.append(blaming)
                return c, found, doc_voice
            if any(s > c for s in speech):
                return None
        return None

    def _blaming_relative(self, a: int, b: int) -> tuple[int, Speaker] | None:
        """attribution.v17: in the outlet's gloss "…, a day after log-in problems that the company put down to heavier
        demand", a relative clause whose subject blames the trouble on something is that subject's account: the
        relative word and the speaker from which it speaks."""
        low = self._low
        blame = _raw()["blame_verbs"]
        for t in range(a, b - 2):
            if low.get(t) not in ("that", "which"):
                continue
            verb = next((v for v in range(t + 2, min(t + 6, b)) if low.get(v) in blame), None)
            if verb is None:
                continue
            if t + 1 in self._ents:
                return t, self._entity_speaker(self._ents[t + 1])
            cue = self._cue(t + 1, verb)
            if cue is not None and t + 1 + cue[1] == verb:
                return t, self._cue_speaker(t + 1, cue, verb)
        return None

    def _same_speaker(self, sent: SentenceInfo, verb: int, found: Speaker) -> bool:
        saved = self.scope_start
        later = self._speaker_before(sent, verb)
        self.scope_start = saved
        return later is not None and later.kind == found.kind

    @staticmethod
    def _temporal_frame(words: list[str]) -> bool:
        """", after last Thursday's outage left…" (a new clause recapping the outage: the outlet's frame),
        not ", before recovering from 09:00" (the speaker's sentence going on) nor ", after engineers
        rolled back a change" (no outage word: the speaker's account)."""
        return words[0] in _words("gloss_openers") and len(words) > 1 and not words[1].endswith("ing")

    @staticmethod
    def _is_gloss(words: list[str]) -> bool:
        """"roughly ten hours after…", "more than five and a half hours", "some fifteen hours after…"."""
        if words[:2] == ["a", "little"]:
            words = words[1:]  # "a little over fourteen and a half hours"
        if words[0] in _words("hedges") and any(w in _words("quantities") or w[:1].isdigit() for w in words[1:4]):
            return True
        return words[0] in _words("quantities") and any(w in ("after", "before", "later") for w in words[1:5])

    def _remember_documents(self, sent: SentenceInfo, found: Speaker) -> None:
        """"In a blog post, the company said…": later "the post" is the company's."""
        if not found.explicit:
            return
        nouns = _words("publication_nouns")
        if nouns.isdisjoint(self._low.values()):
            return  # no publication named here (the loop below needs one)
        for i in range(sent.span.start, sent.span.end - 1):
            word = self._low.get(i)
            if word in ("in", "a", "an", "its", "their", "'s", "’s") and self._low.get(i + 1) in _publication_openers():
                for j in range(i + 1, min(i + 4, sent.span.end)):
                    if self._low.get(j) in nouns:
                        self.documents[self._low[j]] = found
                        break

    def _cites_publication(self, sent: SentenceInfo) -> bool:
        """The sentence just read names a publication or an account after an article or a possessive ("in its
        postmortem", "the company's review", "Amazon's own explanation"; not "applied to accounts")."""
        low = self._low
        if _words("cited_publications").isdisjoint(low.values()):
            return False
        for t in range(sent.span.start, sent.span.end):
            if low.get(t) not in _words("cited_publications"):
                continue
            for k in range(t - 1, max(sent.span.start, t - 4) - 1, -1):  # over up to two adjectives
                if low.get(k) in ("a", "an", "the", "its", "their", "own", "'s", "’s"):
                    return True
                if not low.get(k, "").isalpha():
                    break
        return False

    def _judges_account(self, sent: SentenceInfo) -> bool:
        """A sentence naming the vendor's account with no speech verb, in the present of "be": the outlet judges
        the account ("Zephyr's own review is unusually candid."), and what follows is the outlet's reading of it."""
        return not _words("account_judging_verbs").isdisjoint(self._low.values())

    def _tells_account_on(self, sent: SentenceInfo) -> bool:
        """A sentence that goes on with the technical story of the account the previous one cited, in the
        account's narrative past ("A flag in the deploy tool had been left unset.", "The script then removed
        every route."), not the outlet's own voice: no question, no quotation, no first or second person, no
        contrast opening it ("But the post leaves out…", "Still, …"), no hedge, modal or judgement ("That is
        probably…", "Critics say…", "The explanation seems thin.")."""
        text = sent.text.strip()
        if not text or text[-1] == "?" or any(q in text for q in ('"', "“", "”")):
            return False
        negs = {n for n, _ in sent.hits.get("NEG", ())}
        if any(negs & {s - 1, s - 2, s - 3} for s, _ in sent.hits.get("SPEECH", ())):
            return False  # what the account leaves unsaid: "The company did not say where the traffic came from."
        words = sent.tokens.lower[sent.span.start:sent.span.end]
        if not words or words[0] in _words("outlet_openers"):
            return False
        if not _words("outlet_voice_words").isdisjoint(words) or not _words("timeline_words").isdisjoint(words) \
                or any(":" in w and w[:1].isdigit() for w in words):
            return False  # (the outage's timeline: the outlet's own count, "Routes came back at 21:00 UTC")
        return any(_is_past_form(w) and w not in ("was", "were") for w in words)  # (not "Queues were common")

    def _continues_quotation(self, sent: SentenceInfo, marked: str) -> bool:
        """A sentence that is one quotation, right after a quoted speaker's sentence in the paragraph.
        `marked`: the sentence's text with the opening mark the previous sentence left dangling."""
        if self._quoted_by is None or self._quoted_sentence != sent.index - 1 or self._quoted_paragraph != sent.paragraph:
            return False
        opened_before = marked[:1] in ("“", '"') and sent.text[:1] not in ("“", '"')
        text = sent.text.strip()
        if opened_before:
            text = "“" + text
        return text[:1] in ("“", '"')
