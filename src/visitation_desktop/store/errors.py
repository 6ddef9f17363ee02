"""Errors the store raises; their messages are Danish because a caseworker may read them."""

from __future__ import annotations


class StoreError(Exception):
    """Base of every error raised by the store."""


class WrongPassword(StoreError):
    def __init__(self) -> None:
        super().__init__("Forkert adgangskode.")


class UnknownUser(StoreError):
    def __init__(self, initials: str) -> None:
        super().__init__(f"Der findes ingen sagsbehandler med initialerne {initials!r} på denne computer.")
        self.initials = initials


class UserExists(StoreError):
    def __init__(self, initials: str) -> None:
        super().__init__(f"Der findes allerede en sagsbehandler med initialerne {initials!r}.")
        self.initials = initials


class WeakPassword(StoreError, ValueError):
    """The password breaks the password rule; the message says how."""


class KeyringExists(StoreError):
    def __init__(self) -> None:
        super().__init__("Der er allerede oprettet nøgler på denne computer.")


class KeyringCorrupt(StoreError):
    def __init__(self, problem: str) -> None:
        super().__init__(f"Nøglefilen kan ikke læses: {problem}")


class WrongDataKey(StoreError):
    def __init__(self) -> None:
        super().__init__("Nøglen passer ikke til denne computers data.")


class WrongKey(StoreError):
    def __init__(self) -> None:
        super().__init__("Databasen kan ikke åbnes med denne nøgle.")


class StoreTooNew(StoreError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            f"Databasen er skrevet af en nyere udgave af programmet (skema {revision}). "
            "Opdatér programmet, før du åbner den."
        )
        self.revision = revision


class CaseNotFound(StoreError, LookupError):
    def __init__(self, case_id: int | None) -> None:
        super().__init__(f"Sag nr. {case_id} findes ikke.")
        self.case_id = case_id


class PlanVersionNotFound(StoreError, LookupError):
    def __init__(self, case_id: int, version: int) -> None:
        super().__init__(f"Handleplan version {version} findes ikke for sag nr. {case_id}.")
        self.case_id = case_id
        self.version = version
