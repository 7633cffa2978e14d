"""The ambiguity validator: a generated question is checked against the analysis, and a
question that fails is dropped, never shipped.

It checks what each option *means* in the analysis (a source, a claim, a word's span)
rather than trusting the family that built it: no distractor may also be right, options
must differ after normalisation, and the evidence must occur in the article.
"""

from __future__ import annotations

from collections.abc import Callable

from literacy import text as textlib
from literacy.generate.context import Context, loaded_forms
from literacy.generate.draft import Draft
from literacy.generate.families_loaded import absent_features
from literacy.generate.families_source import KINDS, NO_SOURCE, names_overlap
from literacy.quiz.model import MarkWords, MultipleChoice, SingleChoice, TrueFalse


def problems(draft: Draft, ctx: Context) -> list[str]:
    """Everything wrong with `draft`; an empty list means it may be shipped."""
    question = draft.question
    found = []
    evidence = question.evidence
    if evidence is not None and not _occurs(ctx, evidence.quote, evidence.occurrence):
        found.append("the evidence quote does not occur in the article")
    if isinstance(question, SingleChoice | MultipleChoice):
        keys = [textlib.normalize_key(c, ctx.language) for c in question.choices]
        if len(set(keys)) < len(keys):
            found.append("two options are the same after normalisation")
        if draft.meaning and len(draft.meaning) != len(question.choices):
            found.append("the options' meanings do not match the options")
            return found
    check = _CHECKS.get(draft.family)
    if check is None:
        found.append(f"no validator for family {draft.family!r}")
    else:
        found += check(draft, ctx)
    return found


def _occurs(ctx: Context, quote: str, occurrence: int) -> bool:
    position = 0
    for _ in range(occurrence):
        span = textlib.find(ctx.article, quote, ctx.language, position)
        if span is None:
            return False
        position = span.start + 1
    return True


def _right_and_wrong(draft: Draft) -> tuple[object, list[tuple[str, object]]]:
    question = draft.question
    assert isinstance(question, SingleChoice)
    right = draft.meaning[question.answer_index]
    wrong = [
        (c, m)
        for i, (c, m) in enumerate(zip(question.choices, draft.meaning, strict=True))
        if i != question.answer_index
    ]
    return right, wrong


def _source_who(draft: Draft, ctx: Context) -> list[str]:
    sources = ctx.analysis.sources
    own = ctx.sources_of(draft.asks)
    correct = set(own) if own else {NO_SOURCE}
    right, wrong = _right_and_wrong(draft)
    found = []
    if right not in correct:
        found.append("the answer is not a source of the claim")
    for option, meaning in wrong:
        if meaning in correct:
            found.append(f"distractor {option!r} is also a source of the claim")
        elif meaning != NO_SOURCE and (
            sources[meaning].text != option
            or any(names_overlap(option, sources[j].text, ctx.language) for j in own)
        ):
            found.append(f"distractor {option!r} is named like a source of the claim")
    return found


def _source_kind(draft: Draft, ctx: Context) -> list[str]:
    sources = ctx.analysis.sources
    kinds = {sources[j].kind for j in ctx.sources_of(draft.asks)} or {NO_SOURCE}
    if len(kinds) != 1:
        return ["the claim has sources of different kinds"]
    right, _ = _right_and_wrong(draft)
    if tuple(draft.meaning) != KINDS or right not in kinds:
        return ["the answer is not the kind of the claim's source"]
    return []


def _cue_stance(draft: Draft, ctx: Context) -> list[str]:
    stances = {
        textlib.normalize_key(s.cue, ctx.language): s.cue_stance for s in ctx.analysis.sources
    }
    fallback = {
        textlib.normalize_key(v, ctx.language) for v in ctx.t.raw("cue_stance.neutral_fallback")
    }
    found = []
    matching = 0
    for option in draft.question.choices:
        key = textlib.normalize_key(option, ctx.language)
        stance = stances.get(key, "neutral" if key in fallback else None)
        if stance is None:
            found.append(f"{option!r} is not a reporting verb of the article")
        elif stance == draft.asks:
            matching += 1
        elif stance != "neutral":
            found.append(f"distractor {option!r} is not neutral either ({stance})")
        elif key in loaded_forms(ctx.language):
            found.append(f"distractor {option!r} is a loaded word, not a neutral verb")
    if matching != 1:
        found.append(f"{matching} options carry the asked stance, not exactly one")
    return found


def _checkable_tf(draft: Draft, ctx: Context) -> list[str]:
    question = draft.question
    assert isinstance(question, TrueFalse)
    if question.answer != ctx.analysis.claims[draft.asks].checkable:
        return ["the answer contradicts the analysis's checkability"]
    return []


def _which_checkable(draft: Draft, ctx: Context) -> list[str]:
    claims = ctx.analysis.claims
    right, wrong = _right_and_wrong(draft)
    found = []
    if claims[right].checkable != draft.asks:
        found.append("the answer does not have the asked checkability")
    for option, meaning in wrong:
        if claims[meaning].checkable == draft.asks:
            found.append(f"distractor {option!r} has the asked checkability too")
    return found


def _loaded_which(draft: Draft, ctx: Context) -> list[str]:
    right, wrong = _right_and_wrong(draft)
    loaded_words = {textlib.normalize_key(w.text, ctx.language) for w in ctx.analysis.loaded}
    found = []
    if not ctx.is_loaded(*right):
        found.append("the answer is not a loaded word")
    for option, (start, end) in wrong:
        if ctx.is_loaded(start, end) or textlib.normalize_key(option, ctx.language) in loaded_words:
            found.append(f"distractor {option!r} is loaded too")
        if ctx.text[start:end] != option:
            found.append(f"distractor {option!r} is not the word at its position")
    return found


def _mark_words(draft: Draft, ctx: Context) -> list[str]:
    question = draft.question
    assert isinstance(question, MarkWords)
    claim = ctx.analysis.claims[draft.asks]
    words = textlib.tokens(claim.text, ctx.language)
    found = []
    for i, word in enumerate(words):
        start, end = claim.start + word.start, claim.start + word.end
        if i not in question.target_words and ctx.is_loaded(start, end):
            found.append(f"{word.text!r} is loaded but not a target")
    if not question.target_words:
        found.append("nothing to mark")
    return found


def _neutral_alternative(draft: Draft, ctx: Context) -> list[str]:
    finding = ctx.analysis.loaded[draft.asks]
    neutral = {textlib.normalize_key(n, ctx.language) for n in finding.neutral}
    loaded_words = {textlib.normalize_key(w.text, ctx.language) for w in ctx.analysis.loaded}
    loaded_words |= loaded_forms(ctx.language).keys()
    question = draft.question
    assert isinstance(question, SingleChoice)
    found = []
    if textlib.normalize_key(question.answer, ctx.language) not in neutral:
        found.append("the answer is not a neutral alternative of the word")
    for option, _ in _right_and_wrong(draft)[1]:
        key = textlib.normalize_key(option, ctx.language)
        if key in neutral or key not in loaded_words:
            found.append(f"distractor {option!r} could pass as neutral")
    return found


def _headline(draft: Draft, ctx: Context) -> list[str]:
    head = ctx.analysis.headline
    if head is None or not ctx.loaded_in(head.start, head.end):
        return ["the headline has no loaded words"]
    absent = set(absent_features(ctx, head.start, head.end))
    _, wrong = _right_and_wrong(draft)
    return [
        f"distractor {option!r} is true of the headline"
        for option, feature in wrong
        if feature not in absent
    ]


def _no_loaded_tf(draft: Draft, ctx: Context) -> list[str]:
    question = draft.question
    assert isinstance(question, TrueFalse)
    claim = ctx.analysis.claims[draft.asks]
    if question.answer == ctx.is_loaded(claim.start, claim.end):
        return ["the answer contradicts the loaded words found in the sentence"]
    return []


_CHECKS: dict[str, Callable[[Draft, Context], list[str]]] = {
    "source_who": _source_who,
    "source_kind": _source_kind,
    "cue_stance": _cue_stance,
    "checkable_tf": _checkable_tf,
    "which_checkable": _which_checkable,
    "loaded_which": _loaded_which,
    "mark_words": _mark_words,
    "neutral_alternative": _neutral_alternative,
    "headline": _headline,
    "no_loaded_tf": _no_loaded_tf,
}
