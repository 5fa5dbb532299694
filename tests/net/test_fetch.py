"""presslens.net.fetch against a local HTTP server: politeness, limits and one error per failure."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from presslens.errors import (
    BlockedAddressError,
    DNSError,
    FetchConnectionError,
    FetchTimeoutError,
    HTTPStatusError,
    ResponseTooLargeError,
    RobotsDisallowedError,
    TooManyRedirectsError,
)
from presslens.net.fetch import (
    USER_AGENT,
    WEB_FETCH_SETTINGS,
    Fetcher,
    FetchSettings,
    RateLimiter,
    blocked_reason,
    retry_after,
)

PAGE = "<!doctype html><html><head><title>t</title></head><body><p>Hello.</p></body></html>"


_MADE: list[Fetcher] = []


@pytest.fixture(autouse=True)
def _close_fetchers() -> Iterator[None]:
    """Every fetcher a test makes is closed after it (its pooled connections with it)."""
    yield
    while _MADE:
        _MADE.pop().close()


def made(f: Fetcher) -> Fetcher:
    _MADE.append(f)
    return f


def fetcher(**settings: Any) -> tuple[Fetcher, list[float]]:
    """A fetcher with no delay between requests that records its sleeps instead of sleeping."""
    slept: list[float] = []
    options = {"delay": 0.0, "backoff": 0.5, **settings}
    return made(Fetcher(FetchSettings(**options), sleep=slept.append)), slept


def test_fetch_names_presslens_and_reads_the_page(site) -> None:  # type: ignore[no-untyped-def]
    site.page("/a.html", PAGE, ETag='"v1"', **{"Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT"})
    f, _ = fetcher()
    got = f.get(site.url("/a.html"))
    assert got.content == PAGE.encode() and got.status == 200
    assert (got.content_type, got.charset) == ("text/html", "utf-8")
    assert (got.etag, got.last_modified) == ('"v1"', "Mon, 01 Jan 2024 00:00:00 GMT")
    agents = {headers["user-agent"] for _, headers in site.requests}
    assert agents == {USER_AGENT} and USER_AGENT.startswith("presslens/")
    assert [p for p, _ in site.requests] == ["/robots.txt", "/a.html"]


def test_fetch_obeys_robots_txt_read_once_per_site(site) -> None:  # type: ignore[no-untyped-def]
    site.routes["/robots.txt"] = (200, {"Content-Type": "text/plain"},
                                  b"User-agent: *\nDisallow: /private/\n")  # fmt: skip
    site.page("/ok.html", PAGE)
    site.page("/private/x.html", PAGE)
    f, _ = fetcher()
    assert f.get(site.url("/ok.html")).status == 200
    with pytest.raises(RobotsDisallowedError, match=r"robots.txt does not allow presslens"):
        f.get(site.url("/private/x.html"))
    assert site.hits.get("/private/x.html") is None
    assert site.hits["/robots.txt"] == 1


def test_fetch_robots_forbidden_means_nothing_is_fetched(site) -> None:  # type: ignore[no-untyped-def]
    site.routes["/robots.txt"] = (403, {}, b"")
    site.page("/a.html", PAGE)
    f, _ = fetcher()
    with pytest.raises(RobotsDisallowedError):
        f.get(site.url("/a.html"))
    assert "/a.html" not in site.hits


def test_fetch_slow_server_times_out(site) -> None:  # type: ignore[no-untyped-def]
    def slow(handler: Any) -> tuple[int, dict[str, str], bytes]:
        time.sleep(2)
        return 200, {"Content-Type": "text/html"}, PAGE.encode()

    site.routes["/slow.html"] = slow
    f, _ = fetcher(timeout=0.3)
    start = time.monotonic()
    with pytest.raises(FetchTimeoutError, match=r"no answer from 127.0.0.1 within 0.3 s"):
        f.get(site.url("/slow.html"))
    assert time.monotonic() - start < 1.5


def test_fetch_total_limit_stops_a_trickling_body(site) -> None:  # type: ignore[no-untyped-def]
    def trickle(handler: Any) -> tuple[None, None, None]:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        try:  # a byte every 0.2 s: no read ever waits long, the page never ends
            for _ in range(100):
                handler.wfile.write(b"<")
                handler.wfile.flush()
                time.sleep(0.2)
        except (BrokenPipeError, ConnectionResetError):
            pass
        return None, None, None

    site.routes["/trickle.html"] = trickle
    f, _ = fetcher(timeout=8.0, deadline=60.0, total=1.0)
    start = time.monotonic()
    with pytest.raises(FetchTimeoutError, match=r"no complete answer within 1 s"):
        f.get(site.url("/trickle.html"))
    assert time.monotonic() - start < 8  # the total, not the per-read timeout, ended it


def test_fetch_total_limit_skips_a_retry_it_has_no_time_for(site) -> None:  # type: ignore[no-untyped-def]
    site.routes["/busy.html"] = (503, {"Retry-After": "30"}, b"busy")
    f, slept = fetcher(total=5.0, max_wait=60.0)
    with pytest.raises(HTTPStatusError, match=r"HTTP 503"):
        f.get(site.url("/busy.html"))
    assert slept == [] and site.hits["/busy.html"] == 1
    # without the total limit the same answer is waited for and asked again
    f, slept = fetcher(retries=1, max_wait=60.0)
    with pytest.raises(HTTPStatusError, match=r"HTTP 503"):
        f.get(site.url("/busy.html"))
    assert slept == [30.0] and site.hits["/busy.html"] == 3


def test_fetch_web_settings_suit_a_reader_waiting() -> None:
    web, cli = WEB_FETCH_SETTINGS, FetchSettings()
    assert web.total is not None and web.total <= 20 and cli.total is None
    assert web.delay == 0 and web.timeout <= web.total and web.deadline <= web.total
    assert web.retries * web.max_wait < web.total  # a retry still fits in the total
    assert web.allow_private is False and web.obey_robots and web.user_agent == USER_AGENT


def test_fetch_404_is_an_http_status_error(site) -> None:  # type: ignore[no-untyped-def]
    f, slept = fetcher()
    with pytest.raises(HTTPStatusError, match=r"HTTP 404 Not Found; the page is not there") as e:
        f.get(site.url("/missing.html"))
    assert e.value.status == 404 and e.value.exit_code == 2
    assert site.hits["/missing.html"] == 1 and slept == []  # a 404 is not retried


def test_fetch_retries_a_500_then_succeeds(site) -> None:  # type: ignore[no-untyped-def]
    answers = iter([(500, {}, b"oops"), (502, {}, b"oops"), (200, {"Content-Type": "text/html"},
                                                               PAGE.encode())])  # fmt: skip
    site.routes["/flaky.html"] = lambda handler: next(answers)
    f, slept = fetcher(backoff=0.5)
    assert f.get(site.url("/flaky.html")).content == PAGE.encode()
    assert site.hits["/flaky.html"] == 3
    assert slept == [0.5, 1.0]  # exponential backoff, injected sleep


def test_fetch_honours_retry_after_within_a_bound(site) -> None:  # type: ignore[no-untyped-def]
    answers = iter([(429, {"Retry-After": "7"}, b""), (503, {"Retry-After": "9999"}, b""),
                    (200, {"Content-Type": "text/html"}, PAGE.encode())])  # fmt: skip
    site.routes["/busy.html"] = lambda handler: next(answers)
    f, slept = fetcher(max_wait=30.0)
    assert f.get(site.url("/busy.html")).status == 200
    assert slept == [7.0, 30.0]


def test_fetch_gives_up_after_the_retries(site) -> None:  # type: ignore[no-untyped-def]
    site.routes["/down.html"] = (503, {}, b"down")
    f, slept = fetcher(retries=2)
    with pytest.raises(HTTPStatusError, match=r"HTTP 503 .*the site is failing"):
        f.get(site.url("/down.html"))
    assert site.hits["/down.html"] == 3 and len(slept) == 2


def test_retry_after_reads_seconds_and_dates() -> None:
    assert retry_after("120", 0) == 120.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", 1445412470.0) == pytest.approx(10.0)
    assert retry_after("soon", 0) is None and retry_after(None, 0) is None


def test_fetch_redirect_loop_stops_after_five_hops(site) -> None:  # type: ignore[no-untyped-def]
    site.routes["/a"] = (302, {"Location": "/b"}, b"")
    site.routes["/b"] = (301, {"Location": site.url("/a")}, b"")
    f, _ = fetcher()
    with pytest.raises(TooManyRedirectsError, match=r"redirected more than 5 times"):
        f.get(site.url("/a"))
    assert site.hits["/a"] + site.hits["/b"] == 6


def test_fetch_follows_five_redirects_and_reports_the_final_url(site) -> None:  # type: ignore[no-untyped-def]
    for i in range(5):
        site.routes[f"/r{i}"] = (307, {"Location": f"/r{i + 1}"}, b"")
    site.page("/r5", PAGE)
    f, _ = fetcher()
    got = f.get(site.url("/r0"))
    assert got.final_url == site.url("/r5") and got.url == site.url("/r0")


def test_fetch_refuses_a_20_mb_body_while_streaming(site) -> None:  # type: ignore[no-untyped-def]
    def huge(handler: Any) -> tuple[None, None, None]:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()  # no Content-Length: the limit must hold while reading
        chunk = b"<p>" + b"x" * (1024 * 1024 - 3)
        try:
            for _ in range(20):
                handler.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        return None, None, None

    site.routes["/huge.html"] = huge
    twenty_mb = str(20 * 1024 * 1024)
    site.routes["/declared.html"] = (200, {"Content-Type": "text/html",
                                           "Content-Length": twenty_mb}, b"")  # fmt: skip
    f, _ = fetcher()
    with pytest.raises(ResponseTooLargeError, match=r"over the 5,242,880-byte limit"):
        f.get(site.url("/huge.html"))
    with pytest.raises(ResponseTooLargeError):
        f.get(site.url("/declared.html"))


def test_fetch_conditional_get_gives_not_modified(site) -> None:  # type: ignore[no-untyped-def]
    def feed(handler: Any) -> tuple[int, dict[str, str], bytes]:
        if handler.headers.get("If-None-Match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": '"v1"'}, b"<rss/>"

    site.routes["/feed.xml"] = feed
    f, _ = fetcher()
    first = f.get(site.url("/feed.xml"))
    assert not first.not_modified and first.etag == '"v1"'
    again = f.get(site.url("/feed.xml"), etag=first.etag)
    assert again.not_modified and again.content == b""


def test_fetch_refused_connection(unused_port: int) -> None:
    f, _ = fetcher()
    with pytest.raises(FetchConnectionError, match=r"cannot connect to 127.0.0.1 port \d+ "
                                                   r"\(connection refused\)"):  # fmt: skip
        f.get(f"http://127.0.0.1:{unused_port}/a.html")


def test_fetch_unknown_host_is_a_dns_error() -> None:
    f, _ = fetcher()
    with pytest.raises(DNSError, match=r"the host name presslens-test.invalid does not resolve"):
        f.get("http://presslens-test.invalid/a.html")


def test_rate_limiter_spaces_requests_to_one_host() -> None:
    now = [100.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    limiter = RateLimiter(1.0, clock=lambda: now[0], sleep=sleep)
    assert limiter.wait("a:80") == 0
    assert limiter.wait("b:80") == 0  # another host does not wait
    assert limiter.wait("a:80") == pytest.approx(1.0)
    now[0] += 5
    assert limiter.wait("a:80") == 0
    assert slept == [pytest.approx(1.0)]


def test_fetch_waits_between_requests_to_one_host_by_default(site) -> None:  # type: ignore[no-untyped-def]
    site.page("/a.html", PAGE)
    assert FetchSettings().delay == 1.0
    f = made(Fetcher(FetchSettings(delay=0.3)))
    start = time.monotonic()
    f.get(site.url("/a.html"))  # robots.txt, then the page: two requests
    f.get(site.url("/a.html"))
    assert time.monotonic() - start >= 0.6


@pytest.mark.parametrize(
    ("address", "blocked"),
    [("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.1.2.3", "private"),
     ("192.168.0.10", "private"), ("169.254.169.254", "link-local"),
     ("fd00:ec2::254", "private"), ("::ffff:127.0.0.1", "loopback"), ("0.0.0.0", "this machine"),
     ("100.64.0.1", "public"), ("93.184.216.34", None), ("2606:4700::1111", None)],
)  # fmt: skip
def test_blocked_reason(address: str, blocked: str | None) -> None:
    reason = blocked_reason(address)
    assert (reason is None) == (blocked is None)
    if blocked:
        assert blocked in (reason or "")


def test_fetch_without_private_refuses_loopback_before_connecting(site) -> None:  # type: ignore[no-untyped-def]
    site.page("/a.html", PAGE)
    f, _ = fetcher(allow_private=False)
    with pytest.raises(BlockedAddressError, match=r"127.0.0.1 is 127.0.0.1, a loopback address"):
        f.get(site.url("/a.html"))
    assert site.hits == {}


def test_fetch_without_private_checks_every_redirect() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "news.example":
            return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/"})
        return httpx.Response(200, text="secret")

    f = made(Fetcher(FetchSettings(delay=0, allow_private=False, obey_robots=False),
                     transport=httpx.MockTransport(handler),
                     resolver=lambda host, port: ["93.184.216.34"]))  # fmt: skip
    with pytest.raises(BlockedAddressError, match=r"redirected to http://169.254.169.254/latest/"):
        f.get("http://news.example/story")


def test_fetch_without_private_checks_the_address_connected_to(site) -> None:  # type: ignore[no-untyped-def]
    """A name whose lookup said 'public' but that connects to loopback (DNS rebinding)."""
    site.page("/a.html", PAGE)
    port = site.base.rsplit(":", 1)[1]
    f = made(Fetcher(FetchSettings(delay=0, allow_private=False, obey_robots=False),
                     resolver=lambda host, p: ["93.184.216.34"]))  # fmt: skip
    with pytest.raises(BlockedAddressError, match=r"a loopback address"):
        f.get(f"http://localhost:{port}/a.html")


@pytest.fixture
def unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
