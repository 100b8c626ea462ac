"""Files the hooks add to the site, and the check that none replaces another.

MkDocs' ``Files.append`` silently replaces a file with the same ``src_uri``, and
two files with the same output path overwrite each other; `collisions` turns
both into messages that name the two files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from digest.paths import display_path


@dataclass(frozen=True, slots=True)
class GeneratedFile:
    """One page or file the hooks add to the site."""

    src: str
    """Path under the docs folder, e.g. ``topics/immigration.md`` or ``feed.xml``."""
    content: str
    """Markdown for a page (``.md``), the file's text otherwise."""
    label: str
    """What the file is, for messages: ``the topic page of 'Immigration'``."""
    filled_in: bool = False
    """The page's content is filled in from every page once all are read (the tags index), so its
    Markdown never says whether it changed: an incremental preview rebuilds it every time."""


def front(*hide: str) -> str:
    """Frontmatter of a generated page: Material's ``hide`` list, and no search indexing.

    Listing pages repeat the titles and summaries of many articles; search finds
    the articles themselves (see `digest.site.search`).

    >>> print(front("toc"), end="")
    ---
    hide:
      - toc
    search:
      exclude: true
    ---
    <BLANKLINE>
    """
    hidden = ["hide:", *(f"  - {h}" for h in hide)] if hide else []
    return "\n".join(["---", *hidden, "search:", "  exclude: true", "---", "", ""])


def collisions(
    generated: Iterable[tuple[str, str, str]], existing: Iterable[tuple[str, str]], shown: Callable[[str], str]
) -> list[str]:
    """Messages for generated files that would replace or shadow another file.

    ``generated`` holds ``(src, dest, label)``: path under the docs folder,
    output path, and how a message names it. ``existing`` holds the real files'
    ``(src, dest)``; ``shown`` gives the path a message names for a real file
    (``content/topics/x.md``). A generated file collides when its ``src`` or
    its ``dest`` is already taken.
    """
    taken: dict[str, tuple[str, bool]] = {}
    for src, dest in existing:
        taken[src] = taken[dest] = (src, True)
    messages = []
    for src, dest, label in generated:
        other = taken.get(src) or taken.get(dest)
        if other is not None and other[1]:
            messages.append(
                f"{shown(other[0])}: file: has the same address ({dest}) as {label} (generated {src}); rename it"
            )
        elif other is not None:
            messages.append(f"{src}: file: {label} and {other[0]} would both be written to {dest}")
        taken[src] = taken[dest] = (label, False)
    return messages


def clashes(
    new: Sequence[GeneratedFile], dests: Sequence[str], existing: Iterable[tuple[str, str]], docs_dir: Path
) -> list[str]:
    """`collisions` of the files ``new`` (written to ``dests``) with the real files ``existing`` of ``docs_dir``.

    Messages name a real file as the working directory sees it (``content/topics/x.md``).
    """
    labelled = ((g.src, dest, g.label) for g, dest in zip(new, dests, strict=True))
    return collisions(labelled, existing, lambda src: display_path(docs_dir / src))
