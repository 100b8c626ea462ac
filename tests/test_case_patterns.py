"""A regular expression matched ignoring case whose class of capitals ("[A-Z]") matches any letter: a cue meant for a
name ("[A-Z]\\w+ is a writer") then takes any sentence ("the new mayor is a former teacher"). Every such class in
``digest/`` is case-sensitive ("(?-i:[A-Z])") unless the pattern reads any case on purpose; ``site_config/``'s are
checked when it is loaded (`digest.config.casing`)."""

from __future__ import annotations

import importlib
import pkgutil
import re

import digest
from digest.config.casing import case_blind

ANY_CASE = {("digest.chain.worktitles", "_HEADLINE_TITLE")}
"""Patterns that read capitals in any case on purpose (a prefilter for headlines in capitals or in lower case)."""


def test_no_pattern_matched_ignoring_case_has_a_class_of_capitals() -> None:
    found = set()
    for info in pkgutil.walk_packages(digest.__path__, "digest."):
        if info.name.endswith("__main__"):
            continue
        for name, value in vars(importlib.import_module(info.name)).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str) and case_blind(value):
                found.add((info.name, name))
    assert sorted(found - ANY_CASE) == []


def test_a_class_of_capitals_made_case_sensitive_is_not_reported() -> None:
    assert case_blind(re.compile(r"^(?:[A-Z]\w+ )+is a writer", re.IGNORECASE))
    assert case_blind(re.compile(r"^(?i:[A-Z])\w+"))
    assert not case_blind(re.compile(r"^(?-i:[A-Z]{2,5})\w+ is a writer", re.IGNORECASE))
    assert not case_blind(re.compile(r"(?-i:\((?:\d )?[A-Z]{2,}\))", re.IGNORECASE))
    assert not case_blind(re.compile(r"^[A-Z]\w+ is a writer"))
