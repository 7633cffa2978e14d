"""The generator on real articles: valid, balanced, deterministic quizzes; clear shortfalls."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from literacy.analysis import analyze
from literacy.errors import LiteracyError
from literacy.generate import NotEnoughMaterial, generate, generate_report
from literacy.quiz import dumps_quiz, load_quiz, loads_quiz

ROOT = Path(__file__).resolve().parents[1]
# The worked example as the repository keeps it (the same bytes as ../shared/corpus).
ARTICLE = ROOT / "tests" / "golden" / "pelest-bukamal-2017.txt"
GOLDEN = ROOT / "quizzes" / "ar" / "bukamal-2017-generated.yaml"
GOLDEN_ID = "bukamal-2017-generated"

# A short article written for these tests, rich enough for every skill.
SHORT = """\
عاجل: مجزرة مروعة في المدينة!
قال وزير الصحة أحمد سالم إن 40 شخصاً أصيبوا يوم 3 آذار 2021 في حي الشهداء.
وزعمت مصادر مطلعة أن فلول المسلحين هربوا عبر الأنفاق.
وأعلنت وزارة الداخلية فتح تحقيق في الحادث.
وكشف ناشطون أن القصف كان متعمداً وأن العصابات المسلحة خططت له منذ أسابيع.
وتقع المدينة على الضفة الغربية للنهر، ويبلغ عدد سكانها 80 ألف نسمة.
وقال شهود عيان إن الدخان غطى السماء ساعات طويلة.
"""


@pytest.fixture(scope="module")
def worked_example() -> str:
    return ARTICLE.read_text(encoding="utf-8-sig")


@pytest.fixture(scope="module")
def default_quiz(worked_example):
    return generate(worked_example, quiz_id=GOLDEN_ID)


def test_the_generated_worked_example_is_the_committed_golden_file(default_quiz):
    text = dumps_quiz(default_quiz)
    if os.environ.get("LITERACY_REGEN_GOLDEN"):
        GOLDEN.write_text(
            "# yaml-language-server: $schema=../schema.json\n" + text, encoding="utf-8"
        )
    committed = GOLDEN.read_text(encoding="utf-8")
    assert committed.split("\n", 1)[1] == text, (
        "regenerate on purpose: LITERACY_REGEN_GOLDEN=1 pytest tests/test_generate.py"
    )


def test_the_default_quiz_is_valid_and_spread_over_the_skills(default_quiz):
    assert loads_quiz(dumps_quiz(default_quiz)) == default_quiz
    assert len(default_quiz.questions) == 12
    assert Counter(q.skill for q in default_quiz.questions) == {
        "source": 4,
        "checkability": 4,
        "loaded_language": 4,
    }
    for question in default_quiz.questions:
        assert question.evidence is not None and question.evidence.start is not None
        assert question.explanation and question.difficulty


def test_reliable_and_unreliable_items_are_roughly_half_and_half(default_quiz):
    practices = Counter(q.practice for q in default_quiz.questions if q.practice)
    assert sum(practices.values()) >= 8
    assert abs(practices["reliable"] - practices["unreliable"]) <= 2, practices


def test_the_families_vary(default_quiz):
    families = {(q.type, q.skill, q.prompt[:12]) for q in default_quiz.questions}
    assert len(families) >= 8
    assert any(q.type == "true_false" for q in default_quiz.questions)
    assert any("العنوان" in q.prompt for q in default_quiz.questions), "the headline question"


def test_same_article_and_seed_give_byte_identical_yaml(worked_example, default_quiz):
    again = generate(worked_example, quiz_id=GOLDEN_ID)
    assert dumps_quiz(again) == dumps_quiz(default_quiz)
    other = generate(worked_example, quiz_id=GOLDEN_ID, seed=7)
    assert dumps_quiz(other) != dumps_quiz(default_quiz)
    assert loads_quiz(dumps_quiz(other)) == other


def test_the_committed_generated_quiz_loads(default_quiz):
    assert load_quiz(GOLDEN).id == GOLDEN_ID


@pytest.mark.parametrize("skills", [["loaded_language"], ["source", "checkability"]])
def test_only_the_asked_skills(worked_example, skills):
    quiz = generate(worked_example, skills=skills, questions=6)
    assert {q.skill for q in quiz.questions} == set(skills)
    assert len(quiz.questions) == 6


def test_difficulty_prefers_the_asked_level(worked_example):
    easy = Counter(q.difficulty for q in generate(worked_example, difficulty="easy").questions)
    hard = Counter(q.difficulty for q in generate(worked_example, difficulty="hard").questions)
    assert easy["easy"] > hard["easy"]
    assert hard["hard"] >= easy["hard"]
    assert generate(worked_example, difficulty="easy").level == "easy"


def test_a_short_article_says_which_skill_had_too_little():
    report = generate_report("قالت وزارة الصحة إن 12 شخصاً أصيبوا يوم الأحد في حادث سير.")
    assert report.quiz.questions, "a checkable claim by a named source is still worth asking"
    short = {s.skill for s in report.shortfalls}
    assert "loaded_language" in short
    from literacy.generate import shortfall_message

    messages = [shortfall_message(s, "ar") for s in report.shortfalls]
    assert any("الكلمات المشحونة" in m for m in messages)


def test_nothing_to_ask_is_a_clear_error_not_a_crash():
    with pytest.raises(NotEnoughMaterial, match="too few"):
        generate("!!!؟؟", language="ar")


def test_options_that_would_be_wrong_are_refused():
    with pytest.raises(LiteracyError, match="unknown skill 'spelling'"):
        generate(SHORT, skills=["spelling"])
    with pytest.raises(LiteracyError, match="at least one question"):
        generate(SHORT, questions=0)
    with pytest.raises(LiteracyError, match="not one of easy, medium, hard"):
        generate(SHORT, difficulty="impossible")


def test_a_short_article_gives_every_skill():
    quiz = generate(SHORT, questions=9)
    assert {q.skill for q in quiz.questions} == {"source", "checkability", "loaded_language"}


def test_the_generator_trusts_a_teachers_edits():
    analysis = analyze(SHORT)
    minister = next(i for i, s in enumerate(analysis.sources) if "وزير" in s.text)
    # The teacher decides the minister's statement is anonymous and that «فلول» is fine here.
    sources = list(analysis.sources)
    sources[minister] = sources[minister].model_copy(update={"kind": "anonymous"})
    loaded = tuple(w for w in analysis.loaded if w.text != "فلول")
    edited = analysis.model_copy(update={"sources": tuple(sources), "loaded": loaded})
    quiz = generate(edited, questions=12)
    for question in quiz.questions:
        if (
            question.evidence
            and "وزير الصحة" in question.evidence.quote
            and question.type == "single_choice"
            and "نوع المصدر" in question.prompt
        ):
            assert question.answer.startswith("مصدر مجهول")
        assert "فلول" not in getattr(question, "targets", ())
        if question.type == "single_choice" and "مشحونة" in question.prompt:
            assert question.answer != "فلول"


def test_the_latter_is_never_an_answer_or_an_option_about_sources():
    # «الأخير» names somebody named before; the words alone answer neither "who?" nor
    # "what kind?", and as a distractor they name nobody
    text = (
        "استقبل وزير الخارجية سامي حداد نظيره الفرنسي في الرباط أمس. "
        "وقال الأخير إن البلدين سيوقعان اتفاقا للتعاون التجاري يوم 5 أيار 2021. "
        "وقالت مصادر مطلعة إن الاتفاق يشمل 12 مشروعا. "
        "وأعلنت وزارة الاقتصاد أن الصادرات ارتفعت بنسبة 8 في المئة. "
        "وكشف ناشطون أن العصابات المسلحة هربت عبر الحدود. "
        "وأكد شهود أن الموكب مر دون حوادث."
    )
    analysis = analyze(text)
    assert any(s.text == "الأخير" for s in analysis.sources)
    asked = 0
    for seed in range(8):
        quiz = generate(analysis, questions=30, skills=["source"], seed=seed)
        for question in quiz.questions:
            asked += 1
            if question.evidence and "الأخير" in question.evidence.quote:
                asks_who = "مصدر هذه المعلومة" in question.prompt
                assert not asks_who and "نوع المصدر" not in question.prompt, question.prompt
            assert "الأخير" not in [str(c) for c in getattr(question, "choices", ())]
    assert asked


def test_a_quoted_opinion_in_loaded_words_is_never_a_checkability_item():
    # who said it can be checked, but a student who says an opinion cannot is not wrong
    text = (
        "أعلنت وزارة الصحة يوم 12/3/2021 تسجيل 250 إصابة جديدة في القاهرة. وقال الدكتور "
        'محمد عبد الحميد، أستاذ الغدد الصماء: "للأسف، الناس تبحث عن حل سحري، وهذا أمر '
        'مفهوم". وقالت مصادر مطلعة إن الوزارة تدرس إجراءات جديدة. ويرى مراقبون أن الحكومة '
        "تسعى إلى تهدئة الرأي العام. وقال شهود عيان إن الطوابير امتدت أمام المستشفيات. "
        "وبلغ عدد سكان المدينة 116 ألف نسمة عام 2012."
    )
    analysis = analyze(text)
    quoted = next(c for c in analysis.claims if "حل سحري" in c.text)
    assert quoted.checkable and "loaded_language" in quoted.reasons
    asked = 0
    for seed in range(6):
        quiz = generate(analysis, questions=30, skills=["checkability"], seed=seed)
        for question in quiz.questions:
            asked += 1
            assert "الدكتور محمد" not in question.prompt
            assert "الدكتور محمد" not in str(getattr(question, "choices", ""))
    assert asked


def test_a_language_mismatch_is_refused():
    with pytest.raises(LiteracyError, match="not 'en'"):
        generate(analyze(SHORT), language="en")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        st.sampled_from(list("قال وزير الصحة إن مصادر زعمت فلول مجزرة 12 2021 .!؟\n")), max_size=300
    )
)
def test_any_text_gives_a_valid_quiz_or_a_clear_message(text):
    try:
        quiz = generate(text, language="ar")
    except NotEnoughMaterial:
        return
    assert loads_quiz(dumps_quiz(quiz)) == quiz


def test_generated_yaml_is_readable():
    text = dumps_quiz(generate(SHORT, questions=6))
    assert "\\u" not in text
    data = yaml.safe_load(text)
    assert data["article"]["text"].startswith("عاجل")
    assert re.search(r"^  text: \|", text, re.MULTILINE)


def test_a_lexicon_view_of_another_text_is_refused():
    with pytest.raises(LiteracyError, match="another text"):
        generate_report(analyze(SHORT), lexicon_view=analyze("قال الوزير إن الطقس جميل."))


def test_generated_quizzes_are_tagged_with_their_skills_in_words(default_quiz):
    assert default_quiz.tags == ("مصادر", "قابلية التحقق", "لغة مشحونة")
