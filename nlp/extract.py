"""Document (DESIGN.md §4) -> extraction result (§5): the public entry point of the NLP stage.

`Extractor` builds the spaCy pipeline once, lazily. Per document: prepare the text (textprep),
run the pipeline, judge relevance, then read each sentence's triggers into claims (findings,
temporal, attribution), assign them to incidents (mentions) and summarise each incident's own
account into the document-level fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from data.models import stable_id
from nlp import PIPELINE_VERSION
from nlp.attribution import Attributor, Speaker
from nlp.ai_findings import ai_finding
from nlp.causes import HOSTING_PROVIDERS, cause_findings, dropped_suspicion, names_third_party, takes_back_earlier_cause
from nlp.claims import Claim
from nlp.claims import confidence as _conf
from nlp.coined_ai import coined_ai_names, mark_coined_ai
from nlp.findings import DEPTH, Finding
from nlp.scope import DOC_PROVIDER_KEY, scope_findings
from nlp.gazetteer import DATA_DIR, Gazetteer, load_gazetteer
from nlp.mentions import assign_incidents
from nlp.provider_choice import COUNTRIES, choose_provider
from nlp.relevance import is_timeline, judge
from nlp.relevance_model import RelevanceModel, load_relevance_model
from nlp.sentences import SentenceInfo, sentence_views
from nlp.temporal import UNKNOWN_PUBLICATION_DAY, TimePoint, parse_published
from nlp.textprep import MAX_CHARS, Prepared, prepare
from nlp.time_claims import DocumentTimes, TimeSource, incident_times, start_basis

REGION_CODE = re.compile(r"\b(?:[a-z]{2}(?:-gov)?-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d|"
                         r"(?:us|europe|asia|australia|northamerica|southamerica|me|africa)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)\d)\b")
# "A news report claims X. That is not what happened." — the second sentence refutes the first.
_REFUTATION = re.compile(r"^\s*(?:That|This|It|Such claims?|The report|These claims|Those claims)\s+(?:is|was|are|were)\s+(?:not\s+(?:what happened|true|accurate|correct|the case)|(?:simply\s+)?(?:false|inaccurate|untrue|wrong|incorrect|misleading))"
                         # an elliptical "no" to what the sentence before said: "It had not been.", "They were not."
                         r"|^\s*(?:It|They|He|She|That|This)\s+(?:had|has|have|was|were|is|are|did|does|do)(?:\s+not|n't)(?:\s+been)?\s*[.!]?\s*$", re.I)
# Causes that describe how the outage spread rather than what set it off.
_MECHANISMS = frozenset(("capacity", "network_bgp", "dns"))


_WEATHER_WORDS = re.compile(r"\b(?:storms?|lightning|hurricanes?|typhoons?|cyclones?|tornado(?:es)?|winds?|gales?|snow|"
                            r"blizzards?|ice|weather|rain|rainfall|heatwaves?|heat)\b", re.I)
_BACKUP_WORDS = re.compile(r"\b(?:generators?|ups|batter(?:y|ies)|backup|back-up|standby|diesel)\b", re.I)


def _failed_backup_over_weather(causes: list[Claim], text: str) -> list[Claim]:
    """Weather cut the mains in one claim and the backup that should have carried the load failed in another: the
    failed backup is the account's deeper cause (causes.v10 decides so within one sentence; this across sentences).
    A fire or flood in the hall stays environmental.
    causes.v11: likewise a power fault that stopped the cooling ("a voltage dip tripped the chillers") beside claims
    that tell only the cooling loss ("the hall lost cooling", "temperatures climbed"): power is the deeper cause."""
    weather = [c for c in causes if c.normalized == "environmental"]
    if not weather:
        return causes
    backup = [c for c in causes if c.normalized == "power" and _BACKUP_WORDS.search(text[c.start:c.end])]
    if backup and all(_WEATHER_WORDS.search(text[c.start:c.end]) for c in weather):
        return [c for c in causes if c.normalized != "environmental"]
    cooling = r"\b(?:cool\w*|chillers?|air[- ]?condition\w*|hvac|temperatures?|overheat\w*|thermal)\b"
    harm_in_the_hall = r"\b(?:fires?|flood\w*|smoke|water|leak\w*|blaze|flames|sprinklers?)\b"
    power_cut_cooling = any(c.normalized == "power" and re.search(cooling, text[c.start:c.end], re.I) for c in causes)
    if power_cut_cooling and all(re.search(cooling, q, re.I) and not re.search(harm_in_the_hall, q, re.I)
                                 and not _WEATHER_WORDS.search(q) for q in (text[c.start:c.end] for c in weather)):
        return [c for c in causes if c.normalized != "environmental"]
    return causes


class Extractor:
    """Build once, call many times. `extract` for one document, `extract_many` to stream."""

    def __init__(self, data_dir: Path | None = None, relevance_model: RelevanceModel | None = None,
                 rules_only: bool = False) -> None:
        """`relevance_model`: the learned second opinion on relevance (default: the committed one);
        `rules_only`: ask no model (for measuring the rules alone)."""
        self._data_dir = data_dir  # gazetteer files; default nlp/data
        self._relevance_model = relevance_model
        self._rules_only = rules_only
        self._gaz: Gazetteer | None = None
        self._nlp: Language | None = None
        self._agent_tools: frozenset[str] | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = load_gazetteer(self._data_dir) if self._data_dir else load_gazetteer()
        return self._gaz

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from nlp.pipeline import build_pipeline

            self._nlp = build_pipeline(self._data_dir)
            self._nlp.max_length = MAX_CHARS + 10
        return self._nlp

    @property
    def relevance_model(self) -> RelevanceModel | None:
        if self._relevance_model is None and not self._rules_only:
            self._relevance_model = load_relevance_model()
        return self._relevance_model

    @property
    def agent_tools(self) -> frozenset[str]:
        """Names of the gazetteer's AI agents and assistants (made once, asked for every document)."""
        if self._agent_tools is None:
            self._agent_tools = frozenset(t.name for t in self.gazetteer.ai_tools if t.kind in ("agent", "assistant"))
        return self._agent_tools

    # -- public API ---------------------------------------------------------------------------
    def extract(self, doc: dict) -> dict:
        return next(self.extract_many([doc], batch_size=1))

    def extract_many(self, docs: Iterable[dict], batch_size: int = 64) -> Iterator[dict]:
        """Results in input order; documents are processed in batches through `nlp.pipe`, so memory
        stays flat however long the stream is."""
        batch: list[dict] = []
        for d in docs:
            batch.append(d)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    # -- internals ----------------------------------------------------------------------------
    def _run_batch(self, batch: list[dict]) -> Iterator[dict]:
        prepared: list[Prepared | dict] = []
        for d in batch:
            if not isinstance(d, dict):
                prepared.append({"error": f"document must be a JSON object, got {type(d).__name__}"})
                continue
            prepared.append(prepare(d))
        runnable = [(p.text, i) for i, p in enumerate(prepared) if isinstance(p, Prepared) and p.skipped_reason is None]
        parsed: dict[int, Doc] = {}
        for sdoc, i in self.nlp.pipe(runnable, as_tuples=True, batch_size=max(1, len(runnable))):
            parsed[i] = sdoc
        for i, (d, p) in enumerate(zip(batch, prepared)):
            if isinstance(p, dict):
                yield p
                continue
            out = self._base(d, p)
            if p.skipped_reason is not None:
                out["skipped_reason"] = p.skipped_reason
                yield out
                continue
            try:
                self._fill(out, d, p, parsed[i])
            except (ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
                # A rule tripping on odd text must not sink the run: record it on this document.
                out["incidents"] = []
                out["error"] = f"extraction failed: {type(exc).__name__}: {exc}"
            yield out

    def _base(self, d: dict, p: Prepared) -> dict:
        out: dict = {
            "id": d.get("id") if d.get("id") is not None else stable_id("doc", d.get("url") or "", p.title, p.text[:2000]),
            "url": d.get("url"),
            "is_outage": False,
            "language": p.language,
            "pipeline_version": PIPELINE_VERSION,
            "incidents": [],
        }
        if p.from_html:
            out["text"] = p.text
        if p.warnings:
            out["warnings"] = list(p.warnings)
        return out

    def _fill(self, out: dict, d: dict, p: Prepared, sdoc: Doc) -> None:
        full = p.text  # Doc.text rebuilds the string on every call; keep one copy
        sents = sentence_views(sdoc, full)
        title_ents: list = []  # the title's names and trigger hits
        title_hits: list = []
        if p.title:
            # only the title's names and hits are read: no Spans, doc.ents or extensions for it
            title_doc = self.nlp.make_doc(p.title)
            title_ents = self.nlp.get_pipe("ow_gazetteer").entities(title_doc)
            title_hits = self.nlp.get_pipe("ow_triggers").hits(title_doc)
        title_entities = sum(1 for e in title_ents if e[0] in ("PROVIDER", "SERVICE", "COMPANY", "AI_TOOL"))
        rel = judge(sents, p.title, p.text, str(d.get("source_kind") or "press"), title_entities)
        model = self.relevance_model
        if not rel.is_outage and not rel.final and model is not None:
            # the rules weighed the evidence and found too little: the learned model may still recognise the report
            chance = model.probability(p.title or "", full)
            if chance >= model.threshold:
                rel = replace(rel, is_outage=True, reason=f"{rel.reason}; relevance model {chance:.2f}")
        out["is_outage"] = rel.is_outage
        if not rel.is_outage:
            return
        gaz = self.gazetteer
        source_kind = d.get("source_kind") if d.get("source_kind") in ("vendor", "press", "other") else "press"
        provider = choose_provider(self.gazetteer, d, sents, title_ents, title_hits, f"{p.title}\n{full}" if p.title else full, full,
                                  rel.unknown_names, self._data_dir or DATA_DIR)
        prov_rec = _provider_record(gaz, provider)
        company = prov_rec.company if prov_rec else None
        # scope reads the provider's home country ("millions of you could not call": that country's millions)
        sdoc.user_data[DOC_PROVIDER_KEY] = prov_rec.name if prov_rec else provider
        ref_day, published_at = parse_published(p.published or d.get("published"))
        attributor = Attributor(sdoc, source_kind, prov_rec.name if prov_rec else provider, company, d.get("outlet"), sents)
        agent_tools = self.agent_tools
        timeline = is_timeline(p.text)
        # a cloud or hosting provider is itself the "cloud provider" its customers' stories speak of
        hosting = provider in HOSTING_PROVIDERS
        claims: list[Claim] = []
        sent_points: dict[int, list[TimePoint]] = {}  # each sentence's dates, which incidents are told apart by
        speakers: dict[int, Speaker] = {}
        doc_id = out["id"]
        times = DocumentTimes(TimeSource(full, source_kind, d.get("outlet"), ref_day, published_at, title=p.title or "",
                                         provider_name=provider,
                                         provider_country=getattr(prov_rec, "home_country", None), provider_global=hosting))
        # An AI system the document introduces by a name of its own ("an AI agent called Warden") is AI wherever named
        mark_coined_ai(sents, coined_ai_names(full, prov_rec.name if prov_rec else provider))
        # Once a document has spoken of AI, "the agent" and "the assistant" refer to it.
        doc_mentions_ai = any(s.has("AI") or any(e.label == "AI_TOOL" for e in s.ents) for s in sents)
        for s in sents:
            speaker = attributor.speaker(s)
            speakers[s.index] = speaker

            def who(char: int) -> Speaker:
                # the voice at that point of the sentence: "X's failure, which Cloudflare traced to Y, came…"
                return attributor.speaker_at(char) if attributor.voices else speaker

            # Dates and times first: they change the day in force, whatever the sentence speaks of.
            told = times.points(s, speaker, who)
            sent_points[s.index] = told.mentioned
            claims.extend(told.header_end)
            # Causes, AI and scope.
            third = names_third_party(s, provider, gaz, sdoc)
            dropped_guess = dropped_suspicion(s)  # "engineers initially believed it was an attack": kept only if refuted
            ai = ai_finding(sdoc, s, agent_tools, weak=doc_mentions_ai)
            for f in cause_findings(sdoc, s, ai, third, lenient=timeline or source_kind == "vendor", hosting=hosting):
                c = self._claim_from(f, s, who(s.tokens.idx[f.tok]), full, 0.7 if s.has("CAUSAL") else 0.55)
                c.extra["speculative"] = s.has("SPECULATION")
                c.extra["failed_safeguard"] = f.value == "failed_safeguard"
                c.extra["broke_the_defence"] = f.value == "broke_the_defence"
                c.extra["dropped_guess"] = dropped_guess
                claims.append(c)
            if ai is not None:
                c = self._claim_from(ai, s, who(s.tokens.idx[ai.tok]), full, 0.7)
                c.extra["role"] = ai.role
                claims.append(c)
            for sc in scope_findings(sdoc, s):  # a sentence may state two reaches in two clauses
                claims.append(self._claim_from(sc, s, who(s.tokens.idx[sc.tok]), full, 0.6))
            # Starts, ends and lengths, where the sentence speaks of the outage.
            claims.extend(times.claims(told))

        # (a "Resolved" header's end taken over by a later sentence of its update: time_claims.DocumentTimes)
        claims = [c for c in claims if not c.extra.get("superseded")]
        claims = self._apply_refutations(claims, sents, speakers)
        # a first guess the account dropped asserts nothing, unless the next sentence refutes it ("They were not.")
        claims = [c for c in claims if not (c.extra.get("dropped_guess") and c.polarity == "asserts")]
        groups = assign_incidents(sents, sent_points, provider, ref_day, gaz)
        incidents = []
        for g in groups:
            mine = [c for c in claims if g.owns(c.sentence)]
            incidents.append(self._incident(g, mine, sents, source_kind, doc_id, full))
        _supplier_as_cause(groups, incidents)
        if published_at is None and ref_day == UNKNOWN_PUBLICATION_DAY:
            _drop_guessed_years(incidents, f"{p.title}\n{full}")
        out["incidents"] = incidents

    @staticmethod
    def _apply_refutations(claims: list[Claim], sents: list[SentenceInfo], speakers: dict[int, Speaker]) -> list[Claim]:
        """Claims reported from others and refuted by the next sentence become the refuter's denials,
        quoted over both sentences. A claim its teller is named for ("Some reports have said that an AI tool wrote
        the change. It did not.") stays that teller's too, and the denial is the refuting sentence's (extract.v3)."""
        out = []
        denied_in = {(c.attribute, c.sentence) for c in claims if c.polarity == "denies"}  # the refuting sentence's own
        for c in claims:
            nxt = sents[c.sentence + 1] if c.sentence + 1 < len(sents) else None
            if (c.attribute in ("cause", "ai") and c.polarity == "asserts" and nxt is not None
                    and _REFUTATION.match(nxt.text) and c.speaker.kind != "vendor"):
                refuter = speakers.get(nxt.index, c.speaker)
                told_by_other = c.speaker.explicit and refuter.kind != c.speaker.kind
                if told_by_other:
                    out.append(c)
                    if (c.attribute, nxt.index) in denied_in:
                        continue
                out.append(Claim(c.attribute, c.value, False if c.attribute == "ai" else c.normalized, "denies",
                                 refuter, nxt.start if told_by_other else c.start, nxt.end, c.confidence,
                                 nxt.index if told_by_other else c.sentence, {**c.extra, "refuted": True}))
            else:
                out.append(c)
        return out

    @staticmethod
    def _claim_from(f: Finding, s: SentenceInfo, speaker: Speaker, full: str, base: float) -> Claim:
        value = full[f.quote_start:f.quote_end]
        if len(value) > 160:
            value = value[:157].rstrip() + "..."
        return Claim(f.attribute, value, f.normalized, f.polarity, speaker, f.quote_start, f.quote_end, _conf(base, s, speaker), s.index)

    def _relative_to(self, claims: list[Claim], provider: str | None) -> list[Claim]:
        """A company speaking about its own outage is the vendor of that incident: "what OpenAI
        described" is OpenAI's account in an article's recalled OpenAI incident, and another
        company's words in the primary one."""
        prov = _provider_record(self.gazetteer, provider)
        out = []
        for c in claims:
            ent = c.speaker.entity
            if ent is not None:
                own = ent == provider or (prov is not None and ent in (prov.name, prov.company))
                kind = "vendor" if own else "other"
                if kind != c.speaker.kind:
                    c = Claim(c.attribute, c.value, c.normalized, c.polarity, Speaker(kind, c.speaker.name, c.speaker.explicit, ent),
                              c.start, c.end, c.confidence, c.sentence, c.extra)
            out.append(c)
        return out

    def _incident(self, g, claims: list[Claim], sents: list[SentenceInfo], source_kind: str, doc_id: str, text: str) -> dict:
        claims, basis = start_basis(self._relative_to(claims, g.provider))
        # what the vendor denied: a cause by its category; AI involvement as a whole (its denial is normalized False,
        # an outsider's assertion True: "users blamed the chatbot" against "AI played no part")
        vendor_denied = {_denial_key(c) for c in claims if c.speaker.kind == "vendor" and c.polarity == "denies"}
        withdrawn = _withdrawn_causes(claims, text)  # causes taken back ("this was not the case") leave every account

        def account(attr: str, polarity: str | None = None, keep=lambda c: True) -> list[Claim]:
            """The document's own account: a vendor document's words; for the press, the outlet and
            its sources first, then others (analysts, users) unless the vendor denied that very
            claim, then the vendor's account as the article reports it."""
            cs = [c for c in claims if c.attribute == attr and (polarity is None or c.polarity == polarity) and keep(c)
                  and id(c) not in withdrawn]
            if source_kind == "vendor":
                return [c for c in cs if c.speaker.kind == "vendor"] or cs
            press = [c for c in cs if c.speaker.kind == "press"]
            other = [c for c in cs if c.speaker.kind == "other" and _denial_key(c) not in vendor_denied]
            return press or other or [c for c in cs if c.speaker.kind == "vendor"]

        # a cause named without a category ("an operational issue") gives way to any speaker's category
        asserted = (account("cause", "asserts", keep=lambda c: _names_this_outages_cause(c) and c.normalized != "unknown")
                    or account("cause", "asserts", keep=_names_this_outages_cause))
        def what_got_through(causes: list[Claim]) -> list[Claim]:
            """A safeguard that failed to stop the harm ("a bug in the audit tool let the command through") is an
            enabling condition: it gives way to any other cause of the account, what got through; where the account
            tells only the safeguard, to what another side stated got through. Alone it stays."""
            kept = [c for c in causes if not c.extra.get("failed_safeguard")]
            if kept or not causes:
                return kept
            let_through = [c for c in claims if c.attribute == "cause" and c.polarity == "asserts" and c.normalized != "unknown"
                           and id(c) not in withdrawn and not c.extra.get("failed_safeguard") and not c.extra.get("speculative")
                           and _names_this_outages_cause(c)]
            return let_through or causes

        asserted = what_got_through(asserted)
        if source_kind != "vendor" and asserted and all(c.speaker.kind == "press" and str(c.normalized) in _MECHANISMS
                                                         for c in asserted):
            # The outlet names only the mechanism ("network congestion"), the vendor what set it off ("a
            # configuration change"): the vendor's deeper cause counts unless the outlet denies it
            press_denied = {str(c.normalized) for c in claims if c.attribute == "cause" and c.polarity == "denies"
                            and c.speaker.kind == "press"}
            asserted = asserted + [c for c in claims if c.attribute == "cause" and c.polarity == "asserts"
                                   and c.speaker.kind == "vendor" and str(c.normalized) not in press_denied
                                   and id(c) not in withdrawn]
            # the vendor's failed check gives way to the vendor's change it let through, as the outlet's does
            asserted = what_got_through(asserted)
        # Suspicions and first guesses ("at first suspected a DDoS attack") give way to stated causes;
        # alone they stay: a hedged cause ("appears to have been congestion") is still the outlet's account.
        causes = [c for c in asserted if not c.extra.get("speculative")] or asserted
        if causes and all(c.extra.get("speculative") for c in causes):
            # a theory gives way to a cause someone states, even one stated without a category ("what it
            # now calls an internal issue")
            causes = [c for c in claims if c.attribute == "cause" and c.polarity == "asserts" and id(c) not in withdrawn
                      and not c.extra.get("speculative") and _names_this_outages_cause(c)] or causes
        if causes and all(_outsiders_theory(c) for c in causes):
            # a theory only outsiders voice ("some users speculated about a cyberattack") is no account the
            # document gives: the cause stays unknown, never a guess
            causes = []
        ai_claims = account("ai")
        # ai.v13: AI blamed only by outsiders (users, a viral post) and denied by the outlet or the vendor in the same
        # document ("developers were sure a model made the move … nothing in the company's account supports that") is
        # a refuted theory: no involvement, and no AI cause
        # (the outlet telling what a post or a rumour claims speaks for the post: "a post claiming that the AI running
        # the grid made the call has spread widely")
        def outsiders(c: Claim) -> bool:
            return c.speaker.kind == "other" or re.search(
                r"\b(?:posts?|tweets?|videos?|threads?|memes?|rumou?rs?|theory|theories|speculation)\s+(?:\w+\s+){0,2}?"
                r"(?:claiming|saying|suggesting|insisting|alleging|claimed|said|suggested|insisted|alleged|that)\b",
                text[c.start:c.end], re.I) is not None

        ai_refuted = [c for c in claims if c.attribute == "ai" and c.polarity == "denies" and c.speaker.kind in ("press", "vendor")]
        if ai_refuted and all(outsiders(c) for c in ai_claims if c.polarity == "asserts"):
            ai_claims = [c for c in ai_claims if c.polarity == "denies"] or ai_refuted
            causes = [c for c in causes if not (c.normalized == "ai_agent" and outsiders(c))]
        ai_yes = [c for c in ai_claims if c.polarity == "asserts"]
        ai_no = [c for c in ai_claims if c.polarity == "denies"]
        broke = [c for c in claims if c.attribute == "cause" and c.polarity == "asserts" and c.extra.get("broke_the_defence")]
        if broke and causes and all(c.normalized == "cyberattack" for c in causes):
            causes = causes + broke  # the defence that broke, told by any speaker, against an attack told by one side
        if any(c.extra.get("broke_the_defence") for c in causes):
            # an attack fended off gives way to the defence that broke ("a flaw in how the protections were
            # rolled out made it worse"): the outage is the defence's failure
            causes = [c for c in causes if c.normalized != "cyberattack"] or causes
        causes = _failed_backup_over_weather(causes, text)
        cause = max(causes, key=lambda c: (DEPTH.get(str(c.normalized), 0), -c.start)).normalized if causes else "unknown"
        if ai_yes:
            ai_involved, ai_role = True, ai_yes[0].extra.get("role")
            # An AI that acted or wrote the change is the cause; one that advised or answered users
            # leaves the mechanism as the cause ("the logout bug", with an AI support bot misinforming)
            if ai_role in ("agent_action", "ai_generated_change") or not causes:
                cause = "ai_agent" if not causes or cause in ("config_change", "deployment", "software_bug", "human_error", "unknown") else cause
            elif cause == "ai_agent":
                non_ai = [c for c in causes if c.normalized != "ai_agent"]
                cause = max(non_ai, key=lambda c: (DEPTH.get(str(c.normalized), 0), -c.start)).normalized if non_ai else cause
        elif ai_no or cause != "unknown" or account("cause", keep=_names_this_outages_cause):
            # C8: the document speaks of a cause — a non-AI one, one it denies ("there was no attack"),
            # or one it names without a category ("an operational issue"), or an outsiders' theory that
            # does not set the cause — so AI took no part
            ai_involved, ai_role = False, None
        else:
            ai_involved, ai_role = None, None

        times = incident_times(claims, basis, account, g, sents)

        services: list[str] = []
        regions: list[str] = []
        prov_rec = _provider_record(self.gazetteer, g.provider)
        for s in sents:
            if not g.owns(s.index):
                continue
            for e in s.ents:
                if e.label == "SERVICE":
                    prov, service = e.ent_id.split("|", 1)
                    if (prov == g.provider or (prov_rec is not None and prov == prov_rec.name)) and service not in services:
                        services.append(service)
                elif e.label == "AI_TOOL" and prov_rec is not None and e.ent_id in prov_rec.services and e.ent_id not in services:
                    services.append(e.ent_id)  # "Claude" is both an AI model and Anthropic's service
                elif e.label == "REGION" and e.text not in regions:
                    regions.append(e.text)
            for m in REGION_CODE.finditer(s.text) if "-" in s.text else ():  # a code has hyphens: skip the scan
                if m.group(0) not in regions:
                    regions.append(m.group(0))

        return {
            "primary": g.primary,
            "provider": g.provider,
            "services": services,
            "regions": regions,
            "start": times.start,
            "end": times.end,
            "duration_hours": times.duration_hours,
            "cause_category": cause,
            "ai_involved": ai_involved,
            "ai_role": ai_role,
            # projections, one customer's own downtime and the like only inform the length (C3)
            "claims": [self._claim_dict(c, doc_id, text) for c in claims
                       if not (c.extra.get("not_outage") or c.extra.get("unstated"))],
        }

    @staticmethod
    def _claim_dict(c: Claim, doc_id: str, text: str) -> dict:
        return {
            "id": stable_id("clm", doc_id, c.attribute, c.start, c.end),
            "attribute": c.attribute,
            "value": c.value,
            "normalized": c.normalized,
            "polarity": c.polarity,
            "speaker_kind": c.speaker.kind,
            "speaker": c.speaker.name,
            "quote": text[c.start:c.end],
            "start": c.start,
            "end": c.end,
            "confidence": c.confidence,
        }


_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")


def _drop_guessed_years(incidents: list[dict], text: str) -> None:
    """A document without a publication date has nothing to count "on Monday" or "3 March" from: a date whose year
    the text does not write is a guess, and is given as unknown (the claim keeps its words)."""
    written = set(_YEAR_WRITTEN.findall(text))

    def known(iso: object) -> bool:
        return not isinstance(iso, str) or iso[:4] in written

    for inc in incidents:
        for key in ("start", "end"):
            if not known(inc.get(key)):
                inc[key] = None
        for c in inc["claims"]:
            if c["attribute"] in ("start", "end") and not known(c["normalized"]):
                c["normalized"] = None


def _provider_record(gaz: Gazetteer, provider: str | None):
    """The gazetteer's record of the provider, or of the known provider whose national company it is ("Vodafone
    Portugal" -> Vodafone: that name speaks for it)."""
    if not provider:
        return None
    record = gaz.provider(provider)
    if record is None and " " in provider:
        base, country = provider.rsplit(" ", 1)
        record = gaz.provider(base) if country in COUNTRIES else None
    return record


def _outsiders_theory(c: Claim) -> bool:
    """A cause only someone outside both sides guesses at ("some users speculated about a cyberattack")."""
    return bool(c.extra.get("speculative")) and c.speaker.kind == "other"


def _denial_key(c: Claim) -> tuple[str, str]:
    """What a denial and an assertion must share for the one to answer the other: the category of a cause, the mere
    attribute for AI involvement."""
    return (c.attribute, "involvement") if c.attribute == "ai" else (c.attribute, str(c.normalized))


def _withdrawn_causes(claims: list[Claim], text: str) -> set[int]:
    """causes.v14: a cause taken back by a denial that points at it ("We said earlier that an attack was the likely
    cause. Further checks found this was not the case.") leaves the account; the speaker's later word stands. It takes
    back the same kind of speaker's word, or outsiders' ("Users were sure it was hackers. The firm said it was not.").
    A denial naming its own thing ("smoke was detected; there was no fire") withdraws nothing, and a cause asserted
    again after the denial stands again. Returns the ids of the withdrawn assertions."""
    backs = [d for d in claims if d.attribute == "cause" and d.polarity == "denies" and takes_back_earlier_cause(text[d.start:d.end])]
    withdrawn = set()
    for c in claims:
        if c.attribute != "cause" or c.polarity != "asserts":
            continue
        for d in backs:
            if (d.normalized == c.normalized and d.sentence > c.sentence and c.speaker.kind in (d.speaker.kind, "other")
                    and not any(a.attribute == "cause" and a.polarity == "asserts" and a.normalized == c.normalized
                                and a.speaker.kind == c.speaker.kind and a.sentence > d.sentence for a in claims)):
                withdrawn.add(id(c))
    return withdrawn


def _names_this_outages_cause(c: Claim) -> bool:
    """"OpenAI said the trouble was an issue at a third-party provider": for the provider that is that
    third party, another company's third-party claim names no cause."""
    return not (c.normalized == "third_party" and c.speaker.kind == "other" and c.speaker.entity)


def _supplier_as_cause(groups, incidents: list[dict]) -> None:
    """"A null pointer in Google Cloud's Service Control crashed its API gatekeeper … among the casualties
    was a storage service Cloudflare uses": when the primary gives no cause of its own and another
    company's outage is told beside it, at the same time and with a cause, that supplier is the cause."""
    primary = next((inc for g, inc in zip(groups, incidents) if g.primary), None)
    if primary is None or primary["cause_category"] != "unknown":
        return
    if any(c["attribute"] == "cause" and c["polarity"] == "asserts" for c in primary["claims"]):
        return  # the primary names a cause of its own, if without a category ("an internal issue")
    if any(g.concurrent and inc["cause_category"] != "unknown" for g, inc in zip(groups, incidents)):
        primary["cause_category"] = "third_party"
        if primary["ai_involved"] is None:
            primary["ai_involved"] = False

