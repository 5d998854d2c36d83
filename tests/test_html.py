"""The HTML page without a browser: self-contained, escaped, styled, focused, cut."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from datetime import date
from html.parser import HTMLParser

import pytest

from graph.errors import InvalidValue, UnknownEntity
from graph.html import MAX_NODES, render_html, show_inline, write_html
from graph.html_page import script_json
from graph.memgraph import KnowledgeGraph
from graph.model import Claim, DealClaim, Document, Entity, entity_id

HOSTILE = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "javascript:alert(1)",
    "O'Brien \"Quoted\" & </script><!-- <b>bold</b>",
]


def _company(kg: KnowledgeGraph, name: str, **kw) -> str:
    return kg.add_entity(Entity(id=entity_id("Company", name), label="Company", name=name, **kw))


def _person(kg: KnowledgeGraph, name: str) -> str:
    return kg.add_entity(Entity(id=entity_id("Person", name), label="Person", name=name))


def seed_graph() -> KnowledgeGraph:
    """The seed story: Meta buys 49% of Scale AI; Wang moves; clients reconsider."""
    kg = KnowledgeGraph()
    meta, scale = _company(kg, "Meta", kind="big_tech"), _company(kg, "Scale AI", aliases=["Scale"])
    google, microsoft, openai = (_company(kg, n) for n in ("Google", "Microsoft", "OpenAI"))
    wang = _person(kg, "Alexandr Wang")
    d1 = kg.add_document(Document(id="document:d1", title="Meta compra el 49% de Scale AI",
                                  source="El Diario", url="https://example.org/1",
                                  published=date(2025, 6, 13), sha256="1"))
    d2 = kg.add_document(Document(id="document:d2", title="OpenAI ends Scale work",
                                  published=date(2025, 6, 20), sha256="2"))
    day1, day2 = date(2025, 6, 13), date(2025, 6, 20)
    kg.add_deal(DealClaim(investors=[meta], target=scale, amount=14.3e9, currency="USD",
                          amount_usd=14.3e9, stake=0.49, status="completed", doc=d1, date=day1,
                          evidence="Meta compra el 49% de Scale AI por US$14.300 millones."))

    def claim(rel, a, b, doc=d1, when=day1, **kw):
        kg.add_claim(Claim(type=rel, source=a, target=b, doc=doc, date=when,
                           evidence=f"{rel} {a} {b} {kw}", **kw))

    claim("WORKS_AT", wang, meta, role="Chief AI Officer", status="current")
    claim("WORKS_AT", wang, scale, role="CEO", status="former")
    claim("FOUNDED", wang, scale)
    for rival in (google, microsoft, openai):
        claim("COMPETES_WITH", rival, meta)
    claim("CLIENT_OF", google, scale, status="reconsidering", spend_usd=2e8)
    claim("CLIENT_OF", microsoft, scale, status="reducing")
    claim("CLIENT_OF", openai, scale, status="active")
    claim("CLIENT_OF", openai, scale, doc=d2, when=day2, status="ended")
    for node in (meta, scale, wang, google):
        kg.add_mention(d1, node, "mentioned", day1)
    kg.add_mention(d2, openai, "mentioned", day2)
    return kg


def hostile_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    ids = [_company(kg, name, aliases=[HOSTILE[2]], kind=HOSTILE[1]) for name in HOSTILE]
    doc = kg.add_document(Document(id="document:evil", title=HOSTILE[1], source=HOSTILE[0],
                                   url="javascript:window.__pwned=1", sha256="e"))
    for a, b in zip(ids, ids[1:]):
        kg.add_claim(Claim(type="PARTNERS_WITH", source=a, target=b, doc=doc,
                           evidence=" ".join(HOSTILE)))
    kg.add_mention(doc, ids[0], HOSTILE[0], None)
    return kg


def star_graph(n: int) -> KnowledgeGraph:
    """A hub with n spokes, and spokes linked in a chain: degrees differ."""
    kg = KnowledgeGraph()
    hub = _company(kg, "Hub")
    spokes = [_company(kg, f"Spoke {i:03d}") for i in range(n)]
    for i, s in enumerate(spokes):
        kg.add_claim(Claim(type="CLIENT_OF", source=s, target=hub, doc="document:x", evidence=f"s{i}"))
        if i % 2:
            kg.add_claim(Claim(type="PARTNERS_WITH", source=s, target=spokes[i - 1],
                               doc="document:x", evidence=f"p{i}"))
    return kg


def page_data(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="aikg-data">(.*?)</script>', page, re.S)
    assert found, "no JSON island"
    return json.loads(found.group(1))


def by_id(items: list[dict]) -> dict[str, dict]:
    return {item["id"]: item for item in items}


@pytest.fixture(scope="module")
def seed_page() -> tuple[str, dict]:
    result = render_html(seed_graph(), title="Seed")
    return result.html, page_data(result.html)


# -- self-contained -------------------------------------------------------------
class _Tags(HTMLParser):
    """Start tags as a browser's tokenizer sees them: script bodies are raw text."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


PAGE_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "span", "div",
             "main", "aside", "h2", "script", "label", "input", "button", "ul"}


def check_markup(page: str) -> list[tuple[str, dict]]:
    tags = _Tags(page).tags
    assert {t for t, _ in tags} <= PAGE_TAGS
    for tag, attrs in tags:
        assert not {"src", "href", "srcset", "action", "formaction"} & set(attrs), tag
        assert not [a for a in attrs if a.startswith("on")], tag
    assert [a.get("type") for t, a in tags if t == "script"] == ["application/json", None, None]
    return tags


def test_page_loads_nothing_from_outside(seed_page):
    page, _ = seed_page
    check_markup(page)
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    assert len(styles) == 2
    for css in styles:
        assert "@import" not in css and not re.search(r"url\((?!\"?data:)", css, re.I)
    for word in ("node_modules", "bootstrap", "cdn.jsdelivr", "cdnjs", "unpkg", "sourceMappingURL"):
        assert word not in page
    # The only absolute URLs are the licence comments and the SVG namespace
    # inside vis-network, plus the fixture's own document url in the JSON.
    allowed = {"http://almende.com", "http://opensource.org/licenses/MIT",
               "http://www.apache.org/licenses/LICENSE-2.0", "http://www.w3.org/2000/svg",
               "https://github.com/uuidjs/uuid#getrandomvalues-not-supported",
               "https://github.com/visjs", "https://github.com/zloirock/core-js",
               "https://github.com/zloirock/core-js/blob/v3.21.1/LICENSE",
               "https://visjs.github.io/vis-network/", "https://example.org/1"}
    assert set(re.findall(r"https?://[^\s\"'<>)\\]+", page)) <= allowed


def test_csp_forbids_requests_and_pins_the_scripts(seed_page):
    page, _ = seed_page
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1))
    assert "default-src 'none'" in csp and "unsafe-eval" not in csp
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2  # vis-network and the page's own; the data is JSON, not code
    for code in scripts:
        digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]


def test_no_inner_html_in_the_page_script():
    from graph.html_page import page_assets

    script, _ = page_assets()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function("):
        assert sink not in script, sink
    assert "textContent" in script


# -- hostile text -----------------------------------------------------------------
def test_hostile_text_stays_data():
    result = render_html(hostile_graph(), types=["PARTNERS_WITH", "MENTIONS"], title=HOSTILE[0])
    page = result.html
    check_markup(page)  # no element came out of the text
    json_island = page.split('id="aikg-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in json_island and ">" not in json_island
    assert "<title>&lt;script&gt;window.__pwned=1&lt;/script&gt;</title>" in page
    data = page_data(page)
    names = {n["tip"]["title"] for n in data["nodes"]}
    assert set(HOSTILE) <= names and data["title"] == HOSTILE[0]
    edge = data["edges"][0]
    assert edge["tip"]["evidence"] == [" ".join(HOSTILE)]
    assert data["docs"]["document:evil"]["url"] == "javascript:window.__pwned=1"
    assert result.nodes == 5 and result.edges == 4


def test_script_json_cannot_close_the_script():
    text = script_json({"a": "</script><!-- x & y \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- x & y \u2028"}
    assert json.loads(script_json({"x": float("nan")})) == {"x": None}


# -- styling ----------------------------------------------------------------------
def test_dashed_lines_for_inactive_statuses(seed_page):
    _, data = seed_page
    edges = by_id(data["edges"])
    assert edges["person:alexandr-wang|WORKS_AT|company:scale-ai"]["dashes"]
    assert edges["company:openai|CLIENT_OF|company:scale-ai"]["dashes"]  # latest claim: ended
    assert not edges["person:alexandr-wang|WORKS_AT|company:meta"]["dashes"]
    assert not edges["company:google|CLIENT_OF|company:scale-ai"]["dashes"]


def test_cancelled_deal_is_dashed():
    kg = KnowledgeGraph()
    a, b = _company(kg, "Buyer"), _company(kg, "Target")
    kg.add_deal(DealClaim(investors=[a], target=b, amount_usd=5e8, amount=5e8, currency="USD",
                          status="cancelled", doc="document:x", evidence="The deal was called off."))
    data = page_data(render_html(kg).html)
    assert {e["rel"]: bool(e["dashes"]) for e in data["edges"]} == {"INVESTED": True, "INTO": True}
    deal = [n for n in data["nodes"] if n["group_label"] == "Investment"][0]
    assert deal["shapeProperties"]["borderDashes"] and dict(deal["tip"]["facts"])["status"] == "cancelled"


def test_disagreeing_claims_are_all_shown(seed_page):
    _, data = seed_page
    tip = by_id(data["edges"])["company:openai|CLIENT_OF|company:scale-ai"]["tip"]
    facts = dict(tip["facts"])
    assert facts["status"] == "ended"
    assert facts["claims"] == "active (2025-06-13); ended (2025-06-20)"
    assert tip["sources"] == ["document:d1", "document:d2"]


def test_width_by_stake_or_amount(seed_page):
    _, data = seed_page
    edges = by_id(data["edges"])
    invested = [e for e in data["edges"] if e["rel"] == "INVESTED"][0]
    plain = edges["company:microsoft|CLIENT_OF|company:scale-ai"]["width"]
    assert invested["width"] > edges["company:google|CLIENT_OF|company:scale-ai"]["width"] > plain
    facts = dict(invested["tip"]["facts"])
    assert facts["stake"] == "49%" and facts["deal"] == "US$14.3B"


def test_color_shape_and_size(seed_page):
    _, data = seed_page
    nodes = by_id(data["nodes"])
    assert nodes["company:meta"]["shape"] == "dot" and nodes["person:alexandr-wang"]["shape"] == "diamond"
    assert nodes["company:meta"]["color"] != nodes["person:alexandr-wang"]["color"]
    investment = [n for n in data["nodes"] if n["group_label"] == "Investment"][0]
    assert investment["shape"] == "square"
    assert nodes["company:scale-ai"]["size"] > nodes["company:microsoft"]["size"]
    edges = by_id(data["edges"])
    assert edges["company:google|COMPETES_WITH|company:meta"]["label"] == "COMPETES_WITH"
    assert not edges["company:google|COMPETES_WITH|company:meta"]["arrows"]["to"]["enabled"]
    assert edges["company:google|CLIENT_OF|company:scale-ai"]["arrows"]["to"]["enabled"]


def test_parallel_relationships_are_fanned_out(seed_page):
    _, data = seed_page
    edges = by_id(data["edges"])
    one = edges["person:alexandr-wang|WORKS_AT|company:scale-ai"]["smooth"]
    two = edges["person:alexandr-wang|FOUNDED|company:scale-ai"]["smooth"]
    assert one["enabled"] and two["enabled"] and one["type"] != two["type"]
    assert edges["company:microsoft|CLIENT_OF|company:scale-ai"]["smooth"] is False


def test_legend_title_tooltips_and_physics(seed_page):
    page, data = seed_page
    assert "<title>Seed</title>" in page and data["title"] == "Seed"
    legend = data["legend"]
    assert [n["label"] for n in legend["nodes"]] == ["Company", "Person", "Investment"]
    assert {e["type"] for e in legend["edges"]} == {
        "INVESTED", "INTO", "WORKS_AT", "FOUNDED", "CLIENT_OF", "COMPETES_WITH"}
    assert "former" in legend["dashed"] and "stake" in legend["width"]
    meta = by_id(data["nodes"])["company:meta"]["tip"]
    assert meta["sources"] == ["document:d1"] and meta["sources_label"] == "Mentioned in"
    assert data["docs"]["document:d1"]["source"] == "El Diario"
    assert data["options"]["physics"]["stabilization"]["enabled"]
    assert 'setOptions({physics: {enabled: false}})' in page


# -- what is drawn ----------------------------------------------------------------
def test_documents_only_when_mentions_are_asked():
    kg = seed_graph()
    default = page_data(render_html(kg).html)
    assert "Document" not in {n["group_label"] for n in default["nodes"]}
    assert "MENTIONS" not in {e["rel"] for e in default["edges"]}
    mentions = render_html(kg, types=["mentions"])
    data = page_data(mentions.html)
    assert {e["rel"] for e in data["edges"]} == {"MENTIONS"}
    assert {n["group_label"] for n in data["nodes"]} == {"Document", "Company", "Person"}
    assert mentions.nodes == 7 and mentions.edges == 5


def test_types_filter():
    result = render_html(seed_graph(), types=["CLIENT_OF,competes_with"])
    data = page_data(result.html)
    assert {e["rel"] for e in data["edges"]} == {"CLIENT_OF", "COMPETES_WITH"}
    assert set(by_id(data["nodes"])) == {f"company:{c}" for c in
                                         ("meta", "scale-ai", "google", "microsoft", "openai")}
    assert (result.nodes, result.edges) == (5, 6)
    with pytest.raises(InvalidValue, match="NOPE"):
        render_html(seed_graph(), types=["NOPE"])


def test_focus_and_depth():
    kg = seed_graph()
    alone = render_html(kg, focus="alexandr wang", depth=0)
    assert (alone.nodes, alone.edges) == (1, 0)
    near = page_data(render_html(kg, focus="Alexandr Wang", depth=1).html)
    assert set(by_id(near["nodes"])) == {"person:alexandr-wang", "company:meta", "company:scale-ai"}
    assert near["subtitle"] == "around Alexandr Wang, depth 1"
    # A deal reads as one hop: Meta's depth-1 neighbourhood reaches Scale AI.
    meta = page_data(render_html(kg, focus="META", depth=1).html)
    ids = set(by_id(meta["nodes"]))
    assert {"company:scale-ai", "company:google", "person:alexandr-wang"} <= ids
    assert any(i.startswith("investment:") for i in ids) and "company:microsoft" in ids
    scale = render_html(kg, focus="scale", depth=1, types=["CLIENT_OF"])  # an alias
    assert (scale.nodes, scale.edges) == (4, 3)
    with pytest.raises(UnknownEntity):
        render_html(kg, focus="Nobody Inc")
    with pytest.raises(InvalidValue):
        render_html(kg, depth=-1)


def test_large_graph_is_cut_with_a_message():
    kg = star_graph(40)
    result = render_html(kg, max_nodes=10)
    assert (result.nodes, result.total_nodes) == (10, 41)
    assert "10 most connected of 41" in result.message and "--focus NAME" in result.message
    data = page_data(result.html)
    assert data["message"] == result.message
    assert "company:hub" in by_id(data["nodes"])  # the most connected node survives
    assert result.total_edges == 60 and result.edges < 60
    focused = render_html(kg, focus="Spoke 003", depth=2, max_nodes=5)
    assert focused.nodes == 5 and "nearest to Spoke 003" in focused.message
    assert "company:spoke-003" in by_id(page_data(focused.html)["nodes"])
    assert render_html(kg).message is None and MAX_NODES >= 100


def test_empty_graph_renders():
    result = render_html(KnowledgeGraph())
    assert (result.nodes, result.edges, result.message) == (0, 0, None)
    assert page_data(result.html)["nodes"] == []


def test_write_html(tmp_path):
    out = tmp_path / "sub" / "graph.html"
    result = write_html(seed_graph(), out, focus="Meta", depth=1)
    assert out.read_text(encoding="utf-8") == result.html and result.nodes >= 3


def test_show_inline_is_a_sandboxed_srcdoc_iframe():
    shown = show_inline(seed_graph(), height=500, title="Inline")
    markup = shown._repr_html_()
    assert markup.startswith('<div class="aikg-inline"><iframe srcdoc="') and 'sandbox="allow-scripts allow-popups"' in markup
    assert "allow-same-origin" not in markup and "height:500px" in markup
    srcdoc = html.unescape(re.search(r'srcdoc="([^"]*)"', markup).group(1))
    assert srcdoc.startswith("<!DOCTYPE html>") and "<title>Inline</title>" in srcdoc


def test_inline_graph_is_tall_by_default_and_height_is_checked():
    # Most of the window, never under 600 px: a fixed 650 px frame left the graph a strip.
    assert "height:max(600px, 85vh);" in show_inline(seed_graph())._repr_html_()
    assert "height:70vh;" in show_inline(seed_graph(), height="70vh")._repr_html_()
    with pytest.raises(InvalidValue, match="height '100px; background:url"):
        show_inline(seed_graph(), height="100px; background:url(x)")


# -- words, colors, the opening view, entities only mentioned ---------------------------
def test_edge_and_deal_titles_are_sentences(seed_page):
    _, data = seed_page
    edges = by_id(data["edges"])
    titles = {e["tip"]["title"] for e in data["edges"] if e["rel"] in ("INVESTED", "INTO")}
    assert titles == {"Meta invested US$14.3B in Scale AI for 49%"}
    assert edges["company:openai|CLIENT_OF|company:scale-ai"]["tip"]["title"] == "OpenAI was a client of Scale AI"
    assert edges["company:google|CLIENT_OF|company:scale-ai"]["tip"]["title"] == \
        "Google is a client of Scale AI, reconsidering the contract (spend US$200M)"
    assert edges["person:alexandr-wang|WORKS_AT|company:meta"]["tip"]["title"] == \
        "Alexandr Wang works at Meta as Chief AI Officer"
    deal = [n for n in data["nodes"] if n["group_label"] == "Investment"][0]
    assert deal["label"] == "US$14.3B \u00b7 49%" and deal["tip"]["title"] == "Meta invested US$14.3B in Scale AI for 49%"


def test_every_type_has_its_own_color():
    from graph.html_items import EDGE_COLOR, HIGHLIGHT

    def rgb(color):
        return [int(color[i:i + 2], 16) for i in (1, 3, 5)]

    def apart(a, b):
        return sum((x - y) ** 2 for x, y in zip(rgb(a), rgb(b))) ** 0.5

    colors = list(EDGE_COLOR.values())
    assert len(set(colors)) == len(EDGE_COLOR) == 9
    for i, a in enumerate(colors):
        assert apart(a, HIGHLIGHT) >= 80
        for b in colors[i + 1:]:
            assert apart(a, b) >= 80, (a, b)


def test_the_page_opens_on_the_focus_or_the_most_connected_node(seed_page):
    _, data = seed_page
    assert (data["focus"], data["anchor"]) == (None, "company:scale-ai")
    assert data["min_scale"] * data["options"]["nodes"]["font"]["size"] == pytest.approx(11, abs=0.01)
    focused = page_data(render_html(seed_graph(), focus="wang", depth=1).html)
    assert (focused["focus"], focused["anchor"]) == ("person:alexandr-wang", "person:alexandr-wang")


def test_entities_only_mentioned_are_left_off_the_full_view():
    kg = seed_graph()
    outlet = _company(kg, "Reuters")
    kg.add_mention("document:d1", outlet, "Reuters", None)
    result = render_html(kg)
    data = page_data(result.html)
    assert outlet not in by_id(data["nodes"]) and [n["id"] for n in data["loose"]] == [outlet]
    assert (result.nodes, result.loose, data["loose_total"]) == (7, 1, 1)
    assert data["loose"][0]["tip"]["sources"] == ["document:d1"]  # its card says who mentions it
    # Asked for by name, it is drawn; a types filter draws only what has those relationships.
    assert render_html(kg, focus="Reuters").nodes == 1
    assert page_data(render_html(kg, types=["CLIENT_OF"]).html)["loose"] == []
    # Loose entities are capped like drawn ones.
    many = star_graph(3)
    doc = many.add_document(Document(id="document:x", title="x", sha256="x"))
    for i in range(12):
        many.add_mention(doc, _company(many, f"Outlet {i:02d}"), "x", None)
    capped = page_data(render_html(many, max_nodes=5).html)
    assert (len(capped["loose"]), capped["loose_total"]) == (5, 12)


def test_search_needs_names_and_aliases_in_the_data(seed_page):
    _, data = seed_page
    scale = by_id(data["nodes"])["company:scale-ai"]
    assert scale["aliases"] == ["Scale"] and scale["tip"]["title"] == "Scale AI" and scale["degree"] == 6
