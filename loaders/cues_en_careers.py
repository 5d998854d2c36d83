"""English cues for careers told around the job titles (loaders.cues_en holds the titles themselves, hires and
departures).

People who built, created or developed something at a company worked there at the time: "Blue and Weeks began
building Iceberg at Netflix", "she developed the chip at Apple", "X, who previously designed chips at Apple, AMD and
Intel"; a person who takes over a company's team or business, or heads a unit named after it, works there; stints
listed as a résumé lists them, a past post in a relative clause, and a post lost ("out as Intel CEO", "was pushed
out") are former jobs; people who launch a new startup, named after its description, founded it. Each phrasing
is general; none is written for one sentence.
"""

from __future__ import annotations

from graph.schema import FOUNDED, WORKS_AT
from loaders.cues import Cue
from loaders.title_words import MOD, POSS, ROLE

# Past forms only (the work is done, so the job is a former one); a company's possessive after "at" names a place or an
# event of its ("at Google's I/O conference"), not an employer. A few words of object at most, with no name in them.
_MADE = (r"(?:(?:began|begun|started)\s+(?:building|developing|creating|designing|writing|working on)|built|developed|"
         r"created|co-created|designed|invented|wrote|helped (?:build|create|develop|design)|worked on)")
EN: list[Cue] = [
    Cue(WORKS_AT, rf"{{p:Ps}}(?:,?\s+who)?\s+(?:(?:first|originally|jointly|together|previously|formerly|once|had|"
        rf"earlier)\s+)*{_MADE}\s+(?:(?:[\w\-]+|⟦U\d+⟧)\s+){{1,5}}?at\s+{{c:Cs}}(?!\s*(?:'s|’s|-))", "p", "c", "former",
        keys=frozenset({"began", "begun", "started", "built", "developed", "created", "co-created", "designed",
                        "invented", "wrote", "helped", "worked"})),
]

# A unit of a company taken over by a person is a job there: "X, who had taken over Apple's search team", "took over
# Google's cloud business in 2019" (with the company's possessive and a unit after it: "took over Twitter" is a
# purchase). As for "ran" or "led", a past verb tells a former job.
_UNIT = (r"(?:team|teams|group|unit|division|business|department|organization|organisation|operations|arm|lab|labs|"
         r"effort|efforts|work|program|programme|project|strategy|research|engineering)")
EN.append(Cue(WORKS_AT, r"{p:P}~~\b(?P<verb>took over|had taken over|has taken over|takes over|is taking over|will take "
              r"over|was put in charge of|is in charge of|was in charge of)\s+(?:the\s+)?{c:C}(?:'s|’s)\s+"
              r"(?:[\w\-]+\s+|⟦U\d+⟧\s+|[\w\-]+,\s+){0,6}?" + _UNIT + r"\b", "p", "c", "current", future="incoming",
              past="former", keys=frozenset({"took", "taken", "takes", "taking", "take", "charge"})))

# A company founded, named after a description of it: "Mira Murati has launched a new startup, Thinking Machines
# Lab, to ...", "Musk and Altman are launching a nonprofit artificial intelligence research company, OpenAI" (the
# founding verbs "launch", "start" or "create" alone take known names only: here the noun says a company is meant).
EN.append(Cue(FOUNDED, r"{p:Ps}~~\b(?:launched|launches|launch|launching|started|starts|start|starting|founded|"
              r"co-founded|set up|sets up|setting up|formed|forms|created|creates|creating)\s+(?:a|an|her|his|their)\s+"
              r"(?:own\s+)?(?:new\s+)?(?:[\w\-]+\s+){0,4}?(?:startup|start-up|company|firm|venture|lab|laboratory|business)"
              r",\s+{c:C}", "p", "c",
              keys=frozenset({"startup", "start-up", "company", "firm", "venture", "lab", "laboratory", "business"})))

# Colleagues who leave with someone leave the same company: "X resigned in March along with colleagues Y and Z", "X left
# Stability AI with fellow researchers Y and Z" (the company is the one left, else the one the fallback finds for a job).
EN.append(Cue(WORKS_AT, r"⟦P\d+⟧(?:,(?:[^,;⟦]|⟦[CU]\d+b?⟧){1,100}?,)?\s+(?:has\s+|had\s+)?(?P<verb>left|resigned|quit|departed|"
              r"exited|stepped down)(?:\s+from)?\s+(?:{c:C}\s+)?(?:(?:in|on|last|this|earlier this)\s+[\w\-]+(?:\s+\d{4})?\s*)?,?"
              r"\s+(?:along with|together with|alongside|with)\s+(?:(?:fellow|former)\s+)?(?:colleagues?\s+|co-?workers\s+|"
              r"(?:[a-z][\w\-]*\s+){0,2}?(?:researchers|engineers|executives|scientists)\s+)?{p:Ps}", "p", "c?", "former",
              keys=frozenset({"along", "together", "alongside", "with"})))

CUES: dict[str, list[Cue]] = {"en": EN, "es": []}

# Stints named on their own, as a résumé lists them: "X, the architect whose resume includes stints at Apple, AMD and
# Intel", "X, who had stints at Google and Meta" (a stint is a job that ended; "after stints at" is read in
# loaders.cues_en with the other careers).
EN.append(Cue(WORKS_AT, r"{p:P}~~\b(?:stints|stint|spells|spell)\s+(?:as\s+(?:an?\s+)?(?:[\w\-]+\s+){1,3}?)?(?:at|with)\s+"
              r"{c:Cs}(?!\s*(?:'s|’s|-))", "p", "c", "former", keys=frozenset({"stints", "stint", "spells", "spell"})))

# A job told in the past in a person's relative clause, maybe past the person's own apposition: "Lamond, a former
# Sequoia Capital partner who was an early executive at National Semiconductor" (a job the person "is" in is read by the
# title cues; "was" tells it is over).
_WORK = (r"(?:executive|engineer|researcher|scientist|manager|employee|director|vice president|partner|staffer|"
         r"designer|developer|analyst|programmer)s?")
EN.append(Cue(WORKS_AT, r"{p:P},\s+(?:(?:a|an|the)\s+(?:[^⟦,;.]|⟦C\d+b?⟧){1,60}?\s+)?who\s+(?:was|had been)\s+(?:an?|the)\s+"
              r"(?:(?:early|senior|top|longtime|long-time|veteran|founding|lead|principal|staff)\s+)?(?:[\w\-]+\s+)?" + _WORK +
              r"\s+(?:at|with|of)\s+{c:C}(?!\s*(?:'s|’s|-))", "p", "c", "former", keys=frozenset({"who"})))

# A job lost, told as headlines put it: "Pat Gelsinger out as Intel CEO", "Sam Altman is out as chief executive of
# OpenAI" (the person is "out" of the post named after "as").
_OUT_AS = r"{p:P}\s+(?:is\s+|was\s+|now\s+)?out\s+as\s+(?:the\s+)?"
EN += [
    Cue(WORKS_AT, _OUT_AS + rf"{{c:C}}{POSS}?\s+{MOD}{ROLE}", "p", "c", "former", keys=frozenset({"out"})),
    Cue(WORKS_AT, _OUT_AS + rf"{MOD}{ROLE}\s+(?:of|at)\s+{{c:C}}", "p", "c", "former", keys=frozenset({"out"})),
]

# ... or told with the company unsaid, the story's: "a search that began when Pat Gelsinger was pushed out in December"
EN.append(Cue(WORKS_AT, r"{p:P}\s+(?:was|had been|has been|were|have been)\s+(?:abruptly\s+)?(?:pushed out|forced out|ousted|"
              r"fired|sacked|dismissed)\b(?!\s+(?:from|of|at|by)\s)", "p", "c?", "former",
              keys=frozenset({"pushed", "forced", "ousted", "fired", "sacked", "dismissed"})))

# The head of a unit named after its company: "Michelle Johnston Holthaus, the head of its Intel Products division",
# "head of the Microsoft Cloud unit" (the company's name opens the unit's; a unit of capitals follows it).
EN.append(Cue(WORKS_AT, r"{p:P},\s+(?:the\s+|a\s+)?(?:(?:former|interim|acting|new)\s+)?(?:head|chief|leader|president|"
              r"general manager|boss)\s+of\s+(?:its|the|their)\s+{c:C}\s+(?:[A-Z][\w\-]*\s+){0,3}(?:division|unit|group|"
              r"business|arm|team|lab|labs|segment|organization)\b", "p", "c", "current",
              keys=frozenset({"division", "unit", "group", "business", "arm", "team", "lab", "labs", "segment",
                              "organization"})))

# People named together and described together: "brothers X and Y, former investment bankers at Macquarie, who ..."
# (each of them held the job the plural noun names; "former" tells it ended)
_PEOPLE_WORK = (r"(?:executives|engineers|researchers|scientists|managers|employees|directors|partners|staffers|bankers|"
                r"analysts|officials|consultants|professors|developers|designers|programmers|lawyers|traders)")
EN.append(Cue(WORKS_AT, r"{p:Pl},\s+(?:both\s+|all\s+)?(?:former|onetime|one-time|ex-)\s*(?:[\w\-]+\s+){0,3}?" +
              _PEOPLE_WORK + r"\s+(?:at|of|with)\s+{c:Cs}(?!\s*(?:'s|’s|-))", "p", "c", "former",
              keys=frozenset({"former", "onetime", "one-time", "ex"})))

# A founder who runs what was founded: "Ampere was founded in 2017 by X, a former president of Intel, who runs it as
# chief executive", "Founded in 2021 by X, who runs it as chief executive alongside his role at Y, Isomorphic uses ..."
# ("it" is the company founded: the sentence's subject, or the main clause's after a fronted participle)
_RUNS_IT = r",\s+who\s+(?:now\s+|still\s+|also\s+)?(?:runs|leads|heads|manages|chairs)\s+it\b"
# (two founders who run it together: "was set up in 2013 by X and Y, who run it as chief executive and chief
# technology officer respectively")
_RUN_IT = r",\s+who\s+(?:now\s+|still\s+|also\s+|both\s+|jointly\s+)*(?:run|lead|head|manage)\s+it\b"
_FOUNDED_BY = r"(?:co-?founded|founded|started|set up|created)\s+(?:in\s+\d{4}\s+)?by\s+{p:P}"
EN += [
    Cue(WORKS_AT, r"{c:C},?\s+(?:was|has been)\s+" + _FOUNDED_BY + r"(?:,\s+(?:a|an|the)\s+(?:[^,;⟦]|⟦[CU]\d+b?⟧){1,60}?)?" +
        _RUNS_IT, "p", "c", "current", keys=frozenset({"runs", "leads", "heads", "manages", "chairs"})),
    Cue(WORKS_AT, r"{c:C},?\s+(?:was|has been)\s+" + _FOUNDED_BY.replace("{p:P}", "{p:Pl}") + _RUN_IT, "p", "c", "current",
        keys=frozenset({"run", "lead", "head", "manage"})),
    Cue(WORKS_AT, r"^\W*(?i:" + _FOUNDED_BY.replace("{p:P}", ")") + r"{p:P}" + _RUNS_IT +
        r"(?:[^⟦;.]|⟦[CPU]\d+b?⟧)*?,\s+{c:C}(?=\s+[a-z])", "p", "c", "current",
        keys=frozenset({"runs", "leads", "heads", "manages", "chairs"})),
]
# Where someone came from when they joined, with the company joined left unsaid: "X, Workday's president of
# product, who joined from Google Cloud last year", "had joined the board from Jungle Ventures", "after joining from SAP"
EN.append(Cue(WORKS_AT, r"{p:P}(?:,\s+(?:[^⟦;.]|⟦C\d+b?⟧){1,80}?)?\s+(?:had\s+|has\s+)?(?:joined|joining|joins)\s+"
              r"(?:(?:the|its|their)\s+(?:board|company|team|firm|group|startup|bank)\s+)?(?:last year\s+|in\s+\d{4}\s+)?"
              r"from\s+(?:(?:rival|fellow)\s+)?{c:C}", "p", "c", "former", keys=frozenset({"joined", "joining", "joins"})))

# Colleagues who leave with someone leave the same company: "X resigned in March along with colleagues Y and Z", "X left
# Stability AI with fellow researchers Y and Z" (the company is the one left, else the one the fallback finds for a job).
EN.append(Cue(WORKS_AT, r"⟦P\d+⟧(?:,(?:[^,;⟦]|⟦[CU]\d+b?⟧){1,100}?,)?\s+(?:has\s+|had\s+)?(?P<verb>left|resigned|quit|departed|"
              r"exited|stepped down)(?:\s+from)?\s+(?:{c:C}\s+)?(?:(?:in|on|last|this|earlier this)\s+[\w\-]+(?:\s+\d{4})?\s*)?,?"
              r"\s+(?:along with|together with|alongside|with)\s+(?:(?:fellow|former)\s+)?(?:colleagues?\s+|co-?workers\s+|"
              r"(?:[a-z][\w\-]*\s+){0,2}?(?:researchers|engineers|executives|scientists)\s+)?{p:Ps}", "p", "c?", "former",
              keys=frozenset({"along", "together", "alongside", "with"})))

CUES: dict[str, list[Cue]] = {"en": EN, "es": []}

# People who met at a company, where they worked: "X and Y met at OpenAI, where both worked as researchers" (past forms
# only: the job is told as a former one)
_WHERE_WORKED = (r",\s+where\s+(?:{who})\s+(?:(?:also|previously|once|both|all|then|later|briefly|first|had)\s+)*"
                 r"(?:worked|were working|was working|were employed|was employed|spent)\b")
EN.append(
    Cue(WORKS_AT, r"{p:Ps}\s+(?:(?:first|had|have|originally)\s+)?met\s+(?:(?:[^⟦.;,]){1,30}?\s+)?at\s+{c:C}"
        + _WHERE_WORKED.format(who=r"both|all three|all four|the two|the three|they|all of them|each"), "p", "c", "former",
        keys=frozenset({"met"})))
