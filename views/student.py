"""One question on a student's phone in a classroom session: the answer widgets, saved to
the store the moment they change; confidence; the feedback once the store allows it.

The widgets show the question's prompt and choices only: nothing of the answer key, the
explanation or the author's feedback is rendered until the question's id is in the
student's `feedback_visible` (see `literacy.classroom.progress`). Widget keys hold the
participant's id and the question id, never anything secret (keys end up in CSS classes).
"""

from __future__ import annotations

import streamlit as st

from literacy.classroom import ClassroomError, StudentState
from literacy.quiz.model import MarkWords, MultipleChoice, Question, Quiz, SingleChoice, TrueFalse
from literacy.scoring import Answer, InvalidAnswer
from literacy.ui.attempt import Attempt
from literacy.ui.classroom import Response, response_or_none
from literacy.ui.html import escape_markdown
from literacy.ui.i18n import Messages
from views import live
from views import question as take_question

NOTICE_KEY = "join/notice"


def widget_key(state: StudentState, question_id: str, part: str) -> str:
    return f"class-{state.participant.id}-{question_id}-{part}"


def _restore(key: str, value) -> None:
    # A widget that was not on screen in the last run has no state: give it the stored answer
    # (after a reload that is the answer from the database).
    if key not in st.session_state and value is not None:
        st.session_state[key] = value


def _read(state: StudentState, question: Question) -> Response | None:
    """The answer the question's widgets hold now."""
    qid = question.id or ""
    values = st.session_state
    if isinstance(question, MultipleChoice):
        picked = [
            i
            for i in range(len(question.choices))
            if values.get(widget_key(state, qid, f"choice-{i}"))
        ]
        return response_or_none(question, picked)
    if isinstance(question, MarkWords):
        return response_or_none(question, values.get(widget_key(state, qid, "words")))
    return response_or_none(question, values.get(widget_key(state, qid, "answer")))


def save(token: str, state: StudentState, question: Question) -> None:
    """Send what the widgets hold to the store (a widget's on_change, or "check my answer").
    A refusal is kept for the page to show in the student's language."""
    qid = question.id or ""
    response = _read(state, question)
    if response is None:
        st.session_state[NOTICE_KEY] = ("take", take_question.need_answer_message(question))
        return
    confidence = st.session_state.get(widget_key(state, qid, "confidence"))
    answer = Answer(response=response, confidence=confidence if confidence in range(1, 6) else None)
    try:
        live.store().submit(token, qid, answer)
    except (ClassroomError, InvalidAnswer) as error:
        st.session_state[NOTICE_KEY] = ("error", error)


def save_confidence(token: str, state: StudentState, question: Question) -> None:
    """A confidence given after the answer changes the saved answer; before it, it waits."""
    if _read(state, question) is not None:
        save(token, state, question)


def answer_widgets(
    state: StudentState, question: Question, msg: Messages, token: str, locked: bool, instant: bool
) -> None:
    """`instant`: every change is saved at once; otherwise "check my answer" saves it."""
    qid = question.id or ""
    stored = state.answers.get(qid)
    response = stored.response if stored is not None else None
    change = {"on_change": save, "args": (token, state, question)} if instant else {}
    label = question.prompt  # hidden: the prompt is shown above as HTML
    if isinstance(question, SingleChoice):
        key = widget_key(state, qid, "answer")
        _restore(key, response)
        st.radio(
            label,
            state.participant.choice_order(state.session, question),
            index=None,
            format_func=lambda i: escape_markdown(question.choices[i]),
            key=key,
            disabled=locked,
            label_visibility="collapsed",
            **change,
        )
    elif isinstance(question, TrueFalse):
        key = widget_key(state, qid, "answer")
        _restore(key, response)
        names = {True: msg("take.true_label"), False: msg("take.false_label")}
        st.radio(
            label,
            (True, False),
            index=None,
            format_func=names.__getitem__,
            key=key,
            disabled=locked,
            label_visibility="collapsed",
            **change,
        )
    elif isinstance(question, MultipleChoice):
        picked = set(response) if isinstance(response, tuple) else set()
        for i in state.participant.choice_order(state.session, question):
            key = widget_key(state, qid, f"choice-{i}")
            _restore(key, (i in picked) if stored is not None else None)
            st.checkbox(escape_markdown(question.choices[i]), key=key, disabled=locked, **change)
    elif isinstance(question, MarkWords):
        key = widget_key(state, qid, "words")
        _restore(key, list(response) if isinstance(response, tuple) else None)
        labels = take_question.word_labels(question)
        st.pills(
            label,
            range(len(labels)),
            selection_mode="multi",
            format_func=labels.__getitem__,
            key=key,
            disabled=locked,
            label_visibility="collapsed",
            **change,
        )


def confidence_widget(
    state: StudentState, question: Question, msg: Messages, token: str, locked: bool, instant: bool
) -> None:
    qid = question.id or ""
    stored = state.answers.get(qid)
    key = widget_key(state, qid, "confidence")
    _restore(key, stored.confidence if stored is not None else None)
    change = {"on_change": save_confidence, "args": (token, state, question)} if instant else {}
    st.segmented_control(
        msg("take.confidence"), take_question.CONFIDENCE, key=key, disabled=locked, **change
    )
    st.caption(msg("take.confidence_help"))


def show_notice(msg: Messages) -> None:
    notice = st.session_state.pop(NOTICE_KEY, None)
    if notice is None:
        return
    kind, value = notice
    if kind == "take":
        st.warning(msg(value), icon=":material/edit_note:")
    else:
        live.show_refusal(msg, value)


def feedback(state: StudentState, item: Question, msg: Messages) -> None:
    """The verdict, the choices marked, the explanation and the evidence: only ever called
    for a question in `state.feedback_visible`."""
    qid = item.id or ""
    assert qid in state.feedback_visible
    stored = state.answers.get(qid)
    seen = Attempt(state.session.quiz_id, seed=0)
    if stored is not None:
        seen.responses[qid] = stored.response
    order = state.participant.choice_order(state.session, item)
    take_question.feedback(state.quiz, item, seen, msg, order=order)


def prompt(quiz: Quiz, item: Question, msg: Messages) -> None:
    take_question.prompt(quiz, item)
    if isinstance(item, MarkWords):
        st.caption(msg("take.mark_help"))


def saved_note(state: StudentState, qid: str, msg: Messages) -> None:
    if qid in state.answers:
        st.caption(msg("classroom.saved"), help=msg("classroom.saved_help"))
