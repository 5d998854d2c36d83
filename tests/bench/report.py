"""The benchmark report: figures against their goals, printed as they come and written as Markdown.

The measured part is generated; tests/bench/ANALYSIS.md (written by hand, about
why the figures are what they are) is appended to it unchanged.
"""

from __future__ import annotations

import time
from pathlib import Path

ANALYSIS = Path(__file__).with_name("ANALYSIS.md")


def machine_line(m: dict) -> str:
    return f"machine: {m['cores']} cores, {m['memory_gb']} GB, {m['cpu']}; Python {m['python']}; {m['platform']}"


def add(ctx: dict, name: str, text: str) -> None:
    ctx["lines"].append((name, text, None, "", 1.0))
    print(f"{name}: {text}", flush=True)


def figure(ctx: dict, name: str, text: str, met: bool | None, goal: str, factor: float) -> None:
    """A figure with a goal; `factor` is how far off it is (measured / goal, or goal / measured for rates)."""
    ctx["lines"].append((name, text, met, goal, factor))
    verdict = "" if met is None else " [goal met]" if met else f" [goal {goal} missed by {factor:.1f}×]"
    print(f"{name}: {text}{verdict}", flush=True)


def profile(ctx: dict, title: str, table: str) -> None:
    ctx["profiles"].append((title, table))


def _status(met: bool | None, goal: str, factor: float) -> str:
    if met is None:
        return ""
    return "met" if met else f"**missed by {factor:.1f}×**"


def write(ctx: dict) -> None:
    m = ctx["machine"]
    lines = [
        "# Benchmarks",
        "",
        f"`make bench` (`python -m tests.bench.run --articles {ctx['articles']}`), "
        f"{time.strftime('%Y-%m-%d', time.gmtime(ctx['started']))}, "
        f"{time.time() - ctx['started']:.0f} s in all.",
        "",
        f"Machine: {m['cores']} cores, {m['memory_gb']} GB of memory, {m['cpu']}; Python {m['python']}; "
        f"{m['platform']}.",
        "",
        "| measure | result | goal | |",
        "|---|---|---|---|",
    ]
    for name, text, met, goal, factor in ctx["lines"]:
        lines.append(f"| {name} | {text.replace('|', '/')} | {goal} | {_status(met, goal, factor)} |")
    if ctx["profiles"]:
        lines += ["", "## Profiles", ""]
        for title, table in ctx["profiles"]:
            lines += [f"### {title}", "", "```", table, "```", ""]
    if ANALYSIS.exists():
        lines += ["", ANALYSIS.read_text(encoding="utf-8").rstrip()]
    Path(ctx["report"]).write_text("\n".join(lines) + "\n", encoding="utf-8")
