"""The self-contained HTML page around a vis-network graph.

pyvis 0.3.2's own templates load Bootstrap from a CDN in every mode, point
`in_line` mode at a dead `../node_modules/...` script and write link titles
with innerHTML. This page replaces them: the vis-network JS and CSS that ship
inside the pyvis package are inlined, all graph text travels as one JSON
island and reaches the DOM through textContent only, and a Content Security
Policy forbids every request and every script but the page's own two (by
hash), so even markup that slipped through could neither run nor call out.
The page's own script and style are html_page.js and html_page.css.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from graph.errors import InvalidValue

VIS_VERSION = "vis-9.1.2"


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """(js, css) of the vis-network build bundled in the pyvis package."""
    import pyvis  # heavy optional import, only needed to render

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / VIS_VERSION
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    # The source map is not shipped; DevTools would ask for it and fail.
    js = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", js)
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    # Inline code must not be able to end its own element early.
    if "</script" in js.lower() or "</style" in css.lower():
        raise RuntimeError(f"{lib}: vis-network assets contain a closing tag")
    return js, css


def _plain(value: Any) -> Any:
    # JSON has no NaN or infinity; an unknown amount is null.
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def script_json(value: Any) -> str:
    """JSON safe inside <script>: no '<', '>' or '&' survive, so neither '</script'
    nor '<!--' can appear; U+2028/2029 are escaped for old JS parsers."""
    text = json.dumps(_plain(value), ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False, default=str)
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _sha256(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() + "'"


@lru_cache(maxsize=1)
def page_assets() -> tuple[str, str]:
    """(js, css) of the page's own script and style, kept beside this module."""
    here = Path(__file__).parent
    return ((here / "html_page.js").read_text(encoding="utf-8"),
            (here / "html_page.css").read_text(encoding="utf-8"))


def build_page(data: dict, title: str) -> str:
    """The whole page: inlined vis-network, the JSON island, the app script."""
    vis_js, vis_css = vis_assets()
    app_js, app_css = page_assets()
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_sha256(vis_js)} {_sha256(app_js)}",
        "style-src 'unsafe-inline'",
        "img-src data:",
        "font-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{html.escape(csp)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title>",
        f"<style>{vis_css}</style>",
        f"<style>{app_css}</style>",
        "</head>",
        "<body>",
        '<header><div class="bar"><h1 id="aikg-title"></h1><span id="aikg-subtitle"></span>'
        '<span id="aikg-stats"></span><span id="aikg-progress"></span>'
        '<div class="tools"><label id="aikg-loose-box" hidden><input type="checkbox" id="aikg-loose">'
        '<span id="aikg-loose-label"></span></label>'
        '<button type="button" class="plain" id="aikg-fit">Fit all</button>'
        '<span id="aikg-find-status" role="status"></span><div class="find">'
        '<input type="search" id="aikg-search" placeholder="Find a name or alias" autocomplete="off" '
        'aria-label="Find a name or alias"><ul id="aikg-results"></ul></div></div></div>'
        '<div id="aikg-message" role="status" hidden></div></header>',
        '<main><div id="aikg-graph" aria-label="knowledge graph"></div>'
        '<aside><h2>Legend</h2><div id="aikg-legend"></div>'
        '<h2>Details</h2><div id="aikg-details"></div></aside></main>',
        f'<script type="application/json" id="aikg-data">{script_json(data)}</script>',
        f"<script>{vis_js}</script>",
        f"<script>{app_js}</script>",
        "</body>",
        "</html>",
        "",
    ])


_CSS_LENGTH = re.compile(r"(?:\d+(?:\.\d+)?(?:px|vh|em|rem|%)|max\(\d+px, ?\d+vh\)|min\(\d+px, ?\d+vh\))\Z")


def iframe(page: str, height: int | str) -> str:
    """The page as an iframe srcdoc: no file, and sandboxed (scripts only, opaque
    origin) so it cannot reach the notebook around it. `height`: pixels or a CSS length."""
    if isinstance(height, bool) or not (isinstance(height, int) or _CSS_LENGTH.match(str(height))):
        raise InvalidValue(f"height {height!r} is not a number of pixels or a CSS length such as 80vh")
    css = f"{height}px" if isinstance(height, int) else height
    # Wrapped in a div: IPython warns about HTML that starts with <iframe.
    return (f'<div class="aikg-inline"><iframe srcdoc="{html.escape(page, quote=True)}" sandbox="allow-scripts allow-popups" '
            f'style="width:100%;height:{css};border:1px solid #ddd" '
            f'title="aikg graph"></iframe></div>')
