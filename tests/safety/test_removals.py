"""Removals visible and reversible: every removed paragraph is recorded with its place and reason,
`digest explain` lists them, `digest restore` puts one back, and later conversions keep it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.chain import clean
from digest.config import load_config
from digest.contract import articlefile
from digest.readers import read_input
from digest.store import lock
from digest.store.removals import Removal, from_cleaned, place
from digest.text import markdown
from tests.conftest import ROOT, SEED
from tests.safety.harness import make_project, run

STORY = """Harbour town rebuilds its sea wall
Date: 2025-03-14
URL: https://news.example.org/harbour-wall-rebuild

Support our journalism: donate today so we can keep reporting.

SAMPLE ARTICLE written for Digest's tests. The town council of Port Ellery voted on Tuesday to rebuild the sea wall.

Mayor Ada Quince said the work would start in the spring and last two years.

Workers inspecting the old wall at dawn (Photo: Jo Bell/Harbour Photos)

The engineers expect the new wall to hold back storms for fifty years, the council said.

Residents will be asked to comment on the plans at a meeting in the town hall next month.

Sign up for our newsletter to get the latest local news in your inbox.

We don't spam! Read our privacy policy for more info.
"""
NAME = "content/articles/harbour-town-rebuilds-its-sea-wall.md"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = make_project(tmp_path / "project")
    (project / "inbox" / "story.txt").write_text(STORY, encoding="utf-8")
    assert run(project, "convert").status == 0
    return project


def article(project: Path) -> str:
    return (project / NAME).read_text(encoding="utf-8")


def body(text: str) -> str:
    parts = articlefile.split(text)
    assert parts is not None
    return parts[1]


def record(project: Path) -> dict[str, object]:
    (path,) = (project / "content" / ".digest" / "articles").glob("*.json")
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def removed_texts(project: Path) -> list[str]:
    removed = record(project)["removed"]
    assert isinstance(removed, list)
    return [item["text"] for item in removed]


def test_the_record_keeps_every_removed_paragraph_with_its_place_and_reason(project: Path) -> None:
    removed = record(project)["removed"]
    assert removed == [
        {"after": 0, "reason": "appeal", "text": "Support our journalism: donate today so we can keep reporting."},
        {"after": 2, "reason": "caption with photo credit", "text": STORY.split("\n\n")[4]},
        {"after": 4, "reason": "appeal", "text": STORY.split("\n\n")[7]},
        {"after": 4, "reason": "newsletter", "text": "We don't spam! Read our privacy policy for more info.\n".strip()},
    ]
    for text in removed_texts(project):
        assert markdown.escape(text) not in article(project)


def test_after_counts_the_blocks_of_the_converted_body_on_the_seed() -> None:
    """``after`` is a place in the body: the kept paragraph before each removal is exactly block ``after``."""
    config = load_config(ROOT / "site_config")
    (doc,) = read_input(SEED, config.topic_titles)
    cleaned = clean.clean(doc.paragraphs, config.boilerplate, ["The Independent"], title=doc.title)
    assert len(cleaned.removed) == 15
    blocks = markdown.paragraphs(cleaned.kept).split("\n\n")
    assert len(blocks) == len(cleaned.kept)
    for removed, removal in zip(cleaned.removed, from_cleaned(cleaned.removed), strict=True):
        before = [p for p in doc.paragraphs[: removed.index] if p not in {r.text for r in cleaned.removed}]
        assert removal.after == len(before)
        if before:
            assert blocks[removal.after - 1] == markdown.escape(before[-1])


def test_explain_lists_each_removal_with_its_place_and_reason(project: Path) -> None:
    result = run(project, "explain", NAME)
    assert result.status == 0, result.out
    lines = result.lines
    assert lines[0] == f"{NAME}: 4 paragraph(s) removed when it was converted from inbox/story.txt"
    assert 'At the top, before "SAMPLE ARTICLE written for Digest\'s tests. The…":' in lines
    assert 'After paragraph 2, "Mayor Ada Quince said the work would start in the…":' in lines
    assert 'At the end, after "Residents will be asked to comment on the plans…":' in lines
    assert "  1. appeal" in lines
    assert "  2. caption with photo credit" in lines
    assert "      Workers inspecting the old wall at dawn (Photo: Jo Bell/Harbour Photos)" in lines
    assert lines[-1] == f"Put one back where it was with: digest restore {NAME} NUMBER"


def test_restore_puts_the_paragraph_back_in_its_place_and_nothing_else_changes(project: Path) -> None:
    before = article(project)
    result = run(project, "restore", NAME, "2")
    assert result.status == 0, result.out
    assert result.lines == [
        f'restored  {NAME}: paragraph 2 (caption with photo credit) put back after "Mayor Ada Quince said the '
        'work would start in the spring…"'
    ]
    caption = markdown.escape(STORY.split("\n\n")[4])
    anchor = "Mayor Ada Quince said the work would start in the spring and last two years."
    assert article(project) == before.replace(f"\n\n{anchor}\n", f"\n\n{anchor}\n\n{caption}\n")
    assert "  2. caption with photo credit  (now in the body)" in run(project, "explain", NAME).lines
    again = run(project, "restore", NAME, "2")
    assert again.status == 1
    assert again.lines == [f"{NAME}: removed paragraph 2 is already in the body; nothing changed"]
    assert list((project / "content" / "articles").iterdir()) == [project / NAME]  # no temporary file left


def test_a_restored_paragraph_survives_convert_and_update_with_the_editors_other_edits(project: Path) -> None:
    """Convert, edit, restore, convert again, change the input, convert --update: the editor's work stays."""
    text = article(project).replace("title: Harbour town rebuilds its sea wall", "title: Port Ellery's new sea wall")
    (project / NAME).write_text(text.replace("last two years.", "last two years, she said."), encoding="utf-8")
    assert run(project, "restore", NAME, "1").status == 0
    assert run(project, "restore", NAME, "3").status == 0
    edited = article(project)
    again = run(project, "convert")
    assert again.lines == [
        f"kept      {NAME}  <- inbox/story.txt: edited since conversion; not overwritten",
        "1 input(s): 1 kept",
    ]
    assert article(project) == edited
    (project / "inbox" / "story.txt").write_text(
        STORY.replace("Date: 2025-03-14", "Date: 2025-03-15").replace("next month.", "next month, on the 12th."),
        encoding="utf-8",
    )
    assert "outdated" in run(project, "convert").out
    assert article(project) == edited
    update = run(project, "convert", "--update")
    assert update.status == 0
    assert "merged with the editor's changes; kept the editor's title" in update.out
    assert "kept the editor's body" in update.out
    final = article(project)
    assert body(final) == body(edited)  # both restored paragraphs, the editor's sentence
    assert "title: Port Ellery's new sea wall" in final
    assert "date: 2025-03-15" in final  # the new input's value where the editor had not changed the key
    explained = run(project, "explain", NAME).out
    assert explained.count("(now in the body)") == 2


def test_restoring_in_any_order_rebuilds_the_original_order(project: Path) -> None:
    for number in ("4", "1", "3", "2"):
        assert run(project, "restore", NAME, number).status == 0
    paragraphs = [p for p in STORY.split("\n\n")[1:] if p.strip()]
    assert body(article(project)).strip() == markdown.paragraphs(paragraphs)


def test_restore_finds_its_place_after_the_editor_rewrote_the_paragraph_before(project: Path) -> None:
    mayor = "Mayor Ada Quince said the work would start in the spring and last two years."
    (project / NAME).write_text(article(project).replace(mayor, "The mayor gave no date."), encoding="utf-8")
    result = run(project, "restore", NAME, "2")
    assert 'put back before "The engineers expect' in result.out
    assert "The mayor gave no date.\n\nWorkers inspecting the old wall at dawn" in article(project)


def test_restore_without_any_neighbour_left_goes_to_the_same_count_and_says_so(project: Path) -> None:
    text = article(project)
    for old in ("\nMayor Ada Quince said", "\nThe engineers expect"):
        text = text.replace(old, "\nRewritten, " + old.strip().lower())
    (project / NAME).write_text(text, encoding="utf-8")
    result = run(project, "restore", NAME, "2")
    assert result.status == 0
    assert result.out.rstrip().endswith(
        "put back as paragraph 3 (the paragraphs that were around it have changed); check its place"
    )
    blocks = body(article(project)).strip().split("\n\n")
    assert blocks[2].startswith("Workers inspecting the old wall")


def test_restore_refuses_a_number_out_of_range_and_changes_nothing(project: Path) -> None:
    before = article(project)
    result = run(project, "restore", NAME, "5")
    assert (result.status, result.lines) == (
        1,
        [f"{NAME}: there is no removed paragraph 5 (there are 4); nothing changed"],
    )
    with pytest.raises(SystemExit, match="2"):  # a usage error
        run(project, "restore", NAME, "0")
    assert article(project) == before


def test_restore_waits_for_no_one_while_a_convert_holds_the_folder(project: Path) -> None:
    before = article(project)
    with lock.hold(project / "content"):
        result = run(project, "restore", NAME, "1")
    assert result.status == 1
    assert "already converting into this folder" in result.out
    assert article(project) == before


def test_a_record_from_before_removals_were_kept_still_loads(project: Path) -> None:
    """Backward compatible: an older record has no "removed"; explain says unknown, convert records them."""
    (path,) = (project / "content" / ".digest" / "articles").glob("*.json")
    old = record(project)
    del old["removed"]
    path.write_text(json.dumps(old, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    result = run(project, "explain", NAME)
    assert result.status == 0
    assert result.lines == [
        f"{NAME}: converted before Digest kept the paragraphs it removes, so what was removed is unknown; "
        "run `digest convert` on its input again (with --update if the input changed) to record them"
    ]
    assert run(project, "restore", NAME, "1").status == 1
    assert run(project, "convert").lines[-1] == "1 input(s): 1 unchanged"
    assert len(removed_texts(project)) == 4
    assert (
        run(project, "explain", NAME)
        .lines[0]
        .endswith("4 paragraph(s) removed when it was converted from inbox/story.txt")
    )


def test_malformed_removals_in_a_record_are_unknown_and_the_record_still_protects_edits(project: Path) -> None:
    (path,) = (project / "content" / ".digest" / "articles").glob("*.json")
    data = record(project)
    data["removed"] = [{"after": "x"}]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert "is unknown" in run(project, "explain", NAME).out
    (project / NAME).write_text(article(project).replace("two years", "three years"), encoding="utf-8")
    assert "edited since conversion; not overwritten" in run(project, "convert").out


def test_explain_names_the_problem_for_an_article_without_a_record(project: Path) -> None:
    (project / "content" / "articles" / "by-hand.md").write_text(
        "---\ntitle: By hand\nadded: 2025-01-01\nid: by-hand\n---\n\nWritten by an editor.\n", encoding="utf-8"
    )
    result = run(project, "explain", "content/articles/by-hand.md")
    assert result.status == 1
    assert result.lines[0].startswith("content/articles/by-hand.md: no record of converting it in content/.digest/")
    missing = run(project, "explain", "content/articles/nope.md")
    assert (missing.status, missing.lines) == (
        1,
        ["content/articles/nope.md: cannot be read: No such file or directory"],
    )
    (project / "content" / "articles" / "bad-id.md").write_text(
        "---\ntitle: x\nid: ../../x\n---\n\nx\n", encoding="utf-8"
    )
    assert "no record of converting it" in run(project, "explain", "content/articles/bad-id.md").out


def test_nothing_removed_is_said_so(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    plain = "A plain story\nURL: https://news.example.org/plain\n\nSAMPLE ARTICLE. The ferry will run twice a day.\n"
    (project / "inbox" / "plain.txt").write_text(plain, encoding="utf-8")
    assert run(project, "convert").status == 0
    result = run(project, "explain", "content/articles/a-plain-story.md")
    assert result.lines == [
        "content/articles/a-plain-story.md: nothing was removed when it was converted from inbox/plain.txt"
    ]


_PARAGRAPHS = st.lists(st.text("abcdefg .", min_size=1, max_size=12).filter(str.strip), min_size=1, max_size=10)


@settings(max_examples=200, deadline=None)
@given(
    paragraphs=_PARAGRAPHS.map(lambda ps: [f"{n} {p}" for n, p in enumerate(ps)]),  # all different
    data=st.data(),
)
def test_any_removals_restored_in_any_order_land_where_they_were(paragraphs: list[str], data: st.DataObject) -> None:
    removed_at = data.draw(st.sets(st.integers(0, len(paragraphs) - 1), max_size=len(paragraphs) - 1))
    removed = [clean.Removed(i, paragraphs[i], "test") for i in sorted(removed_at)]
    kept = [p for i, p in enumerate(paragraphs) if i not in removed_at]
    removals = from_cleaned(removed)
    base = markdown.paragraphs(kept)
    chosen = data.draw(st.permutations(range(1, len(removals) + 1)))
    restored = data.draw(st.integers(0, len(chosen)))
    current = base
    for number in chosen[:restored]:
        current = place(removals, number, base, current).body
    back = {removed[n - 1].index for n in chosen[:restored]}
    assert current == markdown.paragraphs([p for i, p in enumerate(paragraphs) if i not in removed_at or i in back])


def test_place_keeps_the_editors_spacing_and_line_endings() -> None:
    removals = (Removal(1, "test", "Two."),)
    assert place(removals, 1, "One.\n\nThree.", "One.  \r\n\r\n\r\n\r\nThree.\r\n").body == (
        "One.  \r\n\r\nTwo.\r\n\r\n\r\n\r\nThree.\r\n"
    )
