"""More English cue patterns (loaders.cues_en holds the first ones): jobs named by the work rather than a title,
money spent on a vendor's goods, models offered through another company, licences, companions of a move, alumni,
makers of another company's hardware and the rest of the later English cues. They are tried right after
loaders.cues_en's, in this order."""

from __future__ import annotations

from graph.schema import ACQUIRED, CLIENT_OF, COMPETES_WITH, FOUNDED, INVESTED, PARTNERS_WITH, WORKS_AT
from loaders.cues import Cue
from loaders.title_words import MOD, POSS, ROLE
from loaders.triggers_en import GOODS

CUES: list[Cue] = []

# -- jobs named by the work, not a title: "X, a research scientist at Google", "Thinking Machines
# researcher X", "X was earlier an engineer at IBM" (loaders.title_words.TITLE holds titles only) -------------------
_WORK = (r"(?:researchers?|scientists?|engineers?|executives?|employees?|staffers?|developers?|designers?|"
         r"programmers?|economists?|professors?|technologists?|architects?|lead|leader|manager|director|head|"
         # (the professions of firms that are no tech companies: law, banking, consulting)
         r"lawyers?|litigators?|attorneys?|bankers?|analysts?|consultants?)")
_WORK_KEYS = frozenset("researcher researchers scientist scientists engineer engineers executive executives employee "
                       "employees staffer staffers developer developers designer designers programmer programmers "
                       "economist economists professor professors technologist technologists architect architects "
                       "lead leader manager director head lawyer lawyers litigator litigators attorney attorneys "
                       "banker bankers analyst analysts consultant consultants".split())
_WORK_MOD = r"(?:(?P<mod>former|onetime|one-time|ex-|then)[\s-]*)?"
# The employer may come after what kind of firm it is and where: "an analyst at Frankfurt research house X", "a partner
# at Hamburg-based X", "a director at Dubai consultancy X".
_FIRM_KIND = (r"(?:(?:[\w\-]+\s+){0,2}?(?:research\s+(?:house|firm|boutique)|consultancy|brokerage|advisory\s+firm|"
              r"investment\s+(?:bank|house|firm)|asset\s+manager|venture\s+firm)\s+|[\w\-]+-based\s+)?")
CUES += [
    # (after another title: "X, Statsig's founder and CEO and a former engineering leader at Facebook")
    Cue(WORKS_AT, rf"{{p:P}},\s+(?:(?:⟦C\d+b?⟧(?:'s|’s)?\s+)?[^,⟦;.]{{0,40}}?\s+and\s+)?(?:(?:a|an|the|another|one-time)\s+)?{_WORK_MOD}(?:[\w\-]+\s+){{0,3}}?{_WORK}"
        rf"\s+(?:at|with|for)\s+(?:the\s+)?{_FIRM_KIND}{{c:Cs}}", "p", "c", keys=_WORK_KEYS),
    Cue(WORKS_AT, rf"{{p:P}},?\s+(?:who\s+)?(?:also\s+)?(?P<verb>is|was|has been|had been|became|remains)\s+"
        rf"(?:now\s+|earlier\s+|previously\s+|once\s+|also\s+)?(?:a|an|the)\s+{_WORK_MOD}(?:[\w\-]+\s+){{0,3}}?{_WORK}"
        # (the field may follow the work: "was a professor of electrical engineering and computer science at Stanford")
        r"(?:\s+of\s+[a-z][\w\-]*(?:\s+(?:and\s+)?[a-z][\w\-]*){0,5}?)?"
        rf"\s+(?:at|with|for)\s+(?:the\s+)?{_FIRM_KIND}{{c:Cs}}", "p", "c", keys=_WORK_KEYS),
    # "X, a University of Sydney researcher who ...": the company before the work, in an apposition
    Cue(WORKS_AT, rf"{{p:P}},\s+(?:a|an|another)\s+{_WORK_MOD}{{c:C}}(?:'s|’s)?\s+(?:[a-z][\w\-]*\s+){{0,2}}?{_WORK}\b",
        "p", "c", keys=_WORK_KEYS),
    # ("Stanford professor emeritus X": a retired professor keeps the title)
    Cue(WORKS_AT, rf"(?<!⟧, )(?<!⟧ and )(?<![\w\-]){_WORK_MOD}{{c:C}}(?:'s|’s)?\s+(?:[a-z][\w\-]*\s+){{0,2}}?{_WORK}"
        r"(?:\s+emerit(?:us|a|i))?\s+{p:P}",
        "p", "c", keys=_WORK_KEYS),
    # (a plural work names them all: "founded by former Google researchers X and Y")
    Cue(WORKS_AT, rf"(?<!⟧, )(?<!⟧ and )(?<![\w\-]){_WORK_MOD}{{c:C}}(?:'s|’s)?\s+(?:[a-z][\w\-]*\s+){{0,2}}?"
        r"(?:researchers|scientists|engineers|executives|employees|staffers|developers|designers|programmers|"
        r"economists|professors|technologists|architects|lawyers|attorneys|bankers|analysts|consultants)\s+{p:Pl}",
        "p", "c", keys=_WORK_KEYS),
]
# money spent on a vendor's goods: "will spend $30 billion on computing capacity from Microsoft", "spent $2 billion on
# Nvidia chips" (never a company bought: the goods must be named)
_SPEND = r"{cl:C}~~\b(?:spend|spends|spent|spending)\s+(?:(?:about|around|roughly|nearly|up to|more than|over|some)\s+)?⟦\$\d+⟧\s+"
CUES += [
    Cue(CLIENT_OF, _SPEND + r"(?:[^⟦.;]{0,20}?\s+)?on\s+(?:[\w\-]+\s+){0,3}?" + GOODS + r"\s+(?:from|with)\s+{v:C}", "cl", "v",
        "active", keys=frozenset({"spend", "spends", "spent", "spending"})),
    Cue(CLIENT_OF, _SPEND + r"(?:[^⟦.;]{0,20}?\s+)?on\s+{v:C}(?:'s|’s)?\s+(?:[\w\-]+\s+){0,2}?" + GOODS, "cl", "v",
        "active", keys=frozenset({"spend", "spends", "spent", "spending"})),
]
# one company's models or services distributed by another: a partnership ("Oracle offers Cohere's models to customers
# of its cloud", "Anthropic's Claude models are offered to AWS customers", "Nvidia would make its computing services
# available through Hugging Face's platform"); chips and other goods sold on are trade, not this
_OFFERING = r"(?:[\w\-]+\s+){0,3}?(?:models?|services|software|tools|technology|chatbots?|assistants?|agents?)"
_MADE_AVAILABLE = r"(?:offered|sold|distributed|resold)"
_OFFER_KEYS = frozenset({"offers", "offered", "offer", "offering", "sells", "sold", "resells", "distributes", "distributed",
                         "hosts", "hosted", "available"})
CUES += [
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:offers|offered|offer|offering|sells|resells|resold|distributes|distributed|hosts|"
        r"hosted)\s+{b:C}(?:'s|’s)\s+" + _OFFERING + r"\s+(?:to|through|via|on|in)\b", "a", "b", keys=_OFFER_KEYS),
    Cue(PARTNERS_WITH, r"{b:C}(?:'s|’s)\s+" + _OFFERING + r"\s+(?:are|is|will be|have been|has been|were|was)\s+"
        r"(?:also\s+|now\s+|already\s+)?" + _MADE_AVAILABLE + r"\s+to\s+{a:C}(?:'s|’s)?\s+(?:customers|users|clients)\b",
        "a", "b", keys=_OFFER_KEYS),
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:make|makes|made|making)\s+(?:its|their)\s+" + _OFFERING + r"\s+available\s+"
        r"(?:through|via|on|to\s+(?:the\s+)?(?:customers|users|clients)\s+of)\s+{b:C}", "a", "b", keys=_OFFER_KEYS),
]
# a licence to another company's technology: "agreed to license the startup's technology", "is paying $2.4bn for a
# non-exclusive licence to some of Windsurf's technology" (the licensee may be the story's subject, named far before)
CUES.append(Cue(PARTNERS_WITH, r"{a:C}?~~\b(?:license|licenses|licensed|licensing|licence|licences|licenced|(?:a|an|the)\s+"
                r"(?:[\w\-]+\s+){0,2}?licen[cs]e\s+(?:to|for|of))\s+(?:(?:some|part|parts|all|most)\s+of\s+)?{b:C}(?:'s|’s)\s+"
                r"(?:[\w\-]+\s+){0,2}?(?:technology|technologies|models?|patents?|software|IP)\b", "a", "b",
                keys=frozenset({"license", "licenses", "licensed", "licensing", "licence", "licences", "licenced"})))
# a deal between two companies told "as part of a partnership": "Microsoft invested in the startup as part of a
# partnership that made its models available", "X will supply Y's chips as part of a broader alliance"
CUES.append(Cue(PARTNERS_WITH, r"{a:C}~~{b:C}(?!\s*(?:'s|’s))[^⟦;]{0,40}?,?\s+as part of\s+(?:a|an|the|its|their)\s+"
                r"(?:[\w\-]+\s+){0,2}?(?:partnership|alliance|collaboration)\b", "a", "b",
                keys=frozenset({"partnership", "alliance", "collaboration"})))
# companions of a move to a company move too: "X would be returning to OpenAI along with Y and Z", "X is joining Meta's
# new lab alongside Y" (a round joined "alongside existing backers" is no job: a company slot, never a person's)
_COMPANIONS = (r"{c:C}(?:(?:'s|’s)\s+(?:[\w\-]+\s+){0,3}?(?:lab|unit|team|division|group))?,?\s+"
               r"(?:along with|alongside|together with)\s+{p:Ps}")
CUES += [
    Cue(WORKS_AT, r"\b(?:will|would|is|are|to|be|set to)\s+(?:be\s+)?(?P<verb>joining|join|rejoin|rejoining|returning to|"
        r"return to|moving to|move to|jumping to|heading to)\s+" + _COMPANIONS, "p", "c", "incoming",
        keys=frozenset({"along", "alongside", "together"})),
    Cue(WORKS_AT, r"\b(?:has\s+|have\s+|had\s+)?(?P<verb>joined|rejoined|returned to|moved to|jumped to)\s+" + _COMPANIONS,
        "p", "c", "current", keys=frozenset({"along", "alongside", "together"})),
]
# a past job told by the company's former staff: "Metz and Schoenholz are also OpenAI alumni", "X, a Google veteran",
# "X, formerly of Tesla, ..."
_ALUMNI = frozenset({"alumnus", "alumna", "alumni", "alum", "alums", "veteran", "veterans", "formerly", "previously"})
CUES += [
    Cue(WORKS_AT, r"{p:Ps},?\s+(?:who\s+)?(?:(?:is|are|was|were)\s+)?(?:also\s+|both\s+|all\s+)?(?:(?:a|an)\s+)?"
        r"(?:former\s+|longtime\s+|long-time\s+)?{c:C}\s+(?:alumnus|alumna|alumni|alum|alums|veteran|veterans)\b",
        "p", "c", "former", keys=_ALUMNI),
    Cue(WORKS_AT, r"{p:P},\s+(?:formerly|previously)\s+(?:of|at|with)\s+{c:C}\s*[,.;)]", "p", "c", "former", keys=_ALUMNI),
]
# a maker of another company's hardware is its supplier: "TSMC manufactures Nvidia's chips", "Foxconn assembles most of
# Apple's iPhones" (the object's possessive names the client; the verb frames read "makes chips for Apple")
_MAKES = ("makes", "made", "make", "making", "manufactures", "manufactured", "manufacture", "manufacturing", "produces",
          "produced", "produce", "producing", "fabricates", "fabricated", "assembles", "assembled", "assemble", "packages",
          "packaged")
CUES.append(Cue(CLIENT_OF, r"{v:C}~~\b(?:" + "|".join(_MAKES) + r"|will make|will manufacture|will produce)\s+"
                r"(?:(?:all|most|many|some|much|part)\s+of\s+)?{cl:C}(?:'s|’s)\s+(?:[\w\-]+\s+){0,3}?(?:chips?|processors?|"
                r"semiconductors?|accelerators?|GPUs?|CPUs?|servers?|hardware|components?|devices?|iPhones?|phones?|racks?)\b",
                "cl", "v", "active", keys=frozenset(_MAKES)))
# hardware made for its owner: "Its RNGD processor is made by TSMC", "Apple's chips are manufactured by TSMC"
_MADE = ("made", "manufactured", "produced", "fabricated", "built", "assembled", "packaged")
CUES.append(Cue(CLIENT_OF, r"(?:{cl:C}(?:'s|’s)?|\b(?:its|their))\s+(?:[\w\-]+\s+){0,3}?(?:chips?|processors?|semiconductors?|accelerators?|"
                r"servers?|hardware|components?|devices?|GPUs?|CPUs?)\s+(?:is|are|was|were|will be|would be|is being|"
                r"are being)\s+(?:also\s+|now\s+)?(?:" + "|".join(_MADE) + r")\s+(?:for\s+(?:it|them)\s+)?by\s+{v:C}",
                "cl?", "v", "active", keys=frozenset(_MADE)))
# one rival named by the other's possessive and a copula: "Sarvam's most visible competitor is Krutrim";
# a company's own pitch: "The startup positions itself as a safety-focused rival to OpenAI"
_RIVAL = r"(?:rival|competitor|challenger|arch-?rival|nemesis)"
CUES += [
    Cue(COMPETES_WITH, rf"{{a:C}}(?:'s|’s)\s+(?:[\w\-]+\s+){{0,3}}?{_RIVAL}\s+(?:is|was|remains|has been|will be)\s+"
        r"(?:still\s+|now\s+)?{b:C}", "a", "b", keys=frozenset({"rival", "competitor", "challenger", "archrival",
                                                                  "arch-rival", "nemesis"})),
    Cue(COMPETES_WITH, rf"{{a:C}}~~\b(?:positions|positioned|positioning|pitches|pitched|pitching|bills|billed|billing|"
        rf"casts|casting|markets|marketed|marketing)\s+"
        rf"(?:itself|themselves)\s+as\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}?(?:{_RIVAL}|alternative)\s+(?:to|of|for)\s+"
        r"{b:C}", "a", "b", keys=frozenset({"itself", "themselves"})),
]
# the later companies of a founder's list: "X, a co-founder of DeepMind and of Inflection AI" (the frames
# read the first one)
CUES.append(Cue(FOUNDED, r"{p:P},?\s+(?:(?:who\s+)?(?:is|was)\s+)?(?:a|an|the|one of the)\s+(?:[\w\-]+\s+)?"
                r"(?:co-?founders?|cofounders?|founders?)\s+of\s+⟦C\d+b?⟧(?:,\s*(?:of\s+)?⟦C\d+b?⟧)*,?\s+and\s+(?:of\s+)?"
                r"{c:Cs}", "p", "c", keys=frozenset({"founder", "founders", "co-founder", "co-founders", "cofounder",
                                                     "cofounders"})))
# the company a hire was taken from: "Meta poached Ruoming Pang from Apple", "X, who was lured away from Google"
_TAKEN = ("poached", "lured", "hired", "recruited", "snagged", "plucked", "wooed", "brought", "tapped", "nabbed")
CUES += [
    Cue(WORKS_AT, r"\b(?:poached|lured|hired|recruited|snagged|plucked|wooed|brought over|brought in|tapped|nabbed)\s+"
        r"{p:Ps}\s+(?:away\s+)?from\s+(?:(?:its\s+|their\s+)?rival\s+)?{c:C}", "p", "c", "former", keys=frozenset(_TAKEN)),
    Cue(WORKS_AT, r"{p:Ps},?\s+(?:who\s+)?(?:was|were|had been|has been|have been)\s+(?:recently\s+)?"
        r"(?:poached|lured|hired|recruited|snagged|plucked|wooed|nabbed)\s+(?:away\s+)?from\s+{c:C}", "p", "c", "former",
        keys=frozenset(_TAKEN)),
]
# a succession names two holders of one job: "X succeeds Y as CEO of Z", "Y will be succeeded by X as Z's CEO",
# "X took over from Y as Z chief executive": X holds it (or will), Y held it
_SUCCEED = (r"(?:(?:will|would|is|to|is set to|is expected to)\s+)?(?P<verb>succeeds|succeeded|succeed|succeeding|"
            r"replaces|replaced|replace|replacing|takes over from|took over from|take over from|taking over from)")
_SUCCEED_KEYS = frozenset({"succeeds", "succeeded", "succeed", "succeeding", "replaces", "replaced", "replace",
                           "replacing", "from"})
_AS_TITLES = (rf"\s+as\s+(?:the\s+)?(?:new\s+)?{{c:C}}{POSS}?\s+{MOD}{ROLE}(?!\s+(?:of|at)\s+⟦)",
              rf"\s+as\s+(?:the\s+)?(?:new\s+)?{MOD}{ROLE}(?:\s+(?:of|at)\s+{{c:C}})?")
for _title, _c in zip(_AS_TITLES, ("c", "c?")):
    CUES += [
        Cue(WORKS_AT, rf"{{p:P}},?\s+(?:who\s+)?~{_SUCCEED}\s+⟦[PU]\d+b?⟧{_title}", "p", _c, "current",
            future="incoming", keys=_SUCCEED_KEYS),
        Cue(WORKS_AT, rf"\b{_SUCCEED}\s+{{p:P}}{_title}", "p", _c, "former", future="former", keys=_SUCCEED_KEYS),
    ]
# ... and in the passive: "Y will be succeeded by X as CEO of Z", "Y was replaced as Z's chief executive by X"
_BE = r"(?:will be|would be|was|is being|has been|had been|is to be|is set to be|is expected to be|is)"
_BY_SUCCESSOR = r"(?P<verb>succeeded|replaced)\s+by"
for _title, _c in zip(_AS_TITLES, ("c", "c?")):
    CUES += [
        Cue(WORKS_AT, rf"{{p:P}},?\s+(?:who\s+)?~{_BE}\s+{_BY_SUCCESSOR}\s+⟦[PU]\d+b?⟧{_title}", "p", _c, "former",
            future="former", keys=_SUCCEED_KEYS),
        Cue(WORKS_AT, rf"\b{_BE}\s+{_BY_SUCCESSOR}\s+{{p:P}}{_title}", "p", _c, "current", future="incoming",
            keys=_SUCCEED_KEYS),
        Cue(WORKS_AT, rf"{{p:P}},?\s+(?:who\s+)?~{_BE}\s+(?P<verb>succeeded|replaced){_title}\s+by\s+⟦[PU]\d+b?⟧", "p",
            _c, "former", future="former", keys=_SUCCEED_KEYS),
        Cue(WORKS_AT, rf"\b{_BE}\s+(?P<verb>succeeded|replaced){_title}\s+by\s+{{p:P}}", "p", _c, "current",
            future="incoming", keys=_SUCCEED_KEYS),
    ]
# a fronted clause about the sentence's subject: "Before founding Glean, Arvind Jain spent a decade at Google",
# "After leaving OpenAI, Mira Murati started ..."
_FRONT = r"(?:^|[.;]\s+)\W*(?:[Bb]efore|[Aa]fter|[Ss]ince|[Pp]rior to|[Uu]pon|[Oo]n)\s+"
CUES += [
    Cue(FOUNDED, rf"{_FRONT}(?:co-?founding|founding|starting|launching|setting up)\s+{{c:C}}(?:\s+in\s+\d{{4}})?,\s+"
        r"{p:P}", "p", "c", keys=frozenset({"founding", "co-founding", "cofounding", "starting", "launching", "setting"})),
    Cue(WORKS_AT, rf"{_FRONT}(?:leaving|quitting|departing|exiting|stepping down from|resigning from)\s+{{c:C}}"
        r"(?:\s+in\s+\d{4})?,\s+{p:P}", "p", "c", "former",
        keys=frozenset({"leaving", "quitting", "departing", "exiting", "stepping", "resigning"})),
]
# a round's investors in an absolute clause: "..., with IVP leading the deal", "with PSP leading and Cisco joining"
CUES.append(Cue(INVESTED, r"\bwith\s+(?:(?:existing|new)\s+(?:investors?|backers?)\s+)?{inv:Es}\s+(?:also\s+)?"
                r"(?:leading|co-leading|participating|joining|investing|taking part)\b"
                # (banks leading a share sale underwrite it, they buy nothing to keep: "with Morgan Stanley and
                # Goldman Sachs leading the offering", "... leading the IPO", "... leading the bond sale")
                r"(?!\s+(?:the|its|this)\s+(?:[\w\-]+\s+){0,2}?(?:offering|IPO|listing|flotation|sale|debt|bonds?|notes)\b)"
                r"(?:\s+(?:the|this)\s+(?:round|deal|"
                r"financing|investment|raise))?(?:,?\s+and\s+{more:Es}\s+(?:also\s+)?(?:participating|joining|investing|"
                r"taking part)\b)?"
                # (and their companions, maybe introduced by a word or two: "taking part alongside AI researcher X")
                r"(?:,?\s+(?:alongside|along with|together with)\s+(?:(?:other|existing|new)\s+(?:investors?|backers?)\s+)?"
                r"(?:(?:[a-zA-Z][\w\-]*\s+){1,2}(?=⟦P))?{with:Es})?",
                "inv,more,with", "tgt?", keys=frozenset({"leading", "co-leading", "participating", "joining", "investing",
                                                        "taking"})))
# A company's sale named by "its" right after the company, with no other name between: "X ran Lacework before its
# sale to Fortinet", "Wiz grew tenfold ahead of its acquisition by Google" (the possessive is not masked there).
CUES.append(Cue(ACQUIRED, r"{tgt:C}~~\bits\s+(?:(?:[\w\-]+|⟦\$\d+⟧)\s+){0,2}?(?:sale\s+to|(?:acquisition|purchase|takeover)\s+"
                r"by)\s+{buyer:C}", "buyer", "tgt", keys=frozenset({"sale", "acquisition", "purchase", "takeover"})))
# A company's own purchase named by "its" after the company, with no other name between: "Nvidia employs thousands
# there following its $6.9 billion takeover of Mellanox" (the possessive frame needs the name before "'s"). The
# company is the first name of its clause, never one after a preposition: "X settled with the Justice Department
# the lawsuit to block its purchase of Y" is X's purchase, not the department's.
CUES.append(Cue(ACQUIRED, r"(?:^|\b(?:that|which|who|and|but|while|as|because|when|since|after|although)\s+|[,;:—–]\s+)"
                r"(?!(?:with|to|from|against|by|of|at|for|in|on|into|over|under|through|between|among)\b)[^⟦,;]*?"
                r"{buyer:C}(?!['’]s?\s)~~\bits\s+(?:(?:[\w\-]+|⟦\$\d+⟧)\s+){0,2}?(?:acquisition|purchase|takeover|buyout)s?\s+"
                r"of\s+{tgt:Cs}", "buyer", "tgt", keys=frozenset({"acquisition", "purchase", "takeover", "buyout"})))
# The company whose count of deals the sentence keeps owns the purchases "its" lists after it: "A deal would be
# Nvidia's fourth acquisition in Israel, after its purchase of Mellanox in 2020 and its takeovers of Run:ai and Deci"
# (a possessor is no clause's first name, which the frame above needs; a second "its" goes on with the same buyer).
# Counted before the deal at hand, those are done, whatever the sentence hedges ("would be").
_ITS_DEAL = r"its\s+(?:(?:[\w\-]+|⟦\$\d+⟧)\s+){0,2}?(?:acquisition|purchase|takeover|buyout)s?\s+of\s+"
for _more in ("", r"⟦[CU]\d+⟧[^⟦;]{0,30}?\band\s+" + _ITS_DEAL):
    CUES.append(Cue(ACQUIRED, r"{buyer:C}(?:'s|’s)\s+(?:[\w\-]+\s+){0,3}?(?:acquisition|deal|purchase|takeover|buyout)s?\b~~"
                    r"\b(?:after|since|following|than)\s+" + _ITS_DEAL + _more + r"{tgt:Cs}", "buyer", "tgt", "completed",
                    keys=frozenset({"acquisition", "purchase", "takeover", "buyout"})))
# A company bought (or to be: "agreed to buy"), told in a relative clause with no "which" after its description (the
# buyer often the pronoun "it", masked as the company it stands for): "Slack, the messaging app it bought in 2021",
# "Mellanox, the networking company Nvidia acquired in 2020", "Wiz, the startup Google agreed to buy," (nothing named
# may follow the verb, and a time, a price or the clause's end must).
CUES.append(Cue(ACQUIRED, r"{tgt:C},\s+(?:(?:the|a|an)\s+(?:[\w\-]+\s+){1,4}?)?{buyer:C}\s+(?:had\s+|has\s+)?(?:acquired|"
                r"bought|purchased|snapped up|took over|agreed to (?:buy|acquire)|(?:is|was) (?:buying|acquiring)|"
                r"(?:will|plans to|planned to) (?:buy|acquire))\b(?!\s+(?:[\w\-]+\s+){0,3}?⟦)(?=\s+(?:in|for|last|earlier|"
                r"this|two|three|four|five|several)\b|\s*[,.;)])", "buyer", "tgt",
                keys=frozenset({"acquired", "bought", "purchased", "snapped", "took", "buy", "acquire", "buying",
                                "acquiring"})))
# A person named with the company's possessive right before the name: "Microsoft's Satya Nadella said", "the AI
# company founded by Ola's Bhavish Aggarwal" (news calls people by their company so; never a title between, which
# the role frames read, nor a second possessive). Hired or lured away, the person worked there: "OpenAI hires
# Nextdoor's Sarah Friar", "poached Google's X". (Its key is the possessive's "s", which the sentence's words hold apart.)
_HIRED_FROM = (r"\b(?:hires|hired|hiring|hire|poaches|poached|poaching|poach|lures|lured|luring|recruits|recruited|"
               r"taps|tapped|names|named|appoints|appointed|snags|snagged|nabs|nabbed)\s+")
CUES += [
    Cue(WORKS_AT, _HIRED_FROM + r"{c:C}(?:'s|’s)\s+{p:P}(?!(?:'s|’s))", "p", "c", "former", keys=frozenset({"s"})),
    Cue(WORKS_AT, r"(?<!'s )(?<!’s )(?<!\bhires )(?<!\bhired )(?<!\bhire )(?<!\bpoaches )(?<!\bpoached )(?<!\blured )"
        r"(?<!\blures )(?<!\btapped )(?<!\btaps )(?<!\bnamed )(?<!\bnames )(?<!\bappointed )(?<!\brecruited )"
        r"{c:C}(?:'s|’s)\s+{p:P}(?!(?:'s|’s))", "p", "c", "current", keys=frozenset({"s"})),
]
# A holder that joins as one: "Nvidia joined Perplexity as an investor", "Samsung joined as a strategic investor in
# Rebellions"; and one holding in both of two companies: "Nvidia is an early investor in both Perplexity and Mistral".
_HOLDER = (r"(?:an?\s+)?(?:(?:new|strategic|early|minority|lead|anchor|financial|major|key)\s+)*(?:investors?|backers?|"
           r"shareholders?)")
CUES += [
    Cue(INVESTED, r"{inv:Es}~~\b(?:joined|joins|join|joining)\s+{tgt:C}\s+as\s+" + _HOLDER + r"\b", "inv", "tgt",
        keys=frozenset({"investor", "investors", "backer", "backers", "shareholder", "shareholders"})),
    Cue(INVESTED, r"{inv:Es}~~\b(?:joined|joins|join|joining)\s+as\s+" + _HOLDER + r"\s+in\s+{tgt:C}", "inv", "tgt",
        keys=frozenset({"investor", "investors", "backer", "backers", "shareholder", "shareholders"})),
    Cue(INVESTED, r"{inv:Es}~~(?:\b(?:is|was|are|were|remains|has been)\s+|,\s*)" + _HOLDER + r"\s+in\s+both\s+{tgt:Cs}", "inv",
        "tgt", keys=frozenset({"both"})),
]
# Holdings listed after a count or named as a portfolio: "Nvidia has invested in dozens of startups, including
# Perplexity and Mistral", "has backed more than 50 AI startups, such as ...", "Nvidia's portfolio includes Perplexity",
# "Perplexity is one of Nvidia's portfolio companies". (The count's noun and "including" join the first name's slot
# as its description, so the count's opening words stand right before it.)
CUES += [
    Cue(INVESTED, r"{inv:Es}~~\b(?:has invested|have invested|invested|has backed|have backed|backed|has funded|funded)\s+"
        r"(?:in\s+)?(?:dozens|scores|hundreds|a number|a string|a series|a handful|several|many|more than|over|at least)"
        r"(?:\s+of)?\s+{tgt:Cs}", "inv", "tgt",
        keys=frozenset({"dozens", "scores", "hundreds", "number", "string", "series", "handful", "several", "many",
                        "more", "over", "least"})),
    Cue(INVESTED, r"{inv:C}" + POSS + r"\s+(?:[\w\-]+\s+)?portfolio\s+(?:includes|included|include|spans|counts)\s+"
        r"(?:companies\s+such\s+as\s+|startups\s+such\s+as\s+)?{tgt:Cs}", "inv", "tgt", keys=frozenset({"portfolio"})),
    Cue(INVESTED, r"{tgt:C}~~\b(?:is|was|are|were|has become|became)\s+(?:one of|among|part of)\s+{inv:C}" + POSS + r"\s+"
        r"(?:[\w\-]+\s+)?portfolio(?:\s+companies|\s+firms|\s+startups)?\b", "inv", "tgt", keys=frozenset({"portfolio"})),
]
# a round's participant named with its companions, who took part too: "The bank took part in Sakana's Series A last
# September, alongside Mizuho and Nvidia", "participated in Mistral's seed round along with Lightspeed" (a round
# joined "alongside existing backers" names no one more)
CUES.append(Cue(INVESTED, r"(?:{inv:Es},?\s+(?:also\s+)?)?\b(?:took part|taking part|participated|participating|co-invested|"
                r"invested)\s+in\s+{tgt:C}(?:'s|’s|'|’)\s+(?:[^.;⟦]|⟦\$\d+⟧){0,60}?\b(?:round|funding|financing|raise|"
                r"Series [A-H])\b[^.;⟦]{0,40}?,?\s+(?:alongside|along with|together with)\s+(?:(?:existing|new|other|"
                r"returning)\s+)?(?:(?:investors?|backers?)\s+)?(?:(?:such as|including)\s+)?{more:Es}", "more,inv?", "tgt",
                keys=frozenset({"alongside", "along", "together"})))
# a company left to start another: the new one is the leaver's own ("Park left Google in 2020 to start Quillon", "before
# leaving to start Wiz"); "launch" and "start" alone name products as often as companies, after a departure they do not
CUES.append(Cue(FOUNDED, r"{p:Ps}~~\b(?:left|leaves|leave|leaving|quit|quits|quitting|departed|departing)(?:\s+(?:the\s+)?"
                r"⟦[CU]\d+b?⟧)?(?:\s+[^⟦.;,]{1,25}?)?\s+to\s+(?:start|launch|build|create|set up|found|co-found|cofound)\s+"
                r"(?:(?:his|her|their|a|an)\s+(?:own\s+)?(?:[\w\-]+\s+){0,2}?(?:company|startup|start-up|firm|lab|venture),?\s+)?"
                r"{c:C}", "p", "c", keys=frozenset({"left", "leaves", "leave", "leaving", "quit", "quits", "quitting",
                                                    "departed", "departing"})))
# a rival described, with the rivalry told in a relative clause whose object comes first: "CoreWeave, the larger New
# Jersey company that Lambda competes with" (with "it" for the rival, the story's topic was often another company)
CUES.append(Cue(COMPETES_WITH, r"{b:C},\s+(?:the|a|an)\s+[^⟦,;.]{1,60}?\s+(?:that\s+|which\s+)?{a:C}\s+"
                r"(?:also\s+|now\s+|still\s+|directly\s+|increasingly\s+)?(?:competes|compete|competed|is competing|"
                r"are competing|has competed|has long competed|vies|vied)\s+(?:head[\s-]on\s+|directly\s+)?(?:with|against)\b",
                "a", "b", keys=frozenset({"competes", "compete", "competed", "competing", "vies", "vied"})))
# shares bought, named by their company: "SoftBank bought $2 billion of Intel shares", "agreed to buy a large block of
# Cerebras shares" (an amount or a block of them; "its own shares" is a buyback, no holding in another company)
CUES.append(Cue(INVESTED, r"{inv:C}~~\b(?:buy|buys|bought|buying|purchase|purchases|purchased|purchasing|acquire|acquires|"
                r"acquired|acquiring|pick up|picked up|take|took)\s+(?:(?:up to|about|around|roughly|nearly|more than|"
                r"some|another|an additional)\s+)?(?:⟦\$\d+⟧\s+(?:worth\s+)?of\s+|(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:block|"
                r"tranche|chunk|slice|number|package|parcel)\s+of\s+|⟦%\d+⟧\s+of\s+)(?:the\s+)?{tgt:C}(?:'s|’s|'|’)?\s+"
                r"(?:new\s+|newly\s+issued\s+)?(?:shares|stock|equity)\b", "inv", "tgt",
                keys=frozenset({"shares", "stock", "equity"})))
# a company started with another's money, told after a passive of founding: "Sapeon was set up as a separate company
# with investment from SK hynix and SK Square", "was founded in 2019 with backing from Sequoia" (the founding verb
# keeps out "built the plant with funding from the government", a grant for a project)
CUES.append(Cue(INVESTED, r"{tgt:C}\s+(?:was|were|had been|has been)\s+(?:[a-z]+ly\s+|later\s+|then\s+)?(?:founded|co-founded|"
                r"set up|started|launched|established|formed|spun out|spun off|created|incorporated)\b[^⟦.;]{0,60}?\s+with\s+"
                r"(?:an?\s+)?(?:[\w\-]+\s+)?(?:investment|investments|funding|backing|seed money|capital|financing)\s+from\s+"
                r"{inv:Es}", "inv", "tgt",
                keys=frozenset({"investment", "investments", "funding", "backing", "money", "capital", "financing"})))
# a rival told in a relative clause that leaves its preposition at the end: "Unlike OpenAI and Anthropic, which it
# competes with for corporate customers, Cohere ..." (the pronoun is masked as the company it stands for)
CUES.append(Cue(COMPETES_WITH, r"{b:Cs},?\s+(?:which|that|whom)\s+{a:C}\s+(?:also\s+|directly\s+|now\s+|still\s+|mostly\s+)?"
                r"(?:competes|compete|competed|vies|vie)\s+with\b(?!\s+(?:⟦|the\b|a\b|an\b|its\b|their\b))", "a", "b",
                keys=frozenset({"competes", "compete", "competed", "vies", "vie"})))
# New backers a company takes into its round: "AI21 Labs has added Intel Capital and Comcast Ventures to its Series C
# round", "Zeta added Y as an investor" (the company is the one who adds; what it adds them to is its funding)
CUES.append(Cue(INVESTED, r"{tgt:C}~~\b(?:adds|added|adding|has added|have added)\s+{inv:Es}\s+(?:to\s+(?:its|the)\s+"
                r"(?:[\w\-]+\s+){0,3}?(?:round|funding|financing|raise|cap table|shareholders|investors|backers)|as\s+(?:an?\s+|"
                r"new\s+)?(?:[\w\-]+\s+)?(?:investors?|backers?|shareholders?))\b", "inv", "tgt",
                keys=frozenset({"adds", "added", "adding"})))
# Two companies putting money together into something of their own (a campus, a zone, a fund), no company: partners
# in it. "Microsoft and G42 will invest $1 billion in a data centre campus in Kenya", "Amazon Web Services and Humain
# also agreed to put more than $5 billion into an 'AI Zone'" (money put into a company is a stake: the frames' INVESTED).
CUES.append(Cue(PARTNERS_WITH, r"(?<![,⟧]\s)(?<!⟧,\s){a:C}\s+and\s+{b:C}\s+(?:also\s+|together\s+|jointly\s+)?(?:will|would|plan to|"
                r"planned to|agreed to|have agreed to|are to|to|said they would)\s+(?:jointly\s+|together\s+)?(?:invest|put|"
                r"spend|pour)\s+(?:(?:up to|more than|about|around|nearly|as much as)\s+)?⟦\$\d+⟧[^⟦.;]{0,30}?\s+(?:in|into|on)"
                r"\s+(?:a|an|the|what)\s+(?:[^⟦.;]|⟦U\d+⟧){0,80}?(?:[.;,]|$)", "a", "b",
                keys=frozenset({"invest", "put", "spend", "pour"})))
# Something two companies make together, told as one building it "with" the other: "iFlytek said it had built a
# computing platform with Huawei", "the data centre that Groq set up with Aramco Digital" (the other named alone, not
# its goods: "built with Nvidia chips", "with Nvidia's GPUs")
# (or as work under way: "OpenAI is also developing its own chips with Broadcom", "has been building its platform with Y")
CUES.append(Cue(PARTNERS_WITH, r"{a:C}\s+(?:had\s+|has\s+|have\s+|will\s+|would\s+|is\s+|are\s+|has been\s+|have been\s+|"
                r"was\s+|were\s+)?(?:also\s+)?(?:built|build|builds|set up|sets up|building|developing|co-developing|"
                r"co-developed|developed|develops|develop)\s+(?:a|an|the|its|their)\s+(?:[\w\-]+\s+){0,4}?(?:together\s+)?with\s+"
                r"(?:(?:its|their)\s+(?:[\w\-]+\s+){0,2}?partner\s+)?{b:C}(?!['’])(?=\s*[,.;]|\s*$|\s+(?:to|in|on|at|for|last|this|earlier)\b)",
                "a", "b", keys=frozenset({"built", "build", "builds", "set", "sets", "developed", "develops", "develop", "co-developed",
                                          "building", "developing", "co-developing"})))
# a round's participants told with no company, whose round is the last one a sentence named (loaders.endpoints): "A, B
# and C joined, alongside existing backers D and E", "Joining it were A and B", "A and B, which led earlier rounds,
# also put more money into the round" (not "put money into X": that names the company)
_PARTICIPANTS = r"{inv:Es},?\s+(?:(?:which|who)\s+[^⟦.;,]{1,40}?,\s+)?(?:also\s+|too\s+|all\s+|both\s+)?"
_COMPANIONS = (r"(?:alongside|along with|together with)\s+(?:(?:(?:existing|new|other|returning)\s+)?(?:(?:investors?|"
               r"backers?)\s+)?(?:such as\s+|including\s+)?{more:Es})?")
_MORE_MONEY = (r"put\s+(?:in\s+)?(?:more\s+|fresh\s+|new\s+|additional\s+)?(?:money|capital|cash)(?:\s+in\b|\s+into\s+the\s+"
               r"(?:round|financing|funding|raise))?(?!\s+(?:into|in)\s+⟦)")
CUES.extend([
    Cue(INVESTED, _PARTICIPANTS + r"(?:joined|invested|participated|took part),?\s+" + _COMPANIONS, "inv,more", "tgt?",
        keys=frozenset({"alongside", "along", "together"})),
    Cue(INVESTED, _PARTICIPANTS + _MORE_MONEY, "inv", "tgt?", keys=frozenset({"put"})),
    Cue(INVESTED, r"\bJoining\s+(?:it|them|the\s+(?:round|financing|funding|raise)|in)\s+(?:were|was)\s+{inv:Es}", "inv",
        "tgt?", keys=frozenset({"joining"})),
])
# a partner told in an apposition whose possessive is the company named just before it (the one the apposition's name
# follows names no owner of "its"): "Shares of Ocado fell after Kroger, its biggest overseas partner, said ...", "a
# round led by Aker, its partner in the Stargate Norway project"
CUES.append(Cue(PARTNERS_WITH, r"{b:C}(?!['’])(?:[^⟦.;]|⟦[$%]\d+⟧){1,80}?{a:C},\s+its\s+(?:[\w\-]+\s+){0,3}?partner\b(?!\s+of\b)",
                "a", "b", keys=frozenset({"partner"})))
# a second list of rivals after the first one's market, told by "and with": "X competes with A and B in automation
# software and increasingly with C and D", "competes with Japan's E and F and with Germany's G"
CUES.append(Cue(COMPETES_WITH, r"{a:C}\s+(?:[a-z]+ly\s+|also\s+|now\s+|still\s+)?(?:competes|compete|competed|competing|vies|vie)\s+"
                r"(?:[a-z]+ly\s+)?with\s+[^.;]{1,90}?,?\s+and\s+(?:[a-z]+ly\s+|also\s+|now\s+|even\s+)?with\s+"
                r"(?:(?:[\w\-]+\s+){1,3}?such as\s+)?{b:Cs}", "a", "b",
                keys=frozenset({"competes", "compete", "competed", "competing", "vies", "vie"})))
