"""Library: every quiz with its language, level, size and skills; search, filter, open,
and add a quiz by uploading its YAML file."""

from __future__ import annotations

import streamlit as st

from literacy.errors import QuizFileError
from literacy.quiz import SKILLS, Quiz, loads_quiz
from literacy.ui.html import code_html, escape_markdown, paragraph_html, problems_html, tags_html
from literacy.ui.i18n import Messages
from literacy.ui.library import Filters, Library, QuizEntry, save_quiz_source, search
from views import common, live

LEVELS = ("easy", "medium", "hard")
SAVED_KEY = "library/saved"
PASSWORD_KEY = "library/password"


def filters(msg: Messages) -> Filters:
    # The filters survive a visit to another page, so "back to the library" keeps them.
    search_col, language_col, level_col, skill_col = st.columns([3, 1, 1, 1])
    query = search_col.text_input(
        msg("library.search"),
        placeholder=msg("library.search_placeholder"),
        key="library/query",
        persist_state="session",
    )

    # No choice means "all"; the box's clear button puts a filter back to "all".
    language = language_col.selectbox(
        msg("library.language"),
        ("ar", "en"),
        index=None,
        placeholder=msg("library.any"),
        format_func=msg.language_name,
        key="library/language",
        persist_state="session",
    )
    level = level_col.selectbox(
        msg("library.level"),
        LEVELS,
        index=None,
        placeholder=msg("library.any"),
        format_func=msg.level,
        key="library/level",
        persist_state="session",
    )
    skill = skill_col.selectbox(
        msg("library.skill"),
        SKILLS,
        index=None,
        placeholder=msg("library.any"),
        format_func=msg.skill,
        key="library/skill",
        persist_state="session",
    )
    return Filters(query=query, language=language, level=level, skill=skill)


def quiz_card(entry: QuizEntry, msg: Messages) -> None:
    quiz = entry.quiz
    with st.container(border=True, key=f"card-{quiz.id}"):
        common.heading(quiz.title, quiz.language, level=3)
        facts = [
            msg.language_name(quiz.language),
            *([msg.level(quiz.level)] if quiz.level else []),
            msg("library.questions", count=len(quiz.questions)),
            " · ".join(msg.skill(s) for s in entry.skills),
            msg(f"library.{entry.origin}"),
        ]
        st.html(paragraph_html(" — ".join(facts), msg.language, "lit-card-meta"))
        if quiz.description:
            st.html(paragraph_html(quiz.description, quiz.language, "lit-card-meta"))
        if quiz.tags:
            st.html(tags_html(quiz.tags, quiz.language))
        # The actions of a quiz: take it, edit it, run it with a class.
        with st.container(horizontal=True, gap="medium"):
            common.link_to_quiz(msg, "take", quiz.id)
            common.link_to_quiz(msg, "author", quiz.id)
            common.link_to_quiz(msg, "classroom", quiz.id)


def upload(msg: Messages, library: Library) -> None:
    st.subheader(msg("library.upload_title"))
    st.caption(msg("library.upload_help"))
    file = st.file_uploader(msg("library.upload_label"), type=["yaml", "yml"], key="library/file")
    if file is None:
        return
    source = file.getvalue()
    try:
        quiz = loads_quiz(source, file.name)
    except QuizFileError as error:
        st.error(
            msg(
                "library.upload_invalid", file=escape_markdown(file.name), count=len(error.problems)
            )
        )
        st.html(problems_html(error.problems, lambda n: _line(msg, n), msg.language))
        return
    st.success(
        msg(
            "library.upload_valid",
            file=escape_markdown(file.name),
            title=escape_markdown(quiz.title),
            count=len(quiz.questions),
        )
    )
    existing = library.get(quiz.id)
    if existing is not None and existing.origin == "bundled":
        st.warning(msg("library.id_bundled", id=escape_markdown(quiz.id)))
        return
    outcome = st.session_state.pop(SAVED_KEY, None)
    if outcome is not None and outcome[0] == "saved":
        st.success(msg("library.saved_ok", title=escape_markdown(quiz.title)))
        common.link_to_quiz(msg, "take", quiz.id)
        return
    if outcome is not None:
        st.error(msg("library.save_failed", error=escape_markdown(outcome[1])))
    if existing is not None:
        st.info(msg("library.replace_note", id=escape_markdown(quiz.id)))
    if live.teacher_password_required():
        st.text_input(msg("classroom.password"), type="password", key=PASSWORD_KEY)
    st.button(
        msg("library.replace" if existing else "library.save"),
        key="library/save",
        icon=":material/save:",
        on_click=_save,
        args=(source, quiz),
    )


def _save(source: bytes, quiz: Quiz) -> None:
    # A callback runs before the page, so the list above already shows the saved quiz.
    if not live.teacher_password_ok(st.session_state.get(PASSWORD_KEY)):
        st.session_state[SAVED_KEY] = ("failed", common.messages()("classroom.password_wrong"))
        return
    try:
        save_quiz_source(source.decode("utf-8-sig"), quiz, common.saved_quizzes_dir())
    except OSError as error:
        st.session_state[SAVED_KEY] = ("failed", error.strerror or str(error))
        return
    common.forget_library()
    st.session_state[SAVED_KEY] = ("saved", quiz.id)


def _line(msg: Messages, line: int | None) -> str:
    return msg("library.line", line=line) if line is not None else msg("library.no_line")


def broken_files(msg: Messages, library: Library) -> None:
    if not library.broken:
        return
    with st.expander(msg("library.broken_title", count=len(library.broken))):
        st.caption(msg("library.broken_help"))
        for broken in library.broken:
            st.html(
                code_html(str(broken.path))
                + problems_html(broken.problems, lambda n: _line(msg, n), msg.language)
            )


def main() -> None:
    msg = common.messages()
    library = common.library()
    st.title(msg("library.title"))
    st.caption(msg("library.intro"))
    chosen = filters(msg)
    entries = search(library, chosen)
    if not library.entries:
        st.info(msg("library.none"))
    elif not entries:
        st.info(msg("library.no_match"))
    else:
        st.caption(msg("library.count", shown=len(entries), total=len(library.entries)))
    for entry in entries:
        quiz_card(entry, msg)
    st.divider()
    upload(msg, library)
    broken_files(msg, library)


main()
