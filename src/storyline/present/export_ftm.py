"""FollowTheMoney export (one entity per line, JSON), for Aleph and the ``ftm`` tools.

People and organisations become Person / Organization, places Address, articles Article,
events Event (with ``involved``, dates and place) and every document that names an entity or
reports an event a Documentation link, so each fact keeps its source in Aleph too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import IO, Any

from followthemoney import model
from followthemoney.proxy import EntityProxy

SCHEMA = {"PERSON": "Person", "ORG": "Organization", "GPE": "Address", "LOC": "Address", "FAC": "Address"}


def fid(key: str) -> str:
    """An FtM entity id for a storyline id (FtM ids allow letters, digits, '.' and '-')."""
    return "storyline-" + re.sub(r"[^A-Za-z0-9.-]", "-", key)


def _proxy(schema: str, key: str, **props: Any) -> EntityProxy:
    proxy = model.make_entity(schema)
    proxy.id = fid(key)
    for prop, value in props.items():
        for v in value if isinstance(value, list) else [value]:
            if v not in (None, ""):
                proxy.add(prop, v)
    return proxy


def _place(e: dict[str, Any]) -> dict[str, Any]:
    return {"full": e["name"], "summary": "; ".join(e["aliases"])}


def proxies(data: dict[str, Any]) -> Iterator[EntityProxy]:
    """Every FtM entity of the export, as its lists are read: only the names of the entities
    FtM has a schema for are held (events name their place)."""
    places = {e["id"]: e["name"] for e in data["entities"] if e["type"] in SCHEMA}
    for d in data["documents"]:
        yield _proxy(
            "Article",
            d["id"],
            title=d.get("title"),
            bodyText=d["text"],
            publishedAt=d.get("published"),
            publisher=d.get("outlet"),
            author=d.get("author"),
            sourceUrl=_url(d["source"]),
            fileName=None if _url(d["source"]) else d["source"],
        )
    for e in data["entities"]:
        if e["type"] not in SCHEMA:
            continue
        schema = SCHEMA[e["type"]]
        props = _place(e) if schema == "Address" else {"name": e["name"], "alias": e["aliases"]}
        yield _proxy(schema, e["id"], **props)
        for doc in sorted({m["doc"] for m in e["mentions"]}):
            yield _proxy(
                "Documentation",
                f"{doc}-{e['id']}",
                document=fid(doc),
                entity=fid(e["id"]),
                role="mentioned",
                proof=fid(doc),
            )
    for ev in data["events"]:
        date = ev.get("date") or {}
        involved = [fid(p["entity"]) for p in ev["participants"] if p["entity"] in places]
        place = places.get(ev["location"] or "")
        status = ev.get("status")
        yield _proxy(
            "Event",
            ev["id"],
            name=ev["label"],
            summary=f"{ev['type']}" + (f", {status}" if status else ""),
            startDate=_iso(date.get("start")),
            endDate=_iso(date.get("end")),
            involved=involved,
            location=place,
            description=[m["text"] for m in ev["mentions"]][:20],
            proof=[fid(d) for d in sorted({m["doc"] for m in ev["mentions"]})],
        )
        for doc in sorted({m["doc"] for m in ev["mentions"]}):
            yield _proxy(
                "Documentation",
                f"{doc}-{ev['id']}",
                document=fid(doc),
                entity=fid(ev["id"]),
                role="reports",
                proof=fid(doc),
            )


def _iso(value: str | None) -> str | None:
    """FtM dates are ISO prefixes; an open year ('XXXX-12') is not one."""
    return value if value and value[:4].isdigit() else None


def _url(source: str) -> str | None:
    return source if source.startswith(("http://", "https://")) else None


def write_ftm(data: dict[str, Any], out: IO[str]) -> int:
    n = 0
    for proxy in proxies(data):
        out.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n
