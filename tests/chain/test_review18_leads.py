"""Defects a review found in the eighteenth round's lead rules, pinned on invented text: a news story quoting four
sums over a long run is no list of offers; a sentence saying who has not edited a text is no editor's note."""

from __future__ import annotations

from digest.chain.nolead import OFFERS, lead_problem
from digest.chain.textnotes import text_note


def test_priced_sentences_spread_over_a_long_story_are_no_list_of_offers() -> None:
    paragraphs = [
        "The state budget unveiled on Tuesday raises spending on schools, roads and policing.",
        "Schools will get $410 million.",
        "The treasurer said the plan balanced the books without new taxes.",
        "Opposition leaders called it a spending spree before an election year.",
        "Roads will get $220 million.",
        "The plan also freezes fees at state parks for two years.",
        "Unions welcomed the pay rise for nurses but said it came late.",
        "Police will get $310 million.",
        "The budget goes to a vote next month, and it is expected to pass.",
        "Business groups asked for a cut to the payroll tax, which did not come.",
        "The rest of the money goes to hospitals and housing programmes across the state.",
        "Hospitals will get $500 million.",
        "The treasurer said a surplus would return within three years.",
    ]
    assert lead_problem(paragraphs) != OFFERS


def test_a_sentence_saying_who_has_not_edited_a_text_is_no_note() -> None:
    assert not text_note("The two companies have not edited the text of the agreement, a spokesman said.")
    assert text_note("The Harbour Ledger has not edited its content.")
