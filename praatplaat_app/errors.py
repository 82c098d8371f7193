"""The app's error types. Each carries a message for the facilitator, in the app's language
(made with :func:`praatplaat_app.messages.tr` where it is raised)."""

from __future__ import annotations


class PraatplaatError(Exception):
    """An expected problem with a message that tells the user what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class LibraryError(PraatplaatError):
    """The library file cannot be opened or used."""


class LibraryInUseError(LibraryError):
    """Another Praatplaat window already has this library open."""


class NewerLibraryError(LibraryError):
    """The library was written by a newer version of the app."""


class ValidationError(PraatplaatError):
    """User input that cannot be stored as it is; ``field`` names the field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(PraatplaatError):
    """A route, conversation or record that does not exist (any more)."""
