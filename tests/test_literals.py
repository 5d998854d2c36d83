"""The words a cue needs before its regex is run (loaders.literals): exact, never a guess."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from loaders import discovery, pipeline, status, values
from loaders.cue_tables import CUES
from loaders.entities import load_registry
from loaders.evaluate import split_of
from loaders.literals import required_literals, search
from loaders.read import read_paths

DEV = Path(__file__).resolve().parents[1] / "data" / "dev"


@pytest.mark.parametrize("pattern, expected", [
    (r"\b(?:hired|has hired)\s+\w+", ("has hired", "hired")),
    (r"[ab]cde\b", ("cde",)),
    # the most selective part wins: each alternative is longer than "chief"
    (r"(?<!x)\bchief\s+(?:executive|technology)", ("executive", "technology")),
    (r"foo(?:bar|ba)", ("fooba", "foobar")),  # a run goes on through a part of a few fixed strings
    (r"(?:joins|joined)?\s+\w+", None),  # optional: a match may lack it
    (r"(?:joins|joined){0,2}x", None),
    (r"(?:launch(?:es|ed))+", ("launche",)),  # the parser makes "es|ed" "e" and a class [sd]
    (r"(?:ab|cd)\s+(?:ef|gh)", None),  # each part too short on its own
    (r"de\s+la", None),  # no literal of three letters
    (r"(?=acquired)\w+", None),  # look-arounds are not relied on
    (r"CEO of", ("ceo of",)),  # lower-cased, for a test against the lower-cased text
    (r"(", None),  # a pattern the parser refuses is not pre-tested
])
def test_required_literals(pattern, expected):
    assert required_literals(pattern, re.I) == expected


@pytest.fixture(scope="module")
def masked_sentences() -> list[str]:
    """The masked sentences of the dev set's train articles, as the cues see them."""
    seen: list[str] = []
    original = pipeline.mask

    def keep(sentence, mentions, language):
        masked = original(sentence, mentions, language)
        seen.append((language, masked.masked))
        return masked

    train = sorted(p for p, split in split_of(DEV).items() if split == "train")[:60]
    registry = load_registry()
    pipeline.mask = keep
    try:
        for doc in read_paths([DEV / "articles" / name for name in train]):
            pipeline.extract(doc, registry)
    finally:
        pipeline.mask = original
    return seen


def test_no_cue_matches_a_sentence_without_its_literals(masked_sentences):
    matched = 0
    for language, text in masked_sentences:
        lowered = text.lower()
        for cue in CUES[language]:
            if cue.regex.search(text):
                matched += 1
                assert cue.shows_in(lowered), (cue.template[:80], text)
    assert matched > 200  # the check ran over real matches, not an empty set


# The status and date patterns that extraction searches through loaders.literals.search.
_PRETESTED = [status.DENIED, status.PLANNED, status.ATTEMPT, status._RUMORED, status._CONDITIONAL,
              status._REPORTED_FUTURE, values._RELATIVE, values._WEEKDAY, values._QUARTER, values._RELATIVE_PERIOD]


@pytest.mark.parametrize("pattern", _PRETESTED, ids=lambda p: p.pattern[:30])
def test_pretested_search_finds_what_the_pattern_finds(pattern, masked_sentences):
    for _, text in masked_sentences:
        expected = pattern.search(text)
        got = search(pattern, text)
        assert (got and got.span()) == (expected and expected.span()), text
    assert required_literals(pattern.pattern, pattern.flags) is not None  # the test is there to skip searches


def test_pretested_search_skips_a_text_without_the_words():
    assert search(re.compile(r"\bwould\s+buy\b", re.I), "Meta bought Scale.") is None
    assert search(re.compile(r"\bwould\s+buy\b", re.I), "Meta WOULD buy Scale.").group() == "WOULD buy"


def test_discovery_gates_never_skip_a_match():
    """A discovery pattern whose gate finds nothing in a text finds nothing there either."""
    train = sorted(p for p, split in split_of(DEV).items() if split == "train")
    matched = 0
    for doc in read_paths([DEV / "articles" / name for name in train]):
        for pattern, gate in discovery._GATES.items():
            if gate is not None and pattern.search(doc.text):
                matched += 1
                assert gate.search(doc.text), (pattern.pattern[:60], doc.path)
    assert matched > 100  # the check ran over real matches
    assert sum(gate is not None for gate in discovery._GATES.values()) >= 10
