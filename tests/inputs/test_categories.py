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


def test_a_feed_category_leads_the_topics_and_tags_of_the_article(config: SiteConfig) -> None:
    doc = RawDocument(
        original="feed.xml#entry-1",
        title="Ferry adds a late sailing",
        paragraphs=("The ferry company will add a late sailing on Fridays and Saturdays from June.",),
        categories=("Business", "Skerry Ferries", "Transport news"),
    )
    article = convert_document(doc, config, dt.date(2026, 11, 28)).article
    assert article.topics[0] == "Business"
    assert article.topics.count(config.fallback_topic) == 0 or config.fallback_topic == "Business"
    assert article.tags[0] == "Skerry Ferries"
