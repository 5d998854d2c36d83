"""The appositions that call a name a thing, not a party: a format, a library, a chip, an assistant.

A capitalized name a sentence describes so ("Delta Lake, the format Databricks created", "Blue, el asistente
virtual que ya utiliza modelos de OpenAI", "AI6, el chip de próxima generación") is a product or a standard,
so loaders.name_spotter finds no company in it. A company's own description ("el fabricante de chips", "the library
maker") is not one: its head noun comes first, or the thing is followed by a maker word."""

import re

_EN = (r"(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:format|standard|protocol|framework|library|programming language|catalog)\b"
       r"(?!\s+(?:maker|developer|company|startup|firm|provider))")
# (Spanish puts the kind first and the maker after "de": "el chip de Tesla" is still a chip; the words a company is
# described by may not stand before the kind: "el fabricante del chip", "la creadora del asistente")
_ES = (r"(?:el|la|un|una)\s+(?:(?!(?:fabricante|empresa|compañía|firma|startup|creador|creadora|desarrollador|"
       r"desarrolladora|diseñador|diseñadora|proveedor|proveedora)\b)[\w\-]+\s+){0,3}?"
       r"(?:formato|estándar|protocolo|librería|biblioteca|lenguaje de programación|chip|procesador|asistente|"
       r"chatbot|algoritmo|avión|dron|supercomputador|superordenador)\b")
THING_APPOSITION = re.compile(rf",\s+(?:{_EN}|{_ES})")
