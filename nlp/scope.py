"""What one sentence states about how far an outage reached (limited / regional / global).

scope.v1 — "extremely limited", "a small number of customers" -> limited; "one region" -> regional;
  "worldwide", "millions of users" -> global.
scope.v2 — constructions on the sentence text ("every region", "85% of our network", a cloud region
  code with a word of harm, "one user's folder", "some people", "kept running"); recovery, repair and
  plan sentences state no reach; the quote is the clause holding the phrase.
scope.v3 — who was hit and where, as constructions over word classes (rules-scope.json "word_classes"): a
  quantifier + a hit noun with harm in its clause, a place the harm spread over, victims named in a list; how far
  a change travelled, business consequences, report counts, sizes, hypotheticals and remedies state no reach (C5).
scope.v4 — reach told in any reporter's words: what those hit went through ("experienced", "difficult to use", "grounded",
  "caught up"), a whole area named by a common noun ("across the island", "anywhere in the country"), sites named in a
  list or a stretch ("passengers at A, B and C"), a chain of three places, "every <noun> in <place>", where people
  reported trouble (C13), lingering harm for a few (C12), a narrow reach denied ("was not local").
scope.v5 — constructions of fresh text: a recovery denied ("still not repaired"), harm that lingers or may still be seen,
  nobody able to use it, the whole system or a part of it, shares above a fifth, users kept out, any quantity of areas,
  places listed as those who reported it; purposes, cancellations, blame and present-tense propagation state no reach.
scope.v6 — word classes completed rather than phrases added: who is addressed ("many of you"), hit nouns as classes (people,
  organisations, vehicles and devices, offerings), verbs of refusal, the whole of an area in any phrasing, a stretch between two
  places, the people of a place as subject; remedies and checks, service working again, rumours, peaks of load and those who
  acted or were told to act state no reach.
scope.v7 — word classes completed on fresh text: every/each with any hit noun (singular too), shares of any hit noun or use, "some of
  us", anyone as those hit, counts told in words, harm with no word of harm (a use denied, silence on the line, data shown to others, a
  degraded experience), sites and areas of a country by kind or compass, quantifier classes; making good and getting in touch, habits,
  warnings, counterfactuals, anaphoric sets, anecdotes and a quantifier read as its own harm state no reach.
scope.v8 — harm told by what those hit had to do or lost (back to paper, waiting in queues, data taken, taken off the network, a
  recovery still under way), the area named before by any determiner, cities and hit nouns completed as classes, a relative clause
  that says who those counted are; an excess of load, what a change can reach, an edit's lines, reactions, service done again and
  what the vendor builds state no reach.
scope.v9 — reach in unfamiliar wording, probed on texts written for it before any document was read: error answers by code,
  the world and the internet as a whole, a place that narrows those counted (set before them, "mainly in", ", particularly in"),
  people named by a place adjective, part of a provider's operation in a place, a named airport or station, an aside between
  those hit and their harm; service there again, spared in the active voice, counterfactuals, the vendor's restarts and routine,
  one who acted or spoke, a count ending in a name and a route state no reach.
scope.v10 — classes that recur across authors: a recovery still under way for the rest ("has come back for most users";
  in a place named, "most hosts in eu-west-1 are recovering"); every/each told of in the generic present with no harm in its
  clause ("each of our sites has two feeds"), those who know of a thing ("nobody outside has heard of it") and a status page's
  title line state no reach; those hit "around" a named place and "similar problems" reported now are a reach.
scope.v11 — classes that recur across authors, checked on every labelled set: a few of those hit placed right after in one named
  region ("some instances in a single zone of eu-west-2": regional); "some" alone as a part beside the rest ("most were back, though
  some ..."); a step those hit must still take ("may still need to reload the app"); "unreliable"; an outage to a service in a place;
  a place cut off ("Atlanta is again unreachable");
  a time or conjunction ends the modifiers before a counted noun ("all afternoon when shoppers ..."); the audience of an outage
  ("the outage everyone talked about") and what others sit or run on ("sits behind a handful of edge providers") state no reach.
scope.v12 — classes of dev10's misses (the freshest author) tested for recurrence in the other sets' misses: a condition on harm that
  lingers, told to the reader ("If you are still seeing errors, ...": limited, C12); those the harm was held to, told by "only" and a
  relative clause with no verb after it ("only people who had installed it as root": limited); a provider's site in a named place
  under attack or hit by an issue ("an attack against our Dallas data centre": regional), or an attack that spread to its sites in
  places named ("spread to its other locations, including Dallas, Newark and London"); a place with a modifier for its part ("the
  whole of mainland Spain"); ten or more areas told in words ("in several dozen countries": global); a place "and well beyond"
  (global); a part of the internet with no word of size ("a slice of the internet": limited); a count of an operator's trips
  ("hundreds of cancelled flights", C5), what was spared in other words ("largely untouched", "had no trouble", C12) and service there
  again ("fully operational") state no reach.
scope.v13 — a national provider's count is the country's: in a document whose provider has a home country (providers.json
  home_country: a carrier, a national bank, a government agency) and whose text names no place outside it and no word of the world
  or of abroad, a global reading with no word of the world in it is regional ("millions of you could not call", "anyone trying to
  file online"); a global provider keeps it, and so does a carrier whose customers abroad were hit too.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from nlp.common_words import is_common_word
from nlp.findings import Finding, negated
from nlp.gazetteer import area_of_place, load_gazetteer
from nlp.lemmas import inflects
from nlp.pipeline import ENTS_KEY
from nlp.sentences import SentenceInfo
from nlp.temporal import CALENDAR_NAMES
from nlp.textprep import CaselessTest, grouped_alternation, holds_any


# A count of who or what was hit ("roughly 400 customers", "the 620,000 members", "8.5 million Windows machines");
# the nouns are the word class hit_nouns of rules-scope.json (see _count_pattern).
# (scope.v7: a multiplier abbreviated, "2m customers", "300k users", "1.2bn people")
_COUNT_HEAD = (r"\b(?:roughly |about |around |some |nearly |more than |almost )?(\d{1,3}(?:,\d{3})*|\d+)(?:\.\d+)?"
               r"(?:(m|mn|mln|bn|k) | ((?:million|thousand|billion) )?)(?:[\w-]+ ){0,2}")  # (scope.v8: "1,100 customer-owned IP prefixes")


_DIGIT = re.compile(r"\d")
_MULTIPLIERS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "k": 1_000, "m": 1_000_000, "mn": 1_000_000,
                "mln": 1_000_000, "bn": 1_000_000_000}


# scope.v2 — constructions that state how far an outage reached, read on the sentence text. Each
# gives the reach and the phrase that states it; the claim quotes that phrase's clause, not the sentence.
# The last item of each is its gate: words of which the construction holds at least one literally (compared
# lower-cased when the construction ignores case), so a sentence without any of them skips the regex; or, for a
# construction that ignores case, _Words: the whole words it needs, a word of each group (see _Words).
_DET = r"(?:(?:its|our|their|the|of|[A-Z][\w.&-]*(?:'s)?)\s+){0,3}"
_UNIT = (r"(?:regions?|data[ -]?cent(?:re|er)s?|datacent(?:re|er)s?|zones?|services?|products?|customers?|users?|"
         r"instances?|locations?|points? of presence|PoPs?|servers?|machines?|sites?|websites?|apps?|applications?|"
         # (scope.v5: "nearly every household", "each of its subscribers")
         r"households?|subscribers?|members?|devices?|phones?|merchants?|businesses|"
         # (scope.v6: the class completed with who else and what else a service has)
         r"accounts?|tenants?|clients?|developers?|players?|organi[sz]ations?|compan(?:y|ies)|banks?|agenc(?:y|ies)|employees?|"
         r"hosts?|nodes?|clusters?|computers?|laptops?|PCs?|terminals?|platforms?|features?|games?|consumers?|shoppers?|viewers?)")


def _hit_units(singular: bool) -> str:
    """scope.v7: the nouns of the word class hit_nouns (rules-scope.json), with their singulars when `singular`, as units "every"
    or "across many" may count ("every rental business", "each restaurant I know", "across dozens of branches")."""
    nouns = json.loads((Path(__file__).resolve().parent / "data" / "rules-scope.json").read_text(encoding="utf-8"))["word_classes"]["hit_nouns"]
    forms = set(nouns)
    if singular:
        forms |= {n[:-3] + "y" if n.endswith("ies") else n[:-2] if n.endswith(("sses", "ches", "shes", "xes"))
                  else n[:-1] if n.endswith("s") and not n.endswith("ss") else n for n in nouns}
    alternatives = tuple(r"\s+".join(map(re.escape, f.split())) for f in sorted(forms, key=len, reverse=True) if f.isascii() and f[:1].isalpha())
    return grouped_alternation(alternatives)


_EVERY_UNIT = rf"(?:{_UNIT}|{_hit_units(singular=True)})"


def _unit_words() -> str:
    """The last words of the units _EVERY_UNIT counts, for the gate of the "every" construction (a sentence without one skips it)."""
    nouns = json.loads((Path(__file__).resolve().parent / "data" / "rules-scope.json").read_text(encoding="utf-8"))["word_classes"]["hit_nouns"]
    words = {w for n in nouns for w in (n.split()[-1], _singular_form(n.split()[-1]))}
    words |= set("""region regions datacentre datacenter datacentres datacenters centre center centres centers zone zones service services
        product products customer customers user users instance instances location locations presence pop pops server servers machine machines
        site sites website websites app apps application applications household households subscriber subscribers member members device devices
        phone phones merchant merchants businesses account accounts tenant tenants client clients developer developers player players
        organisation organisations organization organizations company companies bank banks agency agencies employee employees host hosts node
        nodes cluster clusters computer computers laptop laptops pc pcs terminal terminals platform platforms feature features game games
        consumer consumers shopper shoppers viewer viewers""".split())
    return " ".join(sorted(words))


def _singular_form(n: str) -> str:
    return n[:-3] + "y" if n.endswith("ies") else n[:-2] if n.endswith(("sses", "ches", "shes", "xes")) else n[:-1] if n.endswith("s") and not n.endswith("ss") else n
_MANY_UNIT = rf"(?:{_UNIT}|{_hit_units(singular=False)})"
_CLOUD_REGION = r"\b(?:[a-z]{2,}-[a-z]+-?\d{1,2}(?:-[a-z])?|[A-Z]{2}-[A-Z]{4,}-\d{1,2}|[A-Z][\w-]*(?: [A-Z][\w-]*){0,2} \(?[A-Za-z]{2,}-[A-Za-z]+-?\d\)? [Rr]egion)\b"
_NUMBER_WORD = r"(?:two|three|four|five|several|many|multiple)"
_CONTINENTS = r"(?:Europe|Asia|North America|South America|Latin America|Africa|Australia|the (?:United States|US|Americas))"


class _Words:
    """A gate on the sentence's whole words (runs of \\w in the lower-cased text, as the construction's \\b sees
    them): the construction runs only when the sentence has a word of each group, and, when `within` is given, one
    of those strings too (a gate of several words, "ned to", kept as written: its spacing is part of the gate)."""

    __slots__ = ("groups", "within")

    def __init__(self, *groups: str, within: tuple[str, ...] = ()):
        self.groups = tuple(frozenset(g.split()) for g in groups)
        self.within = within

    def holds(self, words: frozenset[str], low: str) -> bool:
        for group in self.groups:
            if words.isdisjoint(group):
                return False
        if not self.within:
            return True
        for gate in self.within:
            if gate in low:
                return True
        return False


# Words that end a run of modifiers before a counted noun: a time ("all day", "every morning") or a word that starts another
# phrase or clause ("as", "when", "a", "to"): what follows them is not the noun the quantifier counts (scope.v11)
_NOT_A_MODIFIER = ("as|when|while|because|since|until|after|before|if|than|then|and|or|but|so|a|an|to|for|in|on|at|by|from|with|"
                   "is|are|was|were|be|been|has|have|had|day|days|night|nights|morning|mornings|afternoon|afternoons|evening|evenings|"
                   "week|weeks|weekend|weekends|month|months|year|years|hour|hours|time|times|season|long|along")


# scope.v17: a product of the provider, what a reach "confined to" may name instead of a place
_PRODUCT_NOUNS = r"(?:mobile\s+app|app|apps|website|site|product|products|feature|features)"

_SCOPE_CONSTRUCTIONS: list[tuple[str, re.Pattern, bool, tuple[str, ...] | _Words]] = [
    (value, re.compile(rx, re.I if caseless else 0), caseless, gate) for value, rx, caseless, gate in (
    # "in every region", "all of our data centres", "every OpenAI service", "all GitHub services"
    # (not an owner: "applies each customer's rules" names whose rules, scope.v5)
    # (scope.v6: a set narrowed by a relative clause is a part: "every customer that had installed the add-on", "all users who
    # signed in with the old app": limited)
    # (scope.v7: any hit noun, singular too, "every rental business"; a name keeps its capital, "each other and to store" is no
    # count; not a set named before, "each of those teams", nor a time, "every business day")
    # (read on the lower-cased text: a name is any word, so at most two words stand between the determiners and the unit)
    # (scope.v11: the words between are modifiers, not a time or the start of another phrase or clause: "lasted all day as
    # aircraft were stranded", "every time a user signs in")
    ("every", rf"\b(?:every|each|all)\s+(?:of\s+)?(?:(?:its|our|their|the|of|[\w.&-]+(?:'s|\u2019s))\s+){{0,3}}(?:(?!(?:those|these|other|{_NOT_A_MODIFIER})\b)[\w.&-]+\s+){{0,2}}?"
              rf"{_EVERY_UNIT}\b(?!'s|\u2019s)(?!\s+(?:days?|weeks?|hours?|mornings?|nights?|evenings?|years?|months?|time|cycles?|quarters?|seasons?)\b)"
              # (nor every one in one person's place, an anecdote: "and so was every phone in the shop")
              r"(?!\s+(?:in|at|inside)\s+(?:the|this|that|his|her|my|our|their)\s+(?:shop|store|office|house|home|flat|building|room|bakery|cafe|"
              r"restaurant|bar|pub|kitchen|classroom|family|household|car|van)\b)"
              r"(\s+(?:that|which|who|whose)\b)?", True, _Words("every each all", _unit_words())),
    # "85% of our network", "85 percent of its customers": a large share is global, a small one limited
    # (scope.v8: a share told in words, "fewer than one percent of transactions", "ten per cent of users")
    ("share", r"\b(\d{1,3}(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
              r"(?:\s*%|\s*per\s?cent|(?<=[a-z])-per-?cent)\s+of\s+(?:(?:its|our|their|the|all)\s+)?(?:[\w.-]+(?:'s|\u2019s)?\s+){0,2}"
              r"(?:network|traffic|customers|users|websites|sites|internet|web|requests|queries|calls|transactions|payments|flights|"
              r"servers|machines|devices|accounts|capacity|fleet|sessions|connections|logins|jobs|builds|orders|messages|emails|queries|base|userbase|"
              # scope.v6: the class of attempts and uses completed ("60 percent of login attempts", "40% of searches")
              r"attempts|sign-ins|searches|uploads|downloads|streams|bookings|purchases|deployments|lookups|visits|page\s+views|pageviews|"
              r"subscribers|members|players|merchants|households|homes|businesses|accounts|tenants|devices|phones|lines|"
              # scope.v7: the class of uses completed ("15% of interactions", "a third of checkouts", "40% of page loads") and any
              # noun of the hit_nouns class ("12% of its branches", "30 per cent of cardholders")
              rf"interactions|operations|actions|clicks|taps|checkouts|check-ins|tasks|reads|writes|loads|tickets|sales|plays|renders|{_hit_units(singular=False)})\b",
     True, ("%", "per")),
    # "one in five subscribers", "two out of three users": a proportion is a share (scope.v4)
    ("ratio", r"\b(one|two|three|four|five|six|seven|eight|nine|\d{1,3})\s+(?:in|out\s+of)\s+(?:every\s+)?(two|three|four|five|six|seven|eight|"
              r"nine|ten|twenty|\d{1,4})\s+(?:of\s+)?(?:(?:its|our|their|the)\s+)?(?:[\w.-]+\s+){0,2}?(?:customers|users|people|subscribers|"
              r"households|homes|businesses|shops|stores|merchants|members|players|sites|websites|devices|machines|computers|phones|"
              r"accounts|requests|calls|flights|passengers|searches|queries|transactions|payments|orders|sessions|messages|logins|"
              r"[A-Z][a-z]+(?:ans|ers|ons|ese|ish))\b", True,
     ("one in ", "two in ", "three in ", " in ten ", "1 in ", "out of ")),
    # "thousands of websites", "a great many services", "three apps at once", "in several regions"
    ("global", r"\b(?:(?:tens\s+of\s+|hundreds\s+of\s+)?thousands|hundreds|millions|a\s+(?:large|great|huge|vast)\s+number)\s+of\s+"
               r"(?:[\w-]+\s+)?(?:websites|sites|services|apps|applications|businesses|companies|customers|users|people|devices|machines)\b", True,
     _Words("thousands hundreds millions number", "thousands hundreds millions large great huge vast")),
    ("global", r"\b(?:two|three|four|five|six|several|many|multiple|\d+)\s+(?:[\w-]+\s+)?(?:apps|services|products|platforms)\s+at\s+once\b"
               r"|\bin\s+(?:many|multiple|several|numerous)\s+regions\b", True, _Words("once regions")),
    # "nationwide", "across the country": one country's worth of an outage
    ("regional", r"\b(?:nation|country|state|city|province|county|region|europe|eu|continent|island)-?wide\b|\bacross\s+the\s+(?:country|nation)\b|\bin\s+(?:some|certain|several|many|rural|remote|outlying|coastal|urban|northern|southern|eastern|western|central|isolated|"
                 r"mountainous|border)\s+(?:regions|areas|countries|communities|districts)\b|\b(?:on|along|across)\s+both\s+coasts\b", True,
     _Words("wide nationwide countrywide statewide citywide provincewide countywide regionwide europewide euwide continentwide islandwide "
            "country nation regions areas countries communities districts coasts")),
    # "largely confined to its UK South data centre", "restricted to one availability zone"
    ("regional", r"\b(?:confined|restricted|isolated|contained|limited)\s+to\s+(?:[\w'\u2019-]+\s+){0,4}?"
                 r"(?:regions?|zones?|data\s*cent(?:re|er)s?|countr(?:y|ies)|states?|provinces?|cit(?:y|ies)|areas?|metro\s+areas?)\b",
     True, _Words("confined restricted isolated contained limited", within=("ned to", "ted to"))),
    # "limited to customers on the old plan", "confined to a few enterprise tenants" (scope.v4)
    ("limited", r"\b(?:confined|restricted|isolated|limited)\s+to\s+(?:(?:a|one|some|those|the|its|our|their)\s+)?(?:[\w-]+\s+){0,3}?"
                r"(?:customers|users|accounts|subscribers|tenants|developers|people|merchants|organi[sz]ations)\b", True,
     _Words("confined restricted isolated limited", "customers users accounts subscribers tenants developers people merchants organisations "
            "organizations", within=("ned to", "ted to"))),
    # "a whole country's worth of customers", "the entire province"; "the whole internet"
    ("regional", r"\b(?:the|a|an)\s+(?:whole|entire)\s+(?:country|nation|state|province|region|city)\b", True,
     _Words("whole entire", "country nation state province region city", within=("whole ", "entire "))),
    ("global", r"\b(?:the|a)\s+(?:whole|entire)\s+(?:world|planet|internet|web)\b", True,
     _Words("whole entire", "world planet internet web", within=("whole ", "entire "))),
    # the whole system hit: "took the whole site down", "its entire platform went dark" (scope.v5; the harm in its own
    # clause: "the IDs of the entire cloud estate" is no reach)
    ("global+harm", r"\b(?:the|its|our|their|[a-z][\w.&-]*(?:'s|\u2019s))\s+(?:whole|entire)\s+(?:site|website|platform|network|system|app|"
               r"store|fleet|estate|operation|business|cloud|infrastructure|service|"
               # (scope.v8: everyone it serves, "knocked out the company's entire user base", "its whole membership")
               r"(?:user|customer|subscriber|player|member|client)\s+base|membership|audience|readership|clientele)\b", True,
     _Words("whole entire", "site website platform network system app store fleet estate operation business cloud infrastructure "
                            "service base membership audience readership clientele")),
    # part of the system hit: "part of our network started failing", "a portion of its fleet" (scope.v5, the harm in its own
    # clause); "a large part" is global below
    ("limited+harm", r"(?<!large\s)(?<!big\s)(?<!huge\s)(?<!vast\s)(?<!good\s)(?<!great\s)(?<!major\s)(?<!significant\s)(?<!substantial\s)"
                r"(?<!considerable\s)(?<!sizeable\s)(?<!sizable\s)\b(?:(?:a\s+)?(?:small\s+)?(?:part|portion|section|corner)|parts|"
                r"portions|sections|pockets)\s+of\s+(?:the|its|our|their|[a-z][\w.&-]*(?:'s|\u2019s))\s+(?:[\w-]+\s+)?"
                r"(?:network|platform|fleet|infrastructure|system|systems|cloud|servers|service|edge)\b", True,
     _Words("part portion section corner parts portions sections pockets", "network platform fleet infrastructure system systems cloud servers "
            "service edge")),
    # "completely offline", "down for everyone", "a total outage"
    ("global", r"\b(?:completely|entirely|totally|fully)\s+(?:down|offline|unavailable|unreachable|inaccessible|dark)\b"
               r"|\bfor\s+(?:everyone|everybody|all\s+(?:of\s+)?(?:its|our|their)?\s*(?:users|customers))\b|\b(?:total|complete|full)\s+(?:outage|blackout|shutdown)\b", True,
     _Words("completely entirely totally fully everyone everybody all total complete full", "completely entirely totally fully for total complete full")),
    # "a partial outage", "partially degraded"
    # (scope.v6: up to two words between, "partial UPI transaction declines"; the harm nouns as a class; said of the harm:
    # "the declines were only partial", "described the outage as partial")
    ("limited", r"\bpartial(?:ly)?\b(?=\s+(?:[\w-]+\s+){0,2}?(?:outages?|disruptions?|degrad\w*|unavailab\w*|down|offline|failures?|impact|results|responses|data|"
                r"declines?|declined|errors?|loss|losses|blackouts?|shutdowns?|rejections?|rejected|failing|failed|interruptions?|"
                r"service|availability|connectivity|access|functionality|restoration)\b)"
                r"|\b(?:was|were|is|are|as|been|remained|stayed|only|merely)\s+(?:only\s+|merely\s+|largely\s+)?partial\b(?!\s+(?:\w+\s+)?(?:fix|recovery|restoration|refund))", True,
     _Words("partial partially")),
    # "a small number of people", "a tiny fraction of its users"
    ("limited", r"\b(?:a\s+)?(?:small|tiny|limited|very\s+small|narrow|thin)\s+(?:number|share|subset|set|fraction|percentage|group|portion|proportion|"
                r"slice)\s+of\b", True,
     _Words("small tiny limited narrow thin", "number share subset set fraction percentage group portion proportion slice")),
    ("limited", r"\ba\s+(?:tiny\s+|small\s+|thin\s+|narrow\s+)?sliver\s+of\b", True, _Words("sliver")),
    # "across the platform", "across many of our instances", "a swath of the internet", "four continents"
    ("global", r"\bacross\s+(?:the|its|our|their)\s+(?:entire\s+|whole\s+)?(?:platform|network|fleet|footprint|infrastructure)\b", True,
     _Words("across", "platform network fleet footprint infrastructure")),
    ("global", rf"\bacross\s+(?:many|multiple|several|most|numerous|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:of\s+)?{_DET}(?:[\w-]+\s+)?{_MANY_UNIT}\b",
     True, _Words("across")),
    # (scope.v12: a part of it with no word of size is a narrow reach, "a slice of the internet could not use the resolver",
    # "for part of the web": limited; a large part, a swath, a half of it stay global)
    ("limited", r"(?<!large )(?<!big )(?<!huge )(?<!wide )(?<!vast )(?<!good )\b(?:a\s+)?(?:slice|part|parts|corner|corners|pocket|pockets)\s+of\s+"
                r"(?:the\s+)?(?:internet|web)\b", True, _Words("internet web")),
    ("global", r"\b(?:a\s+)?(?:(?:large|big|huge|wide|vast|good)\s+(?:slice|chunk|part|parts)|swath|swathe|chunk|fifth|quarter|third|half)\s+of\s+"
               r"(?:all\s+)?(?:the\s+)?(?:internet|web|websites|the internet)\b", True, _Words("internet web websites")),
    # "a large part of Microsoft's cloud", "much of its network", "a huge share of the platform": most of the system
    # (scope.v6: the class of large shares: "a significant portion of our infrastructure", "a substantial part of its fleet";
    # harm in its own clause: "the update was incompatible with a significant part of the fleet" is the mechanism)
    ("global+harm", r"\b(?:(?:a\s+)?(?:large|big|huge|vast|good|major|significant|substantial|considerable|sizeable|sizable)\s+(?:part|parts|share|portion|proportion|chunk)|much|most|"
               # (scope.v8: "roughly half of the fleet went offline", "two-thirds of its network")
               r"half|a\s+third|two-thirds|two\s+thirds|three-quarters|three\s+quarters)\s+of\s+"
               r"(?:the|its|our|their|[A-Z][\w.&-]*(?:'s|\u2019s))\s+(?:[\w-]+\s+)?(?:cloud|network|platform|fleet|infrastructure|footprint|servers|systems)\b"
               # (scope.v8: not a share of what the system has, "stopped using more than half of their network capacity": the mechanism)
               r"(?!\s+(?:capacity|bandwidth|resources|headroom|throughput))",
               True, _Words("cloud network platform fleet infrastructure footprint servers systems", within=("part", "share", "portion", "chunk", "much of", "most of", "half of", "third", "quarters"))),
    ("global", r"\b(?:two|three|four|five|six|several|multiple)\s+continents\b|\bboth\s+sides\s+of\s+the\s+Atlantic\b", True, _Words("continents atlantic")),
    ("global", rf"\b{_CONTINENTS}(?:,\s+{_CONTINENTS})*,?\s+(?:and|&)\s+(?:parts\s+of\s+)?{_CONTINENTS}\b", False, ("Europe", "Asia", "America", "Africa", "Australia", "United States", "US")),
    # "was felt so widely", "the disruption appears to be broad", "this broad"
    ("global", r"\b(?:felt|spread|reached)\s+(?:so\s+|very\s+|far\s+and\s+)?widely\b|\b(?:so|this|very|unusually)\s+(?:broad|wide|widespread)\b"
               r"|\b(?:is|was|be|appears?\s+to\s+be|seems?\s+to\s+be)\s+broad\b|\bfar\s+beyond\s+(?:the\s+|its\s+|their\s+)?(?:own\s+)?(?:customers|users|borders|country|region|city|state)\b|\bbeyond\s+\w+(?:'s)?\s+own\s+customers\b", True,
     _Words("widely broad wide widespread beyond")),
    # "in the US-EAST-1 Region", "us-east1 and us-east4", "several europe-west9 zones", "a multi-zone failure"
    ("regional", _CLOUD_REGION, False, ("-",)),
    ("regional", r"\b(?:in|across|to|of|from)\s+(?:the|its|our|their)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+[Rr]egion\b", False, ("egion",)),
    # scope.v6: those hit at a named site of the provider ("customers served from our Frankfurt data centre", "workloads hosted in its
    # Ashburn facility"), with harm in its clause (not where the cause struck: "a cooling problem at its London data centre")
    ("regional+harm", r"\b(?:served|hosted|running|housed|located|based|homed|customers|users|workloads|services|instances|servers|machines|"
                      r"sites|websites|apps|tenants|accounts|racks|clusters)\s+(?:in|across|at|from|of|on)\s+(?:the|its|our|their)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+(?:data[ -]?cent(?:re|er)s?|"
                      r"datacent(?:re|er)s?|facility|facilities|campus|site|availability\s+zones?|points?\s+of\s+presence|PoPs?)\b", False,
     _Words("served hosted running housed located based homed customers users workloads services instances servers machines sites websites "
            "apps tenants accounts racks clusters", "centre center centres centers datacentre datacenter datacentres datacenters facility "
            "facilities campus site zone zones presence pop pops", "its our their the")),
    # (scope.v9: the whole country in a translated phrasing, "in the national territory", "throughout the whole national territory")
    ("regional", r"\b(?:in|across|throughout|over)\s+(?:the\s+)?(?:whole\s+|entire\s+)?national\s+territory\b", True, _Words("national", "territory")),
    ("regional", r"\bmulti-zone\b|\b(?:several|multiple|two|three)\s+(?:of\s+the\s+region's\s+)?(?:[\w-]+\s+)?zones\b|\bregion's\s+zones\b", True, _Words("zone zones")),
    ("regional", r"\bone\s+of\s+(?:its|the|our|their)\s+(?:\w+\s+)?(?:two|three|four|\d)\s+(?:[\w-]+\s+){0,2}regions\b", True, _Words("regions", "one", "of")),
    # (scope.v9: one zone of a region, "machines in one of the region's availability zones lost power")
    ("regional+harm", r"\bone\s+of\s+(?:its|the|our|their)\s+(?:region's\s+|\w+\s+)?(?:(?:two|three|four|five|six|\d)\s+)?(?:availability\s+)?zones\b",
     True, _Words("zones", "one", "of")),
    ("regional", r"\b(?:in|across)\s+(?:parts\s+of\s+)?the\s+(?:eastern|western|northern|southern|central|north-?eastern|south-?eastern)\s+"
                 r"(?:United\s+States|US|U\.S\.|part\s+of\s+\w+)\b|\bin\s+parts\s+of\s+the\s+United\s+States\b", True,
     _Words("eastern western northern southern central northeastern southeastern united", "in across")),
    # (scope.v17: not "confined to the bank's mobile app": one product is a limited reach, below)
    ("regional", r"\b(?:largest|biggest|oldest)\s+(?:data[ -]?cent(?:re|er)\s+)?region\b|\bconfined\s+to\s+(?:its|the|one)\b"
                 rf"(?!(?:\s+[\w'\u2019-]+){{0,3}}?\s+{_PRODUCT_NOUNS}\b)", True,
     _Words("largest biggest oldest confined", "region its the one")),
    ("limited", rf"\b(?:confined|restricted|limited)\s+to\s+(?:its|the|one|a)\b(?:\s+[\w'\u2019-]+){{0,3}}?\s+{_PRODUCT_NOUNS}\b", True,
     _Words("confined restricted limited", "app apps website site product products feature features")),
    # "errors reached customers around the world", "the bug went everywhere at once"
    # (scope.v9: the internet as a whole, "a disruption that affected customers and the wider internet", "the internet at large")
    # (scope.v24: "did not work anywhere in the world")
    ("global", r"\b(?:around|across)\s+the\s+(?:world|globe)\b|\bworldwide\b|\beverywhere\b|\banywhere\s+(?:in|on)\s+the\s+(?:world|globe|planet)\b"
               r"|\bthe\s+(?:wider|broader|whole|entire)\s+(?:internet|web)\b|\bthe\s+(?:internet|web)\s+at\s+large\b", True,
     _Words("world globe worldwide everywhere internet web")),
    # "a single user's folder", "one of his drives", "nobody outside the project", "the blast radius was small"
    # ... but not the one who acted ("one customer pushed a setting", "one engineer changed DNS")
    # one site of the system: "a single data centre", "one availability zone" (scope.v4)
    # ... but not the site that did the harm ("one building took out the whole region")
    ("regional", r"\b(?:a\s+single|one)\s+(?:data[ -]?cent(?:re|er)|datacent(?:re|er)|facility|building|campus|availability\s+zone|zone)\b"
                 r"(?!\s+(?:\w+\s+)?(?:took|takes|knocked|knocks|caused|causes|brought|brings|triggered|set\s+off|can|could|would|is\s+enough))",
     True, _Words("single one", "data datacentre datacenter facility building campus zone")),
    # (scope.v16: not "not a single customer could connect", "not one user": none of them, a denial of everyone's use)
    ("limited", r"(?<!\bnot\s)\b(?:a\s+single|one)\s+(?:person|user|customer|developer|account|machine|folder|drive|project|tenant)(?:'s)?\b"
                r"(?!\s+(?:\w+\s+)?(?:pushed|changed|used|made|ran|typed|applied|deployed|set|updated|to\s+change|changing|"
                # (scope.v9: the class of acting verbs completed: "a single customer uploaded a malformed file", "one user triggered")
                r"uploaded|submitted|triggered|created|issued|requested|installed|entered|launched|started|configured|misconfigured|"
                r"enabled|disabled|sent|posted|clicked|ordered|tried|attempted|hit\s+(?:a|an|the)\s+(?:bug|limit|edge))\b)"
                # (scope.v9: nor one person as a source, "one developer we spoke to called it", "one customer told us", "one user wrote")
                r"(?!\s+(?:(?:who|that|whom)\s+)?(?:we|I|they|he|she)\s+(?:spoke|talked|interviewed|reached|asked|contacted)\b)"
                r"(?!\s+(?:\w+\s+)?(?:said|says|told|tells|wrote|writes|called|calls|described|describes|posted|tweeted|put\s+it)\b)", True,
     _Words("single one", "person user customer developer account machine folder drive project tenant")),
    ("limited", r"\bone\s+of\s+(?:his|her|their|its|the\s+user's)\s+(?:\w+\s+)?(?:drives|folders|projects|machines|databases)\b", True,
     _Words("one", "drives folders projects machines databases")),
    # (scope.v7: not those who took part: "nobody outside the company was involved", "no one outside the team had access")
    ("limited", r"\b(?:nobody|no\s+one|none\s+of\s+\w+\s+said\s+customers)\s+outside\b(?!(?:\s+[\w'-]+){1,4}?\s+(?:(?:was|were|is|are|had\s+been)\s+"
                r"(?:involved|responsible|to\s+blame|behind)|had\s+(?:access|a\s+hand|any\s+role)|took\s+part|"
                # scope.v10: nor those who know of a thing ("a system nobody outside the trade has heard of")
                r"(?:has\s+|had\s+|have\s+|would\s+have\s+)?(?:heard\s+of|known\s+(?:of|about)|knew|knows)|"
                # scope.v18: nor those who could see or tell what went on ("nobody outside the bank could see the queue")
                r"(?:could\s+|can\s+|would\s+|was\s+able\s+to\s+)?(?:see|saw|seen|tell|understand|understood|explain|check)\b))|\bcustomers\s+outside\s+\w+\s+(?:noticed|were\s+affected)\b", True, _Words("outside")),
    ("limited", r"\b(?:blast\s+radius|damage|impact|incident)\s+(?:itself\s+)?(?:was|is|remained)\s+(?:\w+\s+)?(?:small|narrow|contained|limited)\b", True,
     _Words("small narrow contained limited", "radius damage impact incident", "was is remained")),
    ("limited", r"\b(?:some|a\s+few|certain)\s+(?:[\w-]+\s+)?(?:people|customer\s+websites|customers'?\s+websites)\b|"
                r"\bsome\s+[A-Z]\w+\s+(?:users|customers)\b|\bpeople\s+who\s+(?:moved|switched|used)\b", True,
     _Words("some few certain people", "people websites users customers")),
    ("count", r"\bnumber\s+of\s+(?:affected\s+|impacted\s+)?(?:customers|users|sites|accounts)\s+(?:at|to)\s+(?:around\s+|about\s+|roughly\s+)?(\d[\d,]*)", True,
     _Words("number", "customers users sites accounts", "at to")),
)]
# scope.v4 constructions gated by the sentence's own words (a set look-up, cheaper than a substring scan per gate):
# (value, pattern, words of which a match holds at least one as a token).
_PARTLY_BACK = r"\b(?:again|back|restored|recovered)\b[^.;]{0,60}?\bbut\s+not\s+(?:on|in|for|at|from|with)\b"
_WORD_GATED_CONSTRUCTIONS: list[tuple[str, re.Pattern, frozenset[str]]] = [(value, re.compile(rx, flags), frozenset(gate)) for value, rx, flags, gate in (
    # lingering harm for a few (C12): "some services are still working through backlogs", "a small number are still
    # catching up", "some jobs took longer to recover", "others were still seeing errors" (recovery words in such a
    # clause do not cancel it: see _LINGERS)
    # (scope.v6: not a quantity of distance or time: "a few miles from the airport", "for some time")
    ("limited", r"\b(?:some|a\s+(?:small\s+)?number|a\s+handful|a\s+few|certain|others)\b"
                r"(?!\s+(?:more\s+)?(?:miles|kilomet\w+|km|metres|meters|feet|yards|blocks|minutes|hours|days|weeks|months|years|seconds|time|times|"
                r"point|extent|way|dollars|percent|cents|pounds|euros)\b)(?:\s+(?:of\s+)?(?:the\s+|its\s+|our\s+|their\s+)?"
                r"(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:services|products|features|requests|jobs|queries|functions|operations|APIs|"
                r"workloads|instances|regions|apps|systems|users|customers|sites))?(?=(?:(?!,\s+(?:and|but)\b)[^.;]){0,90}?\b(?:still|(?:longer|slower)\s+to|"
                # (scope.v9: harm that went on, "some pages kept failing well into the evening", "kept crashing", "kept on timing out")
                r"kept\s+(?:on\s+)?(?:fail|crash|error|drop|tim|break|freez|stall|hang|disconnect)\w*|"
                r"backlogs?|(?<![Ww]e\s)continue\s+to\s+(?:see|experience|have|face))\b)"
                r"|\b(?:slower|longer)\s+to\s+(?:recover|return|come\s+back|catch\s+up|clear)\b", re.I,
     ("still", "longer", "slower", "backlog", "backlogs", "continue", "kept")),
    # scope.v5 — harm that lingers where it is still measured: "a small number of regions where error rates remain above
    # normal", "a few zones in which latency stays elevated"
    ("limited", r"\b(?:some|a\s+(?:small\s+)?number|a\s+handful|a\s+few|certain|others)\b(?:(?!,\s+(?:and|but)\b)[^.;]){0,90}?"
                r"\b(?:remains?|remained|remaining|stays?|stayed|staying)\s+(?:well\s+|slightly\s+|somewhat\s+)?(?:above\s+(?:normal|usual|baseline)|"
                r"elevated|high|higher|degraded|impaired|unavailable|down|offline|patchy|slow|unreachable)\b", re.I,
     ("remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "staying")),
    # those hit, unnamed, who may still see the harm: "customers may continue to see errors", "users might still notice
    # slow pages" (C12: lingering harm for some; without the hedge, "users still cannot log in" tells no share)
    ("limited", r"\b(?:customers|users|clients|subscribers|merchants|developers|people|visitors|players|members|tenants|you)\s+"
                r"(?:may|might|could|can)\s+(?:still|continue\s+to)\s+(?:see|experience|notice|encounter|face|have|get|hit)\b", re.I,
     ("still", "continue")),
    # for a few it went on longer: "for some it ran into the weekend", "for a handful of them, the lockout lasted days"
    ("limited", r"\b(?i:for)\s+(?i:some|a\s+few|a\s+handful|others|a\s+minority|a\s+small\s+number)(?:\s+of\s+them)?,?\s+"
                r"(?i:it|the\s+\w+|they)\s+(?:(?:\w+ly|still)\s+)?(?i:lasted|ran|dragged|went\s+on|stretched|continued|persisted|lingered)\b", 0,
     ("lasted", "ran", "dragged", "went", "stretched", "continued", "persisted", "lingered")),
    # harm in some places and not in others: "gates worked at some terminals but not others" (C12: partial)
    ("limited", r"\b(?:some|certain)\s+(?:[\w-]+\s+){0,2}?\w+\s+but\s+not\s+(?:at\s+|in\s+|for\s+|on\s+)?(?:the\s+)?others\b", re.I,
     ("others",)),
    # scope.v6: working again in one place or for one kind but not another: "the app is loading again on phones but not on
    # desktops", "service was restored in Leeds but not in York" (C12: partial)
    ("limited", _PARTLY_BACK, re.I, ("again", "back", "restored", "recovered")),
    # nobody able to use it: "for half an hour nobody could reach the site", "no one was able to log in" (not "nobody
    # outside the team", "no one else": a narrow reach, read above)
    # (scope.v24: wherever they were or whoever used it, "nobody anywhere could log in", "nobody using our service could take an
    # order", "no one could save anything")
    ("global", r"\b(?:nobody|no(?:\s+|-)one)\s+(?:anywhere\s+|using\s+(?:[\w'\u2019-]+\s+){1,3}?)?(?:could|can|was\s+able\s+to)\s+"
               r"(?:(?:get\s+)?(?:reach|access|use|load|open|log\s+(?:in|on)|sign\s+in|"
               r"connect|get\s+(?:in|on|online|through)|make|place|send|receive|pay|buy|book|check\s+in|stream|play|watch|call|work|"
               r"withdraw|order|post|download|upload|save|take|print|scan|sync|launch|register))\b", re.I, ("nobody", "no")),
    # a reach that became worldwide: "the failure went global"
    ("global", r"\b(?:went|gone|goes|go|became|become|becomes|turned)\s+global\b", re.I, ("global",)),
    # a narrow reach denied: "the outage was not local", "this was no isolated problem"
    ("global", r"\b(?:was|is|were|are)(?:\s+not|n't)\s+(?:just\s+|merely\s+|only\s+)?(?:a\s+)?(?:local|locali[sz]ed|isolated)\b"
               r"|\b(?:was|is)\s+no\s+(?:local|isolated)\b", re.I, ("local", "localised", "localized", "isolated")),
    # part of a place: "closed parts of Berlin's airspace", "parts of the country's rail network"
    ("regional", r"\b(?i:parts?\s+of)\s+(?:the\s+(?i:country|nation|city|state|region|island)|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:'s|\u2019s)\s+"
                 r"(?i:airspace|coast|coastline|territory|suburbs|countryside|grid|power\s+grid|rail\s+network|road\s+network)\b", 0,
     ("part", "parts")),
    # scope.v19: a country's airspace closed ("closed Swiss airspace", "Danish airspace has been shut"): the whole country's
    # flights, a regional reach
    ("regional", r"\b(?:closed|shut|closing|shutting|closure\s+of)\s+(?:the\s+)?(?:(?:entire|whole)\s+)?(?:[A-Z][\w-]*(?:'s|\u2019s)?|"
                 r"the\s+country(?:'s|\u2019s))\s+airspace\b|\b(?:[A-Z][\w-]*(?:'s|\u2019s)?|the\s+country(?:'s|\u2019s))\s+airspace\s+"
                 r"(?:was|has\s+been|had\s+been|is|were|remained)\s+(?:\w+\s+)?(?:closed|shut)\b", 0, ("airspace",)),
    # harm to what one unnamed person owns: "deleted a customer's production database"
    ("limited", r"\ba\s+(?:user|customer|developer|person|tenant)(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,2}(?:data|database|files?|folders?|drive|account|"
                r"project|site|website|app|repository|machine|computer|server|instance)\b", re.I,
     ("user", "customer", "developer", "person", "tenant")),
    # scope.v7: a named site and others like it ("check-in desks at Haneda and other airports", "branches in Leeds and several
    # other cities", "at Heathrow or one of the other London airports")
    ("regional", r"\b(?i:at|in|across|from)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}\s+(?i:and|or)\s+(?i:(?:several|many|a\s+few|some|two|three|four|five|dozens\s+of|"
                 r"a\s+number\s+of|a\s+handful\s+of|one\s+of\s+the)\s+)?(?i:other)\s+(?:[\w-]+\s+)?(?i:airports?|stations?|cities|city|towns?|"
                 r"branch(?:es)?|stores?|shops?|hospitals?|terminals?|sites?|depots?|schools?|offices?|locations?|venues?|states?|provinces?|"
                 r"count(?:y|ies)|regions?|areas?|districts?|suburbs?|hubs?|campuses|facilities|data\s*cent(?:re|er)s)\b", 0, ("other",)),
    # scope.v8: the places hit hardest, named ("the worst-hit areas were Scotland and the north of England", "the hardest-hit
    # regions included Bavaria")
    ("regional", r"\b(?:worst|hardest|most\s+badly|most\s+severely)[\s-]+(?:hit|affected|impacted)\s+(?:areas|regions|places|countries|cities|"
                 r"states|provinces|counties|markets|parts|towns)\s+(?:were|was|are|included|include)\s+(?:the\s+)?[A-Z]", 0,
     ("worst", "hardest", "badly", "severely", "worst-hit", "hardest-hit")),
    # "several of our European data centres", "two facilities"
    # (scope.v7: harm told in their own clause — not "a power cut at a site outside Portland, one of three facilities that host the
    # control plane", where the cause struck)
    ("regional+harm", r"\b(?:several|multiple|two|three|four)\s+(?:of\s+(?:its|our|their|the)\s+)?(?:[\w-]+\s+)?(?:data\s*cent(?:re|er)s|"
                 r"datacent(?:re|er)s|facilities)\b", re.I, ("centres", "centers", "datacentres", "datacenters", "facilities")),
)]


# Recovery, repair work, plans and hypotheticals speak of the fix or of what might be, not of how far the outage
# reached ("access has been restored for all customers", "every server has to be cleaned", "we will review every
# service", "that would leave some shops offline" — but "the page would not load" is a refusal told of the past, harm), "one bad file can take down every region", "if a zone fails, ..."). Harm that goes on or comes back is still harm: "still failing
# for some customers", "errors have returned for some users" state a reach.
# (scope.v12: "fully operational", "fully functional": service there again, "all affected services are fully operational")
_NOT_REACH = re.compile(r"\b(?:restor\w*|recover(?:ed|ing|y)?|back\s+to\s+normal|now\s+(?:available|working)|should|operating\s+normally|rolling\s+out|will|"
                        r"fully\s+(?:operational|functional)|"
                        r"returned\s+to\s+normal|(?:operating|running)\s+as\s+normal|fully\s+resolved|(?:has|have|had|is|are|was|were)\s+(?:now\s+)?(?:been\s+)?resolved|all-clear|back\s+into\s+service|"
                        r"continues?\s+to|would(?!\s+not\b)|(?:can|might)\s+(?:take|bring|knock|cause|leave|affect|hit|disrupt|break|spread|cascade)|if|whenever|unless|(?:is|was|were)\s+over|(?:is|was|were|are|came|comes)\s+back|back\s+(?:online|up)|eas(?:ing|ed)|subsid\w*|expect\w*|cleared|returned\s+to\s+service|bring\w*\s+(?:\w+\s+){0,3}back|"
                        # the vendor's own remedy: "we have disabled the automation worldwide"
                        r"we(?:'ve|\s+have)?\s+(?:disabled|paused|suspended|halted|frozen|rolled\s+back|reverted|blocked)|"
                        r"fix(?:es|ed|ing)?|repair\w*|worked\s+(?:through|to|overnight)|"
                        r"prevent\w*|reviewing|has\s+to\s+be|had\s+to\s+be|required|mobili[sz]ed|(?:are|continue\s+to)\s+monitor\w*|publish\w*|"
                        # scope.v6: the vendor's improvements and checks ("shortening the time a rollback takes across all regions",
                        # "testing the patch on every affected machine", "replacing the drives in each data centre")
                        r"shorten\w*|improv\w*|strengthen\w*|harden\w*|test(?:ed|ing)|inspect\w*|audit\w*|replac(?:e|ed|es|ing)|reimag\w*|"
                        r"rebuil\w*|safeguards?|notif(?:y|ied|ies|ying)|"
                        # scope.v6: what may happen another time ("outages like this could hit millions of users in the future"; not
                        # "could" alone: "why one change could take down four apps" tells what it did)
                        r"in\s+(?:the\s+)?future|next\s+time|"
                        # scope.v6: service that works again ("available again for most users", "loading again for some readers")
                        r"(?:available|working|online|up|running|loading|reachable|accessible|live|functioning|operational|"
                        # scope.v7: the class completed ("declared healthy again", "stable again", "usable again")
                        r"healthy|stable|usable|responsive|normal|reliable|"
                        # scope.v8: what the service does, done again ("most affected prefixes are being advertised again", "payments are
                        # being processed again", "calls are connecting again")
                        r"advertised|announced|routed|served|delivered|processed|accepted|handled|connect(?:ed|ing)|sync(?:ed|ing)|"
                        r"process(?:ed|ing)|flow(?:ed|ing)|load(?:ed|ing)|work(?:ed)?)\s+again|"
                        # scope.v8: what the vendor is building or adding after it ("we are building a snapshot of every customer's
                        # configuration", "we have added checks to each region", "introducing a staged rollout for all services")
                        r"we(?:'re|\s+are|\s+have|'ve|\s+will)?\s+(?:also\s+)?(?:building|built|adding|added|introducing|introduced|creating|"
                        r"developing|designing|putting\s+in\s+place)|"
                        r"(?:coming|come)\s+back|"
                        # scope.v9: service there again, told as what it is or what users can do ("all services are available",
                        # "most of you were able to sync your files again", "regained access"; not "are not available")
                        r"(?:is|are|was|were|remains?|remained)\s+(?:now\s+|fully\s+|again\s+|once\s+again\s+)?available\b(?!\s+(?:only|to\s+(?:only|few)))|"
                        r"able\s+to\s+(?:[\w-]+\s+){1,6}?again|regain\w*\s+access|"
                        r"(?<!not\s)(?<!n't\s)(?<!never\s)(?<!\bone\s)(?<!nobody\s)(?<!none\s)(?<!few\s)(?:were|was|are|is|been|be)\s+"
                        r"(?:again\s+|once\s+again\s+|now\s+|finally\s+|eventually\s+|still\s+)?able\s+to|"
                        # scope.v9: what a phrase or a setting may stand for, in general ("a status page that says 'some customers'
                        # can mean all of your customers")
                        r"(?:can|could|may|might)\s+(?:also\s+|well\s+)?mean|"
                        # scope.v9: work planned ahead ("a planned interruption is scheduled for Sunday night for all customers")
                        r"(?:is|are)\s+(?:scheduled|planned|due)\s+(?:for|to|on|between|from|at|this|next|tonight|tomorrow)|"
                        # scope.v9: the vendor's work on its own parts ("restarted affected sessions", "rebooted every node in the pool",
                        # "power-cycled all the affected hosts"), and a change named by its reach ("applied a global instruction")
                        # (scope.v11: not a step those hit must take, "may still need to reload the app")
                        r"(?<!need\sto\s)(?<!needs\sto\s)(?:restart|reboot|power-?cycl|reload|re-?initiali[sz])(?:ed|ing|s)?\s+(?:all|every|each|affected|the|its|our)\b|"
                        r"(?:global|worldwide|fleet-?wide|network-?wide|system-?wide)\s+(?:instruction|change|rule|filter|block|setting|command|"
                        r"configuration|config|policy|fix|patch|rollback|update|flag|kill\s+switch)s?|"
                        # scope.v7: how the system judged its own parts is the mechanism ("so every server was marked as down",
                        # "nodes were flagged unhealthy")
                        r"(?:marked|flagged|treated|deemed|declared|considered|seen)\s+(?:as\s+)?(?:down|unhealthy|dead|failed|failing|offline|unavailable))\b", re.I)
# A reach is told of harm: a sentence that says nothing was hit names only a place or a size
# ("workloads in us-central1", "it runs thousands of servers around the world").
# (alternatives grouped by first letter when compiled: textprep.grouped_alternation)
_HIT_WORDS = (
    r"fail\w*", r"unavailab\w*", "outage", "disruption", "down", r"impact\w*", r"affect\w*", "errors?", r"degrad\w*", "loss",
    "lost", "trouble", "problems?", "unable", r"could\s+not", "cannot", r"crash\w*", "offline", "unreachable", "hit", "touched",
    r"couldn['\u2019]t", r"can['\u2019]t",  # (scope.v8: as contracted)
    r"not\s+(?:been\s+|be\s+)?able\s+to",  # (scope.v27: "have not been able to see their timetables")
    # (scope.v18: "went" only as a failure, "went down", "went dark"; not "some traders went further")
    r"went\s+(?:down|dark|offline|out|quiet|silent|blank|haywire|missing|wrong|unanswered|unpaid|without|back\s+to|to\s+(?:a\s+)?(?:halt|zero|100|full|max\w*))",
    r"congest\w*", r"slow\w*", r"took\s+out", r"knock\w*", r"wip\w*", r"delet\w*", r"eras(?:e[ds]?|ing|ures?)", r"cut\w*\s+off",
    r"shut\w*", r"switch(?:ed|es|ing)?\s+off", "failure",  # (scope.v24: "switched off its systems around the world")
    r"impair\w*", r"inaccessib\w*", r"stop\w*", r"disrupt\w*", r"damage\w*", "event", "incident",
    "issues?", "felt", "spread", r"reach\w*", "noticed", "lost", "los(?:e|ing)", r"consum\w*", r"stumbl\w*", "dark",
    r"brok\w*", r"break\w*",
    # scope.v8: taken off the network ("withdrew 1,100 customer prefixes from the internet", "found their ranges withdrawn"; not
    # money withdrawn: "customers withdrew their savings")
    r"withdr(?:ew|awn)\s+(?:[\w',.-]+\s+){0,5}?(?:from\s+the\s+(?:internet|web|network)|routes|prefixes|ranges|addresses|announcements|advertisements)",
    r"withdrawn\s+from\s+the\s+(?:internet|web|network)", r"routes\s+(?:[\w-]+\s+){0,3}?(?:were|was|been|being)\s+withdrawn",
    r"prefixes\s+(?:[\w-]+\s+){0,3}?(?:were|was|been|being)\s+withdrawn", r"ranges\s+(?:[\w-]+\s+){0,3}?(?:were|was|been|being)\s+withdrawn",
    # (scope.v7: not the quantifier itself, "a limited number of them", nor a name, "the Eras Tour")
    r"limited(?!\s+(?:number|share|subset|set|fraction|percentage|group|portion|proportion|slice|amount|selection|pool|circle))", "isolated",
    r"confined\s+to",  # (scope.v9: "it was confined to the company's North American data centres")
    r"interrupt(?:ed|ion|ions)",  # (scope.v9: "the interruption of yesterday", "service was interrupted for all users")
    # (scope.v7: "available" only when denied or narrowed, not "the tickets available")
    r"not\s+available", r"only\s+available", r"no\s+longer\s+available", r"partially\s+available", r"nowhere\s+to\s+be\s+(?:found|seen)", "blank", "stalled", r"froze\w*", r"delay\w*", r"halt\w*",
    r"disconnect\w*", r"invalidat\w*", r"locked\s+out",
    # what kept working is told against the harm elsewhere ("the great majority of sites stayed up": most were spared)
    r"kept\s+running", r"continued\s+to\s+(?:run|work)", r"stayed\s+up", "unaffected", "spared",
    # what those hit went through, told of them ("the disruption some customers experienced", "difficult to use",
    # "flights were grounded", "passengers were caught up", "users found themselves logged out", "saw worse answers")
    r"experienc\w*", r"suffer\w*", r"encounter\w*", r"difficult\w*", "grounded",
    r"hard\s+to\s+(?:use|access|load|open|reach|get\s+through|connect)",  # (scope.v12: "difficult" in other words, "hard to use")
    r"impossible\s+to\s+(?:use|access|load|open|reach|get\s+through|connect)", r"strand\w*", "stuck", r"caught\s+up",
    r"found\s+themselves", r"wors(?:e|ened)", r"latenc\w*", r"timeouts?",
    # scope.v5: thrown out of the service ("users were kicked out of the queue", "logged out")
    r"kick\w*\s+(?:out|off)", r"logged\s+out", r"boot\w*\s+(?:out|off)", r"thrown\s+out",
    r"no\s+(?:(?:voice|data|mobile|phone|internet|broadband|cell|cellular|landline|network|wifi|card|payment|banking|e?mail|tv)\s+)?"
    r"(?:signal|service|power|internet|connection|connectivity|coverage|access)", r"no\s+(?:working|functioning)",  # (scope.v23)
    r"backlogs?", r"throttl\w*", "closed", r"closures?", r"partial\w*",
    # lingering harm (C12): "a small number are still recovering", "jobs were slower to recover"
    r"still\s+(?:recovering|restoring|catching\s+up|processing|working\s+through)", r"slower\s+to", r"longer\s+to",
    # scope.v8: a recovery still under way or not yet made ("some services are still being restored", "are still being repaired",
    # "has yet to recover", "are yet to come back")
    r"still\s+(?:being\s+)?(?:restored|repaired|fixed|rebuilt|brought\s+back|recovered|worked\s+on|repairing|rebuilding)",
    r"still\s+bringing\s+(?:[\w-]+\s+){0,4}?back",
    # scope.v9: a part still in need of repair ("a small number of volumes still require recovery", "still need manual repair",
    # "had volumes that needed manual recovery")
    r"still\s+(?:require|requires|required|need|needs|needed|await|awaits|awaiting)\s+(?:manual\s+|further\s+)?(?:recovery|repair|restoration|intervention)",
    r"needed\s+manual\s+(?:recovery|repair|restoration|intervention)",
    # scope.v11: a step those hit must still take to get service back ("some customers may still need to reload the app", "a few
    # still have to sign in again"): lingering harm (C12); without "still" it is advice (a remedy), no reach
    r"still\s+(?:need|needs|needed|have|has|had)\s+to\s+(?:reload|restart|refresh|reinstall|reboot|reconnect|reset|resync|re-sync|resubmit|"
    r"retry|re-enter|reenter|re-add|sign\s+in\s+again|log\s+in\s+again|update|clear)",
    r"yet\s+to\s+(?:be\s+)?(?:restored|repaired|fixed|recover|return|resume|come\s+back|reopen)",
    # ("a long tail of customers took several more hours to recover")
    r"took\s+(?:several\s+|many\s+|a\s+few\s+|two\s+|three\s+)?(?:more\s+|extra\s+|additional\s+)?(?:hours|days|weeks)\s+(?:longer\s+)?to\s+(?:recover|come\s+back|return|catch\s+up)",
    # scope.v5: service that works only now and then is harm ("still patchy for a few people", "intermittent errors")
    r"patch(?:y|ily|iness)", r"spott(?:y|ily)", r"intermittent\w*", r"sporadic\w*", r"flak(?:y|iness)", r"sluggish\w*", r"glitch\w*",
    r"unreliab(?:le|ly|ility)",  # (scope.v11: "the app was still unreliable for some")
    # scope.v22: a service that could not be used at all, or came and went ("unplayable for everyone", "dropping in and out")
    r"unplayable", r"unusable", r"drop\w*\s+in\s+and\s+out", r"cut\w*\s+in\s+and\s+out",
    r"flicker\w*\s+in\s+and\s+out",
    # scope.v9: an error answer named by its code ("may receive HTTP 404 responses", "saw 502s", "got SERVFAIL for valid queries",
    # "5xx responses"): the request failed, though no word of harm is there
    r"servfail\w*", r"nxdomain",
    # scope.v9: slower than it should be ("videos take longer than usual to generate", "pages were slower than normal")
    r"longer\s+than\s+(?:usual|normal|expected)",  # ("slower than usual": slow\w* above)
)
_HIT = re.compile(rf"\b(?:{grouped_alternation(_HIT_WORDS)})\b", re.I)


_has_hit_word = CaselessTest(_HIT)  # the same test, faster on ASCII text
# Rarer harm, looked for only when its first word is there: switching a service off for its users ("disabled the
# gateway for all customers"; for itself it is a remedy), "none of them could", going without a service ("customers
# have now gone three days without email").
# scope.v5: nobody able to use it ("nobody could reach the site"), users kept out ("blocked customers from its service",
# "locked staff out of their accounts"), harm in some places and not in others ("worked at some branches but not others").
_RARE_HIT = re.compile(r"\bdisabl\w*(?=[^.;]*\bfor\s+(?:all|every|many|most|some)\b)|\bnone\s+of\s+\w+\s+could\b"
                       r"|\b(?:gone|went|been|were|was|are|is|left)\s+(?:[\w-]+\s+){0,3}without\b"
                       r"|\b(?:nobody|no(?:\s+|-)one)\s+(?:else\s+|anywhere\s+|using\s+(?:[\w'\u2019-]+\s+){1,3}?)?(?:could|can|was\s+able)\b"
                       r"|\b(?:block\w*|barr(?:ed|ing)|locked|locking|shut(?:ting)?)\s+(?:[\w'-]+\s+){0,6}?(?:out\s+of|from)\b"
                       r"|\bbut\s+not\s+(?:at\s+|in\s+|for\s+|on\s+)?(?:others|the\s+others)\b|" + _PARTLY_BACK +
                       # an outage that went on longer for a few ("for some it ran into the weekend")
                       r"|\bfor\s+(?:some|a\s+few|a\s+handful|others|a\s+minority)(?:\s+of\s+them)?,?\s+(?:it|they|the\s+\w+)\s+(?:\w+\s+)?"
                       r"(?:lasted|ran|dragged|went\s+on|stretched|continued|persisted|lingered)\b", re.I)
_has_rare_hit = CaselessTest(_RARE_HIT)
_RARE_HIT_GATE = ("disabl", "none", "without", "nobody", "no one", "no-one", "block", "barr", "lock", "shut", "others", "but not",
                  "for some", "for a ", "for others")
# scope.v7 — harm with no word of harm, read only when the sentence holds one of its words (_UNSEEN_HARM_TOKENS)
_UNSEEN_HARM = re.compile(
                       # scope.v7: data shown to others is harm to those it belonged to ("details of 2% of members may have been
                       # visible to other users", "pages were shown to, and read by, strangers", "exposed the addresses of",
                       # "leaked", "disclosed")
                       r"\b(?:shown|visible|viewed|seen|read|accessed|sent|revealed|displayed|served|accessible)\s*,?\s+(?:to|by)\s*,?\s+(?:(?:someone|somebody)(?:\s+else)?|"
                       r"others|strangers|anyone\s+else|third\s+parties|(?:an)?other\s+(?:[\w-]+\s+)?(?:users?|people|persons?|customers?|players?|members?|"
                       r"subscribers?|accounts?|visitors?|patients?|guests?|shoppers?))\b"
                       r"|\b(?:expos(?:ed|es|ing|ure)|(?<!memory\s)leak(?:ed|ing|s)?|disclos(?:ed|ure|ures))\b"
                       # scope.v7: a call that met silence is harm with no word of harm ("callers heard nothing", "got a busy
                       # signal", "dead air", "no dial tone")
                       r"|\b(?:hear\w*|heard|got|get|getting|met\s+with)\s+(?:only\s+)?(?:nothing(?!\s+(?:from|about|of|back|more|new|further|else))|silence)\b"
                       r"|\bbusy\s+(?:signals?|tones?)\b|\bdead\s+(?:air|lines?)\b|\bno\s+dial(?:ling)?\s+tone\b", re.I)
_UNSEEN_HARM_TOKENS = frozenset("""shown visible viewed seen read accessed sent revealed displayed served accessible exposed exposes exposing exposure
    leak leaked leaking leaks disclosed disclosure disclosures nothing silence busy dead dial dialling""".split())
_UNSEEN_HARM_SUBSTRINGS = ("shown", "visible", "viewed", "seen", "read", "accessed", "sent", "revealed", "displayed", "served", "accessible",
                           "expos", "leak", "disclos", "nothing", "silence", "busy", "dead", "dial")


# scope.v6 — more words of harm, as classes: refusal, failure verbs and states, thrown out of the service. Looked for in a sentence
# only when it holds one of their words (_MORE_HIT_TOKENS, a set look-up on its tokens), in a clause always.
_MORE_HIT_WORDS = (
    # scope.v6: refused by the service ("card payments were declined", "logins were rejected", "the app refused them", "payments
    # bounced", "callers were turned away", "requests timed out", "ran into the same wall"; not a speaker declining: "declined to comment")
    r"declin(?:e|ed|es|ing)(?!\s+to\b)", r"reject(?:ed|ing|s|ions?)?", r"refus(?:e|ed|es|ing|als?)(?!\s+to\b)", r"bounc(?:e|ed|es|ing)",
    # scope.v7: a device or service refusing its work ("the app refused to load", "terminals refused to start"; not a speaker
    # refusing to comment), those hit left with no way to do it ("shops had no way to take cards")
    r"refus(?:e|ed|es|ing)\s+to\s+(?:load|open|work|start|launch|boot|connect|respond|accept|let|print|sync|play|run)",
    r"had\s+no\s+(?:other\s+)?way\s+(?:to|of)", r"have\s+no\s+(?:other\s+)?way\s+(?:to|of)", r"has\s+no\s+(?:other\s+)?way\s+(?:to|of)",
    r"left\s+(?:with\s+)?no\s+(?:other\s+)?way\s+(?:to|of)",
    r"turn(?:ed|ing)?\s+away", r"tim(?:ed|ing|es?)\s+out", r"r[au]n\s+into",
    # scope.v6: the class of failure verbs and states completed ("the app hung", "checkout systems collapsed", "the network buckled",
    # "users struggled to load", "malfunctioned", "fell over", "streams buffered", "weren't able to", "calls were dropped", "charged
    # twice", "orders vanished", "seized up", "went haywire", "crippled", "hobbled", "unusable", "unresponsive", "corrupted")
    # scope.v7: "phone lines went dead", "card readers were dead" (not "dead code", "a dead-letter queue")
    r"dead(?![\s-]+(?:code|letters?))",
    # scope.v7: the class of a degraded experience ("screens would freeze", "lag spikes", "streams stuttered", "out of action", "duplicate
    # charges", "forced to pay in cash", "had to wait hours", "missed their flights")
    r"freez(?:e|es|ing)", r"lag(?:s|ged|ging|gy)?", r"stutter(?:s|ed|ing)?", r"jitter(?:s|ed|ing|y)?",
    r"out\s+of\s+(?:action|commission|order)",
    r"duplicate\s+(?:charges|payments|debits|emails|messages|notifications|orders|transactions|bookings)",
    r"forced\s+to", r"had\s+to\s+(?:wait|queue|pay\s+(?:in\s+)?cash|use\s+cash|turn\s+(?:back|away)|go\s+home|fall\s+back)",
    # (scope.v8: what those hit had to give up or send elsewhere: "two hospitals had to divert ambulances", "had to close early",
    # "had to cancel appointments", "had to send patients elsewhere")
    r"had\s+to\s+(?:divert|close|shut|cancel|postpone|reschedule|abandon|suspend|halt|send\s+\w+\s+(?:home|away|elsewhere)|resort\s+to|revert\s+to)",
    r"miss(?:ed|es)\s+(?:out|their|his|her|its|flights|connections|deadlines|appointments|payments|the\s+(?:start|kick-?off|deadline|flight|train))",
    "hung", r"collaps\w*", r"buckl\w*", r"struggl\w*", r"malfunction\w*", r"fell\s+over", r"fall(?:s|ing)?\s+over", r"buffer(?:ed|ing)",
    r"were\s+dropped", r"was\s+dropped", r"been\s+dropped", r"being\s+dropped", r"got\s+dropped", r"charged\s+twice", r"double[- ]charged", r"overcharg\w*", r"vanish\w*", r"disappear\w*",
    r"went\s+missing", r"gone\s+missing", r"seiz\w*\s+up", r"chok\w*", "haywire", r"misbehav\w*", r"hiccups?", r"blackouts?", r"crippl\w*",
    r"paraly[sz]\w*", r"hobbl\w*", r"snarl\w*", "chaos", "chaotic", "awry", "unusable", "unresponsive", r"corrupt\w*", "garbled",
    # thrown out of the service ("booted from matches", "kicked off calls", "logged off", "thrown off the network", "dropped from")
    r"kick(?:ed|ing|s)?\s+from", r"boot(?:ed|ing|s)?\s+from", r"thrown\s+(?:off|from)", r"logged\s+off", r"dropped\s+(?:from|off)",
    # service cut or severed ("broadband was cut for half the town", "links were severed", "dropped calls")
    r"was\s+cut", r"were\s+cut", r"been\s+cut", r"got\s+cut", r"sever(?:ed|ing)", r"dropped\s+(?:calls|connections|packets)",
    # (scope.v7: "had calls dropped", "saw connections dropping")
    r"calls?\s+dropp(?:ed|ing)", r"connections?\s+dropp(?:ed|ing)", r"sessions?\s+dropp(?:ed|ing)", r"signals?\s+dropp(?:ed|ing)",
    r"not\s+able\s+to", r"weren't\s+able\s+to", r"wasn't\s+able\s+to", r"aren't\s+able\s+to", r"isn't\s+able\s+to", r"never\s+able\s+to",
    # scope.v18: queues that formed, work not done at all ("queues formed on every world", "processed no card payments")
    r"queues?\s+(?:formed|built|grew|lengthened|stretched)", r"process(?:ed|es)?\s+no",
    r"handled\s+no\s+(?:[\w-]+\s+){0,2}?(?:payments?|transactions?|trades?|orders?|bookings?|calls?)",
    r"accepted\s+no\s+(?:[\w-]+\s+){0,2}?(?:payments?|transactions?|trades?|orders?|bookings?|calls?)",
    r"settled\s+no\s+(?:[\w-]+\s+){0,2}?(?:payments?|transactions?|trades?|orders?|bookings?|calls?)",
    r"cleared\s+no\s+(?:[\w-]+\s+){0,2}?(?:payments?|transactions?|trades?|orders?|bookings?|calls?)",
)
_MORE_HIT = re.compile(rf"\b(?:{grouped_alternation(_MORE_HIT_WORDS)})\b", re.I)
_has_more_hit = CaselessTest(_MORE_HIT)
# A token each of those words holds (spaCy splits "weren't" and "double-charged")
_MORE_HIT_TOKENS = frozenset("""
    decline declined declines declining reject rejected rejecting rejects rejection rejections refuse refused refuses refusing refusal
    refusals bounce bounced bounces bouncing turned turning turn timed timing times ran run runs running hung collapse collapsed collapses collapsing
    buckle buckled buckles buckling struggle struggled struggles struggling malfunction malfunctioned malfunctioning malfunctions fell
    fall falls falling buffered buffering dropped charged overcharged overcharging overcharge vanish vanished vanishes vanishing
    disappear disappeared disappears disappearing missing seize seized seizes seizing choke choked chokes choking haywire misbehave
    misbehaved misbehaves misbehaving hiccup hiccups blackout blackouts cripple crippled cripples crippling paralysed paralyzed
    paralysis paralysing paralyzing hobbled hobbling snarl snarled snarls snarling chaos chaotic awry unusable unresponsive corrupt
    corrupted corrupting corruption garbled cut severed severing kick kicked kicking kicks boot booted booting boots thrown logged able
    way dead freeze freezes freezing lag lags lagged lagging laggy stutter stutters stuttered stuttering jitter jitters jittered jittery
    action commission order duplicate forced wait queue cash turn go fall missed misses had queues processed process processes handled
    accepted settled cleared""".split())


# scope.v8 — harm told by what those hit had to do or lost, with no word of harm; looked for only when the sentence holds one
# of _WORKAROUND_TOKENS (a set look-up).
_WORKAROUND_HARM = re.compile(
    # work gone back to paper ("clerks were logging claims by hand", "nurses kept notes with pen and paper", "staff worked from
    # paper lists", "handwritten tickets"; not "on paper", which is also "in theory")
    r"\bby\s+hand\b|\b(?:pen|pencil)\s+and\s+paper\b|\b(?:from|with|onto)\s+paper\b|\bpaper\s+(?:lists?|forms?|records?|notes|tickets?|charts?|logs?|maps|copies|"
    r"receipts|rosters|manifests|boarding\s+passes)\b|\bhand-?written\b|\blonghand\b"
    # waiting and queueing for the service ("players were waiting twenty minutes to get into a match", "customers waited hours to
    # get through", "queued for most of the day", "sat in long queues"; not waiting for a file or an update: a time or a way in
    # must follow)
    r"|\bwait(?:ed|ing|s)?\s+(?:for\s+)?(?:up\s+to\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|almost\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:minutes|hours|mins|hrs|hour|days)\b"
    r"|\bwait(?:ed|ing|s)?\s+(?:[\w'-]+\s+){0,5}?to\s+(?:get\s+(?:in|into|on|through|online)|log\s+(?:in|on)|sign\s+in|board|check\s+in|pay|connect|"
    r"join|play|buy|book)\b"
    # (scope.v24: "were left waiting", "left customers waiting"; not for word of it, "left waiting for a statement")
    r"|\bleft\s+(?:[\w'\u2019-]+\s+){0,3}?waiting\b(?!\s+(?:for|on)\s+(?:a|an|the|any|more|further|some)?\s*(?:official\s+)?"
    r"(?:statements?|repl(?:y|ies)|answers?|responses?|word|news|comments?|explanations?|updates?|information|details|apolog(?:y|ies))\b)"
    r"|\bqueu(?:ed|ing|eing)\s+(?:for|up\s+for|outside|at)\b|\b(?:long|lengthy|hours-long|hour-long|huge|endless)\s+(?:queues|waits)\b"
    r"|\b(?:sat|stuck|waiting|waited|stood|trapped)\s+in\s+(?:(?:long|virtual|login|online)\s+)?queues?\b"
    # scope.v9: still waiting for what the outage took, or still waiting a day on ("some customers were still waiting the next
    # day", "still waiting for their volumes", "days later some were still waiting"; not a reporter waiting for a reply)
    r"|\bstill\s+waiting\s+(?:(?:for|on)\s+(?:their|its|his|her|the)\s+(?:[\w-]+\s+)?(?:service|access|data|files|volumes|accounts|connections?|power|"
    r"machines|servers|instances|sites?|mail|e-?mails?|messages|orders|deliveries|parcels|payments)\b|(?:the\s+)?(?:next|following)\s+(?:day|morning|week)\b)"
    r"|\b(?:days|hours)\s+later\b[^.;]{0,40}?\bstill\s+waiting\b"
    # data taken from those hit ("attackers stole records of some customers", "contact details were taken", "exported data from a
    # few customers' instances", "raided the databases of companies around the world", "exfiltrated", "siphoned off")
    r"|\b(?:st(?:ole|olen|eal|eals|ealing)|exfiltrat\w*|siphon(?:ed|ing|s)?|raid(?:ed|ing|s)?|pilfer\w*)\b"
    r"|\b(?:export\w*|pull(?:ed|ing)?|download\w*|cop(?:y|ied|ying)|harvest\w*|scrap(?:ed|ing)|t(?:ook|aken|ake|aking))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:data|records|details|information|files|contacts|credentials|emails|databases|lists|addresses|passwords|messages|documents)\s+(?:from|out\s+of|of|belonging)\b"
    r"|\b(?:data|records|details|information|files|contacts|credentials|cases|emails|tickets|databases|lists|addresses|passwords|messages|documents)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:were|was|had\s+been|have\s+been|has\s+been|been)\s+(?:taken|copied|exported|downloaded|stolen|accessed|exfiltrated|harvested|scraped)\b"
    # what those hit saw instead of the service ("got a black screen", "a spinning wheel", "machines stuck in boot loops"), wrong figures
    # ("saw incorrect balances", "were shown the wrong prices"), what never got done ("parcels sat undelivered", "calls went unanswered",
    # "terminals were inoperable", "out of service"), access refused ("had no access", "were denied access"), billed twice
    r"|\b(?:black|blue|white|frozen)\s+screens?\b|\bspinning\s+(?:wheels?|circles?|icons?)\b|\bspinners?\b|\b(?:re)?boot[\s-]*loops?\b"
    r"|\b(?:incorrect|wrong|inaccurate|erroneous|garbled|zero|negative)\s+(?:[\w-]+\s+)?(?:balances?|amounts?|prices?|charges?|figures?|totals?|"
    r"results|bills?|statements?|fares?|readings?)\b"
    r"|\b(?:undelivered|unanswered|unprocessed|unsent|unpaid|inoperable|inoperative|non-?functional|unbootable)\b|\bout\s+of\s+service\b"
    # scope.v16: kit left unusable ("check-in counters sat useless through the morning rush", "tills stood idle", "the
    # phones fell silent")
    r"|\b(?:sat|stood|lay|were|was|remained|stayed|left)\s+(?:\w+\s+)?(?:useless|idle)\b|\bfell\s+silent\b"
    r"|\bno\s+access\b|\b(?:denied|refused)\s+access\b|\baccess\s+(?:was\s+|were\s+)?denied\b|\bheld\s+up\b|\bdouble[\s-]billed\b|\bbilled\s+twice\b"
    # a service or supply that is out ("power was out for people in the capital", "phones went out across the county"; not "went out
    # to customers", "out of", "found out")
    # (nor what was released: "the fix is out for all customers", "the new version was out by noon")
    r"|\b(?<!fix\s)(?<!patch\s)(?<!update\s)(?<!version\s)(?<!release\s)(?<!report\s)(?<!results\s)(?<!statement\s)(?<!notice\s)"
    r"(?:was|were|is|are|been|went|remained|stayed|being)\s+out\b(?!\s+(?:of|to|on|with|in\s+force)\b)", re.I)
_has_workaround_harm = CaselessTest(_WORKAROUND_HARM)
_WORKAROUND_TOKENS = frozenset("""hand pen pencil paper handwritten longhand wait waited waiting waits queued queuing queueing queues
    queue stole stolen steal steals stealing exfiltrated exfiltrating exfiltration siphoned siphoning siphon siphons raid raided raiding
    raids pilfered pilfering export exported exporting pulled pulling download downloaded downloading copy copied copying harvested
    scraped scraping took taken take taking black blue white frozen screen screens spinning spinner spinners loop loops bootloop
    bootloops incorrect wrong inaccurate erroneous garbled zero negative undelivered unanswered unprocessed unsent unpaid inoperable
    inoperative nonfunctional non-functional unbootable service access held double billed out useless idle silent""".split())
_WORKAROUND_SUBSTRINGS = ("hand", "paper", "wait", "queu", "stol", "steal", "exfiltr", "siphon", "raid", "pilfer", "export", "pull",
                          "download", "cop", "harvest", "scrap", "took", "tak", "screen", "spinn", "loop", "incorrect", "wrong", "inaccurate",
                          "erroneous", "garbled", "zero", "negative", "undeliver", "unanswer", "unprocess", "unsent", "unpaid", "inoperab",
                          "inoperat", "functional", "unboot", "service", "access", "held", "billed", " out", "useless", "idle", "silent")


# scope.v7 — what a service or device normally does, denied, is harm with no word of harm: "the app is not loading for many
# users", "pages wouldn't open", "cards did not work at the tills", "calls never connected", "the game won't launch", "messages
# were not delivered"
_USE_VERBS = ("load", "open", "work", "respond", "connect", "launch", "sync", "play", "stream", "refresh", "boot", "render", "display",
              "process", "deliver", "send", "start", "register", "update", "go", "come", "log", "sign", "authenticate", "save", "upload",
              "download", "ring", "dial", "charge", "print", "scan", "function", "operate", "arrive", "appear", "show",
              # scope.v17: what customers do with a service ("could still not pay", "could not withdraw cash")
              "pay", "withdraw", "transfer", "book", "buy", "access")
_USE_VERB_FORMS = frozenset(f for v in _USE_VERBS for f in (v, v + "s", v + "ed", v + "ing", v[:-1] + "ing" if v.endswith("e") else v + "ing",
                                                            v + "d" if v.endswith("e") else v + "ed")) | frozenset((
    "went", "came", "sent", "shown", "ran", "run", "runs", "running", "loaded", "opened", "worked", "there"))
_NEGATIONS = frozenset(("not", "n't", "n\u2019t", "never"))
_NEGATED_USE = re.compile(r"(?:\bnot|n['\u2019]t|\bnever|\bno\s+longer)\s+(?:(?:be|been|being|even|properly|reliably|always|fully|correctly|"
                          r"successfully|actually)\s+){0,2}(?:load(?:s|ed|ing)?|open(?:s|ed|ing)?|work(?:s|ed|ing)?|respond\w*|connect(?:s|ed|ing)?|"
                          r"launch\w*|sync\w*|play(?:s|ed|ing)?|stream(?:s|ed|ing)?|refresh\w*|boot(?:s|ed|ing)?(?:\s+up)?|render\w*|display(?:s|ed|ing)?|"
                          r"process(?:es|ed|ing)?|deliver(?:s|ed|ing)?|sen[dt]|sending|start(?:s|ing)?|register(?:s|ed|ing)?|go(?:es|ing)?\s+through|"
                          r"went\s+through|come\s+(?:up|through|back)|log(?:ged|ging)?\s+(?:in|on)|sign(?:ed|ing)?\s+in|authenticat\w*|sav(?:e|ed|ing)|"
                          r"upload\w*|download\w*|ring(?:s|ing)?|dial(?:led|ed|ling|ing)?\s+out|charg(?:e|ed|ing)|print(?:s|ed|ing)?|scan(?:s|ned|ning)?|"
                          r"function(?:s|ed|ing)?|operat(?:e|ed|ing)|arriv(?:e|ed|ing)|appear(?:s|ed|ing)?|show(?:s|ed|ing|n)?\s+up|run(?:s|ning)?|ran|"
                          r"pay(?:ing)?|withdraw|transfer|book|buy|access|"
                          # "Slack was not there for many of them", "the app just wasn't there"
                          r"(?:just\s+|simply\s+)?there(?=\s+for\b|\s*[.,;]|\s+when\b)|"
                          # scope.v9: a state of service denied ("services are not available for most customers in Europe", "was not
                          # reachable for some users"): the negation is the service's, the reach stays asserted
                          r"(?:available|accessible|reachable|usable|online|responsive|functional|operational))\b", re.I)
_NEGATION_SUBSTRINGS = ("not", "n't", "n\u2019t", "never", "no longer")


_RARER_HARM_TOKENS = _NEGATIONS | {"longer", "no", "single", "none", "neither"} | _UNSEEN_HARM_TOKENS | _MORE_HIT_TOKENS | _WORKAROUND_TOKENS


# scope.v16: the subject denied instead of the verb ("no NS trains are running anywhere in the Netherlands", "not a single
# train has run", "none of the tills were working"), or both uses denied at once ("phones would neither ring nor send a
# message")
_NO_SUBJECT_USE = re.compile(r"\b(?:no|not\s+a\s+single|not\s+one|none\s+of\s+(?:the|its|their))\s+(?:[\w'’-]+\s+){0,3}?"
                             r"(?:is|are|was|were|has|have|had|will|would|could|can)\s+(?:been\s+|be\s+)?"
                             r"(?:run(?:s|ning)?|ran|operat(?:e|ed|ing)|work(?:s|ed|ing)?|mov(?:e|ed|ing)|leav(?:e|ing)|left|depart(?:ed|ing)?|"
                             r"fl(?:y|ying|ew|own)|connect(?:ed|ing)?|load(?:ed|ing)?|open(?:ed)?|answer(?:ed|ing)?|use|pay|log\s+in|access|"
                             # (scope.v24: any use of the service after a modal, "none of its users could book a room", "could save")
                             r"(?<=(?:uld|can)\s)(?:" + "|".join(_USE_VERBS) + r"))\b"
                             r"|\bneither\s+(?:ring|load|open|work|connect|send|start|run|play|launch|sync)\w*\s+nor\b", re.I)
_NO_SUBJECT_TOKENS = frozenset(("no", "single", "none", "neither"))


def _negated_use(text: str, low: str, words: frozenset[str] | None) -> bool:
    """Whether the text denies what a service does (_NEGATED_USE); `words` (the sentence's) gate it, else substrings do."""
    if (words is None or not _NO_SUBJECT_TOKENS.isdisjoint(words)) and _NO_SUBJECT_USE.search(text) is not None:
        return True
    if words is not None:
        if _NEGATIONS.isdisjoint(words) and "longer" not in words or _USE_VERB_FORMS.isdisjoint(words):
            return False
    elif not holds_any(low, _NEGATION_SUBSTRINGS):
        return False
    return _NEGATED_USE.search(text) is not None


# scope.v9: an error answer named by its code ("may receive HTTP 404 responses", "a wave of 502s", "5xx errors"): the request
# failed, with no word of harm; looked for only when the sentence has such a code as a token
_ERROR_CODE = re.compile(r"\b[45](?:\d\d|xx)(?:s\b|\s+(?:responses?|errors?|status(?:es)?|codes?|pages?|replies|answers)\b)")
_ERROR_CODE_TOKENS = frozenset(f"{c}{s}" for c in ("400", "401", "403", "404", "408", "410", "429", "500", "502", "503", "504", "4xx", "5xx")
                               for s in ("", "s"))


def _has_harm(text: str, lower: str | None = None, sent: SentenceInfo | None = None) -> bool:
    """Whether the text tells of harm. `sent`: the sentence the text is, whose tokens gate the rarer words of harm."""
    if _has_hit_word(text, lower):
        return True
    low = text.lower() if lower is None else lower
    if holds_any(low, _RARE_HIT_GATE) and _has_rare_hit(text, low):
        return True
    if sent is None and holds_any(low, ("4", "5")) and _ERROR_CODE.search(low):
        return True  # (a clause of a sentence whose tokens were gated above)
    words = None
    if sent is not None:
        words = frozenset(sent.tokens.lower[sent.span.start:sent.span.end])
        if not _ERROR_CODE_TOKENS.isdisjoint(words) and _ERROR_CODE.search(low):
            return True  # scope.v9: "may receive HTTP 404 responses", "saw 502s"
        if _RARER_HARM_TOKENS.isdisjoint(words):
            return False  # (most sentences: no word of the rarer classes below, one look-up)
    if _negated_use(text, low, words):
        return True
    if (not _UNSEEN_HARM_TOKENS.isdisjoint(words) if words is not None else holds_any(low, _UNSEEN_HARM_SUBSTRINGS)) and _UNSEEN_HARM.search(text):
        return True
    if (not _WORKAROUND_TOKENS.isdisjoint(words) if words is not None else holds_any(low, _WORKAROUND_SUBSTRINGS)) and _has_workaround_harm(text, low):
        return True  # scope.v8: back to paper, waiting in queues, data taken
    if words is not None and _MORE_HIT_TOKENS.isdisjoint(words):
        return False
    return _has_more_hit(text, low)
# How far a change travelled is the mechanism, not the reach of the harm (C5): "the update went everywhere at
# once", "the new rule was applied to every data centre", "a setting meant for one region reached machines across
# several", "replication of policy data across regions".
_PROPAGATION = re.compile(r"\b(?:change|changes|update|updates|configuration|config|rule|rules|file|patch|fix|setting|settings|toggle|flags?|"
                          # (scope.v8: routes and announcements travel too, "the faulty routes spread across our network"; and what a
                          # change can or cannot reach, "a storage change cannot reach more than one region at a time")
                          r"policy|rollout|command|script|release|packets|frames|datagrams|routes|announcements|advertisements)\b(?:\s+[\w'-]+){0,8}?\s+"
                          r"(?:(?:can|cannot|could|will|would|may|might|must|should)(?:\s+not|n't)?\s+(?:reach|spread|go|travel|propagate)|"
                          r"(?:meant|supposed|scheduled|due|set|designed|planned|intended|expected)\s+to\s+(?:reach|go|spread|be\s+(?:pushed|applied|deployed|sent))|"
                          r"went|goes|go|gone|spread|spreads|"
                          r"(?:was|were|been|being|got)\s+(?:\w+ly\s+)?(?:pushed|applied|deployed|sent|rolled\s+out|propagated|replicated|distributed|shipped)|"
                          r"reached|reaches|propagated|replicated|landed)\b|\breplicat\w*\s+of\b|\b(?:went|goes|go|pushed|rolled)\s+out\s+to\b"
                          # scope.v4, in the active voice with where it went: "a change that an engineer pushed to every site",
                          # "pushed a DNS change everywhere at once" (not "pushed the update that crashed millions of machines")
                          r"|\b(?:change|changes|update|updates|configuration|config|rule|rules|patch|setting|settings|policy|release)\s+"
                          r"(?:that|which)\s+(?:[\w'-]+\s+){1,3}?(?:pushed|applied|deployed|sent|rolled\s+out|shipped|propagated)\b"
                          r"|\b(?:push\w*|appl(?:y|ied|ies|ying)|deploy\w*|sen[dt]\w*|ship\w*)\s+(?:(?:a|an|the|its|their|our)\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:change|changes|update|updates|configuration|config|rule|rules|patch|setting|settings|policy|release)"
                          r"(?:\s+[\w'-]+){0,2}?\s+(?:to|everywhere|across|worldwide|globally)\b", re.I)
# Business consequences and counts of reports are not reach (C5): "service credits limited to enterprise customers",
# "investors agreed the damage was contained", "10 million problem reports worldwide", "many customers lost patience".
_NOT_HARM_TO_USERS = re.compile(r"\b(?:credits?|refunds?|compensation|revenue|share\s+price|stock|investors?|insur\w*|payouts?|earnings|profits?|"
                                # scope.v5: making good is compensation
                                r"make\s+(?:it\s+)?up\s+to|"
                                # scope.v7: making good and getting in touch, as verbs ("plans to compensate every affected customer",
                                # "has credited every impacted account", "is reaching out to every affected merchant", "contacted all of them")
                                r"compensat(?:e|es|ed|ing)|reimburs\w*|credit(?:ed|ing)|refund(?:ed|ing)|waiv(?:e|es|ed|ing)|"
                                # scope.v9: making good with something free ("give every affected customer a month of free service",
                                # "offered vouchers to all passengers", "a goodwill gesture")
                                r"vouchers?|goodwill|discount(?:s|ed)?|free\s+(?:of\s+charge|months?|service|access|upgrades?|minutes|data|days?)|"
                                r"months?\s+(?:of\s+)?(?:free|complimentary)|complimentary|"
                                # scope.v24: writing and apologising to them ("We have written to every affected school")
                                # (not "wrote to say the site is failing": those who wrote are hit)
                                r"(?:wr(?:ite|ites|ote|iting|itten)\s+(?:personally\s+|directly\s+)?|apologi[sz](?:e|es|ed|ing)\s+)to\s+"
                                r"(?:every|each|all|the|its|our|their|those|these|affected|customers|users|members|clients|them)\b|"
                                r"reach(?:ed|es|ing)?\s+out\s+to|contact(?:ed|ing|s)?\b(?!\s+(?:centres?|centers?|lines?|forms?|lists?|details|information|records|numbers|data|pages?|books?))|e-?mail(?:ed|ing)|"
                                # a counterfactual ("could have hit millions had it lasted longer")
                                r"had\s+(?:it|they|the\s+\w+)\s+(?:lasted|gone\s+on|continued|spread|happened|been\s+\w+ed))\b"
                                # scope.v5: a count of cancelled bookings is a business consequence (C5): "cancelled more than
                                # 2,500 flights", "called off thousands of trains" (not the people hit: "700,000 passengers had flights cancelled")
                                r"|\b(?:cancel\w*|called\s+off|scrapp\w*|scrubb\w*)\s+(?:(?:more\s+than|over|about|nearly|almost|some|another)\s+)?"
                                r"(?:[\d,.]+(?:\s+million)?|thousands\s+of|hundreds\s+of|dozens\s+of|tens\s+of\s+thousands\s+of)\s+(?:[\w-]+\s+)?"
                                r"(?:flights|trains|journeys|sailings|bookings|orders|reservations|appointments|operations|events|shows)\b"
                                r"|\bdata\s+(?:was|were|is|are)\s+not\b"
                                r"|\b(?:lost|losing|lose)\s+(?:their\s+|its\s+)?(?:patience|faith|trust|confidence|money|interest)\b"
, re.I)
# scope.v6 — rarer clauses of no reach, each looked for only when the clause holds one of its words (_RARER_NO_REACH_GATE):
# harm falling back ("error rates dropped for most customers", "latency fell back to normal", "flying close to their normal
# schedules"); money, a business consequence (C5: "the outage cost businesses around the world $1 billion"); how far word of it
# travelled ("a rumour that ... spread widely", "speculation circulated across the country", "the video went viral")
_RARER_NO_REACH = re.compile(
    r"\b(?:error|failure|timeout)\s+rates?\s+(?:have\s+|has\s+)?(?:dropped|fell|fallen|declined|decreased|improved|returned)\b"
    r"|\b(?:dropp(?:ed|ing)|fell|fallen|falling|declin(?:ed|ing)|decreas(?:ed|ing))\s+(?:back\s+)?to\s+(?:normal|baseline|usual|pre-incident)\b"
    r"|\b(?:close\s+to|near(?:ly)?|almost)\s+(?:their\s+|its\s+|our\s+)?normal\b"
    r"|[$\u00a3\u20ac]\s?\d|\b\d[\d.,]*\s*(?:dollars|euros|pounds|bn)\b|\bcost(?:s|ing)?\s+(?:[\w'-]+\s+){0,6}?(?:millions|billions|dollars|euros|pounds)\b"
    r"|\b(?:rumou?rs?|speculation|misinformation|disinformation|gossip|word|news|claims?|theor(?:y|ies)|posts?|videos?|"
    r"memes?|screenshots?|hashtags?|jokes?)\b(?:\s+[\w'-]+){0,12}?\s+(?:spread|spreading|circulated|circulating|"
    r"went\s+viral|goes\s+viral|trended|trending)\b", re.I)
_RARER_NO_REACH_GATE = ("rate", "normal", "baseline", "usual", "$", "\u00a3", "\u20ac", "dollar", "euro", "pound", "bn", "cost",
                        "spread", "circulat", "viral", "trend")
# A company's size, a habit or another outage is not this outage's reach: "AWS operates thirty regions around the world,
# and the outage hit one".
_SIZE = re.compile(r"\b(?:operat(?:es|ed)|employs|owns|sells|process(?:es)?\s+(?:more\s+than\s+|over\s+|about\s+|some\s+)?\d|handles\s+(?:more\s+than\s+|over\s+|about\s+|some\s+)?\d|serves\s+(?:more\s+than\s+|over\s+|about\s+|some\s+)?(?:\d|millions|thousands|hundreds|customers|users)|"
                   r"has\s+(?:more\s+than|over|about|some)|boasts|"
                   # scope.v9: how the vendor runs its network, in the present ("we announce those blocks from every location", "we
                   # serve traffic from each of our data centres")
                   # (the clause's subject, not a relative clause: "28 percent of the traffic we serve got a 500 error" is a reach)
                   r"(?:(?<=^)|(?<=[,;]\s)|(?<=\band\s)|(?<=\bso\s)|(?<=\bthen\s))we\s+(?:normally\s+|usually\s+|typically\s+|then\s+)?"
                   r"(?:announce|advertise|serve|route|run|operate|host|store|replicate|cache|mirror)\s|"
                   # what happens every day is a habit, not this outage ("millions of people use it every day")
                   r"(?:every|each)\s+(?:day|week|month)|daily|typically|usually|"
                   # scope.v7: the class of habit adverbs ("outages like this routinely disrupt millions"), and a provider's size told
                   # with what it carries ("hosts sites for thousands of small businesses", "powers some 20 million stores")
                   r"routinely|regularly|frequently|commonly|normally|generally|tend\s+to|"
                   r"(?:hosts|powers|runs|supports|underpins|carries)\s+(?:[\w-]+\s+){0,3}?(?:for\s+)?(?:more\s+than\s+|over\s+|about\s+|some\s+|roughly\s+|nearly\s+)?"
                   r"(?:\d|millions|thousands|hundreds|tens)|"
                   # scope.v6: a peak of load is a size ("a new peak of 3.4 million concurrent players", "a record number of viewers")
                   r"peak\s+of\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?\d|record\s+(?:number|high|levels?)\s+of|concurrent)\b"
                   # another outage ("last year a similar outage knocked thousands of sites offline")
                   # (scope.v7: the class of outage nouns completed, "a similar fault", "an earlier glitch", "outages like this one";
                   # a warning is a projection: "experts warn that a fault could knock out every bank")
                   # (scope.v10: not "similar" as what those hit go through now, "airports across Spain are reporting similar problems")
                   r"|\b(?:(?<!reporting\s)(?<!reported\s)(?<!seeing\s)(?<!having\s)(?<!facing\s)(?<!experiencing\s)(?<!suffering\s)similar|"
                   r"previous|earlier|another|prior)\s+(?:[\w-]+\s+){0,2}(?:outage|incident|failure|disruption|fault|glitch|"
                   r"blackout|breakdown|crash|attack|event|problem)s?\b|\b(?:outages|incidents|failures|disruptions)\s+(?:like|such\s+as)\s+(?:this|these|that)\b"
                   r"|\bwarn(?:s|ed|ing)?\s+(?:that|of)\b"
                   # scope.v8: one site among a provider's many ("the data centre in Frankfurt, one of 30 worldwide")
                   r"|\bone\s+of\s+(?:its\s+|their\s+|our\s+|the\s+company's\s+)?(?:\d+|dozens|hundreds|many|several)\s+(?:[\w-]+\s+)?(?:worldwide|globally|"
                   r"around\s+the\s+(?:world|globe)|across\s+the\s+(?:world|globe))\b", re.I)
# What everyone depends on is a generic statement, not how far this outage reached ("every customer of every cloud
# depends on some tool that can delete it", "how many firms lean on one region"); a relative clause only says which
# of them were hit ("services that rely on the store are affected").
# ("(?=[dlr])": the verb's first letter before the look-behinds, so they are tried only there)
# (scope.v6: a dependence denied is the harm: "customers could not rely on the network", "can no longer depend on it")
_DEPENDENCE = re.compile(r"\b(?=[dlr])(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)(?<!not\s)(?<!n't\s)(?<!never\s)(?<!longer\s)(?:depends?|depended|depending|reli(?:es|ed)|rely(?:ing)?|lean(?:s|ed|ing)?)\s+on\b", re.I)


_RELATIVE_PRONOUNS = frozenset(("who", "which", "that", "whose"))


# The marks that bound a clause (a comma bounds it after the reach; before it, only ", " does); a colon before a
# digit is a clock time ("between 09:10 and 11:45 CET some customers …"), no clause mark
_CLAUSE_MARK = re.compile('[;—–()"]|:(?!\\d)')
_CLAUSE_END = re.compile('[;—–()",]|:(?!\\d)')


def _clause_around(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The clause holding text[lo:hi]: from the last clause mark before it to the next one after it."""
    start = 0
    for mark in _CLAUSE_MARK.finditer(text, 0, lo):  # (one pass for all marks; the last one counts)
        start = mark.end()
    comma = text.rfind(", ", 0, lo)
    if comma >= 0 and lo - comma > 0:
        start = max(start, comma + 2)
    mark = _CLAUSE_END.search(text, hi)
    end = mark.start() if mark else len(text.rstrip(" .!\n"))
    if text[end:end + 1] == "," and text[hi:end].strip().lower() in _RELATIVE_PRONOUNS:
        # "users who, on Christmas Day, found themselves locked out": the relative clause goes on after the aside
        aside_end = text.find(",", end + 1)
        if aside_end >= 0:
            mark = _CLAUSE_END.search(text, aside_end + 1)
            end = mark.start() if mark else len(text.rstrip(" .!\n"))
    elif text[end:end + 1] == "," and not text[hi:end].strip():
        aside = _ASIDE.match(text, end)
        if aside is not None:
            # scope.v9: "some customers, especially those whose volumes needed repair, were still waiting", "the whole site,
            # including the API, is offline": an aside between those hit and what they went through
            mark = _CLAUSE_END.search(text, aside.end())
            end = mark.start() if mark else len(text.rstrip(" .!\n"))
    while start < lo and text[start] == " ":
        start += 1
    return start, max(end, hi)


_ASIDE = re.compile(r",\s+(?:especially|particularly|including|notably|such\s+as|mainly|mostly|largely|chiefly|in\s+particular|among\s+them|"
                    r"(?:many|most|some|all)\s+of\s+them|those|as\s+well\s+as|along\s+with|together\s+with|plus)\b[^,;:.()]*,(?=\s)", re.I)


# Constructions whose reach needs a word of harm in its own clause, not only in the sentence (scope.v5)
_HARM_IN_CLAUSE = {"global+harm": "global", "limited+harm": "limited", "regional+harm": "regional"}


def _reach_value(value: str, m: re.Match) -> str | None:
    """The reach a construction states: shares and counts by size, the rest as written."""
    if value in _HARM_IN_CLAUSE:
        return _HARM_IN_CLAUSE[value] if _has_harm(_own_clause(m.string, m.start(), m.end())) else None
    if value == "every":
        if m.group(1):
            return "limited"  # (group 1: a relative clause that narrows the set)
        return "regional" if _OF_ONE_COUNTRY.match(m.string, m.end()) else "global"  # (scope.v24: "every region of the country")
    if value == "share":
        pct = _WORD_PERCENT[m.group(1).lower()] if m.group(1)[0].isalpha() else float(m.group(1))
        return "global" if pct > 20 else "limited"  # a fifth or less is a minority; more is a wide reach (scope.v5: "28% of traffic")
    if value == "ratio":
        part, whole = (_NUMBERS.get(g.lower()) or int(g) for g in m.group(1, 2))
        return ("global" if part / whole > 0.2 else "limited") if whole > part else None
    if value == "count":
        n = int(m.group(1).replace(",", ""))
        return "global" if n >= 100_000 else "limited"  # (scope.v5: tens of thousands of a service's users are a small share)
    return value


_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())} | {"twenty": 20}
_WORD_PERCENT = _NUMBERS | {"fifteen": 15, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_CASE_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K (Kelvin)


def _constructions_by_word(caseless: bool) -> tuple[tuple[str, list[int]], ...]:
    """(gate word, the constructions (by index) it lets run), so each word is looked for once per sentence
    (pairs in a tuple: cheaper to walk than a dict's items)."""
    by_word: dict[str, list[int]] = {}
    for i, (_value, _rx, construction_caseless, gate) in enumerate(_SCOPE_CONSTRUCTIONS):
        if construction_caseless == caseless and not isinstance(gate, _Words):
            for word in gate:
                by_word.setdefault(word, []).append(i)
    return tuple(by_word.items())


_CASELESS_GATES = _constructions_by_word(caseless=True)  # looked for in the lower-cased sentence
_CASED_GATES = _constructions_by_word(caseless=False)  # looked for in the sentence as written


def _constructions_by_first_group() -> dict[str, tuple[int, ...]]:
    """(word of a _Words gate's first group -> the constructions (by index) it may let run): only those whose first
    group the sentence meets have their gate asked."""
    by_word: dict[str, list[int]] = {}
    for i, (_value, _rx, _caseless, gate) in enumerate(_SCOPE_CONSTRUCTIONS):
        if isinstance(gate, _Words):
            for word in gate.groups[0]:
                by_word.setdefault(word, []).append(i)
    return {word: tuple(indices) for word, indices in by_word.items()}


_BY_FIRST_GROUP = _constructions_by_first_group()
_FIRST_GROUP_WORDS = frozenset(_BY_FIRST_GROUP)


def _runnable_constructions(text: str, low: str, case_twins: bool) -> list[int]:
    """Indices of the constructions whose gate holds, in table order. `case_twins`: whether the text holds one."""
    if case_twins:
        # re.I matches these to ASCII letters that str.lower() does not give: try every construction
        return list(range(len(_SCOPE_CONSTRUCTIONS)))
    runnable: set[int] = set()
    for word, indices in _CASELESS_GATES:
        if word in low:
            runnable.update(indices)
    for word, indices in _CASED_GATES:
        if word in text:
            runnable.update(indices)
    words = _word_runs(low)
    for word in words & _FIRST_GROUP_WORDS:
        for i in _BY_FIRST_GROUP[word]:
            if i not in runnable and _SCOPE_CONSTRUCTIONS[i][3].holds(words, low):
                runnable.add(i)
    return sorted(runnable)


# ASCII bytes that are not \w (letters, digits, "_") as blanks, to split an ASCII text into the runs \b sees
_NON_WORD_TO_BLANK = bytes(c if chr(c).isalnum() or c == ord("_") else ord(" ") for c in range(128)) + b" " * 128
_WORD_RUN = re.compile(r"\w+")


def _word_runs(low: str) -> frozenset[str]:
    """The runs of \\w in the lower-cased sentence: a word the constructions read between \\b's is one of them
    (ASCII text split by one byte translation, cheaper than the regex that splits any text)."""
    if low.isascii():
        return frozenset(low.encode("ascii").translate(_NON_WORD_TO_BLANK).decode("ascii").split())
    return frozenset(_WORD_RUN.findall(low))


_WORD_GATED_WORDS = frozenset().union(*(gate for _value, _rx, gate in _WORD_GATED_CONSTRUCTIONS))
# The constructions that ignore case as patterns for lower-cased ASCII text, matched case-sensitively: the same
# matches at the same places, sooner (as textprep.CaselessTest; their patterns hold no upper-case escape)
_CONSTRUCTIONS_ON_LOWER = tuple(re.compile(rx.pattern.lower()) if caseless else None for _value, rx, caseless, _gate in _SCOPE_CONSTRUCTIONS)


def _stated_reaches(sent: SentenceInfo) -> list[tuple[int, str, int]]:
    """Constructions in the sentence that state how far the outage reached: (start, value, end) in sentence text."""
    found = []
    text = sent.text
    low = sent.lower
    ascii_text = text.isascii()
    # re.I folds these onto ASCII letters that lower-cased text and words lack: then every construction is tried
    case_twins = not ascii_text and _CASE_TWINS.search(text) is not None
    for i in _runnable_constructions(text, low, case_twins):
        value, rx, caseless, _gate = _SCOPE_CONSTRUCTIONS[i]
        for m in (_CONSTRUCTIONS_ON_LOWER[i].finditer(low) if caseless and ascii_text else rx.finditer(text)):
            reach = _reach_value(value, m)
            if reach is not None:
                found.append((m.start(), reach, m.end()))  # every match: one clause may be a fix, another the reach
    words = frozenset(sent.tokens.lower[sent.span.start:sent.span.end])
    if case_twins or not words.isdisjoint(_WORD_GATED_WORDS):  # (most sentences: none of their gates' words, one look-up)
        for value, rx, gate in _WORD_GATED_CONSTRUCTIONS:
            if case_twins or not words.isdisjoint(gate):
                found.extend((m.start(), reach, m.end()) for m in rx.finditer(text) if (reach := _reach_value(value, m)) is not None)
    found.extend(_people_placed(sent, words))
    if not words.isdisjoint(_reader_words()) or text.startswith(_FRONTED_PLACE_STARTS):  # (else no reader can read a reach)
        readers = _READERS
    else:
        readers = _OWN_GATE_READERS if not words.isdisjoint(_own_gate_words()) else ()
    if readers:
        for reader in readers:
            reach = reader(sent, words, found)
            if reach is None:
                continue
            overlapping = [f for f in found if f[0] <= reach[0] < f[2] or reach[0] <= f[0] < reach[2]]
            if not overlapping:
                found.append(reach)
            elif reach[1] == "regional" and all(v == "global" and (reach[0] < s or reader in _NARROWING_READERS) and not _WIDE_OR_EVERY.search(text, s, e)
                                                for s, v, e in overlapping):
                # scope.v9: a place narrows those counted ("Across Ireland, thousands of customers could not log in", "many users,
                # mainly in Europe, could not reach them"): the count is of one area's people
                found = [f for f in found if f not in overlapping] + [reach]
            elif reader is _stretch_hit and reach[1] == "global" and all(v == "regional" for _s, v, _e in overlapping):
                # scope.v9: a stretch over two areas widens the place read in it ("users from Tokyo to Toronto": global)
                found = [f for f in found if f not in overlapping] + [reach]
    if len(found) > 1:
        found = _narrowed_to_a_place(text, found)
    tail = next((f for f in found if text[f[0]:f[0] + 1] == "," and _MOSTLY_TAIL.match(text, f[0])), None) if found else None
    if tail is not None:
        # scope.v9: ", particularly in Europe" at the end tells where most of those counted before it were: it narrows them
        # (regional), or widens them (two areas: global), quoted from the count on; with no count before it, it tells nothing
        counted = [f for f in found if f[0] < tail[0] and f is not tail and not _WIDE_OR_EVERY.search(text, f[0], f[2])]
        rest = [f for f in found if f is not tail and f not in counted]
        found = rest + ([(counted[0][0], tail[1], tail[2])] if counted else [])
    if not found and "still" in words:
        m = _STILL_UNDER_REPAIR.search(text)
        if m is not None:  # scope.v8: a part still being brought back is lingering harm for a few (C12)
            found.append((m.start(), "limited", m.end()))
    # scope.v9: the world widens the places told with it ("customers in the US and the rest of the world", "in Europe and around the world")
    world = [(s, e) for s, v, e in found if v == "global" and _WIDE_OR_EVERY.search(text, s, e)] if len(found) > 1 else None
    if world:
        found = [f for f in found if f[1] != "regional" or not any(s < f[2] and f[0] < e or _JOINED.fullmatch(text, f[2], s) for s, e in world)]
    # a named region narrows "multiple services" to that region
    values = {v for _, v, _ in found}
    if "regional" in values and "global" in values:
        if not any(v == "global" and re.search(r"\b(?:every|all|each)\b", sent.text[s:e], re.I) for s, v, e in found):
            found = [f for f in found if f[1] != "global"]
        else:  # scope.v7: a place narrows the set it holds ("grounded every flight in the United States": regional)
            regional = [(s, e) for s, v, e in found if v == "regional"]
            # (scope.v26: or the place right after the set, "every server in us-east-1", "all stores in our Leeds region")
            found = [f for f in found if f[1] != "global" or not any(s < f[2] and f[0] < e or _SET_PLACED_AFTER.fullmatch(text, f[2], s)
                                                                       for s, e in regional)]
    return sorted(found)


_SET_PLACED_AFTER = re.compile(r"\s+(?:in|at|across|within|inside)\s+(?:(?:our|its|their|the)\s+)?", re.I)


# scope.v11 — a few of those hit, placed right after in one named region ("some instances in a single availability zone of
# eu-west-1", "a handful of stores in Leeds", "limited to the eu-north-1 region"): the place is the reach told (regional, as "some
# customers in eu-west" in the labelling guide's example); not a place named by what happened there ("in the affected zone")
_PLACED_AFTER = re.compile(r"\s*(?:(?:in|within|of)\s+(?:the\s+)?)?")
_NOUN_PLACED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){1,2}?(?:in|within)\s+(?:the\s+)?")  # after a quantifier read without its noun ("a small number of")
_NAMED_OR_ONE = re.compile(r"[A-Z0-9]|\b(?:single|one)\b")
_NONE_OUTSIDE = re.compile(r"(?:nobody|no\s+one|no-one|none|nothing)\b", re.I)


def _narrowed_to_a_place(text: str, found: list[tuple[int, str, int]]) -> list[tuple[int, str, int]]:
    out = sorted(found)
    for i, (s, v, e) in enumerate(out):
        if v != "limited" or _NONE_OUTSIDE.match(text, s):
            continue  # ("nobody outside Japan": who was spared, not a count placed in Japan)
        place = next((r for r in out if r[1] == "regional" and (e <= r[0] and (_PLACED_AFTER.fullmatch(text, e, r[0]) or text.endswith("of", 0, e) and _NOUN_PLACED_AFTER.fullmatch(text, e, r[0]))
                                                      or s < r[0] < e < r[2])
                      and _NAMED_OR_ONE.search(text, r[0], r[2])), None)
        if place is not None:
            out[i] = (s, "regional", place[2])
            out.remove(place)
    return out


_JOINED = re.compile(r",?\s+(?:and|or|as\s+well\s+as)\s+")  # (a place joined to the world: "in Europe and around the world")
# scope.v9: a global reach that no place narrows: the world itself ("every" one of a set in a place is of that place, scope.v7)
_WIDE_OR_EVERY = re.compile(r"\b(?:world|globe|planet|worldwide|everywhere|global|globally|internet|web|continents?)\b", re.I)


# scope.v8 — a recovery still under way, told of what is being brought back ("it was still restoring storage products there", "mail
# and calendars are still being repaired", "engineers are still bringing the last databases back"): part of the service is still
# down, a lingering harm for a few (C12), read when nothing else in the sentence tells the reach
_STILL_UNDER_REPAIR = re.compile(r"\bstill\s+(?:being\s+)?(?:restor(?:ing|ed)|repair(?:ing|ed)|rebuil(?:ding|t)|bringing\s+(?:[\w-]+\s+){0,4}?back|"
                                 r"brought\s+back|recovering)\b", re.I)


# The cheap half of _people_in_places: its long alternation of place names runs only when the sentence has a
# hit noun and a preposition of place among its words.
_PLACE_LINKS = frozenset(("in", "across", "throughout", "from", "on", "around"))
_EVERY = frozenset(("every", "each"))
_ANYONE = frozenset(("anyone", "anybody", "everyone", "everybody"))  # who at all, as those hit (scope.v7)
_WHOLE_AREAS = frozenset(("country", "nation", "region", "state", "city", "island", "capital", "province"))


def _people_placed(sent: SentenceInfo, words: frozenset[str]) -> list[tuple[int, str, int]]:
    """Who was hit and where ("customers in Japan": regional; "users in Canada and Mexico" spans more than one region)."""
    if words.isdisjoint(_PLACE_LINKS) or (words.isdisjoint(_gate_words()[0]) and (
            words.isdisjoint(_EVERY) or words.isdisjoint(_hit_singulars())) and words.isdisjoint(_ANYONE)) or (
            words.isdisjoint(_WHOLE_AREAS) and not _names_a_place(sent)):
        return []
    # the pattern is tried only where who was hit starts (a hit noun, or every / each before one)
    text, lower, idx, first = sent.text, sent.tokens.lower, sent.tokens.idx, sent.start
    starts, rx = _people_starts(), _people_in_places()
    for i in range(sent.span.start, sent.span.end):
        if lower[i] in starts:
            m = rx.match(text, idx[i] - first)
            if m and lower[i] in _ROUTE_WORDS and _ROUTE_AFTER.match(text, m.end()):
                continue  # scope.v9: a route ("flights from London to Madrid were cancelled"), not where those hit were
            if m:
                return [(m.start(), _list_reach(text, m.start(), m.end()) if m.group("more") else "regional", m.end())]
    return []


_ROUTE_AFTER = re.compile(r"\s+(?:to|and\s+back|via)\s+[A-Z]")


@lru_cache(maxsize=1)
def _place() -> str:
    """A place the gazetteer or the word class places_beyond_gazetteer knows, with its capital ("in China", not "in china shops")."""
    names = sorted([*load_gazetteer().region_names, *_word_classes()["places_beyond_gazetteer"]], key=len, reverse=True)
    # (not \b: "U.S." ends on a dot; a place followed by another capitalised name, but a weekday, is part of a longer
    # name: "the New York Times", "Japan Airlines")
    return r"(?:the\s+)?(?:" + _names_by_first_letter(names) + r")(?!\w)(?!\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z][a-z])"


def _names_by_first_letter(names: list[str]) -> str:
    """Literal names as one alternation grouped by first character, each group in the names' order: the same matches as
    the names joined in order (two groups never match at one place), found sooner (most groups fail on one character)."""
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[:1], []).append(re.escape(name[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


@lru_cache(maxsize=1)
def _places_beyond_gazetteer() -> tuple[str, ...]:
    return tuple(p.removeprefix("the ") for p in _word_classes()["places_beyond_gazetteer"])


def _names_a_place(sent: SentenceInfo) -> bool:
    """Whether the sentence names a place the readers' place pattern knows: a REGION entity (the gazetteer's names),
    or a place beyond the gazetteer as written. The cheap test before a long alternation of place names (asked by
    several readers of one sentence: the last answer is kept)."""
    last = _LAST_PLACE_TEST
    if last[0] is sent:
        return last[1]
    answer = False
    for e in sent.ents:  # (a plain loop: cheaper than any() over a generator)
        if e.label == "REGION":
            answer = True
            break
    else:
        # (only the names a word of the sentence starts are looked for: "the" asks for "the Midlands", not for every name)
        by_first = _beyond_by_first_word()
        for word in by_first.keys() & set(sent.tokens.lower[sent.span.start:sent.span.end]):
            if holds_any(sent.text, by_first[word]):
                answer = True
                break
    last[0], last[1] = sent, answer
    return answer


@lru_cache(maxsize=1)
def _beyond_by_first_word() -> dict[str, tuple[str, ...]]:
    """The places beyond the gazetteer by their lower-cased first word, as a token and as a run of letters ("u.s.", "u")."""
    by_first: dict[str, list[str]] = {}
    for name in _places_beyond_gazetteer():
        first = name.split()[0].lower()
        for key in {first, re.match(r"\w+", first).group(0)}:
            by_first.setdefault(key, []).append(name)
    return {k: tuple(v) for k, v in by_first.items()}


_LAST_PLACE_TEST: list = [None, False]  # [the sentence last asked about, its answer]


# Part of a place before its name: "parts of", "much of", "the north-east of", "northern", "the west of" (scope.v4).
_PLACE_PART = (r"(?i:(?:(?:large\s+|many\s+|wide\s+|huge\s+|vast\s+|big\s+|rural\s+|remote\s+|coastal\s+|outlying\s+|some\s+|several\s+|"
               r"certain\s+|northern\s+|southern\s+|eastern\s+|western\s+|central\s+)?(?:parts|swathes|swaths|areas)|much|most|(?:every|each|all)\s+(?:parts?|corners?))\s+of\s+|(?:the\s+)?(?:north|south|east|west|north-?east|"
               # (scope.v12: the land part of a place, "across mainland Spain", "continental Europe")
               r"north-?west|south-?east|south-?west|centre|center)(?:\s+part)?\s+of\s+|(?:northern|southern|eastern|western|central|mainland|continental|"
               # (scope.v20: a region named by its part, "across Middle Tennessee", "in West Texas", "Lower Manhattan")
               r"middle|upper|lower|inner|outer|north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+"
               # (scope.v8: a city with its surroundings, "homes in the greater London area")
               r"|(?:the\s+)?greater\s+)?")


# A list of places that goes on past them: "across Europe and beyond", "users in the US, Britain and elsewhere" (scope.v5: global)
# (scope.v12: with a word of degree, "across Europe and well beyond", "and far beyond")
_BEYOND = r"(?i:(?:well\s+|far\s+|even\s+|way\s+)?beyond|elsewhere|abroad|further\s+afield)\b"
_ENDS_BEYOND = re.compile(rf"\s(?:{_BEYOND})$")


# A name in a list of places, known or not ("Gatwick, Manchester and Edinburgh"): up to three capitalised words.
_NAME = r"(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}"


# scope.v6: a contact clause between who and where ("merchants we spoke to in the Netherlands", "shops I know in Leeds",
# "businesses that we surveyed across Ontario")
_CONTACT_CLAUSE = (r"(?:(?i:(?:who|whom|that)\s+)?(?i:we|I|they|he|she|our\s+reporters?)\s+(?i:spoke|talked|know|knew|interviewed|contacted|"
                   r"surveyed|called|reached|heard\s+from|asked|visited)(?:\s+(?i:to|with))?\s+)?")


@lru_cache(maxsize=1)
def _people_in_places() -> re.Pattern:
    """Who was hit and where: "subscribers across Brazil", "businesses in Canada and Mexico", "merchants in Ontario",
    "every train in Portugal" (one noun with every or each); after a known place the list may go on with any name
    ("players in the US, Europe and Peru")."""
    place = _place()
    # (scope.v7: or anyone at all there, "anyone in France who dialled the emergency number")
    who = (rf"(?:\b(?i:every|each)\s+(?:[\w-]+\s+)?(?i:{_alternation(sorted(_hit_singulars()))})|\b(?i:{_alternation(_word_classes()['hit_nouns'])})"
           r"|\b(?i:anyone|anybody|everyone|everybody))")
    # place names keep their capital; the rest of the phrase is any case
    # "customers of Telia in Sweden"; scope.v6: "drivers for the app in London", "users of its service in Spain"
    owner = (r"(?:(?i:of)\s+[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,2}\s+"
             # scope.v17: the businesses they buy from, "customers of broadband resellers in France, Italy and Greece"
             r"|(?i:of)\s+(?:[a-z][\w-]*\s+){0,2}?(?i:resellers|providers|operators|carriers|banks|lenders|retailers|firms|companies|"
             r"partners|distributors|ISPs)\s+"
             r"|(?i:of|for|on|with)\s+(?i:the|its|their|our)\s+(?:[\w&.'\u2019-]+\s+)?(?i:app|apps|service|services|platform|network|bank|site|website|game|carrier|company|firm)\s+"
             # "customers with resources in East US 2", "users with workloads in Frankfurt"
             r"|(?i:with|whose)\s+(?:(?i:their|its)\s+)?(?:[\w-]+\s+)?(?i:resources|workloads|deployments|data|accounts|servers|instances|apps|sites|"
             r"databases|storage|vms|virtual\s+machines|clusters|buckets)\s+(?:(?i:is|are|was|were|hosted|running|located|stored|based|kept)\s+){0,2})?")
    place = rf"(?:{place}|(?i:the\s+(?:country|nation|region|state|city|island|capital|province))\b)"  # a known place or a whole area
    # (scope.v8: "in and around Sydney"; scope.v10: "around" alone after those hit, "businesses around Ireland"; the clusters
    # of reports "around Boston" have no hit noun)
    return re.compile(rf"{who}\s+{owner}{_CONTACT_CLAUSE}(?i:in\s+and\s+around|in|across|throughout|from|on|based\s+in|around)\s+{_PLACE_PART}{place}"
                      rf"(?P<more>(?:,\s+(?:{place}|{_NAME}))*,?\s+(?i:and|or)\s+(?i:(?:across|in|throughout)\s+)?(?i:parts\s+of\s+)?(?:{place}|{_NAME}|{_BEYOND}))?")


@lru_cache(maxsize=1)
def _people_starts() -> frozenset[str]:
    """The words who was hit starts with in _people_in_places: a hit noun, or every / each."""
    return _gate_words()[0] | _EVERY | _ANYONE


@lru_cache(maxsize=1)
def _hit_singulars() -> frozenset[str]:
    """The hit nouns in the singular, as they follow every or each ("every flight", "each branch")."""
    return frozenset(_singular(n) for n in _word_classes()["hit_nouns"])


# scope.v3 — who or what was hit and how many of them, and where: word classes in rules-scope.json
# ("word_classes"), constructions here. Each reader is gated by a set look-up on the sentence's own words.
_RULES_PATH = Path(__file__).resolve().parent / "data" / "rules-scope.json"


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, list[str]]:
    return json.loads(_RULES_PATH.read_text(encoding="utf-8"))["word_classes"]


def _alternation(phrases: list[str]) -> str:
    """Longest first, so "a small number of" wins over "a"; spaces match any run of blanks. Grouped by first
    letter when every phrase starts with one (textprep.grouped_alternation: the same matches, sooner)."""
    alternatives = tuple(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
    if all("a" <= a[:1] <= "z" for a in alternatives):
        return grouped_alternation(alternatives)
    return "|".join(alternatives)


# A modifier between the quantifier and the noun ("many Heroku customers", "some Atlassian cloud customers"):
# any word but one that starts another phrase or clause ("some services for customers" is not "some customers").
# (scope.v11: nor a time or a conjunction, _NOT_A_MODIFIER: "failed all afternoon when shoppers ...")
_MODIFIER = (r"(?!(?:of|that|which|who|whose|could|can|not|million|thousand|hundred|" + _NOT_A_MODIFIER + r")\b|\d)[\w'\u2019&.-]+\s+")


@lru_cache(maxsize=1)
def _quantified_hit_noun() -> re.Pattern:
    """A quantifier + up to two modifiers + a noun for who or what can be hit: "a handful of enterprise
    tenants", "most of our subscribers", "large numbers of people", "thousands of small businesses"; or, after "of",
    who is addressed: "many of you", "a few of you" (scope.v6)."""
    words = _word_classes()
    return re.compile(
        rf"\b(?:(?P<limited>{_alternation(words['limited_quantifiers'])})|(?P<global>{_alternation(words['global_quantifiers'])}))"
        rf"\s+(?:of\s+)?(?:(?:its|our|their|the|your|those|these|his|her)\s+)?(?P<mods>(?:{_MODIFIER}){{0,2}}?)"
        rf"(?P<who>{_alternation(_counted_nouns())}|(?<=of\s){_alternation(_word_classes()['hit_pronouns'])})\b", re.I)


@lru_cache(maxsize=1)
def _gate_words() -> tuple[frozenset[str], frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """The hit nouns; the quantifiers' last words but "of"; the quantifiers by that word ("few": ("a", "few"),
    ("only", "a", "few"), ...). A sentence needs a hit noun and a last word, then the quantifier's words in a row."""
    words = _word_classes()
    by_key: dict[str, list[tuple[str, ...]]] = {}
    for q in words["limited_quantifiers"] + words["global_quantifiers"]:
        seq = tuple(w for w in q.split() if w != "of")
        by_key.setdefault(seq[-1], []).append(seq)
    return frozenset(n.split()[-1] for n in _counted_nouns()), frozenset(by_key), {k: tuple(v) for k, v in by_key.items()}


@lru_cache(maxsize=1)
def _quantity_heads() -> frozenset[str]:
    """The words a quantity of those hit ends with: the hit nouns' last words and who is addressed ("many of you")."""
    return _gate_words()[0] | frozenset(_word_classes()["hit_pronouns"])


@lru_cache(maxsize=1)
def _counted_nouns() -> list[str]:
    """Who or what can be counted as hit: the hit nouns and the people of a place ("millions of Canadians")."""
    return _word_classes()["hit_nouns"] + _word_classes()["people_of_places"]


@lru_cache(maxsize=1)
def _people_of_places() -> frozenset[str]:
    return frozenset(_word_classes()["people_of_places"])


def _quantifier_start(lower: list[str], j: int, first: int, quantifiers: dict[str, tuple[tuple[str, ...], ...]]) -> int | None:
    """The first token of a quantifier whose words (less "of") end at token j ("a small number" in "a small number
    of"), the longest one; None when none does."""
    starts = [j - len(seq) + 1 for seq in quantifiers.get(lower[j], ())
              if j - len(seq) + 1 >= first and tuple(lower[j - len(seq) + 1:j + 1]) == seq]
    return min(starts) if starts else None


# After the counted noun, a verb of thought or use makes them the ones who think or use, not the ones hit:
# "many users assumed the firm had been hacked", "the site many people rely on to see what is down".
# ("unable to use", "could not use": a use denied is the harm itself)
_THOUGHT_OR_USE = re.compile(r"\b(?:assum\w*|thought|think|believ\w*|fear\w*|suspect\w*|wonder\w*|worri\w*|guess\w*|"
                             r"speculat\w*|convinc\w*|put\s+(?:it\s+|this\s+|that\s+)?down\s+to|blam\w*|attribut\w*|(?<!unable to )(?<!not )(?<!n't )(?<!cannot )(?<!who )(?:use|used)|"
                             # (scope.v8: not in a relative clause that says who they are, "the merchants who rely on us every day"; "which" and
                             # "that" clauses of services stay dependence: "problems for some services that rely on the balancer")
                             r"(?=[rdl])(?<!not )(?<!n't )(?<!longer )(?<!who )(?:rely|relied|depend|depended|lean)|"
                             # scope.v6: those told or expected to do something ("millions of households had been told to fill it in",
                             # "customers were urged to use cash") are addressed, not hit
                             r"(?:told|asked|urged|advised|instructed|encouraged|invited|reminded|expected|supposed|due|scheduled|set)\s+to|"
                             # scope.v8: what those counted did about it ("some customers said they had given up and rebuilt elsewhere",
                             # "many users switched to a rival", "a few moved their sites")
                             r"g(?:ave|iven|ive|iving)\s+up|switch(?:ed|ing)\s+to|mov(?:ed|ing)\s+(?:their|its|his|her)|migrat\w*|rebuil(?:t|ding)|"
                             r"took\s+their\s+business|went\s+elsewhere|abandon\w*)\b", re.I)
# scope.v11 — those who talk or know about it ("the outage everyone was talking about", "a firm most shoppers had never heard of")
# are its audience, not those it hit, unless harm to them is told after ("some customers talked about losing access for hours")
_AUDIENCE = re.compile(r"\b(?:talk(?:ed|ing|s)?\s+about|discuss(?:ed|ing|es)?|(?:heard|knew|know|known)\s+(?:of|about))\b", re.I)

# (the same test case-sensitively on lower-cased ASCII text, as textprep.CaselessTest does: several times faster)
_THOUGHT_OR_USE_ON_LOWER = re.compile(_THOUGHT_OR_USE.pattern.lower())


def _thought_or_use_from(clause: str, pos: int) -> bool:
    """Whether a verb of thought or use follows clause[pos] (look-behinds and \\b still see what stands before it)."""
    audience = _AUDIENCE.search(clause, pos) if ("talk" in clause or "discuss" in clause or " of" in clause or "about" in clause) else None
    if audience is not None and not _has_harm(_EVENT_NOUN.sub(" ", clause[audience.end():])):
        return True
    if clause.isascii():
        return _THOUGHT_OR_USE_ON_LOWER.search(clause.lower(), pos) is not None
    return _THOUGHT_OR_USE.search(clause, pos) is not None


# (scope.v17: also after a possessive, "none of the bank's customers could pay", and "no customer could log in")
_NONE_COULD = re.compile(r"\b(?:none\s+of\s+(?:them|those|(?:(?:its|our|their|the)\s+|[\w.&-]+['’]s\s+)(?:[\w'’-]+\s+){0,2}?"
                         r"(?:users|customers|people|subscribers|members|players|clients|passengers|shoppers|cardholders))|"
                         # ("no" opening its clause: not "at a rate no shopper could match")
                         r"(?:^|(?<=[,;:—–]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bso\s))no\s+(?:single\s+)?"
                         r"(?:user|customer|subscriber|member|player|client|passenger|shopper|cardholder))\s+"
                         r"(?:could|can|were\s+able|was\s+able)\b", re.I)
# What was not hit: "the great majority of sites stayed up" says the reach was small, not wide.
_UNHARMED = re.compile(r"\b(?:stayed\s+(?:up|online)|kept\s+(?:running|working)|continued\s+to\s+(?:run|work)|"
                       # scope.v10: what those counted can still do ("customers can still pay by card", "were still able to call")
                       r"(?:can|could)\s+still\s+(?!not\b|n't\b|be\b|see\b|get\s+errors|experience|have\s+(?:trouble|problems|issues|difficult))[a-z]+|"
                       r"still\s+(?:be\s+)?able\s+to\b|"
                       # scope.v6: what still got through ("911 calls still went through from most handsets"; not "did not go through")
                       r"(?=[gw])(?<!not\s)(?<!n't\s)(?<!never\s)(?<!to\s)(?:went|got|go|goes|get|gets|going|getting)\s+through\b(?!\s+(?:a|an|the)\b)|"
                       r"(?:were|was|are|is)\s+(?:not\s+|un)(?:directly\s+)?(?:affected|impacted)|unaffected|unimpacted|spared|"
                       # scope.v9: spared, told in the active voice or by what those spared did ("the outage did not affect customers in Asia",
                       # "has not touched our card business", "businesses with two zones rode it out", "weathered the storm", "unscathed";
                       # not a wide reach denied: "did not affect all customers" is a narrow one)
                       r"(?:did|does|do|has|have|had)\s*(?:not|n't)\s+(?:directly\s+)?(?:affect|impact|hit|reach|touch)\b(?!\s+(?:all|every|everyone|everybody|each)\b)|"
                       r"r(?:ode|ide|iding|idden)\s+(?:it|them|this|that|the\s+\w+)\s+out|weather(?:ed|ing)\s+(?:it|the)|unscathed|unharmed|"
                       # scope.v12: the class completed, "were largely untouched", "say they have had no trouble"
                       r"untouched|(?:had|have|has|having|saw|seen|reported|reporting|noticed|experienced)\s+no\s+(?:trouble|problems?|issues?|"
                       r"difficult(?:y|ies)|errors?|disruption|interruptions?)|"
                       # scope.v8: what went on without harm ("many others are shopping without any problem", "most calls connected
                       # without a hitch", "carried on without interruption")
                       r"without\s+(?:any\s+|a\s+|much\s+)?(?:problems?|issues?|trouble|difficult(?:y|ies)|interruptions?|disruption|errors?|hitch|"
                       r"glitch(?:es)?|incident|delay)|"
                       # scope.v8: those who noticed nothing were spared ("most customers would not have noticed anything", "noticed nothing")
                       r"(?:would|did|will)\s*(?:not|n't)\s+(?:have\s+)?notic(?:e|ed)|noticed\s+nothing|(?:never|barely|hardly)\s+noticed|"
                       # scope.v7: what was done in the end ("said every payment due that day had been made", "all orders were
                       # eventually processed")
                       r"(?<!not\s)(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:eventually\s+|all\s+|successfully\s+|finally\s+|since\s+)?"
                       r"(?:made|processed|completed|settled|paid|honou?red|fulfilled))\b", re.I)


# (the same test, faster on ASCII text; gated by a word every match holds: those its own literals give, with "rode"/"rid"
# for "ride it out" and "hit", three letters long, which keep the derived gate from being made)
_is_unharmed = CaselessTest(_UNHARMED, needs=("affect", "completed", "continued", "fulfilled", "hit", "hono", "impact", "made", "notice",
                                              "paid", "processed", "reach", "rid", "rode", "running", "settled", "spared", "stayed",
                                              "still", "through", "touch", "unaffected", "unharmed", "unimpacted", "unscathed", "weather",
                                              "without", "working", "untouched", "no"))


# The outage named as a noun is no harm to those counted: "some users complained about the outage".
_EVENT_NOUN = re.compile(r"\b(?:outages?|disruptions?|incidents?|events?)\b", re.I)


def _who_was_hit(sent: SentenceInfo, words: frozenset[str], taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    """How many of those who can be hit were: "some subscribers could not connect" is limited,
    "most of our users saw errors" global. Not "how many companies lean on one region" (a question
    of size, not a statement of it); "some of the world's largest sites" is global whatever the quantifier."""
    text = sent.text
    if "none" in words or "no" in words:
        m = _NONE_COULD.search(text)
        if m:  # "for three days none of them could": nobody could use it
            return m.start(), "global", m.end()
    _hit_nouns, quantifier_ends, quantifiers = _gate_words()
    hit_nouns = _quantity_heads()
    if words.isdisjoint(hit_nouns) or words.isdisjoint(quantifier_ends):
        return None
    lower, idx, first = sent.tokens.lower, sent.tokens.idx, sent.span.start
    for i in sorted(lower.index(noun, first, sent.span.end) for noun in words & hit_nouns):  # each noun's first place
        window = max(first, i - 8)  # a quantifier, "of", a determiner and two modifiers fit in eight words
        lo, hi = idx[window] - sent.start, idx[i] - sent.start
        if any(lo <= start <= hi for start, _, _ in taken):
            continue  # a construction already read the quantity before this noun ("a small number of customers")
        for j in range(window, i):
            if lower[j] not in quantifiers:
                continue  # no quantifier ends with this word (most words: asked before the call)
            start = _quantifier_start(lower, j, first, quantifiers)
            if start is not None:
                reach = _quantity_of(text, idx[start] - sent.start, idx[i] - sent.start + len(lower[i]))
                if reach is not None and not _ENDS_A_NAME.search(text, reach[0], reach[2]):
                    return reach
    return None


def _quantity_of(text: str, lo: int, hi: int) -> tuple[int, str, int] | None:
    """The quantified hit noun that starts at text[lo] and ends by hi, when its own clause tells of harm to those counted."""
    m = _quantified_hit_noun().match(text, lo, hi)
    # (scope.v8: nor "too many": an excess is the load that caused it, "the old problem of too many players arriving at once")
    if m is not None and text[max(0, lo - 4):lo].lower() not in ("how ", "not ", "too ") and not text[max(0, lo - 3):lo].lower() == "by ":
        # ("not only": emphasis, no quantity; scope.v6: "requests sent by a few member banks": those who acted, not those hit)
        clause = _own_clause(text, m.start(), m.end())
        if not _has_harm(_EVENT_NOUN.sub(" ", clause)) or _thought_or_use_from(clause, clause.find(m.group("who"))):
            return None  # the harm is told of in the quantity's own clause, of those counted, not of what they think or use
        value = "global" if m.group("global") or "world" in text[m.start():m.end()].lower() else "limited"
        if " ".join(m.group("who").lower().split()) in _people_of_places():
            value = "regional"  # "millions of Australians": the people of one place
        if _is_unharmed(clause):
            return None  # what was spared, counted or not, is no reach (C12): "the great majority of sites stayed up"
        return m.start(), value, m.end()
    return None


# scope.v18: people counted by a monitoring site's reports ("30,000 people reported problems on Downdetector")
_REPORTS_COUNTED = re.compile(r"\breport(?:ed|ing|s)?\b[^.;]{0,60}?\b(?:on|to|via|with|at)\s+(?:the\s+)?(?:downdetector|thousandeyes|"
                              r"statusgator|isitdownrightnow|outage\s+trackers?|tracking\s+sites?)\b", re.I)


# scope.v5: any quantity of areas ("in a string of other states", "at many of the cities we serve", "across a number of
# neighbouring counties")
# (scope.v6: where reports came "from" — "complaints from every large city"; a size or kind of the area before it)
# (scope.v7: "in parts of four states")
_AREA = re.compile(r"\b(?:in|on|across|throughout|at|from|of)\s+(?:(?:parts|much|large\s+parts)\s+of\s+)?(?:(?:at\s+least|more\s+than|over|nearly|about|around|some)\s+)?"
                   # (scope.v12: ten or more told in words, "in several dozen countries", "in more than thirty countries"; tried first)
                   r"(?:(?P<many>(?:several|a\s+few|a\s+couple\s+of)\s+dozen|scores\s+of|hundreds\s+of|a\s+hundred|eleven|twelve|fifteen|twenty|thirty|"
                   r"forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|"
                   r"(?P<all>every|each|all(?:\s+\d+)?)|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|numerous|various|"
                   r"dozens\s+of|a\s+(?:string|number|handful|series|couple|dozen|host|raft)\s+of|(?:some|most)\s+of|(?P<n>\d+))"
                   r"\s+(?:of\s+)?(?:(?:the|its|our|their)\s+)?(?:(?:other|more|neighbou?ring|different|nearby|surrounding|adjacent|"
                   r"large|larger|largest|major|big|bigger|biggest|main|busy|busier|busiest|small|smaller|rural|urban|coastal|"
                   r"northern|southern|eastern|western|central|outlying|remote)\s+)?"
                   r"(?-i:[A-Z][\w.-]*\s+)?(?P<area>[a-z]+(?:\s+zone)?)\b", re.I)
# A whole area named by a common noun: "across the region", "throughout the island", "anywhere in the country",
# "the whole euro area"; "all over the world" is global.
# (scope.v7: a compass part of the country, "across much of the north", "throughout the south-east")
_WHOLE_AREA_NOUNS = (r"(?:region|state|province|continent|city|island|country|nation|county|territory|euro\s+area|eurozone|bloc|mainland|"
                     r"north|south|east|west|north-?east|north-?west|south-?east|south-?west|midwest|countryside)")
# ("in the affected region", "across the affected zones": the region the outage named, scope.v5)
# scope.v6: the class of phrases for the whole of an area ("around the country", "all over the state", "up and down the
# country", "every corner of the nation", "the length and breadth of the country", "from coast to coast")
_AREA_WHOLE = re.compile(rf"\b(?:(?:(?:across|throughout|over|in)\s+)?(?:(?:large|many|big|wide)\s+)?(?:parts|swathes|swaths|much|most)\s+of\s+the\s+|"
                         rf"(?:(?:in|from|to)\s+)?(?:every|each|all)\s+(?:parts?|corners?|ends?)\s+of\s+the\s+|the\s+length\s+and\s+breadth\s+of\s+the\s+|"
                         # a fraction of an area ("half the country", "about a third of the state")
                         rf"(?:half|a\s+(?:third|quarter|fifth)|two(?:-|\s+)thirds|three(?:-|\s+)quarters)\s+(?:of\s+)?the\s+|"
                         rf"(?:(?:all\s+)?(?:across|throughout|over|around)|up\s+and\s+down)\s+the\s+(?:whole\s+|entire\s+)?|(?:anywhere|everywhere)\s+(?:in|across)\s+the\s+|"
                         rf"the\s+(?:whole|entire)\s+(?:of\s+the\s+)?){_WHOLE_AREA_NOUNS}\b"
                         r"|\b(?:from\s+)?coast(?:\s+to\s+|-to-)coast\b|\bfrom\s+one\s+end\s+of\s+the\s+(?:country|nation|state|island)\s+to\s+the\s+other\b"
                         # (scope.v8: the area named before, by any determiner: "services in that zone failed", "in this region", "across
                         # the same zones", "in those availability zones")
                         r"|\b(?:in|across|throughout)\s+(?:the\s+(?:affected|impacted|same)|that|this|those|these)\s+(?:availability\s+)?"
                         r"(?:region|zone|area|country|market)s?\b"
                         # (scope.v9: a large part of the world is a global reach, "across the UK and much of the world")
                         r"|\b(?:all\s+over|(?:every|each|all)\s+(?:corners?|parts?)\s+of|(?:much|most|(?:large\s+|many\s+|wide\s+)?parts|swathes|swaths|(?:the\s+)?rest)\s+of)"
                         r"\s+the\s+(?P<world>world|globe|planet)\b", re.I)
# _AREA_WHOLE for lower-cased ASCII text, matched case-sensitively: the same matches at the same places, sooner (as
# textprep.CaselessTest; the pattern holds no upper-case escape, only its group name is kept as written)
_AREA_WHOLE_ON_LOWER = re.compile(_AREA_WHOLE.pattern.lower().replace("(?p<", "(?P<"))
_AREA_WHOLE_GATE = frozenset(("across", "throughout", "over", "anywhere", "everywhere", "whole", "entire", "much", "most", "parts", "swathes",
                              "swaths", "affected", "confined", "restricted", "contained", "corner", "corners", "breadth", "coast", "rest"))
# scope.v6: common words that start a phrase for a whole area ("around the country", "up and down the state", "every part of the
# nation", "from one end of the country to the other"): the phrase is looked for only with a word for a whole area too
_AREA_WHOLE_COMMON_STARTS = frozenset(("around", "up", "part", "parts", "end", "half", "third", "quarter", "fifth", "thirds", "quarters",
                                       "that", "this", "those", "these", "same", "impacted"))
_WHOLE_AREA_WORDS = frozenset(("region", "state", "province", "continent", "city", "island", "country", "nation", "county", "territory",
                               "area", "eurozone", "bloc", "mainland", "world", "globe", "planet", "north", "south", "east", "west",
                               "northeast", "northwest", "southeast", "southwest", "midwest", "countryside", "zone", "zones", "regions", "areas"))


@lru_cache(maxsize=1)
def _across_a_place() -> re.Pattern:
    """Harm spread over a named place: "offline across Canada", "throughout Britain and the US", "all over Sweden"
    (scope.v22)."""
    names = list(load_gazetteer().region_names) + _word_classes()["places_beyond_gazetteer"]
    place = r"(?:the\s+)?(?:" + _names_by_first_letter(sorted(names, key=len, reverse=True)) + r")(?!\w)"
    # (scope.v24: "anywhere in Europe")
    return re.compile(rf"\b(?i:across|throughout|all\s+over|anywhere\s+in)\s+{_PLACE_PART}{place}"
                      rf"(?P<more>(?:,\s+{place})*,?\s+(?i:and)\s+(?:{place}|{_BEYOND}))?")


_WHOLE = frozenset(("whole", "entire", "all"))
_ACROSS_WORDS = frozenset(("across", "throughout", "over", "anywhere"))


@lru_cache(maxsize=1)
def _whole_place() -> re.Pattern:
    """A whole named place: "the entire East Coast", "all of Portugal" (scope.v4)."""
    # (scope.v7: "the whole of Spain"; scope.v12: a part named by a modifier, "the whole of mainland Spain", "all of southern Italy")
    return re.compile(rf"\b(?i:(?:the\s+)?(?:whole|entire)\s+(?:of\s+)?|all\s+of\s+)(?i:(?:mainland|continental|northern|southern|eastern|western|central)\s+)?{_place()}")


@lru_cache(maxsize=1)
def _fronted_place() -> re.Pattern:
    """A place set before the clause it frames: "In Ontario, shoppers found card readers dead"."""
    return re.compile(_across_a_place().pattern.replace(r"\b(?i:across|throughout|all\s+over|anywhere\s+in)", r"(?:In|Across|Throughout)", 1))


@lru_cache(maxsize=1)
def _named_victims() -> re.Pattern:
    """Who was hit, named in a list of three or more: "websites belonging to Delta, Costco, Home Depot and UPS",
    "firms from Roku to Adobe to the makers of smart vacuums" — many victims at once: global."""
    name = r"[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,3}"
    return re.compile(rf"\b(?i:{_alternation(_word_classes()['hit_nouns'])})\s+(?i:belonging\s+to|such\s+as|including|like|from|of|at)\s+"
                      rf"(?:{name}(?:,\s+{name}){{2,}}|{name}\s+to\s+{name}\s+to\s+)")


_LIST_LINKS = frozenset(("belonging", "such", "including", "like", "from", "of", "at"))


def _victims_named(sent: SentenceInfo, words: frozenset[str], _taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    hit_nouns = _gate_words()[0]
    text = sent.text
    if (text.count(",") < 2 and text.count(" to ") < 2) or words.isdisjoint(hit_nouns) or words.isdisjoint(_LIST_LINKS):
        return None
    lower, idx = sent.tokens.lower, sent.tokens.idx
    for i in range(sent.span.start, sent.span.end - 1):
        if lower[i] in hit_nouns and lower[i + 1] in _LIST_LINKS:  # "sites belonging to", "firms from"
            m = _named_victims().match(text, idx[i] - sent.start)
            if m:
                return m.start(), "global", m.end()
    return None


@lru_cache(maxsize=1)
def _listed_sites() -> re.Pattern:
    """Who or what was hit at places named in a list or a stretch: "passengers at Gatwick, Luton and Stansted",
    "branches in Leeds, York and Hull", "stations from Porto to Faro" (one area: regional); "from A to B to C" goes wider."""
    who = rf"\b(?i:(?P<who>{_alternation(_word_classes()['hit_nouns'])}))"
    return re.compile(rf"{who}\s+(?:(?i:at|in|across)\s+{_NAME}(?:,\s+{_NAME})+,?\s+(?i:and|or)\s+{_NAME}"
                      rf"|(?i:from)\s+{_NAME}\s+to\s+{_NAME}(?P<more>\s+to\s+{_NAME})?)")


_LIST_PLACE_LINKS = frozenset(("at", "in", "across", "from"))


def _sites_listed(sent: SentenceInfo, words: frozenset[str], _taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    text = sent.text
    if words.isdisjoint(_gate_words()[0]) or words.isdisjoint(_LIST_PLACE_LINKS) or (
            text.count(",") < 1 and not ("from" in words and "to" in words)):
        return None
    m = _listed_sites().search(text)
    if m is None or (m.group("who").lower() not in _word_classes()["site_nouns"] and not _place_rx().search(text, m.end("who"), m.end())):
        return None  # "sites from Amazon to the Times", "staff at Acme, Initech and Hooli": firms, not places
    if m.group(0)[len(m.group("who")):].lstrip()[:5].lower() == "from " and not _has_harm(_own_clause(text, m.start(), m.end())):
        return None  # scope.v6: a stretch needs harm told of those in it ("carriers from Dallas to Chicago were flying normally")
    return m.start(), "global" if m.group("more") else "regional", m.end()


_OUTAGE_NOUNS = frozenset(("outage", "outages", "disruption", "disruptions", "blackout", "blackouts", "failure", "failures", "shutdown"))


@lru_cache(maxsize=1)
def _outage_placed() -> re.Pattern:
    """The outage named with where it struck: "the disruption in northern Virginia", "a blackout across Spain and Portugal"."""
    place = _place()
    # (scope.v11: with what it struck between, "a disruption to its database service in northern Virginia", "failures with
    # several services in the Central US region")
    return re.compile(rf"\b(?i:outages?|disruptions?|blackouts?|failures?|shutdown)\s+(?:(?i:to|with)\s+(?:(?i:its|the|their|our|multiple|several|many)\s+)?(?!\d)(?:[\w.&'-]+\s+){{1,4}}?)?"
                      rf"(?:(?i:centred|centered|concentrated)\s+)?(?i:in|across|throughout)\s+{_PLACE_PART}{place}"
                      rf"(?P<more>(?:,\s+{place})*,?\s+(?i:and)\s+{place})?")


# a chain of three places or names: "from Lagos to Lima to Lahore" spans the world (two are a route or a stretch)
_CHAIN = re.compile(rf"\b(?i:from)\s+{_NAME}\s+to\s+{_NAME}\s+to\s+{_NAME}")


def _chain_of_places(sent: SentenceInfo, words: frozenset[str], _taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    if "from" not in words or sent.text.count(" to ") < 2:
        return None
    m = _CHAIN.search(sent.text)
    return (m.start(), "global", m.end()) if m else None


def _followed_within(sent: SentenceInfo, firsts, thens, within: int) -> bool:
    """Whether a token of `firsts` is followed, within `within` tokens, by a token of `thens` (a cheap test on the sentence's
    tokens before a pattern of places runs)."""
    lower, end = sent.tokens.lower, sent.span.end
    for i in range(sent.span.start, end):
        if lower[i] in firsts:
            for j in range(i + 1, min(end, i + 1 + within)):
                if lower[j] in thens:
                    return True
    return False


# scope.v6 — harm over a stretch between two known places: "card payments were declined at tills from California to the
# Carolinas", "lines went dead from Lisbon to Porto" (one area: regional; "from Britain to Japan" spans more). A route is
# no stretch of harm ("flights from London to New York"): the word before "from" is not a word of travel.
_ROUTE_WORDS = frozenset(("flight", "flights", "flew", "fly", "flying", "flies", "route", "routes", "routed", "rerouted", "train", "trains",
                          "travel", "travelled", "traveled", "travelling", "traveling", "journey", "journeys", "drive", "drove", "cable",
                          "cables", "link", "links", "line", "traffic", "moved", "move", "moving", "migrated", "shipped", "sent", "service",
                          "services", "connection", "connections", "ferry", "ferries", "bus", "buses", "road", "roads", "rail", "way"))


@lru_cache(maxsize=1)
def _stretch_of_places() -> re.Pattern:
    place = _place()
    return re.compile(rf"\b(?i:from)\s+{place}\s+to\s+{place}")


def _stretch_hit(sent: SentenceInfo, words: frozenset[str], _taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    if "from" not in words or "to" not in words or not _followed_within(sent, ("from",), ("to",), 5):
        return None
    text = sent.text
    named = _names_a_place(sent)
    for m in (_stretch_of_places().finditer(text) if named else ()):
        before = text[max(0, m.start() - 24):m.start()].split()
        if before and before[-1].lower() in _ROUTE_WORDS:
            continue  # "flights from London to New York": a route
        if _has_harm(_own_clause(text, m.start(), m.end())):
            return m.start(), _list_reach(text, m.start(), m.end()), m.end()
    for m in _STRETCH_OF_NAMES.finditer(text):
        # scope.v16: a stretch between two names the gazetteers lack and no English word makes up ("check-in counters from
        # Haneda to Naha sat useless", "members from Redcar to Northallerton"): places, one region between them
        before = text[max(0, m.start() - 24):m.start()].split()
        if before and before[-1].lower() in _ROUTE_WORDS or not ((m.group("the_a") or _unknown_proper(m.group("a")))
                                                                 and (m.group("the_b") or _unknown_proper(m.group("b")))):
            continue
        if _has_harm(_own_clause(text, m.start(), m.end())):
            return m.start(), "regional", m.end()
    return None


# (scope.v25: "the" may stand before either name, which is then a place's proper name whatever its word: "from Pensacola to
# the Keys", "from the Panhandle to the Carolinas")
_STRETCH_OF_NAMES = re.compile(r"\b(?i:from)\s+(?P<the_a>the\s+)?(?P<a>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+to\s+(?P<the_b>the\s+)?"
                               r"(?P<b>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")


def _unknown_proper(name: str) -> bool:
    """A capitalised name no gazetteer knows (a provider, a service, an AI tool) and no English word or day makes up."""
    gaz = load_gazetteer()
    low = name.lower()
    if low in gaz.provider_by_alias or low in gaz.provider_by_company or low in gaz.service_by_surface or low in gaz.ai_by_alias:
        return False
    return not any(w in CALENDAR_NAMES or inflects(w) or is_common_word(w) for w in low.split())


# scope.v6 — the people of a place as those hit, without a quantity, as the subject of a clause: "Australians trying to pay
# bills ran into the same wall", "and Canadians could not top up their phones" (the people of one place: regional)
_SUBJECT_START = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but|while|when|as|where|so)\s+)$", re.I)


@lru_cache(maxsize=1)
def _people_of_places_cased() -> re.Pattern:
    names = sorted((" ".join(w.capitalize() for w in n.split()) for n in _word_classes()["people_of_places"]), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})\b(?!'|\u2019)")


@lru_cache(maxsize=1)
def _people_of_places_last_words() -> frozenset[str]:
    return frozenset(n.split()[-1] for n in _word_classes()["people_of_places"])


def _people_of_a_place_hit(sent: SentenceInfo, words: frozenset[str], _taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    if words.isdisjoint(_people_of_places_last_words()):
        return None
    text = sent.text
    for m in _people_of_places_cased().finditer(text):
        if not _SUBJECT_START.search(text, max(0, m.start() - 8), m.start()):
            continue  # "thousands of Canadians", "the Australians' banks": read elsewhere or no subject
        rest = text[m.start():]
        cut = _CONTRAST.search(rest)
        rest = rest[:cut.start()] if cut else rest
        if _has_harm(_EVENT_NOUN.sub(" ", rest)) and not _thought_or_use_from(rest, m.end() - m.start()):
            return m.start(), "regional", m.end()
    return None


# scope.v6 — where those hit were: "those affected were mostly in Asia", "affected customers were mainly in Germany and
# Austria", "the users impacted are concentrated in the Midwest"
_THOSE_HIT_WORDS = frozenset(("affected", "impacted", "hit"))
_BE_WORDS = frozenset(("were", "was", "are", "is", "been"))


@lru_cache(maxsize=1)
def _those_hit_placed() -> re.Pattern:
    place = _place()
    nouns = _alternation(_word_classes()["hit_nouns"])
    who = (rf"(?:\b(?i:those|people|the\s+ones|(?:the\s+)?(?:{nouns}))\s+(?i:affected|impacted|hit)"
           rf"|\b(?i:(?:the\s+|most\s+|many\s+)?(?:affected|impacted)\s+(?:[\w-]+\s+)?(?:{nouns})))")
    return re.compile(rf"{who}\s+(?i:were|was|are|is|have\s+been|had\s+been)\s+(?i:(?:mostly|mainly|largely|primarily|predominantly|"
                      rf"overwhelmingly|chiefly|all|almost\s+all|concentrated|clustered|based|located)\s+){{0,2}}(?i:in|across|on|around|throughout)\s+"
                      rf"{_PLACE_PART}{place}(?P<more>(?:,\s+(?:{place}|{_NAME}))*,?\s+(?i:and|or)\s+(?:{place}|{_NAME}))?")


def _those_hit_where(sent: SentenceInfo, words: frozenset[str], _taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    if (words.isdisjoint(_THOSE_HIT_WORDS) or words.isdisjoint(_BE_WORDS) or not _followed_within(sent, _THOSE_HIT_WORDS, _BE_WORDS, 3)
            or not _names_a_place(sent)):
        return None
    m = _those_hit_placed().search(sent.text)
    if m is None:
        return None
    return m.start(), _list_reach(sent.text, m.start(), m.end()) if m.group("more") else "regional", m.end()


# scope.v9 — those counted, then where most of them were ("many users, mainly in Europe, could not reach them", "customers,
# mostly in Texas, lost service", "thousands of travellers, largely in Asia"): the place narrows the count (regional; two areas: global)
_MOSTLY_WORDS = frozenset(("mainly", "mostly", "largely", "chiefly", "primarily", "predominantly", "principally", "overwhelmingly", "particularly",
                           "especially", "notably"))


@lru_cache(maxsize=1)
def _mostly_placed() -> re.Pattern:
    place = _place()
    nouns = _alternation(_word_classes()["hit_nouns"])
    return re.compile(rf"\b(?i:{nouns}|many|most|millions|thousands|hundreds|others|some)\s*,?\s+(?i:mainly|mostly|largely|chiefly|primarily|"
                      rf"predominantly|principally|overwhelmingly)\s+(?i:in|across|on|throughout|from)\s+{_PLACE_PART}{place}"
                      rf"(?P<more>(?:,\s+(?:{place}|{_NAME}))*,?\s+(?i:and|or)\s+(?:{place}|{_NAME}))?")


def _mostly_in_place(sent: SentenceInfo, words: frozenset[str], _taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    if words.isdisjoint(_MOSTLY_WORDS) or not _names_a_place(sent):
        return None
    m = _mostly_placed().search(sent.text) or _mostly_after_comma().search(sent.text)
    if m is None:
        return None
    return m.start(), _list_reach(sent.text, m.start(), m.end()) if m.group("more") else "regional", m.end()


_MOSTLY_TAIL = re.compile(r",\s+(?:mainly|mostly|largely|chiefly|primarily|predominantly|principally|particularly|especially|notably)\s", re.I)


@lru_cache(maxsize=1)
def _mostly_after_comma() -> re.Pattern:
    """Where most of those hit were, told at the end ("some users are unable to access Bing, particularly in Europe")."""
    place = _place()
    return re.compile(rf",\s+(?i:mainly|mostly|largely|chiefly|primarily|predominantly|principally|particularly|especially|notably)\s+"
                      rf"(?i:in|across|on|throughout)\s+{_PLACE_PART}{place}"
                      rf"(?P<more>(?:,\s+(?:{place}|{_NAME}))*,?\s+(?i:and|or)\s+(?:{place}|{_NAME}))?(?=\s*[.;,]|\s*$)")


# scope.v9 — those hit named with the adjective of their place ("German users bore the brunt", "a long list of Australian websites
# and apps", "European and Asian customers": two areas, global); not a name ("American Airlines", "British Gas": a capital follows)
# (people and what they use, not firms, carriers or a provider's own servers: "several European carriers", "its European servers")
_PLACED_PEOPLE = ["users", "customers", "subscribers", "shoppers", "consumers", "travellers", "travelers", "passengers", "residents",
                  "households", "homes", "viewers", "readers", "listeners", "players", "gamers", "drivers", "riders", "patients", "students",
                  "pupils", "commuters", "callers", "cardholders", "account holders", "clients", "members", "taxpayers", "voters", "motorists",
                  "holidaymakers", "tourists", "fans", "websites", "sites", "apps", "people", "internet users", "mobile users", "merchants", "sellers",
                  "advertisers", "developers", "creators", "tenants"]


@lru_cache(maxsize=1)
def _place_adjective_hit_rx() -> re.Pattern:
    adjectives = _alternation(list(_word_classes()["place_adjectives"]))
    plurals = _alternation(_PLACED_PEOPLE)
    return re.compile(rf"\b(?P<first>{adjectives})(?:\s+(?:and|or)\s+(?P<second>{adjectives}))?\s+(?:(?!and\b|or\b)[a-z][\w-]*\s+)?(?:{plurals})\b")


@lru_cache(maxsize=1)
def _confined_to_adjective_rx() -> re.Pattern:
    """A reach held to a provider's sites of one place ("it was confined to the company's North American data centres", "limited to
    our European regions")."""
    adjectives = _alternation(list(_word_classes()["place_adjectives"]))
    return re.compile(rf"\b(?i:confined|limited|isolated|restricted|contained|localised|localized)\s+to\s+(?:(?i:the|its|our|their)\s+|"
                      rf"(?:the\s+)?[\w.&-]+(?:'s|\u2019s)\s+)?(?P<first>{adjectives})(?:\s+(?:and|or)\s+(?P<second>{adjectives}))?\s+"
                      rf"(?:[a-z][\w-]*\s+)?(?i:data\s*cent(?:re|er)s?|datacent(?:re|er)s?|regions?|zones?|operations|facilit(?:y|ies)|sites|"
                      rf"servers|networks?|infrastructure|markets?|business(?:es)?|branches|stores|shops)\b")


@lru_cache(maxsize=1)
def _place_adjective_words() -> frozenset[str]:
    return frozenset(a.split()[-1].lower() for a in _word_classes()["place_adjectives"])


def is_place_adjective(name: str) -> bool:
    """"European", "Scottish", "South Korean": an adjective of a place (a capitalised word that names no body)."""
    return name in place_adjectives()


@lru_cache(maxsize=1)
def place_adjectives() -> frozenset[str]:
    """The adjectives of places scope reads ("German users"), as written."""
    return frozenset(_word_classes()["place_adjectives"])


# scope.v9 — part of a provider's operation in a named place ("took out part of Amazon Web Services' Sydney operation", "left parts of
# Alibaba Cloud's Singapore operations dark", "much of its Frankfurt data centre"): the harm is in that place (regional)
_SITE_OF_OPERATION = frozenset("""operation operations centre center centres centers datacentre datacenter datacentres datacenters facility
    facilities region regions zone zones cloud infrastructure servers network campus site""".split())


@lru_cache(maxsize=1)
def _part_of_operation_rx() -> re.Pattern:
    return re.compile(rf"\b(?i:part|parts|much|most)\s+of\s+(?:(?i:its|their|our)\s+|the\s+(?:company|firm|provider|host|operator|bank|carrier|"
                      rf"retailer|airline|group)(?:'s|\u2019s)\s+|(?:the\s+)?(?:[A-Z][\w.&-]*\s+){{0,3}}?[A-Z][\w.&-]*(?:'s|\u2019s|'|\u2019)\s+)"
                      rf"{_place()}\s+(?i:operations?|data\s*cent(?:re|er)s?|datacent(?:re|er)s?|facilit(?:y|ies)|regions?|zones?|cloud|"
                      rf"infrastructure|servers|network|campus|site)\b")


def _part_of_operation_hit(sent: SentenceInfo, words: frozenset[str], _taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    if ("part" not in words and "parts" not in words and "much" not in words and "most" not in words) or words.isdisjoint(_SITE_OF_OPERATION):
        return None
    if not _names_a_place(sent):
        return None
    m = _part_of_operation_rx().search(sent.text)
    if m is None or not _has_harm(_own_clause(sent.text, m.start(), m.end())):
        return None
    return m.start(), "regional", m.end()


# scope.v9 — those hit at a named transport hub ("thousands of travellers spent the night at Seattle-Tacoma International Airport",
# "commuters stuck at Central Station"): one place narrows the count (regional)
_HUB_WORDS = frozenset(("airport", "station", "terminal"))
_AT_NAMED_HUB = re.compile(r"\b(?:at|in|from|outside|inside)\s+(?:the\s+)?(?:[A-Z][\w'.\u2019]*[\s-]+){1,4}(?:Airport|Station|Terminal)\b")


def _at_named_hub(sent: SentenceInfo, words: frozenset[str], _taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    if words.isdisjoint(_HUB_WORDS):
        return None
    m = _AT_NAMED_HUB.search(sent.text)
    if m is None:
        return None
    return m.start(), "regional", m.end()


@lru_cache(maxsize=1)
def _own_gate_words() -> frozenset[str]:
    return _MOSTLY_WORDS | _place_adjective_words() | {"part", "parts", "much", "most"} | _HUB_WORDS | _BARE_COUNT_CUES


def _place_adjective_hit(sent: SentenceInfo, words: frozenset[str], _taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    if words.isdisjoint(_place_adjective_words()):
        return None
    m = _place_adjective_hit_rx().search(sent.text) or _confined_to_adjective_rx().search(sent.text)
    if m is None:
        return None
    places = _word_classes()["place_adjectives"]
    areas = {area_of_place().get(places.get(a, "")) for a in m.group("first", "second") if a}
    return m.start(), "global" if len(areas) > 1 or "_several" in areas else "regional", m.end()


# scope.v9 — a count standing alone as the subject of harm, after a word that marks it as a count of people ("A further fifty thousand
# had no voice service", "another 20,000 were left without power", "some 300 were stranded"): a million or more global, fewer limited
_BARE_COUNT_CUES = frozenset(("another", "further", "additional", "some", "about", "around", "roughly", "nearly", "almost", "estimated"))
@lru_cache(maxsize=1)
def _bare_count() -> re.Pattern:
    return re.compile(r"(?:^|[,;:]\s+|\b(?:and|but|while)\s+)(?i:another|a\s+further|an\s+additional|some|about|around|roughly|nearly|almost|"
                      r"an\s+estimated)\s+(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s*(?:m|k|million|thousand))?|(?i:" + _NUMBER_IN_WORDS + r"))"
                      r"\s+(?:more\s+)?(?i:were|was|had|have|could|couldn't|lost|saw|went|remain|remained|are|still)\b")


def _bare_count_hit(sent: SentenceInfo, words: frozenset[str], _taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    if words.isdisjoint(_BARE_COUNT_CUES):
        return None
    m = _bare_count().search(sent.text)
    if m is None or not _has_harm(_own_clause(sent.text, m.start(), m.end())):
        return None
    n = m.group("n").lower()
    big = any(w in n for w in ("million", "billion")) or n.endswith("m") or (n.replace(",", "").isdigit() and int(n.replace(",", "")) >= 100_000)
    return m.start(), "global" if big else "limited", m.end()


# scope.v6 — a quantity standing alone for those hit, as the subject of harm: "Millions were left without service", "many could
# not pay for groceries", "tens of thousands lost power", "a handful saw errors"
_BARE_QUANTITY = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but|while|as|where|when|though|although|whereas)\s+)(?:(?P<global>(?:tens\s+of\s+|hundreds\s+of\s+)?(?:millions|thousands)|many|most)"
                            r"|(?P<limited>a\s+few|a\s+handful|some))\s+(?:more\s+|others\s+)?(?:were|was|had|have|could|couldn't|can't|cannot|lost|saw|found|"
                            r"faced|experienced|suffered|got|went|are|remain|remained|still)\b", re.I)
_BARE_QUANTITY_VERBS = frozenset("were was had have could ca can lost saw found faced experienced suffered got went are remain remained "
                                 "still more others".split())
_BARE_QUANTITY_WORDS = frozenset(("millions", "thousands", "many", "most", "few", "handful", "some"))
# scope.v11 — "some" alone as the subject of harm is a few of those hit (C12) when the sentence tells of the rest too: after a contrast
# ("though some had trouble", "; some cannot") or after another part ("many of our customers ..., and some were affected overnight",
# "some can open it, some cannot"); else it may refer back to anyone ("staff could not email, and some could not enter buildings")
_CONTRAST_BEFORE = re.compile(r"[;:]|\b(?:but|though|although|whereas|while)\b", re.I)
_ANOTHER_PART = re.compile(r"\b(?:most|many|some|half|others|the\s+rest|a\s+few|all\s+but|the\s+(?:vast\s+)?majority)\b", re.I)


def _bare_quantity_hit(sent: SentenceInfo, words: frozenset[str], taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    if words.isdisjoint(_BARE_QUANTITY_WORDS) or not _followed_within(sent, _BARE_QUANTITY_WORDS, _BARE_QUANTITY_VERBS, 2):
        return None
    text = sent.text
    for m in _BARE_QUANTITY.finditer(text):
        lo = m.start("global") if m.group("global") else m.start("limited")
        if text[lo:lo + 4].lower() == "some" and not (_CONTRAST_BEFORE.search(text, m.start(), lo) or _ANOTHER_PART.search(text, 0, m.start())):
            continue  # scope.v11: "some" alone is a part only beside the rest ("most were back, and some ...", "though some ...")
        clause = _own_clause(text, lo, m.end())
        if _has_harm(_EVENT_NOUN.sub(" ", clause)) and not _thought_or_use_from(clause, clause.find(text[lo:m.end()])):
            return lo, "global" if m.group("global") else "limited", m.end()
    return None


# scope.v7 — anyone at all as the subject of harm: "anyone trying to file online hit an error page", "and anybody who called got a
# busy signal" (everyone: the SCOPE_global family); "hardly anyone could" is a few
_ANYONE_HIT = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but|while|as|where|when|so)\s+)(?P<few>(?:hardly|barely|scarcely)\s+)?(?:anyone|anybody)\b", re.I)
_ANYONE_BARE = frozenset(("anyone", "anybody"))


def _anyone_hit(sent: SentenceInfo, words: frozenset[str], _taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    if words.isdisjoint(_ANYONE_BARE):
        return None
    text = sent.text
    for m in _ANYONE_HIT.finditer(text):
        lo = m.end() - len(m.group(0).split()[-1]) - (len(m.group("few")) if m.group("few") else 0)
        clause = _own_clause(text, lo, m.end())
        if _has_harm(_EVENT_NOUN.sub(" ", clause)) and not _thought_or_use_from(clause, clause.find(text[lo:m.end()])):
            return lo, "limited" if m.group("few") else "global", m.end()
    return None


# scope.v7 — a count of those hit told in words: "three hospitals lost access", "two dozen schools were cut off", "half a million
# households lost power", "twelve airports reported failures" (a million or more: global; fewer: limited; the people of a place: regional)
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy "
                          "eighty ninety hundred dozen half quarter million".split())
_NUMBER_IN_WORDS = (r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+(?:hundred|thousand|million|billion|dozen))*"
                    r"|(?:a|one)\s+(?:dozen|hundred|thousand|million|billion)(?:\s+(?:thousand|million))?|half\s+a\s+(?:million|billion)"
                    r"|(?:a\s+)?quarter\s+of\s+a\s+(?:million|billion))")


_PARTITIVE_BEFORE = re.compile(r"\bof\s+(?:the|its|our|their|his|her|these|those)\s+$", re.I)
_ONE_OWNER_AFTER = re.compile(r"\s+(?:(?:that|which)\s+)?(?:I|she|he|we)\s+(?!was\b|were\b|is\b|are\b|had\b|have\b)[a-z]+", re.I)


@lru_cache(maxsize=1)
def _counted_in_words() -> re.Pattern:
    return re.compile(rf"\b(?:(?:roughly|about|around|some|nearly|more\s+than|almost|over|at\s+least)\s+)?(?P<num>{_NUMBER_IN_WORDS})\s+"
                      rf"(?:(?!of\b){_MODIFIER}){{0,2}}?(?P<who>{_alternation(_counted_nouns())})\b", re.I)


_ENDS_A_NAME = re.compile(r"[A-Z][\w.&'-]*\s+[A-Z][\w-]*$")


def _count_in_words_hit(sent: SentenceInfo, words: frozenset[str], taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    if words.isdisjoint(_NUMBER_WORDS) or words.isdisjoint(_gate_words()[0]):
        return None
    text = sent.text
    for m in _counted_in_words().finditer(text):
        if text[max(0, m.start() - 4):m.start()].lower() in ("how ", " by ") or text[max(0, m.start() - 3):m.start()].lower() == "by ":
            continue  # a question of size, those who acted
        if _PARTITIVE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _ONE_OWNER_AFTER.match(text, m.end()):
            continue  # the size of a known set ("any one of the three sites"), what one person runs ("three sites she hosts")
        if _ENDS_A_NAME.search(text, m.start(), m.end()):
            continue  # scope.v9: the last word of a name ("dozens of American Airlines flights"), not those hit
        clause = _own_clause(text, m.start(), m.end())
        if not _has_harm(_EVENT_NOUN.sub(" ", clause)) or _thought_or_use_from(clause, clause.find(m.group("who"))) or _is_unharmed(clause):
            continue
        num = m.group("num").lower()
        value = "global" if ("million" in num or "billion" in num) else "limited"
        if " ".join(m.group("who").lower().split()) in _people_of_places():
            value = "regional"
        return m.start(), value, m.end()
    return None


def _outage_in_place(sent: SentenceInfo, words: frozenset[str], _taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    if words.isdisjoint(_OUTAGE_NOUNS) or words.isdisjoint(_PLACE_LINKS) or not _names_a_place(sent):
        return None
    m = _outage_placed().search(sent.text)
    return (m.start(), _list_reach(sent.text, m.start(), m.end()) if m.group("more") else "regional", m.end()) if m else None


_PLACE_HIT_VERBS = frozenset(("hit", "struck", "affected", "impacted", "disrupted", "knocked", "took", "paralysed", "paralyzed",
                              "crippled", "swept", "plunged", "left", "beyond", "unreachable", "offline", "isolated", "unavailable", "dark", "down",
                              "no"))


@lru_cache(maxsize=1)
def _place_was_hit() -> re.Pattern:
    """A place as what the outage struck: "the outage hit Spain and Portugal", "knocked out much of Ontario";
    or as the subject of such a verb: "Texas and Oklahoma were worst affected"."""
    place = _place()
    more = rf"(?P<more>(?:,\s+{place})*,?\s+(?i:and)\s+{place})?"
    return re.compile(rf"\b(?i:hit|struck|affected|impacted|disrupted|knocked\s+out|took\s+down|paralys\w+|paralyz\w+|crippled|"
                      rf"swept\s+(?:across|through)|plunged)\s+{_PLACE_PART}{place}{more}"
                      rf"|\b{_PLACE_PART}{place}(?P<more2>(?:,\s+(?:{place}|{_NAME}))*,?\s+(?i:and)\s+(?:{place}|{_NAME}))?\s+(?i:was|were|has\s+been|have\s+been)\s+"
                      rf"(?:(?i:worst|badly|hardest|also|most|heavily)\s+)?(?i:hit|affected|impacted|disrupted|left\s+without|left\s+in\s+the\s+dark|cut\s+off)\b"
                      # scope.v11: a place as the subject of a state of being cut off ("Atlanta is again unreachable", "Lisbon was
                      # offline for an hour"; not "down 2%", "down to one link")
                      rf"|(?<!'s\s)(?<!\u2019s\s)(?<![\w'\u2019-])\b{_PLACE_PART}{place}\s+(?i:is|are|was|were|went|has\s+been|had\s+been)\s+"
                      rf"(?:(?i:again|still|now|completely|entirely|largely)\s+)?(?i:unreachable|offline|isolated|unavailable|dark|down(?!\s+(?:to|by|from|\d)))\b"
                      # scope.v23: a place left without a service ("the Netherlands had no working emergency number")
                      rf"|(?<!'s\s)(?<!\u2019s\s)(?<![\w'\u2019-])\b{_PLACE_PART}{place}\s+(?i:had|has|have)\s+(?i:no)\s+(?i:working\s+|functioning\s+)?"
                      rf"(?:[a-z][\w-]*\s+){{0,2}}?(?i:number|service|signal|internet|power|connection|connectivity|coverage|access|phones?|network)\b"
                      # scope.v5: harm that spread past a place ("the trouble spread well beyond Colorado": more than that place)
                      rf"|\b(?i:spread|spreading|spreads|reached|extended|stretched)\s+(?i:well\s+|far\s+|way\s+)?(?i:beyond)\s+{place}")


# scope.v6 — harm said to be in a place: "service was also disrupted in Canada", "problems were most acute in Texas", "the site was
# down across Spain and Portugal", "the failure was felt most in Wales"
# (not "failed in": "a circuit that failed in the Southeast" tells where the cause struck)
_HARM_IN_PLACE_WORDS = frozenset(("disrupted", "affected", "impacted", "hit", "down", "offline", "unavailable", "unreachable", "acute", "worst",
                                  "severe", "felt", "degraded", "patchy", "noticeable", "pronounced", "concentrated",
                                  # scope.v23: what stopped there ("trading was halted in Paris, Amsterdam and Dublin")
                                  "halted", "suspended", "frozen", "grounded", "cancelled", "canceled"))
_PLACE_LINK_WORDS = frozenset(("in", "across", "throughout"))


@lru_cache(maxsize=1)
def _harm_said_in_place() -> re.Pattern:
    place = _place()
    return re.compile(rf"\b(?i:disrupted|affected|impacted|hit|down|offline|unavailable|unreachable|acute|worst|severe|felt|"
                      rf"degraded|patchy|noticeable|pronounced|concentrated|halted|suspended|frozen|grounded|cancell?ed)\s+(?:(?i:most|hardest|worst|mainly|mostly|largely|also|particularly|"
                      rf"especially|chiefly|primarily)\s+)?(?i:in|across|throughout)\s+{_PLACE_PART}{place}"
                      rf"(?P<more>(?:,\s+(?:{place}|{_NAME}))*,?\s+(?i:and)\s+(?:{place}|{_NAME}))?")


def _harm_in_place(sent: SentenceInfo, words: frozenset[str]) -> tuple[int, str, int] | None:
    if (words.isdisjoint(_HARM_IN_PLACE_WORDS) or words.isdisjoint(_PLACE_LINK_WORDS)
            or not _followed_within(sent, _HARM_IN_PLACE_WORDS, _PLACE_LINK_WORDS, 2) or not _names_a_place(sent)):
        return None
    m = _harm_said_in_place().search(sent.text)
    if m is None:
        return None
    return m.start(), _list_reach(sent.text, m.start(), m.end()) if m.group("more") else "regional", m.end()


# scope.v5 — places named in a list as those who reported or went through the trouble (C13): "Gatwick, Heathrow and
# Bristol all reported the same fault", "Leeds, York and Hull saw card readers fail" (one known place makes it a list of places)
_LIST_SUBJECT_VERBS = frozenset(("reported", "saw", "suffered", "experienced", "reporting", "seeing", "suffering", "experiencing"))
_LISTED_PLACES_REPORTING = re.compile(rf"\b{_NAME}(?:,\s+{_NAME})*,?\s+(?i:and)\s+{_NAME}\s+(?:(?i:all|also|both|each|have|had|were|are)\s+){{0,2}}"
                                      r"(?i:reported|saw|suffered|experienced|reporting|seeing|suffering|experiencing)\b")


def _places_reporting(sent: SentenceInfo, words: frozenset[str], _taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    if words.isdisjoint(_LIST_SUBJECT_VERBS) or "and" not in words or not _names_a_place(sent):
        return None
    for m in _LISTED_PLACES_REPORTING.finditer(sent.text):
        if _place_rx().search(sent.text, m.start(), m.end()):
            return m.start(), _list_reach(sent.text, m.start(), m.end(), unplaced="regional"), m.end()  # a list of towns: one area
    return None


def _place_hit(sent: SentenceInfo, words: frozenset[str], _taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    if words.isdisjoint(_PLACE_HIT_VERBS) or not _names_a_place(sent):
        return _harm_in_place(sent, words)
    m = _place_was_hit().search(sent.text)
    if m is None:
        return _harm_in_place(sent, words)
    return m.start(), _list_reach(sent.text, m.start(), m.end()) if m.group("more") or m.group("more2") else "regional", m.end()


# scope.v4 — where people reported trouble (C13): "problem reports in Spain alone", "complaints clustered around Lyon,
# Lille, Nice and Paris", "reports came from as far away as Japan", "most of them from Italy and Greece". A count of
# reports alone is no reach (C5); the place is where people were hit.
_REPORT_NOUNS = ("reports", "complaints", "writing in", "calling in", "in touch", "reported")
_REPORTING = ("report", "complain", "writing in", "calling in", "in touch")  # substrings of the words above and their verbs, tested first
_NEWS_REPORTS = re.compile(r"\b(?:news|press|media|earlier|local|unconfirmed|initial|some|several)\s+(?:\w+\s+)?$", re.I)
# (scope.v5: people telling the outlet of trouble: "readers are writing in from Lagos, Lima and Leeds", "calling in from")
# (scope.v6: the verb too — "outages were reported in London, Leeds and York", "users reported problems in the US, UK and India")
_REPORT_NOUN = re.compile(r"\b(?:reports|complaints|writing\s+in|calling\s+in|getting\s+in\s+touch|(?:were|was|been|being)\s+reported|"
                          r"reported\s+(?:\w+\s+)?(?:problems|issues|trouble|errors|outages|difficulties|failures|glitches|disruptions?))\b", re.I)
_PLACE_PREPOSITION = re.compile(r"\b(?:in|from|around|across|on|throughout|centred|centered)\b", re.I)


@lru_cache(maxsize=1)
def _reports_from_places() -> re.Pattern:
    place = _place()
    item = rf"(?:(?i:in|on|from|around)\s+)?(?i:parts\s+of\s+)?(?:{place}|{_NAME})"
    return re.compile(rf"(?i:in|from|around|across|on|throughout|centred\s+on|centered\s+on)\s+"
                      rf"(?i:(?:as\s+far\s+(?:away\s+)?as|both\s+coasts\s+of|parts\s+of)\s+)?"
                      rf"(?:{place}(?P<more>(?:,\s+{item})*,?\s+(?i:and|or)\s+{item})?"
                      rf"|(?P<listed>{_NAME}(?:,\s+{_NAME}){{2,}},?\s+(?i:and|or)\s+{_NAME}))")


def _reports_by_place(sent: SentenceInfo) -> tuple[int, str, int] | None:
    """Where the reports of trouble came from, told within a few words after the reports."""
    if not holds_any(sent.lower, _REPORT_NOUNS) or not _names_a_place(sent):
        return None
    text = sent.text
    for r in _REPORT_NOUN.finditer(text):
        if _NEWS_REPORTS.search(text, max(0, r.start() - 25), r.start()):
            continue  # "news reports from London" tell where the news came from
        # the place's preposition within a few words after the reports; the long pattern is tried only there
        m = next((m for p in _PLACE_PREPOSITION.finditer(text, r.end(), r.end() + 64)
                  if (m := _reports_from_places().match(text, p.start()))), None)
        if m is None:
            continue
        if m.group("listed") and not _place_rx().search(m.group("listed")):
            continue  # a list of unknown names could be firms: it needs one known place
        # a list of towns is one area (names not placed in an area count so), one over two areas is global
        return m.start(), _list_reach(text, m.start(), m.end(), unplaced="regional") if m.group("more") else "regional", m.end()
    return None


@lru_cache(maxsize=1)
def _place_rx() -> re.Pattern:
    return re.compile(_place())


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*")


def _list_reach(text: str, lo: int, hi: int, unplaced: str = "global") -> str:
    """The reach of a list of places in text[lo:hi] (scope.v5): regional when every name from the first known place on
    is a known place and all lie in one area ("Spain and Portugal", "Texas and California"), global over two areas or
    more ("Europe and Japan", "Britain and the US", "Canada and Mexico"); a name we cannot place gives `unplaced`."""
    if _ENDS_BEYOND.search(text, lo, hi):
        return "global"  # "across Europe and beyond"
    first = _place_rx().search(text, lo, hi)
    if first is None:
        return unplaced
    areas = set()
    for run in _CAPITALISED_RUN.finditer(text, first.start(), hi):
        name = run.group(0) if run.group(0) in area_of_place() else run.group(0).rstrip(".")
        area = area_of_place().get(name.removeprefix("The "))
        if area is None:
            return unplaced
        if area == "_several":
            return "global"
        areas.add(area)
    return "regional" if len(areas) == 1 else "global"


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


@lru_cache(maxsize=1)
def _area_nouns() -> frozenset[str]:
    """Area nouns in both numbers, as the sentence's words are looked up."""
    classes = _word_classes()
    nouns = [n.split()[-1] for n in classes["area_nouns_regional"] + classes["area_nouns_global"]]
    return frozenset(nouns + [n[:-1] + "ies" if n.endswith("y") else n + "s" for n in nouns])


def _where_it_was_hit(sent: SentenceInfo, words: frozenset[str], _taken: list[tuple[int, str, int]]) -> tuple[int, str, int] | None:
    """A place phrase that tells where the harm reached: "in every state", "in three provinces" (within one country: regional),
    "on every continent" (global), "across the region", "all over the world", "across Canada"."""
    text = sent.text
    if not words.isdisjoint(_area_nouns()) or not words.isdisjoint(_site_forms()):
        classes = _word_classes()
        for m in _AREA.finditer(text):
            singular = _singular(m.group("area").lower())
            if singular in classes["area_nouns_regional"] or singular in _site_singulars():
                return m.start(), "regional", m.end()  # "in every state", "shops in three provinces"; scope.v7: "at several airports"
            if singular in classes["area_nouns_global"] and (m.group("all") or m.group("many") or "dozens" in m.group(0).lower() or int(m.group("n") or 0) >= 10):
                if _OF_ONE_COUNTRY.match(text, m.end()):
                    return m.start(), "regional", m.end()  # scope.v24: "in every region of the country" is within one
                return m.start(), "global", m.end()  # "on every continent", "in 20 countries" (a few countries are left open)
    if text.startswith(_FRONTED_PLACE_STARTS) and _names_a_place(sent):
        m = _fronted_place().match(text)
        if m:  # the place frames the whole sentence: its quote runs to the sentence's end
            return m.start(), _list_reach(text, m.start(), m.end()) if m.group("more") else "regional", len(text.rstrip(" .!\n"))
    if words.isdisjoint(_AREA_WHOLE_GATE) and "all" not in words and (
            words.isdisjoint(_AREA_WHOLE_COMMON_STARTS) or words.isdisjoint(_WHOLE_AREA_WORDS)) and words.isdisjoint(_PART_OR_CONFINED_GATE):
        return None
    m = _AREA_WHOLE_ON_LOWER.search(sent.lower) if text.isascii() else _AREA_WHOLE.search(text)
    if m:
        return m.start(), "global" if m.group("world") else "regional", m.end()
    if not _names_a_place(sent):
        return None
    if not words.isdisjoint(_WHOLE):
        m = _whole_place().search(text)
        if m:
            return m.start(), "regional", m.end()  # "the entire East Coast", "all of Portugal"
    m = _across_a_place().search(text) if not words.isdisjoint(_ACROSS_WORDS) else None
    if m:
        return m.start(), _list_reach(text, m.start(), m.end()) if m.group("more") else "regional", m.end()
    m = _place_part_or_confined().search(text) if not words.isdisjoint(_PART_OR_CONFINED_GATE) else None
    if m and _has_harm(_own_clause(text, m.start(), m.end())):  # (not "the early hours in much of Asia": a time zone)
        return m.start(), "regional", m.end()  # "down in parts of Texas", "largely confined to Europe"
    return None


@lru_cache(maxsize=1)
def _site_singulars() -> frozenset[str]:
    """scope.v7: the site nouns (airports, stations, branches, ...) in the singular, as places a quantity of which is a regional reach
    ("passengers at several airports", "at every branch"); not homes or households, which are those hit."""
    return frozenset(_singular(n) for n in _word_classes()["site_nouns"] if n not in ("homes", "households"))


@lru_cache(maxsize=1)
def _site_forms() -> frozenset[str]:
    return _site_singulars() | frozenset(n for n in _word_classes()["site_nouns"] if n not in ("homes", "households"))


# scope.v24: the areas counted lie in one country or smaller area ("every region of the country", "each province in the nation")
_OF_ONE_COUNTRY = re.compile(r"\s+(?:of|in|across)\s+(?:the|this|that|our|its|their)\s+(?:country|nation|state|province|island|county|city)\b", re.I)


_PART_OR_CONFINED_GATE = frozenset(("parts", "swathes", "swaths", "much", "most", "confined", "restricted", "contained", "half", "third",
                                    "quarter", "thirds", "quarters", "limited", "isolated", "localised", "localized"))


@lru_cache(maxsize=1)
def _place_part_or_confined() -> re.Pattern:
    """Part of a named place, or a reach held to one (scope.v5): "were down in parts of Texas", "much of Ontario",
    "largely confined to Europe"."""
    # (scope.v6: a fraction of a named place, "for half of Portugal", "across a third of Ontario")
    return re.compile(rf"\b(?i:in|on|for|across|throughout)\s+(?i:(?:large\s+|many\s+|wide\s+)?(?:parts|swathes|swaths|much|most|half|a\s+third|"
                      rf"a\s+quarter|two-thirds|three-quarters)\s+of\s+){_place()}"
                      # (scope.v8: "limited to" and "concentrated in" a place are a reach held to it, "largely limited to Latin America")
                      rf"|\b(?i:confined|restricted|contained|limited|isolated|localised|localized)\s+(?i:to)\s+(?i:(?:parts|much|most)\s+of\s+)?{_place()}")


@lru_cache(maxsize=1)
def _count_pattern() -> re.Pattern:
    return re.compile(rf"{_COUNT_HEAD}(?P<who>(?i:{_alternation(_counted_nouns())}))\b(?!\s+of\s+code)")


_CONNECTOR = re.compile(r"\s(?:and|but|while|whereas|after|before|because|so|until|then)\s", re.I)
_CONNECTOR_ON_LOWER = re.compile(_CONNECTOR.pattern)  # (case-sensitively on lower-cased ASCII text: the same places)


def _own_clause(text: str, lo: int, hi: int, bounds: tuple[int, int] | None = None) -> str:
    """The clause holding text[lo:hi], also cut at connectives: "nobody else was hit, and the data was restored"
    states a reach in its first clause and a recovery in its second. `bounds`: _clause_around's, when known."""
    qs, qe = bounds or _clause_around(text, lo, hi)
    connector, scanned = (_CONNECTOR_ON_LOWER, text.lower()) if text.isascii() else (_CONNECTOR, text)
    before = [m.end() for m in connector.finditer(scanned, qs, lo)]
    after = connector.search(scanned, hi, qe)
    return text[(before[-1] if before else qs):(after.start() if after else qe)]


def _is_heading(text: str) -> bool:
    """A status-page heading ("Widespread platform errors") names the incident; the updates under it state its reach."""
    if text.rstrip().endswith((".", "!", '"', "”", ")")):
        return False  # most sentences: tested before splitting
    words = text.split()
    return len(words) <= 8 and not any(w.lower() in ("is", "are", "was", "were", "have", "has") for w in words)


def _is_title_line(doc: Doc, sent: SentenceInfo) -> bool:
    """scope.v10: the document's first line, standing alone without a full stop, is its title ("Elevated errors for
    storage in eu-west-2" over a status page's updates): it names the incident, of any length; the updates state its reach."""
    return sent.start == 0 and not sent.text.rstrip().endswith((".", "!", "?", '"', "”", ")")) and doc.text[sent.end:sent.end + 1] == "\n"


def _token_at(doc: Doc, sent: SentenceInfo, char: int) -> int:
    """The sentence's first token that ends after `char`."""
    tokens = sent.tokens
    for i in range(sent.span.start, sent.span.end):
        if tokens.idx[i] + tokens.length[i] > char:
            return i
    return sent.span.start


# Everything that makes a clause's reach no reach of this outage, in one pass over the clause.
_NO_REACH_IN_CLAUSE = re.compile("|".join(f"(?:{rx.pattern})" for rx in (_NOT_REACH, _DEPENDENCE, _NOT_HARM_TO_USERS, _SIZE)), re.I)
_has_no_reach_word = CaselessTest(_NO_REACH_IN_CLAUSE)  # the same test, faster on ASCII text
_has_propagation = CaselessTest(_PROPAGATION)
_REPORT_COUNT = re.compile(r"\b(?:\d[\d,.]*|thousands|millions|hundreds|dozens)\s+(?:(?:of|more)\s+)?(?:[\w-]+\s+)?(?:reports|complaints)\b", re.I)
# The first words of _PROPAGATION's nouns and verbs: the pattern (slow: a gap of words between them) runs only with one
_CHANGE_WORDS = ("chang", "updat", "config", "rule", "file", "patch", "fix", "setting", "polic", "rollout", "command", "toggle", "flag",
                 "script", "release", "replicat", " out to", "packet", "frames", "datagram", "routes", "announcements", "advertisements")


# ("since" before a time is a point in time: "since about 6 a.m.", "since Monday", "since then")
_REASON = re.compile(r"\b(?:[Ss]o\s+that|[Ii]n\s+order\s+(?:to|that)|[Bb]ecause|[Ss]ince(?!\s+(?:(?:about|around|roughly|approximately|shortly\s+after|early|late)\s+)?"
                     r"(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|"
                     r"November|December|then\b|yesterday|today|last\b|this\b|the\s+(?:morning|afternoon|evening|weekend|start))))\b")


def _in_reason_clause(text: str, lo: int) -> bool:
    """Whether text[lo] sits in a clause of reason, which tells the mechanism (C5): "recovery is slow because each
    server must rebuild its state". A reach in the main clause after a fronted reason still counts."""
    m = None
    for m in _REASON.finditer(text, 0, lo):
        pass
    return m is not None and not any(mark in text[m.end():lo] for mark in ",;:")


def _no_reach_in(clause: str, reports_placed: bool = False) -> bool:
    """Whether the clause is recovery, a plan, a habit, a size, a business consequence, a count of reports or the
    travel of a change rather than the reach of this outage's harm. `reports_placed`: the reach is where the
    reports came from, so their count does not cancel it."""
    low = clause.lower()
    if _has_no_reach_word(clause, low):
        return True
    if holds_any(low, _RARER_NO_REACH_GATE) and _RARER_NO_REACH.search(clause):
        return True
    if not reports_placed and ("report" in low or "complaint" in low) and _REPORT_COUNT.search(clause):
        return True
    return holds_any(low, _CHANGE_WORDS) and _has_propagation(clause, low)
_CONDITIONAL = ("If ", "Whenever ", "Unless ", "Should ", "Had ", "Were it not ")  # (scope.v9: "Had the fault spread, millions ...")  # a sentence that opens on a condition tells what would happen
# scope.v6: a sentence that opens on what happens whenever something fails tells a habit, not this outage ("When the biggest chatbot
# disappears, millions of people go looking for the next one", "Every time the network goes down, ...")
_GENERIC_WHEN_STARTS = ("When ", "Every time ", "Each time ", "Any time ")
_GENERIC_WHEN = re.compile(r"(?:When|Every\s+time|Each\s+time|Any\s+time)\s+(?:[\w'-]+\s+){0,5}?(?:is|goes|fails|breaks|disappears|crashes|stops|"
                           r"dies|falters|happens|occurs|hiccups|stumbles)\b")


# In a clause of lingering harm for a few (C12) a recovery word tells that the harm lingers, not that it is over:
# "a small number of services are still recovering", "some users may continue to see slow pages".
_LINGERS = re.compile(r"\b(?:still|slower|slow\s+to|longer\s+to|(?:hours|days|weeks)\s+to\s+(?:recover|come\s+back|return|catch\s+up)|but\s+not\s+(?:on|in|for|at|from|with)|backlogs?|(?<![Ww]e\s)continue\s+to\s+(?:see|experience|have|face)|"
                      r"(?:remain\w*|stay\w*)\s+(?:well\s+|slightly\s+|somewhat\s+)?(?:above|elevated|high|higher|degraded|impaired))\b", re.I)
# A recovery denied is harm that goes on (scope.v5): "was still not fixed on Friday", "has not yet been restored",
# "hasn't recovered", "is yet to be resolved"
_NEGATED_RECOVERY = re.compile(r"(?:\bnot|n't|\bnever|\byet\s+to\s+be)\s+(?:yet\s+)?(?:been\s+)?(?:fully\s+)?"
                               r"(?:fix\w*|restor\w*|recover\w*|resolv\w*|repair\w*|back)\b", re.I)
_NEGATION_WORDS = ("not", "n't", "never", "yet to")
_RECOVERY_WORDS = re.compile(r"\b(?:restor\w*|repair\w*|bring\w*\s+(?:\w+\s+){0,3}back|recover(?:ed|ing|y)?|(?:coming|come)\s+back|(?:is|was|were|are|came|comes)\s+back|back\s+(?:online|up)|"
                             r"(?:available|working|online|up|running|loading|reachable|accessible|live|functioning|operational)\s+again|continues?\s+to|work(?:ing)?\s+through|catch(?:ing)?\s+up|will)\b", re.I)
# "affected less than 1% of users": a bound on the quantity, not a reading set aside (scope.v5)
_BOUND_BEFORE = re.compile(r"\b(?:less|fewer|more|no\s+more)\s+than\s+$", re.I)
# "had never seen the whole country stuck at once": a comparison with the past, not a denial
_NEVER_BEFORE = re.compile(r"\bnever\s+(?:before\s+)?(?:seen|known|witnessed|experienced)\b", re.I)


def _no_reach_of(clause: str, value: str, reports_placed: bool) -> bool:
    if not _no_reach_in(clause, reports_placed):
        return False  # (most reaches: one test)
    if holds_any(clause.lower(), _NEGATION_WORDS) and _NEGATED_RECOVERY.search(clause):
        clause = _NEGATED_RECOVERY.sub(" ", clause)  # "the failure across the region was still not fixed": harm goes on
        if not _no_reach_in(clause, reports_placed):
            return False
    if value != "global" and _LINGERS.search(clause):  # ("recovery in us-central1 is slower": regional)
        return _no_reach_in(_RECOVERY_WORDS.sub(" ", clause), reports_placed)
    return True


# scope.v10 — service back for most, told as under way or just done (present perfect or progressive: "has come back for most
# users", "most regions are recovering", "the majority of hosts have been restored"): those not yet back are still hit, a limited
# reach (C12), regional when the sentence names a place. Told as a finished story in the simple past ("most of you could sync again
# by noon", "by six the bulk of the machines were working") it states no reach.
_MOST_OF = r"(?:(?<!the\s)most|the\s+(?:vast\s+|great\s+|overwhelming\s+)?(?:majority|bulk)\s+of)"  # (not "nearly all": told as done)
_BACK_NOW = (r"(?:(?:has|have)\s+(?:now\s+|largely\s+|mostly\s+|since\s+)?(?:been\s+)?(?:restored|recovered|reconnected|come\s+back|returned|resumed)|"
             r"(?:is|are|was|were)\s+(?:now\s+|slowly\s+|gradually\s+|steadily\s+)?(?:coming\s+back|recovering|returning|being\s+(?:restored|recovered|reconnected)))")
_BACK_FOR_MOST = re.compile(rf"\b{_BACK_NOW}(?:\s+[\w-]+){{0,6}}?\s+for\s+{_MOST_OF}\s+[\w-]+", re.I)
_MOST_BACK = re.compile(rf"\b{_MOST_OF}\b[^,;:.!?]{{0,120}}?\b{_BACK_NOW}\b", re.I)
_PARTLY_BACK_GATE = ("most", "majority", "bulk")


def _partly_back_now(doc: Doc, sent: SentenceInfo) -> Finding | None:
    """A recovery still under way for the rest ("power has been restored for most homes"): a limited or regional reach."""
    text = sent.text
    if not holds_any(sent.lower, _PARTLY_BACK_GATE) or text.startswith(_CONDITIONAL):
        return None
    placed = _names_a_place(sent) or re.search(_CLOUD_REGION, text) is not None
    # back FOR most of those hit tells who is still out; most things back, with no place named, is a progress note
    # ("most services have recovered"), but in a place named it is that place's update (C11: "most hosts in eu-west-1 are recovering")
    m = _BACK_FOR_MOST.search(text) or (_MOST_BACK.search(text) if placed else None)
    if m is None or _PLAIN_NEGATION.search(m.group()):
        return None  # ("has not come back for most users": harm to most, read by the other rules)
    qs, qe = _clause_around(text, m.start(), m.end())
    value = "regional" if placed else "limited"
    return Finding("scope", value, "asserts", _token_at(doc, sent, sent.start + m.start()), sent.start + qs, sent.start + qe)


def scope_findings(doc: Doc, sent: SentenceInfo) -> list[Finding]:
    """How far the outage reached, as the sentence states it: one finding per reach stated in its own
    clause ("described the affected users as some people, a phrase at odds with failures on four continents");
    else a recovery still under way for the rest (scope.v10); else harm that may linger for the reader, those the harm
    was held to, or a provider's site in a named place under attack (scope.v12)."""
    found = _reaches_told(doc, sent)
    if not found:
        for reader in (_partly_back_now, _lingering_if, _only_those, _site_under_attack, _not_for_any):
            reach = reader(doc, sent)
            if reach is not None:
                found = [reach]
                break
    if found and _home_country_of(doc) is not None:
        found = [_held_to_home_country(sent, f) for f in found]
    return found


# scope.v13 — a national provider's count is the country's ("millions of you could not call", "anyone trying to file online
# hit an error"): a carrier, a national bank or a government agency serves one country (providers.json home_country), so a
# global reading with no word of the world in it is regional, in a document whose text names no place outside that country and
# no word of the world or of abroad ("worldwide", "international roaming", "customers travelling overseas"). Not a global
# provider (a cloud, a social network: no home country), nor a reading whose own words are the world's ("across the globe").
_BEYOND_HOME = re.compile(r"\b(?:world(?:-?wide)?|globe|global(?:ly)?|international(?:ly)?|abroad|overseas|continents?|"
                          r"other\s+countries|foreign)\b", re.I)
# doc.user_data: the canonical provider the extractor chose for the document (its title and metadata included), set before
# the sentences are read; without it, the provider the text names most
DOC_PROVIDER_KEY = "ow_doc_provider"
_HOME_KEY = "ow_scope_home_country"  # doc.user_data: the document's home country, or "" (none), found once per document


def _home_country_of(doc: Doc) -> str | None:
    """The home country of the provider the document names most, when its text stays inside that country."""
    kept = doc.user_data
    home = kept.get(_HOME_KEY)
    if home is None:
        home = _find_home_country(doc)
        kept[_HOME_KEY] = home
    return home or None


def _document_provider(doc: Doc) -> str | None:
    """The provider the extractor chose for the document when it says so (DOC_PROVIDER_KEY), else the one its text names most."""
    chosen = doc.user_data.get(DOC_PROVIDER_KEY)
    if chosen:
        return chosen
    counts: dict[str, int] = {}
    for label, ent_id, *_rest in doc.user_data.get(ENTS_KEY) or ():
        if label == "PROVIDER" or label == "SERVICE":
            name = ent_id.split("|", 1)[0]
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    top = max(counts.values())  # (dict order: the first named wins a tie)
    return next(n for n, c in counts.items() if c == top)


def _find_home_country(doc: Doc) -> str:
    name = _document_provider(doc)
    provider = load_gazetteer().provider(name) if name else None
    home = provider.home_country if provider is not None else None
    if not home:
        return ""
    text = doc.text
    if _BEYOND_HOME.search(text):
        return ""
    inside = _places_inside(home)
    for m in _any_place_rx().finditer(text):
        if m.group() not in inside:
            return ""
    return home


@lru_cache(maxsize=None)
def _places_inside(country: str) -> frozenset[str]:
    """The place names and place adjectives that lie in the country ("Ontario", "Canadian" for Canada)."""
    listed = _word_classes().get("home_places", {}).get(country)
    names = set(listed) if listed is not None else {n for n, area in area_of_place().items() if area == country}
    names |= {adj for adj, place in _word_classes()["place_adjectives"].items() if place in names}
    return frozenset(names)


@lru_cache(maxsize=1)
def _any_place_rx() -> re.Pattern:
    """Every place name regions.json places in an area, and every place adjective, as written ("Texas", "European")."""
    names = set(area_of_place()) | set(_word_classes()["place_adjectives"])
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])")


def _held_to_home_country(sent: SentenceInfo, f: Finding) -> Finding:
    if f.normalized != "global" or f.polarity != "asserts":
        return f
    quote = sent.text[f.quote_start - sent.start:f.quote_end - sent.start]
    if _WIDE_OR_EVERY.search(quote) or _BEYOND_HOME.search(quote):
        return f
    return replace(f, normalized="regional")


# scope.v12 — a condition on harm that lingers, told to the reader ("If you are still seeing errors, ...", "If the app still won't
# load for you, ..."): lingering harm for a few (C12), limited. Not a condition with no harm ("If you still have questions"), nor a
# counterfactual ("If the outage had spread, ...": no "still").
_IF_STILL = re.compile(r"If\s+[^,;:.!?]*?\bstill\b[^,;:.!?]*")
_COUNTERFACTUAL = re.compile(r"\b(?:had|would|were\s+to)\b", re.I)


def _lingering_if(doc: Doc, sent: SentenceInfo) -> Finding | None:
    text = sent.text
    if not text.startswith("If ") or "still" not in sent.lower:
        return None
    m = _IF_STILL.match(text)
    if m is None or _COUNTERFACTUAL.search(m.group()) or not _has_harm(m.group()):
        return None
    return Finding("scope", "limited", "asserts", _token_at(doc, sent, sent.start), sent.start, sent.start + m.end())


# scope.v12 — those the harm was held to, told by "only" and a restrictive relative clause with no verb of its own after it: the
# answer to who was hit ("Only people who had updated the app overnight.", "..., and only on machines where the agent ran as root",
# "Not everyone: only users whose phones run the old version, which ..."): a limited reach with no word of harm in the sentence.
# Not a rule or an offer ("Only engineers who hold a key can push changes", "only customers who ask will get a refund").
_ONLY_THOSE = re.compile(rf"(?:^|[:;]\s+|,?\s+and\s+)(?i:only)\s+(?:(?i:on|in|for|at)\s+)?(?:(?i:the|those)\s+)?(?:[\w-]+\s+)?"
                         rf"(?i:{_MANY_UNIT}|people|systems|those)\s+(?i:who|whose|where|that)\s+(?P<rel>[^,;.!?]*)")
_RULE_OR_OFFER = re.compile(r"\b(?:can|could|will|would|may|might|must|should|shall|need|needs|is|are|get|gets|receive|receives|qualify|"
                            r"qualifies|eligible)\b|n['\u2019]t\b", re.I)
_RELATIVE_CLAUSE_ENDS = re.compile(r"\s*(?:$|[.!?]|,\s+which\b|;)")


def _only_those(doc: Doc, sent: SentenceInfo) -> Finding | None:
    text = sent.text
    if "only" not in sent.lower or text.rstrip().endswith("?") or text.startswith(_CONDITIONAL):
        return None
    m = _ONLY_THOSE.search(text)
    if m is None or _RULE_OR_OFFER.search(m.group("rel")) or not _RELATIVE_CLAUSE_ENDS.match(text, m.end()):
        return None
    lo = text.lower().index("only", m.start())
    return Finding("scope", "limited", "asserts", _token_at(doc, sent, sent.start + lo), sent.start + lo, sent.start + m.end())


# scope.v17: a share of the whole below a half, told beside a count ("about 5% of the total", "a tenth of its customers")
# scope.v19: an attacker's record: a perfect "has hit" or "have been hit" with a span of time ("since it appeared", "over the
# past two years", "in the past"), in a sentence that names the attacker (_ATTACKER_WORDS)
_OTHER_VICTIMS = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?(?:hit|targeted|attacked|struck|breached|compromised|crippled|"
                            r"extorted)\b[^.;]*?\b(?:since|over\s+the\s+(?:past|last)|in\s+the\s+past|in\s+recent\s+(?:years|months)|"
                            r"previously|so\s+far\s+this\s+year)\b", re.I)
_ATTACKER_WORDS = re.compile(r"\b(?:ransomware|gang|group|groups|hackers|attackers|strains?|malware|botnet|crew|affiliates)\b", re.I)
# scope.v19: a count that is a survey's sample ("a survey of 300 customers", "a poll of 2,000 adults")
_SAMPLE_BEFORE = re.compile(r"\b(?:survey(?:ed)?|surveys|poll(?:ed)?|polls|study|studies|questionnaire|interview(?:ed)?)\s+"
                            r"(?:of\s+)?(?:more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+)?$", re.I)
# scope.v19: a number and "of its" before a count: the count is the whole, the number the part hit
_PART_BEFORE = re.compile(r"\b(\d{1,3}(?:,\d{3})*|\d+(?:\.\d+)?)\s*(m|mn|k|bn|million|thousand|billion)?\s+of\s+"
                          r"(?:its|their|our|the|[A-Z][\w&-]*['’]s)\s+(?:roughly\s+|about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?$")


def _amount(digits: str, multiplier: str | None) -> float:
    return float(digits.replace(",", "")) * _MULTIPLIERS.get((multiplier or "").lower(), 1)


_SMALL_SHARE = re.compile(r"\b(?:(?:[1-9]|[1-4]\d)(?:\.\d+)?\s?(?:%|per\s?cent|percent)|a\s+(?:tenth|fifth|quarter|third|"
                          r"fraction|small\s+share|small\s+part))\s+of\b", re.I)


# scope.v17 — a use denied for any unit at all ("jobs are not starting in any region", "could not transcribe meetings for any
# customer"): none was served, a global reach. Not a harm denied for any ("no data was lost for any customer": _NEGATED_USE
# holds only verbs of a service working, "could not" any verb of doing).
_FOR_ANY = re.compile(r"\b(?:in|for|from|to|at|on|across|by)\s+any\s+(?:single\s+)?(?:of\s+(?:its|our|their|the)\s+)?"
                      r"(?P<unit>[a-z]+(?:\s+zone)?)\b", re.I)
_COULD_NOT_DO = re.compile(r"\b(?:could\s+not|couldn['\u2019]t|cannot|can['\u2019]t|were\s+unable\s+to|was\s+unable\s+to|unable\s+to)\s+[a-z]", re.I)
_ANY_AREAS = frozenset("region regions zone zones country countries location locations market markets site sites".split())


def _not_for_any(doc: Doc, sent: SentenceInfo) -> Finding | None:
    text = sent.text
    if " any " not in sent.lower or text.rstrip().endswith("?") or text.startswith(_CONDITIONAL):
        return None
    m = _FOR_ANY.search(text)
    if m is None:
        return None
    unit = m.group("unit").lower()
    if unit not in _ANY_AREAS and _singular(unit) not in _hit_singulars():
        return None
    before = text[:m.start()]
    words = frozenset(sent.tokens.lower[sent.span.start:sent.span.end])
    if not (_negated_use(before, before.lower(), words) or _COULD_NOT_DO.search(before)):
        return None
    return Finding("scope", "global", "asserts", _token_at(doc, sent, sent.start + m.start()), sent.start, sent.start + m.end())


# scope.v12 — a provider's site in a named place as the target of an attack or an issue ("a denial-of-service attack against our
# Dallas data centre", "an issue affecting our Frankfurt facility", "its Asian servers have been under attack since Monday", "the
# European data centres have been the target of DDoS floods"): the place is where the harm was (regional; two areas, global). Not a
# site with no harm aimed at it ("opened a new data centre in Dallas"), nor one denied ("the attack never reached our Asian servers").
_OPERATOR_SITE = r"(?i:data\s*cent(?:re|er)s?|datacent(?:re|er)s?|servers|server\s+farms?|facilit(?:y|ies)|points?\s+of\s+presence|PoPs?)"
_ATTACK = r"(?i:(?:DDoS|denial[- ]of[- ]service)(?:\s+attacks?)?|(?:cyber-?)?attacks?|floods?|(?:connectivity\s+|network\s+)?(?:issues?|problems?))"
_AIMED_AT = r"(?i:against|on|affecting|targeting|targetting|hitting|aimed\s+at)"
_UNDER_ATTACK = (r"(?i:(?:have|has|had)\s+been|(?:is|are|was|were)(?:\s+being)?)\s+(?i:under\s+(?:[\w-]+\s+){0,2}?attacks?|the\s+targets?\s+of|"
                 r"targeted|attacked|hit\s+by|flooded)\b")


@lru_cache(maxsize=1)
def _site_under_attack_rx() -> re.Pattern:
    adjectives = _alternation(list(_word_classes()["place_adjectives"]))
    owner = r"(?:(?i:its|our|their|the)\s+|(?:the\s+)?[\w.&-]+(?:'s|\u2019s)\s+)?"
    return re.compile(rf"\b{_ATTACK}\s+{_AIMED_AT}\s+{owner}(?:(?P<adj>{adjectives})|{_place()})\s+{_OPERATOR_SITE}\b"
                      rf"|\b(?:(?P<adj2>{adjectives})|{_place()})\s+(?:[A-Za-z][\w-]*\s+)?{_OPERATOR_SITE}\s+{_UNDER_ATTACK}"
                      # (the attack told in the active voice: "attackers have targeted our European data centres")
                      rf"|\b(?i:targeted|targeting|attacked|attacking|flooded|flooding)\s+{owner}(?:(?P<adj3>{adjectives})|{_place()})\s+"
                      rf"(?:[A-Za-z][\w-]*\s+)?{_OPERATOR_SITE}\b")


_SITE_WORDS = ("data", "datacent", "server", "facilit", "point", "pop")


# (an attack that spread to the provider's sites in named places: "the attacks have since spread to its other locations, including
# Dallas, Newark and London", "the attacks moved on to every one of our data centres, in the US, Europe and Asia": the places listed
# give the reach)
_ATTACK_SPREAD = re.compile(rf"\b{_ATTACK}\s+(?:(?:have|has|had)\s+)?(?:(?:since|then|later|soon|quickly)\s+)?"
                            r"(?:spread|moved(?:\s+on)?|extended|widened|expanded|jumped)\s+to\b")


def _site_under_attack(doc: Doc, sent: SentenceInfo) -> Finding | None:
    text = sent.text
    low = sent.lower
    if "attack" in low and holds_any(low, ("spread", "moved", "extended", "widened", "expanded", "jumped")):
        spread = _attack_spread(doc, sent)
        if spread is not None:
            return spread
    if not holds_any(low, _SITE_WORDS) or not holds_any(low, ("attack", "ddos", "denial", "flood", "issue", "problem", "target")):
        return None
    m = _site_under_attack_rx().search(text)
    if m is None or text.startswith(_CONDITIONAL) or text.rstrip().endswith("?"):
        return None
    qs, qe = _clause_around(text, m.start(), m.end())
    if _PLAIN_NEGATION.search(_own_clause(text, m.start(), m.end(), (qs, qe))):
        return None
    adjective = m.group("adj") or m.group("adj2") or m.group("adj3")
    value = "regional"
    if adjective and area_of_place().get(_word_classes()["place_adjectives"].get(adjective, "")) == "_several":
        value = "global"
    return Finding("scope", value, "asserts", _token_at(doc, sent, sent.start + m.start()), sent.start + qs, sent.start + qe)


def _attack_spread(doc: Doc, sent: SentenceInfo) -> Finding | None:
    text = sent.text
    m = _ATTACK_SPREAD.search(text)
    if m is None or text.startswith(_CONDITIONAL) or text.rstrip().endswith("?") or not _names_a_place(sent):
        return None
    qs, qe = _clause_around(text, m.start(), m.end())
    qe = max(qe, len(text.rstrip(" .!\n")))  # (the list of places runs past a comma: "..., including Dallas, Newark and London")
    if _PLAIN_NEGATION.search(text, m.start(), qe) or _place_rx().search(text, m.end(), qe) is None:
        return None
    value = _list_reach(text, m.end(), qe, unplaced="global")
    return Finding("scope", value, "asserts", _token_at(doc, sent, sent.start + m.start()), sent.start + qs, sent.start + qe)


def _reaches_told(doc: Doc, sent: SentenceInfo) -> list[Finding]:
    text = sent.text
    # a reach states harm (tested first: cheapest), or where people reported trouble (C13)
    harmed = _has_harm(text, sent.lower, sent)
    if not (harmed or holds_any(sent.lower, _REPORTING)) or text.rstrip().endswith("?") or text.startswith(_CONDITIONAL):
        return []
    if text.startswith(_GENERIC_WHEN_STARTS) and _GENERIC_WHEN.match(text):
        return []
    if (_is_heading(text) or _is_title_line(doc, sent)) and not _quantified_hit_noun().match(text):
        return []  # a heading names the incident, unless it starts with who was hit ("Some users unable to sign in")
    candidates = _reach_candidates(doc, sent) if harmed else _places_reported(sent)
    placed_reports = _reports_by_place(sent)
    if placed_reports is not None and not any(s <= placed_reports[0] < e or placed_reports[0] <= s < placed_reports[2] for s, _, e in candidates):
        candidates = sorted([*candidates, placed_reports])
    out: list[Finding] = []
    for lo, value, hi in candidates:
        qs, qe = _clause_around(text, lo, hi)
        if any(f.normalized == value or f.quote_start < sent.start + qe and sent.start + qs < f.quote_end for f in out):
            continue  # one claim per reach and clause
        clause = _own_clause(text, lo, hi, (qs, qe))
        if ", " in clause and _ASIDE.search(clause):
            clause = _ASIDE.sub(" ", clause)  # scope.v9: an aside on who they were is not what happened to them ("those whose volumes needed repair")
        if _no_reach_of(clause, value, (lo, value, hi) == placed_reports) and not _reach_past_relative(text, lo, hi, clause, value) or _in_reason_clause(text, lo):
            continue
        if value == "global" and _generic_every(text, lo, hi, clause):
            continue
        if _CONSEQUENCES_AFTER.match(text, hi):
            continue  # scope.v10: a count of an operator's cancellations or delays is a business consequence (C5)
        if value != "regional" and _counts_trips(text, lo, hi):
            continue  # scope.v12: a count of trips run or cancelled ("hundreds of cancelled flights") is a business consequence (C5)
        if _APOLOGY_TO.search(text, max(0, lo - 40), lo):
            continue  # scope.v7: those apologised or spoken to ("sorry to every customer we let down") are addressed, not counted
        if _ATTACKER_WORDS.search(text) and _OTHER_VICTIMS.search(text):
            continue  # scope.v19: an attacker's other victims over time ("a gang that has hit hundreds of organisations since
            # it appeared", "councils around the world have been hit by the same gang in the past") are no reach of this outage
        if _HOSTED_ON_BEFORE.search(text, max(0, lo - 40), lo):
            continue  # scope.v11: what others sit or run on ("how much of the web sits behind a handful of providers") is no count of those hit
        if _is_unharmed(text[qs:qe]) and _spared(clause, text[lo:qe]):  # (one cheap test for most reaches)
            continue  # what was spared is no reach (C12): "Mac hosts were not affected", "its DNS kept running"
        tok = _token_at(doc, sent, sent.start + lo)
        pol = "denies" if (negated(doc, sent, tok, window=4) and not _NEVER_BEFORE.search(text, 0, lo)
                           and not _BOUND_BEFORE.search(text, max(0, lo - 16), lo) and not _use_denied_before(text, lo)) else "asserts"
        if pol == "denies" and _ACCESS_REFUSED.search(text[qs:qe]) and not _PLAIN_NEGATION.search(text[qs:qe]):
            pol = "asserts"  # scope.v8: "were denied access", "access was refused": harm, not a denial of the reach
        if pol == "denies" and value == "global":
            value, pol = "limited", "asserts"  # scope.v5: "this was not a total outage", "not everyone was affected": a narrow reach
        out.append(Finding("scope", value, pol, tok, sent.start + qs, sent.start + qe))
    return out[:2]


# scope.v12 — a count of an operator's trips ("put the damage at hundreds of cancelled flights", "more than 100 flights were
# cancelled", "delays had reached hundreds of flights"): what the operator lost, not who was hit (C5: cancelled flights are a
# business consequence). Not those on them ("thousands of passengers had flights cancelled"), nor a part of them ("some
# flights were hit") or the trips of a place ("every flight in the United States": regional, kept by the caller).
_TRIPS_COUNTED = re.compile(r"(?:\d[\d,.]*|hundreds|thousands|dozens|scores)\s+(?:more\s+)?(?:of\s+)?(?:(?:[\w-]+)\s+)?"
                            r"(?:flights|departures|arrivals|trains|sailings|journeys)\b", re.I)
_TRIP_WORDS = ("flights", "departures", "arrivals", "trains", "sailings", "journeys")


def _counts_trips(text: str, lo: int, hi: int) -> bool:
    if not holds_any(text[lo:hi + 40].lower(), _TRIP_WORDS):
        return False
    m = _TRIPS_COUNTED.search(text, lo, hi + 40)
    return m is not None and m.start() < hi


# scope.v10 — a generic present: every/each as the subject of a verb in the simple present, with no harm in its own clause, tells
# how things always are, not whom this outage hit ("Each of our plants has two feeds", "Every bank runs a ledger like this, and
# when it fails ..."). The simple present of a verb of harm ("every store is offline") and the present perfect ("every node has
# lost power") still state a reach.
# "a small number of cancellations", "some delays" (not "some customers may see delays": those counted are people)
_CONSEQUENCES_AFTER = re.compile(r"\s+(?:(?:residual|further|more|late|knock-on|short|long)\s+)?(?:cancellations|delays|diversions)\b", re.I)
_EVERY_SUBJECT = re.compile(r"(?:every|each)\b", re.I)
_OPENING_QUOTES = "\"'\u201c\u2018"
_PAST_PARTICIPLES = frozenset("been lost gone seen had run hit shut put left got gotten cut felt taken broken fallen done made".split())
_NOT_VERBS = frozenset("its his this as us was has is does yes less unless thus across".split())


def _simple_present_after(text: str, hi: int) -> bool:
    """Whether the first verb after a subject ending at `hi` is in the simple present: "has two", "runs", "is"; not
    "has lost", "was", "failed"."""
    words = text[hi:hi + 60].split()
    for i, word in enumerate(words[:6]):
        bare = word.strip("\"'“”")
        w = bare.rstrip(",;:.!?").lower()
        if w in ("has", "have"):
            nxt = words[i + 1].lower().strip(",;:.!?") if i + 1 < len(words) else ""
            return not (nxt in _PAST_PARTICIPLES or nxt.endswith(("ed", "en")))
        if w in ("is", "are", "does", "do"):
            return True
        if w in ("was", "were", "had", "did", "will", "would", "could", "can") or w.endswith("ed"):
            return False
        if w.endswith("s") and not w.endswith(("ss", "'s", "’s", "us", "is")) and w not in _NOT_VERBS and bare[:1].islower():
            return True
        if bare != bare.rstrip(",;:.!?"):
            return False  # the clause ends before a verb
    return False


def _generic_every(text: str, lo: int, hi: int, clause: str) -> bool:
    """Whether an every/each subject is told of in the generic present, with no harm in its clause (scope.v10)."""
    if not _EVERY_SUBJECT.match(text, lo) or not _SUBJECT_START.search(text[:lo].rstrip(_OPENING_QUOTES)):
        return False  # (a subject: at the start, after an opening quote, a comma or a conjunction)
    return _simple_present_after(text, hi) and not _has_harm(clause)


_ACCESS_REFUSED = re.compile(r"\b(?:denied|refused|denying|refusing)\s+(?:them\s+|him\s+|her\s+|us\s+|you\s+)?(?:access|entry|service|boarding)\b"
                            r"|\b(?:access|entry|service|boarding)\s+(?:was\s+|were\s+|being\s+)?(?:denied|refused)\b", re.I)
_PLAIN_NEGATION = re.compile(r"\b(?:not|never|no|nobody|none)\b|n['\u2019]t\b", re.I)


_CONTRAST = re.compile(r"\s(?:but|while|whereas|though|although|yet|and\s+that)\s", re.I)


_APOLOGY_TO = re.compile(r"\b(?:apologi[sz](?:e|es|ed|ing)|apolog(?:y|ies)|sorry|thank(?:s|ed|ing)?|grateful|wrote|write|writing|emailed|"
                         r"letter|message|note)\s+(?:(?:again|sincerely|deeply|personally|directly|once\s+more)\s+)?(?:to\s+)?$", re.I)


# scope.v8: a relative clause right after those counted tells who they are ("the millions of people who rely on us every day",
# "the shops that use our terminals daily"); its habit or dependence does not cancel the harm the main clause tells of them
_RELATIVE_AFTER = re.compile(r"\s+(?:who|that|which|whose)\s+[^,;:.!?]*")
# scope.v11 — the object of a verb of hosting or dependence in the generic present: what others sit, run or rely on, not who was hit
# ("how many services now sit on a handful of foreign clouds", "the web runs on a few edge networks"; not "apps running on many of
# our servers went down")
_HOSTED_ON_BEFORE = re.compile(r"\b(?:sits?|runs?|relies|rely|depends?)\s+"
                               r"(?:\w+\s+)?(?:on|behind)\s+(?:(?:just|only|merely)\s+)?$", re.I)


def _reach_past_relative(text: str, lo: int, hi: int, clause: str, value: str) -> bool:
    """Whether the clause, less a relative clause that follows the reach, tells harm and no reason to set the reach aside."""
    m = _RELATIVE_AFTER.match(text, hi)
    if m is None:
        return False  # (most reaches)
    rel = text[m.start():m.end()]
    rest = clause.replace(rel, " ", 1)
    return rest != clause and _has_harm(rest) and not _no_reach_of(rest, value, False)


def _use_denied_before(text: str, lo: int) -> bool:
    """Whether the negation before the reach denies what the service did, not the reach (scope.v7): "the app is not loading for
    many users" asserts harm to many."""
    window = text[max(0, lo - 48):lo]
    return any(m.end() >= len(window) - 24 for m in _NEGATED_USE.finditer(window))


def _spared(clause: str, rest: str) -> bool:
    """Whether the reach's clause, or the rest of it after the reach up to a contrast, tells what was spared
    ("workloads in zone b and zone c are not affected", "most sites stayed up": C12, counted or not)."""
    if not _is_unharmed(clause):
        if not _is_unharmed(rest):
            return False  # (most reaches: two cheap tests)
        contrast = _CONTRAST.search(rest)
        if contrast and not _is_unharmed(rest[:contrast.start()]):
            return False
    return True


def _places_reported(sent: SentenceInfo) -> list[tuple[int, str, int]]:
    """In a sentence of reports without a word of harm, the places of those who reported: "players in Peru and Chile
    are reporting the same", "users on every continent reported it at once" (C13)."""
    words = frozenset(sent.tokens.lower[sent.span.start:sent.span.end])
    found = _people_placed(sent, words)
    for reader in (_where_it_was_hit, _sites_listed, _places_reporting):
        reach = reader(sent, words, found)
        if reach is not None and not any(s <= reach[0] < e or reach[0] <= s < reach[2] for s, _, e in found):
            found.append(reach)
    return sorted(found)


_LOAD_UNITS = frozenset("requests queries packets connections attempts retries bots crawlers lookups pageviews hits".split())


def _reach_candidates(doc: Doc, sent: SentenceInfo) -> list[tuple[int, str, int]]:
    """Constructions first, then a count of what was hit, then the scope rule families."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    tokens = sent.tokens  # char offsets and lengths by token
    text = sent.text
    found = _stated_reaches(sent)
    # (the count pattern is slow to fail: asked only when nothing else read the reach, a digit is there and, in
    # ASCII text, a counted noun's last word: a whole word of the sentence)
    no_reach_yet = not found and not any(f in sent.hits for f in ("SCOPE_limited", "SCOPE_global", "SCOPE_regional"))
    m = _count_pattern().search(text) if no_reach_yet and _DIGIT.search(text) and (
        not text.isascii() or not _word_runs(sent.lower).isdisjoint(_gate_words()[0])) else None
    if m and _PRODUCT_NUMBER.search(text, 0, m.start(1)):
        m = None
    elif m and sent.may_contain("report") and _REPORTS_COUNTED.search(text, m.end()):
        m = None  # scope.v18: "More than 30,000 people reported problems on Downdetector": a count of reports (C5)
    elif m and _SAMPLE_BEFORE.search(text, max(0, m.start() - 30), m.start(1)):
        m = None  # scope.v19: "a survey of 300 customers": those asked, a sample, not those hit
    elif m and _EDIT_BEFORE.search(text, max(0, m.start() - 24), m.start(1)):
        m = None  # scope.v8: lines or files an edit added or removed ("adding about 400 lines and removing 28"): the change, not those hit  # scope.v6: a number in a product's name is no count ("Microsoft 365 services", "Windows 11 machines")
    if m:
        # "roughly 400 customers" is a limited event; "8.5 million Windows machines" a global one
        n = int(m.group(1).replace(",", "")) * _MULTIPLIERS.get((m.group(2) or m.group(3) or "").strip(), 1)
        # (scope.v5: tens of thousands are a small share of a service's users, as "34,000 of its users": limited;
        # scope.v17: so is any count the sentence puts as a small share, "about 5% of the total", "a tenth of its users")
        value = "global" if n >= 100_000 and not _SMALL_SHARE.search(text) else "limited"
        part = _PART_BEFORE.search(text, max(0, m.start() - 40), m.start(1))
        if part is not None and value == "global" and 2 * _amount(part.group(1), part.group(2)) < n:
            value = "limited"  # scope.v19: "4,000 of its 2.1 million customers": a part of the whole, and a small one
        if value and " ".join(m.group("who").lower().split()) in _people_of_places():
            value = "regional"  # "2 million Canadians": the people of one place
        if value:
            found.append((m.start(), value, m.end()))
    if found:
        return found
    if not (sent.has("OUTAGE") or not _AFFECTED.isdisjoint(lower[sent.span.start:sent.span.end])):
        return []
    harmed = None  # whether the sentence tells of harm beside naming the outage, asked once when needed
    for fam, value in (("SCOPE_limited", "limited"), ("SCOPE_global", "global"), ("SCOPE_regional", "regional")):
        for first, last in sent.hits.get(fam, ())[:1]:
            end = tokens.idx[last - 1] + tokens.length[last - 1] - sent.start
            if _REPORTS_AFTER.match(text, end):
                continue  # "thousands of complaints": a count of reports, not of who was hit
            if _HANDLED_BEFORE.search(text, max(0, tokens.idx[first] - sent.start - 24), tokens.idx[first] - sent.start):
                continue  # scope.v8: the work staff did ("support staff answered thousands of calls"), not those hit
            if lower[last - 1] in ("everyone", "everybody") and _RESTRICTIVE_AFTER.match(text, end):
                continue  # "everyone who needed to make changes": those doing one thing, not everyone
            if text[max(0, tokens.idx[first] - sent.start - 3):tokens.idx[first] - sent.start].lower() == "by ":
                continue  # scope.v6: "caused by a handful of customers": those who acted, not those hit
            if lower[last - 1] in ("customer", "user", "person", "developer", "tenant", "engineer", "employee") and _ACTED_AFTER.match(text, end):
                continue  # scope.v9: one who acted ("a single customer uploaded a malformed file"), not one who was hit
            if lower[last - 1] == "global" and _SYSTEM_AFTER.match(text, end) and not _HARMED_BEFORE.search(
                    text, max(0, tokens.idx[first] - sent.start - 30), tokens.idx[first] - sent.start):
                continue  # scope.v14: a description of the system ("the global DNSSEC infrastructure", "the global database
                # behind the game"), not how far the outage reached — unless the harm is placed on it ("affected our
                # global network")
            head = lower[last - 1]
            if head == "of" and not _LOAD_UNITS.isdisjoint(lower[last:min(sent.span.end, last + 3)]):
                continue  # scope.v15: "a crawler sent tens of thousands of requests": a quantity of load, not those hit
            if head == "of":  # scope.v6: a quantifier whose noun follows ("millions of households had been told to ...")
                start = tokens.idx[first] - sent.start
                clause = _own_clause(text, start, end)
                if _thought_or_use_from(clause, clause.find(text[start:end]) + end - start):
                    continue
            if head in _gate_words()[0] or head in ("everyone", "everybody"):
                if head in _gate_words()[0]:
                    harmed = _has_harm(_EVENT_NOUN.sub(" ", text)) if harmed is None else harmed
                    if not harmed:
                        continue  # "some users complained about the outage": those counted, but no harm told of them
                start = tokens.idx[first] - sent.start
                clause = _own_clause(text, start, end)
                if _thought_or_use_from(clause, clause.find(text[start:end]) + end - start):
                    continue  # scope.v5: "some users put it down to …", "not everyone is convinced": what they think
            found.append((tokens.idx[first] - sent.start, value, end))
    return found[:1]


# scope.v14: what "global" describes when it is not the outage's reach: a system, an organisation or a market
_SYSTEM_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:infrastructure|database|databases|system|systems|network|networks|backbone|"
                           r"platform|architecture|directory|registry|root|servers?|fleet|control\s+plane|company|companies|"
                           r"provider|providers|firm|brand|chain|supply|economy|markets?|headquarters|team|teams|rollout|"
                           r"standard|standards|configuration|setting|settings|policy|policies)\b", re.I)
_HARMED_BEFORE = re.compile(r"\b(?:affected|affecting|affects|hit|hitting|hits|disrupted|disrupting|took\s+down|taking\s+down|"
                            r"knocked\s+out|brought\s+down|across|throughout)\s+(?:the\s+|its\s+|our\s+|their\s+)?$", re.I)
_ACTED_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:pushed|changed|used|made|ran|typed|applied|deployed|set|updated|uploaded|submitted|triggered|created|"
                          r"issued|requested|installed|entered|launched|started|configured|misconfigured|enabled|disabled|sent|posted|clicked|"
                          r"ordered|tried|attempted)\b", re.I)
_EDIT_BEFORE = re.compile(r"\b(?:add(?:s|ed|ing)?|remov(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|rewr(?:ite|ites|ote|iting|itten)|"
                          r"touch(?:es|ed|ing)?|edit(?:s|ed|ing)?|insert(?:s|ed|ing)?)\s+(?:(?:about|some|roughly|nearly|almost|around|over|more\s+than)\s+)?$", re.I)
_PRODUCT_NUMBER = re.compile(r"(?<![\w-])(?!(?:About|Around|Roughly|Some|Nearly|More|Almost|Over|Only|Just|At|In|Of|By|On|For|With|Another|All|And|But|"
                             r"The|Those|These|Its|Their|Our|Approximately|Fewer|Less|Exactly|When|After|Before|Since|Until|Up|Across|Today|Yesterday)\s)"
                             r"[A-Z][\w-]*\s$")
# (not "took": "the outage took thousands of sites offline")
_HANDLED_BEFORE = re.compile(r"\b(?:answer(?:ed|ing)|handl(?:ed|ing)|field(?:ed|ing)|logg(?:ed|ing)|process(?:ed|ing))\s+$", re.I)
_RESTRICTIVE_AFTER = re.compile(r"\s+(?:else\s+)?(?:who|whose|that)\b", re.I)
# (scope.v7: nor a count of times, views, money or time: "read millions of times", "thousands of dollars", "hundreds of miles")
_REPORTS_AFTER = re.compile(r"\s+(?:(?:[\w-]+\s+)?(?:reports|complaints|posts|messages|tweets|comments)|(?:times|views|reads|impressions|"
                            r"dollars|pounds|euros|years|hours|minutes|miles|kilomet(?:re|er)s))\b", re.I)


def scope_finding(doc: Doc, sent: SentenceInfo) -> Finding | None:
    found = scope_findings(doc, sent)
    return found[0] if found else None


_AFFECTED = frozenset("customers users customer users' services service event impact impacted affected affecting businesses websites sites accounts".split())


# The readers _stated_reaches runs, in order (each gated by the sentence's words; those of a named place then ask
# _names_a_place).
_READERS = (_who_was_hit, _where_it_was_hit, _victims_named, _sites_listed, _chain_of_places, _stretch_hit, _outage_in_place, _place_hit,
            _places_reporting, _people_of_a_place_hit, _those_hit_where, _bare_quantity_hit, _anyone_hit, _count_in_words_hit,
            _mostly_in_place, _place_adjective_hit, _part_of_operation_hit, _at_named_hub, _bare_count_hit)
_OWN_GATE_READERS = (_mostly_in_place, _place_adjective_hit, _part_of_operation_hit, _at_named_hub, _bare_count_hit)  # scope.v9: gated by their own words, not _reader_words
_NARROWING_READERS = (_mostly_in_place, _place_adjective_hit, _at_named_hub)  # scope.v9: places that narrow a count they hold ("thousands of British shoppers")
_FRONTED_PLACE_STARTS = ("In ", "Across ", "Throughout ")  # a place set before its clause (_where_it_was_hit)


@lru_cache(maxsize=1)
def _reader_words() -> frozenset[str]:
    """The words each reader of _READERS needs one of (or a sentence that starts with a place, _FRONTED_PLACE_STARTS):
    who was hit (a hit noun, "none"), where (an area noun, a word of a whole area, "all"), a chain of places ("from"),
    the outage in a place (an outage noun), a place hit (a verb of harm). A sentence with none of them skips them all."""
    return (_quantity_heads() | _area_nouns() | _site_forms() | _AREA_WHOLE_GATE | _people_of_places_last_words() | _BARE_QUANTITY_WORDS | _HARM_IN_PLACE_WORDS
            | (_WHOLE_AREA_WORDS - {"region", "area", "world"}) | {"half", "third", "quarter", "thirds", "quarters"}) | _OUTAGE_NOUNS | _PLACE_HIT_VERBS | _LIST_SUBJECT_VERBS | _ANYONE_BARE | {"none", "all", "from"} \
        | _PART_OR_CONFINED_GATE
