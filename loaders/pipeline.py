"""The extraction pipeline: one document in, its entities and claims out; many extractions into a graph."""

from __future__ import annotations

import copy
import re

from graph import schema
from graph.model import Claim, DealClaim, Document, Entity, fold, short_forms
from loaders import reference_words as words
from loaders.discourse import later_cancellations
from loaders.discovery import discover
from loaders.endpoints import NO_ROUNDS
from loaders.entities import Gazetteer
from loaders.joint_venture_partners import partners_of_joint_ventures, partners_of_listed_groups
from loaders.mask import mask
from loaders.name_spotter import NameSpotter
from loaders.names import full_names
from loaders.relations import extract_claims
from loaders.resolve import DocumentResolver
from loaders.sentences import detect_language, split_sentences
from loaders.shared_surname import shared_surname
from loaders.trade_inference import clients_of_partnerships, licences_bought
from loaders.types import Extraction, KnownEntity, Mention, RawDocument, SentenceContext
from loaders.values import find_date

# A sentence that opens by pointing back at the previous one's event
# ("Este movimiento ... se confirmó el 20 de junio", "The deal, announced on Tuesday")
# lends that event its date.
_EVENT_BACKREF = re.compile(r"^(?:Este|Esta|El|La|The|This)\s+(?:movimiento|operación|acuerdo|decisión|anuncio|"
                            r"move|deal|decision|announcement|transaction|agreement)\b", re.I)


def document_id(raw: RawDocument) -> str:
    return f"document:{raw.sha256[:16]}"


def _to_entity(known: KnownEntity, short: set[str]) -> Entity:
    # Short forms the document used ("Wang", "Scale") become aliases, so queries find them too.
    aliases = list(dict.fromkeys([*known.aliases, *sorted(short)]))
    return Entity(id=known.id, label=known.label, name=known.name, aliases=aliases,
                  kind=known.kind if known.label == schema.COMPANY else None)


# The registry's gazetteer, built once per registry list: building it for every
# document took a third of the time of extracting a short article.
_BASE: list = [None, -1, None]  # registry list, its length, its Gazetteer


def document_gazetteer(registry: list[KnownEntity] | Gazetteer) -> Gazetteer:
    """A private copy of the registry's gazetteer, for discovery to add one document's names to."""
    if isinstance(registry, Gazetteer):
        base = registry
    else:
        if _BASE[0] is not registry or _BASE[1] != len(registry):
            _BASE[:] = [registry, len(registry), Gazetteer(registry)]
        base = _BASE[2]
    base.index_short_forms()
    overlay = copy.copy(base)
    for name, value in vars(overlay).items():
        if isinstance(value, (dict, list, set)):
            setattr(overlay, name, value.copy())  # the entities themselves are never changed
    return overlay


_LISTED_ON = re.compile(r"\b(?:cotiza|cotizan|cotizaba|cotizará|cotizar|listed|trades|trade|traded|trading)\s+"
                        r"(?:en|on)\s+(?:(?:el|la|the)\s+)?(?:bolsa\s+de\s+)?$", re.I)
_FURNITURE = re.compile(r"^\W*(?:related|see also|read more|more on this|also read|recommended|most read|trending|"
                        r"lee también|leer más|te puede interesar|también te puede interesar|más información|"
                        r"noticias relacionadas|relacionad[oa]s?|lo más leído|ver también|puede interesarte)\b", re.I)


def _title_case(line: str) -> bool:
    """"Scale AI Valued At $14 Billion In Nvidia-Backed Round": most words capitalized, as headlines do."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def extract(raw: RawDocument, registry: list[KnownEntity] | Gazetteer) -> Extraction:
    """Entities, relation claims and deals stated in one document."""
    language = detect_language(raw.text)
    doc = Document(id=document_id(raw), title=raw.title, source=raw.source, url=raw.url,
                   published=raw.published, language=language, path=raw.path, sha256=raw.sha256)
    gazetteer = document_gazetteer(registry)
    registry_ids = set(gazetteer.by_id)
    sentences = split_sentences(raw.text)
    title_case = bool(sentences) and _title_case(sentences[0].text)
    # A Title Case headline capitalizes every word: names are discovered in the body ("Biggest Rival Agrees").
    discover(raw.text[sentences[0].end:] if title_case else raw.text, gazetteer)
    spotter = NameSpotter(raw.text, language=language)
    resolver = DocumentResolver(gazetteer, sentences)
    out = Extraction(doc)
    short: dict[str, set[str]] = {}
    state: dict = {}
    dates = [find_date(s.text, raw.published) for s in sentences]
    named: list[tuple[int, str, set[str]]] = []  # every sentence with the entities it names
    for i, sentence in enumerate(sentences):
        topic = resolver.topic()
        state["previous_person"] = resolver.subject_person  # the person who opened the previous sentence
        resolved = resolver.resolve(sentence)
        # Outlets and agencies report the story; they are its sources (Document.source), not its parties.
        mentions = [m for m in resolved if gazetteer.by_id[m.entity_id].kind != "media"]
        named.append((sentence.index, sentence.text, {m.entity_id for m in mentions} | {m.pair for m in mentions if m.pair}))
        state["salient"] = resolver.salient()
        state["salient_raiser"] = resolver.salient(NO_ROUNDS)
        for mention in mentions:
            out.mentions.setdefault(mention.entity_id, sentence.text)
            if mention.via == "short":
                short.setdefault(mention.entity_id, set()).add(mention.text)
        candidates = spotter.candidates(sentence.text, resolved, title_case=i == 0 and title_case)
        # "Nebius, que cotiza en el Nasdaq y cuenta con Nvidia entre sus accionistas": where shares trade
        # is a stock exchange, no party to a deal.
        candidates = [c for c in candidates if not _LISTED_ON.search(sentence.text[max(0, c.start - 40):c.start])]
        candidates += shared_surname(sentence.text, mentions + candidates)
        mentions = _opener_possessives(sentence.text, mentions, candidates)
        mentions = _fronted_possessives(sentence.text, mentions, candidates)
        # "Weights & Biases, the developer platform acquired by ...": a description in apposition to a
        # candidate name describes it; it does not point back to a company of the story.
        # (not a possessive after the side that speaks, which names its own post: "Por parte de X, su director, Y")
        mentions = [x for x in mentions if not (x.via == "anaphora" and any(
            re.fullmatch(r",\s*", sentence.text[c.end:x.start]) and (c in candidates or c.entity_id == x.entity_id)
            for c in candidates + mentions) and not words.side(sentence.text, mentions, x.start))]
        arms = [c for c in candidates if c.via == "arm"]
        if arms:  # "Salesforce Ventures" is not Salesforce: the arm's candidate replaces the parent's mention
            mentions = [x for x in mentions if not any(x.start < a.end and a.start < x.end for a in arms)]
        if not mentions and not candidates or _FURNITURE.match(sentence.text):
            continue  # "Related: ...", "Lee también: ...": another article's headline states nothing here
        when = dates[i]
        if when is None and i + 1 < len(sentences) and _EVENT_BACKREF.match(sentences[i + 1].text):
            when = dates[i + 1]
        ctx = SentenceContext(language=language, doc_id=doc.id, when=when or raw.published,
                              article_date=raw.published, topic=topic, document_text=raw.text,
                              subject=resolver.subject(sentence.text, mentions), state=state)
        masked = mask(sentence, sorted(mentions + candidates, key=lambda m: m.start), language)
        known_before = len(out.claims)
        for claim in extract_claims(masked, ctx, gazetteer, out.claims):
            (out.deals if isinstance(claim, DealClaim) else out.claims).append(claim)
            if isinstance(claim, Claim) and claim.type in (schema.WORKS_AT, schema.FOUNDED) and \
                    claim.status in (None, "current"):
                resolver.employers.setdefault(claim.source, claim.target)  # for "la empresa de <person>"
            # A candidate name a claim took is an entity now (loaders.relations promoted it), which this
            # sentence names for a later one that calls the deal off.
            for entity in (*getattr(claim, "investors", ()), getattr(claim, "source", None), claim.target):
                if entity:
                    out.mentions.setdefault(entity, sentence.text)
                    named[-1][2].add(entity)
        _note_found_people(resolver, out.claims[known_before:], gazetteer, sentence.text, spotter)
        _note_found_companies(resolver, out.claims[known_before:] + out.deals, gazetteer, candidates, mentions, sentence)
    for claim in later_cancellations(out.claims, out.deals, named):
        (out.deals if isinstance(claim, DealClaim) else out.claims).append(claim)
    _merge_short_names(out, gazetteer, registry_ids, short)
    out.claims = licences_bought(out.claims)
    out.claims += clients_of_partnerships(out.claims, gazetteer)
    out.claims += partners_of_joint_ventures(out.claims, out.deals)
    out.claims += partners_of_listed_groups(out.claims)
    involved = set(out.mentions)
    out.entities = [_to_entity(gazetteer.by_id[e], short.get(e, set())) for e in gazetteer.by_id if e in involved]
    return out


def _note_found_people(resolver: DocumentResolver, claims: list[Claim], gazetteer: Gazetteer, text: str,
                       spotter: NameSpotter) -> None:
    """People only the name spotter found, once a claim took them, are people the story named, in the order
    it named them: "fundada por Ana Ruiz y Pedro Gil. Ambos trabajaron antes en X" takes up the two.
    A name of unknown kind a claim made a person ("founded by Strive Masiyiwa", a given name no lexicon
    holds) is that person when the story later calls them by surname ("Masiyiwa, who also founded ...")."""
    found = {e for c in claims for e in (c.source, c.target)
             if gazetteer.by_id[e].label == schema.PERSON and e not in resolver.people}
    for person in sorted(found, key=lambda e: text.find(gazetteer.by_id[e].name.split()[-1])):
        resolver.people.append(person)
        words = gazetteer.by_id[person].name.split()
        if len(words) > 1:
            spotter.surnames.setdefault(fold(words[-1]), gazetteer.by_id[person].name)


def _note_found_companies(resolver: DocumentResolver, claims: list, gazetteer: Gazetteer, candidates: list[Mention],
                          mentions: list[Mention], sentence) -> None:
    """A sentence that opens with a company only the name spotter found, once a claim took it, has it for subject,
    which the resolver (seeing known names only) could not tell: "Santander lleva ChatGPT a 15.000 empleados y se alía
    con OpenAI. La entidad que preside Ana Botín ..." is the bank. (Counting such companies among the story's named
    ones as well, for recency or salience, loses more than it gains: the spotter's names are often half-names.)"""
    first = min(mentions + candidates, key=lambda x: x.start, default=None)
    if first not in candidates or resolver.last_subject or not re.fullmatch(r"\W*", sentence.text[:first.start]):
        return
    known = gazetteer.lookup(first.entity_id.split(":", 1)[1])
    if known and known.label == schema.COMPANY and known.id in {
            e for c in claims for e in (getattr(c, "source", None), c.target, *getattr(c, "investors", ()))}:
        resolver.last_subject = known.id


_CLAUSE_POSSESSIVE = re.compile(r"[,;]\s*$")


def _opener_possessives(text: str, mentions: list[Mention], candidates: list[Mention]) -> list[Mention]:
    """"Yotta Data Services has taken delivery of ... Nvidia H100 units ..., its co-founder X said": a sentence that
    opens with a company name the registry does not know has it for subject, but the resolver sees known names only
    and gave a possessive opening a clause to the known name after it; that possessive is the opener's."""
    first = min(mentions + candidates, key=lambda x: x.start, default=None)
    if first is None or first not in candidates or first.label != schema.COMPANY or \
            not re.fullmatch(r"\W*", text[:first.start]):
        return mentions
    named_after = {x.entity_id for x in mentions if x.via != "anaphora" and x.start > first.end}
    return [Mention(x.start, x.end, x.text, first.entity_id, x.label, x.via)
            if x.via == "anaphora" and x.label == schema.COMPANY and x.entity_id in named_after and
            x.text.lower() in ("its", "their", "su", "sus") and _CLAUSE_POSSESSIVE.search(text, 0, x.start) else x
            for x in mentions]


def _fronted_possessives(text: str, mentions: list[Mention], candidates: list[Mention]) -> list[Mention]:
    """"Fundada en 2015 por X, que ejerce como consejero delegado, e Y, su director científico, Sword trasladó ...":
    inside a sentence-opening participle phrase the possessive points ahead, to the main clause's subject (the
    resolver does so for known names); when that subject is a name the registry does not know, the resolver gave the
    possessive to an earlier company of the story instead."""
    if not words.FRONTED_PARTICIPLE.match(text):
        return mentions
    named = sorted((x for x in mentions + candidates if x.via != "anaphora" and x.label != schema.PERSON),
                   key=lambda x: x.start)

    def main_subject(x: Mention) -> Mention | None:
        if any(y.start < x.start for y in named):
            return None
        # the main clause's subject: right after a comma and before its verb, no item of the founders' list
        after = [y for y in named if y.start > x.end and re.search(r",\s*$", text[:y.start]) and
                 re.match(r"\s+(?!(?:y|e|o|and|or)\b)[a-záéíóúñ]", text[y.end:])]
        return after[0] if after and after[0] in candidates else None
    out = []
    for x in mentions:
        subject = main_subject(x) if x.via == "anaphora" and x.text.lower() in ("its", "their", "su", "sus") else None
        out.append(Mention(x.start, x.end, x.text, subject.entity_id, x.label, x.via) if subject else x)
    return out


def _merge_short_names(out: Extraction, gazetteer: Gazetteer, registry_ids: set[str],
                       short: dict[str, set[str]]) -> None:
    """Two companies the document found itself, one the other's full name ("ZT" and "ZT Systems"),
    are one, and so are two people: the claims of the short name move to the full one, which keeps
    it as an alias."""
    found = {gazetteer.by_id[e].name: e for e in out.mentions
             if e not in registry_ids and gazetteer.by_id[e].label == schema.COMPANY}
    moves = {found[s]: found[f] for s, f in full_names(list(found)).items()}
    # ... and people: "García Ottati" found on its own and "Carlos García Ottati".
    people = {gazetteer.by_id[e].name: e for e in out.mentions if gazetteer.by_id[e].label == schema.PERSON}
    for name, full_id in people.items():
        for form in short_forms(schema.PERSON, name):
            if people.get(form, full_id) != full_id and people[form] not in registry_ids:
                moves.setdefault(people[form], full_id)
    if not moves:
        return
    for short_id, full_id in moves.items():
        short.setdefault(full_id, set()).add(gazetteer.by_id[short_id].name)
        out.mentions.setdefault(full_id, out.mentions.pop(short_id))
    move = lambda e: moves.get(e, e)  # noqa: E731
    out.claims = [c.model_copy(update={"source": move(c.source), "target": move(c.target)}) for c in out.claims
                  if move(c.source) != move(c.target)]
    out.deals = [d.model_copy(update={"investors": [move(i) for i in d.investors], "target": move(d.target)})
                 for d in out.deals]
