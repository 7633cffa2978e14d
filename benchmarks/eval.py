"""`make eval`: the analyser against the Arabic and English development data, scored as
defined in `../shared/eval/README.md`, each figure beside its majority or naive baseline.

The data is research data under non-commercial licences: it is read from outside the
repository (`../shared/eval`, or `LITERACY_EVAL_DIR`) and never copied in. Without it this
prints why and exits 0. `--split train` scores the training splits instead (what the rules
were tuned on); the figures to report are the development ones. `--cv` prints, instead of
the report, split-half figures for the loaded words (see `cross_validate`).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from literacy.analysis import analyze

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the English readers beside this file
import eval_english

REPO = Path(__file__).resolve().parent.parent
# Techniques whose spans make a predicted loaded word correct (README: "Loaded words").
ARMPRO_LOADED = {
    "Loaded_Language",
    "Name_Calling-Labeling",
    "Exaggeration-Minimisation",
    "Appeal_to_Fear-Prejudice",
    "Flag_Waving",
    "Slogans",
}
WANLP_LOADED = {
    "Loaded Language",
    "Name calling/Labeling",
    "Exaggeration/Minimisation",
    "Appeal to fear/prejudice",
    "Flag-waving",
    "Slogans",
}
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class SpanDoc:
    group: str  # the page (ArMPro) or tweet (WANLP) it comes from
    text: str
    correct: list[tuple[int, int]]  # spans of any loaded technique (precision)
    recall: list[tuple[int, int]]  # Loaded_Language spans (recall)


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return f"P {self.precision:.2f}  R {self.recall:.2f}  F1 {self.f1:.2f}"


def eval_dir() -> Path:
    """$LITERACY_EVAL_DIR, else ../shared/eval next to the repository."""
    configured = os.environ.get("LITERACY_EVAL_DIR")
    return Path(configured) if configured else REPO.parent / "shared" / "eval"


# -- reading the data ------------------------------------------------------------------------


def read_armpro(path: Path) -> list[SpanDoc]:
    docs = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            item = json.loads(line)
            labels = item["labels"]
            docs.append(
                SpanDoc(
                    item["page_id"],
                    item["paragraph"],
                    [(x["start"], x["end"]) for x in labels if x["technique"] in ARMPRO_LOADED],
                    [(x["start"], x["end"]) for x in labels if x["technique"] == "Loaded_Language"],
                )
            )
    return docs


def read_wanlp(path: Path) -> list[SpanDoc]:
    docs = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        text = item["text"]
        correct, recall = [], []
        for label in item["labels"]:
            span = _wanlp_span(text, label)
            if span is None:
                continue
            if label["technique"] in WANLP_LOADED:
                correct.append(span)
            if label["technique"] == "Loaded Language":
                recall.append(span)
        docs.append(SpanDoc(str(item["id"]), text, correct, recall))
    return docs


def _wanlp_span(text: str, label: dict) -> tuple[int, int] | None:
    """Some offsets are off (README): trust the fragment, found nearest to the given start."""
    fragment = label.get("text") or label.get("text_fragment") or ""
    start, end = label["start"], label["end"]
    if not fragment or text[start:end] == fragment:
        return (start, end)
    found = [m.start() for m in re.finditer(re.escape(fragment), text)]
    if not found:
        return (start, end) if end <= len(text) else None
    best = min(found, key=lambda s: abs(s - start))
    return (best, best + len(fragment))


def read_ct22(path: Path) -> list[tuple[str, bool]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(r["tweet_text"], r["class_label"] == "1") for r in rows]


def read_thatiar(path: Path) -> list[tuple[str, bool]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t")
        return [(r["sentence"], r["label"] == "SUBJ") for r in rows]


# -- scoring ---------------------------------------------------------------------------------


def _overlaps(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def score_spans(docs: Sequence[SpanDoc], predicted: Sequence[list[tuple[int, int]]]) -> PRF:
    right = total = found = gold = 0
    for doc, spans in zip(docs, predicted, strict=True):
        total += len(spans)
        right += sum(1 for s in spans if _overlaps(s, doc.correct))
        gold += len(doc.recall)
        found += sum(1 for g in doc.recall if _overlaps(g, spans))
    return PRF(right / total if total else 0.0, found / gold if gold else 0.0)


def accuracy(gold: Sequence[bool], predicted: Sequence[bool]) -> float:
    return sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold)


def macro_f1(gold: Sequence[bool], predicted: Sequence[bool]) -> float:
    scores = []
    for positive in (True, False):
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == positive and p == positive)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if g != positive and p == positive)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == positive and p != positive)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / 2


def majority(gold: Sequence[bool]) -> list[bool]:
    common = Counter(gold).most_common(1)[0][0]
    return [common] * len(gold)


def naive_lexicon(docs: Sequence[SpanDoc]) -> set[str]:
    """README's naive baseline: every word seen inside a Loaded_Language span at least half
    the times it occurs."""
    inside: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for doc in docs:
        for m in _WORD.finditer(doc.text):
            seen[m.group()] += 1
            if _overlaps(m.span(), doc.recall):
                inside[m.group()] += 1
    return {w for w, n in inside.items() if n * 2 >= seen[w]}


def naive_spans(docs: Sequence[SpanDoc], words: set[str]) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in _WORD.finditer(d.text) if m.group() in words] for d in docs]


def naive_two_fold(docs: Sequence[SpanDoc], groups: Sequence[str]) -> PRF:
    """The naive lexicon scored out of sample: mined on half the pages (or tweets), scored
    on the other half, and the other way round; both halves pooled."""
    keys = sorted(set(groups))
    half = {k for n, k in enumerate(keys) if n % 2 == 0}
    a = [d for d, g in zip(docs, groups, strict=True) if g in half]
    b = [d for d, g in zip(docs, groups, strict=True) if g not in half]
    spans = naive_spans(b, naive_lexicon(a)) + naive_spans(a, naive_lexicon(b))
    return score_spans(b + a, spans)


# -- the report ------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--cv", action="store_true", help="split-half loaded-word figures")
    args = parser.parse_args(argv)
    folder = eval_dir()
    if not (folder / "armpro-spans-dev.jsonl").is_file():
        print(
            f"literacy eval: skipped: no evaluation data in {folder} "
            "(set LITERACY_EVAL_DIR to the folder holding armpro-spans-dev.jsonl and the others)"
        )
        return 0
    began = time.perf_counter()
    if args.cv:
        cross_validate(folder)
        print()
        print(f"({time.perf_counter() - began:.1f} s)")
        return 0
    split = args.split
    print(f"literacy eval: Arabic {split} data in {folder}")
    print()

    if split == "dev":
        armpro = read_armpro(folder / "armpro-spans-dev.jsonl")
        ours = score_spans(armpro, [_loaded(d.text) for d in armpro])
        naive = naive_two_fold(armpro, [d.group for d in armpro])
        gold = sum(len(d.recall) for d in armpro)
        _line(
            f"loaded words  ArMPro dev ({len(armpro)} paragraphs, {gold} Loaded_Language spans)",
            str(ours),
            f"naive lexicon, mined on half the pages and scored on the other half: {naive}",
        )
    wanlp_train = read_wanlp(folder / "wanlp22-spans-train.json")
    wanlp = wanlp_train if split == "train" else read_wanlp(folder / "wanlp22-spans-dev.json")
    ours = score_spans(wanlp, [_loaded(d.text) for d in wanlp])
    if split == "train":
        naive = naive_two_fold(wanlp, [d.group for d in wanlp])
        mined = "mined on half the tweets and scored on the other half"
    else:
        naive = score_spans(wanlp, naive_spans(wanlp, naive_lexicon(wanlp_train)))
        mined = "mined from WANLP train"
    gold = sum(len(d.recall) for d in wanlp)
    _line(
        f"loaded words  WANLP {split} ({len(wanlp)} tweets, {gold} Loaded Language spans)",
        str(ours),
        f"naive lexicon {mined}: {naive}",
    )

    ct22 = read_ct22(folder / f"ct22-claims-{split}.tsv")
    truth = [label for _, label in ct22]
    predicted = [any(c.factual for c in analyze(text, "ar").claims) for text, _ in ct22]
    base = majority(truth)
    _line(
        f"factual claim CT22 {split} ({len(ct22)} tweets)",
        f"accuracy {accuracy(truth, predicted):.2f}  macro-F1 {macro_f1(truth, predicted):.2f}",
        "majority class: "
        f"accuracy {accuracy(truth, base):.2f}  macro-F1 {macro_f1(truth, base):.2f}",
    )

    thatiar = read_thatiar(folder / f"thatiar-subjectivity-{split}.tsv")
    truth = [label for _, label in thatiar]
    predicted = [any(c.subjective for c in analyze(text, "ar").claims) for text, _ in thatiar]
    base = majority(truth)
    _line(
        f"subjectivity  ThatiAR {split} ({len(thatiar)} sentences)",
        f"macro-F1 {macro_f1(truth, predicted):.2f}",
        f"majority class: macro-F1 {macro_f1(truth, base):.2f}",
    )
    print()
    english(folder / "en", split)
    print()
    print(f"({time.perf_counter() - began:.1f} s)")
    return 0


def english(folder: Path, split: str) -> None:
    """The English figures: PTC loaded words, CheckThat! subjectivity, PolNeAR sources."""
    if not (folder / "ptc-train" / "labels.tsv").is_file():
        print(f"literacy eval: English skipped: no evaluation data in {folder}")
        return
    print(f"literacy eval: English {split} data in {folder}")
    print()
    ptc = [SpanDoc(*doc) for doc in eval_english.read_ptc(folder / "ptc-train")]
    ours = score_spans(ptc, [_loaded(d.text, "en") for d in ptc])
    naive = naive_two_fold(ptc, [d.group for d in ptc])
    gold = sum(len(d.recall) for d in ptc)
    _line(
        f"loaded words  PTC train ({len(ptc)} articles, {gold} Loaded_Language spans; the only"
        " PTC split here, so the one the lexicon was checked against)",
        str(ours),
        f"naive lexicon, mined on half the articles and scored on the other half: {naive}",
    )
    for name in ("train",) if split == "train" else ("dev", "devtest"):
        rows = eval_english.read_checkthat(folder / f"checkthat-subjectivity-{name}.tsv")
        truth = [label for _, label in rows]
        predicted = [any(c.subjective for c in analyze(t, "en").claims) for t, _ in rows]
        _line(
            f"subjectivity  CheckThat! {name} ({len(rows)} sentences; weights fitted on train)",
            f"macro-F1 {macro_f1(truth, predicted):.2f}",
            f"majority class: macro-F1 {macro_f1(truth, majority(truth)):.2f}",
        )
    polnear = eval_english.read_polnear(folder / "polnear-dev")
    sources = [[(s.start, s.end) for s in analyze(t, "en").sources] for t, _ in polnear]
    precision, recall = eval_english.score_sources(polnear, sources)
    naive_p, naive_r = eval_english.score_sources(
        polnear, [eval_english.name_before_said(t) for t, _ in polnear]
    )
    gold = sum(
        1
        for _, found in polnear
        for _, words in found
        if words.strip().lower() not in eval_english.PRONOUNS
    )
    _line(
        f"sources       PolNeAR dev ({len(polnear)} texts, {gold} non-pronoun sources; the only"
        " split here, so the one the rules were written against)",
        f"P {precision:.2f}  R {recall:.2f} (recall leaves out bare pronouns)",
        f'a capitalised name right before "said": P {naive_p:.2f}  R {naive_r:.2f}',
    )


# -- split-half figures (`--cv`) --------------------------------------------------------------

# The pruning a lexicon author does by hand, done blindly: an entry firing at least this often
# on the fitting half, and right less often than this, is dropped before scoring the other half.
PRUNE_MIN_FIRED = 5
PRUNE_BELOW = 0.5


def cross_validate(folder: Path) -> None:
    """Loaded words scored on halves the lexicon was not checked against separately.

    The lexicons were written with all the development data in view, so one figure on all of
    it flatters them. This prints, per dataset, the committed lexicon on each half (the spread
    says how much one figure can be trusted), and an entry-pruning pass fitted on one half and
    scored on the other, both ways, pooled: when pruning by the data gains nothing out of
    sample, precision has to come from rules that say why a word is loaded, not from the data.
    Halves: ArMPro by page and PTC by article (sorted ids, alternating), WANLP train against
    dev (the splits its authors made).
    """
    armpro = read_armpro(folder / "armpro-spans-dev.jsonl")
    wanlp_train = read_wanlp(folder / "wanlp22-spans-train.json")
    wanlp_dev = read_wanlp(folder / "wanlp22-spans-dev.json")
    print(f"literacy eval --cv: loaded words on halves of the data in {folder}")
    print()
    _cv_report("ArMPro dev, halves by page", *_halves(armpro), "ar")
    _cv_report("WANLP, train and dev", wanlp_train, wanlp_dev, "ar")
    if (folder / "en" / "ptc-train" / "labels.tsv").is_file():
        ptc = [SpanDoc(*doc) for doc in eval_english.read_ptc(folder / "en" / "ptc-train")]
        _cv_report("PTC train, halves by article", *_halves(ptc), "en")


def _halves(docs: Sequence[SpanDoc]) -> tuple[list[SpanDoc], list[SpanDoc]]:
    keys = sorted({d.group for d in docs})
    first = {k for n, k in enumerate(keys) if n % 2 == 0}
    return [d for d in docs if d.group in first], [d for d in docs if d.group not in first]


def _cv_report(name: str, one: list[SpanDoc], two: list[SpanDoc], language: str) -> None:
    found_one = [_entries(d.text, language) for d in one]
    found_two = [_entries(d.text, language) for d in two]
    print(name)
    for label, docs, found in (("half 1", one, found_one), ("half 2", two, found_two)):
        spans = [[s for s, _ in f] for f in found]
        gold = sum(len(d.recall) for d in docs)
        print(f"    {label} ({len(docs)} docs, {gold} gold spans): {score_spans(docs, spans)}")
    kept_two = _prune(one, found_one, found_two)
    kept_one = _prune(two, found_two, found_one)
    pruned = score_spans(two + one, kept_two + kept_one)
    print(f"    entries pruned on one half, scored on the other (pooled): {pruned}")


def _entries(text: str, language: str) -> list[tuple[tuple[int, int], str]]:
    return [((w.start, w.end), w.entry or "") for w in analyze(text, language).loaded]


def _prune(
    fit: Sequence[SpanDoc],
    fit_found: Sequence[list[tuple[tuple[int, int], str]]],
    test_found: Sequence[list[tuple[tuple[int, int], str]]],
) -> list[list[tuple[int, int]]]:
    fired: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for doc, found in zip(fit, fit_found, strict=True):
        for span, entry in found:
            fired[entry] += 1
            right[entry] += _overlaps(span, doc.correct)
    dropped = {e for e, n in fired.items() if n >= PRUNE_MIN_FIRED and right[e] < PRUNE_BELOW * n}
    return [[span for span, entry in found if entry not in dropped] for found in test_found]


def _loaded(text: str, language: str = "ar") -> list[tuple[int, int]]:
    return [(w.start, w.end) for w in analyze(text, language).loaded]


def _line(what: str, ours: str, baseline: str) -> None:
    print(f"{what}")
    print(f"    analyser: {ours}")
    print(f"    baseline: {baseline}")


if __name__ == "__main__":
    sys.exit(main())
