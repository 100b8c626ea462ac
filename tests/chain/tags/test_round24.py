"""Tag rules of issue 11's twenty-fourth round, found on the tune halves of the fourth probe battery and of blind
battery 14 (web genres outside politics: markets, deals, reviews, recalls), each reproduced on invented text."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_ticker_that_spells_no_name_is_never_the_name_shown(config: SiteConfig) -> None:
    paragraphs = [
        "Tarvo Holdings (TRVH) cut its forecast on Wednesday in Leeds, said Ann Vale.",
        "Tarvo also said it would close a plant.",
    ]
    tags = ranked_tags(config, paragraphs, "Tarvo Holdings cuts forecast")
    assert "Tarvo Holdings" in tags
    assert "TRVH" not in tags
    spelled = ranked_tags(config, ["The Harlow Energy Board (HEB) met in Leeds.", "The HEB said no, Ann Vale said."])
    assert "Harlow Energy Board" in spelled


def test_a_ticker_with_its_exchanges_letter_is_no_tag(config: SiteConfig) -> None:
    paragraphs = [
        "Orsk Bio (ORSK.O) said its drug worked, Ann Vale said in Leeds.",
        "Rival Tarvo Therapeutics (TRVO.N) is testing a similar drug.",
    ]
    tags = ranked_tags(config, paragraphs, "Orsk Bio drug approved")
    assert {"Orsk Bio", "Tarvo Therapeutics"} <= set(tags)
    assert not {"ORSK.O", "TRVO.N"} & set(tags)


def test_colours_listed_after_in_are_no_tags(config: SiteConfig) -> None:
    paragraphs = [
        "Tarvo has the Orsk Velo mixer at $329 in Lagoon, Matte Black and Sea Glass, Ann Vale said in Leeds.",
        "Harlow Stores is adding a free bowl.",
    ]
    tags = ranked_tags(config, paragraphs, "Orsk Velo Mixer Drops to $329 in Lagoon and Matte Black")
    assert {"Orsk Velo", "Harlow Stores", "Ann Vale"} <= set(tags)
    assert not {"Lagoon", "Matte Black", "Sea Glass"} & set(tags)
    places = ranked_tags(config, ["Tarvo opened stores in Harlow, Leeds and Black Mountain, Ann Vale said."])
    assert {"Harlow", "Leeds", "Black Mountain"} <= set(places)  # no colour alone: places
    counties = ranked_tags(config, ["Flu cases in Tarvo, Brown and Orsk counties rose, Ann Vale said in Leeds."])
    assert {"Tarvo", "Brown", "Orsk"} <= set(counties)  # one colour word alone may be a name


def test_a_name_written_only_as_a_variants_or_segments_label_is_no_tag(config: SiteConfig) -> None:
    paragraphs = [
        "Orsk Bio Corp. said sales rose 18%, driven by its Cloud Storage segment, Ann Vale said in Leeds.",
        "We tested the Ultra Plush version of the Tarvo Classic for six weeks.",
    ]
    tags = ranked_tags(config, paragraphs, "Orsk Bio results")
    assert {"Orsk Bio Corp.", "Tarvo Classic", "Ann Vale"} <= set(tags)
    assert not {"Cloud Storage", "Ultra Plush"} & set(tags)
    place = ranked_tags(config, ["The Canada version of the Tarvo Classic, sold in Leeds, is a copy of the UK one."])
    assert "Canada" in place
    named = ranked_tags(config, ["The Ultra Plush version sold out.", "Ultra Plush said it would hire Ann Vale."])
    assert "Ultra Plush" in named  # written as a name elsewhere too


def test_capitals_used_more_often_than_the_name_stay_the_name_shown(config: SiteConfig) -> None:
    paragraphs = [
        "Inmates will be held in the CEVOR (Center for the Vigil of Order) complex in Leeds, Ann Vale said.",
        "CEVOR holds 4,000 people. Critics say CEVOR is overcrowded.",
    ]
    assert "CEVOR" in ranked_tags(config, paragraphs, "Inmates sent to CEVOR")


def test_a_makers_name_alone_is_the_maker_not_its_numbered_model(config: SiteConfig) -> None:
    paragraphs = [
        "Tarvo Computing is recalling about 21,000 Velo 14 laptops in Canada, Ann Vale said.",
        "Tarvo said it had received 38 reports.",
        "The recall does not affect the Tarvo Velo 14 models released in November.",
    ]
    tags = ranked_tags(config, paragraphs, "Tarvo recalls Velo 14 laptops")
    assert {"Tarvo Computing", "Tarvo Velo 14"} <= set(tags)
    assert "Tarvo" not in tags


def test_capitals_written_only_as_a_things_kind_after_a_or_an_are_no_tag(config: SiteConfig) -> None:
    paragraphs = [
        "Riders need a KPT certificate and an annual XRB check, Ann Vale of Tarvo Motors said in Leeds.",
        "A single KPT course costs $150.",
    ]
    tags = ranked_tags(config, paragraphs, "New rules for riders")
    assert {"Ann Vale", "Tarvo Motors"} <= set(tags)
    assert not {"KPT", "XRB"} & set(tags)
    agency = ranked_tags(config, ["An ORSK agent arrested Tom Marsh in Leeds.", "ORSK said he had fled."])
    assert "ORSK" in agency  # written as a name elsewhere too
    country = ranked_tags(config, ["Tarvo Motors, a big UK firm, paid Ann Vale in Leeds."])
    assert "United Kingdom" in country  # a place in capitals


def test_codes_named_as_lots_or_model_numbers_are_no_tags(config: SiteConfig) -> None:
    paragraphs = [
        "Tarvo Pharma is recalling its blood pressure pills, Ann Vale said in Leeds. Affected lots include KR7J21 "
        "and KR7J40.",
        "The recall covers model numbers VX-2210 and VX-2210T, sold at Orsk Stores.",
        "The Tarvo Glide 14 (model GL14-55Q) is not affected.",
    ]
    tags = ranked_tags(config, paragraphs, "Tarvo Pharma recalls pills")
    assert {"Tarvo Pharma", "Orsk Stores", "Tarvo Glide 14"} <= set(tags)
    assert not {"KR7J21", "KR7J40", "VX-2210", "VX-2210T"} & set(tags)


def test_capitals_ending_a_things_name_after_the_stay_in_it(config: SiteConfig) -> None:
    paragraphs = [
        "The Tarvo Pro LE is smaller and quieter than the Orsk Velo XL, Ann Vale said in Leeds.",
        "The bill was backed by Joan Pettifer MP.",
    ]
    tags = ranked_tags(config, paragraphs, "A review")
    assert {"Tarvo Pro LE", "Orsk Velo XL", "Joan Pettifer"} <= set(tags)
    assert not {"Tarvo Pro", "Orsk Velo", "Joan Pettifer MP"} & set(tags)
