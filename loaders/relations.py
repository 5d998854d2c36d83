"""Relation claims: cue patterns matched over masked sentences, with values, status and certainty."""

from __future__ import annotations

import re

from graph import schema
from graph.model import Claim, DealClaim
from loaders import frames, status
from loaders.cue_tables import ELLIPSIS, worth_trying
from loaders.clauses import clause_spans, inside_relative, other_views, users_of_product
from loaders.cues import AGENT_BEFORE, AGENT_THEN_VERB, COMITATIVE, LEFT_FOR_PURPOSE, Cue, companions
from loaders.list_items import slot_names
from loaders.endpoints import entity_ids, fallback, founded_by_the_way, note_raiser, note_round, promoted
from loaders.entities import Gazetteer
from loaders.event_dates import claim_date
from loaders.denial_scope import outside, scoped_views
from loaders.not_done import not_done
from loaders.match_slots import clause_cut, matches, singular_after_relative
from loaders.deal_words import (BOUGHT_OUTRIGHT, BUSINESS_NEXT, BUSINESS_SOLD, BUYS_FROM, CONTRACT, DEAL_WORTH,
                                SHARES, backs_a_deal)
from loaders.status import group as _group
from loaders.trade_sides import sells
from loaders.types import MaskedSentence, SentenceContext
from loaders.values import period_of

_ENDPOINTS = {rel: set(pairs) for rel, pairs in schema.REL_ENDPOINTS.items()}


_VALUATION = re.compile(r"(?:valoraci[óo]n|valorad[oa]|valuation|valued at|valuing)\W+(?:\w+\W+){0,3}$", re.I)
_INTENT = re.compile(r"\b(?:plans?|planned|planning|intends?|considering|weighing|could|may|might|would|threatens?|"
                     r"planea|pretende|estudia|podría|amenaza|se plantea)\b(?:\s+to)?\s+(?:\w+\s+)?(?:end|cut|sever|drop|"
                     r"terminate|terminar|cortar|romper|dejar|poner fin)", re.I)


# (not a verb's complement: "AMD agreed to buy X", "plans to acquire": that "to" opens no purpose clause)
_CONTROL = "".join(rf"(?<!\b{w} )" for w in ("agreed", "agrees", "agree", "plans", "planned", "plan", "wants", "wanted",
                                            "intends", "intended", "seeks", "sought", "aims", "aimed", "offered", "offers",
                                            "expects", "expected", "moved", "moves", "decided", "decides", "tried",
                                            "tries", "failed", "refused", "able", "set", "poised", "likely", "going"))
_PURPOSE = re.compile(rf"\b(?:para|{_CONTROL}to|in order to|so as to|con el (?:fin|objetivo|propósito) de|a fin de|en un intento de|"
                      r"in a bid to|in an effort to|as it seeks to|as it looks to|mientras busca)\s+$", re.I)
# A coordinated clause that names its own subject: ", and Qualcomm needed ...", "; Intel wants ..."
_CLAUSE_SUBJECT = re.compile(r"(?:,\s+(?:and|but|while|y|pero|mientras)\s+|;\s+)(⟦[CU]\d+b?⟧)(?=\s+[a-záéíóúñü])")
_SOURCE_LABELS = {rel: tuple(dict.fromkeys(a for a, _ in pairs)) for rel, pairs in schema.REL_ENDPOINTS.items()}
# A deal's target is a company (the Investment node stands between them in the graph).
_TARGET_LABELS = {rel: tuple(dict.fromkeys(b for _, b in pairs)) for rel, pairs in schema.REL_ENDPOINTS.items()} | \
    {schema.INVESTED: (schema.COMPANY,)}


# A percentage a price or a figure moved by ("las acciones subieron un 10 %", "shares fell about 3%"), not a stake.
_CHANGE_BY = re.compile(r"\b(?:sub\w+|cay\w+|caí\w*|baj\w+|se dispar\w+|se desplom\w+|retroced\w+|rose|fell|jump\w*|"
                        r"dropp?\w*|climb\w*|surg\w*|plung\w*|soar\w*|tumbl\w*|slid|sank|up|down)\s+(?:(?:un|an?|by|hasta|"
                        r"más de|nearly|almost|about|around|some|casi|cerca de|alrededor de)\s+)*$", re.I)

# A price per share is no deal's amount: "will buy Intel common stock at $23.28 a share", "a 3,50 euros por acción".
_PER_SHARE = re.compile(r"\s*(?:a|per|each|por)\s+(?:share|acción)\b", re.I)


def _money_and_stake(ms: MaskedSentence) -> tuple:
    """The deal's amount and stake: the first amount and percentage that are not a valuation (nor, for the
    amount, a price per share; for the percentage, a price move)."""
    text = ms.sentence.text
    money = next((m for m in ms.money if not _VALUATION.search(text[:m.start]) and
                  not _PER_SHARE.match(text, m.end)), None)
    stake = next((p for p in ms.percents if not _VALUATION.search(text[:p[1]]) and
                  not _CHANGE_BY.search(text[max(0, p[1] - 40):p[1]])), None)
    return money, (stake[0] if stake else None)


# Titles of public office written before a name with no company ("President Donald Trump", "el presidente
# Javier Milei", "Prime Minister Keir Starmer").
_PUBLIC_OFFICE = re.compile(r"(?:\bPresident|\b[Ee]l\s+presidente|\bPresidente|Prime Minister|[Pp]rimer [Mm]inistro|"
                            r"Chancellor|[Cc]anciller|Senator|[Ss]enador[a]?|Governor|[Gg]obernador[a]?|Minister|"
                            r"[Mm]inistr[oa]|King|[Rr]ey|Crown Prince|[Pp]ríncipe)\s+⟦[PU]\d+⟧")
_DETERMINER_BEFORE = re.compile(r"\b(?:of|the|a|an)\s+(?:[A-Z][\w\-]*\s+)?$")
_FOR_REVENUE = re.compile(r"\s+for\s+(?:[\w\-]+\s+){0,6}?(?:revenue|revenues|sales|royalties|income|business)\b")
_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b")
_RESPECTIVE_PEOPLE = re.compile(r"⟦P\d+⟧(?:,\s+⟦P\d+⟧)*,?\s+and\s+⟦P\d+⟧")

_COMITATIVE_BEFORE = re.compile(rf"\b{COMITATIVE}\s+(?:(?:el|la|los|las|the)\s+)?(?:[a-záéíóúñü\-]+\s+){{0,2}}?$", re.I)
_TAKEN_AS_PARTY = re.compile(r"\s+(?:como|as)\s+(?:(?:su|sus|un|una|its|a|an|their)\s+)?(?:(?:nuev[oa]|new|primer[oa]?|first|main|principal)\s+)?"
                      r"(?:client[ea]s?|socio|socia|socios|proveedor(?:es)?|inversor(?:es)?|accionistas?|customers?|"
                      r"clients?|partners?|suppliers?|investors?|shareholders?)\b", re.I)
_TITLE_OF_NEXT = re.compile(r",\s*⟦P\d+b?⟧")


def _build(cue: Cue, m: re.Match, ms: MaskedSentence, ctx: SentenceContext, gazetteer: Gazetteer,
           certainty: str) -> list[Claim | DealClaim]:
    if not_done(cue, m):
        return []  # "did not join", "rather than acquiring", "pulled out of a planned joint venture with X"
    if cue.frame == "active" and ctx.language == "en" and _group(m, "verb") and \
            _DETERMINER_BEFORE.search(m.string[max(0, m.span("verb")[0] - 40):m.span("verb")[0]]):
        return []  # "its planned acquisition of Israeli contract chipmaker X": after "of" or an article, a noun
    if cue.type == schema.ACQUIRED and _TAKEN_AS_PARTY.match(m.string, m.end()):
        return []  # "se queda con LG como cliente", "won Y as a customer": a role, not a purchase
    if cue.lead and _group(m, cue.lead[0]) == "":
        return []  # a pronoun is the subject ("some of them may reduce ..."): no one to name
    if cue.frame in ("active", "received", "support verb") and AGENT_THEN_VERB.match(m.string, m.start()) and \
            AGENT_BEFORE.search(m.string[max(0, m.start() - 60):m.start()]):
        return []  # "La ronda, liderada por X, contó con ...": a participle's agent is not the next verb's subject
    sources = [e for name in cue.src.split(",") for e in entity_ids(ms, clause_cut(m, name, ctx.language))]
    targets = entity_ids(ms, clause_cut(m, cue.dst, ctx.language))
    subject = cue.lead[0] if cue.lead else cue.src.split(",")[0]
    if cue.type == schema.INVESTED and _group(m, cue.dst) and \
            (_COMITATIVE_BEFORE.search(m.string, m.start(), m.span(cue.dst)[0]) or backs_a_deal(m.group(0))):
        return []  # "invierte en España 1.000 millones junto a Telefónica": a co-investor, where the target is no name
        # (or "deals backed by Google": the money backs the deal)
    if cue.type == schema.INVESTED and companions(_group(m, cue.dst)):
        # "invirtió en Clip junto con el fondo General Atlantic": who invests beside, not a second target
        beside = entity_ids(ms, companions(_group(m, cue.dst)))
        sources, targets = sources + beside, [e for e in targets if e not in beside]
    if ctx.language == "es" and singular_after_relative(m, subject):
        # "junto a X y Z, que hoy dirige la división de IA de Microsoft": a singular verb in a relative clause
        # after a list tells of its last name only
        last = entity_ids(ms, _group(m, subject))[-1:]
        sources, targets = ([e for e in sources if e in last] if subject in cue.src.split(",") else sources,
                            [e for e in targets if e in last] if subject == cue.dst else targets)
    if cue.lead and ctx.subject and _group(m, "verb") and _PURPOSE.search(m.string[:m.span("verb")[0]]) and \
            not (ctx.language == "es" and cue.lead[1][0] != "E" and
                 (gazetteer.by_id[ctx.subject].label == schema.PERSON) != (cue.lead[1][0] == "P")) and \
            not (cue.lead[1].startswith("P") and LEFT_FOR_PURPOSE.search(m.string[:m.span("verb")[0]])):
        # "AMD compra Silo AI para plantar cara a Nvidia": a purpose clause's subject is the sentence's (but in
        # "X is leaving Cohere to join Oracle" the person who leaves is: see Cue.lead_slot). In Spanish, a subject of
        # another kind than the verb wants is another clause's ("El antiguo jefe del grupo, X, dejó la compañía para
        # convertirse en consejero delegado de Nokia": X stays).
        # ("Nuvia had a team ..., and Qualcomm needed exactly that to take on Apple": a clause after ", and" has its own)
        own = _CLAUSE_SUBJECT.findall(m.string, 0, m.span("verb")[0])
        subject_id = (entity_ids(ms, own[-1]) or [ctx.subject])[0] if own else ctx.subject
        if cue.lead[0] in cue.src.split(","):
            sources = [subject_id]
        elif cue.lead[0] == cue.dst:
            targets = [subject_id]
    last = next((_group(m, n) for n in (cue.dst, *cue.src.split(",")) if _group(m, n) and
                 m.group(0).endswith(_group(m, n))), None)
    if _possessive_slot(ms, last) and \
            re.match(r"\s+(?!y\s|e\s|o\s|and\s|or\s)[a-záéíóúñü]", m.string[m.end():]) and \
            not re.match(r"\s+(?:[\w\-]+\s+){0,3}?⟦[CU]\d+b?⟧", m.string[m.end():]):
        # "para atender a sus clientes": the possessive is the noun's, and the noun is no company (in "compite
        # con su rival X" it is X, below)
        return []
    if sources and sources == targets and cue.type in _SYMMETRIC and _possessive_slot(ms, _group(m, cue.dst)):
        # "compite con su rival X": the possessive is the subject itself, and X the other party.
        after = re.match(r"\s+(?:[\w\-]+\s+){0,3}?(⟦[CU]\d+b?⟧)", m.string[m.end():])
        if not after:
            return []
        targets = entity_ids(ms, after.group(1))
    if cue.type == schema.WORKS_AT and _TITLE_OF_NEXT.match(m.string, m.end()) and _group(m, cue.src) and \
            _group(m, cue.dst) and m.span(cue.src)[1] < m.span(cue.dst)[0] and \
            re.search(r"⟦C\d+b?⟧,\s*$", m.string[:m.span(cue.src)[0]]):
        # "El fundador de Iliad, Xavier Niel, el consejero delegado de CMA CGM, Rodolphe Saadé, ...": in a list of
        # titles each told before its name, the title after a name is the next name's
        return []
    if cue.src in cue.optional and (not sources or sources == targets):
        # Missing, or only the object named again: the sentence's subject says it ("..., and agreed to
        # license the startup's technology").
        sources = fallback(cue, ctx, targets, ms, m, cue.src, gazetteer)
    if not targets and cue.dst in cue.optional:
        if cue.type == schema.WORKS_AT and _PUBLIC_OFFICE.search(m.group(0)):
            return []  # "President Donald Trump blocked ...": a public office, not a job at the story's company
        targets = fallback(cue, ctx, sources, ms, m, cue.dst, gazetteer)
    if users_of_product(cue, ctx.language, m):
        # "los aceleradores MI300, que ya utilizan Microsoft y Meta": a relative on a product puts its users after
        # the verb, and the name before is the product's maker
        sources, targets = targets, sources
    if cue.type == schema.FOUNDED:
        # "X, who co-founded the company": a founding told of an unnamed company is a young one's, not a big group's
        # the story names too (its buyer, a backer); a big group's founder is told with its name ("Amazon founder X")
        named = {x.entity_id for x in ms.mentions if x.via != "anaphora"}
        targets = [e for e in targets if e in named or
                   getattr(gazetteer.by_id.get(e), "kind", None) != "big_tech"]
    sources = promoted(sources, ms, gazetteer, _SOURCE_LABELS[cue.type], cue.known_only, ctx.document_text)
    targets = promoted(targets, ms, gazetteer, _TARGET_LABELS[cue.type], cue.known_only, ctx.document_text)
    if cue.type == schema.CLIENT_OF and (BUSINESS_SOLD.search(m.group(0)) or BUYS_FROM.search(m.group(0)) and
                                         BUSINESS_NEXT.match(m.string, m.end())):
        return []  # "compró a Nokia su división de móviles", "vendió su negocio de memorias a SK Hynix": no client
    if cue.type == schema.CLIENT_OF and _FOR_REVENUE.match(m.string, m.end()):
        # "It depends on Qualcomm for a large share of its royalty revenue": the one paying is the other party
        sources, targets = targets, sources
    pairs = None
    if cue.type == schema.WORKS_AT and len(targets) > 1 and _RESPECTIVELY.match(m.string, m.end()):
        # "X and Y, who worked at Palantir and Google respectively": the first name goes with the first
        # company, the second with the second; a count that does not add up pairs no one.
        people = _RESPECTIVE_PEOPLE.findall(m.string[:m.start()])
        sources = entity_ids(ms, people[-1]) if people else []
        if len(sources) != len(targets):
            return []
        pairs = set(zip(sources, targets))
    text = ms.sentence.text
    # The event's own date, from the clause that states it ("co-founded OpenAI in 2015"), then the sentence (but not
    # from a prospect told beside it, and a founding's from its own clause only: loaders.event_dates).
    event = claim_date(m.string, m.start(), m.end(), text, ctx.article_date, cue.type == schema.FOUNDED,
                       cue.type == schema.FOUNDED or not founded_by_the_way(ms, {*sources, *targets}))
    base = {"doc": ctx.doc_id, "date": ctx.when, "evidence": text, "order": ms.sentence.index,
            "event_date": event[0] if event else None, "event_precision": event[1] if event else None}
    out: list[Claim | DealClaim] = []
    if cue.type == schema.INVESTED:
        if (CONTRACT.search(m.group(0)) or DEAL_WORTH.search(m.group(0))) and not SHARES.search(m.group(0)):
            return []  # "obtuvo un contrato de 200 millones con el Pentágono": money for work, not for shares
        money, stake = _money_and_stake(ms)
        reference = cue.nominal and money is None and stake is None
        # A bare reference presupposes the deal, and "X, OpenAI's largest investor" states a fact:
        # hedges and conditionals about something else do not apply to them.
        clause = status.clause_of(m.string, m.start(), m.end())
        # ... but one the clause calls off is off ("La inversión de X en Y quedó en suspenso"), and one
        # it only speculates about is none ("Se especula con una inversión de X en Y").
        if reference and (status.SPECULATION.search(clause) or status.UNSETTLED.search(clause)):
            return []
        called_off = status.calls_off(clause)
        reference = reference and not called_off
        deal = "completed" if reference else (("cancelled" if called_off else "completed")
                                              if cue.stative else status.deal_status(clause))
        if deal is None or not targets:
            return []
        if stake is not None and stake >= 0.999 and not reference:
            # "adquiere el 100% de Wiz", "will own 100% of the startup": the whole company is bought
            return [Claim(type=schema.ACQUIRED, source=s, target=targets[0], certainty=certainty, status=deal,
                          amount_usd=money.amount_usd if money else None, **base) for s in sources if s != targets[0]]
        # "has invested in Mistral AI, Cohere and Perplexity": one deal per company (an amount belongs to one)
        for target in targets if money is None and stake is None else targets[:1]:
            out.append(DealClaim(
                investors=[s for s in sources if s != target], target=target,
                amount=money.amount if money else None, currency=money.currency if money else None,
                amount_usd=money.amount_usd if money else None, stake=stake,
                announced=ctx.when, status=None if reference else deal,
                certainty=None if reference else certainty, **base))
        return [d for d in out if d.investors]
    for source in sources:
        for target in targets:
            if source == target or pairs is not None and (source, target) not in pairs:
                continue
            labels = (gazetteer.by_id[source].label, gazetteer.by_id[target].label)
            if labels not in _ENDPOINTS[cue.type]:
                continue
            props: dict = {}
            rel_type = cue.type
            if cue.type == schema.ACQUIRED:
                deal = cue.status or status.deal_status(status.clause_of(m.string, m.start(), m.end()))
                if deal is None:
                    continue
                money, _ = _money_and_stake(ms)
                props = {"status": deal, "amount_usd": money.amount_usd if money else None}
            elif cue.type == schema.WORKS_AT:
                props, founded = status.job_of(cue, m, text, ctx.language)
                if founded:
                    out.append(Claim(type=schema.FOUNDED, source=source, target=target, certainty="confirmed", **base))
                if props is None:
                    continue
            elif cue.type == schema.CLIENT_OF:
                if BOUGHT_OUTRIGHT.match(m.string, m.start()):
                    continue  # "Samsung compró a la startup X por 300 millones": the company itself was bought
                props = _client_of(cue, ms, ctx)
                if cue.vendor_check and not sells(cue.vendor_check, gazetteer, source, target, ctx.document_text):
                    continue
            claim_certainty = certainty
            if cue.type in (schema.WORKS_AT, schema.FOUNDED) and not _group(m, "verb") and cue.status is None:
                claim_certainty = "confirmed"  # an apposition states the role as known fact
            out.append(Claim(type=rel_type, source=source, target=target, certainty=claim_certainty,
                             **props, **base))
    return out


_SYMMETRIC = (schema.COMPETES_WITH, schema.PARTNERS_WITH)


def _possessive_slot(ms: MaskedSentence, text: str | None) -> bool:
    """Whether a matched slot holds only a possessive ("su", "its") that the resolver took for a company."""
    names = slot_names(text)
    return len(names) == 1 and ms.slots[names[0]].text.lower() in ("su", "sus", "its", "their")


def _client_of(cue: Cue, ms: MaskedSentence, ctx: SentenceContext) -> dict:
    text = ms.sentence.text
    state = cue.status
    if state == "ended" and _INTENT.search(ms.masked):
        state = "reconsidering"  # "plans to cut ties with" has not cut them yet
    if state == "active":
        if status.CLIENT_RECONSIDERING.search(text):
            state = "reconsidering"
        elif status.CLIENT_REDUCING.search(text):
            state = "reducing"
    money, _ = _money_and_stake(ms)
    spend = money.amount_usd if money else None
    return {"status": state, "spend_usd": spend,
            "period": period_of(text, ctx.article_date) if spend else None}


_WORD = re.compile(r"[^\W\d_][\w\-]*")
_SHARE_WORDS = ("majority-", "minority-", "wholly-", "partly-", "partially-", "jointly-")


def extract_claims(ms: MaskedSentence, ctx: SentenceContext, gazetteer: Gazetteer,
                   previous: list[Claim]) -> list[Claim | DealClaim]:
    """Every claim one sentence makes; `previous` lets "a similar decision" borrow its relation."""
    certainty = status.certainty_of(ms.sentence.text)
    clauses = clause_spans(ms.masked)
    views = scoped_views([(ms.masked, clauses)] + [(text, []) for text in other_views(ms.masked, clauses)], ms.sentence.text)
    if views is None:
        return []
    raised = note_raiser(ms, ctx, gazetteer)
    claims: list[Claim | DealClaim] = []
    seen: dict = {}  # key -> (index in claims, strength)
    for text, relatives, denied in views:
        unknown = text.count("⟦U")
        companies, people = text.count("⟦C") + unknown, text.count("⟦P") + unknown
        lowered = text.lower()
        words = set(_WORD.findall(lowered))
        # ("majority-owned by" calls for the cues of "owned", as "owned by" does)
        words.update(w.split("-", 1)[1] for w in list(words) if w.startswith(_SHARE_WORDS))
        stated = {rel for rel, keys in frames.relation_keys(ctx.language).items() if keys is None or keys & words}
        for cue in worth_trying(ctx.language, words, stated):
            if not cue.may_match(companies, people) or not cue.shows_in(lowered):
                continue
            for m in matches(cue, text):
                if inside_relative(m, cue, relatives) or not outside(m, denied):
                    continue
                # A verb ("is leaving", "dejaba") says more about a status than an apposition does.
                strength = 1 if cue.status or _group(m, "verb") else 0
                for claim in _build(cue, m, ms, ctx, gazetteer, certainty):
                    key = (claim.type if isinstance(claim, Claim) else schema.INVESTED,
                           tuple(getattr(claim, "investors", [getattr(claim, "source", None)])), claim.target)
                    if isinstance(claim, DealClaim) and _same_deal(claim, claims):
                        continue
                    if key not in seen:
                        seen[key] = (len(claims), strength)
                        claims.append(claim)
                    elif isinstance(claim, Claim) and _says_more(claim, claims[seen[key][0]], strength, seen[key][1]):
                        index = seen[key][0]
                        role = claim.role or claims[index].role
                        claims[index] = claim.model_copy(update={"role": role})
                        seen[key] = (index, strength)
    if not claims and previous:
        claims.extend(_ellipsis(ms, ctx, previous, certainty, gazetteer))
    note_round(ms, ctx, raised, claims)
    return claims


def _same_deal(deal: DealClaim, claims: list) -> bool:
    """One sentence, one deal per target: a second match that names more investors widens the first,
    one that names some of them adds nothing."""
    for k, other in enumerate(claims):
        if isinstance(other, DealClaim) and other.target == deal.target:
            if set(deal.investors) <= set(other.investors):
                return True
            if set(other.investors) <= set(deal.investors):
                claims[k] = deal
                return True
    return False


def _says_more(new: Claim, old: Claim, new_strength: int, old_strength: int) -> bool:
    """Within one sentence: a verb beats an apposition for a job; a change beats "active" for a client."""
    if new.type == schema.WORKS_AT:
        return new_strength > old_strength
    if new.type == schema.CLIENT_OF:
        return old.status == "active" and new.status not in (None, "active")
    return False


def _ellipsis(ms: MaskedSentence, ctx: SentenceContext, previous: list[Claim], certainty: str,
              gazetteer: Gazetteer) -> list[Claim]:
    last = previous[-1]
    m = ELLIPSIS[ctx.language].regex.search(ms.masked) if last.type in (schema.CLIENT_OF, schema.WORKS_AT) else None
    # A subject of the antecedent's kind takes all the last sentence said of its subject ("X left Apple for Meta. Y
    # made the same move"); a decision ("tomó", "made") about a supplier one was reconsidering is to leave it.
    subject = promoted(entity_ids(ms, m.group("x")), ms, gazetteer, _SOURCE_LABELS[last.type][:1], False,
                       ctx.document_text) if m else []
    if not subject or subject[0].split(":")[0] != last.source.split(":")[0]:
        return []
    return [Claim(type=c.type, source=subject[0], target=c.target, certainty=certainty, doc=ctx.doc_id, date=ctx.when,
                  status="ended" if c.status in ("reconsidering", "reducing") else c.status, evidence=ms.sentence.text,
                  order=ms.sentence.index) for c in previous
            if (c.type, c.source, c.order) == (last.type, last.source, last.order) and c.target != subject[0]]
