"""A closing credit line's writers (`digest.readers.reporters.closing_reporters`): a line that opens with the people
who helped ("Additional reporting by", "With reporting by") still names its writers after them; its names are split
as a byline's are (`digest.readers.bylines.SPLIT`). Lines invented."""

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


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("(Additional reporting by Ann Roe; Writing by Bo Lind)", ("Bo Lind",)),
        ("(With reporting by Ann Roe in Lima; Writing by Bo Lind; Editing by Kim Oh)", ("Bo Lind",)),
        ("Additional reporting by Ann Roe and Tom Vale; Reporting by Bo Lind; Editing by Kim Oh", ("Bo Lind",)),
        ("(Reporting by Ann Roe; Additional reporting by Tom Vale; Writing by Bo Lind)", ("Ann Roe", "Bo Lind")),
    ],
)
def test_a_credit_line_names_its_writers_not_its_helpers(line: str, writers: tuple[str, ...]) -> None:
    assert closing_reporters([line], [], None) == writers


def test_a_line_that_names_only_helpers_leaves_the_next_credit_line_to_name_the_writers() -> None:
    lines = ["(Additional reporting by Ann Roe in Lima; Editing by Kim Oh)", "(Reporting by Bo Lind)"]
    assert closing_reporters(lines, [], None) == ("Bo Lind",)
    assert closing_reporters(lines[:1], [], None) == ()
