"""Source, via, title and authors on invented pages that name their site and their writers the ways real news
sites do (issue 11, item 3; the table and its first run: `tests.inputs.publisher_probes`)."""

from __future__ import annotations

import pytest

from digest.config import SiteConfig
from tests.inputs.publisher_pages import Probe, convert, wrong
from tests.inputs.publisher_probes import PROBES

LEFT_OUT: dict[str, str] = {}
"""Probes the converter still gets wrong, and why they were left so."""


@pytest.mark.parametrize(
    "probe",
    [
        pytest.param(p, marks=pytest.mark.xfail(reason=LEFT_OUT[p.name], strict=True)) if p.name in LEFT_OUT else p
        for p in PROBES
    ],
    ids=[p.name for p in PROBES],
)
def test_the_converter_writes_what_an_editor_would(probe: Probe, config: SiteConfig) -> None:
    assert wrong(probe, convert(probe, config)) == []


def test_every_probe_has_its_own_name() -> None:
    names = [p.name for p in PROBES]
    assert len(names) == len(set(names))
