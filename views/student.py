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
from literacy.quiz.model import MarkWords, MultipleChoice, Question, Quiz
from literacy.scoring import Answer, InvalidAnswer
from literacy.ui.attempt import Attempt
from literacy.ui.classroom import Response, response_or_none
from literacy.ui.i18n import Messages
from views import live
from views import question as take_question

NOTICE_KEY = "join/notice"


def widget_key(state: StudentState, question_id: str, part: str) -> str:
    return f"class-{state.participant.id}-{question_id}-{part}"


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
    qid = question.id
    stored = state.answers.get(qid)
    take_question.answer_inputs(
        question,
        stored.response if stored is not None else None,
        state.participant.choice_order(state.session, question),
        lambda part: widget_key(state, qid, part),
        msg,
        locked,
        **({"on_change": save, "args": (token, state, question)} if instant else {}),
    )


def confidence_widget(
    state: StudentState, question: Question, msg: Messages, token: str, locked: bool, instant: bool
) -> None:
    qid = question.id or ""
    stored = state.answers.get(qid)
    key = widget_key(state, qid, "confidence")
    take_question.restore(key, stored.confidence if stored is not None else None)
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
