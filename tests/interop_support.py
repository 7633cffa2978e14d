"""Shared by the interop tests: the bundled quizzes, small quizzes, and reading exports back."""

from __future__ import annotations

import io
import os
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

from literacy.interop.markup import Parsed, html_to_text
from literacy.quiz import Quiz, load_quiz

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = sorted((ROOT / "quizzes").rglob("*.yaml"))
BUKAMAL = ROOT / "quizzes" / "ar" / "bukamal-2017.yaml"
QTI = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
MANIFEST = "{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}"


def bukamal() -> Quiz:
    return load_quiz(BUKAMAL)


def quiz(questions: list[dict[str, Any]], **fields: Any) -> Quiz:
    """A quiz around `questions`; the article holds every evidence quote."""
    quotes = [q["evidence"] for q in questions if isinstance(q.get("evidence"), str)]
    data = {
        "id": "t",
        "title": "Test quiz",
        "language": "en",
        "article": {"text": "\n\n".join([*quotes, "The end of the article."])},
        "questions": questions,
    }
    data.update(fields)
    return Quiz.model_validate(data)


def read(html: str | None) -> Parsed:
    return html_to_text(html or "")


def moodle_questions(document: str) -> list[ET.Element]:
    """The <question> elements of a Moodle XML document, category entries left out."""
    return [q for q in ET.fromstring(document).iter("question") if q.get("type") != "category"]


def qti_files(content: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def qti_assessment(content: bytes) -> ET.Element:
    """The assessment the manifest's QTI resource points to."""
    files = qti_files(content)
    manifest = ET.fromstring(files["imsmanifest.xml"])
    resource = next(
        r for r in manifest.iter(f"{MANIFEST}resource") if r.get("type") == "imsqti_xmlv1p2"
    )
    href = resource.find(f"{MANIFEST}file").get("href")
    return ET.fromstring(files[href])


def qti_items(content: bytes) -> list[ET.Element]:
    return list(qti_assessment(content).iter(f"{QTI}item"))


def qti_field(item: ET.Element, label: str) -> str | None:
    for field in item.iter(f"{QTI}qtimetadatafield"):
        if field.findtext(f"{QTI}fieldlabel") == label:
            return field.findtext(f"{QTI}fieldentry")
    return None


GOLDEN = ROOT / "tests" / "golden" / "interop"


def check_golden(name: str, actual: str) -> None:
    """Compare with tests/golden/interop/NAME; LITERACY_REGEN_GOLDEN=1 rewrites it instead."""
    path = GOLDEN / name
    if os.environ.get("LITERACY_REGEN_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
        return
    assert path.exists(), f"{path} is missing; create it with LITERACY_REGEN_GOLDEN=1 make test"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, (
        f"{name} differs from its golden file; if the change is intended, "
        "regenerate with LITERACY_REGEN_GOLDEN=1 make test and review the diff"
    )
