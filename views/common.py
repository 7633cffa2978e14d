"""What every page shares: the interface language, the quiz library, CSS, content blocks.

Nothing here is module-level state: the language lives in each session (and in the URL),
and the library is a Streamlit cache keyed by what is on disk.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from types import MappingProxyType

import streamlit as st

from literacy.ui.html import heading_html
from literacy.ui.i18n import UI_LANGUAGES, Messages, ui_language
from literacy.ui.library import Library, read_library, stamp

LANGUAGE_KEY = "lang"
# One `Attempt` per quiz id: a student can leave a quiz and come back to it.
ATTEMPTS_KEY = "take/attempts"
BUNDLED_QUIZZES = Path(__file__).resolve().parent.parent / "quizzes"
PAGES = {
    "library": "views/library.py",
    "take": "views/take.py",
    "author": "views/author.py",
    "about": "views/about.py",
    "classroom": "views/classroom.py",
    "join": "views/join.py",
}


def data_dir() -> Path:
    """Where saved quizzes and the classroom database live: `LITERACY_DATA_DIR`, else ./var."""
    return Path(os.environ.get("LITERACY_DATA_DIR") or "var")


def saved_quizzes_dir() -> Path:
    return data_dir() / "quizzes"


def language() -> str:
    return ui_language(st.session_state.get(LANGUAGE_KEY))


def messages() -> Messages:
    return Messages(language())


def language_switch() -> str:
    """The language picker, mirrored in `?lang=` so a shared link opens in its language.

    The URL decides only when a session starts; after that the picker does, and the URL
    follows it (a page switch drops query parameters, so it is written back every run).
    """
    if LANGUAGE_KEY not in st.session_state:
        st.session_state[LANGUAGE_KEY] = ui_language(st.query_params.get(LANGUAGE_KEY))
    names = {"ar": "العربية", "en": "English"}
    st.sidebar.segmented_control(
        "اللغة · Language",
        UI_LANGUAGES,
        required=True,
        format_func=names.__getitem__,
        key=LANGUAGE_KEY,
    )
    chosen = language()
    if st.query_params.get(LANGUAGE_KEY) != chosen:
        st.query_params[LANGUAGE_KEY] = chosen
    return chosen


@st.cache_resource(max_entries=4, show_spinner=False)
def _read_library(files: tuple) -> Library:
    # Quiz models are frozen, so one parsed copy can serve every session safely.
    return read_library(files)


def library() -> Library:
    """The bundled and saved quizzes; files are re-read only when they change on disk."""
    return _read_library(stamp([("bundled", BUNDLED_QUIZZES), ("saved", saved_quizzes_dir())]))


def forget_library() -> None:
    _read_library.clear()


@st.cache_data(show_spinner=False)
def _css(ui: str) -> str:
    folder = resources.files("literacy.ui")
    css = folder.joinpath("app.css").read_text(encoding="utf-8")
    if ui == "ar":
        css += folder.joinpath("app-rtl.css").read_text(encoding="utf-8")
    return f"<style>{css}</style>"


def inject_css(ui: str) -> None:
    st.html(_css(ui))


def content(language_code: str, name: str):
    """A container for widgets that show quiz content, so scoped CSS gives them the
    content's direction and fonts whatever the interface language is."""
    return st.container(key=f"{language_code}-{name}")


def heading(text: str, language_code: str, level: int = 2) -> None:
    """A heading made of quiz text (escaped), in the quiz's own direction."""
    st.html(heading_html(text, language_code, level))


# What a library card links to: the page, its label and its icon.
_QUIZ_LINKS = MappingProxyType(
    {
        "take": ("library.open", ":material/play_arrow:"),
        "author": ("author.edit_link", ":material/edit:"),
        "classroom": ("classroom.start_link", ":material/groups:"),
    }
)


def link_to_quiz(msg: Messages, page: str, quiz_id: str) -> None:
    """A link that opens `quiz_id` on `page`: take it, edit it, or run it with a class."""
    label, icon = _QUIZ_LINKS[page]
    st.page_link(
        PAGES[page],
        label=msg(label),
        icon=icon,
        query_params={"quiz": quiz_id, LANGUAGE_KEY: msg.language},
    )
