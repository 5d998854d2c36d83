"""Language detection and sentence splitting: small pure functions over text."""

from __future__ import annotations

import re

from loaders.types import Sentence

_ES = frozenset("el la los las de del que en y por con para una un su sus es se al lo como más "
                "pero sobre fue ha han según tras también este esta".split())
_EN = frozenset("the of and to in is that for on with as by was it its has have from at an "
                "which said will are this be were after also".split())


def detect_language(text: str) -> str:
    """'es' or 'en', by counting frequent function words."""
    words = re.findall(r"[a-záéíóúñü]+", text[:4000].lower())
    es = sum(w in _ES for w in words)
    en = sum(w in _EN for w in words)
    return "es" if es > en else "en"


# Tokens ending in a period that do not end a sentence.
_ABBREVIATIONS = frozenset(
    "sr sra srs dr dra lic ing inc corp co ltd jr st mr mrs ms prof vs etc "
    "ee uu u.s a.m p.m no núm dept gen gob av s.a s.l u.k e.u approx est "
    "jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic".split()
)
_BOUNDARY = re.compile(r"[.!?…]+[\"»”’')\]]*(?=\s+|$)")
# (or a brand spelled with a lowercase initial and a capital after it: "... the companies said. iRobot also said")
_STARTER = re.compile(r"\s+[\"«“‘(¿¡]?(?:[A-ZÁÉÍÓÚÑÜ0-9]|[a-z][A-Z])")


def _word_before(text: str, end: int) -> str:
    """The run of word characters and dots that ends at `end` (what `[\\w.]+$` finds in text[:end]),
    found by walking back: a search over text[:end] made a long line's splitting quadratic."""
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._"):
        start -= 1
    return text[start:end]


def _ends_sentence(text: str, dot: int, end: int) -> bool:
    """Is the boundary match at [dot, end) a real sentence end?"""
    if text[dot] == ".":
        token = _word_before(text, dot).lower()
        if token in _ABBREVIATIONS or token.rstrip(".") in _ABBREVIATIONS:
            return False
        if len(token) == 1 and token.isalpha():  # initials: "J. Smith", "EE. UU."
            return False
        if re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):  # "U.S", "e.g"
            return False
    # A sentence ends where the next one starts with a capital, a digit or an opening mark.
    return end >= len(text) or bool(_STARTER.match(text, end))


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets; line breaks (headlines, list items) always end one."""
    out: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        chunk = line.group()
        cut = 0
        for match in _BOUNDARY.finditer(chunk):
            if _ends_sentence(chunk, match.start(), match.end()):
                _append(out, text, start + cut, start + match.end())
                cut = match.end()
        _append(out, text, start + cut, start + len(chunk))
    return out


# Longer "sentences" (a list with no full stop, a dump on one line) are cut at a space: matching
# cues costs more than linearly in a sentence's length, and no news sentence is this long.
MAX_SENTENCE = 1000


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _append_one(out, text, start, cut)
        start = cut
    _append_one(out, text, start, end)


_WORDLIKE = re.compile(r"\w")


def _append_one(out: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip(" \t-–—•*#>")
    if not stripped or not _WORDLIKE.search(stripped):
        return
    lead = piece.index(stripped[0])
    out.append(Sentence(len(out), start + lead, start + lead + len(stripped), stripped))
