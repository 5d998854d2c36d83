"""`make eval`: precision, recall and F1 of extraction against the annotated dev set.

A gold line is {"doc", "from", "type", "to", "status", ...}; `"asserted": false`
marks a deal that must not be extracted as done (denied, hypothetical). A
prediction matches a gold line on (document, type, from, to), names compared
through the registry and ignoring case and accents; symmetric types match in
either direction. A cancelled or denied deal asserted as done is reported on
its own line: it must be zero.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from graph import schema
from graph.model import name_key
from loaders.entities import Gazetteer, load_registry
from loaders.pipeline import extract
from loaders.read import parse_file

DEAL_TYPES = (schema.INVESTED, schema.ACQUIRED)


@dataclass
class Prediction:
    doc: str
    type: str
    source: str
    target: str
    status: str | None
    evidence: str


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    asserted_not_done: list[str] = field(default_factory=list)
    status_errors: list[str] = field(default_factory=list)

    @property
    def overall(self) -> Score:
        total = Score()
        for s in self.scores.values():
            total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
        return total


def predict(articles: Path, registry) -> list[Prediction]:
    out = []
    for path in sorted(articles.iterdir()):
        for raw in parse_file(path):
            ex = extract(raw, registry)
            names = {e.id: e.name for e in ex.entities}
            for c in ex.claims:
                out.append(Prediction(path.name, c.type, names[c.source], names[c.target], c.status, c.evidence))
            for d in ex.deals:
                for investor in d.investors:
                    out.append(Prediction(path.name, schema.INVESTED, names[investor], names[d.target],
                                          d.status, d.evidence))
    return out


def _canonical(gazetteer: Gazetteer, name: str) -> str:
    known = gazetteer.lookup(name)
    return known.id if known else name_key(name)


def _key(gazetteer: Gazetteer, doc: str, rel: str, a: str, b: str) -> tuple:
    a, b = _canonical(gazetteer, a), _canonical(gazetteer, b)
    if rel in schema.SYMMETRIC_TYPES:
        a, b = sorted((a, b))
    return doc, rel, a, b


def evaluate(dev: Path, registry_path: Path | None = None) -> Report:
    registry = load_registry(registry_path)
    gazetteer = Gazetteer(registry)
    gold = [json.loads(line) for line in (dev / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    predictions = predict(dev / "articles", registry)
    report = Report()
    wanted = {}
    forbidden = {}
    for g in gold:
        key = _key(gazetteer, g["doc"], g["type"], g["from"], g["to"])
        (forbidden if g.get("asserted") is False else wanted)[key] = g
    found: dict[tuple, Prediction] = {}
    for p in predictions:
        # As in the graph, a relationship's status is its document's last word on it.
        found[_key(gazetteer, p.doc, p.type, p.source, p.target)] = p
    for key, p in found.items():
        line = f"{p.doc}: {p.source} {p.type} {p.target} ({p.status}) | {p.evidence}"
        if key in forbidden or (key in wanted and wanted[key].get("status") == "cancelled"
                                and p.type in DEAL_TYPES and p.status != "cancelled"):
            if p.status != "cancelled":
                report.asserted_not_done.append(line)
        if key in wanted:
            report.scores[p.type].tp += 1
            if wanted[key].get("status") and p.status and wanted[key]["status"] != p.status:
                report.status_errors.append(f"{line} -- gold status {wanted[key]['status']}")
        elif key not in forbidden:
            report.scores[p.type].fp += 1
            report.false_positives.append(line)
    for key, g in wanted.items():
        if key not in found:
            report.scores[g["type"]].fn += 1
            report.misses.append(f"{g['doc']}: {g['from']} {g['type']} {g['to']} ({g.get('status')})")
    return report


def render(report: Report) -> list[str]:
    lines = [f"{'type':<15}{'precision':>10}{'recall':>8}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for rel in sorted(report.scores):
        s = report.scores[rel]
        lines.append(f"{rel:<15}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.tp:>5}{s.fp:>5}{s.fn:>5}")
    o = report.overall
    lines.append(f"{'overall':<15}{o.precision:>10.3f}{o.recall:>8.3f}{o.f1:>7.3f}{o.tp:>5}{o.fp:>5}{o.fn:>5}")
    lines.append(f"cancelled, denied or hypothetical deals asserted as done: {len(report.asserted_not_done)}")
    for title, items in (("asserted as done", report.asserted_not_done), ("misses", report.misses),
                         ("false positives", report.false_positives), ("status differs", report.status_errors)):
        if items:
            lines.append(f"\n{title} ({len(items)}):")
            lines.extend(f"  {item}" for item in items)
    return lines


def main(argv: list[str]) -> int:
    dev = Path(argv[0] if argv else "data/dev")
    report = evaluate(dev)
    print("\n".join(render(report)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
