"""The people who head an organisation the article is about: a person introduced by a job at an organisation
("Tornvik chief executive Ann Roe", "Tornvik's chief executive, Ann Roe", "Fenmoor CEO Ann Roe") speaks for it,
so a leading organisation's head is one of the article's key people even when named once (`digest.chain.tags`).

A person's name is two to five words in Title Case, no place and no organisation
(`digest.chain.trimming.Evidence.person_like`); the job is the words right before the name (a comma between
them allowed), at least one of them a job's word; the organisation is the capitalised words before the job (in
the possessive or not). The job heads it (`HEADS`): a spokesman or an analyst speaks for no one in particular.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence

from digest.chain.entities import Extractor, Mention
from digest.chain.wording import HEADSHIPS, job_words
from digest.text.tokens import Token, tokenize

MAX_JOB_WORDS = 4
"""The most words a job before a name has ("chief operating officer", "Federal Labour Minister")."""
HEADS = frozenset({
    "chief", "ceo", "president", "chair", "chairman", "chairwoman", "chairperson", "commissioner", "director",
    "director-general", "founder", "leader", "head", "governor", "mayor", "minister", "owner", "boss", "principal",
    "superintendent", "secretary-general", "premier", "chancellor",
})  # fmt: skip
"""The jobs that head an organisation (a chief executive, a chair; not a spokesman, an analyst or an officer)."""
LEADING = 3
"""An organisation the article is about: named in the title, or among the entities that score highest."""
HEAD_WEIGHT = 1.0
"""What heading a leading organisation adds to a person's salience: a mention's worth."""


def heads(
    sentences: Sequence[list[Token]],
    mentions: Sequence[Mention],
    job_words: Collection[str],
    person_like: Callable[[list[Token]], bool],
) -> Iterator[tuple[str, str]]:
    """(a person's name, the organisation's name), both casefolded, for each person introduced by
    a job at an organisation (see the module doc). ``mentions`` in the order of the text, their positions counted
    in tokens over ``sentences``; ``job_words``: casefolded words of jobs."""
    starts: list[int] = []
    total = 0
    for tokens in sentences:
        starts.append(total)
        total += len(tokens)
    index = 0
    people: dict[str, bool] = {}
    for m in mentions:
        while index + 1 < len(starts) and starts[index + 1] <= m.position:
            index += 1
        key = m.text.casefold()
        if m.heading or " " not in key:
            continue
        if key not in people:
            people[key] = person_like(tokenize(m.text))
        if people[key] and (org := _employer(sentences[index], m.position - starts[index], m.text, job_words)):
            yield key, org


def _employer(tokens: Sequence[Token], at: int, name: str, job_words: Collection[str]) -> str | None:
    """The organisation whose job comes right before ``name`` (found from token ``at``), casefolded, or ``None``."""
    first = name.split(maxsplit=1)[0]
    k = next((i for i in range(at, len(tokens)) if tokens[i].text == first), None)
    if k is None:
        return None
    k -= 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    end, job = k, False  # the job's words, then the organisation's
    while k >= 0 and end - k < MAX_JOB_WORDS and tokens[k].word and not tokens[k].possessive:
        word = tokens[k].text.casefold().rstrip(".")
        if word not in job_words:
            break
        k, job = k - 1, job or word.removeprefix("co-") in HEADS
    if not job or k < 0 or not (tokens[k].capitalised or tokens[k].capitals):
        return None
    org = [tokens[k]]
    while k > 0 and (tokens[k - 1].capitalised or tokens[k - 1].capitals) and not tokens[k - 1].possessive:
        k -= 1
        org.insert(0, tokens[k])
    text = " ".join(t.text for t in org)
    for mark in ("'s", "’s"):
        text = text.removesuffix(mark)
    return text.casefold()


@functools.lru_cache(maxsize=8)
def _job_words(role_words: frozenset[str], roles: tuple[str, ...]) -> frozenset[str]:
    """Every word of a job: the job words and the words of the configured roles ("executive" of "Chief
    Executive"), casefolded, made once per rule set."""
    return job_words(role_words) | HEADSHIPS | {word for role in roles for word in role.casefold().split()}


def led(
    extractor: Extractor,
    mentions: Sequence[Mention],
    *,
    known: Collection[str],
    find: Callable[[str], str],
    scores: Mapping[str, tuple[float, bool]],
) -> frozenset[str]:
    """The entities (by their group's key, ``find``) of the people who head a leading organisation (`LEADING`;
    ``known``: every name mentioned, casefolded; ``scores``: each group's key -> its score and whether the title
    names it)."""
    leading = {key for key, (_, titled) in scores.items() if titled}
    leading |= set(sorted(scores, key=lambda key: -scores[key][0])[:LEADING])
    found = set()
    rules = extractor.rules
    jobs = _job_words(rules.role_words, rules.roles)
    for person, org in heads(extractor.sentences, mentions, jobs, extractor.evidence.person_like):
        if person in known and org in known and find(org) in leading and find(person) not in (find(org), None):
            found.add(find(person))
    return frozenset(found & set(scores))
