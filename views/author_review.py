"""Author, step 2: the analysis drawn on the article, and the teacher's review of it.

Every finding can be accepted or rejected; a source's kind and a claim's verdict (with
its reasons) can be changed; what the analyser missed can be added. The decisions live
in the session's `Review`, whose edited `Analysis` the generator uses.
"""

from __future__ import annotations

import re

import streamlit as st

from literacy.analysis.reasons import reason_text
from literacy.analysis.rows import LOADED_CATEGORIES
from literacy.generate.templates import templates
from literacy.ui.authoring import (
    CUE_STANCES,
    SOURCE_KINDS,
    VERDICTS,
    Group,
    Review,
    ReviewError,
    reasons_for,
    verdict_of,
)
from literacy.ui.findings_html import (
    KINDS,
    SYMBOLS,
    FindingLabels,
    analysis_html,
    kind_counts,
    legend_html,
    loaded_details_html,
)
from literacy.ui.html import escape_markdown
from literacy.ui.i18n import Messages
from views import common
from views.author_state import (
    ARTICLE_KEY,
    go_to,
    notify,
    restore,
    review,
    show_notices,
    widget_key,
)

ADD_GROUP_KEY = "author/add-group"


def labels(msg: Messages) -> FindingLabels:
    return FindingLabels(
        kinds={kind: msg(f"author.kind.{kind}") for kind in KINDS},
        categories={c: msg(f"author.category.{c}") for c in LOADED_CATEGORIES},
        cue=msg("author.cue_word"),
        neutral=msg("author.neutral_word"),
    )


def _clip(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _join(items: list[str], language: str) -> str:
    """Reason sentences as one: each without its full stop, one at the end."""
    separator, stop = ("؛ ", ".") if language == "ar" else ("; ", ".")
    return separator.join(item.rstrip(".") for item in items) + stop


# ---- callbacks: they run before the page, so the article shows the change at once -----


def _keep(current: Review, group: Group, index: int, key: str) -> None:
    current.keep(group, index, bool(st.session_state.get(key)))


def _kind(current: Review, index: int, key: str) -> None:
    current.set_kind(index, st.session_state[key])


def _verdict(current: Review, index: int, verdict_key: str, reasons_key: str) -> None:
    verdict = st.session_state[verdict_key]
    chosen = st.session_state.get(reasons_key) or []
    if verdict != verdict_of(current.claims[index]):
        chosen = []  # reasons for one verdict do not support the other
        st.session_state.pop(reasons_key, None)
    current.set_verdict(index, verdict, chosen)


def _row_label(symbol: str, text: str, added: bool, msg: Messages, extra: str = "") -> str:
    label = f"{symbol} {escape_markdown(_clip(text))}{extra}"
    return label + (f" · *{msg('author.added')}*" if added else "")


def sources_list(current: Review, msg: Messages) -> None:
    kinds = {kind: f"{SYMBOLS[kind]} {msg(f'author.kind.{kind}')}" for kind in SOURCE_KINDS}
    for i, source in enumerate(current.sources):
        keep_key, kind_key = widget_key("keep", "sources", i), widget_key("kind", i)
        restore(keep_key, current.kept("sources", i))
        restore(kind_key, source.kind)
        with st.container(border=True):
            # quoted the way the article's language quotes: «قال», “said”
            cue = f" — {escape_markdown(templates(current.language).quote(source.cue))}"
            with common.content(current.language, f"find-s{i}"):
                st.checkbox(
                    _row_label(
                        SYMBOLS[source.kind], source.text, current.is_added("sources", i), msg, cue
                    ),
                    key=keep_key,
                    on_change=_keep,
                    args=(current, "sources", i, keep_key),
                )
            st.selectbox(
                msg("author.kind_label"),
                SOURCE_KINDS,
                format_func=kinds.__getitem__,
                key=kind_key,
                on_change=_kind,
                args=(current, i, kind_key),
                disabled=not current.kept("sources", i),
                label_visibility="collapsed",
            )


def claims_list(current: Review, msg: Messages) -> None:
    verdicts = {v: f"{SYMBOLS[v]} {msg(f'author.verdict.{v}')}" for v in VERDICTS}
    for i, claim in enumerate(current.claims):
        verdict = verdict_of(claim)
        keep_key = widget_key("keep", "claims", i)
        verdict_key, reasons_key = widget_key("verdict", i), widget_key("reasons", i)
        restore(keep_key, current.kept("claims", i))
        restore(verdict_key, verdict)
        kept = current.kept("claims", i)
        with st.container(border=True):
            with common.content(current.language, f"find-c{i}"):
                st.checkbox(
                    _row_label(SYMBOLS[verdict], claim.text, current.is_added("claims", i), msg),
                    key=keep_key,
                    on_change=_keep,
                    args=(current, "claims", i, keep_key),
                )
            st.selectbox(
                msg("author.verdict_label"),
                VERDICTS,
                format_func=verdicts.__getitem__,
                key=verdict_key,
                on_change=_verdict,
                args=(current, i, verdict_key, reasons_key),
                disabled=not kept,
                label_visibility="collapsed",
            )
            side = reasons_for(verdict)
            if i in current.chosen_reasons and side:
                restore(reasons_key, [c for c in claim.reasons if c in side])
                st.multiselect(
                    msg("author.reasons_label"),
                    side,
                    format_func=lambda code: reason_text(code, msg.language),
                    key=reasons_key,
                    on_change=_verdict,
                    args=(current, i, verdict_key, reasons_key),
                    disabled=not kept,
                    placeholder=msg("author.reasons_placeholder"),
                )
                if not any(c in side for c in claim.reasons):
                    st.caption(msg("author.reasons_needed"))
            else:
                shown = [reason_text(c, msg.language) for c in claim.reasons if c in side]
                if shown:
                    st.caption(_join(shown, msg.language))


def loaded_list(current: Review, msg: Messages) -> None:
    names = labels(msg)
    for i, word in enumerate(current.loaded):
        keep_key = widget_key("keep", "loaded", i)
        restore(keep_key, current.kept("loaded", i))
        with st.container(border=True):
            with common.content(current.language, f"find-l{i}"):
                st.checkbox(
                    _row_label(SYMBOLS["loaded"], word.text, current.is_added("loaded", i), msg),
                    key=keep_key,
                    on_change=_keep,
                    args=(current, "loaded", i, keep_key),
                )
            st.html(loaded_details_html(word, names, msg.language, current.language))


# ---- adding what the analyser missed ----------------------------------------------------


# Everything the "add a finding" panel holds, kept while the teacher looks elsewhere.
_ADD_FIELDS = (
    "words",
    "occurrence",
    "kind",
    "cue",
    "stance",
    "verdict",
    "reasons",
    "category",
    "neutral",
    "note",
)


def keep_unfinished_addition() -> None:
    """Streamlit forgets a widget's value on a run that does not draw it; the add panel is
    drawn only in its tab, so re-saving its fields every run keeps what the teacher typed
    there while they look at another tab or step."""
    for name in (*(f"author/add/{f}" for f in _ADD_FIELDS), ADD_GROUP_KEY):
        if name in st.session_state:
            st.session_state[name] = st.session_state[name]


def _field(name: str):
    return st.session_state.get(f"author/add/{name}")


def _add(current: Review) -> None:
    group = st.session_state.get(ADD_GROUP_KEY) or "sources"
    words = _field("words") or ""
    occurrence = int(_field("occurrence") or 1)
    try:
        if group == "sources":
            added = current.add_source(
                words,
                _field("kind") or "person",
                _field("cue") or "",
                _field("stance") or "neutral",
                occurrence,
            )
        elif group == "claims":
            added = current.add_claim(
                words, _field("verdict") or "checkable", _field("reasons") or (), occurrence
            )
        else:
            added = current.add_loaded(
                words,
                _field("category") or LOADED_CATEGORIES[0],
                re.split(r"[,،]", _field("neutral") or ""),
                _field("note") or "",
                occurrence,
            )
    except ReviewError as error:
        notify("error", f"author.add_{error.code}", "add", **error.values)
        return
    for name in ("words", "cue", "neutral", "note", "reasons", "occurrence"):
        st.session_state.pop(f"author/add/{name}", None)
    found = current.findings(added.group)[added.index].text
    notify("success", "author.add_again" if added.again else "author.add_ok", "add", words=found)


def add_form(current: Review, msg: Messages) -> None:
    st.caption(msg("author.add_help"))
    restore(ADD_GROUP_KEY, "sources")  # not `default=`: the value is re-saved every run
    group = st.segmented_control(
        msg("author.add_what"),
        ("sources", "claims", "loaded"),
        format_func=lambda g: msg(f"author.add_{g}"),
        key=ADD_GROUP_KEY,
        required=True,
    )
    # No st.form: a form sends its fields only when submitted, so switching tabs first
    # would lose them; each field here is kept as typed (see keep_unfinished_addition).
    with st.container(key="author-add-form"):
        st.text_input(msg(f"author.add_words_{group}"), key="author/add/words")
        st.number_input(
            msg("author.add_occurrence"),
            min_value=1,
            max_value=99,
            key="author/add/occurrence",
            help=msg("author.add_occurrence_help"),
        )
        if group == "sources":
            st.selectbox(
                msg("author.kind_label"),
                SOURCE_KINDS,
                format_func=lambda k: f"{SYMBOLS[k]} {msg(f'author.kind.{k}')}",
                key="author/add/kind",
            )
            st.text_input(
                msg("author.add_cue"), key="author/add/cue", help=msg("author.add_cue_help")
            )
            st.selectbox(
                msg("author.stance_label"),
                CUE_STANCES,
                format_func=lambda s: msg(f"author.stance.{s}"),
                key="author/add/stance",
            )
        elif group == "claims":
            verdict = st.selectbox(
                msg("author.verdict_label"),
                VERDICTS,
                format_func=lambda v: f"{SYMBOLS[v]} {msg(f'author.verdict.{v}')}",
                key="author/add/verdict",
            )
            st.multiselect(
                msg("author.reasons_label"),
                (*reasons_for("checkable"), *reasons_for("uncheckable")),
                format_func=lambda code: reason_text(code, msg.language),
                key="author/add/reasons",
                help=msg("author.add_reasons_help", verdict=msg(f"author.verdict.{verdict}")),
                placeholder=msg("author.reasons_placeholder"),
            )
        else:
            st.selectbox(
                msg("author.category_label"),
                LOADED_CATEGORIES,
                format_func=lambda c: msg(f"author.category.{c}"),
                key="author/add/category",
            )
            st.text_input(msg("author.add_neutral"), key="author/add/neutral")
            st.text_area(msg("author.add_note"), key="author/add/note", height=80)
        st.button(
            msg("author.add_button"),
            key="author/add/submit",
            icon=":material/add:",
            on_click=_add,
            args=(current,),
        )
    show_notices(msg, "add")


def show(msg: Messages) -> None:
    current = review()
    if current is None:
        st.info(msg("author.no_analysis"))
        st.button(
            msg("author.to_article"),
            key="author/review-to-article",
            on_click=go_to,
            args=("article",),
        )
        return
    if current.text != (st.session_state.get(ARTICLE_KEY) or ""):
        st.warning(msg("author.review_older_text"))
    edited = current.edited()
    names = labels(msg)
    st.caption(msg("author.review_help"))
    article_col, panel_col = st.columns([5, 4], gap="large")
    with article_col:
        st.html(legend_html(names, kind_counts(edited), msg.language))
        with st.container(height=700, key="author-analysis"):
            st.html(analysis_html(edited, names))
    with panel_col:
        groups = ("sources", "claims", "loaded", "add")
        tabs = st.tabs(
            [msg(f"author.group_{g}") for g in groups], key="author/group", on_change="rerun"
        )
        show_group = {"sources": sources_list, "claims": claims_list, "loaded": loaded_list}
        for group, tab in zip(groups, tabs, strict=True):
            if not tab.open:
                continue
            with tab:
                if group == "add":
                    add_form(current, msg)
                    continue
                kept, total = current.counts(group)
                st.caption(msg("author.kept", kept=kept, total=total))
                with st.container(height=640, key=f"author-findings-{group}"):
                    show_group[group](current, msg)
    st.button(
        msg("author.to_questions"),
        type="primary",
        key="author/to-questions",
        icon=":material/arrow_downward:",
        on_click=go_to,
        args=("questions",),
    )
