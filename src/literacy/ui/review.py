"""What a student reads after answering: each choice marked right or wrong, and the
feedback the quiz's author wrote for the choices that matter to this student."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from literacy.quiz.model import MarkWords, MultipleChoice, Question, SingleChoice, TrueFalse
from literacy.ui.attempt import Response


@dataclass(frozen=True, slots=True)
class ChoiceReview:
    text: str
    correct: bool
    picked: bool
    feedback: str | None

    @property
    def shows_feedback(self) -> bool:
        """Feedback on what the student picked, and on a right answer they missed."""
        return self.feedback is not None and (self.picked or self.correct)


def review_choices(
    question: Question,
    response: Response | None,
    order: Sequence[int] = (),
    true_false: tuple[str, str] = ("true", "false"),
) -> list[ChoiceReview]:
    """One row per choice in the order shown (`order` from `attempt.choice_order`)."""
    if isinstance(question, TrueFalse):
        return [
            ChoiceReview(
                text=label,
                correct=question.answer is value,
                picked=response is value,
                feedback=question.feedback.get(key),
            )
            for value, label, key in (
                (True, true_false[0], "true"),
                (False, true_false[1], "false"),
            )
        ]
    if isinstance(question, SingleChoice | MultipleChoice):
        if isinstance(question, SingleChoice):
            right = {question.answer_index}
            picked = {response} if isinstance(response, int) else set()
        else:
            right = set(question.answer_indices)
            picked = set(response) if isinstance(response, tuple) else set()
        return [
            ChoiceReview(
                text=question.choices[i],
                correct=i in right,
                picked=i in picked,
                feedback=question.feedback.get(question.choices[i]),
            )
            for i in (order or range(len(question.choices)))
        ]
    return []


def word_feedback(question: MarkWords, picked: Sequence[int]) -> list[tuple[str, str]]:
    """(word, note) for the marked words and the missed target words that have feedback."""
    out = []
    seen = set()
    for index, word in enumerate(question.words):
        relevant = index in picked or index in question.target_words
        note = question.feedback.get(word.text)
        if relevant and note is not None and word.text not in seen:
            seen.add(word.text)
            out.append((word.text, note))
    return out
