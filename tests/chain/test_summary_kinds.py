"""More openings real news pages put around a lead (issue 11, item 4), found by mechanism, not by reading the
untouched pages' failures: datelines in other forms, credit lines under a caption, a standfirst the page marks or
prints twice, and openings that are no lead (a live blog stamped with dates, a gallery, a newsletter's greeting).

Each probe is one invented article behind the furniture, converted as `digest convert` converts it, as a plain-text
file and as a saved news page (`tests.chain.test_summary_openings` builds both); it says where an editor would start
the dek, and whether the output line must say the lead is unusable.
"""

from __future__ import annotations

import pytest

from digest.config import SiteConfig
from tests.chain.test_summary_openings import BODY, DEALS, DESCRIPTION, LEAD, Probe, _dated, verdict
from tests.chain.test_summary_openings import convert_page as _convert_page
from tests.chain.test_summary_openings import convert_text as _convert_text

# First run, before any rule changed (110 probes: 50 kinds as text and page, 10 as pages only; 28 failed):
#   text/page caps city, date, agency, no dash    -> 'NEW DELHI, Nov 5 (IANS) The county water board voted ...'
#   text/page caps city, date, colon              -> 'NEW DELHI, Nov 5: The county water board voted ...'
#   text/page caps place, comma, agency           -> 'WASHINGTON, (AP) — The county water board voted ...'
#   text/page caps place, bullet                  -> 'WASHINGTON • The county water board voted ...'
#   page      photo credit naming the author      -> "Residents wait outside the board's offices ..." (the credit
#             dropped as a byline, the caption above it left)
#   page      credit with the author and the site -> the same
#   text/page caption then a bare agency (PA, AP, Reuters) or a copyright line -> the caption opened the dek
#   page      standfirst in a dek class, in the header's dek class, printed twice, marked without a description
#             -> the standfirst opened the dek
#   text/page gallery                             -> unflagged
#   text/page live blog stamped with dates, refresh line -> unflagged, or 'Refresh for the latest.' opening the dek
# Second batch, after those fixes (6 probes, 5 failed first; the sixth guards a lead in italics):
#   page      caption in italics under the picture, in the picture's paragraph -> the caption opened the dek
#   text/page a place, its region, a date and a service before a colon -> 'New Delhi [India], Nov 5 (ANI): The ...'
# Third batch, after the second's fixes (10 probes, 8 failed first): a caption ending in a name and its outlet
# after a slash, or in "Courtesy of ..."; a caption above a line "... file photo" or a credit in brackets naming a
# writer and an outlet -> the caption opened the dek.
# Fourth batch (6 probes, 4 failed first): an interview printed as "Q. ..." and "A. ..." without an introduction
# was not flagged, and the dek opened on its first question; a list of deals whose first sentence names a price
# had its dek start after the list. (Real untouched pages, aggregates only: summary_lead 0.833 -> 0.854,
# summary_unusable 0.400 -> 0.600, both from the priced first sentence.)
# Fifth batch (6 probes, 4 failed first): a business story naming prices in its first paragraphs was flagged as a
# list of offers; on a short page, whose text the extractor returns as one paragraph, the headline opened the dek.
# Sixth batch (2 probes, both failed first): two quotations introduced by "said:" and "added:" read as labelled
# lines, and the opening was flagged as no lead.
# Tried and dropped: a newsletter's greeting ("Good morning, and welcome to ...") as an opening that is no lead
# (untouched real pages: summary_lead 0.833 -> 0.812, lead_flag 0.925 -> 0.906, aggregates only: a greeting opens
# leads the editors judged usable); "you" outside quotations as no pick for the dek of an opening that is no lead
# (tune summary_unusable 1.000 -> 0.750: a guide's best sentence may speak to its reader); a known place in title
# case before a colon ("New Delhi: ", "Hong Kong, Nov 5: ") or a hyphen ("Washington - ") as a dateline (the third
# held-out set reads such an opening as part of the lead: its summary_pass 0.750 -> 0.708, aggregate only).
# Probed and left out (no mechanism tells them from a lead): a caption without a credit above the lead, the
# description as a bold or italic first paragraph (a standfirst on some sites, the lead itself on others), a first
# paragraph starting with the description, an author's bio line above the lead in plain text, a caption above a
# line "Jane Roe | The Ledger" (a byline's shape too), the lead in a heading (a standfirst's shape).

CAPTION = "Residents wait outside the board's offices in Millbrook on Monday."
ENTRIES = (
    "The board voted five to two to raise household rates by nine percent.",
    "The chair said the vote would come before lunch, after the last resident had spoken.",
    "Residents began queueing to speak against the rise as the doors opened.",
)


INTRO = "Edna Coyle has chaired the county water board for eleven years and led this week's vote on rates."
CLOCKS = ("10:40 a.m. ET", "10:02 a.m. ET", "9:20 a.m. ET")


def _live(stamps: tuple[str, ...], first: str = "") -> Probe:
    lines = [p for pair in zip(stamps, ENTRIES, strict=True) for p in pair]
    opening = (first, *lines) if first else tuple(lines)
    return Probe(lead=opening[0], body=opening[1:], start=ENTRIES[0], unusable=True)


PROBES: dict[str, Probe] = {
    # datelines
    "caps city, date, agency, no dash": _dated("NEW DELHI, Nov 5 (IANS) "),
    "caps city, date, colon": _dated("NEW DELHI, Nov 5: "),
    "caps place, comma, agency": _dated("WASHINGTON, (AP) — "),
    "caps place, bullet": _dated("WASHINGTON • "),
    "caps two-word city, colon": _dated("NEW DELHI: "),
    "title city, colon": _dated("Mumbai: "),
    "place, region, date and service before a colon": _dated("New Delhi [India], Nov 5 (ANI): "),
    "caps place, region, date and service before a colon": _dated("MUMBAI (Maharashtra) [India], Nov 5 (ANI): "),
    "Reuters, day before month": _dated("LONDON, 5 November (Reuters) - "),
    "CNN with place, double hyphen": _dated("Washington (CNN) -- "),
    # credits and captions
    "photo credit naming the author": Probe(before=(CAPTION, "Photo: Jane Roe")),
    "credit with the author and the site": Probe(before=(CAPTION, "Jane Roe/The Millbrook Ledger")),
    "caption then PA": Probe(before=(CAPTION, "PA")),
    "caption then AP": Probe(before=(CAPTION, "AP")),
    "caption then Reuters": Probe(before=(CAPTION, "Reuters")),
    "caption then a copyright line": Probe(before=(CAPTION, "© John Doe")),
    "caption ending in PA": Probe(before=(CAPTION[:-1] + " PA",)),
    "caption with a bracketed agency": Probe(before=(CAPTION[:-1] + " (John Doe/PA Wire)",)),
    "caption with a credit after a bar": Probe(before=(CAPTION + " | Getty Images",)),
    "caption with a source": Probe(before=(CAPTION + " Source: Millbrook Water Board",)),
    "agency's feature caption": Probe(
        before=("In this Nov. 4, 2019, photo, residents wait outside the board's offices. (AP Photo/John Doe)",)
    ),
    "figure caption without a credit": Probe(
        html_only=True,
        markup=f'<figure><img src="/a.jpg" alt=""><figcaption>{CAPTION}</figcaption></figure><p>{LEAD}</p>',
    ),
    "image caption block": Probe(
        html_only=True,
        markup=f'<div class="image"><img src="/a.jpg" alt=""><div class="image-caption">{CAPTION}</div></div>'
        f"<p>{LEAD}</p>",
    ),
    "caption in italics under the picture": Probe(
        html_only=True, markup=f'<p><img src="/a.jpg" alt=""><br><em>{CAPTION}</em></p><p>{LEAD}</p>'
    ),
    "lead in italics beside a picture": Probe(
        html_only=True, markup=f'<p><img src="/a.jpg" alt=""></p><p><em>{LEAD}</em></p>'
    ),
    "caption ending in a name and its outlet": Probe(before=(CAPTION + " John Doe / The Millbrook Ledger",)),
    "caption ending in a courtesy line": Probe(before=(CAPTION + " Courtesy of the Millbrook Water Board",)),
    "caption above a file photo line": Probe(before=(CAPTION, "Ledger file photo")),
    "caption above a bracketed credit naming a writer": Probe(before=(CAPTION, "(Jane Roe/The Millbrook Ledger)")),
    "caption above a credit in capitals": Probe(before=(CAPTION, "JANE ROE/STAFF")),
    "caption paragraph with a credit span": Probe(
        html_only=True, markup=f'<p class="caption">{CAPTION} <span class="credit">PA</span></p><p>{LEAD}</p>'
    ),
    # standfirsts
    "standfirst in a dek class": Probe(html_only=True, markup=f'<p class="standfirst">{DESCRIPTION}</p><p>{LEAD}</p>'),
    "standfirst in the header's dek class": Probe(
        html_only=True, markup=f'<header><p class="article-dek">{DESCRIPTION}</p></header><p>{LEAD}</p>'
    ),
    "standfirst printed twice": Probe(html_only=True, markup=f"<p>{DESCRIPTION}</p><p>{DESCRIPTION}</p><p>{LEAD}</p>"),
    "standfirst as a heading and a paragraph": Probe(
        html_only=True, markup=f"<h2>{DESCRIPTION}</h2><p>{DESCRIPTION}</p><p>{LEAD}</p>"
    ),
    "standfirst in a dek class, not the description": Probe(
        html_only=True,
        markup=f'<p class="dek">Households will pay more from January after a close vote.</p><p>{LEAD}</p>',
    ),
    "standfirst heading with a byline under it": Probe(
        html_only=True, markup=f"<h2>{DESCRIPTION}</h2><p>By Jane Roe</p><p>Nov. 5, 2019</p><p>{LEAD}</p>"
    ),
    # furniture lines
    "label in capitals": Probe(before=("LOCAL NEWS",)),
    "one-word eyebrow": Probe(before=("EXCLUSIVE",)),
    "section eyebrow": Probe(before=("World News",)),
    "reading time with a colon": Probe(before=("Reading time: 4 minutes",)),
    "reading time and date": Probe(before=("4 min read · Nov. 5, 2019",)),
    "originally appeared": Probe(before=("This story originally appeared in The Valley Times.",)),
    "republished under a licence": Probe(
        before=("This article is republished from The Conversation under a Creative Commons license.",)
    ),
    "story continues between dashes": Probe(before=("— Story continues below advertisement —",)),
    "advertisement in capitals": Probe(before=("ADVERTISEMENT",)),
    "newsletter sign-up sentence": Probe(
        before=("Sign up for the Morning Brief and get the day's top stories in your inbox every weekday.",)
    ),
    "app line": Probe(before=("Get breaking news alerts on your phone: download our app.",)),
    "follow line": Probe(before=("Follow us on Twitter and Facebook for the latest news.",)),
    "correction": Probe(before=("Correction: An earlier version of this story gave the wrong date for the vote.",)),
    "clarification": Probe(before=("Clarification: This story has been updated with the board's final figures.",)),
    "audio line": Probe(before=("Audio: Listen to this story (4 minutes)",)),
    "comment count": Probe(before=("12 comments",)),
    "byline of two with a date": Probe(before=("By Jane Roe and John Doe, November 5, 2019",)),
    "posted by line": Probe(before=("Posted by Jane Roe on November 5, 2019",)),
    "share lines": Probe(before=("Share on Facebook", "Share on Twitter", "Share via Email")),
    "last updated with a label": Probe(before=("Last updated: 5:32 PM, November 5, 2019",)),
    "minutes ago": Probe(before=("32 minutes ago",)),
    "first published": Probe(before=("First published on Tue 5 Nov 2019 17.32 GMT",)),
    "age warning": Probe(before=("This article is more than 4 years old",)),
    "sponsored label": Probe(before=("Sponsored content",)),
    "partnership note": Probe(before=("This story was produced in partnership with the Valley Reporting Project.",)),
    "kicker paragraph": Probe(html_only=True, markup=f'<p class="kicker">Water</p><p>{LEAD}</p>'),
    # openings that are no lead
    "live blog stamped with dates": _live(("Nov. 5, 2019, 10:40 a.m. ET", "Nov. 5, 2019, 10:02 a.m.", "Nov. 5, 9:20")),
    "live blog with a refresh line": _live(CLOCKS, "Refresh for the latest."),
    "live blog with 24-hour entry times": Probe(
        lead="14:05 GMT - The board opened its meeting with a minute's silence.",
        start="The board opened its meeting",
        unusable=True,
        body=tuple(f"{t} GMT - {e}" for t, e in zip(("14:20", "15:02", "15:40"), ENTRIES, strict=True)),
    ),
    "gallery": Probe(
        lead="Photo 1 of 12",
        start="Workers lift a cast-iron pipe",
        unusable=True,
        body=(
            "Workers lift a cast-iron pipe laid before 1920 out of a trench in the oldest district.",
            "Photo 2 of 12",
            "A pipe section shows decades of rust on its inside wall, the board's engineer said.",
            "Photo 3 of 12",
            "Residents wait outside the board's offices in Millbrook on Monday before the vote.",
        ),
    ),
    "list of deals under a disclosure": Probe(
        lead="If you buy through our links, we may earn a commission.",
        start="These are the best rain barrels",
        unusable=True,
        after_lead=("These are the best rain barrels and water savers on sale this week.", *DEALS),
    ),
    "interview in Q. and A. without an introduction": Probe(
        lead="Q. Why did the county water board raise household rates by nine percent this week?",
        start="",
        unusable=True,
        body=(
            "A. Because the pipes in the oldest districts are failing, and every year of waiting costs more.",
            "Q. What do you say to the pensioners who asked for a discount?",
            "A. That we will look at it again in the spring, once we know what the pipes cost.",
        ),
    ),
    "interview in Q. and A. after an introduction": Probe(
        lead=INTRO,
        start="Edna Coyle has chaired",
        body=(
            "Q. Why raise the rates now?",
            "A. Because the pipes in the oldest districts are failing, and every year of waiting costs more.",
            "Q. What do you say to the pensioners who asked for a discount?",
        ),
    ),
    "list of deals opening on a priced sentence": Probe(
        lead="The best rain barrel we tested is down to $49 this week, its lowest price yet.",
        start="The best rain barrel we tested",
        unusable=True,
        after_lead=DEALS,
    ),
    "business news naming prices": Probe(
        lead="Shares of Millbrook Water Co. fell 12 percent on Tuesday to $41.20 after the county board capped rates.",
        start="Shares of Millbrook Water Co. fell",
        body=(
            "The company had asked for a rise that would have added $6 a month to a typical bill, its filing said.",
            "Analysts at Valley Securities cut their price target to $45 from $52, saying the cap would hurt margins.",
            "The utility reported revenue of $310 million last year and spent $48 million on new pipes.",
            "Its chief executive, Edna Coyle, said it would appeal, and that the cap left it $20 million short.",
        ),
    ),
    "quotations introduced by a colon": Probe(
        body=(
            "Edna Coyle said: “We cannot wait any longer, the pipes are failing every week.”",
            "She added: “Nobody likes paying more, but the alternative is worse.”",
            *BODY,
        )
    ),
    "short page, the lead alone": Probe(body=()),
    "short page, two short lines": Probe(body=("The vote was five to two.", "Rates rise in January.")),
    "list of deals in pounds": Probe(
        lead="These are the best rain barrels and water savers on sale this week.",
        start="These are the best rain barrels",
        unusable=True,
        after_lead=tuple(d.replace("$", "£") for d in DEALS),
    ),
}

CASES = [
    pytest.param(name, how, id=f"{how}: {name}")
    for name, probe in PROBES.items()
    for how in ("text", "page")
    if not (probe.html_only and how == "text")
]


@pytest.mark.parametrize(("name", "how"), CASES)
def test_the_summary_starts_at_the_lead(name: str, how: str, config: SiteConfig) -> None:
    probe = PROBES[name]
    conversion = (_convert_text if how == "text" else _convert_page)(probe, config)
    assert verdict(probe, conversion), (conversion.article.summary, conversion.notes)


def test_a_dek_from_an_opening_that_is_no_lead_leaves_out_lines_to_the_reader(config: SiteConfig) -> None:
    """The dek of a live blog takes no line telling the reader what to do, nor a greeting."""
    live = _convert_text(PROBES["live blog with a refresh line"], config).article.summary
    greeted = _live(CLOCKS, "Good morning from the county hall.")
    assert "Refresh" not in live
    assert live.startswith(ENTRIES[0])
    assert _convert_text(greeted, config).article.summary.startswith(ENTRIES[0])
