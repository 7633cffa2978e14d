"""The English development data for `make eval`, read and scored as `../shared/eval/README.md`
defines it: PTC loaded words, CheckThat! subjectivity, PolNeAR sources.

Readers return plain tuples; `eval.py` scores them beside the Arabic figures. Like the Arabic
data, these files are research data read from outside the repository, never copied in.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

# PTC technique names that make a predicted loaded word correct (README: "Loaded words").
PTC_LOADED = {
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Exaggeration,Minimisation",
    "Appeal_to_fear-prejudice",
    "Flag-Waving",
    "Slogans",
}
# A gold source that is only one of these is left out of recall (README: "Sources").
PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "i",
        "we",
        "you",
        "his",
        "her",
        "them",
        "him",
        "this",
        "that",
        "who",
    ]
)
# The README's naive source baseline: a capitalised name right before "said".
_NAME_BEFORE_SAID = re.compile(r"((?:[A-Z][\w'’.\-]*\s+)*[A-Z][\w'’.\-]*)\s+said\b")

Span = tuple[int, int]


def read_ptc(folder: Path) -> list[tuple[str, str, list[Span], list[Span]]]:
    """(article id, text, spans of any loaded technique, Loaded_Language spans)."""
    labels: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    with (folder / "labels.tsv").open(encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 4:
                labels[parts[0]].append((parts[1], int(parts[2]), int(parts[3])))
    docs = []
    for path in sorted((folder / "articles").glob("article*.txt")):
        article = path.stem.removeprefix("article")
        text = path.read_text(encoding="utf-8")
        found = labels.get(article, [])
        correct = [(s, e) for t, s, e in found if t in PTC_LOADED]
        recall = [(s, e) for t, s, e in found if t == "Loaded_Language"]
        docs.append((article, text, correct, recall))
    return docs


def read_checkthat(path: Path) -> list[tuple[str, bool]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(r["sentence"], r["label"] == "SUBJ") for r in rows]


def read_polnear(folder: Path) -> list[tuple[str, list[tuple[list[Span], str]]]]:
    """(text, gold sources), each source as its fragments and its text; the first
    annotator's file in sorted order where a text has several."""
    annotations = sorted((folder / "attributions").glob("*.ann"))
    docs = []
    for path in sorted((folder / "text").glob("*.txt")):
        mine = [a for a in annotations if a.name.startswith(path.stem + "_")]
        if not mine:
            continue
        text = path.read_text(encoding="utf-8")
        sources = []
        for line in mine[0].read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if not parts[0].startswith("T") or len(parts) < 3:
                continue
            kind, _, offsets = parts[1].partition(" ")
            if kind != "Source":
                continue
            fragments = [tuple(map(int, f.split())) for f in offsets.split(";")]
            sources.append(([(a, b) for a, b in fragments], parts[2]))
        docs.append((text, sources))
    return docs


def score_sources(
    docs: Sequence[tuple[str, list[tuple[list[Span], str]]]], predicted: Sequence[list[Span]]
) -> tuple[float, float]:
    """(precision, recall): a prediction is right when it overlaps any gold source; a gold
    source other than a bare pronoun is found when some prediction overlaps it."""
    right = total = found = gold = 0
    for (_, sources), spans in zip(docs, predicted, strict=True):
        fragments = [f for fs, _ in sources for f in fs]
        total += len(spans)
        right += sum(1 for s in spans if _overlaps(s, fragments))
        for fs, words in sources:
            if words.strip().lower() in PRONOUNS:
                continue
            gold += 1
            found += any(_overlaps(s, fs) for s in spans)
    return (right / total if total else 0.0, found / gold if gold else 0.0)


def name_before_said(text: str) -> list[Span]:
    """The README's naive source baseline."""
    return [m.span(1) for m in _NAME_BEFORE_SAID.finditer(text)]


def _overlaps(span: Span, spans: Sequence[Span]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)
