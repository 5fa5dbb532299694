"""The server `presslens serve` runs: clients that trickle their request headers are
disconnected at the header deadline, over a raw socket to a real uvicorn server."""

from __future__ import annotations

import json
import select
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from click.testing import CliRunner

from conftest import fake_analyzer
from presslens.cli import cli
from presslens.web.app import create_app
from presslens.web.errors import HEADER_TIMEOUT_S
from presslens.web.server import server_config

DEADLINE = 2.0  # the header deadline the test server uses (serve's default is 10 s)
WAIT = 60.0  # how long a step may take on a slow machine before the test gives up


@pytest.fixture
def server(fake_store) -> Iterator[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """The web app served as `presslens serve` serves it, on a free loopback port."""
    app = create_app(fake_store, token="secret", analyzer=fake_analyzer)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(server_config(app, "127.0.0.1", port, header_timeout=DEADLINE))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    end = time.monotonic() + WAIT
    while not srv.started:
        assert time.monotonic() < end and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    yield "127.0.0.1", port
    srv.should_exit = True
    thread.join(timeout=WAIT)


def read_response(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """One whole HTTP/1.1 response with a Content-Length."""
    sock.settimeout(WAIT)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"the server closed the connection mid-response: {data!r}"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    while len(body) < int(headers["content-length"]):
        chunk = sock.recv(65536)
        assert chunk, "the server closed the connection mid-body"
        body += chunk
    return int(lines[0].split()[1]), headers, body


def trickle(sock: socket.socket, request: bytes) -> tuple[int, bytes]:
    """Send ``request`` a byte a second until the server answers or closes; returns how
    many bytes were sent and everything the server sent back."""
    sent = 0
    for byte in request:
        try:
            sock.sendall(bytes([byte]))
        except (BrokenPipeError, ConnectionResetError):
            break
        sent += 1
        readable, _, _ = select.select([sock], [], [], 1.0)
        if readable:
            break
    sock.settimeout(WAIT)
    answer = b""
    try:
        while chunk := sock.recv(65536):
            answer += chunk
    except ConnectionResetError:
        pass
    return sent, answer


REQUEST = b"GET /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n"


def assert_timed_out(answer: bytes) -> None:
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line == b"HTTP/1.1 408 Request Timeout", answer
    head, _, body = rest.partition(b"\r\n\r\n")
    assert b"connection: close" in head.lower() and b"x-content-type-options: nosniff" in head
    error = json.loads(body)["error"]
    assert error["code"] == "request_timeout"
    assert error["message"] == f"the request headers did not arrive within {DEADLINE:g} s"


def test_server_closes_a_client_trickling_its_headers(server: tuple[str, int]) -> None:
    with socket.create_connection(server, timeout=WAIT) as sock:
        start = time.monotonic()
        sent, answer = trickle(sock, REQUEST)
        elapsed = time.monotonic() - start
    assert sent < len(REQUEST), "the whole request went through: nothing timed out"
    assert elapsed < len(REQUEST) / 2  # closed at the deadline, not when the client stopped
    assert_timed_out(answer)


def test_server_answers_a_normal_request_and_times_out_a_trickled_second_one(
    server: tuple[str, int],
) -> None:
    with socket.create_connection(server, timeout=WAIT) as sock:
        sock.sendall(REQUEST)
        status, headers, body = read_response(sock)
        assert status == 200 and headers["content-type"] == "application/json", body
        assert isinstance(json.loads(body), dict)
        time.sleep(DEADLINE + 0.5)  # idle between requests is not header time...
        sock.sendall(REQUEST)  # ...so a prompt request on the same connection still works
        assert read_response(sock)[0] == 200
        sent, answer = trickle(sock, REQUEST)  # a third request, trickled: cut off
    assert sent < len(REQUEST)
    assert_timed_out(answer)


def test_server_closes_a_connection_that_sends_nothing(server: tuple[str, int]) -> None:
    with socket.create_connection(server, timeout=WAIT) as sock:
        sock.settimeout(WAIT)
        answer = sock.recv(65536)
    assert_timed_out(answer)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def no_models(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """``serve`` with no models loaded and no server run: what it would serve is recorded."""
    import presslens.analysis
    import presslens.web.server

    served: dict[str, Any] = {}
    monkeypatch.setattr(presslens.analysis, "default_pipeline", lambda: served.update(models=True))
    monkeypatch.setattr(presslens.web.server, "serve_app",
                        lambda app, host, port, **kw: served.update(port=port, **kw))  # fmt: skip
    return served


def test_serve_runs_the_app_with_the_header_timeout(no_models, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, port = str(tmp_path / "c.db"), free_port()
    result = CliRunner().invoke(cli, ["serve", "--db", db, "--port", str(port),
                                      "--header-timeout", "3.5"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert no_models == {"models": True, "port": port, "header_timeout": 3.5}
    no_models.clear()
    assert CliRunner().invoke(cli, ["serve", "--db", db, "--port", str(port)]).exit_code == 0
    assert no_models["header_timeout"] == HEADER_TIMEOUT_S == 10.0
    config = server_config(object(), "127.0.0.1", 0, header_timeout=3.5)
    assert config.http.header_timeout == 3.5  # type: ignore[union-attr]


def test_serve_port_in_use_is_one_line_before_the_models(no_models, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "c.db"),
                                          "--port", str(port)])  # fmt: skip
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (
        f"error: cannot serve on 127.0.0.1 port {port} (address already in use); give "
        "another --port or stop what is listening there\n"
    )
    assert no_models == {}  # refused before the models load (and before any corpus is made)
    assert not (tmp_path / "c.db").exists()
