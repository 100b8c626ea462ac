"""A site's note on a story it carries names who made it: a partner newsroom's story "republished here with
permission", a release "from" the body that issued it (blind battery 9). Texts are invented."""

from __future__ import annotations

import pytest

from digest.chain.sources import identify
from digest.config import SiteConfig
from digest.readers.document import RawDocument

BODY = (
    "Three clinics in the Tallow Creek valley will close their maternity wards by spring, leaving expectant "
    "mothers an hour's drive from the nearest delivery room.",
    "Nurses said they learned of the decision from a letter pinned to the staff room door.",
)


def _doc(*paragraphs: str) -> RawDocument:
    return RawDocument(
        original="page.html", title="Maternity wards to close", paragraphs=paragraphs, source="Orchard Gazette"
    )


@pytest.mark.parametrize(
    "note",
    [
        "This story was produced by KFF Health News, a newsroom covering health, and is republished here with "
        "permission.",
        "This article was written by KFF Health News and is reprinted with permission.",
    ],
)
def test_a_partner_s_story_republished_with_permission_is_the_partner_s(note: str, config: SiteConfig) -> None:
    assert identify(_doc(note, *BODY), config.sources) == ("KFF Health News", "Orchard Gazette")
    assert identify(_doc(*BODY, note), config.sources) == ("KFF Health News", "Orchard Gazette")


def test_a_note_on_a_release_names_its_issuer_as_the_source(config: SiteConfig) -> None:
    note = "The following is a news release from Tallow Valley Health. The Gazette prints announcements as sent."
    assert identify(_doc(note, *BODY), config.sources) == ("Tallow Valley Health", "Orchard Gazette")


@pytest.mark.parametrize(
    "paragraph",
    [
        "The film was produced by Harrow Pictures and is republished on disc this spring.",  # no story's note
        "This story was produced by our health desk.",  # the site's own staff
        "The report was written by Tallow Valley Health, the nurses said.",  # no republication
    ],
)
def test_a_story_s_own_mention_of_producers_names_no_partner(paragraph: str, config: SiteConfig) -> None:
    assert identify(_doc(*BODY, paragraph), config.sources) == ("Orchard Gazette", None)
