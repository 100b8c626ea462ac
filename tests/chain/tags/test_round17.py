"""Tag rules of issue 11's seventeenth round, found on invented news text written to exercise common constructions
(a military unit, a court of appeals, a job of two words opening a sentence) and reproduced here."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_an_ordinal_numbering_a_unit_is_part_of_its_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Soldiers of the 41st Mountain Division returned to Camp Harlow after a tour in Veltria.",
            "A suit before the 12th Circuit and the 4th Ravensby Circuit Court of Appeals cites the 31st Amendment.",
            "Marchers walked down 6th Avenue past the offices of the 17th District.",
            "The 41st Annual Ravensby Lantern Awards were held on Sunday.",
        ],
    )
    assert {"41st Mountain Division", "12th Circuit", "4th Ravensby Circuit Court of Appeals", "31st Amendment"} <= set(
        tags
    )
    assert "41st Annual Ravensby Lantern Awards" in tags
    assert not {"Mountain Division", "Circuit", "Amendment", "6th Avenue", "17th District"} & set(tags)


def test_a_session_of_a_body_is_the_body(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["The bill died in the 118th Congress, and the Veltrian Parliament never voted."])
    assert "118th Congress" not in tags


def test_a_job_of_two_words_opening_a_sentence_is_no_part_of_the_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Chief Executive Orla Brennick said demand for the Quillon chips was strong.",
            "Brennick told analysts the company would ship more next year.",
        ],
    )
    assert "Orla Brennick" in tags
    assert not {"Executive Orla Brennick", "Chief Executive Orla Brennick"} & set(tags)


def test_a_shared_role_is_a_role(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["Co-CEO Dana Velik said Quillon added subscribers, and co-founder Ilse Marrow agreed.", "Velik spoke first."],
    )
    assert "Dana Velik" in tags
    assert not {"Co-CEO Dana Velik", "CEO Dana Velik"} & set(tags)


def test_a_legal_form_split_from_its_company_at_and_is_no_tag(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["The drug is made by Harrow Brindle and Co. in Ravensby, Harrow Brindle said."])
    assert "Harrow Brindle" in tags
    assert not {"Co.", "Co"} & set(tags)


def test_a_hyphenated_word_inside_a_name_stays_in_it(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Economists at the Council for Maritime Co-operation and Trade cut their forecast.",
            "Members of the Church of Latter-day Pilgrims met in Ravensby.",
            "The Veltrian Party-controlled Assembly of Ravensby voted, and Grammy-winning Ilse Marrow sang.",
        ],
    )
    assert {"Council for Maritime Co-operation and Trade", "Church of Latter-day Pilgrims"} <= set(tags)
    assert "Ilse Marrow" in tags
    assert not {"Council for Maritime", "Trade", "Pilgrims", "Grammy-winning Ilse Marrow"} & set(tags)
    assert not any("Party-controlled" in t for t in tags)


def test_a_name_with_its_possessive_kept_and_cut_is_one_entity(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Brindle's Cos. said on Wednesday it would close 20 stores, Brindle's chief executive said.",
            "Shares of Brindle's (BRN) fell 3%. Brindle's will keep its offices in Ravensby.",
        ],
    )
    assert len([t for t in tags if t.startswith("Brindle")]) == 1
    assert not {"Cos", "Cos."} & set(tags)


def test_a_title_quoted_whole_opening_a_sentence_is_a_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config, ['"Quarrymen" led the nominations with 13, and Ilse Marrow was nominated for best director.']
    )
    assert "Quarrymen" in tags
    speech = ranked_tags(config, ['"Absolutely," Ilse Marrow said when asked about the nominations.'])
    assert "Absolutely" not in speech


def test_a_short_form_after_or_is_the_same_entity(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "The fire has burned 10,000 acres, the Veltria Department of Forestry and Fire Safety, or Vel Fire, said.",
            "Vel Fire said the cause was under investigation. Crews from Ravensby helped.",
        ],
    )
    assert "Veltria Department of Forestry and Fire Safety" in tags
    assert "Vel Fire" not in tags
    lists = ranked_tags(config, ["Voters in Ravensby, or Brindle, were asked, and Ravensby said no."])
    assert {"Ravensby", "Brindle"} <= set(lists)


def test_a_row_of_buttons_glued_into_one_word_is_no_tag(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Photos by Ilse Marrow. ShareFacebookXWhatsAppEmailCopy link.",
            "The parade in Ravensby was paid for by BrindleSmithKline, and BrindleSmithKline said it was proud.",
        ],
    )
    assert "BrindleSmithKline" in tags
    assert not any("WhatsApp" in t for t in tags)


def test_an_ordinal_alone_is_no_tag(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["Harbor Avenue between Fifth and Ninth streets stays closed, Ravensby said."])
    assert "Harbor Avenue" in tags
    assert not {"Fifth", "Ninth"} & set(tags)


def test_plural_roles_and_abbreviated_titles_before_names(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Trustees Orla Brennick and Dale Quist voted no. Atty. Ramon Velasquin argued the case.",
            "Incumbent Carla Fennimore trailed in Ravensby, and Substitute Yakubu Danjel scored late.",
        ],
    )
    assert {"Orla Brennick", "Ramon Velasquin", "Carla Fennimore", "Yakubu Danjel"} <= set(tags)
    assert not {"Trustees Orla Brennick", "Atty", "Incumbent Carla Fennimore", "Substitute Yakubu Danjel"} & set(tags)


def test_the_opens_the_sentence_after_a_bracketed_agency_credit(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["Ravensby, Dec 5 (VNS) The Veltria government on Saturday raised wages, and Veltria's growers objected."],
    )
    assert "The Veltria" not in tags


def test_a_place_named_after_its_owner_and_codes(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "The fire started in the kitchen of Rosalind's Diner on West Main Street, and Rosalind's Diner reopened.",
            "Use code SLEEPWELL200 at checkout, Ravensby Beds said. Ravensby Beds sells the mattress.",
        ],
    )
    assert {"Rosalind's Diner", "Ravensby Beds"} <= set(tags)
    assert not {"Diner", "Rosalind", "SLEEPWELL200"} & set(tags)


def test_a_page_speaking_to_its_reader_and_negated_labels_are_no_names(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Tour Fort Harrow in the morning, then walk to Brindle Square.",
            "Try This: a slower pace. Didn't Like: the noise from Ravensby Road.",
            "Fort Harrow opened in 1861, and Brindle Square was laid out later.",
        ],
    )
    assert {"Fort Harrow", "Brindle Square"} <= set(tags)
    assert not {"Tour Fort Harrow", "Try This", "Didn't Like"} & set(tags)


def test_a_word_only_opening_sentences_is_a_name_when_the_title_names_it(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["Quillix has renewed its drama Harbour Lights for a third season.", "Deforestation fell, Quillix said."],
        "Quillix Renews Harbour Lights as Deforestation Falls",
    )
    assert "Quillix" in tags
    assert "Deforestation" not in tags


def test_a_word_with_a_capital_inside_opening_a_sentence_is_a_name(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["QuillAI's Dana Velik promised a faster model. Users in Ravensby were less impressed."])
    assert "QuillAI" in tags


def test_a_grade_of_something_is_no_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "The startup Quillon raised $40 million in a Series B round led by Harrow Ventures.",
            "The Phase 3 trial starts in Ravensby.",
        ],
    )
    assert {"Quillon", "Harrow Ventures"} <= set(tags)
    assert not {"Series B", "Phase 3"} & set(tags)


def test_an_initial_after_a_title_opens_the_name(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["The trial was led by Dr. A. Orla Brennick of the Ravensby Clinic. Brennick spoke."])
    assert "A. Orla Brennick" in tags
    assert "Orla Brennick" not in tags


def test_a_part_of_a_series_is_no_name_and_a_hyphenated_given_name_stays_whole(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Former president Kwon Hyung-bak said Season Two of the Ravensby drama would air in June.",
            "Kwon said the Hamas-run ministry and a Texas-born actor were not involved.",
        ],
    )
    assert "Kwon Hyung-bak" in tags
    assert not {"Season Two", "Kwon Hyung", "Hamas-run", "Texas-born"} & set(tags)


def test_a_prize_named_after_an_office_keeps_its_possessive(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["Kotomaru won the Emperor's Cup at the Ravensby Grand Tournament on Sunday."])
    assert "Emperor's Cup" in tags
    assert "Cup" not in tags


def test_an_owner_alone_is_the_thing_named_after_it(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "A drug for Halvard's disease was approved in Ravensby on Tuesday.",
            "About 6 million people live with Halvard's disease, and Halvard's patients wait years.",
        ],
    )
    assert "Halvard's disease" in tags
    assert "Halvard" not in tags


def test_a_button_label_alone_is_no_tag(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "The Vantex QX55 is down to $499 at ShopCo, a record low.",
            "Lumio 55-inch OLED — $879 (was $1,299) Buy now",
            "Vantex 65-inch QLED — $649 (was $999) Buy now",
            "Vantex makes its sets in Ravensby.",
        ],
    )
    assert {"ShopCo", "Ravensby"} <= set(tags)
    assert "Buy" not in tags
