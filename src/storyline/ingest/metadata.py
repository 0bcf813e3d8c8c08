"""Document metadata: title, outlet, author, publication date and how we know it."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from typing import Optional
from urllib.parse import urlparse

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def doc_id(text: str) -> str:
    """Same normalised body, same id: re-ingesting an article adds nothing."""
    norm = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


def iso_date(value: Optional[str]) -> Optional[str]:
    """'2016-12-01T10:00Z', '2016-12', 'Dec 1, 2016' → ISO date (day, month or year precision)."""
    if not value:
        return None
    m = _ISO.match(str(value))
    if m:
        y, mo, d = m.groups()
        try:
            datetime(int(y), int(mo or 1), int(d or 1))
        except ValueError:
            return None
        return "-".join(p for p in (y, mo, d) if p)
    import dateparser

    parsed = dateparser.parse(
        str(value), languages=["en"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["year"]}
    )
    return parsed.date().isoformat() if parsed else None


def outlet_from_url(url: Optional[str]) -> Optional[str]:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    host = re.sub(r"^(www|m|amp|edition)\.", "", host)
    return host or None


def choose_published(
    user: Optional[str],
    record: Optional[str],
    page: Optional[str],
    text_date: Optional[str],
    inferred: Optional[str],
    fetched: Optional[str] = None,
) -> tuple[Optional[str], str]:
    """First of: the user's --published, the article's own metadata, a date printed in the text,
    the day a crawler fetched the page (a news crawl fetches a page within hours of its
    publication), a date inferred from the text's evidence. Never the day the tool runs."""
    for value, basis in (
        (user, "user"),
        (record, "metadata"),
        (page, "metadata"),
        (text_date, "text"),
        (fetched, "metadata"),
        (inferred, "inferred"),
    ):
        iso = iso_date(value)
        if iso:
            return iso, basis
    return None, "unknown"


# "Bustle has reached out to the White House for comment": only the publisher says this of itself.
_SELF_REFERENCE = re.compile(
    r"(?:^|[.!?]\s+)(?P<outlet>(?:The\s+)?[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})\s+"
    r"(?:has|had)\s+(?:reached\s+out\s+to|contacted|asked)\b[^.]{0,100}?\bfor\s+comment"
)
_NOT_OUTLETS = {"He", "She", "They", "We", "It", "The White House", "The Post", "The Times"}


def outlet_from_text(text: str) -> Optional[str]:
    """The publisher, when the article names itself asking for comment."""
    m = _SELF_REFERENCE.search(text)
    if m and m["outlet"] not in _NOT_OUTLETS:
        return m["outlet"]
    return None
