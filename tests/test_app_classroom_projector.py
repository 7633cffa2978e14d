"""The projector view through AppTest: the host page links to it, it shows the code and the
live dashboard as the teacher's settings allow, it has nothing to click that changes the
session or downloads anything, and a wrong link gets a sentence that says what to do."""

from __future__ import annotations

from html import escape

import pytest
import sqlalchemy as sa
from app_support import add_quiz, answer_key, click, errors, fixture_source, html_text, start
from app_support import joined_student as joined

from literacy.classroom import ClassroomStore, ProjectorSettings, SessionOptions
from literacy.classroom.schema import sessions
from literacy.quiz import Quiz

TEACHER_PACED = SessionOptions(pacing="teacher", shuffle_questions=False, leaderboard=True)
WRONG_EN = (
    "This projector link does not open any session. Ask your teacher for the projector link "
    "on the session's page."
)
WRONG_AR = (
    "رابط شاشة العرض هذا لا يفتح أي جلسة. اطلب من معلّمك رابط شاشة العرض الموجود في صفحة الجلسة."
)
GREEN = "Green marks the right answer."


@pytest.fixture
def mini(data_dir) -> Quiz:
    return add_quiz(data_dir, fixture_source("en-mini.yaml", show_explanations="at_end"))


@pytest.fixture
def store(data_dir):
    made = ClassroomStore.from_environment()
    yield made
    made.close()


def projector_links(at) -> list[str]:
    return [button.proto.url for button in at.get("link_button")]


def captions(at) -> list[str]:
    return [c.value for c in at.caption]


def everything_shown(at) -> str:
    """Every text the page sent, to search for what must not be there."""
    parts = [html_text(at), *captions(at), *(m.value for m in at.markdown)]
    parts += [str(e.proto) for kind in ("link_button", "code", "metric") for e in at.get(kind)]
    return "\n".join(parts)


def assert_read_only(at) -> None:
    """Nothing on the page changes the session or takes data away: no buttons, toggles,
    downloads or popovers, and no per-student table."""
    assert not at.exception, at.exception
    assert not at.button and not at.toggle and not at.get("download_button")
    assert not at.text_input and not at.get("code")  # no host link box either
    for frame in at.dataframe:  # a leaderboard at most: never each student's progress
        assert "answered" not in frame.value.columns and "progress" not in frame.value.columns


def test_the_host_page_links_to_the_projector_view_and_says_why(mini, store):
    started = store.create_session(mini, TEACHER_PACED)
    host = start("classroom", host=started.host_key, lang="en")
    assert projector_links(host) == [
        f"http://localhost:8501/classroom?view={started.view_key}&lang=en"
    ]
    assert [b.proto.label for b in host.get("link_button")] == ["Open the projector view"]
    assert any("its address does not hold your host key" in c for c in captions(host))
    arabic = start("classroom", host=started.host_key, lang="ar")
    assert [b.proto.label for b in arabic.get("link_button")] == ["افتح شاشة العرض"]
    assert projector_links(arabic)[0].endswith(f"view={started.view_key}&lang=ar")


def test_the_projector_shows_the_code_and_follows_the_teacher_without_controls(mini, store):
    started = store.create_session(mini, TEACHER_PACED)
    host_key, code = started.host_key, started.session.join_code
    view = start("classroom", view=started.view_key, lang="en")
    assert_read_only(view)
    html = html_text(view)
    assert f'class="lit-join-code" dir="ltr" lang="en">{code[:3]} {code[3:]}</div>' in html
    assert f"/join?code={code}&amp;lang=en" in html
    assert len(view.get("image")) == 1  # the QR code
    assert "Projector view" in captions(view)[0]
    assert not [m for m in view.markdown if m.value.startswith("**Question")]  # none open yet

    sara = joined(code, "Sara")
    store.next_question(host_key)
    sara.run()
    first = mini.questions[0]
    sara.radio(key=answer_key(mini, sara, first.id)).set_value(1).run()
    view.run()
    assert_read_only(view)
    assert "**Question 1**" in [m.value for m in view.markdown]
    assert escape(first.prompt) in html_text(view)
    assert "Answered by 1." in captions(view)
    assert [c.value for c in view.get("html") if "lit-names" in str(c.value)]  # names: on
    assert not view.dataframe  # no per-student table, no leaderboard while answers can change
    assert GREEN not in captions(view) and "Class average" not in everything_shown(view)
    assert any("when your teacher shows the right answers" in c for c in captions(view))

    store.reveal(host_key, first.id)
    view.run()
    assert_read_only(view)
    assert GREEN in captions(view)
    assert "Class average" in [m.label for m in view.metric]
    leaderboard = view.dataframe[0].value  # the session has one, and scores are settled
    assert list(leaderboard.columns) == ["rank", "name", "points"]
    assert host_key not in everything_shown(view)

    store.next_question(host_key)
    view.run()
    assert "**Question 2**" in [m.value for m in view.markdown]
    assert GREEN not in captions(view)  # question 2 is open: nothing marked


def test_the_projector_follows_the_teachers_settings_from_the_host_page(mini, store):
    started = store.create_session(mini, SessionOptions(shuffle_questions=False))
    sara = joined(started.session.join_code, "Sara")
    sara.radio(key=answer_key(mini, sara, mini.questions[0].id)).set_value(0).run()
    view = start("classroom", view=started.view_key, lang="en")
    assert "Sara" in html_text(view) and GREEN not in captions(view)

    host = start("classroom", host=started.host_key, lang="en")
    host.toggle(key="classroom/names").set_value(False).run()
    host.toggle(key="classroom/key").set_value(True).run()
    assert store.session_for_host(started.host_key).projector == ProjectorSettings(
        names=False, answer_key=True
    )
    view.run()
    assert_read_only(view)
    assert "Sara" not in html_text(view) and "lit-names" not in html_text(view)
    assert GREEN in captions(view)
    assert "Class average" in [m.label for m in view.metric]
    # Another of the teacher's devices turns names back on; the host page shows it too.
    store.set_projector(started.host_key, names=True, answer_key=True)
    host.run()
    assert host.toggle(key="classroom/names").value is True
    view.run()
    assert "Sara" in html_text(view)


@pytest.mark.parametrize("language, message", [("en", WRONG_EN), ("ar", WRONG_AR)])
def test_a_wrong_projector_link_says_what_to_do(mini, store, language, message):
    started = store.create_session(mini)
    for wrong in ("not-a-key", started.host_key, started.view_key[:-1]):
        view = start("classroom", view=wrong, lang=language)
        assert errors(view) == [message]  # the same for a host key: nothing gives it away
        assert not view.get("link_button") and not view.get("image")
        assert started.session.join_code not in html_text(view)
        assert_read_only(view)


def test_a_closed_session_stays_on_the_projector(mini, store):
    started = store.create_session(mini)
    joined(started.session.join_code, "Sara")
    store.close_session(started.host_key)
    view = start("classroom", view=started.view_key, lang="en")
    assert_read_only(view)
    assert "The session is closed" in view.info[0].value
    assert "Sara" in html_text(view)


def test_a_session_from_before_projector_links_gets_one_from_its_host_page(mini, store):
    started = store.create_session(mini)
    with store.database.write() as conn:  # as a session started by the previous version
        conn.execute(sessions.update().values(view_key_hash=None))
    assert errors(start("classroom", view=started.view_key, lang="en")) == [WRONG_EN]
    host = start("classroom", host=started.host_key, lang="en")
    assert projector_links(host)[0].endswith(f"view={started.view_key}&lang=en")
    view = start("classroom", view=started.view_key, lang="en")
    assert not errors(view) and started.session.join_code[:3] in html_text(view)
    with store.database.read() as conn:
        missing = sa.select(sa.func.count()).where(sessions.c.view_key_hash.is_(None))
        assert conn.scalar(missing.select_from(sessions)) == 0


def test_the_host_page_still_has_its_controls(mini, store):
    # The projector's read-only page is a separate route: the host page keeps everything.
    started = store.create_session(mini, TEACHER_PACED)
    host = start("classroom", host=started.host_key, lang="en")
    click(host, "classroom/next")
    assert host.button(key="classroom/reveal") and len(host.get("download_button")) == 3
