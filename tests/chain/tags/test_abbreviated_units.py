"""Tag rules of issue 11's eleventh round: a department abbreviated after its city, and a sentence the splitter
did not end after an abbreviation. Texts are invented."""

from __future__ import annotations

from digest.chain.wording import written_out
from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_name_ends_at_an_abbreviation_before_common_words(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Officers knocked twice at the motel in Brackenridge.",
            "“Brackenridge P.D. Open the door!” one of them shouted before they forced open the door.",
        ],
    )
    assert "Brackenridge Police Department" in tags
    assert not [t for t in tags if "Open" in t]


def test_a_department_abbreviated_after_its_city_is_written_out() -> None:
    assert written_out("Fort Worth P.D.") == "Fort Worth Police Department"
    assert written_out("Dallas FD") == "Dallas Fire Department"
    assert written_out("Adam PD Roe") == "Adam PD Roe"
    assert written_out("PD") == "PD"
    assert written_out("Fort Worth Pd") == "Fort Worth Pd"
