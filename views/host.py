"""The host page of a running session: the link to the projector view, the join code, the
link and its QR code, the teacher's controls, the downloads, and the live dashboard. Its URL
holds the host key, so it is the teacher's own screen; the projector view (`projector.py`)
is what the class sees.

Teacher actions are button callbacks that call the store with the host key and rerun the
whole page; the dashboard below refreshes itself every two seconds in a fragment.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from literacy.classroom import (
    CSV_ENCODING,
    ClassroomError,
    SessionInfo,
    answers_csv,
    join_qr_svg,
    results_json,
    summary_csv,
)
from literacy.ui.classroom import (
    host_url,
    is_local,
    join_code_html,
    join_url,
    link_html,
    projector_url,
)
from literacy.ui.html import text_html
from literacy.ui.i18n import Messages
from views import common, dashboard, live

NOTICE_KEY = "classroom/host-notice"


def _act(action: Callable[..., object], *args: object) -> None:
    try:
        action(*args)
    except ClassroomError as error:
        st.session_state[NOTICE_KEY] = error


def banner(msg: Messages, session: SessionInfo) -> None:
    """Code, link and QR code, large for the back row; the quiz's title above them. The
    projector view shows the same."""
    common.heading(session.quiz_title, session.language)
    if not session.is_open:
        st.info(msg("classroom.closed_host"), icon=":material/lock:")
        return
    link = join_url(live.base_url(), session.join_code, msg.language)
    code_col, qr_col = st.columns([3, 1], vertical_alignment="center")
    with code_col:
        st.html(join_code_html(session.join_code, msg("classroom.code_caption")))
        st.html(text_html(msg("classroom.go_to"), msg.language, "lit-text lit-join-how"))
        st.html(link_html(link))
        if is_local(link):
            st.warning(msg("classroom.local_link"), icon=":material/wifi_off:")
    with qr_col, st.container(key="join-qr"):
        # An image: Streamlit's HTML sanitiser drops inline <svg> and data: URLs.
        st.image(join_qr_svg(link), caption=msg("classroom.qr_alt"), width="stretch")


def teacher_controls(msg: Messages, session: SessionInfo, host_key: str) -> None:
    """Teacher-paced: open the next question, reveal the answer, lock the question."""
    store = live.store()
    current = session.current_question
    total = len(session.questions)
    if current is None:
        st.write(msg("classroom.none_open"))
    else:
        status = "revealed" if current.revealed else "locked" if current.locked else "open"
        st.write(msg(f"classroom.current_{status}", number=current.number, total=total))
    last = current is not None and current.position == total - 1
    cols = st.columns(3)
    cols[0].button(
        msg("classroom.open_first" if current is None else "classroom.open_next"),
        key="classroom/next",
        type="primary",
        disabled=last or not session.is_open,
        on_click=_act,
        args=(store.next_question, host_key),
        icon=":material/skip_next:",
    )
    cols[1].button(
        msg("classroom.reveal"),
        key="classroom/reveal",
        disabled=current is None or current.revealed,
        on_click=_act,
        args=(store.reveal, host_key, current.question_id if current else ""),
        icon=":material/visibility:",
        help=msg("classroom.reveal_help"),
    )
    cols[2].button(
        msg("classroom.lock_question"),
        key="classroom/lock-question",
        disabled=current is None or current.locked,
        on_click=_act,
        args=(store.lock_question, host_key, current.question_id if current else ""),
        icon=":material/lock:",
    )


def session_controls(msg: Messages, session: SessionInfo, host_key: str) -> None:
    store = live.store()
    cols = st.columns(2)
    all_locked = all(q.locked for q in session.questions)
    cols[0].button(
        msg("classroom.lock_session"),
        key="classroom/lock-session",
        disabled=all_locked,
        on_click=_act,
        args=(store.lock_session, host_key),
        icon=":material/lock_clock:",
        help=msg("classroom.lock_session_help"),
    )
    with cols[1].popover(msg("classroom.close_session"), icon=":material/stop_circle:"):
        st.write(msg("classroom.close_confirm"))
        st.button(
            msg("classroom.close_now"),
            key="classroom/close",
            type="primary",
            on_click=_act,
            args=(store.close_session, host_key),
        )


def downloads(msg: Messages, session: SessionInfo, host_key: str) -> None:
    """Made when clicked (not on every refresh), from the results of that moment."""
    store = live.store()
    stem = f"literacy-{session.quiz_id}-{session.join_code}"

    def csv(write: Callable) -> Callable[[], bytes]:
        return lambda: write(store.class_results(host_key)).encode(CSV_ENCODING)

    files = (
        ("answers", csv(answers_csv), f"{stem}-answers.csv", "text/csv"),
        ("summary", csv(summary_csv), f"{stem}-summary.csv", "text/csv"),
        (
            "json",
            lambda: results_json(store.class_results(host_key)).encode("utf-8"),
            f"{stem}.json",
            "application/json",
        ),
    )
    cols = st.columns(len(files))
    for col, (name, data, file_name, mime) in zip(cols, files, strict=True):
        col.download_button(
            msg(f"classroom.download_{name}"),
            data=data,
            file_name=file_name,
            mime=mime,
            key=f"classroom/download-{name}",
            on_click="ignore",
            icon=":material/download:",
        )


def projector_link(msg: Messages, host_key: str) -> None:
    """The projector view, in a new tab, and in one line why to project it instead."""
    url = projector_url(live.base_url(), live.store().view_key(host_key), msg.language)
    link_col, why_col = st.columns([1, 3], vertical_alignment="center")
    link_col.link_button(
        msg("classroom.projector_open"), url, type="primary", icon=":material/cast:"
    )
    why_col.caption(msg("classroom.projector_why"))


def host_link(msg: Messages, host_key: str) -> None:
    with st.expander(msg("classroom.host_link_title"), icon=":material/key:"):
        st.write(msg("classroom.host_link_help"))
        st.code(host_url(live.base_url(), host_key, msg.language), language=None)


def page(msg: Messages, host_key: str) -> None:
    try:
        session = live.store().session_for_host(host_key)
    except ClassroomError as error:
        live.show_refusal(msg, error, "host")
        st.page_link(common.PAGES["classroom"], label=msg("classroom.title"))
        return
    projector_settings(msg, session, host_key)
    projector_link(msg, host_key)
    banner(msg, session)
    error = st.session_state.pop(NOTICE_KEY, None)
    if error is not None:
        live.show_refusal(msg, error, "host")
    if session.is_open:
        if session.options.pacing == "teacher":
            teacher_controls(msg, session, host_key)
        session_controls(msg, session, host_key)
    dashboard.show(msg, dashboard.Viewer(host_key, host=True), session)
    st.subheader(msg("classroom.downloads"))
    downloads(msg, session, host_key)
    host_link(msg, host_key)


NAMES_KEY, ANSWER_KEY_KEY = "classroom/names", "classroom/key"


def _save_projector(host_key: str, setting: str, key: str) -> None:
    """Save the one setting this toggle holds (never the other: it may be stale here)."""
    store = live.store()
    _act(lambda: store.set_projector(host_key, **{setting: st.session_state[key]}))


def projector_settings(msg: Messages, session: SessionInfo, host_key: str) -> None:
    """What the projected dashboard may show (names on by default, the key off), kept in the
    database so the projector view, in another browser, follows it."""
    stored = {NAMES_KEY: session.projector.names, ANSWER_KEY_KEY: session.projector.answer_key}
    for key, value in stored.items():
        # A change made on the teacher's other device shows here at the next rerun.
        if st.session_state.get(f"{key}/stored") != value:
            st.session_state[key] = st.session_state[f"{key}/stored"] = value
    sidebar = st.sidebar
    sidebar.subheader(msg("classroom.projector"))
    sidebar.toggle(
        msg("classroom.show_names"),
        key=NAMES_KEY,
        on_change=_save_projector,
        args=(host_key, "names", NAMES_KEY),
    )
    sidebar.toggle(
        msg("classroom.show_key"),
        key=ANSWER_KEY_KEY,
        help=msg("classroom.show_key_help"),
        on_change=_save_projector,
        args=(host_key, "answer_key", ANSWER_KEY_KEY),
    )
    sidebar.caption(msg("classroom.projector_note"))
