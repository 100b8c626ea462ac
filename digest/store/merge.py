"""Three-way merge of an article file: what the converter wrote, what the editor made of it, a new conversion.

Per frontmatter key, with *base* the file the converter last wrote:

- ``featured``, ``draft``, ``note`` and keys outside the contract are the
  editor's, always (the converter never decides them);
- a key the editor changed (or removed) keeps the editor's value;
- a key the editor did not touch takes the new conversion's value (or goes away
  when the new conversion has none).

The body is one unit: when the editor changed it, it stays the editor's, and
`Merged.body_kept` says so (the new text is then not applied); otherwise the
new body is taken.

A merge re-renders the frontmatter in the contract's key order, which would drop
YAML comments; a file whose frontmatter has comments is not merged
(`MergeRefused`), so nothing an editor wrote is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from digest.contract import articlefile
from digest.contract.model import EDITOR_FIELDS, FIELDS
from digest.text import yamlio

_COMMENT = re.compile(r"(?:^|\s)#")
_MISSING: Any = object()


class MergeRefused(ValueError):
    """The files cannot be merged without losing something; the message says why."""


@dataclass(frozen=True, slots=True)
class Merged:
    text: str
    kept_keys: tuple[str, ...]
    """Contract keys whose value is the editor's because the editor changed them."""
    body_kept: bool
    """True when the editor's body was kept although the new conversion changed the body."""


def _parts(text: str, what: str) -> tuple[str, dict[str, Any], str]:
    """(frontmatter YAML, its mapping, the body exactly as in the file)."""
    parts = articlefile.split(text)
    if parts is None:
        raise MergeRefused(f"the {what} has no frontmatter")
    yaml_text, body = parts
    try:
        meta = yamlio.load(yaml_text) if yaml_text.strip() else {}
    except yamlio.YAMLProblem as exc:
        raise MergeRefused(f"the {what}'s frontmatter cannot be read ({exc})") from None
    if not isinstance(meta, dict):
        raise MergeRefused(f"the {what}'s frontmatter is not key: value pairs")
    return yaml_text, meta, body


def three_way(base: str, current: str, new: str) -> Merged:
    """Merge ``current`` (the editor's file) with ``new``, both descended from ``base``."""
    _, base_meta, base_body = _parts(base, "last conversion")
    current_yaml, current_meta, current_body = _parts(current, "edited file")
    _, new_meta, new_body = _parts(new, "new conversion")
    if _COMMENT.search(current_yaml):
        raise MergeRefused("the edited file's frontmatter has comments ('#'), which a merge would drop")

    merged: dict[str, Any] = {}
    kept: list[str] = []
    for key in FIELDS:
        mine = current_meta.get(key, _MISSING)
        if key in EDITOR_FIELDS:
            value = mine
        elif mine != base_meta.get(key, _MISSING):
            value = mine
            if mine != new_meta.get(key, _MISSING):
                kept.append(key)
        else:
            value = new_meta.get(key, _MISSING)
        if value is not _MISSING:
            merged[key] = value
    for key, value in current_meta.items():
        if key not in FIELDS:
            merged[key] = value

    body_edited = current_body != base_body  # exact: trailing spaces are hard line breaks in Markdown
    if body_edited:
        text = f"---\n{yamlio.dump(merged)}---\n{current_body}"  # the editor's body, byte for byte
    else:
        text = articlefile.render_meta(merged, articlefile.normalize_body(new_body))
    return Merged(text, tuple(kept), body_edited and new_body != base_body)
