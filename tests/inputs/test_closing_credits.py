"""A closing credit line's writers (`digest.readers.reporters.closing_reporters`): its names are split as a byline's
are (`digest.readers.bylines.SPLIT`). Lines invented."""

from __future__ import annotations

import pytest

from digest.readers.reporters import closing_reporters


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("Reporting by Ann Roe • Tom Vale; Editing by Kim Oh", ("Ann Roe", "Tom Vale")),
        ("Reporting by Ann Roe | Tom Vale", ("Ann Roe", "Tom Vale")),
    ],
)
def test_a_credit_lines_names_are_split_as_a_bylines(line: str, writers: tuple[str, ...]) -> None:
    assert closing_reporters([line], [], None) == writers
