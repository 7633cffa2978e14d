"""Reason codes on claims and the sentence each one means, in every supported language.

The codes are stable strings the generator, the app and outside scripts rely on; the
sentences live in `lexicons/<lang>/reasons.yaml` so a translator can change them.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

from literacy.errors import UnsupportedLanguageError
from literacy.text import LANGUAGES

# Signals that let a reader check a claim.
CHECKABLE = (
    "has_date",
    "has_number",
    "names_place",
    "names_person",
    "names_organization",
    "named_source",
    "official_statement",
    "direct_quote",
)
# Signals that a claim cannot be checked as it stands.
NOT_CHECKABLE = (
    "anonymous_source",
    "unattributed",
    "undisclosed_evidence",
    "speculation",
    "prediction",
    "motive",
    "vague_quantity",
    "doubt_cue",
    "proven_cue",
    "emphasis_cue",
)
# The writer's own voice, or an opinion the article reports.
SUBJECTIVE = (
    "writer_judgement",
    "reported_opinion",
    "loaded_language",
    "first_person",
    "exclamation",
    "obligation",
)
# Not an assertion about the world.
NOT_FACTUAL = ("question", "call_to_action", "prayer", "fragment")

REASON_CODES = (*CHECKABLE, *NOT_CHECKABLE, *SUBJECTIVE, *NOT_FACTUAL)

_LOCK = threading.Lock()


def reason_text(code: str, language: str) -> str:
    """The human sentence for a reason code, e.g. ("has_date", "en") → "Names a specific date…"."""
    texts = reason_texts(language)
    try:
        return texts[code]
    except KeyError:
        raise KeyError(
            f"unknown reason code {code!r}; known codes: {', '.join(REASON_CODES)}"
        ) from None


def reason_texts(language: str) -> Mapping[str, str]:
    """Every reason code's sentence in `language`."""
    available = tuple(
        lang
        for lang in LANGUAGES
        if (resources.files("literacy") / "lexicons" / lang / "reasons.yaml").is_file()
    )
    if language not in available:
        raise UnsupportedLanguageError(language, available)
    with _LOCK:
        return _load(language)


@cache
def _load(language: str) -> Mapping[str, str]:
    from literacy.analysis.lexicon import read_rows
    from literacy.analysis.rows import ReasonRow

    rows = read_rows(language, "reasons.yaml", ReasonRow)
    return MappingProxyType({row.id: row.text for row in rows})
