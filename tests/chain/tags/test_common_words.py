"""Tag rules of issue 11's eleventh round: words that are no names (people who love or fear something, a common
noun in the possessive). Texts are invented."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_people_who_love_or_fear_something_are_no_tag(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["The series delighted Anglophiles and angered a few Francophobes, said Dorian Marlow of Lumora."],
    )
    assert {"Dorian Marlow", "Lumora"} <= set(tags)
    assert not {"Anglophiles", "Francophobes"} & set(tags)


def test_a_common_noun_in_the_possessive_is_no_tag(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "He was the patron of the [Brackenridge Society for the Relief of Poverty to Children’s] campaign.",
            "He said he knew the signs of abuse to children.",
        ],
    )
    assert "Children's" not in tags
    assert "Children’s" not in tags


def test_what_a_place_becomes_is_no_tag(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["Some in Hong Kong fear the “Belfastisation” of the city, said Dorian Marlow of Lumora."],
    )
    assert {"Hong Kong", "Dorian Marlow"} <= set(tags)
    assert "Belfastisation" not in tags


def test_a_degree_written_without_periods_is_no_tag(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["After the war Dorian Marlow earned a PhD and later an MSc in oceanography at Lumora."])
    assert {"Dorian Marlow", "Lumora"} <= set(tags)
    assert not {"PhD", "MSc"} & set(tags)


def test_the_first_half_of_a_compound_adjective_is_no_name_when_it_is_itself_an_adjective(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "The Olympic-size pool in Eastholm was opened by Oscar-winning actress Ann Hale.",
            "A Pacific-based fund paid for it, Hale said.",
        ],
    )
    assert {"Eastholm", "Ann Hale", "Oscar", "Pacific"} <= set(tags)
    assert "Olympic" not in tags


def test_the_word_for_any_countrys_people_counts_for_the_country_and_is_no_tag(config: SiteConfig) -> None:
    """Demonyms are derived from every country's name (`digest.text.demonyms`), not only the hand list's."""
    tags = ranked_tags(
        config,
        [
            "Malawian officials met Liberians and Bahamian traders in Lilongwe, with Togolese and Bangladeshi envoys.",
            "Arab and Islamist groups watched the talks in Lilongwe, the capital of Malawi.",
        ],
        title="Traders meet in Malawi",
    )
    assert {"Malawi", "Lilongwe"} <= set(tags)
    assert not {"Malawian", "Liberians", "Bahamian", "Togolese", "Bangladeshi", "Arab", "Islamist"} & set(tags)


def test_a_verb_opening_a_sentence_a_greeting_and_a_demonym_before_a_common_noun_are_no_tags(
    config: SiteConfig,
) -> None:
    tags = ranked_tags(
        config,
        [
            "Reading through the report, Tom Vale found errors. Reading beat Leeds on Saturday.",
            "Good Morning, wrote Ann Hale, who covers Mexican Politics; politics in Mexico is hard, she said.",
        ],
    )
    assert {"Tom Vale", "Reading", "Leeds", "Ann Hale", "Mexico"} <= set(tags)  # the town is named as a subject
    assert not {"Good Morning", "Mexican Politics", "Politics"} & set(tags)
    verb_only = ranked_tags(config, ["Reading through the report in Eastholm, Tom Vale found errors."])
    assert "Reading" not in verb_only
    assert {"Eastholm", "Tom Vale"} <= set(verb_only)
