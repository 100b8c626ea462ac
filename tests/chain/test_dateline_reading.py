"""One reading of a first sentence's dateline (`digest.chain.datelines.read_lead`): the summary's lead loses it, and
the tagger takes the places it names. Openings of many shapes, invented."""

from __future__ import annotations

import pytest

from digest.chain.datelines import dateline_places, read_lead, strip_lead, tagged_lead


@pytest.mark.parametrize(
    ("sentence", "places", "rest"),
    [
        ("HAZELBURY, Ky. (AP) — A train derailed.", ("Hazelbury",), "A train derailed."),
        ("KELMOUTH/ORRINFORD, Nov 5 (Reuters) - Ministers met.", ("Kelmouth", "Orrinford"), "Ministers met."),
        ("Indianapolis – Several thousand teachers rallied.", ("Indianapolis",), "Several thousand teachers rallied."),
        ("Port Ellery, Maine — Ada Rune kicked a goal.", ("Port Ellery",), "Ada Rune kicked a goal."),
        ("Kelmouth (AFP) - Rain fell.", ("Kelmouth",), "Rain fell."),
        ("Kelmouth, Dec 5 (EFE).- Rain fell.", ("Kelmouth",), "Rain fell."),
        ("Kelmouth, Orrland (CNN)The ferry sank.", ("Kelmouth",), "The ferry sank."),
        ("Kelmouth [Orrland], Nov 5 (ANI): The vote was close.", ("Kelmouth",), "The vote was close."),
        ("Kelmouth, 6 December: Rain fell.", ("Kelmouth",), "Rain fell."),
        ("NEW KELMOUTH, Nov 5: The vote was close.", ("New Kelmouth",), "The vote was close."),
        ("MILLBROOK, Ore., Nov. 5, 2019 /PRNewswire/ -- Rain fell.", ("Millbrook",), "Rain fell."),
        ("SAN KELMO, Calif.--(BUSINESS WIRE)--Rain fell.", ("San Kelmo",), "Rain fell."),
        ("KELMOUTH—Rain fell.", ("Kelmouth",), "Rain fell."),
        ("KELMOUTH | Rain fell.", ("Kelmouth",), "Rain fell."),
        ("THE HAGUE, Dec 6 (Reuters) - The Dutch government said.", ("The Hague",), "The Dutch government said."),
        ("WINSTON-SALEM, N.C. (AP) — A fire broke out.", ("Winston-Salem",), "A fire broke out."),
        ("O'FALLON, Mo. (AP) — A fire broke out.", ("O'Fallon",), "A fire broke out."),
        ("ST. LOUIS (AP) — A fire broke out.", ("St. Louis",), "A fire broke out."),
        ("UNITED NATIONS (AP) — The council voted.", ("United Nations",), "The council voted."),
        ("Analysis: KELMOUTH (AP) — Rain fell.", ("Kelmouth",), "Rain fell."),
        ("(Reuters) - Oil rose.", (), "Oil rose."),
        ("Nov. 19, 2019 — Rain fell.", (), "Rain fell."),
        ("Nov 5 (Reuters) - Rain fell.", (), "Rain fell."),
        ("Monday, August 3, 2020 On Thursday, rain fell.", (), "On Thursday, rain fell."),
        ("Friday, 25 December 2020 In May, rain fell.", (), "In May, rain fell."),
        ("August 3, 2020 was the wettest day.", (), "August 3, 2020 was the wettest day."),
        ("MARK BANNERMAN: Welcome to the program.", (), "Welcome to the program."),
        ("Analysis: The vote was close.", (), "The vote was close."),
        ("Hazelbury – The ferry sank.", (), "The ferry sank."),
        ("Opinion — The ferry should sail.", (), "The ferry should sail."),
        ("The board met on Monday.", (), "The board met on Monday."),
        ("Apple (AAPL) shares fell.", (), "Apple (AAPL) shares fell."),
    ],
)
def test_a_datelines_places_and_what_follows_it(sentence: str, places: tuple[str, ...], rest: str) -> None:
    assert read_lead(sentence).places == dateline_places(sentence) == places
    assert read_lead(sentence).text == strip_lead(sentence) == rest


def test_a_place_in_title_case_alone_before_a_dash_is_a_place_only_when_the_gazetteer_knows_it() -> None:
    # A word in title case before a bare dash is a kicker as often ("Opinion —"): a region, a date or a service after
    # it, or the gazetteer, makes it a place.
    assert dateline_places("Indianapolis – Rain fell.") == ("Indianapolis",)
    assert dateline_places("Hazelbury – Rain fell.") == ()
    assert dateline_places("Hazelbury, Ky. – Rain fell.") == ("Hazelbury",)


@pytest.mark.parametrize(
    ("sentence", "text", "places"),
    [
        ("KELMOUTH/ORRINFORD, Nov 5 (Reuters) - Oil rose.", "Oil rose.", ("Kelmouth", "Orrinford")),
        ("KELMOUTH—Oil rose.", "Oil rose.", ("Kelmouth",)),
        ("Analysis: KELMOUTH (AP) — Oil rose.", "Oil rose.", ("Kelmouth",)),
        ("Indianapolis – Teachers rallied.", "Indianapolis – Teachers rallied.", ()),
        ("Kelmouth (AFP) - Oil rose.", "Kelmouth (AFP) - Oil rose.", ()),
        ("MARK BANNERMAN: Welcome to the program.", "MARK BANNERMAN: Welcome to the program.", ()),
    ],
)
def test_the_tagger_is_given_the_places_of_a_dateline_in_capitals_and_reads_one_in_title_case(
    sentence: str, text: str, places: tuple[str, ...]
) -> None:
    lead = tagged_lead(sentence)
    assert (lead.text, lead.places) == (text, places)
