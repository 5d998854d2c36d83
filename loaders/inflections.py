"""Every inflection of the trigger lemmas, grouped by what a frame needs, and regexes over them.

The trigger tables (loaders/triggers_en.py, triggers_es.py) list lemmas:
"invest", "adquirir", "unirse a". The frames need their forms by use: finite
forms for an active clause ("invirtió", "has invested"), participles for a
passive or an adjectival frame ("fue adquirida por", "Amazon-backed"),
gerunds and infinitives ("planea adquirir", "after acquiring").

The forms come from simplemma's dictionaries, read backwards (lemma -> every
form), together with regular conjugation rules: simplemma maps an ambiguous
form to one lemma only ("ficha" -> the noun), so the rules give back what the
dictionary lends elsewhere. The result is stored in `inflections.json` so
extraction needs neither simplemma nor a second of start-up; `python -m
loaders.inflections` regenerates it after a trigger table changes, and a test
checks the stored table is what the generator gives.
"""

from __future__ import annotations

import json
import re
import sys
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("inflections.json")
KINDS = ("finite", "participle", "gerund", "infinitive")

# -- English -------------------------------------------------------------------

_EN_IRREGULAR = {  # lemma: (past, participle)
    "buy": ("bought", "bought"), "take": ("took", "taken"), "lead": ("led", "led"), "leave": ("left", "left"),
    "run": ("ran", "run"), "set": ("set", "set"), "sell": ("sold", "sold"), "put": ("put", "put"),
    "begin": ("began", "begun"), "become": ("became", "become"), "bring": ("brought", "brought"),
    "make": ("made", "made"), "strike": ("struck", "struck"), "quit": ("quit", "quit"), "win": ("won", "won"),
    "give": ("gave", "given"), "hold": ("held", "held"), "keep": ("kept", "kept"), "draw": ("drew", "drawn"),
    "pay": ("paid", "paid"), "spend": ("spent", "spent"), "cut": ("cut", "cut"), "split": ("split", "split"),
    "co-lead": ("co-led", "co-led"), "seek": ("sought", "sought"), "steal": ("stole", "stolen"),
    "shut": ("shut", "shut"), "sink": ("sank", "sunk"), "choose": ("chose", "chosen"),
    "undertake": ("undertook", "undertaken"), "overtake": ("overtook", "overtaken"), "lend": ("lent", "lent"),
}
_VOWEL = "aeiou"


def _en_regular(lemma: str) -> dict[str, set[str]]:
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        stem_ed, stem_ing = lemma[:-1], lemma[:-1]
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in _VOWEL:
        stem_ed, stem_ing = lemma[:-1] + "i", lemma
    elif (len(lemma) >= 3 and lemma[-1] not in _VOWEL + "wxy" and lemma[-2] in _VOWEL and lemma[-3] not in _VOWEL
          and len(re.findall(f"[{_VOWEL}]+", lemma)) == 1):
        stem_ed = stem_ing = lemma + lemma[-1]  # "snap" -> "snapped", "plan" -> "planning"
    else:
        stem_ed, stem_ing = lemma, lemma
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else \
        (lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2] not in _VOWEL else lemma + "s")
    past, participle = _EN_IRREGULAR.get(lemma, (stem_ed + "ed", stem_ed + "ed"))
    return {"finite": {lemma, third, past}, "participle": {participle},
            "gerund": {stem_ing + "ing"}, "infinitive": {lemma}}


# -- Spanish -------------------------------------------------------------------

_ES_ENDINGS = {
    "ar": {"finite": "a an ó aron aba aban ará arán aría arían e en amos ó".split(),
           "participle": "ado ada ados adas".split(), "gerund": ["ando"], "infinitive": ["ar"]},
    "er": {"finite": "e en ió ieron ía ían erá erán ería erían a an emos".split(),
           "participle": "ido ida idos idas".split(), "gerund": ["iendo"], "infinitive": ["er"]},
    "ir": {"finite": "e en ió ieron ía ían irá irán iría irían a an imos".split(),
           "participle": "ido ida idos idas".split(), "gerund": ["iendo"], "infinitive": ["ir"]},
}
_ES_PARTICIPLE = re.compile(r"(?:ad|id|íd)(?:o|a|os|as)$|(?:hech|puest|dich|abiert|escrit|vuelt|rot|vist|cubiert|"
                            r"muert|impres|provist|suelt)(?:o|a|os|as)$")
_ES_GERUND = re.compile(r"(?:ando|iendo|yendo)$")
# Second persons (tú, vos, vosotros) do not occur in news outside quotes addressed to someone.
_ES_SECOND_PERSON = re.compile(r"(?:(?<!mo)s|ste|ad|ed|id)$")


# Irregular participles, by the verb's ending so that compounds share them ("proponer" -> "propuesto",
# "deshacer" -> "deshecho"): simplemma files "puesto" and "hecho" under the nouns, so the dictionary
# never gives them back ("ha puesto 100 millones", "ha abierto una oficina", "han hecho una oferta").
_ES_IRREGULAR_PARTICIPLE = {"poner": "puest", "hacer": "hech", "abrir": "abiert", "cubrir": "cubiert",
                            "volver": "vuelt", "escribir": "escrit", "romper": "rot", "decir": "dich",
                            "solver": "suelt", "morir": "muert", "imprimir": "impres", "proveer": "provist"}
_ES_BOTH_PARTICIPLES = ("imprimir", "proveer")  # "imprimido" and "proveído" are said as well


# "ir" ("irse a Anthropic") has no stem for the regular endings ("a", "en" are no forms of it), and simplemma
# files its preterite "fue", "fueron" under "ser".
_ES_IR = {"finite": {"va", "van", "iba", "iban", "fue", "fueron", "irá", "irán", "iría", "irían", "vaya", "vayan"},
          "participle": {"ido"}, "gerund": {"yendo"}, "infinitive": {"ir"}}


def _es_regular(lemma: str) -> dict[str, set[str]]:
    if lemma == "ir":
        return {kind: set(forms) for kind, forms in _ES_IR.items()}
    stem, ending = lemma[:-2], lemma[-2:]
    table = _ES_ENDINGS.get(ending)
    if not table:
        return {kind: set() for kind in KINDS}
    out = {kind: {stem + suffix for suffix in suffixes} for kind, suffixes in table.items()}
    if ending in ("er", "ir") and stem[-1:] in ("a", "e", "o"):  # "atraído", "poseído": the stress is written
        out["participle"] = {stem + "íd" + suffix for suffix in ("o", "a", "os", "as")}
    for verb, participle in _ES_IRREGULAR_PARTICIPLE.items():
        if lemma.endswith(verb) and lemma != "bendecir" and lemma != "maldecir":
            head = lemma[:-len(verb)] + participle
            regular = out["participle"] if lemma.endswith(_ES_BOTH_PARTICIPLES) else set()
            out["participle"] = regular | {head + ending for ending in ("o", "a", "os", "as")}
    return out


def _es_kind(form: str, lemma: str) -> str | None:
    if form == lemma:
        return "infinitive"
    if _ES_SECOND_PERSON.search(form) and not _ES_PARTICIPLE.search(form):
        return None
    if _ES_PARTICIPLE.search(form):
        return "participle"
    if _ES_GERUND.search(form):
        return "gerund"
    return "finite"


def _en_kind(form: str, lemma: str, regular: dict[str, set[str]]) -> str | None:
    for kind in ("participle", "gerund", "infinitive", "finite"):
        if form in regular[kind]:
            return kind
    return "finite"


def generate(lemmas: dict[str, list[str]]) -> dict:
    """{language: {lemma: {kind: [forms]}}} from simplemma and the rules (needs simplemma installed)."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    factory = DefaultDictionaryFactory()
    out: dict = {}
    for language, wanted in lemmas.items():
        heads = {lemma for lemma in wanted}
        backwards: dict[str, set[str]] = {lemma: set() for lemma in heads}
        for form, lemma in factory.get_dictionary(language).items():
            if lemma in backwards and not form[:1].isupper():
                backwards[lemma].add(form)
        table = {}
        for lemma in sorted(heads):
            regular = (_en_regular if language == "en" else _es_regular)(lemma)
            kinds: dict[str, set[str]] = {kind: set(regular[kind]) for kind in KINDS}
            for form in backwards[lemma] if not (language == "es" and lemma == "ir") else ():
                kind = _en_kind(form, lemma, regular) if language == "en" else _es_kind(form, lemma)
                if kind:
                    kinds[kind].add(form)
            doubled = lemma + lemma[-1:]
            if language == "en" and f"{doubled}ed" in backwards[lemma] and lemma[-1:] not in _VOWEL + "wxy":
                # the rule doubles a final consonant after one vowel in one-syllable verbs only; the dictionary
                # knows the stressed last syllables ("controlled", "committed"): a passive's participle too
                kinds["participle"].add(f"{doubled}ed")
                kinds["gerund"] |= {f"{doubled}ing"} & (backwards[lemma] | kinds["finite"])
            if language == "en" and lemma in _EN_IRREGULAR:
                # simplemma also knows "leaded" and "leaved": not the verbs news uses
                past, participle = _EN_IRREGULAR[lemma]
                kinds["finite"] = {f for f in kinds["finite"] if not f.endswith("ed") or f == past}
                kinds["participle"] = {participle}
            table[lemma] = {kind: sorted(forms) for kind, forms in kinds.items()}
        out[language] = table
    return out


@lru_cache(maxsize=1)
def _table() -> dict:
    return json.loads(TABLE.read_text(encoding="utf-8"))


def forms(lemma: str, language: str, *kinds: str) -> list[str]:
    """The stored forms of a lemma of the given kinds (all kinds when none is named)."""
    entry = _table()[language].get(lemma)
    if entry is None:
        raise KeyError(f"no inflections stored for {language} {lemma!r}: run `python -m loaders.inflections`")
    return sorted({f for kind in (kinds or KINDS) for f in entry[kind]})


def alternation(words: list[str]) -> str:
    """A regex matching any of the words (phrases allowed), built as a trie so that matching one
    position costs a few character tests, not one test per word."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char).replace("\\ ", r"\s+") + emit(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return f"(?:{emit(trie)})"


def main() -> int:  # pragma: no cover - regenerates the stored table
    from loaders import triggers
    TABLE.write_text(json.dumps(generate(triggers.all_lemmas()), ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                     encoding="utf-8")
    print(f"wrote {TABLE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
