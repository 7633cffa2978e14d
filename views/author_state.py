"""What the Author page keeps in the session, and the steps it moves between.

All of it lives in `st.session_state` under `author/…` keys: the article as typed, the
teacher's review of its analysis, the quiz YAML as typed, and the last generation's
report. The text areas persist across reruns and page switches, so nothing the teacher
typed is lost; parsed quizzes are memoised per YAML text, never recomputed on a rerun.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import streamlit as st

from literacy import analyze
from literacy.analysis import Analysis
from literacy.errors import Problem, QuizFileError
from literacy.quiz import Quiz, loads_quiz
from literacy.ui.authoring import Review
from literacy.ui.html import escape_markdown
from literacy.ui.i18n import Messages

ARTICLE_KEY = "author/article"
YAML_KEY = "author/yaml"
REVIEW_KEY = "author/review"
STEP_KEY = "author/step"
NOTICE_KEY = "author/notice"
# The YAML as last generated, opened or saved: edits since then are the teacher's own.
BASELINE_KEY = "author/baseline"
# The YAML and the article as last opened from the library or saved to it.
KEPT_KEY = "author/kept"
GENERATED_KEY = "author/generated"
_PARSED_KEY = "author/parsed"
_GO_KEY = "author/go"
_REVIEWS_KEY = "author/reviews"

STEPS = ("article", "review", "questions", "preview", "publish")


@st.cache_resource(max_entries=16, show_spinner=False)
def analysed(text: str, language: str) -> Analysis:
    """The analysis of one text, shared by every session that pastes the same article
    (an `Analysis` is frozen, so one copy serves them all)."""
    return analyze(text, language)


def review() -> Review | None:
    return st.session_state.get(REVIEW_KEY)


def start_review(analysis: Analysis) -> Review:
    """A fresh review of a new analysis; its widgets get new keys, so none carries over."""
    started = Review.of(analysis)
    for key in [k for k in st.session_state if str(k).startswith("author/add/")]:
        del st.session_state[key]  # a half-typed finding belonged to the earlier article
    st.session_state[REVIEW_KEY] = started
    st.session_state[_REVIEWS_KEY] = st.session_state.get(_REVIEWS_KEY, 0) + 1
    return started


def widget_key(*parts: object) -> str:
    """A key for a widget of the current review."""
    return "/".join(("author", f"r{st.session_state.get(_REVIEWS_KEY, 0)}", *map(str, parts)))


def restore(key: str, value: object) -> None:
    """Give a widget that was not on the last screen its value back from the review."""
    if key not in st.session_state:
        st.session_state[key] = value


def go_to(step: str) -> None:
    """Open another step on the next run (from a callback, before the tabs exist)."""
    st.session_state[_GO_KEY] = step


def steady_tabs(msg: Messages, key: str, names: Sequence[str], prefix: str) -> list[str]:
    """Labels (catalogue keys `prefix + name`) for `st.tabs(key=key)`, with the open tab
    kept when the language changes or the teacher comes back from another page (tabs
    forget both), and moved to the one `go_to` asked for."""
    labels = [msg(prefix + name) for name in names]
    remembered = f"{key}/open"
    wanted = st.session_state.pop(_GO_KEY, None) if key == STEP_KEY else None
    shown = st.session_state.get(key)
    if wanted is None and shown not in labels:
        wanted = st.session_state.get(remembered)
    if wanted in names:
        st.session_state[key] = labels[names.index(wanted)]
    return labels


def remember_tab(key: str, name: str) -> None:
    st.session_state[f"{key}/open"] = name


def notify(kind: str, key: str, where: str = "page", **values: object) -> None:
    """A message for the next run (`kind` is success, info, warning or error), shown by
    `show_notices(where)`: next to the control it concerns, not out of sight at the top."""
    st.session_state.setdefault(f"{NOTICE_KEY}/{where}", []).append((kind, key, values))


def show_notices(msg: Messages, where: str = "page") -> None:
    for kind, key, values in st.session_state.pop(f"{NOTICE_KEY}/{where}", []):
        # Alerts render Markdown; what the teacher typed or a file is called shows as is.
        safe = {k: escape_markdown(v) if isinstance(v, str) else v for k, v in values.items()}
        getattr(st, kind)(msg(key, **safe))


@dataclass(frozen=True, slots=True)
class Draft:
    """The quiz YAML as typed, and what it parses to: a quiz, or every problem in it."""

    source: str
    quiz: Quiz | None
    problems: tuple[Problem, ...]

    @property
    def digest(self) -> str:
        return hashlib.blake2b(
            self.source.encode("utf-8", "surrogatepass"), digest_size=6
        ).hexdigest()


def draft() -> Draft | None:
    """The YAML in the editor, parsed once per text (not on every rerun)."""
    source = st.session_state.get(YAML_KEY) or ""
    if not source.strip():
        return None
    memo: Draft | None = st.session_state.get(_PARSED_KEY)
    if memo is None or memo.source != source:
        try:
            memo = Draft(source, loads_quiz(source, "quiz.yaml"), ())
        except QuizFileError as error:
            memo = Draft(source, None, error.problems)
        st.session_state[_PARSED_KEY] = memo
    return memo


def set_yaml(source: str) -> None:
    """Replace the editor's text (from a callback) and take it as the new baseline."""
    st.session_state[YAML_KEY] = source
    st.session_state[BASELINE_KEY] = source


def edited_since_baseline() -> bool:
    source = st.session_state.get(YAML_KEY) or ""
    return bool(source.strip()) and source != st.session_state.get(BASELINE_KEY)


def keep(source: str, article: str) -> None:
    """What is in the library now (just opened or saved): nothing to lose by leaving it."""
    st.session_state[KEPT_KEY] = (source, article)


def unsaved_work() -> bool:
    """Whether putting another quiz in the editor would throw away the teacher's work: a
    quiz not saved, a review with decisions in it, or an article not yet analysed."""
    source = st.session_state.get(YAML_KEY) or ""
    article = st.session_state.get(ARTICLE_KEY) or ""
    kept_source, kept_article = st.session_state.get(KEPT_KEY, ("", ""))
    current = review()
    if source.strip() and source != kept_source:
        return True
    if current is not None and current.changed:
        return True
    analysed_text = current.text if current is not None else kept_article
    return bool(article.strip()) and article not in (analysed_text, kept_article)


@st.cache_data(show_spinner=False)
def css() -> str:
    body = resources.files("literacy.ui").joinpath("author.css").read_text(encoding="utf-8")
    return f"<style>{body}</style>"
