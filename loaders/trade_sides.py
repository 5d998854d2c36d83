"""Which side of a trade sells: the check a client cue makes of its vendor, and of its client when the words
alone do not say who buys.

"ended its collaboration with Y" is a client leaving only if Y sells something (`vendor_like`: a vendor's kind in
the registry, or a word such as "provider" after its name in the story). "X signed a $10 billion contract with Y"
names no buyer at all: news tells such a contract by its two parties, and which of them sells is what each is
(a chipmaker, a cloud or a vendor sells; a lab, a carmaker or a bank buys). Only a pair where exactly one side is
a seller by kind is read (`one_seller`); two clouds or two unknown companies are left alone.
"""

from __future__ import annotations

import re

from loaders.entities import Gazetteer

VENDOR_KINDS = frozenset({"vendor", "cloud", "chipmaker"})
_VENDOR_WORDS = re.compile(r"proveedor|provider|supplier|vendor|servicio de|contratista|contractor", re.I)
# (a fund's contract with a chipmaker is most often money put in, not goods bought)
_NEVER_BUYER_KINDS = VENDOR_KINDS | {"investor"}


def vendor_like(gazetteer: Gazetteer, vendor: str, document: str) -> bool:
    entity = gazetteer.by_id[vendor]
    if entity.kind in VENDOR_KINDS:
        return True
    for name in (entity.name, *entity.aliases):
        for m in re.finditer(re.escape(name), document):
            if _VENDOR_WORDS.search(document[m.end():m.end() + 60]):
                return True
    return False


def one_seller(gazetteer: Gazetteer, client: str, vendor: str) -> bool:
    """Whether the vendor sells by its kind and the client does not (nor invests by it)."""
    return gazetteer.by_id[vendor].kind in VENDOR_KINDS and gazetteer.by_id[client].kind not in _NEVER_BUYER_KINDS


def sells(check: bool | str, gazetteer: Gazetteer, client: str, vendor: str, document: str) -> bool:
    """A cue's vendor check: "kinds" asks `one_seller`, any other true value `vendor_like`."""
    if check == "kinds":
        return one_seller(gazetteer, client, vendor)
    return vendor_like(gazetteer, vendor, document)
