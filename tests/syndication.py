"""Syndicated variants of an article, as other outlets republish a wire story, and the measurement
that chose the story threshold (loaders.minhash.STORY_THRESHOLD).

A variant keeps the story and changes what republishing changes: the
paragraphs in another order, one sentence reworded or one added, and another
outlet's header (byline, time stamp) and footer (credits, newsletter, rights).

    python -m tests.syndication --articles 300
prints, for generated variants of bench-corpus articles and of the dev set's
articles, the estimated similarity of each copy to its original, and that of
independent articles (every pair of dev articles; pairs of dev articles that
report one deal; the bench corpus's pairs that LSH compares).
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

HEADERS = {
    "en": ["By Staff Writers | Published {t} GMT | Updated 2 hours ago",
           "Technology News | {t} ET | 4 min read",
           "From the wires: this story was published by our partner agency at {t}."],
    "es": ["Redacción | Actualizado a las {t} | Lectura de 3 minutos",
           "Tecnología · Noticia publicada a las {t} por nuestra agencia asociada.",
           "Agencias | {t} h | Compartir en redes"],
}
FOOTERS = {
    "en": ["(Reporting by Krystal Hu in San Francisco; Editing by Sonali Paul)",
           "Sign up for our daily AI newsletter to get the biggest stories in your inbox every morning.",
           "© 2025 All rights reserved. This material may not be published, broadcast or rewritten.",
           "Follow us on LinkedIn and X for more technology coverage, and share this story with a friend."],
    "es": ["(Con información de agencias; edición a cargo de la redacción de economía)",
           "Suscríbete a nuestro boletín diario para recibir las noticias de tecnología más importantes.",
           "© 2025 Todos los derechos reservados. Prohibida su reproducción total o parcial.",
           "Síguenos en LinkedIn y en X para no perderte ninguna novedad del sector tecnológico."],
}
ADDED = {
    "en": ["The companies did not disclose further financial details of the arrangement.",
           "Industry observers said the move underlined how quickly the market for AI is consolidating.",
           "A spokesperson declined to comment beyond the statement released earlier in the day."],
    "es": ["Las compañías no revelaron más detalles financieros del acuerdo.",
           "Los observadores del sector dijeron que el movimiento muestra lo rápido que se concentra el mercado.",
           "Un portavoz declinó hacer comentarios más allá del comunicado difundido durante la jornada."],
}
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡\"“])")


def language(text: str) -> str:
    return "es" if re.search(r"\b(?:el|la|los|de|que|según)\b", text) and \
        len(re.findall(r"\b(?:el|la|los|que)\b", text)) > len(re.findall(r"\b(?:the|and|of)\b", text)) else "en"


def variant(text: str, rng: random.Random, lang: str | None = None) -> str:
    """A syndicated copy of `text` (headline first line, then paragraphs): body paragraphs shuffled,
    one sentence changed or added, another outlet's header and footer."""
    lang = lang or language(text)
    headline, _, body = text.strip().partition("\n")
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", body) if p.strip()]
    sentences = [s for p in paragraphs for s in _SENTENCE.split(p)]
    if len(paragraphs) < 3:  # a short wire text: one paragraph per two sentences, as web copies lay it out
        paragraphs = [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]
    lead, rest = paragraphs[0], paragraphs[1:]
    rng.shuffle(rest)
    paragraphs = [lead, *rest]
    added = rng.choice(ADDED[lang])
    if rng.random() < 0.5 and len(paragraphs) > 1:  # a sentence changed: the last of a random paragraph
        at = rng.randrange(1, len(paragraphs))
        parts = _SENTENCE.split(paragraphs[at])
        parts[-1] = added
        paragraphs[at] = " ".join(parts)
    else:  # a sentence added
        paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), added)
    stamp = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
    header = rng.choice(HEADERS[lang]).format(t=stamp)
    footer = " ".join(rng.sample(FOOTERS[lang], 2))
    return "\n\n".join([headline, header, *paragraphs, footer]) + "\n"


OUTLETS = ["Europa Press", "EFE Noticias", "Reuters Wire", "La Nación Tech", "TechDaily"]


def syndicate(text: str, copies: int, seed: int = 11) -> list[str]:
    """`copies` syndicated variants of `text`, each different (a generator seeded by `seed`)."""
    rng = random.Random(seed)
    return [variant(text, rng) for _ in range(copies)]


def as_records(name: str, text: str, copies: int, published: str, seed: int = 11) -> dict[str, str]:
    """{file name: JSON record} for `copies` variants of `text` as other outlets republish them: each
    with its own outlet, URL and headline line, published on the given day."""
    import json

    out = {}
    for i, copy in enumerate(syndicate(text, copies, seed)):
        headline, _, body = copy.partition("\n")
        out[f"{name}-copy{i + 1}.json"] = json.dumps(
            {"title": headline.strip(), "text": body.strip(), "source": OUTLETS[i % len(OUTLETS)],
             "url": f"https://outlet{i + 1}.example/{name}", "published": published}, ensure_ascii=False)
    return out


def _dev_texts() -> dict[str, str]:
    from loaders.read import parse_file

    folder = Path(__file__).resolve().parents[1] / "data" / "dev" / "articles"
    return {path.name: raw.text for path in sorted(folder.iterdir())
            for raw in parse_file(path) if hasattr(raw, "text")}


def _same_deal_pairs(names: set[str]) -> set[tuple[str, str]]:
    """Pairs of dev articles whose gold relations share a deal or relationship (from, type, to):
    independent reports of one event, which must stay two sources."""
    import json
    from itertools import combinations

    gold = Path(__file__).resolve().parents[1] / "data" / "dev" / "gold.jsonl"
    docs: dict[tuple, set[str]] = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["doc"] in names:
            docs.setdefault((row["from"], row["type"], row["to"]), set()).add(row["doc"])
    return {pair for group in docs.values() for pair in combinations(sorted(group), 2)}


def _measure(articles: int) -> None:
    from itertools import combinations

    from loaders.minhash import BANDS, MIN_BANDS, ROWS, band_keys, signature, similarity
    from tests.bench.corpus import article, as_text, load_names

    rng = random.Random(11)
    bench = [as_text(article(i, load_names())) for i in range(articles)]
    dev = _dev_texts()
    copies = []  # (similarity, do the two share MIN_BANDS LSH bands: are they compared)
    for text in bench + list(dev.values()):
        original = signature(text)
        for _ in range(3):
            copy = signature(variant(text, rng))
            if original and copy:
                copies.append((similarity(original, copy),
                               len(set(band_keys(original)) & set(band_keys(copy))) >= MIN_BANDS))
    sigs = {name: signature(text) for name, text in dev.items()}
    same_deal = [similarity(sigs[a], sigs[b]) for a, b in _same_deal_pairs(set(dev)) if sigs[a] and sigs[b]]
    dev_sigs = [s for s in sigs.values() if s]
    independent = [similarity(a, b) for a, b in combinations(dev_sigs, 2)]
    bench_sigs = [s for s in map(signature, bench) if s]
    buckets: dict[int, list[int]] = {}
    for i, sig in enumerate(bench_sigs):
        for key in band_keys(sig):
            buckets.setdefault(key, []).append(i)
    shared: dict[tuple[int, int], int] = {}
    for members in buckets.values():
        for pair in combinations(members, 2):
            shared[pair] = shared.get(pair, 0) + 1
    banded = [pair for pair, count in shared.items() if count >= MIN_BANDS]
    band_sims = [similarity(bench_sigs[a], bench_sigs[b]) for a, b in banded]

    def show(name: str, values: list[float]) -> None:
        values = sorted(values)
        if not values:
            print(f"{name}: none")
            return
        pick = lambda q: values[min(len(values) - 1, int(q * len(values)))]  # noqa: E731
        print(f"{name}: {len(values)} pairs, min {values[0]:.2f}, 1% {pick(0.01):.2f}, median {pick(0.5):.2f}, "
              f"99% {pick(0.99):.2f}, max {values[-1]:.2f}")

    print(f"signatures of {BANDS * ROWS} minimum hashes, {BANDS} bands of {ROWS}, compared from {MIN_BANDS} shared bands")
    show("copies of one story (generated variants)", [v for v, _ in copies])
    show("two reports of one deal (dev articles sharing a gold relation)", same_deal)
    show("independent dev articles (every pair)", independent)
    show(f"bench articles sharing {MIN_BANDS} of {BANDS} bands (compared)", band_sims)
    for t in (0.3, 0.35, 0.4, 0.45, 0.5, 0.6):
        missed = sum(not (banded_pair and v >= t) for v, banded_pair in copies) / len(copies)
        false = sum(v >= t for v in same_deal + independent + band_sims)
        print(f"threshold {t:.2f}: copies not grouped with their original {missed:.1%}, "
              f"independent pairs at or above it {false}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    _measure(parser.parse_args().articles)
