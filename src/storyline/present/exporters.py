"""Every export format behind one call, for the CLI and the API: the JSON contract document is
built once from the store and each other format is a view of it."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

EXPORT_FORMATS = ("json", "csv", "graphml", "gexf", "ftm", "md", "html")


class ExportError(ValueError):
    """An export that cannot be written as asked (a bad path, csv without a folder)."""


def _text_out(out: Optional[str], text: str) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    try:
        Path(out).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc


def write_export(store: Any, fmt: str, out: Optional[str] = None, shape: str = "bipartite") -> None:
    from storyline.present.export import export_json

    data = export_json(store)
    if fmt == "json":
        _text_out(out, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "csv":
        from storyline.present.export_csv import write_csv

        if out is None:
            raise ExportError("csv writes one file per table: give --out FOLDER")
        if Path(out).exists() and not Path(out).is_dir():
            raise ExportError(f"{out} is a file: csv needs a folder for its tables")
        try:
            write_csv(data, Path(out))
        except OSError as exc:
            raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
    elif fmt in ("graphml", "gexf"):
        import io

        from storyline.present.export_graph import write_graph

        buf = io.BytesIO()
        write_graph(data, buf, fmt, shape)  # networkx writes bytes to a file object
        if out is None:
            sys.stdout.buffer.write(buf.getvalue())
            sys.stdout.flush()
        else:
            _text_out(out, buf.getvalue().decode("utf-8"))
    elif fmt == "ftm":
        import io

        from storyline.present.export_ftm import write_ftm

        text = io.StringIO()
        write_ftm(data, text)
        _text_out(out, text.getvalue())
    elif fmt in ("md", "html"):
        from storyline.present.report import build_report, to_html, to_markdown

        rep = build_report(data)
        _text_out(out, to_markdown(rep) if fmt == "md" else to_html(rep))
    else:
        raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
