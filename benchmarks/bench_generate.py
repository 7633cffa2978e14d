"""`make bench`: article text to quiz YAML (analysis, generation, validation, dumping).

Medians over repeated runs after warm-up; the lexicons and templates are loaded before
timing starts. Targets: under 100 ms for the worked example.
"""

from __future__ import annotations

import contextlib
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORKED_EXAMPLE = REPO / "tests" / "golden" / "pelest-bukamal-2017.txt"


def median_seconds(run: Callable[[], object], runs: int, warm_up: int = 3) -> float:
    for _ in range(warm_up):
        run()
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    from literacy.generate import NotEnoughMaterial, generate
    from literacy.quiz import dumps_quiz

    text = WORKED_EXAMPLE.read_text(encoding="utf-8-sig")
    single = median_seconds(lambda: dumps_quiz(generate(text)), runs=31)
    print(f"worked example ({len(text):,} characters) to quiz YAML")
    print(f"    median:   {single * 1000:9.1f} ms   (target < 100 ms)")

    # 100 articles made by reshuffling the worked example's paragraphs (fixed seed).
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    chooser = random.Random(3)
    articles = [
        "\n\n".join(chooser.sample(paragraphs, k=max(3, len(paragraphs) * 2 // 3)))
        for _ in range(100)
    ]

    def all_articles() -> None:
        for article in articles:
            with contextlib.suppress(NotEnoughMaterial):
                dumps_quiz(generate(article))

    batch = median_seconds(all_articles, runs=5, warm_up=1)
    print(f"100-article batch ({sum(map(len, articles)):,} characters) to quiz YAML")
    print(f"    median:   {batch * 1000:9.1f} ms   ({batch * 10:.1f} ms per article)")


if __name__ == "__main__":
    main()
