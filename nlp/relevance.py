"""Is the document about an outage at all? (relevance.v2)

An outage document reports an event: outage words used as events ("the outage", "went down",
"elevated error rates", "customers were locked out", "the app is back online") in several sentences,
or in the title, and tied at least once to whose service it was: a provider, service or AI tool from
the gazetteer, or any name in an outage construction ("Optus customers could not call", "an outage
at Verizon", "Visa's network").

Mentions that are not events do not count:
- product and purpose senses: "zero downtime", "to avoid outages", "an outage map", "outage insurance",
  "software to cut the cost of downtime";
- the power-grid sense: "power outage", "blackout" in a sentence about homes and the grid that names
  no internet service;
- figurative uses in scare quotes ("a 'vocal outage'"), and sports or personal senses, which name no
  service.
Launch, earnings, survey and how-to news ("launched", "quarterly revenue", "a guide to") and security
advisories without unavailability ("a critical flaw", "patch now") need stronger outage evidence.
Status-page incidents (rendered timelines) are outages by construction; scheduled maintenance
posted on a status page is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from nlp.gazetteer import area_of_place, load_gazetteer
from nlp.common_words import is_common_word
from nlp.lemmas import inflects, lemma_of
from nlp.org_names import FAILURE_NOUNS, GENERIC_BODY_KINDS, SERVICE_BODY_KINDS, organisation_shaped
from nlp.sentences import SentenceInfo
from nlp.textprep import CaselessTest, grouped_alternation, with_first_char_buckets

# A status update's header: a known status word (and up to 40 characters), or any status name written
# as one or two words ("Service_outage", "Partial outage") before the update's time in brackets.
_TIMELINE = re.compile(r"^(?:(?:Investigating|Identified|Monitoring|Resolved|Update|Postmortem|Scheduled|In progress|Verifying|Completed)\b[^\n]{0,40}"
                       r"|[A-Z][a-z]+(?:[ _][a-z]+)? )\(\d{4}-\d\d-\d\d \d\d:\d\d UTC\):", re.M)

# Sentence-level patterns are lower case and matched on lower-cased text: case-insensitive matching
# of long alternations costs five times as much in Python's re.

# Words of failure, user impact and recovery (recovery implies a failure) that the shared OUTAGE
# trigger family leaves out because they are too vague for times and causes; for relevance they are
# evidence of an event (whose event it is, is decided separately).
# What a service does for its users, as a present participle ("stopped syncing", "were not loading")
_SERVICE_WORK = ("syncing|saving|loading|responding|updating|sending|receiving|streaming|connecting|processing|accepting|"
                 "answering|printing|issuing|routing|resolving|serving|authenticating|uploading|downloading|delivering|"
                 "charging|dispatching")
# What a service gives its users to do, one feature at a time ("its messaging feature", "Vantly's search function",
# "switched off its group chats"): a part of a service, whose loss is an outage of that service
_SERVICE_PARTS = frozenset("feature features function functions messaging messages chats chat search inbox login logins "
                           "sign-ups signups sign-in uploads downloads checkout payments".split())
_DISRUPTION = re.compile(
    r"\b(?:glitch(?:es|ed)?|meltdown|hiccups?|snags?|stumbl(?:e|es|ed|ing)|malfunction(?:s|ed|ing)?|"
    r"(?:go|goes|went|gone|going|still|remained|remains|stayed|stays|were|was) dark|fell over|falls? over|ground(?:ed)? to a halt|"
    r"brought (?:\w+ )?(?:down|to a halt)|broke down|breakdown|froze|frozen|stopped working|stop working|"
    r"(?:not|n't|stopped|failed to) (?:load|loading|respond|responding|connect|connecting)|timed out|time-?outs|timing out|"
    # a thing that would not do its work, or refused to: "cash machines would not dispense money", "the app simply would
    # not open", "pull requests refusing to load" (not "would not say", "would not accept the blame")
    r"would(?: not|n['’]t) (?:open|load|launch|connect|dispense|respond|work|play|stream|sync|refresh|print|scan|go through)\b|"
    r"refus(?:ed|es|ing) to (?:load|open|connect|respond|work|play|sync)\b|"
    # relevance.v14: a body unable to do its trade ("Quayside Ferries has been unable to take online bookings", "the
    # council could not issue certificates")
    r"(?:has been |have been |had been |was |were |is |are )?unable to (?:take|process|accept|issue|serve|sell|book|ship|deliver|dispatch|handle) |"
    r"could(?: not|n['’]t) (?:take|process|accept|issue|serve|sell|book|ship|deliver|dispatch|handle) (?:[\w'’-]+ ){0,2}?"
    r"(?:bookings|orders|payments|cards|calls|deliveries|parcels|claims|applications|certificates|tickets|passengers|customers)\b|"
    # people kept from using a service: "a database failure had stopped many of its merchants, including Shopify
    # stores, from taking payments" (not "the new rules stop banks from charging fees")
    r"(?:stopped|stops|stopping|prevented|prevents|preventing|kept|keeping|blocked|blocking) (?:[\w,'’-]+ ){1,8}?from "
    r"(?:taking|making|using|accessing|logging|signing|paying|sending|receiving|reaching|connecting|booking|buying|placing|"
    r"completing|checking|boarding|trading|withdrawing|streaming|playing|joining)\b|"
    # use that came back, which implies it had gone: "customers could use their apps again on Friday", "players were
    # able to log in again" (not "fans can see the band again next summer")
    r"(?:could|can|were able to|was able to|are able to|is able to) (?:use|access|log|sign|connect|reach|pay|make|send|"
    r"receive|stream|play|book|check|withdraw|transfer|load|open|order|call|text|browse)\w* (?:[\w'’-]+ ){0,3}?again\b|"
    # "Reddit fell off the internet", "the site dropped off the web"; "the API choked on the surge of requests"
    r"(?:fell|falls|fall|falling|dropped|drops|dropping) off the (?:internet|web|net)\b|"
    r"chok(?:ed|es|ing) (?:on|under) (?:the )?(?:[\w-]+ )?(?:traffic|load|demand|requests|volume|surge)\b|"
    # server errors by their codes: "502 pages", "a wall of 503s"
    r"(?:5\d\d|gateway) (?:errors?|pages?|responses?|codes?)|5\d\ds\b|error (?:messages?|pages?)|intermittent|sluggish|spotty|patchy|slowed to a crawl|"
    r"(?:signed|signing|kicked|booted|thrown) (?:\w+ )?out|cut off|disconnected|dropped calls|no signal|"
    # "had locked hundreds of thousands of customers out of their accounts"; "much of the web blinked out"
    r"lock(?:ed|s|ing) (?:[\w,'’-]+ ){1,6}?out of\b|blink(?:ed|s|ing)? (?:out|off)\b|"
    # the particle after its object, and the noun: "cut the data centre off from the internet", "long queues and
    # disconnections" (not "a disconnect between the two accounts")
    r"(?:cut|cuts|cutting) (?:[\w'’-]+ ){1,4}?off from\b|disconnections?\b|disconnecting\b|"
    r"disconnects? (?:[\w-]+ ){0,2}?(?:systems?|networks?|servers?|services|customers|users|devices|phones)\b|"
    r"(?:were|was|are|is|been|got) hit|hit by|hit (?:\w+ )?(?:users|customers|subscribers|services|sites|apps)|"
    r"knock(?:s|ed|ing)? (?:\w+ ){0,2}out|impair(?:ed|ment|ments)|(?:traced|blamed|attributed) the (?:problem|issue|fault)|"
    r"unreachable|unresponsive|not reachable|(?:were|was|ran|running|are|is) (?:very |painfully )?slow|packet loss|latency spikes?|"
    r"stranded|overwhelmed|buckl(?:e|ed|es|ing) under|ground stop|"
    # relevance.v17: a body's work disabled, told of the body ("the city government has been hobbled for a week")
    r"hobbled|crippled|paraly[sz]ed|"
    # relevance.v18: service that came and went ("calls and texts on Cellcom's network have come and gone")
    r"(?:come|came|coming|comes) and (?:gone|went|going|go)|"
    # relevance.v18: a broadcaster's outage, "took its channels off air", "the station went off the air"
    r"(?:took|taken|take|takes|taking|knocked|knocks|knocking|forced|went|go|goes|gone|going|was|were|been|remained|stayed) "
    r"(?:[\w'’-]+ ){0,4}?off(?: the)? air\b|"
    # an attack or fault that goes on harming systems: "continued to disrupt the retailer's ordering and delivery systems"
    r"disrupt(?:s|ing)? (?:[\w'’-]+ ){1,5}?(?:systems?|services|operations|networks?)\b|"
    # more load than it was built for: "running past its limits", "pushed beyond capacity", "overloaded"
    r"(?:past|beyond|over) (?:its |their |our |the )?(?:limits?|capacity)|overload(?:ed|ing)?|"
    # things that should arrive, arriving late or never: "messages were arriving hours late or not at all",
    # "payments never arrived", "emails went missing"
    # relevance.v18: what a body sends or pays, held up ("deliveries from Parcelwing were delayed for two days"), trading
    # stopped on a market ("Trading on the Harwell Stock Exchange was halted"), a site swamped by those using it
    r"(?:deliveries|parcels|shipments|orders|payments|payouts|wages|salaries|pensions|benefits|refunds) (?:[\w,'’-]+ ){0,6}?"
    r"(?:were|was|have been|had been) (?:delayed|held up|stuck|frozen|suspended|halted|stopped|paused)|"
    # mail that came back, nobody able to use it, callers met by silence, a site knocked off the internet
    r"(?:e-?mails|messages|mail) (?:[\w'’-]+ ){0,5}?bounced|"
    r"(?:nobody|no one|no-one) could (?:\w+ )?(?:buy|book|pay|log|sign|reach|access|use|get|call|connect|order|make|send|load|open)\b|"
    r"(?:heard|got|met) (?:only )?(?:silence|dead air|an engaged tone|a busy tone)|"
    r"(?:knocked|took|taken|forced|pulled|kept) (?:[\w'’-]+ ){1,4}?(?:offline|off-line|off the (?:internet|web))|"
    r"trading (?:on|in|at) (?:[\w&'’.-]+ ){1,5}?(?:was|were|had been|has been) (?:halted|suspended|stopped|paused|frozen)|"
    r"swamp(?:ed|s|ing) (?:the|its|their) (?:[\w-]+ )?(?:site|website|servers?|app|systems?|network|platform|portal)|"
    r"(?:arriv(?:e|ed|es|ing)|deliver(?:ed|ing)|sent|processed|showing up|showed up|coming through|came through) "
    r"(?:[\w-]+ ){0,2}?(?:late|not at all)|never (?:arrived|arriving|came|showed up|got through)|went missing|"
    r"(?:not|n['’]t) (?:arriving|arrive|arrived|delivered|being delivered|getting through|coming through)|"
    # a problem owned up to: "Google acknowledged the problem on its status dashboard", "confirmed an issue"
    r"(?:acknowledg|confirm)(?:ed|es|ing|e|) (?:the|a|an) (?:[\w-]+ )?(?:problem|issue|fault|glitch|bug|incident)|"
    # "matchmaking that does not work", "the app didn't work"
    r"(?:does|do|did|would|will|could)(?: not|n['’]t) work|won['’]t work|"
    # trips called off or held, every inflection: "delaying domestic flights", "trains were suspended"
    r"(?:cancel(?:l)?(?:ed|ing)|delay(?:ed|ing)|ground(?:ed|ing)|held|holding|divert(?:ed|ing)|suspend(?:ed|ing)|scrubb(?:ed|ing)) "
    r"(?:[\w,.-]+ ){0,3}(?:flights|trains|departures|sailings|journeys)|"
    # (a place or carrier between: "flights at Alaska Airlines were held", "trains out of Leeds were cancelled")
    r"(?:flights|trains|departures|sailings|journeys)(?: (?:at|on|from|to|into|out of|by|with) (?:[\w&'’.-]+ ){0,2}?[\w&'’.-]+)? "
    r"(?:were |was |had been |have been |are |being )?"
    r"(?:cancel(?:l)?ed|delayed|grounded|held|diverted|suspended|scrapped|axed)|"
    # sales and bookings stopped: "forcing it to stop selling tickets", "halted bookings"
    r"(?:stop|stops|stopped|stopping|halt|halted|halting|suspend|suspended|suspending|pause|paused|pausing) "
    r"(?:selling|sales|taking (?:bookings|orders|payments|cards|card payments|cash)|bookings|ticket sales|processing (?:payments|orders))|"
    # a failure placed somewhere, and one fixed: "after a fault at Fiserv", "a glitch in its app", "the issue was fixed
    # by evening"
    r"(?:a|an|the) (?:[\w-]+ )?(?:fault|glitch|failure|breakdown|malfunction) (?:at|in|with|affecting|hitting) |(?:problem|issue|fault|glitch|bug|error|outage)s? (?:was|were|has been|"
    r"have been|had been|is|are) (?:now |since |quickly |largely |fully )?(?:fixed|resolved|repaired|mitigated|cleared|sorted)|"
    # jobs and messages left waiting: "jobs sat in queues for two hours", "payments stalled", "orders were stuck"
    r"stall(?:ed|ing|s)?|(?:sat|stuck|waiting|waited|queued) (?:in (?:the )?queues?|for hours)|(?:were|was|got|left) stuck|"
    # streams that would not play: "viewers saw endless buffering"
    r"buffering|buffered endlessly|"
    # a defect put into a service: "an update had introduced a bug in the code", "the change triggered a fault"
    r"(?:introduced|introduces|introducing|triggered|triggers|triggering) (?:a|an|the) (?:[\w-]+ ){0,2}?(?:bug|fault|defect|glitch|"
    r"error|regression)s?\b|"
    # ... and taken back out: "engineers rolled back the update", "it has since rolled back the change"
    r"(?:rolled|rolling|rolls) back (?:the|an|its|their|a|that) (?:[\w-]+ ){0,2}?(?:update|change|release|deploy|deployment|"
    r"patch|upgrade|version|configuration|config)s?\b|"
    # work done on paper while the systems are down: "staff went back to pen and paper", "desks fell back to paper"
    r"(?:back (?:on|to)|fell back on|falling back on|resorted to|reverted to) (?:pen,? (?:and )?paper|paper)\b|"
    # a service that stopped doing its work: "the app stopped syncing", "the resolver ceased answering queries"
    rf"(?:stopped|stops|ceased|ceases|quit) (?:{_SERVICE_WORK})|"
    # ... or is not doing it, of work that takes no object: "notes were not syncing", "pages weren't loading"
    r"(?:(?:was|were|is|are) not|(?:isn|aren|wasn|weren)['’]t) (?:syncing|loading|responding|connecting|streaming|"
    r"resolving|authenticating|updating|uploading|downloading|refreshing|booting|starting)\b|"
    # ... and of work done for users, with its object: "is not delivering messages", "were not sending texts"
    r"(?:(?:was|were|is|are) not|(?:isn|aren|wasn|weren)['’]t) (?:delivering|sending|receiving|saving|serving|answering) "
    r"(?:any |new |their |your |our |the |some )?(?:messages|texts|e-?mails|mail|pages|requests|calls|files|notes|"
    r"video|videos|payments|orders)\b|"
    # those who use a service unable to use it: "Northvale Bank customers could not move money", "players could not
    # get back in" (not what they could not believe, say or know)
    r"(?:customers|users|shoppers|passengers|travell?ers|players|gamers|subscribers|members|viewers|listeners|patients|"
    r"riders|commuters|merchants|sellers|clients|account holders) (?:could not|couldn['’]t|could no longer|were unable to|"
    r"were not able to|cannot|can['’]t|are unable to) (?!believe|say|tell|know|understand|remember|wait|help|afford|"
    r"imagine|decide|agree|explain|find out|see why|get enough|stop|resist|wait)[a-z]+|"
    # the service's work held up, and flowing again: "email delivery was delayed", "some payments were declined",
    # "messages are now being delivered normally", "the backlog has cleared"; a provider looking into it
    r"(?:deliver(?:y|ies)|payments?|transfers?|messages|e-?mails?|orders|notifications|texts|withdrawals) "
    r"(?:was|were|are|is|have been|has been|had been) (?:\w+ )?(?:delayed|declined|held up)|"
    r"being (?:delivered|processed|sent) (?:normally|as usual)|backlog (?:has|had|have) (?:been )?clear(?:ed)?|"
    r"(?:looking into|investigating) (?:this|it|the (?:issue|problem|fault|reports?))(?! of)\b|"
    # a service that gives under its load, and what its users were met with: "the service buckled under demand",
    # "were met with error codes and endless buffering", "stared at spinning wheels"
    r"buckl(?:ed|es|ing) (?:under|beneath)|endless(?:ly)? buffering|spinning (?:wheels?|circles?)|"
    r"(?:met|greeted) (?:with|by) (?:an? )?error|"
    # a supply cut: "a software fault cut mobile data for a million customers", "cutting internet access"
    r"(?:cut|cuts|cutting) (?:off )?(?:mobile |phone |internet |broadband |cellular |landline |fixed-line )?"
    r"(?:data|service|services|calls|access|connectivity|internet|signal|coverage|power to (?:the )?(?:servers|data ?cent(?:re|er)))"
    r"(?! (?:roaming|charges?|prices?|costs?|fees?|tariffs?|caps?|allowances?|plans?|bills?|rates?|budgets?|centres?|centers?))|"
    # a service its owner took down or shut for a while: "took its online shop down", "shut its app for 36 hours"
    r"(?:took|take|takes|taken|taking|pulled|pull|pulls|pulling|shut|shuts|shutting|switched|switch|switches|knocked) "
    r"(?:its|their|the|our|his|her) (?:[\w-]+ ){0,2}?(?:shop|store|site|website|app|service|services|platform|system|systems|"
    r"network|servers?|portal|database) (?:down|offline|off)\b|"
    # ... with the particle before the object, done (not "will shut down its service", "plans to switch off"):
    # "switched off its computers", "we have shut down all of our IT systems", "took offline the booking site"
    r"(?<!will )(?<!to )(?<!uld )(?:(?:took|taken|shut|switched|turned|powered) (?:down|off|offline) (?:all (?:of )?)?"
    r"(?:its|their|our|the|his|her) (?:[\w-]+ ){0,4}?(?:computers|systems|servers|network|networks|site|website|app|"
    r"service|services|platform|portal|database)\b|(?:switch|switched|shut|turn|turned) everything (?:off|down))|"
    # systems brought back after a failure: "it could take weeks to bring everything back", "getting the systems back"
    r"(?:bring|brings|bringing|brought|get|gets|getting|got) (?:everything|(?:all |the |its |their |our )?(?:[\w-]+ )?"
    r"(?:systems?|services?|servers?|site|website|app|network|platform)) back\b|"
    r"(?:shut|shuts|shutting|closed|closes|closing) (?:its|their|our|his|her) (?:[\w-]+ ){0,2}?(?:app|site|website|shop|store|"
    r"service|platform|portal) (?:for|until|while)\b|"
    # ... or switched off a part of it: "switched off its messaging feature", "disabled direct messages for all users"
    rf"(?:switched|switches|switching|turned|turns|turning) off (?:its|their|our|the) (?:[\w-]+ ){{0,2}}?(?:{'|'.join(sorted(_SERVICE_PARTS))})\b|"
    rf"(?:disabled|disables|disabling) (?:its |their |our |the )?(?:[\w-]+ ){{0,2}}?(?:{'|'.join(sorted(_SERVICE_PARTS))}) "
    r"(?:for (?:all|every|its|their)|while|until|after)\b|"
    # data a service lost: "lost a third of its customers' logs", "dropped metrics from thousands of hosts" (not
    # "lost two large customers", "lost its head of product")
    r"(?:lost|loses|losing|dropped|drops|dropping|corrupted|corrupts) (?:[\w'’-]+ ){0,7}?(?:data|logs|log lines|e-?mails|mail|"
    r"messages|files|records|metrics|backups|events|transactions|photos)\b|"
    # a function stopped for now: "has temporarily stopped accepting new accounts", "halted withdrawals for nine hours"
    r"(?:stopped|stops|halted|halts|paused|pauses|suspended|suspends|froze|freezes) (?:accepting |taking |processing )?"
    r"(?:all |new |its |their |customer |user )?(?:accounts|users|registrations|sign-?ups|withdrawals|deposits|uploads|"
    r"logins|log-ins|transfers|new projects)\b|"
    # a service switched off for now: "disabled until further notice", "we have temporarily paused sign-ups"
    r"until further notice|temporarily (?:paused|suspended|disabled|halted|stopped|closed|switched off|turned off|shut)|"
    # slower than it should be: "videos take longer than usual to generate", "pages loaded far slower than normal"
    r"(?:take|takes|taking|took|taken|load|loads|loading|loaded|run|runs|running|ran|respond|responds|responding|responded) "
    r"(?:much |far |a (?:bit|little|lot) |significantly |noticeably )?(?:longer|slower) than (?:usual|normal)|"
    r"back online|back up and running|came back|come back|coming back|return(?:ed|ing)? to normal|restart(?:ed|ing|s)?|"
    # "everything is working again", "the app was running normally again"
    r"(?:is|are|was|were|be|been|['’]s|['’]re) (?:all )?(?:working|running) (?:normally |properly |fine )?again\b|"
    r"fixed the (?:problem|issue|fault)|(?:problems?|issues?|trouble|difficult(?:y|ies)) (?:with|\w+ing)|"
    r"(?:working on|rolled out|rolling out|deployed|applied|implemented|pushed) (?:a|the) fix|"
    r"report(?:ed|ing|s)? (?:\w+ )?(?:problems|issues|errors|trouble|difficulties)|"
    r"struggl(?:e|es|ed|ing) to (?:\w+ )?(?:access|get|gain|log|sign|connect|load|use|send|receive|communicate|reach|pay|stream|play)|"
    r"downdetector|outage trackers?|status (?:page|dashboard) (?:showed|acknowledged|said|reported|listed)|"
    r"(?:technical|network|hardware|software|system|systems|capacity|connectivity|traffic|performance)(?:[- ]related)? "
    r"(?:fault|faults|problems?|issues?)|"
    r"without (?:mobile |phone |internet |broadband |cellular |data )?(?:service|signal|access|connectivity|internet|coverage)|"
    # a failure of supply: "the screens went dead", "the phone lines went out"
    r"(?:lights|power|electricity|screens|signal|phone lines|lines|wi-?fi|internet) (?:went|go|goes|had gone|have gone) (?:out|dead)|"
    # a site closed, and its service resuming: "the port remained shut", "was closed to shipping", "trading resumed"
    r"(?:stayed|remained|stays|remains) (?:shut|closed)|(?:was|were|had been|has been) (?:shut|closed) to (?:[\w-]+ ){0,2}?"
    r"(?:traffic|flights|passengers|visitors|customers|shipping|trains|the public)|"
    r"(?:services?|operations|flights|trains|trading|timetables?|schedules?|deliveries|payments) (?:[\w-]+ ){0,2}?resum(?:ed|es|ing)|"
    # a market stopped: "halted trading in every stock", "trading was suspended", "the all-day suspension"
    r"(?:halt|halted|halting|halts|suspend|suspended|suspending|suspends|stop|stopped|stopping|stops|pause|paused) "
    r"(?:all |its |their )?trading|trading (?:was |were |had been |has been |is |remained )?(?:halted|suspended|stopped|paused|frozen)|"
    r"(?:trading|all-day|full-day|day-long|whole-day) (?:halt|suspension|stoppage)|"
    r"resum(?:ed|es|ing|e) (?:normal )?(?:service|services|operations|flights|trading|deliveries)|"
    # data destroyed in words the OUTAGE family leaves out ("deleted", "wiped" are there): "its command had
    # removed the whole home folder", "purged three years of emails"
    r"(?:removed|purged|trashed|nuked|bulk-deleted|overwrote|scrubbed|shredded|binned|emptied|obliterated|zapped|"
    r"(?:threw|thrown|throwing|cleared|clearing|wiped|wiping|cleaned|cleaning) (?:out|away)) (?:[\w'’-]+ ){0,4}?"
    r"(?:folders?|director(?:y|ies)|files?|documents?|databases?|tables?|photos?|pictures?|videos?|e-?mails?|mail|messages?|"
    r"inbox(?:es)?|mailbox(?:es)?|archives?|drives?|disks?|volumes?|partitions?|repositor(?:y|ies)|records?|backups?|data)|"
    # a machine that no longer starts: "the desktop would not start", "the box never came back up"
    r"(?:would|could|did|will) not (?:start|boot|power on|turn on)|(?:wouldn't|couldn't|didn't|won't) (?:start|boot)|"
    r"(?:unable|failed) to boot|refused to (?:start|boot)|never came back (?:up|online)|no longer (?:boots|booted|starts|started)|"
    # relevance.v22: a lack that has lasted since a time ("has left dozens of wind farms without remote control since early
    # this morning", "have been without the service since Tuesday")
    r"(?:has|have|had) (?:been|left) (?:[\w,'’-]+ ){0,10}?without (?:[\w-]+ ){1,3}?since (?:early |late )?(?:on )?"
    r"(?:this|last|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|\d)|"
    # a stretch of time spent without one's own service: "went two days without its booking site"
    r"(?:were|was|been|left|spent|went|remained|stayed|hours|days|minutes|weeks|night|morning|afternoon) (?:[\w-]+ ){0,3}?"
    r"without (?:its|their) (?:[\w-]+ )?(?:platform|app|website|site|systems?|network|service|servers|database|payments)|"
    # transactions refused and things that could not be used: "card payments were declined in shops",
    # "patient records could not be opened"
    r"(?:payments?|transactions?|cards?|logins?|log-ins|transfers?|orders?|bookings?|purchases?|codes?|passwords?|tickets?) "
    r"(?:[\w,'’-]+ ){0,2}?(?:were|was|being|got|kept being) (?:declined|rejected|refused|bounced)|"
    r"(?:had|have|having|got|saw) (?:their|his|her|its|my|our|your) (?:[\w-]+ )?(?:payments?|transactions?|cards?|logins?|"
    r"transfers?|orders?|bookings?|purchases?|codes?|passwords?|tickets?) (?:declined|rejected|refused|bounced)|"
    # a supply lost: "lost calls and data for five hours", "subscribers lost service", "lost their signal"
    r"(?:lost|lose|loses|losing) (?:all |their |its |his |her |mobile |phone |internet |broadband |cellular |data )?"
    r"(?:calls?|data|signal|service|connection|connections|connectivity|internet|coverage|reception|dial tone)\b|"
    # demand a system could not meet: "the systems could not keep up", "servers failed to cope"
    r"(?:could ?not|couldn't|cannot|can't|failed to|unable to|struggled to|struggling to) (?:keep up|cope)|"
    r"(?:went|goes|go|going|gone) wrong|"
    r"(?:could ?not|couldn't|can ?not|can't|cannot) be (?:opened|accessed|reached|used|loaded|processed|completed|made|booked|"
    r"paid|sent|viewed|retrieved|updated)|"
    r"(?:could ?not|couldn't|can ?not|can't|cannot|unable to|were not able to|was not able to) (?:\w+ )?"
    r"(?:make|place|receive|get(?! enough)|go|pay|use|send|stream|play|sign|log|book|check|access|reach|load|withdraw|transfer|connect|call|text|"
    r"browse|watch|buy|order|open|join|post|upload|download|message|email|e-mail|tap|top|board|fly|create|take|accept|process|charge|"
    # what a user does with what a service keeps: "could not see their balances", "were unable to view invoices"
    r"see|view|find|read|edit|save|print|search|track|file|submit|renew|complete|finish))\b",
)
# (the same matches, about twice as fast: its alternatives tried only where their first letter stands, as
# textprep.with_first_char_buckets rewrites it; most of them open with a group, which re must enter to fail)
_DISRUPTION_SOURCE = _DISRUPTION.pattern
_DISRUPTION = with_first_char_buckets(_DISRUPTION)
# (alternatives grouped by first letter when compiled: textprep.grouped_alternation)
_TITLE_OUTAGE_WORDS = (
    "outages?", "down", "downtime", "disruptions?", "disrupted", "offline", "degraded", "incidents?", "errors?", "unavailable",
    "failures?", "fails?", "failed", "crash(?:es|ed)?", "knocks?", "broke", "breaks?", "deletion",
    # verbs of destroying data or a machine, every inflection ("Agent erases a developer's home folder")
    "delet(?:e|es|ed|ing)", "eras(?:e|es|ed|ing)", "wip(?:e|es|ed|ing)", "brick(?:s|ed)", "nuk(?:e|es|ed)",
    "withdrew", "withdrawn", "root cause", "trouble", "resolved", "destroys", "destroyed", "fire", "file-loss", "data loss", "lost",
    "logouts?", "logged out", "locked out", "post-?incident", "post-?mortem", "service event", "connectivity issue", "blackout",
    "meltdown", "glitch(?:es)?", "hiccups?", "stumbles?", "stumbled", "vanish(?:es|ed)?", "go dark", "goes dark", "went dark",
    "falls? over", "fell over", "halts?", "halted", "grounds?", "grounded", "stranded", "restores?", "restored", "back online",
    "cut off", "interruptions?", "can't", "cannot", "unable", "faults?", "buckles?", "buckled", "chaos", "stall(?:s|ed)?",
    "without (?:mobile |phone |internet |broadband )?(?:service|signal|internet|access)",
    # a service that would not do its work, and one crippled: "Why your game wouldn't load", "Trading app crippled"
    "would(?: not|n't) (?:load|connect|open|work|start|respond)", "could(?: not|n't) (?:load|connect|open)",
    "won't (?:load|connect|open|work|start)",
    "crippled", "cripples", "paraly[sz](?:ed|es)", "knocked out",
    "off(?: the)? air",  # relevance.v18: "Station off air after transmitter fault"
)
_TITLE_OUTAGE = re.compile(rf"\b(?:{grouped_alternation(_TITLE_OUTAGE_WORDS)})\b", re.I)
_TITLE_NOT = re.compile(r"\b(?:zero[- ]downtime|without downtime|no downtime|avoid(?:ing)? outages?|outage insurance|power outage insurance)\b", re.I)
_HAS_TITLE_OUTAGE = CaselessTest(_TITLE_OUTAGE)
_HAS_TITLE_NOT = CaselessTest(_TITLE_NOT, needs=("downtime", "outage"))  # (every alternative holds one of them)

# Outage words that are not events. Product/business senses: the outage word modifies a product or
# business noun ("outage map", "downtime costs", "incident management"); purposes, the object of a
# verb of prevention ("to cut downtime", "helps prevent outages", "predicts outages before they
# happen"); scare quotes ("a 'vocal outage'").
_PRODUCT_SENSE = re.compile(
    r"\b(?:outage|outages|downtime|incident|disruption)[- ](?:maps?|trackers?|tracking|detectors?|detection|alerts?|notifications?|"
    r"insurance|cover|coverage|policies|policy|management|monitoring|prediction|forecasting|simulations?|drills?|costs?|"
    r"response (?:software|tools?|platforms?|plans?)|risk|budgets?|clauses?|credits?)\b"
    r"|\b(?:the )?cost(?:s)? of (?:an? )?(?:downtime|outages?)\b",
)
# (the verbs' own forms only: "spot" is not "Spotify", "limit" not "a limited outage", and "detected" or
# "survived" an outage reports one; "prevented", "avoided", "predicted" do not)
_PURPOSE_SENSE = re.compile(
    r"\b(?:shorten(?:s|ing)?|reduc(?:e|es|ing)|(?:prevent|avoid|predict)(?:s|ing|ed)?|minimi[sz](?:e|es|ing)|detect(?:s|ing)?|"
    r"surviv(?:e|es|ing)|fight(?:s|ing)?|limit(?:s|ing)?|spot(?:s|ting)?)\s+(?:\w+\s+){0,3}?"
    r"(?:downtime|outages?|disruptions?|incidents?)\b"
    r"|\bcut(?:s|ting)? (?:the )?(?:downtime|outages)\b",
)
# A possible outage: the outage word as what something can, could or would cause ("catch bad releases
# before they can cause an outage", "a fault that could lead to downtime").
_MODAL_SENSE = re.compile(
    r"\b(?:can|could|may|might|would|will|could ever)\s+(?:\w+\s+)?(?:cause|trigger|lead to|result in|turn into|become)\s+"
    r"(?:\w+\s+){0,3}?(?:outages?|downtime|disruptions?|incidents?|failures?)\b"
    # what an exploit or a flaw makes possible: "makes it easy to crash servers", "could let attackers take it offline"
    r"|\b(?:can|could|may|might|would|easy to|able to|allows? (?:\w+ )?to|lets? (?:\w+ )?|used to|enough to)\s+(?:\w+\s+)?"
    r"(?:crash|crashes|take (?:\w+ )?(?:down|offline)|knock (?:\w+ )?(?:down|offline|out)|bring (?:\w+ )?down|disrupt)\b")
# Idioms and other senses of "offline", "down" and "fail": "online and offline antics", "offline maps",
# "shares were down 3%", "down the road", "stepped down", "turned down", "the merger failed".
_IDIOM_SENSE = re.compile(
    r"\bonline (?:and|or|&) offline\b|\boffline (?:antics|life|lives|world|events?|activities|mode|maps?|storage|backups?|"
    r"copies|use|sales|stores?|retail|shopping|marketing|channels?|meetings?|conversations?|behaviou?r|friends)\b"
    r"|\b(?:shares|stocks?|revenue|sales|profits?|prices?|earnings|index|nasdaq|dow) (?:\w+ ){0,3}?down\b"
    r"|\bdown (?:\d[\d.,]*\s?(?:%|percent|per cent|points?)|the (?:road|line|street|hall|list)|payments?|under)\b"
    # a figure that fell: "processed in six weeks, down from thirteen", "30 minutes down from an hour" (not "went down from 9am")
    r"|(?:,|\d|%|weeks|days|hours|minutes|percent|cent|points) down from\b"
    r"|\b(?:step(?:s|ped|ping)?|turn(?:s|ed|ing)?|back(?:s|ed|ing)?|calm(?:s|ed|ing)?|upside|ups and) down\b"
    # plans and ventures fail without anything going down: "the exodus to the rival app failed"
    r"|\b(?:plan|bid|attempt|effort|project|strategy|experiment|deal|merger|talks|campaign|venture|exodus|migration|move|push)"
    r" (?:[\w-]+ ){0,10}?fail(?:ed|s)\b(?! to (?:start|load|connect|resolve|respond|boot))")
# Outages owned by others than the one named: "moving traffic to its network after rivals' outages"
_OTHERS_SENSE = re.compile(r"\b(?:rivals?|competitors?|others|other (?:providers|clouds|companies|firms))['’]s? (?:[\w-]+ )?"
                           r"(?:outages?|downtime|failures?|disruptions?|blackouts?)\b")
# A state to come, announced (planned work, a forecast), or for good (a retirement), not one that happened: "the portal
# will be unavailable from 02:00 while we upgrade" (an outage going on says "remains", "is still")
_FUTURE_SENSE = re.compile(r"\b(?:will|shall|is going to|are going to)(?: not)? be (?:briefly |temporarily |intermittently |"
                           r"partly |partially |fully )?(?:unavailable|offline|down|disrupted|interrupted|inaccessible|"
                           r"unreachable|affected)\b"
                           # a service retired, not failed: "the old desktop app is going offline for good in March"
                           r"|\b(?:(?:going|goes|go|went|gone|taken|taking|shut|shutting|switched|switching|be|being) )?"
                           r"(?:offline|down|off|closed|dark) for good\b"
                           # relevance.v14: an outage no one will see, and the terms for one that may come ("your users will
                           # never see an outage", "customers affected by downtime longer than 30 minutes will receive credits")
                           r"|\b(?:will|would|won't|shall) (?:never|not) (?:see|face|suffer|experience|notice|have|hit) "
                           r"(?:an? |any )?(?:outage|downtime|disruption|interruption)s?\b"
                           r"|\b(?:affected|hit|impacted) by (?:an? |any )?(?:outage|downtime|disruption|interruption)s? "
                           r"(?:of more than|longer than|lasting (?:more|longer) than|exceeding|over)\b"
                           r"|\bzero[- ]downtime\b")
# Harm denied of every one of its subjects: "no customer resources were affected", "none of our services was down",
# "no flights were disrupted" (not "no one could log in", where the negation is the harm)
_NONE_HARMED = re.compile(r"\b(?:no|none of (?:the|its|our|their)) (?:[\w-]+ ){0,3}?(?:was|were|is|are|has been|have been|had been) "
                          r"(?:\w+ )?(?:affected|impacted|disrupted|down|offline|unavailable|interrupted)\b")
# A person's outage ("his eleven-game scoring outage", "her vocal outage") is an absence, not a failure.
_PERSONAL_SENSE = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,3}?(?:outage|outages|downtime|blackout)\b")
_SCARE_QUOTED = re.compile(r"(?:^|[\s(])['‘\"“](?:[\w-]+\s+){0,2}(?:outage|outages|downtime|blackout)['’\"”]")
# The power-grid sense: an outage of electricity to homes and streets, not of an internet service.
_POWER_SENSE = re.compile(r"\b(?:power(?:[- ]outages?| cuts?| failures?| lines?)?|electricity|electrical|grid|utility|utilities|substations?|"
                          r"transformers?|households?|homes|streetlights?|generators?)\b")
_INTERNET = re.compile(
    r"\b(?:internet|online|web ?sites?|websites?|apps?|network|servers?|cloud|data ?cent(?:re|er)s?|e-?mail|broadband|mobile|cellular|"
    r"(?:direct |private |text )?messag(?:es|ing)|chats|"
    r"wireless|phones?|calls|streaming|platforms?|api|apis|log ?in|login|logins|accounts?|payments?|cards?|software|computers|"
    r"check-?in|bookings?)\b",
)
# Genres that speak of outages without reporting one: guides, surveys, funding, product launches. A launch is
# announced by the verb ("launches", "to launch"); the noun names an event that can itself be disrupted
# ("Game launch hit by DDoS attack", "Launch day: server update").
_TITLE_GENRE = re.compile(
    r"\b(?:how to|guide|checklist|tips|survey|study finds|report finds|quarterly report|annual report|year in review|"
    r"q[1-4] 20\d\d|in q[1-4]|raises (?:\$|£|€)?\d[\d.,]*\s?(?:m|bn|million|billion)?|funding round|podcast|webinar|hiring|IPO|"
    r"files for|acquires|buys|(?:launch(?:es|ed)|to launch|unveils?|introduces)(?! (?:an? )?(?:probe|investigation|inquiry|review|lawsuit))|"
    r"adds (?:a |an )?(?:[\w-]+ ){0,2}(?:feature|map|tool|option|button|mode|support))\b",
    re.I,
)
_ADVISORY = re.compile(r"\b(?:vulnerabilit(?:y|ies)|flaws?|cve-\d|patch(?:es|ed)?|exploit(?:s|ed|ation)?|zero-day|security update|"
                       r"malicious package|researchers (?:said|say|found|disclosed))\b")
# Substrings some alternative of a pattern needs (lower case): where none occurs the pattern cannot
# match, and these patterns, with no literal start, are tried at every position of the text.
_ADVISORY_GATE = ("vulnerabilit", "flaw", "cve-", "patch", "exploit", "zero-day", "security update", "malicious package",
                  "researchers ")
_POWER_GATE = ("power", "electric", "grid", "utilit", "substation", "transformer", "household", "homes", "streetlight",
               "generator")
_TITLE_GENRE_GATE = ("how to", "guide", "checklist", "tips", "survey", "finds", "report", "year in review", "q1", "q2", "q3",
                     "q4", "raises", "funding round", "podcast", "webinar", "hiring", "ipo", "files for", "acquires", "buys",
                     "launch", "unveil", "introduces", "adds")

# Whose outage it is when the name is not in the gazetteer: a capitalised name before a service
# noun ("Optus customers", "Visa's network") or after an outage noun and a preposition ("an outage at
# Verizon"). Names before an outage noun ("Kane's outage") need an internet word in the sentence.
_SERVICE_NOUNS = frozenset("customers users subscribers members players passengers network networks app apps website websites "
                           "servers service services systems platform status "
                           # relevance.v16: those who sell or buy through it ("Nettlefield's merchants could not take payments")
                           "merchants sellers clients".split())
_OUTAGE_NOUNS = frozenset("outage outages disruption disruptions blackout downtime failure failures glitch meltdown".split())
_PREPS = frozenset("at of on with affecting hitting across for".split())
_OUTAGE_VERBS = frozenset("went goes crashed suffered suffers experienced stumbled failed fails".split())
_FAILING_VERBS = frozenset("crashed suffered suffers experienced failed fails".split())  # not "went", "stumbled"
_COPULAS = ("is ", "was ", "are ", "were ", "has been ", "had been ")
_OFF_AIR_AFTER = re.compile(r" off(?: the)? air\b")
# "was down 3% in early trading", "were down by a fifth", "down sharply": a price or a count that fell
_MARKET_MOVE = re.compile(r"\s+(?:(?:by|to|about|nearly|almost|some|more than|over) )?(?:[\d£$€]|a (?:third|quarter|fifth|half)\b|"
                          r"sharply|slightly|steeply|heavily)")
# Verbs of stopping and restoring with the name as subject ("Northbank stopped processing payments",
# "Zapnet restored service", "Kestrel said it had fixed the fault"): in an outage sentence, the name is
# whose outage it is. Tied like _OUTAGE_VERBS (an internet word in the sentence).
_STOP_RESTORE_VERBS = frozenset("stopped halted suspended paused froze collapsed restored resumed fixed resolved repaired "
                                "disabled stops halts suspends pauses restores resumes fixes resolves repairs disables".split())
# "Zapnet was down", "the Internet Archive was knocked offline": a copula counts with an outage word after it
_COPULA_OUTAGE = r"(?:is|was|are|were|has been|had been) (?:down|offline|unavailable|unreachable|hit|knocked|taken|out|restored|disrupted)"
_NOT_NAMES = frozenset(
    "The A An This That These Those Its It Their Our We They He She I In On At For After Before During Since While When "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September "
    "October November December Some Many Most Several Thousands Millions Hundreds Users Customers Downdetector "
    # generic acronyms of the trade, not names: "IT services", "AI platform", "US customers"
    "IT AI ML US UK EU CEO CTO CIO CISO API APIs DNS CDN ISP ISPs VPN SaaS PC PCs SMS IP TV HR GPU GPUs".split()
)
_ANCHOR_LABELS = ("PROVIDER", "SERVICE", "COMPANY", "AI_TOOL")
# A definite reference back to a company the document has named ("the company described the glitch
# as...", "the carrier's network", "its app").
_BACK_REFERENCE = re.compile(
    r"\b(?:the|that) (?:company|firm|provider|vendor|operator|carrier|bank|airline|platform|service|start-up|startup|maker|group|network|"
    # the kind of organisation it is: "the exchange's trading platform stopped working", "the studio capped logins"
    r"lender|exchange|retailer|insurer|broadcaster|railway|hospital|council|registry|university|studio|developer|publisher|"
    r"supplier|agency|ministry|department|utility|telco|airport|store|shop|marketplace|"
    # what the named company runs: "the site fell over", "the app would not load"
    r"site|website|app|systems|servers|"
    # an AI tool named before, referred to by its kind: "the assistant acknowledged that its command had removed…"
    r"agent|assistant|chatbot|bot|model)\b"
    r"|\b(?:its|their) (?:own )?(?:service|services|app|apps|network|platform|systems|servers|website|site|customers|users|subscribers)\b",
)


# A failure placed at an organisation the text describes rather than names: "a fault at the bank",
# "an outage at Norway's largest mobile operator", "a glitch affecting the city's tram operator".
_ORG_NOUNS = ("bank", "banks", "lender", "operator", "carrier", "airline", "airport", "retailer", "insurer", "exchange",
              "provider", "company", "firm", "broadcaster", "railway", "hospital", "council", "registry", "university")
_FAILURE_NOUNS = FAILURE_NOUNS
_FAILURE_AT_ORG = re.compile(
    rf"\b(?:{'|'.join(sorted(_FAILURE_NOUNS))}) (?:at|of|on|with|affecting|hitting|inside) (?:the |(?:the )?[\w-]+['’]s )"
    rf"(?:[\w-]+ ){{0,3}}?(?:{'|'.join(_ORG_NOUNS)})\b")
_FAILURE_AT_ORG_GATE = (" at ", " of ", " on ", " with ", "affecting", "hitting", "inside")


def failure_at_organisation(low: str) -> bool:
    """A lower-cased outage sentence places the failure at an organisation it describes (_FAILURE_AT_ORG)."""
    return _has(low, _ORG_NOUNS) and _has(low, _FAILURE_AT_ORG_GATE) and _FAILURE_AT_ORG.search(low) is not None


@dataclass(frozen=True)
class Relevance:
    is_outage: bool
    score: float
    reason: str
    # Names outside the gazetteer that the text ties to the outage ("Optus"), and bare brand words it ties
    # the way ("Southwest cancelled ... flights"), most frequent first: a fallback for the provider when
    # no known provider is named.
    unknown_names: tuple[str, ...] = ()
    # Decided by an explicit rule (a status-page timeline, planned work announced) rather than by weighing the
    # evidence: the learned second opinion (`nlp.relevance_model`) is not asked.
    final: bool = False


# An incident status opening a line, as status pages write their updates ("Resolved - …", "Investigating: …")
_STATUS_LINE = re.compile(r"^(?:Investigating|Identified|Monitoring|Resolved)\s*[-–—:]\s+[A-Z]", re.M)


def is_timeline(text: str) -> bool:
    # every status header holds the literal " UTC):": most texts are answered without the multi-line regex
    return " UTC):" in text and bool(_TIMELINE.search(text))


_STATUS_WORD = re.compile(r"^([A-Z][a-z_ ]{2,20}?) \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\):", re.M)
_MAINTENANCE_STATUSES = frozenset({"scheduled", "in progress", "in_progress", "verifying", "completed"})


def is_planned_maintenance(text: str) -> bool:
    """A status-page timeline whose every update is a maintenance status (scheduled, in progress,
    verifying, completed) about maintenance: planned work, not an outage. An overrun that broke
    something is posted as an incident (investigating, identified, ...)."""
    statuses = {m.group(1).lower() for m in _STATUS_WORD.finditer(text)}
    return bool(statuses) and statuses <= _MAINTENANCE_STATUSES and "maintenance" in text.lower()


_NON_EVENT_GATE = ("outage", "downtime", "incident", "disruption", "blackout", "offline", "down", "fail", "crash", "disrupt",
                   "affected", "impacted",
                   "strike", "walk", "industrial action", "unavailable", "unreachable", "inaccessible", "interrupt")
# Trips called off by people who stopped work, not by systems: "cancelled flights as ground staff began a 24-hour strike
# over pay", "a walkout by baggage handlers" (a lightning strike or an attack is no labour action)
_LABOUR_ACTION = re.compile(r"\b(?:walk(?:ed|s|ing)? out|walk-?outs?|industrial action|(?:went|go|goes|going|are|were) on strike|"
                            r"(?:began|begin|begins|staged|stage|called|call|calls|held|hold) (?:a |an )?(?:[\w-]+ ){0,2}?strikes?|"
                            r"strikes? (?:over|about) (?:pay|wages|pensions|conditions|jobs|hours)|strikes? by (?:[\w-]+ ){0,3}?"
                            r"(?:staff|workers|pilots|crews?|handlers|controllers|drivers|unions?|employees|nurses|doctors|teachers))\b")
# A failure in a condition (present tense: what would follow, not what happened): "further stoppages are possible if
# talks fail", "calls still connect over other networks if ours is unavailable", "keep running even if a whole data
# centre goes offline" (not "if you were affected by Tuesday's outage")
_CONDITIONAL_FAILURE = re.compile(r"\b(?:if|unless|should|in case) (?:[\w'’-]+ ){0,5}?(?:fail(?:s|ed)?\b|"
                                  r"(?:is|are|goes|go|becomes|become) (?:\w+ )?(?:unavailable|offline|down|unreachable)\b)")
_CONDITIONAL_GATE = ("if ", "unless", "should", "in case")


# Words each non-event pattern cannot match without (substrings of the lower-cased text): a pattern
# runs only when its gate passes, which gives the same spans at a fraction of the cost.
_NOUNS4 = ("outage", "downtime", "incident", "disruption")
_NOUNS3 = ("outage", "downtime", "blackout")
_PRODUCT_HEADS = ("map", "track", "detect", "alert", "notification", "insurance", "cover", "polic", "management",
                  "monitoring", "prediction", "forecasting", "simulation", "drill", "cost", "response", "risk", "budget",
                  "clause", "credit")
_PURPOSE_VERBS = ("shorten", "reduce", "prevent", "avoid", "minimi", "predict", "detect", "survive", "fight", "limit", "spot",
                  "cut")
_MODALS = ("can", "could", "may", "might", "would", "will", "easy to", "able to", "allow", "let", "used to", "enough to")
_MODAL_RESULTS = ("cause", "trigger", "lead to", "result in", "turn into", "become")
_MODAL_ACTS = ("crash", "take", "knock", "bring", "disrupt")
# "down" in an idiom: after a market word, before a figure or "the road", after "step", "turn", ...
_DOWN_IDIOM_CUES = ("share", "stock", "revenue", "sales", "profit", "price", "earnings", "index", "nasdaq", "dow ",
                    "down the ", "down payment", "down under", "step", "turn", "back", "calm", "upside", "ups and",
                    "down from")
# "the merger failed": what failed, in the idiom ("failed"/"fails" is needed too; "failure" is no idiom)
_FAILED_VENTURES = ("plan", "bid", "attempt", "effort", "project", "strategy", "experiment", "deal", "merger", "talks",
                    "campaign", "venture", "exodus", "migration", "move", "push")
_DIGIT = re.compile(r"\d")
_QUOTES = ("'", "‘", '"', "“")


def _has(low: str, words: tuple[str, ...]) -> bool:
    for w in words:  # a plain loop: a third cheaper than any(map(...)) on these short tuples
        if w in low:
            return True
    return False


def _lower(s: SentenceInfo) -> str:
    """`s.lower`, filling the same cache (SentenceInfo.lower is a cached_property) without its lock."""
    cache = s.__dict__
    low = cache.get("lower")
    if low is None:
        low = cache["lower"] = s.text.lower()
    return low


def _non_event_spans(low: str) -> list[tuple[int, int]]:
    """Character spans of a lower-cased text where outage words are not events (product, purpose,
    possible, idiomatic, personal and quoted senses)."""
    if not _has(low, _NON_EVENT_GATE):
        return []
    spans: list[tuple[int, int]] = []
    if ("strike" in low or "walk" in low or "industrial action" in low) and _LABOUR_ACTION.search(low):
        return [(0, len(low))]  # the sentence's disruption is people's, not a system's
    if _has(low, _CONDITIONAL_GATE) and _CONDITIONAL_FAILURE.search(low):
        spans += [m.span() for m in _CONDITIONAL_FAILURE.finditer(low)]
    noun4 = _has(low, _NOUNS4)
    if noun4 and _has(low, _PRODUCT_HEADS):
        spans += [m.span() for m in _PRODUCT_SENSE.finditer(low)]
    if noun4 and _has(low, _PURPOSE_VERBS):
        spans += [m.span() for m in _PURPOSE_SENSE.finditer(low)]
    if ((_has(low, _MODAL_RESULTS) and (noun4 or "failure" in low)) or _has(low, _MODAL_ACTS)) and _has(low, _MODALS):
        spans += [m.span() for m in _MODAL_SENSE.finditer(low)]
    if "offline" in low or (("failed" in low or "fails" in low) and _has(low, _FAILED_VENTURES)) or (
            "down" in low and (_has(low, _DOWN_IDIOM_CUES) or _DIGIT.search(low) is not None)):
        spans += [m.span() for m in _IDIOM_SENSE.finditer(low)]
    if ("rival" in low or "competitor" in low or "other" in low) and _has(low, _NOUNS4):
        spans += [m.span() for m in _OTHERS_SENSE.finditer(low)]
    if ((" be " in low or " never " in low or " not " in low or " by " in low) and ("will" in low or "shall" in low or "going to" in low
                                                                                  or "won't" in low or "would" in low)) \
            or "for good" in low or "zero" in low:
        spans += [m.span() for m in _FUTURE_SENSE.finditer(low)]
    if ("no " in low or "none of" in low) and _NONE_HARMED.search(low):
        spans += [m.span() for m in _NONE_HARMED.finditer(low)]
    noun3 = _has(low, _NOUNS3)
    if noun3 and ("his" in low or "her" in low):
        spans += [m.span() for m in _PERSONAL_SENSE.finditer(low)]
    if noun3 and _has(low, _QUOTES):
        spans += [m.span() for m in _SCARE_QUOTED.finditer(low)]
    return spans


def _inside(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b in spans)


def _power_sense(low: str, anchored: bool) -> bool:
    """A sentence (lower-cased) about an electricity outage to homes or a venue, naming no internet service (nor,
    relevance.v18, trips a power cut stopped: "flights at the airport were grounded after a power cut")."""
    return not anchored and _names_power(low) and not _INTERNET.search(low) and not _TRIPS_STOPPED.search(low)


# relevance.v18: trips stopped, told in the passive ("Flights at Tarnmouth Airport were grounded for four hours")
_TRIPS_STOPPED = re.compile(r"\b(?:flights|trains|departures|sailings|journeys)\b[^.;]{0,40}?\b(?:were|was|had been|have been)\s+"
                            r"(?:grounded|cancel(?:l)?ed|suspended|halted|delayed|diverted)\b")


def _names_power(low: str) -> bool:
    """_POWER_SENSE occurs in a lower-cased text."""
    return _has(low, _POWER_GATE) and _POWER_SENSE.search(low) is not None


def _is_advisory(low: str) -> bool:
    """_ADVISORY occurs in a lower-cased text."""
    return _has(low, _ADVISORY_GATE) and _ADVISORY.search(low) is not None


def _genre_title(title: str) -> bool:
    """_TITLE_GENRE occurs in a title (the substring test only on ASCII titles, where re.IGNORECASE
    folds as str.lower does)."""
    if title.isascii() and not _has(title.lower(), _TITLE_GENRE_GATE):
        return False
    return _TITLE_GENRE.search(title) is not None


def _live_outage_tokens(s: SentenceInfo, family: str, token_spans: list[tuple[int, int]], char_spans: list[tuple[int, int]]) -> set[int]:
    """Outage trigger tokens of a family that are events: not inside a NON_EVENT hit or a non-event phrase."""
    if family not in s.hits:
        return set()
    idx = s.tokens.idx
    live = set()
    for a, _ in s.hits.get(family, ()):
        if any(x <= a < y for x, y in token_spans):
            continue
        if char_spans and _inside(idx[a] - s.start, char_spans):
            continue
        live.add(a)
    return live


# Access withdrawn from those who use a service: "switched off access for every customer", "access was cut"
# (apart from _DISRUPTION: read only on sentences with the word "access").
_ACCESS_WITHDRAWN = re.compile(
    r"\b(?:(?:switch|shut|cut|turn|block|lock)(?:s|es|ed|ing|ting)? (?:off |out )?(?:\w+ )?access|"
    r"access (?:was|were|had been|has been|is|are) (?:\w+ )?(?:cut|blocked|switched off|shut off|suspended|withdrawn))\b")


# Repairs under way: "we are working to fix it", "engineers are working to restore service"
_REPAIR_UNDER_WAY_GATE = "working"
_REPAIR_UNDER_WAY = re.compile(r"\b(?:is|are|were|was|'re|’re) (?:\w+ )?working (?:to|on) (?:\w+ )?"
                               r"(?:fix|fixing|resolve|resolving|restore|restoring|repair|repairing|mitigate|mitigating|address|addressing)\b")


def _extra_disruption(low: str, char_spans: list[tuple[int, int]]) -> bool:
    if any(not _inside(m.start(), char_spans) for m in _DISRUPTION.finditer(low)):
        return True
    return "access" in low and any(not _inside(m.start(), char_spans) for m in _ACCESS_WITHDRAWN.finditer(low))


def _known_anchor(s: SentenceInfo, ambiguous: frozenset[str]) -> bool:
    """The sentence names a provider, service, company or AI tool. Not on their own: a bare word that is
    also an ordinary word ("Square", "Orange"), and a one-word service name that opens the sentence
    and is an inflected English word ("Teams routinely discover...", "Issues remain")."""
    if not s.ents:
        return False  # (most sentences name nothing: no generator to start)
    return any(e.label in _ANCHOR_LABELS and (e.text not in ambiguous or _introduced_by_kind(e, s))
               and not _capitalised_word(e, s) for e in s.ents)


_KIND_WORDS = SERVICE_BODY_KINDS | GENERIC_BODY_KINDS


def _introduced_by_kind(e, s: SentenceInfo) -> bool:
    """A word that is also an ordinary word names the brand when the text puts a kind of body right before it:
    "productivity app Notion", "the messaging service Signal", "payments firm Square" (a kind noun, singular)."""
    return e.tok > s.span.start and s.tokens.lower[e.tok - 1] in _KIND_WORDS


def _capitalised_word(e, s: SentenceInfo) -> bool:
    if e.label != "SERVICE" or e.tok != s.span.start or e.end_tok - e.tok != 1:
        return False
    return is_inflected_word(e.text)


def is_inflected_word(word: str) -> bool:
    """An inflected English word ("Teams", "Issues", "Pages"): as a service name it reads as the common
    noun when capitalisation does not mark it. Names that are base forms ("Outlook", "Slack") stay names."""
    low = word.lower()
    return lemma_of(low) != low


_NAME_REST = r"[\w&+\-]*(?:\.[A-Za-z]+)?"  # a name's letters after its capital
_NAME = rf"[A-Z]{_NAME_REST}"
_NAME_RUN = rf"{_NAME}(?: {_NAME}){{0,2}}"
# The name's capital is matched before the look-behind that checks the character before it ("[A-Z](?<![\w'’][A-Z])"
# tests what "(?<![\w'’])[A-Z]" tests): a pattern that opens on a character class lets re skip to the capitals
# instead of trying the look-behind at every position.
# "said it had", "says they have": the name speaks of what it did itself
_SAID_IT = r"(?:(?:said|says|confirmed|admitted) (?:it|they) (?:had |has |have |was |were )?(?:since |now |quickly )?)?"
# "Zapnet, the regional fibre provider, was down": an apposition between the name and the verb introduces
# the name as a body of some kind, which marks it as a name even at the sentence's start.
_APPOSITION = r"(?:, (?:the|a|an|one of|among) [^,.;:\"“”]{3,80}?,)"
# ... and ties it to a service when the apposition's head noun is a kind of service or of body that serves the
# public with one ("the question-and-answer site", "a fibre provider", "a forum on which AI agents post", "one of
# the largest lenders"), not a person ("the bank's chief executive") or a body of any kind ("the shipping group")
_BODY_KINDS = SERVICE_BODY_KINDS
# (where the head noun phrase ends: a preposition, a relative word or a participle that starts its modifier)
_HEAD_ENDS = frozenset("of on in for with which that who where whose whom from at to by based run owned used known "
                       "called named founded launched built set and or".split())


def apposition_names_body(apposition: str) -> bool:
    """The apposition (", a forum on which bots post,") calls the name a kind of service or organisation."""
    words = apposition.strip(" ,").split()
    if words[:2] == ["one", "of"]:
        words = words[2:]
    elif words[:1] == ["among"]:
        words = words[1:]
    if words[:1] and words[0] in ("the", "a", "an"):
        words = words[1:]
    head = ""
    for word in words:
        if word in _HEAD_ENDS:
            break
        head = word
    head = head.lower()
    return head in _BODY_KINDS or (head.endswith("s") and head[:-1] in _BODY_KINDS) or (
        head.endswith("ies") and head[:-3] + "y" in _BODY_KINDS)


_NAME_THEN_WORD = re.compile(
    rf"(?P<name>[A-Z](?<![\w'’][A-Z]){_NAME_REST}(?: {_NAME}){{0,2}})(?P<poss>'s|’s|(?<=s)['’](?= ))?(?P<app>{_APPOSITION})? "
    rf"(?P<word>{'|'.join(sorted(_SERVICE_NOUNS | _OUTAGE_NOUNS | _OUTAGE_VERBS))}|{_COPULA_OUTAGE}|{_SAID_IT}"
    rf"(?:{'|'.join(sorted(_STOP_RESTORE_VERBS))}))\b")
# "Gusto's web app stopped loading", "Zapnet's home broadband customers": the possessive marks the name, and a
# service noun after a word or two of description ties it
_DESCRIBED_THINGS = _SERVICE_NOUNS | _SERVICE_PARTS | {"system", "portal", "site", "broadband", "email", "e-mail", "banking",
                                                      "cards", "api", "cloud",
                                                      # (a shop's own storefront: "Quillmoor's online shop went offline")
                                                      "shop", "shops", "store", "stores", "storefront", "webshop",
                                                      "checkout", "checkouts", "marketplace"}
_NAME_POSS_DESCRIBED_THING = re.compile(
    # (relevance.v24: an acronym among the words, and three of them, "Pelborne Telecom's TV and broadband services")
    rf"(?P<name>[A-Z](?<![\w'’][A-Z]){_NAME_REST}(?: {_NAME}){{0,2}})(?P<poss>'s|’s|(?<=s)['’](?= ))(?P<app>)"
    rf"(?: (?:[a-z][\w-]*|[A-Z]{{2,4}}(?![\w'’-]))){{0,3}} "
    rf"(?P<word>{'|'.join(sorted(_DESCRIBED_THINGS))})\b")
# relevance.v13: a name's own thing, whatever its noun, told failed right after ("Tarnwick's European build fleet was
# down", "Quillmoor's render farm went offline"): the possessive marks the name, the predicate the failure
_NAME_POSS_THING_FAILED = re.compile(
    rf"(?P<name>[A-Z](?<![\w'’][A-Z]){_NAME_REST}(?: {_NAME}){{0,2}})(?:'s|’s|(?<=s)['’](?= ))(?: [A-Za-z][\w-]*){{1,3}} "
    rf"(?:(?:was|were) (?:down|offline|unavailable)|went (?:down|offline|dark)|crashed|stopped working|failed(?! to)"
    # relevance.v20: giving way under load ("Stilehouse Ticketing's queue gave way under demand", "Quillnet's site buckled")
    rf"|gave way|buckled|collapsed|froze)\b")
_FAILED_GATE = (" down", " offline", " unavailable", " dark", " crashed", " stopped working", " failed", " gave way", " buckled",
                " collapsed", " froze")
# "shops using Yarrowpay card terminals", "Zapnet broadband customers": a name inside a sentence, then a word or
# two of description and a thing a provider runs or the people it serves; "Corvid Cloud, whose storage service"
_COMPOUND_THINGS = _DESCRIBED_THINGS | {"terminals", "accounts", "cards", "services"}
_NAME_COMPOUND_THING = re.compile(
    # (the word before is a lower-case word, not the end of a longer name: "Harwick Savings online banking")
    # (relevance.v19: or "The" opening the sentence, "The Grisedale Water customer website went down")
    rf"(?:\b[a-z][\w-]*,? |^The |(?<=[.!?] )The )(?P<name>[A-Z]{_NAME_REST}(?: {_NAME}){{0,2}})(?: [a-z][\w-]*){{1,2}} "
    rf"(?P<word>{'|'.join(sorted(_COMPOUND_THINGS))})\b"
    # (relevance.v18: with the kind of body first, "Quernstone Payroll, the Newport firm whose systems were down")
    rf"|(?P<name2>[A-Z](?<![\w'’][A-Z]){_NAME_REST}(?: {_NAME}){{0,2}}), (?:(?:the|a|an) (?:[\w-]+ ){{1,3}}?)?whose (?:[a-z][\w-]* ){{0,2}}"
    rf"(?P<word2>{'|'.join(sorted(_COMPOUND_THINGS))})\b")
# "Telecom operator Brightcell said a fault cut data", "the payments firm Yarrowpay": the kind of body written
# before the name, as a title is
_KIND_BEFORE_NAME = re.compile(  # (the kinds grouped by first letter: the same matches, tried at every word)
    rf"\b(?:{grouped_alternation(tuple(sorted(_BODY_KINDS | GENERIC_BODY_KINDS | {'group'})))}) "
    rf"(?P<name>[A-Z]{_NAME_REST}(?: (?:&|{_NAME})){{0,2}})")
_OUTAGE_NOUN_STEMS = ("outage", "disruption", "blackout", "downtime", "failure", "glitch", "meltdown")
_PREP_NAME_GATE = (*_OUTAGE_NOUN_STEMS, "failed", "crashed", "collapsed", "went down", "stopped working", "fault", "breakdown",
                   "malfunction", "attack", "hack", "breach")
# "Southwest cancelled close to 17,000 flights", "Kestrel Rail suspended all trains": an operator that
# called off its own trips names its service in the object, which ties the name as a service noun does.
_TRIPS = ("flights", "trains", "departures", "sailings", "journeys")
_NAME_CALLED_OFF_TRIPS = re.compile(
    rf"(?P<name>[A-Z](?<![\w'’][A-Z]){_NAME_REST}(?: {_NAME}){{0,2}}) (?:(?:has|had|have) )?(?:cancel(?:l)?ed|cancels|grounded|grounds|"
    rf"delayed|scrapped|axed|suspended|suspends|halted|halts) (?:[\w,.'’-]+ ){{0,3}}?(?:{'|'.join(_TRIPS)})\b")
# "pulled Moltbook offline", "knocked Zapnet's site off the internet", "shut Tarnline down": the name as the
# object of a verb that takes a service out of use is whose outage it is
_TAKE_DOWN_VERBS = ("took", "take", "takes", "taken", "taking", "pulled", "pull", "pulls", "pulling", "knocked", "knock",
                    "knocks", "knocking", "brought", "bring", "brings", "bringing", "forced", "force", "forces", "forcing",
                    "kept", "keep", "keeps", "keeping", "shut", "shuts", "shutting", "switched", "switch", "switching",
                    "turned", "turn", "turning", "left", "leaving", "put", "puts", "putting")
_NAME_TAKEN_DOWN = re.compile(
    rf"\b(?:{'|'.join(_TAKE_DOWN_VERBS)}) (?:the )?(?P<name>[A-Z]{_NAME_REST}(?: {_NAME}){{0,2}})(?:['’]s(?: [\w-]+){{1,2}})? "
    rf"(?:offline|off-line|off the (?:internet|web|air|network)|down|out of (?:action|service)|dark)\b")
_TAKE_DOWN_GATE = ("offline", "off-line", "off the", " down", "out of action", "out of service", " dark")
# relevance.v18: the place or operator whose trips were stopped, in the passive ("Flights at Tarnmouth Airport were
# grounded", "trains on the Ferrowmoor line were cancelled")
_TRIPS_AT_NAME = re.compile(
    rf"\b(?i:flights|trains|departures|sailings|journeys) (?:at|from|on|by|with|out of) (?:the )?(?P<name>{_NAME_RUN}) "
    rf"(?:(?:were|was|had been|have been) )(?:grounded|cancel(?:l)?ed|suspended|halted|delayed|diverted)\b")
# relevance.v18: a name after a preposition, its outlets or its product right after it ("could not charge at Voltmere
# stations", "book meals through the Lanthorn app"); what a body sends, from it ("deliveries from Parcelwing were
# delayed"); a market whose trading stopped ("Trading on the Harwell Stock Exchange was halted")
_OUTLET_NOUNS = ("app", "apps", "website", "websites", "site", "sites", "portal", "platform", "network", "stores", "shops", "supermarkets",
                "branches", "stations", "depots", "terminals", "machines", "pumps", "chargers", "tills", "checkouts", "servers",
                # relevance.v19: the devices a maker's service runs ("Owners of Quenby smart locks")
                "locks", "cameras", "doorbells", "thermostats", "speakers", "routers", "headsets", "watches", "trackers", "meters")
_NAME_OUTLETS = re.compile(
    rf"\b(?:at|from|through|via|on|in|to) (?:the )?(?P<name>{_NAME_RUN}) (?:{'|'.join(_OUTLET_NOUNS)})\b"
    rf"|\b(?i:deliveries|parcels|shipments|orders|payments|payouts) (?:from|by|with|at) (?:the )?(?P<name2>{_NAME_RUN})\b"
    rf"|\b(?i:trading) (?:on|in|at) (?:the )?(?P<name3>{_NAME_RUN}) (?:was|were|had been|has been) (?:halted|suspended|stopped|paused|frozen)\b")
_NAME_OUTLETS_GATE = (*_OUTLET_NOUNS, "deliveries", "parcels", "shipments", "orders", "payments", "payouts", "trading")
# relevance.v16: "Solicitors lost access to Lumenmere", "customers could not reach Zapnet": the name of what people could
# not use
_ACCESS_LOST_TO_NAME = re.compile(
    rf"\b(?:(?:lost|lose|loses|losing) (?:all )?access to|(?:could not|couldn't|were unable to|was unable to|cannot|can't) "
    rf"(?:reach|access|use|log in to|log into|sign in to|get into|connect to)) (?P<name>[A-Z]{_NAME_REST}(?: {_NAME}){{0,2}})\b")
# relevance.v16: the one who explains an outage, its own: "an outage that Nettlefield blamed on a database fault",
# "Nettlefield blamed the outage on a database fault"
_NAME_EXPLAINS_OUTAGE = re.compile(
    rf"\b(?:outage|disruption|failure|breakdown|glitch|problem|trouble)s? (?:that|which) "
    rf"(?P<name>[A-Z]{_NAME_REST}(?: {_NAME}){{0,2}}) (?:has |had |later |quickly )?(?:blamed|blames|attributed|attributes|put down)\b"
    rf"|(?P<name2>[A-Z](?<![\w'’][A-Z]){_NAME_REST}(?: {_NAME}){{0,2}}) (?:has |had |later |quickly )?(?:blamed|blames|attributed|attributes) "
    rf"(?:the|its|an|a|this|that|Tuesday's|Monday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's) "
    rf"(?:[\w-]+ )?(?:outage|disruption|failure|breakdown|glitch|problem|trouble)s?\b(?! of\b)"  # (not "the failure of a contract")
    # relevance.v17: the name saying what was to blame, in a sentence that names a cause: "Invenco said a software issue
    # linked to the leap day was to blame", "Quillnet, which runs the terminals, said a faulty update was the cause"
    rf"|(?P<name3>[A-Z](?<![\w'’][A-Z]){_NAME_REST}(?: {_NAME}){{0,2}})(?:, which [^,]{{3,60}},)? (?:said|says|has said|"
    rf"confirmed|admitted) (?:(?:at the time|later|then|afterwards|on \w+) )?(?:that )?(?:a|an|the) [^,.;]{{3,80}}? (?:was|were|had been) (?:to blame|the cause|responsible|behind it)\b"
    # relevance.v19: the name blaming a thing written in lower case, quoted or not ('The Cabinet Office blamed
    # "unprecedented demand"'; not "Microsoft blamed CrowdStrike": a body blamed is another's)
    rf"|(?P<name4>[A-Z](?<![\w'’][A-Z]){_NAME_REST}(?: {_NAME}){{0,2}}) (?:has |had |later |quickly )?(?:blamed|blames) [\"“]?"
    rf"(?!(?:(?:the|an?|its) )?(?:outage|disruption|failure|breakdown|glitch|problem|trouble)s?\b)[a-z]")  # (those nouns: name2 above)
_EXPLAINS_GATE = ("blame", "attribut", "put down", "the cause", "responsible", "behind it")
_ACCESS_LOST_GATE = ("access to ", "could not ", "couldn't ", "unable to ", "cannot ", "can't ")
# "The breach forced Quillnet to shut its app", "prompted Zapnet to suspend payments": the name made to stop its service
_NAME_FORCED_TO_STOP = re.compile(
    rf"\b(?:forced|forcing|forces|force|led|leading|prompted|prompting|prompts) (?P<name>[A-Z]{_NAME_REST}(?: {_NAME}){{0,2}}) "
    rf"to (?:shut|take|close|pull|switch|suspend|halt|pause|stop|disable)\b")
_FORCED_GATE = ("forced ", "forcing ", "forces ", "force ", "led ", "leading ", "prompted ", "prompting ", "prompts ")
# "a Tarnline spokesperson said", "Zapnet officials confirmed": a name that has a spokesperson is a body's, and
# in an outage sentence the body whose failure is told
_NAME_SPOKESPERSON = re.compile(rf"(?P<name>[A-Z](?<![\w'’][A-Z]){_NAME_REST}(?: {_NAME}){{0,2}}) "
                                rf"(?:spokes(?:man|woman|person|people|men|women)|representatives?|officials?|press office)\b")
_SPOKESPERSON_GATE = ("spokes", "representative", "official", "press office")
# "Customers of Northbank could not log in", "subscribers of Zapnet lost service": the people a named
# company serves, in a sentence about a failure.
_PEOPLE_OF_NAME = re.compile(rf"\b(?i:customers|users|subscribers|clients|account holders|shoppers|passengers|players|"
                             rf"members|patients|residents|students|travellers|travelers|merchants|"
                             # relevance.v19: those who own or ride what the body runs ("Owners of Quenby locks")
                             rf"owners|drivers|riders|tenants|cardholders|card holders|policyholders|listeners|viewers|"
                             # and those who work there: "Staff at Fenwick Hospital went back to paper"
                             rf"staff|employees|workers|doctors|nurses|clinicians|teachers|call handlers) (?:of|at|on) (?:the )?({_NAME_RUN})")
# relevance.v22: those who use a named service, told in a relative clause ("Hospitals that use Nuance have been without
# the service", "practices which rely on Pawledger could not see their books")
_CLIENTS_OF_NAME = re.compile(rf"\b(?:that|who|which) (?:use|used|uses|rely on|relied on|relies on|depend on|depended on|depends on|"
                              rf"run on|subscribe to|subscribed to) (?:the )?({_NAME_RUN})")
_CLIENTS_OF_GATE = ("that use", "who use", "which use", "that rel", "who rel", "which rel", "that depend", "who depend",
                    "which depend", "that run on", "which run on", "that subscribe", "who subscribe")
_SERVICE_USERS = frozenset("customers users subscribers clients account players members passengers merchants shoppers "
                           "owners drivers riders tenants cardholders card policyholders listeners viewers".split())
_PEOPLE_OF_GATE = ("customers of", "users of", "subscribers of", "clients of", "holders of", "shoppers of",
                   "passengers of", "players of", "members of", "patients of", "patients at", "residents of",
                   "shoppers at", "customers at",
                   "students of", "students at", "travellers of", "travelers of", "merchants of",
                   # "passengers on Tarnline services", "customers on Velto"
                   "customers on", "users on", "subscribers on", "passengers on", "travellers on", "travelers on",
                   "staff at", "staff of", "employees at", "employees of", "workers at", "doctors at", "nurses at",
                   "clinicians at", "teachers at", "call handlers at",
                   "owners of", "drivers of", "riders of", "tenants of", "cardholders of", "policyholders of", "listeners of",
                   "viewers of", "drivers on", "riders on", "listeners on", "viewers on")
# What a named body runs, at or of it, ties the name by itself: "Patient records at Greywater Health could not
# be opened", "the booking systems of Tarn Rail".
_THINGS = ("records", "systems", "services", "website", "websites", "web site", "web sites", "site", "sites", "app", "apps",
           "servers", "payments", "network", "networks", "platform", "platforms")
_RUNNING = ("processed", "handled", "run", "operated", "hosted", "powered", "managed")
_THINGS_OF_NAME = re.compile(rf"\b(?i:{'|'.join(_THINGS)}) (?:of|at) (?:the )?({_NAME_RUN})"
                             # ... or run by it: "card payments processed by Nordvik were declined"
                             # (its kind may come first: "the portal run by the exam board Qualset")
                             rf"|\b(?:{'|'.join(_RUNNING)}) by (?:the )?(?:[a-z][\w-]* ){{0,3}}?({_NAME_RUN})")
# (every match holds one of these, in the lower-cased sentence)
_THINGS_OF_GATE = tuple(f"{w} {p} " for w in _THINGS for p in ("of", "at")) + tuple(f"{w} by " for w in _RUNNING)
# The name that opens the sentence owns the thing the sentence says was hit: "Japan Airlines said an attack on
# its network disrupted check-in", "Tarnbrook, which makes software for clinics, said the agent erased its
# database", "The Hollin Library has put its catalogue back online" ("its"/"their" refer back to the subject).
_OWNED_THINGS = (*_THINGS, "system", "server", "service", "database", "databases", "data", "files", "computers", "catalogue", "catalog", "check-in",
                 "region", "regions", "data centre", "data centres", "data center", "data centers",
                 "booking", "bookings", "reservations", "ticketing", "email", "e-mail", "phones", "infrastructure", "portal", "portals",
                 "operations", "customers", "users", "members", "passengers", *sorted(_SERVICE_PARTS - {"payments"}))
_SUBJECT_OWNS = re.compile(
    # (a possessive inside the name: "St Aldric's Hospital", "Sainsbury's")
    rf"^(?:The )?(?P<name>[A-Z]{_NAME_REST}(?:['’]s)?(?: {_NAME}(?:['’]s)?){{0,2}})(?P<app>,[^,.;:\"“”]{{3,80}},)? (?=[a-z])[^.;:]{{0,160}}?"
    rf"\b(?:(?:its|their) (?:[\w-]+ ){{0,2}}?(?:{'|'.join(_OWNED_THINGS)})\b"
    # relevance.v18: or whatever of its own a harm verb took ("said an expired certificate knocked out its prescription
    # ordering", "said hackers took its channels off air")
    rf"|(?:knocked out|knocked|took|taken|brought down|crippled|disabled|disrupted|paralysed|paralyzed|shut down) (?:its|their) [a-z])")


# "The service's maker, Driftbox, said…", "its operator, Tarnline, has": a name in apposition to a noun of the body
# that makes, owns or runs the service (not a supplier's or contractor's: they stand on the cause's side).
# (a parent or holding company owns the body that runs the service: "Its parent company, Orvex, said")
_BODY_THEN_NAME = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[\w-]+['’]s) (?:[\w-]+ ){{0,2}}?(?<!parent )(?<!holding )(?:maker|makers|owner|owners|operator|"
                             rf"operators|provider|developer|developers|publisher|company|firm), ({_NAME_RUN}),")
_BODY_NOUNS = ("maker", "owner", "operator", "provider", "developer", "publisher", "company", "firm")


def introduced_as_body(name: str, text: str) -> bool:
    """The text introduces the name in apposition to a noun of the body that runs a service (_BODY_THEN_NAME)."""
    return any(m.group(1).endswith(name) for m in _BODY_THEN_NAME.finditer(text)) if name in text else False


def described_as_body(name: str, text: str) -> bool:
    """The text describes the name between commas as a kind of service or body ("Enrichlead, a small tool that
    found sales leads, ...": apposition_names_body), or (relevance.v16) by what it runs or supplies ("Nettlefield,
    which processes card payments for 40,000 shops, went down")."""
    if name not in text:
        return False
    if any(apposition_names_body(m.group(0)) for m in re.finditer(rf"(?<=\b{re.escape(name)}){_APPOSITION}", text)):
        return True
    return any(m.group("name").endswith(name) for m in _NAME_WHICH_RUNS.finditer(text))


def explains_an_outage(name: str, text: str) -> bool:
    """relevance.v16: the text has the name explain an outage ("an outage that Nettlefield blamed on a database fault"):
    a body speaking of its own failure."""
    return name in text and any((m.group("name") or m.group("name2") or m.group("name3") or m.group("name4") or "").endswith(name)
                                for m in _NAME_EXPLAINS_OUTAGE.finditer(text))


def _written_as_a_persons_name(name: str, document: str) -> bool:
    """The document writes the name after a title or a given name ("Ms Tukino", "Marama Tukino"): a person's surname."""
    if " " in name or name not in document:
        return False
    return any(m.group(1) not in _NOT_GIVEN_NAMES
               for m in re.finditer(rf"\b((?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?|[A-Z][a-z]+) {re.escape(name)}\b", document))


# Capitalised words that open a sentence or clause before a name, which no given name is ("The Invenco terminals")
_NOT_GIVEN_NAMES = frozenset("The A An Its Their Our Your His Her By From At For With And But When While After Before Since On In "
                             "Of To As If So Then That This These Those Both Each Every Why How What Where Like Unlike".split())


# relevance.v18: a title that names the outage after a body ("Two stories about one Monday: inside the Hollowmere outage",
# "Quillnet's outage: what we know")
_TITLE_NAMED_OUTAGE = re.compile(rf"(?:\b[Tt]he |^|: )(?P<name>[A-Z](?<![\w'’][A-Z]){_NAME_REST}(?: {_NAME}){{0,2}})(?:['’]s)? "
                                 rf"(?:outage|outages|blackout|meltdown|breakdown|hack|breach|cyberattack|cyber-attack)\b")


def title_outage_name(title: str, text: str) -> str | None:
    """The name a title calls the outage by, when the text writes it at least twice and it is no English word."""
    m = _TITLE_NAMED_OUTAGE.search(title)
    if m is None:
        return None
    name, _start = _trim_name(m.group("name"), m.start("name"))
    return name if name and not _all_english_words(name) and text.count(name) >= 2 else None


# relevance.v19: a word or two describing the product between ("the Copperleaf dating app"), no word of a clause
_DESCRIBING_WORDS = (r"(?:(?!(?:the|a|an|its|their|his|her|said|says|and|or|but|was|were|is|are|has|had|to|of|in|on|for|with|by|"
                     r"at|from|that|which|who)\b)[a-z][\w-]* ){0,2}")


def named_with_its_outlets(name: str, text: str) -> bool:
    """relevance.v18: the text writes the name right before its outlets or product ("Pennyfield supermarkets", "the
    Lanthorn app", "Voltmere stations"): a body's or a service's name, not a person's."""
    if name not in text or _all_english_words(name):
        return False  # ("Affected users", "Online stores": English words, capitalised where a sentence opens)
    if re.search(rf"(?<![\w'’-]){re.escape(name)} {_DESCRIBING_WORDS}(?:{'|'.join(_OUTLET_NOUNS)})\b", text) is not None:
        return True
    # ... or what it sends, from it, or its market ("deliveries from Parcelwing", "trading on the Harwell Exchange")
    return any(_trim_name(m.group(g), m.start(g))[0] == name for m in _NAME_OUTLETS.finditer(text)
               for g in ("name2", "name3") if m.group(g))


def tied_as_taken_down_or_runner(name: str, text: str) -> bool:
    """relevance.v18: the text has the name taken off the internet ("Hackers knocked the Pellmore Times offline"), running
    what failed ("the dispatch system run by Medirelay failed"): tied to the outage by its construction alone. (Not a
    closing tag's speaker, "…lost service for six hours, Kernowlink said.": a regulator says the same, "…, Ofcom said.")"""
    if name not in text or _all_english_words(name):
        return False
    if any(_trim_name(m.group("name"), m.start("name"))[0] == name for m in _NAME_TAKEN_DOWN.finditer(text)):
        return True
    return any(m.group(2) and _trim_name(m.group(2), m.start(2))[0] == name for m in _THINGS_OF_NAME.finditer(text))


def used_by_clients(name: str, text: str) -> bool:
    """relevance.v22: the text has people or bodies using the name, in a relative clause ("practices that use Pawledger
    could not see their books"): the name is a service they use."""
    if name not in text or not _has(text.lower(), _CLIENTS_OF_GATE):
        return False
    return any(_trim_name(m.group(1), m.start(1))[0] == name for m in _CLIENTS_OF_NAME.finditer(text))


def named_after_its_kind(name: str, text: str) -> bool:
    """provider.v19: the text writes the kind of body before the name, as a title ("Regional broadcaster Quillvane TV
    said", "developer Polyphony Digital said"): an organisation's name."""
    return name in text and any(_trim_name(m.group("name"), m.start("name"))[0] == name
                                for m in _KIND_BEFORE_NAME.finditer(text))


def has_spokesperson(name: str, text: str) -> bool:
    """The text gives the name a spokesperson or officials ("a Pellworth spokesperson said"): a body's name."""
    return name in text and any(m.group("name").endswith(name) for m in _NAME_SPOKESPERSON.finditer(text))


def subject_owning_harmed_thing(text: str, document: str = "") -> tuple[str, int] | None:
    """The organisation's name (and its offset) that opens an outage sentence whose "its"/"their" thing was hit
    (_SUBJECT_OWNS): a name, not an English word that opens the sentence anyway ("Engineers said their
    systems ..."), unless a clause after it describes it or "The" opens a name of several words (relevance.v20: or the
    document writes those capitalised words again, "American Water portal back online" over "American Water said its
    MyWater portal …")."""
    m = _SUBJECT_OWNS.match(text)
    if m is None:
        return None
    titled = None if m.group("app") else _KIND_THEN_NAME.match(text, m.end("name"))
    if titled is not None:
        # provider.v22: a kind written as a title before the name, "Observability provider Loftgauge says … its EU region":
        # the capitalised first word is the kind's modifier, the name after the kind noun is the subject
        return _trim_name(titled.group("name"), titled.start("name"))
    name, start = _trim_name(m.group("name"), m.start("name"))
    # (after "The", capitals mark a name: "The Marrow Library")
    if not name or (_all_english_words(name) and not m.group("app") and not (start > 0 and " " in name)
                    and not (" " in name and document.count(name) >= 2)):
        return None
    if m.group("app") and _PERSON_ROLE.search(m.group("app")):
        return None  # relevance.v14: "Morag Kerr, the union's organiser for Tayside, said …": a person, described by a role
    nearer = list(_NEARER_POSSESSOR.finditer(text, m.end("app") if m.group("app") else m.end("name"), m.end()))
    if nearer:
        # provider.v16: "The panel upheld complaints about Hollin Broadband's outage and found its system …": the nearer name's
        return _trim_name(nearer[-1].group("name"), nearer[-1].start("name"))
    return name, start


# provider.v22: " provider Loftgauge", " firm Grendle": a kind noun, lower case, then a name
_KIND_THEN_NAME = re.compile(rf" (?:{'|'.join(sorted(_KIND_WORDS, key=len, reverse=True))}) (?P<name>{_NAME_RUN})\b")
# A name in the possessive between the subject and its "its"/"their": the possessive refers back to the nearer name
_NEARER_POSSESSOR = re.compile(rf"(?<![\w'’])(?P<name>[A-Z]{_NAME_REST}(?: {_NAME}){{0,2}})['’]s? ")
# The head of an apposition that describes a person, not an organisation
_PERSON_ROLE = re.compile(r"\b(?:organi[sz]er|spokes(?:person|woman|man)|executive|officer|founder|co-founder|director|manager|"
                          r"analyst|engineer|president|minister|secretary|chief|chair(?:man|woman)?|professor|researcher|"
                          r"reporter|editor|leader|representative|official|economist|consultant|CEO|CTO|CIO)s?\b")


def _all_english_words(name: str) -> bool:
    """Every word of the name is one the lemma table knows ("Engineers", "Network Engineers"), as a name
    with a word of its own ("St Aldric's Hospital", "Japan Airlines") is not."""
    return all(_english_word(w.removesuffix("'s").removesuffix("’s")) for w in name.split(" "))


_OUTAGE_PREP_NAME = re.compile(
    rf"\b(?:{'|'.join(sorted(_OUTAGE_NOUNS))}) (?:{'|'.join(sorted(_PREPS))}) (?:the )?({_NAME_RUN})"
    # ... and a failure placed at it by its verb: "card payments failed at Dunleary Stores"
    rf"|\b(?:failed|crashed|collapsed|went down|stopped working) (?:at|across|on) (?:the )?({_NAME_RUN})"
    rf"|\b(?:faults?|breakdowns?|malfunctions?) (?:at|in|with|affecting|hitting) (?:the )?({_NAME_RUN})"
    # ... or an attack made on it: "after a cyberattack on Dealerline", "the ransomware attack on Collins"
    rf"|\b(?:cyber-?attacks?|attacks?|hacks?|breach(?:es)?) (?:on|at|against|affecting|hitting) (?:the )?({_NAME_RUN})")


_IT_INITIALS = re.compile(r"\bIT\b")
# The sentence's subject, introduced between commas as a kind of service or body, whatever its verb: "Postwick, a
# small email host, lost a week of mail", "Tea, the dating-safety app, switched off its messages"
_LEADING_BODY = re.compile(rf"^(?:The )?(?P<name>{_NAME_RUN})(?P<app>{_APPOSITION})")
_APPOSITION_OPENERS = (", the ", ", a ", ", an ", ", one of ", ", among ")  # (every match of _APPOSITION opens so)
# A name a clause says runs or supplies something, in an outage sentence: "after ransomware hit Brightgate Systems,
# which supplies the shared check-in software"
_NAME_WHICH_RUNS = re.compile(rf"(?P<name>[A-Z](?<![\w'’][A-Z]){_NAME_REST}(?: {_NAME}){{0,2}}), (?:which|that) "
                              rf"(?:makes|runs|operates|supplies|provides|hosts|powers|handles|processes|serves|builds|develops)\b")


def names_in_outage_constructions(s: SentenceInfo, ambiguous: frozenset[str] = frozenset(), document: str = "") -> list[str]:
    """Capitalised names the sentence ties to a service or an outage: names outside the gazetteer, and
    bare brand words that are also ordinary words ("Visa's network", "an outage at Square").
    Matched on the text (not token by token: this runs on every outage sentence). `document`: the title and
    text, where a name that opens the sentence may be found again (which marks it as a name)."""
    text = s.text
    matches = list(_NAME_THEN_WORD.finditer(text))
    possessive = "'s " in text or "’s " in text or "s' " in text or "s’ " in text  # (relevance.v18: "Brackenfold Games' servers")
    if possessive:
        matches += _NAME_POSS_DESCRIBED_THING.finditer(text)
    # (an outage noun, as written, is needed for a match)
    prep_matches = list(_OUTAGE_PREP_NAME.finditer(text)) if _has(text, _PREP_NAME_GATE) else []
    people = list(_PEOPLE_OF_NAME.finditer(text)) if _has(_lower(s), _PEOPLE_OF_GATE) else []
    clients = list(_CLIENTS_OF_NAME.finditer(text)) if _has(_lower(s), _CLIENTS_OF_GATE) else []
    trips = list(_NAME_CALLED_OFF_TRIPS.finditer(text)) if _has(_lower(s), _TRIPS) else []
    trips += _NAME_TAKEN_DOWN.finditer(text) if _has(_lower(s), _TAKE_DOWN_GATE) else []
    trips += _NAME_FORCED_TO_STOP.finditer(text) if _has(_lower(s), _FORCED_GATE) else []
    trips += _ACCESS_LOST_TO_NAME.finditer(text) if _has(_lower(s), _ACCESS_LOST_GATE) else []
    trips += _TRIPS_AT_NAME.finditer(text) if _has(_lower(s), _TRIPS) else []
    outlets = list(_NAME_OUTLETS.finditer(text)) if _has(_lower(s), _NAME_OUTLETS_GATE) else []
    explained = list(_NAME_EXPLAINS_OUTAGE.finditer(text)) if _has(_lower(s), _EXPLAINS_GATE) else []
    compounds = list(_NAME_COMPOUND_THING.finditer(text)) if _has(_lower(s), _COMPOUND_THINGS) else []
    kinds_before = list(_KIND_BEFORE_NAME.finditer(text))
    # (a spokesperson's body by a name no English words make up: not "State officials", "White House officials")
    spoken_for = list(_NAME_SPOKESPERSON.finditer(text)) if _has(_lower(s), _SPOKESPERSON_GATE) else []
    things = list(_THINGS_OF_NAME.finditer(text)) if _has(_lower(s), _THINGS_OF_GATE) else []
    owner = subject_owning_harmed_thing(text, document) if text[:1].isupper() and _has(_lower(s), (" its ", " their ")) else None
    bodies = list(_BODY_THEN_NAME.finditer(text)) if "," in text and _has(_lower(s), _BODY_NOUNS) else []
    leading = _LEADING_BODY.match(text) if "," in text and _has(text, _APPOSITION_OPENERS) else None
    if leading is not None and not apposition_names_body(leading.group("app")):
        leading = None
    runners = list(_NAME_WHICH_RUNS.finditer(text)) if ", which " in text or ", that " in text else []
    own_failed = list(_NAME_POSS_THING_FAILED.finditer(text)) if possessive and _has(_lower(s), _FAILED_GATE) else []
    if (not matches and not prep_matches and not people and not clients and not trips and not outlets and not explained and not things and owner is None and not bodies
            and not spoken_for and not compounds and not kinds_before and leading is None and not runners and not own_failed):
        # last, a name that is the subject of relevance's own disruption words: "Chatterly is not delivering
        # messages", "Quillstock buckled under the load" (a name no English word makes up, or shaped as an
        # organisation's; asked only where no other construction matched and a capital stands past the first letter)
        runners = _names_before_disruption(text, _lower(s), document) if _CAPITAL.search(text, 1) else []
        if not runners:
            return []
    # a place inside a longer name does not make the name known: "Japan Airlines", "Bank of Ireland"
    known = [(e.start - s.start, e.end - s.start) for e in s.ents if e.text not in ambiguous and e.label != "REGION"]
    places = {e.text for e in s.ents if e.label == "REGION"}
    # (information technology written as its initials: "an IT failure at NS", "its IT systems"; "it" is a pronoun)
    has_internet = bool(_INTERNET.search(_lower(s))) or _IT_INITIALS.search(text) is not None
    names: list[str] = []
    for m in matches:
        name, start = _trim_name(m.group("name"), m.start("name"))
        word = m.group("word")
        tied = (word in _SERVICE_NOUNS or (m.group("poss") and word in _DESCRIBED_THINGS) or has_internet
                # relevance.v18: the name's own outage ("Cellcom's outage has landed on customers across Wisconsin"), or
                # the outage named after it ("inside the Hollowmere outage", "since the Quillnet outage")
                or (word in _OUTAGE_NOUNS and (m.group("poss") or text[max(0, start - 4):start].lower() == "the "))
                or bool(m.group("app") and apposition_names_body(m.group("app")))
                # an organisation's name as the subject of a failure: "Harlowe Games suffered an outage",
                # "Quillstock was down" (not "failed to": what someone did not manage)
                or (_org_like(name) and (word in _FAILING_VERBS or word.startswith(_COPULAS))
                    and not text.startswith(" to ", m.end()) and not _MARKET_MOVE.match(text, m.end()))
                # relevance.v18: a broadcaster's name going off air ("Harrowgate Radio went off the air")
                or (_org_like(name) and word in ("went", "goes") and _OFF_AIR_AFTER.match(text, m.end()) is not None))
        # a sentence's first word is capitalised anyway: there only the possessive or an apposition marks a
        # name, or, before a verb, a word that is no English word ("Zapnet restored service", not "Engineers
        # restored")
        marked = (start > 0 or m.group("poss") or m.group("app")
                  or (word.rsplit(" ", 1)[-1] in _STOP_RESTORE_VERBS and not _english_word(name))
                  # "Kiwibank customers were unable to log in" under "Kiwibank app down": a word no English
                  # lemma table knows, written again elsewhere in the document
                  or (word in _SERVICE_NOUNS and not _english_word(name) and document.count(name) >= 2)
                  # ... or an organisation's name that the document writes again
                  or (_org_like(name) and document.count(name) >= 2)
                  # relevance.v15: ... or one written once, shaped as an organisation's and opening on no English word
                  # ("Brindlewood Hosting was down for three hours")
                  or (organisation_shaped(name) and " " in name and not _english_word(name)))
        if name and tied and marked and not _overlaps(start, start + len(name), known):
            names.append(name)
    for m in things:
        group = 1 if m.group(1) else 2
        name, start = _trim_name(m.group(group), m.start(group))
        if name and not _overlaps(start, start + len(name), known):
            names.append(name)
    for m in trips:
        name, start = _trim_name(m.group("name"), m.start("name"))
        if name and (start > 0 or not _english_word(name)) and not _overlaps(start, start + len(name), known):
            names.append(name)
    for m in outlets:
        group = "name" if m.group("name") else "name2" if m.group("name2") else "name3"
        name, start = _trim_name(m.group(group), m.start(group))
        if name and not _overlaps(start, start + len(name), known):
            names.append(name)
    for m in explained:
        group = next(g for g in ("name", "name2", "name3", "name4") if m.group(g))
        name, start = _trim_name(m.group(group), m.start(group))
        if group in ("name3", "name4") and _written_as_a_persons_name(name, document or text):
            continue  # "Tukino said a calendar bug was to blame": a person the document named in full before
        # (a body of two or more capitalised words may be made of English words: "The Cabinet Office blamed …")
        if name and (not _english_word(name) or group == "name4" and " " in name) and not _overlaps(start, start + len(name), known):
            names.append(name)
    if owner is not None and owner[0] not in names and not _overlaps(owner[1], owner[1] + len(owner[0]), known):
        names.append(owner[0])
    for m in compounds:
        group = "name" if m.group("name") else "name2"
        name, start = _trim_name(m.group(group), m.start(group))
        if name and not _overlaps(start, start + len(name), known):
            names.append(name)
    for m in kinds_before:
        name, start = _trim_name(m.group("name"), m.start("name"))
        if name and not _overlaps(start, start + len(name), known):
            names.append(name)
    for m in spoken_for:
        name, start = _trim_name(m.group("name"), m.start("name"))
        if name and not _all_english_words(name) and not _overlaps(start, start + len(name), known):
            names.append(name)
    for m in bodies:
        name, start = _trim_name(m.group(1), m.start(1))
        if name and name not in names and not _overlaps(start, start + len(name), known):
            names.append(name)
    for m in ([leading] if leading is not None else []) + runners:
        name, start = _trim_name(m.group("name"), m.start("name"))
        if name and name not in names and not _overlaps(start, start + len(name), known):
            names.append(name)
    for m in own_failed:
        name, start = _trim_name(m.group("name"), m.start("name"))
        if name and name not in names and name.lower() not in _area_names() and not _overlaps(start, start + len(name), known):
            names.append(name)  # (not a place's: "Britain's busiest commuter line was down")
    names = [n for n in names if n not in places]
    if has_internet:
        tied = prep_matches + people
    else:
        # the people of a body whose computer system failed ("the trust's patient record system crashed")
        tied = people if people and _has(_lower(s), (" system", " records")) else []
        # ... or those who use a service of a name no English word makes up ("Players of Emberfall were kicked from
        # matches", "customers of Quillstock could not trade"; not "residents of Springfield")
        if people and not tied:
            tied = [m for m in people if m.group(0).split(" ", 1)[0].lower() in _SERVICE_USERS
                    and _org_like(_trim_name(m.group(1), 0)[0])]
        # a failure placed at a name shaped as an organisation's or no English word ("the outage at Palisade
        # Exchange", "an outage at Zapnet"; not "an outage at Easter", nor a grid's "blackout across Iberia")
        # (a possessive names an owner, maybe a place: "a fault at Britain's air traffic control provider")
        if prep_matches and not _names_power(_lower(s)):
            tied += [m for m in prep_matches if _org_like(_trim_name(m.group(m.lastindex), 0)[0])
                     and text[m.end(m.lastindex):m.end(m.lastindex) + 2] not in ("'s", "’s")]
    # (relevance.v22: a name its users use, in a relative clause, shaped as an organisation's or no English word, or a
    # known brand that is also an ordinary word, capitalised there: "that use Nuance")
    tied += [m for m in clients if _org_like(n := _trim_name(m.group(1), 0)[0]) or n in ambiguous]
    for m in tied:
        group = m.lastindex or 1
        name, start = _trim_name(m.group(group), m.start(group))
        if name and not _overlaps(start, start + len(name), known):
            names.append(name)
    return names


@lru_cache(maxsize=1)
def _area_names() -> frozenset[str]:
    """Every place the regions gazetteer lists in its areas, lower-cased ("britain", "yorkshire", "lagos")."""
    return frozenset(n.lower() for n in area_of_place())


_CAPITAL = re.compile(r"[A-Z]")
_NAME_AT_END = re.compile(rf"(?:^|[^\w'’])(?P<name>{_NAME_RUN}) $")


def _names_before_disruption(text: str, low: str, document: str) -> list[re.Match]:
    """Matches (group "name") of names right before a disruption of relevance's own class in the sentence; a name
    that opens the sentence (capitalised anyway) only where the document writes it again."""
    found = []
    for m in _DISRUPTION.finditer(low):
        before = _NAME_AT_END.search(text, max(0, m.start() - 60), m.start())
        if before is None:
            continue
        name = _trim_name(before.group("name"), 0)[0]
        # (relevance.v14: or shaped as an organisation's, "Quayside Ferries has been unable to take bookings")
        if _org_like(name) and (before.start("name") > 0 or document.count(name) >= 2 or organisation_shaped(name)):
            found.append(before)
    return found


def _org_like(name: str) -> bool:
    """A name shaped as an organisation's ("Palisade Exchange") or whose first word is no English word ("Zapnet")."""
    return bool(name) and (organisation_shaped(name) or not _english_word(name))


def _english_word(name: str) -> bool:
    """The name's first word is an English word: one the lemma table knows as inflecting ("Engineers", "Staff",
    "Banks") or a common word that does not inflect ("Broadband", "Software"), as a name of a company ("Northbank",
    "Zapnet", "Vodafone") is not."""
    first = name.split(" ", 1)[0]
    return inflects(first) or is_common_word(first)


def _trim_name(name: str, start: int) -> tuple[str, int]:
    """Drop capitalised function words and month or day names from a name's edges ("The Internet Archive")."""
    words = name.split(" ")
    while words and (words[0] in _NOT_NAMES or len(words[0]) < 2):
        start += len(words[0]) + 1
        words = words[1:]
    while words and (words[-1] in _NOT_NAMES or len(words[-1]) < 2):
        words = words[:-1]
    return " ".join(words), start


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < y and x < b for x, y in spans)


_TITLE_WORD = re.compile(r"[^\s\"“”(),:;!?]+")
_POWER_OUTAGE_WORDS = re.compile(r"\b(?:power[- ])?(?:outages?|blackouts?|cuts?|failures?)\b")


def title_names_service(title: str) -> bool:
    """The title names a known provider, service, company or AI tool, written as the gazetteer writes it.
    Not counted: one-word service names that are inflected English words, which title case capitalises
    anyway ("How Teams Prepare"), and bare ambiguous brand words unless an outage word follows them
    ("X goes down" counts, "Times Square billboards" does not)."""
    names, services, ambiguous = _exact_surfaces()
    first_words = _surface_first_words()
    words = [_strip_word(w) for w in _TITLE_WORD.findall(title)]
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            if words[i] not in first_words:
                continue  # no surface starts with this word: the words from here join into none
            surface = " ".join(words[i:i + n])
            if surface in ambiguous:
                if _outage_follows(" ".join(words[i + n:i + n + 4])):
                    return True
            elif surface in names or (surface in services and not (n == 1 and is_inflected_word(surface))):
                return True
    return False


_TITLE_LEAD_IN = re.compile(r"(?:(?:is|was|goes|went|suffers|suffered|hit|by|faces|sees|an?|major|global|widespread|another|new)\s+){0,3}", re.I)


def _outage_follows(rest: str) -> bool:
    """"X goes down", "Square suffers outage": an outage word right after a name, past a verb or two."""
    lead = _TITLE_LEAD_IN.match(rest)
    return bool(_TITLE_OUTAGE.match(rest, lead.end() if lead else 0))


def _strip_word(word: str) -> str:
    if word.isalnum():
        return word  # (most words): no possessive, no trailing mark to strip
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    return word.rstrip(".,'’") if not word.endswith(("Inc.", "Corp.")) else word


@lru_cache(maxsize=1)
def _exact_surfaces() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The names the gazetteer tags, as written (its matching is case-sensitive): provider, company and
    AI tool names; service names; and the ambiguous brand words."""
    gaz = load_gazetteer()
    names: set[str] = set()
    services: set[str] = set()
    for p in gaz.providers:
        names |= {p.name, p.company, *p.aliases}
        for service, surfaces in p.services.items():
            services |= {service, *surfaces}
    for t in gaz.ai_tools:
        names |= {t.name, *t.aliases}
    ambiguous = gaz.ambiguous_surfaces
    return frozenset(names - ambiguous), frozenset(services - names - ambiguous), ambiguous


@lru_cache(maxsize=1)
def _surface_first_words() -> frozenset[str]:
    """The first words of the surfaces of _exact_surfaces."""
    names, services, ambiguous = _exact_surfaces()
    return frozenset(s.split(" ")[0] for s in names | services | ambiguous)


def _title_signal(title: str) -> bool:
    """The title reports an outage: outage words outside non-event, power-grid and quoted senses."""
    if not title:
        return False
    cleaned = title.lower()
    if _HAS_TITLE_NOT(title, cleaned):
        return False
    for a, b in sorted(_non_event_spans(cleaned), reverse=True):
        cleaned = cleaned[:a] + " " + cleaned[b:]
    if _names_power(cleaned) and not _INTERNET.search(cleaned):
        cleaned = _POWER_OUTAGE_WORDS.sub(" ", cleaned)
    # cleaned is lower case: on ASCII titles it is its own lower-cased form
    return _HAS_TITLE_OUTAGE(cleaned, cleaned)


@dataclass
class _Tally:
    """Evidence gathered over a document's sentences."""
    event_sents: int = 0
    strong: int = 0
    anchored: int = 0  # outage sentences that say whose outage it is
    plain_strong: int = 0  # strong outage sentences with a strong word other than "investigating"
    launch: int = 0
    advisory: int = 0
    lede_event: bool = False  # the first sentence tells an outage (not one that will or may happen)
    lede_anchored: bool = False  # ... tied to a name
    unknown: dict[str, int] = field(default_factory=dict)


def judge(sents: list[SentenceInfo], title: str, text: str, source_kind: str = "press", title_entities: int = 0) -> Relevance:
    if is_timeline(text):
        if is_planned_maintenance(text):
            return Relevance(False, 0.0, "scheduled maintenance", final=True)
        return Relevance(True, 1.0, "status-page timeline", final=True)
    if source_kind == "vendor":
        low_text = text.lower()
        if _ANNOUNCED_WORK.search(low_text) and not _PAST_FAILURE.search(low_text):
            return Relevance(False, 0.0, "planned work announced", final=True)  # "online banking will be unavailable from 1am …"
        if _STATUS_LINE.search(text) and not _PLANNED_WORK.search(low_text):
            # a vendor's incident update as status pages write it ("Resolved - The issue affecting webhook delivery …")
            return Relevance(True, 1.0, "status update", final=True)
    ambiguous = load_gazetteer().ambiguous_surfaces
    tally = _Tally()
    document = f"{title}\n{text}" if title else text
    # Sentences without outage triggers are read for relevance's own disruption words only when the
    # triggers alone do not decide: the words only add evidence, and this keeps the cost per sentence low.
    deferred: list[tuple[SentenceInfo, str, bool, bool, list[tuple[int, int]] | None]] = []
    named_before = title_entities > 0  # a company named so far, for "the company" to refer to
    any_known = title_entities > 0
    ai_damage_unnamed = False
    for s in sents:
        low = _lower(s)
        known = _known_anchor(s, ambiguous)
        company_named, named_before = named_before, named_before or known
        live_strong: set[int] = set()
        live_weak: set[int] = set()
        non_event_chars: list[tuple[int, int]] | None = None  # computed once per sentence, when needed
        if "OUTAGE" in s.hits or "OUTAGE_STRONG" in s.hits:
            non_event_toks = s.hits.get("NON_EVENT", [])
            non_event_chars = _non_event_spans(low)
            live_strong = _live_outage_tokens(s, "OUTAGE_STRONG", non_event_toks, non_event_chars)
            live_weak = _live_outage_tokens(s, "OUTAGE", non_event_toks, non_event_chars)
        # a sentence that gives a failure's cause ("an update had triggered a bug in its DNS system")
        # speaks of the failure
        explains = "CAUSAL" in s.hits and bool(s.cause_families())
        # an AI that destroyed something ("The agent put together a single rm -rf command", "the assistant
        # wiped the inbox") speaks of the damage done
        ai_damage = "AI_ACTION" in s.hits and ai_destroyed(s, low)
        explains = explains or ai_damage
        any_known = any_known or known
        if live_strong or live_weak or explains:
            # an AI's act of destroying told without a name ("an AI coding assistant deleted his company's production
            # database") is tied once the document names the tool or its maker anywhere ("built by Replit")
            ai_damage_unnamed = ai_damage_unnamed or (ai_damage and not known)
            # trouble acknowledged while it is being fixed is as plain as "unavailable": "Some customers are
            # having trouble shopping, and we are working to fix it"
            strong = bool(live_strong) or (bool(live_weak) and _REPAIR_UNDER_WAY_GATE in low and _REPAIR_UNDER_WAY.search(low) is not None)
            # (a strong word other than "investigating", which a press summary also uses of any inquiry)
            plain = bool(live_strong) and any(s.tokens.lower[t] != "investigating" for t in live_strong)
            if _count_event(tally, s, low, known, strong, company_named, ambiguous, document, plain):
                named_before = True  # an unknown name tied to the outage: "the bank's app" may refer to it
        else:
            # a launch the sentence ties to a failure is no launch announcement: "overloaded since launch"
            tally.launch += _launch_cue(s, low)
            deferred.append((s, low, known, company_named, non_event_chars))
    if ai_damage_unnamed and any_known and not tally.anchored:
        tally.anchored += 1
    if title and not tally.unknown and not title_entities:
        named = title_outage_name(title, text)
        if named is not None and tally.event_sents:
            # relevance.v18: "inside the Hollowmere outage", the name written again in a text that tells of an outage: the
            # title ties the outage to the name as a sentence would
            tally.unknown[named] = 1
            tally.anchored += 1
    if not tally.strong:
        # only counted where it matters: advisories raise the bar when nothing is said to be unavailable
        tally.advisory = sum(1 for s in sents if _is_advisory(_lower(s)))
    genre = bool(title) and _genre_title(title)
    # a guide, survey, funding or launch title speaks of outages in general, not of one that happened
    title_hit = _title_signal(title) and not genre
    title_anchor = title_hit and bool(title_entities) and title_names_service(title)
    # (planned work announced in a brief is no outage: "will be unavailable from 1 a.m. while it moves to …")
    brief = len(sents) if len(sents) <= _BRIEF_SENTENCES and not _PLANNED_WORK.search(document.lower()) else 0
    verdict = _verdict(tally, bool(sents), title_hit, title_anchor, genre, source_kind, brief)
    if not verdict.is_outage and deferred:
        for s, low, known, company_named, non_event_chars in deferred:
            if _extra_disruption(low, _non_event_spans(low) if non_event_chars is None else non_event_chars):
                _count_event(tally, s, low, known, False, company_named, ambiguous, document)
                tally.launch -= _launch_cue(s, low)
        # (planned work announced in a brief is no outage: "will be unavailable from 1 a.m. while it moves to …")
    brief = len(sents) if len(sents) <= _BRIEF_SENTENCES and not _PLANNED_WORK.search(document.lower()) else 0
    verdict = _verdict(tally, bool(sents), title_hit, title_anchor, genre, source_kind, brief)
    return verdict


# Acts of destroying that an AI_ACTION sentence tells (the family also holds acts that harm nothing:
# "edited", "installed"); what an AI can or may do is no act.
_DESTROYING = re.compile(r"\b(?:delet(?:e|ed|es|ing|ions?)|wip(?:e|ed|es|ing)|remov(?:e|ed|es|ing)|destroy(?:ed|s|ing)?|"
                         r"eras(?:e|ed|es|ing|ure)|dropp?(?:ed|ing)?|rm|overwr(?:ote|itten|ites|ite)|reformatt?(?:ed|ing)|"
                         r"purg(?:e|ed|es|ing)|trash(?:ed|es|ing)?|nuk(?:e|ed|es|ing)|scrubb?(?:ed|ing)?|shredd?(?:ed|ing)?|"
                         r"obliterat(?:e|ed|es|ing)|(?:threw|thrown|throw|throws|throwing) away|"
                         r"(?:clear|cleared|clears|clearing|empt(?:y|ied|ies|ying)) out)\b")


# What an AI can or may do is no act; whole words ("let" is inside "deleting").
_MODAL_WORDS = re.compile(r"\b(?:can|could|may|might|would|will|easy to|able to|allow(?:s|ed|ing)?|let|used to|enough to)\b")


def ai_destroyed(s: SentenceInfo, low: str) -> bool:
    """The sentence tells an AI's act (an `AI_ACTION` hit) that destroyed something; `low` is its lower-cased text."""
    if "AI_ACTION" not in s.hits or _MODAL_WORDS.search(low) is not None:
        return False
    # (an act told in the infinitive was asked for or tried, not done: "a prompt telling the agent to delete files")
    return any(low[max(0, m.start() - 3):m.start()] != "to " for m in _DESTROYING.finditer(low))


# A launch that names a trouble is an event, not an announcement: "the far more ordinary launch-day problem",
# "the game's launch troubles", "launch-week outages" (not "a launch of this size", "launched a new region").
_LAUNCH_TROUBLE = re.compile(r"\blaunch(?:[- ](?:day|night|week|weekend))?(?:'s)? (?:[\w-]+ )?(?:troubles?|problems?|issues?|"
                             r"woes|glitch(?:es)?|outages?|chaos|failures?|meltdown|crash(?:es)?|disruptions?)\b")


def _launch_cue(s: SentenceInfo, low: str) -> bool:
    """The sentence speaks of a launch, release or earnings in their own right (a cue of a launch announcement)."""
    return "LAUNCH" in s.hits and _LAUNCH_TROUBLE.search(low) is None


def _count_event(tally: _Tally, s: SentenceInfo, low: str, known: bool, strong: bool, company_named: bool,
                 ambiguous: frozenset[str], document: str = "", plain_strong: bool = False) -> bool:
    """Count an outage sentence, unless it is about the power grid; note whose outage it names.
    True when it ties the outage to a name outside the gazetteer."""
    names = [] if known else names_in_outage_constructions(s, ambiguous, document)
    # a grid's own failure is the grid operator's outage, tied to the grid as a name would tie it
    grid_failure = _names_power(low) and _BLACKOUT_HAPPENED.search(low) is not None
    if not grid_failure and _power_sense(low, known or bool(names)):
        return False  # "a power outage left 20,000 homes dark"
    tally.event_sents += 1
    # The first sentence as a brief's headline: not what will or may happen ("claims that the app will be shut down
    # every night"), nor an inquiry alone ("is investigating why an update drains batteries")
    lede = s.index == 0 and _FUTURE_OR_POSSIBLE.search(low) is None and _headline_event(low, plain_strong)
    # (a vendor's own notice needs a failure told as past: "has been restored following an issue", not "members are
    # having trouble choosing a class")
    tally.lede_event = tally.lede_event or (lede and _PAST_FAILURE.search(low) is not None)
    tally.strong += strong
    tally.plain_strong += plain_strong
    if known or names or grid_failure or (company_named and _BACK_REFERENCE.search(low)) or failure_at_organisation(low):
        tally.anchored += 1
        # (a bare brand word alone may be a person: "Chase cancelled two flights to see his family")
        tally.lede_anchored = tally.lede_anchored or (lede and (known or any(n not in ambiguous for n in names)))
    for n in names:  # (a bare brand word tied here, "Southwest cancelled ... flights", names its provider too)
        tally.unknown[n] = tally.unknown.get(n, 0) + 1
    if known and "'s " in s.text and _has(low, _OWN_FAILURE_VERBS):
        # a name the gazetteer lacks, tied in a sentence that also names a known one, is noted for provider choice
        # without counting again: "Passengers at Heathrow were stranded after Skyvale's check-in systems failed"
        for n in names_in_outage_constructions(s, ambiguous, document):
            tally.unknown[n] = tally.unknown.get(n, 0) + 1
    return bool(names)


# A grid's own failure told as an event, which is the grid operator's outage: "An island-wide power failure occurred",
# "set off Sunday's nationwide blackout", "the lights went out from Jaffna to Matara" (not a cut announced or planned)
_BLACKOUT_HAPPENED = re.compile(r"\b(?:blackouts?|power (?:failures?|outages?|cuts?|loss))(?: [\w-]+){0,5} (?:occurred|happened|struck|"
                                r"hit|began|started)\b|"
                                r"\b(?:set off|caused|triggered|led to|behind) (?:\w+(?:'s)? ){0,3}(?:blackouts?|power (?:failures?|outages?))\b|"
                                r"\b(?:lights|power) went out\b")


# Verbs of a thing that failed, for a possessive before them ("Skyvale's check-in systems failed")
_OWN_FAILURE_VERBS = ("failed", "crashed", "went down", "went offline", "stopped working", "broke down", "collapsed",
                      "buckled", "fell over", "went dark", "froze", "were down", "was down",
                      # relevance.v14: back after its own outage ("Greystone Bank's app is working again after an outage")
                      "working again", "back online", "back up")


# Trouble named vaguely: "fixes issues with a Windows update", "having trouble choosing a class"
_VAGUE_TROUBLE = re.compile(r"\b(?:problems?|issues?|trouble|difficult(?:y|ies)) (?:with|\w+ing)\b")
_VAGUE_TROUBLE_GATE = ("problem", "issue", "trouble", "difficult")  # (every match holds one)


def _headline_event(low: str, plain_strong: bool) -> bool:
    """The sentence tells an outage plainly enough to be a brief's headline: a strong outage word, or a disruption
    of relevance's own class ("lost a third of customer logs", "halted withdrawals", "switched off its group chats",
    "restored following a technical issue"), not vague trouble ("fixes issues with a Windows update") and not a
    word that also has other senses ("a failed reality check", "destroyed union flyers", "slapped down")."""
    if plain_strong:
        return True
    if "down" in low or "offline" in low or "unavailable" in low or "unreachable" in low or "dark" in low:
        states = [m.start() for m in _PLAIN_STATE.finditer(low)]
        if states:
            spans = _non_event_spans(low)
            if any(not _inside(pos, spans) for pos in states):
                return True
    if ("delet" in low or "wip" in low or "eras" in low) and _DATA_DESTROYED.search(low):
        return True
    if _has(low, _VAGUE_TROUBLE_GATE) and _VAGUE_TROUBLE.search(low):
        low = _VAGUE_TROUBLE.sub(lambda m: " " * len(m.group()), low)  # (same length: the spans stay in place)
    return _extra_disruption(low, _non_event_spans(low))


# An outage told by the state of the thing, which makes a headline although "down" alone is a weak word ("shares were
# down 5%"): "Slack was down for four hours on Monday", "the portal went offline"
_PLAIN_STATE = re.compile(r"\b(?:was|were|has been|have been|had been|is|are) (?:down|offline|unavailable|unreachable)\b"
                          r"|\b(?:went|goes|go|gone) (?:down|offline|dark)\b")
# ... or by a store of data destroyed, which makes a headline although "deleted" alone is a weak word ("deleted a
# post", "deleted location data as it promised"): "an AI agent deleted a customer's production database", "a script
# wiped the backups"
_DATA_DESTROYED = re.compile(r"\b(?:deleted|deleting|wiped|wiping|erased|erasing) (?:[\w'’-]+ ){0,4}?(?:databases?|"
                             r"backups?|repositor(?:y|ies)|drives?|volumes?)\b")
_BRIEF_SENTENCES = 4
_FUTURE_OR_POSSIBLE = re.compile(r"\b(?:will|may|might|won['’]t|going to|plans? to|planning to)\b")
# Planned work announced ahead (a vendor's notice), in the future or as a schedule; not maintenance told as a cause
_ANNOUNCED_WORK = re.compile(r"\b(?:will|would) be (?:unavailable|offline|down|disrupted|interrupted|suspended)\b"
                             r"|\bwill take place\b|\b(?:is|are) scheduled\b|\bscheduled (?:maintenance|work|downtime)\b"
                             # "we will carry out planned works to modernise our network"
                             r"|\bwill (?:carry out|perform|undertake|be carrying out|be doing) (?:\w+ ){0,2}(?:works?|maintenance|upgrades?)\b"
                             # relevance.v13: "we will take the game servers offline from 08:00", "we will upgrade network
                             # equipment in East China 1", "during the window"
                             r"|\bwe will (?:take|bring|put) (?:\w+ ){0,3}(?:offline|down)\b"
                             r"|\bwe will (?:upgrade|replace|migrate|install)\b"
                             r"|\bduring the (?:\w+ )?window\b")
# A failure told as having happened: planned work that overran or broke something is an outage
_PAST_FAILURE = re.compile(r"\b(?:was|were|has been|have been|had been|became) (?:unavailable|down|offline|degraded|disrupted|"
                           r"unreachable|interrupted)|\b(?:went down|failed|crashed|overran|ran over|outage (?:occurred|began|started))\b"
                           # (not "the affected areas", "affected customers": those the announced work will touch;
                           # not "are not affected")
                           r"|\b(?:investigating|identified|resolved|restored|recovered|errors|caused|impacted|deleted)\b"
                           r"|(?<!\bthe )(?<!\bnot )\baffected\b(?! (?:areas?|customers|users|services|regions?|sites?|streets|premises)\b)"
                           # users who could not use the service, work held up, use back: "many of you could not use our
                           # network", "some payments were declined", "card payments are working again"
                           r"|\b(?:could not|couldn't|was unable to|were unable to) (?:use|access|log|make|send|pay|reach|get|"
                           r"connect|sign|load|see|place|receive)\b|\b(?:was|were) (?:delayed|declined)\b"
                           r"|\bworking (?:normally |properly )?again\b")
_PLANNED_WORK = re.compile(r"\bmaintenance\b|\b(?:scheduled|planned) (?:work|downtime|upgrades?|outages?)\b"
                           r"|\b(?:will|would) be (?:unavailable|offline|down|disrupted|interrupted|suspended)\b")


def _verdict(t: _Tally, has_body: bool, title_hit: bool, title_anchor: bool, genre: bool, source_kind: str,
             brief_sents: int = 0) -> Relevance:
    """`brief_sents`: the number of sentences of a brief that announces no planned work (0 for longer documents)."""
    # Outage words tied to a named service are better evidence than free-floating ones.
    score = t.event_sents + t.strong + min(t.anchored, 3) * 0.5 + (3 if title_hit else 0) - 0.5 * t.launch
    need = 5 if t.launch >= 2 and not title_hit else 3
    if genre:
        need += 2  # "How to write a status page update", "Carrier adds a live outage map", "Survey: outages rarer"
    if t.advisory >= 2 and not t.strong:
        need += 2  # a flaw and its patch, with "affected versions" but nothing unavailable
    if source_kind == "vendor":
        need -= 1  # a vendor page that speaks of an event at all is about its own incident
    if brief_sents and not genre and t.anchored and t.plain_strong and 2 * t.event_sents >= brief_sents:
        need -= 1  # a brief (a wire item, a feed summary) that mostly tells an outage tied to a name is about it
    if brief_sents and not genre and (t.lede_anchored or (source_kind == "vendor" and t.lede_event)):
        # a brief's first sentence is its headline: "Zapnet lost a third of its customers' logs on Monday.", a
        # vendor's "Online banking has been restored following a technical issue."
        score += 3
    # "outage" also names a singer's lost voice or a striker's goal drought: an outage document ties
    # the outage to a named provider or service (vendor documents are tied by their source).
    anchored = t.anchored + (2 if title_anchor else 0)
    # a report describes its outage in the body; a title alone may use the word in another sense
    described = t.event_sents >= 1 or not has_body
    ok = score >= need and described and (anchored >= 1 or source_kind == "vendor")
    reason = (f"{anchored} anchored, {t.event_sents} outage sentences, {t.strong} strong, title={'yes' if title_hit else 'no'}, "
              f"genre={'yes' if genre else 'no'}, launch cues={t.launch}, advisory cues={t.advisory if not t.strong else '-'}")
    names = tuple(sorted(t.unknown, key=lambda n: -t.unknown[n]))
    return Relevance(ok, float(score), reason, names)
