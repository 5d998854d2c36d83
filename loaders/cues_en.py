"""English cue patterns: how English-language news and wires state each relation."""

from __future__ import annotations

from graph.schema import (ACQUIRED, CLIENT_OF, COMPETES_WITH, FOUNDED, INVESTED, PARTNERS_WITH,
                          WORKS_AT)
from loaders.cues import MOD, MOD_AFTER, POSS, ROLE, Cue

_INVEST = (r"(?:invested|invests|invest|will invest|is investing|are investing|has invested|have invested|"
           r"had invested|would invest|plans to invest|agreed to invest|poured|pumped|injected|committed|"
           r"put|is putting|ploughed|plowed|bet)")
_RAISE = r"(?:raised|raises|has raised|had raised|secured|has secured|closed|landed|announced|drew|attracted)"
_BUY = (r"(?:acquired|acquires|acquire|will acquire|to acquire|bought|buys|buy|will buy|to buy|snapped up|"
        r"purchased|completed (?:its|the) (?:acquisition|purchase) of|agreed to (?:buy|acquire)|"
        r"announced (?:a deal|plans|an agreement) to (?:buy|acquire)|absorbed|took over|is acquiring|is buying)")
_STAKE_BUY = (r"(?:took|takes|take|acquired|acquires|acquire|bought|buys|buy|will take|agreed to buy|"
              r"agreed to acquire|is buying|picked up|snapped up|holds|owns|has)")
_END = (r"(?:ended|ends|will end|end|terminated|cut ties with|severed ties with|stopped working with|dropped|"
        r"has dropped|ditched|parted ways with|walked away from|pulled (?:its )?business from|cancell?ed|"
        r"stopped using|moved away from)")
_JOIN_FUTURE = r"(?:will join|is joining|joins|is set to join|agreed to join|to join|would join|will rejoin)"
_JOIN_PAST = r"(?:joined|has joined|rejoined|returned to|moved to|defected to|jumped to)"
_LEAVE = (r"(?:left|has left|departed|quit|stepped down from|resigned from|exited|was ousted from|"
          r"was fired from|departed from)")
_HIRE = (r"(?:hired|has hired|hires|appointed|appoints|named|names|has named|has appointed|poached|"
         r"brought in|tapped|recruited)")

_BECOME = (r"(?P<verb>has become|became|will become|becomes|takes over as|took over as|has taken over as|"
           r"will take over as|is taking over as|was named|has been named|was appointed|has been appointed|"
           r"will serve as|is named|is appointed|will be named|will remain|remains)")
_OWNS = r"(?:holds?|owns?|will hold|will own|retains?|keeps?|has|had|controls?)"

CUES: list[Cue] = [
    # -- investments ---------------------------------------------------------
    Cue(INVESTED, rf"{{inv:Cs}}~~\b{_INVEST}\b~~\b(?:in|into)\s+(?:the startup\s+|AI startup\s+)?{{tgt:C}}", "inv", "tgt"),
    Cue(INVESTED, rf"{{inv:C}}{POSS}~\b(?:investment|stake|bet|holding)\s+in\s+{{tgt:C}}", "inv", "tgt",
        nominal=True),
    Cue(INVESTED, r"\binvestment\b~~\bby\s+{inv:Cs}~\bin(?:to)?\s+{tgt:C}", "inv", "tgt", nominal=True),
    Cue(INVESTED, rf"{{tgt:C}}~~\b{_RAISE}\b~~\b(?:led by|co-led by|from investors including|from|backed by|"
        r"with participation from|including|with backing from|with support from)\s+(?:investors\s+(?:such as|including)\s+)?"
        r"{inv:Cs}", "inv", "tgt"),
    Cue(INVESTED, rf"{{inv:Cs}}~~\b{_STAKE_BUY}\s+(?:a|an|the)\b~~\bstake\s+in\s+{{tgt:C}}", "inv", "tgt"),
    Cue(INVESTED, r"{inv:Cs}~~\b(?:led|co-led|leads|participated in|joined)\s+(?:the\s+|a\s+|its\s+)?~\b(?:round|funding|"
        r"investment)\b~~\b(?:in|for|of|into)\s+{tgt:C}", "inv", "tgt"),
    Cue(INVESTED, r"{tgt:C},?\s+(?:which is\s+|which was\s+)?(?:backed|funded)\s+by\s+{inv:Cs}", "inv", "tgt"),
    Cue(INVESTED, r"{inv:C}-backed\s+(?:startup\s+)?{tgt:C}", "inv", "tgt"),
    # -- acquisitions --------------------------------------------------------
    Cue(ACQUIRED, rf"{{buyer:E}}~~\b{_BUY}\s+(?:the startup\s+|AI startup\s+|startup\s+|rival\s+)?{{tgt:C}}",
        "buyer", "tgt"),
    Cue(ACQUIRED, rf"{{buyer:C}}{POSS}~\b(?:acquisition|purchase|takeover|buyout)\s+of\s+{{tgt:C}}", "buyer", "tgt"),
    Cue(ACQUIRED, r"\b(?:acquisition|purchase|takeover|buyout)\s+of\s+{tgt:C}\s+by\s+{buyer:E}", "buyer", "tgt"),
    Cue(ACQUIRED, r"{buyer:C}~~\b(?:deal|bid|offer|plan|agreement)\s+to\s+(?:buy|acquire|take over)\s+{tgt:C}",
        "buyer", "tgt"),
    Cue(ACQUIRED, r"{tgt:C}~~\b(?:was|will be|has been|had been|is being|agreed to be)\s+(?:acquired|bought|purchased|"
        r"taken over)\s+by\s+{buyer:E}", "buyer", "tgt"),
    # -- employment ------------------------------------------------------------
    Cue(WORKS_AT, rf"{{p:P}},\s+(?:the\s+|its\s+|a\s+)?{MOD}{ROLE}{MOD_AFTER}\s+(?:of|at)\s+{{c:C}}", "p", "c"),
    Cue(WORKS_AT, rf"{{p:P}},\s+{{c:C}}{POSS}?\s+{MOD}{ROLE}", "p", "c"),
    Cue(WORKS_AT, rf"{{c:C}}{POSS}?\s+{MOD}{ROLE},?\s+{{p:P}}", "p", "c"),
    Cue(WORKS_AT, rf"(?<![\w-]){MOD}{ROLE}\s+(?:of|at)\s+{{c:C}},?\s+{{p:P}}", "p", "c"),
    Cue(WORKS_AT, rf"\b(?P<mod>former|ex-)\s*{{c:C}}\s+{ROLE}?\s*{{p:P}}", "p", "c"),
    Cue(WORKS_AT, rf"{{p:P}}~~\b{_JOIN_FUTURE}\s+{{c:C}}", "p", "c", "incoming"),
    Cue(WORKS_AT, rf"{{p:P}}~~\b{_JOIN_PAST}\s+{{c:C}}", "p", "c", "current"),
    Cue(WORKS_AT, rf"{{p:P}}~~\b{_LEAVE}\s+{{c:C}}", "p", "c", "former"),
    Cue(WORKS_AT, rf"{{p:P}}~~\b(?:stepped down|resigned|was ousted|departed)\s+as\s+{ROLE}\s+(?:of|at)\s+{{c:C}}",
        "p", "c", "former"),
    Cue(WORKS_AT, rf"{{c:C}}~~\b{_HIRE}\s+{{p:P}}(?:(?:\s+as|~\bas)?\s+(?:its\s+)?(?:new\s+)?{MOD}{ROLE})?", "p", "c",
        "current"),
    Cue(WORKS_AT, rf"{{p:P}}~\b(?P<verb>is|was|has been|will be|remains|served as|serves as|became|will become)\s+"
        rf"(?:the\s+|its\s+|a\s+)?{MOD}{ROLE}\s+(?:of|at)\s+{{c:C}}", "p", "c"),
    Cue(WORKS_AT, r"{p:P},?\s+who\s+(?:previously|formerly)\s+(?:led|worked at|ran|headed)\s+{c:C}", "p", "c", "former"),
    # -- founders --------------------------------------------------------------
    Cue(FOUNDED, r"{p:Ps}~~\b(?:founded|co-founded|cofounded|started|set up)\s+(?:the startup\s+|AI startup\s+)?{c:C}",
        "p", "c"),
    Cue(FOUNDED, r"{c:C},?~~\b(?:founded|co-founded|cofounded|started|set up|launched)\s+(?:in\s+\d{4}\s+)?by\s+{p:Ps}",
        "p", "c"),
    Cue(FOUNDED, r"{p:P},\s+(?:the\s+|a\s+|its\s+)?(?:co-?)?founder(?:\s+and\s+[\w ]{2,30}?)?\s+of\s+{c:C}", "p", "c"),
    Cue(FOUNDED, rf"{{c:C}}{POSS}?\s+(?:co-?)?founder(?:\s+and\s+(?:CEO|chief executive))?,?\s+{{p:P}}", "p", "c"),
    Cue(FOUNDED, r"\b(?:co-?)?founder\s+of\s+{c:C},?\s+{p:P}", "p", "c"),
    # -- clients and vendors ---------------------------------------------------
    Cue(CLIENT_OF, r"{cl:Cs}~~\b(?:considering|weighing|exploring|evaluating|reconsidering|looking at|seeking|"
        r"reviewing)\s+(?:alternatives to|other suppliers than|replacing|alternative (?:suppliers|vendors|providers) to|"
        r"its (?:relationship|contract|ties) with|their (?:relationship|contracts|ties) with)\s+{v:C}",
        "cl", "v", "reconsidering"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:spend|spends|spent|spending|pay|pays|paid|will pay|will spend)\b~~\b(?:with|on|to)\s+{v:C}",
        "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:scale back|scaled back|scaling back|reduce|reduced|reducing|cut back|cutting back|"
        r"cut|trim|trimmed)\s+(?:its\s+|their\s+)?(?:reliance on|dependence on|use of|spending (?:on|with)|orders "
        r"(?:from|with)|work with|business with|purchases from)\s+{v:C}", "cl", "v", "reducing"),
    Cue(CLIENT_OF, rf"{{cl:C}}~~\b{_END}\s+(?:its\s+|their\s+)?(?:contracts?\s+|relationship\s+|work\s+|business\s+)?"
        r"(?:with\s+)?{v:C}", "cl", "v", "ended", vendor_check=True),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:will continue|continues|continue|remains|is still|still)\s+(?:to\s+)?(?:work(?:ing)?|"
        r"use|using|buy(?:ing)?|rely on|relying on)\s+(?:with\s+)?{v:C}", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{v:C}~~\b(?:supplies|supplied|will supply|sells|sold|provides|provided|delivers|delivered|ships)\b"
        r"~~\bto\s+{cl:Cs}", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{v:C}~~\b(?:counts|lists)\s+{cl:Cs}~\bamong\s+its\s+(?:customers|clients)", "cl", "v", "active"),
    Cue(CLIENT_OF, rf"{{v:C}}{POSS}\s+(?:biggest\s+|largest\s+|major\s+|key\s+|other\s+|top\s+)?(?:customers|clients)~~\b"
        r"(?:include|including|such as|like|are)\s+{cl:Cs}", "cl", "v", "active"),
    Cue(CLIENT_OF, r"\b(?:customers|clients)\s+of\s+{v:C}~~\b(?:include|including|such as|like)\s+{cl:Cs}",
        "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:Cs},?\s+(?:is|are|was|were|remains|became)\s+(?:among\s+)?(?:a\s+|the\s+|its\s+)?(?:major\s+|key\s+|"
        r"big\s+|large\s+|biggest\s+|largest\s+)?(?:customers?|clients?)\s+of\s+{v:C}", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:signed|inked|struck|awarded)\s+(?:a\s+)?~\bcontract\s+(?:with|to)\s+{v:C}",
        "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:buys|bought|purchases|purchased|uses|used|relies on|will buy|ordered|rents|rented)\s+"
        r"~\b(?:chips|GPUs|processors|services|data|cloud|capacity|servers|computing power)\s+(?:from)\s+{v:C}",
        "cl", "v", "active"),
    Cue(CLIENT_OF, rf"{{cl:C}}~~\b(?:buys|bought|uses|relies on|rely on|using)\s+{{v:C}}{POSS}?\s+(?:chips|GPUs|processors|"
        r"services|cloud|data|models)", "cl", "v", "active"),
    # -- competition and partnership --------------------------------------------
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:competes|compete|competing|will compete|rivals)\s+(?:directly\s+|head-to-head\s+)?"
        r"(?:with\s+)?{b:Cs}", "a", "b"),
    Cue(COMPETES_WITH, rf"{{a:C}}{POSS}\s+(?:main\s+|chief\s+|biggest\s+|closest\s+|key\s+|larger\s+)?(?:rival|rivals|"
        r"competitor|competitors),?\s+(?:such as\s+|including\s+|like\s+)?{b:Cs}", "a", "b"),
    Cue(COMPETES_WITH, r"{a:C},\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:rival|competitor)\s+(?:of|to)\s+{b:C}", "a", "b"),
    Cue(COMPETES_WITH, r"{a:C}\s+and\s+(?:its\s+|their\s+)?(?:rival|competitor)\s+{b:C}", "a", "b"),
    Cue(COMPETES_WITH, r"{a:C}\s+and\s+{b:C},?\s+(?:are\s+|which are\s+)?(?:rivals|competitors)", "a", "b"),
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:partnered|partners|will partner|has partnered|teamed up|teams up|is partnering|"
        r"allied|collaborates|will collaborate)\s+with\s+{b:Cs}", "a", "b"),
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:partnership|alliance|collaboration agreement)\s+(?:\w+\s+){0,2}?with\s+{b:Cs}",
        "a", "b"),
    Cue(PARTNERS_WITH, r"\b(?:partnership|alliance|collaboration)\s+(?:between|of)\s+{a:C}\s+and\s+{b:C}", "a", "b"),
    Cue(PARTNERS_WITH, r"{a:C}\s+and\s+{b:C}~~\b(?:announced|signed|formed|struck|expanded|unveiled)\s+(?:a\s+|their\s+|"
        r"an\s+)?(?:\w+\s+){0,2}?(?:partnership|alliance|collaboration)", "a", "b"),
    # -- more investments ------------------------------------------------------
    Cue(INVESTED, rf"{{inv:Cs}}~~\b(?:make|made|makes|making|announced|unveiled|completed|finalized|confirmed|"
        r"agreed)\b~~\binvestment\s+(?:in|into)\s+{tgt:C}", "inv", "tgt"),
    Cue(INVESTED, r"{tgt:C},?\s+in which\s+{inv:Cs}~~\b(?:invested|has invested|had invested|holds|owns|took)\b",
        "inv", "tgt"),
    Cue(INVESTED, r"{inv:Cs}~~\b(?:is|was|are|were|became|remains|has been)\s+(?:already\s+|also\s+)?(?:an?|the)\s+"
        r"(?:\w+\s+){0,2}?(?:investor|shareholder|backer|stakeholder)\s+in\s+{tgt:C}", "inv", "tgt"),
    Cue(INVESTED, rf"{{inv:C}},\s+{{tgt:C}}{POSS}?\s+(?:(?:largest|biggest|main|major|top|early|longtime|long-time|"
        r"single largest|existing)\s+)*(?:investor|backer|shareholder)", "inv", "tgt", stative=True),
    Cue(INVESTED, rf"{{inv:Cs}}~~\b{_OWNS}\s+(?:a|an|the|about|roughly|nearly|some|around)?\b~~\b(?:stake|share|holding)\s+"
        r"(?:in|of)\s+{tgt:C}", "inv", "tgt"),
    Cue(INVESTED, r"\b(?:round|funding|financing)\s+(?:was\s+)?(?:led|co-led)\s+by\s+{inv:Es}", "inv", "tgt?"),
    Cue(INVESTED, r"{tgt:C}?~~\b(?:investors|backers|shareholders)\s+(?:include|included|including|such as|are|were)\s+"
        r"{inv:Es}", "inv", "tgt?"),
    Cue(INVESTED, r"\b(?:existing|new|other)?\s*(?:investors|backers)\s+{inv:Es},?\s+(?:also\s+)?(?:took part|participated|"
        r"joined|invested)", "inv", "tgt?"),
    Cue(INVESTED, r"{inv:Es},?\s+(?:were|was)\s+(?:also\s+)?among\s+(?:the\s+)?(?:\w+\s+)?(?:backers|investors|participants)",
        "inv", "tgt?"),
    Cue(INVESTED, r"\bwith\s+{inv:Es}\s+(?:also\s+)?(?:taking part|participating|joining|investing)", "inv", "tgt?"),
    Cue(INVESTED, r"\b(?:and\s+)?{inv:Es}\s+among\s+(?:its|their|⟦C\d+b?⟧)\s+(?:\w+\s+)?(?:shareholders|investors|backers)",
        "inv", "tgt?"),
    Cue(INVESTED, r"{tgt:C}~~\b(?:is|was)\s+(?:backed|funded)\s+by\s+(?:investors\s+(?:including|such as)\s+)?{inv:Es}",
        "inv", "tgt"),
    Cue(INVESTED, r"{tgt:C}~~,\s+{inv:Es}\s+among\s+(?:the\s+)?(?:backers|investors)", "inv", "tgt"),
    # -- more employment -----------------------------------------------------------
    Cue(WORKS_AT, rf"{{p:P}},?\s+(?:who|which)\s+(?P<verb>is|was|had been|has been|will be|became)\s+(?:now\s+|also\s+)?"
        rf"(?:the\s+)?{{c:C}}{POSS}\s+{MOD}{ROLE}", "p", "c"),
    Cue(WORKS_AT, rf"{{p:P}},?\s+(?:who|which)\s+(?P<verb>is|was|had been|has been|will be|became)\s+(?:now\s+|also\s+)?"
        rf"(?:the\s+)?{MOD}{ROLE}\s+(?:of|at)\s+{{c:C}}", "p", "c"),
    Cue(WORKS_AT, rf"{{p:P}}~~\b{_BECOME}\s+(?:the\s+)?(?:new\s+)?(?:{{c:C}}{POSS}?\s+)?{MOD}{ROLE}(?!\s+(?:of|at)\b)",
        "p", "c?"),
    Cue(WORKS_AT, rf"{{p:P}}~~\b{_BECOME}\s+(?:the\s+)?(?:new\s+)?{MOD}{ROLE}\s+(?:of|at)\s+{{c:C}}", "p", "c"),
    Cue(WORKS_AT, rf"{{p:P}}~~\b(?:had\s+|has\s+)?(?:stepped down|steps down|will step down|resigned|is stepping down)\s+"
        rf"as\s+(?:{{c:C}}\s+)?{ROLE}(?!\s+(?:of|at)\b)", "p", "c?", "former"),
    Cue(WORKS_AT, rf"{{c:C}},?~~\b(?:led|run|headed|chaired)\s+by\s+(?:{{c2:C}}\s+)?(?:{MOD}{ROLE}\s+)?{{p:P}}", "p", "c",
        "current"),
    Cue(WORKS_AT, rf"{{p:Pl}},?\s+(?:who|which)\s+(?:both\s+|all\s+)?(?:previously\s+|formerly\s+|once\s+|had\s+)?"
        r"(?:worked at|worked for|came from|was at|were at|worked in)\s+{c:C}", "p", "c", "former"),
    Cue(WORKS_AT, r"{p:P},?\s+(?:who|which)\s+(?:previously|formerly|once)\s+(?:led|ran|headed|worked at|worked for|"
        r"served at|managed)~~\b(?:at|of|for)?\s*{c:C}", "p", "c", "former"),
    Cue(WORKS_AT, r"{p:P}~~\bafter\s+(?:a\s+)?(?:stints?|years|a decade|spells?)\s+at\s+{c:Cs}", "p", "c", "former"),
    Cue(WORKS_AT, r"{p:P},\s+(?:a|an|the)\s+(?:former|ex-)\s*[\w\- ]{2,40}?\s+(?:at|of|in|for)\s+{c:C}", "p", "c",
        "former"),
    Cue(WORKS_AT, rf"\b(?P<mod>former|ex-)\s*{{c:C}}\s+[\w\- ]{{0,25}}?\b(?:chief|executive|researcher|engineer|scientist|"
        r"head|leader|director)\s+{p:P}", "p", "c", "former"),
    Cue(WORKS_AT, r"{p:P}~~\b(?:is leaving|will leave|is stepping down from|was leaving|leaves)\s+{c:C}", "p", "c",
        "former"),
    Cue(WORKS_AT, r"{p:P}~~\b(?:is leaving|will leave|leaves|left)\b~~\bto join\s+{c:C}", "p", "c", "incoming"),
    Cue(WORKS_AT, r"{p:P}~~\b(?:will lead|will head|will run|to lead|to head|will oversee)\b~~\b(?:at|of)\s+{c:C}", "p", "c",
        "incoming"),
    Cue(WORKS_AT, rf"{{c:C}}{POSS}\s+(?:hiring|hire|appointment|recruitment|poaching)\s+(?:[\w ]{{0,20}}\s+)?of\s+{{p:P}}",
        "p", "c", "current"),
    Cue(WORKS_AT, r"{p:P},?\s+(?:a|the)\s+(?:partner|managing partner|general partner|founding partner)\s+(?:at|of|with)\s+"
        r"{c:C}", "p", "c", "current"),
    Cue(WORKS_AT, rf"{{c:C}}~~\b(?:will hire|hired|hires|agreed to hire|is hiring)\s+{{c2:C}}{POSS}\s+{MOD}{ROLE},?\s+{{p:P}}",
        "p", "c", "incoming"),
    # -- more founders ---------------------------------------------------------------
    Cue(FOUNDED, r"{p:P},?\s+(?:who|which)\s+(?:also\s+)?(?:co-?founded|founded|cofounded|helped (?:to\s+)?found|"
        r"started)\s+{c:C}", "p", "c"),
    Cue(FOUNDED, r"{c:C},?~~\b(?:co-?founded|founded|started)\s+(?:in\s+\d{4}\s+|last year\s+|this year\s+)?by\s+"
        r"(?:(?:former|ex-)\s+)?(?:⟦C\d+b?⟧\s+)?(?:[\w\-]+\s+){0,3}?{p:Ps}", "p", "c"),
    Cue(FOUNDED, r"{p:P}~~\b(?:founded|co-founded|started)\s+{c:C}~~\b(?:together with|along with|with)\s+{p2:Ps}",
        "p,p2", "c"),
    Cue(FOUNDED, rf"{{c:C}}{POSS}?\s+(?:co-?founders?)\s*,?\s+{{p:Ps}}", "p", "c"),
    # -- more clients ---------------------------------------------------------------
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:named|chose|selected|picked|designated|made)\s+{v:C}\s+(?:as\s+)?(?:its|their|⟦C\d+b?⟧)\s+"
        r"(?:[\w\-]+\s+){0,5}?(?:provider|supplier|vendor|partner)", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{v:C}~~\b(?:will remain|remains|is|became|will be)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:provider|supplier|"
        r"vendor)\s+(?:for|to|of)\s+{cl:C}", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:C},\s+(?:the|a|an)\s+(?:\w+\s+){0,2}?(?:customer|client)\s+of\s+{v:C}", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{v:C}~~\b(?:counts|lists)\s+{cl:Cs}~\bamong\s+(?:its|their|⟦C\d+b?⟧)\s+(?:\w+\s+)?(?:customers|clients)",
        "cl", "v", "active"),
    Cue(CLIENT_OF, rf"{{cl:C}}~~\b(?:uses|used|relies on|licenses|licensed|runs on)\s+{{v:C}}{POSS}?\s+(?:[\w\-]+\s+)?"
        r"(?:technology|chips|cloud|models|designs|services|platform|software|processors|systems|infrastructure)",
        "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:pulling back from|pulled back from|pulls back from|pull back from|winding down (?:its )?"
        r"(?:work|business) with)\s+{v:C}", "cl", "v", "reducing"),
    Cue(CLIENT_OF, rf"{{cl:C}}~~\b(?:deploys?|deployed|deploying|will deploy)\s+(?:[\w\-]+\s+){{0,5}}?{{v:C}}{POSS}?\s+"
        r"(?:[\w\-]+\s+){0,2}?(?:systems|chips|GPUs|processors|accelerators|servers)", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{v:C}~~\b(?:cut off|revoked|cuts off|blocked|has cut off)\s+{cl:C}(?:'s|’s)?\s+access", "cl", "v",
        "ended"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:plans|planned|is planning|intends|decided|will)\s+to\s+(?:end|cut|sever|terminate)\s+"
        r"(?:its\s+)?(?:work|ties|contract|relationship|business)\s+with\s+{v:C}", "cl", "v", "reconsidering"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:purchase|purchasing|procurement)\s+(?:deal|agreement|contract)\s+with\s+{v:C}",
        "cl", "v", "active"),
    Cue(CLIENT_OF, r"{v:C}~~\b(?:supply|sales)\s+(?:deal|agreement|contract)\s+with\s+{cl:C}", "cl", "v", "active"),
    # -- more competition and partnership ------------------------------------------
    Cue(COMPETES_WITH, rf"{{a:C}}{POSS}\s+(?:\w+\s+)?rivalry\s+with\s+{{b:C}}", "a", "b"),
    Cue(COMPETES_WITH, rf"{{a:C}},[^⟦]{{0,80}}?\b(?:and\s+)?(?:now\s+|is\s+)?{{b:C}}{POSS}?\s+(?:[\w\.\-]+\s+){{0,4}}?"
        r"(?:rival|competitor)\b", "a", "b"),
    Cue(COMPETES_WITH, r"\b(?:rival|rivals|competitor)\s+{b:C}", "a?", "b"),
    Cue(COMPETES_WITH, r"{a:Cs}\s+(?:all\s+|both\s+)?(?:compete|competes)\s+(?:directly\s+)?with\s+{b:Cs}", "a", "b"),
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:rivals|competitors)\s+(?:such as|including|like)\s+{b:Cs}", "a", "b"),
    Cue(COMPETES_WITH, r"{a:C}~~\b(?:challenge|threat)\s+to\s+{b:C}", "a", "b"),
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:licens\w+|will license|agreed to license)\s+(?:{b:C}(?:'s|’s)?\s+|the startup's\s+)"
        r"(?:[\w\-]+\s+){0,3}?(?:technology|models|patents|software|intellectual property)", "a", "b"),
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:licensing|license)\s+(?:deal|agreement|pact)\s+with\s+{b:C}", "a", "b"),
    Cue(PARTNERS_WITH, r"{a:C}~~\b(?:team up|teamed up|will team up|jointly develop|will jointly develop|co-develop)\s+"
        r"(?:with\s+{b:C})?", "a", "b?"),
    Cue(WORKS_AT, rf"(?<![\w,] )\b(?:{MOD}){ROLE}\s+{{p:P}}(?=\s+(?:said|says|told|wrote|added|has|had|is|was|will))",
        "p", "c?"),
    Cue(WORKS_AT, rf"{{c:C}}~~\b(?:will|has|had)?\s*(?:instead\s+|also\s+)?(?:hire|hired|hires|poach|poached)\s+{{c2:C}}{POSS}\s+"
        rf"{MOD}{ROLE},?\s+{{p:P}}", "p", "c", "incoming"),
    Cue(WORKS_AT, rf"\band\s+(?:served|serves|had served)\s+as\s+(?:{{c:C}}{POSS}?\s+)?{MOD}{ROLE}", "p?", "c", "former"),
    Cue(WORKS_AT, rf"\band\s+(?P<verb>is|was)\s+(?:now\s+)?(?:the\s+)?{{c:C}}{POSS}\s+{MOD}{ROLE}", "p?", "c"),
    Cue(WORKS_AT, r"{p:P},?\s+(?:who\s+)?(?:previously|formerly|once)\s+(?:led|ran|headed|worked at|worked for|served at|"
        r"managed)~~\b(?:at|of|for)?\s*{c:C}", "p", "c", "former"),
    Cue(WORKS_AT, rf"{{p:Ps}}~~\b(?:will join|is joining|joins|is set to join|agreed to join|will move to)\s+{{c:C}}", "p", "c",
        "incoming"),
    Cue(FOUNDED, r"{c:C},\s+(?:the|a|an)\s+[\w\- ]{0,40}?\s+{p:P}\s+(?:co-?founded|founded|cofounded|helped (?:to\s+)?"
        r"(?:start|found)|started|set up)", "p", "c"),
    Cue(FOUNDED, r"\b(?:co-?founder|cofounder)\s+{p:P}", "p", "c?"),
    Cue(WORKS_AT, r"{p:Ps},\s+(?:of|at|from)\s+{c:C}(?=[,.;]|\s+(?:and|who|said|won|have|has))", "p", "c", "current"),
    Cue(INVESTED, r"{inv:C}\s+(?:deepens|doubles down on|ups|raises|increases|boosts)\s+(?:its\s+)?(?:bets?|stakes?|"
        r"investment)?\s*(?:on|in)?\s*{tgt:C}", "inv", "tgt"),
    Cue(CLIENT_OF, rf"{{cl:C}}~~\b(?:is|was|remains|became|has become)\s+(?:also\s+)?{{v:C}}{POSS}\s+(?:largest|biggest|main|"
        r"major|top|first|key|anchor|single largest)?\s*(?:customer|client)", "cl", "v", "active"),
    Cue(ACQUIRED, r"{buyer:E}\s+(?:to|will|agrees to|plans to)\s+(?:buy|acquire)\s+(?:[\w\-]+\s+){0,3}?(?:startup|company|"
        r"firm|rival|maker|provider|platform|lab|developer)\s+{tgt:C}", "buyer", "tgt"),
    Cue(PARTNERS_WITH, r"{a:C}?~~\b(?:agreed to license|will license|licenses|licensed|to license)\s+{b:C}(?:'s|’s)?\s+"
        r"(?:[\w\-]+\s+){0,3}?(?:technology|models|patents|software|intellectual property)", "a?", "b"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:wound down|winds down|wind down|has wound down|had wound down|is winding down)\s+"
        r"(?:its\s+|their\s+|⟦C\d+b?⟧\s+)?(?:work|business|relationship|contract|contracts)\s+with\s+{v:C}", "cl", "v", "ended"),
    Cue(CLIENT_OF, r"{v:C}~~\b(?:also\s+)?(?:works for|worked for|serves|served|does work for)\s+{cl:Cs}", "cl", "v",
        "active"),
    Cue(WORKS_AT, r"{p:P}~~\b(?P<verb>is leaving|is stepping down|will step down|steps down|is departing|will leave|"
        r"is exiting)\b(?!\s+⟦)", "p", "c?", "former"),
    Cue(CLIENT_OF, r"{v:C}~~\b(?:customers|clients)\s+(?:including|such as|like|that include|among them)\s+{cl:Cs}", "cl", "v",
        "active"),
    Cue(FOUNDED, r"\b(?:Founded|Co-founded|Started)\s+(?:in\s+\d{4}\s+)?by\s+{p:Ps},\s+{c:C}", "p", "c"),
    Cue(WORKS_AT, rf"{{p:P}}\s+(?P<verb>is|was|will be|remains|has been)\s+(?:now\s+|also\s+|still\s+)?(?:the\s+)?{{c:C}}{POSS}?\s+"
        rf"{MOD}{ROLE}", "p", "c"),
    Cue(WORKS_AT, rf"\band\s+{{p:P}}\s+{{c:C}}{POSS}?\s+{MOD}{ROLE}\b", "p", "c"),
    Cue(COMPETES_WITH, r"{a:C}~~\bin\s+(?:direct\s+|head-on\s+)?competition\s+with\s+{b:Cs}", "a", "b"),
    Cue(CLIENT_OF, rf"{{cl:C}},\s+{{v:C}}{POSS}\s+(?:largest|biggest|main|top|major|key)\s+(?:customer|client)", "cl", "v", "active"),
    Cue(CLIENT_OF, r"{cl:C}~~\b(?:is reviewing|reviewing|will review|is renegotiating|renegotiating)\s+(?:its\s+|⟦C\d+b?⟧\s+)?"
        r"(?:contract|relationship|agreement)", "cl", "v?", "reconsidering"),
    Cue(WORKS_AT, r"{p:Pl}\s+(?:both\s+|all\s+)?(?:previously|formerly|once|had)\s+(?:worked at|worked for|been at|were at)\s+"
        r"{c:C}", "p", "c", "former"),
    Cue(INVESTED, rf"{{inv:Cs}}\s+(?:are|is|were|was)\s+(?:also\s+)?among\s+{{tgt:C}}{POSS}\s+(?:\w+\s+)?(?:investors|backers|"
        r"shareholders)", "inv", "tgt", stative=True),
    # a round's participants named after it: "with participation from X and Y", "con la participación de X"
    Cue(INVESTED, r"\b(?:participation|backing|support|money|funding|capital)\s+(?:also\s+)?(?:from|of|by)\s+"
        r"(?:(?:existing|new|other|returning)\s+)?(?:(?:investors?|backers?)\s+)?(?:(?:such as|including|like)\s+)?"
        r"{inv:Es}(?!\s*(?:in|into|to)\s+⟦)", "inv", "tgt?"),
]

# "OpenAI made a similar decision": the previous claim, with this subject.
ELLIPSIS = (r"{x:C}~~\b(?:(?:made|took|has made|had made)\s+(?:a similar decision|the same decision|a similar move)|"
            r"did\s+the\s+same)")

# "Mistral AI has raised €600 million": later round participants invest in it.
RAISED = (r"{r:C}?~~\b(?:raised|raises|has raised|had raised|secured|has secured|closed|landed|announced|"
          r"completed|drew|attracted|is raising)\b~~(?:⟦\$\d+⟧|round|funding|financing)")
