"""The article analyser: sources, claims and loaded words."""

from literacy.analysis.model import Analysis, Claim, Headline, Loaded, Source

__all__ = ["Analysis", "Claim", "Headline", "Loaded", "Source"]
