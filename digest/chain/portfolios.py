"""A job's or a body's portfolios: what a minister or a ministry is for, written around capitalised words.

- a body's list: "Ministry of Trade, Industry and Energy" is one name, and so are "Union of Rail, Maritime and
  Transport Workers" (a last part of two or three words) and "Wildlife Trust for Bedfordshire, Cambridgeshire and
  Northamptonshire" (the areas it serves);
- a job's list after "of" or "for", of parts of one to three words ("Minister of Budget and Economic Planning"):
  no name at all, and the holder after it is a person ("Minister for Trade and Industry Max Roe"); so is a minister's
  or a secretary's one portfolio before a comma ("the Minister for the Environment, Ann Roe");
- a job's list before the job word ("Energy and Natural Resources Minister Ann Roe", "Roads and Transport Cabinet
  Secretary Ann Roe"): the parts before the last are no names either.

The spans come from `digest.chain.spans`; these functions join or drop them, before the mentions are trimmed.
"""

from __future__ import annotations

from collections.abc import Mapping

from digest.chain.gazetteer import place_kind
from digest.chain.given import given
from digest.chain.joins import Spans
from digest.text.tokens import PATRONYMIC, Token

MAX_PORTFOLIOS = 6
MAX_PART_WORDS = 3
"""Words of one part of a job's portfolio ("Economic Planning", "Environmental Sustainability")."""
PORTFOLIO_JOBS = frozenset({"minister", "ministers", "secretary", "secretaries", "commissioner", "commissioners"})
"""Job words a portfolio is written before ("Energy and Natural Resources Minister")."""


def portfolios(tokens: list[Token], spans: Spans, org_words: frozenset[str], jobs: frozenset[str]) -> Spans:
    """The spans with "<Organisation> of <A>, <B> and <C>" joined into one, each part one capitalised word and no
    place, the last after "and" up to three words (`_last_part`: "Ministry of Trade, Industry and Energy", "Union of
    Rail, Maritime and Transport Workers"): the list of what a body is for, not three names; so is "<Organisation>
    for <A>, <B> and <C>" when a part is a known place ("Wildlife Trust for Bedfordshire, Cambridgeshire and
    Northamptonshire": the areas it serves; not "Department for Education, Ofsted and Ofqual"). After a job
    ("Minister of Trade, Industry and Energy") the list is the job's, and no name at all (`job_lists`: parts of
    several words)."""
    out = list(spans)
    k = 0
    while k < len(out):
        start, span = out[k]
        words = [t.text.casefold() for t in span]
        end, j = start + len(span), k + 1
        job = False
        if len(words) >= 3 and words[-2] in {"of", "for"} and any(w in org_words for w in words[:-2]):
            pass  # "Ministry of Trade", "Wildlife Trust for Bedfordshire" found as one span
        elif words[-1] in jobs and j < len(out) and _next_part(tokens, end, out[j], {"of"}):
            end, j, job = out[j][0] + 1, j + 1, True  # "Minister" "of" "Trade": a job's span ends before "of"
        else:
            k += 1
            continue
        parts = 0
        while j < len(out) and parts < MAX_PORTFOLIOS:
            gap = tokens[end].text.casefold() if end < len(tokens) else ""
            last = gap in {"and", "&"} and parts > 0 and not job  # "... Maritime and Transport Workers": the last part
            if not (_next_part(tokens, end, out[j], {",", "and", "&"}) or (last and _last_part(end, out[j]))):
                break
            end, j, parts = out[j][0] + len(out[j][1]), j + 1, parts + 1
            if gap != ",":  # "and" before the last part: the list ends
                break
        listed = [part for _, part in out[k + 1 : j]]
        closed = parts > 0 and tokens[out[j - 1][0] - 1].text.casefold() in {"and", "&"}
        places = any(place_kind(t.text) is not None for part in listed for t in part)
        areas = not job and words[-2] == "for"  # "Wildlife Trust for Bedfordshire, Cambridgeshire and ...": its areas
        if closed and places == areas and (end >= len(tokens) or not tokens[end].capitalised):
            out[k:j] = [] if job else [(start, tokens[start:end])]
            k -= job
        k += 1
    return out


def job_lists(
    tokens: list[Token], spans: Spans, org_words: frozenset[str], jobs: frozenset[str], counts: Mapping[str, int]
) -> Spans:
    """The spans without a job's portfolio of parts of one to three words after "<job> of" or "for", joined by commas
    and a last "and", each a portfolio by `_portfolio` ("Minister of Budget and Economic Planning, Ann Roe"), or a
    `PORTFOLIO_JOBS` word's one portfolio before a mark ("Minister for the Environment, Ann Roe"); a last part holding
    the holder's name stays ("... and Industry Ann Roe", for `holders`)."""
    drop: set[int] = set()
    for k, (start, span) in enumerate(spans[:-1]):
        end = start + len(span)
        if span[-1].text.casefold().rstrip(".") not in jobs or end >= len(tokens):
            continue
        if tokens[end].text.casefold() not in {"of", "for"}:
            continue
        if end + 1 < len(tokens) and tokens[end + 1].text == "the":
            end += 1  # "Minister for the Environment"
        j, gap, listed = k + 1, end, []
        while j < len(spans) and spans[j][0] == gap + 1 and _portfolio(spans[j][1], org_words, counts):
            listed.append(j)
            gap = spans[j][0] + len(spans[j][1])
            if gap >= len(tokens) or tokens[gap].text.casefold() not in {",", "and", "&"} or j - k > MAX_PORTFOLIOS:
                break
            j += 1
        closed = len(listed) >= 2 and tokens[spans[listed[-1]][0] - 1].text.casefold() in {"and", "&"}
        alone = len(listed) == 1 and span[-1].text.casefold() in PORTFOLIO_JOBS  # "Minister for Health, Ann Roe";
        alone = alone and (gap >= len(tokens) or not tokens[gap].word)  # not "... for Health Ann Roe said" (`holders`)
        if (closed or alone) and (gap >= len(tokens) or not tokens[gap].capitalised):
            drop.update(listed)
    return [s for i, s in enumerate(spans) if i not in drop]


def jobs_held(
    tokens: list[Token], spans: Spans, org_words: frozenset[str], jobs: frozenset[str], counts: Mapping[str, int]
) -> Spans:
    """The spans without the portfolios of jobs, before the job word (`before_jobs`) or after it (`job_lists`), and
    with the holders cut from the last part (`holders`); ``counts``: every span of the article, casefolded."""
    listed = job_lists(tokens, before_jobs(tokens, spans, org_words, counts), org_words, jobs, counts)
    return holders(tokens, listed, org_words, jobs, frozenset(counts))


def before_jobs(tokens: list[Token], spans: Spans, org_words: frozenset[str], counts: Mapping[str, int]) -> Spans:
    """The spans without the parts of a portfolio written before its job word, joined to it by "and" and commas
    ("Energy and Natural Resources Minister Ann Roe", "Roads and Transport Cabinet Secretary Ann Roe"): each part one
    to three capitalised words, no place, no organisation, no given name first, written nowhere else in the article
    (``counts``: every span's, casefolded); the last part stays with the job (trimmed with it)."""
    drop: set[int] = set()
    for k in range(len(spans) - 1, 0, -1):
        start, span = spans[k]
        lead = next((i for i, t in enumerate(span) if t.text.casefold() in PORTFOLIO_JOBS), 0)
        if not lead or k - 1 in drop or tokens[start - 1].text.casefold() not in {"and", "&"}:
            continue
        i, gap = k - 1, start - 1
        while i >= 0 and spans[i][0] + len(spans[i][1]) == gap and _portfolio(spans[i][1], org_words, counts):
            drop.add(i)
            gap = spans[i][0] - 1
            if gap < 0 or tokens[gap].text != ",":
                break
            i -= 1
    return [s for i, s in enumerate(spans) if i not in drop]


def _portfolio(part: list[Token], org_words: frozenset[str], counts: Mapping[str, int]) -> bool:
    text = " ".join(t.text for t in part)
    return (
        len(part) <= MAX_PART_WORDS
        and all(t.capitalised and not t.capitals and t.text.casefold() not in org_words for t in part)
        and not given(part[0].text)
        and place_kind(text) is None
        and counts.get(text.casefold(), 0) <= 1
        and (len(part) == 1 or counts.get(part[-1].text.casefold(), 0) == 0)
    )


MIN_HELD = 3
"""Words of a span holding a portfolio's last part and its holder's name ("Industry Max Roe")."""


def holders(
    tokens: list[Token], spans: Spans, org_words: frozenset[str], jobs: frozenset[str], alone: frozenset[str]
) -> Spans:
    """The spans with a job's portfolio and its holder after "<job> of" or "for" cut to the holder, a first and a
    last name the article also writes alone (``alone``: every span, casefolded): "Chief of Staff Mick Roe",
    "Director of Public Prosecutions Max Roe" with "Roe said" give Mick Roe, Max Roe; a portfolio of two parts
    joined by "and" too ("Minister for Trade and Industry Max Roe"), its first part no name either, even when the
    holder is not cut ("Commerce" of "Minister of Commerce and Industry Khalid bin Saad Al Roe"), and one after a
    role of several words and its "for" ("Minister of State for Foreign Affairs Max Roe")."""
    out: Spans = []
    unit = False  # the span before is a job's portfolio: "Trade" of "Minister for Trade and Industry Max Roe"
    for (start, span), (before, job) in zip(spans, [(-2, []), *spans], strict=False):
        holder = span[-2:]
        while len(span) - len(holder) >= 2 and span[-len(holder) - 1].text in PATRONYMIC:
            holder = span[-len(holder) - 2 :]  # "Foreign Affairs Khalid bin Saad Al-Mansouri"
        gap = tokens[start - 1].text.casefold() if job and before + len(job) == start - 1 else ""
        after_job = gap in {"of", "for"} and job[-1].text.casefold().rstrip(".") in jobs
        after_unit = unit and gap in {"and", "&", "for"}  # "Minister of State for Foreign Affairs Max Roe"
        unit = after_job and len(span) == 1 and place_kind(span[0].text) is None  # not "Minister of Japan and"
        if after_unit and len(span) >= MIN_HELD:
            out.pop()  # "Trade" of "Minister for Trade and Industry Max Roe": the job's, no name
        if (
            len(span) >= MIN_HELD
            and (after_job or after_unit)
            and all(
                (t.capitalised or t.text in PATRONYMIC) and not t.capitals and t.text.casefold() not in org_words
                for t in holder
            )
            and holder[-1].text.casefold() in alone
            and place_kind(holder[-1].text) is None  # "... of Life Care Solutions Europe at Acme": no person
        ):
            out.append((start + len(span) - len(holder), holder))
        else:
            out.append((start, span))
    return out


def _next_part(tokens: list[Token], end: int, span: tuple[int, list[Token]], gaps: set[str]) -> bool:
    """Whether ``span`` is one capitalised word right after ``tokens[end]``, which is one of ``gaps``."""
    return span[0] == end + 1 and len(span[1]) == 1 and span[1][0].capitalised and tokens[end].text.casefold() in gaps


def _last_part(end: int, span: tuple[int, list[Token]]) -> bool:
    """Whether ``span``, right after the "and" at token ``end``, is a list's last part of two or three words, no place
    and no given name first ("Union of Rail, Maritime and Transport Workers")."""
    part = span[1]
    return (
        span[0] == end + 1
        and 1 < len(part) <= MAX_PART_WORDS
        and all(t.capitalised and not t.capitals for t in part)
        and not given(part[0].text)
        and place_kind(" ".join(t.text for t in part)) is None
    )
