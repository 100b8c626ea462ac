"""What to do with a freshly converted article, so that nothing an editor did is lost.

With *current* the article file in ``content/articles/`` (found by id), *base*
what the converter last wrote for that id (`digest.store.state`) and *new* the fresh
conversion:

=====================================  ==========================================
situation                              action
=====================================  ==========================================
no file, no record                     ``written``: a new file
no file, but a record                  ``skipped``: an editor removed the article
                                       (or changed its id); it is not recreated
no file by id, but the recorded one    ``kept``: its id cannot be read (broken
                                       frontmatter) or was changed
unreadable file                        ``kept``
current == new                         ``unchanged`` (the record is brought up to date)
no record, current != new              ``kept``: cannot tell an edit from a change
new == base, current != base           ``kept``: edited by an editor
new != base, without ``--update``      ``outdated``: reported, nothing written
new != base, current == base           ``updated``: the new conversion is written
new != base, current edited            ``updated``: three-way merge (`digest.store.merge`),
                                       the editor's changes kept, and said so
=====================================  ==========================================

"new != base" means the input changed (its fingerprint differs) or, with the same
input, site_config or the converter changed what it produces; the message says which.

With the review queue on (``site_config/editing.yml``), a new file is written
with ``draft: true``. Like ``added``, ``draft`` of an existing article is carried
over from what the converter wrote before, so turning the queue on or off never
makes existing articles outdated, and publishing one (deleting its ``draft``
line) is an editor's change like any other: kept.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from digest.contract import articlefile
from digest.contract.model import Article
from digest.paths import display_path, read_file, reason
from digest.store import merge
from digest.store.removals import Removal
from digest.store.state import Record, StateStore
from digest.store.writer import ContentIndex, write_atomic


class Action(enum.Enum):
    WRITE = "written"
    UPDATE = "updated"
    UNCHANGED = "unchanged"
    KEEP = "kept"
    OUTDATED = "outdated"
    SKIP = "skipped"


@dataclass(frozen=True, slots=True)
class Plan:
    action: Action
    path: Path
    text: str = ""
    """The file to write (for ``written`` and ``updated``)."""
    message: str = ""
    notes: tuple[str, ...] = ()
    record: Record | None = None
    """The record to store once the file is written (or alone, to bring it up to date)."""


def plan(
    article: Article,
    input_fp: str,
    index: ContentIndex,
    store: StateStore,
    update: bool = False,
    *,
    rendered: str = "",
    removed: tuple[Removal, ...] | None = None,
    review: bool = False,
) -> Plan:
    """Decide what happens to ``article`` (see the module docstring); nothing is written here.

    ``rendered`` is ``articlefile.render(article)`` when already made (by a worker process);
    ``removed``, the paragraphs the conversion removed, is recorded with it;
    with ``review``, a new article is written as a draft.
    """
    record = store.get(article.id)
    existing = index.existing(article.id)
    if existing is None:
        if review:
            article, rendered = article.replace(draft=True), ""
        return _new(article, input_fp, index, store, record, rendered=rendered, removed=removed)
    try:
        current = read_file(existing, articlefile.MAX_ARTICLE_BYTES).decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = reason(exc) if isinstance(exc, OSError) else "is not UTF-8 text"
        return Plan(Action.KEEP, existing, message=f"the existing file {why}; not overwritten")
    base = articlefile.parse("base", record.text).article if record else None
    now = base or articlefile.parse("current", current).article
    if now is not None and (now.added, now.draft) != (article.added, article.draft):
        article, rendered = article.replace(added=now.added, draft=now.draft), ""  # as the converter first wrote them
    new = rendered or articlefile.render(article)
    fresh = Record(article.id, existing.relative_to(index.content).as_posix(), input_fp, new, removed)
    if current == new:
        return Plan(Action.UNCHANGED, existing, record=fresh if fresh != record else None)
    if record is None or base is None:
        message = "differs from a fresh conversion and there is no record of what was converted; not overwritten"
        return Plan(Action.KEEP, existing, message=message)
    return _changed(existing, current, record, fresh, update)


def _new(
    article: Article,
    input_fp: str,
    index: ContentIndex,
    store: StateStore,
    record: Record | None,
    *,
    rendered: str,
    removed: tuple[Removal, ...] | None,
) -> Plan:
    if record is not None:
        where = index.content / record.path
        if where.exists():
            message = "exists but does not carry this article's id (changed, or broken frontmatter?); not overwritten"
            return Plan(Action.KEEP, where, message=message)
        message = (
            f"was converted before as {display_path(where)}, which is gone or has another id now "
            f"(removed by an editor?); not recreated (delete {display_path(store.path_of(article.id))} "
            "to convert it again)"
        )
        return Plan(Action.SKIP, where, message=message)
    path = index.claim_name(article.title, article.id)
    index.claim_id(article.id, path)
    text = rendered or articlefile.render(article)
    written = Record(article.id, path.relative_to(index.content).as_posix(), input_fp, text, removed)
    message = "draft, waiting for review (publish it by deleting its 'draft' line)" if article.draft else ""
    return Plan(Action.WRITE, path, text, message, record=written)


def _changed(existing: Path, current: str, record: Record, fresh: Record, update: bool) -> Plan:
    edited = current != record.text
    if fresh.text == record.text:  # the converter has nothing new; so the editor changed the file
        kept = Record(record.id, fresh.path, fresh.input, record.text, fresh.removed)  # the same conversion
        return Plan(Action.KEEP, existing, message="edited since conversion; not overwritten", record=kept)
    if record.input != fresh.input:
        why = "input changed since conversion"
    else:
        why = "converts differently than last time (site_config or Digest changed)"
    if not update:
        mine = " (your edits will be kept)" if edited else ""
        return Plan(Action.OUTDATED, existing, message=f"{why}; run with --update to apply{mine}")
    if not edited:
        return Plan(Action.UPDATE, existing, fresh.text, message=why, record=fresh)
    try:
        merged = merge.three_way(record.text, current, fresh.text)
    except merge.MergeRefused as exc:
        return Plan(Action.KEEP, existing, message=f"{why}, but {exc}; not overwritten")
    notes = []
    if merged.kept_keys:
        notes.append(f"kept the editor's {', '.join(merged.kept_keys)}")
    if merged.body_kept:
        notes.append("kept the editor's body (the new text of the input is not applied)")
    if merged.text == current:
        message = f"{why}; nothing to apply besides the editor's changes"
        return Plan(Action.KEEP, existing, message=message, notes=tuple(notes), record=fresh)
    return Plan(Action.UPDATE, existing, merged.text, f"{why}; merged with the editor's changes", tuple(notes), fresh)


def apply(chosen: Plan, store: StateStore) -> None:
    """Write the planned file (atomically), then its record; a crash in between is recovered next run."""
    if chosen.action in (Action.WRITE, Action.UPDATE):
        write_atomic(chosen.path, chosen.text)
    if chosen.record is not None:
        store.put(chosen.record)


class Target:
    """A content folder being converted into: its articles, its records, and whether to ``--update``."""

    def __init__(self, content: Path, update: bool = False, review: bool = False) -> None:
        self.index = ContentIndex(content)
        self.store = StateStore(content)
        self.update = update
        self.review = review
        """New articles are written as drafts (the review queue of ``site_config/editing.yml``)."""

    def handle(
        self, article: Article, input_fp: str, rendered: str = "", removed: tuple[Removal, ...] | None = None
    ) -> Plan:
        """Plan what happens to ``article`` (rendered as ``rendered``, if given) and do it; return the plan."""
        chosen = plan(
            article,
            input_fp,
            self.index,
            self.store,
            self.update,
            rendered=rendered,
            removed=removed,
            review=self.review,
        )
        apply(chosen, self.store)
        return chosen
