"""literacy: media-literacy quizzes from real news articles, Arabic first."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from literacy.analysis.model import Analysis

__version__ = "0.1.0"
__all__ = ["__version__", "analyze"]


def analyze(text: str, language: str | None = None) -> Analysis:
    """Sources, claims and loaded words of one article (see `literacy.analysis.analyze`).

    Imported lazily so `import literacy` stays cheap for the parts that do not analyse."""
    from literacy.analysis import analyze as _analyze

    return _analyze(text, language)
