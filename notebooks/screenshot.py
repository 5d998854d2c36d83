"""Regenerate notebooks/demo-graph.png, the picture of the demo graph in the README.

    .venv/bin/python notebooks/screenshot.py                 # writes notebooks/demo-graph.png
    .venv/bin/python notebooks/screenshot.py --out x.png --width 1400 --height 900
    .venv/bin/python notebooks/screenshot.py --frame ""      # fit the whole graph instead

What it does, offline from start to end:
1. builds the demo corpus (data/demo) into a temporary directory with the
   Python API (loaders.build.build), so the project's own `.aikg/` is never
   touched and a half-finished CLI cannot get in the way;
2. writes the same self-contained HTML page that `aikg demo` writes
   (graph.html.write_html on the loaded graph, title "aikg demo");
3. opens it in Debian's headless Chromium (/usr/bin/chromium) through
   Playwright, with the flags and the no-network routing of
   tests/test_html_browser.py, waits until the page marks itself ready
   (html[data-aikg=ready]: the physics layout has settled and been switched
   off), zooms so that Scale AI and everything within two relationships of it
   fill the canvas (the whole demo fitted to 1400x900 leaves labels too small
   to read; the rest of the graph stays drawn around it, cut by the edges of
   the picture), and saves a screenshot of the page with its legend.

The layout is seeded (graph/html.py sets randomSeed), so the same corpus and
code give the same picture. Needs /usr/bin/chromium and the playwright package
(both in the dev set-up; `.ci/run` installs Chromium).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
# The same flags as tests/test_html_browser.py: no GPU or sandbox in containers,
# and none of Chromium's own background traffic.
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
READY = "html[data-aikg=ready]"


def render_page(html_path: Path, out: Path, width: int, height: int,
                frame: str | None = "Scale AI", hops: int = 2) -> list[str]:
    """Screenshot of one aikg page; returns the requests it tried to make to the network
    and any console errors (both should be empty)."""
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            context = browser.new_context(viewport={"width": width, "height": height},
                                          device_scale_factor=1, offline=True)
            page = context.new_page()

            def route(r):
                # The page is self-contained: anything but the file itself is a bug to report.
                if r.request.url.startswith(("file:", "data:", "about:")):
                    r.continue_()
                else:
                    problems.append(f"blocked request: {r.request.url}")
                    r.abort()

            page.route("**/*", route)
            page.on("console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.goto(html_path.resolve().as_uri())
            page.wait_for_selector(READY, state="attached", timeout=120_000)
            # The whole demo fitted to 1400x900 shrinks labels below reading
            # size, so frame the neighbourhood of one entity (the seed story
            # around Scale AI by default). No animation, so the picture shows
            # the final place; an empty or unknown name fits everything.
            page.evaluate("""([name, hops]) => {
                const net = window.aikg.network, nodes = window.aikg.nodes;
                const start = nodes.getIds().filter(id => nodes.get(id).tip.title === name);
                let ring = start, seen = new Set(start);
                for (let i = 0; i < hops; i++) {
                    ring = ring.flatMap(id => net.getConnectedNodes(id)).filter(id => !seen.has(id));
                    ring.forEach(id => seen.add(id));
                }
                net.fit(seen.size ? {nodes: [...seen], animation: false} : {animation: false});
            }""", [frame, hops])
            page.wait_for_timeout(300)  # one more frame or two after the fit
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out), full_page=False)
        finally:
            browser.close()
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "data" / "demo")
    parser.add_argument("--out", type=Path, default=ROOT / "notebooks" / "demo-graph.png")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--frame", default="Scale AI", help="entity to zoom on; \"\" for the whole graph")
    parser.add_argument("--hops", type=int, default=2, help="relationships around --frame to keep in view")
    args = parser.parse_args(argv)

    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found (apt-get install chromium)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))  # run from anywhere, with or without the editable install
    from graph.html import write_html
    from graph.directory import load_graph
    from loaders.build import build

    with tempfile.TemporaryDirectory(prefix="aikg-screenshot-") as tmp:
        db, page = Path(tmp) / "db", Path(tmp) / "demo-graph.html"
        summary = build([args.corpus], db)
        result = write_html(load_graph(db), page, title="aikg demo")
        problems = render_page(page, args.out, args.width, args.height, args.frame or None, args.hops)
    print(f"{summary.documents} documents, {result.nodes} nodes, {result.edges} relationships drawn")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KB)")
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
