"""The result page: score, a chart per skill, discernment in one plain sentence, the
review question by question (unless the quiz hides answers), and "try again"."""

from __future__ import annotations

import secrets
from collections.abc import Sequence

import altair as alt
import streamlit as st

from literacy.quiz.model import Quiz
from literacy.scoring import Result, SkillResult, score
from literacy.ui.attempt import Attempt, answers, question_order, verdict
from literacy.ui.html import escape_markdown
from literacy.ui.i18n import Messages
from views import common, question

SYMBOLS = {"correct": "✓", "partly": "◐", "wrong": "✗"}


def _percent(value: float | None) -> int:
    return round(100 * value) if value is not None else 0


def _points(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


def skill_chart(skills: Sequence[SkillResult], msg: Messages) -> None:
    """Percent of points per skill (one student's, or a class's)."""
    rows = [{"skill": msg.skill(s.skill), "percent": round(s.percent)} for s in skills]
    rtl = msg.dir == "rtl"
    # In the Arabic interface the bars grow from the right, where a reader starts.
    x = alt.X(
        "percent:Q",
        title=msg("result.percent_axis"),
        scale=alt.Scale(domain=[0, 100], reverse=rtl),
        axis=alt.Axis(values=[0, 25, 50, 75, 100]),
    )
    y = alt.Y(
        "skill:N",
        sort=None,
        title=None,
        axis=alt.Axis(orient="right" if rtl else "left", labelFontSize=13, labelLimit=260),
    )
    base = alt.Chart(alt.Data(values=rows)).encode(x=x, y=y)
    bars = base.mark_bar(color="#1f77b4")
    labels = base.mark_text(align="right" if rtl else "left", dx=-4 if rtl else 4).encode(
        text=alt.Text("percent:Q", format="d")
    )
    st.altair_chart((bars + labels).properties(height=45 * len(rows) + 40), width="stretch")


def discernment(result: Result, msg: Messages) -> None:
    d = result.discernment
    st.subheader(msg("result.discernment"))
    if d.hit_rate is None and d.false_alarm_rate is None:
        st.info(msg("result.discernment_none"))
        return
    unreliable = d.hits + d.misses
    reliable = d.false_alarms + d.correct_rejections
    left, right = st.columns(2)
    if d.hit_rate is not None:
        left.metric(
            msg("result.hit_rate"),
            msg("result.rate_value", count=d.hits, total=unreliable, percent=_percent(d.hit_rate)),
        )
    if d.false_alarm_rate is not None:
        right.metric(
            msg("result.false_alarm_rate"),
            msg(
                "result.rate_value",
                count=d.false_alarms,
                total=reliable,
                percent=_percent(d.false_alarm_rate),
            ),
        )
    if d.hit_rate is not None and d.false_alarm_rate is not None:
        st.write(
            msg(
                "result.discernment_sentence",
                hits=d.hits,
                unreliable=unreliable,
                false_alarms=d.false_alarms,
                reliable=reliable,
            )
        )


def confidence(result: Result, msg: Messages) -> None:
    summary = result.confidence
    if not summary.rated:
        return

    def mean(value: float | None) -> str:
        return f"{value:.1f}" if value is not None else msg("result.confidence_dash")

    st.subheader(msg("result.confidence"))
    st.write(
        msg(
            "result.confidence_sentence",
            right=mean(summary.mean_when_correct),
            wrong=mean(summary.mean_when_wrong),
        )
    )


def review(quiz: Quiz, attempt: Attempt, msg: Messages) -> None:
    st.subheader(msg("result.review"))
    if quiz.settings.show_explanations == "never":
        st.info(msg("result.review_hidden"))
        return
    with common.content(quiz.language, "review"):
        for number, item in enumerate(question_order(quiz, attempt), 1):
            response = attempt.responses.get(item.id or "")
            symbol = SYMBOLS[verdict(item, response)] if response is not None else "–"
            prompt = item.prompt if len(item.prompt) <= 90 else item.prompt[:89] + "…"
            # The label is quiz text, in the quiz's direction; inside, the verdict and
            # headings are interface text and go back to the interface's direction.
            label = f"{symbol} {number}. {escape_markdown(prompt)}"
            with st.expander(label), common.content(msg.language, f"review-{number}"):
                question.prompt(quiz, item)
                question.feedback(quiz, item, attempt, msg)


def _try_again(attempt: Attempt, attempts_key: str) -> None:
    st.session_state[attempts_key][attempt.quiz_id] = attempt.retry(secrets.randbelow(2**31))


def show(
    quiz: Quiz, attempt: Attempt, msg: Messages, attempts_key: str = common.ATTEMPTS_KEY
) -> None:
    """The results of a finished try; "try again" starts a new one in `attempts_key`."""
    result = score(quiz, answers(quiz, attempt))
    common.heading(quiz.title, quiz.language)
    st.title(msg("result.title"))
    if attempt.timed_out:
        st.warning(msg("author.timer_up", minutes=quiz.settings.time_limit_minutes))
    st.metric(
        msg("result.score"),
        msg(
            "result.score_value",
            credit=_points(result.credit),
            points=_points(result.points),
            percent=round(result.percent),
        ),
    )
    st.subheader(msg("result.per_skill"))
    skill_chart(result.skills, msg)
    discernment(result, msg)
    confidence(result, msg)
    st.button(
        msg("result.try_again"),
        type="primary",
        key="take/try-again",
        on_click=_try_again,
        args=(attempt, attempts_key),
        icon=":material/replay:",
    )
    review(quiz, attempt, msg)
    st.page_link(common.PAGES["library"], label=msg("take.to_library"), icon=":material/list:")
