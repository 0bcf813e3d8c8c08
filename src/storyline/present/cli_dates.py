"""`storyline dates FILE --anchor YYYY-MM-DD`: print the temporal expressions, one JSON per line."""

from __future__ import annotations

import json

import click

from storyline.extract.dates import find_timexes
from storyline.extract.dates_calendar import Anchor


def _check_anchor(ctx, param, value):
    if value is None:
        return None
    try:
        Anchor.parse(value)
    except ValueError as exc:
        raise click.BadParameter(
            f"{value!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2016-12-01)"
        ) from exc
    return value


@click.command("dates")
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@click.option(
    "--anchor",
    callback=_check_anchor,
    metavar="YYYY-MM-DD",
    help="Reference (publication) date; without it years stay open (XXXX).",
)
def dates(file, anchor):
    """Find dates, times, durations and sets in FILE (or stdin) and print them as JSON lines."""
    text = file.read()
    for t in find_timexes(text, anchor):
        click.echo(
            json.dumps(
                {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value},
                ensure_ascii=False,
            )
        )


if __name__ == "__main__":
    dates()
