"""The presslens exception tree.

Every error presslens raises on purpose derives from :class:`PresslensError`
and carries a one-line message that says what is wrong and what to do::

    PresslensError
    ├── InputError            bad user input (files, records, options) -> exit 2
    │   ├── InputNotFoundError
    │   ├── InputFormatError   undecodable, binary, malformed JSON/JSONL, empty
    │   ├── InputTooLargeError
    │   └── FetchError         a URL that cannot be fetched (presslens.net)
    │       ├── DNSError             the host name does not resolve
    │       ├── FetchConnectionError  nothing listens (refused, reset, unreachable)
    │       ├── FetchTimeoutError    no answer within the timeout
    │       ├── HTTPStatusError      404, 410, 500 after retries...
    │       ├── NotHTMLError         a PDF, an image, a feed where a page was wanted
    │       ├── ResponseTooLargeError  over the size limit (also an InputTooLargeError)
    │       ├── TooManyRedirectsError
    │       ├── RobotsDisallowedError  the site's robots.txt forbids it
    │       └── BlockedAddressError  a private address the web app must not fetch
    ├── InvalidDocumentError   a document JSON that fails validation
    ├── ModelError             a model or its weights cannot be loaded
    ├── StoreError             the corpus database cannot be used
    └── PipelineError          stages configured in an impossible order

Foreign exceptions (``OSError``, ``UnicodeDecodeError``, ``json.JSONDecodeError``,
``sqlite3.Error``) are translated at the boundary where they happen, so callers
only ever need to catch :class:`PresslensError`.
"""

from __future__ import annotations


class PresslensError(Exception):
    """Base class of every presslens error."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(PresslensError):
    """The user's input cannot be used as given."""

    exit_code = 2


class InputNotFoundError(InputError):
    pass


class InputFormatError(InputError):
    pass


class InputTooLargeError(InputError):
    pass


class FetchError(InputError):
    """A URL cannot be fetched or is not what was asked for; ``url`` is the URL named."""

    def __init__(self, message: str, url: str = "") -> None:
        super().__init__(message)
        self.url = url


class DNSError(FetchError):
    """The host name does not resolve."""


class FetchConnectionError(FetchError):
    """The host refused the connection (or reset it, or cannot be reached)."""


class FetchTimeoutError(FetchError):
    """The server did not answer within the timeout."""


class HTTPStatusError(FetchError):
    """The server answered with an error status (after any retries)."""

    def __init__(self, message: str, url: str = "", status: int = 0) -> None:
        super().__init__(message, url)
        self.status = status


class NotHTMLError(FetchError):
    """The URL is not an HTML page (or not a feed, where a feed is possible)."""


class ResponseTooLargeError(FetchError, InputTooLargeError):
    """The body is over the size limit; reading stopped at the limit."""


class TooManyRedirectsError(FetchError):
    pass


class RobotsDisallowedError(FetchError):
    """The site's robots.txt does not allow presslens to fetch the URL."""


class BlockedAddressError(FetchError):
    """The URL resolves to a loopback, private, link-local or metadata address, which the
    web app does not fetch unless started with ``--allow-private-urls``."""


class InvalidDocumentError(InputError):
    """A serialised document does not match the schema."""


class ModelError(PresslensError):
    """A model or its weights cannot be loaded."""


class StoreError(PresslensError):
    """The corpus database cannot be opened, read or written."""

    exit_code = 2


class PipelineError(PresslensError):
    """Stages are configured in an order that cannot work."""
