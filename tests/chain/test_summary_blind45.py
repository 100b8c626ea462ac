"""Openings from the tune halves of blind batteries 4 and 5, each reproduced first on an invented article: a list of
offers printed one item in four lines (the product, its price, a line about it, the shop's button), a transcript's
topic line cut at its label ("Tonight: buses in the cold."), a deals list introduced to its reader ("If your gift list
keeps growing, these are ..."), which no donation appeal's "your gift" cue may take.
"""

from __future__ import annotations

import pytest

from digest.chain.cues import first_cue
from digest.config import SiteConfig
from tests.chain.test_summary_openings import Probe, convert_page, convert_text, verdict

ITEMS = (
    ("Garden rain barrel, 200 litres", "$49 $79 at Hollin Hardware", "Sturdy, with a tap at the right height."),
    ("Low-flow shower head", "$18 $30 at Brookmarket", "Cuts the flow by a third without a weak spray."),
    ("Drip irrigation kit", "$35 $60 at Hollin Hardware", "Enough tubing for two long beds."),
    ("Tap aerators, pack of four", "$9 $15 at Brookmarket", "They screw on in a minute."),
    ("Water butt stand", "$22 $34 at Greenacre", "Lifts a barrel high enough for a watering can."),
)
LEAD = "Summer hosepipe bans are coming early this year, and shops have cut prices on the gear that saves water."
LIST = tuple(line for name, price, blurb in ITEMS for line in (name, price, blurb, "See the offer"))
PROBE = Probe(lead=LEAD, start=LEAD[:40], unusable=True, after_lead=("Here are this week's best buys.", *LIST))


@pytest.mark.parametrize("how", ["text", "page"])
def test_a_list_of_offers_printed_four_lines_an_item_is_no_lead(how: str, config: SiteConfig) -> None:
    conversion = (convert_text if how == "text" else convert_page)(PROBE, config)
    assert verdict(PROBE, conversion), (conversion.article.summary, conversion.notes)


NEWS = "Harrowgate Buses says its electric fleet will run through the whole winter for the first time this year."
TURNS = (
    f"JUNE OKAFOR-LIND: Good evening and welcome to Transit Talk, I'm June Okafor-Lind. Tonight: buses in the cold. "
    f"{NEWS} My guest is an engineer who has tested the batteries.",
    "PETRA VOSS: Thanks, June. It is good to be here.",
    "JUNE OKAFOR-LIND: Why does the cold matter so much?",
    "PETRA VOSS: Batteries lose range as they cool, and heating the cabin takes more of it.",
    "JUNE OKAFOR-LIND: Is the company ready for that?",
    "PETRA VOSS: It has bought spare buses, which is the honest answer to the problem.",
)


@pytest.mark.parametrize("how", ["text", "page"])
def test_a_transcript_s_dek_takes_no_topic_line_cut_at_its_label(how: str, config: SiteConfig) -> None:
    probe = Probe(lead=TURNS[0], body=TURNS[1:], start=NEWS[:50], unusable=True)
    conversion = (convert_text if how == "text" else convert_page)(probe, config)
    assert verdict(probe, conversion), (conversion.article.summary, conversion.notes)


INTRO = (
    "If your gift list keeps growing, these are the best kitchen deals under $40 we've found this week, each checked "
    "against its price history so you know the saving is real."
)
METHOD = (
    "Our shopping team, led by Ona Ferrer-Blake, tested or researched every product here, and we compared each "
    "price with its usual one."
)


@pytest.mark.parametrize("how", ["text", "page"])
def test_a_deals_list_s_dek_starts_at_its_introduction_to_the_reader(how: str, config: SiteConfig) -> None:
    probe = Probe(lead=INTRO, start=INTRO[:40], unusable=True, after_lead=(METHOD, *LIST))
    conversion = (convert_text if how == "text" else convert_page)(probe, config)
    assert verdict(probe, conversion), (conversion.article.summary, conversion.notes)


@pytest.mark.parametrize(
    ("text", "appeal"),
    [
        ("Your gift today keeps our newsroom reporting on the harbour for another year.", True),
        ("Every donation counts, and your generous gift will be matched until Friday.", True),
        ("If your gift list keeps growing, these kitchen deals are worth a look.", False),
    ],
)
def test_your_gift_is_an_appeal_only_beside_what_it_is_for(text: str, appeal: bool, config: SiteConfig) -> None:
    found = first_cue(text, config.boilerplate.cues)
    assert (found is not None and found.category == "appeal") is appeal
