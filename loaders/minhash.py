"""MinHash signatures of article text and their LSH bands: which documents are copies of one story.

A document's signature is NUM_PERM minimum hashes of its word shingles (runs
of SHINGLE words, folded for case and accents): the share of equal positions
in two signatures estimates the Jaccard similarity of the two shingle sets.
Copies of one wire story (paragraphs in another order, a sentence changed or
added, another outlet's header and footer) keep most shingles; two outlets
writing up the same deal share only names and figures.

Candidates are found with LSH: the signature is cut into BANDS bands of ROWS
values, each band hashed to one integer key, and two documents that share
keys in at least MIN_BANDS bands are compared (loaders.stories). With 42
bands of 3 rows, a pair at Jaccard 0.4 shares two bands or more with
probability 0.76 (and one copy among several reaches the group through
another), a copy at the median 0.67 with probability 0.99999, a pair at 0.17
(articles written from one template) with probability 0.018: asking for two
bands rather than one compares 15 times fewer pairs of such articles (11,320
instead of 166,268 among 3,000 bench articles) and misses 0.37% of generated
copies instead of 0.12%.

The default threshold (0.4; AIKG_STORY_THRESHOLD or `aikg build
--story-threshold` change it) was chosen by measuring generated syndicated
variants against independent reports (tests/syndication.py, `python -m
tests.syndication`): see STORY_THRESHOLD.

Written here rather than taken from datasketch: its LSH index lives in memory
(or Redis, Cassandra) and would be rebuilt or unpickled at every build, while
the bands belong in the claim store, next to the extractions, where an
incremental build looks up only the new documents' keys; the MinHash itself is
a few lines of numpy.
"""

from __future__ import annotations

import hashlib
import os
import re
import zlib

import numpy as np

from graph.errors import InvalidValue
from graph.model import fold

SHINGLE = 5  # words per shingle
BANDS, ROWS = 42, 3
MIN_BANDS = 2  # shared bands that make two documents candidates
NUM_PERM = BANDS * ROWS
MIN_SHINGLES = 12  # a shorter text is too short to tell a copy from a like report: it gets no signature
# Measured with `python -m tests.syndication --articles 300` (3 generated copies of each of 300 bench
# and 243 dev articles; 126 minimum hashes): copies estimate 0.37-0.86 against their original (1% below
# 0.45, median 0.67), and 0.37% of them are not grouped with it at 0.4 (fewer than MIN_BANDS shared bands, or below it);
# reports of one deal by different dev articles at most 0.19, every pair of dev articles at most 0.19,
# bench articles (one template family) that LSH compares at most 0.30. 0.4 sits between the two.
STORY_THRESHOLD = 0.4
_WORD = re.compile(r"\w+")
_MASK32 = np.uint64(0xFFFFFFFF)
_rng = np.random.default_rng(20250613)  # fixed: signatures are stored, and must compare across builds
_A = _rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64)


def story_threshold(value: float | str | None = None) -> float:
    """The similarity from which two documents are copies of one story: `value` (`aikg build
    --story-threshold`), else AIKG_STORY_THRESHOLD, else STORY_THRESHOLD."""
    given = value if value is not None else os.environ.get("AIKG_STORY_THRESHOLD") or None
    if given is None:
        return STORY_THRESHOLD
    try:
        threshold = float(given)
    except ValueError:
        threshold = -1.0
    if not 0.0 < threshold <= 1.0:
        raise InvalidValue(f"story threshold {given!r}: give a number above 0 and at most 1 "
                           f"(the share of a story's text two copies keep; default {STORY_THRESHOLD})")
    return threshold


def shingles(text: str) -> np.ndarray:
    """32-bit hashes of the text's distinct word shingles that hold a capitalized word or a number."""
    raw = _WORD.findall(text)
    if len(raw) < SHINGLE:
        return np.zeros(0, dtype=np.uint64)
    count = len(raw) - SHINGLE + 1
    hashed = np.fromiter((zlib.crc32(fold(w).encode("utf-8", "surrogatepass")) for w in raw), dtype=np.uint64, count=len(raw))
    combined = np.zeros(count, dtype=np.uint64)
    for offset in range(SHINGLE):  # a polynomial of the words' hashes, kept to 32 bits
        combined = (combined * np.uint64(1_000_003) + hashed[offset:offset + count]) & _MASK32
    anchors = np.cumsum([0, *(w[0].isupper() or w[0].isdigit() for w in raw)])
    return np.unique(combined[anchors[SHINGLE:] > anchors[:count]])


def signature(text: str) -> bytes | None:
    """The text's MinHash signature (NUM_PERM little-endian uint32), or None for a text too short."""
    values = shingles(text)
    if len(values) < MIN_SHINGLES:
        return None
    with np.errstate(over="ignore"):  # multiply-add-shift hashing wraps around 2**64 on purpose
        hashed = (_A[:, None] * values[None, :] + _B[:, None]) >> np.uint64(32)
    return hashed.min(axis=1).astype("<u4").tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets."""
    return float(np.mean(np.frombuffer(a, dtype="<u4") == np.frombuffer(b, dtype="<u4")))


def similarities(sig: bytes, others: list[bytes]) -> list[float]:
    """`similarity` of one signature with each of `others`, in one array operation."""
    if not others:
        return []
    mine = np.frombuffer(sig, dtype="<u4")
    theirs = np.frombuffer(b"".join(others), dtype="<u4").reshape(len(others), mine.size)
    return (theirs == mine).mean(axis=1).tolist()


def band_keys(sig: bytes) -> list[int]:
    """One signed 64-bit key per band (the band's number is part of the key)."""
    width = ROWS * 4
    return [int.from_bytes(hashlib.blake2b(bytes([band]) + sig[band * width:(band + 1) * width],
                                           digest_size=8).digest(), "little", signed=True)
            for band in range(BANDS)]
