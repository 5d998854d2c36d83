"""More cue patterns for rivals, clients and partners in both languages (loaders.cues_trade holds the rest of trade
between companies).

Rivalry told as a standing in one market: who trails or catches up with whom, who loses share to whom, who fights
whom for customers; purchase commitments listed with their sellers; what two companies started together. Each
phrasing is general; none is written for one sentence.
"""

from __future__ import annotations

from graph.schema import CLIENT_OF, COMPETES_WITH, PARTNERS_WITH
from loaders.cues import Cue
from loaders.triggers_en import GOODS

# (not "X's battle with Y over Z", which is often a court's: a fight "for" a market, customers or talent is a rivalry)
_STAKE = (r"(?:market|markets|share|customers|clients|users|talent|dominance|leadership|supremacy|the lead|mercado|"
          r"mercados|cuota|clientes|usuarios|talento|liderazgo|dominio|supremacía)")
EN: list[Cue] = [
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:trails|trailed|trailing|lags|lagged|lagging|lags behind|lagged behind|lagging behind|"
        r"is behind|falls behind|fell behind|caught up with|catch up with|catches up with|catching up with|catch up to|"
        r"catching up to|closing the gap with|close the gap with|lost (?:market\s+)?share to|loses (?:market\s+)?share to|"
        r"losing (?:market\s+)?share to|ceded ground to|cedes ground to|"
        # ground given up to a rival, or to be won back from it: "has lost ground to Nvidia", "regain ground lost to AMD"
        r"(?:lost|loses|losing|lose) (?:market\s+)?ground to|ground (?:it\s+)?(?:has\s+|had\s+)?lost to|"
        r"(?:keep|keeps|kept|keeping) pace(?:\s+in(?:\s+[\w\-]+){1,3}?)?\s+with)\s+(?:the\s+)?{b:Cs}(?!\s*(?:'s|’s)?\s*-)",
        "a", "b", keys=frozenset({"trails", "trailed", "trailing", "lags", "lagged", "lagging", "behind", "caught",
                                  "catch", "catches", "catching", "gap", "share", "ceded", "cedes", "pace", "ground"})),
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:battle|battles|battling|battled|fight|fights|fighting|fought|war|duel|tussle|"
        r"showdown|contest)\s+(?:with|against)\s+(?:the\s+)?{b:C}\s+for\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?" + _STAKE + r"\b",
        "a", "b", keys=frozenset({"battle", "battles", "battling", "battled", "fight", "fights", "fighting", "fought",
                                  "war", "duel", "tussle", "showdown", "contest"})),
]
ES: list[Cue] = [
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:va por detrás de|iba por detrás de|está por detrás de|sigue por detrás de|"
        r"ha quedado por detrás de|quedó por detrás de|intenta alcanzar a|trata de alcanzar a|busca alcanzar a|"
        r"pierde cuota (?:de mercado\s+)?(?:frente a|ante)|perdió cuota (?:de mercado\s+)?(?:frente a|ante)|"
        r"le gana cuota (?:de mercado\s+)?a|le ganó cuota (?:de mercado\s+)?a|recorta distancias con|recortó distancias con)"
        r"\s+{b:Cs}", "a", "b",
        keys=frozenset({"detrás", "alcanzar", "cuota", "distancias"})),
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:batalla|pugna|guerra|lucha|pulso|duelo)\s+(?:[\w\-]+\s+){0,2}?(?:con|contra)\s+{b:C}\s+"
        r"por\s+(?:el|la|los|las)?\s*(?:[\w\-]+\s+){0,3}?" + _STAKE + r"\b", "a", "b",
        keys=frozenset({"batalla", "pugna", "guerra", "lucha", "pulso", "duelo"})),
]

# Purchase commitments named by what they buy, with the buyer before the sellers: "a list of computing
# commitments that X has signed in the past six months with A, B and C", "X's earlier chip supply deals with A and B".
_BOUGHT = r"(?:computing|compute|cloud|chip|chips|GPU|capacity|supply|purchase|purchasing|infrastructure|hardware)"
_COMMITMENTS = r"(?:commitments|agreements|contracts|deals|orders)"
_COMMITMENT_KEYS = frozenset({"commitments", "agreements", "contracts", "deals", "orders"})
EN += [
    Cue(CLIENT_OF, rf"\b{_BOUGHT}\s+(?:[\w\-]+\s+)?{_COMMITMENTS}\s+(?:that\s+)?{{cl:C}}\s+(?:has\s+|had\s+|have\s+)?"
        r"(?:signed|struck|inked|made|reached|agreed)\s+(?:[^⟦.;]{0,40}?\s+)?with\s+{v:Cs}", "cl", "v", "active",
        keys=_COMMITMENT_KEYS),
    Cue(CLIENT_OF, rf"{{cl:C}}(?:'s|’s)\s+(?:(?:earlier|recent|previous|existing|other|prior|separate)\s+)?{_BOUGHT}\s+"
        rf"(?:[\w\-]+\s+)?{_COMMITMENTS}\s+with\s+{{v:Cs}}", "cl", "v", "active", keys=_COMMITMENT_KEYS),
]

# "Cohere is up against OpenAI and Anthropic", "comes up against Nvidia in inference chips"
EN.append(Cue(COMPETES_WITH, r"{a:C}~~\b(?:is|are|was|were|comes|come|came|coming|goes|go|went|going|runs|ran|running)\s+"
              r"(?:directly\s+|squarely\s+|increasingly\s+)?up\s+against\s+(?:the\s+)?(?:likes\s+of\s+)?{b:Cs}", "a", "b",
              keys=frozenset({"against"})))

# Something two companies started together, told in a relative clause: "the Global Telco AI Alliance, which SK Telecom
# formed in July with Germany's Deutsche Telekom", "Stargate, which OpenAI set up with SoftBank"
EN.append(Cue(PARTNERS_WITH, r",\s+(?:which|that)\s+{a:C}\s+(?:had\s+|has\s+)?(?:formed|co-founded|set up|launched|created|"
              r"established)\s+(?:[^⟦.;,]{0,25}?\s+)?(?:together\s+)?with\s+{b:Cs}", "a", "b", keys=frozenset({"formed", "co-founded", "set", "launched", "created",
                                                                   "established"})))

# ... and the companies one joins to start it are partners of each other too: "it teamed up with OpenAI and Oracle to
# launch Stargate", "SoftBank joined OpenAI and Oracle to announce Stargate" (OpenAI and Oracle start it together).
_JOINS = frozenset({"joined", "joins", "join", "joining", "teamed", "teams", "team", "teaming", "partnered", "partners"})
EN.append(Cue(PARTNERS_WITH, r"\b(?:joined|joins|join|has joined|will join|is joining|(?:teamed|teams|team|teaming|partnered|"
              r"partners)\s+(?:up\s+)?with)\s+{a:C}(?:,\s+|\s+and\s+){b:Cs}\s+(?:to\s+(?:announce|launch|form|create|"
              r"unveil|set up|start|establish)|in\s+(?:announcing|launching|forming|creating|unveiling|setting up|starting|"
              r"establishing))\b", "a", "b", keys=_JOINS))

# A rival told in apposition with no owner: "Nvidia agreed to license technology from Groq, another inference-chip
# challenger," (whose rival is the sentence's subject, or the story's company).
EN.append(Cue(COMPETES_WITH, r"{b:C},\s+(?:a|an|another|the)\s+(?:[\w\-]+\s+){0,3}?(?:rival|competitor|challenger)"
              r"(?=\s*[,.;)]|\s*$)", "a?", "b", keys=frozenset({"rival", "competitor", "challenger"})))

# Goods received from their maker: "Yotta has taken delivery of its first batch of about 4,000 Nvidia H100 graphics
# processing units", "took delivery of the first Nvidia DGX systems".
EN.append(Cue(CLIENT_OF, r"{cl:C}~~\b(?:took|takes|take|taken|taking|will take)\s+delivery\s+of\s+(?:[^⟦.;]{0,50}?\s+)?"
              r"{v:C}(?:'s|’s)?\s+(?:[\w\-.]+\s+){0,3}?(?:" + GOODS + r"|units|GPUs|supercomputers?)", "cl", "v", "active",
              keys=frozenset({"delivery"})))

# A product built on another company's model or platform, with the thing built between the verb and "on": "Casetext
# has built an assistant on OpenAI's GPT-4", "built its search engine on top of Meta's Llama models" (the maker of
# the base is the builder's vendor; a product's own name may stand for the thing: "GPT-4", "Gemini").
_BASE = (r"(?:models?|platform|technology|software|chips?|processors?|GPUs?|cloud|APIs?|systems?|infrastructure|"
         r"(?-i:[A-Z])[\w\-.]*)")
EN.append(Cue(CLIENT_OF, r"{cl:C}~~\b(?:builds|built|building|has built|have built|had built)\s+(?!on\b)(?:[\w\-]+\s+){1,4}?"
              r"on\s+(?:top\s+of\s+)?{v:C}(?:'s|’s)\s+(?:[\w\-.]+\s+){0,2}?" + _BASE + r"\b", "cl", "v", "active",
              keys=frozenset({"builds", "built", "building"})))

# Capacity or space rented from a landlord makes the renter its client, also when a long object or a relative clause
# about it ("it uses") stands between the verb and "from", which the "rent from" trigger does not reach past: "X rents
# much of the data center capacity it uses from Y" (the renter stands before the verb: "leased its site to Y" is not it)
_RENTED = (r"(?:capacity|compute|computing|computing power|space|servers|GPUs|chips|data centers?|data-centers?|sites?|"
           r"facilities|racks|clusters?|infrastructure|power)")
EN.append(Cue(CLIENT_OF, r"{cl:C}~~\b(?:rents|rented|renting|leases|leased|leasing)\s+(?:[\w\-]+\s+){0,5}?" + _RENTED +
              r"\b(?:\s+(?:that\s+)?(?:it|they|⟦C\d+b?⟧)\s+(?:uses|use|used|needs|need|needed))?\s+from\s+{v:C}",
              "cl", "v", "active", keys=frozenset({"rents", "rented", "renting", "leases", "leased", "leasing"})))

# A rivalry made fiercer by its own party: "X bought Y in a move that intensifies its rivalry with Z", "escalating
# their competition with Z". The possessive is masked as the company it stands for, which the event frames do not
# expect after a verb, and it names the rival even when another company comes between it and the sentence's subject.
EN.append(Cue(COMPETES_WITH, r"\b(?:intensif|escalat|heat|heats|heated|heating|sharpen|deepen|reignit|fuel|stok|"
              r"ramp|step|steps|stepped|stepping)\w*(?:\s+up)?\s+{a:C}\s+(?:[\w\-]+\s+){0,2}?(?:rivalry|competition|"
              r"battle|fight|race|feud|war|contest)\s+(?:with|against)\s+(?:the\s+)?{b:Cs}", "a", "b",
              keys=frozenset({"rivalry", "competition", "battle", "fight", "race", "feud", "war", "contest"})))

# A rivalry owned by its party, with the possessive masked as its company (no 's after it): "in the middle of its
# long-running rivalry with Snowflake", "Databricks' rivalry with Snowflake" (a rivalry, never a fight or a battle,
# which may be a court's)
EN.append(Cue(COMPETES_WITH, r"{a:C}(?:'s|’s|'|’)?\s+(?:[\w\-]+\s+){0,2}?rivalry\s+(?:with|against)\s+(?:the\s+)?{b:Cs}", "a", "b",
              keys=frozenset({"rivalry"})))

# A customer of a company's unit, named by the possessive before it (or by the subject's "its"): "Intel said AWS would
# become a customer of its foundry", "became a client of Microsoft's cloud" (the unit after the possessive would otherwise make the possessive the
# noun's, as in "serve its customers", and drop it).
_UNIT_SOLD = (r"(?:foundry|foundries|cloud|cloud business|cloud unit|cloud division|chip business|chipmaking business|"
              r"manufacturing business|data centers?|data-center business|services?|platform|factories|fabs?)")
EN.append(Cue(CLIENT_OF, r"{cl:C}~~\b(?:become|became|becomes|becoming|be|is|was|are|were|remain|remains|remained)\s+"
              r"(?:a|an|the|one of the)\s+(?:[\w\-]+\s+){0,2}?(?:customer|customers|client|clients)\s+(?:of|for)\s+"
              r"(?:its\s+|their\s+|{v:C}?\s+)(?:[\w\-]+\s+){0,2}?" + _UNIT_SOLD + r"\b", "cl", "v?", "active",
              keys=frozenset({"customer", "customers", "client", "clients"})))

# Two roles toward one company, the second told by "its" after "both ... and": "Nvidia is both an investor in Nscale
# and its main chip supplier" (Nscale buys from Nvidia), "is both a shareholder of X and its biggest customer" (where
# "its" may be masked as its company, with no 's).
_BOTH = (r"{a:C}~~\b(?:is|was|are|were|remains|remain|has become|have become|became|becomes)\s+(?:[a-z]+\s+)?both\s+"
         r"(?:an?|the|its|their|one of)\s+(?:[\w\-]+\s+){0,3}?(?:in|of|to|at|for)\s+{b:C}\s+and\s+(?:its|their|⟦C\d+b?⟧)\s+"
         r"(?:[\w\-]+\s+){0,3}?")
EN += [
    Cue(CLIENT_OF, _BOTH + r"(?:supplier|provider|vendor|landlord|manufacturer|chipmaker)\b", "b", "a", "active",
        keys=frozenset({"both"})),
    Cue(CLIENT_OF, _BOTH + r"(?:customer|client|buyer|tenant)\b", "a", "b", "active", keys=frozenset({"both"})),
]

# A client's product run on what another company makes: "Apple's new Siri, powered by Google's Gemini", "Samsung's
# Galaxy AI is powered by Google's models" (the client's possessive before its product is required: "an AI-powered
# engine" or "chips that power smartphones" name no client).
EN.append(Cue(CLIENT_OF, r"{cl:C}(?:'s|’s)\s+(?:(?:[\w\-]+|⟦U\d+⟧)\s+){0,3}?(?:[\w\-]+|⟦U\d+⟧),?\s+(?:(?:is|are|was|"
              r"were|will be|has been|would be|now|to be)\s+)?powered\s+by\s+{v:C}", "cl", "v", "active",
              keys=frozenset({"powered"})))
# The same told actively, the maker's possessive before what it makes and the client's before its product: "Google's
# Gemini will power Apple's Siri", "OpenAI's models power Microsoft's Copilot" (both possessives are required: "chips
# that power Apple's phones" or "Google's chips power data centers" name no pair).
EN.append(Cue(CLIENT_OF, r"{v:C}(?:'s|’s)\s+(?:(?:[\w\-]+|⟦U\d+⟧)\s+){0,3}?(?:[\w\-]+|⟦U\d+⟧)\s+(?:(?:will|would|"
              r"could|now|also|already|to|is set to|are set to|is to|are to)\s+)?(?:power|powers|powering)\s+(?:the\s+)?"
              r"(?:(?:new|next|latest|upcoming|revamped)\s+)?{cl:C}(?:'s|’s)", "cl", "v", "active",
              keys=frozenset({"power", "powers", "powering"})))

# Goods bought, named by their maker, possibly by the quantity: "OpenAI agreed to buy six gigawatts of AMD chips", "will
# purchase billions of dollars' worth of Google's TPUs", "Meta bought Nvidia GPUs" (the "buy from" trigger needs "from";
# a maker's unit, business or shares after its name are a company or a stake bought, not goods).
_MADE = (r"(?:chips?|GPUs?|TPUs?|processors?|accelerators?|servers?|capacity|computing capacity|compute|computing power|"
         r"memory|systems?|racks?|supercomputers?)")
EN.append(Cue(CLIENT_OF, r"{cl:C}~~\b(?:buy|buys|bought|buying|purchase|purchases|purchased|purchasing|order|orders|ordered|"
              r"ordering)\s+(?:(?:up\s+to\s+|about\s+|roughly\s+|more\s+than\s+|nearly\s+)?(?:[\w\-.,'’]+\s+|⟦\$\d+⟧\s+){1,3}?"
              r"(?:worth\s+)?of\s+)?(?:the\s+)?{v:C}(?:'s|’s)?\s+(?:(?:[\w\-]+|⟦U\d+⟧)\s+){0,2}?" + _MADE +
              r"\b(?!\s+(?:units?|business|businesses|divisions?|makers?|designers?|company|startup|assets|shares|stake)\b)",
              "cl", "v", "active", keys=frozenset({"buy", "buys", "bought", "buying", "purchase", "purchases", "purchased",
                                                   "purchasing", "order", "orders", "ordered", "ordering"})))

# A client told by its share of a vendor's revenue, as filings and results put it: "Microsoft accounted for 62% of
# CoreWeave's revenue", "made up about 40 per cent of its sales"; and the other way round, "X gets 30% of its revenue
# from Y" (a share of a market, of a stake or of "its shares" is none of this: the noun must be revenue or sales).
_REVENUE = r"(?:total\s+|annual\s+|quarterly\s+|net\s+)?(?:revenue|revenues|sales|turnover|income|bookings)\b"
# The client is the verb's subject, maybe past its own apposition ("G42, the group chaired by Sheikh Tahnoon, accounted
# for ..."), whose names are no client.
_SHARE_SUBJECT = r"{cl:C}(?:,[^;.]{1,160}?,)?\s+(?:alone\s+|also\s+|still\s+|together\s+)?"
_ABOUT = r"(?:(?:about|around|roughly|nearly|almost|more than|over|some|close to|less than|just over|just under)\s+)?"
EN += [
    Cue(CLIENT_OF, _SHARE_SUBJECT + r"(?:accounted|accounts|account|accounting)\s+for\s+" + _ABOUT + r"(?:⟦%\d+⟧|half|a third|"
        r"a quarter|most|the bulk|the majority)\s+of\s+(?:{v:C}(?:'s|’s|’)?|its|their)\s+" + _REVENUE, "cl", "v?", "active",
        keys=frozenset({"accounted", "accounts", "account", "accounting"})),
    Cue(CLIENT_OF, _SHARE_SUBJECT + r"(?:made up|makes up|make up|represented|represents|represent|contributed|contributes|"
        r"generated|generates)\s+" + _ABOUT + r"⟦%\d+⟧\s+of\s+(?:{v:C}(?:'s|’s|’)?|its|their)\s+" + _REVENUE, "cl", "v?",
        "active", keys=frozenset({"made", "makes", "make", "represented", "represents", "represent", "contributed",
                                  "contributes", "generated", "generates"})),
    Cue(CLIENT_OF, r"{v:C}~~\b(?:gets|got|derives|derived|draws|drew|earns|earned|generates|generated|makes|made)\s+"
        + _ABOUT + r"(?:⟦%\d+⟧|half|a third|a quarter|most|the bulk|the majority)\s+of\s+(?:its|their)\s+" + _REVENUE +
        r"\s+from\s+{cl:Cs}", "cl", "v", "active",
        keys=frozenset({"gets", "got", "derives", "derived", "draws", "drew", "earns", "earned", "generates", "generated",
                        "makes", "made"})),
]

# Two companies called partners together in Spanish, with an adverb or a complement that makes it a standing tie between
# them: "Oracle y OpenAI ya eran socios en Stargate", "Telefónica y Microsoft son aliados desde 2019" (the bare "X y Y son
# socios" stays out, as loaders.cues_trade says: members of a firm and a venture's shareholders are "socios" too; so do
# "socios de Z" and "socios capitalistas/fundadores"; "socios en Stargate", a venture they run together, is a tie).
ES.append(Cue(PARTNERS_WITH, r"(?P<a>⟦[CU]\d+⟧)\s+y\s+(?P<b>⟦[CU]\d+⟧)\s+(?:ya\s+|también\s+)?(?:son|eran|fueron|han sido|"
              r"habían sido|siguen siendo|seguían siendo)\s+(?:ya\s+|también\s+)?(?:socios|aliados)\b"
              r"(?=\s+(?:desde|en|estratégicos|tecnológicos|comerciales)\b)", "a", "b",
              keys=frozenset({"socios", "aliados"})))

# A company's standing as a vendor told with "como": "Microsoft pierde su derecho de preferencia como proveedor de
# computación de OpenAI", "Oracle se consolida como principal proveedor de nube para OpenAI" (the field, one or two words,
# stands between the noun and the client; "como proveedores" of many names no one vendor).
ES.append(Cue(CLIENT_OF, r"{v:C}~~\bcomo\s+(?:(?:el|su|un|principal|gran|mayor|primer)\s+){0,2}(?:proveedor|proveedora|"
              r"suministrador|suministradora)(?:\s+(?:exclusivo|exclusiva|principal|preferente|preferido|clave))?"
              r"(?:\s+de\s+(?!⟦)[\w\-]+(?:\s+(?!de\b|para\b)[\w\-]+)?)?\s+(?:de|del|para)\s+{cl:C}", "cl", "v", "active",
              keys=frozenset({"proveedor", "proveedora", "suministrador", "suministradora"})))
# ... and as a partner: "el acuerdo refuerza el papel de Nscale como socio de OpenAI en Europa"
ES.append(Cue(PARTNERS_WITH, r"{a:C}~~\bcomo\s+(?:(?:el|su|un|principal|gran|nuevo)\s+){0,2}(?:socio|socia|aliado|aliada)"
              r"(?:\s+(?:tecnológic[oa]|estratégic[oa]|preferente|comercial|clave))?\s+(?:de|del)\s+{b:C}", "a", "b",
              keys=frozenset({"socio", "socia", "aliado", "aliada"})))


# A client told by its share of the vendor's revenue, with the vendor as the subject: "CoreWeave gets most of its
# revenue from Microsoft", "generated about 62% of its 2024 revenue from Microsoft" (the share is a percentage or a
# word for one; "X accounted for 62% of the company's revenue" is left out, as the company is often a description).
_SHARE_OF = (r"(?:(?:about|around|roughly|nearly|almost|more than|over|some|less than|just over|just under)\s+)?"
             r"(?:⟦%\d+⟧|half|a third|two-thirds|a quarter|most|much|the bulk|the majority|a large share|a big share|"
             r"a significant share|the largest share)\s+of\s+")
EN.append(Cue(CLIENT_OF, r"{v:C}~~\b(?:gets|got|get|draws|drew|derives|derived|generates|generated|earns|earned|makes|"
              r"made)\s+" + _SHARE_OF + r"(?:its|their)\s+(?:[\w\-]+\s+){0,2}?(?:revenue|revenues|sales|turnover)(?:\s+(?:last|this|in|during)\s+[\w\-]+)?\s+from\s+"
              r"{cl:C}", "cl", "v", "active",
              keys=frozenset({"gets", "got", "get", "draws", "drew", "derives", "derived", "generates", "generated",
                              "earns", "earned", "makes", "made"})))

# A contract named by its client as a modifier: "Anduril won a $100 million Pentagon contract", "secured a five-year
# U.S. Army contract" (an indefinite one only, and a known client: "the JEDI contract" names a programme).
EN.append(Cue(CLIENT_OF, r"{v:C}~~\b(?:won|wins|win|winning|secured|secures|landed|lands|clinched|was awarded|has been "
              r"awarded|received|bagged|scooped)\s+(?:(?:a|an)\s+(?:(?:[\w\-]+|⟦\$\d+⟧)\s+){0,3}?)?{cl:C}\s+"
              r"(?:[\w\-]+\s+)?(?:contract|contracts|order|tender)\b", "cl", "v", "active", known_only=True,
              keys=frozenset({"contract", "contracts", "order", "tender"})))
# A rival told by what it wants to take from the leader: "Cerebras is trying to dethrone Nvidia", "AMD is chipping away
# at Nvidia's lead", "eating into Intel's market share", "Perplexity is taking aim at Google"; and a pair set against
# each other: "the deal pits Microsoft against Google". (Not "break", "end" or "loosen" a company's dominance, which
# regulators do as often.)
_HOLD = r"(?:dominance|grip|lead|hold|monopoly|stranglehold|supremacy|chokehold|market share|leadership|crown)"
EN += [
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:dethrone|dethrones|dethroned|dethroning|unseat|unseats|unseated|unseating|topple|"
        r"topples|toppled|toppling|take aim at|takes aim at|took aim at|taking aim at|taken aim at)\s+(?:the\s+)?{b:Cs}"
        r"(?!\s*(?:'s|’s)\s+(?!" + _HOLD + r"\b))", "a", "b",
        keys=frozenset({"dethrone", "dethrones", "dethroned", "dethroning", "unseat", "unseats", "unseated", "unseating",
                        "topple", "topples", "toppled", "toppling", "aim"})),
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:erode|erodes|eroded|eroding|chip away at|chips away at|chipped away at|chipping away at|"
        r"eat into|eats into|ate into|eating into|dent|dents|dented|denting|steal|steals|stole|stealing)\s+{b:C}(?:'s|’s)\s+"
        r"(?:[\w\-]+\s+){0,2}?" + _HOLD + r"\b", "a", "b",
        keys=frozenset({"dominance", "grip", "lead", "hold", "monopoly", "stranglehold", "supremacy", "chokehold",
                        "share", "leadership", "crown"})),
    # (the adverb graded: "pits LG more directly against Samsung", "pitting it ever more squarely against")
    Cue(COMPETES_WITH, r"\b(?:pits|pitted|pitting|pit)\s+{a:C}\s+(?:(?:more|even more|ever more|increasingly)\s+)?"
        r"(?:squarely\s+|directly\s+|head-to-head\s+)?against\s+"
        r"(?:the\s+)?{b:Cs}", "a", "b", keys=frozenset({"pits", "pitted", "pitting", "pit"})),
]

# Banks and advisers hired for a deal are the hirer's vendors: "Lambda has hired Morgan Stanley, JPMorgan and Citi to work
# on the offering", "tapped Goldman Sachs as lead underwriter". The slot is a company: a person hired is an employee,
# read elsewhere. ("The offering, with Citigroup and Barclays as lead underwriters", with the issuer unsaid, was tried:
# the story's topic was then another company as often as not.)
_ADVISER = (r"(?:(?:its|the|a|an)\s+)?(?:(?:lead|joint|global|sole|financial|legal|main|principal|active)\s+){0,2}"
            r"(?:underwriters?|bookrunners?|book-runners?|advisers?|advisors?|banks?|coordinators?|arrangers?)\b")
EN += [
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:hired|hires|has hired|had hired|tapped|taps|has tapped|mandated|has mandated|retained|"
        r"has retained|enlisted|has enlisted)\s+{v:Cs},?\s+(?:to\s+(?:work on|lead|manage|run|advise on|advise it on|arrange|"
        r"underwrite|handle|help with|help it with|prepare)\b|as\s+" + _ADVISER + r")", "cl", "v", "active",
        keys=frozenset({"hired", "hires", "tapped", "taps", "mandated", "retained", "enlisted"})),
]

# Banks leading a share offering or a listing underwrite it for the company that lists, the story's: "Citigroup and
# Barclays are leading the offering" (not "X is raising $2bn in the listing, with A and B leading the offering", where
# the story's topic was another company: the guard in loaders.cues_en_more keeps that from being an investment).
_UNDERWRITE = (r"(?:leading|co-leading|managing|underwriting|running)\s+(?:the|its)\s+(?:[\w\-]+\s+){0,2}?"
               r"(?:offering|IPO|listing|flotation|share sale)\b")
EN += [
    Cue(CLIENT_OF, r"{v:Cs}\s+(?:are|is|were|was|will be|have been|had been)\s+" + _UNDERWRITE, "cl?", "v", "active",
        keys=frozenset({"offering", "IPO", "listing", "flotation", "sale"})),
]

# An amount of a vendor's goods bought, named by the vendor's name before them: "G42 has committed to buy $1.43bn of
# Cerebras computing systems and services", "agreed to purchase $500 million worth of Nvidia's chips" (an amount "of
# X's shares" is an investment, and "$2bn of its own shares" no trade: the goods must follow the name).
EN.append(Cue(CLIENT_OF, r"{cl:C}~~\b(?:buy|buys|bought|buying|purchase|purchases|purchased|purchasing|order|orders|ordered|"
              r"spend|spends|spent|spending)\s+(?:(?:up to|about|around|roughly|nearly|more than|over|some|at least|an?|"
              r"another|additional|incremental|further)\s+)*⟦\$\d+⟧\s+(?:worth\s+)?(?:of|on)\s+{v:C}(?:'s|’s|'|’)?\s+"
              rf"(?:[\w\-]+\s+){{0,2}}?{GOODS}", "cl", "v", "active",
              keys=frozenset({"buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing", "order",
                              "orders", "ordered", "spend", "spends", "spent", "spending"})))

# A vendor supplying a client told by a clitic, the client the story's topic: "El fabricante de memorias SK Hynix le
# suministra la memoria de los RNGD", "Nvidia, que le suministra los chips, es también uno de sus accionistas" (the
# vendor is the name right before, the subject or the head of the relative; the client is left to the engine).
_SUPPLIES_ES = (r"(?:suministra|suministraba|suministró|suministrará|proporciona|proporcionaba|proporcionó|proporcionará|"
                r"provee|proveía|proveyó|proveerá|vende|vendía|vendió|venderá|alquila|alquilaba|alquiló|alquilará)")
ES.append(Cue(CLIENT_OF, r"{v:C}(?:,\s+que)?\s+(?:ya\s+|también\s+)?(?:le|les)\s+" + _SUPPLIES_ES +
              r"\s+(?:el|la|los|las|sus|su)\s", "cl?", "v", "active", keys=frozenset({"le", "les"})))
# Customers given as examples of a plural of users: "Its software is used by plant teams at companies including A, B
# and C", "trabaja con más de 1.500 cadenas minoristas, entre ellas A, B y C", "más de 100.000 empresas usan ya sus
# herramientas, entre ellas A y B": each example uses what the vendor sells (the vendor is the name before, else the
# sentence's subject or the story's; the mask may take "companies including" or "300 bancos, entre ellos" into the first
# name's slot, so a count before a slot tells it). The plural must name organizations, so people ("users including X")
# are no clients.
_USERS_EN = (r"(?:companies|firms|customers|clients|retailers|banks|manufacturers|brands|organi[sz]ations|businesses|"
             r"enterprises|carmakers|automakers|insurers|hospitals|airlines|operators|carriers|chains|groups|labs)")
_USERS_ES = (r"(?:empresas|compañías|firmas|bancos|cadenas|marcas|minoristas|aseguradoras|fabricantes|hospitales|"
             r"aerolíneas|clientes|organizaciones|instituciones|administraciones|operadoras|grupos|tecnológicas)")
_OWN_GOODS_ES = (r"(?:herramientas|tecnología|tecnologías|productos|software|servicios|plataforma|plataformas|modelos|"
                 r"chips|soluciones|sistemas|aplicaciones|robots)")
EN.append(Cue(CLIENT_OF, r"{v:C}?~~\b(?:is|are|was|were|has been|have been)\s+(?:now\s+|already\s+|also\s+)?used\s+by\s+"
              r"(?:(?:[\w\-]+\s+){0,3}?at\s+)?(?:(?:[a-z][\w\-]*\s+){0,2}?" + _USERS_EN +
              r",?\s+(?:including|such as|like|among them)\s+)?{cl:Cs}", "cl", "v?", "active",
              keys=frozenset({"used"})))
ES += [
    Cue(CLIENT_OF, r"{v:C}?~~\b(?:trabaja|trabajan|trabajaba|colabora|colaboran|colaboraba)\s+con\s+(?:(?:más de|unos|unas|cientos de|"
        r"miles de)\s+(?=⟦)|(?:(?:más de|unos|unas|cientos de|miles de)\s+)?(?:[\d.,]+\s+)?" + _USERS_ES +
        r"(?:\s+[a-záéíóúñü]+)?,?\s+(?:entre\s+(?:ellas|ellos)|como)\s+){cl:Cs}", "cl", "v?", "active",
        keys=frozenset({"trabaja", "trabajan", "trabajaba", "colabora", "colaboran", "colaboraba"})),
    Cue(CLIENT_OF, r"\b" + _USERS_ES + r"\b[^⟦.;]{0,60}?\s+(?:usan|utilizan|emplean|han adoptado|confían en)\s+"
        r"(?:ya\s+)?(?:sus|su)\s+(?:[a-záéíóúñü]+\s+)?" + _OWN_GOODS_ES + r",\s+(?:entre\s+(?:ellas|ellos)|como)\s+{cl:Cs}",
        "cl", "v?", "active", keys=frozenset({"ellas", "ellos", "como"})),
]

CUES: dict[str, list[Cue]] = {"en": EN, "es": ES}
