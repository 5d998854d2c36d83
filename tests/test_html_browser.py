"""The HTML page in real headless Chromium (Debian's package, driven by Playwright).

Skipped with a reason when /usr/bin/chromium or playwright is missing, except
under CI=true, where a missing browser is a failure: these tests are the proof
that the page works offline and runs none of the text it shows.
"""

from __future__ import annotations

import os
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from graph.html import render_html, show_inline, write_html
from graph.html_items import EDGE_COLOR, HIGHLIGHT
from graph.model import Claim, Entity

try:  # tests/ is not a package: pytest puts it on sys.path (prepend import mode)
    from tests.test_html import HOSTILE, hostile_graph, seed_graph, star_graph
except ImportError:
    from test_html import HOSTILE, hostile_graph, seed_graph, star_graph

CHROMIUM = "/usr/bin/chromium"
# No GPU, no sandbox (containers), and nothing of Chromium's own background
# traffic, so any request the tests see comes from the page.
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
READY = "html[data-aikg=ready]"


def _unavailable() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} not found (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed"
    return None


@pytest.fixture(scope="module")
def browser():
    reason = _unavailable()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but the browser tests cannot run: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@dataclass
class Log:
    blocked: list[str] = field(default_factory=list)  # requests that tried to leave
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # console errors and page exceptions


def open_page(browser, path: Path, width: int = 1280, height: int = 800):
    context = browser.new_context(viewport={"width": width, "height": height}, offline=True)
    page = context.new_page()
    log = Log()

    def route(r):
        if r.request.url.startswith(("file:", "data:", "about:")):
            r.continue_()
        else:
            log.blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("requestfailed", lambda req: log.failed.append(req.url))
    page.on("console", lambda msg: log.errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda err: log.errors.append(str(err)))
    page.goto(path.resolve().as_uri())
    page.wait_for_selector(READY, state="attached", timeout=60_000)
    return page, log


def counts(page) -> tuple[int, int]:
    return tuple(page.evaluate("[window.aikg.nodes.length, window.aikg.edges.length]"))


def clean(log: Log) -> None:
    assert log.blocked == [] and log.failed == [] and log.errors == []


def node_point(page, node_id: str) -> tuple[float, float]:
    pos = page.evaluate("""(id) => {
        const net = window.aikg.network;
        return net.canvasToDOM(net.getPositions([id])[id]); }""", node_id)
    box = page.locator("#aikg-graph").bounding_box()
    return box["x"] + pos["x"], box["y"] + pos["y"]


# -- the pieces of a PNG needed to count its colors (no imaging library) ------
def png_rows(data: bytes) -> tuple[int, list[bytes]]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header
    assert depth == 8 and color in (2, 6) and interlace == 0, header
    bpp = 3 if color == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up = prev[i]
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                corner = prev[i - bpp] if i >= bpp else 0
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(bytes(line))
        prev = line
    return bpp, rows


# -- tests ----------------------------------------------------------------------
def test_page_loads_offline_with_the_expected_graph(browser, tmp_path):
    result = write_html(seed_graph(), tmp_path / "seed.html", title="Seed")
    page, log = open_page(browser, tmp_path / "seed.html")
    assert counts(page) == (result.nodes, result.edges) == (7, 11)
    assert page.evaluate("window.aikg.network.physics.options.enabled") is False
    assert page.evaluate("window.aikg.stabilizedMs") >= 0
    assert page.locator("#aikg-title").inner_text() == "Seed"
    legend = page.locator("#aikg-legend").inner_text()
    for word in ("Company", "Person", "Investment", "INVESTED", "CLIENT_OF", "former"):
        assert word in legend
    assert page.locator("#aikg-message").is_hidden()
    page.wait_for_timeout(300)  # anything late (fonts, images) would show up here
    clean(log)


def test_tooltip_and_details_show_evidence_and_sources(browser, tmp_path):
    write_html(seed_graph(), tmp_path / "seed.html")
    page, log = open_page(browser, tmp_path / "seed.html")
    x, y = node_point(page, "company:meta")
    page.mouse.move(x - 40, y - 40)
    page.mouse.move(x, y, steps=5)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    assert "Meta" in tooltip.inner_text() and "Mentioned in" in tooltip.inner_text()
    investment = page.evaluate("window.aikg.nodes.getIds().find(id => id.startsWith('investment:'))")
    page.mouse.click(*node_point(page, investment))
    details = page.locator("#aikg-details").inner_text()
    assert "Meta compra el 49% de Scale AI por US$14.300 millones." in details
    assert "El Diario" in details and "49%" in details
    assert page.locator("#aikg-details a").first.get_attribute("href") == "https://example.org/1"
    clean(log)


def test_hostile_text_is_shown_and_never_run(browser, tmp_path):
    result = write_html(hostile_graph(), tmp_path / "evil.html", title=HOSTILE[0],
                        types=["PARTNERS_WITH", "MENTIONS"])
    page, log = open_page(browser, tmp_path / "evil.html")
    assert counts(page) == (result.nodes, result.edges) == (5, 4)
    assert page.title() == HOSTILE[0]
    assert page.locator("#aikg-title").inner_text() == HOSTILE[0]
    ids = page.evaluate("window.aikg.nodes.get().filter(n => n.group_label === 'Company')"
                        ".map(n => [n.id, n.tip.title])")
    assert sorted(name for _, name in ids) == sorted(HOSTILE)
    tooltip = page.locator("div.vis-tooltip .card-title")
    for node_id, name in ids:  # hover every node: its name shows as text
        x, y = node_point(page, node_id)
        page.mouse.move(x - 30, y - 30)
        page.mouse.move(x, y, steps=4)
        page.wait_for_function("(n) => { const t = document.querySelector('div.vis-tooltip .card-title');"
                               " return t && t.textContent === n; }", arg=name, timeout=5_000)
        assert tooltip.inner_text() == name
    page.mouse.click(*node_point(page, "document:evil"))
    details = page.locator("#aikg-details").inner_text()
    assert HOSTILE[1] in details and "javascript:window.__pwned=1" in details
    edge = page.evaluate("window.aikg.edges.getIds()[0]")
    page.evaluate("(id) => window.aikg.network.emit('click', {nodes: [], edges: [id]})", edge)
    details = page.locator("#aikg-details").inner_text()
    assert " ".join(HOSTILE) in details and HOSTILE[0] in details
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img, b, [onerror], a[href^=javascript]').length") == 0
    assert page.evaluate("document.scripts.length") == 3
    clean(log)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", "not a PNG"
    return struct.unpack(">II", data[16:24])


def near(rows: list[bytes], bpp: int, rgb: tuple[int, int, int], tolerance: int = 12) -> int:
    """How many pixels are within `tolerance` of `rgb` on every channel."""
    return sum(1 for row in rows for i in range(0, len(row), bpp)
               if all(abs(row[i + c] - rgb[c]) <= tolerance for c in range(3)))


def hex_rgb(color: str) -> tuple[int, int, int]:
    return tuple(int(color[i:i + 2], 16) for i in (1, 3, 5))


def test_screenshot_is_written_and_not_blank(browser, tmp_path):
    write_html(seed_graph(), tmp_path / "seed.html", title="Seed")
    page, log = open_page(browser, tmp_path / "seed.html", width=1000, height=650)
    shot = tmp_path / "graph.png"
    page.locator("#aikg-graph").screenshot(path=str(shot))
    box = page.locator("#aikg-graph").bounding_box()
    width, height = png_size(shot.read_bytes())
    assert abs(width - box["width"]) <= 1 and abs(height - box["height"]) <= 1
    bpp, rows = png_rows(shot.read_bytes())
    colors = {row[i:i + 3] for row in rows for i in range(0, len(row), bpp)}
    pixels = sum(len(row) // bpp for row in rows)
    white = sum(1 for row in rows for i in range(0, len(row), bpp) if row[i:i + 3] == b"\xff\xff\xff")
    assert len(colors) > 100, f"only {len(colors)} colors: blank graph?"
    assert 0.02 < 1 - white / pixels < 0.9  # something drawn, not a solid fill
    # Every drawn type shows in its own color, and nothing is highlighted yet.
    for rel in ("CLIENT_OF", "WORKS_AT", "COMPETES_WITH", "INVESTED", "INTO"):
        assert near(rows, bpp, hex_rgb(EDGE_COLOR[rel])) > 20, rel
    assert near(rows, bpp, hex_rgb(HIGHLIGHT)) == 0
    clean(log)


def test_cut_graph_says_so_in_the_page(browser, tmp_path):
    result = write_html(star_graph(40), tmp_path / "big.html", max_nodes=10)
    page, log = open_page(browser, tmp_path / "big.html")
    assert counts(page) == (10, result.edges)
    message = page.locator("#aikg-message")
    assert message.is_visible() and "--focus NAME" in message.inner_text()
    assert "10 nodes" in page.locator("#aikg-stats").inner_text()
    clean(log)


def test_focus_page_holds_the_neighbourhood(browser, tmp_path):
    result = write_html(seed_graph(), tmp_path / "focus.html", focus="Alexandr Wang", depth=1)
    page, log = open_page(browser, tmp_path / "focus.html")
    assert counts(page) == (result.nodes, result.edges) == (3, 3)
    assert "Alexandr Wang" in page.locator("#aikg-subtitle").inner_text()
    clean(log)


def test_inline_iframe_renders_sandboxed(browser, tmp_path):
    markup = show_inline(seed_graph(), height=500)._repr_html_()
    wrapper = tmp_path / "notebook.html"
    wrapper.write_text(f"<!DOCTYPE html><meta charset='utf-8'><body>{markup}</body>", encoding="utf-8")
    context = browser.new_context(offline=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(wrapper.resolve().as_uri())
    frame = page.frames[1]
    frame.wait_for_selector(READY, state="attached", timeout=60_000)
    expected = render_html(seed_graph())
    assert frame.evaluate("[window.aikg.nodes.length, window.aikg.edges.length]") == \
        [expected.nodes, expected.edges]
    assert frame.evaluate("document.title") == "aikg"
    assert errors == []
    context.close()


# -- finding, highlighting, reading a node's relationships ---------------------------
def searchable_graph():
    """The seed story plus a name with an accent and an alias, and an outlet only mentioned."""
    kg = seed_graph()
    tele = kg.add_entity(Entity(id="company:telefonica", label="Company", name="Telefónica",
                                aliases=["Movistar"]))
    kg.add_claim(Claim(type="PARTNERS_WITH", source=tele, target="company:meta", doc="document:d1",
                       evidence="Telefónica y Meta se asocian."))
    reuters = kg.add_entity(Entity(id="company:reuters", label="Company", name="Reuters"))
    kg.add_mention("document:d1", reuters, "Reuters", None)
    return kg


def graph_center(page) -> tuple[float, float]:
    box = page.locator("#aikg-graph").bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def type_search(page, text: str) -> list[str]:
    page.locator("#aikg-search").fill(text)
    return page.locator("#aikg-results button").all_inner_texts()


def test_search_finds_names_and_aliases_ignoring_case_and_accents(browser, tmp_path):
    write_html(searchable_graph(), tmp_path / "find.html")
    page, log = open_page(browser, tmp_path / "find.html")
    assert type_search(page, "TELEFONICA") == ["Telefónica"]
    assert page.locator("#aikg-find-status").inner_text() == "1 match"
    assert type_search(page, "movistar") == ["TelefónicaMovistar"]  # the name, then the alias it matched
    assert type_search(page, "sca") == ["Scale AI"]
    assert type_search(page, "zzz") == [] and page.locator("#aikg-find-status").inner_text() == "no match"
    type_search(page, "telefónica")
    page.locator("#aikg-search").press("Enter")
    state = page.evaluate("""() => ({marked: window.aikg.marked,
        selected: window.aikg.network.getSelectedNodes(),
        border: window.aikg.nodes.get('company:telefonica').borderWidth})""")
    assert state == {"marked": "company:telefonica", "selected": ["company:telefonica"], "border": 6}
    x, y = node_point(page, "company:telefonica")
    cx, cy = graph_center(page)
    assert abs(x - cx) < 3 and abs(y - cy) < 3  # the view moved to it
    assert page.locator("#aikg-details .card-title").first.inner_text() == "Telefónica"
    assert "Meta partners with Telefónica" in page.locator("#aikg-details").inner_text()
    # A second search moves the highlight: one node is highlighted at a time.
    type_search(page, "wang")
    page.locator("#aikg-results button").first.click()
    assert page.evaluate("[window.aikg.marked, window.aikg.nodes.get('company:telefonica').borderWidth]") == \
        ["person:alexandr-wang", 2]
    clean(log)


def test_highlight_shows_in_the_screenshot(browser, tmp_path):
    write_html(searchable_graph(), tmp_path / "find.html")
    page, log = open_page(browser, tmp_path / "find.html", width=1000, height=650)
    type_search(page, "Scale AI")
    page.locator("#aikg-search").press("Enter")
    page.wait_for_timeout(100)
    shot = page.locator("#aikg-graph").screenshot()
    bpp, rows = png_rows(shot)
    assert near(rows, bpp, hex_rgb(HIGHLIGHT)) > 100  # the ring around Scale AI
    clean(log)


def test_click_lists_the_nodes_relationships_in_words(browser, tmp_path):
    write_html(seed_graph(), tmp_path / "seed.html")
    page, log = open_page(browser, tmp_path / "seed.html")
    page.mouse.click(*node_point(page, "person:alexandr-wang"))
    details = page.locator("#aikg-details")
    assert details.locator("h3", has_text="Relationships").inner_text() == "Relationships (3)"
    titles = details.locator(".rel-title").all_inner_texts()
    assert sorted(titles) == ["Alexandr Wang founded Scale AI", "Alexandr Wang worked at Scale AI as CEO",
                              "Alexandr Wang works at Meta as Chief AI Officer"]
    text = details.inner_text()
    assert "status: former" in text and "status: current" in text
    assert "\u201cWORKS_AT person:alexandr-wang company:meta" in text  # the evidence sentence
    assert "Meta compra el 49% de Scale AI \u00b7 El Diario \u00b7 2025-06-13" in text  # its source
    # A line's card is titled in words too.
    investment = page.evaluate("window.aikg.nodes.getIds().find(id => id.startsWith('investment:'))")
    page.evaluate("(id) => window.aikg.network.emit('click', {nodes: [], edges: [id]})",
                  f"company:meta|INVESTED|{investment}")
    assert page.locator("#aikg-details .card-title").inner_text() == "Meta invested US$14.3B in Scale AI for 49%"
    clean(log)


def test_focus_entity_is_highlighted_and_shown(browser, tmp_path):
    write_html(seed_graph(), tmp_path / "focus.html", focus="Scale", depth=1)
    page, log = open_page(browser, tmp_path / "focus.html")
    assert page.evaluate("[window.aikg.marked, window.aikg.network.getSelectedNodes()]") == \
        ["company:scale-ai", ["company:scale-ai"]]
    assert page.locator("#aikg-details .card-title").first.inner_text() == "Scale AI"
    bpp, rows = png_rows(page.locator("#aikg-graph").screenshot())
    assert near(rows, bpp, hex_rgb(HIGHLIGHT)) > 100
    clean(log)


def test_entities_only_mentioned_wait_behind_the_toggle(browser, tmp_path):
    result = write_html(searchable_graph(), tmp_path / "loose.html")
    assert result.loose == 1
    page, log = open_page(browser, tmp_path / "loose.html")
    assert page.evaluate("window.aikg.nodes.get('company:reuters')") is None
    toggle = page.locator("#aikg-loose-box")
    assert toggle.is_visible() and toggle.inner_text() == "show 1 entities with no relationship (only mentioned)"
    assert page.locator("#aikg-stats").inner_text() == f"{result.nodes} nodes \u00b7 {result.edges} relationships"
    page.locator("#aikg-loose").check()
    assert page.evaluate("window.aikg.nodes.get('company:reuters').label") == "Reuters"
    assert page.locator("#aikg-stats").inner_text().startswith(f"{result.nodes + 1} nodes")
    page.locator("#aikg-loose").uncheck()
    assert page.evaluate("window.aikg.nodes.get('company:reuters')") is None
    # The search finds it all the same, and brings it in.
    type_search(page, "reuters")
    page.locator("#aikg-search").press("Enter")
    assert page.locator("#aikg-loose").is_checked()
    assert page.evaluate("window.aikg.marked") == "company:reuters"
    assert "Mentioned in" in page.locator("#aikg-details").inner_text()
    clean(log)


def test_large_graph_opens_at_a_readable_zoom(browser, tmp_path):
    result = write_html(star_graph(200), tmp_path / "big.html")
    page, log = open_page(browser, tmp_path / "big.html")
    scale, font = page.evaluate("[window.aikg.network.getScale(), window.aikg.network.body.nodes"
                                "['company:hub'].options.font.size]")
    assert scale * font >= 11 - 1e-6  # labels at least 11 px on screen
    x, y = node_point(page, "company:hub")  # opened on the most connected node
    cx, cy = graph_center(page)
    assert abs(x - cx) < 3 and abs(y - cy) < 3
    page.locator("#aikg-fit").click()
    assert page.evaluate("window.aikg.network.getScale()") < scale  # the whole graph is one click away
    assert result.nodes == 201
    clean(log)
