"""The analyst's window: a web UI and a JSON API over an eventwire store.

``create_app(db)`` builds the FastAPI application (see ``app.py`` for the pages,
the API and the error shape); ``serve(db, host, port)`` runs it with uvicorn.
The store is opened read-only; every asset the pages load is bundled under
``static/`` (see ``static/vendor/README.md``), so the UI works offline.
"""

from __future__ import annotations

from pathlib import Path

from .app import ApiError, create_app

__all__ = ["ApiError", "create_app", "serve"]


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the web UI and API over the store at ``db`` until interrupted."""
    import sys

    import uvicorn

    app = create_app(db)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"eventwire: serving on {host}: anyone who can reach this address can read the store",
            file=sys.stderr,
        )
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
