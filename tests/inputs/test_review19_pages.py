"""Defects a review of the nineteenth round found in its page readers, each pinned on invented text: a closing
paragraph that opens "Written by" or "Reported by" read as a wire story's credit line, a credit line read on into
the next sentence."""

from __future__ import annotations

import pytest

from digest.readers.reporters import closing_reporters


@pytest.mark.parametrize(
    "line",
    [
        "Written by Ann Roe and directed by Tom Vale, The Ferryman's Daughter runs at the Tollcross until May 3.",
        "Reported by neighbours on Monday, the fire was put out by Tom Vale and Ann Roe.",
    ],
)
def test_a_closing_sentence_that_opens_like_a_credit_line_names_no_writer(line: str) -> None:
    assert closing_reporters([line], [], None) == ()


def test_a_credit_line_ends_at_its_sentences_end() -> None:
    line = "Written by Ann Roe. Ann Roe is a freelance writer based in Leeds."
    assert closing_reporters([line], [], None) == ("Ann Roe",)


def test_a_closing_credit_line_still_names_its_reporters() -> None:
    line = "(Reporting by Ann Roe in Lima and Tom Vale; Writing by Bo Lind; Editing by Kim Oh)"
    assert closing_reporters([line], [], None) == ("Ann Roe", "Tom Vale", "Bo Lind")
