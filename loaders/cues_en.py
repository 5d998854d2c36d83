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
    Cue(WORKS_AT, rf"{{c:C}}~~\b{_HIRE}\s+{{p:P}}(?:~\bas\s+(?:its\s+)?(?:new\s+)?{ROLE})?", "p", "c", "current"),
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
        r"(?:with\s+)?{v:C}", "cl", "v", "ended"),
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
]

# "OpenAI made a similar decision": the previous claim, with this subject.
ELLIPSIS = (r"{x:C}~~\b(?:(?:made|took|has made|had made)\s+(?:a similar decision|the same decision|a similar move)|"
            r"did\s+the\s+same)")
