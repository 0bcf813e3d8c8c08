"""``storyline copy SRC DST``: a whole store into a new, empty one, e.g. a laptop's SQLite file
onto the team's PostgreSQL server."""

from __future__ import annotations

import click

from storyline.store import DB_ERRORS, StoreError, open_store, shown_path


@click.command()
@click.argument("src")
@click.argument("dst")
def copy(src: str, dst: str) -> None:
    """Copy the store SRC (a file or postgresql://…) into DST, a new or empty store."""
    from storyline.present.cli import _open
    from storyline.store.copy import copy_store
    from storyline.store.sql import SQLStore

    source = _open(src)  # finishes a resolution a killed run left pending: copy a whole store
    try:
        target = open_store(dst)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        assert isinstance(source, SQLStore) and isinstance(target, SQLStore)
        counts = copy_store(source, target)
    except DB_ERRORS as exc:
        raise click.ClickException(f"nothing copied: {exc}") from exc
    finally:
        source.close()
        target.close()
    click.echo(f"copied {counts.documents} documents, {counts.events} events, "
               f"{counts.entities} entities into {shown_path(dst)}")  # fmt: skip
