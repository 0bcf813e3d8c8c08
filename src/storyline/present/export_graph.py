"""Network export for Gephi and friends: GraphML or GEXF through networkx.

``entities`` (the default) is the who-is-linked-to-whom network: people, organisations and
places as nodes (type, mention count), an edge wherever two take part in the same event, with
how many events, the first and last date and the event ids. In GEXF the nodes and edges carry
their time span, so Gephi's timeline plays the story. ``bipartite`` keeps events as nodes too.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

import networkx as nx

from storyline.model import first_day, last_day

SHAPES = ("entities", "bipartite")


def _span(ev: dict[str, Any]) -> tuple[str | None, str | None]:
    d = ev.get("date") or {}
    lo = first_day(d.get("start"))
    hi = last_day(d.get("end") or d.get("start"))
    return (lo, max(lo, hi)) if lo and hi else (None, None)


def _widen(attrs: dict[str, Any], lo: str | None, hi: str | None) -> None:
    """Grow an element's time span (GEXF 'start'/'end', ISO days) to cover [lo, hi]."""
    if lo and hi:
        attrs["start"] = min(attrs.get("start") or lo, lo)
        attrs["end"] = max(attrs.get("end") or hi, hi)


def build_graph(data: dict[str, Any], shape: str = "entities") -> nx.Graph:
    if shape not in SHAPES:
        raise ValueError(f"unknown graph shape {shape!r}: use one of {', '.join(SHAPES)}")
    g = nx.Graph(name="storyline", shape=shape)
    # what a node shows of each entity, not its mentions: the export's lists are read as they go
    entities = {
        e["id"]: {"name": e["name"], "type": e["type"], "n": len(e["mentions"])} for e in data["entities"]
    }
    for ev in data["events"]:
        ids = sorted({p["entity"] for p in ev["participants"] if p["entity"] in entities})
        lo, hi = _span(ev)
        for eid in ids:
            if eid not in g:
                e = entities[eid]
                g.add_node(eid, label=e["name"], kind="entity", type=e["type"], mentions=e["n"])
            _widen(g.nodes[eid], lo, hi)
        if shape == "bipartite":
            g.add_node(
                ev["id"],
                label=ev["label"],
                kind="event",
                type=ev["type"],
                status=ev.get("status", ""),
                documents=len({m["doc"] for m in ev["mentions"]}),
            )
            _widen(g.nodes[ev["id"]], lo, hi)
            for p in ev["participants"]:
                if p["entity"] in entities:
                    g.add_edge(p["entity"], ev["id"], role=p.get("role") or "")
            continue
        for a, b in combinations(ids, 2):
            if not g.has_edge(a, b):
                g.add_edge(a, b, weight=0, events="", labels="")
            edge = g[a][b]
            edge["weight"] += 1
            edge["events"] = "; ".join(filter(None, [edge["events"], ev["id"]]))
            edge["labels"] = "; ".join(filter(None, [edge["labels"], ev["label"]]))
            _widen(edge, lo, hi)
            edge["first"], edge["last"] = edge.get("start", ""), edge.get("end", "")
    return g


def write_graph(data: dict[str, Any], out: Any, fmt: str, shape: str = "entities") -> nx.Graph:
    g = build_graph(data, shape)
    if fmt == "graphml":
        # GraphML has no time axis: the span stays as the plain 'first'/'last' attributes
        plain = g.copy()
        for _, attrs in [*plain.nodes(data=True), *((None, a) for *_, a in plain.edges(data=True))]:
            attrs.pop("start", None)
            attrs.pop("end", None)
        nx.write_graphml(plain, out)
    elif fmt == "gexf":
        nx.write_gexf(g, out)
    else:
        raise ValueError(f"unknown graph format {fmt!r}")
    return g
