"""Names written over a comma or around parentheses: spans found apart that are one name (see `digest.chain.spans`).

- an acronym's expansion: spans whose capitals, read over commas and small words, spell the acronym
  in parentheses after them, or the one before the parentheses around them ("United Nations
  Educational, Scientific and Cultural Organization (UNESCO)");
- a body of a state or country named with the city of its campus: "<Organisation> of <Place>, <City>"
  ("University of California, San Diego");
- a body of an organisation named after the organisation's acronym: "United Nations (UN) General
  Assembly" is "United Nations General Assembly" (that span's tokens skip the parentheses).

- a law's name holding a parenthesised part or followed by its year: "Coastal Communities (Flood Defence) Bill",
  "Planning and Development Act 2024".

The commas and parentheses stay in the joined span; `digest.chain.trimming` writes them back ("Educational,
Scientific").
"""

from __future__ import annotations

from itertools import pairwise

from digest.chain.gazetteer import languages, place_kind
from digest.chain.wording import LAWS, YEAR
from digest.text.tokens import Token

_EXPANSION_GAPS = frozenset({",", "and", "&", "of", "the", "for", "on", "in", "to"})
"""What may stand between the parts of an acronym's expansion ("Educational, Scientific and Cultural")."""
MAX_EXPANSION_PARTS = 5
MAX_GAP = 3


def _letters(tokens: list[Token]) -> str:
    return "".join(t.text[0] for t in tokens if t.capitalised)


def _acronym_after(tokens: list[Token], end: int) -> str:
    """The acronym alone in parentheses at ``tokens[end]`` ("(UNESCO)"), else ""."""
    if end + 2 >= len(tokens) or tokens[end].text != "(" or tokens[end + 2].text != ")":
        return ""
    return tokens[end + 1].text if tokens[end + 1].capitals else ""


def _acronym_around(tokens: list[Token], first: int, end: int) -> str:
    """The acronym right before the parentheses that hold ``tokens[first:end]`` ("UNESCO (United ...)"), else ""."""
    opened = first >= 2 and tokens[first - 1].text == "(" and end < len(tokens) and tokens[end].text == ")"
    return tokens[first - 2].text if opened and tokens[first - 2].capitals else ""


def expansions(tokens: list[Token], spans: list[tuple[int, list[Token]]]) -> list[tuple[int, list[Token]]]:
    """Spans joined into one where their capitals, read over commas and small words, spell the acronym in
    parentheses after them, or the one before the parentheses around them: "United Nations Educational,
    Scientific and Cultural Organization (UNESCO)" is one name, not three (its commas stay in the span)."""
    out = list(spans)
    k = 1
    while k < len(out):
        start, span = out[k]
        end = start + len(span)
        after = _acronym_after(tokens, end)
        for j in range(k - 1, max(-1, k - MAX_EXPANSION_PARTS), -1):
            gap = tokens[out[j][0] + len(out[j][1]) : out[j + 1][0]]
            if not gap or len(gap) > MAX_GAP or any(t.text.casefold() not in _EXPANSION_GAPS for t in gap):
                break
            first = out[j][0]
            joined = tokens[first:end]
            acronym = after or _acronym_around(tokens, first, end)
            if acronym and _letters(joined) == acronym:
                out[j : k + 1] = [(first, joined)]
                k = j
                break
        k += 1
    return out


Spans = list[tuple[int, list[Token]]]


def campuses(tokens: list[Token], spans: Spans, org_words: frozenset[str]) -> Spans:
    """The spans with "<Organisation> of <Place>, <City>" or "... at <City>" joined into one ("University of
    California, San Diego", "University of Texas at Austin"): a body of a state or country named with the city of
    its campus."""
    out = list(spans)
    for k in reversed(_campus_starts(tokens, spans, org_words)):
        first = out[k][0]
        out[k : k + 2] = [(first, tokens[first : out[k + 1][0] + len(out[k + 1][1])])]
    return out


def _campus_starts(tokens: list[Token], spans: Spans, org_words: frozenset[str]) -> list[int]:
    """The index of each organisation's span of a place followed by a comma and a city."""
    pairs: list[int] = []
    for k, ((start, span), (after, city)) in enumerate(pairwise(spans)):
        end = start + len(span)
        if after != end + 1 or tokens[end].text not in {",", "at"}:
            continue
        words = [t.text for t in span]
        if "of" not in words[1:-1] or not any(w.casefold() in org_words for w in words[: words.index("of")]):
            continue
        place = " ".join(words[words.index("of") + 1 :])
        town = " ".join(t.text for t in city)
        if place_kind(place) in {"region", "country"} and place_kind(town) == "city":
            pairs.append(k)
    return pairs


MAX_BODY_WORDS = 3


def bodies(tokens: list[Token], spans: Spans, org_words: frozenset[str]) -> Spans:
    """The spans with "<Name> (<its acronym>) <Body>" joined into one without the parentheses ("United Nations
    (UN) General Assembly"): a body of the organisation the acronym was given for, its last word an organisation
    word, its words all capitalised."""
    out = list(spans)
    for k in range(len(spans) - 3, -1, -1):
        if k + 2 >= len(out):
            continue
        (start, span), (after, body) = out[k], out[k + 2]  # out[k + 1]: the acronym
        end = start + len(span)
        acronym = _acronym_after(tokens, end)
        if not acronym or after != end + 3 or _letters(span) != acronym or len(body) > MAX_BODY_WORDS:
            continue
        if all(t.capitalised for t in body) and body[-1].text.casefold() in org_words:
            out[k : k + 3] = [(start, [*span, *body])]
    return out


MAX_LAW_WORDS = 2


def laws(tokens: list[Token], spans: Spans) -> Spans:
    """The spans with "<Name> (<Part>) <Law>" joined into one, its parentheses kept ("Coastal Communities (Flood
    Defence) Bill"): a law's name holding a parenthesised part, not a name and a note on it; and a law's name with
    the year written after it ("Planning and Development Act 2024")."""
    return [(start, _dated(tokens, start, span)) for start, span in _qualified(tokens, spans)]


def _dated(tokens: list[Token], start: int, span: list[Token]) -> list[Token]:
    end = start + len(span)
    if len(span) > 1 and span[-1].text.casefold() in LAWS and end < len(tokens) and YEAR.fullmatch(tokens[end].text):
        return [*span, tokens[end]._replace(capitalised=True)]
    return span


def _qualified(tokens: list[Token], spans: Spans) -> Spans:
    out = list(spans)
    for k in range(len(spans) - 3, -1, -1):
        if k + 2 >= len(out):
            continue
        (start, span), (inner_at, inner), (after, law) = out[k], out[k + 1], out[k + 2]
        end, close = start + len(span), inner_at + len(inner)
        if (
            end < len(tokens)
            and tokens[end].text == "("
            and inner_at == end + 1
            and close < len(tokens)
            and tokens[close].text == ")"
            and after == close + 1
            and len(law) <= MAX_LAW_WORDS
            and law[-1].text.casefold().rstrip(".") in LAWS
        ):
            out[k : k + 3] = [(start, tokens[start : after + len(law)])]
    return out


MIN_PERSON, MAX_PERSON = 2, 3
"""A person's name after "and": two or three words."""


def people_after_and(spans: Spans, org_words: frozenset[str], alone: frozenset[str]) -> Spans:
    """The spans with a person joined to an organisation by "and" cut apart: "the Ministry of Health and Tom Vale"
    (the article writes "Vale" or "Tom Vale" alone) gives the ministry and Tom Vale; not "Health and Human
    Services", which the article never writes alone."""
    out: Spans = []
    for start, span in spans:
        cut = next((k for k, t in enumerate(span) if t.text in {"and", "&"}), None)
        tail = span[cut + 1 :] if cut is not None else []
        if (
            cut is not None
            and MIN_PERSON <= len(tail) <= MAX_PERSON
            and any(t.text.casefold() in org_words for t in span[:cut])
            and all(t.capitalised and not t.capitals and t.text.casefold() not in org_words for t in tail)
            and (tail[-1].text.casefold() in alone or " ".join(t.text for t in tail).casefold() in alone)
            and place_kind(" ".join(t.text for t in tail)) is None
        ):
            out += [(start, span[:cut]), (start + cut + 1, tail)]
        else:
            out.append((start, span))
    return out


def parenthesised(inner: list[Token]) -> list[Token]:
    """What parentheses hold, without a closing "in <language>": "(National Health Fund in Spanish)" is the name
    translated."""
    if len(inner) > 2 and inner[-2].text.casefold() == "in" and inner[-1].text.casefold() in languages():
        inner = inner[:-2]
        return inner[:-1] if inner and inner[-1].text == "," else inner
    return inner


def spelled_part(name: list[Token], acronym: str) -> list[Token]:
    """The part of "Body of Place" an acronym after it spells when the whole does not ("Parliament of New South
    Wales (NSW)" abbreviates the place), else the whole name."""

    def letters(tokens: list[Token]) -> str:
        return "".join(t.text[0] for t in tokens if t.text[:1].isupper())

    if letters(name) == acronym:
        return name
    cuts = [i + 1 for i, t in enumerate(name[:-1]) if t.text == "of"]
    return next((name[i:] for i in cuts if letters(name[i:]) == acronym and len(name) - i >= 2), name)
