"""Median server-side time of a rerun of the take page and of the author page with an
analysed article (target: under 100 ms).

One Streamlit process serves a whole classroom, and every click is a rerun, so a rerun
must stay cheap. Measured with AppTest, which runs the real script without a browser;
its own bookkeeping is included, so the real figure is a little lower.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
RUNS = 60


def median_ms(at: AppTest) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        at.run()
        times.append((time.perf_counter() - start) * 1000)
    assert not at.exception, at.exception
    return statistics.median(times)


def author_page() -> dict[str, float]:
    """The author page with the Arabic worked example analysed: its review (the article
    drawn with every finding, the sources listed), then the questions generated, in the
    form and in the YAML editor."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["lang"] = "ar"
    at.run()
    at.switch_page("views/author.py")
    at.run()
    article = ROOT / "tests" / "golden" / "pelest-bukamal-2017.txt"
    at.text_area(key="author/article").set_value(article.read_text(encoding="utf-8")).run()
    at.button(key="author/analyse").click().run()
    for _ in range(3):
        at.run()
    figures = {"review, article and sources": median_ms(at)}
    at.session_state["author/group"] = "المعلومات"
    at.run()
    figures["review, article and claims"] = median_ms(at)
    at.session_state["author/step"] = "3. الأسئلة"
    at.run()
    at.button(key="author/generate").click().run()
    assert at.session_state["author/yaml"], "no questions were generated"
    figures["questions, the form"] = median_ms(at)
    at.session_state["author/editor"] = "بصيغة YAML"
    at.run()
    assert at.text_area(key="author/yaml").value
    figures["questions, the YAML editor"] = median_ms(at)
    return figures


def main() -> int:
    os.environ["LITERACY_DATA_DIR"] = tempfile.mkdtemp(prefix="literacy-bench-")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["lang"] = "ar"
    at.run()
    at.switch_page("views/take.py")
    at.query_params["quiz"] = "bukamal-2017"
    at.run()
    for _ in range(3):  # warm the caches and imports
        at.run()
    question = median_ms(at)
    at.radio[0].set_value(0)  # choice a, wherever the shuffle put it
    at.button(key="take/check").click().run()
    feedback = median_ms(at)
    figures = {
        "take page, a question on screen": question,
        "take page, feedback on screen": feedback,
    }
    figures |= {f"author page, {name}": value for name, value in author_page().items()}
    for name, value in figures.items():
        print(f"rerun of the {name + ':':42} median {value:6.1f} ms over {RUNS} runs")
    target = 100
    worst = max(figures.values())
    print(f"target < {target} ms: {'ok' if worst < target else 'TOO SLOW'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
