"""The article text of an HTML page with the standard library, for when trafilatura cannot run.

trafilatura 2.3 imports `lxml.html.clean`, which lxml 5.2+ moved to the
separate `lxml_html_clean` package; without it `import trafilatura` fails and
every HTML file would stop the build. This reader keeps the article: it drops
scripts, styles, navigation, headers, footers, asides and forms, prefers the
`<article>` (or `<main>`) element when the page has one, and keeps blocks of
prose, not link lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_SKIP = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template",
                   "svg", "iframe", "button", "select", "menu", "figure"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source",
                   "track", "wbr"})
_BLOCK = frozenset({"p", "div", "section", "article", "main", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                    "blockquote", "pre", "td", "th", "dd", "dt", "tr", "table", "ul", "ol", "body"})
_MIN_WORDS = 6  # shorter blocks are menus, bylines and buttons


@dataclass
class Page:
    title: str | None = None
    body: str = ""
    url: str | None = None
    published: str | None = None
    site: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0  # depth inside elements whose text is never article text
        self.article = 0  # depth inside <article>/<main>
        self.blocks: list[tuple[bool, list[str]]] = [(False, [])]
        self.title: list[str] = []
        self.in_title = False
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and values.get("content"):
                self.meta.setdefault(key, values["content"])
            return
        if tag == "link" and values.get("rel", "").lower() == "canonical" and values.get("href"):
            self.meta.setdefault("canonical", values["href"])
        if tag == "time" and values.get("datetime"):
            self.meta.setdefault("time", values["datetime"])
        if tag in _VOID:
            return
        if tag == "title":
            self.in_title = True
        if tag in _SKIP:
            self.skip += 1
        elif tag in ("article", "main"):
            self.article += 1
        if tag in _BLOCK:
            self.blocks.append((self.article > 0, []))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP and self.skip:
            self.skip -= 1
        elif tag in ("article", "main") and self.article:
            self.article -= 1
        if tag in _BLOCK:
            self.blocks.append((self.article > 0, []))

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.blocks[-1][1].append(data)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def read_html(html: str) -> Page:
    """Title, article text, canonical URL, publication date and site name of one page."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    blocks = [(inside, _clean("".join(parts))) for inside, parts in reader.blocks]
    chosen = [text for inside, text in blocks if inside and text] if any(i and t for i, t in blocks) else \
        [text for _, text in blocks if text]
    prose = [text for text in chosen if len(text.split()) >= _MIN_WORDS]
    meta = reader.meta
    return Page(title=_clean("".join(reader.title)) or meta.get("og:title") or None, body="\n".join(prose),
                url=meta.get("og:url") or meta.get("canonical"),
                published=meta.get("article:published_time") or meta.get("datepublished") or meta.get("date")
                or meta.get("time"),
                site=meta.get("og:site_name"), meta=meta)
