"""A report an editor can read: the timeline, the disagreements and the people, every line cited.

Built once as plain blocks (headings, paragraphs, bullet items with citation numbers, and the
numbered sources), then rendered to Markdown or to a self-contained HTML page; both renderers
escape the article text, which is never trusted as markup.
"""

from __future__ import annotations

import heapq
import html
from dataclasses import dataclass, field
from typing import Any

from storyline.model import TIMELINE_STATUSES

MAX_CITES = 3  # sentences quoted per event or claim; the export has them all


@dataclass
class Report:
    title: str
    blocks: list[tuple[str, Any]] = field(
        default_factory=list
    )  # ("h2", text) | ("p", text) | ("li", (text, [n]))
    sources: list[str] = field(default_factory=list)  # the n-th citation, 1-based
    _index: dict[tuple[str, int, int], int] = field(default_factory=dict)

    def cite(self, doc: dict[str, Any] | None, start: int, end: int, text: str) -> int:
        key = ((doc or {}).get("id", ""), start, end)
        if key not in self._index:
            where = ", ".join(
                x
                for x in ((doc or {}).get("outlet"), (doc or {}).get("published"), (doc or {}).get("title"))
                if x
            )
            self.sources.append(f"“{text.strip()}” — {where or (doc or {}).get('source', 'unknown source')}")
            self._index[key] = len(self.sources)
        return self._index[key]


def _when(ev: dict[str, Any]) -> str:
    d = ev.get("date") or {}
    start, end = d.get("start"), d.get("end")
    if not start:
        return "undated"
    return start if not end or end == start else f"{start} – {end}"


def build_report(data: dict[str, Any], title: str = "Story report") -> Report:
    # one pass over each list of the export, holding what a line shows, never the texts
    keys = ("id", "outlet", "published", "title", "source")
    docs: dict[str, dict[str, Any]] = {}
    for d in data["documents"]:
        docs[d["id"]] = {k: d.get(k) for k in keys}
    names = {e["id"]: e["name"] for e in data["entities"]}
    rep = Report(title)
    outlets = sorted({d["outlet"] for d in docs.values() if d.get("outlet")})
    dates = sorted(d["published"] for d in docs.values() if d.get("published"))
    span = f", published {dates[0]} to {dates[-1]}" if dates else ""
    rep.blocks.append(
        (
            "p",
            f"{len(docs)} articles from {len(outlets)} outlet(s){span}. "
            "Numbers in brackets point to the quoted sentences at the end.",
        )
    )

    def quotes(mentions: list[dict[str, Any]]) -> list[tuple[str, int, int, str]]:
        # one cite per sentence: two triggers of one sentence are two mentions, one quote
        sentences = list({(m["doc"], m["start"], m["end"]): m for m in mentions}.values())
        return [(m["doc"], m["start"], m["end"], m["text"]) for m in sentences[:MAX_CITES]]

    def event_line(ev: dict[str, Any]) -> tuple[tuple[bool, str, str], str, list[tuple[str, int, int, str]]]:
        """The event's place in the timeline, its line and its quotes (cited once placed)."""
        who = ", ".join(names.get(p["entity"], "?") for p in ev["participants"])
        n_docs = len({m["doc"] for m in ev["mentions"]})
        status = ev.get("status") or "HAPPENED"
        flag = "" if status == "HAPPENED" else f" [{status.lower().replace('_', ' ')}]"
        text = f"{_when(ev)}: {ev['label']}{flag}" + (f" ({who})" if who else "") + f", {n_docs} article(s)"
        start = (ev.get("date") or {}).get("start") or ""
        return (not start[:4].isdigit(), start, ev["label"]), text, quotes(ev["mentions"])

    facts: list[Any] = []
    others: list[Any] = []
    for ev in data["events"]:
        fact = (ev.get("status") or "HAPPENED") in TIMELINE_STATUSES
        (facts if fact else others).append(event_line(ev))

    def placed(lines: list[Any]) -> list[tuple[str, tuple[str, list[int]]]]:
        return [
            ("li", (text, [rep.cite(docs.get(doc), a, b, t) for doc, a, b, t in qs]))
            for _, text, qs in sorted(lines, key=lambda x: x[0])
        ]

    rep.blocks.append(("h2", "Timeline"))
    rep.blocks += placed(facts)
    if others:
        rep.blocks.append(("h2", "Reported, but not as facts (denied, planned, possible)"))
        rep.blocks += placed(others)
    contradictions = list(data["contradictions"])  # one per disagreement: a short list
    wanted = {c for k in contradictions for c in k["claims"]}
    claims = {c["id"]: c for c in data["claims"] if c["id"] in wanted}
    if contradictions:
        rep.blocks.append(("h2", "Where the sources disagree"))
        for k in contradictions:
            sides = [claims[c] for c in k["claims"] if c in claims]
            nums = [
                rep.cite(docs.get(c["doc"]), c.get("start", 0), c.get("end", 0), c["text"]) for c in sides
            ]
            rep.blocks.append(("li", (k["reason"], nums)))
    people = heapq.nsmallest(
        25,
        (
            (len(e["mentions"]), e["name"], e["type"], e["aliases"][:6])
            for e in data["entities"]
            if e["type"] in ("PERSON", "ORG")
        ),
        key=lambda x: (-x[0], x[1]),
    )
    if people:
        rep.blocks.append(("h2", "People and organisations"))
        for n, name, kind, aliases in people:
            alias = f" (also: {', '.join(aliases)})" if aliases else ""
            rep.blocks.append(("li", (f"{name}, {kind.lower()}, {n} mentions{alias}", [])))
    return rep


def to_markdown(rep: Report) -> str:
    out = [f"# {_md(rep.title)}", ""]
    for kind, value in rep.blocks:
        if kind == "h2":
            out += ["", f"## {_md(value)}", ""]
        elif kind == "p":
            out += [_md(value), ""]
        else:
            text, nums = value
            out.append(f"- {_md(text)}" + "".join(f" [{n}]" for n in nums))
    if rep.sources:
        out += ["", "## Sources", ""] + [f"{i}. {_md(s)}" for i, s in enumerate(rep.sources, 1)]
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    """Article text is data: escape what Markdown would read as markup or as raw HTML."""
    text = " ".join(text.split())
    for ch in "\\`*_{}[]<>#|":
        text = text.replace(ch, "\\" + ch)
    return text


def to_html(rep: Report) -> str:
    e = html.escape
    body = [f"<h1>{e(rep.title)}</h1>"]
    in_list = False
    for kind, value in rep.blocks:
        if kind == "li" and not in_list:
            body.append("<ul>")
            in_list = True
        elif kind != "li" and in_list:
            body.append("</ul>")
            in_list = False
        if kind == "h2":
            body.append(f"<h2>{e(value)}</h2>")
        elif kind == "p":
            body.append(f"<p>{e(value)}</p>")
        else:
            text, nums = value
            body.append(f"<li>{e(text)}" + "".join(f' <a href="#s{n}">[{n}]</a>' for n in nums) + "</li>")
    if in_list:
        body.append("</ul>")
    if rep.sources:
        body.append("<h2>Sources</h2><ol>")
        body += [f'<li id="s{i}">{e(s)}</li>' for i, s in enumerate(rep.sources, 1)]
        body.append("</ol>")
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{e(rep.title)}</title><style>body{{font:16px/1.5 system-ui,sans-serif;max-width:52em;"
        "margin:2em auto;padding:0 1em}li{margin:.3em 0}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
