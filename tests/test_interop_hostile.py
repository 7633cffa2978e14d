"""Hostile text survives every format: markup, CDATA ends, GIFT syntax, right-to-left marks.

Each format is read back (Moodle XML and QTI by parsing the XML and the HTML in it, GIFT by
importing it) and every text must come back exactly as the teacher wrote it.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from interop_support import QTI, moodle_questions, qti_items, quiz, read

from literacy.interop import from_gift, to_gift, to_moodle_xml, to_qti_zip
from literacy.quiz import Quiz

HOSTILE = [
    "</text>",
    "]]>",
    "<![CDATA[x]]>",
    "<script>alert('x')</script>",
    '<div dir="ltr">',
    "&amp; &lt; &#x41; &",
    "~ = # { } :",
    "\\ \\n \\\\ \\{",
    "::name:: ####general",
    "%50% [html] $CATEGORY: -> //",
    "line one\nline two\n\nline four",
    "\u200f«مقتبس»\u200f",
    "\u202bembedded\u202c \u202eoverride\u202c \u2066isolate\u2069",
    "عربي English 123 ٤٥٦",
]


def _quiz(prompt: str, choices: list[str], note: str, explanation: str, quote: str) -> Quiz:
    return quiz(
        [
            {
                "type": "single_choice",
                "id": "single",
                "prompt": prompt,
                "evidence": quote,
                "choices": choices,
                "answer": "b",
                "feedback": {"a": note},
                "explanation": explanation,
            },
            {
                "type": "multiple_choice",
                "id": "multiple",
                "prompt": explanation,
                "choices": [*choices, "none of these"],
                "answers": ["a", "b"],
                "feedback": {"c": note},
            },
            {
                "type": "true_false",
                "id": "tf",
                "prompt": note,
                "answer": False,
                "feedback": {"true": prompt},
                "explanation": explanation,
            },
        ],
        title=prompt,
        language="ar",
    )


def _texts(source: Quiz) -> list[dict]:
    """Each question's texts, as every format must give them back."""
    out = []
    for question in source.questions:
        data = question.model_dump(mode="json")
        out.append(
            {
                "prompt": data["prompt"],
                "choices": data.get("choices", []),
                "feedback": data["feedback"],
                "explanation": data.get("explanation"),
                "evidence": question.evidence.quote if question.evidence else None,
            }
        )
    return out


def _from_moodle(document: str) -> list[dict]:
    out = []
    for element in moodle_questions(document)[1:]:
        answers = element.findall("answer")
        if element.get("type") == "truefalse":
            choices, keys = [], [a.findtext("text") for a in answers]
        else:
            choices = keys = [read(a.findtext("text")).text for a in answers]
        notes = {
            k: read(a.findtext("feedback/text")).text for k, a in zip(keys, answers, strict=True)
        }
        general = read(element.findtext("generalfeedback/text"))
        out.append(
            {
                "prompt": read(element.findtext("questiontext/text")).text,
                "choices": choices,
                "feedback": {k: v for k, v in notes.items() if v},
                "explanation": general.text or None,
                "evidence": general.evidence,
            }
        )
    return out


def _from_qti(content: bytes, source: Quiz) -> list[dict]:
    out = []
    for item, question in zip(qti_items(content)[1:], source.questions, strict=True):
        labels = item.findall(f".//{QTI}response_label")
        texts = [read(x.find(f".//{QTI}mattext").text).text for x in labels]
        keys = ["true", "false"] if question.type == "true_false" else texts
        feedback = {
            f.get("ident"): read(f.find(f".//{QTI}mattext").text)
            for f in item.iter(f"{QTI}itemfeedback")
        }
        general = feedback.get("general_fb")
        notes = {k: feedback.get(f"{x.get('ident')}_fb") for k, x in zip(keys, labels, strict=True)}
        out.append(
            {
                "prompt": read(
                    item.find(f"{QTI}presentation/{QTI}material/{QTI}mattext").text
                ).text,
                "choices": [] if question.type == "true_false" else texts,
                "feedback": {k: v.text for k, v in notes.items() if v},
                "explanation": general.text or None if general else None,
                "evidence": general.evidence if general else None,
            }
        )
    return out


def _from_gift(text: str) -> list[dict]:
    back, problems = from_gift(text)
    assert not problems, problems
    return _texts(back)


def _check_every_format(source: Quiz) -> None:
    expected = _texts(source)
    document, _ = to_moodle_xml(source)
    assert _from_moodle(document) == expected
    content, _ = to_qti_zip(source)
    assert _from_qti(content, source) == expected
    gift, _ = to_gift(source)
    assert _from_gift(gift) == expected


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_survives_every_format(hostile):
    _check_every_format(
        _quiz(
            prompt=f"Q {hostile}",
            choices=[f"{hostile} A", f"B {hostile}"],
            note=f"{hostile} note",
            explanation=f"why {hostile}",
            quote=f"quote {hostile}",
        )
    )


# Text from any script, with the hostile pieces mixed in; ends are stripped because every
# LMS trims them (and so does the GIFT reader).
_piece = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn")), max_size=6),
)
_text = st.lists(_piece, min_size=1, max_size=5).map("".join).map(str.strip).filter(bool)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prompt=_text, first=_text, second=_text, note=_text, explanation=_text, quote=_text)
def test_any_text_survives_every_format(prompt, first, second, note, explanation, quote):
    # Distinct markers keep the two choices different whatever the text normalises to.
    _check_every_format(_quiz(prompt, [f"{first} (1)", f"{second} (2)"], note, explanation, quote))


def test_control_characters_are_removed_from_xml_with_a_warning():
    source = _quiz("bell\x07 here", ["a\x01", "b"], "n", "e", "q")
    document, warnings = to_moodle_xml(source)
    assert "\x07" not in document and "\x01" not in document
    assert any("control character" in w.message for w in warnings)
    _, warnings = to_qti_zip(source)
    assert any("control character" in w.message for w in warnings)
    gift, _ = to_gift(source)  # GIFT is plain text: nothing to remove
    assert "bell\x07 here" in gift
