"""Who made a story a site carries, as the page says it (blind battery 12): a sister paper's note with the running
text's "the", a sister station's or a partner's note, a content-sharing agreement between two outlets, a syndicate
that distributed a column, a desk the byline credits and the metadata declares the source organisation, a release
sent out by a distributor named in brackets. Texts and names are invented."""

from __future__ import annotations

import pytest

from digest.chain.sources import identify
from digest.config import SiteConfig
from digest.readers.document import RawDocument

SITE = "Orchard Gazette"
BODY = (
    "Three clinics in the Tallow Creek valley will close their maternity wards by spring, leaving expectant "
    "mothers an hour's drive from the nearest delivery room.",
    "Nurses said they learned of the decision from a letter pinned to the staff room door.",
)


def _doc(*paragraphs: str, credits: tuple[str, ...] = (), providers: tuple[str, ...] = ()) -> RawDocument:
    return RawDocument(
        original="page.html",
        title="Maternity wards to close",
        paragraphs=paragraphs,
        source=SITE,
        credits=credits,
        providers=providers,
    )


def test_the_running_text_s_the_before_a_sister_paper_s_name_is_no_part_of_it(config: SiteConfig) -> None:
    note = "This story originally appeared in the Kelmouth Courier, a sister publication of the Orchard Gazette."
    assert identify(_doc(note, *BODY), config.sources) == ("Kelmouth Courier", SITE)
    capital = "This story originally appeared in The Kelmouth Courier, a sister publication."
    assert identify(_doc(capital, *BODY), config.sources) == ("The Kelmouth Courier", SITE)


@pytest.mark.parametrize(
    ("note", "maker"),
    [
        ("This story was reported by our sister station KWTR 9 in Tallow Falls.", "KWTR 9"),
        ("This story was produced by our partners at Ridgeline Report.", "Ridgeline Report"),
        (
            "This story was produced by Ridgeline Report, a nonprofit newsroom covering health care, and is "
            f"published in partnership with {SITE}.",
            "Ridgeline Report",
        ),
    ],
)
def test_a_story_a_sister_outlet_or_a_partner_made_is_carried_without_a_permission_note(
    note: str, maker: str, config: SiteConfig
) -> None:
    assert identify(_doc(note, *BODY), config.sources) == (maker, SITE)
    assert identify(_doc(*BODY, note), config.sources) == (maker, SITE)


def test_a_story_its_own_newsroom_made_for_a_sister_is_no_carried_one(config: SiteConfig) -> None:
    own = f"This story was produced by {SITE} in partnership with Ridgeline Report."
    assert identify(_doc(own, *BODY), config.sources) == (SITE, None)
    credit = "This story was produced by Ridgeline Report."  # a credit, no note that the site carries it
    assert identify(_doc(*BODY, credit), config.sources) == (SITE, None)


@pytest.mark.parametrize(
    "note",
    [
        f"This article is published under a content-sharing agreement between the {SITE} and the Tallow Valley "
        "Herald, an independent weekly covering the upper valley.",
        f"This article is published under a content-sharing agreement between the Tallow Valley Herald and The {SITE}.",
        "This story is shared under a content agreement with the Tallow Valley Herald.",
    ],
)
def test_a_story_shared_under_an_agreement_is_the_other_outlet_s(note: str, config: SiteConfig) -> None:
    assert identify(_doc(*BODY, note), config.sources) == ("Tallow Valley Herald", SITE)


def test_an_agreement_between_two_other_outlets_names_no_maker(config: SiteConfig) -> None:
    note = "This article is published under an agreement between the Tallow Valley Herald and the Kelmouth Courier."
    assert identify(_doc(*BODY, note), config.sources) == (SITE, None)


def test_a_column_a_syndicate_distributed_is_the_syndicate_s(config: SiteConfig) -> None:
    tagline = "Ann Roe writes about cities and their roads. Distributed by Tallow Features Syndicate."
    assert identify(_doc(*BODY, tagline), config.sources) == ("Tallow Features Syndicate", SITE)
    inside = "The plan was distributed by Tallow Features Syndicate, the council said, and nobody read it."
    assert identify(_doc(inside, *BODY), config.sources) == (SITE, None)


def test_a_desk_the_byline_credits_and_the_metadata_declares_the_source_organisation_made_the_story(
    config: SiteConfig,
) -> None:
    desk = "Tallow National Desk"
    both = _doc(*BODY, credits=(f"by Ann Roe | {desk}",), providers=(SITE, desk))
    assert identify(both, config.sources) == (desk, SITE)
    comma = _doc(*BODY, credits=(f"By Ann Roe, {desk}",), providers=(desk,))
    assert identify(comma, config.sources) == (desk, SITE)
    byline_only = _doc(*BODY, credits=(f"by Ann Roe | {desk}",))
    assert identify(byline_only, config.sources) == (SITE, None)
    metadata_only = _doc(*BODY, credits=("by Ann Roe",), providers=(desk,))
    assert identify(metadata_only, config.sources) == (SITE, None)
    own = _doc(*BODY, credits=(f"by Ann Roe | {SITE}",), providers=(SITE,))
    assert identify(own, config.sources) == (SITE, None)


@pytest.mark.parametrize(
    "lead",
    [
        "KELMOUTH, Dec. 07, 2026 (HARBOURLINE NEWSWIRE) -- Penhallow Stoneworks Inc. today announced it will buy "
        "the Tallow quarry.",
        "KELMOUTH, Dec. 7, 2026 /Harbourline Newswire/ - Penhallow Stoneworks Corp., a quarrying company, will buy "
        "the Tallow quarry, the company announced today.",
    ],
)
def test_a_distributed_release_is_its_issuer_s_named_without_its_legal_form(lead: str, config: SiteConfig) -> None:
    about = "About Penhallow Stoneworks Inc. Penhallow quarries granite in three counties."
    assert identify(_doc(lead, *BODY, about), config.sources) == ("Penhallow Stoneworks", SITE)


def test_a_bracketed_dateline_without_a_release_s_about_paragraph_is_no_release(config: SiteConfig) -> None:
    lead = "KELMOUTH (Kelmouth Radio) -- Penhallow Stoneworks Inc. today announced it will buy the Tallow quarry."
    assert identify(_doc(lead, *BODY), config.sources) == (SITE, None)


def test_a_release_closing_on_its_distributor_is_still_its_issuer_s(config: SiteConfig) -> None:
    lead = (
        "KELMOUTH, Dec. 7, 2026 /Harbourline Newswire/ -- Penhallow Stoneworks, a quarrying company, today "
        "announced it will buy the Tallow quarry."
    )
    closing = "Media contact: Ann Roe. Distributed by Harbourline Newswire."
    assert identify(_doc(lead, *BODY, closing), config.sources) == ("Penhallow Stoneworks", SITE)
