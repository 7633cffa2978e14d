"""Author, steps 4 and 5: try the quiz as a student would (the Take page's own parts, on
the quiz in the editor), then download it, save it to the library, or export it for
Moodle or Canvas.

Saving can be kept to teachers: when LITERACY_TEACHER_PASSWORD is set, the page asks for
it once per session (compared in constant time).
"""

from __future__ import annotations

import hashlib
import os
import secrets

import streamlit as st

from literacy.errors import LiteracyError
from literacy.interop import FORMAT_INFO, FORMATS, Export, export
from literacy.quiz import Quiz
from literacy.ui.attempt import Attempt, quiz_version
from literacy.ui.html import escape_markdown, list_html, problems_html
from literacy.ui.i18n import Messages
from literacy.ui.library import save_quiz_source
from views import common, live, take
from views.author_questions import line_label
from views.author_state import (
    ARTICLE_KEY,
    BASELINE_KEY,
    Draft,
    draft,
    go_to,
    keep,
    notify,
    show_notices,
)

PREVIEW_KEY = "author/preview"
PASSWORD_KEY = "author/password"
UNLOCKED_KEY = "author/unlocked"
SAVED_KEY = "author/saved"
_EXPORTS_KEY = "author/exports"


def _usable(msg: Messages) -> Draft | None:
    """The draft when it is a valid quiz; otherwise say what to do first."""
    current = draft()
    if current is None:
        st.info(msg("author.no_quiz"))
        st.button(
            msg("author.to_questions"),
            key="author/publish-to-questions",
            on_click=go_to,
            args=("questions",),
        )
        return None
    if current.quiz is None:
        st.error(msg("author.invalid", count=len(current.problems)))
        st.html(problems_html(current.problems, line_label(msg), msg.language))
        st.button(
            msg("author.to_questions"),
            key="author/publish-fix",
            on_click=go_to,
            args=("questions",),
        )
        return None
    return current


# ---- preview ---------------------------------------------------------------------------


def _restart(quiz: Quiz) -> None:
    st.session_state.setdefault(PREVIEW_KEY, {}).pop(quiz.id, None)


def preview(msg: Messages) -> None:
    current = _usable(msg)
    if current is None:
        return
    quiz = current.quiz
    assert quiz is not None
    attempts: dict[str, Attempt] = st.session_state.setdefault(PREVIEW_KEY, {})
    attempt = attempts.get(quiz.id)
    # A changed quiz starts the preview again: answers to old questions mean nothing.
    if attempt is None or attempt.version != quiz_version(quiz):
        attempt = Attempt(quiz.id, seed=secrets.randbelow(2**31), version=quiz_version(quiz))
        attempts[quiz.id] = attempt
    info, restart = st.columns([4, 1], vertical_alignment="center")
    info.caption(msg("author.preview_help"))
    restart.button(
        msg("author.preview_restart"),
        key="author/preview-restart",
        icon=":material/restart_alt:",
        on_click=_restart,
        args=(quiz,),
    )
    with st.container(border=True, key="author-preview"):
        take.run(quiz, attempt, msg, PREVIEW_KEY)


# ---- save ------------------------------------------------------------------------------


def _fingerprint(password: str) -> str:
    return hashlib.sha256(password.encode("utf-8")).hexdigest()


def unlocked() -> bool:
    """True when no teacher password is set, or this session gave the current one."""
    expected = os.environ.get(live.PASSWORD_ENV)
    if not expected:
        return True
    # Unlocked for the password as it is now: a changed password locks every session.
    return st.session_state.get(UNLOCKED_KEY) == _fingerprint(expected)


def _unlock(where: str) -> None:
    expected = os.environ.get(live.PASSWORD_ENV) or ""
    given = st.session_state.get(PASSWORD_KEY) or ""
    st.session_state[PASSWORD_KEY] = ""  # never kept in the session
    if expected and live.teacher_password_ok(given):
        st.session_state[UNLOCKED_KEY] = _fingerprint(expected)
    else:
        notify("error", "author.password_wrong", where)


def unlock_form(msg: Messages, where: str) -> None:
    """The teacher password box and its button; a wrong password is said at `where`."""
    st.text_input(msg("author.password"), type="password", key=PASSWORD_KEY)
    st.button(
        msg("author.unlock"),
        key="author/unlock" if where == "save" else f"author/unlock-{where}",
        icon=":material/lock_open:",
        on_click=_unlock,
        args=(where,),
    )


def _save(quiz: Quiz, source: str) -> None:
    if not unlocked():
        return
    entry = common.library().get(quiz.id)
    if entry is not None and entry.origin == "bundled":
        return
    try:
        save_quiz_source(source, quiz, common.saved_quizzes_dir())
    except OSError as error:
        notify("error", "library.save_failed", "save", error=error.strerror or str(error))
        return
    common.forget_library()
    st.session_state[BASELINE_KEY] = source
    keep(source, st.session_state.get(ARTICLE_KEY) or "")
    st.session_state[SAVED_KEY] = (quiz.id, source)


def save(quiz: Quiz, source: str, msg: Messages) -> None:
    st.subheader(msg("author.save_title"))
    st.caption(msg("author.save_help"))
    show_notices(msg, "save")
    if not unlocked():
        unlock_form(msg, "save")
        return
    if st.session_state.get(SAVED_KEY) == (quiz.id, source):
        st.success(msg("author.saved_ok", title=escape_markdown(quiz.title)))
        common.link_to_quiz(msg, "take", quiz.id)
        return
    entry = common.library().get(quiz.id)
    if entry is not None and entry.origin == "bundled":
        st.warning(msg("author.id_bundled", id=quiz.id))
        return
    if entry is not None:
        st.info(msg("library.replace_note", id=quiz.id))
    st.button(
        msg("library.replace" if entry else "library.save"),
        key="author/save",
        type="primary",
        icon=":material/save:",
        on_click=_save,
        args=(quiz, source),
    )


# ---- downloads -------------------------------------------------------------------------


def exports(current: Draft) -> dict[str, Export | str]:
    """Each format's file (or why it could not be made), made once per version of the YAML."""
    memo = st.session_state.get(_EXPORTS_KEY)
    if memo is None or memo[0] != current.digest:
        made: dict[str, Export | str] = {}
        for fmt in FORMATS:
            try:
                made[fmt] = export(current.quiz, fmt)  # type: ignore[arg-type]
            except LiteracyError as error:
                made[fmt] = str(error)
        memo = (current.digest, made)
        st.session_state[_EXPORTS_KEY] = memo
    return memo[1]


def downloads(current: Draft, msg: Messages) -> None:
    quiz = current.quiz
    assert quiz is not None
    st.subheader(msg("author.download_title"))
    st.download_button(
        msg("author.download_yaml"),
        data=current.source.encode("utf-8"),
        file_name=f"{quiz.id}.yaml",
        mime="application/x-yaml",
        key="author/download-yaml",
        icon=":material/download:",
        on_click="ignore",
        type="primary",
    )
    st.subheader(msg("author.export_title"))
    st.caption(msg("author.export_help"))
    made = exports(current)
    for column, fmt in zip(st.columns(len(FORMATS)), FORMATS, strict=True):
        with column:
            result = made[fmt]
            if isinstance(result, str):
                st.error(
                    msg(
                        "author.export_failed",
                        format=FORMAT_INFO[fmt].label,
                        error=escape_markdown(result),
                    )
                )
                continue
            st.download_button(
                FORMAT_INFO[fmt].label,
                data=result.content,
                file_name=result.filename,
                mime=result.mime,
                key=f"author/export-{fmt}",
                icon=":material/file_export:",
                on_click="ignore",
            )
            if result.warnings:
                st.caption(msg("author.export_warnings", count=len(result.warnings)))
                notes = [w.text(msg.language) for w in result.warnings]
                st.html(list_html(notes, msg.language, "lit-problems"))


def publish(msg: Messages) -> None:
    current = _usable(msg)
    if current is None:
        return
    quiz = current.quiz
    assert quiz is not None
    downloads(current, msg)
    st.divider()
    save(quiz, current.source, msg)
