"""The library page, the language switch and the About page through AppTest."""

from __future__ import annotations

from app_support import BUKAMAL, FIXTURES, ROOT, add_quiz, fixture_source, html_text, start

from literacy.errors import QuizFileError
from literacy.quiz import loads_quiz
from literacy.ui.library import Filters, read_library, search, stamp

BUNDLED_DIR = ROOT / "quizzes"


def test_opens_in_arabic_with_the_bundled_quiz(data_dir):
    at = start()
    assert at.title[0].value == "مكتبة الاختبارات"
    html = html_text(at)
    assert "من يقول ذلك؟" in html and "عدد الأسئلة: 16" in html
    assert 'dir="rtl" lang="ar"' in html
    assert at.query_params["lang"] == "ar"


def test_language_switch_changes_the_interface_and_the_url(data_dir):
    at = start()
    at.segmented_control(key="lang").set_value("en").run()
    assert at.title[0].value == "Quiz library"
    assert at.query_params["lang"] == "en"
    assert "Questions: 16" in html_text(at)
    # The quiz keeps its own direction in the English interface.
    assert '<h3 class="lit-heading" dir="rtl" lang="ar">' in html_text(at)


def test_a_shared_link_opens_in_its_language(data_dir):
    assert start(lang="en").title[0].value == "Quiz library"
    assert start(lang="xx").title[0].value == "مكتبة الاختبارات"


def _shown(at) -> str:
    return next(c.value for c in at.caption if c.value.startswith("Showing"))


def _expected(data_dir, filters: Filters) -> str:
    library = read_library(stamp([("bundled", BUNDLED_DIR), ("saved", data_dir / "quizzes")]))
    return f"Showing {len(search(library, filters))} of {len(library.entries)} quizzes."


def test_search_and_filters(data_dir):
    add_quiz(data_dir, fixture_source("en-mini.yaml"))
    at = start(lang="en")
    assert _shown(at) == _expected(data_dir, Filters())
    # Arabic search is normalised: «قراءه» finds the title's «قراءة».
    at.text_input(key="library/query").set_value("قراءه البوكمال").run()
    assert _shown(at).startswith("Showing 1 of ")
    at.text_input(key="library/query").set_value("").run()
    at.selectbox(key="library/language").set_value("en").run()
    assert "Council bridge vote" in html_text(at) and "البوكمال" not in html_text(at)
    assert _shown(at) == _expected(data_dir, Filters(language="en"))
    at.selectbox(key="library/skill").set_value("general").run()
    assert any("No quiz matches" in i.value for i in at.info)
    at.selectbox(key="library/skill").set_value(None).run()
    at.selectbox(key="library/level").set_value("easy").run()
    assert _shown(at) == _expected(data_dir, Filters(language="en", level="easy"))


def test_every_card_opens_its_quiz_to_take_to_edit_and_for_a_classroom_session(data_dir):
    add_quiz(data_dir, fixture_source("en-mini.yaml"))
    at = start(lang="en")
    by_page: dict[str, list[str]] = {}
    for link in at.get("page_link"):
        by_page.setdefault(link.proto.page, []).append(link.proto.query_string)
    assert set(by_page) == {"take", "author", "classroom"}
    total = len(read_library(stamp([("bundled", BUNDLED_DIR)])).entries) + 1
    for page in ("take", "author", "classroom"):
        assert len(by_page[page]) == total
        assert "quiz=en-mini&lang=en" in by_page[page]


def upload(at, name: str, data: bytes):
    at.file_uploader(key="library/file").upload(name, data, "application/x-yaml").run()
    assert not at.exception, at.exception
    return at


def test_an_invalid_upload_lists_every_problem_with_its_line(data_dir):
    source = fixture_source("en-mini.yaml")
    source = source.replace("answer: a", "answer: z").replace("skill: checkability", "skill: maths")
    source = source.replace("id: en-mini", "id: En Mini")
    try:
        loads_quiz(source)
    except QuizFileError as error:
        problems = error.problems
    assert len(problems) == 3
    at = upload(start(lang="en"), "week3.yaml", source.encode())
    # Alerts render Markdown: the file name is escaped so it shows exactly as it is called.
    assert at.error[0].value.startswith("week3\\.yaml cannot be used yet: 3 problem(s)")
    html = html_text(at)
    for problem in problems:
        assert f"line {problem.line}</bdi>" in html
    assert not any(b.key == "library/save" for b in at.button)


def test_broken_yaml_and_non_utf8_are_reported_not_crashed(data_dir):
    at = upload(start(lang="en"), "bad.yaml", b"id: x\n  title: [unclosed\n")
    assert "line 2</bdi>" in html_text(at)
    at = upload(start(lang="en"), "latin1.yaml", "title: café".encode("latin-1"))
    assert "is not UTF-8 text" in html_text(at)


def test_a_valid_upload_is_saved_and_listed(data_dir):
    source = fixture_source("en-mini.yaml").replace("\n", "\r\n")
    at = upload(start(lang="en"), "mini.yaml", source.encode("utf-8-sig"))
    assert "is a valid quiz" in at.success[0].value
    at.button(key="library/save").click().run()
    saved = data_dir / "quizzes" / "en-mini.yaml"
    assert saved.read_bytes() == source.encode()  # the teacher's file, comments and all
    assert "Council bridge vote" in html_text(at)  # listed at once
    # Uploading it again offers to replace the saved copy.
    at = upload(start(lang="en"), "mini.yaml", source.encode())
    assert at.button(key="library/save").label.startswith("Replace")


def test_an_upload_cannot_take_a_bundled_quiz_id(data_dir):
    at = upload(start(lang="en"), "copy.yaml", BUKAMAL.read_bytes())
    assert "already has the id “bukamal\\-2017”" in at.warning[0].value
    assert not any(b.key == "library/save" for b in at.button)
    assert not list((data_dir / "quizzes").iterdir())


def test_broken_files_in_the_folder_are_listed_with_their_problems(data_dir):
    (data_dir / "quizzes" / "broken.yaml").write_text("id: broken\ntitle: x\n", encoding="utf-8")
    clash = (FIXTURES / "en-mini.yaml").read_text(encoding="utf-8")
    (data_dir / "quizzes" / "a.yaml").write_text(clash, encoding="utf-8")
    (data_dir / "quizzes" / "b.yaml").write_text(clash, encoding="utf-8")
    at = start(lang="en")
    assert at.expander[0].label == "Quiz files that could not be read (2)"
    html = html_text(at)
    assert "broken.yaml" in html and "b.yaml" in html
    assert "is required" in html and "already the id of" in html


def test_about_explains_the_three_skills_in_both_languages(data_dir):
    for lang, first in (("ar", "1. من المصدر؟"), ("en", "1. Who is the source?")):
        at = start("about", lang=lang)
        headings = [h.value for h in at.subheader]
        assert headings[0] == first and len(headings) == 4


def test_a_teacher_password_gates_saving_a_quiz(data_dir, monkeypatch):
    monkeypatch.setenv("LITERACY_TEACHER_PASSWORD", "s3cret")
    at = start(lang="en")
    upload(at, "mini.yaml", fixture_source("en-mini.yaml").encode())
    at.text_input(key="library/password").set_value("wrong").run()
    at.button(key="library/save").click().run()
    assert [e.value for e in at.error] == [
        "The quiz could not be saved: the teacher password is not right"
    ]
    assert not (data_dir / "quizzes" / "en-mini.yaml").exists()
    at.text_input(key="library/password").set_value("s3cret").run()
    at.button(key="library/save").click().run()
    assert (data_dir / "quizzes" / "en-mini.yaml").exists()
