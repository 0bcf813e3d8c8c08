"""The `storyline` command: one CLI over the same store as the web UI."""

from __future__ import annotations

import os
import sys

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from storyline.ingest.metadata import iso_date
from storyline.model import CONTRADICTION_KINDS, STATUSES, TIMELINE_STATUSES
from storyline.present import render
from storyline.present.exporters import EXPORT_FORMATS
from storyline.store import DB_ERRORS, NotFound, StoreError, default_path, is_server, open_store

db_option = click.option(
    "--db",
    envvar="STORYLINE_DB",
    default=None,
    show_default="storyline.db",
    help="the store: an SQLite file, or postgresql://… for a PostgreSQL database (or set STORYLINE_DB).",
)
err = Console(stderr=True)


def _open(db, create: bool = False, finish: bool = True):
    """Open the store; unless told not to, finish a resolution an earlier run left pending
    (killed mid-resolution) before anything reads it."""
    path = default_path(db)
    if not create and not is_server(path) and not os.path.exists(path):
        raise click.ClickException(f"no store at {path}: run `storyline ingest PATH --db {path}` first")
    try:
        # a file must exist (checked above); a server's store is created only by ingest
        store = open_store(path, create=create or not is_server(path))
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    if finish:
        finish_resolution(store)
    return store


def finish_resolution(store) -> None:
    from storyline.pipeline import resolve_store

    if store.resolution_pending():
        click.echo("finishing the cross-document resolution an earlier run left pending…", err=True)
        resolve_store(store)


def _statuses(ctx, param, value):
    """--status, repeatable or comma-separated, or `all`; default what is reported as fact."""
    wanted = {v.strip().upper() for item in value for v in item.split(",") if v.strip()}
    if not wanted:
        return frozenset(TIMELINE_STATUSES)
    if wanted == {"ALL"}:
        return frozenset(STATUSES)
    bad = sorted(wanted - set(STATUSES))
    if bad:
        raise click.BadParameter(f"{', '.join(bad)}: use {', '.join(STATUSES)} or all")
    return frozenset(wanted)


status_option = click.option(
    "--status",
    multiple=True,
    callback=_statuses,
    help="Event statuses to show, repeatable or comma-separated, or `all` "
    "(default: HAPPENED,DISPUTED, what the sources report as fact).",
)


def _date(ctx, param, value):
    if value is None:
        return None
    iso = iso_date(value)
    if not iso:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    return iso


@click.group()
@click.version_option(package_name="storyline")
def cli():
    """Turn a pile of news articles into a sourced timeline, entity graph and claims."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--published", callback=_date, help="Publication date for every article given (YYYY-MM-DD).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    show_default="all cores",
    help="Processes that clean and extract (each loads the model once); the store has one writer.",
)
@click.option(
    "--dask",
    type=click.Choice(["local"]),
    help="Run reading, cleaning and extraction as Dask tasks on a new local cluster (--workers processes).",
)
@click.option(
    "--scheduler",
    metavar="tcp://HOST:8786",
    help="Run them on the workers of this Dask cluster (files at the same path on every worker).",
)
def ingest(paths, db, published, quiet, workers, dask, scheduler):
    """Ingest files, folders (recursive), globs, '-' for stdin, or WARC files."""
    from storyline.pipeline import Summary, ingest_paths
    from storyline.pool import cores

    client = cluster = None
    if dask or scheduler:
        from storyline.dask_ingest import connect

        try:
            client, cluster = connect(scheduler, workers or cores())
        except (OSError, TimeoutError, ValueError) as exc:
            raise click.ClickException(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc
    store = _open(db, create=True, finish=False)  # the ingest resolves at its end anyway
    summary = Summary()
    show = not quiet and err.is_terminal
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=not show,
        # redrawn as each article is read, by this thread: a refresh thread would make forking
        # the workers unsafe (pool.py), and they would come from a slower fork server
        auto_refresh=False,
    ) as bar:
        task = bar.add_task("ingesting", total=_count(paths))
        progress = lambda src: bar.update(task, advance=1, description=src[-40:], refresh=True)  # noqa: E731
        try:
            if client is not None:
                from storyline.dask_ingest import ingest_dask

                ingest_dask(store, paths, client, published=published, progress=progress, summary=summary)
            else:
                ingest_paths(
                    store,
                    paths,
                    published=published,
                    progress=progress,
                    stdin=sys.stdin.buffer,
                    summary=summary,
                    workers=workers or cores(),
                )
            fatal = None
        except (OSError, *DB_ERRORS) as exc:  # the store itself: stop, but report
            fatal = exc
        finally:
            for closing in (client, cluster):
                if closing is not None:
                    closing.close()
    for f in summary.failed:  # one line per failure, never wrapped: users grep these
        click.echo(f"failed {f.source}: {f.reason}", err=True)
    click.echo(summary.line(), err=False)
    store.close()
    if fatal is not None:
        click.echo(f"error: the run stopped: {fatal}; what is counted above is stored", err=True)
        sys.exit(2)
    if summary.failed:
        sys.exit(1)


@cli.command()
@db_option
@click.option(
    "--full", is_flag=True, default=True, hidden=True, help="the default: every component from scratch"
)
def resolve(db, full):
    """Re-run the cross-document resolution over the whole store, every component from scratch
    (entities, events, contradictions). An ingest resolves its new articles against a block of
    candidates only (docs/scale.md); this brings the store back to exactly a full resolution:
    after an upgrade, a crash, or periodically on an archive fed article by article."""
    from storyline.pipeline import resolve_store

    store = _open(db, finish=False)
    resolve_store(store, force=True)
    click.echo(", ".join(f"{v} {k}" for k, v in store.counts().model_dump().items()))
    store.close()


@cli.command()
@click.argument("docs", nargs=-1, required=True)
@db_option
def remove(docs, db):
    """Remove documents (by id, as `storyline export` or the API give them) with everything only
    they supported: their mentions and claims, and the entities, events and contradictions no
    other document reports. What they shared with others is resolved again without them."""
    from storyline.pipeline import resolve_store
    from storyline.store.base import NotFound

    store = _open(db, finish=False)
    try:
        store.remove_documents(list(dict.fromkeys(docs)))
    except NotFound as exc:
        store.close()
        raise click.ClickException(str(exc)) from exc
    resolve_store(store)
    click.echo(
        f"removed {len(set(docs))} document(s); "
        + ", ".join(f"{v} {k}" for k, v in store.counts().model_dump().items())
    )
    store.close()


def _count(paths):
    """Articles to expect, when every file is one article (else the bar just counts)."""
    from storyline.ingest.readers import TEXT_SUFFIXES, expand
    from storyline.ingest.warc import is_warc

    files = list(expand(list(paths)))
    many = [
        f
        for f in files
        if isinstance(f, str)
        and (
            f == "-"
            or is_warc(f)
            or TEXT_SUFFIXES.get(os.path.splitext(f)[1].lower()) in ("jsonl", "json", "csv")
        )
    ]
    return None if many else len(files)


@cli.command()
@db_option
@click.option("--entity", help="Only events with this participant (name or id).")
@click.option("--from", "date_from", callback=_date, help="Earliest date (YYYY[-MM[-DD]]).")
@click.option("--to", "date_to", callback=_date, help="Latest date.")
@status_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "md"]), default="table")
def timeline(db, entity, date_from, date_to, status, fmt):
    """Events in date order, each with its sources and (unless HAPPENED) its status."""
    store = _open(db)
    ent_id = _entity_id(store, entity) if entity else None
    page = store.events(entity=ent_id, date_from=date_from, date_to=date_to, status=status)
    render.timeline(render.dicts(page.items), fmt)


def _entity_id(store, name):
    ent = store.find_entity(name)
    if ent is None:
        raise click.ClickException(f"no entity matches {name!r}; see `storyline entities`")
    return ent.id


@cli.command()
@db_option
@click.option("--type", "type_", help="PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, OTHER")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def entities(db, type_, fmt):
    """Entities with their aliases and number of events."""
    page = _open(db).entities(type=type_)
    render.entities(render.dicts(page.items, exclude={"mentions"}), fmt)


@cli.command()
@db_option
@click.option("--type", "type_", help="MEET, CALL, COMMUNICATE, PROPOSE, DENY, FIRE, …")
@status_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def events(db, type_, status, fmt):
    """Every event, dated ones first (HAPPENED and DISPUTED unless --status asks)."""
    page = _open(db).events(type=type_, status=status)
    render.timeline(render.dicts(page.items), fmt)


@cli.command()
@db_option
@click.option("--stance", type=click.Choice(["ASSERT", "DENY", "CONFIRM", "DECLINE"], case_sensitive=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def claims(db, stance, fmt):
    """Who asserts, confirms, denies or declines to comment on what."""
    store = _open(db)
    rows = render.dicts(store.claims(stance=stance).items)
    render.claims(rows, render.dicts(store.contradictions().items), fmt)


@cli.command()
@db_option
@click.option("--entity", help="Only disagreements about this entity (name or id).")
@click.option(
    "--kind",
    type=click.Choice(list(CONTRADICTION_KINDS), case_sensitive=False),
    multiple=True,
    help="Only these kinds (repeatable).",
)
@click.option("--format", "fmt", type=click.Choice(["table", "text", "json"]), default="table")
def contradictions(db, entity, kind, fmt):
    """Where the sources disagree: one entry per disagreement, each side with its sentences."""
    store = _open(db)
    who = None
    if entity:
        found = store.find_entity(entity)
        if found is None:
            raise click.ClickException(f"no entity matches {entity!r}")
        who = found.id
    kinds = {x.upper() for x in kind} or None
    rows = render.dicts(store.disagreements(kinds=kinds, entity=who).items)
    render.contradictions(rows, fmt)


@cli.command()
@click.argument("item_id")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def show(item_id, db, fmt):
    """An event or entity with every source sentence, per document."""
    store = _open(db)
    try:
        item = store.event(item_id)
    except NotFound as no_event:  # not an event id: an entity, by id or name
        entity = store.find_entity(item_id)
        if entity is None:
            raise click.ClickException(f"{no_event.args[0]}, and no entity matches it") from no_event
        item = store.entity(entity.id)
    render.show(item.model_dump(mode="json"), fmt)


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="json", show_default=True)
@click.option(
    "--out", type=click.Path(dir_okay=True), help="File to write (a folder or .zip for csv); default stdout."
)
@click.option(
    "--graph",
    "shape",
    type=click.Choice(["entities", "bipartite"]),
    default="entities",
    show_default=True,
    help="graphml/gexf: entities linked by shared events, or events as nodes too.",
)
@click.option("--entity", help="Only the events this entity (name or id) takes part in.")
@click.option("--from", "date_from", callback=_date, help="Only events on or after this date.")
@click.option("--to", "date_to", callback=_date, help="Only events on or before this date.")
@click.option(
    "--status",
    "statuses",
    multiple=True,
    # as the timeline's: repeatable or comma-separated, or `all` (an empty one: the format's default)
    callback=lambda ctx, param, value: _statuses(ctx, param, value) if value else None,
    help="Only events with this status (repeatable or comma-separated, or `all`). "
    "Default: all, but HAPPENED and DISPUTED for the graph.",
)
def export(db, fmt, out, shape, entity, date_from, date_to, statuses):
    """The whole store: JSON (the contract), CSV tables, GraphML/GEXF, FollowTheMoney, Markdown/HTML report."""
    from storyline.present.exporters import ExportError, ExportFilter, write_export

    store = _open(db)
    where = ExportFilter(
        entity=_entity_id(store, entity) if entity else None,
        date_from=date_from,
        date_to=date_to,
        statuses=statuses,
    )
    try:
        write_export(store, fmt, out, shape, where)
    except ExportError as exc:
        raise click.ClickException(str(exc)) from exc


def _register_optional():
    """Commands that live in their own modules."""
    from storyline.present.cli_dates import dates

    cli.add_command(dates)
    from storyline.present.serve import serve

    cli.add_command(serve)
    from storyline.present.cli_summary import summary

    cli.add_command(summary)
    from storyline.present.cli_ask import ask

    cli.add_command(ask)
    from storyline.present.cli_copy import copy

    cli.add_command(copy)


_register_optional()


def main():
    cli()
