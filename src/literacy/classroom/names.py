"""Students' display names: cleaned once on the way in, escaped on the way out.

A name is stored as the student meant it (trimmed, spaces collapsed, NFC) and never as HTML.
Characters that would let one name disguise itself or rearrange the text around it are
refused with a message, not silently dropped, so what the teacher sees is what was typed.
"""

from __future__ import annotations

import html
import unicodedata

from literacy import text as textlib
from literacy.classroom.errors import InvalidName

MAX_NAME_LENGTH = 40
# Anything much longer than a name is refused before any work is done on it.
_MAX_RAW_LENGTH = 400

# Overrides, embeddings and isolates reorder the text that follows them: «‮evil» shows as «live».
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Invisible marks that phone keyboards insert on their own (LRM, RLM, ALM, ZWSP, BOM, soft
# hyphen): harmless, so dropped without a word.
_INVISIBLE = frozenset("\u200e\u200f\u061c\u200b\ufeff\u00ad")
_MARKUP = frozenset("<>")

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def clean_name(raw: str) -> str:
    """The name to store, or `InvalidName` saying what to change."""
    if not isinstance(raw, str):
        raise InvalidName("empty", "type your name")
    if len(raw) > _MAX_RAW_LENGTH:
        raise InvalidName("too_long", f"a name may be at most {MAX_NAME_LENGTH} characters")
    name = unicodedata.normalize("NFC", raw)
    name = "".join(c for c in name if c not in _INVISIBLE)
    name = " ".join(name.split())
    if not name:
        raise InvalidName("empty", "type your name")
    for char in name:
        if char in _BIDI_CONTROLS:
            raise InvalidName(
                "direction_control",
                f"the name contains an invisible direction control (U+{ord(char):04X}) that "
                "would show it in a different order; type it again without copying and pasting",
            )
        if char in _MARKUP:
            raise InvalidName("markup", "a name may not contain < or >")
        if unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn"):
            raise InvalidName(
                "control",
                f"the name contains a character that cannot be shown (U+{ord(char):04X})",
            )
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidName("too_long", f"a name may be at most {MAX_NAME_LENGTH} characters")
    return name


def name_key(name: str) -> str:
    """What makes two names the same name: «أحمد» and «احمد», «Sara» and «SARA», a stray
    zero-width joiner. The database keeps this unique within a session."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    folded = "".join(c for c in folded if unicodedata.category(c) != "Cf")
    return textlib.normalize_key(folded)


def name_html(name: str) -> str:
    """The name for HTML: escaped, in a `<bdi>` so an Arabic name inside an English sentence
    (or the other way round) does not move the words around it."""
    return f"<bdi>{html.escape(name, quote=True)}</bdi>"


def name_text(name: str) -> str:
    """The name for plain text: wrapped in a first-strong isolate for the same reason."""
    return f"{FIRST_STRONG_ISOLATE}{name}{POP_DIRECTIONAL_ISOLATE}"
