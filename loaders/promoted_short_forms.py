"""Short forms of the companies a document's claims made entities while it was read.

loaders.resolve works out the short forms a story may use ("Scale" for Scale AI) from the names it finds before
reading, the registry's and those discovery added. A name only the name spotter found becomes an entity later, when
a claim takes it ("Qualcomm has agreed to buy Alphawave IP Group"); until its short form is known too, every later
"Alphawave" stays a bare candidate the resolver cannot see, and "The company was founded in 2017 by ..." after
"Alphawave, which is headquartered in London, makes ..." goes to the buyer the story names in full.
"""

from __future__ import annotations

import re

from graph import schema
from loaders.entities import name_key, short_forms

_ACADEMIC = re.compile(r"\b(?:University|Universidad|College|Institute|Instituto)\b")


def note_promoted_short_forms(resolver) -> None:
    """Give the resolver's short forms those of the companies the gazetteer gained since it last looked. Only a
    short form the story keeps using is one (a spotted name is often half a name, and a word once written alone is
    as likely someone else's), nor one a company of the story already answers to, or that names an entity itself."""
    gazetteer, local = resolver.gazetteer, resolver.local
    if len(gazetteer.by_id) <= resolver.seen:
        return
    text = " ".join(s.text for s in resolver.sentences)
    for entity in list(gazetteer.by_id.values())[resolver.seen:]:
        # ("Foo Ventures" led the round: a later "Foo" is as often the founder it is named for; "Thompson Rivers
        # University" is no "Thompson")
        if entity.label != schema.COMPANY or entity.kind == "investor" or _ACADEMIC.search(entity.name):
            continue
        for short in short_forms(entity):
            key = name_key(short)
            if len(re.findall(rf"\b{re.escape(short)}\b", text)) - text.count(entity.name) < 3 or \
                    key in gazetteer.names:
                continue
            if local.setdefault(key, entity.id) != entity.id:
                del local[key]  # two companies of the story share it: it names neither
    resolver.seen = len(gazetteer.by_id)
    resolver.local_firsts = {key.split()[0] for key in local}
