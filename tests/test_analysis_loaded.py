"""Loaded words: lexicon entries in running text, their context rules, and punctuation."""

from __future__ import annotations

from itertools import pairwise

import pytest

from literacy import analyze

CASES = [
    # framing, and the same word made ordinary by its context
    ("أعلن الجيش تحرير البلدة من قبضة المسلحين.", [("تحرير", "framing")]),
    ("بدأ رئيس تحرير الصحيفة عمله أمس.", []),
    ("وصدرت الصحيفة عن منظمة التحرير في بيروت.", []),
    ("احتلت القوات المدينة بعد معارك عنيفة.", [("احتلت", "framing"), ("عنيفة", "intensifier")]),
    ("احتل الفريق المركز الأول في البطولة.", []),
    # labels, with clitics and inflections the lexicon does not list
    (
        "وصفت الحكومة المسلحين بأنهم إرهابيون ومرتزقة.",
        [("إرهابيون", "label"), ("مرتزقة", "label")],
    ),
    ("انتشرت فلول النظام في الأحياء الشرقية.", [("فلول", "label")]),
    ("انتقد النائب سياسات النظام السوري.", [("النظام", "label")]),
    ("ناقش المجلس النظام الداخلي للجمعية.", []),
    ("يدعي الكيان الصهيوني أن الهجوم كان دفاعاً عن النفس.", [("الكيان الصهيوني", "label")]),
    ("هذا دعم واضح وصريح للإرهاب.", [("واضح وصريح", "intensifier"), ("إرهاب", "label")]),
    # emotional and framing nouns and adjectives
    ("قتل ثلاثة مدنيين في مجزرة مروعة.", [("مجزرة", "framing"), ("مروعة", "emotional")]),
    # multi-word entries win over the words inside them
    ("فضيحة مدوية تهز الوزارة", [("فضيحة مدوية", "sensational"), ("تهز", "sensational")]),
    ("وفي ظروف غامضة اختفى الصحفي.", [("ظروف غامضة", "sensational")]),
    (
        "شهد الاقتصاد نقلة نوعية غير مسبوقة.",
        [("نقلة نوعية", "exaggeration"), ("غير مسبوقة", "exaggeration")],
    ),
    # sensational markers and punctuation
    (
        "خبر عاجل: انفجار ضخم يهز العاصمة!!",
        [
            ("خبر عاجل", "sensational"),
            ("ضخم", "intensifier"),
            ("يهز", "sensational"),
            ("!!", "sensational"),
        ],
    ),
    ("هل هذا معقول؟!", [("؟!", "sensational")]),
    # tashkeel kept in the finding: offsets index the original text
    ("قُتِلَ المَدَنِيّونَ في مَجْزَرَةٍ", [("مَجْزَرَةٍ", "framing")]),
    # names are not loaded words
    ("قال عبد العظيم حسن إن العمل مستمر.", []),
    # an accusative adjective grades a result, but only counts after a quantity word
    ("حقق المشروع نجاحاً كبيراً في عامه الأول.", [("كبيراً", "evaluative")]),
    ("استقبل المعرض عدداً كبيراً من الزوار.", []),
    ("وأضاف لافتاً إلى أن العمل مستمر.", []),
    # «نارية» loaded in speech, plain in motorcycles and fireworks
    ("ألقى الوزير خطاباً نارياً أمام البرلمان.", [("خطاباً نارياً", "sensational")]),
    ("صادرت الشرطة عشر دراجات نارية.", []),
    ("وصفت الصحيفة القرار بأنه بالغ الأهمية.", [("بالغ الأهمية", "intensifier")]),
    # plain reporting
    ("ارتفعت الأسعار بنسبة 3 في المئة.", []),
    ("وقّعت الشركتان اتفاقية تعاون في الرياض.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_loaded_words(text, expected):
    found = [(w.text, w.category) for w in analyze(text).loaded]
    assert found == expected


def test_a_loaded_word_carries_its_neutral_alternatives_and_note():
    (word,) = analyze("أعلن الجيش تحرير البلدة.").loaded
    assert word.entry == "tahrir"
    assert "سيطرة" in word.neutral
    assert word.note
    assert not word.omit


def test_an_intensifier_may_simply_be_dropped():
    (word,) = analyze("وهذا صحيح بلا أدنى شك.").loaded
    assert word.text == "بلا أدنى شك"
    assert word.omit


def test_loaded_findings_never_overlap():
    text = "فضيحة مدوية ومجزرة مروعة وفضيحة كبرى وفشل ذريع وكارثة إنسانية!!"
    spans = sorted((w.start, w.end) for w in analyze(text).loaded)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(spans))
