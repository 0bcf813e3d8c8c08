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
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any, Optional, Union

from storyline.ingest.warc import is_warc, read_warc
from storyline.model import ArticleMeta

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
# An article record is two or three levels deep; a hundred is no article, and Python's parser
# would die of recursion long before a hostile file's end ('[' * 100_000).
MAX_JSON_DEPTH = 100
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_JSON_BRACKET = re.compile(r"[\[\]{}]")


@dataclass
class RawArticle:
    source: str  # path as given (with ':line' for JSONL/CSV records)
    content: str
    format: str  # "text" | "html"
    meta: ArticleMeta = field(default_factory=ArticleMeta)


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
            unreadable: list[OSError] = []  # os.walk skips a folder it cannot list, silently
            for root, dirs, files in os.walk(p, onerror=unreadable.append):
                yield from _folder_failures(unreadable)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    # a folder of articles often carries its own notes: not articles
                    if f.startswith(".") or f.upper().startswith(("README", "LICENSE", "CHANGELOG")):
                        continue
                    if os.path.splitext(f)[1].lower() in TEXT_SUFFIXES or is_warc(f):
                        yield os.path.join(root, f)
            yield from _folder_failures(unreadable)
        elif os.path.exists(p):
            yield p
        elif any(ch in p for ch in "*?["):
            matches = sorted(glob.glob(p, recursive=True))
            if not matches:
                yield Failure(p, "no file matches this pattern")
            yield from (m for m in matches if os.path.isfile(m))
        else:
            yield Failure(p, "no such file or folder")


def _folder_failures(errors: list[OSError]) -> Iterator[Failure]:
    while errors:
        exc = errors.pop(0)
        yield Failure(str(exc.filename), f"cannot read this folder ({exc.strerror or exc})")


def _json(text: str) -> Any:
    """json.loads with a nesting limit: a clear ValueError instead of a RecursionError."""
    depth = deepest = 0
    for ch in _JSON_BRACKET.findall(_JSON_STRING.sub("", text)):
        depth += 1 if ch in "[{" else -1
        deepest = max(deepest, depth)
    if deepest > MAX_JSON_DEPTH:
        raise ValueError(f"JSON nested {deepest} levels deep (the limit is {MAX_JSON_DEPTH})")
    return json.loads(text)


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
    if not text.strip():  # Unicode whitespace only ('\x1c', '\u2028', no-break spaces)
        raise ValueError("empty file")
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


def _record(source: str, obj: Any, record_no: str) -> Item:
    where = f"{source}:{record_no}"
    if not isinstance(obj, dict):
        return Failure(where, "not a JSON object with a 'text' or 'html' field")
    found = {k: str(obj[k]).strip() for k in FIELDS if obj.get(k) not in (None, "")}
    meta = ArticleMeta(
        title=found.get("title"),
        url=found.get("url"),
        outlet=found.get("outlet"),
        published=found.get("published"),
        author=found.get("author"),
    )
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
            data = _json(text)
        except json.JSONDecodeError as exc:
            yield Failure(source, f"not valid JSON ({exc.msg} at line {exc.lineno})")
            return
        except ValueError as exc:
            yield Failure(source, str(exc))
            return
        for i, obj in enumerate(data, 1):
            yield _record(source, obj, f"#{i}")
        return
    for lineno, line in enumerate(io.StringIO(text), 1):
        if not line.strip():
            continue
        try:
            obj = _json(line)
        except json.JSONDecodeError as exc:
            yield Failure(f"{source}:{lineno}", f"line is not JSON ({exc.msg})")
            continue
        except ValueError as exc:
            yield Failure(f"{source}:{lineno}", str(exc))
            continue
        yield _record(source, obj, str(lineno))


def _records_csv(source: str, text: str) -> Iterator[Item]:
    """One article per row, sourced by the line the row starts on. A malformed row (an unclosed
    quote swallows every row after it) is one failure, and reading goes on at the next line."""
    lines = io.StringIO(text).readlines()
    header: list[str] | None = None
    pos = 0  # first line of the current reader
    while pos < len(lines):
        reader = csv.reader(iter(lines[pos:]), strict=True)
        start = pos  # first line of the row being read
        try:
            for row in reader:
                line_no, start = start + 1, pos + reader.line_num
                if not row:
                    continue
                if header is None:
                    header = [f.strip().lower() for f in row]
                    if not {"text", "html"} & set(header):
                        yield Failure(source, "CSV has no 'text' or 'html' column")
                        return
                    continue
                if len(row) != len(header):
                    yield Failure(
                        f"{source}:{line_no}",
                        f"row has {len(row)} field(s), the header has {len(header)}; check its quotes and commas",
                    )
                    continue
                yield _record(source, {k: v for k, v in zip(header, row) if k}, str(line_no))
            return
        except csv.Error as exc:
            yield Failure(f"{source}:{start + 1}", f"malformed CSV row ({exc}); an unclosed quote?")
            if header is None:
                return
            pos = start + 1


def read(paths: list[str], stdin: Optional[IO[bytes]] = None) -> Iterator[Item]:
    for path in expand(paths):
        if isinstance(path, Failure):
            yield path
            continue
        if path != "-" and is_warc(path):
            yield from read_warc(path, MAX_ARTICLE_BYTES)
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
        if fmt not in ("jsonl", "json", "csv"):
            yield RawArticle(path, text, fmt)
            continue
        records = 0
        try:  # a reader bug on one file is that file's failure, not the run's end
            for item in (_records_jsonl if fmt != "csv" else _records_csv)(path, text):
                records += 1
                yield item
        except Exception as exc:
            yield Failure(path, f"could not read the rest of this file ({exc!r})")
            continue
        if not records:  # '[]', a header and no rows: say so rather than pass in silence
            yield Failure(path, "no records in this file")
