"""Regenerate notebooks/demo-graph.png, the picture of the demo graph in the README, from the
page `make demo` writes.

    make screenshot                                          # make demo, then this script
    .venv/bin/python notebooks/screenshot.py                 # demo-graph.html -> notebooks/demo-graph.png
    .venv/bin/python notebooks/screenshot.py --page x.html --out x.png --width 1400 --height 900
    .venv/bin/python notebooks/screenshot.py --search ""     # the page as it opens, nothing searched

What it does, offline from start to end:
1. opens the page (`demo-graph.html`, written by `make demo`, i.e. `aikg demo`)
   in Debian's headless Chromium (/usr/bin/chromium) through Playwright, with
   the flags and the no-network routing of tests/test_html_browser.py;
2. waits until the page marks itself ready (html[data-aikg=ready]: the layout
   has settled, physics is off, and the page has moved to its opening view);
3. types `--search` (default "Scale AI") into the page's search box and
   presses Enter, as a reader would: the page centres and highlights the node
   and lists its relationships in the side panel;
4. saves a screenshot of the whole window, and checks that the file is a PNG
   of the asked size and that the graph's canvas is not blank and shows the
   highlight ring when something was searched.

The layout is seeded (graph/html.py sets randomSeed), so the same corpus and
code give the same picture. Needs /usr/bin/chromium and the playwright package
(both in the dev set-up; `.ci/run` installs Chromium).
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
# The same flags as tests/test_html_browser.py: no GPU or sandbox in containers,
# and none of Chromium's own background traffic.
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
READY = "html[data-aikg=ready]"


def render_page(html_path: Path, out: Path, width: int, height: int, search: str | None) -> list[str]:
    """Screenshot of one aikg page; returns the requests it tried to make to the network,
    console errors and a failed search (all should be empty)."""
    from playwright.sync_api import sync_playwright

    from graph.html_items import HIGHLIGHT

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
            if search:
                page.locator("#aikg-search").fill(search)
                page.locator("#aikg-search").press("Enter")
                if page.evaluate("window.aikg.marked") is None:
                    problems.append(f"the search for {search!r} found nothing")
            page.wait_for_timeout(300)  # one more frame or two after the move
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out), full_page=False)
            colors, ring = page.evaluate(_CANVAS_COLORS, [int(HIGHLIGHT[i:i + 2], 16) for i in (1, 3, 5)])
            if colors < 100:
                problems.append(f"the graph has {colors} colors: blank?")
            if search and ring < 50:
                problems.append(f"the highlight ring ({HIGHLIGHT}) is not drawn")
        finally:
            browser.close()
    return problems


def check_picture(data: bytes, width: int, height: int) -> list[str]:
    """The file is a PNG of the asked size."""
    size = struct.unpack(">II", data[16:24]) if data[12:16] == b"IHDR" else (0, 0)
    if data[:8] != b"\x89PNG\r\n\x1a\n" or size != (width, height):
        return [f"screenshot is not a {width}x{height} PNG"]
    return []


_CANVAS_COLORS = """(ring) => {
    // What the screenshot shows of the graph, read from vis-network's canvas.
    const canvas = document.querySelector('#aikg-graph canvas');
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    const colors = new Set(); let ringPixels = 0;
    for (let i = 0; i < pixels.length; i += 4) {
        colors.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
        if (Math.abs(pixels[i] - ring[0]) < 12 && Math.abs(pixels[i + 1] - ring[1]) < 12
            && Math.abs(pixels[i + 2] - ring[2]) < 12 && pixels[i + 3] > 200) ringPixels++;
    }
    return [colors.size, ringPixels];
}"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", type=Path, default=ROOT / "demo-graph.html", help="the page `make demo` wrote")
    parser.add_argument("--out", type=Path, default=ROOT / "notebooks" / "demo-graph.png")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--search", default="Scale AI", help='name to find and highlight; "" for none')
    args = parser.parse_args(argv)

    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found (apt-get install chromium)", file=sys.stderr)
        return 2
    if not args.page.is_file():
        print(f"{args.page} not found: run `make demo` first (it writes the page)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))  # run from anywhere, with or without the editable install
    problems = render_page(args.page, args.out, args.width, args.height, args.search or None)
    problems += check_picture(args.out.read_bytes(), args.width, args.height)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KB) from {args.page}")
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
