"""The analyst's window: a web UI and a JSON API over an eventwire store.

``create_app(db)`` builds the FastAPI application (see ``app.py`` for the pages,
the API, the error shape and the module of each part); ``serve(db, host, port)`` runs
it with uvicorn.
The store is opened read-only; every asset the pages load is bundled under
``static/`` (see ``static/vendor/README.md``), so the UI works offline.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .app import ApiError, create_app
from .guard import LOOPBACK_HOSTS

__all__ = ["ApiError", "create_app", "serve"]


def serve(
    db: str | Path, host: str = "127.0.0.1", port: int = 8000, allow_hosts: Iterable[str] = ()
) -> None:
    """Serve the web UI and API over the store at ``db`` until interrupted.

    Requests are answered for the loopback names, the address bound (unless a wildcard)
    and ``allow_hosts`` (the names clients use to reach it; ``*`` for any).
    """
    import sys

    import uvicorn

    hosts = [*allow_hosts]
    if host not in ("0.0.0.0", "::", ""):
        hosts.append(host)
    app = create_app(db, allow_hosts=hosts)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"eventwire: serving on {host}: anyone who can reach this address can read the store",
            file=sys.stderr,
        )
        if not allow_hosts:
            print(
                "eventwire: only requests for "
                + ", ".join(sorted({*LOOPBACK_HOSTS, *hosts}))
                + " are answered; add the names clients use with --allow-host NAME",
                file=sys.stderr,
            )
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
