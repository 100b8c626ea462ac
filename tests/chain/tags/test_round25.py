"""Tag rules of issue 11's twenty-fifth round, found on the tune halves of the fifth probe battery and of blind
battery 15 (the English-language press of many countries), each reproduced on invented text."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_police_ranks_and_honorifics_of_other_presses_are_no_part_of_a_name(config: SiteConfig) -> None:
    paragraphs = [
        "The Harlow State Police Command's spokesperson, DSP Ada Obi-Lawal, said the victims were freed.",
        "The Commissioner of Police, CP Musa Bello-Ade, ordered patrols, Obi-Lawal added.",
        "Detective Garda Sean Tolan told the court Gardaí traced the car. Const. Mia Lund said so.",
        "Flyhalf Piet Wessels kicked 19 points. State minister Datuk Ir. Ahmad Rizal Tahir was there.",
    ]
    tags = ranked_tags(config, paragraphs, "Kidnap victims freed in Harlow")
    assert {"Ada Obi-Lawal", "Musa Bello-Ade", "Sean Tolan", "Mia Lund", "Piet Wessels", "Ahmad Rizal Tahir"} <= set(
        tags
    )
    assert not {"Const", "Datuk Ir", "Gardaí"} & set(tags)
    assert not [t for t in tags if t.split()[0] in {"DSP", "CP", "Garda", "Flyhalf", "Datuk"}]


def test_money_glued_to_a_currencys_letters_is_no_name(config: SiteConfig) -> None:
    paragraphs = [
        "Tarvo Coal Holdings was paid R1.2bn in advance and RM14.6 million more, Ann Vale said.",
        "Farmers will get GH¢3,228 a bag and Rs4.5 crore in aid from Harlow Bank, she said.",
    ]
    tags = ranked_tags(config, paragraphs, "Tarvo paid R4bn")
    assert {"Tarvo Coal Holdings", "Ann Vale", "Harlow Bank"} <= set(tags)
    assert not {"R1.2bn", "RM14.6", "GH", "Rs4.5", "R4bn"} & set(tags)


def test_a_partys_initials_joined_to_a_seat_in_parentheses_are_no_second_name(config: SiteConfig) -> None:
    paragraphs = ["Earlier, Datuk Wira Ann Vale (PN-Kuala Tarvo) urged the government to act in Harlow."]
    tags = ranked_tags(config, paragraphs, "Bill passed")
    assert "Ann Vale" in tags
    assert not {"PN-Kuala Tarvo", "Wira Ann Vale", "Datuk Wira Ann Vale"} & set(tags)


def test_a_quoted_nickname_inside_a_name_is_the_persons_other_name(config: SiteConfig) -> None:
    paragraphs = [
        'Andrés "El Rayo" Tovar-Lund weighed in at Harlow with Scotland\'s Connor "The Hammer" Callahan.',
        'Callahan said he was ready. "El Rayo" smiled. Amelia "Mely" Santos-Vale watched.',
    ]
    tags = ranked_tags(config, paragraphs, "Tovar-Lund and Callahan make weight")
    assert {"Andrés Tovar-Lund", "Connor Callahan", "Amelia Santos-Vale"} <= set(tags)
    assert not {"El Rayo", "The Hammer", "Mely", "Callahan", "Connor"} & set(tags)
    quoted = ranked_tags(config, ['Ann Tovar Lund, known as "La Jefa," ran the ring in Harlow, Tom Vale said.'])
    assert "Ann Tovar Lund" in quoted
    assert "La Jefa" not in quoted


def test_the_parts_actors_play_are_no_people_of_the_story(config: SiteConfig) -> None:
    paragraphs = [
        "The sequel stars Ann Tovar-Lund as the space pilot Captain Orla Quist and Tom Vale as her rival, the android "
        "Kestrin. Harlow Pictures made the film.",
        "Bea Marsh, who plays the ghost Iya Tolu, and Dara Roe, as the keeper, Agnetha, return. Inspector Rhona "
        "Carrow, played by Ada Lund, leads the series.",
        '"I\'m delighted Agnetha gets to meet London," Dara Roe said. Ann Tovar-Lund stars as a Leeds taxi driver.',
    ]
    tags = ranked_tags(config, paragraphs, "Sequel tops box office")
    assert {"Ann Tovar-Lund", "Tom Vale", "Bea Marsh", "Dara Roe", "Ada Lund", "Harlow Pictures", "Leeds"} <= set(tags)
    assert not {"Orla Quist", "Kestrin", "Iya Tolu", "Agnetha", "Rhona Carrow"} & set(tags)
    games = ranked_tags(config, ["Harlow Rovers played the visiting Leeds Lions on Saturday, Tom Vale said."])
    assert "Leeds Lions" in games  # no word of the screen: a match
    known = ranked_tags(config, ["HBO has cast Ann Tovar as Hermione Granger in its series, the network said."])
    assert "Hermione Granger" in known  # a part named without a description: one the readers know
