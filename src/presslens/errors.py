"""The presslens exception tree.

Every error presslens raises on purpose derives from :class:`PresslensError`
and carries a one-line message that says what is wrong and what to do::

    PresslensError
    ├── InputError            bad user input (files, records, options) -> exit 2
    │   ├── InputNotFoundError
    │   ├── InputFormatError   undecodable, binary, malformed JSON/JSONL, empty
    │   └── InputTooLargeError
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


class InvalidDocumentError(InputError):
    """A serialised document does not match the schema."""


class ModelError(PresslensError):
    """A model or its weights cannot be loaded."""


class StoreError(PresslensError):
    """The corpus database cannot be opened, read or written."""

    exit_code = 2


class PipelineError(PresslensError):
    """Stages are configured in an order that cannot work."""
