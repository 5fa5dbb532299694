"""Fetching one URL politely: the only place presslens talks HTTP.

:class:`Fetcher` wraps one ``httpx.Client`` and adds what a well-behaved reader of news
sites does (:class:`FetchSettings` holds the defaults):

- a User-Agent naming presslens and its version;
- robots.txt obeyed (read once per site through the same client, cached);
- at most one request per host per ``delay`` seconds (:class:`RateLimiter`);
- a connect/read timeout, a deadline for the whole body and, where set (the web app), a
  limit on everything one :meth:`Fetcher.get` does (:data:`WEB_FETCH_SETTINGS`);
- redirects followed by hand, at most ``max_redirects``, each hop checked like the first;
- the body read as a stream and abandoned at ``max_bytes`` (the same 5 MB as files);
- retries on 429 and 5xx, waiting ``Retry-After`` when the server gives one (bounded),
  else an exponential backoff;
- conditional GET: pass the ``etag`` / ``last_modified`` remembered from the last fetch
  and a 304 comes back as :attr:`Fetched.not_modified`;
- with ``allow_private=False`` (the web app), no request goes to a loopback, private,
  link-local or metadata address: the name is resolved and every address checked before
  each hop, and the address actually connected to is checked again before the body is read.

Every failure is one :class:`~presslens.errors.FetchError` subclass with a one-line
message; httpx's exceptions never leave this module.
"""

from __future__ import annotations

import email.utils
import ipaddress
import logging
import socket
import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from .._version import __version__
from ..errors import (
    BlockedAddressError,
    DNSError,
    FetchConnectionError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    ResponseTooLargeError,
    RobotsDisallowedError,
    TooManyRedirectsError,
)
from ..reading import DEFAULT_MAX_BYTES
from ..settings import setting

logger = logging.getLogger(__name__)

USER_AGENT = f"presslens/{__version__} (news article analysis; python-httpx)"
#: Statuses worth asking again after a pause.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
Resolver = Callable[[str, int], list[str]]


@dataclass(frozen=True)
class FetchSettings:
    """How presslens behaves on the network; the CLI's options and the web app set these."""

    #: seconds between two requests to one host (robots.txt included)
    delay: float = float(setting("fetch_delay").default)  # type: ignore[arg-type]
    #: seconds to connect, and to wait for each read
    timeout: float = float(setting("fetch_timeout").default)  # type: ignore[arg-type]
    #: seconds for a whole response, however slowly it trickles in
    deadline: float = 120.0
    #: seconds for everything one ``get`` does: robots.txt, redirects, retries (a wait
    #: that would pass it is not waited) and the body; None: only the limits above
    total: float | None = None
    max_redirects: int = 5
    max_bytes: int = DEFAULT_MAX_BYTES
    #: retries after a 429 or 5xx (so at most ``retries + 1`` requests)
    retries: int = 3
    #: the first retry's wait when the server gives no Retry-After; doubled each time
    backoff: float = 1.0
    #: the longest wait before a retry, whatever Retry-After asks
    max_wait: float = 60.0
    obey_robots: bool = True
    #: False in the web app: refuse loopback, private, link-local and metadata addresses
    allow_private: bool = True
    user_agent: str = USER_AGENT


#: The web app's fetching (one page for a reader who waits for it): done within 20 s
#: in all, no pause between robots.txt and the page, one quick retry at most, and no
#: private addresses (``serve --allow-private-urls`` lifts that).
WEB_FETCH_SETTINGS = FetchSettings(
    delay=0.0, timeout=10.0, deadline=20.0, total=20.0, retries=1, backoff=0.5, max_wait=5.0,
    allow_private=False,
)  # fmt: skip


@dataclass(frozen=True)
class Fetched:
    """One response: the body (empty for a 304) and what a later conditional GET needs."""

    url: str
    final_url: str
    status: int
    content_type: str
    charset: str | None
    content: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class RateLimiter:
    """At most one request per host every ``delay`` seconds (thread-safe)."""

    delay: float
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _next: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def wait(self, host: str) -> float:
        """Block until ``host`` may be asked again; returns the seconds waited."""
        with self._lock:
            now = self.clock()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self.delay
        waited = start - now
        if waited > 0:
            self.sleep(waited)
        return waited


def system_resolver(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to (raises :class:`DNSError`)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise DNSError(f"the host name {host} does not resolve ({exc}); check the URL") from None
    return sorted({str(info[4][0]) for info in infos})


def blocked_reason(address: str) -> str | None:
    """Why the web app must not connect to ``address`` (None: a public address)."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_unspecified:
        return "the unspecified address (it reaches this machine)"
    if ip.is_link_local:
        return "a link-local address (cloud metadata services live there)"
    if ip.is_private:
        return "a private address"
    if ip.is_multicast or ip.is_reserved or not ip.is_global:
        return "not a public address"
    return None


class Fetcher:
    """Fetches URLs politely (see the module docstring); one per command or web app.

    ``transport``, ``sleep``, ``clock`` and ``resolver`` are for tests.
    """

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        resolver: Resolver = system_resolver,
    ) -> None:
        self.settings = s = settings or FetchSettings()
        self._sleep = sleep
        self._clock = clock
        self._resolve = resolver
        self.limiter = RateLimiter(s.delay, clock=clock, sleep=sleep)
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}
        self._robots_lock = threading.Lock()
        self._client = httpx.Client(
            headers={"User-Agent": s.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(s.timeout),
            follow_redirects=False,
            transport=transport,
            trust_env=s.allow_private,  # the web app ignores proxy variables: it checks hosts
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the public call ---------------------------------------------------------------
    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
    ) -> Fetched:
        """GET ``url`` (see the module docstring for what that involves)."""
        check_url(url)
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        total = self.settings.total
        end = None if total is None else self._clock() + total
        return self._follow(url, headers, robots=self.settings.obey_robots, end=end)

    # -- redirects, robots, retries ----------------------------------------------------
    def _follow(
        self, url: str, headers: dict[str, str], *, robots: bool, end: float | None
    ) -> Fetched:
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            if robots:
                self._check_robots(url, current, end)
            response = self._with_retries(url, current, headers, end)
            location = response.headers.get("location")
            if response.status_code in REDIRECT_STATUSES and location:
                response.close()
                current = urljoin(current, location)
                check_url(current, original=url)
                continue
            return self._finish(url, current, response, end)
        raise TooManyRedirectsError(
            f"{url}: redirected more than {self.settings.max_redirects} times "
            "(a redirect loop?); open it in a browser to see where it leads",
            url,
        )

    def _with_retries(
        self, url: str, current: str, headers: dict[str, str], end: float | None
    ) -> httpx.Response:
        s = self.settings
        for attempt in range(s.retries + 1):
            response = self._send(url, current, headers, end)
            if response.status_code not in RETRY_STATUSES or attempt == s.retries:
                return response
            wait = retry_after(response.headers.get("retry-after"), self._now_epoch())
            if wait is None:
                wait = s.backoff * 2**attempt
            wait = min(max(wait, 0.0), s.max_wait)
            if end is not None and self._clock() + wait >= end:
                return response  # no time left to ask again: this answer is the answer
            response.close()
            logger.info("%s: HTTP %d; retrying in %.1f s", current, response.status_code, wait)
            self._sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _now_epoch(self) -> float:
        return time.time()

    def _send(
        self, url: str, current: str, headers: dict[str, str], end: float | None
    ) -> httpx.Response:
        """One request, its headers read and its peer checked; the body not yet read."""
        parts = urlsplit(current)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme == "https" else 80)
        addresses = self._addresses(url, host, port)
        if not self.settings.allow_private:
            for address in addresses:
                self._refuse_if_private(url, current, address)
        self.limiter.wait(f"{host}:{port}")
        timeout = min(self.settings.timeout, self._remaining(url, end))
        request = self._client.build_request("GET", current, headers=headers, timeout=timeout)
        try:
            response = self._client.send(request, stream=True)
        except httpx.TimeoutException:
            if end is not None and self._clock() >= end:
                raise self._over_total(url) from None
            raise FetchTimeoutError(
                f"{url}: no answer from {host} within {self.settings.timeout:g} s; "
                "try again later or raise --timeout",
                url,
            ) from None
        except httpx.ConnectError as exc:
            raise FetchConnectionError(
                f"{url}: cannot connect to {host} port {port} ({_reason(exc)}); "
                "check the URL, or try again later",
                url,
            ) from None
        except httpx.HTTPError as exc:
            raise FetchConnectionError(
                f"{url}: the connection to {host} failed ({_reason(exc)}); try again later", url
            ) from None
        if not self.settings.allow_private:
            peer = _peer_address(response)
            if peer is not None:
                try:
                    self._refuse_if_private(url, current, peer)
                except BlockedAddressError:
                    response.close()
                    raise
        return response

    def _addresses(self, url: str, host: str, port: int) -> list[str]:
        try:
            return [str(ipaddress.ip_address(host))]
        except ValueError:
            pass
        try:
            return self._resolve(host, port)
        except DNSError as exc:
            raise DNSError(f"{url}: {exc.message}", url) from None

    def _refuse_if_private(self, url: str, current: str, address: str) -> None:
        reason = blocked_reason(address)
        if reason is None:
            return
        via = "" if current == url else f" (redirected to {current})"
        raise BlockedAddressError(
            f"{url}{via}: {urlsplit(current).hostname} is {address}, {reason}; the web app "
            "does not fetch those (start it with --allow-private-urls to allow them)",
            url,
        )

    def _remaining(self, url: str, end: float | None) -> float:
        """Seconds left of the ``total`` limit (inf: none); past it, a timeout."""
        if end is None:
            return float("inf")
        left = end - self._clock()
        if left <= 0:
            raise self._over_total(url)
        return left

    def _over_total(self, url: str) -> FetchTimeoutError:
        return FetchTimeoutError(
            f"{url}: no complete answer within {self.settings.total:g} s; try again later",
            url,
        )

    def _finish(
        self, url: str, current: str, response: httpx.Response, end: float | None
    ) -> Fetched:
        """Check the status and read the body within the size limit and the deadline."""
        try:
            status = response.status_code
            if status == 304:
                return self._fetched(url, current, response, b"")
            if status >= 400:
                raise HTTPStatusError(
                    f"{url}: HTTP {status} {response.reason_phrase or ''}".rstrip()
                    + f"{_status_hint(status)}",
                    url,
                    status,
                )
            return self._fetched(url, current, response, self._read_body(url, response, end))
        finally:
            response.close()

    def _read_body(self, url: str, response: httpx.Response, end: float | None) -> bytes:
        limit = self.settings.max_bytes
        too_large = ResponseTooLargeError(
            f"{url}: the response is over the {limit:,}-byte limit; save the article's "
            "text to a file instead",
            url,
        )
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise too_large
        body_end = self._clock() + self.settings.deadline
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise too_large
                chunks.append(chunk)
                if self._clock() > body_end:
                    raise FetchTimeoutError(
                        f"{url}: the response took over {self.settings.deadline:g} s; "
                        "try again later",
                        url,
                    )
                if end is not None:  # the next read may wait only for what is left
                    _limit_reads(response, self._remaining(url, end))
        except httpx.TimeoutException:
            if end is not None and self._clock() >= end:
                raise self._over_total(url) from None
            raise FetchTimeoutError(
                f"{url}: the server stopped sending within {self.settings.timeout:g} s; "
                "try again later or raise --timeout",
                url,
            ) from None
        except httpx.HTTPError as exc:
            raise FetchConnectionError(
                f"{url}: the connection broke while reading ({_reason(exc)}); try again later",
                url,
            ) from None
        return b"".join(chunks)

    @staticmethod
    def _fetched(url: str, current: str, response: httpx.Response, body: bytes) -> Fetched:
        kind = response.headers.get("content-type", "")
        media, _, params = kind.partition(";")
        charset = None
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.lower() == "charset" and value.strip(" \"'"):
                charset = value.strip(" \"'").lower()
        return Fetched(
            url=url,
            final_url=current,
            status=response.status_code,
            content_type=media.strip().lower(),
            charset=charset,
            content=body,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )

    # -- robots.txt --------------------------------------------------------------------
    def _check_robots(self, url: str, current: str, end: float | None) -> None:
        parts = urlsplit(current)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._robots_lock:
            rules = self._robots.get(origin)
        if rules is None:
            rules = self._read_robots(url, origin, end)
            with self._robots_lock:
                self._robots[origin] = rules
        if not rules.can_fetch(self.settings.user_agent, current):
            raise RobotsDisallowedError(
                f"{url}: {origin}/robots.txt does not allow presslens to fetch "
                f"{parts.path or '/'}; the site asks not to be read this way",
                url,
            )

    def _read_robots(
        self, url: str, origin: str, end: float | None
    ) -> urllib.robotparser.RobotFileParser:
        rules = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        try:
            fetched = self._follow(
                origin + "/robots.txt", {"Accept": "text/plain"}, robots=False, end=end
            )
        except HTTPStatusError as exc:
            if exc.status in (401, 403):
                rules.parse(["User-agent: *", "Disallow: /"])  # as urllib.robotparser does
            elif exc.status >= 500:
                raise RobotsDisallowedError(
                    f"{url}: {origin}/robots.txt answers HTTP {exc.status}, so what the site "
                    "allows is unknown; try again later",
                    url,
                ) from None
            else:
                rules.parse([])  # no robots.txt: everything is allowed
            return rules
        except (ResponseTooLargeError, TooManyRedirectsError):
            rules.parse([])
            return rules
        text = fetched.content.decode("utf-8", errors="replace")
        rules.parse(text.splitlines())
        return rules


def check_url(url: str, original: str | None = None) -> None:
    """Refuse what is not an absolute http(s) URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        shown = original or url
        where = "" if original is None else f" redirects to {url}, which"
        raise FetchError(
            f"{shown}:{where} is not an http:// or https:// URL; give the page's full address",
            shown,
        )


def is_url(value: str) -> bool:
    """Whether a command-line argument names a URL rather than a file."""
    return value.lower().startswith(("http://", "https://"))


def retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now)


def _limit_reads(response: httpx.Response, seconds: float) -> None:
    """Let the response's next reads wait at most ``seconds`` (never longer than the
    timeout it was sent with). httpcore reads the request's timeout dict before each
    read; where it does not, each read keeps its own timeout, so the total limit can be
    passed by at most one read timeout."""
    timeouts = response.request.extensions.get("timeout")
    if isinstance(timeouts, dict) and isinstance(timeouts.get("read"), int | float):
        timeouts["read"] = max(0.001, min(timeouts["read"], seconds))


def _peer_address(response: httpx.Response) -> str | None:
    stream: Any = response.extensions.get("network_stream")
    if stream is None:
        return None
    try:
        addr = stream.get_extra_info("server_addr")
    except Exception:  # a transport without the information (tests' mock transports)
        return None
    return str(addr[0]) if addr else None


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    if "refused" in text.lower():
        return "connection refused"
    return text.splitlines()[0][:200]


def _status_hint(status: int) -> str:
    if status in (404, 410):
        return "; the page is not there: check the URL"
    if status in (401, 403):
        return "; the site refuses presslens (a paywall or a login?)"
    if status == 429:
        return "; the site asks presslens to slow down: try again later"
    if status >= 500:
        return "; the site is failing: try again later"
    return ""
