"""The editors' documentation keeps up with the command line and the contract."""

from __future__ import annotations

import argparse
import re

from digest.cli import build_parser
from digest.contract.model import FIELDS
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def _section(title: str) -> str:
    return README.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_every_command_has_help_and_is_in_the_readme() -> None:
    parser = build_parser()
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helped = {action.dest for action in sub._choices_actions if action.help}
    assert helped == set(_commands())
    for name in _commands():
        assert f"digest {name}" in README, name


def test_the_editing_section_names_every_frontmatter_key() -> None:
    section = _section("Writing and editing")
    by_hand, owned = section.split("**Keys the converter owns.**", 1)
    named = set(re.findall(r"`([a-z]+)`", by_hand.split("### ", 1)[0])) | set(re.findall(r"`([a-z]+)`", owned))
    assert set(FIELDS) <= named, set(FIELDS) - named


def test_the_options_of_the_editing_commands_are_documented() -> None:
    section = _section("Writing and editing")
    for name in ("new", "check", "drafts"):
        for action in _commands()[name]._actions:
            for option in action.option_strings:
                if option.startswith("--") and option not in {"--help", "--content"}:
                    assert option in section, f"digest {name} {option}"
