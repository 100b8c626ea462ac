"""Labels of a product's variant or a company's segment written in Title Case, no entities: colours listed after "in"
("$329 in Pistachio, Matte Black and Blue Velvet": one item of the list is two colour words or more, so every item is a
colour's name; the colour words are a closed class, ``colours`` in ``site_config/entities.yml``), and a name the
article writes only between a determiner and the noun for a variant ("the Luxury Firm version", "its Data Center
segment"); and codes named as lots or model numbers ("model numbers CX-1450 and CX-1450T")."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from digest.chain.gazetteer import place_kind

VARIANT_NOUNS = frozenset({
    "version", "versions", "segment", "segments", "edition", "editions", "variant", "variants", "colorway",
    "colorways", "colourway", "colourways", "finish", "finishes", "shade", "shades", "flavor", "flavors", "flavour",
    "flavours", "tier", "tiers", "trim", "trims",
})  # fmt: skip
"""Nouns for a variant of a product or a part of a company: a name right before one labels it."""
_WORD = r"[A-Z][\w'’&-]*"
_DETERMINER = r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Aa]n?|[Tt]his|[Tt]hat|[Ee]ach)"
_LABELLED = re.compile(
    rf"\b{_DETERMINER}\s+(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})\s+(?:{'|'.join(sorted(VARIANT_NOUNS))})\b"
)
"""A name between a determiner and the noun for a variant ("its Data Center segment")."""
_ITEM = rf"{_WORD}(?: {_WORD}){{0,2}}"
_LISTED = re.compile(rf"\bin (?P<items>{_ITEM}(?:, {_ITEM})*(?:,? (?:and|or) {_ITEM})?)(?![\w'’-]| {_WORD})")
"""Title Case items listed after "in" ("in Pistachio, Matte Black and Blue Velvet")."""
_SEPARATORS = re.compile(r",? (?:and|or) |, ")
_CODE = r"(?=[A-Z\d-]*\d)(?=[\d-]*[A-Z])[A-Z\d][A-Z\d-]*[A-Z\d]"
_IDENTIFIED = re.compile(
    rf"\b(?:model numbers?|(?:lots?|batch(?:es)?|part|serial|item|catalog(?:ue)?|SKUs?|UPCs?)(?: numbers?| codes?)?)"
    rf"(?: (?:include|includes|are|is|was|were))?:? (?P<codes>{_CODE}(?:(?:,? (?:and|or) |, ){_CODE})*)\b"
)
"""Codes named as lots, batches or model numbers ("Affected lots include KR7J21 and KR7J40"): capitals and digits in
one word, identifiers, no names. Not one after "model" alone ("Glide 14 (model GL14-55Q)"): the product's own code."""


def _colour(item: str, colours: Collection[str]) -> bool:
    """Whether a listed item is two colour words or more ("Matte Black"): one alone may be a name ("Brown county")."""
    words = item.split()
    return len(words) > 1 and all(w.casefold() in colours for w in words)


def variant_labels(texts: Sequence[str], colours: Collection[str]) -> frozenset[str]:
    """The variant labels of an article's sentences (``colours``: the colour words, casefolded).

    >>> sorted(variant_labels(["in Lagoon and Matte Black.", "in Adams and Brown counties"], {"matte", "black"}))
    ['Lagoon', 'Matte Black']
    """
    found: set[str] = set()
    labelled: dict[str, int] = {}
    for text in texts:
        if "in " in text:
            for match in _LISTED.finditer(text):
                items = _SEPARATORS.split(match["items"])
                if any(_colour(i, colours) for i in items) and not any(place_kind(i) is not None for i in items):
                    found.update(items)
        for match in _IDENTIFIED.finditer(text):
            found.update(_SEPARATORS.split(match["codes"]))
        for match in _LABELLED.finditer(text):
            if not match["name"].isupper() and place_kind(match["name"]) is None:  # "the US version": a place's
                labelled[match["name"]] = labelled.get(match["name"], 0) + 1
    if labelled:
        joined = "\n".join(texts)
        found.update(
            n for n, k in labelled.items() if len(re.findall(rf"(?<![\w-]){re.escape(n)}(?![\w-])", joined)) <= k
        )
    return frozenset(found)
