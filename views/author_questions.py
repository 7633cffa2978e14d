"""Author, step 3: generate questions from the reviewed analysis, then edit them in a form
or as YAML, with every problem listed by line as the teacher types.

Generating again never silently replaces the teacher's edits: it asks first.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from literacy.errors import LiteracyError
from literacy.generate import (
    SKILLS,
    NotEnoughMaterial,
    Rejected,
    generate_report,
    shortfall_message,
)
from literacy.generate.select import LEVELS, Shortfall
from literacy.quiz import dumps_quiz
from literacy.ui.html import escape_markdown, paragraph_html, problems_html, text_html
from literacy.ui.i18n import Messages
from views import author_form
from views.author_state import (
    GENERATED_KEY,
    YAML_KEY,
    draft,
    edited_since_baseline,
    go_to,
    notify,
    remember_tab,
    review,
    set_yaml,
    show_notices,
    steady_tabs,
)

SKILLS_KEY = "author/skills"
COUNT_KEY = "author/count"
DIFFICULTY_KEY = "author/difficulty"
SEED_KEY = "author/seed"
TITLE_KEY = "author/title"
CONFIRM_KEY = "author/confirm-generate"
EDITOR_KEY = "author/editor"


@dataclass(frozen=True, slots=True)
class Generation:
    """What the last generation made of the analysis (kept to show the teacher)."""

    questions: int
    shortfalls: tuple[Shortfall, ...]
    candidates: int = 0
    rejected: tuple[Rejected, ...] = ()


def _generate(confirmed: bool) -> None:
    current = review()
    if current is None:
        return
    if edited_since_baseline() and not confirmed:
        st.session_state[CONFIRM_KEY] = True
        return
    title = (st.session_state.get(TITLE_KEY) or "").strip()
    try:
        report = generate_report(
            current.edited(),
            questions=int(st.session_state.get(COUNT_KEY) or 12),
            skills=st.session_state.get(SKILLS_KEY) or SKILLS,
            seed=int(st.session_state.get(SEED_KEY) or 0),
            difficulty=st.session_state.get(DIFFICULTY_KEY),
            title=title or None,
            lexicon_view=current.analysis,  # the analyser's own view, before the teacher's edits
        )
    except NotEnoughMaterial as error:
        st.session_state[GENERATED_KEY] = Generation(0, error.shortfalls)
        return
    except LiteracyError as error:
        notify("error", "author.generate_failed", "generate", error=str(error))
        return
    set_yaml(dumps_quiz(report.quiz))
    st.session_state[GENERATED_KEY] = Generation(
        len(report.quiz.questions), report.shortfalls, report.candidates, report.rejected
    )
    # The page no longer shows the quiz its link named; a reload must not reopen that one.
    st.query_params.pop("quiz", None)
    author_form.forget()


def options(msg: Messages) -> None:
    st.pills(
        msg("author.skills"),
        SKILLS,
        selection_mode="multi",
        default=list(SKILLS),
        format_func=msg.skill,
        key=SKILLS_KEY,
        persist_state="session",
    )
    count_col, level_col, seed_col = st.columns(3)
    count_col.number_input(
        msg("author.count"),
        min_value=1,
        max_value=40,
        value=12,
        key=COUNT_KEY,
        persist_state="session",
    )
    level_col.selectbox(
        msg("author.difficulty"),
        LEVELS,
        index=None,
        format_func=msg.level,
        placeholder=msg("author.any_difficulty"),
        key=DIFFICULTY_KEY,
        persist_state="session",
    )
    seed_col.number_input(
        msg("author.seed"),
        min_value=0,
        max_value=2**31 - 1,
        value=0,
        key=SEED_KEY,
        help=msg("author.seed_help"),
        persist_state="session",
    )
    st.text_input(
        msg("author.quiz_title"),
        key=TITLE_KEY,
        placeholder=msg("author.quiz_title_placeholder"),
        persist_state="session",
    )


def generation(msg: Messages) -> None:
    st.subheader(msg("author.generate_title"))
    if review() is None:
        st.info(msg("author.generate_needs_analysis"))
        st.button(
            msg("author.to_article"),
            key="author/questions-to-article",
            on_click=go_to,
            args=("article",),
        )
        return
    options(msg)
    st.button(
        msg("author.generate"),
        type="primary",
        key="author/generate",
        icon=":material/auto_awesome:",
        on_click=_generate,
        args=(False,),
    )
    show_notices(msg, "generate")
    if st.session_state.pop(CONFIRM_KEY, False):
        st.warning(msg("author.generate_confirm"))
        st.button(
            msg("author.generate_anyway"),
            key="author/generate-anyway",
            on_click=_generate,
            args=(True,),
        )
    report(msg)


def report(msg: Messages) -> None:
    last: Generation | None = st.session_state.get(GENERATED_KEY)
    if last is None:
        return
    if last.questions == 0:
        st.error(msg("author.not_enough"))
    else:
        st.success(msg("author.generated", count=last.questions))
    for shortfall in last.shortfalls:
        st.warning(shortfall_message(shortfall, msg.language))
    if last.candidates:
        st.caption(msg("author.dropped", dropped=len(last.rejected), candidates=last.candidates))
    current = review()
    if last.rejected and current is not None:
        with st.expander(msg("author.dropped_list", count=len(last.rejected))):
            # The prompt quotes the article: escaped, in its direction. The validator's
            # reasons are the library's English.
            for item in last.rejected:
                st.html(text_html(item.prompt, current.language, "lit-text"))
                st.html(
                    paragraph_html(
                        f"{item.family}: {'; '.join(item.problems)}", "en", "lit-card-meta"
                    )
                )


def line_label(msg: Messages):
    def label(line: int | None) -> str:
        return msg("library.line", line=line) if line is not None else msg("library.no_line")

    return label


def validation(msg: Messages) -> None:
    """Whether the YAML in the editor is a quiz, and if not, every problem by line."""
    current = draft()
    if current is None:
        st.info(msg("author.no_quiz"))
    elif current.quiz is not None:
        quiz = current.quiz
        st.success(
            msg("author.valid", title=escape_markdown(quiz.title), count=len(quiz.questions))
        )
    else:
        st.error(msg("author.invalid", count=len(current.problems)))
        st.html(problems_html(current.problems, line_label(msg), msg.language))


def editor(msg: Messages) -> None:
    st.subheader(msg("author.edit_title"))
    labels = steady_tabs(msg, EDITOR_KEY, ("form", "yaml"), "author.edit_")
    form_tab, yaml_tab = st.tabs(labels, key=EDITOR_KEY, on_change="rerun")
    if form_tab.open:
        remember_tab(EDITOR_KEY, "form")
        with form_tab:
            author_form.show(msg)
    if yaml_tab.open:
        remember_tab(EDITOR_KEY, "yaml")
        with yaml_tab:
            st.caption(msg("author.yaml_help"))
            st.text_area(
                msg("author.yaml_label"),
                key=YAML_KEY,
                height=520,
                persist_state="session",
                placeholder=msg("author.yaml_placeholder"),
            )
            validation(msg)


def show(msg: Messages) -> None:
    generation(msg)
    st.divider()
    editor(msg)
