"""The three-way merge, key by key: base (converter's last file), current (editor's), new (fresh conversion)."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from digest.contract import articlefile
from digest.store.merge import MergeRefused, three_way

BASE_META = {"title": "Old title", "added": "2026-11-28", "source": "Paper", "tags": ["A", "B"], "id": "x1"}


def doc(changes: Mapping[str, object] | None = None, body: str = "Body.") -> str:
    meta: dict[str, object] = {**BASE_META, **(changes or {})}
    return articlefile.render_meta({k: v for k, v in meta.items() if v is not None}, body)


def meta_of(text: str) -> dict[str, object]:
    return articlefile.parse("x.md", text).meta


@pytest.mark.parametrize(
    ("current", "new", "expected", "kept"),
    [
        pytest.param({"title": "Editor's"}, {"title": "Converter's"}, {"title": "Editor's"}, ("title",), id="both"),
        pytest.param({}, {"title": "Converter's"}, {"title": "Converter's"}, (), id="only-new"),
        pytest.param({"title": "Editor's"}, {}, {"title": "Editor's"}, ("title",), id="only-editor"),
        pytest.param({"tags": None}, {"tags": ["A", "B", "C"]}, {"tags": None}, ("tags",), id="editor-removed"),
        pytest.param({}, {"source": None}, {"source": None}, (), id="new-removed"),
        pytest.param({}, {"url": "https://x.test/a"}, {"url": "https://x.test/a"}, (), id="new-added"),
        pytest.param({"note": "Mine"}, {"note": "From the sidecar"}, {"note": "Mine"}, (), id="note-is-editors"),
        pytest.param({}, {"featured": True}, {"featured": None}, (), id="featured-is-editors"),
        pytest.param({"draft": True}, {}, {"draft": True}, (), id="draft-is-editors"),
        pytest.param({"hide": ["toc"]}, {}, {"hide": ["toc"]}, (), id="extra-key-kept"),
    ],
)
def test_each_key_follows_the_three_way_rule(
    current: dict[str, object], new: dict[str, object], expected: dict[str, object], kept: tuple[str, ...]
) -> None:
    merged = three_way(doc(), doc(current), doc(new))
    result = meta_of(merged.text)
    for key, value in expected.items():
        assert result.get(key) == value, (key, result)
    assert merged.kept_keys == kept


def test_keys_come_out_in_contract_order_with_extra_keys_last() -> None:
    merged = three_way(doc(), doc({"hide": ["toc"], "note": "n"}), doc({"url": "https://x.test/a"}))
    assert list(meta_of(merged.text)) == ["title", "added", "source", "url", "tags", "id", "note", "hide"]


def test_an_edited_body_is_kept_byte_for_byte() -> None:
    body = "Line one with a hard break  \nline two.\n\nA paragraph the editor wrote.\n"
    mine = doc().split("---\n\n")[0] + "---\n\n" + body  # written by hand: the trailing spaces matter
    merged = three_way(doc(), mine, doc({"title": "New title"}, body="New converted text."))
    assert merged.body_kept
    assert merged.text.endswith("---\n\n" + body)
    assert meta_of(merged.text)["title"] == "New title"


def test_an_untouched_body_takes_the_new_text() -> None:
    merged = three_way(doc(), doc({"title": "Mine"}), doc(body="New converted text."))
    assert not merged.body_kept
    assert merged.text.endswith("\n\nNew converted text.\n")


@pytest.mark.parametrize(
    ("current", "reason"),
    [
        (doc().replace("---\n\n", "# desk note\n---\n\n", 1), "comments"),
        ("no frontmatter at all\n", "has no frontmatter"),
        ("---\ntitle: [unclosed\n---\nBody.\n", "frontmatter cannot be read"),
    ],
)
def test_what_cannot_be_merged_without_loss_is_refused(current: str, reason: str) -> None:
    with pytest.raises(MergeRefused, match=reason):
        three_way(doc(), current, doc({"title": "New"}))
