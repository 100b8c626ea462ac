"""What one ``digest convert`` run reads: paths, URLs and the curation lists that go with them.

`plan_inputs` sorts the command-line arguments into files/folders and URLs and
loads the curation list (``digest.yml``) of every folder given and of the folder
of every file given. A folder's list adds its items to the run (URLs, and files
outside the folder); every loaded list applies its overrides to the inputs it
names, whichever way they were reached.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from digest.problems import InputError, Problem
from digest.readers import curation
from digest.readers.document import Overrides, RawDocument, canonical_url
from digest.readers.fetch import is_url


@dataclass(slots=True)
class InputPlan:
    """The inputs of one run and the editor's overrides for them."""

    paths: list[Path] = field(default_factory=list)
    urls: dict[str, str] = field(default_factory=dict)
    """Canonical URL -> the URL as first given (each fetched once)."""
    lists: list[curation.Curation] = field(default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        return [p for c in self.lists for p in c.problems]

    def blocked(self, value: str) -> str | None:
        """The list problem that keeps an input (a path or URL) from being converted, if any."""
        key = curation.input_key(value)
        return next((c.blocked[key] for c in self.lists if key in c.blocked), None)

    def overrides(self, value: str) -> Overrides | None:
        key = curation.input_key(value)
        return next((o for c in self.lists if (o := c.overrides(key)) is not None), None)

    def apply(self, value: str, docs: list[RawDocument]) -> list[RawDocument]:
        """``docs`` read from input ``value`` with the list's overrides on top of their own."""
        overrides = self.overrides(value)
        if overrides is None:
            return docs
        if len(docs) > 1 and (overrides.title or overrides.date or overrides.url):
            raise InputError(value, "has several entries; the list's title, date and url apply to one article only")
        return [dataclasses.replace(d, overrides=curation.combine(d.overrides, overrides)) for d in docs]


def plan_inputs(arguments: Sequence[str | Path], topics: Collection[str] | None = None) -> InputPlan:
    """Split arguments into paths and URLs and load the curation lists that concern them."""
    plan = InputPlan()
    folders: list[Path] = []
    seen_lists: set[str] = set()
    for argument in arguments:
        text = str(argument)
        if isinstance(argument, str) and is_url(text):
            plan.urls.setdefault(canonical_url(text), text)
            continue
        path = Path(argument)
        plan.paths.append(path)
        folder = path if path.is_dir() else path.parent
        if path.is_dir():
            folders.append(path.resolve())
        list_path = folder / curation.LIST_NAME
        if curation.path_key(list_path) not in seen_lists:
            seen_lists.add(curation.path_key(list_path))
            plan.lists.append(curation.load(list_path, topics))
    for listed in plan.lists:
        if Path(listed.file).parent.resolve() in folders:
            _add_items(plan, listed, folders)
    return plan


def _add_items(plan: InputPlan, listed: curation.Curation, folders: list[Path]) -> None:
    """The items of a folder's list that the folder itself does not hold."""
    for item in listed.items:
        if is_url(item.input):
            plan.urls.setdefault(item.key, item.input)
            continue
        resolved = Path(item.key)
        if not any(resolved.is_relative_to(folder) for folder in folders):
            plan.paths.append(Path(item.input))
