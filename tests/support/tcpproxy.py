"""A TCP proxy a test can cut: the way to make a real database server go away for a while.

``TcpProxy(host, port)`` listens on ``127.0.0.1`` (a port chosen by the OS) and forwards every
connection to ``host:port``. :meth:`TcpProxy.cut` closes every connection and stops listening,
so that new ones are refused (ECONNREFUSED), as when the server is down; :meth:`TcpProxy.restore`
listens again on the same port. Standard library only; one thread per direction of each
connection.
"""

from __future__ import annotations

import contextlib
import socket
import threading

from tests.support.loopback import StartsAndStops

BUFFER = 65536


class TcpProxy(StartsAndStops):
    """Forwards ``127.0.0.1:<port>`` to ``target_host:target_port`` until cut."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = 0
        self.accepted = 0  # connections forwarded so far
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._acceptor: threading.Thread | None = None
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []

    # -- life cycle ----------------------------------------------------------------------------

    def start(self) -> None:
        self._listen()

    def stop(self) -> None:
        self.cut()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads.clear()

    @property
    def is_cut(self) -> bool:
        return self._listener is None

    def cut(self) -> None:
        """Close every forwarded connection and stop listening: new connections are refused."""
        with self._lock:
            listener, self._listener = self._listener, None
            sockets = list(self._sockets)
            self._sockets.clear()
        if listener is not None:
            _close(listener)
        for sock in sockets:
            _close(sock)
        if self._acceptor is not None:
            self._acceptor.join(timeout=5)
            self._acceptor = None

    def restore(self) -> None:
        """Listen again, on the same port."""
        if self._listener is None:
            self._listen()

    # -- internals -------------------------------------------------------------------------------

    def _listen(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = int(listener.getsockname()[1])
        with self._lock:
            self._listener = listener
        self._acceptor = threading.Thread(
            target=self._accept, args=(listener,), name="tcp-proxy-accept", daemon=True
        )
        self._acceptor.start()

    def _accept(self, listener: socket.socket) -> None:
        listener.settimeout(0.2)  # shutdown() wakes accept() on Linux; this is a safety net
        while True:
            try:
                client, _ = listener.accept()
            except TimeoutError:
                if self._listener is listener:
                    continue
                return
            except OSError:  # the listener was closed by cut()
                return
            client.settimeout(None)
            try:
                server = socket.create_connection(self.target, timeout=5)
                server.settimeout(None)
            except OSError:
                _close(client)
                continue
            with self._lock:
                if self._listener is not listener:  # cut() while connecting
                    _close(client)
                    _close(server)
                    return
                self._sockets.update((client, server))
                self.accepted += 1
            for source, target in ((client, server), (server, client)):
                thread = threading.Thread(
                    target=self._pump, args=(source, target), name="tcp-proxy-pump", daemon=True
                )
                self._threads.append(thread)
                thread.start()

    def _pump(self, source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(BUFFER):
                target.sendall(data)
        except OSError:
            pass
        finally:
            # One side finished: end the connection both ways.
            with self._lock:
                self._sockets.discard(source)
                self._sockets.discard(target)
            _close(source)
            _close(target)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
