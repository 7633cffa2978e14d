"""Questions about loaded language: which word, mark them all, a neutral alternative, the
headline, and whether a sentence is free of loaded words at all."""

from __future__ import annotations

import random
import re

from literacy import text as textlib
from literacy.analysis import Claim, Loaded
from literacy.analysis.lexicon import lexicon
from literacy.generate.context import Context, loaded_examples
from literacy.generate.draft import Draft, make_question, shuffled_choices

_WORDLIKE = re.compile(r"[^\W\d_]")
# Labels and sensational or emotional words are easy to spot; framing takes thought.
_DIFFICULTY = {
    "label": "easy",
    "sensational": "easy",
    "emotional": "easy",
    "intensifier": "medium",
    "framing": "hard",
}
_MAX_PASSAGE_WORDS = 45


def _wordlike(finding: Loaded) -> bool:
    return bool(_WORDLIKE.search(finding.text))


def _sentence_of(ctx: Context, finding: Loaded) -> tuple[int, int] | None:
    """The claim around a finding, from the start of its sentence when the claim only goes
    on with it ("… said engineers had inspected it | and found "no immediate danger""):
    quoted alone, "and found …" has no subject. The headline has its own family."""
    claim = ctx.claim_containing(finding.start, finding.end)
    if claim is None or ctx.in_headline(finding.start, finding.end):
        return None
    return _passage(ctx, claim)


def _passage(ctx: Context, claim: int) -> tuple[int, int]:
    """Claim `claim` with the claims of its sentence before it that it goes on from."""
    claims = ctx.analysis.claims
    openers = lexicon(ctx.language).grammar.clause_openers
    first = claim
    while first > 0 and _goes_on(ctx, claims[first - 1].end, claims[first], openers):
        first -= 1
    return claims[first].start, claims[claim].end


def _goes_on(ctx: Context, before: int, claim: Claim, openers: frozenset[str]) -> bool:
    """Does the claim continue the sentence of the claim ending at `before`?"""
    words = claim.text.split(maxsplit=1)
    return (
        bool(words)
        and words[0] in openers
        and not ctx.text[before : claim.start].strip(" ,،")
        and not ctx.in_headline(before - 1, before)
    )


def _explain(ctx: Context, finding: Loaded, key: str = "loaded_which") -> str:
    t = ctx.t
    if finding.neutral:
        return t.text(
            f"{key}.explanation",
            word=t.quote(finding.text),
            note=finding.note,
            neutral=t.join(list(finding.neutral[:2])),
        )
    return t.text(
        "loaded_which.explanation_no_neutral", word=t.quote(finding.text), note=finding.note
    )


def loaded_which(ctx: Context, rng: random.Random) -> list[Draft]:
    """6. Which word in this sentence is loaded? Distractors: neutral words of that sentence."""
    t = ctx.t
    drafts = []
    for i, finding in enumerate(ctx.analysis.loaded):
        span = _sentence_of(ctx, finding)
        if span is None or not _wordlike(finding):
            continue
        # not the same word left unflagged elsewhere in the sentence ("The Dictator Pope", a
        # book's title, beside "a manipulative dictator"): a choice may not repeat the answer
        answer = textlib.normalize_key(finding.text, ctx.language)
        neutral = [
            w
            for w in ctx.neutral_words(*span)
            if textlib.normalize_key(w.text, ctx.language) != answer
        ]
        if len(neutral) < 3:
            continue
        picked = sorted(rng.sample(neutral, 3), key=lambda w: w.start)
        distractors = [w.text for w in picked]
        choices, meanings = shuffled_choices(
            rng,
            finding.text,
            distractors,
            [(w.start, w.end) for w in picked],
            (finding.start, finding.end),
        )
        question = make_question(
            "single_choice",
            prompt=t.text("loaded_which.prompt", quote=t.quote(ctx.text[span[0] : span[1]])),
            skill="loaded_language",
            practice="unreliable",
            difficulty=_DIFFICULTY.get(finding.category, "medium"),
            evidence=ctx.evidence(*span),
            choices=choices,
            answer=finding.text,
            explanation=_explain(ctx, finding),
            feedback={
                d: t.text("loaded_which.feedback.neutral_word", word=t.quote(d))
                for d in distractors[:1]
            },
        )
        drafts.append(
            Draft(
                "loaded_which",
                question,
                span,
                f"loaded:{i}",
                meanings,
                asks=(finding.start, finding.end),
            )
        )
    return drafts


def mark_words(ctx: Context, rng: random.Random) -> list[Draft]:
    """7. Mark the loaded words in this passage (a sentence with two or more of them)."""
    t = ctx.t
    drafts = []
    for c, claim in enumerate(ctx.analysis.claims):
        too_long = len(claim.text.split()) > _MAX_PASSAGE_WORDS
        if too_long or ctx.in_headline(claim.start, claim.end):
            continue
        inside = [ctx.analysis.loaded[i] for i in ctx.loaded_in(claim.start, claim.end)]
        words = [w for w in inside if _wordlike(w)]
        if len(words) < 2:
            continue
        targets = list(dict.fromkeys(w.text for w in words))
        notes = " ".join(dict.fromkeys(w.note for w in words if w.note))
        try:
            question = make_question(
                "mark_words",
                prompt=t.text("mark_words.prompt"),
                skill="loaded_language",
                practice="unreliable",
                difficulty="medium",
                evidence=ctx.evidence(claim.start, claim.end),
                targets=targets,
                explanation=t.text("mark_words.explanation", words=t.join(targets), notes=notes),
            )
        except ValueError:
            continue  # a finding that is part of a word cannot be clicked as a word
        drafts.append(Draft("mark_words", question, (claim.start, claim.end), f"claim:{c}", asks=c))
    return drafts


def neutral_alternative(ctx: Context, rng: random.Random) -> list[Draft]:
    """8. Which is a neutral alternative for this loaded word? Distractors are loaded words of
    the same kind from the lexicon (labels for a label), then other loaded words of the
    article."""
    t, loaded = ctx.t, ctx.analysis.loaded
    drafts = []
    for i, finding in enumerate(loaded):
        span = _sentence_of(ctx, finding)
        if span is None or not finding.neutral or not _wordlike(finding):
            continue
        taken = {textlib.normalize_key(n, ctx.language) for n in finding.neutral}
        taken.add(textlib.normalize_key(finding.text, ctx.language))
        pool = [
            form
            for entry, form in loaded_examples(ctx.language).get(finding.category, ())
            if entry != finding.entry
        ]
        distractors = _fresh(ctx, rng.sample(pool, min(len(pool), 6)), taken)
        if len(distractors) < 3:
            distractors += _fresh(ctx, [w.text for w in loaded if _wordlike(w)], taken)
        if len(distractors) < 3:
            continue
        distractors = distractors[:3]
        correct = finding.neutral[0]
        choices, meanings = shuffled_choices(rng, correct, distractors, ["loaded"] * 3, i)
        question = make_question(
            "single_choice",
            prompt=t.text(
                "neutral_alternative.prompt",
                quote=t.quote(t.clip(ctx.text[span[0] : span[1]], 24)),
                word=t.quote(finding.text),
            ),
            skill="loaded_language",
            difficulty="medium" if finding.category == "framing" else "easy",
            evidence=ctx.evidence(*span),
            choices=choices,
            answer=correct,
            explanation=_explain(ctx, finding, "neutral_alternative"),
            feedback={
                d: t.text("neutral_alternative.feedback.loaded_option", option=t.quote(d))
                for d in distractors[:1]
            },
        )
        drafts.append(Draft("neutral_alternative", question, span, f"loaded:{i}", meanings, asks=i))
    return drafts


def _fresh(ctx: Context, candidates: list[str], taken: set[str]) -> list[str]:
    """Candidates unlike every option taken so far; each taken as it is kept. Forms where one
    starts the other («عرقل», «عرقلة») count as one word, so no two options are twins."""
    out = []
    for candidate in candidates:
        key = textlib.normalize_key(candidate, ctx.language)
        if not any(key.startswith(t) or t.startswith(key) for t in taken):
            taken.add(key)
            out.append(candidate)
    return out


def headline(ctx: Context, rng: random.Random) -> list[Draft]:
    """9. What makes the headline sensational? Only where it has loaded words."""
    t, analysis = ctx.t, ctx.analysis
    head = analysis.headline
    if head is None:
        return []
    inside = [analysis.loaded[i] for i in ctx.loaded_in(head.start, head.end)]
    words = list(dict.fromkeys(w.text for w in inside if _wordlike(w)))
    if not words:
        return []
    marks = "!" in head.text
    correct = t.text(
        "headline.correct_with_marks" if marks else "headline.correct", words=t.join(words)
    )
    absent = absent_features(ctx, head.start, head.end)
    if len(absent) < 3:
        return []
    features = sorted(rng.sample(absent, 3))
    distractors = [t.text(f"headline.distractors.{f}") for f in features]
    choices, meanings = shuffled_choices(rng, correct, distractors, features, "loaded")
    question = make_question(
        "single_choice",
        prompt=t.text("headline.prompt", headline=t.quote(head.text)),
        skill="loaded_language",
        practice="unreliable",
        difficulty="easy",
        evidence=ctx.evidence(head.start, head.end),
        choices=choices,
        answer=correct,
        explanation=t.text("headline.explanation", words=t.join(words)),
    )
    return [Draft("headline", question, (head.start, head.end), "headline", meanings)]


def absent_features(ctx: Context, start: int, end: int) -> list[str]:
    """Sound practices the headline does *not* show, so saying it does is plainly wrong."""
    features = []
    has_source = any(s.start < end and start < s.end for s in ctx.analysis.sources)
    if not has_source:
        features += ["names_source", "quotes_witness"]
    if not re.search(r"\d", textlib.normalize(ctx.text[start:end], ctx.language).text):
        features += ["gives_date", "gives_number"]
    return features


def no_loaded_tf(ctx: Context, rng: random.Random) -> list[Draft]:
    """10. True or false: this sentence contains no loaded words (clean ones and loaded ones)."""
    t = ctx.t
    drafts = []
    claims = ctx.analysis.claims

    def usable(claim: Claim) -> bool:
        short = len(claim.text.split()) < 6
        return claim.factual and not short and not ctx.in_headline(claim.start, claim.end)

    for c, claim in enumerate(claims):
        if not usable(claim):
            continue
        if c + 1 < len(claims) and usable(claims[c + 1]) and _passage(ctx, c + 1)[0] <= claim.start:
            continue  # the next claim goes on from this one and is quoted with it: ask once
        start, end = _passage(ctx, c)  # "and warned that …" is quoted with its subject
        inside = [ctx.analysis.loaded[i] for i in ctx.loaded_in(start, end)]
        words = list(dict.fromkeys(w.text for w in inside if _wordlike(w)))
        clean = not ctx.is_loaded(start, end)
        if not clean and not words:
            continue  # only the lexicon, not the analysis, calls something here loaded
        feedback_key = "false" if clean else "true"
        question = make_question(
            "true_false",
            prompt=t.text("no_loaded_tf.prompt", quote=t.quote(ctx.text[start:end])),
            skill="loaded_language",
            practice="reliable" if clean else "unreliable",
            difficulty="easy" if clean else "medium",
            evidence=ctx.evidence(start, end),
            answer=clean,
            explanation=(
                t.text("no_loaded_tf.explanation.clean")
                if clean
                else t.text("no_loaded_tf.explanation.loaded", words=t.join(words))
            ),
            feedback={
                feedback_key: (
                    t.text("no_loaded_tf.feedback.doubted_clean")
                    if clean
                    else t.text("no_loaded_tf.feedback.missed_loaded", words=t.join(words))
                )
            },
        )
        drafts.append(Draft("no_loaded_tf", question, (start, end), f"claim:{c}", asks=c))
    return drafts
