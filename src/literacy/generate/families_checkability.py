"""Questions about checkability: can a reader check this claim, and which claims can they?"""

from __future__ import annotations

import random

from literacy.analysis import Claim
from literacy.analysis.lexicon import lexicon
from literacy.analysis.reasons import CHECKABLE, NOT_CHECKABLE, reason_text
from literacy.generate.context import Context
from literacy.generate.draft import Draft, make_question, shuffled_choices

# Reasons that make a claim easy to judge either way; the rest take more thought.
_OBVIOUS = {
    "has_date",
    "has_number",
    "anonymous_source",
    "writer_judgement",
    "reported_opinion",
}


_MAX_REASONS = 3


def reasons_sentence(ctx: Context, claim: Claim) -> str:
    """The analyser's reasons that support the verdict, at most three, as one sentence."""
    side = CHECKABLE if claim.checkable else NOT_CHECKABLE
    codes = [code for code in claim.reasons if code in side][:_MAX_REASONS]
    texts = [reason_text(code, ctx.language).rstrip(".") for code in codes]
    return ctx.t.raw("reason_separator").join(texts)


def _has_reasons(claim: Claim) -> bool:
    """A verdict the explanation can justify: some reason on the verdict's own side. Not a
    checkable claim in loaded words («"… حل سحري …"», said the doctor): who said it can be
    checked, but a student who answers that an opinion cannot be is not wrong. Nor a
    fragment ('"We have no choice."'): it asserts too little to ask whether it can be checked."""
    if "fragment" in claim.reasons:
        return False
    if claim.checkable and "loaded_language" in claim.reasons:
        return False
    side = CHECKABLE if claim.checkable else NOT_CHECKABLE
    return any(code in side for code in claim.reasons)


def _stands_alone(ctx: Context, claim: Claim) -> bool:
    """Not the second half of a sentence whose subject is in the first ("… said he was
    disappointed | and urged leaders to return"): quoted alone it has no subject."""
    if claim.source is None:
        return True
    source = ctx.analysis.sources[claim.source]
    words = claim.text.split(maxsplit=1)
    grammar = lexicon(ctx.language).grammar
    return not (words and words[0] in grammar.clause_openers and source.start < claim.start)


def checkable_tf(ctx: Context, rng: random.Random) -> list[Draft]:
    """4. True or false: a reader could check this claim."""
    t = ctx.t
    drafts = []
    for i, claim in enumerate(ctx.analysis.claims):
        if not claim.factual or not _has_reasons(claim) or ctx.in_headline(claim.start, claim.end):
            continue
        if not _stands_alone(ctx, claim) or ctx.reports_silence(claim):
            continue
        verdict = "checkable" if claim.checkable else "uncheckable"
        wrong = "false" if claim.checkable else "true"
        question = make_question(
            "true_false",
            prompt=t.text("checkable_tf.prompt", quote=t.quote(claim.text)),
            skill="checkability",
            practice="reliable" if claim.checkable else "unreliable",
            difficulty="easy" if set(claim.reasons) & _OBVIOUS else "medium",
            evidence=ctx.evidence(claim.start, claim.end),
            answer=claim.checkable,
            explanation=t.text(
                f"checkable_tf.explanation.{verdict}", reasons=reasons_sentence(ctx, claim)
            ),
            feedback={
                wrong: t.text(
                    "checkable_tf.feedback."
                    + ("doubted_checkable" if claim.checkable else "trusted_uncheckable")
                )
            },
        )
        drafts.append(
            Draft("checkable_tf", question, (claim.start, claim.end), f"claim:{i}", asks=i)
        )
    return drafts


def which_checkable(ctx: Context, rng: random.Random) -> list[Draft]:
    """5. Which of these claims could a reader check (one among uncheckable ones), or the
    reverse: which could they not?"""
    t = ctx.t
    claims = ctx.analysis.claims
    factual = [
        i
        for i, c in enumerate(claims)
        if c.factual
        and _has_reasons(c)
        and not ctx.in_headline(c.start, c.end)
        and _stands_alone(ctx, c)
        and not ctx.reports_silence(c)
    ]
    checkable = [i for i in factual if claims[i].checkable]
    uncheckable = [i for i in factual if not claims[i].checkable]
    drafts = []
    for target_is_checkable, targets, others in (
        (True, checkable, uncheckable),
        (False, uncheckable, checkable),
    ):
        if not targets or len(others) < 3:
            continue
        target = targets[rng.randrange(len(targets))]
        picked = sorted(rng.sample(others, 3))
        options = {i: t.clip(claims[i].text) for i in [target, *picked]}
        if len({o.strip() for o in options.values()}) < 4:
            continue
        choices, meanings = shuffled_choices(
            rng, options[target], [options[i] for i in picked], picked, target
        )
        verdict = "checkable" if target_is_checkable else "uncheckable"
        claim = claims[target]
        question = make_question(
            "single_choice",
            prompt=t.text(f"which_checkable.prompt.{verdict}"),
            skill="checkability",
            practice="reliable" if target_is_checkable else "unreliable",
            difficulty="medium",
            evidence=ctx.evidence(claim.start, claim.end),
            choices=choices,
            answer=options[target],
            explanation=t.text(
                f"which_checkable.explanation.{verdict}", reasons=reasons_sentence(ctx, claim)
            ),
        )
        drafts.append(
            Draft(
                "which_checkable",
                question,
                (claim.start, claim.end),
                f"claim:{target}",
                meanings,
                asks=target_is_checkable,
            )
        )
    return drafts
