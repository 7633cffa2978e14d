"""What the classroom pages share: the store (one per process), links, refusals, CSS.

The store is a `st.cache_resource`: one engine and connection pool for every teacher and
student this process serves (it is thread-safe). Nothing else is kept between sessions.
"""

from __future__ import annotations

import os
from importlib import resources

import streamlit as st

from literacy.classroom import ClassroomStore, database_url
from literacy.classroom.keys import teacher_password_ok as password_matches
from literacy.ui.classroom import Who, app_base_url, refusal
from literacy.ui.i18n import Messages, direction

PASSWORD_ENV = "LITERACY_TEACHER_PASSWORD"
PUBLIC_URL_ENV = "LITERACY_PUBLIC_URL"


@st.cache_resource(show_spinner=False, max_entries=4)
def _store(url: str, teacher_password: str | None) -> ClassroomStore:
    return ClassroomStore(url, teacher_password=teacher_password)


def store() -> ClassroomStore:
    """The store `LITERACY_DATABASE_URL` / `LITERACY_DATA_DIR` name (read on every run, so a
    test that changes them gets its own store)."""
    return _store(database_url(), os.environ.get(PASSWORD_ENV) or None)


def teacher_password_required() -> bool:
    return bool(os.environ.get(PASSWORD_ENV))


def teacher_password_ok(given: str | None) -> bool:
    """True when no teacher password is set, or `given` is it (compared in constant time)."""
    return password_matches(given, os.environ.get(PASSWORD_ENV) or None)


def base_url() -> str:
    return app_base_url(st.context.url, os.environ.get(PUBLIC_URL_ENV))


def show_refusal(msg: Messages, error: Exception, who: Who = "student") -> None:
    notice = refusal(error, who)
    st.error(msg(notice.key, **notice.values), icon=":material/block:")


@st.cache_data(show_spinner=False)
def _css(ui: str) -> str:
    folder = resources.files("literacy.ui")
    css = folder.joinpath("classroom.css").read_text(encoding="utf-8")
    if direction(ui) == "rtl":
        css += folder.joinpath("classroom-rtl.css").read_text(encoding="utf-8")
    return f"<style>{css}</style>"


def inject_css(ui: str) -> None:
    st.html(_css(ui))
