"""Errors, limits and headers: every error in one shape, read-only, security headers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from .params import ApiError

MAX_QUERY_STRING = 4096  # bytes in a whole query string

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)


Render = Callable[..., HTMLResponse]


def register_handlers(app: FastAPI, render: Render) -> None:
    """Install the error handlers and the header middleware on ``app``."""

    def _error_response(request: Request, err: ApiError) -> Response:
        if request.url.path.startswith("/api/") or request.url.path.endswith("/export"):
            return JSONResponse(err.body(), status_code=err.status)
        return render("error.html", status=err.status, error=err)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return _error_response(request, exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        loc = [str(x) for x in first.get("loc", []) if x not in ("query", "path")]
        param = loc[0] if loc else None
        msg = first.get("msg", "invalid value")
        return _error_response(request, ApiError(400, "bad_parameter", f"{param}: {msg}", param))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        msg = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and msg == "Not Found":
            msg = f"no such page: {request.url.path}"
        return _error_response(request, ApiError(exc.status_code, code, msg))

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> Response:
        err = ApiError(500, "internal_error", f"internal error ({type(exc).__name__})")
        return _error_response(request, err)

    @app.middleware("http")
    async def _guard(request: Request, call_next: Any) -> Response:
        if len(request.url.query.encode()) > MAX_QUERY_STRING:
            err = ApiError(414, "query_too_long", f"query string over {MAX_QUERY_STRING} bytes")
            return JSONResponse(err.body(), status_code=414)
        if request.method not in ("GET", "HEAD"):
            err = ApiError(405, "method_not_allowed", "this server is read-only: GET only")
            return JSONResponse(err.body(), status_code=405)
        response: Response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response
