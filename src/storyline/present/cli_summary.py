"""`storyline summary`: the story's key-event timeline and a one-paragraph overview, every
sentence quoted from a source and cited (document, character span)."""

from __future__ import annotations

import html
import json

import click

from storyline.present.summary import in_date_order, overview, summarise


def _cite(s: dict) -> str:
    return f"{s['doc']}:{s['start']}-{s['end']}"


def render_md(timeline: list[dict], intro: list[dict]) -> str:
    lines = ["## Overview", ""]
    lines.append(" ".join(f"{s['text']} [{_cite(s)}]" for s in intro) or "(nothing to summarise)")
    lines += ["", "## Timeline", ""]
    for t in timeline:
        lines.append(f"**{t['date']}**")
        lines += [f"- {s['text']} [{_cite(s)}]" for s in t["sentences"]]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def render_html(timeline: list[dict], intro: list[dict]) -> str:
    esc = html.escape

    def cite(s):
        return f'<cite data-doc="{esc(s["doc"])}" data-start="{s["start"]}" data-end="{s["end"]}">[{esc(_cite(s))}]</cite>'

    parts = ['<!doctype html><meta charset="utf-8"><title>Story summary</title>', "<h2>Overview</h2><p>"]
    parts.append(" ".join(f"{esc(s['text'])} {cite(s)}" for s in intro))
    parts.append("</p><h2>Timeline</h2><dl>")
    for t in timeline:
        parts.append(f"<dt><time>{t['date']}</time></dt>")
        parts += [f"<dd>{esc(s['text'])} {cite(s)}</dd>" for s in t["sentences"]]
    parts.append("</dl>")
    return "\n".join(parts) + "\n"


def _options(f):
    from storyline.present.cli import _date, db_option

    for opt in reversed(
        [
            db_option,
            click.option(
                "-k",
                "--dates",
                "k",
                type=click.IntRange(1, 500),
                help="How many dates [default: from corpus size].",
            ),
            click.option(
                "--sentences",
                "per_date",
                type=click.IntRange(1, 2),
                default=1,
                show_default=True,
                help="Sentences per date.",
            ),
            click.option("--entity", help="Only what this entity (name or id) takes part in."),
            click.option("--from", "date_from", callback=_date, help="Earliest date (YYYY[-MM[-DD]])."),
            click.option("--to", "date_to", callback=_date, help="Latest date."),
            click.option(
                "--format", "fmt", type=click.Choice(["md", "json", "html"]), default="md", show_default=True
            ),
        ]
    ):
        f = opt(f)
    return f


@click.command("summary")
@_options
def summary(db, k, per_date, entity, date_from, date_to, fmt):
    """The story's key dates, one or two quoted source sentences each, in date order, after a
    one-paragraph overview (md, html). JSON: [{"date", "sentences": [{"text", "doc", "start", "end"}], "events"}]."""
    from storyline.present.cli import _entity_id, _open

    store = _open(db)
    try:
        ent_id = _entity_id(store, entity) if entity else None
        ranked = summarise(store, k, per_date, ent_id, date_from, date_to)
    finally:
        store.close()
    timeline = in_date_order(ranked)
    if fmt == "json":
        click.echo(json.dumps(timeline, ensure_ascii=False, indent=2))
    elif fmt == "html":
        click.echo(render_html(timeline, overview(ranked)), nl=False)
    else:
        click.echo(render_md(timeline, overview(ranked)), nl=False)
