"""What `ask` answers: the JSON of ``storyline ask --format json`` and ``GET /api/ask``."""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field

NOT_SAID = "The sources do not say."


class AskEvidence(BaseModel):
    """One sentence that supports the answer, as characters of its document's original text."""

    doc: str
    start: int
    end: int
    text: str
    outlet: Optional[str]
    published: Optional[str]


class AskAnswer(BaseModel):
    question: str
    answer: str = Field(description=f'the answer, or "{NOT_SAID}" when nothing in the store supports one')
    confidence: float = Field(ge=0.0, le=1.0, description="0 when the sources do not say")
    kind: str = Field(
        description="what was asked: when, where, who, how_many, how_long, said, happen, first, what"
    )
    evidence: list[AskEvidence] = Field(description="the sentences the answer is taken from, best first")
    events: list[str] = Field(description="ids of the events the answer is about")
    claims: list[str] = Field(description="ids of the claims the answer is about")
    disagreement: Optional[str] = Field(description="how the sources disagree, or null")
    phrased_by: Optional[str] = Field(
        default=None, description="the LLM endpoint that phrased the answer, if any"
    )
