"""``GET /api/ask?q=``: a question answered from the store with its evidence sentences."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, HTTPException, Query, Request

from storyline.present.ask import MAX_QUESTION, ask
from storyline.present.ask.models import AskAnswer

router = APIRouter(prefix="/api")


@router.get(
    "/ask",
    summary="Answer a question from the store, with the sentences that support the answer",
    response_model=AskAnswer,
)
def ask_question(
    request: Request,
    q: str = Query(..., min_length=1, max_length=MAX_QUESTION, description="the question, in English"),
    date_from: Optional[str] = Query(
        None, alias="from", description="only articles published on or after (YYYY[-MM[-DD]])"
    ),
    date_to: Optional[str] = Query(None, alias="to", description="only articles published on or before"),
):
    try:
        # the app's store serialises calls on its one connection; ask makes several reads
        return ask(request.app.state.store, q, date_from=date_from, date_to=date_to)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc
