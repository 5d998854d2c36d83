"""`make eval`: precision, recall and F1 of extraction against the annotated dev set, per split.

A gold line is {"doc", "from", "type", "to", "status", ...}; `"asserted": false`
marks a deal that must not be extracted as done (denied, hypothetical). A
prediction matches a gold line on (document, type, from, to), names compared
through the registry and ignoring case and accents; symmetric types match in
either direction. A cancelled or denied deal asserted as done is reported on
its own line: it must be zero.

`data/dev/splits.json` freezes which articles form the `test` split; every
other article is `train`. Rules are written from train only: for test, this
prints the scores and never a sentence (no misses, no false positives), so
reading the report does not leak the test articles into the rules. Recall with
the registry emptied shows how much depends on names known in advance.
"""

from __future__ import annotations

import argparse
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
SPLITS = ("train", "test")


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

    def add(self, other: "Score") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn


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
            total.add(s)
        return total


def predict(paths: list[Path], registry) -> tuple[list[Prediction], dict[str, str]]:
    """Every claim extracted from the files, and each file's detected language."""
    out, languages = [], {}
    for path in paths:
        for raw in parse_file(path):
            ex = extract(raw, registry)
            languages[path.name] = ex.document.language
            names = {e.id: e.name for e in ex.entities}
            for c in ex.claims:
                out.append(Prediction(path.name, c.type, names[c.source], names[c.target], c.status, c.evidence))
            for d in ex.deals:
                for investor in d.investors:
                    out.append(Prediction(path.name, schema.INVESTED, names[investor], names[d.target],
                                          d.status, d.evidence))
    return out, languages


def _canonical(gazetteer: Gazetteer, name: str) -> str:
    known = gazetteer.lookup(name)
    return known.id if known else name_key(name)


def _key(gazetteer: Gazetteer, doc: str, rel: str, a: str, b: str) -> tuple:
    a, b = _canonical(gazetteer, a), _canonical(gazetteer, b)
    if rel in schema.SYMMETRIC_TYPES:
        a, b = sorted((a, b))
    return doc, rel, a, b


def score(gold: list[dict], predictions: list[Prediction], gazetteer: Gazetteer) -> Report:
    """Compare predictions with gold lines of the same documents."""
    report = Report()
    wanted, forbidden = {}, {}
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


@dataclass
class Evaluation:
    """Reports per split and language ("all" for both languages), and test recall without a registry."""

    reports: dict[tuple[str, str], Report]
    empty_registry: dict[str, Report] = field(default_factory=dict)


def load_gold(dev: Path) -> list[dict]:
    lines = (dev / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def split_of(dev: Path) -> dict[str, str]:
    """Document name -> "train" or "test", from data/dev/splits.json."""
    path = dev / "splits.json"
    test = set(json.loads(path.read_text(encoding="utf-8"))["test"]) if path.exists() else set()
    return {p.name: ("test" if p.name in test else "train") for p in (dev / "articles").iterdir()}


def evaluate(dev: Path, registry_path: Path | None = None, splits: tuple[str, ...] = SPLITS,
             empty_registry: bool = True) -> Evaluation:
    registry = load_registry(registry_path)
    gazetteer = Gazetteer(registry)
    gold = load_gold(dev)
    split = split_of(dev)
    out = Evaluation({})
    for name in splits:
        paths = sorted(p for p in (dev / "articles").iterdir() if split[p.name] == name)
        docs = {p.name for p in paths}
        predictions, languages = predict(paths, registry)
        for language in ("all", "en", "es"):
            keep = {d for d in docs if language == "all" or languages.get(d) == language}
            out.reports[(name, language)] = score([g for g in gold if g["doc"] in keep],
                                                  [p for p in predictions if p.doc in keep], gazetteer)
        if empty_registry:
            bare, _ = predict(paths, [])
            out.empty_registry[name] = score([g for g in gold if g["doc"] in docs], bare, gazetteer)
    return out


def render_scores(report: Report) -> list[str]:
    lines = [f"{'type':<15}{'precision':>10}{'recall':>8}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for rel in sorted(report.scores):
        s = report.scores[rel]
        lines.append(f"{rel:<15}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.tp:>5}{s.fp:>5}{s.fn:>5}")
    o = report.overall
    lines.append(f"{'overall':<15}{o.precision:>10.3f}{o.recall:>8.3f}{o.f1:>7.3f}{o.tp:>5}{o.fp:>5}{o.fn:>5}")
    lines.append(f"cancelled, denied or hypothetical deals asserted as done: {len(report.asserted_not_done)}")
    return lines


def render_details(report: Report) -> list[str]:
    lines = []
    for title, items in (("asserted as done", report.asserted_not_done), ("misses", report.misses),
                         ("false positives", report.false_positives), ("status differs", report.status_errors)):
        if items:
            lines.append(f"\n{title} ({len(items)}):")
            lines.extend(f"  {item}" for item in items)
    return lines


def render(evaluation: Evaluation, details: bool = True) -> list[str]:
    lines = []
    for (split, language), report in evaluation.reports.items():
        lines.append(f"\n== {split} split, {'both languages' if language == 'all' else language} ==")
        lines.extend(render_scores(report))
    lines.append("\n== summary ==")
    for (split, language), report in evaluation.reports.items():
        o = report.overall
        lines.append(f"{split:<6}{language:<4} P={o.precision:.3f} R={o.recall:.3f} F1={o.f1:.3f} "
                     f"asserted-not-done={len(report.asserted_not_done)}")
    for split, report in evaluation.empty_registry.items():
        lines.append(f"{split:<6}all  recall with the registry emptied: {report.overall.recall:.3f} "
                     f"(with it: {evaluation.reports[(split, 'all')].overall.recall:.3f})")
    if details and ("train", "all") in evaluation.reports:
        lines.append("\n== train split: what was missed or wrong (the test split is never listed) ==")
        lines.extend(render_details(evaluation.reports[("train", "all")]))
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m loaders.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("dev", nargs="?", default="data/dev", help="the dev set folder (articles/, gold.jsonl)")
    parser.add_argument("--split", choices=SPLITS, action="append", help="only this split (repeatable)")
    parser.add_argument("--no-details", action="store_true", help="scores only, no train misses")
    parser.add_argument("--no-empty-registry", action="store_true", help="skip the registry-emptied run")
    args = parser.parse_args(argv)
    evaluation = evaluate(Path(args.dev), splits=tuple(args.split or SPLITS),
                          empty_registry=not args.no_empty_registry)
    print("\n".join(render(evaluation, details=not args.no_details)).lstrip("\n"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
