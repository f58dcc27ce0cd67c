"""A minimal Language Server Protocol client over a subprocess's stdio, for tests and benchmarks.

It writes ``Content-Length`` framed JSON-RPC, reads the server's messages on a
thread, answers the server's own requests (``client/registerCapability``) with
null, and lets the caller wait for a response or a notification with a timeout.
"""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

Message = dict[str, Any]


class LspClient:
    """Speaks JSON-RPC to a language server started as a subprocess."""

    def __init__(self, command: Sequence[str], cwd: Path, env: dict[str, str] | None = None):
        self.process = subprocess.Popen(
            list(command),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=env,
        )
        self._incoming: queue.Queue[Message | None] = queue.Queue()
        self.seen: list[Message] = []  # received, not yet waited for
        self._write_lock = threading.Lock()
        self._next_id = 0
        self.requests_from_server: list[Message] = []
        assert self.process.stdout is not None
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()

    # --- wire ----------------------------------------------------------------------------

    def _send(self, message: Message) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        with self._write_lock:
            self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.process.stdin.flush()

    def _read(self, stream: BinaryIO) -> None:
        while True:
            length = 0
            while True:
                line = stream.readline()
                if not line:
                    self._incoming.put(None)
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            message: Message = json.loads(stream.read(length))
            if "method" in message and "id" in message:  # a request from the server
                self.requests_from_server.append(message)
                self._send({"id": message["id"], "result": None})
                continue
            self._incoming.put(message)

    # --- API -----------------------------------------------------------------------------

    def notify(self, method: str, params: Any) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: Any, timeout: float = 10.0) -> Any:
        """Send a request and return its result (an error response raises)."""
        self._next_id += 1
        number = self._next_id
        self._send({"id": number, "method": method, "params": params})
        response = self.wait_for(lambda m: m.get("id") == number and "method" not in m, timeout)
        if "error" in response:
            raise RuntimeError(f"{method} failed: {response['error']}")
        return response.get("result")

    def wait_for(self, matches: Callable[[Message], bool], timeout: float = 10.0) -> Message:
        """The first message (seen before or arriving within ``timeout``) that ``matches``."""
        for index, message in enumerate(self.seen):
            if matches(message):
                return self.seen.pop(index)
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no matching message within {timeout} s; seen {self.seen}")
            try:
                message = self._incoming.get(timeout=remaining)
            except queue.Empty:
                continue
            if message is None:
                raise EOFError(f"the server closed its output; stderr: {self.stderr()}")
            if matches(message):
                return message
            self.seen.append(message)

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = 10.0) -> Message:
        """The next ``publishDiagnostics`` for ``uri`` (for ``version``, if given)."""

        def matches(m: Message) -> bool:
            if m.get("method") != "textDocument/publishDiagnostics":
                return False
            params = m["params"]
            return bool(
                params["uri"] == uri and (version is None or params.get("version") == version)
            )

        params: Message = self.wait_for(matches, timeout)["params"]
        return params

    def stderr(self) -> str:
        if self.process.poll() is None or self.process.stderr is None:
            return ""
        return self.process.stderr.read().decode("utf-8", "replace")

    def close(self, timeout: float = 10.0) -> int:
        """Shut the server down (shutdown, then exit) and return its exit status."""
        if self.process.poll() is None:
            self.request("shutdown", None, timeout)
            self.notify("exit", None)
            try:
                return self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                raise
        return self.process.returncode

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
