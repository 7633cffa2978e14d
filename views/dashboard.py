"""The live dashboard: a fragment that reads the class's results once every two seconds and
draws who joined, progress, each question, the skills, discernment and confidence.

One `class_results` call per refresh (two small queries, however many students). When the
session's state changed elsewhere (another device of the teacher closed it), the fragment
reruns the whole page so the controls above it are current too.

Two viewers draw it: the teacher (host key), and the projector view (view key), which gets
no per-student table, no controls, and follows the question the teacher has open. Both show
what the session's projector settings allow, read afresh on every refresh.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import altair as alt
import streamlit as st

from literacy.classroom import ClassResults, ClassroomError, ProjectorSettings, SessionInfo
from literacy.quiz import Question
from literacy.ui.classroom import (
    confidence_rows,
    finished_count,
    names_html,
    option_rows,
    percent,
    progress_rows,
    question_rows,
    scores_settled,
)
from literacy.ui.html import escape_markdown
from literacy.ui.i18n import Messages
from views import common, live
from views import question as take_question
from views import results as take_results

REFRESH_SECONDS = 2
CLOSED_REFRESH_SECONDS = 10  # a closed session on the projector: only its settings change
PICK_KEY = "classroom/question"


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who is looking, by the key in their URL: the teacher (`host`) or the projector."""

    key: str = field(repr=False)
    host: bool

    def results(self) -> ClassResults:
        store = live.store()
        return store.class_results(self.key) if self.host else store.view_results(self.key)


def _stamp(session: SessionInfo) -> tuple:
    return (session.closed_at, session.current_position, session.questions)


def show(msg: Messages, viewer: Viewer, session: SessionInfo) -> None:
    seen = _stamp(session)

    # A running session changes every moment; once it is closed only the teacher's projector
    # settings can, so the projector looks again now and then and the host's page not at all.
    every: int | None = CLOSED_REFRESH_SECONDS
    if session.is_open:
        every = REFRESH_SECONDS
    elif viewer.host:
        every = None

    @st.fragment(run_every=every)
    def board() -> None:
        try:
            results = viewer.results()
        except ClassroomError as error:
            live.show_refusal(msg, error, "host" if viewer.host else "view")
            return
        if _stamp(results.session) != seen:
            st.rerun()
        draw(msg, results, viewer)

    board()


def draw(msg: Messages, results: ClassResults, viewer: Viewer) -> None:
    people = results.participants
    projector = results.session.projector
    # Who is right shows only when the teacher asks or no answer can change any more:
    # a projected score that moves when a student changes an answer gives the answer away.
    scores = projector.answer_key or scores_settled(results.session)
    done_key, done = finished_count(results)
    cols = st.columns(3)
    cols[0].metric(msg("classroom.joined"), len(people))
    cols[1].metric(msg(done_key), msg("classroom.count_of", count=done, total=len(people)))
    if scores:
        average = results.percent
        cols[2].metric(
            msg("classroom.class_average"), "–" if average is None else f"{round(average)}%"
        )
    if projector.names and viewer.host:
        students(msg, results, viewer.key, scores)
    elif projector.names and who_joined(msg, results) and _ranked(results, scores):
        leaderboard(msg, results)
    questions(msg, results, projector, scores, follow=not viewer.host)
    if scores:
        skills(msg, results)
    elif any(entry.answered for entry in people):
        hidden = "classroom.scores_hidden" if viewer.host else "classroom.scores_hidden_view"
        st.caption(msg(hidden))


def _ranked(results: ClassResults, scores: bool) -> bool:
    return results.session.options.leaderboard and scores


def who_joined(msg: Messages, results: ClassResults) -> bool:
    """The names as chips; False when nobody joined yet."""
    st.subheader(msg("classroom.students"))
    if not results.participants:
        st.info(msg("classroom.nobody_yet"), icon=":material/hourglass_empty:")
        return False
    st.html(names_html([entry.participant.name for entry in results.participants]))
    return True


def students(msg: Messages, results: ClassResults, host_key: str, scores: bool) -> None:
    """The teacher's own view: the names, then each student's progress (and score), the
    leaderboard, and removing a student."""
    if not who_joined(msg, results):
        return
    rows = progress_rows(results)
    total = len(results.session.questions)
    hidden = {"id"} if scores else {"id", "percent"}
    st.dataframe(
        [{k: _cell(k, v) for k, v in row.items() if k not in hidden} for row in rows],
        hide_index=True,
        width="stretch",
        column_config={
            "name": st.column_config.TextColumn(msg("classroom.col_name")),
            "answered": st.column_config.NumberColumn(
                msg("classroom.col_answered", total=total), format="%d"
            ),
            "progress": st.column_config.ProgressColumn(
                msg("classroom.col_progress"), min_value=0.0, max_value=1.0, format="percent"
            ),
            "finished": st.column_config.TextColumn(
                msg("classroom.col_finished"), alignment="center"
            ),
            "percent": st.column_config.NumberColumn(msg("classroom.col_score"), format="%d%%"),
        },
        key="classroom/students",
    )
    if _ranked(results, scores):
        leaderboard(msg, results)
    if results.session.is_open:
        remove(msg, results, host_key)
    if results.removed:
        names = ", ".join(p.name_text for p in results.removed)
        st.caption(msg("classroom.removed_list", names=escape_markdown(names)))


def _cell(column: str, value: object) -> object:
    # A read-only checkbox is drawn pale grey, too faint for a projector: a tick instead.
    if column == "finished":
        return "✓" if value else ""
    return value


def leaderboard(msg: Messages, results: ClassResults) -> None:
    st.markdown(f"**{msg('classroom.leaderboard_title')}**")
    rows = [
        {"rank": rank, "name": entry.participant.name, "points": f"{entry.result.credit:g}"}
        for rank, entry in results.leaderboard()[:10]
    ]
    st.dataframe(
        rows,
        hide_index=True,
        column_config={
            "rank": msg("classroom.col_rank"),
            "name": msg("classroom.col_name"),
            "points": msg("classroom.col_points"),
        },
    )


def _remove(host_key: str, key: str) -> None:
    participant_id = st.session_state.get(key)
    if participant_id is None:
        return
    try:
        live.store().remove_participant(host_key, participant_id)
    except ClassroomError as error:
        st.session_state["classroom/remove-error"] = error


def remove(msg: Messages, results: ClassResults, host_key: str) -> None:
    names = {entry.participant.id: entry.participant.name for entry in results.participants}
    with st.popover(msg("classroom.remove"), icon=":material/person_remove:"):
        st.selectbox(
            msg("classroom.remove_who"),
            list(names),
            index=None,
            placeholder=msg("classroom.remove_placeholder"),
            format_func=names.__getitem__,
            key="classroom/remove-who",
        )
        st.caption(msg("classroom.remove_help"))
        st.button(
            msg("classroom.remove_now"),
            key="classroom/remove-now",
            on_click=_remove,
            args=(host_key, "classroom/remove-who"),
        )
    error = st.session_state.pop("classroom/remove-error", None)
    if error is not None:
        live.show_refusal(msg, error, "host")


def questions(
    msg: Messages,
    results: ClassResults,
    projector: ProjectorSettings,
    scores: bool,
    *,
    follow: bool = False,
) -> None:
    """The per-question chart (once scores show) and the answers to one question: the one
    picked, or with `follow` (the projector) the one the teacher has open, when one is."""
    session = results.session
    if session.options.pacing == "teacher" and session.current_position is None:
        return  # nothing is open yet: the projector shows no question before the teacher does
    st.subheader(msg("classroom.per_question"))
    rows = question_rows(results, msg("classroom.question_n"))
    if any(row["answered"] for row in rows) and scores:
        rtl = msg.dir == "rtl"
        # Every question has its place on the axis, answered or not; question 1 is where a
        # reader of the interface starts.
        x = alt.X(
            "number:O",
            title=msg("classroom.question"),
            scale=alt.Scale(domain=[row["number"] for row in rows], reverse=rtl),
            axis=alt.Axis(labelAngle=0),
        )
        y = alt.Y(
            "percent:Q",
            title=msg("classroom.percent_correct"),
            scale=alt.Scale(domain=[0, 100]),
            axis=alt.Axis(orient="right" if rtl else "left"),
        )
        tooltip = [
            alt.Tooltip("question:N", title=msg("classroom.question")),
            alt.Tooltip("percent:Q", title=msg("classroom.percent_correct")),
            alt.Tooltip("answered:Q", title=msg("classroom.answers")),
        ]
        chart = (
            alt.Chart(alt.Data(values=rows))
            .mark_bar(color="#1f77b4")
            .encode(x=x, y=y, tooltip=tooltip)
            .properties(height=220)
        )
        st.altair_chart(chart, width="stretch")
    numbers = {q.number: q.question_id for q in session.questions}
    current = session.current_question
    if follow and current is not None:
        st.markdown(f"**{msg('classroom.question_n', number=current.number)}**")
        picked = current.number
    else:
        # Teacher-paced: the chart follows the question the teacher opens.
        if current is not None and st.session_state.get("classroom/followed") != current.number:
            st.session_state["classroom/followed"] = current.number
            st.session_state[PICK_KEY] = current.number
        picked = st.selectbox(
            msg("classroom.answers_to"),
            list(numbers),
            format_func=lambda n: msg("classroom.question_n", number=n),
            key=PICK_KEY,
        )
    question_id = numbers[picked or 1]
    question = results.quiz.question(question_id)
    state = session.question_state(question_id)
    show_key = projector.answer_key or (state is not None and state.revealed)
    with common.content(session.language, "dash-question"):
        take_question.prompt(results.quiz, question)
    distribution(msg, results, question, show_key)


def distribution(msg: Messages, results: ClassResults, question: Question, show_key: bool) -> None:
    labels = (msg("take.true_label"), msg("take.false_label"))
    rows = option_rows(results, question.id or "", labels, show_key)
    stats = next(q for q in results.questions if q.question_id == question.id)
    st.caption(msg("classroom.answered_by", count=stats.answered))
    if not rows or not stats.answered:
        return
    rtl = msg.dir == "rtl"
    colours = alt.Scale(domain=["right", "other", "any"], range=["#1b7f3b", "#9aa5b1", "#1f77b4"])
    chart = (
        alt.Chart(alt.Data(values=rows))
        .mark_bar()
        .encode(
            y=alt.Y(
                "option:N",
                sort=None,
                title=None,
                axis=alt.Axis(labelLimit=360, labelFontSize=15, orient="right" if rtl else "left"),
            ),
            x=alt.X(
                "count:Q",
                title=msg("classroom.students_count"),
                scale=alt.Scale(reverse=rtl),
                axis=alt.Axis(tickMinStep=1, format="d"),
            ),
            color=alt.Color("kind:N", scale=colours, legend=None),
        )
        .properties(height=alt.Step(40))
    )
    st.altair_chart(chart, width="stretch")
    if show_key:
        st.caption(msg("classroom.green_is_right"))


def skills(msg: Messages, results: ClassResults) -> None:
    if not any(entry.answered for entry in results.participants):
        return
    st.subheader(msg("classroom.per_skill"))
    take_results.skill_chart(results.skills, msg)
    d = results.discernment
    st.subheader(msg("result.discernment"))
    hit, false_alarm = percent(d.hit_rate), percent(d.false_alarm_rate)
    if hit is None and false_alarm is None:
        st.info(msg("result.discernment_none"))
    else:
        left, right = st.columns(2)
        left.metric(msg("classroom.hit_rate"), "–" if hit is None else f"{hit}%")
        right.metric(
            msg("classroom.false_alarm_rate"), "–" if false_alarm is None else f"{false_alarm}%"
        )
        if hit is not None and false_alarm is not None:
            st.write(msg("classroom.discernment_sentence", hit=hit, false_alarm=false_alarm))
    confidence(msg, results)


def confidence(msg: Messages, results: ClassResults) -> None:
    rows = confidence_rows(results)
    if not rows:
        return
    st.subheader(msg("result.confidence"))
    rtl = msg.dir == "rtl"
    x = alt.X(
        "level:O",
        title=msg("classroom.confidence_level"),
        scale=alt.Scale(domain=["1", "2", "3", "4", "5"], reverse=rtl),
        axis=alt.Axis(labelAngle=0),
    )
    y = alt.Y(
        "percent:Q",
        title=msg("classroom.percent_correct"),
        scale=alt.Scale(domain=[0, 100]),
        axis=alt.Axis(orient="right" if rtl else "left"),
    )
    chart = (
        alt.Chart(alt.Data(values=rows))
        .mark_bar(color="#6c5ce7")
        .encode(x=x, y=y, tooltip=[alt.Tooltip("answered:Q", title=msg("classroom.answers"))])
        .properties(height=200)
    )
    st.altair_chart(chart, width="stretch")
    st.caption(msg("classroom.confidence_help"))
