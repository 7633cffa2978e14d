"""Mark-the-words: which of a passage's words the teacher's targets name.

A target names every run of passage words equal to it, wherever it appears: a student who
marks both «greedy»s in "greedy bosses and greedy unions" marked two loaded words. A leading
clitic on the first word is allowed, so «فلول» names «وفلول».
"""

from __future__ import annotations

from literacy import text as textlib

# Arabic clitics that may precede a marked word (conjunction, preposition, article).
CLITICS = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")


def passage_keys(passage: str) -> list[str]:
    """The passage's words, normalised for comparison, in order."""
    return [textlib.normalize_key(w.text) for w in textlib.tokens(passage)]


def runs(keys: list[str], target: str) -> list[range]:
    """Every run of passage words (by index) that `target` names."""
    wanted = textlib.normalize_key(target).split()
    n = len(wanted)
    if n == 0:
        return []
    return [
        range(i, i + n)
        for i in range(len(keys) - n + 1)
        if keys[i + 1 : i + n] == wanted[1:] and same_word(keys[i], wanted[0])
    ]


def same_word(word: str, target: str) -> bool:
    return word == target or any(word == clitic + target for clitic in CLITICS)


def unclitic_forms(word: str) -> list[str]:
    """The word without each clitic it may start with («واتهامات» → «اتهامات»)."""
    return [word[len(c) :] for c in CLITICS if word.startswith(c) and len(word) - len(c) >= 2]
