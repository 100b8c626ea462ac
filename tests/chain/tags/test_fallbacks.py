"""When the prose alone does not decide: a stated category lifts only what the text names, the title's names
are the tags when the prose names nothing, a background name is a tag only when it matters. Texts are invented."""

from __future__ import annotations

from digest.chain.tags import extract_tags
from digest.config import SiteConfig
from digest.text.sentences import split_paragraphs
from tests.chain.tags.tagcase import tags_of


def test_a_stated_category_only_lifts_what_the_text_names(config: SiteConfig) -> None:
    paragraphs = ["Port Ellery council met on Tuesday.", "The Harbour Board said the vote was close."]
    found = extract_tags("Vote", split_paragraphs(paragraphs), config.entities, stated=["Harbour Board;Sport:Tennis"])
    assert set(found) == {"Harbour Board", "Port Ellery"}
    unlifted = extract_tags("Vote", split_paragraphs(paragraphs), config.entities, stated=["Tennis"])
    assert unlifted == found[::-1]  # without the categories the lead's name comes first


def test_when_the_prose_names_nothing_the_titles_names_are_the_tags(config: SiteConfig) -> None:
    teaser = ["Watching used to be simple. Now we pay every month, and there is no end to it."]
    title = "Brindle Stream, Korvo Cast: So Many Ways to Watch and Pay"
    assert tags_of(config, teaser, title=title) == {"Brindle Stream", "Korvo Cast"}
    named = ["Watching used to be simple, said Ada Renwick. Now we pay every month."]
    assert tags_of(config, named, title=title) == {"Ada Renwick"}


def test_a_background_name_is_a_tag_only_when_named_twice_or_in_the_title(config: SiteConfig) -> None:
    assert "covid-19" in config.entities.background
    once = ["The Varna metro line opened late, delayed by the COVID-19 pandemic and by Orlen Rail, Orlen Rail said."]
    twice = [*once, "Covid cases fell in Varna, the city said."]
    assert "COVID-19" not in tags_of(config, once)
    assert "COVID-19" in tags_of(config, twice)
    assert "COVID-19" in tags_of(config, once, title="COVID-19 delays a metro line")
