"""Junk tags and names cut short (issue 11, tenth round): what never is a tag, and names with digits or
hyphens kept whole. Texts are invented."""

from __future__ import annotations

from collections.abc import Sequence

from digest.chain.junk import is_junk
from digest.chain.tags import extract_tags
from digest.config import SiteConfig
from digest.text.sentences import split_paragraphs


def _tags(config: SiteConfig, paragraphs: Sequence[str], title: str = "A story") -> set[str]:
    return set(extract_tags(title, split_paragraphs(list(paragraphs)), config.entities, limit=30))


def test_a_name_of_parts_joined_by_hyphens_is_no_identifier_from_a_link(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Researchers in Marlowe studied the virus TRX-CoV-7 in bats, and the strain TRX-CoV-7 spread fast.",
            "The clip was posted at pic.example.com/QpZr7uTkWa and shared by the lab in Marlowe.",
        ],
    )
    assert "TRX-CoV-7" in tags
    assert "QpZr7uTkWa" not in tags


def test_a_job_alone_is_no_tag_even_when_its_word_also_ends_an_organisation(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The Foreign Secretary met Tomas Reyna, a Member of Parliament (MP) for Eastholm, in Eastholm.",
            "Reyna, an MP since 2015, said the Foreign Secretary had listened.",
        ],
    )
    assert {"Tomas Reyna", "Eastholm"} <= tags
    assert not {"Foreign Secretary", "Member of Parliament"} & tags


def test_a_rank_or_kin_before_of_names_someone_or_an_order(config: SiteConfig) -> None:
    rules = config.entities
    assert is_junk("Minister of Foreign Affairs", rules, frozenset())
    assert is_junk("Member of Parliament", rules, frozenset())
    assert not is_junk("Duke of Westbury", rules, frozenset())
    assert not is_junk("Sisters of Mercy", rules, frozenset())


def test_a_common_word_stays_before_common_words_or_a_number_but_goes_before_a_person(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Amara Quist served in World War Two and later wrote Bright Little Things, a book for children.",
            "The world remembers her; bright colours and little jokes filled it.",
            "Forecaster Ciara Dunmore said forecasters had warned of rain.",
        ],
    )
    assert {"World War Two", "Bright Little Things", "Ciara Dunmore"} <= tags
    assert not {"War Two", "Little Things", "Forecaster Ciara Dunmore"} & tags


def test_a_language_named_alone_is_no_tag(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Ravi Mendra, who lives in Nauru, said the English medicine failed; the notice was in Hindi.",
            "Mendra spoke Tamil and English at home in Nauru.",
        ],
    )
    assert {"Ravi Mendra", "Nauru"} <= tags
    assert not {"English", "Hindi", "Tamil"} & tags


def test_a_degree_written_with_periods_is_no_tag(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Lead author Imre Valko, a Ph.D. candidate who holds an M.Sc. from Corvin University, flew to the U.S.",
            "Valko said the U.S. team helped.",
        ],
    )
    assert {"Imre Valko", "Corvin University", "United States"} <= tags
    assert not {"Ph.D", "Ph.D.", "M.Sc", "M.Sc."} & tags


def test_the_start_of_a_longer_acronym_quoted_alone_is_no_tag(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The agency named the disease BRAVID-21 in Geneva. BRAVID-21 spread, and BRAVID-21 is now tracked.",
            'Reportedly, "BRAVI" stands for the virus. NASA and NASAR staff met, NASA said.',
        ],
    )
    assert {"Geneva", "NASA"} <= tags
    assert "BRAVI" not in tags


def test_a_background_name_is_a_tag_only_when_named_twice_or_in_the_title(config: SiteConfig) -> None:
    assert "covid-19" in config.entities.background
    once = ["The Varna metro line opened late, delayed by the COVID-19 pandemic and by Orlen Rail, Orlen Rail said."]
    twice = [*once, "Covid cases fell in Varna, the city said."]
    assert "COVID-19" not in _tags(config, once)
    assert "COVID-19" in _tags(config, twice)
    assert "COVID-19" in _tags(config, once, title="COVID-19 delays a metro line")


def test_a_given_name_of_two_short_syllables_joined_by_a_hyphen_stays_whole(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The activist Wai-kit Leung spoke in Kowloon, and the Oscar-winning actress Mara Lind agreed.",
            "Leung and Lind left Kowloon on Monday.",
        ],
    )
    assert {"Wai-kit Leung", "Mara Lind", "Kowloon"} <= tags
    assert not {"Wai", "Oscar-winning"} & tags


def test_link_texts_glued_without_a_space_are_split_where_each_part_stands_alone(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "A man threatened Rep. Dara OkaforDara OkaforMarket Watch: stocks fall | Senators meet.",
            "Okafor spoke to Market Watch, and SoftBank and PlayStation sponsors listened. Okafor left.",
        ],
    )
    assert {"Dara Okafor", "SoftBank", "PlayStation"} <= tags
    assert not {t for t in tags if "OkaforDara" in t or "OkaforMarket" in t}


def test_a_phrase_in_title_case_with_a_capitalised_function_word_inside_is_no_name(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            'Nadia Ferro praised the agent: "May he Rest In Peace." The Bay of Kotor was quiet.',
            "Ferro later visited the Bay of Kotor.",
        ],
    )
    assert {"Nadia Ferro", "Bay of Kotor"} <= tags
    assert "Rest In Peace" not in tags


def test_a_plural_in_ies_is_a_common_word_when_the_article_writes_its_singular(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Mayor Lena Brandt acted under the National Emergencies Act, declaring a national emergency in Velden.",
            "Brandt said Velden would recover.",
        ],
    )
    assert {"Lena Brandt", "Velden", "National Emergencies Act"} <= tags
    assert "Emergencies Act" not in tags


def test_a_town_s_name_the_article_also_writes_in_lower_case_is_a_word_there(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            'Devi Raman said: "Corona is not a virus." She said corona would pass, and she left Kolkata.',
            "Raman returned to Kolkata, where Corona was the word on every lip.",
        ],
    )
    assert {"Devi Raman", "Kolkata"} <= tags
    assert "Corona" not in tags


def test_common_nouns_written_in_capitals_are_no_tags(config: SiteConfig) -> None:
    rules = config.entities
    assert all(is_junk(word, rules, frozenset()) for word in ("DNA", "RNA", "MRI", "GPS"))


def test_a_name_written_once_with_two_letters_swapped_is_a_slip(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Jacques Moreau led France. Moreau served twice, and Moraeu was praised in Paris.",
            "Moreau died in Paris.",
        ],
    )
    assert {"Jacques Moreau", "Paris"} <= tags
    assert "Moraeu" not in tags


def test_a_capitalised_adjective_between_lower_case_words_is_emphasis_not_a_name(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Speaker Ilse Varga called it a breach of his Constitutional duties, the Nordal Times reported.",
            "Varga spoke in Bristol, and Bristol residents listened.",
        ],
    )
    assert {"Ilse Varga", "Bristol"} <= tags
    assert "Constitutional" not in tags
