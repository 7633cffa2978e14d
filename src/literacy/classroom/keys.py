"""Join codes, host keys, identity tokens and the optional teacher password.

Host keys and identity tokens are 256-bit random strings from `secrets`. The database keeps
only their SHA-256: a slow password hash (bcrypt, scrypt) exists to stretch guessable
passwords, and nothing is guessable about 256 random bits, so a fast hash is as safe here and
lets a lookup by token use a plain unique index.

A session's view key (the projector's read-only link) is derived from its host key with
HMAC-SHA256, so the teacher's page can show the projector link again after any reload while
the database still keeps only the view key's hash. The view key reveals nothing of the host
key (HMAC is one-way), is as unguessable as the host key to anyone without it, and is never
equal to a hash the database stores (that would be the host key's SHA-256, not an HMAC).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import unicodedata

# No 0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B or U/V, which people misread on a projector, and no vowels,
# so a code never spells a word. 19**6 ≈ 47 million codes.
JOIN_CODE_ALPHABET = "CFGHJKMNPRTWXY34679"
JOIN_CODE_LENGTH = 6


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def normalize_join_code(typed: str) -> str:
    """The code as stored, from what a student typed: spaces and dashes dropped, capitals,
    Arabic-Indic digits read as digits (a phone with an Arabic keyboard types «٣»)."""
    kept = []
    for char in typed.strip():
        if char.isspace() or char in "-_":
            continue
        if char.isdigit():
            char = str(unicodedata.digit(char, char))
        kept.append(char.upper())
    return "".join(kept)


def looks_like_join_code(code: str) -> bool:
    return len(code) == JOIN_CODE_LENGTH and all(c in JOIN_CODE_ALPHABET for c in code)


def new_secret() -> str:
    """A host key or identity token: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


# Domain separation: the same host key gives a different secret for any other use.
_VIEW_KEY_LABEL = b"literacy classroom projector view key v1"


def view_key_for(host_key: str) -> str:
    """The read-only projector key of the session `host_key` runs: 256 bits, URL-safe."""
    digest = hmac.new(host_key.encode("utf-8"), _VIEW_KEY_LABEL, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def teacher_password_ok(given: str | None, required: str | None) -> bool:
    """True when no password is configured, or `given` is it (in constant time)."""
    if not required:
        return True
    if given is None:
        return False
    # compare_digest takes ASCII str or bytes; a password may be Arabic, so compare bytes.
    return hmac.compare_digest(given.encode("utf-8"), required.encode("utf-8"))
