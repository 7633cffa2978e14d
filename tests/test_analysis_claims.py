"""Claims: factual, subjective, checkable and the reasons behind each verdict.

Each row: a sentence written for these tests, the expected (factual, subjective, checkable)
of its single claim, reasons that must be there, and reasons that must not.
"""

from __future__ import annotations

import pytest

from literacy import analyze
from literacy.analysis import REASON_CODES

CASES = [
    (
        "أعلنت وزارة الصحة يوم 12/3/2021 تسجيل 250 إصابة جديدة.",
        (True, False, True),
        {"has_date", "has_number", "named_source", "official_statement"},
        {"anonymous_source", "unattributed"},
    ),
    (
        "قال مصدر مجهول إن الوزير سيستقيل.",
        (True, False, False),
        {"anonymous_source"},
        {"named_source"},
    ),
    (
        "ربما تكون الحكومة قد أخفت الأرقام الحقيقية.",
        (True, False, False),
        {"speculation", "unattributed"},
        set(),
    ),
    (
        "من المتوقع أن ترتفع الأسعار في العام المقبل.",
        (True, False, False),
        {"prediction"},
        set(),
    ),
    ("هل ستنجح المفاوضات هذه المرة؟", (False, True, False), {"question"}, set()),
    (
        "للأسف، هذا القرار كارثي ومخز بكل المقاييس!",
        (False, True, False),
        {"writer_judgement", "loaded_language", "exclamation"},
        set(),
    ),
    (
        "أحد القادة أفادنا بوجود وثائق تثبت تورط الشركة.",
        (True, False, False),
        {"undisclosed_evidence", "anonymous_source"},
        set(),
    ),
    (
        "وتسعى الحكومة من خلال هذه الخطوة إلى إسكات المعارضة.",
        (True, False, False),
        {"motive", "loaded_language"},
        set(),
    ),
    # Hijri date, number words, Arabic-Indic digits, named places and people
    (
        "في 5 رمضان 1445 هـ افتتح المسجد الجديد في المدينة.",
        (True, False, True),
        {"has_date"},
        set(),
    ),
    ("بلغ عدد سكان المدينة مئتي ألف نسمة.", (True, False, True), {"has_number"}, set()),
    ("وصل ١٢٠ لاجئاً إلى ميناء طرابلس.", (True, False, True), {"has_number", "names_place"}, set()),
    ("تقع مدينة حمص في وسط سوريا.", (True, False, True), {"names_place"}, set()),
    (
        "افتتح الرئيس المصري عبد الفتاح السيسي المؤتمر في القاهرة يوم الثلاثاء.",
        (True, False, True),
        {"names_person", "names_place", "has_date"},
        set(),
    ),
    (
        "وقالت مصادر إن بعض المسؤولين فروا إلى الخارج.",
        (True, False, False),
        {"anonymous_source", "vague_quantity"},
        set(),
    ),
    # not assertions about the world
    ("اللهم احفظ بلادنا من كل سوء.", (False, True, False), {"prayer"}, set()),
    ("شاركوا الخبر على أوسع نطاق.", (False, False, False), {"call_to_action"}, set()),
    ("يجب على الجميع الالتزام بالتعليمات.", (False, False, False), {"obligation"}, set()),
    # the writer's opinion
    (
        "أعتقد أن هذه السياسة فاشلة تماماً.",
        (False, True, False),
        {"first_person", "writer_judgement"},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("text", "verdict", "present", "absent"), CASES, ids=[c[0][:30] for c in CASES]
)
def test_claim_verdicts_and_reasons(text, verdict, present, absent):
    (claim,) = analyze(text).claims
    assert (claim.factual, claim.subjective, claim.checkable) == verdict
    assert present <= set(claim.reasons), claim.reasons
    assert not absent & set(claim.reasons), claim.reasons
    assert set(claim.reasons) <= set(REASON_CODES)


def test_evidence_quotes_what_earned_each_reason():
    text = "أعلنت وزارة الصحة يوم 12/3/2021 تسجيل 250 إصابة جديدة."
    (claim,) = analyze(text).claims
    evidence = {e.reason: e.text for e in claim.evidence}
    assert evidence["has_date"] == "12/3/2021"
    assert evidence["has_number"] == "250"
    assert evidence["named_source"] == "وزارة الصحة"
    for e in claim.evidence:
        assert text[e.start : e.end] == e.text


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        # the first figure in reading order, with the words that go on with it
        ("ارتفعت نسبة الإقبال إلى 85% بحسب خمسة مراكز.", "ar", "85%"),
        (
            "Visitors will pay £4.20 an hour from next month, a rise of 40 per cent.",
            "en",
            "4.20",
        ),
        ("The trust earned £2.3 million from parking, three times more.", "en", "2.3 million"),
        # the day of a date is the date's, when the claim has another number
        ("On 12 February the council approved a £14 million plan.", "en", "14 million"),
    ],
)
def test_the_number_shown_is_the_first_figure_in_reading_order(text, language, number):
    (claim,) = analyze(text, language).claims
    assert {e.reason: e.text for e in claim.evidence}["has_number"] == number


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # «فنية» (technical) is a word of its own, not «ف» + «نية» (intention)
        ("وحذرت تقارير فنية من انهيار الجسر القديم.", {"motive"}),
        # «رفعت» before a possessed noun is a verb, not the name Rifaat
        ("وقال سكان إن الصهاريج رفعت أسعارها إلى ثلاثة أضعاف.", {"names_person"}),
        # «بهدف» in a score is a goal, not «in order to»
        ("وفاز الفريق على ضيفه بهدف نظيف مساء الجمعة.", {"motive"}),
        ("وانتهت المباراة بالتعادل بهدف لمثله.", {"motive"}),
        # «رمضان» is a month before its adjective, a man's name before a family name
        ("وترتفع الأسعار عادة في شهر رمضان الحالي.", {"names_person"}),
    ],
)
def test_words_that_only_look_like_a_lexicon_word(text, absent):
    (claim,) = analyze(text).claims
    assert not absent & set(claim.reasons), claim.reasons


def test_thousands_alone_is_vague_and_a_dual_is_a_number():
    (claim,) = analyze("وقال المروج إن آلاف المرضى شفوا تماماً.").claims
    assert "vague_quantity" in claim.reasons and "has_number" not in claim.reasons
    (claim,) = analyze("وقال المروج إن مليوني شخص يتابعونه.").claims
    assert {e.reason: e.text for e in claim.evidence}["has_number"] == "مليوني"


def test_a_month_that_is_also_a_first_name_names_a_person_before_a_family_name():
    (claim,) = analyze("وزار رمضان قديروف مدينة غروزني أمس.").claims
    assert {e.reason: e.text for e in claim.evidence}["names_person"] == "رمضان قديروف"


def test_a_person_named_with_abd_or_abu_is_shown_whole():
    (claim,) = analyze("والتقى الوزير أحمد أبو زيد في القاهرة.").claims
    assert {e.reason: e.text for e in claim.evidence}["names_person"] == "أحمد أبو زيد"


def test_a_contrast_inside_a_quotation_does_not_split_the_claim():
    text = 'وقال الطبيب: "الناس تبحث عن حل سحري، وهذا أمر مفهوم، لكنه خطير جداً".'
    claims = analyze(text).claims
    assert len(claims) == 1 and claims[0].source == 0
    text = "وقال الطبيب إن الدواء آمن، لكن مصادر في الوزارة قالت إنه خطير."
    assert [c.source for c in analyze(text).claims] == [0, 1]


def test_a_source_closing_the_sentence_reports_an_opinion_before_it_but_not_a_saying():
    text = "واعتبر الخبراء أن الأسعار سترتفع بنسبة 20 في المئة، بحسب تقرير البنك المركزي."
    assert [c.source for c in analyze(text).claims] == [1]
    # the minister said it; and inside a quotation the report is the experts' own citation
    text = "وقال الوزير إن الأسعار ارتفعت بنسبة 20 في المئة، بحسب تقرير البنك المركزي."
    assert [c.source for c in analyze(text).claims] == [0]
    text = 'واعتبر الخبراء أن "الأسعار سترتفع بنسبة 20 في المئة، بحسب تقرير البنك المركزي".'
    analysis = analyze(text)
    assert len(analysis.sources) == 2 and [c.source for c in analysis.claims] == [0]


def test_of_subjects_joined_by_and_a_named_one_is_the_claims_source():
    text = "وقال مسؤولون محليون ومحافظ المدينة سامر العلي إن الخسائر تقدر بملايين الدنانير."
    analysis = analyze(text)
    assert [(s.text, s.kind) for s in analysis.sources] == [
        ("مسؤولون محليون", "anonymous"),
        ("محافظ المدينة سامر العلي", "person"),
    ]
    (claim,) = analysis.claims
    assert claim.source == 1 and "named_source" in claim.reasons and claim.checkable
    # but an outlet that only carried what unnamed officials said is not their co-subject
    text = "ونقل موقع الخبر عن مسؤولين ودبلوماسيين أن الرسالة سلمت الأسبوع الماضي."
    analysis = analyze(text)
    (claim,) = analysis.claims
    assert analysis.sources[claim.source].kind == "anonymous"
    assert "anonymous_source" in claim.reasons


def test_a_word_that_opens_the_next_report_goes_with_it():
    text = "ويقول سكان إن الصهاريج رفعت أسعارها كثيراً، فيما أفاد شهود بأن الطوابير طويلة."
    claims = analyze(text).claims
    assert [c.text for c in claims] == [
        "ويقول سكان إن الصهاريج رفعت أسعارها كثيراً",
        "فيما أفاد شهود بأن الطوابير طويلة.",
    ]
    assert [c.source for c in claims] == [0, 1]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a source the sentence names with «وفقاً لما ذكرته» or «بحسب» is its own, not the
        # previous sentence's that «ويتوقع» would continue
        (
            "وقال مصدر أمني إن المتهم فر. ويتوقع أن تبدأ المحاكمة في يونيو، وفقاً لما ذكرته "
            "صحيفة الأهرام.",
            [0, 1],
        ),
        (
            "وأفاد شهود بأن الطريق أغلق. ويرجح أن يفتح غداً بحسب وزارة النقل.",
            [0, 1],
        ),
        # «وقالت إحدى الضحايا»: somebody new speaks, not the paper of the sentence before;
        # a quantified noun the grammar cannot take («أحد الجيران»: «الجيران» is no source
        # word, as often a family name) leaves it unattributed
        (
            "وذكرت صحيفة الأهرام أن المحاكمة تبدأ في يونيو. وقالت إحدى الضحايا إنها دفعت مدخراتها.",
            [0, 1],
        ),
        (
            "وذكرت صحيفة الأهرام أن الحريق اندلع ليلاً. وقال أحد الجيران إن الدخان ملأ الشارع.",
            [0, None],
        ),
        # «وقال للصحفيين»: whom he told, so still the same speaker and a claim of its own
        (
            "نفى المحامي أحمد الجمال الاتهامات، وقال للصحفيين أمام المحكمة إن موكله بريء.",
            [0, 0],
        ),
        # but «وأضاف» is still the speaker's: the outlet only carried his words
        (
            "وقال الوزير إن المحادثات مستمرة. وأضاف أن الاتفاق سيوقع قريباً، بحسب وكالة رويترز.",
            [0, 0],
        ),
    ],
)
def test_a_sentence_that_names_its_own_source_is_not_a_continuation(text, sources):
    assert [c.source for c in analyze(text).claims] == sources


def test_a_new_report_inside_a_sentence_starts_a_new_claim():
    text = "تمكن أكثر من 200 مسلح من الفرار عبر الأنفاق وأشار قائد عسكري إلى أن التمشيط مستمر."
    claims = analyze(text).claims
    assert [c.text for c in claims] == [
        "تمكن أكثر من 200 مسلح من الفرار عبر الأنفاق",
        "وأشار قائد عسكري إلى أن التمشيط مستمر.",
    ]
    assert claims[0].source is None and claims[1].source == 0


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "خبر عاجل\n\nتحرير المدينة يكشف أسرار التحالف!\n\n"
            "نشر الاثنين 04 ديسمبر 2017 الساعة 16:40\n\n- كاتب المقال\n\n"
            "قال قائد ميداني إن القوات دخلت المدينة بعد معارك استمرت أسبوعاً كاملاً.",
            "تحرير المدينة يكشف أسرار التحالف!",
        ),
        ("قال قائد ميداني إن القوات دخلت المدينة.", None),  # one line: no headline
        ("سطر أول\nسطر ثان بلا نهاية\nسطر ثالث", None),  # no body paragraph
    ],
)
def test_headline_and_page_furniture(text, headline):
    analysis = analyze(text)
    assert (analysis.headline.text if analysis.headline else None) == headline
    claim_texts = [c.text for c in analysis.claims]
    assert not any(t.startswith(("خبر عاجل", "نشر الاثنين", "- كاتب")) for t in claim_texts)


def test_a_repeated_headline_is_one_claim():
    text = (
        "الغلاء يلتهم الرواتب\n\nالغلاء يلتهم الرواتب\n\n"
        "ارتفعت أسعار المواد الغذائية في الأسواق بنسبة عشرين في المئة خلال شهر واحد فقط.\n\n"
        "الغلاء يلتهم الرواتب"
    )
    claims = [c.text for c in analyze(text).claims]
    assert claims.count("الغلاء يلتهم الرواتب") == 1
