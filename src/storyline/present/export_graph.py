"""Network export for Gephi and friends: GraphML or GEXF through networkx.

Two shapes: ``bipartite`` (entities and events as nodes, an edge from each participant to its
event) keeps every event; ``entities`` (people and organisations linked when they take part in
the same event, weighted by how many) is the classic who-is-linked-to-whom view.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

import networkx as nx

SHAPES = ("bipartite", "entities")


def _entity_node(e: dict[str, Any]) -> dict[str, Any]:
    return {
        "label": e["name"],
        "kind": "entity",
        "type": e["type"],
        "aliases": "; ".join(e["aliases"]),
        "mentions": len(e["mentions"]),
    }


def build_graph(data: dict[str, Any], shape: str = "bipartite") -> nx.Graph:
    if shape not in SHAPES:
        raise ValueError(f"unknown graph shape {shape!r}: use one of {', '.join(SHAPES)}")
    g = nx.Graph(name="storyline", shape=shape)
    entities = {e["id"]: e for e in data["entities"]}
    for ev in data["events"]:
        ids = [p["entity"] for p in ev["participants"] if p["entity"] in entities]
        for eid in ids:
            if eid not in g:
                g.add_node(eid, **_entity_node(entities[eid]))
        date = (ev.get("date") or {}).get("start") or ""
        n_docs = len({m["doc"] for m in ev["mentions"]})
        if shape == "bipartite":
            g.add_node(
                ev["id"],
                label=ev["label"],
                kind="event",
                type=ev["type"],
                date=date,
                status=ev.get("status", ""),
                documents=n_docs,
            )
            for p in ev["participants"]:
                if p["entity"] in entities:
                    g.add_edge(p["entity"], ev["id"], role=p.get("role") or "")
            continue
        for a, b in combinations(sorted(set(ids)), 2):
            if g.has_edge(a, b):
                g[a][b]["weight"] += 1
                g[a][b]["events"] += "; " + ev["label"]
            else:
                g.add_edge(a, b, weight=1, events=ev["label"])
    return g


def write_graph(data: dict[str, Any], path: Any, fmt: str, shape: str = "bipartite") -> nx.Graph:
    g = build_graph(data, shape)
    if fmt == "graphml":
        nx.write_graphml(g, path)
    elif fmt == "gexf":
        nx.write_gexf(g, path)
    else:
        raise ValueError(f"unknown graph format {fmt!r}")
    return g
