"""The Author page through AppTest: article → analysis → review → questions → preview →
save and export, its error paths, and that nothing the teacher typed is lost."""

from __future__ import annotations

from html import escape

import pytest
from app_support import ROOT, add_quiz, click, fixture_source, html_text, start

from literacy.analysis import analyze
from literacy.errors import QuizFileError
from literacy.interop import FORMAT_INFO, FORMATS, export
from literacy.quiz import load_quiz, loads_quiz
from literacy.ui.html import escape_markdown

ARTICLE = (ROOT / "tests" / "golden" / "pelest-bukamal-2017.txt").read_text(encoding="utf-8")
STEPS = {
    "en": (
        "1. Article",
        "2. Review the analysis",
        "3. Questions",
        "4. Preview",
        "5. Save and export",
    ),
    "ar": ("1. المقال", "2. مراجعة التحليل", "3. الأسئلة", "4. معاينة", "5. الحفظ والتصدير"),
}
STEP_NAMES = ("article", "review", "questions", "preview", "publish")


def author(lang: str = "en", **query: str):
    return start("author", lang=lang, **query)


def step(at, name: str, lang: str = "en"):
    at.session_state["author/step"] = STEPS[lang][STEP_NAMES.index(name)]
    at.run()
    assert not at.exception, at.exception
    return at


def open_step(at, lang: str = "en") -> str:
    return STEP_NAMES[STEPS[lang].index(at.session_state["author/step"])]


def analysed(lang: str = "en", text: str = ARTICLE):
    at = author(lang)
    at.text_area(key="author/article").set_value(text).run()
    return click(at, "author/analyse")


def generate(at, lang: str = "en", **options):
    step(at, "questions", lang)
    for key, value in options.items():
        at.session_state[f"author/{key}"] = value
    return click(at, "author/generate")


def yaml_editor(at, lang: str = "en"):
    at.session_state["author/editor"] = "As YAML" if lang == "en" else "بصيغة YAML"
    at.run()
    return at.text_area(key="author/yaml")


def downloads(at) -> dict[str, object]:
    return {element.proto.label: element.proto for element in at.get("download_button")}


def test_from_an_arabic_article_to_a_saved_quiz(data_dir):
    at = analysed()
    assert open_step(at) == "review"
    html = html_text(at)
    assert 'class="lit-article lit-analysis" dir="rtl" lang="ar"' in html
    assert "lit-legend-list" in html
    analysis = analyze(ARTICLE)
    assert html.count('class="lit-f lit-f-loaded"') >= len(analysis.loaded)

    # Review: reject the first loaded word, make the first source unnamed.
    at.session_state["author/group"] = "Loaded words"
    at.run()
    keep = next(c for c in at.checkbox if c.key.endswith("/keep/loaded/0"))
    keep.uncheck().run()
    assert not at.session_state["author/review"].kept("loaded", 0)
    at.session_state["author/group"] = "Sources"
    at.run()
    kind = next(s for s in at.selectbox if s.key.endswith("/kind/0"))
    kind.set_value("anonymous").run()
    edited = at.session_state["author/review"].edited()
    assert edited.sources[0].kind == "anonymous"
    assert len(edited.loaded) == len(analysis.loaded) - 1

    generate(at, count=8, seed=3)
    assert "8 questions generated" in at.success[0].value
    assert any("candidate questions" in c.value for c in at.caption)
    source = yaml_editor(at).value
    quiz = loads_quiz(source)
    assert len(quiz.questions) == 8 and quiz.language == "ar"
    assert any("A valid quiz" in s.value for s in at.success)

    step(at, "preview")
    assert at.progress[0].proto.text == "Question 1 of 8"
    assert "lit-prompt" in html_text(at)

    step(at, "publish")
    files = downloads(at)
    assert {"Download the quiz (YAML)", *(FORMAT_INFO[fmt].label for fmt in FORMATS)} == set(files)
    notes = [c.value for c in at.caption if "note(s) on this export" in c.value]
    expected = [len(export(quiz, fmt).warnings) for fmt in FORMATS]
    assert notes == [f"{n} note(s) on this export:" for n in expected if n]
    for warning in {str(w) for fmt in FORMATS for w in export(quiz, fmt).warnings}:
        assert escape(warning) in html_text(at)
    click(at, "author/save")
    saved = data_dir / "quizzes" / f"{quiz.id}.yaml"
    assert saved.read_text(encoding="utf-8") == source
    assert load_quiz(saved) == quiz
    assert "is now in the library" in at.success[0].value


def test_an_empty_article_says_what_to_do(data_dir):
    at = click(author(), "author/analyse")
    assert at.error[0].value.startswith("The article box is empty")
    assert open_step(at) == "article"
    at.text_area(key="author/article").set_value("  123 — 456  ").run()
    click(at, "author/analyse")
    assert "no words to analyse" in at.error[0].value


def test_an_article_without_findings_can_be_reviewed_but_gives_no_questions(data_dir):
    at = analysed("ar", "مرحبا بكم")
    assert "لم يجد المحلّل" in at.warning[0].value
    assert open_step(at, "ar") == "review"
    generate(at, "ar")
    assert at.error[0].value.startswith("لا يقدّم المقال ما يكفي")
    shortfalls = [w.value for w in at.warning]
    assert len(shortfalls) == 3 and all(s.startswith("لم يجد المحلّل") for s in shortfalls)
    assert "author/yaml" not in at.session_state or not at.session_state["author/yaml"]


@pytest.mark.parametrize(
    "text, named",
    [
        ("Мэр сказал, что автобусы пойдут в июне.", "cyrillic"),
        ("Ο δήμαρχος είπε ότι τα λεωφορεία θα κυκλοφορήσουν τον Ιούνιο.", "greek"),
    ],
)
def test_an_unsupported_language_is_named_plainly(data_dir, text, named):
    at = author()
    at.text_area(key="author/article").set_value(text)
    at.selectbox(key="author/article-language").set_value("auto").run()
    click(at, "author/analyse")
    message = at.error[0].value
    assert named in message and "Arabic" in message and "English" in message
    assert "YAML" in message
    assert at.session_state["author/article"] == text  # the text stays


def test_an_english_article_is_analysed(data_dir):
    at = author()
    at.text_area(key="author/article").set_value(
        "The mayor said on Monday that 40 new buses will run by June. Critics slammed the "
        "greedy plan, sources close to the council said."
    )
    at.selectbox(key="author/article-language").set_value("auto").run()
    click(at, "author/analyse")
    assert not at.exception and not at.error
    assert open_step(at, "en") == "review"
    # each source's cue is quoted the way the article's language quotes
    labels = [c.label for c in at.checkbox if "/keep/sources/" in c.key]
    assert labels and labels[0].endswith("The mayor — “said”"), labels


def test_an_uploaded_txt_fills_the_article_box_and_other_files_are_refused(data_dir):
    at = author()
    uploader = at.file_uploader(key="author/file")
    uploader.upload("news.txt", "\ufeffقال الوزير.".encode(), "text/plain").run()
    assert at.session_state["author/article"] == "قال الوزير."  # the BOM is gone
    assert "news\\.txt" in at.success[0].value  # a file name is shown as text, not Markdown
    at.file_uploader(key="author/file").upload("old.txt", "café".encode("latin-1"), "text/plain")
    at.run()
    assert "is not UTF-8 text" in at.error[0].value
    assert at.session_state["author/article"] == "قال الوزير."
    at.file_uploader(key="author/file").upload("story.docx", b"PK\x03\x04", "text/plain").run()
    assert "is not a .txt file" in at.error[0].value


def test_a_broken_yaml_edit_lists_its_problems_by_line_and_keeps_the_text(data_dir):
    add_quiz(data_dir, fixture_source("en-mini.yaml"))
    at = author(quiz="en-mini")
    assert open_step(at) == "questions"
    editor = yaml_editor(at)
    broken = editor.value.replace("answer: a", "answer: z").replace("title:", "titel:", 1)
    editor.set_value(broken).run()
    with pytest.raises(QuizFileError) as error:
        loads_quiz(broken)
    problems = error.value.problems
    assert at.error[0].value.startswith(f"The quiz has {len(problems)} problem(s) to fix")
    html = html_text(at)
    for problem in problems:
        assert f"line {problem.line}</bdi>" in html
    assert "is not one of the choices" in html and "unknown field" in html
    for name in ("preview", "publish", "questions"):
        step(at, name)
        assert not downloads(at)
    assert at.session_state["author/yaml"] == broken  # nothing typed is lost
    # … nor when the teacher goes to another page and comes back.
    at.switch_page("views/library.py").run()
    at.switch_page("views/author.py").run()
    assert yaml_editor(at).value == broken


def test_problems_are_in_arabic_for_the_arabic_interface(data_dir):
    add_quiz(data_dir, fixture_source("en-mini.yaml"))
    at = author("ar", quiz="en-mini")
    editor = yaml_editor(at, "ar")
    editor.set_value(editor.value.replace("answer: a", "answer: z")).run()
    html = html_text(at)
    assert "ليس من الخيارات" in html and "السطر" in html


def test_generating_again_asks_before_replacing_the_teachers_edits(data_dir):
    at = generate(analysed(), count=4)
    editor = yaml_editor(at)
    edited = editor.value.replace("title: ", "title: My own ", 1)
    editor.set_value(edited).run()
    click(at, "author/generate")
    assert "replaces the questions in the editor" in at.warning[0].value
    assert at.session_state["author/yaml"] == edited
    click(at, "author/generate-anyway")
    assert at.session_state["author/yaml"] != edited


def test_a_library_quiz_opens_in_the_editor_and_the_form_edits_it(data_dir):
    add_quiz(data_dir, fixture_source("en-mini.yaml"))
    at = author(quiz="en-mini")
    assert "is open in the editor" in at.info[0].value
    assert at.session_state["author/article"].startswith("The city council voted 7 to 2")
    at.session_state["author/editor"] = "As a form"
    at.run()
    prompt = next(t for t in at.text_area if t.key.endswith("/statement-kind/prompt"))
    prompt.set_value("Which kind of source is the council's statement?").run()
    click(at, "author/form/apply-question")
    quiz = loads_quiz(at.session_state["author/yaml"])
    assert quiz.questions[0].prompt == "Which kind of source is the council's statement?"
    # A change that breaks the quiz is refused; the typed text stays in its field.
    choices = next(t for t in at.text_area if t.key.endswith("/choices"))
    choices.set_value("Only one choice").run()
    click(at, "author/form/apply-question")
    assert "cannot be applied" in at.error[0].value
    assert next(t for t in at.text_area if t.key.endswith("/choices")).value == "Only one choice"
    assert loads_quiz(at.session_state["author/yaml"]) == quiz
    # Settings: a time limit.
    limit = next(n for n in at.number_input if n.key.endswith("/quiz/time_limit"))
    limit.set_value(20).run()
    click(at, "author/form/apply-quiz")
    assert loads_quiz(at.session_state["author/yaml"]).settings.time_limit_minutes == 20
    step(at, "publish")
    click(at, "author/save")
    assert load_quiz(data_dir / "quizzes" / "en-mini.yaml").settings.time_limit_minutes == 20


def test_a_bundled_quiz_must_get_a_new_id_before_it_is_saved(data_dir):
    at = step(author(quiz="bukamal-2017"), "publish")
    assert "already has the id “bukamal-2017”" in at.warning[0].value
    assert not any(b.key == "author/save" for b in at.button)
    assert set(downloads(at)) >= {FORMAT_INFO[fmt].label for fmt in FORMATS}


def test_export_notes_are_in_arabic_for_the_arabic_interface(data_dir):
    at = step(author("ar", quiz="bukamal-2017"), "publish", "ar")
    bukamal = load_quiz(ROOT / "quizzes" / "ar" / "bukamal-2017.yaml")
    warnings = {w for fmt in FORMATS for w in export(bukamal, fmt).warnings}
    notes = [c.value for c in at.caption if c.value.startswith("ملاحظات على هذا التصدير")]
    assert len(notes) == len(FORMATS)
    html = html_text(at)
    assert html.count('<ul class="lit-problems" dir="rtl" lang="ar">') == len(FORMATS)
    for warning in warnings:
        assert escape(warning.text("ar")) in html
        assert escape(warning.message) not in html


def test_on_a_shared_server_opening_a_quiz_and_saving_need_the_teacher_password(
    data_dir, monkeypatch
):
    monkeypatch.setenv("LITERACY_TEACHER_PASSWORD", "s3cret")
    add_quiz(data_dir, fixture_source("en-mini.yaml"))
    at = author(quiz="en-mini")
    # The editor shows every answer at once: nothing of the quiz before the password.
    assert "asks for the teacher password" in at.warning[0].value
    assert "author/yaml" not in at.session_state or not at.session_state["author/yaml"]
    at.text_input(key="author/password").input("wrong").run()
    click(at, "author/unlock-open")
    assert "not right" in at.error[0].value
    assert "author/yaml" not in at.session_state or not at.session_state["author/yaml"]
    at.text_input(key="author/password").input("s3cret").run()
    click(at, "author/unlock-open")
    assert not at.session_state["author/password"]  # not kept in the session
    assert "is open in the editor" in at.info[0].value
    assert loads_quiz(at.session_state["author/yaml"]).id == "en-mini"
    # Unlocked once for the session: saving asks nothing more.
    step(at, "publish")
    assert any(b.key == "author/save" for b in at.button)


def test_saving_a_new_quiz_can_need_the_teacher_password(data_dir, monkeypatch):
    monkeypatch.setenv("LITERACY_TEACHER_PASSWORD", "s3cret")
    at = author()
    at.session_state["author/yaml"] = fixture_source("en-mini.yaml")
    at.run()
    step(at, "publish")
    assert not any(b.key == "author/save" for b in at.button)
    at.text_input(key="author/password").input("wrong").run()
    click(at, "author/unlock")
    assert "not right" in at.error[0].value
    at.text_input(key="author/password").input("s3cret").run()
    click(at, "author/unlock")
    assert any(b.key == "author/save" for b in at.button)


def test_a_finding_the_analyser_missed_can_be_added(data_dir):
    at = analysed()
    at.session_state["author/group"] = "Add"
    at.run()
    at.segmented_control(key="author/add-group").set_value("loaded").run()
    at.text_input(key="author/add/words").input("مسلحو")
    at.text_input(key="author/add/neutral").input("مقاتلو، عناصر")
    at.text_area(key="author/add/note").input("يصف المقاتلين بسلاحهم.")
    at.button(key="author/add/submit").click().run()
    assert not at.exception, at.exception
    assert "Added: “مسلحو”" in at.success[0].value
    added = at.session_state["author/review"].edited().loaded[-1]
    assert (added.text, added.neutral) == ("مسلحو", ("مقاتلو", "عناصر"))
    at.text_input(key="author/add/words").input("ليست في المقال")
    at.button(key="author/add/submit").click().run()
    assert "does not occur" in at.error[0].value
    assert at.text_input(key="author/add/words").value == "ليست في المقال"  # kept


def test_a_half_typed_finding_survives_a_look_at_another_tab_and_step(data_dir):
    at = analysed()
    at.session_state["author/group"] = "Add"
    at.run()
    at.segmented_control(key="author/add-group").set_value("claims").run()
    at.text_input(key="author/add/words").input("وثائق تثبت اتصالات").run()
    at.session_state["author/group"] = "Sources"  # the teacher checks the list first…
    at.run()
    assert not any(t.key == "author/add/words" for t in at.text_input)
    step(at, "article")  # … and the article itself
    step(at, "review")
    at.session_state["author/group"] = "Add"
    at.run()
    assert not at.exception, at.exception
    assert at.segmented_control(key="author/add-group").value == "claims"
    assert at.text_input(key="author/add/words").value == "وثائق تثبت اتصالات"
    # … but it belonged to this article: a new analysis starts the panel empty
    step(at, "article")
    at.text_area(key="author/article").set_value("قال الوزير إن الطريق مغلق.").run()
    click(at, "author/analyse")
    step(at, "review")
    at.session_state["author/group"] = "Add"
    at.run()
    assert at.text_input(key="author/add/words").value == ""


def test_keeping_the_add_panel_draws_no_session_state_warning(data_dir, caplog):
    """Re-saving widget keys every run must not trip Streamlit's "created with a default
    value but also had its value set via the Session State API" warning (a log line)."""
    from streamlit.elements.lib import policies

    policies._shown_default_value_warning = False
    at = analysed()
    at.session_state["author/group"] = "Add"
    at.run()
    with caplog.at_level("WARNING"):
        at.segmented_control(key="author/add-group").set_value("loaded").run()
        at.text_input(key="author/add/words").input("مسلحو").run()
        at.session_state["author/group"] = "Sources"
        at.run()
        at.session_state["author/group"] = "Add"
        at.run()
    assert not at.exception, at.exception
    assert "Session State API" not in caplog.text


def test_the_article_survives_a_visit_to_another_page(data_dir):
    at = author()
    at.text_area(key="author/article").set_value("قال الوزير إن الطريق مغلق.").run()
    at.switch_page("views/about.py").run()
    at.switch_page("views/author.py").run()
    step(at, "article")
    assert at.text_area(key="author/article").value == "قال الوزير إن الطريق مغلق."


def test_the_steps_keep_their_place_when_the_language_changes(data_dir):
    at = step(author(), "publish")
    at.segmented_control(key="lang").set_value("ar").run()
    assert open_step(at, "ar") == "publish"


def test_a_claims_verdict_and_its_reasons_are_the_teachers(data_dir):
    at = analysed()
    at.session_state["author/group"] = "Claims"
    at.run()
    review = at.session_state["author/review"]
    index = next(i for i, c in enumerate(review.claims) if c.factual and not c.checkable)
    verdict = next(s for s in at.selectbox if s.key.endswith(f"/verdict/{index}"))
    verdict.set_value("checkable").run()
    assert review.claims[index].checkable
    reasons = next(m for m in at.multiselect if m.key.endswith(f"/reasons/{index}"))
    assert not reasons.value
    assert any("at least one reason" in c.value for c in at.caption)
    reasons.set_value(["has_date"]).run()
    claim = review.edited().claims[index]
    assert claim.checkable and "has_date" in claim.reasons


def test_analysing_again_keeps_the_review_or_asks_before_dropping_it(data_dir):
    at = analysed()
    review = at.session_state["author/review"]
    review.keep("loaded", 0, False)
    step(at, "article")
    click(at, "author/analyse")  # the same text: nothing new to analyse
    assert at.session_state["author/review"] is review and open_step(at) == "review"
    step(at, "article")
    at.text_area(key="author/article").set_value(ARTICLE + "\n\nفقرة أخرى.").run()
    assert "has changed since it was analysed" in at.warning[0].value
    click(at, "author/analyse")
    assert "starts a new review" in at.warning[0].value
    assert at.session_state["author/review"] is review
    click(at, "author/analyse-anyway")
    assert at.session_state["author/review"] is not review
    assert open_step(at) == "review"


def test_opening_a_library_quiz_asks_before_it_replaces_unsaved_work(data_dir):
    add_quiz(data_dir, fixture_source("en-mini.yaml"))
    at = author()
    at.text_area(key="author/article").set_value("قال الوزير إن الطريق مغلق.").run()
    at.query_params["quiz"] = "en-mini"
    at.run()
    assert "replaces the article" in at.warning[0].value
    click(at, "author/keep-draft")
    assert at.session_state["author/article"] == "قال الوزير إن الطريق مغلق."
    assert "quiz" not in at.query_params
    at.query_params["quiz"] = "en-mini"
    at.session_state["author/opened"] = None
    at.run()
    click(at, "author/open-anyway")
    assert at.session_state["author/article"].startswith("The city council")
    # Opened and untouched: another quiz opens without asking.
    at.query_params["quiz"] = "bukamal-2017"
    at.run()
    assert not at.warning and "bukamal-2017" in at.session_state["author/yaml"]


def test_markdown_in_a_link_or_a_title_shows_as_text(data_dir):
    at = author(quiz="![x](https://example.org/pixel.png)")
    assert escape_markdown("![x](https://example.org/pixel.png)") in at.error[0].value


def test_form_fields_not_yet_applied_survive_a_look_at_the_yaml(data_dir):
    add_quiz(data_dir, fixture_source("en-mini.yaml"))
    at = author(quiz="en-mini")
    at.session_state["author/editor"] = "As a form"
    at.run()
    prompt = next(t for t in at.text_area if t.key.endswith("/statement-kind/prompt"))
    prompt.set_value("Half-typed question").run()
    yaml_editor(at)
    at.session_state["author/editor"] = "As a form"
    at.run()
    prompt = next(t for t in at.text_area if t.key.endswith("/statement-kind/prompt"))
    assert prompt.value == "Half-typed question"
