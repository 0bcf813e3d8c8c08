"""Terminal and Markdown rendering of store query results (dicts shaped like the export)."""

from __future__ import annotations

import calendar
import json
from collections.abc import Iterable
from typing import Optional

import click
from pydantic import BaseModel
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

out = Console(highlight=False, soft_wrap=False)


def cells(*values: str) -> list[Text]:
    """Table cells as plain text: a label such as "[disputed] …" or a quote with brackets must
    print as written, never be read as rich markup (which silently drops an unknown "[tag]")."""
    return [Text(v) for v in values]


def dicts(records: Iterable[BaseModel], exclude: Optional[set[str]] = None) -> list[dict]:
    """Store records as the plain JSON-able dicts the renderers (and --format json) print."""
    return [r.model_dump(mode="json", exclude=exclude) for r in records]


def status_text(ev: dict) -> str:
    """An event's status where it is not plainly HAPPENED: never show the rest as facts."""
    status = ev.get("status") or "HAPPENED"
    return "" if status == "HAPPENED" else status.replace("_", " ").lower()


def _labelled(ev: dict) -> str:
    st = status_text(ev)
    return f"[{st}] {ev['label']}" if st else ev["label"]


def date_text(d) -> str:
    if not d:
        return "undated"
    start, end = _open_year(d.get("start")), _open_year(d.get("end"))
    return start if not end or end == start else f"{start} / {end}"


def _open_year(iso):
    """ "XXXX-12" (a month the article gives without a year anyone can tell) → "December, year
    unknown": the stored value keeps the ISO form; a reader should not have to decode it."""
    if not iso or not iso.startswith("XXXX-") or not iso[5:7].isdigit() or not 1 <= int(iso[5:7]) <= 12:
        return iso
    month = calendar.month_name[int(iso[5:7])]
    day = iso[8:10]
    return f"{month} {int(day)}, year unknown" if day.isdigit() else f"{month}, year unknown"


def _people(ev) -> str:
    return ", ".join(p["name"] for p in ev["participants"])


def timeline(events: list[dict], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(events, ensure_ascii=False, indent=1))
        return
    if fmt == "md":
        click.echo("| date | event | participants | place | reported by |\n|---|---|---|---|---|")
        for ev in events:
            click.echo(
                f"| {date_text(ev['date'])} | {_labelled(ev)} ({ev['type']}) | {_people(ev)} | "
                f"{ev.get('location_name') or ''} | {'; '.join(ev['sources'][:4])} ({ev['documents']} docs) |"
            )
        return
    dated = [ev for ev in events if ev["date"]]
    undated = [ev for ev in events if not ev["date"]]
    for title, rows in (("timeline", dated), ("undated events", undated)):
        if not rows:
            continue
        t = Table(title=f"{title} ({len(rows)})", title_justify="left", expand=False)
        t.add_column("date", no_wrap=True)
        t.add_column("event", overflow="fold", ratio=3)
        t.add_column("docs", justify="right")
        t.add_column("reported by", overflow="fold", ratio=2)
        t.add_column("id", no_wrap=True)
        for ev in rows:
            t.add_row(
                *cells(
                    date_text(ev["date"]) if ev["date"] else "",
                    _labelled(ev),
                    str(ev["documents"]),
                    "; ".join(ev["sources"][:2]),
                    ev["id"],
                )
            )
        out.print(t)


def entities(rows: list[dict], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    t = Table()
    for col in ("name", "type", "events", "aliases", "id"):
        t.add_column(col, overflow="fold")
    for e in rows:
        t.add_row(*cells(e["name"], e["type"], str(e["n_events"]), "; ".join(e["aliases"][:6]), e["id"]))
    out.print(t)


def claims(rows: list[dict], contradictions: list[dict], fmt: str) -> None:
    if fmt == "json":
        click.echo(
            json.dumps({"claims": rows, "contradictions": contradictions}, ensure_ascii=False, indent=1)
        )
        return
    t = Table()
    for col in ("stance", "speaker", "claim", "according to", "outlet"):
        t.add_column(col, overflow="fold")
    for c in rows:
        t.add_row(
            *cells(
                c["stance"],
                c["speaker_text"] or "",
                " ".join(c["text"].split())[:200],
                "; ".join(c["attributed_to"]),
                c.get("outlet") or c["doc"],
            )
        )
    out.print(t)
    if contradictions:
        out.print(f"\n[bold]{len(contradictions)} contradictions[/bold]")
        for k in contradictions:
            out.print(f"- {k['reason']}", markup=False)


def contradictions(rows: list[dict], fmt: str) -> None:
    """Each disagreement with its sides: who says what, where, backed by what."""
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        click.echo("no contradictions")
        return
    for k in rows:
        flag = " (qualified denial)" if k.get("qualified") else ""
        out.print(
            f"\n[bold]{k['kind']}[/bold] {escape(k.get('question') or '')}{escape(flag)}",
            markup=True,
            highlight=False,
        )
        out.print(f"  {k['reason']}", markup=False)
        for p in k.get("positions") or []:
            e = p["evidence"]
            out.print(
                f"  [{p['label']}] {e.get('reports', 0)} report(s), {e.get('outlets', 0)} outlet(s), "
                f"{e.get('first_hand', 0)} first-hand, {e.get('second_hand', 0)} second-hand"
                + (f"; later: {', '.join(e['later_facts'])}" if e.get("later_facts") else ""),
                markup=False,
            )
            for r in p["reports"][:4]:
                when = r.get("published") or "?"
                text = " ".join(r["text"].split())[:180]
                out.print(f"    {when} {r.get('outlet') or r['doc']}: {text}", markup=False)
            if len(p["reports"]) > 4:
                out.print(f"    … {len(p['reports']) - 4} more", markup=False)


def show(item: dict, fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(item, ensure_ascii=False, indent=1))
        return
    if "evidence" in item:
        click.echo(f"{item['label']}  [{item['type']}]  {date_text(item['date'])}")
        click.echo(f"status: {item['status']} (confidence {item['confidence']:.2f})")
        if item.get("location_name"):
            click.echo(f"place: {item['location_name']}")
        click.echo("participants: " + _people(item))
        click.echo("sources: " + "; ".join(item["sources"]))
        for g in item["evidence"]:
            click.echo(
                f"\n== {g['outlet'] or g['source']} — {g['title'] or ''} ({g['published'] or 'undated'})"
            )
            for s in g["sentences"]:
                click.echo("  • " + " ".join(s["text"].split()))
        for c in item.get("claims", []):
            click.echo(f"\nclaim [{c['stance']}] {c['speaker_text'] or '?'}: {' '.join(c['text'].split())}")
        return
    click.echo(f"{item['name']}  [{item['type']}]")
    click.echo("aliases: " + "; ".join(item["aliases"]))
    for r in item["roles"]:
        click.echo(f"role: {r['role']} ({r['doc']})")
    for ev in item["events"]:
        click.echo(f"  {date_text(ev['date']):>24}  {_labelled(ev)}  ({ev['id']})")
    by_doc: dict = {}
    for m in item["mentions"]:
        by_doc.setdefault(m["doc"], []).append(m["text"])
    for doc, texts in by_doc.items():
        click.echo(f"  {doc}: " + ", ".join(sorted(set(texts))))
