"""Load benchmark of a live classroom session: N simulated students against one real
`streamlit run app.py` process, through Streamlit's Agent API (not a test; `make bench`).

Each student is a real server-side Streamlit session: it opens /join?code=…, types a name,
presses Join, then answers every question (picks an option, presses Next). By default as
fast as the server lets it, the worst case of a class that all clicks at once; `--think S`
gives each student a random pause of 0–2·S seconds before each answer, closer to a class
that reads. A teacher's dashboard reruns every two seconds meanwhile. The figures:

- answers per second over the answering phase;
- latency from a student's request leaving to the answer being stored (the answer row's
  `answered_at`, read from the database afterwards), p50 and p95;
- lost answers: answers sent minus rows in the database holding what was sent.

Every request goes through the Agent API, which builds a JSON snapshot of the page after each
rerun (about 35 ms here, on top of the ~20 ms rerun itself), so the figures are a lower
bound of what browsers get from the same process.

Loopback only (the server listens on 127.0.0.1), at most --students × --answers answers, and
everything stops by itself after --timeout seconds. Not simulated: the students' own
two-to-five-second watcher fragments (the Agent API does not run `run_every` fragments).

    .venv/bin/python benchmarks/bench_classroom.py --students 50 --answers 10
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from literacy.classroom import ClassroomStore, SessionOptions  # noqa: E402
from literacy.quiz import Quiz, loads_quiz  # noqa: E402

MAX_STUDENTS = 500
REQUEST_TIMEOUT = 60


def bench_quiz(questions: int) -> Quiz:
    """Questions alternating single choice and true/false, answered with one radio each."""
    items = []
    for i in range(questions):
        if i % 2:
            items.append(
                f"  - {{type: true_false, id: t{i}, prompt: 'Checkable? ({i})', "
                "skill: checkability, answer: true}"
            )
        else:
            items.append(
                f"  - {{type: single_choice, id: s{i}, prompt: 'Who said it? ({i})', "
                "skill: source, choices: [the ministry, sources, nobody], answer: a}"
            )
    source = (
        "id: bench\ntitle: Load benchmark\nlanguage: en\n"
        "article: {text: The ministry said on 3 May that 40 people were hurt.}\n"
        "questions:\n" + "\n".join(items) + "\n"
    )
    return loads_quiz(source)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Agent:
    """POSTs to the Agent API of one server."""

    def __init__(self, base: str):
        self.url = f"{base}/_stcore/agent/interact"

    def __call__(self, body: dict) -> dict:
        request = urllib.request.Request(
            self.url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as answer:
            return json.load(answer)


def student(
    agent: Agent, number: int, code: str, quiz: Quiz, deadline: float, think: float
) -> dict:
    """Join and answer every question; returns the send time of each answer."""
    pause = random.Random(number)
    sent: dict[str, float] = {}
    errors: list[str] = []
    try:
        snap = agent({"page": "join", "query_params": {"code": [code], "lang": ["en"]}})
        session = snap["session_id"]
        snap = agent(
            {
                "session_id": session,
                "widget_state": {"join/name": f"Student {number:03d}"},
                "trigger": {"key": "join/join"},
            }
        )
        for position, question in enumerate(quiz.questions):
            if time.monotonic() > deadline:
                errors.append("timeout")
                break
            keys = [a["key"] for a in snap["actions"]]
            radio = next(k for k in keys if k.endswith(f"-{question.id}-answer"))
            label = "True" if question.type == "true_false" else question.choices[0]
            last = position == len(quiz.questions) - 1
            if think:
                time.sleep(pause.uniform(0, 2 * think))
            sent[question.id] = time.time()
            snap = agent(
                {
                    "session_id": session,
                    "widget_state": {radio: label},
                    "trigger": {"key": "join/finish" if last else "join/next"},
                }
            )
            if snap["status"] != "ready":
                errors.append(f"question {position + 1}: status {snap['status']}")
    except (urllib.error.URLError, OSError, KeyError, StopIteration) as error:
        errors.append(f"{type(error).__name__}: {error}")
    return {"name": f"Student {number:03d}", "sent": sent, "errors": errors}


def teacher(agent: Agent, host_key: str, stop: threading.Event, reruns: list[float]) -> None:
    """The dashboard, rerun every two seconds as its fragment would be (a full rerun here)."""
    snap = agent({"page": "classroom", "query_params": {"host": [host_key], "lang": ["en"]}})
    while not stop.wait(2.0):
        start = time.perf_counter()
        agent({"session_id": snap["session_id"]})
        reruns.append(time.perf_counter() - start)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


@contextlib.contextmanager
def scratch_schema(database_url: str | None) -> Iterator[str | None]:
    """On PostgreSQL, a schema of its own for this run, dropped afterwards, so the benchmark
    never touches the tables already in that database."""
    if not database_url:
        yield None
        return
    url = make_url(database_url)
    schema = f"literacy_bench_{os.getpid()}"
    admin = sa.create_engine(url, poolclass=sa.NullPool)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        scoped = url.update_query_dict({"options": f"-csearch_path={schema}"})
        yield scoped.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def run(students: int, answers: int, think: float, timeout: float, database_url: str | None) -> int:
    with scratch_schema(database_url) as scoped:
        return _run(students, answers, think, timeout, scoped)


def _run(
    students: int, answers: int, think: float, timeout: float, database_url: str | None
) -> int:
    data = Path(tempfile.mkdtemp(prefix="literacy-bench-classroom-"))
    env = {**os.environ, "LITERACY_DATA_DIR": str(data)}
    if database_url:
        env["LITERACY_DATABASE_URL"] = database_url
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true"]
    command += ["--server.address", "127.0.0.1", "--server.port", str(port)]
    command += ["--browser.gatherUsageStats", "false", "--server.enableAgentApi", "true"]
    command += ["--server.agentMaxSessions", "2000", "--logger.level", "error"]
    log = (data / "streamlit.log").open("w")
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    print((data / "streamlit.log").read_text())
                    return 1
                time.sleep(0.3)
        quiz = bench_quiz(answers)
        store = ClassroomStore(database_url or f"sqlite:///{data / 'classroom.sqlite3'}")
        started = store.create_session(
            quiz,
            SessionOptions(show_results="at_end", shuffle_questions=False, shuffle_choices=False),
        )
        agent = Agent(base)
        agent({"page": "join"})  # the first run imports everything; not part of the figures
        stop = threading.Event()
        reruns: list[float] = []
        dashboard = threading.Thread(
            target=teacher, args=(agent, started.host_key, stop, reruns), daemon=True
        )
        dashboard.start()
        code = started.session.join_code
        begin = time.time()
        with ThreadPoolExecutor(max_workers=students) as pool:
            outcomes = list(
                pool.map(lambda n: student(agent, n, code, quiz, deadline, think), range(students))
            )
        elapsed = time.time() - begin
        stop.set()
        dashboard.join(timeout=REQUEST_TIMEOUT)
        results = store.class_results(started.host_key)
        store.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
        shutil.rmtree(data, ignore_errors=True)

    stored = {p.participant.name: p.answers for p in results.participants}
    expected = {"true_false": True, "single_choice": 0}
    latencies, lost = [], 0
    for outcome in outcomes:
        given = stored.get(outcome["name"], {})
        for question in quiz.questions:
            saved = given.get(question.id)
            if saved is None or saved.answer.response != expected[question.type]:
                lost += 1
                continue
            if question.id in outcome["sent"]:
                moment = saved.answered_at.astimezone(datetime.UTC).timestamp()
                latencies.append(moment - outcome["sent"][question.id])
    total = students * answers
    errors = [e for outcome in outcomes for e in outcome["errors"]]
    backend = "PostgreSQL" if database_url else "SQLite"
    print(f"classroom load: {students} students × {answers} answers, one streamlit process")
    pace = f"a pause of 0–{2 * think:g} s before each answer" if think else "no pause"
    print(f"  backend {backend}, {os.cpu_count()} cores, students with {pace}")
    print(f"  answers stored {total - lost} of {total}; lost {lost}; client errors {len(errors)}")
    print(f"  answering phase {elapsed:.1f} s (joins included): {total / elapsed:.1f} answers/s")
    if latencies:
        p50, p95 = percentile(latencies, 0.5), percentile(latencies, 0.95)
        print(
            f"  submit → stored: p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
            f"max {max(latencies) * 1000:.0f} ms"
        )
    else:
        p95 = float("inf")
    if reruns:
        median = statistics.median(reruns) * 1000
        print(f"  teacher dashboard rerun meanwhile: median {median:.0f} ms, {len(reruns)} reruns")
    for error in errors[:5]:
        print(f"  error: {error}")
    ok = lost == 0 and p95 < 2.0
    print(f"  target (0 lost, p95 < 2 s): {'met' if ok else 'NOT met'}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=50)
    parser.add_argument("--answers", type=int, default=10, help="questions in the quiz")
    parser.add_argument(
        "--think", type=float, default=0.0, help="mean seconds a student pauses before answering"
    )
    parser.add_argument("--timeout", type=float, default=300, help="seconds, everything included")
    parser.add_argument(
        "--database-url",
        default=None,
        help="a PostgreSQL database (the run uses a schema of its own); default SQLite",
    )
    args = parser.parse_args()
    if not 1 <= args.students <= MAX_STUDENTS or not 1 <= args.answers <= 50:
        parser.error(f"1–{MAX_STUDENTS} students and 1–50 answers")
    if not 0 <= args.think <= 30:
        parser.error("--think is 0–30 seconds")
    return run(args.students, args.answers, args.think, args.timeout, args.database_url)


if __name__ == "__main__":
    sys.exit(main())
