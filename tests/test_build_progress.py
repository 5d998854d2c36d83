"""Build progress (issue 15, item 1): the steps a build reports, how the CLI draws them on a
terminal, and that a real terminal sees them while a pipe does not."""

from __future__ import annotations

import io
import os
import pty
import re
import select
import subprocess
import time

from rich.console import Console

from loaders.build import BuildStep, build
from queries.build_progress import BuildProgress

try:
    from tests.cli_run import AIKG, REPO, env_with, write_articles
except ImportError:  # pragma: no cover
    from cli_run import AIKG, REPO, env_with, write_articles


def test_a_build_counts_files_first_then_reports_every_phase(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_articles(corpus, range(5))
    steps: list[BuildStep] = []
    summary = build([corpus], tmp_path / "db", progress=steps.append, workers=1)
    phases = list(dict.fromkeys(s.phase for s in steps))
    # The last batch is extracted after the last file is read.
    assert phases == ["counting", "reading", "extracting", "merging", "store", "index", "spare"]
    assert steps[0] == BuildStep("counting", 5, 5)
    extracting = [s for s in steps if s.phase == "extracting"]
    assert (extracting[0].done, extracting[-1].done, extracting[-1].total) == (0, 5, 5)
    reading = [s for s in steps if s.phase == "reading"]
    assert reading[0] == BuildStep("reading", 0, 5, 0)  # the total is known before the first file
    assert [s.done for s in reading[1:]] == [1, 2, 3, 4, 5] and {s.total for s in reading} == {5}
    assert reading[-1].articles == summary.read == 5
    assert [s for s in steps if s.phase == "merging"] == [BuildStep("merging")]  # a few units: no count yet
    # The next build has one new article: it brings the spare up to date with the units it changes.
    write_articles(corpus, [7])
    steps.clear()
    build([corpus], tmp_path / "db", progress=steps.append, workers=1)
    assert list(dict.fromkeys(s.phase for s in steps)) == ["counting", "reading", "extracting", "merging",
                                                          "store", "index"]
    merging = next(s for s in steps if s.phase == "merging")
    assert merging.done == 0 and merging.total > 1  # the new document touches its entities' units


def test_counting_is_reported_for_many_files(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(1000):
        (corpus / f"{i:04d}.txt").write_text("", encoding="utf-8")
    steps: list[BuildStep] = []
    build([corpus], tmp_path / "db", progress=steps.append, workers=1)
    assert steps[:3] == [BuildStep("counting", 1000), BuildStep("counting", 1000, 1000),
                         BuildStep("reading", 0, 1000, 0)]


def test_the_terminal_shows_each_phase_with_counts_rate_and_time_left():
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120, color_system=None)
    with BuildProgress(console) as bar:
        bar(BuildStep("counting", 1000))
        bar(BuildStep("counting", 2000, 2000))
        bar(BuildStep("reading", 0, 2000, 0))
        time.sleep(0.2)
        bar(BuildStep("reading", 500, 2000, 640))
        time.sleep(0.2)
        bar(BuildStep("reading", 1000, 2000, 1300))
        bar.bar.refresh()
        middle = out.getvalue()
        bar(BuildStep("extracting", 1900, 2000, 2000))
        time.sleep(0.2)
        bar(BuildStep("extracting", 2000, 2000, 2000))
        bar(BuildStep("merging", 300, 6000))
        bar(BuildStep("store"))
        bar.bar.refresh()
        end = out.getvalue()
    last = middle.rsplit("counting files", 1)[1]
    assert "2,000/2,000 files" in last  # counting is done: its count stays
    assert re.search(r"reading\s+.*1,000/2,000 files\s+[\d,.]+ articles/s\s+0:00:\d\d left", last), last
    last = end.rsplit("counting files", 1)[1]
    assert "2,000/2,000 files" in last  # reading is closed when merging starts
    assert "6,000/6,000 units" in last and "writing store" in last  # merging closed when the store began


def test_a_real_terminal_sees_the_progress(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_articles(corpus, range(3))
    leader, follower = pty.openpty()
    proc = subprocess.Popen([*AIKG, "build", str(corpus), "--db", str(tmp_path / "db")], stdout=subprocess.PIPE,
                            stderr=follower, env=env_with(COLUMNS="120", TERM="xterm"), cwd=REPO)
    os.close(follower)
    seen = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the other end closed: the build is over
            break
        if not chunk:
            break
        seen += chunk
    stdout, _ = proc.communicate(timeout=120)
    os.close(leader)
    assert proc.returncode == 0
    text = seen.decode("utf-8", "replace")
    for label in ("reading", "3/3 files", "merging", "writing"):
        assert label in text, (label, text[-2000:])
    assert stdout.decode().startswith("documents: 3 (3 extracted, 0 unchanged)\n")
