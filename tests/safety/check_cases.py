"""Hostile article files and site_config for ``digest check``, next to one good article."""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path

from tests.conftest import ROOT
from tests.safety.harness import Case, Setup

GOOD_ARTICLE = "---\ntitle: A sample article\nadded: 2026-11-28\nid: sample-a\n---\n\nSAMPLE ARTICLE body.\n"


def _articles(**files: str | bytes) -> Setup:
    """Article files by name (``x_md`` for ``x.md``) next to one good article."""

    def setup(project: Path) -> Sequence[str]:
        folder = project / "content" / "articles"
        (folder / "good.md").write_text(GOOD_ARTICLE, encoding="utf-8")
        for key, text in files.items():
            path = folder / key.replace("_md", ".md")
            path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return []

    return setup


def _front(*lines: str, body: str = "SAMPLE ARTICLE body.") -> str:
    keys = {line.split(":")[0] for line in lines}
    base = [f"{k}: {v}" for k, v in (("title", "T"), ("added", "2026-11-28"), ("id", "x1")) if k not in keys]
    return "---\n" + "\n".join([*base, *lines]) + f"\n---\n\n{body}\n"


BILLION_LAUGHS = "\n".join(
    [
        "---",
        "title: Laughs",
        "added: 2026-11-28",
        "id: laughs",
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        *(f"{n}: &{n} [{','.join([f'*{p}'] * 9)}]" for p, n in zip("abcdefgh", "bcdefghi", strict=True)),
        "tags: *i",
        "---",
        "",
        "SAMPLE ARTICLE body.",
        "",
    ]
)


def _fifo_article(project: Path) -> Sequence[str]:
    _articles()(project)
    os.mkfifo(project / "content" / "articles" / "pipe.md")
    return []


def _folder_article(project: Path) -> Sequence[str]:
    _articles()(project)
    (project / "content" / "articles" / "folder.md").mkdir()
    return []


CHECK_CASES: list[Case] = [
    Case(
        "alias-bomb",
        "frontmatter with a YAML alias bomb (billion laughs)",
        _articles(laughs_md=BILLION_LAUGHS),
        1,
        ("content/articles/laughs.md: frontmatter: line 5: YAML anchors (&a) are not allowed",),
        command="check",
    ),
    Case(
        "python-tag",
        "frontmatter with `!!python/object/apply:os.system`",
        _articles(tag_md=_front('note: !!python/object/apply:os.system ["echo pwned"]')),
        1,
        ("content/articles/tag.md: frontmatter: line 5: could not determine a constructor",),
        command="check",
    ),
    Case(
        "yaml-types",
        "YAML 1.1 look-alikes: `source: no`, `summary: 1.10`, `featured: 'yes'`, `date: 2025-02-30`",
        _articles(types_md=_front("source: no", "summary: 1.10", "featured: 'yes'", "date: 2025-02-30")),
        1,
        (
            "content/articles/types.md: source: expected text, got boolean false (quote the word if you meant text)",
            "content/articles/types.md: summary: expected text, got number 1.1",
            "content/articles/types.md: featured: expected true or false, got 'yes'",
            "content/articles/types.md: date: not a real date: '2025-02-30'",
        ),
        command="check",
    ),
    Case(
        "missing-and-unknown",
        "required keys missing, an unknown key, an unknown topic",
        _articles(keys_md="---\ntittle: T\ntopics: [Wolrd]\n---\n\nSAMPLE ARTICLE body.\n"),
        1,
        (
            "content/articles/keys.md: added: is required when there is no 'date'",
            "content/articles/keys.md: id: note: not given;",
            "content/articles/keys.md: title: is required",
            "content/articles/keys.md: tittle: warning: unknown key (did you mean 'title'?)",
            "content/articles/keys.md: topics: unknown topic 'Wolrd' (did you mean 'World'?)",
        ),
        command="check",
    ),
    Case(
        "duplicates",
        "a duplicate id, a key given twice, a file name differing only in case, the same headline twice",
        _articles(
            Good_md=GOOD_ARTICLE.replace("sample-a", "sample-b"),
            twice_md=_front("title: One", "title: Two"),
            again_md=GOOD_ARTICLE,
        ),
        1,
        (
            "content/articles/good.md: id: 'sample-a' is also the id of content/articles/again.md",
            "content/articles/twice.md: frontmatter: line 5: key 'title' appears twice",
            "differs only in letter case from",
            "title: warning: makes the same slug 'a-sample-article' as the title of",
        ),
        command="check",
    ),
    Case(
        "delimiters",
        "no frontmatter, TOML `+++` delimiters, an unclosed `---`",
        _articles(none_md="Just text.\n", toml_md="+++\ntitle = 'T'\n+++\nBody\n", open_md="---\ntitle: T\nBody\n"),
        1,
        (
            "content/articles/none.md: frontmatter: no frontmatter: the file must start with a '---' line",
            "content/articles/toml.md: frontmatter: no frontmatter",
            "content/articles/open.md: frontmatter: frontmatter must start on the first line with '---' and end",
        ),
        command="check",
    ),
    Case(
        "empty-body",
        "frontmatter and no body",
        _articles(empty_md=_front(body="")),
        1,
        ("content/articles/empty.md: body: the article has no text after the frontmatter",),
        command="check",
    ),
    Case(
        "binary-article",
        "an article file with a NUL byte, one in Windows-1252",
        _articles(nul_md=_front(body="Body\x00with NUL"), cp_md=_front(body="caf\u00e9").encode("cp1252")),
        1,
        (
            "content/articles/nul.md: file: line 7: contains the control character U+0000; remove it",
            "content/articles/cp.md: file: line 7: is not UTF-8 text (byte 0xE9); save it as UTF-8",
        ),
        command="check",
    ),
    Case(
        "deep-nesting",
        "frontmatter nested 10,000 levels deep",
        _articles(deep_md=_front("note: " + "[" * 10_000 + "]" * 10_000)),
        1,
        ("content/articles/deep.md: frontmatter:",),
        command="check",
    ),
    Case(
        "huge-frontmatter",
        "300 KB of frontmatter",
        _articles(big_md=_front("note: " + "x" * 300_000)),
        1,
        ("content/articles/big.md: frontmatter: YAML is 300,", "more than 262,144"),
        command="check",
    ),
    Case(
        "folder-article",
        "a folder named `folder.md`",
        _folder_article,
        1,
        ("content/articles/folder.md: file: cannot be read: is a folder, not a file",),
        command="check",
    ),
    Case(
        "fifo-article",
        "a named pipe called `pipe.md`",
        _fifo_article,
        1,
        ("content/articles/pipe.md: file: cannot be read: is not a regular file",),
        command="check",
    ),
    Case(
        "hostile-values",
        "`javascript:` URL, a quote-breaking image URL, an id with `../`",
        _articles(
            values_md=_front(
                "url: javascript:alert(1)", "image: 'https://x.test/a\" onerror=\"alert(1)'", "id: ../../x"
            )
        ),
        1,
        (
            "content/articles/values.md: url: expected an http(s) URL, got 'javascript:alert(1)'",
            "content/articles/values.md: image: URL contains characters that are not allowed",
            "content/articles/values.md: id: expected letters, digits, '-' or '_' (at most 64), got '../../x'",
        ),
        command="check",
    ),
]


def _broken_config(project: Path) -> Sequence[str]:
    (project / "site_config").unlink()
    shutil.copytree(ROOT / "site_config", project / "site_config")
    topics = project / "site_config" / "topics.yml"
    text = topics.read_text(encoding="utf-8").replace("fallback: World", "fallback: Nope")
    text = text.replace("  - title: Politics\n", "  - title: Politics\n    slug: ../../etc\n    keyword: [x]\n")
    topics.write_text(text, encoding="utf-8")
    entities = project / "site_config" / "entities.yml"
    entities.write_text(entities.read_text(encoding="utf-8").replace("max_tags: 12", "max_tags: 0"), "utf-8")
    cues = project / "site_config" / "boilerplate.yml"  # a capital class, matched ignoring case, matches any letter
    cues.write_text(cues.read_text(encoding="utf-8").replace("\ncues:\n", _CAPITALS_CUE, 1), "utf-8")
    return _articles()(project)


_CAPITALS_CUE = "\ncues:\n  - category: credit\n    pattern: '^[A-Z]\\w+ / Staff$'\n"


CONFIG_CASES: list[Case] = [
    Case(
        "site-config",
        "site_config with a topic slug `../../etc`, a misspelt key, `max_tags: 0`, an unknown fallback, a cue's "
        "capital class matched ignoring case",
        _broken_config,
        1,
        (
            "site_config/topics.yml: topics[0].slug: expected lower-case letters, digits and single hyphens, "
            "got '../../etc'",
            "site_config/topics.yml: topics[0].keyword: unknown key (did you mean 'keywords'?)",
            "site_config/entities.yml: max_tags: must be at least 1, got 0",
            "site_config/topics.yml: fallback: must be one of the topic titles, got 'Nope'",
            "site_config/boilerplate.yml: cues[0].pattern: '^[A-Z]\\\\w+ / Staff$' is matched ignoring case, so [A-Z] "
            "matches any letter: write (?-i:[A-Z])",
        ),
        command="check",
    ),
]
