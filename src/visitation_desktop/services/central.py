"""The address of the municipality's central store, TLS, passwords, and the connection itself.

The only network use of the program. Rules (docs/central-store.md):

- Only PostgreSQL (``postgresql://user@server/database``), through psycopg.
- **TLS**: to any server but this machine, ``sslmode=verify-full`` is used when the address names
  none; ``verify-ca`` and ``require`` are allowed, ``require`` with a warning (encrypted, but the
  server is not checked); ``disable``, ``allow`` and ``prefer`` are refused. On this machine
  (localhost, 127.0.0.1, ::1, a Unix socket) any mode is accepted.
- **No password in the address**: it would show in the process list and in shell history. The
  password comes from ``PGPASSWORD``, ``~/.pgpass`` (libpq reads both), or a prompt.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Engine

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_SECONDS = 15
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", ""})
CHECKED_SSLMODES = frozenset({"verify-full", "verify-ca"})
PLAINTEXT_SSLMODES = frozenset({"disable", "allow", "prefer"})
NETWORK_ADVICE = "Tjek, at computeren er på kommunens netværk (evt. VPN), og prøv igen."


class CentralUrlError(ValueError):
    """The central store's address is not usable (Danish message, never the password)."""


class CentralUnavailable(Exception):
    """The central store could not be reached or refused us (Danish message, no citizen data)."""


def mask_url(url: str | URL) -> str:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(ugyldig adresse)"


def _sslmode(url: URL) -> str | None:
    mode = url.query.get("sslmode")
    return mode[-1] if isinstance(mode, tuple) else mode


def is_local(url: URL) -> bool:
    host = (url.host or "").lower()
    return host in LOCAL_HOSTS or host.startswith("/")


def central_url(text: str) -> URL:
    """Parse and check the address; ``sslmode=verify-full`` is added for a remote server without one."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(text.strip())
    except ArgumentError:
        raise CentralUrlError(
            "Adressen til den centrale database kan ikke læses. Den skal have formen "
            "postgresql://bruger@server/database"
        ) from None
    if parsed.get_backend_name() != "postgresql":
        raise CentralUrlError(
            f"Den centrale database skal være PostgreSQL (postgresql://…), ikke {parsed.get_backend_name()}."
        )
    if parsed.password is not None:
        raise CentralUrlError(
            "Skriv ikke adgangskoden i adressen (den kan ses af andre i proceslisten). Programmet spørger om "
            "den, eller den kan stå i ~/.pgpass eller i miljøvariablen PGPASSWORD."
        )
    parsed = parsed.set(drivername="postgresql+psycopg")
    if not parsed.host or not parsed.database:
        raise CentralUrlError(f"Adressen {mask_url(parsed)} mangler server eller databasenavn.")
    mode = _sslmode(parsed)
    if not is_local(parsed):
        if mode is None:
            parsed = parsed.update_query_dict({"sslmode": "verify-full"})
        elif mode in PLAINTEXT_SSLMODES:
            raise CentralUrlError(
                f"Forbindelsen til {parsed.host} skal være krypteret: sslmode={mode} kan sende borgernes "
                "data ukrypteret og afvises. Brug sslmode=verify-full (eller udelad sslmode)."
            )
        elif mode not in CHECKED_SSLMODES | {"require"}:
            raise CentralUrlError(f"Ukendt sslmode={mode}. Brug sslmode=verify-full.")
    return parsed


def tls_warning(url: URL) -> str | None:
    """A Danish warning for ``sslmode=require`` to a remote server: encrypted, but the server is unchecked."""
    if not is_local(url) and _sslmode(url) == "require":
        return (
            "Advarsel: sslmode=require krypterer forbindelsen, men tjekker ikke, at serveren er kommunens. "
            "Bed IT om serverens certifikat og brug sslmode=verify-full."
        )
    return None


def target_of(url: URL) -> str:
    """Which central store: host, port and database (never the user or a password)."""
    return f"{(url.host or '').lower()}:{url.port or 5432}/{url.database or ''}"


def password_available(url: URL, environ: dict[str, str] | None = None, home: Path | None = None) -> bool:
    """Whether libpq will find a password by itself (``PGPASSWORD`` or a ``~/.pgpass`` file)."""
    env = os.environ if environ is None else environ
    if env.get("PGPASSWORD"):
        return True
    passfile = Path(env["PGPASSFILE"]) if env.get("PGPASSFILE") else (home or Path.home()) / ".pgpass"
    if os.name == "nt" and not env.get("PGPASSFILE"):
        passfile = Path(env.get("APPDATA", "")) / "postgresql" / "pgpass.conf"
    return passfile.is_file()


def connect(url: URL, password: str | None = None, *, check_schema: bool = True) -> Engine:
    """An engine on the central store; its schema checked (never migrated). ``CentralUnavailable`` on failure."""
    from sqlalchemy import create_engine

    from ..store.central.admin import check_compatible

    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
    if password:
        connect_args["password"] = password
    try:
        engine = create_engine(url, connect_args=connect_args, hide_parameters=True, pool_pre_ping=True)
    except ImportError:
        raise CentralUnavailable("Programmet mangler PostgreSQL-driveren (psycopg). Kontakt IT.") from None
    if check_schema:
        try:
            with (
                central_errors(url, "Kunne ikke forbinde til den centrale database"),
                engine.connect() as conn,
            ):
                check_compatible(conn)
        except BaseException:
            engine.dispose()
            raise
    return engine


@contextmanager
def central_errors(url: URL, what: str) -> Iterator[None]:
    """Turn driver errors into ``CentralUnavailable`` (Danish; connection facts only, no row values)."""
    from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError

    try:
        yield
    except (OperationalError, InterfaceError) as exc:
        lines = str(exc.orig).strip().splitlines()
        reason = lines[0] if lines else type(exc.orig).__name__
        raise CentralUnavailable(
            f"{what} ({mask_url(url)}). {NETWORK_ADVICE} Teknisk årsag: {reason}"
        ) from None
    except DisconnectionError:
        raise CentralUnavailable(
            f"{what} ({mask_url(url)}): forbindelsen blev afbrudt. {NETWORK_ADVICE}"
        ) from None
    except DBAPIError as exc:
        raise CentralUnavailable(
            f"{what}: den centrale database afviste det ({type(exc.orig).__name__}). Kontakt IT."
        ) from None
    except OSError as exc:
        raise CentralUnavailable(
            f"{what} ({mask_url(url)}). {NETWORK_ADVICE} ({exc.strerror or exc})"
        ) from None
