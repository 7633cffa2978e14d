"""What the classroom pages show, computed without Streamlit: links, refusals in the
interface language, a student's answer as widgets hold it, and the rows of the dashboard's
charts. The pages only render these.

Nothing here sees the answer key on behalf of a student: rows that mark the right options
are built for the teacher's dashboard only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any, Literal
from urllib.parse import urlencode, urlsplit, urlunsplit

from literacy.classroom import (
    AnswerFinal,
    ClassResults,
    ClassroomError,
    DuplicateName,
    InvalidName,
    NotAuthorized,
    ParticipantFinished,
    ParticipantRemoved,
    QuestionLocked,
    QuestionNotOpen,
    SessionClosed,
    SessionInfo,
    SessionNotFound,
    UnknownQuestion,
    name_html,
    name_text,
)
from literacy.classroom.names import MAX_NAME_LENGTH
from literacy.quiz import MarkWords, MultipleChoice, Question, SingleChoice, TrueFalse
from literacy.scoring import InvalidAnswer
from literacy.ui.attempt import Response
from literacy.ui.html import escape_markdown

# Who met a refusal: a student, the teacher's host link, the teacher's password, a projector.
Who = Literal["student", "host", "teacher", "view"]
# Where a page is when no browser told us (AppTest, a script): the address `make run` opens.
FALLBACK_BASE = "http://localhost:8501"
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "0.0.0.0"})


# ---- links ----------------------------------------------------------------------------


def app_base_url(page_url: str | None, public_url: str | None = None) -> str:
    """The app's root URL, without a trailing slash: `LITERACY_PUBLIC_URL` when a school set
    it (a proxy whose outside address the app cannot see), else the browser's page URL
    without its last path segment (the page's own `url_path`)."""
    if public_url and public_url.strip():
        return public_url.strip().rstrip("/")
    if not page_url:
        return FALLBACK_BASE
    parts = urlsplit(page_url)
    path = parts.path.rstrip("/")
    path = path.rsplit("/", 1)[0] if "/" in path else ""
    return urlunsplit((parts.scheme, parts.netloc, path, "", "")).rstrip("/")


def join_url(base: str, code: str, language: str) -> str:
    """The link students open: the join page with the code filled in."""
    return f"{base}/join?{urlencode({'code': code, 'lang': language})}"


def host_url(base: str, host_key: str, language: str) -> str:
    """The teacher's secret link back to the dashboard."""
    return f"{base}/classroom?{urlencode({'host': host_key, 'lang': language})}"


def projector_url(base: str, view_key: str, language: str) -> str:
    """The projector's read-only link: safe to show the class, it can change nothing."""
    return f"{base}/classroom?{urlencode({'view': view_key, 'lang': language})}"


def is_local(url: str) -> bool:
    """A link that only this computer can open (phones cannot reach `localhost`)."""
    return (urlsplit(url).hostname or "") in LOCAL_HOSTS


def spaced_code(code: str) -> str:
    """A join code read aloud or from afar in two groups of three: «HJK 479»."""
    return f"{code[:3]} {code[3:]}" if len(code) == 6 else code


def join_code_html(code: str, label: str) -> str:
    """The join code as large as the projector allows; always left-to-right."""
    return (
        f'<div class="lit-join-code-box"><div class="lit-join-label">{escape(label)}</div>'
        f'<div class="lit-join-code" dir="ltr" lang="en">{escape(spaced_code(code))}</div></div>'
    )


def link_html(url: str) -> str:
    """A URL shown as text and link, left-to-right inside any interface."""
    safe = escape(url, quote=True)
    return f'<p class="lit-join-link" dir="ltr"><a href="{safe}" target="_blank">{safe}</a></p>'


def names_html(names: Sequence[str]) -> str:
    """Who joined, as chips for the projector: each name escaped and isolated (`<bdi>`), so
    neither markup nor a right-to-left name can change the text around it."""
    chips = "".join(f"<li>{name_html(name)}</li>" for name in names)
    return f'<ul class="lit-names">{chips}</ul>'


# ---- refusals in the interface language --------------------------------------------------


@dataclass(frozen=True, slots=True)
class Notice:
    """A message key of the `classroom` catalogue section and its values (Markdown-safe)."""

    key: str
    values: dict[str, Any]


def refusal(error: Exception, who: Who = "student") -> Notice:
    """The sentence a page shows for a classroom error; names and codes escaped for Markdown
    (Streamlit's alerts render Markdown) and isolated, so an Arabic name cannot reorder an
    English sentence."""

    def name(raw: str) -> str:
        return escape_markdown(name_text(raw))

    if isinstance(error, SessionNotFound):
        return Notice("classroom.error_not_found", {"code": escape_markdown(error.code)})
    if isinstance(error, SessionClosed):
        return Notice("classroom.error_closed", {})
    if isinstance(error, DuplicateName):
        return Notice("classroom.error_duplicate", {"name": name(error.name)})
    if isinstance(error, InvalidName):
        reason = error.reason if error.reason in NAME_REASONS else "empty"
        return Notice(f"classroom.error_name_{reason}", {"max": MAX_NAME_LENGTH})
    if isinstance(error, ParticipantRemoved):
        return Notice("classroom.error_removed", {"name": name(error.name)})
    if isinstance(error, QuestionLocked):
        return Notice("classroom.error_locked", {"number": error.number})
    if isinstance(error, QuestionNotOpen):
        return Notice("classroom.error_not_open", {"number": error.number})
    if isinstance(error, ParticipantFinished):
        return Notice("classroom.error_finished", {"number": error.number})
    if isinstance(error, AnswerFinal):
        return Notice("classroom.error_final", {"number": error.number})
    if isinstance(error, UnknownQuestion):
        return Notice("classroom.error_unknown_question", {})
    if isinstance(error, InvalidAnswer):
        return Notice("classroom.error_invalid_answer", {})
    if isinstance(error, NotAuthorized):
        return Notice(f"classroom.error_unauthorized_{who}", {})
    if isinstance(error, ClassroomError):
        return Notice("classroom.error_other", {"detail": escape_markdown(str(error))})
    raise error


NAME_REASONS = ("empty", "too_long", "direction_control", "markup", "control")


# ---- a student's answer, as widgets hold it --------------------------------------------


def response_or_none(question: Question, value: Any) -> Response | None:
    """What a widget holds as an answer the store takes, or None when it is not one yet (no
    pick, an empty selection)."""
    if isinstance(question, TrueFalse):
        return value if isinstance(value, bool) else None
    if isinstance(question, SingleChoice):
        ok = isinstance(value, int) and not isinstance(value, bool)
        return value if ok and 0 <= value < len(question.choices) else None
    if isinstance(question, MultipleChoice | MarkWords):
        picked = tuple(sorted({int(i) for i in value or ()}))
        return picked or None
    return None


# ---- the dashboard's rows ----------------------------------------------------------------


def scores_settled(session: SessionInfo) -> bool:
    """Whether the room may see who is right (scores, percent correct, skills) without the
    teacher asking: only when no answer shown in them can still change. Before that, a
    projected score that moves when a student changes an answer tells them which is right.
    Closed: settled. Teacher-paced: only the open question takes answers, so settled once it
    is locked (revealing locks it) or none is open. Self-paced: once every question is locked."""
    if not session.is_open:
        return True
    if session.options.pacing == "teacher":
        current = session.current_question
        return current is None or current.locked
    return all(q.locked for q in session.questions)


def question_rows(results: ClassResults, label: str) -> list[dict[str, Any]]:
    """Per question: percent correct among those who answered (None before anyone did)."""
    return [
        {
            "question": label.format(number=q.number),
            "number": q.number,
            "percent": round(q.percent_correct) if q.percent_correct is not None else None,
            "answered": q.answered,
        }
        for q in results.questions
    ]


def option_rows(
    results: ClassResults,
    question_id: str,
    true_false: tuple[str, str],
    show_key: bool,
    limit: int = 60,
) -> list[dict[str, Any]]:
    """How many students picked each option of one question. `correct` is filled in only
    when `show_key` (the teacher asked to see the key, or the answer was revealed), so a
    projected dashboard does not give the answer away."""
    stats = next(q for q in results.questions if q.question_id == question_id)
    rows = []
    for option in stats.options:
        if stats.type == "true_false":
            text = true_false[0] if option.key == "true" else true_false[1]
        else:
            # No letter: each student saw the choices in their own order, and "a)" beside
            # Arabic text lands at the wrong end of a chart label.
            text = option.label
        if len(text) > limit:
            text = text[: limit - 1] + "…"
        rows.append(
            {
                "option": text,
                "count": option.count,
                "kind": ("right" if option.correct else "other") if show_key else "any",
            }
        )
    if stats.type == "mark_words":
        # A passage has many words; the dashboard shows the ones someone marked or that the
        # teacher may want to see marked.
        rows = [
            r for r, o in zip(rows, stats.options, strict=True) if o.count or r["kind"] == "right"
        ]
    return rows


def confidence_rows(results: ClassResults) -> list[dict[str, Any]]:
    """Per confidence level 1–5 that someone used: how often those answers were right."""
    return [
        {
            "level": str(level.level),
            "percent": round(level.percent_correct or 0),
            "answered": level.answered,
        }
        for level in results.confidence
        if level.answered
    ]


def progress_rows(results: ClassResults) -> list[dict[str, Any]]:
    """One row per student for the teacher's table: name, answered, whether they finished
    (self-paced sessions only: in a teacher-paced one the teacher ends the quiz), score."""
    total = len(results.session.questions)
    self_paced = results.session.options.pacing == "self"
    return [
        {
            "id": entry.participant.id,
            "name": entry.participant.name,
            "answered": entry.answered,
            "progress": entry.answered / total if total else 0.0,
            **({"finished": entry.participant.finished} if self_paced else {}),
            "percent": round(entry.result.percent),
        }
        for entry in results.participants
    ]


def finished_count(results: ClassResults) -> tuple[str, int]:
    """The dashboard's "done" figure: who finished (self-paced), or who answered everything
    (teacher-paced, where students do not finish by themselves); a message key and a count."""
    if results.session.options.pacing == "self":
        return "classroom.finished_count", sum(e.participant.finished for e in results.participants)
    total = len(results.session.questions)
    answered_all = sum(entry.answered == total for entry in results.participants)
    return "classroom.answered_all_count", answered_all


def percent(value: float | None) -> int | None:
    return None if value is None else round(100 * value)
