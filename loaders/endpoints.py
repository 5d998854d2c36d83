"""Who a claim's endpoints are: the entities a cue's slots name, the candidate names a cue takes for a
party (promoted to entities), and the party a sentence leaves unnamed ("Chief Executive X said ...",
"En diciembre cerró una ronda ...") found from the sentence and the story (`fallback`)."""

from __future__ import annotations

import re

from graph import schema
from graph.model import DealClaim, entity_id
from loaders.cue_tables import RAISED
from loaders.clauses import users_of_product
from loaders.clause_openers import inverted_relative
from loaders.cues import COMITATIVE, OWNED_BY, Cue
from loaders.list_items import slot_names
from loaders.discovery import full_name_in, with_given_name
from loaders.entities import Gazetteer, guess_kind
from loaders.fronted_subject import fronted_subject
from loaders.match_slots import matches
from loaders.mention_spans import inside_quote
from loaders.names import UNKNOWN, org_lead_rest
from loaders.reference_words import PREPOSITION, SIDE_OPENER
from loaders.status import group as _group
from loaders.types import KnownEntity, MaskedSentence, SentenceContext
from loaders.values import FOUNDED_IN


_POSSESSIVES = frozenset({"su", "sus", "its", "their"})


def entity_ids(ms: MaskedSentence, text: str | None) -> list[str]:
    """The entities (or candidate names) a matched slot's text names, in order, each once."""
    out = []
    for i, name in enumerate(slot_names(text)):
        entity = ms.slots[name].entity_id
        if i and ms.slots[name].text.lower() in _POSSESSIVES:
            continue  # "incorporarse a Anthropic, su gran rival": a possessive after a name describes that name
        if name[0] in "CU" and re.search(rf"⟦{name}⟧,\s+(?:de|del)\s+⟦[CU]", text):
            continue  # "compite con Cursor, de Anysphere, y con ...": a product named with its maker; the maker is meant
        if entity not in out:
            out.append(entity)
    return out


def promoted(ids: list[str], ms: MaskedSentence, gazetteer: Gazetteer, labels: tuple[str, ...],
             known_only: bool = False, text: str = "") -> list[str]:
    """Candidate names (loaders.name_spotter) a cue took for a party become entities, of the kind the party must
    be; one whose form says otherwise ("Roy Reznik" where a company must stand) is left out."""
    out = []
    for entity in ids:
        if not entity.startswith("candidate:"):
            out.append(entity)
            continue
        mention = next(x for x in ms.mentions if x.entity_id == entity)
        name = entity.split(":", 1)[1]
        if mention.label in labels:
            label = mention.label
        elif mention.label == UNKNOWN:
            if known_only:
                continue
            label = labels[0] if len(labels) == 1 else schema.COMPANY
            if label == schema.PERSON and len(name.split()) < 2:
                continue  # one unknown word is no one's full name ("Stanford professor X", "Iceberg")
        else:
            continue
        if label == schema.PERSON:
            name = with_given_name(name, text)  # "García Ottati" where the story said "Carlos García Ottati"
        elif " " not in name and text:
            name = full_name_in(name, text)  # "Juniper" where the story said "Juniper Networks"
        # "Santander" taken for "Banco Santander" (loaders.name_spotter): the story's short name stays its name too.
        rest = org_lead_rest(name) if label == schema.COMPANY else None
        known = gazetteer.lookup(name) or gazetteer.add(KnownEntity(
            id=entity_id(label, name), label=label, name=name, aliases=[rest] if rest else [],
            kind=guess_kind(name) if label == schema.COMPANY else None))
        out.append(known.id)
    return out


# A relative clause whose subject is a common noun that names no company nor person ("la fundación que
# controla", "el vehículo de inversión que"): that noun is the verb's subject, not the story's topic.
_THING_RELATIVE = re.compile(
    r"\b(?:[Ee]l|[Ll]as?|[Ll]os|[Uu]na?)\s+(?!(?:compañía|empresa|firma|startup|grupo|tecnológica|gigante|fabricante|"
    r"desarrolladora|laboratorio|filial|matriz|multinacional|emergente|unicornio|plataforma|creadora)\b)"
    r"[a-záéíóúñü]+(?:\s+(?!que\b)[a-záéíóúñü]+){0,5}"
    r"(?<!\bdesde)(?<!\bhasta)(?<!\bde)(?<!\bya)(?<!\bsino)(?<!\bmás)(?<!\bmenos)\s+que\s+$")  # not "desde que"


def fallback(cue: Cue, ctx: SentenceContext, other: list[str], ms: MaskedSentence, m: re.Match,
             endpoint: str, gazetteer: Gazetteer) -> list[str]:
    """Who an unnamed endpoint is: for a job's person, the one named just before; the company that
    raised the round; for a job, the company named closest to the person ("El consejero general de
    Character.AI, X, asumirá el cargo de ..."); else this sentence's subject, else the story's topic
    ("También atienden a ...")."""
    if cue.lead and cue.lead[0] == endpoint and _THING_RELATIVE.search(m.string[max(0, m.start() - 70):m.start()]):
        return []  # "la fundación sin ánimo de lucro que controla la compañía": the subject is that thing
    if cue.lead and cue.lead[0] == endpoint and inverted_relative(m.string, m.start()) and \
            not users_of_product(cue, ctx.language, m):
        # "X, una startup ... que compró Y,": Y is the subject, after its verb (loaders.frames reads it); but "AMD
        # compite con los aceleradores MI300, que ya utilizan Microsoft y Meta": the product's maker is the subject
        return []
    if cue.type in (schema.WORKS_AT, schema.FOUNDED) and endpoint == "p":
        person = _before_companions(ms, m.string[:m.start()], other) or \
            _nearest_slot(ms, m, "P", other, before_only=True, owners=False) or \
            _unsaid_subject(ctx, m, other)
        # "Ambos trabajaron antes en X": both people a "both" stands for (loaders.mask writes two slots, Pn and Pnb)
        pair = {n.rstrip("b") for n, x in ms.slots.items() if n[0] == "P" and x.entity_id == person and
                f"{n.rstrip('b')}b" in ms.slots}
        both = [ms.slots[n + end].entity_id for n in sorted(pair)[:1] for end in ("", "b")]
        return [x for x in both or [person] if x not in other] if person else []
    if inside_quote(m.string, m.start()):
        # '"Walking away from OpenAI is a bet ...," said an analyst': who a speaker leaves unsaid is theirs, not the topic
        return []
    raiser = (ctx.state or {}).get("raiser") if cue.type == schema.INVESTED else None
    if cue.type == schema.INVESTED and endpoint == cue.dst:  # the company of the last round a sentence named
        raiser = _valued(ms, m) or (ctx.state or {}).get("round_of") or raiser
    if cue.type in (schema.WORKS_AT, schema.FOUNDED) and ctx.language == "en" and _SECOND_TITLE.match(m.group(0)) and \
            _NAMED_TITLES.search(m.string, 0, m.start()):
        return []  # "Microsoft vice chair and president X": the second title is the first one's company's, read with it
    if cue.type in (schema.WORKS_AT, schema.FOUNDED):
        # A job or a founding without its company: the company named before it in the sentence
        # ("El consejero general de Character.AI, X, asumirá el cargo de ..."), else the story's
        # main company ("Chief Executive Satya Nadella said").
        nearest = fronted_subject(ms, m) or _side_company(ms, m) or \
            _company_near_person(ms, _group(m, cue.src) or "", other)
        salient = (ctx.state or {}).get("salient")
        subject = ctx.subject or _new_subject(ms, m.start())
        company = nearest or subject or _staff_company(ms) or _spoken_of(ms, m) or salient
        return [company] if company and company not in other else []
    # An investment's unnamed target is neither a fund nor a big listed group; failing the raiser, the
    # sentence's subject and the story's topic, it is the company the story names most among the others.
    # (a fund the last sentence named is no topic for a rivalry, a client or a partnership: "... in a Series A led by
    # Balderton. Its app competes with Canva")
    known = gazetteer.by_id.get(ctx.topic or "")
    topic = None if cue.type != schema.INVESTED and known and known.kind == "investor" else ctx.topic
    # the banks of an offering work for the company the story said goes public (loaders.endpoints.note_lister)
    lister = (ctx.state or {}).get("lister") if cue.type == schema.CLIENT_OF and _OFFERING.search(m.group(0)) else None
    for candidate in (lister, raiser, ctx.subject, topic, (ctx.state or {}).get("salient_raiser")):
        if candidate and candidate not in other and not (cue.type == schema.INVESTED and endpoint == cue.dst and
                                                          (raises_no_rounds(gazetteer, candidate) or
                                                           _arm_of(gazetteer, candidate, other))):
            return [candidate]
    return []


# "una ronda ... liderada por X que valoraría a la empresa en 150.000 millones", "a round led by X that values the
# startup at $2 billion": the company a round's valuation is told of, right after the round, is the one raising it.
_VALUED = re.compile(r"[^.;⟦]{0,40}?\b(?:que\s+)?(?:valora|valoró|valorará|valoraría|valoraba|valorando|valued|values|"
                     r"valuing|value)\s+(?:a\s+)?⟦(?P<slot>C\d+b?)⟧\s+(?:en|at)\s+⟦\$")


def _valued(ms: MaskedSentence, m: re.Match) -> str | None:
    found = _VALUED.match(m.string, m.end())
    return ms.slots[found.group("slot")].entity_id if found and found.group("slot") in ms.slots else None


# A Spanish finite verb whose subject is left unsaid, at the sentence's opening after an adverb or a time
# ("También fundó X", "Anteriormente había cofundado X", "En 2019 se incorporó a X"): the person the previous
# sentence opened with (Spanish drops the pronoun English writes: "He also founded X").
# ("Antes de fundar X, trabajó en Y": an infinitive clause before it shares that subject, and its own verb too)
_MONTH = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
_UNSAID_OPENING = re.compile(
    r"^\W*(?:(?:[Tt]ambién|[Aa]demás|[Aa]nteriormente|[Aa]ntes|[Dd]espués|[Mm]ás tarde|[Ll]uego|[Pp]reviamente|"
    r"[Pp]osteriormente|(?:[Ee]n|[Dd]esde|[Hh]asta|[Ee]ntre|[Dd]urante|[Hh]ace)\s+(?:[a-záéíóúñ]+\s+){0,3}?"
    rf"(?:\d{{4}}|años|meses|{_MONTH}(?:\s+de\s+\d{{4}})?)(?:\s+y\s+\d{{4}})?|"
    r"(?:[Aa]ntes de|[Dd]espués de|[Tt]ras)\s+[a-záéíóúñ]+(?:ar|er|ir)(?:se|lo|la)?\b[^;]{0,80}?),?\s+)*"
    r"(?:(?:[Aa]ntes de|[Dd]espués de|[Tt]ras)\s+)?$")


def _unsaid_subject(ctx: SentenceContext, m: re.Match, other: list[str]) -> str | None:
    """Who did what a sentence's opening verb tells with no subject: the previous sentence's opening person,
    unless the verb is plural (a pair or a group did it)."""
    person = (ctx.state or {}).get("previous_person")
    if ctx.language != "es" or not person or person in other or not _UNSAID_OPENING.match(m.string[:m.start()]):
        return None
    verb = m.groupdict().get("verb") or ""
    return None if re.search(r"(?:ron|ían|aron|an)$", verb.split()[0] if verb else "") else person


def _arm_of(gazetteer: Gazetteer, company: str, investors: list[str]) -> bool:
    """Whether an investor's name is the company's name and more: "the OpenAI Startup Fund", "Intel Capital" are
    arms that invest in others, so a round they join is not their parent's."""
    def name(entity: str) -> str:
        known = gazetteer.by_id.get(entity)
        return known.name if known else entity.split(":", 1)[-1]
    return any(name(investor).startswith(name(company) + " ") for investor in investors)


# Who does not raise funding rounds: funds (they are a round's investors), the big listed groups and
# governments. An investment whose target the sentence leaves unsaid is never in one of them.
NO_ROUNDS = frozenset({"investor", "big_tech", "government"})


def raises_no_rounds(gazetteer: Gazetteer, entity: str) -> bool:
    """A fund is not the company a round is raised for ("Thrive Capital, que aportará ..." names who
    invests), nor is a big listed group: an investment's unnamed target is never one."""
    known = gazetteer.by_id.get(entity)
    # (nor a university a story names as where founders studied: "ambos salidos de la Universidad de Cambridge. En
    # mayo cerró una ronda ...": the round is the company's)
    return known is not None and (known.kind in NO_ROUNDS or bool(_ACADEMIC_NAME.search(known.name)))


_ACADEMIC_NAME = re.compile(r"\b(?:University|Universidad|Universitat|Universität|Université|Università|College)\b")


def _new_subject(ms: MaskedSentence, before: int) -> str | None:
    """A company the story had not named, as the sentence's subject ("Hours later, iRobot said ... that
    co-founder Colin Angle would step down"): the first company slot before `before`, after no
    preposition, when it is a candidate name (a known one would be the sentence's subject already); a
    name of unknown kind only as the one who speaks ("Brightloom said it would cut ...")."""
    for slot in re.finditer(r"⟦([CU]\d+b?)⟧", ms.masked[:before]):
        if slot.group(1)[0] == "U" and not _SPEAKS.match(ms.masked, slot.end()):
            continue  # "Hours after the announcement, ...": a capitalized word, no one's name
        if PREPOSITION.search(ms.masked[max(0, slot.start() - 12):slot.start()]):
            return None
        entity = ms.slots[slot.group(1)].entity_id
        return entity if entity.startswith("candidate:") else None
    return None


# "Chairman and CEO X said the company was evolving ...": a speaker with a title and no company talks of their own
# company by a description or pronoun right after the verb, which the resolver gave its antecedent.
_SAID_OF = re.compile(r"\s+(?:said|says|told\s+[^⟦,]{1,30}?|dijo|afirmó|explicó|aseguró)\s+(?:that\s+|que\s+)?⟦(C\d+b?)⟧")


def _spoken_of(ms: MaskedSentence, m: re.Match) -> str | None:
    said = _SAID_OF.match(ms.masked, m.end())
    return ms.slots[said.group(1)].entity_id if said and ms.slots[said.group(1)].via == "anaphora" else None


_SPEAKS = re.compile(r"\s+(?:said|says|announced|confirmed|told|dijo|anunció|informó|confirmó)\b")


# What opens a clause after a person's name, not the person's apposition: a clitic or auxiliary, a verb of saying ...
_CLAUSE_OPENING = re.compile(r"\s*(?:lo|le|les|se|no|ya|ha|han|había|dijo|anunció|explicó|escribió|publicó|aseguró|"
                             r"afirmó|señaló|declaró|indicó|said|says|told|wrote|posted|announced|added|has|have|had|"
                             r"is|was|will|would|could|can|may|also|"
                             # ... or where it was said: "X, en un mensaje en la red social Y,", "X, in a post on Y,"
                             r"(?:en|in)\s+(?:un|una|el|la|su|a|an|the|his|her)\s+(?:mensaje|comunicado|entrevista|"
                             r"publicación|nota|carta|conferencia|post|statement|interview|letter|memo|note|blog))\b")


_AGENT_OF_PARTICIPLE = re.compile(r"⟧,\s+(?:[\w\-]+\s+){0,3}?(?:led|run|headed|founded|co-founded|dirigid[ao]|"
                                  r"liderad[ao]|encabezad[ao]|fundad[ao]|cofundad[ao])\s+(?:[^,⟦]{0,40}?\s+)?(?:by|por)"
                                  r"\s+[^,⟦]{0,60}$")


def _company_near_person(ms: MaskedSentence, person_slot: str, other: list[str]) -> str | None:
    """The company a person's own apposition names ("X, Windsurf's head of business,"), else the
    last company named before the person in the sentence ("El consejero general de Character.AI, X")."""
    text = ms.masked
    at = text.find(person_slot.split("⟧")[0] + "⟧") if person_slot else -1
    if at < 0:
        return None
    # (not a company the person left, or founded afterwards: "X, que después fundó Y," holds no title at Y)
    after = re.match(r"⟦P\d+⟧,(?!\s*(?:que|quien|who)\s+(?:(?:después|luego|más tarde|posteriormente|later|then)\s+"
                     r"(?:fundó|cofundó|creó|lanzó|montó|founded|co-founded|launched|started)|dejó|abandonó|left)\b)"
                     r"([^,]*),", text[at:])
    # (nor one of a past told inside it: "X, who co-founded Tessaro after stints at Siemens,")
    own = re.split(r"\b(?:after|following|before|formerly|previously|former)\b", after.group(1))[0] if after else ""
    if _CLAUSE_OPENING.match(own) or _AGENT_OF_PARTICIPLE.search(text[:at]):
        # "Su fundador, X, lo anunció en la red social Y,": the main clause's verb, no apposition; nor after the
        # agent of a participle a comma closes: "Snowflake, led since February by X, tries to catch up with Y,"
        own = ""
    # (nor where the person spoke: "lo anunció su fundador, X, en un mensaje en la red social Y," is no apposition)
    own = "" if re.match(r"\s*(?:en|durante|desde|a través de|in|during|on|via|through)\s", own) else own
    candidates = re.findall(r"⟦([CU]\d+b?)⟧", own)
    # A title naming the company just before the person: "El consejero general de Character.AI, X".
    title = re.search(r"\b(?:of|at|de|del|en)\s+⟦(C\d+b?)⟧,?\s*$", text[:at])
    candidates = candidates or ([title.group(1)] if title else [])
    for slot in candidates:
        entity = ms.slots[slot].entity_id
        if entity not in other:
            return entity
    return None


# The side that speaks, fronted before a possessive post (reference_words.SIDE_OPENER): "Por parte de Echelon, su
# director de inversiones, X, destacó ...": the post is at that side, even when the story never named it as a company
# before (a name of unknown kind, which loaders.resolve cannot see), never at the story's main company.
_SIDE = re.compile(SIDE_OPENER.pattern + r"⟦([CU]\d+)⟧,\s*(?:su|sus)\s", re.I)


# A title joined to a first one that a company's name opens: "BlackRock chairman and chief executive X", "Microsoft vice
# chair and president Y" (the cue that reads the whole phrase gives the company).
# (English only, where the company's name opens the titles; a Spanish title names its company after it with "de")
_SECOND_TITLE = re.compile(r"and\s", re.I)
_NAMED_TITLES = re.compile(r"⟦[CU]\d+b?⟧(?:'s|’s)?\s+(?:(?!(?:of|at|for|with|who|and)\s)[\w\-]+\s+){1,4}$")


def _side_company(ms: MaskedSentence, m: re.Match) -> str | None:
    side = _SIDE.match(ms.masked)
    return ms.slots[side.group(1)].entity_id if side and side.end() > m.start() else None


def _staff_company(ms: MaskedSentence) -> str | None:
    """The one company a sentence names, when it names it as someone's employer ("X, iRobot's chief legal
    officer, will serve as interim CEO, and board member Y becomes chairman"): the sentence is about its
    people, so a title there without a company is held at it, not at the story's main company."""
    companies = {ms.slots[s].entity_id for s in re.findall(r"⟦(C\d+b?)⟧", ms.masked)}
    employer = re.search(r"⟦P\d+⟧,\s+⟦(C\d+b?)⟧['’]s\s", ms.masked)
    return ms.slots[employer.group(1)].entity_id if employer and len(companies) == 1 else None


# People named after "junto a" are companions: "X cofundó DeepMind junto a Y y Z, y dejó Google en 2022 para crear
# Inflection AI" leaves the subject of "crear" unsaid, and it is X, not Z.
_COMPANIONS = re.compile(r"(⟦P\d+b?⟧)(?:[^⟦]|⟦[CU]\d+b?⟧){0,80}?\b" + COMITATIVE + r"\s+"
                         r"(?:[\w\-]+\s+){0,3}?⟦P\d+b?⟧(?:(?:,\s*|\s+(?:y|e|and)\s+)(?:[\w\-]+\s+){0,3}?⟦P\d+b?⟧)*"
                         r"(?=[^⟦]*(?:⟦[CU]\d+b?⟧[^⟦]*)*$)")


def _before_companions(ms: MaskedSentence, before: str, other: list[str]) -> str | None:
    """The person named before a "junto a" list that holds the last people named before a cue."""
    m = _COMPANIONS.search(before)
    entity = ms.slots[m.group(1)[1:-1]].entity_id if m else None
    return entity if entity and entity not in other else None


def _nearest_slot(ms: MaskedSentence, m: re.Match, label: str, other: list[str],
                  before_only: bool = False, owners: bool = True) -> str | None:
    """The company (or person) named closest to where the cue matched; without `owners`, no person named
    as a company's owner ("abandona la compañía de Elon Musk para lanzar X": Musk launches nothing)."""
    anchor = m.start()
    best = None
    for slot in re.finditer(rf"⟦({label}\d+b?)⟧", m.string):
        if before_only and slot.start() >= anchor:
            break
        if not owners and OWNED_BY.search(m.string, 0, slot.start()):
            continue
        entity = ms.slots[slot.group(1)].entity_id
        distance = abs(slot.start() - anchor)
        if entity not in other and (best is None or distance < best[0]):
            best = (distance, entity)
    return best[1] if best else None


# "⟦C2⟧, fundada en 2021 por ...", "⟦C0⟧, which was founded in 2015,": a company's founding told in passing.
_FOUNDED_IN_PASSING = re.compile(rf"⟦(?P<slot>C\d+b?)⟧,?\s+(?:(?:which|that|que)\s+(?:was|fue)\s+)?{FOUNDED_IN}"
                                 r"(?:19|20)\d{2}\b", re.I)


def founded_by_the_way(ms: MaskedSentence, endpoints: set[str]) -> bool:
    """Whether the sentence tells in passing the founding of a company that is no endpoint of a relation, whose year
    then dates that founding only ("Anthropic, fundada en 2021 por ..., compite con la creadora de ChatGPT, en la
    que Microsoft ha invertido ...": not the year of Microsoft's investment)."""
    return any(getattr(ms.slots.get(m.group("slot")), "entity_id", None) not in endpoints
               for m in _FOUNDED_IN_PASSING.finditer(ms.masked))


# A company going public, as the story tells it: "Cerebras Systems ... filed for an initial public offering on Monday",
# "CoreWeave's IPO", "Cerebras IPO filing shows", "the prospectus it filed on Monday for a listing", "X is preparing to list
# its shares"; the banks that lead an offering later work for it.
_OFFERING = re.compile(r"\b(?:offering|IPO|listing|flotation|share sale)\b")
_GOES_PUBLIC = re.compile(r"(⟦C\d+b?⟧)(?:(?:'s|’s)\s+(?:planned\s+|proposed\s+|upcoming\s+)?(?:IPO|initial public offering|"
                          r"listing)|\s+IPO\b|[^⟦.;]{0,80}?\b(?:filed|files|filing|file|preparing|prepares|plans|planned|set)"
                          r"(?:\s+on\s+[A-Z]\w+)?\s+(?:for|to)\s+(?:an?\s+|its\s+)?(?:initial public offering|IPO|go public|list|"
                          r"listing|float))")


def note_lister(ms: MaskedSentence, ctx: SentenceContext) -> None:
    """Keep in `ctx.state` the company this sentence says goes public, for the banks a later offering names."""
    said = _GOES_PUBLIC.search(ms.masked)
    slot = ms.slots.get(said.group(1).strip("⟦⟧")) if said and ctx.state is not None else None
    if slot is not None and getattr(slot, "entity_id", None):
        ctx.state["lister"] = slot.entity_id


def note_raiser(ms: MaskedSentence, ctx: SentenceContext, gazetteer: Gazetteer) -> bool:
    """Whether the sentence says who raised a round ("Cohere raised $270 million ..."); if so, that raiser, kept in
    `ctx.state`, is what this sentence's and later sentences' rounds with no company named are into."""
    note_lister(ms, ctx)
    raising = RAISED[ctx.language]
    raised = next(matches(raising, ms.masked), None) if raising.shows_in(ms.masked.lower()) else None
    if raised and ctx.state is not None:
        named = [e for e in entity_ids(ms, raised.group("r")) if not e.startswith("candidate:")]
        # "En diciembre cerró una ronda ...": no subject named, so the story's protagonist raised it.
        ctx.state["raiser"] = named[0] if named else ctx.subject or ctx.state.get("salient")
        if not named and not ctx.subject and not ctx.state.get("salient_raiser"):
            # ... and in a story that named no company before, a name it had not met ("La mexicana Kelvio
            # levantó ..."): the round makes it a company, which the investors named later invest in.
            ctx.state["raiser"] = next(iter(promoted(entity_ids(ms, raised.group("r"))[:1], ms, gazetteer,
                                                     (schema.COMPANY,), False, ctx.document_text)), None)
        ctx.state["round_of"] = None  # the raiser said here takes this sentence's unsaid rounds
    return bool(raised)


def note_round(ms: MaskedSentence, ctx: SentenceContext, raised: bool, claims: list) -> None:
    """A round this sentence names the company of is the one a later sentence's unsaid round means ("... a $31
    million seed round led by X. General Catalyst also took part"), not the story's main company; a sentence that
    says who raised ("Cohere raised $270 million ..., as it competes with Microsoft-backed OpenAI") keeps its
    raiser."""
    if raised or ctx.state is None:
        return
    said = {getattr(slot, "entity_id", None) for slot in ms.slots.values()}
    ctx.state["round_of"] = next((d.target for d in reversed(claims) if isinstance(d, DealClaim) and d.target in said),
                                 ctx.state.get("round_of"))
