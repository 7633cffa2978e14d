"""One question on the take page: the answer widgets for each question type, confidence,
and the feedback after answering. Widgets write the student's choice into the attempt on
every rerun, so nothing answered is lost when the page reruns or they move on."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from literacy.quiz.model import MarkWords, MultipleChoice, Question, Quiz, SingleChoice, TrueFalse
from literacy.ui.attempt import Attempt, Response, choice_order, has_response, verdict
from literacy.ui.html import (
    ChoiceLabels,
    WordLabels,
    choices_review_html,
    escape_markdown,
    evidence_html,
    marked_words_html,
    quote_html,
    text_html,
    word_notes_html,
)
from literacy.ui.i18n import Messages
from literacy.ui.review import review_choices, word_feedback

NOTICE_KEY = "take/notice"
CONFIDENCE = (1, 2, 3, 4, 5)


def word_labels(question: MarkWords) -> list[str]:
    """Labels for the word pills. Streamlit tells pills apart by their label, so a word that
    occurs twice gets invisible zero-width spaces to keep every label distinct."""
    seen: dict[str, int] = {}
    labels = []
    for word in question.words:
        count = seen.get(word.text, 0)
        seen[word.text] = count + 1
        labels.append(escape_markdown(word.text) + "\u200b" * count)
    return labels


def response_from_widgets(quiz: Quiz, question: Question, attempt: Attempt) -> Response | None:
    """The student's current choice, read from the widgets' state."""
    state = st.session_state

    def key(part: str) -> str:
        return attempt.widget_key(question.id or "", part)

    if isinstance(question, SingleChoice | TrueFalse):
        return state.get(key("answer"))
    if isinstance(question, MultipleChoice):
        return tuple(i for i in range(len(question.choices)) if state.get(key(f"choice-{i}")))
    if isinstance(question, MarkWords):
        return tuple(sorted(state.get(key("words")) or ()))
    return None


def restore(key: str, value) -> None:
    # A widget that was not on the last screen has lost its state (after a reload, all of
    # them): give it back the answer kept for it.
    if key not in st.session_state and value is not None:
        st.session_state[key] = value


def answer_widgets(
    quiz: Quiz, question: Question, attempt: Attempt, msg: Messages, locked: bool
) -> None:
    """Practice: the answer widgets, holding what the attempt remembers."""
    qid = question.id
    answer_inputs(
        question,
        attempt.responses.get(qid),
        choice_order(quiz, question, attempt),
        lambda part: attempt.widget_key(qid, part),
        msg,
        locked,
    )


def answer_inputs(
    question: Question,
    response: Response | None,
    order: Sequence[int],
    key_of: Callable[[str], str],
    msg: Messages,
    locked: bool,
    **change: Any,
) -> None:
    """The widgets of one question, for practice and for a live session alike: `response`
    fills widgets that lost their state, `order` is the order choices are shown in, `key_of`
    names each widget's key by its part ("answer", "choice-2", "words") and `change` (an
    `on_change` and its `args`) saves an answer the moment it is given."""
    # The label is hidden (the prompt is shown above as HTML); screen readers read it raw.
    label = question.prompt
    if isinstance(question, SingleChoice | TrueFalse):
        key = key_of("answer")
        restore(key, response)
        if isinstance(question, SingleChoice):
            options, shown = order, (lambda i: escape_markdown(question.choices[i]))
        else:
            names = {True: msg("take.true_label"), False: msg("take.false_label")}
            options, shown = (True, False), names.__getitem__
        st.radio(
            label,
            options,
            index=None,
            format_func=shown,
            key=key,
            disabled=locked,
            label_visibility="collapsed",
            **change,
        )
    elif isinstance(question, MultipleChoice):
        picked = set(response) if isinstance(response, tuple) else set()
        for i in order:
            key = key_of(f"choice-{i}")
            restore(key, (i in picked) if response is not None else None)
            st.checkbox(escape_markdown(question.choices[i]), key=key, disabled=locked, **change)
    elif isinstance(question, MarkWords):
        key = key_of("words")
        restore(key, list(response) if isinstance(response, tuple) else None)
        labels = word_labels(question)
        st.pills(
            label,
            range(len(labels)),
            selection_mode="multi",
            format_func=labels.__getitem__,
            key=key,
            disabled=locked,
            label_visibility="collapsed",
            **change,
        )


def confidence_widget(question: Question, attempt: Attempt, msg: Messages, locked: bool) -> None:
    qid = question.id or ""
    key = attempt.widget_key(qid, "confidence")
    restore(key, attempt.confidence.get(qid))
    st.segmented_control(msg("take.confidence"), CONFIDENCE, key=key, disabled=locked)
    st.caption(msg("take.confidence_help"))


def remember(quiz: Quiz, question: Question, attempt: Attempt) -> None:
    """Copy what the widgets hold into the attempt (answers are saved the moment given)."""
    qid = question.id or ""
    response = response_from_widgets(quiz, question, attempt)
    if has_response(question, response):
        attempt.responses[qid] = response
    else:
        attempt.responses.pop(qid, None)
    if quiz.settings.ask_confidence:
        confidence = st.session_state.get(attempt.widget_key(qid, "confidence"))
        if confidence in CONFIDENCE:
            attempt.confidence[qid] = confidence
        else:
            attempt.confidence.pop(qid, None)


def need_answer_message(question: Question) -> str:
    if isinstance(question, MultipleChoice):
        return "take.need_choices"
    if isinstance(question, MarkWords):
        return "take.need_words"
    return "take.need_choice"


def show_notice(msg: Messages) -> None:
    notice = st.session_state.pop(NOTICE_KEY, None)
    if notice:
        st.warning(msg(notice), icon=":material/edit_note:")


def feedback(
    quiz: Quiz,
    question: Question,
    attempt: Attempt,
    msg: Messages,
    order: tuple[int, ...] | None = None,
) -> None:
    """The verdict, each choice marked, the author's feedback and the explanation. `order`:
    the choices' order when someone else decided it (a classroom session)."""
    response = attempt.responses.get(question.id or "")
    language = quiz.language
    if response is None:
        st.info(msg("result.unanswered"))
    else:
        outcome = verdict(question, response)
        {"correct": st.success, "partly": st.warning, "wrong": st.error}[outcome](
            msg(f"take.{outcome}")
        )
    if isinstance(question, MarkWords):
        picked = response if isinstance(response, tuple) else ()
        labels = WordLabels(
            msg("take.marked_right"), msg("take.marked_wrong"), msg("take.not_marked")
        )
        st.html(marked_words_html(question, picked, language, labels))
        st.caption(msg("take.legend_words"))
        notes = word_feedback(question, picked)
        if notes:
            st.html(word_notes_html(notes, language))
    else:
        st.html(choices_html(quiz, question, attempt, response, msg, order))
    if question.explanation:
        st.markdown(f"**{msg('take.explanation')}**")
        st.html(text_html(question.explanation, language))
    evidence = question.evidence
    if evidence is not None:
        st.markdown(f"**{msg('take.evidence')}**")
        if evidence.start is not None and evidence.end is not None:
            st.html(evidence_html(quiz.article.text, evidence.start, evidence.end, language))
        else:
            st.html(quote_html(evidence.quote, language))


def choices_html(
    quiz: Quiz,
    question: Question,
    attempt: Attempt,
    response: Response | None,
    msg: Messages,
    order: tuple[int, ...] | None = None,
) -> str:
    rows = review_choices(
        question,
        response,
        choice_order(quiz, question, attempt) if order is None else order,
        (msg("take.true_label"), msg("take.false_label")),
    )
    labels = ChoiceLabels(picked=msg("take.your_pick"), right=msg("take.right_answer"))
    # True/false labels are interface text; choices are quiz text.
    language = msg.language if isinstance(question, TrueFalse) else quiz.language
    return choices_review_html(rows, language, labels)


def prompt(quiz: Quiz, question: Question) -> None:
    st.html(text_html(question.prompt, quiz.language, "lit-prompt"))
