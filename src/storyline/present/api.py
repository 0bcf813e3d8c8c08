"""The web app: a read-only JSON API over one store, plus the single-page UI.

``create_app(store_path)`` opens one store connection for the life of the app. Every response,
errors and crashes included, carries a strict Content-Security-Policy and the other security
headers; every error is JSON ``{"error": "..."}``. Requests whose ``Host`` is not one this
server answers to are refused (DNS rebinding would otherwise let any web page read the
loopback API); HEAD is answered wherever GET is. The routes
live in ``api_routes``; OpenAPI is at ``/openapi.json`` and a small offline reader at ``/docs``
(FastAPI's own Swagger page loads its code from a CDN, which the CSP forbids).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyline.present.api_routes import router
from storyline.present.api_timeline import router as timeline_router
from storyline.present.ask_routes import router as ask_router
from storyline.store import NotFound, open_store

STATIC = Path(__file__).parent / "static"
log = logging.getLogger(__name__)

# Names a browser uses for this machine's loopback; serve adds the address it binds and any
# --allowed-host. "*" turns the check off (behind a proxy that checks Host itself).
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
# No id, name or search is this long; SQLite refuses LIKE patterns over 50,000 bytes (a 500).
MAX_PARAM_CHARS = 500

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
    """One store connection (SQLite or PostgreSQL) shared by the worker threads, one query at a time."""

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


def _host_name(host_header: str) -> str:
    """'Example.com:8000' → 'example.com'; '[::1]:8000' → '::1'."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _refusal(request: Request, allowed: set[str]):
    """Why this request is refused before it reaches a route, as (status, message), or None."""
    if "*" not in allowed:
        host = request.headers.get("host", "")
        if _host_name(host) not in allowed:
            return 400, (
                f"Host {host[:100]!r} is not served here; start `storyline serve` with"
                " --allowed-host NAME to allow it"
            )
    if request.method not in ("GET", "HEAD"):
        return 405, f"{request.method} is not allowed: this API is read-only"
    for name, value in request.query_params.multi_items():
        if len(value) > MAX_PARAM_CHARS:
            return 422, f"{name[:50]}: at most {MAX_PARAM_CHARS} characters (got {len(value)})"
    return None


class HeadAsGet:
    """HEAD wherever GET is allowed: the GET response's status and headers, without its body."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message):
            if message["type"] == "http.response.body":
                if message.get("more_body"):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app(dict(scope, method="GET"), receive, headers_only)


def create_app(store_path: str, allowed_hosts: Iterable[str] = ()) -> FastAPI:
    """``allowed_hosts``: host names accepted besides localhost, 127.0.0.1 and ::1."""
    # never creates or migrates: serve refuses what is not already a current storyline store
    store = open_store(store_path, create=False, migrate=False)
    allowed = {h.strip().lower().strip("[]") for h in (*LOCAL_HOSTS, *allowed_hosts) if h.strip()}

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
    async def guard(request: Request, call_next):
        refused = _refusal(request, allowed)
        if refused:
            status, message = refused
            headers = {"Allow": "GET, HEAD"} if status == 405 else None
            response = JSONResponse({"error": message}, status_code=status, headers=headers)
        else:
            try:
                response = await call_next(request)
            except Exception:  # a bug: logged with its traceback, answered as JSON like any error
                log.exception("%s %s failed", request.method, request.url.path)
                response = JSONResponse({"error": "internal error; see the server log"}, status_code=500)
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
    app.include_router(timeline_router)
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
    app.add_middleware(HeadAsGet)  # outermost: everything inside sees a GET
    return app
