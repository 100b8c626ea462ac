"""A list item of dashes alone stays an item: "- --" would otherwise render as a rule."""

from __future__ import annotations

import markdown
import pytest

from digest.text.blocks import Block, Kind, body


@pytest.mark.parametrize("dashes", ["-", "--", "- -"])
def test_a_list_item_of_dashes_alone_renders_as_that_item(dashes: str) -> None:
    items = [Block(text="first", kind=Kind.ITEM), Block(text=dashes, kind=Kind.ITEM)]
    html = markdown.markdown(body(items))
    assert "<hr" not in html
    assert f"<li>{dashes}</li>" in html
