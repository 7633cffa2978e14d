"""The quiz file: its model, YAML load/dump with line-precise errors, and its JSON Schema."""

from literacy.quiz.files import (
    dump_quiz,
    dumps_quiz,
    load_quiz,
    loads_quiz,
    quiz_schema,
    validate_quiz,
)
from literacy.quiz.model import (
    QUESTION_TYPES,
    SKILLS,
    Article,
    Evidence,
    MarkWords,
    MultipleChoice,
    Question,
    Quiz,
    Settings,
    SingleChoice,
    TrueFalse,
)

__all__ = [
    "QUESTION_TYPES",
    "SKILLS",
    "Article",
    "Evidence",
    "MarkWords",
    "MultipleChoice",
    "Question",
    "Quiz",
    "Settings",
    "SingleChoice",
    "TrueFalse",
    "dump_quiz",
    "dumps_quiz",
    "load_quiz",
    "loads_quiz",
    "quiz_schema",
    "validate_quiz",
]
