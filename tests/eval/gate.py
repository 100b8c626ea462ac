"""Scores of the converter's heuristics over the evaluation cases.

Every case goes through the real chain, `read_text` -> `convert_document`, with
the paragraphs that repeat across articles of one source computed over the whole
corpus the way `digest.convert` does for a batch. Each expectation of a case is
one check; a score is the share of checks passed. A failed check keeps a message
naming the case and the segment, tag or field, so a drop in a score can be acted on.
An input the reader refuses (as `digest convert` would report it `failed`) yields no
article, so every check of its case fails, with the reader's reason.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from digest.chain.pipeline import Conversion, convert_document
from digest.chain.repeats import repeated_by_source
from digest.chain.sources import identify
from digest.config import SiteConfig
from digest.contract.model import Article
from digest.problems import InputError
from digest.readers.document import RawDocument, fold, straighten
from digest.text import sentences
from tests.conftest import ADDED
from tests.eval.cases import FLOORS, Case, Suite, read_case

MAX_SUMMARY_WORDS = 70
MAX_TAGS = 12
MAX_DATELINE_WORDS = 6
_ESCAPED = re.compile(r"\\(.)")
METRICS = {
    "keep_recall": "article paragraphs kept (each exactly once)",
    "keep_order": "cases whose kept paragraphs are in order",
    "drop_recall": "non-article paragraphs removed",
    "title_exact": "cases with the exact title",
    "source_rate": "cases with the right source and via",
    "date_rate": "cases with the right date (and authors, when given)",
    "tag_include_recall": "expected tags present",
    "tag_exclude_precision": "junk / duplicate-tag checks passed",
    "summary_pass": "cases whose summary passes every check",
    "topic_pass": "cases with an expected topic",
}


@dataclass(slots=True)
class Tally:
    """Checks of one metric: how many passed, and a message for each that failed."""

    passed: int = 0
    total: int = 0
    failures: list[str] = field(default_factory=list)

    def check(self, ok: bool, message: str) -> None:
        self.total += 1
        if ok:
            self.passed += 1
        else:
            self.failures.append(message)

    def fail(self, count: int, message: str) -> None:
        """Count ``count`` checks as failed, for one reason given once."""
        if count:
            self.total += count
            self.failures.append(message)

    @property
    def score(self) -> float:
        return self.passed / self.total if self.total else 1.0


def source_key(doc: RawDocument, config: SiteConfig) -> str:
    """The batch's grouping key for repeats, as in `digest.convert` (aggregator, else publisher)."""
    source, via = identify(doc, config.sources)
    return via or source or ""


def read_suite(suite: Suite) -> tuple[dict[str, RawDocument], dict[str, str]]:
    """Every case's raw document, and why the reader refused each input it could not read; keyed by file."""
    docs: dict[str, RawDocument] = {}
    refused: dict[str, str] = {}
    for case in suite.cases:
        try:
            docs[case.file] = read_case(case)
        except InputError as error:
            refused[case.file] = str(error)
    return docs, refused


def convert_docs(docs: dict[str, RawDocument], config: SiteConfig) -> dict[str, Conversion]:
    """Convert raw documents as one batch, repeats across articles of one source included."""
    repeated = repeated_by_source(list(docs.values()), config)
    return {
        file: convert_document(doc, config, ADDED, repeated.get(source_key(doc, config), frozenset()))
        for file, doc in docs.items()
    }


def _body(article: Article) -> list[str]:
    """The body's paragraphs as plain text (escapes undone), folded for matching."""
    return [fold(_plain(p)) for p in article.body.split("\n\n") if p.strip()]


def _check_body(case: Case, article: Article, scores: dict[str, Tally]) -> None:
    body = _body(article)
    positions: list[int] = []
    for segment in case.keep:
        where = [i for i, p in enumerate(body) if fold(segment) in p]
        scores["keep_recall"].check(len(where) == 1, f"{case.name}: kept {len(where)} times, not once: {segment!r}")
        positions += where[:1]
    in_order = positions == sorted(positions)
    scores["keep_order"].check(in_order, f"{case.name}: kept paragraphs out of order: {positions}")
    for segment in case.drop:
        key = fold(segment)
        kept = any(p.startswith(key) or (len(key.split()) >= 6 and key in p) for p in body)
        scores["drop_recall"].check(not kept, f"{case.name}: not removed: {segment!r}")


def _check_metadata(case: Case, article: Article, scores: dict[str, Tally]) -> None:
    scores["title_exact"].check(article.title == case.title, f"{case.name}: title {article.title!r} != {case.title!r}")
    got = (article.source, article.via)
    want = (case.source, case.via)
    scores["source_rate"].check(got == want, f"{case.name}: (source, via) {got!r} != {want!r}")
    ok = article.date == case.date and (case.authors is None or article.authors == case.authors)
    message = f"{case.name}: (date, authors) {(article.date, article.authors)!r} != {(case.date, case.authors)!r}"
    scores["date_rate"].check(ok, message)


def _check_tags(case: Case, article: Article, junk: Sequence[str], scores: dict[str, Tally]) -> None:
    tags = {t.casefold(): t for t in article.tags}
    for names in case.tags_include:
        ok = any(n.casefold() in tags for n in names)
        scores["tag_include_recall"].check(ok, f"{case.name}: missing tag {' / '.join(names)!r}; tags: {article.tags}")
    exclude = scores["tag_exclude_precision"]
    for name in case.tags_exclude:
        exclude.check(name.casefold() not in tags, f"{case.name}: junk tag {tags.get(name.casefold())!r}")
    found_junk = [tags[j.casefold()] for j in junk if j.casefold() in tags]
    exclude.check(not found_junk, f"{case.name}: tags from the junk list: {found_junk}")
    for group in case.tags_exclusive:
        present = [tags[n.casefold()] for n in group if n.casefold() in tags]
        exclude.check(len(present) <= 1, f"{case.name}: one entity tagged twice: {present}")
    exclude.check(len(article.tags) <= MAX_TAGS, f"{case.name}: {len(article.tags)} tags, more than {MAX_TAGS}")


def summary_problems(case: Case, article: Article) -> list[str]:
    """Why a summary fails: not the expected lead, boilerplate or a fragment in it, too long, not extractive."""
    summary = article.summary
    problems: list[str] = []
    if not fold(summary).startswith(fold(case.summary_starts)):
        problems.append(f"does not start with {case.summary_starts!r}")
    lowered = straighten(summary).casefold()
    problems += [f"contains {x!r}" for x in case.summary_excludes if straighten(x).casefold() in lowered]
    words = len(summary.rstrip("…").split())
    if words > MAX_SUMMARY_WORDS:
        problems.append(f"{words} words, more than {MAX_SUMMARY_WORDS}")
    rest = not_from_body(summary, article.body.split("\n\n"))
    if rest:
        problems.append(f"not whole sentences of the body from: {rest!r}")
    return problems


def _plain(paragraph: str) -> str:
    """Body Markdown back to the plain text it was escaped from (see `digest.text.markdown.escape`)."""
    return html.unescape(_ESCAPED.sub(r"\1", paragraph))


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", straighten(text)).split())


def _body_sentences(paragraphs: Sequence[str]) -> set[str]:
    """Sentences of the body, each also without a leading dateline ("CITY (Agency) — ")."""
    found: set[str] = set()
    for paragraph in paragraphs:
        for sentence in sentences.split(_plain(paragraph)):
            found.add(_norm(sentence))
            head, dash, tail = sentence.partition(" — ")
            if dash and len(head.split()) <= MAX_DATELINE_WORDS:
                found.add(_norm(tail))
    return found


def not_from_body(summary: str, paragraphs: Sequence[str]) -> str:
    """What is left of ``summary`` after taking whole body sentences off its front ("" when nothing).

    Punctuation counts, so a fragment glued to a sentence is left over. A summary cut
    with an ellipsis may end inside a sentence.
    """
    pieces = _body_sentences(paragraphs)
    cut = summary.endswith("…")
    rest = _norm(summary.removesuffix("…"))
    while rest:
        match = max((p for p in pieces if p and (rest == p or rest.startswith(p + " "))), key=len, default="")
        if not match:
            return "" if cut and any(p.startswith(rest) for p in pieces) else rest
        rest = rest[len(match) :].lstrip()
    return ""


def _check_summary(case: Case, article: Article, scores: dict[str, Tally]) -> None:
    problems = summary_problems(case, article)
    scores["summary_pass"].check(not problems, f"{case.name}: summary {'; '.join(problems)}: {article.summary!r}")


def _check_topics(case: Case, article: Article, config: SiteConfig, scores: dict[str, Tally]) -> None:
    topics = set(article.topics)
    ok = (
        bool(topics & set(case.topics_any))
        and set(case.topics_all) <= topics
        and 1 <= len(topics) <= 3
        and topics <= config.topic_titles
    )
    want = f"any of {list(case.topics_any)}" + (f", all of {list(case.topics_all)}" if case.topics_all else "")
    scores["topic_pass"].check(ok, f"{case.name}: topics {list(article.topics)}, expected {want}")


def _check_refused(case: Case, reason: str, scores: dict[str, Tally]) -> None:
    """Fail every check of a case whose input was refused: no article came out of it."""
    counts = {
        "keep_recall": len(case.keep),
        "keep_order": 1,
        "drop_recall": len(case.drop),
        "title_exact": 1,
        "source_rate": 1,
        "date_rate": 1,
        "tag_include_recall": len(case.tags_include),
        "tag_exclude_precision": len(case.tags_exclude) + len(case.tags_exclusive) + 2,
        "summary_pass": 1,
        "topic_pass": 1,
    }
    for name, count in counts.items():
        scores[name].fail(count, f"{case.name}: not converted ({count} checks failed): {reason}")


def evaluate(suite: Suite, config: SiteConfig) -> dict[str, Tally]:
    """Every metric's tally over the whole suite."""
    docs, refused = read_suite(suite)
    conversions = convert_docs(docs, config)
    scores = {name: Tally() for name in METRICS}
    for case in suite.cases:
        if case.file in refused:
            _check_refused(case, refused[case.file], scores)
            continue
        article = conversions[case.file].article
        _check_body(case, article, scores)
        _check_metadata(case, article, scores)
        _check_tags(case, article, suite.junk, scores)
        _check_summary(case, article, scores)
        _check_topics(case, article, config, scores)
    return scores


def load_floors(path: Path = FLOORS) -> dict[str, float]:
    """The pinned floors of ``floors.yml`` (the development set's, unless ``path`` names another)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(isinstance(v, int | float) for v in data.values()):
        raise ValueError(f"{path.name}: expected a mapping of metric name to a number")
    return {str(k): float(v) for k, v in data.items()}


def report(scores: dict[str, Tally], floors: dict[str, float]) -> str:
    """The score table, then every failed check grouped by metric."""
    lines = [f"{'metric':<24}{'score':>7}{'floor':>7}{'passed':>11}  status", "-" * 60]
    for name, tally in scores.items():
        floor = floors.get(name)
        pinned = math.floor(tally.score * 100) / 100
        status = "BELOW FLOOR" if floor is None or tally.score < floor else "ok"
        if floor is not None and pinned > floor:
            status += f" (floor can rise to {pinned:.2f})"
        shown = f"{floor:.2f}" if floor is not None else "none"
        lines.append(f"{name:<24}{tally.score:>7.3f}{shown:>7}{tally.passed:>6}/{tally.total:<4}  {status}")
    for name, tally in scores.items():
        if tally.failures:
            lines += ["", f"{name} ({METRICS[name]}): {len(tally.failures)} failed"]
            lines += [f"  - {message}" for message in tally.failures]
    return "\n".join(lines)
