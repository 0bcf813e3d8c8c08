"""``storyline serve``: the web UI and the JSON API over one store, on 127.0.0.1 by default."""

from __future__ import annotations

import os

import click

from storyline.store import default_path


@click.command()
@click.option(
    "--db",
    "db",
    default=None,
    metavar="PATH",
    help="store to serve (default: $STORYLINE_DB, else storyline.db here)",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="address to bind; anything but 127.0.0.1 exposes the store to your network",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port")
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the timeline, network and evidence UI, and the read-only JSON API (/api, /docs)."""
    import uvicorn

    from storyline.present.api import create_app

    path = default_path(db)
    if not os.path.exists(path):
        raise click.UsageError(f"no store at {path}: run `storyline ingest <paths> --db {path}` first")
    app = create_app(path)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"storyline: serving {path} at http://{shown}:{port}/  (API docs: /docs; Ctrl-C stops)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(
            f"warning: bound to {host}: anyone who can reach this machine can read the store", err=True
        )
    uvicorn.run(app, host=host, port=port, log_level="warning")


__all__ = ["serve"]
