"""Join codes, host keys and identity tokens: unique where they must be, never stored plainly."""

from __future__ import annotations

import itertools

import pytest
from classroom_support import small_quiz, table_rows, with_backends

from literacy.classroom import normalize_join_code, teacher_password_ok
from literacy.classroom.keys import (
    JOIN_CODE_ALPHABET,
    looks_like_join_code,
    new_join_code,
    secret_hash,
)
from literacy.scoring import Answer


def test_join_codes_use_only_unambiguous_characters():
    for confusable in "0O1IL2Z5S8BUVQDAE":
        assert confusable not in JOIN_CODE_ALPHABET
    codes = {new_join_code() for _ in range(2000)}
    assert all(looks_like_join_code(code) and len(code) == 6 for code in codes)
    assert len(codes) > 1990


@pytest.mark.parametrize(
    "typed, code",
    [
        ("cfg 349", "CFG349"),
        (" cfg-349 ", "CFG349"),
        ("CFG٣٤٩", "CFG349"),  # Arabic-Indic digits from an Arabic keyboard
        ("cfg۳۴۹", "CFG349"),  # Persian digits
    ],
)
def test_typed_codes_are_read_generously(typed, code):
    assert normalize_join_code(typed) == code


@with_backends
def test_a_join_code_belongs_to_one_open_session(make_store):
    # Every new session is offered the same code first: the database refuses the second use
    # while the first session is open, and the store draws again.
    offered = itertools.chain(["CFG349", "CFG349", "HJK777", "CFG349"], iter(new_join_code, None))
    store = make_store(join_codes=lambda: next(offered))
    first = store.create_session(small_quiz(2))
    second = store.create_session(small_quiz(2))
    assert (first.session.join_code, second.session.join_code) == ("CFG349", "HJK777")
    store.close_session(first.host_key)
    third = store.create_session(small_quiz(2))  # the closed session's code is free again
    assert third.session.join_code == "CFG349"
    joined = store.join("cfg349", "Sara")
    assert joined.participant.session_id == third.session.id


@with_backends
def test_host_keys_and_tokens_are_stored_only_as_hashes(store, database_url):
    started = store.create_session(small_quiz(2))
    joined = [store.join(started.session.join_code, name) for name in ("Sara", "Omar")]
    store.submit(joined[0].token, "s0", Answer(response=0))
    secrets = [started.host_key] + [j.token for j in joined]
    assert all(len(secret) >= 43 for secret in secrets)  # 256 bits, URL-safe

    dump = repr(table_rows(database_url))
    for secret in secrets:
        assert secret not in dump
        assert secret_hash(secret) in dump
    assert "host_key" not in repr(started)  # not in logs either
    assert joined[0].token not in repr(joined[0])


@with_backends
def test_a_new_store_on_the_same_database_accepts_the_same_keys(make_store):
    first = make_store()
    started = first.create_session(small_quiz(2))
    joined = first.join(started.session.join_code, "Sara")
    second = make_store()  # another app process
    assert second.session_for_host(started.host_key).id == started.session.id
    assert second.resume(started.session.join_code, joined.token).participant.name == "Sara"


@pytest.mark.parametrize(
    "given, required, ok",
    [
        (None, None, True),
        ("anything", None, True),
        ("anything", "", True),
        (None, "secret", False),
        ("", "secret", False),
        ("Secret", "secret", False),
        ("secret", "secret", True),
        ("كلمة سر", "كلمة سر", True),  # not ASCII: compare_digest needs bytes
        ("كلمة", "كلمة سر", False),
    ],
)
def test_the_teacher_password(given, required, ok):
    assert teacher_password_ok(given, required) is ok
