"""Optional phrasing by a local OpenAI-compatible endpoint (``--llm URL``), from the cited
sentences only. The extractive answer stays the fallback: any failure keeps it, and an answer
with no evidence is never sent (the model must not answer from its own memory)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

from storyline.present.ask.models import NOT_SAID, AskAnswer

TIMEOUT = 30
SYSTEM = (
    "You answer questions about news stories using ONLY the numbered source sentences given. "
    f'If they do not answer the question, reply exactly "{NOT_SAID}". Answer in one short sentence, '
    "and do not add facts that are not in the sources."
)


class LLMError(RuntimeError):
    """The endpoint could not be reached or answered nonsense."""


def _endpoint(url: str) -> str:
    url = url.rstrip("/")
    return url if url.endswith("/chat/completions") else url + "/chat/completions"


def complete(url: str, question: str, sentences: list[str], model: str = "local") -> str:
    sources = "\n".join(f"[{i + 1}] {s}" for i, s in enumerate(sentences))
    body = {
        "model": model,
        "temperature": 0,
        "messages": [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Sources:\n{sources}\n\nQuestion: {question}"},
        ],
    }
    req = urllib.request.Request(
        _endpoint(url), data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:  # noqa: S310 - a URL the user gave
            data = json.load(resp)
        text = data["choices"][0]["message"]["content"]
    except (urllib.error.URLError, OSError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise LLMError(f"{url}: {exc}") from exc
    if not isinstance(text, str) or not text.strip():
        raise LLMError(f"{url}: empty answer")
    return " ".join(text.split())


def _says_nothing(text: str) -> bool:
    """The reply "The sources do not say." as a model may write it ("the sources do not say",
    quoted, without its full stop)."""
    return text.strip(" \"'\u201c\u201d.").lower() == NOT_SAID.rstrip(".").lower()


def phrase_with(url: str, result: AskAnswer) -> AskAnswer:
    """The answer reworded by the endpoint from the evidence; the extractive one if it fails."""
    if not result.evidence or result.answer == NOT_SAID:
        return result
    try:
        text = complete(url, result.question, [e.text for e in result.evidence])
    except LLMError:
        return result
    if _says_nothing(text):  # the model found no answer in the sentences: keep the extractive one
        return result
    return result.model_copy(update={"answer": text, "phrased_by": url})
