"""`storyline ask "QUESTION"`: an answer from the store with the sentences that support it."""

from __future__ import annotations

import click

from storyline.present.ask.models import AskAnswer


def _text(res: AskAnswer) -> str:
    lines = [res.answer, f"confidence {res.confidence:.2f}"]
    if res.disagreement:
        lines.append(f"disagreement: {res.disagreement}")
    for e in res.evidence:
        where = ", ".join(x for x in (e.outlet, e.published) if x) or e.doc
        lines.append(f"  - {e.text}\n    [{where}; doc {e.doc} chars {e.start}-{e.end}]")
    if res.events:
        lines.append("events: " + ", ".join(res.events))
    if res.claims:
        lines.append("claims: " + ", ".join(res.claims))
    if res.phrased_by:
        lines.append(f"(phrased by {res.phrased_by} from the sentences above)")
    return "\n".join(lines)


@click.command()
@click.argument("question")
@click.option(
    "--db",
    envvar="STORYLINE_DB",
    default=None,
    show_default="storyline.db",
    help="the store: an SQLite file or postgresql://….",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--llm",
    metavar="URL",
    default=None,
    help="OpenAI-compatible local endpoint to phrase the answer from the cited sentences (off by default).",
)
@click.option(
    "--from", "date_from", default=None, help="Only articles published on or after (YYYY[-MM[-DD]])."
)
@click.option("--to", "date_to", default=None, help="Only articles published on or before (YYYY[-MM[-DD]]).")
def ask(question, db, fmt, llm, date_from, date_to):
    """Answer QUESTION from the store, citing the sentences that support the answer.

    Says "The sources do not say." when nothing in the store supports an answer. In a store of
    many stories, --from/--to keep to the articles of the one meant."""
    from storyline.present.ask import ask as answer
    from storyline.present.cli import _open

    store = _open(db)
    try:
        res = answer(store, question, llm=llm, date_from=date_from, date_to=date_to)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
    if llm and res.evidence and not res.phrased_by:
        click.echo(
            f"note: {llm} did not phrase the answer (unreachable, or no answer in the sentences)", err=True
        )
    click.echo(res.model_dump_json(indent=2) if fmt == "json" else _text(res))
