"""The central store's address: TLS required off this machine, no password on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from visitation_desktop.services.central import CentralUrlError, central_url, password_available, tls_warning


def test_a_remote_server_gets_verify_full_by_default() -> None:
    url = central_url("postgresql://mlh@db.kommune.dk/visitation")
    assert url.query["sslmode"] == "verify-full" and url.drivername == "postgresql+psycopg"
    assert tls_warning(url) is None


def test_require_is_allowed_with_a_warning_and_plaintext_is_refused() -> None:
    url = central_url("postgresql://mlh@db.kommune.dk/visitation?sslmode=require")
    assert "tjekker ikke, at serveren er kommunens" in (tls_warning(url) or "")
    for mode in ("disable", "allow", "prefer"):
        with pytest.raises(CentralUrlError, match=f"sslmode={mode} kan sende borgernes data ukrypteret"):
            central_url(f"postgresql://mlh@db.kommune.dk/visitation?sslmode={mode}")


def test_this_machine_may_go_without_tls() -> None:
    url = central_url("postgresql://mlh@localhost:5433/visitation?sslmode=disable")
    assert url.query["sslmode"] == "disable" and tls_warning(url) is None


def test_a_password_in_the_address_is_refused_and_never_echoed() -> None:
    with pytest.raises(CentralUrlError) as caught:
        central_url("postgresql://mlh:hemmelig123@db.kommune.dk/visitation")
    assert "hemmelig123" not in str(caught.value) and "pgpass" in str(caught.value)


def test_only_postgresql_and_a_readable_address() -> None:
    with pytest.raises(CentralUrlError, match="skal være PostgreSQL"):
        central_url("mysql://mlh@db/visitation")
    with pytest.raises(CentralUrlError, match="kan ikke læses"):
        central_url("ikke en adresse")


def test_password_found_in_the_environment_or_a_pgpass_file(tmp_path: Path) -> None:
    url = central_url("postgresql://mlh@db.kommune.dk/visitation")
    assert password_available(url, {"PGPASSWORD": "x"}, tmp_path)
    assert not password_available(url, {}, tmp_path)
    (tmp_path / ".pgpass").write_text("db.kommune.dk:5432:visitation:mlh:x\n")
    assert password_available(url, {}, tmp_path)
