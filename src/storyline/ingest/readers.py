"""Turn what the user points at (files, folders, globs, '-') into raw articles, or clear failures.

A reader never raises for one bad file or line: it yields a ``Failure`` with the reason and
moves on, so one bad input never stops a run.
"""

from __future__ import annotations

import csv
import glob
import io
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Union

MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # no news article is this long; bigger is a wrong file
TEXT_SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".json": "json",
    ".ndjson": "jsonl",
    ".csv": "csv",
}
FIELDS = ("title", "url", "outlet", "published", "author")


@dataclass
class RawArticle:
    source: str  # path as given (with ':line' for JSONL/CSV records)
    content: str
    format: str  # "text" | "html"
    meta: dict = field(default_factory=dict)


@dataclass
class Failure:
    source: str
    reason: str


Item = Union[RawArticle, Failure]


def expand(paths: list[str]) -> Iterator[Union[str, Failure]]:
    """Files, folders (recursive, sorted), globs and '-' (stdin), in the order given."""
    for p in paths:
        if p == "-":
            yield p
        elif os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    # a folder of articles often carries its own notes: not articles
                    if f.startswith(".") or f.upper().startswith(("README", "LICENSE", "CHANGELOG")):
                        continue
                    if os.path.splitext(f)[1].lower() in TEXT_SUFFIXES:
                        yield os.path.join(root, f)
        elif os.path.exists(p):
            yield p
        elif any(ch in p for ch in "*?["):
            matches = sorted(glob.glob(p, recursive=True))
            if not matches:
                yield Failure(p, "no file matches this pattern")
            yield from (m for m in matches if os.path.isfile(m))
        else:
            yield Failure(p, "no such file or folder")


def _decode(data: bytes) -> str:
    if not data.strip():
        raise ValueError("empty file")
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert the file to UTF-8"
        ) from None
    return text


def _check_size(n: int) -> None:
    if n > MAX_ARTICLE_BYTES:
        raise ValueError(
            f"{n / 1e6:.1f} MB is larger than the {MAX_ARTICLE_BYTES / 1e6:.0f} MB limit"
            " for one article; split it or check it is an article"
        )


def _format_of(path: str, text: str) -> str:
    suffix = os.path.splitext(path)[1].lower()
    if suffix in TEXT_SUFFIXES:
        return TEXT_SUFFIXES[suffix]
    head = text.lstrip()[:200].lower()
    if head.startswith("<!doctype html") or head.startswith("<html"):
        return "html"
    if head.startswith("{"):
        return "jsonl"
    return "text"


def _record(source: str, obj, record_no: str) -> Item:
    where = f"{source}:{record_no}"
    if not isinstance(obj, dict):
        return Failure(where, "not a JSON object with a 'text' or 'html' field")
    meta = {k: str(obj[k]).strip() for k in FIELDS if obj.get(k) not in (None, "")}
    if isinstance(obj.get("html"), str) and obj["html"].strip():
        return RawArticle(where, obj["html"], "html", meta)
    body = obj.get("text") or obj.get("content") or obj.get("content_original")
    if isinstance(body, str) and body.strip():
        try:
            _check_size(len(body.encode("utf-8")))
        except ValueError as exc:
            return Failure(where, str(exc))
        return RawArticle(where, body, "text", meta)
    return Failure(where, "no 'text' or 'html' field with content")


def _records_jsonl(source: str, text: str) -> Iterator[Item]:
    stripped = text.lstrip()
    if stripped.startswith("["):  # a .json file holding a list of articles
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Failure(source, f"not valid JSON ({exc.msg} at line {exc.lineno})")
            return
        for i, obj in enumerate(data, 1):
            yield _record(source, obj, f"#{i}")
        return
    for lineno, line in enumerate(io.StringIO(text), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(f"{source}:{lineno}", f"line is not JSON ({exc.msg})")
            continue
        yield _record(source, obj, str(lineno))


def _records_csv(source: str, text: str) -> Iterator[Item]:
    try:
        rows = csv.DictReader(io.StringIO(text))
        if not rows.fieldnames or not ({"text", "html"} & {f.strip().lower() for f in rows.fieldnames}):
            yield Failure(source, "CSV has no 'text' or 'html' column")
            return
        for i, row in enumerate(rows, 2):
            yield _record(source, {k.strip().lower(): v for k, v in row.items() if k}, str(i))
    except csv.Error as exc:
        yield Failure(source, f"malformed CSV ({exc})")


def read(paths: list[str], stdin=None) -> Iterator[Item]:
    for path in expand(paths):
        if isinstance(path, Failure):
            yield path
            continue
        try:
            if path == "-":
                data = (stdin or sys.stdin.buffer).read()
            else:
                size = os.path.getsize(path)
                fmt_hint = TEXT_SUFFIXES.get(os.path.splitext(path)[1].lower())
                if fmt_hint not in ("jsonl", "json", "csv"):
                    _check_size(size)
                with open(path, "rb") as fh:
                    data = fh.read()
            text = _decode(data)
        except (OSError, ValueError) as exc:
            yield Failure(path, str(exc) if isinstance(exc, ValueError) else exc.strerror or str(exc))
            continue
        fmt = _format_of(path, text)
        if fmt in ("jsonl", "json"):
            yield from _records_jsonl(path, text)
        elif fmt == "csv":
            yield from _records_csv(path, text)
        else:
            yield RawArticle(path, text, fmt)
