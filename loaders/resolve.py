"""Mention resolution inside one document: short forms, descriptions, possessives and pronouns.

Short forms ("Wang", "Scale") come from the entities the document names in full; descriptions and possessives ("la
compañía", "the artificial intelligence startup", "su CEO", "its chief executive", "con ellos", "both companies") point
back to a company of the story. loaders.mask then turns the sentence and its mentions into the masked text the cues read.
"""

from __future__ import annotations

import re

from graph import schema
from graph.model import fold
from loaders import reference_words as words
from loaders.clause_openers import clause_of_name_before
from loaders.descriptors import best_match, learn
from loaders.entities import Gazetteer, find_mentions, name_key, short_forms
from loaders.joining import joined_after
from loaders.led_by_person import unsaid_leader_company
from loaders.mention_spans import after_contraction, merge_possessor, overlaps, person_before, speaker_company
from loaders.possessive_owner import colleague_employer, counter_of, employer_of_person, subjects_own
from loaders.product_makers import story_maker
from loaders.promoted_short_forms import note_promoted_short_forms
from loaders.sentence_subject import heads_list, subject_mention
from loaders.shared_surname import surname_owner
from loaders.types import Mention, Sentence


class DocumentResolver:
    """Walks a document's sentences in order, remembering which companies it spoke of."""

    def __init__(self, gazetteer: Gazetteer, sentences: list[Sentence]):
        self.gazetteer = gazetteer
        self.history: list[tuple[int, str]] = []  # (sentence index, company id), oldest first
        self.counts: dict[str, int] = {}  # how often the story named each company so far
        self.last_subject: str | None = None  # the previous sentence's subject company
        self.last_person: str | None = None  # the person the story named last
        self.subject_person: str | None = None  # the person the previous sentence opened with
        self.first_seen: dict[str, int] = {}  # order in which the story introduced each company
        self.people: list[str] = []  # people named so far, oldest first
        self.employers: dict[str, str] = {}  # person -> the company the story said they lead or founded
        self.plain: dict[str, list[Mention]] = {}  # a sentence's mentions without short forms (see resolve)
        self.local = self._local_short_forms(sentences)
        self.local_firsts = {key.split()[0] for key in self.local}
        self.state = (len(gazetteer.by_id), len(gazetteer.names))  # the gazetteer the plain mentions saw
        self.seen = self.state[0]  # the entities whose short forms `local` holds (loaders.promoted_short_forms)
        self.sentences = sentences
        self.makers: dict[str, str | None] = {}  # product -> the company the story ties it to
        self.described: dict[str, set[str]] = {}  # company -> word stems the story described it with
        self.division_owner: str | None = None  # the company whose lab or unit the story named last
        self.last_named: list[str] = []  # the companies the previous sentence named

    def _maker_of(self, product: str) -> str | None:
        """The company the document ties a product to most often, None when it never does."""
        if product not in self.makers:
            self.makers[product] = story_maker(product, self.sentences, self.gazetteer, self.local, self.named)
        return self.makers[product]

    def _local_short_forms(self, sentences: list[Sentence]) -> dict[str, str]:
        named: dict[str, None] = {}
        for sentence in sentences:
            self.plain[sentence.text] = find_mentions(sentence.text, self.gazetteer, {})
            for mention in self.plain[sentence.text]:
                named[mention.entity_id] = None
        owners: dict[str, set[str]] = {}
        for entity_id in named:
            for short in short_forms(self.gazetteer.by_id[entity_id]):
                owners.setdefault(name_key(short), set()).add(entity_id)
        self.named = set(named)
        # A short form two entities share ("Altman" for two Altmans) resolves to neither.
        owned = {key: surname_owner(key, ids, self.gazetteer.by_id) for key, ids in owners.items()}
        return {key: owner for key, owner in owned.items() if owner and key not in self.gazetteer.names}

    def _kind(self, company: str) -> str | None:
        return self.gazetteer.by_id[company].kind

    def _subject(self, text: str, before: list[Mention]) -> Mention | None:
        return subject_mention(text, before, self._kind)

    def _antecedent(self, text: str, start: int, before: list[Mention], kinds_not: frozenset[str],
                    object_position: bool, possessive: bool = False) -> str | None:
        """Which company a description or possessive at `start` points to.

        In subject or genitive position ("the company said", "the company's president", "su CEO") it is the
        clause's subject when there is one. In object position ("invirtió ... en la empresa") it is neither that
        subject nor the name just before it (the subject of the governing verb). Otherwise the story's most salient
        company wins: the one it names most, then the most recent. Never the company the sentence's people join.
        """
        joined = joined_after(text, start, self.gazetteer, self.local)  # "su fundador ... se incorporará a Nvidia"
        def fits(company: str) -> bool:
            return self._kind(company) not in kinds_not | words.NEVER_ANTECEDENT and company not in joined

        companies = [m for m in before if m.label == schema.COMPANY]
        subject = self._subject(text, before)
        if subject and not object_position and fits(subject.entity_id):
            return subject.entity_id
        excluded = set()
        if object_position:
            # The name just before is the governing verb's subject ("SoftBank invested ... in the
            # company"), unless the pointer is a possessive ("la incorporación de su CEO").
            nearest = companies[-1] if companies and not possessive else None
            # A name inside a relative clause governs no verb outside it ("led by Wang, who left Scale AI as
            # part of Meta's investment in the startup": the startup may well be Scale AI).
            if subject and words.IN_RELATIVE.search(text, 0, subject.start):
                subject = None
            if nearest and subject and nearest.start > subject.end and \
                    words.RELATIVE_THEN_NAME.search(text[subject.end:nearest.start]) and \
                    re.search(r",\s+[^,;]*$", text[nearest.end:start]):
                # "Nvidia, que suministra los chips con los que opera CoreWeave, es también accionista de la
                # compañía": a name inside the subject's relative clause is no verb's subject
                nearest = None
            if subject and nearest and nearest.start > subject.end and fits(subject.entity_id) and \
                    clause_of_name_before(text, subject, nearest, start, companies):
                return subject.entity_id  # "... de la propia Nvidia, que invirtió 5.000 millones en el fabricante"
            excluded = {m.entity_id for m in (subject, nearest) if m} | words.listed_with(text, companies, nearest)
        recency: dict[str, int] = {}
        for rank, (_, company) in enumerate(self.history):
            recency[company] = rank
        for rank, m in enumerate(companies):
            recency[m.entity_id] = len(self.history) + rank
        # A company named earlier in the same sentence comes first, the nearest first ... (but where a
        # person is the subject, not one the person was at: "X and Y worked at Google before leaving to
        # start the company")
        people_first = bool(before) and before[0].label == schema.PERSON or \
            bool(re.match(r"\W*(?:Both|He|She|They)\b", text))
        def workplace(i: int) -> bool:  # "at Samsung Electronics and AMD": each item of a list after "at"
            at = companies[i].start
            return bool(words.WORKPLACE.search(text[max(0, at - 12):at])) or i > 0 and \
                bool(re.fullmatch(r",?\s+(?:and|y|e)\s+|,\s+", text[companies[i - 1].end:at])) and workplace(i - 1)
        for i, m in reversed(list(enumerate(companies))):
            if people_first and workplace(i):
                excluded.add(m.entity_id)
                continue
            if m.entity_id not in excluded and fits(m.entity_id):
                return m.entity_id
        # ... then what the previous sentence was about, for "Su consejero delegado, X, ...".
        if not object_position and not companies and self.last_subject and fits(self.last_subject) \
                and self._kind(self.last_subject) != "investor":
            return self.last_subject
        # ... or the one company it named, if none was its subject ("La reacción de Salesforce no tardó. Su CEO, ...";
        # "Por parte de Fal.ai, su CEO ... La startup, ..."), unless a person opened it: that is their workplace.
        if (possessive or re.fullmatch(r"\W*", text[:start]) and not self.subject_person) and not object_position and \
                not companies and not self.last_subject and len(self.last_named) == 1 and fits(self.last_named[0]):
            return self.last_named[0]
        candidates = [c for c in recency if c not in excluded and fits(c)]
        if not candidates:
            return None
        # Most named first; between equals, the one the story introduced first (its protagonist).
        return max(candidates, key=lambda c: (self.counts.get(c, 0), -self.first_seen.get(c, len(self.first_seen))))

    def _described(self, m: re.Match, prior: list[Mention], kinds_not: frozenset[str],
                   object_position: bool) -> str | None:
        if not self.described:
            return None
        known = list(dict.fromkeys([c for c in self.counts] + [x.entity_id for x in prior if x.label == schema.COMPANY]))
        nearest = [x.entity_id for x in prior if x.label == schema.COMPANY][-1:] if object_position else []
        allowed = [c for c in known if self._kind(c) not in kinds_not | words.NEVER_ANTECEDENT and c not in nearest]
        return best_match(m.group(), self.described, allowed)

    def _mentions(self, text: str) -> list[Mention]:
        """find_mentions with the document's short forms; the mentions found without them when the
        sentence holds none of them and the gazetteer is as it was (half the time of resolving)."""
        plain = self.plain.get(text)
        note_promoted_short_forms(self)
        if plain is not None and self.state == (len(self.gazetteer.by_id), len(self.gazetteer.names)):
            folded = re.sub(r"[.'’]", "", fold(text))  # as name_key spells the short forms
            if not any(first in folded for first in self.local_firsts):
                return list(plain)
        return find_mentions(text, self.gazetteer, self.local)

    def resolve(self, sentence: Sentence) -> list[Mention]:
        text = sentence.text
        # "Su cofundador y consejero delegado, X": the Spanish possessive before a post, never a surname ("Lisa Su")
        mentions = [x for x in merge_possessor(text, self._mentions(text)) if not (
            x.label == schema.PERSON and x.text in ("Su", "su") and words.POSSESSIVE.match(text, x.start))]
        extra: list[Mention] = []
        learn(text, mentions, self.described)
        for x in mentions:
            if x.label == schema.COMPANY and words.DIVISION_AFTER.match(text, x.end):
                self.division_owner = x.entity_id  # "Meta's new superintelligence lab": later "the lab" is Meta's

        def before(pos: int) -> list[Mention]:
            return [x for x in mentions if x.end <= pos]

        for m in [*words.LED_BY_PERSON.finditer(text), *words.LED_BY_PERSON_OPEN.finditer(text)]:
            # "la empresa de Sam Altman", "the company run by Jensen Huang": the company the story said
            # that person leads or founded.
            person = next((x for x in mentions if x.label == schema.PERSON and x.start == m.end()), None)
            company = self.employers.get(person.entity_id) if person else None
            if person and not company and not overlaps(m.start(), m.start("link"), mentions + extra) and \
                    not words.FUND_HEAD.search(m.group()) and not words.FOUNDED_BY.match(m.group("link")):
                # The story never said which company that person leads (loaders.led_by_person guesses it). The
                # person stays outside the mention, for the cue that says who leads it. ("el fondo de Daniel Ek" is
                # the person's own vehicle, not the story's company; "la startup fundada por X" is mostly a new one,
                # named just before it: "la compra de io, la startup ...".)
                if guess := unsaid_leader_company(self, text, m, mentions):
                    start = after_contraction(m)
                    extra.append(Mention(start, m.start("link"), text[start:m.start("link")], guess, schema.COMPANY,
                                         "anaphora"))
            elif company and not overlaps(m.start(), m.start("link"), mentions + extra):
                start = after_contraction(m)
                # The mention spans the person too: "la empresa de Sam Altman" names one party, the company.
                extra.append(Mention(start, person.end, text[start:person.end], company, schema.COMPANY, "anaphora"))
        for m in [*words.BY_PRODUCT.finditer(text), *words.BY_PRODUCT_ES.finditer(text)]:
            company, start = self._maker_of(m.group("product")), after_contraction(m)
            if company and not overlaps(start, m.end(), mentions + extra):
                extra.append(Mention(start, m.end(), text[start:m.end()], company, schema.COMPANY, "anaphora"))
        for m in words.DESCRIPTIONS.finditer(text):
            if overlaps(m.start(), m.end(), mentions + extra) or words.COPULA.search(text[max(0, m.start() - 90):m.start()]):
                continue  # "will remain the exclusive cloud provider for OpenAI" describes, it does not refer
            head = (m.group("head") or m.group("head_en")).lower()
            # After "of"/"de" a description is a genitive ("president of the company"), not an object.
            obj = (bool(words.PREPOSITION.search(text[max(0, m.start() - 6):m.start()])) and
                   not words.GENITIVE.search(text[max(0, m.start() - 6):m.start()]) and
                   not text[m.start():m.start() + 3].lower().startswith(("del", "al "))) or \
                bool(words.RELATIONAL_OF.search(text[max(0, m.start() - 30):m.start()])) or \
                bool(words.OBJECT_OF_DEAL.search(text[max(0, m.start() - 12):m.start()]))
            # A company's description ("the Roomba maker", "la firma") never points to a government.
            kinds_not = words.KIND_OF_HEAD.get(head, frozenset()) | {"government"}
            if obj and words.TAKES_MONEY.search(text[max(0, m.start() - 80):m.start()]):
                kinds_not = kinds_not | words.NOT_RAISING
            prior = before(m.start())
            if prior and prior[-1].label == schema.COMPANY and re.fullmatch(r",\s*", text[prior[-1].end:m.start()]):
                # "OpenAI, the San Francisco research group co-founded by ...": an apposition is its name.
                target = prior[-1].entity_id
            elif head in ("lab", "unit", "division") and self.division_owner and not m.group().lower().startswith("this"):
                # "Gross is joining Meta's new superintelligence lab ... The unit is led by X": the unit is the
                # one the story named with its owner, not a company of the same kind named elsewhere.
                target = self.division_owner
            elif described := self._described(m, prior, kinds_not, obj):
                # "the data-labelling startup" after "Scale AI, a data-labelling startup": the one company
                # the story described with the same words.
                target = described
            elif re.match(r"(?:'s|’s)\s", text[m.end():m.end() + 3]) and prior and \
                    not re.search(r"(?:,\s+(?:and|but)|;)\s+$", text[max(0, m.start() - 8):m.start()]) and \
                    not (prior[-1].label == schema.PERSON and re.fullmatch(r",\s*", text[prior[-1].end:m.start()])):
                # "Alphabet and Nvidia are among the startup's investors": the possessor is not one of
                # the names before it in its own clause (after ", and" a new clause opens: "Meta invested
                # in Scale, and the startup's founder ..." is Scale's; "X, the company's CFO" is "X, its CFO").
                target = self._salient(kinds_not | frozenset(), exclude={x.entity_id for x in prior})
            elif words.REPORTING.match(text, m.end()) or re.search(r"\bsegún\s+$", text[max(0, m.start() - 8):m.start()]):
                # "..., the company said": the story's protagonist speaking, not the clause's subject.
                target = self._salient(kinds_not)
            else:
                target = self._antecedent(text, m.start(), before(m.start()), kinds_not, obj)
            if target:
                start = after_contraction(m)
                extra.append(Mention(start, m.end(), text[start:m.end()], target, schema.COMPANY, "anaphora"))
        for m in words.POSSESSIVE.finditer(text):
            prior = sorted(before(m.start()) + [x for x in extra if x.end <= m.start()], key=lambda x: x.start)
            # "KT, a rival of SK Telecom, is among its backers": a name inside an apposition owns nothing after it
            prior = [x for x in prior if not (words.APPOSITION_OPEN.search(text[max(0, x.start - 60):x.start]) and
                                              re.match(r"\s*,", text[x.end:m.start()]))]
            if words.RIVAL_AFTER.match(text, m.end()):  # "competir con TSMC, ... frente a sus rivales": not TSMC's
                prior = [x for x in prior if not words.RIVALLED.search(text[max(0, x.start - 40):x.start])]
            # "OpenAI, its far better funded rival": the name just before is not its own owner.
            after_person = bool(prior) and prior[-1].label == schema.PERSON and \
                bool(re.fullmatch(r",\s*", text[prior[-1].end:m.start()]))
            held = bool(prior) and words.held_aside(text, prior[-1].end, m.start(), m.end())
            side = words.side(text, prior, m.start())  # "Por parte de X, su director, Y": X's
            if prior and (re.fullmatch(r",\s*", text[prior[-1].end:m.start()]) or held):
                nearest = prior[-1]
                prior = [x for x in prior if x.entity_id != nearest.entity_id] + \
                    [x for x in extra if x.end <= m.start() and x.entity_id != nearest.entity_id]
                prior.sort(key=lambda x: x.start)
            if after_person:
                # "Guillaume Lample, its chief scientist": the company the sentence or the story is about,
                # never one named in passing after a preposition ("worked at Google's DeepMind").
                def phrase_start(x: Mention) -> int:  # "at Google's DeepMind": DeepMind's phrase opens at Google
                    owner = [y for y in prior if y.end < x.start and re.fullmatch(r"(?:'s|’s)\s+", text[y.end:x.start])]
                    return owner[0].start if owner else x.start
                prior = [x for x in prior if x.label != schema.COMPANY or
                         not words.PREPOSITION.search(text[max(0, phrase_start(x) - 12):phrase_start(x)])]
            # "contratar a sus cofundadores", "la incorporación de su CEO": after a preposition, not the subject's.
            # A passive's agent is no object: "fundada por ... encabezado por su consejero delegado, X".
            # A rival is the subject's even after a preposition: "compite con su rival X", "bought its rival X".
            # "según un comunicado de su consejero delegado": the one speaking is the subject's own.
            obj = bool(words.PREPOSITION.search(text[max(0, m.start() - 6):m.start()])) and \
                not re.search(r"\b(?:by|por)\s*$", text[max(0, m.start() - 6):m.start()]) and \
                not words.RIVAL_AFTER.match(text, m.end()) and \
                not words.ATTRIBUTION_OF.search(text[max(0, m.start() - 50):m.start()]) and \
                not subjects_own(text, m.start(), m.end(), prior, self._subject(text, prior))  # "la demanda de sus clientes"
            # "Nvidia es su principal proveedor", "BMW is its biggest customer": after a copula the possessive is not
            # the subject's own (in English, after a company's name only: "the deal is its largest" is the subject's),
            # but "Intel anunció que X será su nuevo director ejecutivo": a person's post is at the subject company.
            copula = words.COPULA_THEN.search(text, 0, m.start())
            # (the name right before the copula is its subject, never its possessor: "... and that Nvidia would remain
            # one of its licensees")
            named_is = bool(prior) and prior[-1].label == schema.COMPANY and \
                bool(words.NAME_IS.fullmatch(text, prior[-1].end, m.start()))
            obj = obj or bool(copula) and not person_before(text[:copula.start()], prior) or named_is or \
                bool(prior) and prior[0].label == schema.COMPANY and bool(words.ASIDE_IS.fullmatch(text, prior[0].end, m.start()))
            target = side or employer_of_person(text, m.start(), m.end(), mentions, self.employers) or \
                colleague_employer(text, m.start(), mentions) or \
                counter_of(text, m.start(), self._subject(text, prior)) or self._antecedent(
                text, m.start(), prior, frozenset(), object_position=obj and not held, possessive=not named_is)
            main = [x for x in mentions if x.start > m.end() and x.label == schema.COMPANY and
                    not words.PREPOSITION.search(text[max(0, x.start - 12):x.start])]
            if words.FRONTED_PARTICIPLE.match(text) and main and not any(x.label == schema.COMPANY for x in prior):
                # "Fundada en 2017 por X, su consejero delegado, e Y, CoreWeave se ha convertido ...": inside the
                # opening phrase the possessive points ahead, to the main clause's subject
                target = main[0].entity_id
            if target:
                extra.append(Mention(m.start(), m.end(), m.group(), target, schema.COMPANY, "anaphora"))
        for m in words.PRONOUN_OBJECT.finditer(text):
            if not overlaps(m.start(), m.end(), mentions + extra):
                # An object pronoun is not its own clause's subject, the nearest name
                # ("según Scale, OpenAI continuará trabajando con ellos": ellos = Scale).
                target = self._antecedent(text, m.start(), before(m.start())[:-1], frozenset(), False)
                if target:
                    extra.append(Mention(m.start(), m.end(), m.group(), target, schema.COMPANY, "anaphora"))
        for m in words.COMPANY_PRONOUN.finditer(text):
            speaker = words.UNKNOWN_SPEAKER.search(text[:m.start()])
            if speaker and not overlaps(speaker.start(1), speaker.end(1), mentions + extra):
                continue  # "iRobot said it would cut ...": "it" is a company the story has not named yet
            if not overlaps(m.start(), m.end(), mentions + extra):
                subject = self._subject(text, before(m.start()))
                # With no subject in the sentence, "it" is the company of the person who opens it, else the
                # story's protagonist more often than the previous sentence's subject ("In May 2024 it raised").
                buyer = words.BUYING_AFTER.match(text, m.end()) and not any(x.label == schema.COMPANY for x in before(m.start()))
                target = words.ranked_owner(text, before(m.start()), m.start()) or \
                    (subject.entity_id if subject else None) or speaker_company(text, before(m.start())) or \
                    (min(self.first_seen, key=self.first_seen.get, default=None) if buyer else None) or self._salient()
                if target:
                    extra.append(Mention(m.start(), m.end(), m.group(), target, schema.COMPANY, "anaphora"))
        for m in words.PERSON_PRONOUN.finditer(text):
            people = [x for x in mentions if x.label == schema.PERSON and x.end <= m.start()]
            # "Gross co-founded it with Ilya Sutskever. He previously led ...": the previous sentence's subject
            target = people[-1].entity_id if people else (self.subject_person or self.last_person)
            if target and not overlaps(m.start(), m.end(), mentions + extra):
                extra.append(Mention(m.start(), m.end(), m.group(), target, schema.PERSON, "anaphora"))
        for m in words.BOTH_PEOPLE.finditer(text):
            pair = self._last_two_people(before(m.start()))
            if pair and not overlaps(m.start(), m.end(), mentions + extra):
                extra.append(Mention(m.start(), m.end(), m.group(), pair[0], schema.PERSON, "anaphora",
                                     pair=pair[1]))
        for m in words.BOTH.finditer(text):
            pair = self._last_two(before(m.start()))
            if pair and not overlaps(m.start(), m.end(), mentions + extra):
                extra.append(Mention(m.start(), m.end(), m.group(), pair[0], schema.COMPANY, "anaphora",
                                     pair=pair[1]))
        mentions = sorted(mentions + extra, key=lambda x: x.start)
        for mention in mentions:
            if mention.label == schema.COMPANY and mention.via != "anaphora" and not any(
                    p.label == schema.PERSON and words.POST_OF_PERSON.fullmatch(text, p.end, mention.start) and
                    any(q.label == schema.COMPANY and q.end <= p.start for q in mentions) for p in mentions):
                self.history.append((sentence.index, mention.entity_id))
            if mention.label == schema.COMPANY:
                # The headline's companies count double: they are what the story is about.
                weight = 2 if sentence.index == 0 and mention.via != "anaphora" else 1
                self.counts[mention.entity_id] = self.counts.get(mention.entity_id, 0) + weight
                self.first_seen.setdefault(mention.entity_id, len(self.first_seen))
            elif mention.via != "anaphora":
                self.last_person = mention.entity_id
                self.people.append(mention.entity_id)
        opener = mentions[0] if mentions and re.fullmatch(r"\W*", text[:mentions[0].start]) else None
        self.subject_person = opener.entity_id if opener and opener.label == schema.PERSON else None
        # Only a subject that opens the sentence carries over to the next one ("Microsoft, ..., había ofrecido..."); one
        # named late, in a list, does not, nor one heading a list ("Toyota, Sony, NTT and SoftBank invested ...").
        found = self._subject(text, mentions)
        if found or not (re.match(r"\W*(?:Su|Sus|Its|Their|It|They)\s", text) or mentions and all(
                m.label == schema.PERSON for m in mentions)) or \
                any(m.label == schema.COMPANY and m.via != "anaphora" for m in mentions):
            self.last_subject = found.entity_id if found and found.start < max(60, len(text) // 3) and not \
                heads_list(text, found, mentions) else None
        named = {m.entity_id for m in mentions if m.label == schema.COMPANY}
        # (not one it said only deep in it, in passing: "... en Brasil, donde los audios de WhatsApp ...")
        self.last_named = list(named) if any(m.label == schema.COMPANY and m.start < 60 for m in mentions) else []
        if not found and self.subject_person and len(named) == 1 and words.COPULA_AFTER.match(text, opener.end):
            self.last_subject = named.pop()  # "Blue is Tabular's chief executive. The startup had raised ..."
        # else "Run:ai fue fundada en 2018 ... Su plataforma permite ...": the sentence goes on about the
        # previous one's subject, which stays the topic for "La compañía había captado ..." after it.
        return mentions

    def subject(self, text: str, mentions: list[Mention]) -> str | None:
        """This sentence's subject company, if it names one."""
        return getattr(self._subject(text, mentions), "entity_id", None)

    def _last_two_people(self, before: list[Mention]) -> tuple[str, str] | None:
        people = [m.entity_id for m in reversed(before) if m.label == schema.PERSON] + self.people[::-1]
        seen = list(dict.fromkeys(people))  # the latest first, each once
        return (seen[1], seen[0]) if len(seen) >= 2 else None

    def _last_two(self, before: list[Mention]) -> tuple[str, str] | None:
        """"Las dos compañías": the two companies the story has named most (the deal's parties)."""
        recency = {c: rank for rank, (_, c) in enumerate(self.history)}
        for rank, m in enumerate(before):
            recency[m.entity_id] = len(self.history) + rank
        ranked = sorted((c for c in recency if self._kind(c) not in words.NEVER_ANTECEDENT),
                        key=lambda c: (self.counts.get(c, 0), recency[c]), reverse=True)
        return (ranked[0], ranked[1]) if len(ranked) >= 2 else None

    def _salient(self, kinds_not: frozenset[str] = frozenset(), exclude: set[str] = frozenset()) -> str | None:
        ranked = [c for c in self.counts if self._kind(c) not in kinds_not | words.NEVER_ANTECEDENT and c not in exclude]
        return max(ranked, key=lambda c: (self.counts[c], -self.first_seen.get(c, 0))) if ranked else None

    def salient(self, kinds_not: frozenset[str] = frozenset()) -> str | None:
        """The company the story names most so far: what "Chief Executive X said" refers to."""
        return self._salient(kinds_not)

    def topic(self) -> str | None:
        """The company the previous sentences were about: the last one named."""
        return next((c for _, c in reversed(self.history) if self._kind(c) not in words.NEVER_ANTECEDENT), None)
