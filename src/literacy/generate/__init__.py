"""The question generator: from an analysed article to a quiz a teacher would use.

Every family proposes candidate questions from the analysis; the ambiguity validator drops
any candidate whose right answer is not right or whose wrong answers are not wrong; the
selection spreads the survivors over the asked skills, balances reliable and unreliable
items and prefers the asked difficulty. Same analysis, options and seed: the same quiz.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from literacy.analysis import Analysis
from literacy.errors import LiteracyError
from literacy.generate import families_checkability as checkability
from literacy.generate import families_loaded as loaded
from literacy.generate import families_source as source
from literacy.generate.context import Context
from literacy.generate.draft import Draft
from literacy.generate.select import LEVELS, Shortfall, choose
from literacy.generate.templates import templates
from literacy.generate.validate import problems
from literacy.quiz.files import validate_quiz
from literacy.quiz.model import Quiz

SKILLS = ("source", "checkability", "loaded_language")
DEFAULT_QUESTIONS = 12
_BUILDERS = (
    source.source_who,
    source.source_kind,
    source.cue_stance,
    checkability.checkable_tf,
    checkability.which_checkable,
    loaded.loaded_which,
    loaded.mark_words,
    loaded.neutral_alternative,
    loaded.headline,
    loaded.no_loaded_tf,
)


class NotEnoughMaterial(LiteracyError):
    """The article gives nothing to ask about for any of the asked skills."""

    def __init__(self, shortfalls: Sequence[Shortfall]):
        self.shortfalls = tuple(shortfalls)
        super().__init__(" ".join(shortfall_message(s, "en") for s in shortfalls))


@dataclass(frozen=True)
class Rejected:
    family: str
    prompt: str
    problems: tuple[str, ...]


@dataclass(frozen=True)
class Generated:
    quiz: Quiz
    shortfalls: tuple[Shortfall, ...]
    rejected: tuple[Rejected, ...]
    candidates: int
    picked: tuple[Draft, ...]  # the drafts behind the quiz's questions, in the same order


def shortfall_message(shortfall: Shortfall, language: str) -> str:
    """Which skill had too little to ask about, in the teacher's language."""
    return templates(language).text(f"shortfall.{shortfall.skill}")


def generate(
    analysis: Analysis | str,
    *,
    questions: int | None = None,
    skills: Sequence[str] | None = None,
    seed: int = 0,
    language: str | None = None,
    difficulty: str | None = None,
    title: str | None = None,
    quiz_id: str | None = None,
) -> Quiz:
    """A quiz from an analysis (or from article text, analysed first)."""
    return generate_report(
        analysis,
        questions=questions,
        skills=skills,
        seed=seed,
        language=language,
        difficulty=difficulty,
        title=title,
        quiz_id=quiz_id,
    ).quiz


def generate_report(
    analysis: Analysis | str,
    *,
    questions: int | None = None,
    skills: Sequence[str] | None = None,
    seed: int = 0,
    language: str | None = None,
    difficulty: str | None = None,
    title: str | None = None,
    quiz_id: str | None = None,
    lexicon_view: Analysis | None = None,
) -> Generated:
    """`generate`, with what fell short and which candidates the validator rejected.

    `lexicon_view` is the analyser's own, unedited analysis of the same text, when the caller
    has it already (the author page does); otherwise it is made again here."""
    from literacy.analysis import analyze

    if isinstance(analysis, str):
        analysis = lexicon_view = analyze(analysis, language)
    elif lexicon_view is not None and lexicon_view.text != analysis.text:
        raise LiteracyError("lexicon_view is the analysis of another text")
    elif language is not None and language != analysis.language:
        raise LiteracyError(f"the analysis is of a {analysis.language!r} article, not {language!r}")
    skills = _skills(skills)
    if difficulty is not None and difficulty not in LEVELS:
        raise LiteracyError(f"difficulty {difficulty!r} is not one of {', '.join(LEVELS)}")
    total = DEFAULT_QUESTIONS if questions is None else questions
    if total < 1:
        raise LiteracyError("ask for at least one question")

    # The lexicon's own view of the text, so words a teacher removed from the analysis are
    # still never offered as "neutral" distractors (the same thing when we analysed it).
    ctx = Context.build(analysis, lexicon_view or analyze(analysis.text, analysis.language))
    rng = random.Random(seed)
    accepted: list[Draft] = []
    rejected: list[Rejected] = []
    candidates = 0
    for build in _BUILDERS:
        for draft in build(ctx, rng):
            candidates += 1
            found = problems(draft, ctx)
            if found:
                rejected.append(Rejected(draft.family, draft.question.prompt, tuple(found)))
            else:
                accepted.append(draft)
    picked, shortfalls = choose(accepted, skills, total, difficulty)
    if not picked:
        raise NotEnoughMaterial(shortfalls)
    quiz = _quiz(ctx, picked, skills, difficulty, title, quiz_id)
    return Generated(quiz, tuple(shortfalls), tuple(rejected), candidates, tuple(picked))


def _skills(skills: Sequence[str] | None) -> tuple[str, ...]:
    if not skills:
        return SKILLS
    unknown = [s for s in skills if s not in SKILLS]
    if unknown:
        raise LiteracyError(f"unknown skill {unknown[0]!r}; use {', '.join(SKILLS)}")
    return tuple(dict.fromkeys(skills))


def _quiz(
    ctx: Context,
    picked: list[Draft],
    skills: Sequence[str],
    difficulty: str | None,
    title: str | None,
    quiz_id: str | None,
) -> Quiz:
    t = ctx.t
    head = ctx.analysis.headline
    if title is None:
        title = (
            t.text("title", headline=t.clip(head.text, 12))
            if head is not None
            else t.text("title_untitled")
        )
    return validate_quiz(
        {
            "id": quiz_id or _quiz_id(title, ctx.text),
            "title": title,
            "language": ctx.language,
            "description": t.text("description"),
            "level": difficulty,
            "tags": [t.text(f"skill_tags.{skill}") for skill in skills],
            "article": {"text": ctx.article, **({"title": head.text} if head is not None else {})},
            "settings": {"shuffle_choices": True, "show_explanations": "after_each"},
            "questions": [d.question for d in picked],
        },
        "generated quiz",
    )


def _quiz_id(title: str, text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40].strip("-")
    digest = hashlib.blake2b(text.encode(), digest_size=4).hexdigest()
    return f"{slug}-{digest}" if slug else f"article-{digest}"
