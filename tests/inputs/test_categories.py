"""Stated categories become topics (title or keyword) or tags (only when they look like names)."""

from __future__ import annotations

import datetime as dt

from digest.chain.categories import map_categories
from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.document import RawDocument


def test_topic_titles_and_keywords_become_topics(config: SiteConfig) -> None:
    topics, tags = map_categories(["politics", "Deportation", "Immigration", "Business"], config)
    assert topics == ("Politics", "Immigration", "Business")
    assert tags == ()


def test_only_name_like_categories_become_tags(config: SiteConfig) -> None:
    categories = ["Nayib Bukele", "Local News", "flood defences", "Port Ellery", "Top Stories", "Ferries", "CECOT"]
    _, tags = map_categories(categories, config)
    assert tags == ("Nayib Bukele", "Port Ellery", "CECOT")


def test_a_feed_category_leads_the_topics_and_lifts_the_entity_the_text_names(config: SiteConfig) -> None:
    doc = RawDocument(
        original="feed.xml#entry-1",
        title="Ferry adds a late sailing",
        paragraphs=(
            "The harbour board said on Monday that Port Ellery will get a new pier by 2027.",
            "The timetable was agreed with Skerry Ferries, which will add a late sailing on Fridays and Saturdays.",
        ),
        categories=("Business", "Skerry Ferries", "Transport news", "Tennis,Sport:Harbour Board;Gale Warnings"),
    )
    article = convert_document(doc, config, dt.date(2026, 11, 28)).article
    assert article.topics[0] == "Business"
    assert article.topics.count(config.fallback_topic) == 0 or config.fallback_topic == "Business"
    assert article.tags[0] == "Skerry Ferries"
    assert "Port Ellery" in article.tags
    assert not {"Tennis", "Gale Warnings", "Transport news", "Fridays"} & set(article.tags)


def test_a_category_the_text_never_names_is_no_tag(config: SiteConfig) -> None:
    doc = RawDocument(
        original="page.html",
        title="Council approves the sea wall",
        paragraphs=("Port Ellery council voted on Tuesday to rebuild the sea wall after the storms of March.",),
        categories=("Company Town", "United States Politics and Government", "Bevin, Matthew"),
    )
    article = convert_document(doc, config, dt.date(2026, 11, 28)).article
    assert article.tags == ("Port Ellery",)
