"""Known given names (`digest.chain.given`) as evidence of where a person's name starts after context glued before
it: an organisation's word, a job, a demonym, a job's unit after its "of". The lexicon only adds evidence: a
name it does not know, or a rare one that is also a word, keeps the span whole. Texts are invented."""

from __future__ import annotations

import pytest

from digest.chain.given import given, given_rank, holder_at
from digest.config import SiteConfig
from tests.chain.tags.tagcase import TagCase, case, check

HOLDERS = [
    case(
        "an_organisation_s_word_before_a_given_name_ends_the_organisation",
        [
            "A fire tore through a warehouse in Lowell on Sunday night.",
            "Lowell Fire Department Walter Greer said a heater had caused it.",
        ],
        present={"Walter Greer", "Lowell Fire Department"},
        absent={"Lowell Fire Department Walter Greer", "Department Walter Greer"},
    ),
    case(
        "a_job_s_unit_inside_the_span_is_no_part_of_the_holder_s_name",
        [
            "The governor met White House Chief of Staff Mara Quell on Friday.",
            "Officials from National Security Council Director for Energy Affairs Walter Greer's team attended.",
        ],
        present={"Mara Quell", "Walter Greer"},
        absent_prefixes=["White House Chief", "Staff", "National Security Council Director"],
    ),
    case(
        "the_unit_of_a_job_after_its_of_is_no_part_of_the_holder_s_name",
        [
            "The mayor's office confirmed the change on Monday.",
            "Chief of Staff Mara Quell will leave at the end of the month, the office said.",
        ],
        present={"Mara Quell"},
        absent={"Staff Mara Quell", "Staff"},
    ),
    case(
        "a_long_job_title_ending_in_its_unit_before_a_hyphenated_given_name",
        [
            "The case against the shipping firm was closed last week.",
            "Deputy Director of Public Prosecution Eva-Marie Persson said the evidence was too thin.",
        ],
        present={"Eva-Marie Persson"},
        absent_prefixes=["Public", "Prosecution"],
    ),
    case(
        "a_dotted_initial_before_a_given_name_is_part_of_the_name_not_a_position",
        [
            "Dr. J. Walter Ostrand of the Lakeside Clinic led the trial of the new drug.",
            "The drug cut heart attacks by a fifth, the clinic said.",
        ],
        present={"J. Walter Ostrand"},
        absent={"Walter Ostrand"},
    ),
    case(
        "a_quoted_nickname_between_a_given_name_and_a_surname_leaves_the_person_whole",
        [
            'Police arrested Walter "The Ferret" Ostrand at a farm near Brandvik on Tuesday.',
            "Ostrand had run the smuggling ring for a decade, prosecutors said.",
        ],
        present={"Walter Ostrand"},
        absent={"Walter", "The Ferret"},  # his other name: the editors of four batteries tag the person only
    ),
    case(
        "a_couple_sharing_a_surname_written_once_are_two_people_named_in_full",
        [
            "Walter and Edith Marlowe, who ran the village bakery in Brandvik for 40 years, retired on Saturday.",
            "The bakery has been bought by a local cooperative.",
        ],
        present={"Walter Marlowe", "Edith Marlowe"},
        absent={"Walter"},
    ),
    case(
        "a_title_after_an_owner_before_and_is_no_couple",
        [
            "Ann Roebuck's Walter and Edith Marlowe's Garden are both on the prize list this year.",
            "The judges will name the winner in November.",
        ],
        absent={"Walter Marlowe"},
    ),
    case(
        "a_first_name_that_is_a_place_s_too_before_a_given_name_starts_the_person",
        [
            "The governor granted Paul Walter Ostrand a full pardon on Friday.",
            "Ostrand, a builder, was convicted of tax fraud in 2011.",
        ],
        present={"Paul Walter Ostrand"},
        absent={"Walter Ostrand", "Paul"},
    ),
    case(
        "a_country_before_a_person_is_still_the_country",
        [
            "Leaders from Israel Walter Ostrand met on Friday, the envoy said.",
            "Ostrand said the talks had gone well.",
        ],
        present={"Israel", "Walter Ostrand"},
    ),
    case(
        "a_rare_given_name_that_is_also_a_word_keeps_the_team_whole",
        [
            "The Toronto Maple Leafs beat the visitors 3-2 in overtime.",
            "Fans of the Toronto Maple Leafs had waited all season for it.",
        ],
        present={"Toronto Maple Leafs"},
        absent={"Maple Leafs"},
    ),
    case(
        "an_unknown_given_name_before_a_known_one_keeps_the_person_whole",
        [
            "Kjeld Kirk Tolvesen opened the new toy factory in Brandvik on Friday.",
            "The factory will employ 300 people, Kjeld Kirk Tolvesen said.",
        ],
        present={"Kjeld Kirk Tolvesen"},
        absent={"Kirk Tolvesen"},
    ),
]


@pytest.mark.parametrize("example", HOLDERS)
def test_holders(config: SiteConfig, example: TagCase) -> None:
    check(config, example)


def test_a_given_name_the_article_writes_in_lower_case_is_no_evidence() -> None:
    assert given("Grant")
    assert not given("Grant", {"grant"})
    assert not given("Will")  # a function word
    assert given_rank("Gudaf") is None  # no list knows every name


def test_no_cut_without_context_nor_after_another_given_name() -> None:
    def anyone(_: int) -> bool:
        return True

    assert holder_at(["Lowell", "Department", "Walter", "Greer"], (), anyone, lambda i: i == 1) == 2
    assert holder_at(["Ann", "Walter", "Greer"], (), anyone, lambda _: True) is None  # "Ann" is a given name
    assert holder_at(["Camp", "Walter", "Greer"], (), anyone, lambda _: False) is None
