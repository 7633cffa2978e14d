"""`make bench` (analyser part): how fast the analyser is, beside the cheapest pass over the text.

Each figure is a median over repeated runs, and the analyser and the reference pass
(`list(re.finditer(r"\\w+", text))`) are timed alternately in the same loop, so a busy
machine slows both alike and the ratio stays meaningful. The lexicons are loaded before
timing starts; their one-off load time is printed on its own.

To add a benchmark, write a function returning a `Result` and list it in `BENCHMARKS`.
"""

from __future__ import annotations

import os
import platform
import random
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORKED_EXAMPLE = REPO / "tests" / "golden" / "pelest-bukamal-2017.txt"
# An English local-news story of similar length, written for teaching.
ENGLISH_EXAMPLE = REPO / "tests" / "golden" / "kelbridge-flood-barrier.txt"
_WORD = re.compile(r"\w+")
_WARM_UP = 3


@dataclass(frozen=True)
class Result:
    name: str
    characters: int
    analyser: float  # seconds, median
    reference: float  # seconds, median of the \w+ pass over the same text
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.analyser / self.reference if self.reference else float("inf")


def timed_pair(
    analyse: Callable[[], object], reference: Callable[[], object], runs: int
) -> tuple[float, float]:
    """Median seconds of each, timed alternately, after a few untimed warm-up runs."""
    for _ in range(_WARM_UP):
        analyse()
        reference()
    ours, theirs = [], []
    for _ in range(runs):
        began = time.perf_counter()
        analyse()
        ours.append(time.perf_counter() - began)
        began = time.perf_counter()
        reference()
        theirs.append(time.perf_counter() - began)
    return statistics.median(ours), statistics.median(theirs)


def worked_example() -> Result:
    return _one_article("worked example (Arabic)", WORKED_EXAMPLE, "target < 20 ms, ratio <= 10")


def english_example() -> Result:
    return _one_article("worked example (English)", ENGLISH_EXAMPLE, "target ratio <= 10")


def _one_article(name: str, path: Path, note: str) -> Result:
    from literacy.analysis import analyze

    text = path.read_text(encoding="utf-8-sig")
    ours, reference = timed_pair(
        lambda: analyze(text), lambda: list(_WORD.finditer(text)), runs=101
    )
    return Result(name, len(text), ours, reference, note)


def batch_of_100() -> Result:
    return _batch("100-article batch (Arabic)", WORKED_EXAMPLE)


def english_batch_of_100() -> Result:
    return _batch("100-article batch (English)", ENGLISH_EXAMPLE)


def _batch(name: str, path: Path) -> Result:
    """100 articles made by reshuffling the worked example's paragraphs (fixed seed), so the
    benchmark needs nothing outside the repository."""
    from literacy.analysis import analyze

    paragraphs = [p for p in path.read_text(encoding="utf-8-sig").split("\n\n") if p]
    chooser = random.Random(3)
    articles = []
    for _ in range(100):
        picked = chooser.sample(paragraphs, k=max(3, len(paragraphs) * 2 // 3))
        articles.append("\n\n".join(picked))

    def analyse_all() -> None:
        for article in articles:
            analyze(article)

    def reference_all() -> None:
        for article in articles:
            list(_WORD.finditer(article))

    ours, reference = timed_pair(analyse_all, reference_all, runs=7)
    per_article = ours / len(articles) * 1000
    return Result(
        name,
        sum(map(len, articles)),
        ours,
        reference,
        f"{per_article:.1f} ms per article, {len(articles) / ours:.0f} articles/s",
    )


BENCHMARKS: Sequence[Callable[[], Result]] = (
    worked_example,
    batch_of_100,
    english_example,
    english_batch_of_100,
)


def main() -> int:
    from literacy.analysis.lexicon import lexicon

    cpus = os.cpu_count()
    print(f"literacy bench: Python {platform.python_version()}, {cpus} CPUs")
    for language, name in (("ar", "Arabic"), ("en", "English")):
        began = time.perf_counter()
        lexicon(language)
        took = time.perf_counter() - began
        print(f"{name} lexicons loaded once in {took:.2f} s (not timed below)")
    print()
    for benchmark in BENCHMARKS:
        result = benchmark()
        print(f"{result.name} ({result.characters:,} characters)")
        print(f"    analyser median:   {result.analyser * 1000:9.2f} ms")
        print(f"    \\w+ pass median:   {result.reference * 1000:9.3f} ms")
        print(f"    ratio:             {result.ratio:9.1f}")
        if result.note:
            print(f"    {result.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
