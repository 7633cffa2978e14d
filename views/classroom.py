"""Classroom (teacher): start a live session from a quiz, then run it from the dashboard.

/classroom?quiz=ID shows the options; starting the session puts its host key in the URL
(/classroom?host=KEY), which is the dashboard's address from any device. The host page links
to the projector view, /classroom?view=KEY, which reads the session and changes nothing. A
shared server can require `LITERACY_TEACHER_PASSWORD` to start a session.
"""

from __future__ import annotations

import streamlit as st

from literacy.classroom import ClassroomError, SessionOptions
from literacy.quiz import Quiz
from literacy.ui.html import escape_markdown
from literacy.ui.i18n import Messages
from views import common, host, live, projector

SHOW_RESULTS = ("after_each", "at_end", "after_close", "never")
NOTICE_KEY = "classroom/start-notice"


def _start(quiz: Quiz, language: str) -> None:
    values = st.session_state
    options = SessionOptions(
        pacing=values["classroom/pacing"],
        show_results=values["classroom/show-results"],
        shuffle_questions=values["classroom/shuffle-questions"],
        shuffle_choices=values["classroom/shuffle-choices"],
        leaderboard=values["classroom/leaderboard"],
        anonymous=values["classroom/anonymous"],
    )
    try:
        started = live.store().create_session(
            quiz, options, teacher_password=values.get("classroom/password")
        )
    except ClassroomError as error:
        values[NOTICE_KEY] = error
        return
    st.query_params.from_dict({"host": started.host_key, common.LANGUAGE_KEY: language})


def start_form(msg: Messages, quiz: Quiz) -> None:
    st.title(msg("classroom.start_title"))
    common.heading(quiz.title, quiz.language)
    st.caption(msg("library.questions", count=len(quiz.questions)))
    pacing = st.radio(
        msg("classroom.pacing"),
        ("self", "teacher"),
        format_func=lambda p: msg(f"classroom.pacing_{p}"),
        key="classroom/pacing",
    )
    st.caption(msg(f"classroom.pacing_{pacing}_help"))
    default = quiz.settings.show_explanations  # its values are among SHOW_RESULTS
    shown = st.selectbox(
        msg("classroom.show_results"),
        SHOW_RESULTS,
        index=SHOW_RESULTS.index(default),
        format_func=lambda v: msg(f"classroom.show_{v}"),
        key="classroom/show-results",
    )
    if shown == "after_each":
        # The store makes a first answer final when its feedback follows at once.
        st.info(msg("classroom.after_each_note"), icon=":material/lightbulb:")
    left, right = st.columns(2)
    left.toggle(
        msg("classroom.shuffle_questions"),
        value=quiz.settings.shuffle_questions,
        key="classroom/shuffle-questions",
    )
    left.toggle(
        msg("classroom.shuffle_choices"),
        value=quiz.settings.shuffle_choices,
        key="classroom/shuffle-choices",
        help=msg("classroom.shuffle_choices_help"),
    )
    right.toggle(
        msg("classroom.leaderboard"),
        value=False,
        key="classroom/leaderboard",
        help=msg("classroom.leaderboard_help"),
    )
    right.toggle(msg("classroom.anonymous"), value=False, key="classroom/anonymous")
    st.caption(msg("classroom.no_speed"))
    if live.store().teacher_password:
        st.text_input(msg("classroom.password"), type="password", key="classroom/password")
    error = st.session_state.pop(NOTICE_KEY, None)
    if error is not None:
        live.show_refusal(msg, error, "teacher")
    st.button(
        msg("classroom.start"),
        key="classroom/start",
        type="primary",
        icon=":material/groups:",
        on_click=_start,
        args=(quiz, msg.language),
    )


def chooser(msg: Messages) -> None:
    st.title(msg("classroom.title"))
    st.caption(msg("classroom.intro"))
    entries = common.library().entries
    titles = {entry.id: entry.quiz.title for entry in entries}
    chosen = st.selectbox(
        msg("take.choose_label"),
        list(titles),
        index=None,
        placeholder=msg("take.choose_placeholder"),
        format_func=titles.__getitem__,
        key="classroom/choose",
    )
    if chosen:
        st.query_params["quiz"] = chosen
        st.rerun()
    st.info(msg("classroom.reopen_hint"), icon=":material/key:")


def main() -> None:
    msg = common.messages()
    live.inject_css(msg.language)
    host_key = st.query_params.get("host")
    if host_key:
        host.page(msg, host_key)
        return
    view_key = st.query_params.get("view")
    if view_key is not None:
        projector.page(msg, view_key)
        return
    quiz_id = st.query_params.get("quiz")
    entry = common.library().get(quiz_id) if quiz_id else None
    if quiz_id and entry is None:
        st.error(msg("take.not_found", id=escape_markdown(quiz_id)))
    if entry is None:
        chooser(msg)
        return
    start_form(msg, entry.quiz)


main()
