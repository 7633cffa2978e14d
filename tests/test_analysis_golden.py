"""The worked example against its reviewed analysis.

`tests/golden/pelest-bukamal-2017.analysis.json` was read line by line when it was made;
a change to the analyser that changes it shows up here as a list of differences. After
reviewing them, regenerate on purpose: `LITERACY_REGEN_GOLDEN=1 make test`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from literacy import analyze

GOLDEN = Path(__file__).parent / "golden"
ARTICLE = GOLDEN / "pelest-bukamal-2017.txt"
EXPECTED = GOLDEN / "pelest-bukamal-2017.analysis.json"


def _differences(expected: object, got: object, path: str = "") -> list[str]:
    if isinstance(expected, dict) and isinstance(got, dict):
        out = []
        for key in sorted(set(expected) | set(got)):
            out += _differences(expected.get(key), got.get(key), f"{path}.{key}")
        return out
    if isinstance(expected, list) and isinstance(got, list):
        out = (
            [f"{path}: {len(expected)} items expected, {len(got)} found"]
            if len(expected) != len(got)
            else []
        )
        for i, (a, b) in enumerate(zip(expected, got, strict=False)):
            out += _differences(a, b, f"{path}[{i}]")
        return out
    return [] if expected == got else [f"{path}: expected {expected!r}, got {got!r}"]


def test_worked_example_matches_the_reviewed_golden_analysis():
    text = ARTICLE.read_text(encoding="utf-8-sig")
    got = analyze(text).model_dump(mode="json")
    if os.environ.get("LITERACY_REGEN_GOLDEN") == "1":
        EXPECTED.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        pytest.skip(f"regenerated {EXPECTED.name}: review the diff before committing it")
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    differences = _differences(expected, got)
    assert not differences, "\n".join(differences[:40])


def test_worked_example_sources_as_reviewed():
    """The attributions a careful reader finds in the article, with their kinds."""
    analysis = analyze(ARTICLE.read_text(encoding="utf-8-sig"))
    found = [(s.cue, s.text, s.kind) for s in analysis.sources]
    assert found == [
        ("أعلن", "الجيش السوري وحلفاؤه", "organization"),
        ("أكدته", "عدة مصادر من أبناء المنطقة والعسكريون المتواجدون", "anonymous"),
        ("أعلن", "الجيش السوري وحلفاؤه", "organization"),
        ("قال", "قادة ميدانيون سوريون", "anonymous"),
        ("إعلان", "الجيش السوري", "organization"),
        ("أشار", "قائد عسكري سوري", "anonymous"),
        ("ذكر", "عدد من المدنيين", "anonymous"),
        ("قالوا", "شهوداً عدة", "anonymous"),
        ("اتهامات", "وزارة الدفاع الروسية", "organization"),
        ("اتهموا", "حلفاء سوريا", "organization"),
        ("اتهمت", "غرفة عمليات حلفاء سوريا", "organization"),
        ("أشار", "بيان الغرفة", "organization"),
        ("اتهم", "البيان", "organization"),
        ("رواية", "الصحفيين من مختلف الوسائل والمواطنين", "anonymous"),
        ("زاعمين", "حلفاء الولايات المتحدة", "organization"),
        ("أفادنا", "أحد القادة العسكريين", "anonymous"),
    ]
    assert analysis.headline is not None
    assert analysis.headline.text == "تحرير البوكمال يكشف بعض تحالفات داعش الغامضة!"
    stances = {s.cue: s.cue_stance for s in analysis.sources}
    assert stances["زاعمين"] == "doubt" and stances["أكدته"] == "emphasis"
