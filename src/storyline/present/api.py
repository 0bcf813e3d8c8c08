"""The web app: a read-only JSON API over one store, plus the single-page UI.

``create_app(store_path)`` opens one store connection for the life of the app. Every response
carries a strict Content-Security-Policy; every error is JSON ``{"error": "..."}``. The routes
live in ``api_routes``; OpenAPI is at ``/openapi.json`` and a small offline reader at ``/docs``
(FastAPI's own Swagger page loads its code from a CDN, which the CSP forbids).
"""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyline.present.api_routes import router
from storyline.present.ask_routes import router as ask_router
from storyline.store import NotFound, SQLiteStore

STATIC = Path(__file__).parent / "static"

# style-src needs 'unsafe-inline': vis-timeline (28 violations on one timeline) and cytoscape set
# style attributes on their own elements. Scripts stay 'self' only, so injected markup cannot run.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


class LockedStore:
    """One SQLite connection shared by the worker threads, one query at a time."""

    def __init__(self, store):
        self._store = store
        self._lock = threading.Lock()

    def __getattr__(self, name):
        attr = getattr(self._store, name)
        if not callable(attr):
            return attr

        def call(*args, **kwargs):
            with self._lock:
                return attr(*args, **kwargs)

        return call


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body")]
        name = ".".join(loc) or "request"
        value = err.get("input")
        shown = f" (got {value!r})" if isinstance(value, (str, int, float)) else ""
        parts.append(f"{name}: {err.get('msg', 'invalid value')}{shown}")
    return "; ".join(parts) or "invalid request"


def create_app(store_path: str) -> FastAPI:
    store = SQLiteStore(store_path)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        store.close()

    app = FastAPI(
        title="storyline",
        version="1",
        description="Read-only API over a storyline store: documents, entities, events, "
        "claims, contradictions, full-text search, timeline and entity graph. "
        'Errors are JSON objects `{"error": "..."}`.',
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.store = LockedStore(store)
    app.state.store_path = store_path

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        if request.method not in ("GET", "HEAD"):
            response = JSONResponse(
                {"error": f"{request.method} is not allowed: this API is read-only"},
                status_code=405,
                headers={"Allow": "GET, HEAD"},
            )
        else:
            response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        if request.url.path.startswith("/api/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no such path: {request.url.path}"
        return JSONResponse(
            {"error": detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None)
        )

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        return JSONResponse({"error": _validation_message(exc)}, status_code=422)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        return JSONResponse({"error": str(exc.args[0]) if exc.args else "not found"}, status_code=404)

    app.include_router(router)
    app.include_router(ask_router)

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def docs():
        return FileResponse(STATIC / "apidocs.html", headers={"Cache-Control": "no-cache"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return RedirectResponse("/static/favicon.svg")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
