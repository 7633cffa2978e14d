"""Helpers the app tests share: quiz fixtures and driving the take page through AppTest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from streamlit.testing.v1 import AppTest

from literacy.quiz import MarkWords, MultipleChoice, Quiz, SingleChoice, TrueFalse, loads_quiz
from literacy.ui.attempt import Attempt, Response

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
BUKAMAL = ROOT / "quizzes" / "ar" / "bukamal-2017.yaml"


def fixture_source(name: str, **settings: Any) -> str:
    """A fixture quiz's YAML, with `settings` overridden."""
    source = (FIXTURES / name).read_text(encoding="utf-8")
    if not settings:
        return source
    data = yaml.safe_load(source)
    data["settings"] = {**data.get("settings", {}), **settings}
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def add_quiz(data_dir: Path, source: str) -> Quiz:
    quiz = loads_quiz(source)
    folder = data_dir / "quizzes"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{quiz.id}.yaml").write_text(source, encoding="utf-8")
    return quiz


def start(page: str | None = None, **query: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page is not None:
        at.switch_page(f"views/{page}.py")
        for key, value in query.items():
            at.query_params[key] = value
        at.run()
    assert not at.exception, at.exception
    return at


def attempt_of(at: AppTest, quiz_id: str) -> Attempt:
    return at.session_state["take/attempts"][quiz_id]


def set_answer(
    at: AppTest, attempt: Attempt, question, response: Response, confidence: int | None = None
) -> None:
    """Put `response` into the widgets of `question` (the current one) and rerun."""

    def key(part: str) -> str:
        return attempt.widget_key(question.id, part)

    if isinstance(question, SingleChoice | TrueFalse):
        at.radio(key=key("answer")).set_value(response)
    elif isinstance(question, MultipleChoice):
        for i in range(len(question.choices)):
            at.checkbox(key=key(f"choice-{i}")).set_value(i in response)
    elif isinstance(question, MarkWords):
        at.pills(key=key("words")).set_value(list(response))
    if confidence is not None:
        at.segmented_control(key=key("confidence")).set_value(confidence)
    at.run()
    assert not at.exception, at.exception


def right_answer(question) -> Response:
    if isinstance(question, SingleChoice):
        return question.answer_index
    if isinstance(question, TrueFalse):
        return question.answer
    if isinstance(question, MultipleChoice):
        return tuple(sorted(question.answer_indices))
    return tuple(sorted(question.target_words))


def wrong_answer(question) -> Response:
    if isinstance(question, SingleChoice):
        return (question.answer_index + 1) % len(question.choices)
    if isinstance(question, TrueFalse):
        return not question.answer
    if isinstance(question, MultipleChoice):
        return tuple(i for i in range(len(question.choices)) if i not in question.answer_indices)
    others = [i for i in range(len(question.words)) if i not in question.target_words]
    return (others[0], min(question.target_words))


def click(at: AppTest, key: str) -> AppTest:
    at.button(key=key).click().run()
    assert not at.exception, at.exception
    return at


def html_text(at: AppTest) -> str:
    """The HTML the page built (the stylesheet left out)."""
    bodies = (str(element.value) for element in at.get("html"))
    return "\n".join(body for body in bodies if not body.startswith("<style>"))


# ---- the classroom pages -------------------------------------------------------------------


def reload(at: AppTest) -> AppTest:
    """The same URL in a new browser session (a reload, a closed tab, a lost connection)."""
    assert at.session_state["lang"]  # the language switch always writes the URL too
    query = {key: at.query_params[key] for key in at.query_params}
    return start("join", **{k: v[0] if isinstance(v, list) else v for k, v in query.items()})


def joined_student(code: str, name: str) -> AppTest:
    at = start("join", code=code, lang="en")
    at.text_input(key="join/name").set_value(name).run()
    click(at, "join/join")
    assert "token" in at.query_params, [e.value for e in at.error]
    return at


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


def answer_key(quiz: Quiz, at: AppTest, question_id: str, part: str = "answer") -> str:
    keys = [w.key for w in at.radio] + [w.key for w in at.checkbox] + [w.key for w in at.pills]
    found = [k for k in keys if k and k.endswith(f"-{question_id}-{part}")]
    assert found, keys
    return found[0]
