"""Take a quiz (solo practice): the article beside one question at a time, feedback after
each answer or at the end as the quiz's settings say, then the results.

The URL names the quiz (/take?quiz=ID); the session holds one `Attempt` per quiz (ids and
answers only). Buttons act through callbacks, so a click costs one rerun, not two.
"""

from __future__ import annotations

import math
import secrets
import time

import streamlit as st

from literacy.quiz.model import MarkWords, Quiz
from literacy.ui.attempt import (
    Attempt,
    end_on_time,
    has_response,
    question_order,
    quiz_version,
    seconds_left,
    unanswered,
)
from literacy.ui.html import Mark, article_html, escape_markdown
from literacy.ui.i18n import Messages
from views import common, question, results


def current_attempt(quiz: Quiz, msg: Messages) -> Attempt:
    attempts: dict[str, Attempt] = st.session_state.setdefault(common.ATTEMPTS_KEY, {})
    version = quiz_version(quiz)
    attempt = attempts.get(quiz.id)
    if attempt is None or attempt.version != version:
        if attempt is not None:
            st.info(msg("take.quiz_changed"))
        attempt = Attempt(quiz.id, seed=secrets.randbelow(2**31), version=version)
        attempts[quiz.id] = attempt
    return attempt


def chooser(msg: Messages) -> None:
    entries = common.library().entries
    if not entries:
        st.info(msg("take.empty_library"))
        st.page_link(common.PAGES["library"], label=msg("take.to_library"))
        return
    st.write(msg("take.choose"))
    titles = {entry.id: entry.quiz.title for entry in entries}
    chosen = st.selectbox(
        msg("take.choose_label"),
        list(titles),
        index=None,
        placeholder=msg("take.choose_placeholder"),
        format_func=titles.__getitem__,
        key="take/choose",
    )
    if chosen:
        st.query_params["quiz"] = chosen
        st.rerun()


# ---- button callbacks: they run before the page script, so the page shows their effect --


def _check(quiz: Quiz, attempt: Attempt, position: int) -> None:
    current = question_order(quiz, attempt)[position]
    question.remember(quiz, current, attempt)
    if has_response(current, attempt.responses.get(current.id or "")):
        attempt.checked.add(current.id or "")
    else:
        st.session_state[question.NOTICE_KEY] = question.need_answer_message(current)


def _move(attempt: Attempt, position: int) -> None:
    attempt.position = position


def _jump(attempt: Attempt, key: str) -> None:
    chosen = st.session_state.get(key)
    if chosen is not None:
        attempt.position = chosen


def jump_bar(quiz: Quiz, attempt: Attempt, position: int, msg: Messages) -> None:
    """Numbered buttons to any question, ✓ on the answered ones. Only while answers can
    still change (explanations at the end or never): after each answer, the way is on."""
    order = question_order(quiz, attempt)
    key = attempt.widget_key("quiz", "jump")
    # Set before the widget exists, so the highlighted number follows Next and Previous.
    st.session_state[key] = position
    st.pills(
        msg("take.jump"),
        range(len(order)),
        format_func=lambda i: f"{i + 1} ✓" if order[i].id in attempt.responses else str(i + 1),
        key=key,
        on_change=_jump,
        args=(attempt, key),
        label_visibility="collapsed",
    )


def _finish(quiz: Quiz, attempt: Attempt, force: bool) -> None:
    if force or not unanswered(quiz, attempt):
        attempt.finished = True
    else:
        st.session_state["take/confirm-finish"] = True


def navigation(quiz: Quiz, attempt: Attempt, position: int, total: int, msg: Messages) -> None:
    qid = question_order(quiz, attempt)[position].id or ""
    after_each = quiz.settings.show_explanations == "after_each"
    last = position == total - 1
    # Arrows point the way the interface reads: "next" points left in Arabic.
    forward, back = ":material/arrow_forward:", ":material/arrow_back:"
    if msg.dir == "rtl":
        forward, back = back, forward
    cols = st.columns(2)
    with cols[0]:
        if after_each and qid not in attempt.checked:
            st.button(
                msg("take.check"),
                type="primary",
                key="take/check",
                on_click=_check,
                args=(quiz, attempt, position),
                icon=":material/check:",
            )
        elif last:
            st.button(
                msg("take.results" if after_each else "take.finish"),
                type="primary",
                key="take/finish",
                on_click=_finish,
                args=(quiz, attempt, False),
                icon=":material/flag:",
            )
        else:
            st.button(
                msg("take.next"),
                type="primary",
                key="take/next",
                on_click=_move,
                args=(attempt, position + 1),
                icon=forward,
            )
    with cols[1]:
        if position > 0:
            st.button(
                msg("take.previous"),
                key="take/previous",
                on_click=_move,
                args=(attempt, position - 1),
                icon=back,
            )
    if st.session_state.pop("take/confirm-finish", False):
        numbers = ", ".join(str(n) for n in unanswered(quiz, attempt))
        st.warning(msg("take.unanswered", numbers=numbers))
        st.button(
            msg("take.finish_anyway"),
            key="take/finish-anyway",
            on_click=_finish,
            args=(quiz, attempt, True),
        )


@st.fragment(run_every=5)
def time_left(quiz: Quiz, attempt: Attempt, msg: Messages) -> None:
    """The time left, when the quiz has a limit: refreshed every few seconds on its own,
    and the whole page reruns (to the results) the moment it runs out."""
    left = seconds_left(quiz, attempt, time.time())
    if left is None:
        return
    if left <= 0:
        st.rerun()
    if left < 60:
        st.warning(msg("author.timer_seconds"), icon=":material/timer:")
    else:
        st.caption(f":material/timer: {msg('author.timer_left', minutes=math.ceil(left / 60))}")


def run(quiz: Quiz, attempt: Attempt, msg: Messages, attempts_key: str) -> None:
    """The quiz or, once finished or out of time, the results. The clock of a timed quiz
    starts when its first question is shown."""
    if quiz.settings.time_limit_minutes is not None and not attempt.finished:
        now = time.time()
        if attempt.started_at is None:
            attempt.started_at = now
        if seconds_left(quiz, attempt, now) == 0:
            end_on_time(quiz, attempt)
    if attempt.finished:
        results.show(quiz, attempt, msg, attempts_key)
    else:
        take(quiz, attempt, msg)


def take(quiz: Quiz, attempt: Attempt, msg: Messages) -> None:
    order = question_order(quiz, attempt)
    total = len(order)
    position = min(max(attempt.position, 0), total - 1)
    current = order[position]
    qid = current.id or ""
    locked = qid in attempt.checked
    after_each = quiz.settings.show_explanations == "after_each"

    common.heading(quiz.title, quiz.language)
    # Filled in last, once this run's answer is remembered, so the count and the ✓ marks
    # include the click that caused the run.
    header = st.container()

    marks = []
    if locked and current.evidence is not None and current.evidence.start is not None:
        marks.append(Mark(current.evidence.start, current.evidence.end or 0))
    article_col, question_col = st.columns([3, 2], gap="large")
    with article_col, st.container(height=620, key="article"):
        st.html(article_html(quiz.article, quiz.language, marks))
    with question_col:
        with common.content(quiz.language, "question"):
            question.prompt(quiz, current)
            if isinstance(current, MarkWords):
                st.caption(msg("take.mark_help"))
            question.answer_widgets(quiz, current, attempt, msg, locked)
        if quiz.settings.ask_confidence:
            question.confidence_widget(current, attempt, msg, locked)
        if not locked:
            question.remember(quiz, current, attempt)
        question.show_notice(msg)
        if locked:
            question.feedback(quiz, current, attempt, msg)
        navigation(quiz, attempt, position, total, msg)
    with header:
        if quiz.settings.time_limit_minutes is not None:  # no 5-second reruns otherwise
            time_left(quiz, attempt, msg)
        done = sum(
            q.id in attempt.checked if after_each else q.id in attempt.responses for q in order
        )
        st.progress(done / total, text=msg("take.progress", number=position + 1, total=total))
        if not after_each:
            jump_bar(quiz, attempt, position, msg)


def main() -> None:
    msg = common.messages()
    quiz_id = st.query_params.get("quiz")
    if not quiz_id:
        st.title(msg("take.title"))
        chooser(msg)
        return
    entry = common.library().get(quiz_id)
    if entry is None:
        st.error(msg("take.not_found", id=escape_markdown(quiz_id)))
        chooser(msg)
        return
    run(entry.quiz, current_attempt(entry.quiz, msg), msg, common.ATTEMPTS_KEY)


# The Author page previews a quiz with this page's parts, so importing it must not run it.
if __name__ == "__main__":
    main()
