"""Openings found by mechanism on the sixth and seventh blind batteries' tune halves (`tests/inputs/blind_pages6`,
`blind_pages7`), each reproduced here first on an invented page (`tests.chain.test_summary_openings` prints it as
a saved news page): a box of key points under a kicker and a standfirst, an interview's introduction shaped like
an author's bio (`digest.chain.bios`), a card of labelled lines (the report, who did it) between the standfirst and
the article (`digest.chain.cards`), a newsletter's greeting that names the publication
(`digest.chain.greetings`), and a lead opening on a bill's name with a bracket inside it, which is no dateline.

First run, before any rule changed: every probe failed.
"""

from __future__ import annotations

import html

import pytest

from digest.config import SiteConfig
from tests.chain.test_summary_openings import DESCRIPTION, LEAD, START, Probe, convert_page, verdict

QUESTIONS = (
    "You left consulting for the water board. Did people think you were mad?",
    "My father did. He had worked all his life so that I would not have to dig trenches in the rain.",
    "How did the pipe survey start?",
    "Residents kept coming to the office to ask why their taps ran brown, so we started to keep a list.",
)
INTRO = (
    "Edna Coyle was a planning consultant for twenty years before she took over the chair of the county water board in "
    "2017. Since then she has mapped every cast-iron main in the valley. We sat down with her before Tuesday's vote. "
    "The conversation has been edited for length and clarity."
)
CARD = (
    'The report: Coyle, E., Vale, T., Roe, J. et al. "Pipe failures in cold weeks." Valley Water Review, 5 November '
    "2019.",
    "Who did it: The county water board, with the state university's engineering school",
    "The short version: Old mains break twice as often in cold weeks, and most of them are in the oldest districts.",
)
GREETING = (
    "Good morning, and welcome to the 300 new readers who signed up after last week's issue on ferry fares. This is "
    "The Millbrook Ledger's weekly letter on the valley's water. If someone forwarded this to you, you can subscribe "
    "below."
)
BILL = (
    "The Harbour Towns (Sea Walls) Bill, which returns to the council on Tuesday, would create a fund of four million "
    "pounds for the oldest harbour walls in the county."
)


def _paragraphs(*texts: str) -> str:
    return "".join(f"<p>{html.escape(t)}</p>" for t in texts)


PROBES: dict[str, Probe] = {
    "key points under a kicker and a standfirst": Probe(
        html_only=True,
        markup=f"<span class='label'>EXPLAINER</span><p class='dek'>{DESCRIPTION}</p>"
        + "<div class='takeaways'><h4>Key takeaways</h4><ul>"
        "<li>Household water rates rise by nine percent from January.</li>"
        "<li>The money pays for new pipes.</li><li>A drought surcharge waits until spring.</li></ul></div>"
        + _paragraphs(LEAD),
    ),
    "an interview's introduction shaped like a bio": Probe(
        html_only=True, markup=_paragraphs("Q&A", INTRO, *QUESTIONS), start="Edna Coyle was a planning consultant"
    ),
    "a card of labelled lines under the standfirst": Probe(
        html_only=True,
        markup=f"<p class='dek'>{DESCRIPTION}</p>" + _paragraphs(*CARD, LEAD),
    ),
    "a newsletter's greeting naming the publication": Probe(
        html_only=True,
        markup=_paragraphs(GREETING) + "<h2>The big story: pipes under the valley</h2>" + _paragraphs(LEAD),
    ),
    "a bill's name with a bracket inside it": Probe(lead=BILL, start="The Harbour Towns (Sea Walls) Bill"),
}


@pytest.mark.parametrize("name", PROBES)
def test_the_summary_starts_at_the_lead(name: str, config: SiteConfig) -> None:
    probe = PROBES[name]
    conversion = convert_page(probe, config)
    assert verdict(probe, conversion), (conversion.article.summary, conversion.notes)


def test_the_interview_is_kept_whole(config: SiteConfig) -> None:
    body = convert_page(PROBES["an interview's introduction shaped like a bio"], config).article.body
    assert INTRO[:40] in body
    assert QUESTIONS[0] in body


def test_the_start_probe_is_the_lead() -> None:
    assert LEAD.startswith(START)
