"""The quiz as a form, for teachers who would rather not edit YAML: the quiz's title, id
and settings, and each question's wording, choices, answer, explanation and points.

A change is applied only when it makes a valid quiz; otherwise its problems are shown
beside the fields, which keep what the teacher typed. Applying rewrites the YAML from the
quiz (comments in it are not kept; the form says so).
"""

from __future__ import annotations

import streamlit as st

from literacy.errors import Problem, QuizFileError
from literacy.quiz import Quiz, dumps_quiz
from literacy.quiz.model import LETTERS, MarkWords, MultipleChoice, SingleChoice, TrueFalse
from literacy.ui.editing import lines, move_question, remove_question, revise_question, revise_quiz
from literacy.ui.html import escape_markdown, problems_html
from literacy.ui.i18n import Messages
from views import common
from views.author_state import YAML_KEY, draft

QUESTION_KEY = "author/form/question"
_PROBLEMS_KEY = "author/form/problems"
_DIGEST_KEY = "author/form/digest"
EXPLANATIONS = ("after_each", "at_end", "never")


def forget() -> None:
    """Drop the problems of a change the form could not make (the YAML changed anyway)."""
    st.session_state.pop(_PROBLEMS_KEY, None)


def _fresh_fields() -> None:
    """Fields of an older YAML are of no use (they persist, so they are dropped here)."""
    current = draft()
    digest = current.digest if current is not None else ""
    last = st.session_state.get(_DIGEST_KEY)
    if last == digest:
        return
    old = f"author/form/{last}/"
    for key in [k for k in st.session_state if isinstance(k, str) and k.startswith(old)]:
        del st.session_state[key]
    st.session_state[_DIGEST_KEY] = digest


def _key(*parts: object) -> str:
    # Keyed by the YAML's digest: any change to the YAML, typed or applied, gives the form
    # fresh fields; a change the form could not make leaves the typed fields as they are,
    # and they persist while the teacher looks at another question or at the YAML.
    current = draft()
    digest = current.digest if current is not None else ""
    return "/".join(("author", "form", digest, *map(str, parts)))


def _initial(key: str, value: object) -> str:
    if key not in st.session_state:
        st.session_state[key] = value
    return key


def _store(quiz: Quiz) -> None:
    # A form edit is the teacher's own edit, so the baseline stays where it was.
    st.session_state[YAML_KEY] = dumps_quiz(quiz)
    forget()


def _attempt(change, where: str) -> None:
    try:
        quiz = change()
    except QuizFileError as error:
        st.session_state[_PROBLEMS_KEY] = (where, error.problems)
        return
    _store(quiz)


# ---- the quiz itself -------------------------------------------------------------------


def _apply_quiz(quiz: Quiz) -> None:
    def value(name: str):
        return st.session_state.get(_key("quiz", name))

    limit = value("time_limit")
    fields = {
        "id": value("id"),
        "title": value("title"),
        "description": value("description"),
        "level": value("level"),
    }
    settings = {
        "show_explanations": value("show_explanations"),
        "shuffle_questions": value("shuffle_questions"),
        "shuffle_choices": value("shuffle_choices"),
        "ask_confidence": value("ask_confidence"),
        "time_limit_minutes": int(limit) if limit else None,
    }
    _attempt(lambda: revise_quiz(quiz, fields, settings), "quiz")


def quiz_form(quiz: Quiz, msg: Messages) -> None:
    settings = quiz.settings
    with st.expander(msg("author.form_quiz"), expanded=False):
        with common.content(quiz.language, "form-quiz"):
            st.text_input(
                msg("author.form_title"),
                key=_initial(_key("quiz", "title"), quiz.title),
                persist_state="session",
            )
            st.text_area(
                msg("author.form_description"),
                key=_initial(_key("quiz", "description"), quiz.description or ""),
                persist_state="session",
                height=80,
            )
        st.text_input(
            msg("author.form_id"),
            key=_initial(_key("quiz", "id"), quiz.id),
            persist_state="session",
            help=msg("author.form_id_help"),
        )
        st.selectbox(
            msg("library.level"),
            ("easy", "medium", "hard"),
            index=None,
            format_func=msg.level,
            placeholder=msg("author.any_difficulty"),
            key=_initial(_key("quiz", "level"), quiz.level),
            persist_state="session",
        )
        st.selectbox(
            msg("author.form_explanations"),
            EXPLANATIONS,
            format_func=lambda v: msg(f"author.explanations.{v}"),
            key=_initial(_key("quiz", "show_explanations"), settings.show_explanations),
            persist_state="session",
        )
        left, right = st.columns(2)
        left.toggle(
            msg("author.form_shuffle_questions"),
            key=_initial(_key("quiz", "shuffle_questions"), settings.shuffle_questions),
            persist_state="session",
        )
        left.toggle(
            msg("author.form_shuffle_choices"),
            key=_initial(_key("quiz", "shuffle_choices"), settings.shuffle_choices),
            persist_state="session",
        )
        right.toggle(
            msg("author.form_confidence"),
            key=_initial(_key("quiz", "ask_confidence"), settings.ask_confidence),
            persist_state="session",
        )
        right.number_input(
            msg("author.form_time_limit"),
            min_value=0,
            max_value=600,
            key=_initial(_key("quiz", "time_limit"), settings.time_limit_minutes or 0),
            persist_state="session",
            help=msg("author.form_time_limit_help"),
        )
        _problems("quiz", msg)
        st.button(
            msg("author.form_apply"),
            key="author/form/apply-quiz",
            type="primary",
            on_click=_apply_quiz,
            args=(quiz,),
        )


# ---- one question ----------------------------------------------------------------------


def _apply_question(quiz: Quiz, index: int) -> None:
    question = quiz.questions[index]
    qid = question.id

    def value(name: str):
        return st.session_state.get(_key(qid, name))

    changes: dict[str, object] = {
        "prompt": value("prompt"),
        "explanation": value("explanation"),
        "points": value("points"),
    }
    if isinstance(question, SingleChoice | MultipleChoice):
        choices = lines(value("choices") or "")
        changes["choices"] = choices
        if isinstance(question, SingleChoice):
            answer = value("answer")
            changes["answer"] = (
                choices[answer] if answer is not None and answer < len(choices) else ""
            )
        else:
            picked = [i for i in value("answers") or () if i < len(choices)]
            changes["answers"] = [choices[i] for i in picked]
    elif isinstance(question, TrueFalse):
        changes["answer"] = value("answer")
    elif isinstance(question, MarkWords):
        changes["targets"] = lines(value("targets") or "")
    _attempt(lambda: revise_question(quiz, index, changes), f"question-{qid}")


def question_form(quiz: Quiz, index: int, msg: Messages) -> None:
    question = quiz.questions[index]
    qid = question.id
    st.caption(f"{msg(f'author.type.{question.type}')} · {msg.skill(question.skill)}")
    with common.content(quiz.language, f"form-q-{index}"):
        st.text_area(
            msg("author.form_prompt"),
            key=_initial(_key(qid, "prompt"), question.prompt),
            persist_state="session",
            height=100,
        )
        if isinstance(question, SingleChoice | MultipleChoice):
            choices_key = _initial(_key(qid, "choices"), "\n".join(question.choices))
            st.text_area(
                msg("author.form_choices"),
                key=choices_key,
                persist_state="session",
                height=130,
                help=msg("author.form_choices_help"),
            )
            shown = lines(st.session_state.get(choices_key) or "")

            def letter(i: int) -> str:
                text = shown[i] if i < len(shown) else ""
                # A bold letter, no bracket: a bracket next to Arabic would be mirrored.
                return f"**{LETTERS[i]}** {escape_markdown(text)}"

            options = list(range(len(shown)))
            if isinstance(question, SingleChoice):
                key = _initial(_key(qid, "answer"), question.answer_index)
                if st.session_state[key] not in options:
                    st.session_state[key] = None  # its choice was taken out
                st.radio(
                    msg("author.form_answer"),
                    options,
                    format_func=letter,
                    key=key,
                    persist_state="session",
                )
            else:
                key = _initial(_key(qid, "answers"), sorted(question.answer_indices))
                st.session_state[key] = [i for i in st.session_state[key] if i in options]
                st.multiselect(
                    msg("author.form_answers"),
                    options,
                    format_func=letter,
                    key=key,
                    persist_state="session",
                )
        elif isinstance(question, TrueFalse):
            names = {True: msg("take.true_label"), False: msg("take.false_label")}
            st.radio(
                msg("author.form_answer"),
                (True, False),
                format_func=names.__getitem__,
                key=_initial(_key(qid, "answer"), question.answer),
                persist_state="session",
                horizontal=True,
            )
        elif isinstance(question, MarkWords):
            st.caption(msg("author.form_passage", passage=escape_markdown(question.passage or "")))
            st.text_area(
                msg("author.form_targets"),
                key=_initial(_key(qid, "targets"), "\n".join(question.targets)),
                persist_state="session",
                height=100,
            )
        st.text_area(
            msg("author.form_explanation"),
            key=_initial(_key(qid, "explanation"), question.explanation or ""),
            persist_state="session",
            height=100,
        )
    st.number_input(
        msg("author.form_points"),
        min_value=0.5,
        max_value=100.0,
        step=0.5,
        format="%g",
        key=_initial(_key(qid, "points"), float(question.points)),
        persist_state="session",
    )
    _problems(f"question-{qid}", msg)
    st.button(
        msg("author.form_apply"),
        key="author/form/apply-question",
        type="primary",
        on_click=_apply_question,
        args=(quiz, index),
    )


def _problems(where: str, msg: Messages) -> None:
    shown = st.session_state.get(_PROBLEMS_KEY)
    if shown is None or shown[0] != where:
        return
    problems: tuple[Problem, ...] = shown[1]
    st.error(msg("author.form_invalid", count=len(problems)))
    # The form's own lines mean nothing to the teacher: the field path says where.
    st.html(
        problems_html(
            [Problem(p.file, None, p.path, p.message) for p in problems],
            lambda _: "•",
            msg.language,
        )
    )


def _remove(quiz: Quiz, index: int) -> None:
    _attempt(lambda: remove_question(quiz, index), "questions")
    st.session_state[QUESTION_KEY] = max(index - 1, 0)


def _move(quiz: Quiz, index: int, offset: int) -> None:
    _attempt(lambda: move_question(quiz, index, offset), "questions")
    st.session_state[QUESTION_KEY] = min(max(index + offset, 0), len(quiz.questions) - 1)


def show(msg: Messages) -> None:
    current = draft()
    if current is None:
        st.info(msg("author.no_quiz"))
        return
    if current.quiz is None:
        st.warning(msg("author.form_needs_valid"))
        return
    quiz = current.quiz
    _fresh_fields()
    st.caption(msg("author.form_help"))
    quiz_form(quiz, msg)
    total = len(quiz.questions)
    if st.session_state.get(QUESTION_KEY, 0) >= total:
        st.session_state[QUESTION_KEY] = total - 1
    with common.content(quiz.language, "form-pick"):
        index = st.selectbox(
            msg("author.form_question"),
            range(total),
            format_func=lambda i: f"{i + 1}. {' '.join(quiz.questions[i].prompt.split())[:90]}",
            key=QUESTION_KEY,
        )
    index = index or 0
    up, down, remove = st.columns(3)
    up.button(
        msg("author.form_up"),
        key="author/form/up",
        icon=":material/arrow_upward:",
        disabled=index == 0,
        on_click=_move,
        args=(quiz, index, -1),
    )
    down.button(
        msg("author.form_down"),
        key="author/form/down",
        icon=":material/arrow_downward:",
        disabled=index == total - 1,
        on_click=_move,
        args=(quiz, index, 1),
    )
    remove.button(
        msg("author.form_remove"),
        key="author/form/remove",
        icon=":material/delete:",
        disabled=total == 1,
        on_click=_remove,
        args=(quiz, index),
    )
    _problems("questions", msg)
    with st.container(border=True):
        question_form(quiz, index, msg)
