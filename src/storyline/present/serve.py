"""``storyline serve``: the web UI and the JSON API over one store, on 127.0.0.1 by default."""

from __future__ import annotations

import os

import click

from storyline.store import StoreError, default_path, is_server, open_store, shown_path


@click.command()
@click.option(
    "--db",
    "db",
    default=None,
    metavar="PATH|DSN",
    help="store to serve, a file or postgresql://… (default: $STORYLINE_DB, else storyline.db here)",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="address to bind; anything but 127.0.0.1 exposes the store to your network",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port")
@click.option(
    "--allowed-host",
    "allowed_hosts",
    multiple=True,
    metavar="NAME",
    help="also answer requests for this host name (repeatable; '*' for any). Always allowed:"
    " localhost, 127.0.0.1, ::1 and the --host address",
)
def serve(db: str | None, host: str, port: int, allowed_hosts: tuple[str, ...]) -> None:
    """Serve the timeline, network and evidence UI, and the read-only JSON API (/api, /docs)."""
    import uvicorn

    from storyline.present.api import create_app
    from storyline.present.cli import finish_resolution

    path = default_path(db)
    if not is_server(path) and not os.path.exists(path):
        raise click.UsageError(f"no store at {path}: run `storyline ingest <paths> --db {path}` first")
    try:
        # the one write serve may make: finishing a resolution a killed run left pending
        store = open_store(path, create=False, migrate=False)
        finish_resolution(store)
        store.close()
        app = create_app(path, allowed_hosts=(host, *allowed_hosts))
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    shown = f"[{host}]" if ":" in host else host
    click.echo(
        f"storyline: serving {shown_path(path)} at http://{shown}:{port}/  (API docs: /docs; Ctrl-C stops)"
    )
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(
            f"warning: bound to {host}: anyone who can reach this machine can read the store", err=True
        )
    uvicorn.run(app, host=host, port=port, log_level="warning")


__all__ = ["serve"]
