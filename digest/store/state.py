"""What the converter last wrote, per article, so an editor's change is told apart from a new input.

For every article it writes, the converter keeps a small record in
``<content>/.digest/articles/<id>.json``::

    {
     "format": 1,
     "id": "bc4461d92bff",
     "input": "<sha256 of the raw document>",
     "path": "articles/el-salvadors-president-agrees.md",
     "removed": [{"after": 0, "reason": "appeal", "text": "Your support helps us..."}],
     "text": "---\\ntitle: ...\\n---\\n\\nBody...\\n"
    }

- ``text`` is the exact file the converter wrote: the *base* of a three-way merge
  (`digest.store.merge`). The current file differs from it exactly when an editor
  changed the article.
- ``input`` fingerprints the raw document (every field a reader produced, the
  sidecar's overrides included), so a changed input is told apart from a changed
  site_config or converter.
- ``removed`` lists the paragraphs that conversion removed, each with its place and
  reason (`digest.store.removals`), for ``digest explain`` and ``digest restore``.
  Records written before Digest kept them have no such key: their removals are unknown.

The folder starts with a dot, so MkDocs leaves it out of the site (its default
``exclude_docs`` excludes dot files and folders) and `digest.store.collection` never
reads it as an article. It belongs in version control with the articles: an
editor who clones the content gets the records of what was converted.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digest.readers.document import RawDocument
from digest.store import removals, writer
from digest.store.lock import STATE_DIR

RECORDS = "articles"
FORMAT = 1
MAX_RECORD_BYTES = 12 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Record:
    """What the converter wrote for one article id, and from which input."""

    id: str
    path: str
    """The article file, relative to the content folder (``articles/x.md``)."""
    input: str
    """Fingerprint of the raw document (`fingerprint`)."""
    text: str
    """The exact text written."""
    removed: tuple[removals.Removal, ...] | None = None
    """The paragraphs that conversion removed; None when unknown (a record from before they were kept)."""


ALWAYS_HASHED = frozenset(
    {
        "original", "title", "paragraphs", "date", "url", "source", "via", "authors", "lang", "image",
        "categories", "standfirst", "credits", "notes", "overrides", "blocks", "extracted",
    }
)  # fmt: skip
"""The fields of `RawDocument` that every fingerprint hashes: all it had when this rule came in, so that the records
written before still match. A field added since is hashed only when a reader set it (not at its default): teaching
a reader to say more about some inputs leaves the records of all the others valid, instead of every article reading
as changed input once."""


def fingerprint(doc: RawDocument) -> str:
    """A stable hash of everything a reader produced for one document, overrides included."""
    said = {f.name for f in dataclasses.fields(doc) if f.name in ALWAYS_HASHED or getattr(doc, f.name) != _default(f)}
    fields = {name: value for name, value in dataclasses.asdict(doc).items() if name in said}
    blob = json.dumps(fields, sort_keys=True, ensure_ascii=True, default=str, separators=(",", ":"))
    return hashlib.sha256(f"v{FORMAT}:{blob}".encode("ascii")).hexdigest()


def _default(field: dataclasses.Field[Any]) -> Any:
    return field.default_factory() if field.default_factory is not dataclasses.MISSING else field.default


class StateStore:
    """The records of one content folder."""

    def __init__(self, content: Path) -> None:
        self.content = content
        self.folder = content / STATE_DIR / RECORDS

    def path_of(self, article_id: str) -> Path:
        return self.folder / f"{article_id}.json"

    def get(self, article_id: str) -> Record | None:
        """The record for ``article_id``; None when there is none or it cannot be read (treated as unknown)."""
        try:
            with open(self.path_of(article_id), "rb") as handle:
                data: Any = json.loads(handle.read(MAX_RECORD_BYTES))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("id") != article_id:
            return None
        path, input_fp, text = (data.get(key) for key in ("path", "input", "text"))
        if not (isinstance(path, str) and isinstance(input_fp, str) and isinstance(text, str)):
            return None
        return Record(article_id, path, input_fp, text, removals.from_json(data.get("removed")))

    def put(self, record: Record) -> bool:
        """Store ``record`` atomically; return False when it was already stored as is."""
        data: dict[str, Any] = {"format": FORMAT, "id": record.id, "input": record.input, "path": record.path}
        data["text"] = record.text
        if record.removed is not None:
            data["removed"] = removals.to_json(record.removed)
        text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
        return writer.write_atomic(self.path_of(record.id), text)
