"""Tag rules of issue 11's eighteenth round, found on the tune half of the fifth blind page battery (possessives at a
sentence's end, provinces named with a demonym, a province's people) and reproduced on invented text."""

from __future__ import annotations

from digest.config import SiteConfig
from digest.text.tokens import tokenize
from tests.chain.tags.tagcase import ranked_tags


def test_a_possessive_before_the_sentences_full_stop_is_detached() -> None:
    word, stop = tokenize("Macy's.")
    assert (word.text, word.possessive, stop.text) == ("Macy", True, ".")


def test_a_place_in_the_possessive_at_a_sentences_end_is_the_place(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Gráinne Roe's story isn't finished, and neither is Cork's.",
            "The fire season now overlaps with Australia's. She bought boots at Harrowgate's.",
            "Her mother was taken to St. Mary's.",
        ],
    )
    assert {"Cork", "Australia", "Harrowgate's", "St. Mary's"} <= set(tags)
    assert not {"Cork's", "Australia's", "St. Mary"} & set(tags)


def test_a_place_named_with_a_demonym_is_the_place(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["Water bombers will be stationed in British Columbia's north, and New Mexico will lease two more."],
    )
    assert {"British Columbia", "New Mexico"} <= set(tags)
    assert not {"Columbia", "United Kingdom", "Mexico"} & set(tags)


def test_a_provinces_people_are_no_tag_of_their_own(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["British Columbians and Albertans have lived through the worst fire seasons, Mara Quell said in Victoria."],
    )
    assert not {"British Columbians", "Albertans", "Columbians"} & set(tags)
    assert "Mara Quell" in tags


def test_an_acronym_spelled_with_its_small_words_joins_its_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["Observers from the Economic Bloc of Eastern Harbour States (EBEHS) watched the vote. EBEHS will report."],
    )
    assert "Economic Bloc of Eastern Harbour States" in tags
    assert not {"Economic Bloc", "Eastern Harbour States", "EBEHS"} & set(tags)


def test_a_court_case_is_one_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "In Marlow v. Quell in 2019, the Harwick Supreme Court ruled for the city.",
            "The case, Ortiz v. City of Kelmscott, ended two years later.",
        ],
    )
    assert {"Marlow v. Quell", "Ortiz v. City of Kelmscott"} <= set(tags)
    assert not {"Quell", "Ortiz", "City of Kelmscott"} & set(tags)


def test_an_acronym_the_text_defines_in_lower_case_is_no_tag(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Halvard Cells makes sodium nickel chloride (SNC) batteries. SNC cells last longer, the company said.",
            "The Harwick Transit Authority (HTA) will buy 40 of them.",
        ],
    )
    assert "SNC" not in tags
    assert {"Halvard Cells", "Harwick Transit Authority"} <= set(tags)


def test_a_places_body_before_its_head_is_a_name_of_its_own(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Tacoma Police Bureau Chief Dana Ortiz will retire, the city said.",
            "Kenyan Election Commission President Ana Marlow certified the vote.",
            "Education Cabinet Secretary Julius Okafor and U.S. District Judge Mara Quell were not consulted.",
        ],
    )
    assert {"Tacoma Police Bureau", "Dana Ortiz", "Kenyan Election Commission", "Ana Marlow"} <= set(tags)
    assert {"Julius Okafor", "Mara Quell"} <= set(tags)
    assert not {"Education Cabinet", "U.S. District", "Tacoma Police Bureau Chief Dana Ortiz"} & set(tags)


def test_a_nickname_that_is_a_given_name_makes_the_person(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            'Former Harwick County Executive Wojciesław "Stan" Brzęczek said the city could not afford it.',
            "Brzęczek, who left county government in 2020, promised no new taxes.",
        ],
    )
    assert "Wojciesław Brzęczek" in tags
    assert not {"Stan", "Brzęczek", "Wojciesław"} & set(tags)


def test_a_party_in_parentheses_after_a_person_leaves_the_person_a_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Federal Labour Minister Johanna Albers (SPD) told the Bundestag the package was agreed.",
            "The Social Democratic Party (SPD) leads the coalition.",
        ],
    )
    assert "Johanna Albers" in tags
    assert len({"Social Democratic Party", "SPD"} & set(tags)) == 1


def test_a_role_of_several_words_before_a_portfolio_is_no_part_of_the_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Minister of State for Foreign Affairs Sarah Quell met the envoy in Doha.",
            "Gauteng MEC Ann Roe denied the charges.",
        ],
    )
    assert {"Sarah Quell", "Ann Roe"} <= set(tags)
    assert not {t for t in tags if "Foreign Affairs" in t or "MEC" in t}


def test_offices_and_trades_before_a_name_are_roles(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Landlady Bernadette Kavanagh said the pub would close. Coun Farida Mahmood-Lees objected.",
            "Recorder Anthony Wainwright-Cole jailed him. Harlan County Judge-Executive Dale Combs-Whitaker spoke.",
            "Host Rania Saad asked the minister about the port.",
        ],
    )
    assert {"Bernadette Kavanagh", "Farida Mahmood-Lees", "Anthony Wainwright-Cole", "Dale Combs-Whitaker"} <= set(tags)
    assert "Rania Saad" in tags
    assert not {t for t in tags if t.split()[0] in {"Landlady", "Coun", "Recorder", "Host"} or "Judge" in t}


def test_a_ticker_named_as_one_is_no_tag(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            'Harwick Solar will begin trading on Thursday under the ticker "HWKS."',
            "Its rival trades under the symbol QLLN.",
        ],
    )
    assert "Harwick Solar" in tags
    assert not {"HWKS", "QLLN"} & set(tags)


def test_the_unit_of_a_headship_is_the_jobs_not_a_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "The Head of Research at Halvard Labs, Ann Roe, spoke on Monday.",
            "The Leader of the Opposition, Dan Marlow, agreed, as did the head of the Bank of Kelmscott.",
        ],
    )
    assert {"Halvard Labs", "Ann Roe", "Dan Marlow"} <= set(tags)
    assert not {"Head", "Research", "Opposition", "Leader"} & set(tags)


def test_a_models_name_goes_on_for_two_words_after_its_number(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["It weighs about the same as the Harwick Fone 17 Pro Max. Next to the Quell 10 Pro Fold, its camera lags."],
    )
    assert {"Harwick Fone 17 Pro Max", "Quell 10 Pro Fold"} <= set(tags)
    assert not {"Harwick Fone 17 Pro", "Quell 10 Pro"} & set(tags)


def test_a_companys_name_with_its_legal_form_is_the_name_without_it(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "It was bailed out by Harwick Group Corp last month. Harwick agreed to inject cash.",
            "Ann Roe is also an executive at Harwick.",
        ],
    )
    assert "Harwick Group Corp" in tags
    assert "Harwick" not in tags


def test_a_place_named_after_its_owner_keeps_the_possessive(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "It is 6.10am at Harwick's Quell's Baths, and the water is 17 degrees.",
            "The clinic will open in the former Marlow's Mercantile building on Quay Road.",
        ],
    )
    assert {"Quell's Baths", "Marlow's Mercantile"} <= set(tags)
    assert not {"Quell", "Baths", "Marlow", "Mercantile"} & set(tags)
