"""Sources: who says so, what kind of source, and the reporting cue with its stance.

Sentences written for these tests in the style of Arabic news (not taken from the
evaluation data). Each row: the text, then the expected sources in order as
(source text, kind, cue text, cue stance).
"""

from __future__ import annotations

import pytest

from literacy import analyze

CASES = [
    # verb–subject order, named person with title and name
    (
        "قال وزير الخارجية الأردني أيمن الصفدي إن المحادثات ستستأنف الأسبوع المقبل.",
        [("وزير الخارجية الأردني أيمن الصفدي", "person", "قال", "neutral")],
    ),
    # feminine conjugation, conjunction on the verb, «في بيان» between verb and content
    (
        "وأكدت وزارة الصحة في بيان أن عدد الإصابات ارتفع إلى 120 حالة.",
        [("وزارة الصحة", "organization", "أكدت", "emphasis")],
    ),
    # anonymous, even with «رفض الكشف عن اسمه»
    (
        "وقال مصدر أمني رفض الكشف عن اسمه إن الانفجار وقع قرب السوق.",
        [("مصدر أمني رفض الكشف عن اسمه", "anonymous", "قال", "neutral")],
    ),
    (
        "وقال مسؤول طلب عدم الكشف عن هويته إن المحادثات متعثرة.",
        [("مسؤول طلب عدم الكشف عن هويته", "anonymous", "قال", "neutral")],
    ),
    (
        "أفاد شهود عيان بأن الطائرات حلقت فوق المدينة طوال الليل.",
        [("شهود عيان", "anonymous", "أفاد", "neutral")],
    ),
    # «زعم» signals doubt, «كشف» presents the claim as proven
    (
        "وزعم ناشطون أن القوات الحكومية استخدمت أسلحة محرمة.",
        [("ناشطون", "anonymous", "زعم", "doubt")],
    ),
    (
        "كشفت صحيفة الغارديان البريطانية أن الشركة دفعت رشاوى لمسؤولين.",
        [("صحيفة الغارديان البريطانية", "organization", "كشفت", "proven")],
    ),
    (
        "وادعى المتحدث باسم الحركة أن الاتفاق لم يُنفذ.",
        [("المتحدث باسم الحركة", "person", "ادعى", "doubt")],
    ),
    # prepositional cues: «بحسب», «وفقاً لـ» (glued), «حسب»
    (
        "بحسب المرصد السوري لحقوق الإنسان، قتل 12 مدنياً في الغارة.",
        [("المرصد السوري لحقوق الإنسان", "organization", "بحسب", "neutral")],
    ),
    (
        "ووفقاً لوكالة رويترز، فإن المفاوضات انهارت مساء الأحد.",
        [("وكالة رويترز", "organization", "وفقاً", "neutral")],
    ),
    (
        "حسب مصادر محلية، سقط عشرات الجرحى في القصف.",
        [("مصادر محلية", "anonymous", "حسب", "neutral")],
    ),
    # «نقل عن»: the one quoted is the source, then the outlet that carried it (the claim
    # stays his: see test_a_relayed_claim_is_the_quoted_sources)
    (
        "نقلت وكالة الأنباء الفرنسية عن مسؤول عسكري قوله إن الهجوم صُدّ.",
        [
            ("مسؤول عسكري", "anonymous", "نقلت", "neutral"),
            ("وكالة الأنباء الفرنسية", "organization", "نقلت", "neutral"),
        ],
    ),
    ("ونقل عن الوزير قوله إن الهجوم صُدّ.", [("الوزير", "person", "نقل", "neutral")]),
    # a time between the outlet and «عن»
    (
        "ونقلت وكالة رويترز أمس عن مسؤول أمريكي قوله إن الهجوم صُدّ.",
        [
            ("مسؤول أمريكي", "anonymous", "نقلت", "neutral"),
            ("وكالة رويترز", "organization", "نقلت", "neutral"),
        ],
    ),
    # specific-sounding adjectives do not make a source named
    (
        "وقال قائد عسكري رفيع المستوى إن القوات تقدمت نحو المطار.",
        [("قائد عسكري رفيع المستوى", "anonymous", "قال", "neutral")],
    ),
    # the reporter's own informants, quantifiers
    (
        "أحد السكان أفادنا بأن المياه مقطوعة منذ ثلاثة أيام.",
        [("أحد السكان", "anonymous", "أفادنا", "neutral")],
    ),
    (
        "وذكر لنا عدد من الأهالي أن الطريق أغلق.",
        [("عدد من الأهالي", "anonymous", "ذكر", "neutral")],
    ),
    # subject before the verb
    (
        "الجيش الإسرائيلي قال إنه استهدف مواقع في جنوب لبنان.",
        [("الجيش الإسرائيلي", "organization", "قال", "neutral")],
    ),
    (
        "لكن محللين قالوا إن الخطة تفتقر إلى التمويل.",
        [("محللين", "anonymous", "قالوا", "neutral")],
    ),
    # titles of office holders are people; «لل» ties an institution to them
    (
        "وشدد الأمين العام للأمم المتحدة على ضرورة وقف إطلاق النار.",
        [("الأمين العام للأمم المتحدة", "person", "شدد", "emphasis")],
    ),
    (
        "وصرّح مدير عام الشركة الوطنية للنفط بأن الإنتاج سيرتفع.",
        [("مدير عام الشركة الوطنية للنفط", "person", "صرّح", "neutral")],
    ),
    (
        "وأوضحت الدكتورة سلمى الخطيب، أستاذة علم الأوبئة، أن اللقاح آمن.",
        [("الدكتورة سلمى الخطيب", "person", "أوضحت", "neutral")],
    ),
    # whom it was said to is not the source
    (
        "قالت مصادر مطلعة لـ«العربية» إن الاجتماع أُجّل.",
        [("مصادر مطلعة", "anonymous", "قالت", "neutral")],
    ),
    (
        "اتهمت منظمة العفو الدولية السلطات باعتقال صحفيين.",
        [("منظمة العفو الدولية", "organization", "اتهمت", "neutral")],
    ),
    # a report of a named organisation is that organisation's
    (
        "وأشار تقرير للأمم المتحدة إلى تدهور الأوضاع الإنسانية.",
        [("تقرير للأمم المتحدة", "organization", "أشار", "neutral")],
    ),
    (
        "وتقول الشرطة إن المشتبه به فرّ إلى جهة مجهولة.",
        [("الشرطة", "organization", "تقول", "neutral")],
    ),
    (
        "أعلنت روسيا أنها ستسحب قواتها من المنطقة.",
        [("روسيا", "organization", "أعلنت", "neutral")],
    ),
    # a passive names nobody
    ("قيل إن الرئيس سيستقيل قريباً.", [("قيل", "anonymous", "قيل", "neutral")]),
    # a headline label: the colon is the cue
    ("وزير الصحة: لا إغلاق جديداً خلال العيد.", [("وزير الصحة", "person", ":", "neutral")]),
    # no source at all
    ("ارتفعت أسعار النفط بنسبة ثلاثة في المئة يوم الاثنين.", []),
    # with the subject left out, the phrase after «دعا» is its object, not a source
    ("ودعا الحكومة إلى الإسراع في الإصلاحات.", []),
    # «إمام» is spelt like «أمام» once normalised; the preposition is no source
    ("وقال في كلمة أمام البرلمان إن الوضع مستقر.", []),
    # a future announcement is not a source yet
    ("وأضاف أن الحكومة ستعلن خطة جديدة الشهر المقبل.", []),
    # an adverbial before the verb: the subject still follows it
    (
        "وفي هذا السياق قال وزير الخارجية إن الحل السياسي ما زال ممكناً.",
        [("وزير الخارجية", "person", "قال", "neutral")],
    ),
    (
        "من جهته أكد مدير المستشفى أن عدد الجرحى ارتفع إلى 40.",
        [("مدير المستشفى", "person", "أكد", "emphasis")],
    ),
    (
        "بدوره أشار الناطق باسم الشرطة إلى أن التحقيق مستمر.",
        [("الناطق باسم الشرطة", "person", "أشار", "neutral")],
    ),
    # ... and the adverbial is never the source («وعلى» is no «و» + «علي»)
    (
        "وعلى المستوى السياسي أكدت الحكومة أن المفاوضات مستمرة.",
        [("الحكومة", "organization", "أكدت", "emphasis")],
    ),
    ("على المستوى السياسي قال إن الحل قريب.", []),
    # after «التي» the subject is the noun before it, and what follows the verb its object;
    # after «على الرغم من» the noun after «من»; «الأصوات» are voices nobody names
    (
        "وعلى الرغم من الأصوات المنتقدة التي تتهم الرئيس بالتفرد، نجحت خطته.",
        [("الأصوات المنتقدة", "anonymous", "تتهم", "neutral")],
    ),
    # a name inside an anonymous source's genitive does not name the source
    (
        "وقال مسؤول في مكتب الرئيس محمد مرسي إن الزيارة تأجلت.",
        [("مسؤول في مكتب الرئيس محمد مرسي", "anonymous", "قال", "neutral")],
    ),
    (
        "وقال المحلل السياسي محمد أحمد إن الحل قريب.",
        [("المحلل السياسي محمد أحمد", "person", "قال", "neutral")],
    ),
    # a government spoken of by its rank is an organisation
    (
        "وقال المستوى السياسي الإسرائيلي إن العملية ستستمر.",
        [("المستوى السياسي الإسرائيلي", "organization", "قال", "neutral")],
    ),
    # a chain of agents of one noun cue; «لل» after a second head says to whom
    (
        "وتوالت اتهامات من قبل وزارة الخارجية الإيرانية ثم من قيادة الجيش ورئاسة الأركان"
        " للولايات المتحدة.",
        [
            ("وزارة الخارجية الإيرانية", "organization", "اتهامات", "neutral"),
            ("قيادة الجيش ورئاسة الأركان", "organization", "اتهامات", "neutral"),
        ],
    ),
    # «ما أفادت به …»: the verb's pronoun stands between it and its subject
    (
        "وحسب ما أفادت به مصادر محلية، فإن القصف استمر طوال الليل.",
        [("مصادر محلية", "anonymous", "أفادت", "neutral")],
    ),
    # after «ما», «نقل» reports (its subject is the source) without «عن»; elsewhere it moves
    (
        "وبحسب ما نقلته وكالة الأنباء الرسمية، فإن الاجتماع انتهى دون اتفاق.",
        [("وكالة الأنباء الرسمية", "organization", "نقلته", "neutral")],
    ),
    ("ونقل الجيش عدة كتائب إلى الجبهة.", []),
    (
        "وحسبما أعلنت وزارة الصحة، ارتفع عدد الوفيات إلى 12.",
        [("وزارة الصحة", "organization", "أعلنت", "neutral")],
    ),
    # estimates and "information" nobody signs are no checkable source
    (
        "وأشارت التقديرات الأولية إلى أن الخسائر كبيرة.",
        [("التقديرات الأولية", "anonymous", "أشارت", "neutral")],
    ),
    # a noun cue with the article; a noun cue with no agent names nobody
    (
        "وتوالت الاتهامات من قبل منظمة العفو الدولية.",
        [("منظمة العفو الدولية", "organization", "الاتهامات", "neutral")],
    ),
    ("ورفضت الحكومة المزاعم الإسرائيلية.", []),
    # without «من» again, «ثم» opens a clause of its own with its own source
    (
        "وتوالت اتهامات من قبل الحكومة ثم الجيش أعلن الهدنة.",
        [
            ("الحكومة", "organization", "اتهامات", "neutral"),
            ("الجيش", "organization", "أعلن", "neutral"),
        ],
    ),
    # a conjoined title takes its own genitive; «على لسان» is no second cue
    (
        "ونقلت الصحيفة تصريحات على لسان وزير الخارجية ورئيس الوزراء.",
        [("وزير الخارجية ورئيس الوزراء", "person", "تصريحات", "neutral")],
    ),
    # «وكان … قد قال»: the subject before «قد», listed or a name the lexicon does not know
    (
        "وكان وزير الخارجية قد أعلن الأسبوع الماضي أن المفاوضات ستستأنف.",
        [("وزير الخارجية", "person", "أعلن", "neutral")],
    ),
    (
        "وكان ماهر الحسيني قد قال في مؤتمر صحفي إن المشروع سيكتمل قريبا.",
        [("ماهر الحسيني", "person", "قال", "neutral")],
    ),
    # social media nobody names: anonymous (no name the lexicon does not know)
    (
        "وكانت منصات التواصل الاجتماعي قد تداولت صورا من مكان الحادث.",
        [("منصات التواصل الاجتماعي", "anonymous", "تداولت", "neutral")],
    ),
    # «لـ» names whose office or what an institution is for; never whom it was said to
    (
        "وقال الأمين العام لمجلس التعاون إن القمة ستعقد في موعدها.",
        [("الأمين العام لمجلس التعاون", "person", "قال", "neutral")],
    ),
    (
        "وقال المدير التنفيذي لشركة النفط الوطنية إن الإنتاج ارتفع.",
        [("المدير التنفيذي لشركة النفط الوطنية", "person", "قال", "neutral")],
    ),
    (
        "وقال وزير الدولة لشؤون الإعلام إن الحكومة ستعلن قرارها.",
        [("وزير الدولة لشؤون الإعلام", "person", "قال", "neutral")],
    ),
    (
        "أعلنت الهيئة العامة للإحصاء أن معدل التضخم بلغ 3 في المئة.",
        [("الهيئة العامة للإحصاء", "organization", "أعلنت", "neutral")],
    ),
    (
        "وقال المتحدث لوكالة الأنباء الرسمية إن الاجتماع انتهى.",
        [("المتحدث", "person", "قال", "neutral")],
    ),
    (
        "وأكدت الشركة للمستثمرين أن الأرباح سترتفع.",
        [("الشركة", "anonymous", "أكدت", "emphasis")],
    ),
    # a name, its «بن», its title after it and the institution of the title
    (
        "وقال أسامة بن راشد المنصوري المدير العام للمؤسسة الوطنية للسياحة، إن الموسم كان ناجحا.",
        [
            (
                "أسامة بن راشد المنصوري المدير العام للمؤسسة الوطنية للسياحة",
                "person",
                "قال",
                "neutral",
            )
        ],
    ),
    # «د.» and «أ.» before a name; a name the lexicon does not know, a time before «إن»
    (
        "وقال الطبيب د. سامر الحلبي إن حالة المصابين مستقرة.",
        [("الطبيب د. سامر الحلبي", "person", "قال", "neutral")],
    ),
    ("أكدت أ. منى السعدي أن النتائج مشجعة.", [("أ. منى السعدي", "person", "أكدت", "emphasis")]),
    (
        "قال كولينز، الأربعاء، إن الشحنات ستصل خلال أيام.",
        [("كولينز", "person", "قال", "neutral")],
    ),
    # a nisba-shaped noun in a construct chain; a feminine title
    (
        "وقال وزير داخلية لبنان إن التحقيق مستمر.",
        [("وزير داخلية لبنان", "person", "قال", "neutral")],
    ),
    (
        "وقالت ملكة الدنمارك إن البلاد تمر بظروف صعبة.",
        [("ملكة الدنمارك", "person", "قالت", "neutral")],
    ),
    # the emphatic «نفسها» agrees with any noun; a plural of people after «أحد»
    (
        "المصادر نفسها أضافت أن القافلة وصلت إلى المعبر.",
        [("المصادر نفسها", "anonymous", "أضافت", "neutral")],
    ),
    (
        "وحين أعلن أحد المحققين أن الملف أغلق، احتج ذوو الضحايا.",
        [("أحد المحققين", "anonymous", "أعلن", "neutral")],
    ),
    # «وفقاً لما ذكرته …»: the verb after «لما» reports, its subject is the source
    (
        "ووفقا لما ذكرته صحيفة الشرق الأوسط، فإن الوفد وصل إلى الرياض.",
        [("صحيفة الشرق الأوسط", "organization", "ذكرته", "neutral")],
    ),
    # a family name on its own; a hyphenated first name; a name, its title and the office
    (
        "وقال سامي الشمراني إن السوق هادئة. وأوضح الشمراني أن الأسعار ستستقر.",
        [
            ("سامي الشمراني", "person", "قال", "neutral"),
            ("الشمراني", "person", "أوضح", "neutral"),
        ],
    ),
    # a trade alone is nobody's name: somebody the reader cannot identify
    ("وقال الحقوقي إن الاعتقالات تعسفية.", [("الحقوقي", "anonymous", "قال", "neutral")]),
    # «قد» without «كان» says "may"; no first name before «قد», no telling it is a name
    ("الوزير قد يعلن استقالته غدا.", []),
    ("وكانت جارة الضحية قد أكدت أن الشرطة تأخرت.", []),
    # the victim's family is a source word of its own: unnamed people
    (
        "وكانت عائلة الضحية قد أكدت أن الشرطة تأخرت.",
        [("عائلة الضحية", "anonymous", "أكدت", "emphasis")],
    ),
    # «لـ» after an institution or office is whom it was said to, unless it names what the
    # institution is for right after its adjective
    ("أعلنت الشركة لعملائها أن الأسعار سترتفع.", [("الشركة", "anonymous", "أعلنت", "neutral")]),
    ("قالت الوزارة للصحافة إن التحقيق مستمر.", [("الوزارة", "organization", "قالت", "neutral")]),
    (
        "وأكد البنك المركزي لعملائه أن الودائع آمنة.",
        [("البنك المركزي", "organization", "أكد", "emphasis")],
    ),
    (
        "أكد وزير الخارجية لنظيره الروسي أن العلاقات متينة.",
        [("وزير الخارجية", "person", "أكد", "emphasis")],
    ),
    (
        "وقال الرئيس التنفيذي للشركة العمانية لخدمات المياه إن التعاون مهم.",
        [("الرئيس التنفيذي للشركة العمانية لخدمات المياه", "person", "قال", "neutral")],
    ),
    (
        "أعلن وزير الاقتصاد جان-لوك مارتان الخميس أن الخطة جاهزة.",
        [("وزير الاقتصاد جان-لوك مارتان", "person", "أعلن", "neutral")],
    ),
    (
        "من جهته، أكد توماس ريختر المتحدث باسم الأمين العام للأمم المتحدة أن المساعدات وصلت.",
        [
            (
                "توماس ريختر المتحدث باسم الأمين العام للأمم المتحدة",
                "person",
                "أكد",
                "emphasis",
            )
        ],
    ),
    # a rank with the article; a satellite channel; unnamed studies are anonymous
    (
        "وأكد العماد جوزيف خليل أن الحدود آمنة.",
        [("العماد جوزيف خليل", "person", "أكد", "emphasis")],
    ),
    (
        'وذكرت فضائية "الغد" أن الطريق أعيد فتحه.',
        [('فضائية "الغد"', "organization", "ذكرت", "neutral")],
    ),
    (
        "وفق الدراسات الطبية، يزداد الطلب على الدواء.",
        [("الدراسات الطبية", "anonymous", "وفق", "neutral")],
    ),
    # «العليا» agrees like an adjective; «لشؤون» after an institution after «لـ»
    (
        "وكانت المفوضة العليا للأمم المتحدة لشؤون اللاجئين قالت أمس إن العدد ارتفع.",
        [("المفوضة العليا للأمم المتحدة لشؤون اللاجئين", "person", "قالت", "neutral")],
    ),
    # unknown words after an anonymous source are no name unless the report opens after them
    ("وكشف المصدر تراجع مبيعات الشركة يوم الخميس.", [("المصدر", "anonymous", "كشف", "proven")]),
    # a quoted name right after the verb; a short quotation is no name
    ('وقالت "حماس" إن المفاوضات متوقفة.', [("حماس", "organization", "قالت", "neutral")]),
    ("وأضاف «الشناوي» أن اللقاء كان مثمرا.", [("الشناوي", "person", "أضاف", "neutral")]),
    ('وقال "الهدوء الحذر" يسود المدينة.', []),
    # after a verb of saying, a context may stand between a name and the report; after
    # «أكد» the words are its object
    (
        "وقالت مارتينيز في مؤتمر صحفي عقد بمقر البلدية إن الطرق ستفتح غدا.",
        [("مارتينيز", "person", "قالت", "neutral")],
    ),
    ("وأكد ترحيبه في كلمة ألقاها أمام الحضور أن المشروع مهم.", []),
    # words that are a name and a source word at once once crashed the analyser
    ("أعلن رئيسي أن البلاد مستعدة للحوار.", [("رئيسي", "person", "أعلن", "neutral")]),
    ("وقال الكونغرس إن القرار نهائي.", [("الكونغرس", "organization", "قال", "neutral")]),
    # «نصر» is a name here, not «we insist»
    (
        "أما رامي نصر المدرب الجديد فأكد أن الفريق جاهز.",
        [("رامي نصر المدرب الجديد", "person", "أكد", "emphasis")],
    ),
    # a senator is a title; an unnamed speaker in a noun cue's genitive
    (
        "وقال السيناتور عن ولاية تكساس إن القرار خاطئ.",
        [("السيناتور", "person", "قال", "neutral")],
    ),
    (
        "وتعالت اتهامات مسؤولين أمريكيين للصين بأنها أخفت المعلومات.",
        [("مسؤولين أمريكيين", "anonymous", "اتهامات", "neutral")],
    ),
    # «جاء في» a statement or report; not a rank in a race
    (
        "وجاء في بيان للوزارة أن الاجتماع انتهى.",
        [("بيان للوزارة", "organization", "جاء في", "neutral")],
    ),
    ("وجاء في المركز الثاني فريق الجامعة.", []),
    # a name the lexicon does not know before the verb, or after it with a time, an aside
    # in brackets or whom it was said to before the report
    ("لكن غراهام قال إن المفاوضات مستمرة.", [("غراهام", "person", "قال", "neutral")]),
    ("قال كوستا يوم الاثنين إن الشحنات ستصل.", [("كوستا", "person", "قال", "neutral")]),
    (
        "قال كوستا في وقت سابق من هذا الشهر إن الشحنات ستصل.",
        [("كوستا", "person", "قال", "neutral")],
    ),
    (
        "وقالت سوزان ميلر (مديرة المدرسة) للصحيفة إن الطلاب عادوا.",
        [("سوزان ميلر", "person", "قالت", "neutral")],
    ),
    ('وقال كولينز لـ"الجزيرة نت" إن الشحنات ستصل.', [("كولينز", "person", "قال", "neutral")]),
    ("وقال المتحف إن المعرض سيغلق.", [("المتحف", "anonymous", "قال", "neutral")]),
    # «هناك من يقول»: somebody unnamed
    ("هناك من يقول إن الاتفاق فشل.", [("هناك من", "anonymous", "يقول", "neutral")]),
    # a noun after a preposition is no subject: «يقول» continues the writer of the tweet
    (
        "وكتب الرئيس الفرنسي على تويتر يقول إن بلاده تقف مع لبنان.",
        [("الرئيس الفرنسي", "person", "كتب", "neutral")],
    ),
    # a verb between a label and a colon: the verb's subject, not a label
    (
        'رئيس الوزراء يتعهد بمحاسبة المسؤولين ويقول: "سنكشف الحقائق".',
        [("رئيس الوزراء", "person", "يتعهد", "neutral")],
    ),
    # a passive «تم …» or a passive written like the active, with its agent
    (
        "وتم تكذيب الخبر من قبل الشرطة.",
        [("الشرطة", "organization", "تكذيب", "neutral")],
    ),
    (
        "وأعلن عن القرار من قبل وزارة الداخلية.",
        [("وزارة الداخلية", "organization", "أعلن", "neutral")],
    ),
    ("كما أعلن من قبل أن الخطة جاهزة.", []),
    # must not: «قال» inside a quotation, the speaker's own words, a subject that is no one
    (
        'وقال الوزير: "لا أحد قال إن الخطة فشلت".',
        [("الوزير", "person", "قال", "neutral")],
    ),
    ("وقلت للمسؤول إن الطريق مغلق.", []),
    ("ونحن نقول إن الحل قريب.", []),
    ("ويشير ارتفاع الأسعار إلى أن التضخم مستمر.", []),
    ("الطقس يقول إن الشتاء قادم.", []),
    # no name before a verb: at the start of the sentence, after «و» glued to the verb (its
    # subject came earlier), or a word with «و» glued to it
    ("يذكر أن المخرج سيصور مشاهد الفيلم في قرية زنغوريا", []),
    (
        "الوزارة تنفي ما نشر عن لقاح مجاني ضد #كورونا وتؤكد أنه غير صحيح.",
        [("الوزارة", "organization", "تنفي", "neutral")],
    ),
    ("عمل محامياً خمس عشرة سنة، وبالتالي يؤكد: المذكرة سياسية.", []),
    ("لا أثق في هذا المنتج، ولكنني أعترف أنهم بارعون.", []),
    # an institution named with «و»: the ministry of two things, then the spokesman's name
    (
        "وقال المتحدث باسم وزارة المياه والري عمر سلامة إن العطل كبير.",
        [("المتحدث باسم وزارة المياه والري عمر سلامة", "person", "قال", "neutral")],
    ),
    (
        "وأعلنت وزارة التربية والتعليم أن الدوام سيبدأ الأحد.",
        [("وزارة التربية والتعليم", "organization", "أعلنت", "neutral")],
    ),
    (
        "وقال وزير التخطيط والتعاون الدولي إن المنحة وصلت.",
        [("وزير التخطيط والتعاون الدولي", "person", "قال", "neutral")],
    ),
    # a noun with a possessive ending after the verb is somebody unnamed, not a name
    (
        "أثارت خلطة أعشاب جدلاً، بعد أن زعم صاحبها أنها تقضي على السكري.",
        [("صاحبها", "anonymous", "زعم", "doubt")],
    ),
    # «والي» (governor) as written, not «وإلى» (and to); where it was said ends the name
    (
        "وقال والي البنك عبد اللطيف الجواهري في مؤتمر صحفي إن التضخم سيتراجع.",
        [("والي البنك عبد اللطيف الجواهري", "person", "قال", "neutral")],
    ),
    ("وقال وإلى جانبه الوزير إن الأمطار توقفت.", []),
    (
        "وكانت المندوبية السامية للتخطيط قد أعلنت أن معدل البطالة ارتفع.",
        [("المندوبية السامية للتخطيط", "organization", "أعلنت", "neutral")],
    ),
    # «علق» comments only with «على»; otherwise it suspends
    ("وعلقت سويسرا رحلاتها إلى الصين حتى إشعار آخر.", []),
    ("وعلق الوزير على القرار بأنه نهائي.", [("الوزير", "person", "علق", "neutral")]),
    # «نبه إلى», «واصفة», and a single statement («تصريح») with whose it is
    ("ونبه الخبير إلى أنه لا يمكن التحقق من الصورة.", [("الخبير", "anonymous", "نبه", "neutral")]),
    (
        "ونثني على تصريح أمين مجلس التعاون الخليجي بأن المجلس يواجه تحديات.",
        [("أمين مجلس التعاون الخليجي", "person", "تصريح", "neutral")],
    ),
    ("وحصل على تصريح عمل في ألمانيا.", []),
    # «المهندس» is an engineer, not a participle; a family name that is also an adjective
    (
        "وكان المهندس رفعت الشريف قد أعلن أن المشروع سينتهي.",
        [("المهندس رفعت الشريف", "person", "أعلن", "neutral")],
    ),
    ("وقال مهندس في الشركة إن الجسر آمن.", [("مهندس في الشركة", "anonymous", "قال", "neutral")]),
    # an office without the article, then «في …»: one of many, unnamed
    (
        "وأكد عضو في مكتب المرشد أن الوضع مستقر.",
        [("عضو في مكتب المرشد", "anonymous", "أكد", "emphasis")],
    ),
    (
        "وقال نائب في البرلمان إن الجلسة تأجلت.",
        [("نائب في البرلمان", "anonymous", "قال", "neutral")],
    ),
    # a name inside an institution's own name names the institution
    (
        "وكتبت وكالة تسنيم أن المرشد بصحة جيدة.",
        [("وكالة تسنيم", "organization", "كتبت", "neutral")],
    ),
    (
        "وقالت جامعة الملك سعود في بيان إن الدراسة ستستأنف.",
        [("جامعة الملك سعود", "organization", "قالت", "neutral")],
    ),
    (
        "وأعلنت قوات حفتر أنها سيطرت على المطار.",
        [("قوات حفتر", "organization", "أعلنت", "neutral")],
    ),
    # a spokesman's name after the ministry he speaks for
    (
        "نفى المتحدث باسم الخارجية القطرية ماجد الأنصاري أن تكون بلاده استضافت أي لقاء.",
        [("المتحدث باسم الخارجية القطرية ماجد الأنصاري", "person", "نفى", "neutral")],
    ),
    # the source's «و» is the sentence's, not the source's
    (
        "مباحثات سرية بين الطرفين.. ومصادر تتحدث عن صفقة وشيكة",
        [("مصادر", "anonymous", "تتحدث", "neutral")],
    ),
    # «آخرون»: other people, unnamed
    (
        "ويرى محللون أن الطرفين يسعيان إلى كسب الوقت، فيما يؤكد آخرون أن الاتفاق قريب.",
        [
            ("محللون", "anonymous", "يرى", "neutral"),
            ("آخرون", "anonymous", "يؤكد", "emphasis"),
        ],
    ),
    # a negated report names no source
    ("ولم يذكر المصدر سبب تأجيل الزيارة.", []),
    ("ولم تعلن أي جهة رسمية حتى الآن موعداً للجولة المقبلة.", []),
    # figures and reports: whose, or nobody's
    (
        "وبحسب أرقام رسمية، يبلغ عدد سكان المدينة نحو مليون ونصف المليون نسمة.",
        [("أرقام رسمية", "anonymous", "بحسب", "neutral")],
    ),
    (
        "وبحسب أرقام وزارة الصحة، ارتفع عدد الإصابات إلى 300.",
        [("أرقام وزارة الصحة", "organization", "بحسب", "neutral")],
    ),
    (
        "وأكدت تقارير فنية أن الخط بحاجة إلى استبدال.",
        [("تقارير فنية", "anonymous", "أكدت", "emphasis")],
    ),
    # «ونصف» is «and half», not «نصف» «we describe»; «نصر» gave victory, not «we insist»
    ("ويبلغ عدد سكانها مليوناً ونصف المليون نسمة.", []),
    ("ونصر الله الجيش على المعتدين.", []),
    # a noun cue's unnamed speaker is people, not an adjective («تصريحات صحفية»)
    (
        "وقد تناغمت اتهامات مسؤولين إيرانيين لواشنطن بأنها تعيد الحرب.",
        [("مسؤولين إيرانيين", "anonymous", "اتهامات", "neutral")],
    ),
    (
        "وأضاف المبعوث الأمريكي في تصريحات صحفية: إن الوضع خطير.",
        [("المبعوث الأمريكي", "person", "أضاف", "neutral")],
    ),
    # a name after one person picked out by a definite genitive is theirs, even when the
    # lexicon does not know it or an object follows; without a name the phrase stays anonymous
    (
        "وقال مدرب الهلال جورجي جيسوس في المؤتمر الصحفي إن فريقه لعب جيداً.",
        [("مدرب الهلال جورجي جيسوس", "person", "قال", "neutral")],
    ),
    (
        "نفى محامي الدفاع أحمد الجمال الاتهامات الموجهة إلى موكله.",
        [("محامي الدفاع أحمد الجمال", "person", "نفى", "neutral")],
    ),
    (
        "وقال محامي الدفاع في المؤتمر الصحفي إن موكله بريء.",
        [("محامي الدفاع", "anonymous", "قال", "neutral")],
    ),
    (
        "وقال ناشطون في ريف دمشق إن القصف استمر.",
        [("ناشطون في ريف دمشق", "anonymous", "قال", "neutral")],
    ),
    (
        "وقالت إحدى الضحايا إنها دفعت مدخراتها كاملة.",
        [("إحدى الضحايا", "anonymous", "قالت", "neutral")],
    ),
    # «علي» as written is a first name when a name goes on after it; «على» is the preposition,
    # and so is «علي» before a common word
    ("وقال علي الحسيني إن التنظيم ضعف.", [("علي الحسيني", "person", "قال", "neutral")]),
    (
        "وقال الخبير الاقتصادي علي عبد الله إن الأسعار سترتفع.",
        [("الخبير الاقتصادي علي عبد الله", "person", "قال", "neutral")],
    ),
    ("علي الحسيني قال إن التنظيم ضعف.", [("علي الحسيني", "person", "قال", "neutral")]),
    ("وقال على الحسيني إن التنظيم ضعف.", []),
    ("وأكد علي ضرورة الحوار.", []),
    # «وصف»/«اتهم» with the object glued on: the phrase after it is its subject, though «بـ»
    # follows it; without the pronoun, that phrase is the object of a verb whose subject
    # came before
    (
        "ووصفها الوزير بأنها خطوة مهمة.",
        [("الوزير", "person", "وصفها", "neutral")],
    ),
    ("واتهم الوزير بالفساد.", []),
    # «الري» (irrigation) is a noun the minister's title takes, not a nisba adjective
    ("وقال وزير الري إن السد سيكتمل.", [("وزير الري", "person", "قال", "neutral")]),
    # a view held, with «أن»: the one who holds it is the source
    (
        "ويعتقد مسؤولون غربيون أن الهجوم كان مدبرا.",
        [("مسؤولون غربيون", "anonymous", "يعتقد", "neutral")],
    ),
    ("ويعتقد أن الهجوم كان مدبرا.", []),
    # a news outlet after «ل» is whom it was said to, after an unnamed source too; after a
    # report it is whose the report is
    ("وقال شهود لرويترز إن الدخان غطى السماء.", [("شهود", "anonymous", "قال", "neutral")]),
    ("وقال مسؤول للصحيفة إن الطريق أغلق.", [("مسؤول", "anonymous", "قال", "neutral")]),
    # where it was said, with the speaker's pronoun, is no part of the source
    (
        "كما أوضح رئيس الوزراء في كلمته أمام البرلمان أن الحكومة ماضية في الإصلاح.",
        [("رئيس الوزراء", "person", "أوضح", "neutral")],
    ),
    # «ندد» takes what it denounces with «ب»: the phrase before «ب» is its subject; unknown
    # words that run up to the full stop are the verb's object, not a name after the title
    (
        "وندد الاتحاد الأوروبي بالهجوم على المدنيين.",
        [("الاتحاد الأوروبي", "organization", "ندد", "neutral")],
    ),
    ("وأشاد الرئيس بجهود فرق الإنقاذ.", [("الرئيس", "person", "أشاد", "neutral")]),
    # «نسب إلى X قوله/أن» attributes to X, not to the subject; «وبيّن» without its shadda
    # is «وبين» (and between) unless «أن» follows
    (
        "ونسبت الصحيفة إلى مصدر دبلوماسي قوله إن المحادثات تعثرت.",
        [
            ("مصدر دبلوماسي", "anonymous", "نسبت", "neutral"),
            ("الصحيفة", "anonymous", "نسبت", "neutral"),
        ],
    ),
    ("ونسب الحكم الهدف إلى اللاعب الأخير.", []),
    (
        "وبين المتحدث باسم البلدية أن الطريق سيفتح غدا.",
        [("المتحدث باسم البلدية", "person", "بين", "neutral")],
    ),
    ("وبين الحين والآخر تسقط قذيفة على الحي.", []),
    # «نقل عن X قوله»: «قوله» (his saying) is no part of the source's name; a statement
    # «صادر عن» an institution is that institution's
    (
        "ونقلت الوكالة عن وزير الزراعة قوله إن المحصول سيتضاعف العام المقبل.",
        [
            ("وزير الزراعة", "person", "نقلت", "neutral"),
            ("الوكالة", "anonymous", "نقلت", "neutral"),
        ],
    ),
    (
        "وأكد بيان صادر عن الرئاسة أن الزيارة ستتم في موعدها.",
        [("بيان صادر عن الرئاسة", "organization", "أكد", "emphasis")],
    ),
    # a family name alone in an excerpt that never gave the full name, closed by the report;
    # a trade or side named by a nisba alone is somebody unnamed
    (
        "وقال الزعبي إن المفاوضات ستستأنف الأسبوع المقبل.",
        [("الزعبي", "person", "قال", "neutral")],
    ),
    (
        "وأضاف الشهراني، الخميس، أن الطريق أغلق.",
        [("الشهراني", "person", "أضاف", "neutral")],
    ),
    (
        "وقال البرلماني إن الموقوفين لم يمثلوا أمام قاض.",
        [("البرلماني", "anonymous", "قال", "neutral")],
    ),
    (
        "وقال نقابيون إن الأجور لم تصرف منذ شهرين.",
        [("نقابيون", "anonymous", "قال", "neutral")],
    ),
    ("وتوقف السلطات كل من يقوم بأنشطة غير قانونية تهدد الأمن.", []),
    # the one person a definite description picks out, named after where they belong
    (
        "وقال القيادي في الحركة سامي العريان إن الاجتماع تأجل.",
        [("القيادي في الحركة سامي العريان", "person", "قال", "neutral")],
    ),
    (
        "وقال الباحث في جامعة الملك سعود إن النتائج أولية.",
        [("الباحث في جامعة الملك سعود", "anonymous", "قال", "neutral")],
    ),
    (
        "وقال مصدر بمطار مرسى علم إن الرحلة ألغيت.",
        [("مصدر بمطار مرسى", "anonymous", "قال", "neutral")],
    ),
    # who a named person is, between commas, before the report opens
    (
        "وقال إيان تولي، قائد الفريق، إن الوضع صعب.",
        [("إيان تولي", "person", "قال", "neutral")],
    ),
    (
        "وقال سيد جان، أحد سكان القرية، إن المياه لم تصل.",
        [("سيد جان", "person", "قال", "neutral")],
    ),
    # «لم يستبعد» (did not rule out) reports a view in spite of its negation; «استبعد» a
    # player is no report
    (
        'ولم يستبعد نائب الأمين العام للحزب نعيم قاسم "احتمال شن هجوم محدود على إيران"، '
        'ولكنه قال إن "الإيرانيين مستعدون".',
        [("نائب الأمين العام للحزب نعيم قاسم", "person", "يستبعد", "neutral")],
    ),
    ("ولا يستبعد محللون أن تتأجل الانتخابات.", [("محللون", "anonymous", "يستبعد", "neutral")]),
    ("واستبعد المدرب اللاعب من التشكيلة بسبب الإصابة.", []),
    # a year is no name and no place in a phrase: the source stays the minister
    (
        "وكان وزير الخارجية قد أعلن سنة 2016 أن البلدين سيوقعان الاتفاق.",
        [("وزير الخارجية", "person", "أعلن", "neutral")],
    ),
    ("وأعلن الوزير في 2016 أن البلدين سيوقعان الاتفاق.", [("الوزير", "person", "أعلن", "neutral")]),
    # pages nobody names, a group of people, a delegation
    (
        "وتداولت صفحات على مواقع التواصل أنباء عن اعتقال الصحفي.",
        [("صفحات", "anonymous", "تداولت", "neutral")],
    ),
    (
        "وأعلنت فئة من المواطنين أنها ستقاطع الانتخابات.",
        [("فئة من المواطنين", "anonymous", "أعلنت", "neutral")],
    ),
    ("وأكد وفد الحكومة أن المفاوضات مستمرة.", [("وفد الحكومة", "organization", "أكد", "emphasis")]),
    # a long apposition
    (
        "قال إيان تولي، قائد برنامج الصحة النفسية في الإستراتيجية الوطنية للصحة في قطر، "
        '"نحن نعلم أن الخوف من الوصمة حقيقي".',
        [("إيان تولي", "person", "قال", "neutral")],
    ),
    # «ورأى … أن» gives an opinion; «رأي» the noun (once normalised the same) does not
    ("ورأى المحلل السياسي أن الاتفاق هش.", [("المحلل السياسي", "anonymous", "رأى", "neutral")]),
    ("وهذا رأي شخصي لا يلزم أحداً، غير أن الحكومة قررت المضي.", []),
    ("ورأى الجنود الطائرة تحلق فوق المدينة.", []),
    ("وتابع الوزير أن الوضع صعب.", [("الوزير", "person", "تابع", "neutral")]),
    # a bloc, a communiqué, a memory recalled
    ("ولفت التكتل إلى أن الانتخابات تأجلت.", [("التكتل", "anonymous", "لفت", "neutral")]),
    (
        "وحسب ما جاء في بلاغ للمديرية العامة للأمن، فإن الموقوف سيحال إلى القضاء.",
        [("بلاغ للمديرية العامة للأمن", "organization", "جاء في", "neutral")],
    ),
    ("كما يستذكر الرئيس أن الشتاء كان قاسياً.", [("الرئيس", "person", "يستذكر", "neutral")]),
    # everyday groups of people, unnamed: never a person called «أولياء» or «ركاب»
    (
        "بينما يؤكد أولياء أمور أن أبناءهم يعيشون حالة قلق منذ أسابيع.",
        [("أولياء أمور", "anonymous", "يؤكد", "emphasis")],
    ),
    (
        "وقال ركاب إن الرحلة تأخرت ست ساعات، فيما ذكر تجار في السوق أن الأسعار ارتفعت.",
        [
            ("ركاب", "anonymous", "قال", "neutral"),
            ("تجار في السوق", "anonymous", "ذكر", "neutral"),
        ],
    ),
    ("وأفاد مزارعون بأن المحصول تضرر.", [("مزارعون", "anonymous", "أفاد", "neutral")]),
    (
        "وقال المعلم أحمد سالم إن الرواتب تأخرت.",
        [("المعلم أحمد سالم", "person", "قال", "neutral")],
    ),
    # «متهمين» before a preposition are defendants; with its object right after, it accuses
    ("النيابة العامة تحيل متهمين في قضية احتيال إلى المحكمة", []),
    (
        "وخرج المتظاهرون إلى الشوارع متهمين الحكومة بالفساد.",
        [("المتظاهرون", "anonymous", "متهمين", "neutral")],
    ),
    # a state speaks through its government; duals of institutions and sources
    (
        "وأكدت دولة الكويت أنها لن تشارك في القمة.",
        [("دولة الكويت", "organization", "أكدت", "emphasis")],
    ),
    (
        "وأعلنت الوزارتان أن الاتفاق يدخل حيز التنفيذ الشهر المقبل.",
        [("الوزارتان", "organization", "أعلنت", "neutral")],
    ),
    (
        "وقال مصدران مطلعان إن المفاوضات توقفت.",
        [("مصدران مطلعان", "anonymous", "قال", "neutral")],
    ),
    # unnamed news and political forces; «قوى» named by its genitive is an organisation
    (
        "وانتشرت أخبار كثيرة، ولم تصدر سوى أخبار تؤكد استقالة المدرب.",
        [("أخبار", "anonymous", "تؤكد", "emphasis")],
    ),
    (
        "ورفضت الحكومة تصريحات قوى سياسية عراقية بأن الانتخابات مزورة.",
        [("قوى سياسية عراقية", "anonymous", "تصريحات", "neutral")],
    ),
    (
        "وقالت قوى المعارضة إن الحوار فشل.",
        [("قوى المعارضة", "organization", "قالت", "neutral")],
    ),
    # «جاء ذلك في بيان …»: the statement that says what the paragraph reported
    (
        "وشددت على ضرورة وقف التصعيد. جاء ذلك في بيان لوزارة الخارجية القطرية.",
        [("بيان لوزارة الخارجية القطرية", "organization", "جاء ذلك في", "neutral")],
    ),
    (
        "وجاء ذلك في تغريدة للجمارك على حسابها الرسمي.",
        [("تغريدة للجمارك", "organization", "جاء ذلك في", "neutral")],
    ),
    # a statement of her own: the source was named before, the statement is not anonymous
    ("جاء ذلك في تصريح صحفي لها الأربعاء.", []),
    # «نشر» reports what an outlet published only after «ما»; otherwise it deploys
    (
        "وتضم القائمة 30 اسما بحسب ما نشرته صحيفة الرياض.",
        [("صحيفة الرياض", "organization", "نشرته", "neutral")],
    ),
    ("ونشر الجيش تعزيزات عسكرية على الحدود الشمالية.", []),
    # «أم» opening a name inside an institution's name, not "or"
    (
        "وأعلنت جامعة أم درمان تعليق الدراسة.",
        [("جامعة أم درمان", "organization", "أعلنت", "neutral")],
    ),
    # a study is its journal's, a report its publisher's
    (
        "وتضاعف الخطر ثلاث مرات وفقا لدراسة نشرت الشهر الماضي في مجلة لانسيت.",
        [("دراسة نشرت الشهر الماضي في مجلة لانسيت", "organization", "وفقا", "neutral")],
    ),
    (
        "وبحسب تقرير صدر عن البنك الدولي فإن النمو تباطأ.",
        [("تقرير صدر عن البنك الدولي", "organization", "بحسب", "neutral")],
    ),
    # condemning, asking, doubting: reports in the verb's own words
    (
        "واستنكرت نقابة الصحفيين اعتقال المراسل.",
        [("نقابة الصحفيين", "organization", "استنكرت", "neutral")],
    ),
    (
        "وتساءل الكاتب محمود السعدني عن جدوى القرار.",
        [("الكاتب محمود السعدني", "person", "تساءل", "neutral")],
    ),
    # «حذر X من أن»: «من أن» opens the warning, so X is the subject, not the object
    (
        "وحذرت منظمة الصحة العالمية من أن الوباء لم ينته بعد.",
        [("منظمة الصحة العالمية", "organization", "حذرت", "neutral")],
    ),
    (
        "ويحذر خبراء من أن المخزون لن يكفي حتى الصيف.",
        [("خبراء", "anonymous", "يحذر", "neutral")],
    ),
    # the verb after a statement just named («بياناً قال فيه») reports its issuer
    (
        "وأصدر اتحاد الكرة بيانا مساء الاثنين أعلن فيه إيقاف اللاعب ثلاث مباريات.",
        [("اتحاد الكرة", "organization", "أعلن", "neutral")],
    ),
    (
        "ونشرت النقابة رسالة قالت فيها إن الإضراب مستمر.",
        [("النقابة", "anonymous", "نشرت", "neutral")],
    ),
    # a name after an office: between commas, or with its own title after the institution
    (
        "وقال محامي الدفاع، محمد عبد الله، إن الأدلة غير كافية.",
        [("محامي الدفاع، محمد عبد الله", "person", "قال", "neutral")],
    ),
    (
        "وقال المتحدث باسم الشرطة، المقدم أحمد يوسف، إن التحقيق مستمر.",
        [("المتحدث باسم الشرطة، المقدم أحمد يوسف", "person", "قال", "neutral")],
    ),
    (
        "وقالت مديرة المستشفى الحكومي الدكتورة سلمى حداد إن الأسرة ممتلئة.",
        [("مديرة المستشفى الحكومي الدكتورة سلمى حداد", "person", "قالت", "neutral")],
    ),
    # sellers, specialists and the victim's family are people the reader cannot check
    (
        "وقال بائع في سوق الخضار إن الأسعار تضاعفت.",
        [("بائع في سوق الخضار", "anonymous", "قال", "neutral")],
    ),
    (
        "ويرى مختصون أن الحملة جاءت متأخرة.",
        [("مختصون", "anonymous", "يرى", "neutral")],
    ),
    (
        "وروت شقيقة الضحية أنه خرج من البيت ولم يعد.",
        [("شقيقة الضحية", "anonymous", "روت", "neutral")],
    ),
    # where it was said, not who said it: «في تسجيل صوتي»
    (
        "وقال بائع العسل في تسجيل صوتي إن البضاعة سليمة.",
        [("بائع العسل", "anonymous", "قال", "neutral")],
    ),
    # what a study or its figures show, an aside between commas before «أن» ...
    (
        "وأظهرت الدراسة، التي أجراها باحثون في جامعتين، أن التلوث تضاعف منذ عام 2015.",
        [("الدراسة", "anonymous", "أظهرت", "neutral")],
    ),
    (
        "وتظهر الأرقام الرسمية أن الصادرات تراجعت بنسبة 8 في المئة.",
        [("الأرقام الرسمية", "anonymous", "تظهر", "neutral")],
    ),
    # ... but «يظهر» is also "appear", «يظهر أن» "it seems", and a person shows a feeling
    # (the site published the clip: «نشر» with what it published names it)
    (
        "ونشر الموقع مقطعا يظهر فيه شاب يرقص على سطح سيارة.",
        [("الموقع", "anonymous", "نشر", "neutral")],
    ),
    ("ويظهر أن الخلاف بين الطرفين أعمق مما يبدو.", []),
    ("وأظهر المدرب أن فريقه قادر على المنافسة.", []),
    # an office is whole before its name or its genitive: an adjective the lexicon does not
    # know («النادرة»), a genitive shaped like a nisba («الضحية»), «لـ» + three letters
    (
        "وقال أخصائي الأمراض الصدرية النادرة الدكتور ماجد الحربي إن الحالة مستقرة.",
        [
            (
                "أخصائي الأمراض الصدرية النادرة الدكتور ماجد الحربي",
                "person",
                "قال",
                "neutral",
            )
        ],
    ),
    (
        "وقال محامي عائلة الضحية إن القضية ستحال إلى محكمة الجنايات.",
        [("محامي عائلة الضحية", "anonymous", "قال", "neutral")],
    ),
    (
        "وقال الأمين العام لحزب العمال إن الانتخابات ستجري في موعدها.",
        [("الأمين العام لحزب العمال", "person", "قال", "neutral")],
    ),
    # a lone «لـ» is whom it was said to, not a name
    (
        'وقال الطبيب سامر الخطيب لـ"الغد" إن العلاج متوفر.',
        [("الطبيب سامر الخطيب", "person", "قال", "neutral")],
    ),
    # «مصلحة» is an authority with a place and its name after it, or listed by name; alone,
    # «المصلحة الوطنية» is the national interest
    (
        "وأعلنت المصلحة الوطنية لنهر العاصي أن منسوب المياه انخفض.",
        [("المصلحة الوطنية لنهر العاصي", "organization", "أعلنت", "neutral")],
    ),
    (
        "وقالت مصلحة السجون إن الأسير نقل إلى المستشفى.",
        [("مصلحة السجون", "organization", "قالت", "neutral")],
    ),
    ("وبحسب المصلحة الوطنية، فإن الحوار هو الطريق الوحيد.", []),
    ("ويرى المصلحة العامة للشعب في الحوار.", []),
    # «أجمع»/«توصل»/«وجد» report a view or a finding only with «أن» after them
    (
        "ويجمع الخبراء على أن الأزمة ستطول.",
        [("الخبراء", "anonymous", "يجمع", "neutral")],
    ),
    ("يجمع المتطوعون التبرعات لأن الشتاء قادم.", []),
    (
        "وتوصل علماء ألمان إلى أن النوم يقي من المرض.",
        [("علماء ألمان", "anonymous", "توصل", "neutral")],
    ),
    ("توصل الطرفان إلى اتفاق بعد أن تدخل الوسيط.", []),
    (
        "ووجد باحثون في جامعة القاهرة أن الدواء فعال.",
        [("باحثون في جامعة القاهرة", "anonymous", "وجد", "neutral")],
    ),
    ("وجد الصياد في الشبكة سمكة.", []),
    # «في حوار», «في لقاء» stand between the speaker and the report like «في مقابلة»
    (
        'يقول جوزيف مارتان في حوار مع مجلة محلية: "لم أكن نجما".',
        [("جوزيف مارتان", "person", "يقول", "neutral")],
    ),
    # where a post was written stands between the speaker and the report
    (
        "وأضاف كريستوف مارتان في منشور على فيسبوك أن القرار خاطئ.",
        [("كريستوف مارتان", "person", "أضاف", "neutral")],
    ),
    ("وقال الوزير في تدوينة إن القرار خاطئ.", [("الوزير", "person", "قال", "neutral")]),
    (
        "وقالت الناشطة جين دو في حسابها على تويتر إن القرار خاطئ.",
        [("الناشطة جين دو", "person", "قالت", "neutral")],
    ),
    # an aside between dashes, like one between commas
    (
        "ووجدت نقابة الأطباء -وهي أكبر نقابة مهنية في البلاد منذ عقود طويلة- أن "
        "المستشفيات تعاني نقصا حادا.",
        [("نقابة الأطباء", "organization", "وجدت", "neutral")],
    ),
    (
        "وقال المتحدث باسم الجيش -العقيد سامر الحلبي- إن القصف توقف.",
        [("المتحدث باسم الجيش -العقيد سامر الحلبي", "person", "قال", "neutral")],
    ),
    # a family name alone, shaped like a nisba, right before the report; a trade or field
    # alone («الحقوقي») is nobody the reader can check
    (
        "وأوضح الزهراني أن الحريق اندلع ليلا.",
        [("الزهراني", "person", "أوضح", "neutral")],
    ),
    (
        "وقالت الحقوقية إن المعتقلين أضربوا عن الطعام.",
        [("الحقوقية", "anonymous", "قالت", "neutral")],
    ),
    ("هذه أنشطة غير سياسية تهدد الأمن.", []),
    (
        "وقال التليفزيون الرسمي إن الانتخابات تأجلت.",
        [("التليفزيون الرسمي", "organization", "قال", "neutral")],
    ),
    # a name shaped like a sound plural («كارين», «ويلسون») beside another name word; a
    # plural of people («محققين», «متظاهرون») stays a group
    (
        "وقالت كارين سميث إن الشركة ستغلق.",
        [("كارين سميث", "person", "قالت", "neutral")],
    ),
    (
        "وقال جيمس ويلسون إن الخطة فشلت.",
        [("جيمس ويلسون", "person", "قال", "neutral")],
    ),
    (
        "وقالت النائبة المنتخبة حديثاً كارين سميث إن الشركة ستغلق.",
        [("النائبة المنتخبة حديثاً كارين سميث", "person", "قالت", "neutral")],
    ),
    (
        "وقال محققين أجانب إن السفينة غرقت.",
        [("محققين", "anonymous", "قال", "neutral")],
    ),
    (
        "وقال متظاهرون غاضبون إن الشرطة اعتدت عليهم.",
        [("متظاهرون", "anonymous", "قال", "neutral")],
    ),
    # after an unnamed role, unknown words then where it was said and the report: a name
    (
        "وقال الباحث كريستوف مارتان في تصريح لقناة محلية إن الأسعار ستنخفض.",
        [("الباحث كريستوف مارتان", "person", "قال", "neutral")],
    ),
    (
        "وقال كريستوف مارتان في لقاء مع قناة محلية إن الأسعار ستنخفض.",
        [("كريستوف مارتان", "person", "قال", "neutral")],
    ),
    # a quotation mark written twice, as a spreadsheet escapes it, opens and closes a name
    # once; a short quotation stays no source
    (
        'وذكرت صحيفة ""النهار"" أن المعبر أغلق.',
        [('صحيفة ""النهار""', "organization", "ذكرت", "neutral")],
    ),
    ('وقالت ""حماس"" إن اللقاء تأجل.', [("حماس", "organization", "قالت", "neutral")]),
    ('وقال ""الهدوء الحذر"" يسود المدينة.', []),
    # «عالم» before a field is a scientist (alone it is mostly "world"): named when a name
    # follows, before or after the verb; unnamed otherwise
    (
        "وقال عالم الفلك جون سميث إن الكسوف سيبدأ ظهرا.",
        [("عالم الفلك جون سميث", "person", "قال", "neutral")],
    ),
    (
        "عالمة الأوبئة سارة كولينز قالت إن الموجة انحسرت.",
        [("عالمة الأوبئة سارة كولينز", "person", "قالت", "neutral")],
    ),
    ("وقال عالم الآثار إن القطعة أصلية.", [("عالم الآثار", "anonymous", "قال", "neutral")]),
    ("وقال إن العالم تغير كثيرا.", []),
    # a laboratory speaks for itself, as an institute does
    (
        "وقال المتحدث إن المعمل الجنائي أكد أن البصمات تعود للمتهم.",
        [
            ("المتحدث", "person", "قال", "neutral"),
            ("المعمل الجنائي", "organization", "أكد", "emphasis"),
        ],
    ),
    (
        "وأوضح المختبر المركزي أن العينات سليمة.",
        [("المختبر المركزي", "organization", "أوضح", "neutral")],
    ),
    # a family name with the article that the lexicon does not know, nisba or not, right
    # before the report: somebody the article named in full before
    ('وأضاف الشوبكي: "العمل مستمر".', [("الشوبكي", "person", "أضاف", "neutral")]),
    ("وأوضح العبادلة أن المعبر سيفتح.", [("العبادلة", "person", "أوضح", "neutral")]),
    # … but a plural the lexicon knows is a group: newspapers, research nobody names, and the
    # research of a university the article has not named (which one, the reader cannot tell)
    ("وكتبت الصحف أن الحكومة ستستقيل.", [("الصحف", "anonymous", "كتبت", "neutral")]),
    ("وتبين الأبحاث أن النوم مهم.", [("الأبحاث", "anonymous", "تبين", "neutral")]),
    ("وأكدت أبحاث الجامعة أن النوم مهم.", [("أبحاث الجامعة", "anonymous", "أكدت", "emphasis")]),
    (
        "وأكدت أبحاث جامعة القاهرة أن النوم مهم.",
        [("أبحاث جامعة القاهرة", "organization", "أكدت", "emphasis")],
    ),
    # news agencies and outlets the lexicon names, in the spellings news text uses
    ('وذكرت "بلومبيرغ" أن الأسعار سترتفع.', [("بلومبيرغ", "organization", "ذكرت", "neutral")]),
    ("وقالت إنترفاكس إن المحادثات انتهت.", [("إنترفاكس", "organization", "قالت", "neutral")]),
    ("وقالت يونهاب إن التدريبات انتهت.", [("يونهاب", "organization", "قالت", "neutral")]),
    # an institution described by a common noun without the article says what kind it is,
    # not which one; the article, a place or a name after it names it
    (
        "وحذر مركز دراسات أوروبي من أن الديون سترتفع.",
        [("مركز دراسات أوروبي", "anonymous", "حذر", "neutral")],
    ),
    (
        "وقالت وكالة أنباء محلية إن الجسر انهار.",
        [("وكالة أنباء محلية", "anonymous", "قالت", "neutral")],
    ),
    (
        "وقالت وكالة أنباء الإمارات إن الجسر انهار.",
        [("وكالة أنباء الإمارات", "organization", "قالت", "neutral")],
    ),
    (
        "وقالت وكالة أنباء كيودو إن الجسر انهار.",
        [("وكالة أنباء كيودو", "organization", "قالت", "neutral")],
    ),
    (
        "وقال مركز أبحاث الشرق الأوسط إن الديون سترتفع.",
        [("مركز أبحاث الشرق الأوسط", "organization", "قال", "neutral")],
    ),
    # a document filed by a named person is theirs; by people nobody names, nobody's
    (
        "وجاء في البلاغ المقدم من المحامي سامي خليل أن الشركة لم تدفع الأجور.",
        [("البلاغ المقدم من المحامي سامي خليل", "person", "جاء في", "neutral")],
    ),
    (
        "وجاء في المذكرة المقدمة من وزارة العدل أن الحكم نهائي.",
        [("المذكرة المقدمة من وزارة العدل", "organization", "جاء في", "neutral")],
    ),
    (
        "وجاء في البلاغ المقدم من مواطنين أن المصنع يلوث النهر.",
        [("البلاغ المقدم من مواطنين", "anonymous", "جاء في", "neutral")],
    ),
    (
        "وبحسب تقرير صادر عن جهات رسمية فإن الواردات تراجعت.",
        [("تقرير صادر عن جهات رسمية", "anonymous", "بحسب", "neutral")],
    ),
    # an assessment is a document like a report; «مراسلون بلا حدود» is one name
    (
        "وحسب تقييم البنك الدولي فإن النمو تباطأ.",
        [("تقييم البنك الدولي", "organization", "حسب", "neutral")],
    ),
    (
        "وقالت منظمة مراسلون بلا حدود إن الصحفيين يتعرضون للتهديد.",
        [("منظمة مراسلون بلا حدود", "organization", "قالت", "neutral")],
    ),
    # «رأى» after its subject, «أن» right after it; the noun «رأي» with an adjective is none
    (
        "لكن النادي رأى أن العقد انتهى.",
        [("النادي", "anonymous", "رأى أن", "neutral")],
    ),
    ("وهو رأي فقهي يرفض أن تغلق المساجد.", []),
    # a notification («إخطار») names who sent it after «من»
    (
        "وتلقت الشرطة إخطارا من المستشفى بوصول مصاب.",
        [("المستشفى", "anonymous", "إخطارا", "neutral")],
    ),
    ("وتلقى قسم الشرطة إخطارا بوقوع مشاجرة.", []),
    # a relative pronoun right before the verb stands for the noun before it, though a
    # preposition governs that noun; not when the verb carries the object («قاله»)
    (
        "ورد النقابي على وزير العمل الذي قال إن الأجور ارتفعت.",
        [("وزير العمل", "person", "قال", "neutral")],
    ),
    (
        "ورد الكاتب على المتحدث باسم الحكومة الذي انتقد الميزانية.",
        [("المتحدث باسم الحكومة", "person", "انتقد", "neutral")],
    ),
    # what was said is no source; who said it follows the verb
    ("ورد الوزير على التصريح الذي قاله النائب.", [("النائب", "person", "قاله", "neutral")]),
    # «أحدهم», «إحداهن»: one of a group, nobody in particular, before a verb or a participle
    ("وقالت إحداهن إن الحافلة تأخرت.", [("إحداهن", "anonymous", "قالت", "neutral")]),
    (  # (objecting is a report itself now, the participle goes on with the same one)
        "واعترض أحدهم على القرار مؤكدا أن الإضراب قانوني.",
        [("أحدهم", "anonymous", "اعترض", "neutral")],
    ),
    # after «المتحدث باسم الجيش», complete, unknown words are the spokesman's name; not
    # after an indefinite office («متحدث باسم …»), nor «لـ» (whom it was told to)
    (
        "وقال المتحدث باسم الجيش جوناثان كونريكوس إن القصف توقف.",
        [("المتحدث باسم الجيش جوناثان كونريكوس", "person", "قال", "neutral")],
    ),
    (
        "ورد المخرج على المتحدث باسم الجيش جوناثان كونريكوس الذي انتقد القرار.",
        [("المتحدث باسم الجيش جوناثان كونريكوس", "person", "انتقد", "neutral")],
    ),
    (
        "وقال المتحدث باسم الشركة لإذاعة محلية إن المصنع أغلق.",
        [("المتحدث باسم الشركة", "person", "قال", "neutral")],
    ),
    # the subject, then an aside between commas that a preposition opens, then the verb
    (
        "وكالة الأنباء، في نسختها الإنجليزية، قالت إن الاتفاق هش.",
        [("وكالة الأنباء", "organization", "قالت", "neutral")],
    ),
    (
        "وفي العاصمة، في وقت لاحق، قال الوزير إن الاتفاق هش.",
        [("الوزير", "person", "قال", "neutral")],
    ),
    # … or any aside: a relative clause, «وهو …», «واحدة من …», «ومقرها …»
    (
        "حركة حماس، التي تسيطر على غزة، قالت إن الهدنة صامدة.",
        [("حركة حماس", "organization", "قالت", "neutral")],
    ),
    (
        "وزير الخارجية، وهو عضو في الحزب الحاكم، قال إن المحادثات مستمرة.",
        [("وزير الخارجية", "person", "قال", "neutral")],
    ),
    (
        "منظمة الصحة العالمية، ومقرها جنيف، حذرت من موجة جديدة.",
        [("منظمة الصحة العالمية", "organization", "حذرت", "neutral")],
    ),
    ("وفي غزة، التي يحاصرها الجيش، قالت إن الهدنة صامدة.", []),
    # a relative clause between commas may run long: its pronoun bounds it
    (
        "حركة حماس، التي تسيطر على قطاع غزة منذ عام 2007 بعد اشتباكات مع حركة فتح، قالت إن"
        " الهدنة صامدة.",
        [("حركة حماس", "organization", "قالت", "neutral")],
    ),
    (
        "وفي غزة، التي يحاصرها الجيش منذ سنوات طويلة بلا انقطاع ولا هوادة، قالت إن الهدنة صامدة.",
        [],
    ),
    # a quotation mark opening the whole sentence stands before the subject, not a name
    ('"الوزير قال إن الاتفاق هش".', [("الوزير", "person", "قال", "neutral")]),
    # «صنف … بأن»: classified as, a judgement reported; a ranking is none
    (
        "وصنفت الخارجية الأمريكية الجماعة بأنها منظمة إرهابية.",
        [("الخارجية الأمريكية", "organization", "صنفت", "neutral")],
    ),
    ("وصنفت الجامعة في المرتبة الأولى.", []),
    # an institution's name of plain words, subject before its verb, runs up to the verb
    (
        "جمعية حماية المستهلك حذرت من ارتفاع الأسعار.",
        [("جمعية حماية المستهلك", "organization", "حذرت", "neutral")],
    ),
    (
        "وحركة الراية السوداء قالت إن الحكومة فاشلة.",
        [("حركة الراية السوداء", "organization", "قالت", "neutral")],
    ),
    ("جمعية خيرية قالت إن الأسعار ارتفعت.", [("جمعية خيرية", "anonymous", "قالت", "neutral")]),
    # what the person is, then a title and the name: one person
    (
        "وقال الخبير الاقتصادي الدكتور أحمد سالم إن التضخم سيتراجع.",
        [("الخبير الاقتصادي الدكتور أحمد سالم", "person", "قال", "neutral")],
    ),
    (
        "وقال الحقوقي الدكتور أحمد سالم إن المحاكمة لم تكن عادلة.",
        [("الحقوقي الدكتور أحمد سالم", "person", "قال", "neutral")],
    ),
    # … described by a nisba the lexicon does not know, before a title or a name
    (
        "وقال الفلكي الدكتور توني فيليبس إن النشاط الشمسي يتراجع.",
        [("الفلكي الدكتور توني فيليبس", "person", "قال", "neutral")],
    ),
    (
        "وقال الفلكي توني فيليبس إن النشاط الشمسي يتراجع.",
        [("الفلكي توني فيليبس", "person", "قال", "neutral")],
    ),
    (
        "وأكد المصري محمد صلاح أن الفريق جاهز.",
        [("المصري محمد صلاح", "person", "أكد", "emphasis")],
    ),
    # a relative pronoun after an apposition stands for the one it describes
    (
        "والتقى الوزير آبي أحمد، رئيس الوزراء الإثيوبي، الذي أكد أن بلاده تحتاج إلى أجهزة.",
        [("رئيس الوزراء الإثيوبي", "person", "أكد", "emphasis")],
    ),
    # religious bodies; «احتج على»: what is protested follows «على», the subject the verb
    (
        "وأعلنت الطوائف المسيحية في بيت لحم إغلاق كنيسة المهد.",
        [("الطوائف المسيحية في بيت لحم", "organization", "أعلنت", "neutral")],
    ),
    (
        "واحتج المتظاهرون على قرار الحكومة رفع الأسعار.",
        [("المتظاهرون", "anonymous", "احتج", "neutral")],
    ),
    # two ministries in the dual's construct form; «محافظة» is the governorate
    (
        "وأعلنت وزارتا الداخلية والصحة انتهاء المناورة.",
        [("وزارتا الداخلية والصحة", "organization", "أعلنت", "neutral")],
    ),
    (
        "وأكدت محافظة القاهرة أن الحريق أسفر عن تفحم 31 سيارة.",
        [("محافظة القاهرة", "organization", "أكدت", "emphasis")],
    ),
    ("يقول مؤرخون إن تلك السنة شهدت هطول الثلوج.", [("مؤرخون", "anonymous", "يقول", "neutral")]),
    # an institution's noun in the chain, shaped like an adjective («نادي»), takes its name
    (
        "وقالت إدارة نادي بايرن ميونيخ إن المسجد جاهز.",
        [("إدارة نادي بايرن ميونيخ", "organization", "قالت", "neutral")],
    ),
    # whom it was said to, then a time, then the report
    (
        "وصرح نافعة لوكالة فرانس برس في وقت سابق من هذا الأسبوع أن الصورة تغيرت.",
        [("نافعة", "person", "صرح", "neutral")],
    ),
    # «قدّر»: an estimate reported
    (
        "وقدرت الأمم المتحدة عدد النازحين بمليون شخص.",
        [("الأمم المتحدة", "organization", "قدرت", "neutral")],
    ),
    ("وهناك قدر كبير من الحرية في الصحافة.", []),
    # «أم» (also "or") before a first name: a mother's kunya
    ("وقالت أم أحمد إن ابنها اعتقل.", [("أم أحمد", "person", "قالت", "neutral")]),
    ("أم يزن: أصبحنا بلا كهرباء.", [("أم يزن", "person", ":", "neutral")]),
    # the present tense with an object pronoun: its subject after it, whatever follows
    ("ويصفها مراقبون بأنها خطوة متأخرة.", [("مراقبون", "anonymous", "يصفها", "neutral")]),
    ("ويتهمه المعارضون بالفساد.", [("المعارضون", "anonymous", "يتهمه", "neutral")]),
    # a preposition and the article written apart with a tatweel end the phrase
    (
        'ويصفها علماء الدين بالـ"تنطع" في الدين.',
        [("علماء الدين", "anonymous", "يصفها", "neutral")],
    ),
    (
        "وأوضح الشيخ فواز آل خليفة أن الحكم نهائي.",
        [("الشيخ فواز آل خليفة", "person", "أوضح", "neutral")],
    ),
    # a past ending in «ى» drops it: «أوصى», «أوصت»
    (
        "وأوصت اللجنة بالسماح ببيع الطائرات.",
        [("اللجنة", "anonymous", "أوصت", "neutral")],
    ),
    # a verb whose object may stand before «إلى»/«من»/«ب» («دعا الحكومة إلى»): with no source
    # just before it to continue, the phrase after it is its subject when gender and case
    # allow («ودعت الأمم المتحدة إلى»); not «دعا الإدارة», «دعت رئيس الوزراء», «تدعو
    # أشخاصاً», never after «اتهم», and never when a source came just before
    (
        "ودعت الأمم المتحدة إلى وقف إطلاق النار.",
        [("الأمم المتحدة", "organization", "دعت", "neutral")],
    ),
    (
        "وحذرت هيئة الأدوية من استخدام المضادات دون وصفة.",
        [("هيئة الأدوية", "organization", "حذرت", "neutral")],
    ),
    (
        "وقال الرئيس إن الوضع صعب. ودعا الحكومة إلى الاستقالة.",
        [("الرئيس", "person", "قال", "neutral")],
    ),
    ("ودعا الإدارة الجديدة إلى توفير العناية للبلاد.", []),
    ("ودعت رئيس الوزراء إلى الاستقالة.", []),
    ("وتدعو أشخاصاً إلى التطوع.", []),
    ("واتهمت الشرطة بالتقصير.", []),  # «اتهم» always has the accused after it
    # … and a plural of people after it is no adjective of a single institution
    ("ودعت الوزارة المواطنين إلى الهدوء.", [("الوزارة", "organization", "دعت", "neutral")]),
    # a live blog's time before a label and its colon
    (
        "22:49 وسائل إعلام محلية: مسؤول أمني يقول إن الانفجار كبير.",
        [
            ("وسائل إعلام محلية", "anonymous", ":", "neutral"),
            ("مسؤول أمني", "anonymous", "يقول", "neutral"),
        ],
    ),
    ("2020: عام صعب على الاقتصاد.", []),
    # «الذي» follows a definite noun: unknown words without the article before it are a name
    (
        "والتقى الوفد مع روميرو الذي قال إن الاتفاق قريب.",
        [("روميرو", "person", "قال", "neutral")],
    ),
    ("وهذا هو الاتفاق الذي أعلن أمس.", []),
    ("وقد يؤدي القرار إلى إثارة حفيظة المتشددين الذين يدعون إلى التظاهر.", []),
    (
        "وشدد على الالتزام، بجانب جميع التعليمات التي تنوه إليها الوزارة.",
        [("الوزارة", "organization", "تنوه", "neutral")],
    ),
    # … wherever the clause began, people or a report, not a place
    (
        "لكن ما هي صحة الأنباء التي تحدثت عن استعداد الحركة؟",
        [("الأنباء", "anonymous", "تحدثت", "neutral")],
    ),
    (
        "وجاء بعده الطبيب التونسي الكموني في ألمانيا الذي صرح بأنه قادر على العلاج.",
        [("الطبيب التونسي الكموني في ألمانيا", "anonymous", "صرح", "neutral")],
    ),
    # … and not what was said, when a pronoun after the verb stands for it: then the
    # subject follows the verb
    (
        "وتلقت ابنته اللقاح الذي أعلن عنه الرئيس أمس.",
        [("الرئيس", "person", "أعلن", "neutral")],
    ),
    (
        "ويلتزمون بحظر التجول الذي دعت إليه الحكومة التونسية.",
        [("الحكومة التونسية", "organization", "دعت", "neutral")],
    ),
    (
        "وأشاد بالإجراءات التي أعلنتها الحكومة أمس.",
        [("الحكومة", "organization", "أعلنتها", "neutral")],
    ),
    # a definite source's name after its genitive is the source's own, not after an office
    (
        "وقال المسؤول في إدارة الإنقاذ محمد سالم إن شخصاً توفي.",
        [("المسؤول في إدارة الإنقاذ محمد سالم", "person", "قال", "neutral")],
    ),
    (
        "وقال مسؤول في مكتب الرئيس محمد مرسي إن الزيارة تأجلت.",
        [("مسؤول في مكتب الرئيس محمد مرسي", "anonymous", "قال", "neutral")],
    ),
    # one of a group, then the name between commas: a named person; a name the lexicon
    # does not know needs two words there
    (
        "وقال أحد السكان، محمد سالم، إن المياه انقطعت.",
        [("أحد السكان، محمد سالم", "person", "قال", "neutral")],
    ),
    (
        "وذكر أحد المستخدمين، غايسون إليا، أن حسابه اخترق.",
        [("أحد المستخدمين، غايسون إليا", "person", "ذكر", "neutral")],
    ),
    (
        "وقال أحد السكان، وهو عامل بناء، إن المياه انقطعت.",
        [("أحد السكان", "anonymous", "قال", "neutral")],
    ),
    # «نشر» with what it published after its subject; never what it published itself, nor
    # troops it deploys
    (
        "ونشر الفنان محمد صلاح تدوينة على فيسبوك أكد فيها أن الفيلم جاهز.",
        [("الفنان محمد صلاح", "person", "نشر", "neutral")],
    ),
    (
        "نشر فيسبوك تفاصيل حملة منسقة في أنحاء العالم.",
        [("فيسبوك", "organization", "نشر", "neutral")],
    ),
    (
        "وكان الوزير قد نشر تغريدة قال فيها إن الاتفاق قريب.",
        [("الوزير", "person", "نشر", "neutral")],
    ),
    ("ونشر الجيش قواته على الحدود.", []),
    # a preposition glued to the article or to a function word starts no name
    ("أردت أن أقول للناس إن الإسلام دين جميل.", []),
    (
        "وتبين أن تناقل وسائل الإعلام الإسبانية لهذا الخبر كان من باب الدعابة.",
        [("وسائل الإعلام الإسبانية", "anonymous", "تناقل", "neutral")],
    ),
    # an office's «لـ» of what it is for («المدير العام للتنقل»), not whom it told
    (
        "وقال الرئيس التنفيذي للعمليات إن الرحلات ستعود.",
        [("الرئيس التنفيذي للعمليات", "person", "قال", "neutral")],
    ),
    (
        "وقال الرئيس التنفيذي للصحفيين إن الرحلات ستعود.",
        [("الرئيس التنفيذي", "person", "قال", "neutral")],
    ),
    # «استطرد» goes on; «كتب» takes where it was written before its report
    (
        "واستطردت السفيرة حصة العتيبة: «نتطلع إلى الحل».",
        [("السفيرة حصة العتيبة", "person", "استطردت", "neutral")],
    ),
    (
        "وكتب هوشيار زيباري في حسابه الرسمي بموقع تويتر: جرت انتخابات سلسة.",
        [("هوشيار زيباري", "person", "كتب", "neutral")],
    ),
    # «وجه» with the message or call it addressed; alone it directs anything
    (
        "ووجه الرئيس رسالة إلى المواطنين دعاهم فيها إلى الهدوء.",
        [("الرئيس", "person", "وجه", "neutral")],
    ),
    ("ووجه الجيش ضربات إلى مواقع المسلحين.", []),
    ("الوزير وجه رسالة إلى المواطنين.", [("الوزير", "person", "وجه", "neutral")]),
    # a verb with «و» glued on opens its own clause: the noun before it is no subject
    ("وصل مرتزق إلى مدينة سبها من تشاد ويوجه رسالة إلى التشاديين.", []),
    # an investigation is a document: its author's when it names one
    (
        "وتوصل تحقيق أجرته وكالة فرانس برس إلى أن عشرات المقابر دمرت.",
        [("تحقيق أجرته وكالة فرانس برس", "organization", "توصل", "neutral")],
    ),
    # «على حد تعبير»: in the words of
    (
        "وهي رقصات أمتع من خطاب السياسيين، على حد تعبير بعض الناشطين على الإنترنت.",
        [("بعض الناشطين", "anonymous", "على حد تعبير", "neutral")],
    ),
    ("وهي خطوة تاريخية على حد وصف الوزير.", [("الوزير", "person", "على حد وصف", "neutral")]),
    # a label of two or three unknown words before a colon is a name; not one shaped like
    # an adjective, nor one word alone
    (
        "غاريث بايل: شعور رائع أن تسجل في كأس العالم.",
        [("غاريث بايل", "person", ":", "neutral")],
    ),
    ("مسائية DW: من هم المحتجون في ألمانيا؟", []),
    ("عاجل: انفجار في بيروت.", []),
    # «بأنها» opens the report; it is nobody's possession
    ('وأضافت بأنها "ترقص لتفرح الناس".', []),
    # a nisba-shaped noun in an office's chain, before a definite noun («جمهورية الشيشان»)
    (
        "وقال رئيس جمهورية الشيشان إن الحرب طويلة.",
        [("رئيس جمهورية الشيشان", "person", "قال", "neutral")],
    ),
    # coordinated heads: the second keeps its own link; two unnamed groups without the article
    (
        "وأكد المتحدث باسم الجيش والناطق باسم الشرطة أن الهجوم أحبط.",
        [("المتحدث باسم الجيش والناطق باسم الشرطة", "person", "أكد", "emphasis")],
    ),
    (
        "وقالت مصادر أمنية وشهود عيان إن الانفجار وقع صباحا.",
        [("مصادر أمنية وشهود عيان", "anonymous", "قالت", "neutral")],
    ),
    # a group, then an institution: not joined into one source of either kind, one each
    (
        "وقالت مصادر أمنية ووزارة الداخلية إن الانفجار وقع صباحا.",
        [
            ("مصادر أمنية", "anonymous", "قالت", "neutral"),
            ("وزارة الداخلية", "organization", "قالت", "neutral"),
        ],
    ),
    # «نقل … عنه»: the one quoted is a pronoun, so the outlet quoting him is the source
    (
        'ونقلت قناة "العربية" اليوم الأحد، عنه أن القاعدة ضمن برنامج التطوير.',
        [('قناة "العربية"', "organization", "نقلت", "neutral")],
    ),
    # «حث … على»: urged, with or without its subject (then the plural after it is its object)
    (
        "وحثت الأمم المتحدة الطرفين على خفض التوتر.",
        [("الأمم المتحدة", "organization", "حثت", "neutral")],
    ),
    ("وحث الوزير المواطنين على الالتزام بالتعليمات.", [("الوزير", "person", "حث", "neutral")]),
    ("وحث المواطنين على الالتزام بالتعليمات.", []),
    ("ودعا الفلسطينيين إلى الهدوء.", []),
    # «خلص إلى»: concluded; not «خلص» alone
    ("وخلص الباحثون إلى أن التدخين يضر.", [("الباحثون", "anonymous", "خلص", "neutral")]),
    ("وخلص الباحثون من العمل مساء.", []),
    # an alef with a hamza is no article: «ألبرت» is a name, «البرت» stays ambiguous
    (
        "وقال ألبرت ريفيرا رئيس حزب المواطنة إن الانفصال مرفوض.",
        [("ألبرت ريفيرا رئيس حزب المواطنة", "person", "قال", "neutral")],
    ),
    # a month that is also a family name, after a first name
    (
        "نفى الفنان محمد رمضان ما تردد حول إصابته.",
        [("الفنان محمد رمضان", "person", "نفى", "neutral")],
    ),
    ("وقال الوزير في رمضان الماضي إن الأسعار ستنخفض.", [("الوزير", "person", "قال", "neutral")]),
    # «أصدر» a statement or a warning reports; a decision does not
    (
        "وأصدرت وزارة الخارجية تحذيرا من السفر إلى لبنان.",
        [("وزارة الخارجية", "organization", "أصدرت", "neutral")],
    ),
    (
        "وكانت الوزارة قد أصدرت تقريرا يفيد بأن الأسعار ارتفعت.",
        [("الوزارة", "organization", "أصدرت", "neutral")],
    ),
    ("وأصدرت المحكمة قرارا بسجن المتهم.", []),
    # one institution or document of many, unnamed in the text: which one, the reader cannot
    # tell; named before, or one of its own kind in a country, it stays an organisation
    ("وقالت الشركة إن الأرباح سترتفع.", [("الشركة", "anonymous", "قالت", "neutral")]),
    (
        "وقالت شركة روش إن الجهاز جديد. وقالت الشركة إن النتيجة سريعة.",
        [
            ("شركة روش", "organization", "قالت", "neutral"),
            ("الشركة", "organization", "قالت", "neutral"),
        ],
    ),
    (
        "قالت حماس إن الهدنة انتهت. وأضافت الحركة أن الرد قادم.",
        [
            ("حماس", "organization", "قالت", "neutral"),
            ("الحركة", "organization", "أضافت", "neutral"),
        ],
    ),
    (
        "وأكدت الوكالة الأمريكية أن البلدان تتقدم.",
        [("الوكالة الأمريكية", "anonymous", "أكدت", "emphasis")],
    ),
    ("وقال البنك الدولي إن النمو تباطأ.", [("البنك الدولي", "organization", "قال", "neutral")]),
    ("وقالت الحكومة إن الوضع مستقر.", [("الحكومة", "organization", "قالت", "neutral")]),
    # «الوسائط»: the media; «تداول مع» deliberates with somebody
    (
        "نفت مصادر موثوقة ما تداولته الوسائط حول إصابة الرئيس.",
        [
            ("مصادر موثوقة", "anonymous", "نفت", "neutral"),
            ("الوسائط", "anonymous", "تداولته", "neutral"),
        ],
    ),
    ("والتقى الوزير السفيرة التي تداولت مع الفريق في عدد من الشؤون.", []),
    # a family name alone, after the article named the person in full: whatever follows
    (
        "قال الوزير سامح كرارة إن المفاوضات متعثرة. وأكد كرارة رفض بلاده للاتفاق.",
        [
            ("الوزير سامح كرارة", "person", "قال", "neutral"),
            ("كرارة", "person", "أكد", "emphasis"),
        ],
    ),
    # …but not a word that only followed a common noun («كتابة تعليق … إضافة تعليق»)
    ("يمكنك كتابة تعليق أو إضافة تعليق جديد.", []),
    # a relative or a friend the article does not name
    ('تضيف الخالة لـ"الوطن": "ذهب مع أصدقائه".', [("الخالة", "anonymous", "تضيف", "neutral")]),
    ("وقال صديق مقرب منه إن الوضع صعب.", [("صديق مقرب", "anonymous", "قال", "neutral")]),
    # «وكان X، …، قد أعلن»: the subject before an aside and «قد»; not «قد» as "may"
    (
        "وكان عبد الكريم ديبي، مستشار الرئيس التشادي، قد أعلن أن بلاده ستفتح سفارة.",
        [("عبد الكريم ديبي", "person", "أعلن", "neutral")],
    ),
    (
        "وكانت وزارة الصحة، في بيان سابق، قد أكدت أن الوضع مستقر.",
        [("وزارة الصحة", "organization", "أكدت", "emphasis")],
    ),
    ("الوزير، في بيان سابق، قد يعلن أن الوضع مستقر.", []),
    # the subject before «كان» itself: «X كانت قد أعلنت»
    (
        "وزارة الصحة المصرية كانت قد أعلنت أن عدد الإصابات ارتفع.",
        [("وزارة الصحة المصرية", "organization", "أعلنت", "neutral")],
    ),
    # a family name shaped like a participle's plural, right after a known first name
    (
        "ولكن وزير الخزانة الأمريكي ستيفن منوشين قال إن الشركة تستطيع تفادي العقوبات.",
        [("وزير الخزانة الأمريكي ستيفن منوشين", "person", "قال", "neutral")],
    ),
    # an index is a document: an organisation's, here named before it
    (
        "نشرت منظمة العفو الدولية مؤشرها السنوي. وكشف المؤشر عن تراجع الحريات.",
        [("المؤشر", "organization", "كشف", "proven")],
    ),
    # a stance expressed («أبدى»), and what was presented as said («قدم … استنتاجات»), not
    # an act («قدم استقالته»)
    (
        "وأبدت وزارة الخارجية قلقها من التصعيد.",
        [("وزارة الخارجية", "organization", "أبدت", "neutral")],
    ),
    (
        "قدم العلماء استنتاجات مخيبة للآمال بعد مراقبة الشمس.",
        [("العلماء", "anonymous", "قدم", "neutral")],
    ),
    ("وقدم الوزير استقالته بعد الفضيحة.", []),
    # a relative of somebody named is no named person: the names say whose relative; a
    # relative named in apposition is, and so is an office's holder («مدرب الهلال …»)
    (
        "وأكدت عائلة حمزة بن دلاج أن الخبر كاذب.",
        [("عائلة حمزة بن دلاج", "anonymous", "أكدت", "emphasis")],
    ),
    (
        "وقال شقيق الرئيس محمد مرسي إن العائلة بخير.",
        [("شقيق الرئيس محمد مرسي", "anonymous", "قال", "neutral")],
    ),
    (
        "وقالت الوالدة سعاد محمد إن ابنها بريء.",
        [("الوالدة سعاد محمد", "person", "قالت", "neutral")],
    ),
    (
        "وقال مدرب الهلال جورجي جيسوس إن الفريق جاهز.",
        [("مدرب الهلال جورجي جيسوس", "person", "قال", "neutral")],
    ),
    # an institution, «في» and where it sits; an abbreviation in brackets; «وكانت» opens the
    # clause of a past perfect without «قد»
    (
        "وكانت نقابة الصحافيين في تركيا (TGC) قالت إن الصحافة تمر باختبار.",
        [("نقابة الصحافيين في تركيا (TGC)", "organization", "قالت", "neutral")],
    ),
    (
        "وقالت السفارة الأمريكية في القاهرة إن الوضع مستقر.",
        [("السفارة الأمريكية في القاهرة", "organization", "قالت", "neutral")],
    ),
    # people at large
    ("ويقول الناس إن الأجواء مفتوحة.", [("الناس", "anonymous", "يقول", "neutral")]),
    # a comma after the subject of «كان»; not after a fronted phrase
    (
        "وكانت وزارة الصحة الإسرائيلية، أعلنت تسجيل 15 إصابة.",
        [("وزارة الصحة الإسرائيلية", "organization", "أعلنت", "neutral")],
    ),
    ("الوزير، أعلن أن الوضع مستقر.", []),
    # «أن» with its pronoun opens the view reported; many, others; an official toll
    ("ويعتقد الخبراء أننا على وشك أزمة.", [("الخبراء", "anonymous", "يعتقد", "neutral")]),
    (
        "واشتكى آخرون على مواقع التواصل من ارتفاع الأسعار.",
        [("آخرون", "anonymous", "اشتكى", "neutral")],
    ),
    (
        "وبحسب حصيلة رسمية، فإن عدد الضحايا ارتفع.",
        [("حصيلة رسمية", "anonymous", "بحسب", "neutral")],
    ),
    # the word that opened a named person's source, alone later, is that person again
    (
        "وقال الفنان أحمد حلمي إن الفيلم جاهز. وأضاف الفنان أن التصوير انتهى.",
        [("الفنان أحمد حلمي", "person", "قال", "neutral"), ("الفنان", "person", "أضاف", "neutral")],
    ),
    # a name, then its office between commas (a title of several words), or up to the report
    (
        "وقال كريستوف دولوار، الأمين العام للمنظمة، إن الأنباء المضللة تتزايد.",
        [("كريستوف دولوار", "person", "قال", "neutral")],
    ),
    (
        "وقال كريستوف دولوار، الأمين العام للمنظمة لوكالة فرانس برس إن الأنباء تتزايد.",
        [("كريستوف دولوار", "person", "قال", "neutral")],
    ),
    # a relative pronoun after one institution inside a longer phrase; not after several
    (
        "واحتلت الجزائر المرتبة 146 في قائمة المنظمة التي اعتبرت أن الاعتقالات تتعاظم.",
        [("المنظمة", "organization", "اعتبرت", "neutral")],
    ),
    ("وإنما الوزارات التي يغرد بعضها خارج السرب.", []),
    # a relative clause with its own plural subject after the verb; a named organisation
    # before a relative after a comma
    (
        "وهي الشائعات التي أكد مراقبون أنها جاءت بقصد إحباط المؤيدين.",
        [("مراقبون", "anonymous", "أكد", "emphasis")],
    ),
    (
        "ويسيطر الحوثيون، الذين يقولون إنهم يثورون على الفساد، على العاصمة.",
        [("الحوثيون", "organization", "يقولون", "neutral")],
    ),
    # «يعتبر» is mostly the passive "is considered": a report only with «أن» after it
    (
        "ويعتبر مسؤولون إسرائيليون أن الاتفاق سيئ.",
        [("مسؤولون إسرائيليون", "anonymous", "يعتبر", "neutral")],
    ),
    ("ويعتبر الحل ضروريا للجميع.", []),
    # where it was said is no part of the source
    ("وقال الملك في رسالته إن الجروح عميقة.", [("الملك", "person", "قال", "neutral")]),
    # after a person's name a quotation is what was said, not part of the name; a quoted
    # name still completes an outlet or a party
    (
        'وقال الوزير جون سميث "نحن هنا".',
        [("الوزير جون سميث", "person", "قال", "neutral")],
    ),
    ('وقال المتحدث "نحن هنا".', [("المتحدث", "person", "قال", "neutral")]),
    (
        'وقالت قناة "العربية" إن الوفد وصل.',
        [('قناة "العربية"', "organization", "قالت", "neutral")],
    ),
    # «وفقاً للوزير»: «لل» is «ل» and the article, so the source is definite (the minister),
    # and the finding keeps the whole word
    ("ووفقاً للوزير، فإن الحادث وقع ليلا.", [("للوزير", "person", "وفقاً", "neutral")]),
    ("ووفقاً للشرطة، فإن الحادث وقع ليلا.", [("للشرطة", "organization", "وفقاً", "neutral")]),
    (
        "ووفقاً للأمم المتحدة، فإن عدد اللاجئين تضاعف.",
        [("للأمم المتحدة", "organization", "وفقاً", "neutral")],
    ),
    # «سبق لـX أن …»: X had already said it
    (
        "وسبق للسفير الصيني لدى الاتحاد الأفريقي أن صرّح بأن بلاده لن تتدخل.",
        [("للسفير الصيني لدى الاتحاد الأفريقي", "person", "صرّح", "neutral")],
    ),
    (
        "وسبق لوزارة الخارجية أن أعلنت رفضها للقرار.",
        [("وزارة الخارجية", "organization", "أعلنت", "neutral")],
    ),
    ("وسبق للرئيس أن زار المنطقة.", []),
    # an opinion poll nobody names; a study unnamed but described
    (
        "وتشير استطلاعات الرأي إلى أن الحزب سيفوز.",
        [("استطلاعات الرأي", "anonymous", "تشير", "neutral")],
    ),
    (
        "وبحسب استطلاع للرأي أجرته مؤسسة غالوب، فإن الحزب سيفوز.",
        [("استطلاع للرأي أجرته مؤسسة غالوب", "organization", "بحسب", "neutral")],
    ),
    (
        "وأظهرت دراسة حديثة أن التدخين يضر بالقلب.",
        [("دراسة حديثة", "anonymous", "أظهرت", "neutral")],
    ),
    (
        "وكشف استطلاع حديث أن الحزب سيفوز.",
        [("استطلاع حديث", "anonymous", "كشف", "proven")],
    ),
    ("وأظهر الوزير أن التدخين يضر بالقلب.", []),
    # foreign first names with a family name the lexicon does not know
    (
        "من جانبه، قال البرت موراليس إن الميزانية متوازنة.",
        [("البرت موراليس", "person", "قال", "neutral")],
    ),
    (
        "يقول موريس لوبلان في لقاء أجرته معه مجلة فنية سنة 1987، بعد فوزه بالجائزة:"
        ' "الموسيقى حياتي".',
        [("موريس لوبلان", "person", "يقول", "neutral")],
    ),
    # a crowd demanding or calling: the participle's subject; «أمام» is no «إمام»
    (
        "وخرج المتظاهرون مطالبين الحكومة بالاستقالة.",
        [("المتظاهرون", "anonymous", "مطالبين", "neutral")],
    ),
    (
        "وتظاهر المئات أمام البرلمان مطالبين بالإفراج عن المعتقلين.",
        [("المئات", "anonymous", "مطالبين", "neutral")],
    ),
    (
        "وخرج الآلاف إلى الشوارع داعين إلى إسقاط الحكومة.",
        [("الآلاف", "anonymous", "داعين", "neutral")],
    ),
    ("ورفضت المحكمة دعوى المطالبين بالتعويض.", []),
    # a first name, a family name the lexicon does not know, then the office in construct
    (
        "وقال جون كاسادو رئيس الحزب إن الانفصال مرفوض.",
        [("جون كاسادو رئيس الحزب", "person", "قال", "neutral")],
    ),
    # after an office its genitive names, «في» goes on to an institution, not to a moment
    (
        "وقال رئيس اتحاد الغرف التجارية في ختام المؤتمر إن الأسعار مستقرة.",
        [("رئيس اتحاد الغرف التجارية", "person", "قال", "neutral")],
    ),
    (
        "وقال رئيس قسم الجراحة في مستشفى القصر العيني إن الوضع جيد.",
        [("رئيس قسم الجراحة في مستشفى القصر العيني", "person", "قال", "neutral")],
    ),
    # an outlet's own reporting; the channel speaking, not the region in a claim; what it
    # learned from somebody is theirs, the outlet carrying it
    (
        "وعلمت الجزيرة من مصادر مطلعة أن الاجتماع تأجل.",
        [
            ("مصادر مطلعة", "anonymous", "علمت", "neutral"),
            ("الجزيرة", "organization", "علمت", "neutral"),
        ],
    ),
    ("وعلمت الجزيرة أن الاجتماع تأجل.", [("الجزيرة", "organization", "علمت", "neutral")]),
    # … and a family learning it from the police passes on what the police said
    (
        "علمت عائلة الضحية من الشرطة أن ابنها قتل في الهجوم.",
        [
            ("الشرطة", "organization", "علمت", "neutral"),
            ("عائلة الضحية", "anonymous", "علمت", "neutral"),
        ],
    ),
    (
        "وأوضحت الدكتورة سلمى، أستاذة علم الأوبئة، أن اللقاح آمن.",
        [
            ("الدكتورة سلمى", "person", "أوضحت", "neutral"),
        ],
    ),
    (
        "وأعلن الاحتلال عن إغلاق المعابر حتى إشعار آخر.",
        [("الاحتلال", "organization", "أعلن", "neutral")],
    ),
    # a people standing alone is nobody the reader can ask
    (
        "وتظاهر اللبنانيون أمام البرلمان مطالبين الحكومة بالاستقالة.",
        [("اللبنانيون", "anonymous", "مطالبين", "neutral")],
    ),
    ("ويرى المصريون أن الأسعار مرتفعة.", [("المصريون", "anonymous", "يرى", "neutral")]),
    # a quoted word with a preposition glued on is what was pledged, not a name
    ('وتعهدت الملكة "بالنجاح" في مواجهة الوباء.', [("الملكة", "person", "تعهدت", "neutral")]),
    ('وتعهدت "بالنجاح" في مواجهة الوباء.', []),
    # the object first, then a named subject: «دعا إلى التظاهرة الحزب الشعبي»
    (
        "ودعا الى الإضراب الاتحاد العمالي العام.",
        [("الاتحاد العمالي العام", "organization", "دعا", "neutral")],
    ),
    ("وأشار إلى الاتفاق الموقع بين الطرفين.", []),
    # the latest or first of a document: the document heads the phrase
    (
        "وبحسب آخر حصيلة رسمية، قتل 12 شخصا.",
        [("آخر حصيلة رسمية", "anonymous", "بحسب", "neutral")],
    ),
    (
        "وأظهر أحدث تقرير للأمم المتحدة أن الجوع يتفاقم.",
        [("أحدث تقرير للأمم المتحدة", "organization", "أظهر", "neutral")],
    ),
    (
        "وأظهرت استطلاعات الرأي أن المرشح متقدم.",
        [("استطلاعات الرأي", "anonymous", "أظهرت", "neutral")],
    ),
    # the name apposed to «سبق لـ…» between commas is kept
    (
        "وسبق للمبعوث الأممي الخاص، غسان سلامة، أن صرح بأن الحل سياسي.",
        [("للمبعوث الأممي الخاص، غسان سلامة", "person", "صرح", "neutral")],
    ),
    # «للجنة» is «ل» + «اللجنة»
    (
        "وفقا للجنة العليا للانتخابات، فإن النتائج ستعلن غدا.",
        [("للجنة العليا للانتخابات", "organization", "وفقا", "neutral")],
    ),
    # a definite word in quotes after a title is what was said; a woman with a masculine
    # title keeps it before «التي»; another official is not the one named before
    ('وقال المتحدث "الأوضاع مستقرة" في المدينة.', [("المتحدث", "person", "قال", "neutral")]),
    (
        "والتقى عضو مجلس الشيوخ إليزابيث وارن التي انتقدت الرئيس.",
        [("عضو مجلس الشيوخ إليزابيث وارن", "person", "انتقدت", "neutral")],
    ),
    (
        "وقال المسؤول الأمريكي جون كيري إن الاتفاق قريب."
        " وقال المسؤول الأمريكي الآخر إن الاتفاق بعيد.",
        [
            ("المسؤول الأمريكي جون كيري", "person", "قال", "neutral"),
            ("المسؤول الأمريكي الآخر", "anonymous", "قال", "neutral"),
        ],
    ),
    # calls and demands, and whose; not the singular verbal noun, whose genitive is as
    # often the one called on
    ("وتجاهلت الحكومة مطالب المحتجين.", [("المحتجين", "anonymous", "مطالب", "neutral")]),
    (
        "وتلبية لمطالب القوى السياسية، أعلن الرئيس حل البرلمان.",
        [
            ("القوى السياسية", "organization", "لمطالب", "neutral"),
            ("الرئيس", "person", "أعلن", "neutral"),
        ],
    ),
    ("ودعوة الأشخاص إلى البقاء في المنزل واجبة.", []),
    # «التي» never stands for one man: the institution inside the phrase said it
    (
        "وهو عضو مؤسس في جبهة النقابات المستقلة التي دعت إلى إضراب عام.",
        [("جبهة النقابات المستقلة", "organization", "دعت", "neutral")],
    ),
    (
        "والتقى رئيس الحكومة التي أكدت أن الوضع مستقر.",
        [("الحكومة", "organization", "أكدت", "emphasis")],
    ),
    # a statement's «لـ», after its adjectives, says whose it is; not an outlet's (whom it
    # was for), nor an accusation's (against whom)
    (
        "غير أن تصريحات سابقة لوزارة المالية المغربية كانت تتحدث عن عجز أكبر.",
        [("وزارة المالية المغربية", "organization", "تصريحات", "neutral")],
    ),
    # statements spoken of, whoever made them, are no report of what they said
    ("وأثارت تصريحات صحفية لوزير الخارجية الجدل.", []),
    (
        "وكانت تصريحات صحفية لوزير الخارجية أن الحل سياسي قد أثارت الجدل.",
        [("وزير الخارجية", "person", "تصريحات", "neutral")],
    ),
    (
        "وفي تصريحات صحفية لقناة الجزيرة، أكد الوزير أن الحل سياسي.",
        [("الوزير", "person", "أكد", "emphasis")],
    ),
    ("وأثارت اتهامات جديدة للحكومة بالفساد الجدل.", []),
    ("وأثارت تصريحات مسؤولين أمريكيين الجدل.", []),
    # «استكمل» (went on) reports only with its content after it
    (
        "واستكمل رئيس البلدية، أنه سيستقيل إذا لم تصل المساعدات.",
        [("رئيس البلدية", "person", "استكمل", "neutral")],
    ),
    ("واستكمل العمال بناء الجسر.", []),
    (
        'واستكمل تقرير "صوت الأمة": "الأسعار ستواصل الارتفاع".',
        [('تقرير "صوت الأمة"', "organization", "استكمل", "neutral")],
    ),
    # a cause given: «عزا … إلى»
    ("وعزا الخبراء ذلك إلى ارتفاع الأسعار.", [("الخبراء", "anonymous", "عزا", "neutral")]),
    ("وعزت الشرطة الحادث إلى خلل فني.", [("الشرطة", "organization", "عزت", "neutral")]),
    # after «وفق», the family name of a man named in full before
    (
        "وقال كريستوف ديلوار إن الصحافة مهددة. وأضاف أن الحكومات تستغل الأزمة، وفق ديلوار.",
        [
            ("كريستوف ديلوار", "person", "قال", "neutral"),
            ("ديلوار", "person", "وفق", "neutral"),
        ],
    ),
    # one word in Latin capitals is an institution's initials, not a person
    ('وذكرت "CNN" أن الاتفاق قريب.', [("CNN", "organization", "ذكرت", "neutral")]),
    ("وقال John Smith إن الاتفاق قريب.", [("John Smith", "person", "قال", "neutral")]),
    # a team, not the rank «الفريق» (a general)
    (
        "وأعلن الفريق الحكومي المكلف بملف اللاجئين عودة 300 أسرة.",
        [("الفريق الحكومي المكلف", "organization", "أعلن", "neutral")],
    ),
    ("وقال فريق التحقيق إن الأدلة كافية.", [("فريق التحقيق", "organization", "قال", "neutral")]),
    # «تنادي بـ» (call for)
    (
        "وهناك أصوات في فرنسا تنادي بفرض عقوبات جديدة.",
        [("أصوات في فرنسا", "anonymous", "تنادي", "neutral")],
    ),
    (
        "وقالت إدارة نادي ريال مدريد إن اللاعب مصاب.",
        [("إدارة نادي ريال مدريد", "organization", "قالت", "neutral")],
    ),
    # «وطالب»: the masculine «طالب» alone is a student
    (
        "وطالب المتظاهرون بتشكيل لجنة تحقيق.",
        [("المتظاهرون", "anonymous", "طالب", "neutral")],
    ),
    ("وقال طالب جامعي إن الامتحان صعب.", [("طالب جامعي", "anonymous", "قال", "neutral")]),
    # «عبّر عن» (expressed), written without its shadda
    (
        "وعبر مغردون من الأردن عن غضبهم من القرار.",
        [("مغردون من الأردن", "anonymous", "عبر", "neutral")],
    ),
    ("وتحدث الوزير عبر الهاتف عن الأزمة.", [("الوزير", "person", "تحدث", "neutral")]),
    # the words that described a person named before describe him again
    (
        "وكشف الناشط المصري عمرو حمزاوي أن الانتخابات تأجلت."
        " وقال الناشط المصري المقيم في باريس إن القرار خاطئ.",
        [
            ("الناشط المصري عمرو حمزاوي", "person", "كشف", "proven"),
            ("الناشط المصري المقيم في باريس", "person", "قال", "neutral"),
        ],
    ),
    (
        "وقال المسؤول الأمريكي جون كيري إن الاتفاق قريب. وقال المسؤول الروسي إن الاتفاق بعيد.",
        [
            ("المسؤول الأمريكي جون كيري", "person", "قال", "neutral"),
            ("المسؤول الروسي", "anonymous", "قال", "neutral"),
        ],
    ),
    # a dateline (a place, a dash or colon, the outlet's name) before the verb
    (
        "الخرطوم : السوداني أعلن وزير الداخلية أن الشرطة اعتقلت المشتبه به.",
        [("وزير الداخلية", "person", "أعلن", "neutral")],
    ),
    (
        "القاهرة - الوزير أكد أن الشرطة اعتقلت المشتبه به.",
        [("الوزير", "person", "أكد", "emphasis")],
    ),
    # a mediator is an office, a person when named or definite
    (
        "ورغم أن وسيط الاتحاد الأفريقي كريستوفر بيترز قال إن الهدنة صامدة، تجدد القتال.",
        [("وسيط الاتحاد الأفريقي كريستوفر بيترز", "person", "قال", "neutral")],
    ),
    ("وقال وسطاء إن الهدنة صامدة.", [("وسطاء", "anonymous", "قال", "neutral")]),
    # a name the lexicon does not know ends where «لـ» and the outlet he told begin
    (
        "وذلك كما يقول المحلل المالي يوهان برغمان لصحيفة الغارديان، فالأسواق ستتعافى.",
        [("المحلل المالي يوهان برغمان", "person", "يقول", "neutral")],
    ),
    # villagers nobody names
    (
        "وقال قرويون في الإقليم إن السيول جرفت المحاصيل.",
        [
            ("قرويون في الإقليم", "anonymous", "قال", "neutral"),
        ],
    ),
    # a fear stated is an expectation reported
    ("ويخشى مراقبون من أن تنهار الهدنة.", [("مراقبون", "anonymous", "يخشى", "neutral")]),
    # a man named in full, then by his family name alone after the verb
    (
        "قال أوريان شمعوني، المتحدث باسم وزارة الدفاع، إن الجيش مستعد."
        ' وأضاف شمعوني في تغريدة له على صفحته في موقع "تويتر": "نحن جاهزون".',
        [
            ("أوريان شمعوني", "person", "قال", "neutral"),
            ("شمعوني", "person", "أضاف", "neutral"),
        ],
    ),
    # the source of the sentence before, named again after the verb, is its subject
    (
        "انتقد الملك عبد الله الثاني، عاهل الأردن، تأخر المساعدات.\n\n"
        "كما دعا الملك إلى التبرع للمتضررين.",
        [
            ("الملك عبد الله الثاني", "person", "انتقد", "neutral"),
            ("الملك", "person", "دعا", "neutral"),
        ],
    ),
    # a tweet's label: after a kicker and its bar, after an emoji, as a hashtag, with a
    # hashtag inside, with a title written short
    (
        "عاجل | وزير التعليم: لا تأجيل للامتحانات هذا العام.",
        [("وزير التعليم", "person", ":", "neutral")],
    ),
    (
        "▶️ هيئة الأرصاد: أمطار غزيرة على المرتفعات غداً.",
        [("هيئة الأرصاد", "organization", ":", "neutral")],
    ),
    ("#ميركل: أوروبا تحتاج إلى وحدة أكبر.", [("#ميركل", "person", ":", "neutral")]),
    (
        "سفيرة #فرنسا بالرباط: التعاون الثقافي مستمر.",
        [("سفيرة #فرنسا بالرباط", "person", ":", "neutral")],
    ),
    (
        "«#وزارة_النقل»: الطريق مغلق حتى الفجر.",
        [("#وزارة_النقل", "organization", ":", "neutral")],
    ),
    (
        "فيديو | د. عبد الرحمن الشامي: النوم المبكر يقوي المناعة.",
        [("د. عبد الرحمن الشامي", "person", ":", "neutral")],
    ),
    # … not a headline whose subject has its verb before the colon, nor a list of fields
    ("#تونس تطلق حملة وطنية للتشجير للتفاصيل: الرابط", []),
    ("المغرب يفتح حدوده للسياح: التفاصيل", []),
    ("الاسم: أحمد | الهاتف: 0100", []),
    # a hashtag inside a source phrase is part of it; between two tags the mark divides them
    (
        "وأكد سفير #اليابان لدى #مصر أن التعاون مستمر.",
        [("سفير #اليابان لدى #مصر", "person", "أكد", "emphasis")],
    ),
    ("#عاجل #الأردن تعلن تعليق الرحلات الجوية.", [("#الأردن", "organization", "تعلن", "neutral")]),
    # a tweet's tags before the verb leave it first in its clause
    (
        "#خبر_عاجل أكد وزير النقل أن الطريق سيفتح غداً.",
        [("وزير النقل", "person", "أكد", "emphasis")],
    ),
    # a compound first name after a title written short is all of the name
    (
        "وقال د. عبد الكريم النجار إن الدواء آمن.",
        [("د. عبد الكريم النجار", "person", "قال", "neutral")],
    ),
    # an aside that dates the report with a verbal noun after a preposition («قبل نشر»)
    # leaves the subject before it
    (
        "وكانت الهيئة العامة للإحصاء، قبل نشر الأرقام النهائية، قد أوضحت أن البطالة تراجعت.",
        [("الهيئة العامة للإحصاء", "organization", "أوضحت", "neutral")],
    ),
    (
        "شركة الكهرباء، وبعد نشر الجدول الجديد، أكدت أن الانقطاع سيقل.",
        [("شركة الكهرباء", "organization", "أكدت", "emphasis")],
    ),
    # «لـ» written apart still joins an office to its institution
    (
        "وقال الأمين العام لـ منظمة التعاون الإسلامي إن القمة ستعقد في الرياض.",
        [("الأمين العام لـ منظمة التعاون الإسلامي", "person", "قال", "neutral")],
    ),
    # … but not to the newspaper it was said to
    (
        "وقال الناطق باسم البلدية لـ صحيفة محلية إن الطريق سيفتح.",
        [("الناطق باسم البلدية", "person", "قال", "neutral")],
    ),
    # «أقر» reports only an admission; passing a law or a plan is no report
    ("أقر مجلس النواب موازنة العام المقبل بالأغلبية.", []),
    ("والحكومة تقر خطة لدعم المزارعين.", []),
    (
        "وأقرت الشركة بأن بيانات آلاف العملاء تسربت.",
        [("الشركة", "anonymous", "أقرت", "proven")],
    ),
    # a profession and its field names nobody; a name after it does
    (
        "وقال أخصائي أمراض جلدية إن الحالات في ازدياد.",
        [("أخصائي أمراض جلدية", "anonymous", "قال", "neutral")],
    ),
    (
        "استشارية طب الأطفال بمستشفى الولادة د. منى الشريف: التطعيم في موعده ضروري.",
        [("استشارية طب الأطفال بمستشفى الولادة د. منى الشريف", "person", ":", "neutral")],
    ),
    # an office before the same kind of words is somebody the reader can find
    (
        "وقال مدير مستشفى الرازي إن الأسرة ممتلئة.",
        [("مدير مستشفى الرازي", "person", "قال", "neutral")],
    ),
    # «أما X فقد أكد»: the topic is the subject
    (
        "أما نقابة المعلمين فقد أكدت أن الإضراب مستمر.",
        [("نقابة المعلمين", "organization", "أكدت", "emphasis")],
    ),
    ("الطقس فقد أكد تحسنه.", []),
    # a noun before a demonstrative is the object in construct, not the speaker's name
    (
        "ونفى الناطق العسكري صحة تلك الروايات.",
        [("الناطق العسكري", "person", "نفى", "neutral")],
    ),
    # the subject of «حذر» ends before «من» and what was warned of
    (
        "وحذر أطباء من انتشار العدوى في المدارس.",
        [("أطباء", "anonymous", "حذر", "neutral")],
    ),
    # the outlet that carried a report stands before «كان … قد نقل» too
    (
        "وكانت إذاعة الشمس قد نقلت عن شهود أن الحريق امتد.",
        [
            ("شهود", "anonymous", "نقلت", "neutral"),
            ("إذاعة الشمس", "organization", "نقلت", "neutral"),
        ],
    ),
    # a run of unknown words is a name only when it is the whole clause before the verb
    (
        "السفير الذي وصل إلى بغداد أمس في زيارة تدوم يومين أكد أن العلاقات متينة.",
        [],
    ),
    ("لكن باولو قال إن الفريق جاهز.", [("باولو", "person", "قال", "neutral")]),
    # «النائب عن» a bloc or a district; «عن» after other words is what was spoken of
    (
        "وقال النائب عن كتلة الوفاق حسن الراشد إن الجلسة أجلت.",
        [("النائب عن كتلة الوفاق حسن الراشد", "person", "قال", "neutral")],
    ),
    ("وتحدث النائب عن البطالة بين الشباب.", [("النائب", "person", "تحدث", "neutral")]),
    # who made a study or a poll («أجرتها», «أعده»), unless it is somebody else's already
    (
        "وكشف تقرير نشرته منظمة الشفافية أن الرشوة منتشرة.",
        [("تقرير نشرته منظمة الشفافية", "organization", "كشف", "proven")],
    ),
    (
        "وأوضح بيان للبلدية نشرته إذاعة محلية أن الطريق أغلق.",
        [("بيان للبلدية", "organization", "أوضح", "neutral")],
    ),
    # an institution the lexicon does not know by name still owns the study it shows
    (
        "وأظهرت دراسة لجامعة ستانفورد أن القراءة تراجعت.",
        [("دراسة لجامعة ستانفورد", "organization", "أظهرت", "neutral")],
    ),
    ("وأظهرت دراسة تمت أن القراءة تراجعت.", []),
    # «حاكم» is an office
    (
        "وقال حاكم المصرف المركزي إن الاحتياطي يكفي.",
        [("حاكم المصرف المركزي", "person", "قال", "neutral")],
    ),
    # «نفى» with its object pronoun after «ما»
    (
        "وهو ما نفته هيئة الطيران المدني في بيان مقتضب.",
        [("هيئة الطيران المدني", "organization", "نفته", "neutral")],
    ),
    # the outlet or the reporters it was told to, between the verb and its subject
    (
        'وقال لـ"الرأي" رئيس نقابة المهندسين إن الأجور متدنية.',
        [("رئيس نقابة المهندسين", "person", "قال", "neutral")],
    ),
    (
        "وأكد للصحفيين قائد الشرطة أن الطريق آمن.",
        [("قائد الشرطة", "person", "أكد", "emphasis")],
    ),
    # after a definite office, «في» goes on to where it is, not to when it spoke
    (
        '"سنواصل العمل"، قال الوزير في ختام الجلسة.',
        [("الوزير", "person", "قال", "neutral")],
    ),
    (
        "وقال الوزير في الحكومة المؤقتة إن الرواتب ستصرف.",
        [("الوزير في الحكومة المؤقتة", "person", "قال", "neutral")],
    ),
    # a colon label naming its speaker at the end, with «عبد» glued to the name
    (
        "الباحث في علوم البحار عبدالسلام الراشد: الشعاب تموت بصمت.",
        [("الباحث في علوم البحار عبدالسلام الراشد", "person", ":", "neutral")],
    ),
    # a reporting verb glued to the word before it by a lost space
    (
        "وانتهى التدريب مساء الجمعةوأعلنت هيئة الطوارئ نجاح الخطة.",
        [("هيئة الطوارئ", "organization", "أعلنت", "neutral")],
    ),
    # … but no verb is cut out of an ordinary word («التطورات», «مسؤوليتهم»)
    ("وراقب المواطنون التطورات وتحملوا مسؤوليتهم.", []),
    # «والذين» after a comma stands for the people before it
    (
        "ووقع الحادث أمام العمال المضربين، والذين يطالبون منذ أشهر برفع رواتبهم.",
        [("العمال المضربين", "anonymous", "يطالبون", "neutral")],
    ),
    # a verb of «I», written with a hamza its past never has, is the writer's own
    ("ونحن نرفض ذلك، وأستنكرها بقوة أمام الجميع.", []),
    (
        "واستنكرت نقابة الأطباء القرار بشدة.",
        [("نقابة الأطباء", "organization", "استنكرت", "neutral")],
    ),
    # a number of people or reports is still nobody named
    (
        "ونقلت الإذاعة عن ثلاثة مصادر أمنية أن الطريق أغلق.",
        [
            ("ثلاثة مصادر أمنية", "anonymous", "نقلت", "neutral"),
            ("الإذاعة", "anonymous", "نقلت", "neutral"),
        ],
    ),
    (
        "وقال 6 شهود إن الحريق بدأ في المطبخ.",
        [("6 شهود", "anonymous", "قال", "neutral")],
    ),
    # a capital that speaks is its government; before a colon it is a dateline
    (
        "وتقول بكين إن العقوبات غير قانونية.",
        [("بكين", "organization", "تقول", "neutral")],
    ),
    ("دمشق: ارتفعت أسعار الخبز للمرة الثالثة.", []),
    (
        "وقال دبلوماسي في باريس إن المحادثات متعثرة.",
        [("دبلوماسي في باريس", "anonymous", "قال", "neutral")],
    ),
    # «بالتأكيد» is "certainly", no statement whose maker follows
    ("بالتأكيد الحكومة لا تريد التصعيد.", []),
    # social networks are companies
    ("وذكر فيس بوك أن الحسابات حذفت.", [("فيس بوك", "organization", "ذكر", "neutral")]),
    # a sportsman or a traveller described, then named in quotation marks
    (
        'وأكد الملاكم الأردني "سامر العبد" أن النزال تأجل.',
        [('الملاكم الأردني "سامر العبد"', "person", "أكد", "emphasis")],
    ),
    # … and described only: nobody the reader can find («الشهير» still describes him)
    (
        "وقال المغني اللبناني الشهير إن الحفل ألغي.",
        [("المغني اللبناني الشهير", "anonymous", "قال", "neutral")],
    ),
    # a quoted name after a link or a genitive names the institution, not the speaker
    (
        "ويقول الباحثون في المركز الوطني «نور» إن الدراسة اكتملت.",
        [("الباحثون في المركز الوطني «نور»", "anonymous", "يقول", "neutral")],
    ),
    # «بحسب ما نقلت X عن Y»: Y's claim, carried by X
    (
        "وبحسب ما نقلت إذاعة المدينة عن مصدر في الشرطة، فإن السائق اعتقل.",
        [
            ("مصدر في الشرطة", "anonymous", "نقلت", "neutral"),
            ("إذاعة المدينة", "organization", "نقلت", "neutral"),
        ],
    ),
    # a stance stated again, and a condemnation
    (
        "وجددت نقابة الصحفيين دعوتها إلى الإفراج عن الزملاء.",
        [("نقابة الصحفيين", "organization", "جددت", "neutral")],
    ),
    ("وجدد العمال طلاء الجدران.", []),
    (
        "وشجب مجلس الكنائس الاعتداء على الكنيسة.",
        [("مجلس الكنائس", "organization", "شجب", "neutral")],
    ),
    # a reporting verb with «و» shares the subject of the verb that opens its sentence
    (
        "وافتتح محافظ الإقليم المعرض صباح اليوم وقال إن الزوار كثر.",
        [("محافظ الإقليم", "person", "قال", "neutral")],
    ),
    (
        "واعتصم عشرات المعلمين أمام الوزارة وطالبوا بصرف الرواتب.",
        [("عشرات المعلمين", "anonymous", "طالبوا", "neutral")],
    ),
    # … up to the opening verb's object («اجتماعاً»), and only with a subject that agrees
    (
        "وعقد المدير اجتماعاً موسعاً، وأكد خلاله أن الخطة تسير.",
        [("المدير", "person", "أكد", "emphasis")],
    ),
    (
        "وانخفضت درجات الحرارة ليلا وأكد السكان أن البرد قارس.",
        [("السكان", "anonymous", "أكد", "emphasis")],
    ),
    ("وهطلت أمطار غزيرة على المدينة وقالت إن الشوارع غرقت.", []),
    # a function word with a pronoun is no name («خلاله», «عنها»)
    ('وقال عنها سمير "فكرة جيدة".', [("سمير", "person", "قال", "neutral")]),
    # after a link, two unknown words right before «أن» are the person's name
    (
        "ويرى الخبير في الشؤون المائية كنان حداد أن السد يهدد الزراعة.",
        [("الخبير في الشؤون المائية كنان حداد", "person", "يرى", "neutral")],
    ),
    # a passive with «و» stands for its unnamed source without the «و»
    ("وأفيد بأن القطار توقف.", [("أفيد", "anonymous", "أفيد", "neutral")]),
    # one more of the people quoted, unnamed
    (
        "وقال أحد السائقين إن الطريق خطر، وقال آخر إن الجسر مغلق.",
        [
            ("أحد السائقين", "anonymous", "قال", "neutral"),
            ("آخر", "anonymous", "قال", "neutral"),
        ],
    ),
    ("وقال آخر المغادرين إن الطريق خطر.", []),
    # an apology is a statement
    (
        "واعتذرت إدارة المهرجان عن تأخير الافتتاح.",
        [("إدارة المهرجان", "organization", "اعتذرت", "neutral")],
    ),
    # a quoted name makes its outlet definite, so an adjective still follows it
    (
        'وقالت مجلة "الأفق" المغربية إن العدد نفد.',
        [('مجلة "الأفق" المغربية', "organization", "قالت", "neutral")],
    ),
    # «أما X، فقالت»: a comma after the topic
    (
        "أما نقابة المحامين، فقالت إن الإضراب مستمر.",
        [("نقابة المحامين", "organization", "قالت", "neutral")],
    ),
    # «معطيات» are data, a document
    (
        "وتفيد معطيات البنك المركزي بأن التضخم تراجع.",
        [("معطيات البنك المركزي", "organization", "تفيد", "neutral")],
    ),
    # «كل من» before the sources it lists
    (
        "وأكدت كل من قطر وتركيا دعمهما للمبادرة.",
        [("قطر وتركيا", "organization", "أكدت", "emphasis")],
    ),
    # a noun with the accusative's tanwin before a verb is a predicate, not its subject …
    ("كان الراحل طبيبا وكان شخصا أكد دائما أهمية العلم.", []),
    # … unless a number counts it
    (
        "وقال 12 طبيباً إن المستشفى مكتظ.",
        [("12 طبيباً", "anonymous", "قال", "neutral")],
    ),
    # what a study observed
    (
        "ولاحظت الدراسة تراجع النوم لدى المراهقين.",
        [("الدراسة", "anonymous", "لاحظت", "neutral")],
    ),
    ("ولاحظ المارة ازدحام الطريق.", []),
    # a foreign name shaped like a plural: with an unknown first name before it, or alone
    # right before the report; a plural of doers or of a people stays a group
    (
        "وقال دين ماكيسون إن الشحنة وصلت متأخرة.",
        [("دين ماكيسون", "person", "قال", "neutral")],
    ),
    (
        "وشدد هندرسون على أن المفاوضات لم تنته.",
        [("هندرسون", "person", "شدد", "emphasis")],
    ),
    (
        "وقال مزارعون إن الأمطار أتلفت المحصول.",
        [("مزارعون", "anonymous", "قال", "neutral")],
    ),
    ("وقال بحارون إن الرياح اشتدت ليلا.", []),
    # «إلى أن», «على أن» open the report after a name the lexicon does not know
    (
        "ولفت كوبيلوف إلى أن الرحلات ستستأنف الشهر المقبل.",
        [("كوبيلوف", "person", "لفت", "neutral")],
    ),
    # … but a noun before a verb is no name for it: a note points to something
    ("وفي العلبة نشرة تشير إلى أن الدواء يسبب النعاس.", []),
    # a relative clause whose verb names its own subject before the report
    (
        "وهي القاعدة التي قالت فرنسا إنها ستخليها قبل نهاية العام.",
        [("فرنسا", "organization", "قالت", "neutral")],
    ),
    (
        "وهو المشروع الذي أعلنت اليابان عنه في قمة العشرين.",
        [("اليابان", "organization", "أعلنت", "neutral")],
    ),
    # the owner of something, unnamed
    (
        "وادعى صاحب الصفحة أن الصور التقطت في المدينة القديمة.",
        [("صاحب الصفحة", "anonymous", "ادعى", "doubt")],
    ),
    (
        "وقال أصحاب المخابز إن سعر الطحين تضاعف.",
        [("أصحاب المخابز", "anonymous", "قال", "neutral")],
    ),
    # a crisis cell is an institution
    (
        "وأعلنت خلية الطوارئ في المحافظة أن المدارس ستغلق غدا.",
        [("خلية الطوارئ", "organization", "أعلنت", "neutral")],
    ),
    # courtesies before a title or a name belong to the person's phrase
    (
        "وأكد معالي وزير المالية أن العجز سينخفض.",
        [("معالي وزير المالية", "person", "أكد", "emphasis")],
    ),
    (
        "ونوهت سعادة السفيرة ليلى الحمادي بأن التأشيرات ستصدر إلكترونيا.",
        [("سعادة السفيرة ليلى الحمادي", "person", "نوهت", "neutral")],
    ),
    # … and the verb agrees with the title, not with the courtesy's feminine ending
    (
        "وحذر سماحة المفتي حسن الراشد من فتاوى الإنترنت.",
        [("سماحة المفتي حسن الراشد", "person", "حذر", "neutral")],
    ),
    # a participle reports for the name after the verb opening its sentence
    (
        "ورحب كوبيلوف بالزيارة الأخيرة، معتبرا أن العلاقات تتحسن.",
        [("كوبيلوف", "person", "معتبرا", "neutral")],
    ),
    ("وتابع الحضور العرض باهتمام، معتبرين أنه ناجح.", []),
    # a specialist and his field, then his learned title and name: one person
    (
        "ويرى المتخصص في علم الأوبئة الدكتور ماهر سليم أن الموجة انحسرت.",
        [("المتخصص في علم الأوبئة الدكتور ماهر سليم", "person", "يرى", "neutral")],
    ),
    (
        "وقال متخصصون في التغذية إن السكر ضار.",
        [("متخصصون في التغذية", "anonymous", "قال", "neutral")],
    ),
    # a name, who they are, then the verb; and after the verb, who they are ends the name
    (
        "رامي عواد الطبيب السوري أكد أن كل ما يشاع عن الدواء باطل.",
        [("رامي عواد الطبيب السوري", "person", "أكد", "emphasis")],
    ),
    (
        "وقال رامي عواد الطبيب في مستشفى الشفاء إن الوضع صعب.",
        [("رامي عواد", "person", "قال", "neutral")],
    ),
    # a family name alone, then where it was said, then the report
    (
        "وأضافت الدباغ في حديث لإذاعة المدينة، أن المخزون يكفي شهرا.",
        [("الدباغ", "person", "أضافت", "neutral")],
    ),
    # a family name shaped like a nationality ends the name
    (
        "وقال رئيس الوزراء سامي كرم العراقي إن الحكومة باقية.",
        [("رئيس الوزراء سامي كرم العراقي", "person", "قال", "neutral")],
    ),
    # after a field, the name and a comma before the report
    (
        "وقال الباحث في الشؤون الأوروبية لوران ديبون، إن الانتخابات حاسمة.",
        [("الباحث في الشؤون الأوروبية لوران ديبون", "person", "قال", "neutral")],
    ),
    # what an outlet learned from somebody is theirs, the outlet carried it
    (
        "وعلمت الصحيفة من مصدر في الوزارة أن القرار سيصدر.",
        [
            ("مصدر في الوزارة", "anonymous", "علمت", "neutral"),
            ("الصحيفة", "anonymous", "علمت", "neutral"),
        ],
    ),
    (
        'علمت "الأناضول" من مصادر مطلعة أن الاتفاق قريب.',
        [
            ("مصادر مطلعة", "anonymous", "علمت", "neutral"),
            ("الأناضول", "organization", "علمت", "neutral"),
        ],
    ),
    ('علمت "الأناضول" أن الاتفاق قريب.', [("الأناضول", "organization", "علمت", "neutral")]),
    # a woman doctor after her words
    (
        '"الجرعة الثانية ضرورية"، تقول الطبيبة.',
        [("الطبيبة", "anonymous", "تقول", "neutral")],
    ),
    # where it was said may run long before the report
    (
        'وأضاف كوبيلوف في منشور له مساء أمس على صفحته الرسمية في منصة التواصل "إكس": "لن نتراجع".',
        [("كوبيلوف", "person", "أضاف", "neutral")],
    ),
    # a headline run into the text: the verb after a noun that is not its subject, a named
    # person after it with what was announced (an office alone is left alone)
    (
        "المدارس تستعد لعام دراسي جديد أعلن وزير التربية محمد سالم عن موعد بدئه.",
        [("وزير التربية محمد سالم", "person", "أعلن", "neutral")],
    ),
    ("المدارس تستعد لعام دراسي جديد أعلن وزير التربية عن موعد بدئه.", []),
    # the shared subject is not cut off by where it appeared («على تويتر» is no report)
    (
        "وبرز أحد الحسابات الوهمية على تويتر، حيث قام بتداول صور قديمة، وزعم أنها التقطت أمس.",
        [("أحد الحسابات الوهمية", "anonymous", "زعم", "doubt")],
    ),
    # found in review: a courtesy alone is no phrase to look past; «إلى أن» after a plural
    # noun opens no name; an object after the verb is no subject, in a run-on headline or a
    # relative clause; «من جهتها» is no source; a group and what they are is no name
    ("ودعت صاحب السمو إلى الحوار.", []),
    ("وتشير التوقعات إلى أن التضخم مستمر.", []),
    (
        "ونوه الموسوي إلى أن الحل قريب.",
        [("الموسوي", "person", "نوه", "neutral")],
    ),
    ("أطلق ناشطون حملة تدعو الرئيس محمد سالم إلى أن يستقيل.", []),
    (
        "انتقد الحزب الصحيفة التي اتهمت الوزير بأنه فاسد.",
        [
            ("الحزب", "anonymous", "انتقد", "neutral"),
            ("الصحيفة", "anonymous", "اتهمت", "neutral"),
        ],
    ),
    (
        "وعلمت الجزيرة من جهتها أن الاجتماع تأجل.",
        [("الجزيرة", "organization", "علمت", "neutral")],
    ),
    ("وقال شباب متطوعون إن المساعدات لم تصل.", []),
    ("وقال خريجون إن الوظائف قليلة.", []),
    (
        "وذكرت وكالة فرانس برس 24 ساعة بعد الحادث أن الوضع هادئ.",
        [("وكالة فرانس برس", "organization", "ذكرت", "neutral")],
    ),
    # found in a second review: «بأن» after a relative verb's subject is still the report,
    # unless the verb takes «ب» after its object; a skip phrase before «من»; an abstract
    # noun in «-ية» is no family name; a run-on headline's verb agrees with its subject
    (
        "ونفى الوزير الخبر الذي أفادت وكالة رويترز بأنه سيستقيل.",
        [
            ("الوزير", "person", "نفى", "neutral"),
            ("وكالة رويترز", "organization", "أفادت", "neutral"),
        ],
    ),
    (
        "وهو الهجوم الذي قال الجيش بأنه استهدف مواقع مدنية.",
        [("الجيش", "organization", "قال", "neutral")],
    ),
    (
        "وعلمت الجزيرة من جهتها من مصادر أمنية أن الاجتماع تأجل.",
        [
            ("مصادر أمنية", "anonymous", "علمت", "neutral"),
            ("الجزيرة", "organization", "علمت", "neutral"),
        ],
    ),
    ("وتشير الفرضية إلى أن المرض وراثي.", []),
    ("عريضة تطالب الوزير محمد سالم بأن يستقيل.", []),
    (
        "وأكدت صاحبة السمو الأميرة ريم أن المبادرة مستمرة.",
        [("صاحبة السمو الأميرة ريم", "person", "أكدت", "emphasis")],
    ),
    # «من جهته» after the source stands between it and the report, no part of it
    (
        "وأكد المحافظ من جهته أن الطرق ستفتح غدا.",
        [("المحافظ", "person", "أكد", "emphasis")],
    ),
    (
        "وقال مصدر عسكري من جانبه إن القصف توقف.",
        [("مصدر عسكري", "anonymous", "قال", "neutral")],
    ),
    # what an outlet chose to put forward; light is not always a spotlight
    (
        "وسلطت صحيفة الغارديان الضوء على معاناة العمال الموسميين.",
        [("صحيفة الغارديان", "organization", "سلطت", "neutral")],
    ),
    ("وسلطت الشرطة خراطيم المياه على المحتجين.", []),
    # an obituary speaks in the mourner's name
    (
        "ونعت نقابة الممثلين الفنان الراحل ووصفته بأنه أحد رواد المسرح.",
        [("نقابة الممثلين", "organization", "نعت", "neutral")],
    ),
    # the residents whom a minister calls on are no part of his name
    (
        "ودعت الوزيرة هالة العبدالله الأهالي إلى ترشيد المياه.",
        [("الوزيرة هالة العبدالله", "person", "دعت", "neutral")],
    ),
    (
        "وصرح صاحب السمو الأمير فيصل بن خالد بأن المعرض سيفتتح الشهر المقبل.",
        [("صاحب السمو الأمير فيصل بن خالد", "person", "صرح", "neutral")],
    ),
    # a family name alone, then where it was said between commas, however long
    (
        "وقال الدسوقي، خلال ندوة نظمتها الغرفة التجارية مع رجال الأعمال لعرض خطة التنمية، "
        "إن الدعم ضروري.",
        [("الدسوقي", "person", "قال", "neutral")],
    ),
    (
        "وأكد السامرائي، في كلمة ألقاها أمام طلاب الجامعة بمناسبة تخرجهم، أن التعليم أولوية.",
        [("السامرائي", "person", "أكد", "emphasis")],
    ),
    # his concern is the verb's object, no name
    (
        "وأبدى الرئيس الأمريكي قلقه من التصعيد في المنطقة.",
        [("الرئيس الأمريكي", "person", "أبدى", "neutral")],
    ),
    (
        "وأبدت الوزيرة استياءها من تأخر المشروع.",
        [("الوزيرة", "person", "أبدت", "neutral")],
    ),
    # «من جهته», «في وقت سابق» after a name stand between it and the report
    (
        "وأكد الشيخ محمد من جهته أن الصلاة في البيوت جائزة.",
        [("الشيخ محمد", "person", "أكد", "emphasis")],
    ),
    (
        "وقال محمد سالم في وقت سابق إن المصنع سيغلق.",
        [("محمد سالم", "person", "قال", "neutral")],
    ),
    # who provided the figures, announced the toll, holds the figures
    (
        "ووفقا لمعطيات وفرتها مصادر أمنية للصحيفة، فإن المتهم اعتقل.",
        [("معطيات وفرتها مصادر أمنية", "anonymous", "وفقا", "neutral")],
    ),
    (
        "وبحسب حصيلة أعلنتها وزارة الصحة، قتل عشرة أشخاص.",
        [("حصيلة أعلنتها وزارة الصحة", "organization", "بحسب", "neutral")],
    ),
    (
        "وبحسب الأرقام الرسمية في وزارة التجارة، بلغ العجز مليار دولار.",
        [("الأرقام الرسمية في وزارة التجارة", "organization", "بحسب", "neutral")],
    ),
    (
        "وبحسب الأرقام الرسمية في سوريا، بلغ العجز مليار دولار.",
        [("الأرقام الرسمية", "anonymous", "بحسب", "neutral")],
    ),
    # a lecturer, a (woman) expert; what they complain of is no part of their name
    (
        "أما المحاضر في معهد الموسيقى سامر حداد فيقول إن التعليم تراجع.",
        [("المحاضر في معهد الموسيقى سامر حداد", "person", "يقول", "neutral")],
    ),
    (
        "وحذرت الخبيرة ليلى حسن من انقطاع المياه في الصيف.",
        [("الخبيرة ليلى حسن", "person", "حذرت", "neutral")],
    ),
    (
        "فيما تشكو المواطنة ليلى حسن من انقطاع المياه منذ أسبوع.",
        [("المواطنة ليلى حسن", "person", "تشكو", "neutral")],
    ),
    (
        "وقال الدكتور محمد سالم من جامعة القاهرة إن القهوة مفيدة.",
        [("الدكتور محمد سالم من جامعة القاهرة", "person", "قال", "neutral")],
    ),
    # a religious ruling, given in the mufti's name
    (
        "وأفتت دار الإفتاء بأن صلاة الجمعة في البيوت جائزة.",
        [("دار الإفتاء", "organization", "أفتت", "neutral")],
    ),
    (
        "الشيوخ المتشددون أفتوا بتحريم الغناء في الأعراس.",
        [("الشيوخ المتشددون", "anonymous", "أفتوا", "neutral")],
    ),
    ("ويشكو المريض من ألم في صدره منذ يومين.", []),
    # a nisba alone, then what was stated: the family name of the one who stated it
    ("وأكد الأنصاري أهمية الحوار بين الأطراف.", [("الأنصاري", "person", "أكد", "emphasis")]),
    (
        "وشدد الحمادي على ضرورة الالتزام بالقانون.",
        [("الحمادي", "person", "شدد", "emphasis")],
    ),
    ("وأكد الاجتماع أهمية الحوار.", []),
    # websites nobody names
    (
        "وذكرت مواقع إخبارية أن الفنان توفي في المستشفى.",
        [("مواقع إخبارية", "anonymous", "ذكرت", "neutral")],
    ),
    ("وزار الوزير مواقع البناء في المدينة.", []),
    # «طالب» opening its sentence with an office or an institution after it demands; a
    # student elsewhere, or the verb's object after it
    (
        "طالب وزير الخارجية بوقف الحرب فورا.",
        [("وزير الخارجية", "person", "طالب", "neutral")],
    ),
    (
        "طالب الاتحاد الأوروبي بإجراء تحقيق مستقل.",
        [("الاتحاد الأوروبي", "organization", "طالب", "neutral")],
    ),
    ("طالب المدرسة الثانوية محمد سالم فاز بالجائزة.", []),
    (
        "وأدان الوزير الهجوم كما طالب المنظمات الدولية كافة التدخل.",
        [("الوزير", "person", "أدان", "neutral")],
    ),
    # praised, held responsible
    (
        "وأثنت المنظمة على جهود الحكومة في مكافحة الوباء.",
        [("المنظمة", "anonymous", "أثنت", "neutral")],
    ),
    ("وثمن الوزير جهود المعلمين خلال العام.", [("الوزير", "person", "ثمن", "neutral")]),
    ("وارتفع ثمن الوقود في الأسواق.", []),
    # «حمل … المسؤولية» is no cue: the one who bore it is no source, and the span stops
    (
        "وحمل اللاعب المسؤولية كاملة بعد الهزيمة وقال إنه سيعتزل.",
        [("اللاعب", "anonymous", "قال", "neutral")],
    ),
    ("وحملت الطائرة مساعدات إنسانية.", []),
    ("ويحمل الشاب مسؤولية أسرته.", []),
    # a connective («ولذلك», «وبالتالي») opens the clause: the verb's subject follows it
    ("ولذلك قال الوزير إن الضرائب سترتفع.", [("الوزير", "person", "قال", "neutral")]),
    (
        "وبالتالي يرى الخبراء أن الأزمة ستطول.",
        [("الخبراء", "anonymous", "يرى", "neutral")],
    ),
    # the writer's own demand, «أ» for «ي»
    ("لذلك أطالب البلدية بإصلاح الطريق.", []),
    # those in charge of something; experts from a university the lexicon does not know
    (
        "ويقول القائمون على المشروع إنه سيكتمل قريبا.",
        [("القائمون على المشروع", "anonymous", "يقول", "neutral")],
    ),
    (
        "لكن خبراء من جامعة هارفارد قالوا إن المناعة ستدوم.",
        [("خبراء من جامعة هارفارد", "anonymous", "قالوا", "neutral")],
    ),
    # a tweet's label before the subject is no part of it; a tag inside the subject is
    (
        "#عاجل رئيس الوزراء الإيطالي يعلن أن المصانع ستغلق.",
        [("رئيس الوزراء الإيطالي", "person", "يعلن", "neutral")],
    ),
    (
        "وزير #التعليم الأردني يؤكد أن المدارس ستفتح.",
        [("وزير #التعليم الأردني", "person", "يؤكد", "emphasis")],
    ),
    (
        "وأصدرت الشركة عن #اللقاح بيانا قال فيه إنه آمن.",
        [("الشركة", "anonymous", "قال", "neutral")],
    ),
    # the subject, then where it was said, then the verb
    (
        "لكن هيئة الأرصاد الجوية في بيان أكدت أن العاصفة ستشتد.",
        [("هيئة الأرصاد الجوية", "organization", "أكدت", "emphasis")],
    ),
    # a headline's named subject, a comma, then the verb (not a lone office)
    (
        "وزير الطاقة الروسي ألكسندر نوفاك، يعلن أن الإنتاج سيرتفع.",
        [("وزير الطاقة الروسي ألكسندر نوفاك", "person", "يعلن", "neutral")],
    ),
    # the Amazigh «آيت» joins a name like «بن»
    (
        "وقال وزير التعليم سعيد آيت الطالب إن المدارس ستفتح.",
        [("وزير التعليم سعيد آيت الطالب", "person", "قال", "neutral")],
    ),
    # the accusative's tanwin ends a name: the verb's object follows it
    (
        "ووجه المحلل الرياضي سامي حداد نقدًا حادًا للمدرب، قائلًا: إن الفريق تراجع.",
        [("المحلل الرياضي سامي حداد", "person", "قائلًا", "neutral")],
    ),
    (
        "وقالت عضوة البرلمان المنتخبة حديثاً سارة ميلر إن القانون ظالم.",
        [("عضوة البرلمان المنتخبة حديثاً سارة ميلر", "person", "قالت", "neutral")],
    ),
    # a nisba right after the verb, then what it acknowledged with «بـ»
    ("واعترف العتيبي بفشل الخطة.", [("العتيبي", "person", "اعترف", "proven")]),
    ("إذ كتب في موقعه الرسمي بوضوح أن القانون ظالم.", []),
    # the person described, named in brackets
    (
        "وأشار أحد السكان (محمد سالم) إلى أن المياه مقطوعة.",
        [("أحد السكان (محمد سالم)", "person", "أشار", "neutral")],
    ),
    (
        "وقال مسؤول في الشركة (أرامكو) إن الإنتاج ارتفع.",
        [("مسؤول في الشركة", "anonymous", "قال", "neutral")],
    ),
    # a governorate; congratulations; the courtesy alone stands for the ruler
    (
        "إمارة منطقة الرياض تفيد بوقوع حادث مروري.",
        [("إمارة منطقة الرياض", "organization", "تفيد", "neutral")],
    ),
    ("وزار الأمير إمارة دبي.", []),
    ("وهنأت الوزارة الطلاب الفائزين بالمسابقة.", [("الوزارة", "organization", "هنأت", "neutral")]),
    ("وهنا قال الوزير إن الطريق مغلق.", [("الوزير", "person", "قال", "neutral")]),
    (
        "صاحب السمو يهنئ رئيس الدولة بمناسبة العيد.",
        [("صاحب السمو", "person", "يهنئ", "neutral")],
    ),
    # a first name the lexicon knows inside unknown words after a citizen: her name
    (
        "وتشكو الطالبة سامية حسن من ازدحام الحافلات.",
        [("الطالبة سامية حسن", "person", "تشكو", "neutral")],
    ),
    (
        "وأفتى حاخامات متشددون بأن الحرب عادلة.",
        [("حاخامات متشددون", "anonymous", "أفتى", "neutral")],
    ),
    # names that end like a pronoun («-ه», «-نا») stay names; an adverb with tanwin between a
    # name and the report
    (
        "وقالت مديرة الصندوق روكسانا ميلر إن النمو سيتباطأ.",
        [("مديرة الصندوق روكسانا ميلر", "person", "قالت", "neutral")],
    ),
    (
        "وقال المدرب جوزيه فيريرا إن الفريق جاهز.",
        [("المدرب جوزيه فيريرا", "person", "قال", "neutral")],
    ),
    (
        "وقال بيير لوران مجدداً إن المفاوضات مستمرة.",
        [("بيير لوران", "person", "قال", "neutral")],
    ),
    # a name in brackets after a genitive is the genitive's; an inquiry «في» a ministry looks
    # into it
    (
        "وقال محامي المتهم (خالد سعيد) إن موكله بريء.",
        [("محامي المتهم", "anonymous", "قال", "neutral")],
    ),
    (
        "وكشف تحقيق في وزارة الدفاع أن الصفقات شابها فساد.",
        [("تحقيق", "anonymous", "كشف", "proven")],
    ),
    # no headline subject when the verb is the next clause's or disagrees with it; a
    # company's tag with its country after it
    ("المدرب السابق جون سميث، كشفت عن تفاصيل إقالته صحيفة محلية.", []),
    ("وزارة المالية، أعلن عن موازنتها الجديدة أمس.", []),
    ("#نيوم السعودية تعلن افتتاح المطار.", []),
    # a neighbour's name is no citizen's; a university's student; «متخصصة» describes
    (
        "وقال المواطن جار محمد من الحي إن المنزل انهار.",
        [("المواطن", "anonymous", "قال", "neutral")],
    ),
    (
        "طالب جامعة دمشق المتفوق قال إن الامتحان كان صعبا.",
        [("طالب جامعة دمشق المتفوق", "anonymous", "قال", "neutral")],
    ),
    (
        "وقالت شركة متخصصة في الأمن إن الهجوم واسع.",
        [("شركة متخصصة", "anonymous", "قالت", "neutral")],
    ),
    # the records are no source word; the defendant's confession inside what they revealed
    # is his («المتهم» a word for somebody, no longer an unknown family name)
    ("وكشفت محاضر التحقيق أن المتهم اعترف.", [("المتهم", "anonymous", "اعترف", "proven")]),
    # where a named person is from; what people complain of
    (
        "وقال الصحفي أحمد سالم من مدينة رفح إن القصف مستمر.",
        [("الصحفي أحمد سالم من مدينة رفح", "person", "قال", "neutral")],
    ),
    ("شكا المزارعون من ارتفاع أسعار الأسمدة.", [("المزارعون", "anonymous", "شكا", "neutral")]),
    # an abstract noun before a long aside; a particle opening a name; an ordinal
    ("ويؤكد التاريخ، عبر قرون طويلة من الصراع، أن الشعوب تنتصر.", []),
    ("وقال آيت موسى إن الوضع مستقر.", [("آيت موسى", "person", "قال", "neutral")]),
    ("وقال آبي إن الانتخابات ستجرى مبكرا.", [("آبي", "person", "قال", "neutral")]),
    ("وأكد الثاني أهمية التعاون.", []),
    # a family name that is also a word of praise
    ("وقال أحمد الصامد إن الجسر آمن.", [("أحمد الصامد", "person", "قال", "neutral")]),
    # movements and forces named in full; a name of several words beats its first word
    (
        "وقال الجيش السوري الحر إن القصف مستمر.",
        [("الجيش السوري الحر", "organization", "قال", "neutral")],
    ),
    (
        "وأكدت قوات الدعم السريع أن الهدنة سارية.",
        [("قوات الدعم السريع", "organization", "أكدت", "emphasis")],
    ),
    (
        "وقالت جماعة أنصار الله إن الهدنة انتهت.",
        [("جماعة أنصار الله", "organization", "قالت", "neutral")],
    ),
    (
        "وقال أنصار الرئيس إن الانتخابات مزورة.",
        [("أنصار الرئيس", "anonymous", "قال", "neutral")],
    ),
    # a listed name is definite: its adjective goes with it
    (
        "وقال حزب الله اللبناني إن الهدنة انتهت.",
        [("حزب الله اللبناني", "organization", "قال", "neutral")],
    ),
    # the verb's object after a first name is no family name, though a word of judgement
    ("وانتقد النائب سامي الفشل الذريع للحكومة.", [("النائب سامي", "person", "انتقد", "neutral")]),
    ("وأظهر استطلاع فريد أن الناخبين منقسمون.", []),
    # kept on saying it: the verbal noun of what was said after the subject
    (
        "ويواصل الاتحاد الأوروبي حث الطرفين على ضبط النفس.",
        [("الاتحاد الأوروبي", "organization", "يواصل", "neutral")],
    ),
    ("وواصل الوزير انتقاد الحكومة السابقة.", [("الوزير", "person", "واصل", "neutral")]),
    ("وواصلت الشرطة البحث عن المفقودين.", []),
    ("وتواصل الوزير مع نظيره الفرنسي.", []),
    # «عبد الله» is a particle and the name after it, not «عبد» of a listed «عبد الناصر»
    (
        "وقال عبد الله الشمري إن الطريق سيفتح بعد أسبوع.",
        [("عبد الله الشمري", "person", "قال", "neutral")],
    ),
    (
        "وأكد أبو علي، صاحب متجر في السوق، أن الأسعار تضاعفت.",
        [("أبو علي", "person", "أكد", "emphasis")],
    ),
    # a first name as written, not «نادي» (a club) with a pronoun
    (
        "وقالت نادية الحسن إن التبرعات تراجعت.",
        [("نادية الحسن", "person", "قالت", "neutral")],
    ),
    # a secretariat, an agency
    (
        "قالت الأمانة العامة لمجلس التعاون إن القمة ستعقد في موعدها.",
        [("الأمانة العامة لمجلس التعاون", "organization", "قالت", "neutral")],
    ),
    (
        "وأعلن الجهاز المركزي للإحصاء، ارتفاع معدل التضخم إلى 5 في المئة.",
        [("الجهاز المركزي للإحصاء", "organization", "أعلن", "neutral")],
    ),
    ("وأظهر جهاز قياس الضغط أن المريض بخير.", []),
    # an outlet named in brackets, as in quotation marks
    (
        "وقالت صحيفة (الأيام) إن الوزير سيستقيل.",
        [("صحيفة (الأيام)", "organization", "قالت", "neutral")],
    ),
    # a time adverb ending in an adjective before the verb: the verb opens its clause
    (
        "ويوم الخميس الماضي أعلنت البلدية إغلاق الجسر للصيانة.",
        [("البلدية", "organization", "أعلنت", "neutral")],
    ),
    # who they are between commas, then where it was said, then the report
    (
        "وقالت نادية الحسن، مديرة الجمعية، خلال جولتها في الحي إن التبرعات تراجعت.",
        [("نادية الحسن", "person", "قالت", "neutral")],
    ),
    (
        "وقال جريس قعدان، مدير المصنع، خلال زيارة الوفد أمس إن الطلب سيرتفع.",
        [("جريس قعدان", "person", "قال", "neutral")],
    ),
    (
        'وتوقع جريس قعدان، مدير المصنع، في تعليقه على الأرقام، "ارتفاع الطلب في الشتاء".',
        [("جريس قعدان", "person", "توقع", "neutral")],
    ),
    # the family name again, after a name with «عبد الله» in it, however far the report
    (
        "قال مدير الميناء عبد الله الزين إن السفن تأخرت."
        " وقال الزين للصحفيين عند مدخل الميناء صباحاً إن العمل سيعود.",
        [
            ("مدير الميناء عبد الله الزين", "person", "قال", "neutral"),
            ("الزين", "person", "قال", "neutral"),
        ],
    ),
    # a headline run into the text: after a verb of saying, anybody is its subject
    (
        "الأمطار تغرق شوارع المدينة قال مسؤول في البلدية إن الفرق تعمل طوال الليل.",
        [("مسؤول في البلدية", "anonymous", "قال", "neutral")],
    ),
    # the writer's own «أؤكد», whose past «أكد» has the hamza too
    ("وهنا أؤكد لكم أن المدرسة ستبقى مفتوحة.", []),
    # «يدعى»: is called, not claims
    ("وعثرت الشرطة على رجل يدعى سامر في الشارع.", []),
    ("وتدعي الشركة بأنها دفعت الرواتب كاملة.", [("الشركة", "anonymous", "تدعي", "doubt")]),
    # their own pages, their own statement: no source of its own
    (
        "وذكر ناشطون، بحسب صفحاتهم على الإنترنت، أن الطريق أغلق.",
        [("ناشطون", "anonymous", "ذكر", "neutral")],
    ),
    (
        "وقالت الشركة إن المصنع أغلق أبوابه، بحسب بيانها الصادر أمس.",
        [("الشركة", "anonymous", "قالت", "neutral")],
    ),
    (
        "ووفقاً للدراسة، فإن النوم القليل يضعف الذاكرة.",
        [("للدراسة", "organization", "وفقاً", "neutral")],
    ),
    # reports came in, rumours went round: of reports nobody names, not of who replied
    ("ووردت تقارير عن اشتباكات قرب الحدود.", [("تقارير", "anonymous", "وردت", "neutral")]),
    ("وردت البلدية على الشكاوى ببيان.", []),
    # a family name again, of a name the title after it runs on from
    (
        "ونقلت الإذاعة عن ماركو بيلوني المدير الإقليمي للمنظمة قوله إن المخيمات مكتظة."
        " وحذر بيلوني من نقص الغذاء.",
        [
            ("ماركو بيلوني المدير الإقليمي للمنظمة", "person", "نقلت", "neutral"),
            ("الإذاعة", "anonymous", "نقلت", "neutral"),
            ("بيلوني", "person", "حذر", "neutral"),
        ],
    ),
    # called on
    (
        "وأهاب الدفاع المدني بالسكان الابتعاد عن مجاري السيول.",
        [("الدفاع المدني", "organization", "أهاب", "neutral")],
    ),
    # concluded, with what was said after it
    (
        "واختتم رئيس البلدية كلمته بالقول إن المدينة ستتعافى.",
        [("رئيس البلدية", "person", "اختتم", "neutral")],
    ),
    ("واختتم المهرجان فعالياته مساء أمس.", []),
    # commented, saying
    ("وعلق ناشطون بالقول إن القرار متأخر.", [("ناشطون", "anonymous", "علق", "neutral")]),
    # the Maghreb's secretary general
    (
        "وقال الكاتب العام للنقابة إن الإضراب مستمر.",
        [("الكاتب العام للنقابة", "person", "قال", "neutral")],
    ),
    # the weather office
    (
        "وتوقعت الأرصاد الجوية هطول أمطار غزيرة.",
        [("الأرصاد الجوية", "organization", "توقعت", "neutral")],
    ),
    # a family name alone, then the title, then the report after where it was said
    (
        'صرح الحداد رئيس نادي الاتحاد في مؤتمر صحفي: "لن نبيع أحداً".',
        [("الحداد رئيس نادي الاتحاد", "person", "صرح", "neutral")],
    ),
    # a place and an agency in brackets open the text; a name of two words and a title
    (
        "روما (أ ف ب) انتقد ماورو بيانكي مدرب الفريق، قرارات الحكم في المباراة.",
        [("ماورو بيانكي مدرب الفريق", "person", "انتقد", "neutral")],
    ),
    # a team's coach is one person
    ("مدرب المنتخب ينتقد الحكم بعد الخسارة", [("مدرب المنتخب", "person", "ينتقد", "neutral")]),
    # a nisba ends the name the participle reports for
    (
        'وتحدث قتيبة الزعبي لوسائل إعلام محلية، قائلا: "البرنامج ناجح".',
        [("قتيبة الزعبي", "person", "قائلا", "neutral")],
    ),
    # a relative clause whose verb takes what was said as its object
    (
        'وأضاف في حديثه الذي نقلته قناة "الغد": "سنعود قريباً".',
        [('قناة "الغد"', "organization", "نقلته", "neutral")],
    ),
    # a quoted name after a description of one person closed by its adjective
    (
        'حذر خبير الزلازل التركي الشهير "ناجي غوركان" من هزة قوية.',
        [('خبير الزلازل التركي الشهير "ناجي غوركان"', "person", "حذر", "neutral")],
    ),
    # a quoted outlet after a preposition of attribution
    ("وبحسب «راديو الشمس»، فإن الطريق أغلق.", [("راديو الشمس", "organization", "بحسب", "neutral")]),
    # a compound name ending in «الله»
    (
        "وقال قائد الشرطة العقيد منصور عطا الله، إن التحقيق مستمر.",
        [("قائد الشرطة العقيد منصور عطا الله", "person", "قال", "neutral")],
    ),
    # the family name again, before «قد»
    (
        "وقال المحامي خوسيه باريرا إن موكله بريء. وكان باريرا قد أكد أن الأدلة ضعيفة.",
        [
            ("المحامي خوسيه باريرا", "person", "قال", "neutral"),
            ("باريرا", "person", "أكد", "emphasis"),
        ],
    ),
    # renewed its criticism
    (
        "جددت نقابة المعلمين انتقاداتها للوزارة، وقالت إن الرواتب متأخرة.",
        [("نقابة المعلمين", "organization", "جددت", "neutral")],
    ),
    # the coach again
    ("وقال المدرب إن اللاعبين جاهزون.", [("المدرب", "person", "قال", "neutral")]),
    # the family name alone of a person named before, as a label
    (
        "وقال المبعوث الأممي هانس كريستنسن إن الهدنة صامدة.\nكريستنسن: الحل السياسي ممكن",
        [
            ("المبعوث الأممي هانس كريستنسن", "person", "قال", "neutral"),
            ("كريستنسن", "person", ":", "neutral"),
        ],
    ),
    # «الفريق» is a general only with his name after it; alone, mostly a team
    (
        "وقال الفريق أول سامي حداد إن الجيش مستعد.",
        [("الفريق أول سامي حداد", "person", "قال", "neutral")],
    ),
    ("وقال الفريق إن اللاعبين جاهزون.", [("الفريق", "anonymous", "قال", "neutral")]),
    # digits written together with the verb are a word of their own
    (
        "١٢ مارس ٢٠٢٣قالت وزارة الداخلية إن الطرق مغلقة.",
        [("وزارة الداخلية", "organization", "قالت", "neutral")],
    ),
    # a rumour as the subject, after «كانت»
    ("وكانت الإشاعات زعمت أن المدارس ستغلق.", [("الإشاعات", "anonymous", "زعمت", "doubt")]),
    # associations, plural
    (
        "أعلنت روابط المتقاعدين، في بيان، أن الرواتب لا تكفي.",
        [("روابط المتقاعدين", "organization", "أعلنت", "neutral")],
    ),
    # the pronoun after «إنه» is the verb's subject: the noun after it is told
    ("وقال الوزير إنه أبلغ رئيس البلدية بالقرار.", [("الوزير", "person", "قال", "neutral")]),
    # where they are from between a comma and the report
    (
        "ويقول ستيفان هارتمان، من جامعة برمنغهام إن الجفاف سيستمر.",
        [("ستيفان هارتمان", "person", "يقول", "neutral")],
    ),
    # a masthead names who holds an office, said nothing
    (
        "رئيس التحرير: سامي حداد\nوزير الصحة: المستشفيات جاهزة",
        [("وزير الصحة", "person", ":", "neutral")],
    ),
    # a minister's statement is the minister's
    (
        "وبحسب بيان لوزير الخارجية، فإن الزيارة ناجحة.",
        [("بيان لوزير الخارجية", "person", "بحسب", "neutral")],
    ),
    # a quoted name after a feminine verb, with no first name, is a company's
    ('وأوضحت "داتا لاين" أنها أبلغت الشرطة.', [("داتا لاين", "organization", "أوضحت", "neutral")]),
    # a research team is an institution
    (
        "وقال الفريق البحثي في الجامعة إن النتائج مشجعة.",
        [("الفريق البحثي", "organization", "قال", "neutral")],
    ),
    # a time adjective after another noun belongs to it
    (
        "اللجنة المنظمة للمؤتمر المقبل أعلنت أن الموعد ثابت.",
        [("اللجنة المنظمة للمؤتمر المقبل", "organization", "أعلنت", "neutral")],
    ),
    (
        "بطل الموسم الماضي أكد أنه سيدافع عن لقبه.",
        [("بطل الموسم الماضي", "anonymous", "أكد", "emphasis")],
    ),
    # a time adverb opening the clause
    ("وفي مارس الماضي أعلنت الوزارة خطة جديدة.", [("الوزارة", "organization", "أعلنت", "neutral")]),
    # deployed, not published
    ("وانسحبت القوات التي نشرها الجيش على الحدود.", []),
    # one quoted word after a feminine verb may be a woman's name
    ('وقالت "أمل" (اسم مستعار) إن زوجها اعتقل.', [("أمل", "person", "قالت", "neutral")]),
    # who it quoted follows «عن», even after «أنها»
    (
        "وذكرت الصحيفة أنها نقلت عن مسؤول كبير قوله إن الاتفاق قريب.",
        [
            ("الصحيفة", "anonymous", "ذكرت", "neutral"),
            ("مسؤول كبير", "anonymous", "نقلت", "neutral"),
        ],
    ),
    # after a minister's title, a name and a word are what he said
    ("وزير الخارجية: سامي مخطئ", [("وزير الخارجية", "person", ":", "neutral")]),
    # letters then digits stay one word
    ("وقال موقع عربي21 إن الحكومة ستستقيل.", [("موقع عربي21", "organization", "قال", "neutral")]),
    # told to the two of them
    ("وقال لهما الطبيب إن الحالة مستقرة.", [("الطبيب", "anonymous", "قال", "neutral")]),
    # a description in brackets is no name
    ("وقالت صحيفة (مقرها لندن) إن الوزير سيستقيل.", [("صحيفة", "anonymous", "قالت", "neutral")]),
    # a quoted title is nobody's name
    ('وبحسب "القانون الجديد"، فإن الضريبة ترتفع.', []),
    # a writer, one of many
    ("وقال الكاتب إن الرواية تأخرت.", [("الكاتب", "anonymous", "قال", "neutral")]),
    # «يدعى» is called; «يدعي» with its object claims
    ("وقال رجل يدعى أحمد إن الشرطة اعتقلته.", [("رجل", "anonymous", "قال", "neutral")]),
    ("ويدعي الاحتلال وجود أنفاق تحت المستشفى.", [("الاحتلال", "organization", "يدعي", "doubt")]),
    # his tweet, the verb's object
    ('واختتم تغريدته بالقول "لن نتراجع".', []),
    # his own page, the source of the same sentence (across sentences the pronoun may
    # point at somebody else)
    (
        "وقال الوزير، وفق صفحته على فيسبوك، إن التنفيذ يبدأ غدا.",
        [("الوزير", "person", "قال", "neutral")],
    ),
    # his club, with the pronoun as written
    ("وأعلن ناديه أن اللاعب مصاب.", [("ناديه", "organization", "أعلن", "neutral")]),
    # a dateline and the writer's name, then the verb and its named subject
    (
        "عمان – محمود سالم كشف وزير الصحة سامر قعوار أن المستشفيات جاهزة.",
        [("وزير الصحة سامر قعوار", "person", "كشف", "proven")],
    ),
    # the outlet's own reporter
    (
        "وأفاد مراسلنا في الموصل بأن الجسر أغلق.",
        [("مراسلنا في الموصل", "anonymous", "أفاد", "neutral")],
    ),
    # the prime minister's statement
    (
        "ووفق بيان رئيس الوزراء، فإن الموازنة أقرت.",
        [("بيان رئيس الوزراء", "person", "وفق", "neutral")],
    ),
    # a name the lexicon does not know, then where they work
    (
        "وقالت الباحثة كارين هارتمان من معهد الدراسات الخليجية للوكالة إن النمو بطيء.",
        [("الباحثة كارين هارتمان من معهد الدراسات الخليجية", "person", "قالت", "neutral")],
    ),
    # a byline of names between commas
    ("أبو سالم: سلمى حداد، ندى سالم", []),
    # a time between commas before «عن»: the agency carried it
    (
        "ونقلت وكالة الأنباء، اليوم، عن مسؤولين قولهما إن الجسر مغلق.",
        [
            ("مسؤولين", "anonymous", "نقلت", "neutral"),
            ("وكالة الأنباء", "organization", "نقلت", "neutral"),
        ],
    ),
    # «لكن» and the family name of a woman named before, then the verb and «على أن»
    (
        "قالت المسؤولة الأممية إلسا كوفاتش إن العودة مستمرة. لكن كوفاتش شددت على أن الظروف صعبة.",
        [
            ("المسؤولة الأممية إلسا كوفاتش", "person", "قالت", "neutral"),
            ("كوفاتش", "person", "شددت", "emphasis"),
        ],
    ),
    # who they are between commas holds a quoted name
    (
        'قال حميد حداد، رئيس جمعية "الواحة" بالقرية، إن المحصول جيد.',
        [("حميد حداد", "person", "قال", "neutral")],
    ),
    # «طالب» after a fronted phrase and its comma
    (
        "وفي السياق ذاته، طالب رئيس البلدية بتعويض المزارعين.",
        [("رئيس البلدية", "person", "طالب", "neutral")],
    ),
    # a source pointed at again
    (
        "وقال أحد العمال إن الحريق كبير. وحسب هذا الشاهد، فإن النيران امتدت بسرعة.",
        [
            ("أحد العمال", "anonymous", "قال", "neutral"),
            ("الشاهد", "anonymous", "حسب", "neutral"),
        ],
    ),
    # statements «لـ» the family name of a man named before
    (
        "وقال المندوب سامي الحربي إن القرار مؤلم. وبحسب تصريحات صحفية للحربي، فإن التصويت تأجل.",
        [
            ("المندوب سامي الحربي", "person", "قال", "neutral"),
            ("تصريحات صحفية للحربي", "person", "بحسب", "neutral"),
        ],
    ),
    # «إنه» opens the report: the word after it is no name
    ("ويصنف حزب العمال ضمن أحزاب اليسار، ويقول إنه يتبنى «العدالة الاجتماعية».", []),
    # the coast guard
    (
        "أعلن خفر السواحل عن إنقاذ عشرين مهاجرا.",
        [("خفر السواحل", "organization", "أعلن", "neutral")],
    ),
    # an aside between commas that opens with «عن» names who was quoted
    (
        "ونقلت الوكالة الرسمية، عن مصدر حكومي، أن الحدود مغلقة.",
        [
            ("مصدر حكومي", "anonymous", "نقلت", "neutral"),
            ("الوكالة الرسمية", "organization", "نقلت", "neutral"),
        ],
    ),
    # «إضافة» as written is an addition, no «أضافه» (he added it)
    ("وتعمل البلدية على إضافة غرفة للاجتماعات.", []),
    # preliminary investigations, nobody named
    (
        "وبينت التحريات أن السائق كان مسرعا.",
        [("التحريات", "anonymous", "بينت", "neutral")],
    ),
    # «بذلك» between the verb and its subject
    ("صرح بذلك رئيس الوزراء.", [("رئيس الوزراء", "person", "صرح", "neutral")]),
    # a place of two words, then the verb: a dateline whose dash normalising dropped
    (
        "الدار البيضاء ــ أعلنت الشرطة أن المتهمين اعتقلوا.",
        [("الشرطة", "organization", "أعلنت", "neutral")],
    ),
    # brigades, an armed group's units
    (
        "قالت كتائب الشهيد إن الهدنة هشة. وذكرت الكتائب أن الأسرى بخير.",
        [
            ("كتائب الشهيد", "organization", "قالت", "neutral"),
            ("الكتائب", "organization", "ذكرت", "neutral"),
        ],
    ),
    # by telephone is no part of a name
    ("وتحدث سامي الفرحان هاتفيا مع نظيره القطري.", [("سامي الفرحان", "person", "تحدث", "neutral")]),
    # a feminine noun written with «ة» is no pronoun reading, but still the noun
    (
        "وقالت شابة فلسطينية إن الجنود اعتقلوا شقيقها.",
        [("شابة فلسطينية", "anonymous", "قالت", "neutral")],
    ),
    ("وقالت نقيبة المحامين إن الإضراب مستمر.", [("نقيبة المحامين", "person", "قالت", "neutral")]),
    # his speech, with its pronoun, that a channel carried
    (
        "وأضاف في كلمته التي نقلتها قناة الجزيرة أن الوضع مستقر.",
        [("قناة الجزيرة", "organization", "نقلتها", "neutral")],
    ),
    # «الحديثة» (modern) is no «حديث» (talk)
    ("وهي الأسلحة الحديثة التي نشرها الجيش على الحدود.", []),
    # a channel named in brackets by a word shaped like an adjective, with its article
    (
        "وقالت قناة (العربية) إن الوضع مستقر.",
        [("قناة (العربية)", "organization", "قالت", "neutral")],
    ),
    # one quoted word with the article after «وفقا لـ» is an outlet
    ('ووفقا لـ"الوطن"، فإن الوضع مستقر.', [("الوطن", "organization", "وفقا", "neutral")]),
    # the same sources pointed at again continue them
    (
        "وقالت مصادر أمنية إن الهجوم فشل. وأضافت هذه المصادر أن التحقيق مستمر.",
        [("مصادر أمنية", "anonymous", "قالت", "neutral")],
    ),
    # statements of offices in the plural name nobody
    (
        "وبحسب تصريحات رؤساء البلديات، فإن الخطة فشلت.",
        [("تصريحات رؤساء البلديات", "anonymous", "بحسب", "neutral")],
    ),
    # UNICEF written without the article
    (
        "وأكدت يونيسيف أن آلاف الأطفال بلا مدارس.",
        [("يونيسيف", "organization", "أكدت", "emphasis")],
    ),
    # a credit line closing the article
    (
        "قال المحافظ إن المياه ستعود إلى الأحياء كلها قبل نهاية الأسبوع بعد إصلاح الأنبوب"
        " الرئيسي الذي انفجر ليلة أمس في وسط المدينة.\nالمصدر: وكالات",
        [("المحافظ", "person", "قال", "neutral")],
    ),
    # a quoted name opening a headline is the subject of the verb after it
    (
        '"نقابة المهندسين" تدعو إلى وقفة احتجاجية أمام البرلمان',
        [("نقابة المهندسين", "organization", "تدعو", "neutral")],
    ),
    (
        "«سبوتنيك» تكشف كواليس الصفقة الجديدة",
        [("سبوتنيك", "organization", "تكشف", "proven")],
    ),
    # a weekday or a period after «الماضي» stands between the verb and what was said
    (
        "وكانت بلدية المدينة قد أعلنت الخميس الماضي أنها ستغلق السوق القديم.",
        [("بلدية المدينة", "organization", "أعلنت", "neutral")],
    ),
    (
        "وأعلن الشهر الماضي محافظ البنك المركزي أن الفائدة ستبقى كما هي.",
        [("محافظ البنك المركزي", "person", "أعلن", "neutral")],
    ),
    # an unnamed source, its adjective, then the institution it sits in, glued to «بـ»
    (
        "وقالت مصادر مطلعة بوزارة المالية إن الرواتب ستصرف غدا.",
        [("مصادر مطلعة بوزارة المالية", "anonymous", "قالت", "neutral")],
    ),
    (
        "وكان مسؤول رفيع بالهيئة أكد أن التحقيق لم يكتمل.",
        [("مسؤول رفيع بالهيئة", "anonymous", "أكد", "emphasis")],
    ),
    # but a «بـ» the verb takes after its subject is what it denounced
    (
        "وندد مصدر حكومي بالهيئة المستقلة للانتخابات.",
        [("مصدر حكومي", "anonymous", "ندد", "neutral")],
    ),
    # an outlet described at length before «عن» still relays the source after it
    (
        "ونقلت مجلة «الأفق» الشهرية الصادرة هذا الأسبوع عن دبلوماسي غربي قوله إن المفاوضات توقفت.",
        [
            ("دبلوماسي غربي", "anonymous", "نقلت", "neutral"),
            ("مجلة «الأفق» الشهرية", "organization", "نقلت", "neutral"),
        ],
    ),
    (
        "ونقلت وكالة الأنباء الإيطالية «آكي» عن شهود، قولهم إن القصف استمر طوال الليل.",
        [
            ("شهود", "anonymous", "نقلت", "neutral"),
            ("وكالة الأنباء الإيطالية «آكي»", "organization", "نقلت", "neutral"),
        ],
    ),
    # a candidate is one of many until named
    (
        "وقالت مرشحة الدائرة الرابعة منى الصباغ إن برنامجها يركز على التعليم.",
        [("مرشحة الدائرة الرابعة منى الصباغ", "person", "قالت", "neutral")],
    ),
    (
        "وقال مرشح المعارضة إن النتائج مزورة.",
        [("مرشح المعارضة", "anonymous", "قال", "neutral")],
    ),
    # an office of committees
    (
        "وأوضح منسق لجان الإغاثة في الإقليم أن المساعدات لم تصل.",
        [("منسق لجان الإغاثة", "person", "أوضح", "neutral")],
    ),
    # a word of framing can be a family name after an office and a first name
    (
        "وأشار الناطق باسم البلدية سامر العدوان، إلى أن الشارع سيفتح قريبا."
        " وحذر العدوان السائقين من السرعة.",
        [
            ("الناطق باسم البلدية سامر العدوان", "person", "أشار", "neutral"),
            ("العدوان", "person", "حذر", "neutral"),
        ],
    ),
    # an outlet named by a word of time
    (
        "وتراجعت المحاصيل هذا العام، بحسب صحيفة الصباح العراقية.",
        [("صحيفة الصباح العراقية", "organization", "بحسب", "neutral")],
    ),
    # a follow-up credit after the dateline is no source; the site after the verb is
    (
        'دمشق – متابعة أفادت وكالة "سانا" الرسمية، مساء الأحد، بأن الطريق أعيد فتحه.',
        [('وكالة "سانا" الرسمية', "organization", "أفادت", "neutral")],
    ),
    # an acting office before the name
    (
        "وقال المدير العام بالإنابة خالد الرفاعي إن الموسم سيبدأ في موعده.",
        [("المدير العام بالإنابة خالد الرفاعي", "person", "قال", "neutral")],
    ),
    # offices, then between commas the name of the one who holds them
    (
        "ذكرت الإذاعة أن رئيس الاتحاد والوزير الأسبق، الدكتور فهد السالم، أعلن انسحابه من السباق.",
        [
            ("الإذاعة", "anonymous", "ذكرت", "neutral"),
            ("رئيس الاتحاد والوزير الأسبق، الدكتور فهد السالم", "person", "أعلن", "neutral"),
        ],
    ),
    # «المسؤول» right after an official named in full is that official
    (
        "وقال وزير النقل هشام البدري إن الطريق سيفتح. وأضاف المسؤول أن الأعمال ستنتهي قريبا.",
        [
            ("وزير النقل هشام البدري", "person", "قال", "neutral"),
            ("المسؤول", "person", "أضاف", "neutral"),
        ],
    ),
    (
        "وقال وزير النقل هشام البدري إن الطريق سيفتح. وقال المسؤول الإيطالي إن الأعمال "
        "ستنتهي قريبا.",
        [
            ("وزير النقل هشام البدري", "person", "قال", "neutral"),
            ("المسؤول الإيطالي", "anonymous", "قال", "neutral"),
        ],
    ),
    # people in quotation marks before a feminine verb: the short name of their union
    (
        '"الممرضين المتعاقدين" تدعو إلى وقفة أمام الوزارة',
        [("الممرضين المتعاقدين", "organization", "تدعو", "neutral")],
    ),
    (
        '"مصادر حكومية" تكشف موعد رفع الأسعار',
        [("مصادر حكومية", "anonymous", "تكشف", "proven")],
    ),
    # airlines, forums and militias head their own names
    (
        "الخطوط الجوية التونسية تعلن إلغاء رحلاتها إلى باريس",
        [("الخطوط الجوية التونسية", "organization", "تعلن", "neutral")],
    ),
    (
        "منتدى المستثمرين العرب يحذر من ركود الأسواق",
        [("منتدى المستثمرين العرب", "organization", "يحذر", "neutral")],
    ),
    (
        "وأكدت ميليشيات الحوثي أنها ستواصل الهجمات.",
        [("ميليشيات الحوثي", "organization", "أكدت", "emphasis")],
    ),
    # a plea renewed
    (
        "وجددت الجمعية مناشدتها للسلطات بالتدخل العاجل.",
        [("الجمعية", "anonymous", "جددت", "neutral")],
    ),
    # estimates and information of an institution are its own
    (
        "وتتراوح البطالة بين 12 و13 بالمئة، وفقاً لتقديرات وزارة الاقتصاد.",
        [("تقديرات وزارة الاقتصاد", "organization", "وفقاً", "neutral")],
    ),
    (
        "وتشير التقديرات الأولية إلى تراجع البطالة.",
        [("التقديرات الأولية", "anonymous", "تشير", "neutral")],
    ),
    # a headline's short label, named in full below
    (
        "الحديدي: رفع الفائدة لن يمس القروض السكنية\n\nقال محافظ البنك المركزي ماهر "
        "الحديدي إن رفع الفائدة لن يمس القروض السكنية.",
        [
            ("الحديدي", "person", ":", "neutral"),
            ("محافظ البنك المركزي ماهر الحديدي", "person", "قال", "neutral"),
        ],
    ),
    (
        "المركزي التونسي: لا نية لتعويم الدينار\n\nنفى البنك المركزي التونسي في بيان وجود "
        "أي نية لتعويم الدينار.",
        [
            ("المركزي التونسي", "organization", ":", "neutral"),
            ("البنك المركزي التونسي", "organization", "نفى", "neutral"),
        ],
    ),
    # unnamed people of a trade
    (
        "وتضاعفت الأسعار خلال عشر سنوات، حسب مهنيين في القطاع.",
        [("مهنيين في القطاع", "anonymous", "حسب", "neutral")],
    ),
    # the Latin comma after the subject of «كان»
    (
        "وكانت مصادر دبلوماسية, أكدت أن الزيارة تأجلت.",
        [("مصادر دبلوماسية", "anonymous", "أكدت", "emphasis")],
    ),
    # the same sources again
    (
        "وأكدت ذات المصادر أن الزيارة تأجلت.",
        [("ذات المصادر", "anonymous", "أكدت", "emphasis")],
    ),
    # a «بـ» the verb takes, then a second clause: its object, not where the source sits
    (
        "وأشاد مسؤول أوروبي رفيع بالحكومة الانتقالية وقال إن الإصلاحات تسير في الاتجاه الصحيح.",
        [("مسؤول أوروبي رفيع", "anonymous", "أشاد", "neutral")],
    ),
    # the institution's adjectives stay in the source
    (
        "وقال مصدر قضائي بالمحكمة الابتدائية لوكالة الأنباء إن الجلسة أجلت.",
        [("مصدر قضائي بالمحكمة الابتدائية", "anonymous", "قال", "neutral")],
    ),
    # a first name, then the verb's object and a second clause: no family name
    (
        "وأدان الرئيس عبدالله الإرهاب وقال إن الأمن مسؤولية الجميع.",
        [("الرئيس عبدالله", "person", "أدان", "neutral")],
    ),
    # a ruler's number after his name is his, not an adjective
    (
        "وقال البطريرك يوحنا العاشر في عظته إن السلام ممكن.",
        [("البطريرك يوحنا العاشر", "person", "قال", "neutral")],
    ),
    # what a channel carried stands between it and «عن»: it relays nothing
    (
        "ونقلت القناة صورا نادرة عن الجيش.",
        [("الجيش", "organization", "نقلت", "neutral")],
    ),
    # two speakers: the verb in the dual
    (
        "وزير المالية، والسفير البريطاني جون سميث، قالا إن المحادثات بناءة.",
        [("وزير المالية", "person", "قالا", "neutral")],
    ),
    # a role, no name, between the commas
    (
        "السفير الفرنسي، ممثلا الرئيس، قال إن المحادثات بناءة.",
        [("السفير الفرنسي", "person", "قال", "neutral")],
    ),
    # a word in quotation marks is no subject of the verb after it
    (
        '"بريكست" يهدد آلاف الوظائف في المصانع',
        [],
    ),
    (
        '"خيبة" تقول الجماهير بعد الخسارة الثقيلة.',
        [],
    ),
    # a headline run on, then whom the verb appeals to
    (
        "إغلاق المعبر لليوم الخامس ناشد الأمم المتحدة، أمس، أن تضغط لفتحه.",
        [],
    ),
    # Sunday's paper, not a paper named Sunday
    (
        "وقالت صحيفة الأحد إن الزيارة تأجلت.",
        [("صحيفة", "anonymous", "قالت", "neutral")],
    ),
    # a quoted name completing a title before the verb: the verb has its subject already
    (
        'رئيس "مجلس الأمناء" يطالب بتأجيل "الامتحانات النهائية" شهرا',
        [('رئيس "مجلس الأمناء"', "person", "يطالب", "neutral")],
    ),
    # a quotation before the verb: its sayer follows
    (
        '"الأمن خط أحمر" قال الوزير في مؤتمر صحفي.',
        [("الوزير", "person", "قال", "neutral")],
    ),
    # a quoted name after «إن/فإن» opens the reported clause
    (
        'وبحسب موقع "الأفق"، فإن "جبهة التحرير" أعلنت انسحابها من الحوار.',
        [
            ('موقع "الأفق"', "organization", "بحسب", "neutral"),
            ("جبهة التحرير", "organization", "أعلنت", "neutral"),
        ],
    ),
    # a country alone before a colon is the news's topic, unless it speaks as «we»
    (
        "السودان: لن نقبل بأي تدخل خارجي",
        [("السودان", "organization", ":", "neutral")],
    ),
    # a place and the agencies that carried the story (tatweel dashes dropped)
    (
        "عمان ـ بترا ـ أ ف ب: أعلنت الحكومة خفض أسعار الوقود.",
        [("الحكومة", "organization", "أعلنت", "neutral")],
    ),
    # a foreign name, then her office, then a colon
    (
        'وقالت كارين فولر، مديرة برنامج الغذاء في المنطقة: "الوضع كارثي".',
        [("كارين فولر", "person", "قالت", "neutral")],
    ),
    # a relayed source named before its title
    (
        "ونقلت الوكالة الرسمية عن سلمى الحلو المتحدثة باسم المحكمة أن الجلسة أجلت.",
        [
            ("سلمى الحلو المتحدثة باسم المحكمة", "person", "نقلت", "neutral"),
            ("الوكالة الرسمية", "organization", "نقلت", "neutral"),
        ],
    ),
    # a source close to someone, before its verb
    (
        "مصدر قريب من رئيس الحكومة أكد أن التعديل الوزاري وشيك.",
        [("مصدر قريب من رئيس الحكومة", "anonymous", "أكد", "emphasis")],
    ),
    # an institution for a purpose, and where it sits
    (
        "وكانت الهيئة الوطنية لمكافحة الفساد في ليبيا، أعلنت أنها فتحت تحقيقا.",
        [("الهيئة الوطنية لمكافحة الفساد في ليبيا", "organization", "أعلنت", "neutral")],
    ),
    # the passive «يقدر بـ»: nobody's estimate
    (
        "وقال المتحدث إن عدد الجرحى يقدر بنحو مئة.",
        [("المتحدث", "person", "قال", "neutral")],
    ),
    # «دانت»: «أدان» without its hamza; Amnesty by its Arabic nickname
    (
        "ودانت قطر الهجوم على القافلة.",
        [("قطر", "organization", "دانت", "neutral")],
    ),
    (
        "أمنستي تطالب بالإفراج عن الصحفي",
        [("أمنستي", "organization", "تطالب", "neutral")],
    ),
    # a context between commas after a family name given before
    (
        "وكان المهندس سعيد الكبيسي قد شرح أسباب العطل. وقال الكبيسي، في تصريح لصحيفة "
        '"الأفق"، إن الإصلاح سيستغرق يومين.',
        [("الكبيسي", "person", "قال", "neutral")],
    ),
    # a name shaped like a plural, given in full before
    (
        "وذكر مدير المرصد نمر كساسبين، أن الأمطار ستتأخر. وقال كساسبين إن الموسم سيكون جافا.",
        [("مدير المرصد", "person", "ذكر", "neutral"), ("كساسبين", "person", "قال", "neutral")],
    ),
    # a bakery, and bakeries nobody names
    (
        "وقالت مخابز النور في بيان إن الطحين نفد.",
        [("مخابز النور", "organization", "قالت", "neutral")],
    ),
    # a group that is a company's name
    (
        "أعلنت مجموعة الاتصالات الأردنية عن أرباح قياسية.",
        [("مجموعة الاتصالات الأردنية", "organization", "أعلنت", "neutral")],
    ),
    # who they are, then a time between commas, then the report
    (
        "قال لويس فيغو، المدير الرياضي للنادي، اليوم الأحد، إن الصفقة انتهت.",
        [("لويس فيغو", "person", "قال", "neutral")],
    ),
    # a family name with «بني», and praise
    (
        "وقالت الوزيرة هالة بني عطا إن البرنامج سيتوسع.",
        [("الوزيرة هالة بني عطا", "person", "قالت", "neutral")],
    ),
    (
        "وامتدح الوزير جهود المتطوعين.",
        [("الوزير", "person", "امتدح", "neutral")],
    ),
    # «توقّع» signs an agreement
    (
        '"الأمل" توقّع اتفاقية مع شركة صينية',
        [],
    ),
    # a state's government, and a video's label
    (
        "فيما أعلنت ولاية سنار عن إغلاق المدارس.",
        [("ولاية سنار", "organization", "أعلنت", "neutral")],
    ),
    (
        "شاهد: لحظة وصول الطائرة إلى المطار",
        [],
    ),
    # a family name the lexicon reads as an institution
    (
        "وقال منير النادي مدير المبيعات بالشركة إن الطلب ارتفع. وأضاف النادي أن الأسعار ثابتة.",
        [
            ("منير النادي مدير المبيعات", "person", "قال", "neutral"),
            ("النادي", "person", "أضاف", "neutral"),
        ],
    ),
    # «X ذاته/نفسه» is the last source named by the same word, whoever spoke in between
    (
        "وقال مصدر أمني إن ثلاثة أشخاص أوقفوا. وأعلنت الشرطة أنها فتحت تحقيقا. وأضاف "
        "المصدر ذاته أن الموقوفين أحيلوا إلى القضاء.",
        [
            ("مصدر أمني", "anonymous", "قال", "neutral"),
            ("الشرطة", "organization", "أعلنت", "neutral"),
            ("المصدر ذاته", "anonymous", "أضاف", "neutral"),
        ],
    ),
    # «المسؤول» after somebody who holds no office is somebody else
    (
        "وقال المحلل السياسي فؤاد الحمدان إن الحكومة تواجه أزمة. في المقابل، قال المسؤول "
        "إن الحكومة متماسكة.",
        [
            ("المحلل السياسي فؤاد الحمدان", "person", "قال", "neutral"),
            ("المسؤول", "anonymous", "قال", "neutral"),
        ],
    ),
    # a topic before a colon, though an office below ends with it
    (
        "الذهب: الأسعار تقفز إلى مستوى قياسي\n\nوقال رئيس شعبة الذهب إن الطلب مرتفع.",
        [("رئيس شعبة الذهب", "person", "قال", "neutral")],
    ),
    # officials in quotation marks are no union
    (
        '"مسؤولين أمريكيين" تكشف تفاصيل الصفقة',
        [("مسؤولين أمريكيين", "anonymous", "تكشف", "proven")],
    ),
    # a quoted name ending an adverbial before the verb: the subject follows the verb
    (
        'وخلال استقباله وفد حركة "فتح" أكد الرئيس أن المصالحة ضرورية.',
        [("الرئيس", "person", "أكد", "emphasis")],
    ),
    # a country before a colon is the news's topic, unless it speaks (a negation, «we»)
    (
        "إيران: العقوبات لن تغير موقفنا",
        [("إيران", "organization", ":", "neutral")],
    ),
    ("ليبيا: اشتباكات عنيفة في العاصمة", []),
    (
        "مصر: الإفراج عن دفعة جديدة من المعتقلين",
        [],
    ),
    # initials in Latin capitals after «بحسب» are no source
    (
        "وحدد موقع السفينة بدقة بحسب GPS.",
        [],
    ),
    # «أرجع … إلى» gives back, it reports nothing
    (
        "وأرجعت الشرطة المسروقات إلى أصحابها.",
        [],
    ),
    # the veil of «كشف النقاب», a reply to what was said, a founder
    (
        "وأكد الباحثون أن الفيروس خطير، حيث كشفت النقاب عن أضراره للمرة الأولى.",
        [("الباحثون", "anonymous", "أكد", "emphasis")],
    ),
    (
        "ردت الرئاسة على المزاعم التي نشرتها الصحف.",
        [
            ("الرئاسة", "organization", "ردت", "neutral"),
            ("الصحف", "anonymous", "نشرتها", "neutral"),
        ],
    ),
    (
        "وقال مؤسس المركز، الدكتور حامد الفحل، إن المختبر دمر.",
        [("مؤسس المركز، الدكتور حامد الفحل", "person", "قال", "neutral")],
    ),
    # who issued the statement that said it
    (
        "أصدرت النيابة العامة، مساء الأحد، بيانا أكدت فيه أن التحقيق مستمر.",
        [("النيابة العامة", "organization", "أكدت", "emphasis")],
    ),
    # a city as the dateline after an outlet's label, then the verb and its own subject
    (
        "الأفق : بغداد نفت أمانة العاصمة الأنباء عن تلوث المياه.",
        [("أمانة العاصمة", "organization", "نفت", "neutral")],
    ),
    # a capital opening a headline speaks; the one after the verb is whom it blames
    (
        "موسكو تنتقد واشنطن وتتهمها بالتصعيد.",
        [("موسكو", "organization", "تنتقد", "neutral")],
    ),
    # a sound plural in the nominative after a verb is its subject, not its object
    (
        "وقال شهود إن التيار انقطع منذ أسبوع. وطالب المحتجون بإعادة التيار.",
        [("شهود", "anonymous", "قال", "neutral"), ("المحتجون", "anonymous", "طالب", "neutral")],
    ),
    # an office the grammar left early, then its holder's name, then the report
    (
        "وقال المحامي وعضو اللجنة القانونية للنقابة سامي الفرجاني إن التوقيفات تعسفية.",
        [("المحامي وعضو اللجنة القانونية للنقابة سامي الفرجاني", "person", "قال", "neutral")],
    ),
    # a place before a colon, though the office of someone below names it
    (
        "نابل: احتجاجات على تراكم النفايات\n\nوقال رئيس بلدية نابل إن الأزمة ستحل قريبا.",
        [("رئيس بلدية نابل", "person", "قال", "neutral")],
    ),
    # an adverb right after the verb is no name
    (
        "وأكد مجددا أن خمسين شخصا اعتقلوا.",
        [],
    ),
    # the finance ministry by its adjective
    (
        "وفي غضون ذلك، أعلنت المالية الكويتية أنها تتوقع عجزا أقل.",
        [("المالية الكويتية", "organization", "أعلنت", "neutral")],
    ),
    # the passive «تقدر قيمته»: nobody's estimate
    (
        "وتشير التقارير إلى أن المطار الذي تقدر قيمته بمليار دولار متعثر.",
        [("التقارير", "anonymous", "تشير", "neutral")],
    ),
    # the subject of «أن», a comma, then its verb
    (
        "يذكر أن الحكومة الأردنية، أعلنت الشهر الماضي رفع أسعار الكهرباء.",
        [("الحكومة الأردنية", "organization", "أعلنت", "neutral")],
    ),
    # a channel named by its number
    (
        "وذكرت القناة 13 العبرية أن الجيش انسحب من البلدة.",
        [("القناة 13 العبرية", "organization", "ذكرت", "neutral")],
    ),
    # English words before a colon in an Arabic page are a menu's, no name
    (
        "الأحد 3 مارس\nRead more: sport news\nقال وزير الزراعة إن الموسم جيد.",
        [("وزير الزراعة", "person", "قال", "neutral")],
    ),
    # a correspondent unnamed, an outlet's or «the» correspondent too, is nobody the reader
    # can identify; named, a person
    (
        "وبحسب مراسل الإذاعة في حمص، فإن القوات انسحبت.",
        [("مراسل الإذاعة في حمص", "anonymous", "بحسب", "neutral")],
    ),
    (
        "وأشار المراسل إلى انسحاب القوات من البلدة.",
        [("المراسل", "anonymous", "أشار", "neutral")],
    ),
    (
        "وقال مراسل الإذاعة سامر حداد إن القوات انسحبت.",
        [("مراسل الإذاعة سامر حداد", "person", "قال", "neutral")],
    ),
    (
        "وقال مراسل إن القوات انسحبت.",
        [("مراسل", "anonymous", "قال", "neutral")],
    ),
    # a name the lexicon does not know, «قوله», then the quotation
    (
        "ونقل البيان عن كيم قوله «الحوار هو الطريق الوحيد».",
        [("كيم", "person", "نقل", "neutral"), ("البيان", "anonymous", "نقل", "neutral")],
    ),
    # «المصدر ذاته» is the last source, whoever it was; «المسؤول» and its adjective, the official
    (
        "وأعلنت المديرية العامة للجمارك أنها ضبطت شحنة. وأوضح المصدر ذاته أن التحقيق مستمر.",
        [
            ("المديرية العامة للجمارك", "organization", "أعلنت", "neutral"),
            ("المصدر ذاته", "organization", "أوضح", "neutral"),
        ],
    ),
    (
        "وقال وزير المالية خالد الصالح إن العجز تراجع. وقال المسؤول الحكومي إن الإصلاحات مستمرة.",
        [
            ("وزير المالية خالد الصالح", "person", "قال", "neutral"),
            ("المسؤول الحكومي", "person", "قال", "neutral"),
        ],
    ),
    # a nominative plural of people, not a word ending like one
    (
        "واتهم التلفزيون الرسمي بالتحريض على العنف.",
        [],
    ),
    # whom the office holder told, named: no holder's name
    (
        "وقال الرئيس لوزير الخارجية الأردني أيمن الصفدي إن العلاقات متينة.",
        [("الرئيس", "person", "قال", "neutral")],
    ),
    # the veil of «كشف النقاب» stands between the verb and its subject
    (
        "وقد كشف النقاب رئيس الوزراء عن خطة جديدة.",
        [("رئيس الوزراء", "person", "كشف", "proven")],
    ),
    # an act in reply, not words
    (
        "رد الجيش على دعوات التظاهر بحملة اعتقالات.",
        [],
    ),
    # a count after a newspaper, not its name; a name in Latin letters before a colon
    (
        "وقالت الصحيفة 3 أسباب وراء الأزمة.",
        [("الصحيفة", "anonymous", "قالت", "neutral")],
    ),
    (
        "Elon Musk: سنطلق الصاروخ غدا",
        [("Elon Musk", "person", ":", "neutral")],
    ),
    # an institution named again by its head alone, after another source: the subject, not
    # the object of a verb continuing that source («وطالبت النقابة بـ»)
    (
        "أعلنت نقابة الأطباء عزمها تنظيم اعتصام.\n"
        "وأوضح البيان أن الأجور متدنية.\n"
        "وطالبت النقابة بزيادة الأجور.",
        [
            ("نقابة الأطباء", "organization", "أعلنت", "neutral"),
            ("البيان", "anonymous", "أوضح", "neutral"),
            ("النقابة", "organization", "طالبت", "neutral"),
        ],
    ),
    # an institution named again in full after its head alone: the subject of «حذر … من»
    (
        "أصدر المركز الوطني للأرصاد تحذيرا من العواصف.\n"
        "وقدر المركز أن الأمطار ستستمر يومين.\n"
        "وحذر المركز الوطني للأرصاد من السفر ليلا.",
        [
            ("المركز الوطني للأرصاد", "organization", "أصدر", "neutral"),
            ("المركز", "organization", "قدر", "neutral"),
            ("المركز الوطني للأرصاد", "organization", "حذر", "neutral"),
        ],
    ),
    # an airport speaks through its authority; named before, «المطار» is that one
    (
        "وأوضح مطار القاهرة الدولي في بيان أن الرحلات تأخرت بسبب الضباب.\n"
        "ودعا المطار الركاب إلى متابعة مواعيد رحلاتهم.",
        [
            ("مطار القاهرة الدولي", "organization", "أوضح", "neutral"),
            ("المطار", "organization", "دعا", "neutral"),
        ],
    ),
    # a warning issued («أصدرت … إنذارا»): who issued it
    (
        "أصدرت مديرية الدفاع المدني مساء أمس إنذارا للسكان القريبين من الوادي.",
        [("مديرية الدفاع المدني", "organization", "أصدرت", "neutral")],
    ),
    # «بأننا» opens the report; no name runs on into it
    (
        "أكد المدير بأننا نحتاج إلى وقت أطول.",
        [("المدير", "person", "أكد", "emphasis")],
    ),
    # a province the gazetteer knows makes the office definite, the name follows
    (
        "وأكد محافظ واسط مثنى الحسيني أن الطريق سيفتح غدا.",
        [("محافظ واسط مثنى الحسيني", "person", "أكد", "emphasis")],
    ),
    # the holder's name between commas, then the verb's object (no report opener after it)
    (
        "أدان وزير الداخلية، سمير حداد، الهجوم على المركز.",
        [("وزير الداخلية، سمير حداد", "person", "أدان", "neutral")],
    ),
    # the same with a name the lexicon does not know
    (
        "انتقد رئيس البلدية، يوكي تاناكا، القرار الجديد.",
        [("رئيس البلدية، يوكي تاناكا", "person", "انتقد", "neutral")],
    ),
    # not an adverbial between commas
    (
        "انتقد الوزير، بشكل حاد، القرار الجديد.",
        [("الوزير", "person", "انتقد", "neutral")],
    ),
    # an office seated by a glued «بـ» and a country, then its holder
    (
        "وقال رئيس حزب الأمة بالسودان مبارك الفاضل إن الحوار متعثر.",
        [("رئيس حزب الأمة بالسودان مبارك الفاضل", "person", "قال", "neutral")],
    ),
    # not the verb's own «بـ» and the country it denounced
    (
        "وندد وزير الخارجية بإسرائيل وبممارساتها في الضفة.",
        [("وزير الخارجية", "person", "ندد", "neutral")],
    ),
    # a plural of delegates (oblique) is whom the agency quotes; a time between commas before «عن»
    (
        "نقلت وكالة «بلومبيرغ»، مساء الأحد، عن مندوبين أن الاجتماع تأجل.",
        [
            ("مندوبين", "anonymous", "نقلت", "neutral"),
            ("وكالة «بلومبيرغ»", "organization", "نقلت", "neutral"),
        ],
    ),
    # «في عددها الصادر اليوم» describes the outlet before «عن» («عددها»: its issue, no accusative)
    (
        "ونقلت مجلة «المستقبل» اللبنانية في عددها الصادر اليوم عن مصادر مطلعة أن الاتفاق قريب.",
        [
            ("مصادر مطلعة", "anonymous", "نقلت", "neutral"),
            ("مجلة «المستقبل» اللبنانية", "organization", "نقلت", "neutral"),
        ],
    ),
    # not a policy adopted
    (
        "وتبنى الحزب سياسة جديدة في الانتخابات.",
        [],
    ),
    # «في مؤتمر صحافي»: the other spelling of «صحفي», a context before the report
    (
        "وقالت كارين سميث المتحدثة باسم المنظمة في مؤتمر صحافي إن المساعدات لم تصل.",
        [("كارين سميث المتحدثة باسم المنظمة", "person", "قالت", "neutral")],
    ),
    # «اختتم … بالتأكيد»: how a speech ended
    (
        "واختتم رئيس الجمعية كلمته بالتأكيد على أهمية الحوار.",
        [("رئيس الجمعية", "person", "اختتم", "neutral")],
    ),
    # not a resolution adopted («تبنى»: no cue)
    (
        "وتبنى مجلس الأمن قرارا يدين الهجوم.",
        [],
    ),
    # after another body, an institution named again is what it asked of (the verb is masculine)
    (
        "قالت وزارة التربية إن الامتحانات ستجري في موعدها.\n"
        "وأكد اتحاد الطلبة أن الطلاب غير مستعدين.\n"
        "وطالب الوزارة بتأجيل الامتحانات.",
        [
            ("وزارة التربية", "organization", "قالت", "neutral"),
            ("اتحاد الطلبة", "organization", "أكد", "emphasis"),
        ],
    ),
    # where he spoke, not the seat of his office: no first name after the place
    (
        "قال وزير الخارجية الأمريكي بالقاهرة إن المحادثات مثمرة.",
        [("وزير الخارجية الأمريكي", "person", "قال", "neutral")],
    ),
    # «الناصرية» is an adjective here (Nasserist), not the Egyptian city
    (
        "وقالت الحركة الناصرية إن الانتخابات مزورة.",
        [("الحركة الناصرية", "organization", "قالت", "neutral")],
    ),
    # «لأونروا»: the glued «لـ» joins the agency to the office
    (
        "وقال المفوض العام لأونروا إن الوكالة تواجه عجزا.",
        [("المفوض العام لأونروا", "person", "قال", "neutral")],
    ),
    # a mission speaks as a body; named before, «البعثة» is that one
    (
        "أدانت بعثة الأمم المتحدة في ليبيا الهجوم.\nوقالت البعثة عبر تويتر إن الهجوم مدان.",
        [
            ("بعثة الأمم المتحدة في ليبيا", "organization", "أدانت", "neutral"),
            ("البعثة", "organization", "قالت", "neutral"),
        ],
    ),
    # the subject of «أن», a comma, then «أبلغ»: who was told follows the verb
    (
        "وذكرت الإذاعة أن وزير الدفاع يوسي كوهين، أبلغ رئيس الأركان أنه يعارض الخطة.",
        [
            ("الإذاعة", "anonymous", "ذكرت", "neutral"),
            ("وزير الدفاع يوسي كوهين", "person", "أبلغ", "neutral"),
        ],
    ),
    # «قال للأناضول»: the agency is whom it was told to; the speaker is before the verb
    (
        'سامي حداد، أحد سكان البلدة، قال للأناضول: "سمعنا انفجارا".',
        [("سامي حداد", "person", "قال", "neutral")],
    ),
    # «تدعو للقلق»: gives cause for worry, no call
    (
        "ونفى المتحدث وجود أي مؤشرات تدعو للقلق.",
        [("المتحدث", "person", "نفى", "neutral")],
    ),
    # a newspaper's name in guillemets
    (
        "وعلمت «عكاظ» من مصادرها أن الاجتماع تأجل.",
        [("مصادرها", "anonymous", "علمت", "neutral"), ("عكاظ", "organization", "علمت", "neutral")],
    ),
    # «أردان» is no form of «ردّ» (the first persons take no subject suffix: «أقولون», «أردان»)
    (
        "قال أردان إن الوضع صعب على الحدود.",
        [("أردان", "person", "قال", "neutral")],
    ),
    # bodies named for the protection of a group (entities: the grammar reads «حماية» as an
    # adjective)
    (
        "قالت جمعية حماية المستهلك إن الأسعار ارتفعت.",
        [("جمعية حماية المستهلك", "organization", "قالت", "neutral")],
    ),
    # nobody asks a statement anything: after «حذّر» it is the subject
    (
        "قالت النقابة إن الأجور متدنية.\nوحذر البيان من تدهور الأوضاع.",
        [("النقابة", "anonymous", "قالت", "neutral"), ("البيان", "anonymous", "حذر", "neutral")],
    ),
    # «كوردستان»: the spelling with «و»
    (
        "ودعت حكومة إقليم كوردستان القوات التركية إلى وقف القصف.",
        [("حكومة إقليم كوردستان", "organization", "دعت", "neutral")],
    ),
    # the statement's issuer after a fronted «ومن جانبه،»
    (
        "ومن جانبه، أصدر المكتب الإعلامي للوزير بياناً نفى فيه صحة الأنباء.",
        [("المكتب الإعلامي للوزير", "organization", "نفى", "neutral")],
    ),
    # the agency is whom it was told to; the speaker follows it
    (
        "وقال للأناضول مسؤول تركي إن المحادثات مستمرة.",
        [("مسؤول تركي", "anonymous", "قال", "neutral")],
    ),
    # «كذّب … ما نشرته»: denied
    (
        "كذّب الحزب ما نشرته الصحيفة حول الاجتماع.",
        [("الحزب", "anonymous", "كذّب", "neutral"), ("الصحيفة", "anonymous", "نشرته", "neutral")],
    ),
    # «ما أدلى به»: what he stated
    (
        "ووفقا لما أدلى به الشاهد للمحكمة فإن المتهم بريء.",
        [("الشاهد", "anonymous", "أدلى", "neutral")],
    ),
    # a clause before the comma, then another with its own subject after the verb
    (
        "وقالت إن الحكومة مستقيلة، نفى المتحدث ذلك.",
        [("المتحدث", "person", "نفى", "neutral")],
    ),
    # a real call to caution with the subject before the verb
    (
        "وزير الصحة دعا للحذر من الفيروس.",
        [("وزير الصحة", "person", "دعا", "neutral")],
    ),
    # who came with him, between commas, is no name
    (
        "وقال الضابط، برفقة مجندين، إن الوضع هادئ.",
        [("الضابط", "person", "قال", "neutral")],
    ),
    # a weather forecast's heading is no source
    (
        "توقعات الطقس: أمطار غزيرة على الساحل.",
        [],
    ),
    # «، أن وزير …،» is the subject of «أن», not an aside between commas, before «أبلغ»
    (
        "ذكرت الإذاعة العبرية، أن وزير الدفاع يوسي كوهين، أبلغ رئيس الأركان أنه يعارض الخطة.",
        [
            ("الإذاعة العبرية", "organization", "ذكرت", "neutral"),
            ("وزير الدفاع يوسي كوهين", "person", "أبلغ", "neutral"),
        ],
    ),
    # «عزته»: with the object pronoun, its subject after it
    (
        "وهو ما عزته الشركة إلى ارتفاع التكاليف.",
        [("الشركة", "anonymous", "عزته", "neutral")],
    ),
    # banks in the plural, in a headline
    (
        "المصارف المغربية تعلن تعليق التحويلات",
        [("المصارف المغربية", "organization", "تعلن", "neutral")],
    ),
    # «توعد»: a threat is a statement too
    (
        "توعدت الحركة بالرد على الهجوم.",
        [("الحركة", "anonymous", "توعدت", "neutral")],
    ),
    # a statement of one's own before a colon
    (
        "رسالتي: لا تصدقوا الشائعات.",
        [],
    ),
    # «أصدر بيانا» with the issuer left out: the statement it issued is no source
    (
        "ومن جانبه، أصدر بيانا نفى فيه صحة الأنباء.",
        [],
    ),
    # «علق … على أن»: suspended until, no comment
    (
        "وعلقت وزارة التربية الدوام في المدارس يومين على أن يستأنف الأحد.",
        [],
    ),
    # an adverb in the oblique after a verb is no name
    (
        'وقال ساخرين: "هذا غير معقول".',
        [],
    ),
    # an unnamed charity, then the verb's object
    (
        "وناشدت جمعية خيرية المواطنين بالتبرع.",
        [("جمعية خيرية", "anonymous", "ناشدت", "neutral")],
    ),
    # a mountain's summit says nothing
    (
        "وكشفت قمة الجبل عن منظر خلاب.",
        [],
    ),
    # «كذب … على»: lied, and «ما» far after it is no denial's object
    (
        "وكذب اللاعب على الحكم ما تسبب في طرده.",
        [],
    ),
    # «بيانا» is the accusative, not «بيا» and the possessive «نا»: the family name before it stays
    (
        "وأصدر رئيس الحزب سمير حداد بيانا أكد فيه أن الانتخابات نزيهة.",
        [("رئيس الحزب سمير حداد", "person", "أكد", "emphasis")],
    ),
    # after another body's statement, the institution named again is what it asked of
    (
        "أعلنت وزارة التربية تمديد العام الدراسي.\n"
        "وقالت نقابة المعلمين في بيان إن القرار مجحف.\n"
        "وأضاف البيان أن المعلمين مرهقون.\n"
        "وطالبت الوزارة بالعدول عن قرارها.",
        [
            ("وزارة التربية", "organization", "أعلنت", "neutral"),
            ("نقابة المعلمين", "organization", "قالت", "neutral"),
            ("البيان", "organization", "أضاف", "neutral"),
        ],
    ),
    # a port before a colon is the news's place
    (
        "ميناء بيروت: أربع سنوات على الانفجار",
        [],
    ),
    # banks in the plural before a colon: the news's topic
    (
        "المصارف اللبنانية: أزمة بلا نهاية",
        [],
    ),
    # an airport before a colon that speaks («لن نغلق») is a source
    (
        "مطار القاهرة: لن نغلق الصالات",
        [("مطار القاهرة", "organization", ":", "neutral")],
    ),
    # «بجبران الضرر»: redress, no first name after «بـ»
    (
        "وطالبت النقابة بجبران الضرر.",
        [("النقابة", "anonymous", "طالبت", "neutral")],
    ),
    # «برمزي»: with the symbolic, no first name
    (
        "وأشاد المدرب برمزي الحضور الجماهيري.",
        [("المدرب", "person", "أشاد", "neutral")],
    ),
    # «للأنباء» in an agency's name is part of its description before «عن»
    (
        "ونقلت وكالة الأناضول للأنباء عن مسؤولين أن المفاوضات متعثرة.",
        [
            ("مسؤولين", "anonymous", "نقلت", "neutral"),
            ("وكالة الأناضول", "organization", "نقلت", "neutral"),
        ],
    ),
    # «نقلت» an outlet, then «أن»: the outlet's own report, with no one quoted
    (
        "ونقلت وكالة الأنباء الأردنية الرسمية أن الحكومة ستخفض الضرائب.",
        [("وكالة الأنباء الأردنية الرسمية", "organization", "نقلت", "neutral")],
    ),
    # carried the wounded: no outlet, no report
    (
        "ونقلت سيارات الإسعاف المصابين إلى المستشفى بعد أن انهار المبنى.",
        [],
    ),
    # broadcast the match, then another clause's «أن»: no report
    (
        "ونقلت القناة المباراة مباشرة بعد أن حصلت على حقوق البث.",
        [],
    ),
    # the outlet's own report after an aside between commas
    (
        "ونقلت صحيفة الأهرام، في تقرير مطول، أن الحكومة تدرس القرار.",
        [("صحيفة الأهرام", "organization", "نقلت", "neutral")],
    ),
    # a reporting word right after a preposition is its verbal noun: the discovery, no
    # speaker («أثري» was read as one, before its quotation)
    (
        'وأعلنت الوزارة عن كشف أثري "نادر" قرب المعبد.',
        [("الوزارة", "organization", "أعلنت", "neutral")],
    ),
    # a comma after the subject of «كان», then «قد» and the verb
    (
        "وكانت هيئة الطيران المدني، قد أعلنت الشهر الماضي عن تعليق الرحلات.",
        [("هيئة الطيران المدني", "organization", "أعلنت", "neutral")],
    ),
    # «هيأة»: the Iraqi spelling of «هيئة»
    (
        "وأعلنت هيأة الإعلام والاتصالات أن البث سيتوقف.",
        [("هيأة الإعلام والاتصالات", "organization", "أعلنت", "neutral")],
    ),
    # the attorney general is an office
    (
        "وحذر المدعي العام سامي الخطيب الشركات المخالفة من عقوبات صارمة.",
        [("المدعي العام سامي الخطيب", "person", "حذر", "neutral")],
    ),
    # «منذ» may take a verb: the president spoke
    (
        "ولم يتغير شيء منذ أعلن الرئيس عن خطته.",
        [("الرئيس", "person", "أعلن", "neutral")],
    ),
    # a family name, «في تصريح», then on what occasion, and only then «أن»
    (
        "وأكد الطبوبي في تصريح على هامش زيارته لمصنع النسيج أن الإضراب ألغي.",
        [("الطبوبي", "person", "أكد", "emphasis")],
    ),
    # «مسوول»: «مسؤول» typed without its hamza
    (
        "وأوضح المسوول أن الاضراب سيستمر.",
        [("المسوول", "anonymous", "أوضح", "neutral")],
    ),
    # «اكتفى … بالقول»: said no more than that; not settling for a draw
    (
        "واكتفت الشرطة بالقول إن القضية قيد الدرس.",
        [("الشرطة", "organization", "اكتفت", "neutral")],
    ),
    (
        "واكتفى الفريق بالتعادل في المباراة.",
        [],
    ),
    # «وفقاً للعمري»: the family name of a man named before, with «لـ» glued on
    (
        "قال الخبير الاقتصادي خالد العمري إن الأسعار سترتفع. ووفقا للعمري، فإن التضخم سيبلغ 8"
        " في المئة.",
        [
            ("الخبير الاقتصادي خالد العمري", "person", "قال", "neutral"),
            ("للعمري", "person", "وفقا", "neutral"),
        ],
    ),
    # after «وفقاً لـ», a noun and its adjective, not the family name named before
    (
        "قال الرئيس أحمد الشرع إن البلاد آمنة. ووفقا للشرع الإسلامي، فإن الزكاة واجبة.",
        [("الرئيس أحمد الشرع", "person", "قال", "neutral")],
    ),
    # explanations given «من طرف» a ministry: the ministry's
    (
        "وبحسب الإيضاحات المقدمة من طرف وزارة التجارة، فإن الأسعار مستقرة.",
        [("الإيضاحات المقدمة من طرف وزارة التجارة", "organization", "بحسب", "neutral")],
    ),
    # «ذات المصدر» (the same source, its words put first) is the ministry again
    (
        "وقالت وزارة النقل إن الطريق سيفتح غدا. ويضيف ذات المصدر أن الأشغال انتهت.",
        [
            ("وزارة النقل", "organization", "قالت", "neutral"),
            ("ذات المصدر", "organization", "يضيف", "neutral"),
        ],
    ),
    # «تساءل»: asked aloud; «المرء» (one) is nobody
    (
        "وتساءل متقاعدون عما إذا كانت الزيادة ستشملهم.",
        [("متقاعدون", "anonymous", "تساءل", "neutral")],
    ),
    (
        "ويتساءل المرء عن جدوى هذه الخطط.",
        [],
    ),
    # a pharmacist is a trade, not a family name
    (
        "وقال الصيدلي إن الدواء مفقود منذ أسابيع.",
        [("الصيدلي", "anonymous", "قال", "neutral")],
    ),
    # «حسب ما ورد في نص البيان»: the statement's text
    (
        "ويرفض الناقلون القرار، حسب ما ورد في نص البيان.",
        [("البيان", "anonymous", "ورد في نص", "neutral")],
    ),
    # who took part («المشاركون في الوقفة»); not «مشاركة» (taking part) heading a phrase
    (
        "وانتقد المشاركون في الاعتصام قرار المجلس البلدي.",
        [("المشاركون في الاعتصام", "anonymous", "انتقد", "neutral")],
    ),
    (
        "وأكدت مشاركة المرأة في الانتخابات أن التغيير ممكن.",
        [],
    ),
    # «كتب» and the writers' names alone on a line: a byline, no source
    (
        "وزير البيئة يعلن خطة جديدة\n\nكتب سامي حداد و هالة يوسف\n\n"
        "قال وزير البيئة إن الوزارة تلاحق الصيادين.",
        [
            ("وزير البيئة", "person", "يعلن", "neutral"),
            ("وزير البيئة", "person", "قال", "neutral"),
        ],
    ),
    # the officer in charge of the press is an office
    (
        "وأوضح المكلف بالاتصال لدى مديرية الغابات نبيل العلوي، أن الحرائق أخمدت.",
        [("المكلف بالاتصال لدى مديرية الغابات نبيل العلوي", "person", "أوضح", "neutral")],
    ),
    # but a headline may open with «كتب»: the first line is no byline
    (
        "كتب الرئيس رسالة للشعب\n\nقال الرئيس في رسالة مطولة نشرها اليوم إن البلاد تمر بمرحلة"
        " صعبة وإن الحكومة ستعمل على تجاوزها بكل الوسائل الممكنة خلال الأشهر المقبلة.",
        [
            ("الرئيس", "person", "كتب", "neutral"),
            ("الرئيس", "person", "قال", "neutral"),
        ],
    ),
    # said on the air or to the press: «تلفزيوني», «إذاعية», «صحفي» describe the interview,
    # no television of one's own, no radio presenter, no journalist speaking
    (
        "وكانت الممثلة ليلى سعيد، قد أكدت في لقاء تلفزيوني أن الفيلم جاهز.",
        [("الممثلة ليلى سعيد", "person", "أكدت", "emphasis")],
    ),
    (
        "وقال في تصريح صحفي إن المعرض سيفتتح غدا.",
        [],
    ),
    (
        "وأوضحت في مقابلة إذاعية أن الطريق مغلق.",
        [],
    ),
    # an office, then between commas a name the lexicon does not know in full: an unknown
    # first name and a word also known as a title, or a family name with the article
    (
        "وكشف المدير العام لهيئة الطرق، أوشيك سلطان، عن خطة لصيانة الجسور.",
        [("المدير العام لهيئة الطرق، أوشيك سلطان", "person", "كشف", "proven")],
    ),
    (
        "وأكد رئيس هيئة الرقابة المالية، مرتضى الزغبيري، أن التحقيق ما زال جاريا.",
        [("رئيس هيئة الرقابة المالية، مرتضى الزغبيري", "person", "أكد", "emphasis")],
    ),
    (
        "وأعلن مدير إدارة المراعي، أدروب جبريل موسى، للإذاعة الرسمية، عن بدء حملة التلقيح.",
        [("مدير إدارة المراعي، أدروب جبريل موسى", "person", "أعلن", "neutral")],
    ),
    # the name, then where it was said, with no comma between
    (
        "وقالت المتحدثة باسم الهيئة، سلمى قرداحي في حديث للإذاعة، إن التسجيل مستمر.",
        [("المتحدثة باسم الهيئة، سلمى قرداحي", "person", "قالت", "neutral")],
    ),
    # where the office sits, between commas of its own, before the name
    (
        "وقال مدير الإعلام، في وزارة الصحة، سامي حداد، إن الحملة بدأت.",
        [("مدير الإعلام، في وزارة الصحة، سامي حداد", "person", "قال", "neutral")],
    ),
    # the last of a ministry's fields, without the article, then the name between commas
    (
        "نفى وزير الشباب والرياضة وإصلاح المنشآت، كمال الدرعي، وجود أي عجز.",
        [("وزير الشباب والرياضة وإصلاح المنشآت، كمال الدرعي", "person", "نفى", "neutral")],
    ),
    # a first name written with the article («الصديق»), then the family name alone later
    (
        "نفى المتحدث باسم المحكمة الصديق الزروق، اليوم، صدور أي حكم. وأكد الزروق أن القضية"
        " ما زالت قيد النظر.",
        [
            ("المتحدث باسم المحكمة الصديق الزروق", "person", "نفى", "neutral"),
            ("الزروق", "person", "أكد", "emphasis"),
        ],
    ),
    # a document and its maker, with a time between commas, or a relative and «جمعها»
    (
        "وبلغ المخزون 400 ألف طن، وفق أرقام صادرة، الاثنين، عن المعهد الوطني للإحصاء.",
        [("أرقام صادرة، الاثنين، عن المعهد الوطني للإحصاء", "organization", "وفق", "neutral")],
    ),
    (
        "وقال إنه حسب الأرقام التي جمعتها وزارة الداخلية فإن المشاركة بلغت 40 في المئة.",
        [("الأرقام التي جمعتها وزارة الداخلية", "organization", "حسب", "neutral")],
    ),
    # «صادر» with nobody after it: an unnamed statement, no name «صادر»
    (
        "وبحسب بيان صادر مساء أمس فإن الاجتماع تأجل.",
        [("بيان", "anonymous", "بحسب", "neutral")],
    ),
    # survivors' accounts: nobody the reader can check
    (
        "وبحسب إفادات الناجين، انقلب القارب بعد ساعتين من إبحاره.",
        [("إفادات الناجين", "anonymous", "بحسب", "neutral")],
    ),
    (
        "وأفادت مصادر متقاطعة بأن الاجتماع تأجل إلى الأسبوع المقبل.",
        [("مصادر متقاطعة", "anonymous", "أفادت", "neutral")],
    ),
    # «أدلى … بتصريحات»: who made the statement stands between; votes cast are no statement
    (
        "وأدلى وزير الداخلية بتصريحات حول سير الاقتراع.",
        [("وزير الداخلية", "person", "أدلى", "neutral")],
    ),
    (
        "وأدلى الناخبون بأصواتهم في 300 مكتب اقتراع.",
        [],
    ),
    # a wish, said in the source's own name
    (
        "وتمنت النقابة أن تستجيب الحكومة للمطالب.",
        [("النقابة", "anonymous", "تمنت", "neutral")],
    ),
    # «والي» (a governor) opening the clause, before its institution or city; «والى» as «وإلى»
    # is no office
    (
        "والي بنك المغرب صرح بأن الفائدة لن تتغير.",
        [("والي بنك المغرب", "person", "صرح", "neutral")],
    ),
    (
        "وأشار والى أن الفائدة لن تتغير.",
        [],
    ),
    # «ما كشفت عنه …»: the verb's pronoun, then its subject
    (
        "انقلبت الشاحنة قرب الحدود، حسب ما أعلنت عنه مصادر أمنية.",
        [("مصادر أمنية", "anonymous", "أعلنت", "neutral")],
    ),
    # a family name that is also a word for a source (a witness), after a first name; later
    # alone, the same person
    (
        "وقال رئيس البلدية كريم الشاهد إن الأشغال انتهت. وأضاف الشاهد أن الطريق سيفتح.",
        [
            ("رئيس البلدية كريم الشاهد", "person", "قال", "neutral"),
            ("الشاهد", "person", "أضاف", "neutral"),
        ],
    ),
    # «تنسيقية»: a coordinating body
    (
        "وأوضحت تنسيقية الأساتذة المتعاقدين أن الإضراب مستمر.",
        [("تنسيقية الأساتذة المتعاقدين", "organization", "أوضحت", "neutral")],
    ),
    # unnamed associations, whatever their adjective's first letter
    (
        "وقالت جمعيات بيئية إن التلوث بلغ حدا خطيرا.",
        [("جمعيات بيئية", "anonymous", "قالت", "neutral")],
    ),
    # a brigade by its number, no general
    (
        "أعلن اللواء 77 مشاة أن الطريق آمن.",
        [("اللواء 77 مشاة", "organization", "أعلن", "neutral")],
    ),
    # who spoke in a statement, named after «فيه»; but whom a demand is addressed to is no
    # speaker
    (
        "وأصدرت البلدية بيانا أعلن فيه المدير العام للبلدية أن الأشغال انتهت.",
        [("المدير العام للبلدية", "person", "أعلن", "neutral")],
    ),
    (
        "وأصدرت نقابة المعلمين بيانا طالبت فيه الحكومة بزيادة الأجور.",
        [("نقابة المعلمين", "organization", "طالبت", "neutral")],
    ),
    # one employee's account: nobody named
    (
        "ووفق إفادة أحد العمال، فإن الحريق بدأ ليلا.",
        [("إفادة أحد العمال", "anonymous", "وفق", "neutral")],
    ),
    # «يدلي … بحديث»: the subject ends before the interview
    (
        "ويدلي رئيس الوزراء بحديث للتلفزيون الرسمي مساء اليوم.",
        [("رئيس الوزراء", "person", "يدلي", "neutral")],
    ),
    # a wish long held is no statement
    (
        "وكان اللاعب يتمنى اللعب في الدوري الإنجليزي.",
        [],
    ),
    # between commas, when or where is no name
    (
        "وقال المدير التنفيذي للشركة، عقب الاجتماع، إن الأرباح ارتفعت.",
        [("المدير التنفيذي للشركة", "person", "قال", "neutral")],
    ),
    (
        "وقال رئيس المجلس المحلي، شمال المدينة، إن الوضع مستقر.",
        [("رئيس المجلس المحلي", "person", "قال", "neutral")],
    ),
    # a name between commas, then what the warning is about
    (
        "وحذر وزير الصحة، ماركو ديوغو، من موجة جديدة من الإنفلونزا.",
        [("وزير الصحة، ماركو ديوغو", "person", "حذر", "neutral")],
    ),
    # a longer time between commas before who issued the report
    (
        "وبحسب تقرير صادر، في منتصف الأسبوع الماضي، عن البنك الدولي، فإن النمو تباطأ.",
        [
            (
                "تقرير صادر، في منتصف الأسبوع الماضي، عن البنك الدولي",
                "organization",
                "بحسب",
                "neutral",
            )
        ],
    ),
    # «والي» before a city the lexicon does not know
    (
        "والي كسلا صرح بأن المياه انحسرت.",
        [("والي كسلا", "person", "صرح", "neutral")],
    ),
    # an office and its institution opening the sentence, a comma, then «أفاد»/«ذكر» and the
    # report
    (
        "وزير النقل، أفاد بأن الطريق سيفتح الأسبوع المقبل.",
        [("وزير النقل", "person", "أفاد", "neutral")],
    ),
    # the name between commas, whom it was told to, a comma, then the report
    (
        "وقالت مديرة الجمعية، ميريام كوستا، للإذاعة، إن مئات الأسر نزحت.",
        [("مديرة الجمعية، ميريام كوستا", "person", "قالت", "neutral")],
    ),
    # after a comma, where it was said to a quoted channel, then «أن»
    (
        'وأوضح "ربيع"، في تصريحه لقناة "الأفق الجديد" أن الهدنة صامدة.',
        [("ربيع", "person", "أوضح", "neutral")],
    ),
    # «الذي قامت به …», «التي أصدرها …»: who carried it out or issued it
    (
        "وبحسب الاستطلاع الذي قام به المعهد الوطني للإحصاء، فإن البطالة ارتفعت.",
        [("الاستطلاع الذي قام به المعهد الوطني للإحصاء", "organization", "بحسب", "neutral")],
    ),
    (
        "وحسب البيانات التي أصدرها المعهد الوطني للإحصاء، ارتفعت الأسعار.",
        [("البيانات التي أصدرها المعهد الوطني للإحصاء", "organization", "حسب", "neutral")],
    ),
    # the dual of a feminine noun: «ة» becomes «تان»/«تين»
    (
        "ودعت الهيئتان الحكومة إلى الحوار.",
        [("الهيئتان", "organization", "دعت", "neutral")],
    ),
    # a division by its number; a date after «اللواء» leaves the general
    (
        "وقالت الفرقة 14 مدرعة في بيان إنها صدت هجوما.",
        [("الفرقة 14 مدرعة", "organization", "قالت", "neutral")],
    ),
    (
        "وأعلن اللواء 12 مارس موعدا لانسحاب القوات.",
        [("اللواء", "person", "أعلن", "neutral")],
    ),
    # after «فيه», whom the statement told or mourned is no speaker
    (
        "وأصدرت الوزارة بيانا أبلغت فيه السفير بقرار الطرد.",
        [("الوزارة", "organization", "أبلغت", "neutral")],
    ),
    (
        "وأصدر الحزب بيانا نعى فيه الأمين العام السابق.",
        [("الحزب", "anonymous", "نعى", "neutral")],
    ),
    # after an office and what it is for, the ministry that holds it, a rank and the name:
    # twelve words
    (
        "وأوضح مدير الإدارة العامة للمرور في وزارة الداخلية العميد سامي حداد أن الطريق مغلق.",
        [
            (
                "مدير الإدارة العامة للمرور في وزارة الداخلية العميد سامي حداد",
                "person",
                "أوضح",
                "neutral",
            )
        ],
    ),
    # …but not a forum, a governorate or one's own office: where or at what it was said
    (
        "وقال المدير العام للصندوق في منتدى الاستثمار إن التمويل متاح.",
        [("المدير العام للصندوق", "person", "قال", "neutral")],
    ),
    (
        "وذكر مدير الإدارة العامة للمرور في محافظة حمص أن الطرق مزدحمة.",
        [("مدير الإدارة العامة للمرور", "person", "ذكر", "neutral")],
    ),
    # a family name that is also an adjective, given right after a first name, then alone
    # before the report; not an adjective of a delegation
    (
        "التقى سامي الكبير بالوفد. وأضاف الكبير أن الزيارة ناجحة.",
        [("الكبير", "person", "أضاف", "neutral")],
    ),
    (
        "وصل الوفد الكبير إلى المدينة. وقال الكبير إن الزيارة ناجحة.",
        [],
    ),
    # «معاون» (an assistant) ends like a plural but is listed as a singular office
    (
        "وقال معاون مدير الشركة إن المشروع تأخر.",
        [("معاون مدير الشركة", "person", "قال", "neutral")],
    ),
    (
        "وقال المعاون إن الاجتماع تأجل.",
        [("المعاون", "person", "قال", "neutral")],
    ),
    # «الفيدرالية»: a federation of associations, alone later the same body
    (
        "أعربت الفيدرالية الوطنية لجمعيات أولياء التلاميذ عن تقديرها للقرار. وشددت الفيدرالية"
        " على أن الحوار ضروري.",
        [
            ("الفيدرالية الوطنية لجمعيات أولياء التلاميذ", "organization", "أعربت", "neutral"),
            ("الفيدرالية", "organization", "شددت", "emphasis"),
        ],
    ),
    # a rank and a name the lexicon does not know between commas, then where it was said
    (
        "وأوضح الناطق باسم الجمارك، المقدم بوعلام سكيكدي، في مؤتمر صحافي أن الشحنة ضبطت ليلا.",
        [("الناطق باسم الجمارك، المقدم بوعلام سكيكدي", "person", "أوضح", "neutral")],
    ),
    # an adviser's office after his field: «لرئيس …» is whose adviser, not whom he told
    (
        "وصرح المستشار القانوني لرئيس الجمهورية، كمال الزبيدي، صباح اليوم، أن المرسوم نافذ.",
        [("المستشار القانوني لرئيس الجمهورية، كمال الزبيدي", "person", "صرح", "neutral")],
    ),
    (
        "وقال المستشار الإعلامي للرئيس إن الزيارة أُجلت.",
        [("المستشار الإعلامي للرئيس", "person", "قال", "neutral")],
    ),
    # Mauritanian names: «ولد» and «منت» join a name like «بن»
    (
        "وأكدت المفوضة، العالية منت بوبكر، أن التسجيل يبدأ غدا.",
        [("المفوضة، العالية منت بوبكر", "person", "أكدت", "emphasis")],
    ),
    (
        "وقال رئيس اللجنة، المختار ولد اعل، إن الميزانية لا تكفي.",
        [("رئيس اللجنة، المختار ولد اعل", "person", "قال", "neutral")],
    ),
    # «ذات المتحدث», «المسؤول نفسه»: an office named again, the person who spoke last
    (
        "وأعلن محافظ البنك المركزي يوسف القرمادي عن إصدار ورقة جديدة. وأضاف ذات المتحدث أن"
        " الطباعة تمت في الخارج.",
        [
            ("محافظ البنك المركزي يوسف القرمادي", "person", "أعلن", "neutral"),
            ("ذات المتحدث", "person", "أضاف", "neutral"),
        ],
    ),
    (
        "وقالت بلدية المدينة إن الأشغال تأخرت. وأضاف المسؤول نفسه أن التمويل غائب.",
        [
            ("بلدية المدينة", "organization", "قالت", "neutral"),
            ("المسؤول نفسه", "anonymous", "أضاف", "neutral"),
        ],
    ),
    # institutions of a kind in the plural, none named: which ones, nobody can tell
    (
        "وأكدت المنظمات الإنسانية أن المخيمات تفتقر إلى الماء.",
        [("المنظمات الإنسانية", "anonymous", "أكدت", "emphasis")],
    ),
    (
        "ونفت الشركات السياحية أن تكون الأسعار قد ارتفعت.",
        [("الشركات السياحية", "anonymous", "نفت", "neutral")],
    ),
    # … but counted, they were named before; the dual too
    (
        "واتهمت الأحزاب الأربعة الحكومة بتزوير النتائج.",
        [("الأحزاب", "organization", "اتهمت", "neutral")],
    ),
    # «مصلحة» before a service the lexicon lists is an authority, not an interest
    (
        "وطالبت مصلحة الدفاع المدني السكان بإخلاء البنايات القديمة.",
        [("مصلحة الدفاع المدني", "organization", "طالبت", "neutral")],
    ),
    # «لا يزال», «ما زال» stand before a subject and its verb as «كان» does
    (
        "ولا تزال هيئة الأرصاد تحذر من تقلبات جوية خلال الأيام المقبلة.",
        [("هيئة الأرصاد", "organization", "تحذر", "neutral")],
    ),
    (
        "وما زال الجيش ينفي سقوط قتلى في صفوفه.",
        [("الجيش", "organization", "ينفي", "neutral")],
    ),
    # one quoted word after a preposition of attribution: an agency's name
    (
        'وبحسب "ومضة"، فإن الحريق أُخمد بعد ساعتين.',
        [("ومضة", "organization", "بحسب", "neutral")],
    ),
    # a name, who he is, then between commas the name of the one whose office it is
    (
        "قال تسفاي منغستو، المستشار الخاص لرئيس الوزراء الإريتري، أسياس أفورقي، الجمعة، إن"
        " المفاوضات متوقفة.",
        [("تسفاي منغستو", "person", "قال", "neutral")],
    ),
    # an institution's short name, given in brackets after its name, is the institution
    (
        "وأوضحت بعثة الأمم المتحدة في جنوب السودان (أنميس) أن الطريق آمن. وأكدت أنميس أن"
        " القافلة وصلت.",
        [
            ("بعثة الأمم المتحدة في جنوب السودان", "organization", "أوضحت", "neutral"),
            ("أنميس", "organization", "أكدت", "emphasis"),
        ],
    ),
    # a whole institution's name in quotation marks
    (
        'أعلنت "الهيئة العامة لسلامة الغذاء في الكويت" عن سحب منتجات.',
        [("الهيئة العامة لسلامة الغذاء في الكويت", "organization", "أعلنت", "neutral")],
    ),
    # the plural after institutions of its kind named one by one is those institutions
    (
        "وانسحبت نقابة المعلمين ونقابة الأطباء من الحوار، وقالت النقابات إن الحكومة تماطل.",
        [("النقابات", "organization", "قالت", "neutral")],
    ),
    # a state's own services in the plural are no unnamed group
    (
        "وأعلنت الأجهزة الأمنية أنها فككت شبكة للتهريب.",
        [("الأجهزة الأمنية", "organization", "أعلنت", "neutral")],
    ),
    # a quoted family name after «بحسب» is the person named before, not an outlet
    (
        'والتقينا بالمزارع خليل "الطحان" في حقله، وبحسب "الطحان" فإن الموسم ضعيف.',
        [("الطحان", "person", "بحسب", "neutral")],
    ),
    # «بن عبد الله»: a particle after the particle, the name goes on
    (
        "وقال الشيخ صالح بن عبد الله إن الزكاة تجمع في رمضان.",
        [("الشيخ صالح بن عبد الله", "person", "قال", "neutral")],
    ),
    (
        "وقال وزير المياه، سيدي ولد التاه، إن السد سيكتمل.",
        [("وزير المياه، سيدي ولد التاه", "person", "قال", "neutral")],
    ),
    # politicians and the international community nobody names
    (
        "ويرى ساسة معارضون أن الانتخابات لن تغير شيئا.",
        [("ساسة", "anonymous", "يرى", "neutral")],
    ),
    (
        "وأعرب المجتمع الدولي عن قلقه، وحث الطرفين على التهدئة.",
        [("المجتمع الدولي", "anonymous", "أعرب", "neutral")],
    ),
    # «برر» (justified), «وزاد» (went on), «وطلبت … من» (asked of)
    (
        "وبرر مدير المستشفى التأخير بنقص الأطباء.",
        [("مدير المستشفى", "person", "برر", "neutral")],
    ),
    (
        "وزاد رئيس البلدية أن الأشغال ستنتهي في الصيف.",
        [("رئيس البلدية", "person", "زاد", "neutral")],
    ),
    ("وزاد عدد الزوار إلى ألف زائر.", []),
    (
        "وطلبت النيابة العامة من المحكمة تأجيل الجلسة.",
        [("النيابة العامة", "organization", "طلبت", "neutral")],
    ),
    ("وطلب اللجوء في ألمانيا يستغرق أشهرا.", []),
    # «صيدلية»: a pharmacy is an institution
    (
        "وأكدت الصيدلية المركزية أن الأدوية متوفرة.",
        [("الصيدلية المركزية", "organization", "أكدت", "emphasis")],
    ),
    # «the Turk», «the Frenchman», then his name and his office
    (
        "وقال البرازيلي ماركينيوس مدرب الفريق إن الخسارة قاسية.",
        [("البرازيلي ماركينيوس مدرب الفريق", "person", "قال", "neutral")],
    ),
    ("وقال الفرنسي إن الخسارة قاسية.", []),
    # an institution's short name in brackets inside the office, then its holder's name
    (
        "وقال رئيس وكالة الطاقة الذرية (IAEA) رافائيل غروسي إن التفتيش مستمر.",
        [
            (
                "رئيس وكالة الطاقة الذرية (IAEA) رافائيل غروسي",
                "person",
                "قال",
                "neutral",
            )
        ],
    ),
    # «غيابه عن»: his absence, the verb's object, is no name
    (
        "وبرر اللاعب تأخره عن الحصة بزحمة السير.",
        [("اللاعب", "anonymous", "برر", "neutral")],
    ),
    # a name between commas that runs on past where the phrase grammar stops
    (
        "وأكدت الوزيرة، مريم منت محمد لغظف، أن المدارس ستفتح.",
        [("الوزيرة، مريم منت محمد لغظف", "person", "أكدت", "emphasis")],
    ),
    # one word with the article that opens the name of an institution named before
    (
        "وحذر برنامج الأمم المتحدة الإنمائي من تراجع النمو. وقال البرنامج إن الفقر سيتسع.",
        [
            ("برنامج الأمم المتحدة الإنمائي", "organization", "حذر", "neutral"),
            ("البرنامج", "organization", "قال", "neutral"),
        ],
    ),
    # football clubs and confederations by their own names
    (
        "وأعلن الوداد عن تعاقده مع مهاجم جديد، فيما أكد الكاف أن القرعة ستجرى غدا.",
        [
            ("الوداد", "organization", "أعلن", "neutral"),
            ("الكاف", "organization", "أكد", "emphasis"),
        ],
    ),
    ("وحقق الفريق النصر في الدقيقة الأخيرة.", []),
    # «إلا أن», then a name the lexicon does not know, who they are, and the verb
    (
        "وتقدر الوزارة عدد الغزلان بألف، إلا أن ماتيو رينالدي، مدير محمية الجبل، يقول إن"
        " العدد أقل بكثير.",
        [
            ("الوزارة", "organization", "تقدر", "neutral"),
            ("ماتيو رينالدي، مدير محمية الجبل", "person", "يقول", "neutral"),
        ],
    ),
    # reports nobody names, described by the verb right after them (no «التي»)
    (
        "وجاء القرار عقب تقارير صحفية أكدت وقوع انتهاكات في السجن.",
        [("تقارير صحفية", "anonymous", "أكدت", "emphasis")],
    ),
    # «السيدة» alone names nobody; after «السيدة …» named, it is her again
    (
        "وأوضحت السيدة في حديث للإذاعة أن الإيجار تضاعف.",
        [("السيدة", "anonymous", "أوضحت", "neutral")],
    ),
    (
        "وقالت السيدة نوال بركات إن الإيجار تضاعف. وأضافت السيدة أن المالك رفض التفاوض.",
        [
            ("السيدة نوال بركات", "person", "قالت", "neutral"),
            ("السيدة", "person", "أضافت", "neutral"),
        ],
    ),
    # a noun that is also a verb cue, inside the fronted phrase, is no verb of its own
    (
        "وفي أول رد حكومي أكد الوزير أن السفارة مفتوحة.",
        [("الوزير", "person", "أكد", "emphasis")],
    ),
    # after a noun cue, a feminine nisba is its adjective, not a journalist
    (
        "وقالت الوزيرة، في تصريحات صحافية بالعاصمة، اليوم، إن الزيارة مؤجلة.",
        [("الوزيرة", "person", "قالت", "neutral")],
    ),
    # who issued a statement, with a time between the statement and «نفت فيه»
    (
        "أصدرت نقابة الأطباء، ومقرها العاصمة، بيانا مقتضبا، مساء اليوم، نفت فيه الاتهامات.",
        [("نقابة الأطباء", "organization", "نفت", "neutral")],
    ),
    ("وشكى المزارعون من غلاء الأسمدة.", [("المزارعون", "anonymous", "شكى", "neutral")]),
    # «صباحي» is a family name, not "my morning"
    (
        "وخسر المرشح كمال صباحي الانتخابات. وقال صباحي إن النتيجة مزورة.",
        [("صباحي", "person", "قال", "neutral")],
    ),
    (
        "وقال فوج الإطفاء إن الحريق أخمد بعد ساعتين.",
        [("فوج الإطفاء", "organization", "قال", "neutral")],
    ),
    (
        "وذكر الإعلام الرسمي أن الرئيس وصل إلى الرياض.",
        [("الإعلام الرسمي", "organization", "ذكر", "neutral")],
    ),
    # «السيد» alone after «السيد» and a name anywhere before is that man
    (
        "التقى الوزير بالسيد جون سميث. وقال السيد إن اللقاء كان مثمرا.",
        [("السيد", "person", "قال", "neutral")],
    ),
    # «منسوب لـ», «منسوب إلى»: attributed to, often disputed; «منسوب المياه» is a level
    (
        "وتداولت مواقع تصريحا منسوبا لوزير الخارجية نبيل حداد حول السفارة.",
        [
            ("مواقع", "anonymous", "تداولت", "neutral"),
            ("وزير الخارجية نبيل حداد", "person", "منسوبا", "neutral"),
        ],
    ),
    ("وارتفع منسوب المياه في السد إلى مستوى قياسي.", []),
    # a nationality with the article that ended a person's name is his family name again
    (
        "وقال رئيس نقابة المخابز عبد الحكيم العراقي، إن الطحين نفد. وأشار العراقي إلى أن"
        " الأسعار سترتفع.",
        [
            ("رئيس نقابة المخابز عبد الحكيم العراقي", "person", "قال", "neutral"),
            ("العراقي", "person", "أشار", "neutral"),
        ],
    ),
    ("وقال السوداني إن الطحين نفد.", []),
    # «حسب ما علم من …» (as was learned from)
    (
        "وتأجلت المباراة حسب ما علم من الاتحاد الوطني لكرة السلة.",
        [("الاتحاد الوطني لكرة السلة", "organization", "حسب ما علم من", "neutral")],
    ),
    # a long office reaches its holder's name
    (
        "وقال مدير قسم الإحصاء في دائرة التخطيط والمتابعة في مديرية الزراعة في وزارة الزراعة"
        " والثروة الحيوانية بسام القاضي إن المحصول تراجع.",
        [
            (
                "مدير قسم الإحصاء في دائرة التخطيط والمتابعة في مديرية الزراعة في وزارة الزراعة"
                " والثروة الحيوانية بسام القاضي",
                "person",
                "قال",
                "neutral",
            )
        ],
    ),
    # … «علم» alone is a science in a title, no cue
    (
        "وقال أستاذ علم الاجتماع في جامعة وهران محمد بوعلام إن البطالة ارتفعت.",
        [("أستاذ علم الاجتماع في جامعة وهران محمد بوعلام", "person", "قال", "neutral")],
    ),
    # «كان» + subject + «قد» + verb: the subject stands before «قد», the noun after the verb
    # is its object; after «أن» too, when the verb is in the past («قد تعلن» says "may")
    (
        "وكانت منظمة العفو الدولية قد دعت السلطات إلى إطلاق سراح الصحفيين.",
        [("منظمة العفو الدولية", "organization", "دعت", "neutral")],
    ),
    (
        "وكانت وزارة الدفاع قد نفت الأنباء عن سقوط الطائرة.",
        [("وزارة الدفاع", "organization", "نفت", "neutral")],
    ),
    (
        "يذكر أن وزيرة الصحة، ليلى بن علي، قد أعلنت الشهر الماضي عن خطة جديدة.",
        [("وزيرة الصحة، ليلى بن علي", "person", "أعلنت", "neutral")],
    ),
    (
        "وأكد المتحدث أن الحكومة قد تعلن حالة الطوارئ خلال أيام.",
        [("المتحدث", "person", "أكد", "emphasis")],
    ),
    # «ذلك» before a noun without the article is the verb's object, not a demonstrative
    # pointing back to the last source
    (
        "وأوضح الوزير أن المشروع سينتهي قريبا. كما أكدت ذلك وزارة الإسكان في بيانها.",
        [
            ("الوزير", "person", "أوضح", "neutral"),
            ("وزارة الإسكان", "organization", "أكدت", "emphasis"),
        ],
    ),
    (
        "وقالت مصادر محلية إن القصف استمر. وأضافت هذه المصادر أن القتلى بالعشرات.",
        [("مصادر محلية", "anonymous", "قالت", "neutral")],
    ),
    # «المصدر السابق», «المصدر المذكور»: the last source, as «المصدر ذاته»
    (
        "وأعلنت وكالة الأنباء الرسمية أن الوفد وصل. وأضاف المصدر المذكور أن اللقاء سيعقد غدا.",
        [
            ("وكالة الأنباء الرسمية", "organization", "أعلنت", "neutral"),
            ("المصدر المذكور", "organization", "أضاف", "neutral"),
        ],
    ),
    (
        "وقال مصدر أمني إن الطريق أغلق. وأضاف المصدر السابق أن التحقيق مستمر.",
        [
            ("مصدر أمني", "anonymous", "قال", "neutral"),
            ("المصدر السابق", "anonymous", "أضاف", "neutral"),
        ],
    ),
    # «تصريح للأناضول»: the statement was made to the agency, which is no source
    (
        "وخلال تصريح للأناضول قال مدير الآثار إن الترميم سينتهي العام المقبل.",
        [("مدير الآثار", "person", "قال", "neutral")],
    ),
    # «فرع» of an institution; «مكتبة» is an institution named again by its head
    (
        "وأعلن فرع هيئة الزكاة في المنطقة الشرقية عن بدء التوزيع.",
        [("فرع هيئة الزكاة", "organization", "أعلن", "neutral")],
    ),
    (
        "افتتحت المكتبة الوطنية معرضاً للمخطوطات. وأشارت المكتبة في بيانها إلى أن المخطوطات نادرة.",
        [("المكتبة", "organization", "أشارت", "neutral")],
    ),
    # a report carried by an outlet: «أوردته», «نقلته», «بثته» name who carried it
    (
        "وارتفعت الأسعار بنسبة عشرة في المئة حسب دراسة أوردتها وكالة الأنباء الأردنية.",
        [("دراسة أوردتها وكالة الأنباء الأردنية", "organization", "حسب", "neutral")],
    ),
    # «قدرها» before a figure is "amounting to", no verb of estimating
    (
        "وطالب المسلحون بفدية قدرها 50 ألف دولار للإفراج عن الطفل.",
        [("المسلحون", "anonymous", "طالب", "neutral")],
    ),
    # «فند» (refuted)
    (
        "وفند المتحدث باسم وزارة الكهرباء الشائعات حول رفع الأسعار.",
        [("المتحدث باسم وزارة الكهرباء", "person", "فند", "neutral")],
    ),
    # «الأوقاف»: the ministry by its short name, as «الداخلية»
    (
        "وقالت الأوقاف في بيان إن صلاة العيد ستقام في الساحات.",
        [("الأوقاف", "organization", "قالت", "neutral")],
    ),
    # «المصدر» alone after a source is that source, whatever its kind
    (
        "وأعلنت الشرطة في بيان أن السائق أوقف. وأضاف المصدر أن التحقيق مستمر.",
        [
            ("الشرطة", "organization", "أعلنت", "neutral"),
            ("المصدر", "organization", "أضاف", "neutral"),
        ],
    ),
    (
        "وقال مصدر أمني إن السائق أوقف. وأضاف المصدر أن التحقيق مستمر.",
        [("مصدر أمني", "anonymous", "قال", "neutral"), ("المصدر", "anonymous", "أضاف", "neutral")],
    ),
    # «المسؤول الأممي» after an official named by his office, then by his name alone
    (
        "وقال مدير مكتب الأمم المتحدة للتنمية في عمان إن العودة طوعية. وأضاف كارلوس ريبيرو أن"
        " الوضع صعب. وأكد المسؤول الأممي أن الدعم قليل.",
        [
            ("مدير مكتب الأمم المتحدة للتنمية", "person", "قال", "neutral"),
            ("كارلوس ريبيرو", "person", "أضاف", "neutral"),
            ("المسؤول الأممي", "person", "أكد", "emphasis"),
        ],
    ),
    (
        "وقال المحلل السياسي سامي حداد إن الوضع صعب. وأشار المسؤول الحكومي إلى أن الدعم قليل.",
        [
            ("المحلل السياسي سامي حداد", "person", "قال", "neutral"),
            ("المسؤول الحكومي", "anonymous", "أشار", "neutral"),
        ],
    ),
    # … not when the adjective names another office than the one named before
    (
        "وقال رئيس الوزراء سامي حداد إن الموازنة جاهزة، وأكد حداد أن الرواتب ستصرف. وقال المسؤول"
        " الأممي إن المانحين سيجتمعون.",
        [
            ("رئيس الوزراء سامي حداد", "person", "قال", "neutral"),
            ("حداد", "person", "أكد", "emphasis"),
            ("المسؤول الأممي", "anonymous", "قال", "neutral"),
        ],
    ),
    # a verb opening its clause, its object pronoun, then the counted subject
    (
        "وأكدها 3 شهود أمام المحكمة.",
        [("3 شهود", "anonymous", "أكدها", "emphasis")],
    ),
    # «منتقدوه» (his critics): a group nobody names, in construct before its pronoun
    (
        "ويقول منتقدوه إن القانون يقيد عمل الجمعيات.",
        [("منتقدوه", "anonymous", "يقول", "neutral")],
    ),
    # a conjoined head the lexicon lists as several words is taken whole
    (
        "وذكرت مصادر أمنية ووسائل إعلام محلية أن الطريق أغلق.",
        [("مصادر أمنية ووسائل إعلام محلية", "anonymous", "ذكرت", "neutral")],
    ),
    (
        "وكانت مصادر أمنية ووسائل إعلام محلية ذكرت أمس أن الطريق أغلق.",
        [("مصادر أمنية ووسائل إعلام محلية", "anonymous", "ذكرت", "neutral")],
    ),
    # «السيد» (also Mr) as the family name after a first name the lexicon does not know
    (
        "قالت الوزيرة ميرنا السيد إن الأسعار سترتفع.",
        [("الوزيرة ميرنا السيد", "person", "قالت", "neutral")],
    ),
    # a headline's label of two words, the person named in full in the story after it
    (
        "ميرنا السيد: الخطة أقرت\n\nأعلنت وزيرة الشؤون الاجتماعية ميرنا السيد أن المجلس أقر الخطة.",
        [
            ("ميرنا السيد", "person", ":", "neutral"),
            ("وزيرة الشؤون الاجتماعية ميرنا السيد", "person", "أعلنت", "neutral"),
        ],
    ),
    (
        "الأمن العام: القبض على عصابة\n\nقال مدير الأمن العام إن العصابة اعتقلت.",
        [
            ("الأمن العام", "organization", ":", "neutral"),
            ("مدير الأمن العام", "person", "قال", "neutral"),
        ],
    ),
    # a sound plural with its «ن» takes no genitive: what follows is what they asked for
    (
        "وطالب محتجون بإقالة الحكومة.",
        [("محتجون", "anonymous", "طالب", "neutral")],
    ),
    # … but where they work, glued on, before what they said, is kept
    (
        "وأكد عاملون بالمستشفى أن الأدوية نفدت.",
        [("عاملون بالمستشفى", "anonymous", "أكد", "emphasis")],
    ),
    # subjects of different kinds joined by «و»: one source each, each of its own kind
    (
        "وقالت الشرطة وشهود عيان إن الحريق اندلع فجرا.",
        [
            ("الشرطة", "organization", "قالت", "neutral"),
            ("شهود عيان", "anonymous", "قالت", "neutral"),
        ],
    ),
    (
        "وقال وزير الزراعة ومصادر في النقابة إن المحصول تضرر.",
        [
            ("وزير الزراعة", "person", "قال", "neutral"),
            ("مصادر في النقابة", "anonymous", "قال", "neutral"),
        ],
    ),
    (
        "وذكرت وكالة الأنباء الرسمية ومصادر محلية أن الجسر انهار.",
        [
            ("وكالة الأنباء الرسمية", "organization", "ذكرت", "neutral"),
            ("مصادر محلية", "anonymous", "ذكرت", "neutral"),
        ],
    ),
    # … a second subject the grammar does not join (an indefinite first one), when what
    # was said follows them both
    (
        "وقال مسؤولون محليون ومحافظ المدينة إن المياه عادت.",
        [
            ("مسؤولون محليون", "anonymous", "قال", "neutral"),
            ("محافظ المدينة", "person", "قال", "neutral"),
        ],
    ),
    (
        "وبحسب مصادر طبية والدفاع المدني، فإن عدد المصابين ارتفع.",
        [
            ("مصادر طبية", "anonymous", "بحسب", "neutral"),
            ("الدفاع المدني", "organization", "بحسب", "neutral"),
        ],
    ),
    # … an unknown family name before the «و» stays in the name
    (
        "وقال وزير النقل فادي قعوار ومسؤولون في الميناء إن الرصيف أغلق.",
        [
            ("وزير النقل فادي قعوار", "person", "قال", "neutral"),
            ("مسؤولون في الميناء", "anonymous", "قال", "neutral"),
        ],
    ),
    # … but a genitive's own conjunct stays in it, and one person described twice is one
    (
        "وأعلنت وزارة الشباب والرياضة أن الملعب افتتح.",
        [("وزارة الشباب والرياضة", "organization", "أعلنت", "neutral")],
    ),
    (
        "وقال الكاتب والمؤرخ سامر الحلبي إن الوثيقة مزورة.",
        [("الكاتب والمؤرخ سامر الحلبي", "person", "قال", "neutral")],
    ),
    (
        "وأكد وزير الأوقاف والشؤون الإسلامية أن المساجد ستفتح.",
        [("وزير الأوقاف والشؤون الإسلامية", "person", "أكد", "emphasis")],
    ),
    (
        "وأكد وزير الشؤون الدينية والأوقاف أن المساجد ستفتح.",
        [("وزير الشؤون الدينية والأوقاف", "person", "أكد", "emphasis")],
    ),
    # … before their verb too, a genitive the grammar did not take still the last one's
    (
        "الدفاع المدني وشهود عيان أكدوا أن السقف انهار.",
        [
            ("الدفاع المدني", "organization", "أكدوا", "emphasis"),
            ("شهود عيان", "anonymous", "أكدوا", "emphasis"),
        ],
    ),
    (
        "الهلال الأحمر ومسؤول في قافلة إغاثة أعلنا أن الطريق أغلق.",
        [
            ("الهلال الأحمر", "organization", "أعلنا", "neutral"),
            ("مسؤول في قافلة إغاثة", "anonymous", "أعلنا", "neutral"),
        ],
    ),
    (
        "شهود عيان والدفاع المدني أكدوا أن النيران امتدت إلى المخازن.",
        [
            ("شهود عيان", "anonymous", "أكدوا", "emphasis"),
            ("الدفاع المدني", "organization", "أكدوا", "emphasis"),
        ],
    ),
    # … and after «وفقاً لـ» glued to the first
    (
        "ووفقا للشرطة وشهود عيان، فإن الحادث وقع ليلا.",
        [
            ("للشرطة", "organization", "وفقا", "neutral"),
            ("شهود عيان", "anonymous", "وفقا", "neutral"),
        ],
    ),
    # … but two documents nobody is named for stay one source, and two institutions
    # after a title are its genitives
    (
        "وبحسب دراسات وإحصائيات تتابع الأسعار، فإن التضخم تراجع.",
        [("دراسات وإحصائيات تتابع الأسعار", "organization", "بحسب", "neutral")],
    ),
    (
        "وقال مدرب منتخب الأردن ونادي الفيصلي إن المباراة صعبة.",
        [("مدرب منتخب الأردن ونادي الفيصلي", "person", "قال", "neutral")],
    ),
    # «كانا قد»: the dual «كان» before «قد», its subjects before it
    (
        "يذكر أن الأردن ومصر كانا قد أعلنا أن الخط سيفتتح.",
        [("الأردن ومصر", "organization", "أعلنا", "neutral")],
    ),
    # after «بحسب», «وفقاً لـ», a name the lexicon does not know before the full stop
    (
        "وتراجعت الليرة أمس، وفقا للمحلل المالي نزار قعوار.",
        [("للمحلل المالي نزار قعوار", "person", "وفقا", "neutral")],
    ),
    (
        "وارتفعت الأسعار، بحسب الصحفية منار قعوار.",
        [("الصحفية منار قعوار", "person", "بحسب", "neutral")],
    ),
    # an analysis is a document that reports
    (
        "وارتفعت المبيعات، بحسب تحليل أعدته مؤسسة الأبحاث «ديلويت».",
        [("تحليل أعدته مؤسسة الأبحاث «ديلويت»", "organization", "بحسب", "neutral")],
    ),
    # who they are after a comma, then the quotation with no comma before it
    (
        'وقال روك سيمبسون، مدير البرامج بالمنظمة "الوضع يزداد سوءا كل يوم".',
        [("روك سيمبسون", "person", "قال", "neutral")],
    ),
    # an aside between commas between the outlet that carried a report and its «عن»
    (
        "ونقلت الهيئة، ومقرها جنيف، عن تقرير لوزارة الصحة أن الوباء انحسر.",
        [
            ("تقرير لوزارة الصحة", "organization", "نقلت", "neutral"),
            ("الهيئة", "organization", "نقلت", "neutral"),
        ],
    ),
    # between two names, a word the claim signals list (as dialect) is a middle name
    (
        "وأعلن رئيس الوزراء رجب طيب أردوغان أمس أن الانتخابات ستجرى مبكرا.",
        [("رئيس الوزراء رجب طيب أردوغان", "person", "أعلن", "neutral")],
    ),
    # a name of two words the lexicon does not know, then who they are without a comma
    (
        "وأكد منجي الورتاني الخبير في الشأن المالي أن العجز تراجع.",
        [("منجي الورتاني الخبير في الشأن المالي", "person", "أكد", "emphasis")],
    ),
    # after a link, the adjectives of a definite institution, whatever the head's article
    (
        "وقال مسؤول في الوزارة الأمريكية إن العقوبات ستفرض قريبا.",
        [("مسؤول في الوزارة الأمريكية", "anonymous", "قال", "neutral")],
    ),
    # an office without the article, its institution, then its holder's name
    (
        "وأشارت متحدثة باسم المفوضية الأوروبية إلينا سوريس إلى أن القارب غرق.",
        [("متحدثة باسم المفوضية الأوروبية إلينا سوريس", "person", "أشارت", "neutral")],
    ),
    # a subject too long for the window before the «أن» its verb needs
    (
        "وأظهرت دراسة حديثة أعدتها الهيئة العليا للإحصاء والتخطيط الاستراتيجي أن البطالة تراجعت.",
        [
            (
                "دراسة حديثة أعدتها الهيئة العليا للإحصاء والتخطيط الاستراتيجي",
                "organization",
                "أظهرت",
                "neutral",
            )
        ],
    ),
    # where it was said, opened by «أمام», between who they are and the report
    (
        "وقالت سهام عبد الله الكعبي، عضو المجلس الوطني، أمام النواب إن الرحلات تطول.",
        [("سهام عبد الله الكعبي", "person", "قالت", "neutral")],
    ),
    # a naval rank
    (
        "وقال الأدميرال جون سميث إن الغواصين فحصوا الناقلة.",
        [("الأدميرال جون سميث", "person", "قال", "neutral")],
    ),
    # an office after a name the lexicon does not know, with where it is glued to «بـ»
    (
        "ونقل البيان عن دانيال بيكمان الممثل الخاص للمنظمة بالأردن قوله إن الحملة مستمرة.",
        [
            ("دانيال بيكمان الممثل الخاص للمنظمة بالأردن", "person", "نقل", "neutral"),
            ("البيان", "anonymous", "نقل", "neutral"),
        ],
    ),
    # «أرجع … إلى» puts something down to a cause, as «عزا»; not the present «يرجع … إلى»
    # (dates back to), nor a thing or a person sent back
    (
        "وأرجع مزارعون ذلك إلى قلة الأمطار.",
        [("مزارعون", "anonymous", "أرجع", "neutral")],
    ),
    (
        "وأرجعت الشركة سبب الانقطاع إلى عطل فني.",
        [("الشركة", "anonymous", "أرجعت", "neutral")],
    ),
    ("وأرجعت المحكمة القضية إلى النيابة العامة.", []),
    (
        "وهو ما أرجعته الوزارة إلى نقص الأمطار.",
        [("الوزارة", "organization", "أرجعته", "neutral")],
    ),
    ("ويرجع تاريخ المبنى إلى القرن الماضي.", []),
    ("وأرجعت الحكومة السفير إلى بلاده.", []),
    # an office, a comma, then its holder's name with no comma to close it before the report
    (
        "وأشار مدير مرصد الزلازل، هيرمان كوخ إلى أن الهزة كانت قوية.",
        [("مدير مرصد الزلازل، هيرمان كوخ", "person", "أشار", "neutral")],
    ),
    (
        "وقال رئيس البلدية، مارك لوفيفر إن الطريق سيفتح غدا.",
        [("رئيس البلدية، مارك لوفيفر", "person", "قال", "neutral")],
    ),
    # a family name the lexicon knows as a loaded word («مجاهد»), then alone
    (
        "وقال خالد مجاهد، مدير المدرسة، إن الامتحانات تأجلت. وأوضح مجاهد أن القرار نهائي.",
        [("خالد مجاهد", "person", "قال", "neutral"), ("مجاهد", "person", "أوضح", "neutral")],
    ),
    # a nationality, a name the lexicon does not know, then the office it holds, then the report
    (
        "وقال الإيطالي ماركو بيلوتي رئيس الاتحاد الدولي إن البطولة ستقام في موعدها.",
        [("الإيطالي ماركو بيلوتي رئيس الاتحاد الدولي", "person", "قال", "neutral")],
    ),
    # a fronted phrase of seven words before the verb; but after «أن» the subject comes first
    (
        "وحول موعد افتتاح الطريق الجديد بين المدينتين قال الهاجري: «سيفتتح الشهر المقبل».",
        [("الهاجري", "person", "قال", "neutral")],
    ),
    (
        "وفي حين أن مبعوث المنظمة جان لوران قال إن الحوار مستمر، فإن الطرفين لم يلتقيا.",
        [("مبعوث المنظمة جان لوران", "person", "قال", "neutral")],
    ),
    # a participle right after a figure is the counted noun («متهمين»: defendants)
    (
        "قضت المحكمة الابتدائية بحبس 6 متهمين بالسرقة لمدة عام.",
        [],
    ),
    # «بعض» before a listed phrase takes all of it
    (
        "ونفى المتحدث ما نشرته بعض وسائل الإعلام عن استقالته.",
        [
            ("المتحدث", "person", "نفى", "neutral"),
            ("بعض وسائل الإعلام", "anonymous", "نشرته", "neutral"),
        ],
    ),
    # «سارع … بالقول / إلى القول»: hastened to say; «أنهى … بالقول»: finished by saying
    (
        "وسارعت الحكومة إلى القول إن الأسعار لن ترتفع.",
        [("الحكومة", "organization", "سارعت", "neutral")],
    ),
    (
        "وأنهى المدرب حديثه بالقول إن اللاعبين سيعودون أقوى.",
        [("المدرب", "person", "أنهى", "neutral")],
    ),
    # volunteers, paramedics and the teams at a scene, unnamed
    (
        "وقال مسعف في موقع الحادث إن عدد الجرحى كبير.",
        [("مسعف في موقع الحادث", "anonymous", "قال", "neutral")],
    ),
    (
        "وذكرت الوكالة الرسمية نقلا عن طواقم الإسعاف أن ثلاثة أشخاص أصيبوا.",
        [
            ("الوكالة الرسمية", "organization", "ذكرت", "neutral"),
            ("طواقم الإسعاف", "anonymous", "نقلا عن", "neutral"),
        ],
    ),
    # who issued the statement: its name ends before the statement («بياناً», «بيانا»)
    (
        "وأصدرت شرطة بريستول بيانا تقول فيه إن البحث مستمر.",
        [("شرطة بريستول", "organization", "تقول", "neutral")],
    ),
    # a headline that counts people before its colon names no speaker
    (
        "300 متطوع في حملة تنظيف الشاطئ: صور",
        [],
    ),
    # an institution's field after «و», a verbal noun and its genitive, stays in its name
    (
        "وقالت وزارة الزراعة واستصلاح الأراضي في بيان إن المحصول وفير.",
        [("وزارة الزراعة واستصلاح الأراضي", "organization", "قالت", "neutral")],
    ),
    # «عبر تغريدة» says where it was said, like «في تغريدة»; a short name in brackets again
    (
        "وأعلن المركز الوطني للرصد (رصد) أن الأمطار ستستمر. "
        "وأوضح رصد عبر تغريدة على منصة إكس أن السيول محتملة.",
        [
            ("المركز الوطني للرصد", "organization", "أعلن", "neutral"),
            ("رصد", "organization", "أوضح", "neutral"),
        ],
    ),
    # «علي» written as a name ends one before a comma or the report
    (
        "وقال حسن علي، سائق أجرة، إن الوقود نفد من المحطات.",
        [("حسن علي", "person", "قال", "neutral")],
    ),
    (
        "وقالت هدى علي، ربة منزل، إن الخبز صار غاليا.",
        [("هدى علي", "person", "قالت", "neutral")],
    ),
    # a listed phrase counts only whole: «وربة» without «منزل» is part of a bank's name
    (
        "وأعلن بنك وربة عن أرباح قياسية.",
        [("بنك وربة", "organization", "أعلن", "neutral")],
    ),
    # after a source of an earlier sentence, an institution that agrees with the verb is its
    # subject, not whom it warned or called on
    (
        "قال المحافظ إن الطرق مغلقة. وحذرت هيئة الأرصاد الجوية من أمطار غزيرة.",
        [
            ("المحافظ", "person", "قال", "neutral"),
            ("هيئة الأرصاد الجوية", "organization", "حذرت", "neutral"),
        ],
    ),
    # a linked institution's name runs on through «و» + a definite field, up to «كان»'s verb
    (
        "وكانت مصادر مطلعة بوزارة الشباب والرياضة أكدت أن البطولة ستقام.",
        [("مصادر مطلعة بوزارة الشباب والرياضة", "anonymous", "أكدت", "emphasis")],
    ),
    # an office without the article, «لـ», then whose: one of theirs, unnamed
    (
        "وقال مستشار لرئيس الوزراء إن الخطة جاهزة.",
        [("مستشار لرئيس الوزراء", "anonymous", "قال", "neutral")],
    ),
    # a power company named by its city
    (
        "وعبرت كهرباء عدن عن أسفها لطول الانقطاع.",
        [("كهرباء عدن", "organization", "عبرت", "neutral")],
    ),
    # «تطرق … إلى أن», «استرسل … أن»; a family name again in quotation marks
    (
        "وتطرق المدير في كلمته إلى أن الميزانية تكفي.",
        [("المدير", "person", "تطرق", "neutral")],
    ),
    (
        "وقال الدكتور سامي حداد إن الشحنة وصلت. واسترسل «حداد» في حديثه أن الجرعات تكفي.",
        [
            ("الدكتور سامي حداد", "person", "قال", "neutral"),
            ("حداد", "person", "استرسل", "neutral"),
        ],
    ),
    # people in a plural take no unknown words as a name after them
    (
        "وقال رواد مواقع التواصل فس بوك إن الصورة مزيفة.",
        [("رواد مواقع التواصل", "anonymous", "قال", "neutral")],
    ),
    # a participle after a sentence that opens with a verb: the verb, not a name («عزت»)
    (
        "وعزت تلك القفزة إلى نمو المبيعات، لافتة إلى أن الأرباح تراجعت.",
        [],
    ),
    # traders, a prize, a festival, a district governor («قائمقام»)
    (
        "وأفاد متعاملون بسوق الذهب بأن الأسعار ارتفعت.",
        [("متعاملون", "anonymous", "أفاد", "neutral")],
    ),
    (
        "وأعلنت جائزة الشيخ زايد للكتاب عن القائمة القصيرة.",
        [("جائزة الشيخ زايد", "organization", "أعلنت", "neutral")],
    ),
    (
        "وقال قائمقام قضاء الزبير، حيدر الساعدي إن المياه انحسرت.",
        [("قائمقام قضاء الزبير، حيدر الساعدي", "person", "قال", "neutral")],
    ),
    # what a named institution's figures show, without «أن»
    (
        "وأظهرت بيانات البنك المركزي تراجع الاحتياطي الأجنبي.",
        [("بيانات البنك المركزي", "organization", "أظهرت", "neutral")],
    ),
    # a company named in quotation marks after «مجموعة», then «المجموعة» again
    (
        "أعلنت مجموعة «الأفق» عن أرباح قياسية. وأوضحت المجموعة أن الطلب ارتفع.",
        [
            ("مجموعة «الأفق»", "organization", "أعلنت", "neutral"),
            ("المجموعة", "organization", "أوضحت", "neutral"),
        ],
    ),
    # figures «من» an institution are the institution's
    (
        "وارتفعت الصادرات، بحسب أرقام رسمية من وزارة الزراعة، بنسبة عشرة في المئة.",
        [("أرقام رسمية من وزارة الزراعة", "organization", "بحسب", "neutral")],
    ),
    # in an interview with someone, the one interviewed said it; not an outlet
    (
        "وبثت القناة مقابلة مع أحد المسعفين قال فيها إن الجرحى نقلوا إلى المستشفى.",
        [("أحد المسعفين", "anonymous", "قال", "neutral")],
    ),
    # after «كان», an office, a comma, its holder's name with no comma before «قد»
    (
        "وكان رئيس البلدية، سامر حداد قد أعلن أن الطريق سيفتح.",
        [("رئيس البلدية، سامر حداد", "person", "أعلن", "neutral")],
    ),
    # an outlet's website, described, then whose
    (
        "ونقل الموقع الإلكتروني للصحيفة عن المتحدث قوله إن التحقيق مستمر.",
        [
            ("المتحدث", "person", "نقل", "neutral"),
            ("الموقع الإلكتروني للصحيفة", "organization", "نقل", "neutral"),
        ],
    ),
    # after an earlier sentence's source the verb agrees with, the verb goes on with it and
    # the institution after it is whom it called on or warned
    (
        "وقالت الحكومة إن الأمن استتب في الإقليم. ودعت الأمم المتحدة إلى سحب بعثتها منه.",
        [("الحكومة", "organization", "قالت", "neutral")],
    ),
    (
        "وقال رئيس الوزراء إن بلاده لا تريد الحرب. وحذر حلف الناتو من التوسع شرقا.",
        [("رئيس الوزراء", "person", "قال", "neutral")],
    ),
    # … unless it names the earlier institution again in full
    (
        "هيئة الرقابة تحذر من أغذية فاسدة\nحذرت هيئة الرقابة الغذائية من أغذية فاسدة في الأسواق.",
        [
            ("هيئة الرقابة", "organization", "تحذر", "neutral"),
            ("هيئة الرقابة الغذائية", "organization", "حذرت", "neutral"),
        ],
    ),
    # «أن» and a clause with a verb of its own before the reporting verb: a fronted phrase
    (
        "وعن أن الوزير سيستقيل قال المتحدث إن ذلك غير صحيح.",
        [("المتحدث", "person", "قال", "neutral")],
    ),
    # a named organisation as written is no source word read through its affixes («ناس» + ا)
    (
        "وقالت ناسا إن المسبار وصل إلى المريخ.",
        [("ناسا", "organization", "قالت", "neutral")],
    ),
    # «متحدث لـ…», «مساعد لـ…»: one of theirs, unnamed
    (
        "وقال متحدث لوزارة الخارجية إن المحادثات مستمرة.",
        [("متحدث لوزارة الخارجية", "anonymous", "قال", "neutral")],
    ),
    # «لمحافظة» after a statement: the governorate's (its feminine is seldom a woman governor)
    (
        "وقال بيان لمحافظة الجيزة إن الحريق أخمد.",
        [("بيان لمحافظة الجيزة", "organization", "قال", "neutral")],
    ),
    # a count an agency made is a document that reports
    (
        "وارتفعت الحصيلة إلى 300 قتيل، بحسب تعداد لوكالة الأنباء الفرنسية.",
        [("تعداد لوكالة الأنباء الفرنسية", "organization", "بحسب", "neutral")],
    ),
    # more first names the lexicon knows
    (
        "لميس الخطيب: المعرض يفتح أبوابه غدا",
        [("لميس الخطيب", "person", ":", "neutral")],
    ),
    # after a first name the lexicon knows, «لوسائل إعلام» is whom it was told to
    (
        "وقال سامر الزعبي لوسائل إعلام محلية إن البرنامج ناجح.",
        [("سامر الزعبي", "person", "قال", "neutral")],
    ),
    # a family name the lexicon knows only as a claim signal («قرى», villages), after a first
    # name and before the report, then alone again
    (
        "وقال رئيس الجمعية سعيد قرى إن التبرعات زادت. وأوضح قرى أن الأسر المحتاجة كثيرة.",
        [
            ("رئيس الجمعية سعيد قرى", "person", "قال", "neutral"),
            ("قرى", "person", "أوضح", "neutral"),
        ],
    ),
    # a quoted name whose first word has the article is an institution's
    (
        "وقال «التيار الحر» إن الحكومة فشلت.",
        [("التيار الحر", "organization", "قال", "neutral")],
    ),
    # a preposition with a pronoun glued on opens a fronted phrase
    (
        "وقبلها أفادت وسائل إعلام محلية بأن الاتفاق تأجل.",
        [("وسائل إعلام محلية", "anonymous", "أفادت", "neutral")],
    ),
    # «رواه» (narrated it) after «بحسب ما»
    (
        "وبحسب ما رواه شهود لقناة محلية، فإن الحريق بدأ ليلا.",
        [("شهود", "anonymous", "رواه", "neutral")],
    ),
    # a bulletin is a document that reports
    (
        "وارتفعت المواليد، بحسب النشرة الشهرية لوزارة الصحة.",
        [("النشرة الشهرية لوزارة الصحة", "organization", "بحسب", "neutral")],
    ),
    # a first name shaped like a plural is no plural: the family name after it is kept
    (
        "وأكدت شيرين حداد أن الفرقة ستقدم عروضا جديدة.",
        [("شيرين حداد", "person", "أكدت", "emphasis")],
    ),
    # a first name with «لـ» glued on is whom it was told to
    (
        "وقال المدير لسامح الكردي إن العقد جاهز.",
        [("المدير", "person", "قال", "neutral")],
    ),
    # a quoted name with a first name inside, or followed by who the person is, is a person's
    (
        "وقالت «الحاجة زينب» إن ابنها لم يعد.",
        [("الحاجة زينب", "person", "قالت", "neutral")],
    ),
    (
        "وقال «الصقر الأسود»، قائد الكتيبة، إن مقاتليه صامدون.",
        [("الصقر الأسود", "person", "قال", "neutral")],
    ),
    # «سكرتير عام» is one office, like «أمين عام», and takes its institution after it
    (
        "وأوضح سكرتير عام نقابة الصيادلة أن الأدوية متوفرة.",
        [("سكرتير عام نقابة الصيادلة", "person", "أوضح", "neutral")],
    ),
    # another first name the lexicon knows, before a courtesy word written as a family name
    (
        "وأكد المهندس رشدي السيد حسن، مدير المحطة، أن الضخ عاد.",
        [("المهندس رشدي السيد حسن", "person", "أكد", "emphasis")],
    ),
    # a date on the line above a headline's label counts nobody
    (
        "2024/11/21\n\nرئيس «الموانئ»: التشغيل التجاري للرصيف الجديد قريبا",
        [("رئيس «الموانئ»", "person", ":", "neutral")],
    ),
    # a name the lexicon does not know, who they are between commas, then where it was said and
    # a colon, or a comma and «إن», before the report
    (
        'وقال كونراد إيبلمان، مدير المختبر، في حديث للصحفيين: "النتائج مطمئنة".',
        [("كونراد إيبلمان", "person", "قال", "neutral")],
    ),
    (
        "وقال كونراد إيبلمان، مدير المختبر، في مؤتمر بالعاصمة، إن النتائج مطمئنة.",
        [("كونراد إيبلمان", "person", "قال", "neutral")],
    ),
    # «وجد» and «اكتشف» report what was found before «أن» and its pronouns, not things found
    (
        "ووجدت الدراسة أنه يقلل خطر الإصابة.",
        [("الدراسة", "anonymous", "وجدت", "neutral")],
    ),
    (
        "واكتشفت الدراسة أن التطبيقات تجمع البيانات دون إذن.",
        [("الدراسة", "anonymous", "اكتشفت", "neutral")],
    ),
    ("واكتشف العلماء كوكبا جديدا.", []),
    # … nor past another reporting verb, whose «أن» it is
    ("الشرطة اكتشفت مخبأ للأسلحة قرب الحدود ويتوقع أن تعلن التفاصيل غدا.", []),
    # «أبرز» before «أن» brings out what was said; the superlative reports nothing
    (
        "وأبرز الوزير أن المشاركة كانت واسعة.",
        [("الوزير", "person", "أبرز", "neutral")],
    ),
    ("ومن أبرز الأسباب أن الدين ارتفع.", []),
    ("أبرز ما يميز المشروع أنه رخيص.", []),
    # clarifications presented are said
    (
        "وقدم الوزير توضيحات بشأن الشكاوى.",
        [("الوزير", "person", "قدم", "neutral")],
    ),
    # those who follow local affairs, and a specialist, are unnamed
    (
        "وحسب المتتبعين للشأن الرياضي، فإن الفريق متعب.",
        [("المتتبعين", "anonymous", "حسب", "neutral")],
    ),
    (
        "وقال المختص في الأمراض الجلدية إن الوشم قديم.",
        [("المختص في الأمراض الجلدية", "anonymous", "قال", "neutral")],
    ),
    # the report of one company of many, none named before: whose, the reader cannot tell
    (
        "وبحسب تقرير الشركة، فإن الأرباح تراجعت.",
        [("تقرير الشركة", "anonymous", "بحسب", "neutral")],
    ),
    (
        "وقالت شركة أرامكو إن الإنتاج ارتفع. وبحسب تقرير الشركة، فإن الأرباح تراجعت.",
        [
            ("شركة أرامكو", "organization", "قالت", "neutral"),
            ("تقرير الشركة", "organization", "بحسب", "neutral"),
        ],
    ),
    # «بعض من» / «أحد من» and a clause of who they are, up to the report: unnamed
    (
        "وقال بعض من حضروا الاجتماع إن النقاش كان حادا.",
        [("بعض من حضروا الاجتماع", "anonymous", "قال", "neutral")],
    ),
    (
        "وقال أحد من شاركوا في المسيرة إن الشرطة تدخلت.",
        [("أحد من شاركوا في المسيرة", "anonymous", "قال", "neutral")],
    ),
    (
        "وقال بعض من المسؤولين إن الوضع صعب.",
        [("بعض من المسؤولين", "anonymous", "قال", "neutral")],
    ),
    # «اعترض على» objects to what was said; without «على» it intercepts
    (
        "واعترض الحزب على التقرير الذي أصدره المجلس.",
        [("الحزب", "anonymous", "اعترض", "neutral")],
    ),
    ("واعترضت الدفاعات الجوية صاروخا أطلق من الجنوب.", []),
    # one quoted word with the article after the verb is a newspaper; a nisba stays a family
    (
        'وقالت "الصباح" إن الاجتماع كان سريا.',
        [("الصباح", "organization", "قالت", "neutral")],
    ),
    ('وأكد "الزيتوني" أن الموسم جيد.', [("الزيتوني", "person", "أكد", "emphasis")]),
    # … and opening its sentence before a feminine verb
    ('"الشروق" قالت إن الوزير سيستقيل.', [("الشروق", "organization", "قالت", "neutral")]),
    ('"الخيبة" تقول الجماهير.', []),
    # after a preposition of attribution, a name the lexicon does not know, then the report or
    # a comma; not whose view, nor «فحسب» (only)
    (
        "وجاء على لسان سهام بنمنصور أن المساواة ممكنة.",
        [("سهام بنمنصور", "person", "على لسان", "neutral")],
    ),
    (
        "وبحسب سهام بنمنصور، فإن المساواة ممكنة.",
        [("سهام بنمنصور", "person", "بحسب", "neutral")],
    ),
    ("والفرق حسب رأيها أن الفنانة محجبة.", []),
    (
        "والمشكلة ليست محلية فحسب وإنما عالمية، كما يقول الخبراء.",
        [("الخبراء", "anonymous", "يقول", "neutral")],
    ),
    # a month's name after a first name, before an office, is the family name; first names and
    # «مولاي» of the Maghreb
    (
        "قال حميد آذار الأمين العام للنقابة إن الإضراب مستمر.",
        [("حميد آذار الأمين العام للنقابة", "person", "قال", "neutral")],
    ),
    (
        "وأبلغ وزير التجارة مولاي حفيظ العلمي الصحفيين بأن الصادرات ارتفعت.",
        [("وزير التجارة مولاي حفيظ العلمي", "person", "أبلغ", "neutral")],
    ),
    ("وقالت حليمة قرى إن الوضع صعب.", [("حليمة قرى", "person", "قالت", "neutral")]),
    ("وأزيل ورم حميد من رأس المريض.", []),
    # a verb of saying between commas inside what was said, then a name up to the comma
    ("والطريق طويل، يضيف بنمنصور، لكنه ممكن.", [("بنمنصور", "person", "يضيف", "neutral")]),
    # an actor of civil society is nobody named
    ("وقال فاعل جمعوي إن المشاركة مرتفعة.", [("فاعل جمعوي", "anonymous", "قال", "neutral")]),
    # «امحند», the Amazigh «محمد», before a family name the lexicon reads as a word
    (
        "وقال امحند الجبل، رئيس الجماعة، إن الطريق سيفتح.",
        [("امحند الجبل", "person", "قال", "neutral")],
    ),
    # a proposal put forward is a statement
    (
        "ويقترح الحزب خفض الضرائب على المقاولات الصغرى.",
        [("الحزب", "anonymous", "يقترح", "neutral")],
    ),
    # after the helper review of this session's rules: the superlative «أبرز» with a noun
    # after it reports nothing; the subject ends before what the verb needs, as normalised
    # («رأيه»); a verb inside an aside does not hide the «أن» after it
    ("أبرز التحديات أن الموارد المالية محدودة جدا.", []),
    ("وقدم المدير رأيه الشخصي في الخطة الجديدة.", [("المدير", "person", "قدم", "neutral")]),
    (
        "ووجد الباحثون، وفق ما أعلنته الجامعة، أن العلاج فعال.",
        [
            ("الباحثون", "anonymous", "وجد", "neutral"),
            ("الجامعة", "anonymous", "أعلنته", "neutral"),
        ],
    ),
    # a saying, not a newspaper; how or when she said it in brackets, not an outlet
    ('"الحقيقة" قالت كلمتها في النهاية.', []),
    ("وأكدت (مرة أخرى) أن موقفها لم يتغير.", []),
    ("وأضافت (ضاحكة) أن الحياة جميلة رغم كل شيء.", []),
    # another nationality is another journalist
    (
        "وقالت ليلى العثماني، الصحفية المغربية، إن الخبر صحيح. ونفت الصحفية الإسبانية ذلك.",
        [
            ("ليلى العثماني", "person", "قالت", "neutral"),
            ("الصحفية الإسبانية", "anonymous", "نفت", "neutral"),
        ],
    ),
    # «فحسب» before a noun phrase is «ف» + «حسب»; a noun and its genitive after «بحسب» is no
    # name; «وإنما» opens no name, and «تغرد خارج السرب» is an idiom
    (
        "فحسب تقديرات البنك الدولي، فإن النمو سيتباطأ.",
        [("تقديرات البنك الدولي", "organization", "حسب", "neutral")],
    ),
    ("وبحسب موعد الرحلة، فإن الطائرة ستصل ليلا.", []),
    ("وإنما الحكومات التي تغرد خارج السرب هي المسؤولة.", []),
    # the organisers, unnamed (the feminine singular is an institution)
    (
        "ومنع بعض من المحتجين من الدخول إلى القاعة: وقال المنظمون إن القاعة ممتلئة.",
        [("المنظمون", "anonymous", "قال", "neutral")],
    ),
    # a name in brackets after a feminine verb, the report right after it: an outlet
    (
        "وخلصت (تايم) إلى أن الاقتصاد يتعافى.",
        [("تايم", "organization", "خلصت", "neutral")],
    ),
    (
        "وكتبت (لوموند) أن الحكومة مرتبكة.",
        [("لوموند", "organization", "كتبت", "neutral")],
    ),
    # offices of the Maghreb: a secretary of state is one person
    (
        "وخلصت كاتبة الدولة إلى أن المنتدى ناجح.",
        [("كاتبة الدولة", "person", "خلصت", "neutral")],
    ),
    # signatories, speakers at a meeting: unnamed
    (
        "وأكد الموقعون على الرسالة أن الأجور متدنية.",
        [("الموقعون", "anonymous", "أكد", "emphasis")],
    ),
    ("وأدان موقعو العريضة تراجع الحريات.", [("موقعو العريضة", "anonymous", "أدان", "neutral")]),
    (
        "وأكدت متدخلات من إسبانيا أن اللقاء مفيد.",
        [("متدخلات من إسبانيا", "anonymous", "أكدت", "emphasis")],
    ),
    # «تساءل» as often misspelt
    ("وتسائل المتحدث عن مصير المشروع.", [("المتحدث", "person", "تسائل", "neutral")]),
    # a plural of people with the article is no family name (nor a source the lexicon lists)
    ("وقال العديدون إن الفستان فاضح.", []),
    # who she is, between commas after her name, said again later is she again; not another one
    (
        "وقالت سعاد حداد، الباحثة في علم الاجتماع، إن الوضع صعب. "
        "وأضافت الباحثة المغربية أن الحل قريب.",
        [
            ("سعاد حداد", "person", "قالت", "neutral"),
            ("الباحثة المغربية", "person", "أضافت", "neutral"),
        ],
    ),
    (
        "وقالت سعاد حداد، الباحثة في علم الاجتماع، إن الوضع صعب. "
        "وأضافت الباحثة الأخرى أن الحل قريب.",
        [
            ("سعاد حداد", "person", "قالت", "neutral"),
            ("الباحثة الأخرى", "anonymous", "أضافت", "neutral"),
        ],
    ),
    # «ثمنت» is no price: any subject
    (
        "كما ثمنت سعاد حداد، بطلة العرب في الجودو، تنظيم هذا التجمع.",
        [("سعاد حداد", "person", "ثمنت", "neutral")],
    ),
    ("وارتفع ثمن الخبز في الأسواق.", []),
    # «الأخير» (the latter) after the cue: whoever was named last, of its gender and number
    (
        "استقبل وزير الخارجية سامي حداد نظيره الفرنسي في الرباط. وقال الأخير إن العلاقات متينة.",
        [("الأخير", "person", "قال", "neutral")],
    ),
    (
        "اجتمع رئيس الحكومة بممثلي النقابات أمس. وأوضح هذا الأخير أن الحوار مستمر.",
        [("هذا الأخير", "person", "أوضح", "neutral")],
    ),
    (
        "وقعت النقابة اتفاقا مع وزارة التربية، وأعلنت هذه الأخيرة أنها ستصرف المنح.",
        [("هذه الأخيرة", "organization", "أعلنت", "neutral")],
    ),
    (
        "التقت وزيرة النقل بممثلي منظمة الصحة العالمية. وأكدت الأخيرة أن الوضع مستقر.",
        [("الأخيرة", "organization", "أكدت", "emphasis")],
    ),
    (
        "راسلنا المتحدث باسم الوزارة. وحسب هذا الأخير، فإن الملف قيد الدراسة.",
        [("هذا الأخير", "person", "حسب", "neutral")],
    ),
    # in the end, or nobody named before it: no source
    ("وأكد في الأخير أن الحوار هو الحل.", []),
    ("وقال الأخير إن الجلسة انتهت.", []),
    # «الحاج» a courtesy before a name; «الحاجة» the need
    ("وقال الحاج محمود إن البئر جفت.", [("الحاج محمود", "person", "قال", "neutral")]),
    ("وأكد الوزير الحاجة إلى إصلاح شامل.", [("الوزير", "person", "أكد", "emphasis")]),
    # somebody, then the name they are called by
    (
        "وقال شاب يدعى أبو سليم إنه فقد عمله.",
        [("شاب يدعى أبو سليم", "person", "قال", "neutral")],
    ),
    (
        "وقال رجل يدعي أنه رأى الحادث إن السيارة مسرعة.",
        [("رجل", "anonymous", "قال", "neutral")],
    ),
    # an official's own name after where they work, before the report; not a name inside
    # the institution's, nor the name of a title's holder after a group of people
    (
        "وقال مسؤول في البلدية محمد حداد إن الجرافات وصلت.",
        [("مسؤول في البلدية محمد حداد", "person", "قال", "neutral")],
    ),
    (
        "وقال مصدر في جامعة محمد الخامس إن الدراسة توقفت.",
        [("مصدر في جامعة محمد الخامس", "anonymous", "قال", "neutral")],
    ),
    (
        "وقال مقرب من الرئيس دونالد ترامب إن الرئيس بخير.",
        [("مقرب من الرئيس دونالد ترامب", "anonymous", "قال", "neutral")],
    ),
    # «في وقت … فيه»: at the time when, the subject after «فيه»
    (
        "وتراجعت الأسعار، في وقت أكد فيه وزير المالية أن الأزمة انتهت.",
        [("وزير المالية", "person", "أكد", "emphasis")],
    ),
    # an office on its way out
    (
        "وقال الرئيس المنتهية ولايته إن الانتخابات نزيهة.",
        [("الرئيس المنتهية ولايته", "person", "قال", "neutral")],
    ),
    # blamed, repeated, surprised by
    ("وألقت الشرطة باللوم على السائق.", [("الشرطة", "organization", "ألقت", "neutral")]),
    ("وألقى الرئيس خطابا أمام البرلمان.", []),
    (
        "وهو ما ردده وزير النقل في تصريح للصحافة.",
        [("وزير النقل", "person", "ردده", "neutral")],
    ),
    ("وردد المتظاهرون شعارات ضد الحكومة.", []),
    (
        "واستغرب المجلس الوطني للصحافة جهل الإدارة بالقانون.",
        [("المجلس الوطني للصحافة", "organization", "استغرب", "neutral")],
    ),
    # a counterpart right after the verb; the object of another verb is none
    (
        "ومن جانبه قال نظيره التونسي إن الحوار مستمر.",
        [("نظيره التونسي", "person", "قال", "neutral")],
    ),
    (
        "واستقبل الوزير نظيره الفرنسي وأكد أن العلاقات جيدة.",
        [("الوزير", "person", "أكد", "emphasis")],
    ),
    # statements spoken of are no report; with what they said after them they are
    ("وأثارت تصريحات الوزير موجة من الانتقادات.", []),
    (
        "وأعربت النقابة عن رفضها لتصريحات الوزير حول الأجور.",
        [("النقابة", "anonymous", "أعربت", "neutral")],
    ),
    (
        "وجاءت تصريحات الوزير بأن الأجور لن ترتفع صادمة.",
        [("الوزير", "person", "تصريحات", "neutral")],
    ),
    # a reply to questions or claims
    (
        "ورد المتحدث باسم البلدية على أسئلة الصحفيين بالقول إن الأشغال ستنتهي.",
        [("المتحدث باسم البلدية", "person", "رد", "neutral")],
    ),
    ("ورد الجيش على القصف بغارات جوية.", []),
    # in whose presence it was said
    ('وقال بحضور رئيس الحكومة سامي حداد "لن نتراجع".', []),
    # «السعودية» after a noun is its adjective; after another country, the object
    (
        "وقالت السفارة السعودية في عمان إن السفير غادر.",
        [("السفارة السعودية في عمان", "organization", "قالت", "neutral")],
    ),
    (
        "وتتهم قطر السعودية بتمويل الحملة.",
        [("قطر", "organization", "تتهم", "neutral")],
    ),
    # an institution's counterpart is an institution
    (
        "وقال البنك المركزي المغربي إن الدرهم مستقر، وأكد نظيره التونسي أن الدينار مستقر.",
        [
            ("البنك المركزي المغربي", "organization", "قال", "neutral"),
            ("نظيره التونسي", "organization", "أكد", "emphasis"),
        ],
    ),
    # a country is passed over for «الأخير» (it does not speak); an office of another gender
    # does not take over its institution
    (
        "زار وزير الداخلية سامي حداد اليابان، وقال الأخير إن الزيارة ناجحة.",
        [("الأخير", "person", "قال", "neutral")],
    ),
    (
        "اجتمع الوزير بممثلي الشركة الألمانية، وقالت الأخيرة إنها ستوسع مصنعها.",
        [("الأخيرة", "organization", "قالت", "neutral")],
    ),
    # «المستقيل» alone is still the one who resigned
    ("وأكد المستقيل أن قراره نهائي.", [("المستقيل", "person", "أكد", "emphasis")]),
    # what the statements said after a relative and «فيها»; another speaker after a comma
    (
        "ونشرت الصحيفة تصريحات المدير التي جاء فيها أن المصنع سيغلق.",
        [("المدير", "person", "تصريحات", "neutral")],
    ),
    (
        "وتعليقا على تصريحات الرئيس، قال المتحدث إن بلاده لن ترد.",
        [("المتحدث", "person", "قال", "neutral")],
    ),
    # «السعودية» is no adjective after a name or a masculine noun
    (
        "ودعت الأمم المتحدة السعودية إلى وقف الغارات.",
        [("الأمم المتحدة", "organization", "دعت", "neutral")],
    ),
    (
        "وأبلغ الوزير السعودية بأن بلاده ستنسحب.",
        [("الوزير", "person", "أبلغ", "neutral")],
    ),
    # the name after a comma and «وتدعى»
    (
        "وقالت صديقة أخرى، وتدعى سعاد حداد، إن الشرطة تأخرت.",
        [("صديقة أخرى، وتدعى سعاد حداد", "person", "قالت", "neutral")],
    ),
    # played down; not «قلل من فرص» (reduced)
    (
        "وقلل وزير الخارجية سامي حداد من شأن التهديدات.",
        [("وزير الخارجية سامي حداد", "person", "قلل", "neutral")],
    ),
    ("وقلل التدخين من فرص الشفاء.", []),
    # «كان», the subject, where or when, «قد», the verb
    (
        "وكان الرئيس خلال زيارته للمدينة قد أكد أن المشروع سينجز.",
        [("الرئيس", "person", "أكد", "emphasis")],
    ),
    # a captain's rank, then a name the lexicon does not know
    (
        "وقال الكابتن زاكاري هولبروك إن الطائرة هبطت بسلام.",
        [("الكابتن زاكاري هولبروك", "person", "قال", "neutral")],
    ),
    # admitted a death or a blame (not «أقر» a budget)
    (
        "أقرت وزارة الدفاع بمقتل أربعة جنود في الكمين.",
        [("وزارة الدفاع", "organization", "أقرت", "proven")],
    ),
    ("وأقر مجلس النواب الموازنة بأغلبية كبيرة.", []),
    # «حض» urged; «حضه» is «حظه» misspelt
    (
        "وحض الأمين العام للمنظمة الطرفين على ضبط النفس.",
        [("الأمين العام للمنظمة", "person", "حض", "neutral")],
    ),
    ("ولكل واحد حضه من الدنيا.", []),
    # «يعتبر» with an object pronoun is active: its subject follows
    (
        "وتصاعدت الأزمة التي تعتبرها منظمة الصحة العالمية الأخطر منذ عقود.",
        [("منظمة الصحة العالمية", "organization", "تعتبرها", "neutral")],
    ),
    # the coalition of the story; a country's broadcaster is one, its newspapers many
    (
        "وقال التحالف إن طائراته دمرت منصة صواريخ.",
        [("التحالف", "organization", "قال", "neutral")],
    ),
    (
        "وقالت الإذاعة الإسرائيلية إن الحكومة ستجتمع.",
        [("الإذاعة الإسرائيلية", "organization", "قالت", "neutral")],
    ),
    (
        "وذكرت الصحيفة البريطانية أن الوزير استقال.",
        [("الصحيفة البريطانية", "anonymous", "ذكرت", "neutral")],
    ),
    # a demonstrative inside what a reply needs after it
    (
        "ورد وزير الصحة على هذه الاتهامات في مؤتمر صحفي.",
        [("وزير الصحة", "person", "رد", "neutral")],
    ),
    ("ورد الجيش على هذا الهجوم بقصف مدفعي.", []),
    # «وهو» and a word for someone after an unknown name: who the name is
    (
        "وقال زاكاري هولبروك وهو خبير في الطاقة إن الأسعار ستنخفض.",
        [("زاكاري هولبروك", "person", "قال", "neutral")],
    ),
    ("وقال بصوت مرتجف وهو يبكي إن ابنه مفقود.", []),
    # a rank, an unknown name, an office; an office with a relative clause on it
    (
        "وقال النقيب زاكاري هولبروك المتحدث باسم الشرطة إن التحقيق مستمر.",
        [("النقيب زاكاري هولبروك المتحدث باسم الشرطة", "person", "قال", "neutral")],
    ),
    (
        "وقال زاكاري هولبروك المتحدث باسم الشركة التي تدير الميناء إن العمل توقف.",
        [("زاكاري هولبروك المتحدث باسم الشركة", "person", "قال", "neutral")],
    ),
    # «الأخير» before its verb, opening the clause; not «في الأخير» (in the end)
    (
        "استقبل الرئيس سامي حداد في قصره. لكن الأخير نفى أن يكون اللقاء سريا.",
        [("الأخير", "person", "نفى", "neutral")],
    ),
    (
        "استقبل الرئيس سامي حداد في قصره، وهذا الأخير أكد أن اللقاء ودي.",
        [("هذا الأخير", "person", "أكد", "emphasis")],
    ),
    ("وفي الأخير أكد المدرب أن الفريق جاهز.", [("المدرب", "person", "أكد", "emphasis")]),
    # a number, «من», and people: unnamed however many
    (
        "وقال أربعة من الجنود إن القائد انسحب.",
        [("أربعة من الجنود", "anonymous", "قال", "neutral")],
    ),
    ("وقتل أربعة من الجنود في الكمين.", []),
    # many people take no one name after them: it is the verb's object
    (
        "وطالب النواب المستقلون سامي حداد بالاستقالة.",
        [("النواب المستقلون", "anonymous", "طالب", "neutral")],
    ),
    # a full stop never repeats a name the article gave after a title
    ("وصل الوزير. وارتفع النهر 40 سنتيمترا عن منسوب الاثنين.", []),
    # the adjective of «في بيان» is no one
    ("وأوضح في بيان آخر أن الطريق مغلقة.", []),
    (
        "وأعلنت البلدية في بيان آخر أن الطريق مغلقة.",
        [("البلدية", "organization", "أعلنت", "neutral")],
    ),
    # recognised (not admitted)
    ("وحكومة تعترف بها الأمم المتحدة تدير العاصمة.", []),
    ("واعترف الوزير بأن الخطة فشلت.", [("الوزير", "person", "اعترف", "proven")]),
    # what a statement included
    (
        "وتضمن البيان أن الحكومة ستعيد النظر في القرار.",
        [("البيان", "anonymous", "تضمن", "neutral")],
    ),
    ("وتضمنت الخطة بنودا جديدة.", []),
    # sounded the alarm; counted; foretold
    (
        "ودقت نقابة الأطباء ناقوس الخطر بشأن نقص الأدوية.",
        [("نقابة الأطباء", "organization", "دقت", "neutral")],
    ),
    ("ودق الجرس في المدرسة.", []),
    (
        "أحصت نقابة الأطباء أربعين حالة اختفاء.",
        [("نقابة الأطباء", "organization", "أحصت", "neutral")],
    ),
    ("وتنبأ الخبير بأن الأسعار سترتفع.", [("الخبير", "anonymous", "تنبأ", "neutral")]),
    # a political current is a party; the electric one is no source
    (
        "أكد التيار الديمقراطي على موقفه من المسألة.",
        [("التيار الديمقراطي", "organization", "أكد", "emphasis")],
    ),
    ("وانقطع التيار الكهربائي عن المدينة.", []),
    # a broken plural of men may end like a feminine noun: still the masculine verb's subject
    (
        "ودعا قادة الأحزاب إلى حوار وطني شامل.",
        [("قادة الأحزاب", "anonymous", "دعا", "neutral")],
    ),
    # «يقدر عدد …»: the passive, nobody's estimate
    ("ويقدر عدد سكان البلدة بنحو ثلاثة آلاف نسمة.", []),
    # notified, before what was said; the police report's passive is none
    (
        "أخطر البنك المركزي المصارف أنه سيرفع الفائدة.",
        [("البنك المركزي", "organization", "أخطر", "neutral")],
    ),
    ("وأخطرت الشرطة بالحادث.", []),
    # laid the blame; «من جهته» opens the sentence and is no one
    (
        "ومن جهته، أنحى الوزير باللائمة على المعارضة، مطالبا بالحوار.",
        [("الوزير", "person", "أنحى", "neutral")],
    ),
    # many, unnamed
    ("ويرى كثيرون أن الإصلاح تأخر.", [("كثيرون", "anonymous", "يرى", "neutral")]),
    # raised questions (not «طرح مشروعا», put forward); «سخّر» (devoted) is no cue, nor is
    # «سخر من» (mocked), whose «من» «جزءا من» would stand in for
    ("وسخرت البلدية جزءا من ميزانيتها للطرق.", []),
    (
        "وطرح النائب تساؤلات حول كلفة المشروع.",
        [("النائب", "person", "طرح", "neutral")],
    ),
    ("وطرح الوزير مشروع قانون جديد.", []),
    # «التي» never stands for one man
    ("وتحدث عن حملة الدفاع عن المواطن والتي طالبت بتحسين الخدمات.", []),
    # a headline's second clause, «و» glued to its subject; not the last of a list
    (
        "قصف على المدينة والأمم المتحدة تدعو إلى التهدئة.",
        [("الأمم المتحدة", "organization", "تدعو", "neutral")],
    ),
    (
        "قصف على المدينة والجيش يقول إنه رد على الصواريخ.",
        [("الجيش", "organization", "يقول", "neutral")],
    ),
    ("وتحدث عن دور الطلاب والمعلمين والأمن يؤكد ذلك.", []),
    # a quoted name before «قد»
    (
        'وكانت "رويترز" قد نقلت عن مسؤولين أن التحقيق مستمر.',
        [
            ("مسؤولين", "anonymous", "نقلت", "neutral"),
            ("رويترز", "organization", "نقلت", "neutral"),
        ],
    ),
    # what was admitted, after «ما»
    (
        "وهو ما اعترف به المدير لاحقا.",
        [("المدير", "person", "اعترف به", "proven")],
    ),
    # the passive of «أحصى»
    ("وأحصي عدد المسافرين بنحو مليون.", []),
    # judges, a broken plural ending like a feminine noun
    ("وطالب القضاة بضمانات.", [("القضاة", "anonymous", "طالب", "neutral")]),
    # «المحاكم» (the courts) is no «ألمح» with endings
    ("وزار الوفد قضاة المحاكم في العاصمة.", []),
    # «الأخير» with «و» glued on, or after «أن»
    (
        "التقى الرئيس بالسفير. والأخير أكد أن الخطة جيدة.",
        [("الأخير", "person", "أكد", "emphasis")],
    ),
    (
        "التقى الرئيس بالسفير، إلا أن الأخير قال إن اللقاء لم يتم.",
        [("الأخير", "person", "قال", "neutral")],
    ),
    # statements someone made («أدلى بها»): theirs, with or without a relative
    (
        "وجاء ذلك في تصريحات أدلى بها وزير الزراعة للصحفيين.",
        [("تصريحات أدلى بها وزير الزراعة", "person", "جاء ذلك في", "neutral")],
    ),
    (
        "وجاء ذلك في التصريحات التي أدلى بها المحافظ للإذاعة المحلية.",
        [("التصريحات التي أدلى بها المحافظ", "person", "جاء ذلك في", "neutral")],
    ),
    # «المرأة» is «امرأة» after the article, a word for somebody (no family name)
    ("وقالت المرأة إن الإسعاف تأخر.", [("المرأة", "anonymous", "قالت", "neutral")]),
    # the dual of a title: two holders nobody names here
    ("وقال الرئيسان إن القمة ناجحة.", [("الرئيسان", "anonymous", "قال", "neutral")]),
    # trials are a study's kin, no family name; who ran them names them
    ("وكشفت التجارب أن الدواء آمن.", [("التجارب", "anonymous", "كشفت", "proven")]),
    (
        "وأظهرت التجارب التي أجراها المختبر أن الدواء آمن.",
        [("التجارب التي أجراها المختبر", "organization", "أظهرت", "neutral")],
    ),
    # a clause with «و» on its subject, but not: when the verb has its own subject after it
    # (the dual's «إنهما» opens the report), after a statement's word, against the verb's
    # number; a country with the feminine verb
    (
        "أوقفت الشرطة السائق وشقيقه تقول مصادر محلية إنهما هربا.",
        [("مصادر محلية", "anonymous", "تقول", "neutral")],
    ),
    ("بيان صادر عن البلدية والشرطة يؤكد إغلاق الطريق.", []),
    ("الطلاب الذين التقاهم المدير والمعلم يقولون إن الامتحان صعب.", []),
    (
        "قصف على المدينة وروسيا تعلن وقف إطلاق النار.",
        [("روسيا", "organization", "تعلن", "neutral")],
    ),
    (
        "اتحاد نقابات العمال والفلاحين يحذر من رفع الأسعار.",
        [("اتحاد نقابات العمال والفلاحين", "organization", "يحذر", "neutral")],
    ),
    # people in a story are no family names: the defendant, the injured, a child
    ("وقال المتهم إن الضحية هاجمه.", [("المتهم", "anonymous", "قال", "neutral")]),
    ("وقال المصاب إن الإسعاف تأخر.", [("المصاب", "anonymous", "قال", "neutral")]),
    (
        "وروت طفلة من المخيم أن منزلها هدم.",
        [("طفلة من المخيم", "anonymous", "روت", "neutral")],
    ),
    # «متهما» still accuses
    (
        "وقال الوزير متهما المعارضة بالتحريض إن الوضع هادئ.",
        [("الوزير", "person", "قال", "neutral")],
    ),
    # a name the lexicon does not know, where and when it was said, then a quotation long
    # enough to be what was said (a quoted outlet's name is shorter)
    (
        'وقال بهرام شاهين في مؤتمر صحفي إثر النطق بالحكم "سنطعن في هذا القرار الجائر".',
        [("بهرام شاهين", "person", "قال", "neutral")],
    ),
    (
        'وقال بهرام شاهين في مقابلة مع "الشرق الأوسط" إن الأسعار ستنخفض.',
        [("بهرام شاهين", "person", "قال", "neutral")],
    ),
    # but one word without the article before them says how it was said; a long quoted
    # programme's name with «إن» after it is a name; a family name that is also a word for
    # people in a story stays the person's
    ('وقال متأثرا في كلمته أمام الضيوف "لن أنسى هذا اليوم ما حييت أبدا".', []),
    (
        'وقال الحربي في مقابلة مع برنامج "صباح الخير يا وطن" إن الموسم انتهى.',
        [("الحربي", "person", "قال", "neutral")],
    ),
    (
        "وقال محمد المعتقل إن الانتخابات ستجرى في موعدها.",
        [("محمد المعتقل", "person", "قال", "neutral")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_sources(text, expected):
    analysis = analyze(text)
    found = [(s.text, s.kind, s.cue, s.cue_stance) for s in analysis.sources]
    assert found == expected


def test_a_time_adverb_opens_a_second_report_of_its_own():
    # «…، وفي الأسبوع الماضي قال …»: the second speaker's words are his, not the first's
    analysis = analyze(
        "وأكد الوزير أن الاتفاق جاهز، وفي الأسبوع الماضي قال رئيس الحكومة إن التوقيع قريب."
    )
    assert [s.text for s in analysis.sources] == ["الوزير", "رئيس الحكومة"]
    assert [c.source for c in analysis.claims] == [0, 1]


def test_a_dual_document_keeps_whose_it_is():
    # «بيانين» (two statements) ends like a sound plural of people but keeps its «لـ»
    # genitive: whose statements they were is part of the source
    analysis = analyze("كما جاء في بيانين لمنظمتين حقوقيتين.")
    assert [s.text for s in analysis.sources] == ["بيانين لمنظمتين حقوقيتين"]


def test_a_continuing_cue_points_back_to_the_earlier_source():
    text = "قال رئيس الوزراء إن الاقتصاد يتعافى. وأضاف أن البطالة تراجعت."
    analysis = analyze(text)
    assert [(s.text, s.kind) for s in analysis.sources] == [("رئيس الوزراء", "person")]
    assert [c.source for c in analysis.claims] == [0, 0]


@pytest.mark.parametrize(
    "text",
    [
        # a new paragraph, then «وتابع قائلاً» and «وأشار إلى أن»: still the director
        "وقال المدير إن المدرسة ستفتح.\n\nوتابع قائلا إن الطلاب سيعودون."
        " وأشار إلى أن الامتحانات تأجلت.",
        # «مشيرة إلى» with no «أن» after a source of the same sentence
        "قالت الوزيرة سلمى حداد إن الوضع صعب. وأضافت أن المخزون قليل، مشيرة إلى وجود نقص.",
    ],
)
def test_continuing_cues_point_back_across_sentences(text):
    analysis = analyze(text)
    assert len(analysis.sources) == 1
    assert [c.source for c in analysis.claims] == [0] * len(analysis.claims)


@pytest.mark.parametrize(
    "text",
    [
        # a negated verb continues nobody
        "وقال الوزير إن الاتفاق قريب. ولم تعلن أي جهة رسمية حتى الآن موعداً للجولة المقبلة.",
        # «يذكر أن» opening a sentence is the writer's aside
        "وقال المحللون إن الأسعار سترتفع. يذكر أن آخر صفقة تبادل بين الطرفين جرت عام 2019.",
    ],
)
def test_a_negated_report_or_an_aside_continues_no_source(text):
    assert [c.source for c in analyze(text).claims] == [0, None]


def test_a_relayed_claim_is_the_quoted_sources():
    # «نقلت وكالة رويترز عن مسؤول»: the agency is listed, the claim rests on the official
    analysis = analyze("ونقلت وكالة رويترز عن مسؤول أمريكي قوله إن الهجوم وقع فجرا.")
    kinds = [(s.text, s.kind) for s in analysis.sources]
    assert kinds == [("مسؤول أمريكي", "anonymous"), ("وكالة رويترز", "organization")]
    (claim,) = analysis.claims
    assert claim.source == 0
    assert "anonymous_source" in claim.reasons


@pytest.mark.parametrize(
    "text",
    [
        # after a place and a dash comes the verb's own subject, whose name the lexicon does
        # not know: the object after the verb is no source
        "عمان - الصفدي حذر إسرائيل من التصعيد في القدس.",
        "القاهرة - مدبولي حث الوزارات على ترشيد الإنفاق.",
        # words the lexicon knows are no family name of a man named before
        "وقال الأمين العام إن المنظمة قلقة. وأعلن العام الماضي عن خطة جديدة.",
        "وقال رئيس بلدية غزة إن المياه شحيحة. وأعلنت غزة الحداد ثلاثة أيام.",
        # a permit, a novel: the singular nouns' «لـ» is no speaker
        "وصدرت رواية جديدة للكاتب المصري علاء الأسواني عن دار الشروق.",
        "ومنحت السلطات تصريحا للشركة بالتنقيب عن النفط.",
        # crossed by way of, not expressed
        "وعبر المهاجرون عن طريق البحر إلى اليونان.",
    ],
)
def test_no_source_where_the_new_forms_do_not_fit(text):
    kinds = {(s.text, s.kind) for s in analyze(text).sources}
    assert not kinds - {("الأمين العام", "person"), ("رئيس بلدية غزة", "person")}


def test_another_man_after_the_verb_is_its_object():
    # «ودعا الرئيس الصيني إلى زيارة واشنطن» after Biden spoke: Biden invited him
    analysis = analyze(
        "وقال الرئيس الأمريكي جو بايدن إن الاتفاق قريب.\n\nودعا الرئيس الصيني إلى زيارة واشنطن."
    )
    assert [s.text for s in analysis.sources] == ["الرئيس الأمريكي جو بايدن"]
    assert analysis.claims[-1].source == 0


def test_cue_offsets_index_the_text():
    text = "وزعم ناشطون أن القوات الحكومية استخدمت أسلحة محرمة."
    (source,) = analyze(text).sources
    assert text[source.cue_start : source.cue_end] == source.cue == "زعم"
    assert source.cue_entry == "zaama"


def test_official_statement_of_a_named_source_is_a_reason():
    claim = analyze("وأكدت وزارة الصحة في بيان أن عدد الإصابات ارتفع إلى 120 حالة.").claims[0]
    assert {"named_source", "official_statement", "has_number"} <= set(claim.reasons)
    assert claim.checkable


@pytest.mark.parametrize("text", ["ودعا صاحب السمو", "دعت صاحب السمو", "وحذر سماحة"])
def test_a_courtesy_at_the_end_of_the_text_is_analysed_without_error(text):
    analysis = analyze(text)
    assert all(text[s.start : s.end] == s.text for s in analysis.sources)
