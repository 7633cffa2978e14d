"""Join a classroom session (/join?code=…): the code, a name, then the questions.

The URL carries who the student is (`code`, `token`) and where they are (`q`), and the
database everything they gave, so a reload, a closed tab or a lost connection brings them
back to the same question with the same answers. Whether they finished is in the database
too: once they have, the page shows their results and no question, whatever the URL says,
and the store refuses any answer still sent. A watcher fragment looks at the session every
few seconds and reruns the page when the teacher opens, locks or reveals a question.
"""

from __future__ import annotations

import streamlit as st

from literacy.classroom import (
    ClassroomError,
    NotAuthorized,
    ParticipantRemoved,
    SessionInfo,
    StudentState,
)
from literacy.classroom.names import MAX_NAME_LENGTH
from literacy.quiz.model import Question
from literacy.ui.html import Mark, article_html, paragraph_html
from literacy.ui.i18n import Messages
from views import common, live, student
from views import results as take_results

CODE_KEY = "join/code"
NAME_KEY = "join/name"
# Teacher-paced students wait for the next question: look often. Self-paced ones only
# need to notice a lock, a reveal or the end.
WATCH_SECONDS = {"teacher": 2, "self": 5}


# ---- before joining ----------------------------------------------------------------------


def _enter_code() -> None:
    typed = (st.session_state.get(CODE_KEY) or "").strip()
    if typed:
        st.query_params["code"] = typed


def code_form(msg: Messages) -> None:
    st.text_input(
        msg("classroom.code_label"),
        key=CODE_KEY,
        max_chars=12,
        placeholder="HJK 479",
        on_change=_enter_code,
    )
    st.button(msg("classroom.code_go"), key="join/go", type="primary", on_click=_enter_code)


def _join(code: str) -> None:
    try:
        joined = live.store().join(code, st.session_state.get(NAME_KEY) or "")
    except ClassroomError as error:
        st.session_state[student.NOTICE_KEY] = ("error", error)
        return
    st.query_params["token"] = joined.token
    st.query_params["code"] = code


def name_form(msg: Messages, session: SessionInfo) -> None:
    common.heading(session.quiz_title, session.language)
    st.caption(msg("classroom.joining", code=session.join_code))
    if session.options.anonymous:
        st.info(msg("classroom.anonymous_note"))
    else:
        st.text_input(
            msg("classroom.name_label"),
            key=NAME_KEY,
            max_chars=MAX_NAME_LENGTH,
            placeholder=msg("classroom.name_placeholder"),
        )
    student.show_notice(msg)
    st.button(
        msg("classroom.join"),
        key="join/join",
        type="primary",
        on_click=_join,
        args=(session.join_code,),
        icon=":material/login:",
    )


def _leave() -> None:
    # "done" was the finish flag of links from before finishing was stored; drop it too.
    for key in ("token", "q", "done"):
        st.query_params.pop(key, None)


# ---- after joining -------------------------------------------------------------------------


def _stamp(state: StudentState) -> tuple:
    """What the teacher (or the student, in another tab) can change about this screen."""
    session = state.session
    return (
        session.closed_at,
        session.current_position,
        session.questions,
        state.feedback_visible,
        state.finished,
    )


def watch(code: str, token: str, state: StudentState) -> None:
    seen = _stamp(state)

    @st.fragment(run_every=WATCH_SECONDS[state.session.options.pacing])
    def watcher() -> None:
        try:
            now = _stamp(live.store().resume(code, token))
        except ClassroomError:
            st.rerun()
        if now != seen:
            st.rerun()

    watcher()


def _go(number: int) -> None:
    st.query_params["q"] = str(number)


def _finish(token: str) -> None:
    """Finished is stored, not kept in the URL: a reload or an edited link cannot undo it."""
    try:
        live.store().finish(token)
    except ClassroomError as error:
        st.session_state[student.NOTICE_KEY] = ("error", error)
        return
    for key in ("q", "done"):
        st.query_params.pop(key, None)


def _position(state: StudentState) -> int:
    """Which question (from 0) this student looks at: the URL's, else the first unanswered."""
    order = state.question_order
    try:
        wanted = int(st.query_params.get("q", "")) - 1
    except ValueError:
        wanted = -1
    if 0 <= wanted < len(order):
        return wanted
    if state.current is not None:
        return order.index(state.current)
    return len(order) - 1


def question_block(state: StudentState, item: Question, msg: Messages, token: str) -> None:
    """The article beside the question, the widgets, and the feedback when the store allows
    it (`feedback_visible` holds nothing whose answer could still change)."""
    quiz = state.quiz
    qid = item.id or ""
    visible = qid in state.feedback_visible
    stored = state.answers.get(qid)
    q_state = state.session.question_state(qid)
    locked = visible or (q_state is not None and q_state.locked)
    after_each = state.session.options.show_results == "after_each"
    locked = locked or (after_each and stored is not None)
    marks = []
    if visible and item.evidence is not None and item.evidence.start is not None:
        marks.append(Mark(item.evidence.start, item.evidence.end or 0))
    article_col, question_col = st.columns([3, 2], gap="large")
    with article_col, st.container(border=True, key="join-article"):
        st.html(article_html(quiz.article, quiz.language, marks))
    with question_col:
        with common.content(quiz.language, "question"):
            student.prompt(quiz, item, msg)
            student.answer_widgets(state, item, msg, token, locked, instant=not after_each)
        if quiz.settings.ask_confidence:
            student.confidence_widget(state, item, msg, token, locked, instant=not after_each)
        student.show_notice(msg)
        if after_each and not locked:
            st.button(
                msg("take.check"),
                key=student.widget_key(state, qid, "check"),
                type="primary",
                on_click=student.save,
                args=(token, state, item),
                icon=":material/check:",
            )
        elif q_state is not None and q_state.locked and not visible:
            st.info(msg("classroom.question_locked"), icon=":material/lock:")
        student.saved_note(state, qid, msg)
        if visible:
            student.feedback(state, item, msg)


def _jump(key: str) -> None:
    chosen = st.session_state.get(key)
    if chosen is not None:
        _go(chosen + 1)


def self_paced(state: StudentState, msg: Messages, token: str) -> None:
    order = state.question_order
    position = _position(state)
    # Pinned in the URL: answering must not move the student on, and a reload comes back here.
    if st.query_params.get("q") != str(position + 1):
        st.query_params["q"] = str(position + 1)
    item = state.quiz.question(order[position])
    total = len(order)
    answered = sum(qid in state.answers for qid in order)
    st.progress(answered / total, text=msg("classroom.progress", answered=answered, total=total))
    # Set before the widget exists, so the highlighted number follows Next and Previous.
    st.session_state["join/jump"] = position
    st.pills(
        msg("take.jump"),
        range(total),
        format_func=lambda i: f"{i + 1} ✓" if order[i] in state.answers else str(i + 1),
        key="join/jump",
        on_change=_jump,
        args=("join/jump",),
        label_visibility="collapsed",
    )
    st.caption(msg("take.progress", number=position + 1, total=total))
    question_block(state, item, msg, token)
    forward, back = ":material/arrow_forward:", ":material/arrow_back:"
    if msg.dir == "rtl":
        forward, back = back, forward
    left, right = st.columns(2)
    if position < total - 1:
        left.button(
            msg("take.next"), key="join/next", on_click=_go, args=(position + 2,), icon=forward
        )
    else:
        with left.popover(msg("classroom.finish"), icon=":material/flag:", type="primary"):
            finish_confirmation(state, msg, token)
    if position > 0:
        right.button(
            msg("take.previous"), key="join/previous", on_click=_go, args=(position,), icon=back
        )


def finish_confirmation(state: StudentState, msg: Messages, token: str) -> None:
    st.write(msg("classroom.finish_confirm"))
    if state.unanswered:
        numbers = msg.join([str(number) for number in state.unanswered])
        st.warning(msg("classroom.finish_missing", numbers=numbers), icon=":material/edit_note:")
    st.button(
        msg("classroom.finish_now"),
        key="join/finish",
        type="primary",
        on_click=_finish,
        args=(token,),
        icon=":material/flag:",
    )


def teacher_paced(state: StudentState, msg: Messages, token: str) -> None:
    current = state.session.current_question
    if current is None:
        st.info(msg("classroom.wait_first"), icon=":material/hourglass_empty:")
        return
    st.caption(msg("take.progress", number=current.number, total=len(state.question_order)))
    item = state.quiz.question(current.question_id)
    question_block(state, item, msg, token)
    if current.locked:
        st.caption(msg("classroom.wait_next"))


def finished(state: StudentState, msg: Messages) -> None:
    """The end (the student finished, every question is locked, or the session closed):
    answers saved, the score and review once the session's rule allows."""
    student.show_notice(msg)  # an answer refused because they had finished (another tab)
    note = "classroom.finished_note" if state.finished else "classroom.all_saved"
    st.success(msg(note), icon=":material/task_alt:")
    if state.result is None:
        st.info(msg(f"classroom.results_{state.session.options.show_results}"))
    else:
        st.metric(
            msg("result.score"),
            msg(
                "result.score_value",
                credit=f"{state.result.credit:g}",
                points=f"{state.result.points:g}",
                percent=round(state.result.percent),
            ),
        )
        take_results.skill_chart(state.result.skills, msg)
        take_results.discernment(state.result, msg)
    review(state, msg)


def review(state: StudentState, msg: Messages) -> None:
    """Every question whose feedback this student may see, with their answer marked."""
    shown = state.feedback_visible
    if not shown:
        return
    st.subheader(msg("result.review"))
    for number, qid in enumerate(state.question_order, 1):
        if qid not in shown:
            continue
        item = state.quiz.question(qid)
        with st.expander(f"{number}. {msg('classroom.question')}"):
            with common.content(state.quiz.language, f"review-{number}"):
                student.prompt(state.quiz, item, msg)
            student.feedback(state, item, msg)


def joined(msg: Messages, code: str | None, token: str) -> None:
    try:
        state = live.store().resume(code, token)
    except ParticipantRemoved as error:
        live.show_refusal(msg, error)
        return
    except NotAuthorized as error:
        live.show_refusal(msg, error)
        st.button(msg("classroom.join_again"), key="join/again", on_click=_leave)
        return
    session = state.session
    common.heading(session.quiz_title, session.language)
    you = msg("classroom.you_are", name=state.participant.name_text)
    st.html(paragraph_html(you, msg.language, "lit-you"))
    if not session.is_open:
        st.info(msg("classroom.closed_note"), icon=":material/lock:")
        finished(state, msg)
        return
    watch(code or session.join_code, token, state)
    all_locked = all(q.locked for q in session.questions)
    if state.finished:
        finished(state, msg)
    elif session.options.pacing == "teacher":
        teacher_paced(state, msg, token)
        if all_locked:
            finished(state, msg)
    elif all_locked:  # the teacher locked everything: nothing left to do but look
        finished(state, msg)
    else:
        self_paced(state, msg, token)


def main() -> None:
    msg = common.messages()
    live.inject_css(msg.language)
    code = st.query_params.get("code")
    token = st.query_params.get("token")
    if token:
        joined(msg, code, token)
        return
    st.title(msg("classroom.join_title"))
    if not code:
        st.caption(msg("classroom.join_intro"))
        code_form(msg)
        return
    try:
        session = live.store().open_session(code)
    except ClassroomError as error:
        live.show_refusal(msg, error)
        st.session_state.setdefault(CODE_KEY, code)
        code_form(msg)
        return
    name_form(msg, session)


main()
