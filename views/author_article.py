"""Author, step 1: the article, pasted or uploaded as a .txt file, analysed on demand.

The analysis runs only when the teacher asks for it (a button's callback), never at the
top of a rerun, and is cached by text and language.
"""

from __future__ import annotations

import re

import streamlit as st

from literacy.analysis import supported_languages
from literacy.errors import UnsupportedLanguageError
from literacy.text import LANGUAGES, detect_language
from literacy.ui.i18n import Messages
from views import common
from views.author_state import (
    ARTICLE_KEY,
    analysed,
    go_to,
    notify,
    review,
    start_review,
)

FILE_KEY = "author/file"
LANGUAGE_KEY = "author/article-language"
CONFIRM_KEY = "author/confirm-analyse"
AUTO = "auto"
# About fifteen pages of news: more is not one article, and would keep a teacher waiting.
MAX_CHARACTERS = 60_000
_LETTER = re.compile(r"[^\W\d_]")


def _language_name(msg: Messages, code: str) -> str:
    return msg.language_name(code) if code in LANGUAGES else code


def _load_file() -> None:
    file = st.session_state.get(FILE_KEY)
    if file is None:
        return
    if not file.name.lower().endswith(".txt"):
        notify("error", "author.file_not_txt", file=file.name)
        return
    try:
        text = file.getvalue().decode("utf-8-sig")
    except UnicodeDecodeError:
        notify("error", "author.file_not_utf8", file=file.name)
        return
    st.session_state[ARTICLE_KEY] = text
    notify("success", "author.file_loaded", file=file.name)


def analyse(confirmed: bool = False) -> None:
    """Analyse the article in the text box (a button's callback). The same text keeps its
    review; a new text asks first when the old review holds the teacher's decisions."""
    msg = common.messages()
    text = st.session_state.get(ARTICLE_KEY) or ""
    if not text.strip():
        notify("error", "author.empty_article")
        return
    if not _LETTER.search(text):
        notify("error", "author.no_words")
        return
    if len(text) > MAX_CHARACTERS:
        notify("error", "author.too_long", count=len(text), limit=MAX_CHARACTERS)
        return
    choice = st.session_state.get(LANGUAGE_KEY) or AUTO
    try:
        language = detect_language(text) if choice == AUTO else choice
        analysis = analysed(text, language)
    except UnsupportedLanguageError as error:
        notify(
            "error",
            "author.unsupported",
            language=_language_name(msg, error.language),
            supported=msg.join([_language_name(msg, c) for c in supported_languages()]),
        )
        return
    current = review()
    if current is not None and current.analysis == analysis:
        go_to("review")
        return
    if current is not None and current.changed and not confirmed:
        st.session_state[CONFIRM_KEY] = True
        return
    start_review(analysis)
    if not (analysis.sources or analysis.loaded or any(c.factual for c in analysis.claims)):
        notify("warning", "author.no_findings")
    go_to("review")


def show(msg: Messages) -> None:
    st.caption(msg("author.article_help"))
    # No `type=` filter: Streamlit's own refusal is English only; _load_file says it in
    # the interface language.
    st.file_uploader(
        msg("author.file_label"),
        key=FILE_KEY,
        on_change=_load_file,
        help=msg("author.file_help"),
    )
    st.text_area(
        msg("author.article_label"),
        key=ARTICLE_KEY,
        height=320,
        placeholder=msg("author.article_placeholder"),
        persist_state="session",
    )
    language_col, button_col = st.columns([2, 3], vertical_alignment="bottom")
    language_col.selectbox(
        msg("author.article_language"),
        (AUTO, *LANGUAGES),
        format_func=lambda c: msg("author.detect") if c == AUTO else msg.language_name(c),
        key=LANGUAGE_KEY,
        persist_state="session",
    )
    button_col.button(
        msg("author.analyse"),
        type="primary",
        key="author/analyse",
        icon=":material/manage_search:",
        on_click=analyse,
    )
    if st.session_state.pop(CONFIRM_KEY, False):
        st.warning(msg("author.reanalyse_confirm"))
        st.button(
            msg("author.reanalyse"), key="author/analyse-anyway", on_click=analyse, args=(True,)
        )
    current = review()
    if current is None:
        return
    if current.text != (st.session_state.get(ARTICLE_KEY) or ""):
        st.warning(msg("author.text_changed"))
        return
    sources, claims, loaded = (current.counts(g)[1] for g in ("sources", "claims", "loaded"))
    st.success(msg("author.analysed", sources=sources, claims=claims, loaded=loaded))
    st.button(msg("author.to_review"), key="author/to-review", on_click=go_to, args=("review",))
