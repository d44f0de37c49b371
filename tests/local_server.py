"""A self-stopping HTTP server on 127.0.0.1 for tests of the web reader."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def serve(handler: type[BaseHTTPRequestHandler], **attributes: Any) -> Iterator[str]:
    """Serve `handler` (given a `stop` event and `attributes` as class attributes) and yield the
    server's base URL; on exit, set `stop` so slow handlers end, and shut the server down."""
    stop = threading.Event()
    bound = type("Bound", (handler,), {"stop": stop, **attributes})
    server = ThreadingHTTPServer(("127.0.0.1", 0), bound)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)
