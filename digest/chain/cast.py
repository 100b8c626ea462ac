"""Characters of a film, a series or a play: names the article gives to a part someone plays, not to anyone it is
about ("who plays the ghost Iya Agba", "stars Ann Roe as the pilot Captain Ione Vale", "Inspector Rose Carrick,
played by Ann Roe"), and every later mention of the same name ("Agnes gets to meet London").

A part is named right after "plays", "played", "playing" or "portrays" and a description (a determiner and lower-case
words: "the ghost", "the unflappable"), or right after "as" and a description in a sentence with a word of the screen
or the stage, or right before ", played by" or "(played by"; in an article that writes a word of the screen or the
stage, and only when the name ends its phrase: "as a Lagos taxi driver" names the city. A part the article names
without describing it is one its readers know ("cast Ann Roe as Hermione Granger"): a name of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from digest.text.tokens import Token

_SCREEN = frozenset(
    {
        "actor",
        "actress",
        "actors",
        "co-star",
        "starring",
        "stars",
        "starred",
        "role",
        "roles",
        "character",
        "sitcom",
        "film",
        "movie",
        "series",
        "episode",
        "episodes",
        "drama",
        "playwright",
        "theatre",
        "theater",
        "showrunner",
        "cast",
        "sequel",
    }
)
"""Words of the screen and the stage: an article that writes none names no part."""
_PLAYS = frozenset({"plays", "played", "playing", "portrays", "portrayed", "portraying"})
_DESCRIBERS = frozenset({"the", "a", "an", "her", "his", "their"})
"""Words that open a part's description ("the ghost", "her rival")."""
_ENDS = frozenset({",", ".", ";", ":", ")", "(", "and", "with", "in", "on", "for", "who", "opposite", "alongside"})
"""What may follow a part's name: punctuation or a word joining the next phrase."""
MAX_DESCRIPTION = 6


def characters(
    sentences: Sequence[list[Token]], spans: Sequence[Sequence[tuple[int, list[Token]]]], lowered: str
) -> list[frozenset[int]]:
    """Each sentence's starts of spans naming a part (see the module docstring)."""
    if not any(f" {word} " in lowered for word in _SCREEN):
        return [frozenset()] * len(sentences)
    parts = [_parts(tokens, spans_of) for tokens, spans_of in zip(sentences, spans, strict=True)]
    names = {_text(span) for tokens_parts in parts for span in tokens_parts.values()}
    return [
        frozenset(start for start, span in spans_of if start in found or _text(span) in names)
        for spans_of, found in zip(spans, parts, strict=True)
    ]


def _parts(tokens: list[Token], spans: Sequence[tuple[int, list[Token]]]) -> dict[int, list[Token]]:
    screen = any(t.text.casefold() in _SCREEN or t.text.casefold() in _PLAYS for t in tokens)
    found: dict[int, list[Token]] = {}
    for start, span in spans:
        end = start + len(span)
        if not (end == len(tokens) or tokens[end].text.casefold() in _ENDS):
            continue  # "as a Lagos taxi driver": the name describes what follows
        if _played_by(tokens, end) or _after_cue(tokens, start, screen):
            found[start] = span
    return found


def _after_cue(tokens: list[Token], start: int, screen: bool) -> bool:
    """Whether the span at ``start`` follows "plays" or "as" and a description ("the ghost", "her rival,"), "as" in a
    sentence of the screen or the stage."""
    k = start - 1
    described = False
    while k >= 0 and start - k <= MAX_DESCRIPTION and (tokens[k].lower or tokens[k].text == ","):
        word = tokens[k].text.casefold()
        if word in _PLAYS:
            return described
        if word == "as":
            return screen and described
        if word not in _DESCRIBERS and not tokens[k].text.isalpha() and word != ",":
            return False
        described = described or word in _DESCRIBERS
        k -= 1
    return False


def _played_by(tokens: list[Token], end: int) -> bool:
    """Whether ", played by" or "(played by" follows the span ending at ``end``."""
    following = [t.text.casefold() for t in tokens[end : end + 3]]
    return following[:1] in ([","], ["("]) and following[1:] == ["played", "by"]


def _text(span: list[Token]) -> str:
    return " ".join(t.text for t in span).casefold()
