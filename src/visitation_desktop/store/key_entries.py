"""Keyring entries: Argon2id parameters, the X25519 key pair under a password, the sealed data key.

See ``store.keyring`` for the scheme. This module only encrypts, decrypts and (de)serialises one
entry; it reads no file. The Argon2id derivation itself is ``unlock_ahead.argon2id``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from visitation_desktop.store import unlock_ahead
from visitation_desktop.store.errors import KeyringCorrupt, WrongDataKey, WrongPassword
from visitation_desktop.store.unlock_ahead import MEMORY_KIB as _MEMORY_KIB
from visitation_desktop.store.unlock_ahead import PARALLELISM as _PARALLELISM
from visitation_desktop.store.unlock_ahead import TIME_COST as _TIME_COST

_AAD_PREFIX = b"visitation-desktop keyring v1\x00"
_SEAL_LABEL = b"visitation-desktop keyring seal v2"
_CHECK_LABEL = b"visitation-desktop data key check v1"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id settings, stored per caseworker so they can be raised later without breaking old entries."""

    salt: bytes
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 1

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(salt=secrets.token_bytes(16))

    def derive(self, password: str) -> bytes:
        """The key of ``password``: the one ``unlock_ahead`` started for these parameters, or derived now."""
        args = (self.salt, self.time_cost, self.memory_cost_kib, self.parallelism, password)
        key = unlock_ahead.take(*args)
        return key if key is not None else unlock_ahead.argon2id(password, *args[:4])


@dataclass(frozen=True)
class _Entry:
    """One caseworker's (or the recovery code's) way to the data key."""

    kdf: KdfParams
    nonce: bytes  # format 1: the data key wrapped directly; format 2: the private key's nonce
    wrapped: bytes
    public: bytes = b""  # format 2: X25519 public key; empty for a format-1 entry
    sealed: tuple[bytes, bytes, bytes] | None = None  # (ephemeral public key, nonce, ciphertext)

    @property
    def sealable(self) -> bool:
        return bool(self.public)


def _check_value(data_key: bytes | bytearray) -> bytes:
    return hmac.new(bytes(data_key), _CHECK_LABEL, hashlib.sha256).digest()


def _aad(who: str) -> bytes:
    return _AAD_PREFIX + who.encode("utf-8")


def _seal_key(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=_SEAL_LABEL + ephemeral + public).derive(shared)


def _seal(public: bytes, data_key: bytes | bytearray, who: str) -> tuple[bytes, bytes, bytes]:
    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes_raw()
    key = _seal_key(ephemeral.exchange(X25519PublicKey.from_public_bytes(public)), eph_public, public)
    nonce = secrets.token_bytes(12)
    return eph_public, nonce, AESGCM(key).encrypt(nonce, bytes(data_key), _aad(who))


def _new_entry(who: str, secret: str, data_key: bytes | bytearray) -> _Entry:
    """A format-2 entry: a fresh key pair, its private key under ``secret``, the data key sealed to it."""
    kdf = KdfParams.fresh()
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes_raw()
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kdf.derive(secret)).encrypt(nonce, private.private_bytes_raw(), _aad(who))
    return _Entry(kdf, nonce, wrapped, public, _seal(public, data_key, who))


def _open(entry: _Entry, who: str, secret: str) -> bytes:
    """The data key from ``entry``; ``WrongPassword`` when ``secret`` does not open it."""
    try:
        inner = AESGCM(entry.kdf.derive(secret)).decrypt(entry.nonce, entry.wrapped, _aad(who))
        if not entry.sealable:
            return inner  # format 1: the data key itself
        if entry.sealed is None:
            raise WrongDataKey()
        eph_public, nonce, ciphertext = entry.sealed
        shared = X25519PrivateKey.from_private_bytes(inner).exchange(X25519PublicKey.from_public_bytes(eph_public))
        return AESGCM(_seal_key(shared, eph_public, entry.public)).decrypt(nonce, ciphertext, _aad(who))
    except InvalidTag:
        raise WrongPassword() from None


def _entry_from_doc(who: str, raw: Any) -> _Entry:
    if not isinstance(raw, dict):
        raise KeyringCorrupt(f"posten for {who} er ikke et objekt")
    kdf = raw["kdf"]
    if kdf["algorithm"] != "argon2id" or raw["cipher"] != "AES-256-GCM":
        raise KeyringCorrupt("ukendt algoritme")
    params = KdfParams(
        salt=_b64d(kdf["salt"]),
        time_cost=_bounded(kdf["time_cost"], _TIME_COST, "time_cost"),
        memory_cost_kib=_bounded(kdf["memory_cost_kib"], _MEMORY_KIB, "memory_cost_kib"),
        parallelism=_bounded(kdf["parallelism"], _PARALLELISM, "parallelism"),
    )
    if len(params.salt) < 8:
        raise KeyringCorrupt(f"saltet for {who} er for kort")
    nonce = _b64d(raw["nonce"])
    if len(nonce) != 12:
        raise KeyringCorrupt(f"nonce for {who} har forkert længde")
    wrapped = _b64d(raw["wrapped_key"])
    public = _b64d(raw.get("public_key", ""))
    sealed = None
    if public:
        s = raw["sealed"]
        sealed = (_b64d(s["ephemeral"]), _b64d(s["nonce"]), _b64d(s["ciphertext"]))
        if len(public) != 32 or len(sealed[0]) != 32 or len(sealed[1]) != 12:
            raise KeyringCorrupt(f"nøgleparret for {who} har forkert længde")
    return _Entry(params, nonce, wrapped, public, sealed)


def _entry_to_doc(e: _Entry) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "kdf": {
            "algorithm": "argon2id",
            "salt": _b64e(e.kdf.salt),
            "time_cost": e.kdf.time_cost,
            "memory_cost_kib": e.kdf.memory_cost_kib,
            "parallelism": e.kdf.parallelism,
        },
        "cipher": "AES-256-GCM",
        "nonce": _b64e(e.nonce),
        "wrapped_key": _b64e(e.wrapped),
    }
    if e.sealable and e.sealed is not None:
        doc["key_agreement"] = "X25519"
        doc["public_key"] = _b64e(e.public)
        doc["sealed"] = {"ephemeral": _b64e(e.sealed[0]), "nonce": _b64e(e.sealed[1]), "ciphertext": _b64e(e.sealed[2])}
    return doc


def _bounded(value: Any, bounds: tuple[int, int], name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise KeyringCorrupt(f"{name} er ikke et helt tal")
    low, high = bounds
    if not low <= value <= high:
        raise KeyringCorrupt(f"{name} = {value} ligger uden for det tilladte ({low}–{high})")
    return value


def _problem(exc: BaseException) -> str:
    if isinstance(exc, binascii.Error):
        return "en nøgle eller et salt er ikke gyldig base64"
    if isinstance(exc, KeyError):
        return f"feltet {exc.args[0]!r} mangler"
    return "filens indhold har ikke den rigtige form"


def _b64e(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _b64d(text: Any) -> bytes:
    if not isinstance(text, str):
        raise KeyringCorrupt("en nøgle eller et salt er ikke tekst")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise KeyringCorrupt("en nøgle eller et salt er ikke gyldig base64") from None
