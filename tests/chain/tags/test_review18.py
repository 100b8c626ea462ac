"""Defects a review of the eighteenth round found in its rules, each pinned on invented text: a crash when two legal
forms share one name, names cut after a law's word or before a trademark, a headship's organisation lost, Irish
counties read as companies' "Co.", sports fixtures read as court cases."""

from __future__ import annotations

from digest.config import SiteConfig
from digest.text.sentences import Sentence, at_name_ends
from tests.chain.tags.tagcase import ranked_tags


def test_two_legal_forms_of_one_name_are_no_crash(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Harbour Energy Inc. reported a record profit on Monday.",
            "Its British arm, Harbour Energy Ltd, rose 4%, and Harbour Energy said dividends would grow.",
        ],
    )
    assert any(t.startswith("Harbour Energy") for t in tags)


def test_a_name_going_on_after_a_laws_word_is_not_cut(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["She studied at the University of Kelmscott Law School before the Minister of Finance Bill Marlow hired her."],
    )
    assert "University of Kelmscott Law School" in tags
    assert "University of Kelmscott Law" not in tags


def test_a_trademark_starts_after_the_word_that_introduces_it(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["Michael Harwick of Great Place To Work® said the list grew this year."])
    assert "Michael Harwick" in tags
    assert not {t for t in tags if "Harwick of" in t}


def test_a_headships_organisation_stays_a_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["The Leader of Hamas, Yusuf Darwish, was killed, and the Head of Interpol, Jurgen Steiner, spoke."],
    )
    assert {"Hamas", "Interpol", "Yusuf Darwish", "Jurgen Steiner"} <= set(tags)


def test_an_irish_county_is_no_companys_legal_form() -> None:
    sentences = at_name_ends([Sentence("The boat sank off Portaferry, Co. Down, on Friday.", 0, 0)], frozenset())
    assert [s.text for s in sentences] == ["The boat sank off Portaferry, Co. Down, on Friday."]
    split = at_name_ends([Sentence("Prices fell at Shenzhen Xinhai Devices Co. Revenue fell too.", 0, 0)], frozenset())
    assert len(split) == 2


def test_a_sports_fixture_is_no_court_case(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["Tickets for the Lakers vs. Celtics game sold out, and Arsenal v Chelsea was moved."])
    assert not {t for t in tags if " vs. " in t or " v " in t}
