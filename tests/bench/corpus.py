"""A deterministic corpus of wire-style AI-industry news, in Spanish and English.

Every article is about 1.2 KB: a headline, a dateline, three to five sentences
that state relations with the cues of the extractor (investments with amounts
and stakes, hires and departures with roles, clients and their status,
acquisitions including cancelled ones, partnerships, competition, hedges),
and filler a wire story carries. Names come from data/registry.json, weighted
so a few companies dominate as in real news, plus invented startups and people
that the extractor has to discover from their context.

    python -m tests.bench.corpus --articles 2000 --out tests/bench/out/corpus
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
REGISTRY = REPO / "data" / "registry.json"
SHARD = 1000  # articles per folder, so no folder grows to 100,000 entries
JSONL_EVERY = 10  # one shard in ten is a JSONL file of records instead of .txt files

_FALLBACK_COMPANIES = ["OpenAI", "Anthropic", "Google", "Microsoft", "Meta", "Nvidia", "Amazon", "Scale AI",
                       "Mistral AI", "Cohere", "Databricks", "Apple", "Oracle", "xAI", "Hugging Face"]
_FALLBACK_PEOPLE = ["Sam Altman", "Dario Amodei", "Satya Nadella", "Sundar Pichai", "Mark Zuckerberg",
                    "Alexandr Wang", "Jensen Huang", "Arthur Mensch", "Aidan Gomez", "Ali Ghodsi"]
_SYLLABLES = ["Lu", "Ve", "Qua", "Ar", "Zen", "Ori", "Ka", "Mi", "No", "Te", "Sol", "Fi", "Ra", "Vo", "Ne", "Xa",
              "Bri", "Cor", "Da", "El", "Ju", "Pax", "Ry", "Sy"]
_ENDINGS = ["ra", "nis", "vox", "tiq", "lia", "mo", "dex", "ntum", "ris", "va", "lon", "sia"]
_ORG_TAILS = ["AI", "Labs", "Data", "Robotics", "Systems", "Analytics", "Dynamics", "Intelligence"]
_FIRST = ["Lucía", "Martín", "Sofía", "Javier", "Elena", "Diego", "Carmen", "Pablo", "Laura", "Andrés",
          "Emily", "James", "Olivia", "Daniel", "Hannah", "Michael", "Priya", "Wei", "Amara", "Tomás"]
_LAST = ["Castellanos", "Iturbe", "Montalvo", "Quiroga", "Arrieta", "Valdivia", "Ferrand", "Okafor",
         "Lindqvist", "Hartwell", "Nakamura", "Brennan", "Kowalczyk", "Abernathy", "Sandoval", "Whitlock",
         "Ibarguren", "Mendizábal", "Thornbury", "Rosales"]

ROLES = {"en": ["chief executive", "chief technology officer", "CFO", "chief scientist", "president", "COO"],
         "es": ["director ejecutivo", "directora financiera", "consejero delegado", "presidente",
                "jefe científico", "CEO"]}
CITIES = {"en": ["SAN FRANCISCO", "LONDON", "NEW YORK", "SEATTLE", "PARIS"],
          "es": ["MADRID", "BARCELONA", "CIUDAD DE MÉXICO", "BOGOTÁ", "BUENOS AIRES"]}
OUTLETS = {"en": ["Reuters", "Bloomberg", "TechCrunch", "The Information", "Financial Times"],
           "es": ["EFE", "Expansión", "El País", "Cinco Días", "Europa Press"]}
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                 "octubre", "noviembre", "diciembre"]}

# {A} {B} companies, {P} a person, {R} a role, {M} an amount, {S} a stake, {H} a hedge.
TEMPLATES = {
    "en": [
        "{A}{H} invested {M} in {B}, taking a {S} stake in the company.",
        "{B} raised {M} in a funding round led by {A}, according to a regulatory filing.",
        "{A}{H} took a {S} stake in {B} for {M}.",
        "{A} agreed to acquire {B} for {M}, pending regulatory approval.",
        "{A} completed its acquisition of {B}, a deal valued at {M}.",
        "{A} called off its plan to buy {B} after regulators raised objections.",
        "{B} was acquired by {A} for {M} last year.",
        "{A} hired {P} as its new {R}.",
        "{P}{H} left {A}, where the executive had spent four years.",
        "{P}, the {R} of {A}, will join {B} next month.",
        "{A}{H} is considering alternatives to {B} for data labeling.",
        "{A} ended its contract with {B} earlier this year.",
        "{A} will continue to work with {B} as one of several providers.",
        "{A} scaled back its spending with {B} this quarter.",
        "{A} is a major customer of {B}.",
        "{A} partnered with {B} to bring its models to enterprise customers.",
        "{A} competes directly with {B} in cloud AI services.",
    ],
    "es": [
        "{A}{H} invirtió {M} en {B} a cambio de una participación del {S}.",
        "{B} cerró una ronda de {M} liderada por {A}, según un documento regulatorio.",
        "{A}{H} compró el {S} de {B} por {M}.",
        "{A} acordó comprar {B} por {M}, a la espera de la aprobación de los reguladores.",
        "{A} completó la adquisición de {B}, una operación valorada en {M}.",
        "{A} canceló la compra de {B} tras la oposición de los reguladores.",
        "{B} fue adquirida por {A} el año pasado.",
        "{A} fichó a {P} como {R}.",
        "{P}{H} dejó {A} tras cuatro años en la compañía.",
        "{P}, {R} de {A}, se unirá a {B} el próximo mes.",
        "{A}{H} evalúa alternativas a {B} para el etiquetado de datos.",
        "{A} puso fin a su contrato con {B} a principios de año.",
        "{A} continuará trabajando con {B} como uno de sus proveedores.",
        "{A} reducirá su dependencia de {B} este trimestre.",
        "{A} es un gran cliente de {B}.",
        "{A} se asoció con {B} para llevar sus modelos a clientes empresariales.",
        "{A} compite directamente con {B} en servicios de IA en la nube.",
    ],
}
HEDGES = {"en": [" reportedly"], "es": [" supuestamente", " al parecer"]}
LEADS = {"en": ["According to people familiar with the matter, ", "Sources said "],
         "es": ["Según fuentes cercanas a la operación, ", "Según informes, "]}
INTROS = {"en": "{X}, a {city}-based AI startup founded in {year}, builds tools for developers.",
          "es": "{X}, una startup de IA fundada en {year} con sede en {city}, desarrolla herramientas para empresas."}
PERSON_INTROS = {"en": "{P}, the {R} of {A}, spoke to reporters on the sidelines of a conference.",
                 "es": "{P}, {R} de {A}, habló con periodistas al margen de una conferencia."}
FILLER = {
    "en": ["The company did not respond to a request for comment.",
           "Analysts expect spending on AI infrastructure to keep growing through next year.",
           "Shares rose 3% in early trading after the announcement.",
           "The market for generative AI tools has drawn record venture funding since 2023.",
           "Executives said the money would be used to hire engineers and expand computing capacity.",
           "Regulators in Europe and the United States are examining deals between large platforms and startups.",
           "Demand for data-labeling services has risen as labs train ever larger models."],
    "es": ["La empresa no respondió a una solicitud de comentarios.",
           "Los analistas esperan que el gasto en infraestructura de IA siga creciendo el próximo año.",
           "Las acciones subieron un 3% en las primeras operaciones tras el anuncio.",
           "El mercado de herramientas de IA generativa ha atraído financiación récord desde 2023.",
           "Los directivos dijeron que el dinero servirá para contratar ingenieros y ampliar la capacidad de cómputo.",
           "Los reguladores de Europa y Estados Unidos examinan los acuerdos entre grandes plataformas y startups.",
           "La demanda de servicios de etiquetado de datos ha crecido a medida que los laboratorios entrenan modelos mayores."],
}
HEADLINES = {"en": "{A} and {B}: {what}", "es": "{A} y {B}: {what}"}
HEADLINE_WHAT = {"en": ["new deal reshapes AI market", "talks reported", "a shift in AI alliances"],
                 "es": ["nuevo acuerdo en el mercado de la IA", "conversaciones en marcha", "cambio de alianzas"]}


@dataclass
class Names:
    companies: list[str]
    weights: list[float]
    people: list[str]
    invented_companies: list[str]
    invented_people: list[str]


def load_names(seed: int = 7) -> Names:
    """Registry names weighted like news coverage (a few dominate), plus invented ones."""
    try:
        rows = json.loads(REGISTRY.read_text(encoding="utf-8"))["entities"]
        companies = [r["name"] for r in rows if r["label"] == "Company" and r.get("kind") != "media"]
        people = [r["name"] for r in rows if r["label"] == "Person"]
    except (OSError, ValueError, KeyError):
        companies, people = _FALLBACK_COMPANIES, _FALLBACK_PEOPLE
    rng = random.Random(seed)
    invented = sorted({f"{rng.choice(_SYLLABLES)}{rng.choice(_ENDINGS)} {rng.choice(_ORG_TAILS)}"
                       for _ in range(600)})
    invented_people = sorted({f"{f} {last}" for f in _FIRST for last in _LAST})
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(companies))]  # Zipf-like coverage
    return Names(companies, weights, people, invented, invented_people)


def _money(rng: random.Random, lang: str) -> str:
    if rng.random() < 0.5:
        millions = rng.choice([50, 120, 300, 450, 600, 750, 900])
        if lang == "en":
            return f"{'€' if rng.random() < 0.2 else '$'}{millions} million"
        return f"{millions} millones de {'euros' if rng.random() < 0.2 else 'dólares'}"
    billions = rng.choice(["1.2", "2.5", "4", "6.6", "10", "14.3"])
    return f"${billions} billion" if lang == "en" else f"US$ {billions.replace('.', ',')} mil millones"


def _sentence(rng: random.Random, names: Names, lang: str, intro: list[str]) -> str:
    template = rng.choice(TEMPLATES[lang])
    a, b = rng.choices(names.companies, names.weights, k=2)
    while b == a:
        b = rng.choice(names.companies)
    if rng.random() < 0.3:  # an invented startup, introduced where it is first named
        b = rng.choice(names.invented_companies)
        intro.append(INTROS[lang].format(X=b, city=rng.choice(CITIES[lang]).title(), year=rng.randint(2016, 2024)))
    person = rng.choice(names.people)
    role = rng.choice(ROLES[lang])
    if "{P}" in template and rng.random() < 0.3:
        person = rng.choice(names.invented_people)
        intro.append(PERSON_INTROS[lang].format(P=person, R=role, A=a))
    hedge = rng.choice(HEDGES[lang]) if rng.random() < 0.15 else ""
    text = template.format(A=a, B=b, P=person, R=role, M=_money(rng, lang), S=f"{rng.choice([5, 10, 20, 49])}%",
                           H=hedge)
    return rng.choice(LEADS[lang]) + text if rng.random() < 0.08 else text


def article(i: int, names: Names, seed: int = 7) -> dict:
    """Article number i, the same every run: {"title", "text", "published", "source", "language"}."""
    rng = random.Random(seed * 1_000_003 + i)
    lang = "es" if i % 2 else "en"
    published = date(2023, 1, 1) + timedelta(days=rng.randrange(3 * 365))
    intro: list[str] = []
    facts = [_sentence(rng, names, lang, intro) for _ in range(rng.randint(3, 5))]
    a, b = rng.choices(names.companies, names.weights, k=2)
    title = HEADLINES[lang].format(A=a, B=b, what=rng.choice(HEADLINE_WHAT[lang]))
    month = MONTHS[lang][published.month - 1]
    city = rng.choice(CITIES[lang])
    dateline = (f"{city}, {published.day} de {month} de {published.year} —" if lang == "es"
                else f"{city}, {month} {published.day}, {published.year} —")
    body = [*dict.fromkeys(intro), *facts]
    filler = rng.sample(FILLER[lang], len(FILLER[lang]))
    while sum(len(s) + 1 for s in body) < 1080 and filler:
        body.insert(rng.randrange(1, len(body) + 1), filler.pop())
    source = rng.choice(OUTLETS[lang])
    text = f"{dateline} {' '.join(body[:3])}\n{' '.join(body[3:])}"
    return {"title": title, "text": text, "published": published.isoformat(), "source": source, "language": lang}


def as_text(record: dict) -> str:
    label = "Fuente" if record["language"] == "es" else "Source"
    return f"{record['title']}\n{record['text']}\n{label}: {record['source']}\n"


def write_corpus(out: Path, articles: int, seed: int = 7) -> dict:
    """Write `articles` articles under `out` (skipped when already complete); returns counts and bytes."""
    stamp = out / ".complete"
    wanted = f"{articles} {seed}"
    if stamp.exists() and stamp.read_text() == wanted:
        return json.loads((out / ".stats").read_text())
    names = load_names(seed)
    total_bytes = 0
    files = 0
    for shard_start in range(0, articles, SHARD):
        shard = shard_start // SHARD
        folder = out / f"{shard:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        numbers = range(shard_start, min(shard_start + SHARD, articles))
        if shard % JSONL_EVERY == JSONL_EVERY - 1:
            lines = [json.dumps({k: v for k, v in article(i, names, seed).items() if k != "language"},
                                ensure_ascii=False) for i in numbers]
            data = ("\n".join(lines) + "\n").encode("utf-8")
            (folder / f"batch_{shard:03d}.jsonl").write_bytes(data)
            total_bytes += len(data)
            files += 1
            continue
        for i in numbers:
            record = article(i, names, seed)
            data = as_text(record).encode("utf-8")
            (folder / f"{i:06d}_{record['language']}.txt").write_bytes(data)
            total_bytes += len(data)
            files += 1
    stats = {"articles": articles, "files": files, "bytes": total_bytes}
    (out / ".stats").write_text(json.dumps(stats))
    stamp.write_text(wanted)
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=REPO / "tests" / "bench" / "out" / "corpus")
    args = parser.parse_args()
    print(write_corpus(args.out, args.articles, args.seed))


if __name__ == "__main__":
    main()
