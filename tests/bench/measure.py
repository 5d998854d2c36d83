"""Measuring a command: wall time and the peak memory of its whole process tree, and profiles.

`ru_maxrss` of a child reports the largest single process, not the build and
its extraction workers together, so the tree is sampled every 0.2 s and the
largest sum of resident sets is the peak.
"""

from __future__ import annotations

import cProfile
import io
import os
import platform
import pstats
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil


@dataclass
class Run:
    seconds: float
    peak_tree_mb: float  # largest sum of RSS over the process and its descendants
    peak_main_mb: float  # largest RSS of the main process alone
    returncode: int
    stdout: str
    stderr: str


def run_measured(cmd: list[str], env: dict | None = None, cwd: Path | None = None) -> Run:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})}, cwd=cwd)
    peaks = {"tree": 0.0, "main": 0.0}
    done = threading.Event()

    def sample() -> None:
        try:
            root = psutil.Process(proc.pid)
        except psutil.Error:
            return
        while not done.is_set():
            try:
                main = root.memory_info().rss
                tree = main + sum(_rss(child) for child in root.children(recursive=True))
            except psutil.Error:
                break
            peaks["main"] = max(peaks["main"], main / 1e6)
            peaks["tree"] = max(peaks["tree"], tree / 1e6)
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    done.set()
    sampler.join()
    return Run(time.perf_counter() - start, peaks["tree"], peaks["main"], proc.returncode, out, err)


def _rss(proc: psutil.Process) -> int:
    try:
        return proc.memory_info().rss
    except psutil.Error:
        return 0


def machine() -> dict:
    """Cores, memory, CPU model and Python: the context every figure needs."""
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 1
    return {"cores": usable, "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "cpu": model or platform.processor() or platform.machine(),
            "python": sys.version.split()[0], "platform": platform.platform()}


def profile(func, *args, top: int = 18, **kwargs) -> tuple[object, str]:
    """Result of func and the cProfile table of its `top` functions by own time."""
    prof = cProfile.Profile()
    result = prof.runcall(func, *args, **kwargs)
    text = io.StringIO()
    stats = pstats.Stats(prof, stream=text)
    stats.sort_stats("tottime").print_stats(top)
    lines = [line for line in text.getvalue().splitlines() if line.strip()]
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
    table = "\n".join(_short_path(line) for line in lines[start:])
    return result, table


def _short_path(line: str) -> str:
    """Profile lines name files relative to the repository or site-packages."""
    for marker in ("/site-packages/", str(Path(__file__).resolve().parents[2]) + "/"):
        if marker in line:
            head, _, tail = line.partition(marker)
            return head.rsplit(" ", 1)[0] + " " + tail if " " in head else tail
    return line
