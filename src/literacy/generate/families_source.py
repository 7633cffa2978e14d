"""Questions about sources: who says so, what kind of source, what the reporting verb implies."""

from __future__ import annotations

import random

from literacy import text as textlib
from literacy.analysis import Source
from literacy.analysis.lexicon import lexicon
from literacy.generate.context import Context, cue_kind, loaded_forms
from literacy.generate.draft import Draft, make_question, shuffled_choices

NO_SOURCE = "none"
KINDS = ("person", "organization", "anonymous", NO_SOURCE)


def source_who(ctx: Context, rng: random.Random) -> list[Draft]:
    """1. Who is the source of this claim? Distractors are sources of *other* claims."""
    t, analysis = ctx.t, ctx.analysis
    drafts = []
    for i, claim in enumerate(analysis.claims):
        own = ctx.sources_of(i)
        if not claim.factual or ctx.in_headline(claim.start, claim.end) or len(own) > 1:
            continue  # two sources in one sentence: "who said it?" would have two answers
        if ctx.reports_silence(claim):
            continue  # "The club declined to comment": nobody is the source of a silence
        others = _distinct_sources(ctx, exclude=own)
        if claim.source is not None:
            source = analysis.sources[claim.source]
            if not _covers_sentence(ctx, source) or _points_back(ctx, source):
                continue
            correct, kind, meaning = source.text, source.kind, claim.source
            distractors = [(analysis.sources[j].text, j) for j in others[:2]]
            distractors.append((t.text("source_who.no_source"), NO_SOURCE))
            cue = source.cue
        elif not own:
            correct, kind, meaning, cue = t.text("source_who.no_source"), NO_SOURCE, NO_SOURCE, ""
            distractors = [(analysis.sources[j].text, j) for j in others[:3]]
        else:
            continue
        if len(distractors) < 2:
            continue
        feedback = {}
        for text_, j in distractors:
            if j == NO_SOURCE:
                feedback[text_] = t.text("source_who.feedback.no_source")
            else:
                feedback[text_] = t.text("source_who.feedback.other_source", source=t.quote(text_))
        choices, meanings = shuffled_choices(
            rng, correct, [d[0] for d in distractors], [d[1] for d in distractors], meaning
        )
        question = make_question(
            "single_choice",
            prompt=t.text("source_who.prompt", quote=t.quote(claim.text)),
            skill="source",
            practice=_practice(kind, claim.checkable),
            difficulty={"anonymous": "easy", "person": "easy"}.get(kind, "medium"),
            evidence=ctx.evidence(claim.start, claim.end),
            choices=choices,
            answer=correct,
            explanation=t.text(
                f"source_who.explanation.{kind}", source=t.quote(correct), cue=t.quote(cue)
            ),
            feedback=feedback,
        )
        drafts.append(
            Draft("source_who", question, (claim.start, claim.end), f"claim:{i}", meanings, asks=i)
        )
    return drafts


def source_kind(ctx: Context, rng: random.Random) -> list[Draft]:
    """2. What kind of source is it: a named person or organisation, anonymous, or none?"""
    t, analysis = ctx.t, ctx.analysis
    labels = {kind: t.text(f"kinds.{kind}") for kind in KINDS}
    drafts = []
    for i, claim in enumerate(analysis.claims):
        if not claim.factual or ctx.in_headline(claim.start, claim.end):
            continue
        if ctx.reports_silence(claim):
            continue
        own = ctx.sources_of(i)
        if claim.source is not None:
            source = analysis.sources[claim.source]
            if not _covers_sentence(ctx, source) or _points_back(ctx, source):
                continue
            kinds_here = {analysis.sources[j].kind for j in own}
            if len(kinds_here) > 1:
                continue  # two kinds of source in one sentence: the question would be ambiguous
            kind, name, cue = source.kind, source.text, source.cue
        elif not own:
            kind, name, cue = NO_SOURCE, "", ""
        else:
            continue
        feedback = {}
        if kind == "anonymous":
            feedback[labels["person"]] = t.text(
                "source_kind.feedback.anonymous_as_named", source=t.quote(name)
            )
        elif kind in ("person", "organization"):
            feedback[labels["anonymous"]] = t.text(
                "source_kind.feedback.named_as_anonymous", source=t.quote(name)
            )
        if kind != NO_SOURCE:
            feedback[labels[NO_SOURCE]] = t.text(
                "source_kind.feedback.source_as_none", source=t.quote(name), cue=t.quote(cue)
            )
        question = make_question(
            "single_choice",
            prompt=t.text("source_kind.prompt", quote=t.quote(claim.text)),
            skill="source",
            practice=_practice(kind, claim.checkable),
            difficulty=_kind_difficulty(kind, name, ctx.language),
            evidence=ctx.evidence(claim.start, claim.end),
            choices=[labels[k] for k in KINDS],
            shuffle_choices=False,  # the kinds read best in one order, "no source" last
            answer=labels[kind],
            explanation=t.text(f"source_kind.explanation.{kind}", source=t.quote(name)),
            feedback=feedback,
        )
        drafts.append(
            Draft("source_kind", question, (claim.start, claim.end), f"claim:{i}", KINDS, asks=i)
        )
    return drafts


def cue_stance(ctx: Context, rng: random.Random) -> list[Draft]:
    """3. Which reporting verb doubts, presents as proven, or lends weight?"""
    t, analysis = ctx.t, ctx.analysis
    neutral = _neutral_cues(ctx)
    drafts = []
    asked: set[str] = set()
    for i, source in enumerate(analysis.sources):
        stance = source.cue_stance
        if stance == "neutral" or stance in asked or not _is_verb(ctx, source):
            continue
        distractors = [
            c
            for c in neutral
            if textlib.normalize_key(c, ctx.language)
            != textlib.normalize_key(source.cue, ctx.language)
        ][:3]
        if len(distractors) < 3:
            continue
        asked.add(stance)
        choices, meanings = shuffled_choices(
            rng, source.cue, distractors, ["neutral"] * len(distractors), stance
        )
        claim = ctx.claim_of_source(i)
        start, end = (
            (analysis.claims[claim].start, analysis.claims[claim].end)
            if claim is not None
            else (source.cue_start, source.cue_end)
        )
        question = make_question(
            "single_choice",
            prompt=t.text(f"cue_stance.prompt.{stance}"),
            skill="source",
            practice="unreliable" if stance in ("doubt", "proven") else None,
            difficulty="medium" if stance == "doubt" else "hard",
            evidence=ctx.evidence(start, end),
            choices=choices,
            answer=source.cue,
            explanation=t.text(
                f"cue_stance.explanation.{stance}",
                cue=t.quote(source.cue),
                others=t.join(distractors),
            ),
        )
        drafts.append(
            Draft("cue_stance", question, (start, end), f"cue:{stance}", meanings, asks=stance)
        )
    return drafts


def _neutral_cues(ctx: Context) -> list[str]:
    """Neutral reporting verbs as the article spells them, then the templates' own."""
    seen: set[str] = set()
    out = []
    article_cues = [
        s.cue
        for s in ctx.analysis.sources
        if s.cue_stance == "neutral"
        and _is_verb(ctx, s)
        and not ctx.is_loaded(s.cue_start, s.cue_end)  # "slammed" is no neutral verb
    ]
    loaded = loaded_forms(ctx.language)
    verbs: set[str] = set()  # "said" and "say" are one verb: offer it once
    for cue in [*article_cues, *ctx.t.raw("cue_stance.neutral_fallback")]:
        key = textlib.normalize_key(cue, ctx.language)
        if not key or key in seen or key in loaded or len(cue.split()) != 1:
            continue
        verb = _cue_entry(ctx, key) or key
        if verb in verbs:
            continue
        seen.add(key)
        verbs.add(verb)
        out.append(cue)
    return out


def _cue_entry(ctx: Context, key: str) -> str | None:
    """The lexicon's reporting-cue entry a word belongs to (its verb, whatever the form)."""
    hits = lexicon(ctx.language).lookup(key, ())
    return next((h.entry for h in hits if h.kind == "cue" and not h.rest), None)


def _covers_sentence(ctx: Context, source: Source) -> bool:
    """A verb or «بحسب» attributes the whole sentence; a noun cue («اتهامات من قبل …») or a
    context phrase may attribute only part of it, so asking about the sentence is unfair. So
    does a source inside a subordinate clause ("…, after Republican leaders demanded cuts")."""
    if cue_kind(ctx.language, source.cue_entry) in ("noun", "context"):
        return False
    before = ctx.text[: source.start].split()
    grammar = lexicon(ctx.language).grammar
    return not (
        before
        and ctx.language == "en"
        and before[-1].lower() in grammar.clause_openers
        and before[-1].lower() not in _COORDINATORS
    )


def _points_back(ctx: Context, source: Source) -> bool:
    """Is the source «الأخير» (the latter) or «هذا الأخير»: somebody named before, whom the
    words themselves do not name, so no fair answer to "who says so?" or "what kind?"."""
    return _key_points_back(textlib.normalize_key(source.text, ctx.language), ctx.language)


def _key_points_back(key: str, language: str) -> bool:
    """`_points_back` for a source's name already normalised (`textlib.normalize_key`)."""
    return not lexicon(language).grammar.latter_words.isdisjoint(key.split())


# Clause openers that join a clause of equal rank, so the source may still speak for it all.
_COORDINATORS = frozenset({"and", "but", "or", "so", "yet", "then"})


def _is_verb(ctx: Context, source: Source) -> bool:
    return cue_kind(ctx.language, source.cue_entry) in ("verb", "participle")


def names_overlap(a: str, b: str, language: str) -> bool:
    """«الجيش السوري» and «الجيش السوري وحلفاؤه» name the same source for a student."""
    return keys_overlap(
        textlib.normalize_key(a, language), textlib.normalize_key(b, language), language
    )


def keys_overlap(a: str, b: str, language: str) -> bool:
    """`names_overlap` for names already normalised (`textlib.normalize_key`)."""
    if a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} ":
        return True
    return language == "en" and (_mentions_again(a, b) or _mentions_again(b, a))


def _mentions_again(short: str, name: str) -> bool:
    """ "the judge" after "Judge Patricia Onwu", "the aide" after "a senior aide": English
    names a source again by its office alone, so the two are one source for a student."""
    words = short.split()
    return len(words) == 2 and words[0] == "the" and words[1] in name.split()


def _distinct_sources(ctx: Context, exclude: frozenset[int]) -> list[int]:
    """Sources of other claims whose names do not overlap each other or the excluded."""
    language = ctx.language
    # each name normalised once: the pairs are many («الجيش السوري» against every other)
    keys = [textlib.normalize_key(s.text, language) for s in ctx.analysis.sources]
    taken = [keys[j] for j in exclude]
    out = []
    for j, key in enumerate(keys):
        if j in exclude or any(keys_overlap(key, t, language) for t in taken):
            continue
        if _key_points_back(key, language):
            continue  # «الأخير» names nobody out of its sentence
        taken.append(key)
        out.append(j)
    return out


def _practice(kind: str, checkable: bool) -> str | None:
    if kind == "anonymous":
        return "unreliable"
    if kind in ("person", "organization"):
        return "reliable"
    return None if checkable else "unreliable"


def _kind_difficulty(kind: str, name: str, language: str) -> str:
    if kind == "anonymous":
        # «مصادر» or "sources" alone is easy; «قائد عسكري سوري رفيع» sounds specific: harder.
        return "easy" if len(name.split()) <= 2 else "medium"
    return "easy" if kind == "person" else "medium"
