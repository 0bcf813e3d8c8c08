"""Store records as plain dicts, for tests that read them like the JSON the API and export give."""

from __future__ import annotations

from typing import Any, Optional

from pydantic import BaseModel

from storyline.store import Page


def rows(page: Page[Any]) -> list[dict[str, Any]]:
    return [r.model_dump() for r in page.items]


def as_dict(record: Optional[BaseModel]) -> Optional[dict[str, Any]]:
    return None if record is None else record.model_dump()
