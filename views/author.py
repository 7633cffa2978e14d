"""Author: from a news article to a quiz, with the teacher in the loop.

Five steps, each a tab that runs only while it is open: the article (pasted or uploaded),
the review of its analysis, the questions (generated, then edited as a form or as YAML),
a preview as a student, and saving or exporting. /author?quiz=ID opens a library quiz
in the editor; everything the teacher types is kept in the session (see author_state).
"""

from __future__ import annotations

from types import MappingProxyType

import streamlit as st

from literacy.ui.html import escape_markdown
from literacy.ui.library import QuizEntry
from views import author_article, author_publish, author_questions, author_review, common
from views.author_state import (
    ARTICLE_KEY,
    GENERATED_KEY,
    REVIEW_KEY,
    STEP_KEY,
    STEPS,
    css,
    go_to,
    keep,
    notify,
    remember_tab,
    set_yaml,
    show_notices,
    steady_tabs,
    unsaved_work,
)

OPENED_KEY = "author/opened"
_RENDER = MappingProxyType(
    {
        "article": author_article.show,
        "review": author_review.show,
        "questions": author_questions.show,
        "preview": author_publish.preview,
        "publish": author_publish.publish,
    }
)


def _open(entry: QuizEntry) -> None:
    """Put a library quiz in the editor, and its article in the article box."""
    st.session_state[OPENED_KEY] = entry.id
    try:
        source = entry.path.read_text(encoding="utf-8-sig")
    except OSError as error:
        notify("error", "author.open_failed", id=entry.id, error=error.strerror or str(error))
        return
    set_yaml(source)
    st.session_state[ARTICLE_KEY] = entry.quiz.article.text
    keep(source, entry.quiz.article.text)
    st.session_state[author_article.LANGUAGE_KEY] = entry.quiz.language
    # The review and the last generation were of another article.
    st.session_state.pop(REVIEW_KEY, None)
    st.session_state.pop(GENERATED_KEY, None)
    notify("info", "author.opened", title=entry.quiz.title)
    go_to("questions")


def _keep_draft(quiz_id: str) -> None:
    st.session_state[OPENED_KEY] = quiz_id
    st.query_params.pop("quiz", None)


def open_from_link(msg) -> None:
    """/author?quiz=ID: open that quiz once, asking first when it would replace edits."""
    quiz_id = st.query_params.get("quiz")
    if not quiz_id or st.session_state.get(OPENED_KEY) == quiz_id:
        return
    entry = common.library().get(quiz_id)
    if entry is None:
        st.error(msg("author.not_found", id=escape_markdown(quiz_id)))
        return
    if not author_publish.unlocked():
        # The editor shows every answer at once: on a shared server, teachers only.
        st.warning(msg("author.open_locked", title=escape_markdown(entry.quiz.title)))
        show_notices(msg, "open")
        author_publish.unlock_form(msg, "open")
        return
    if not unsaved_work():
        _open(entry)
        return
    st.warning(msg("author.open_confirm", title=escape_markdown(entry.quiz.title)))
    with st.container(horizontal=True):
        st.button(
            msg("author.open_anyway"),
            key="author/open-anyway",
            type="primary",
            on_click=_open,
            args=(entry,),
        )
        st.button(
            msg("author.keep_draft"), key="author/keep-draft", on_click=_keep_draft, args=(quiz_id,)
        )


def main() -> None:
    msg = common.messages()
    st.html(css())
    st.title(msg("author.title"))
    st.caption(msg("author.intro"))
    open_from_link(msg)
    show_notices(msg)
    author_review.keep_unfinished_addition()
    labels = steady_tabs(msg, STEP_KEY, STEPS, "author.step_")
    tabs = st.tabs(labels, key=STEP_KEY, on_change="rerun")
    for step, tab in zip(STEPS, tabs, strict=True):
        if tab.open:
            remember_tab(STEP_KEY, step)
            with tab:
                _RENDER[step](msg)


main()
