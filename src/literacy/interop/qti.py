"""QTI 1.2 as Canvas imports it: a zip with `imsmanifest.xml`, the assessment, and
Canvas's `assessment_meta.xml` (title, description, shuffle, time limit).

Canvas reads its own conventions on top of QTI 1.2 (the ones text2qti and Canvas's own
export use): `question_type` and `points_possible` in the item metadata, the right choice
as the one whose condition sets SCORE to 100 (all right ones under `<and>` for multiple
answers), per-choice feedback in `itemfeedback` named `<choice>_fb`, and the general
feedback as `general_fb`. Canvas scores multiple-answer questions by its own rule.

The zip is byte-for-byte the same for the same quiz: fixed names, order and timestamps.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

from literacy.interop import markup
from literacy.interop.common import (
    ExportWarning,
    Item,
    items,
    removed_warning,
    settings_warnings,
    sub,
    xml_document,
)
from literacy.interop.moodle import points_text
from literacy.quiz.model import Quiz

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
MANIFEST_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
_TYPES = {
    "single": "multiple_choice_question",
    "multiple": "multiple_answers_question",
    "true_false": "true_false_question",
}
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def to_qti_zip(quiz: Quiz) -> tuple[bytes, list[ExportWarning]]:
    """The quiz as a QTI 1.2 package for Canvas, and what it could not say exactly."""
    ident = f"literacy-{quiz.id}"
    converted, warnings = items(quiz)
    assessment, removed = xml_document(_assessment(quiz, ident, converted))
    meta, removed_meta = xml_document(_meta(quiz, ident))
    manifest, _ = xml_document(_manifest(ident))
    files = {
        "imsmanifest.xml": manifest,
        f"{ident}/{ident}.xml": assessment,
        f"{ident}/assessment_meta.xml": meta,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))
    if any(item.kind == "multiple" for item in converted):
        warnings.append(ExportWarning.of("canvas_partial_credit"))
    warnings += settings_warnings(quiz, "qti") + removed_warning(removed + removed_meta)
    return buffer.getvalue(), warnings


def _manifest(ident: str) -> ET.Element:
    root = ET.Element("manifest", identifier=f"{ident}-manifest", xmlns=MANIFEST_NS)
    metadata = sub(root, "metadata")
    sub(metadata, "schema", "IMS Content")
    sub(metadata, "schemaversion", "1.1.3")
    sub(root, "organizations")
    resources = sub(root, "resources")
    resource = sub(resources, "resource", identifier=ident, type="imsqti_xmlv1p2")
    sub(resource, "file", href=f"{ident}/{ident}.xml")
    sub(resource, "dependency", identifierref=f"{ident}-meta")
    meta = sub(
        resources,
        "resource",
        identifier=f"{ident}-meta",
        type="associatedcontent/imscc_xmlv1p1/learning-application-resource",
        href=f"{ident}/assessment_meta.xml",
    )
    sub(meta, "file", href=f"{ident}/assessment_meta.xml")
    return root


def _meta(quiz: Quiz, ident: str) -> ET.Element:
    root = ET.Element("quiz", identifier=ident, xmlns=CANVAS_NS)
    sub(root, "title", quiz.title)
    if quiz.description:
        sub(root, "description", markup.inline(quiz.description, quiz.language))
    sub(root, "shuffle_answers", "true" if quiz.settings.shuffle_choices else "false")
    sub(root, "quiz_type", "assignment")
    sub(root, "points_possible", points_text(sum(q.points for q in quiz.questions)))
    if quiz.settings.time_limit_minutes is not None:
        sub(root, "time_limit", str(quiz.settings.time_limit_minutes))
    return root


def _metadata(item: ET.Element, fields: dict[str, str]) -> None:
    metadata = sub(sub(item, "itemmetadata"), "qtimetadata")
    for label, entry in fields.items():
        field = sub(metadata, "qtimetadatafield")
        sub(field, "fieldlabel", label)
        sub(field, "fieldentry", entry)


def _mattext(parent: ET.Element, html: str) -> None:
    sub(sub(parent, "material"), "mattext", html, texttype="text/html")


def _assessment(quiz: Quiz, ident: str, converted: list[Item]) -> ET.Element:
    root = ET.Element("questestinterop", xmlns=QTI_NS)
    assessment = sub(root, "assessment", ident=ident, title=quiz.title)
    section = sub(assessment, "section", ident="root_section")
    article = sub(section, "item", ident=f"{ident}-article", title=quiz.article.title or quiz.title)
    _metadata(article, {"question_type": "text_only_question", "points_possible": "0"})
    _mattext(sub(article, "presentation"), markup.article(quiz.article, quiz.language))
    for number, item in enumerate(converted, 1):
        _item(section, f"{ident}-q{number}", item)
    return root


def _item(section: ET.Element, ident: str, item: Item) -> None:
    element = sub(section, "item", ident=ident, title=item.question.id or ident)
    choice_ids = [f"{ident}-c{i}" for i in range(1, len(item.choices) + 1)]
    _metadata(
        element,
        {
            "question_type": _TYPES[item.kind],
            "points_possible": points_text(item.question.points),
            "original_answer_ids": ",".join(choice_ids),
        },
    )
    presentation = sub(element, "presentation")
    _mattext(presentation, item.prompt_html)
    cardinality = "Multiple" if item.kind == "multiple" else "Single"
    response = sub(presentation, "response_lid", ident="response1", rcardinality=cardinality)
    render = sub(response, "render_choice")
    for choice_id, choice in zip(choice_ids, item.choices, strict=True):
        _mattext(sub(render, "response_label", ident=choice_id), choice.html)

    processing = sub(element, "resprocessing")
    outcomes = sub(processing, "outcomes")
    sub(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    if item.general_html:
        condition = sub(processing, "respcondition", **{"continue": "Yes"})
        sub(sub(condition, "conditionvar"), "other")
        sub(condition, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    for choice_id, choice in zip(choice_ids, item.choices, strict=True):
        if choice.feedback_html:
            condition = sub(processing, "respcondition", **{"continue": "Yes"})
            sub(sub(condition, "conditionvar"), "varequal", choice_id, respident="response1")
            sub(condition, "displayfeedback", feedbacktype="Response", linkrefid=f"{choice_id}_fb")
    condition = sub(processing, "respcondition", **{"continue": "No"})
    test = sub(condition, "conditionvar")
    if item.kind == "multiple":
        test = sub(test, "and")
    for choice_id, choice in zip(choice_ids, item.choices, strict=True):
        if choice.right:
            sub(test, "varequal", choice_id, respident="response1")
        elif item.kind == "multiple":
            sub(sub(test, "not"), "varequal", choice_id, respident="response1")
    sub(condition, "setvar", "100", action="Set", varname="SCORE")

    if item.general_html:
        _feedback(element, "general_fb", item.general_html)
    for choice_id, choice in zip(choice_ids, item.choices, strict=True):
        if choice.feedback_html:
            _feedback(element, f"{choice_id}_fb", choice.feedback_html)


def _feedback(item: ET.Element, ident: str, html: str) -> None:
    _mattext(sub(sub(item, "itemfeedback", ident=ident), "flow_mat"), html)
