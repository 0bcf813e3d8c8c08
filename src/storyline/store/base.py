"""The one interface the pipeline and the presentation layer use to reach a store.

SQLite is the only backend today; a PostgreSQL one implements the same methods. Query methods
return plain dicts shaped like the export contract (``export.schema.json``) so that the CLI,
the API and the exporters share one vocabulary.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import Optional

from storyline.model import Analysis, Resolution


class NotFound(LookupError):
    """An id that is not in the store."""


class Store(ABC):
    # --- writing -------------------------------------------------------------------------
    @abstractmethod
    def has_document(self, doc_id: str) -> bool: ...

    @abstractmethod
    def add_analysis(self, analysis: Analysis) -> bool:
        """Store one document with everything extracted from it, atomically.
        Returns False (and stores nothing) when the document is already there."""

    @abstractmethod
    def analyses(self) -> Iterator[Analysis]:
        """Every stored document's extraction, for cross-document resolution."""

    @abstractmethod
    def save_resolution(self, resolution: Resolution, generation: Optional[int] = None) -> bool:
        """Replace the cross-document entities, events and contradictions atomically.
        ``generation``: the ``generation()`` read before the analyses were; False (and nothing
        saved) when a concurrent run already saved a resolution of more articles."""

    @abstractmethod
    def generation(self) -> int:
        """A number every stored article increases, in the article's own transaction."""

    @abstractmethod
    def resolution_pending(self) -> bool:
        """Articles were stored since the last saved resolution (or a run died resolving)."""

    # --- reading -------------------------------------------------------------------------
    @abstractmethod
    def counts(self) -> dict: ...

    @abstractmethod
    def documents(
        self, limit: Optional[int] = None, offset: int = 0, with_text: bool = False
    ) -> tuple[list[dict], int]: ...

    @abstractmethod
    def document(self, doc_id: str) -> dict: ...

    @abstractmethod
    def entities(
        self,
        type: Optional[str] = None,
        q: Optional[str] = None,
        doc: Optional[str] = None,
        limit: Optional[int] = None,
        offset: int = 0,
    ) -> tuple[list[dict], int]: ...

    @abstractmethod
    def entity(self, entity_id: str) -> dict: ...

    @abstractmethod
    def find_entity(self, name: str) -> Optional[dict]:
        """The entity whose name or alias best matches ``name`` (case-insensitive), or None."""

    @abstractmethod
    def events(
        self,
        entity: Optional[str] = None,
        type: Optional[str] = None,
        date_from: Optional[str] = None,
        date_to: Optional[str] = None,
        doc: Optional[str] = None,
        outlet: Optional[str] = None,
        limit: Optional[int] = None,
        offset: int = 0,
    ) -> tuple[list[dict], int]: ...

    @abstractmethod
    def event(self, event_id: str) -> dict: ...

    @abstractmethod
    def claims(
        self,
        stance: Optional[str] = None,
        doc: Optional[str] = None,
        event: Optional[str] = None,
        entity: Optional[str] = None,
        limit: Optional[int] = None,
        offset: int = 0,
    ) -> tuple[list[dict], int]: ...

    @abstractmethod
    def contradictions(self, limit: Optional[int] = None, offset: int = 0) -> tuple[list[dict], int]: ...

    @abstractmethod
    def search(self, q: str, limit: int = 20, offset: int = 0) -> tuple[list[dict], int]:
        """Full-text search over sentences."""

    @abstractmethod
    def graph(self, entity: Optional[str] = None, depth: int = 1) -> dict:
        """{"nodes": [...], "edges": [{"source", "target", "events": [...]}, ...]}"""

    @abstractmethod
    def close(self) -> None: ...
