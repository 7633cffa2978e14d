"""QTI 1.2 for Canvas: the package, the manifest, and each item as Canvas reads it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from interop_support import (
    MANIFEST,
    QTI,
    bukamal,
    qti_field,
    qti_files,
    qti_items,
    quiz,
    read,
)

from literacy.interop import to_qti_zip
from literacy.quiz import MarkWords, MultipleChoice, SingleChoice, TrueFalse

CANVAS = "{http://canvas.instructure.com/xsd/cccv1p0}"


@pytest.fixture(scope="module")
def package() -> tuple[bytes, list]:
    return to_qti_zip(bukamal())


def test_manifest_references_every_file(package):
    content, _ = package
    files = qti_files(content)
    manifest = ET.fromstring(files["imsmanifest.xml"])
    hrefs = {f.get("href") for f in manifest.iter(f"{MANIFEST}file")}
    assert hrefs == set(files) - {"imsmanifest.xml"}
    types = [r.get("type") for r in manifest.iter(f"{MANIFEST}resource")]
    assert "imsqti_xmlv1p2" in types
    for data in files.values():
        ET.fromstring(data)  # every file is well-formed XML


def test_canvas_meta_carries_title_and_shuffle(package):
    content, _ = package
    meta_name = next(n for n in qti_files(content) if n.endswith("assessment_meta.xml"))
    meta = ET.fromstring(qti_files(content)[meta_name])
    assert meta.findtext(f"{CANVAS}title") == bukamal().title
    assert meta.findtext(f"{CANVAS}shuffle_answers") == "true"
    assert meta.findtext(f"{CANVAS}points_possible") == "16"


def test_article_is_a_text_only_item(package):
    content, _ = package
    article = qti_items(content)[0]
    assert qti_field(article, "question_type") == "text_only_question"
    assert qti_field(article, "points_possible") == "0"
    html = article.find(f"{QTI}presentation/{QTI}material/{QTI}mattext").text
    assert read(html).text == bukamal().article.text.strip()


def _right_choices(item: ET.Element) -> set[str]:
    """The choices Canvas takes as right: those the SCORE=100 condition requires."""
    for condition in item.iter(f"{QTI}respcondition"):
        if condition.findtext(f"{QTI}setvar") == "100":
            test = condition.find(f"{QTI}conditionvar")
            negated = {v.text for n in test.iter(f"{QTI}not") for v in n.iter(f"{QTI}varequal")}
            return {v.text for v in test.iter(f"{QTI}varequal")} - negated
    return set()


def test_items_as_canvas_reads_them(package):
    content, _ = package
    expected_types = {
        SingleChoice: "multiple_choice_question",
        MultipleChoice: "multiple_answers_question",
        TrueFalse: "true_false_question",
        MarkWords: "multiple_answers_question",
    }
    for item, question in zip(qti_items(content)[1:], bukamal().questions, strict=True):
        assert item.get("title") == question.id
        assert qti_field(item, "question_type") == expected_types[type(question)]
        assert float(qti_field(item, "points_possible")) == question.points
        labels = item.findall(f".//{QTI}response_label")
        assert qti_field(item, "original_answer_ids") == ",".join(x.get("ident") for x in labels)
        texts = [read(x.find(f".//{QTI}mattext").text).text for x in labels]
        right = {x.get("ident") for x in labels} & _right_choices(item)
        right_texts = {t for t, x in zip(texts, labels, strict=True) if x.get("ident") in right}
        if isinstance(question, SingleChoice):
            assert texts == list(question.choices)
            assert right_texts == {question.answer}
        elif isinstance(question, MultipleChoice):
            assert right_texts == set(question.answers)
        elif isinstance(question, TrueFalse):
            assert texts == ["صح", "خطأ"]
            assert right_texts == {"صح" if question.answer else "خطأ"}
        feedback = {
            f.get("ident"): read(f.find(f".//{QTI}mattext").text)
            for f in item.iter(f"{QTI}itemfeedback")
        }
        general = feedback.get("general_fb")
        assert (general.text if general else None) == question.explanation
        if isinstance(question, SingleChoice | MultipleChoice):
            for label, choice in zip(labels, question.choices, strict=True):
                note = feedback.get(f"{label.get('ident')}_fb")
                assert (note.text if note else None) == question.feedback.get(choice)


def test_choice_feedback_is_linked_from_its_condition(package):
    content, _ = package
    for item in qti_items(content)[1:]:
        linked = {d.get("linkrefid") for d in item.iter(f"{QTI}displayfeedback")}
        defined = {f.get("ident") for f in item.iter(f"{QTI}itemfeedback")}
        assert linked == defined


def test_warnings(package):
    _, warnings = package
    messages = [str(w) for w in warnings]
    assert any(m.startswith("question mark-support-loaded: mark_words") for m in messages)
    assert any("Partial credit with penalty" in m for m in messages)


def test_time_limit_goes_to_canvas():
    question = {"type": "true_false", "prompt": "Is it?", "answer": True}
    content, warnings = to_qti_zip(quiz([question], settings={"time_limit_minutes": 15}))
    meta_name = next(n for n in qti_files(content) if n.endswith("assessment_meta.xml"))
    meta = ET.fromstring(qti_files(content)[meta_name])
    assert meta.findtext(f"{CANVAS}time_limit") == "15"
    assert not any("time limit" in w.message for w in warnings)
    assert not any("Partial credit" in w.message for w in warnings)  # no multiple answers


def test_zip_is_deterministic():
    assert to_qti_zip(bukamal())[0] == to_qti_zip(bukamal())[0]
