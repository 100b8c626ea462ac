"""One story, one article: same URL or same text merged, near-duplicates reported on both."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from digest.chain.dedupe import SHINGLE_WORDS, dedupe, near_duplicates, shingle_sets
from digest.readers.document import RawDocument

STORY = (
    "The harbour authority opened the new north slipway on Friday after eight months of work.",
    "Fishing crews said the wider ramp would let two boats land their catch at the same time.",
    "The authority will charge no fee for the first season, its director told the local council.",
)
OTHER = (
    "A bakery on the high street won the county prize for its rye loaf on Saturday evening.",
    "The owners said they would spend the prize money on a second oven for the winter months.",
)


def doc(original: str, paragraphs: tuple[str, ...] = STORY, **fields: object) -> RawDocument:
    return RawDocument(original=original, title="Slipway opens", paragraphs=paragraphs, **fields)  # type: ignore[arg-type]


def test_the_same_url_is_one_article_and_the_richer_copy_wins() -> None:
    entry = doc(
        "feed.xml#entry-1",
        STORY[:1],
        url="https://a.example/slipway?utm_source=rss",
        date=dt.date(2025, 3, 14),
        authors=("Mara Lindqvist",),
    )
    page = doc("inbox/slipway.html", url="https://A.example/slipway/")
    kept, merged = dedupe([entry, page])
    assert [d.original for d in kept] == ["inbox/slipway.html"]
    assert kept[0].date == dt.date(2025, 3, 14)  # taken from the entry, which had it
    assert kept[0].authors == ("Mara Lindqvist",)
    assert "same article as feed.xml#entry-1" in kept[0].notes[-1]
    assert [(m.dropped.original, m.reason) for m in merged] == [("feed.xml#entry-1", "same URL")]


def test_the_same_text_without_urls_is_one_article() -> None:
    curly = tuple(p.replace("Fishing", "“Fishing”") for p in STORY)
    kept, merged = dedupe([doc("a.txt"), doc("b.html", curly, url="https://a.example/s")])
    assert len(kept) == 1
    assert kept[0].url == "https://a.example/s"
    assert merged[0].reason == "same text"


def test_near_duplicates_are_kept_and_both_are_noted() -> None:
    rewritten = (*STORY[:2], STORY[2].replace("told the local council", "said in a statement on Monday"))
    kept, merged = dedupe([doc("a.txt"), doc("b.txt", rewritten), doc("c.txt", OTHER)])
    assert merged == []
    assert [d.original for d in kept] == ["a.txt", "b.txt", "c.txt"]
    assert "near-duplicate of b.txt" in kept[0].notes[0]
    assert "near-duplicate of a.txt" in kept[1].notes[0]
    assert kept[2].notes == ()


def test_different_stories_and_short_texts_are_not_near_duplicates() -> None:
    assert near_duplicates([doc("a.txt"), doc("b.txt", OTHER)]) == []
    assert near_duplicates([doc("a.txt", ("Short text here.",)), doc("b.txt", ("Short text here!",))]) == []


_WORDS = st.sampled_from(["harbour", "vote", "the", "council", "sea", "wall"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_WORDS, max_size=12), max_size=6))
def test_shingle_numbers_are_equal_exactly_when_the_shingles_are(texts: list[list[str]]) -> None:
    docs = [doc(f"{n}.txt", (" ".join(words),)) for n, words in enumerate(texts)]
    numbered = shingle_sets(docs)
    as_text = [
        {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)} for words in texts
    ]
    for i in range(len(docs)):
        assert len(numbered[i]) == len(as_text[i])
        for j in range(len(docs)):
            assert len(numbered[i] & numbered[j]) == len(as_text[i] & as_text[j])
