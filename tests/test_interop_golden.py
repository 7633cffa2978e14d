"""Golden files: each bundled quiz in each format, byte for byte, regenerated only on purpose
(LITERACY_REGEN_GOLDEN=1). A diff here is a change a teacher's Moodle or Canvas will see."""

from __future__ import annotations

import pytest
from interop_support import BUNDLED, check_golden, qti_files

from literacy.interop import FORMATS, export
from literacy.quiz import load_quiz


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
@pytest.mark.parametrize("fmt", FORMATS)
def test_export_matches_golden(path, fmt):
    result = export(load_quiz(path), fmt)
    assert export(load_quiz(path), fmt).content == result.content  # deterministic
    if fmt == "qti":
        # The zip's XML files are the reviewable part; the zip itself is checked above.
        for name, data in sorted(qti_files(result.content).items()):
            check_golden(f"{result.filename.removesuffix('.zip')}/{name}", data.decode("utf-8"))
    else:
        check_golden(result.filename, result.content.decode("utf-8"))
    warnings = "".join(f"{w}\n" for w in result.warnings)
    check_golden(f"{result.filename}.warnings.txt", warnings)
