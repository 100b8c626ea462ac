"""The publisher's initials in its own article are no tag ("told HV" on Harbour Voices: `chain.initials.own_initials`),
but two letters are easily another body's: initials the article writes after "the" ("the EP voted") name an
institution, which an outlet's own initials never do."""

from __future__ import annotations

from digest.chain.initials import own_initials
from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.plaintext import read_text
from tests.conftest import ADDED


def _tags(source: str, paragraphs: list[str], config: SiteConfig) -> tuple[str, ...]:
    text = "\n".join(["Parliament backs island ferry subsidies", f"Source: {source}", "", "\n\n".join(paragraphs)])
    (doc,) = read_text("story.txt", text.encode())
    article = convert_document(doc, config, ADDED).article
    assert article.source == source
    return article.tags


def test_two_letters_written_after_the_are_another_body_s_not_the_publisher_s(config: SiteConfig) -> None:
    paragraphs = [
        "The EP voted on Tuesday to back subsidies for island ferries, a plan the Baltic states had opposed.",
        "Ana Ruiz, who sits on its transport committee, said the EP had listened to islanders from Gotland to Malta.",
    ]
    assert "EP" in _tags("Esker Post", paragraphs, config)


def test_the_publisher_s_two_letters_written_bare_are_still_its_own(config: SiteConfig) -> None:
    paragraphs = [
        "Bloggers from across Zambia met in Lusaka on Saturday, the Zambian Bloggers Network said.",
        "Brenda Zulu told EP that the network will train 40 new writers this year.",
    ]
    assert "EP" not in _tags("Esker Post", paragraphs, config)


def test_three_letters_after_the_stay_the_publisher_s() -> None:
    assert own_initials(["Kelmouth Evening Post"], ["the KEP said"]) == ["KEP"]
    assert own_initials(["Esker Post"], ["the EP said"]) == []
    assert own_initials(["Esker Post"], ["told EP"]) == ["EP"]
