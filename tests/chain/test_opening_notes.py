"""The dek starts at the article's first real sentence: not at an editor's note in brackets, not at the
publication's line about its own coverage; an interview that opens on its turns has no lead."""

from __future__ import annotations

import pytest

from digest.chain.nolead import lead_problem
from digest.chain.summarize import dek, from_markdown, summarize
from digest.chain.textnotes import editors_note, own_coverage
from digest.text.sentences import split_paragraphs

LEAD = "The ferry between Ostra and Kelmouth will stop running in October, the island council said on Tuesday."
MORE = "Around four hundred people cross each week, most of them pupils and nurses."


@pytest.mark.parametrize(
    "note",
    [
        "[Every link in this story goes to a page in Welsh.]",
        "[Quotes were gathered by telephone and translated by the author]",
        "[Editor's note: an earlier version misspelt the harbour's name. We regret the error.]",
    ],
)
def test_a_paragraph_wholly_in_brackets_does_not_open_the_dek(note: str) -> None:
    summary, problem = dek(split_paragraphs([note, LEAD, MORE]))
    assert summary.startswith(LEAD)
    assert "[" not in summary
    assert problem is None  # the note alone does not make the opening look like headings


def test_a_paragraph_that_only_starts_with_a_bracket_is_the_lead() -> None:
    lead = "[Updated] The ferry will stop in October, the council said on Tuesday after a long meeting."
    assert not editors_note(lead)
    assert summarize(split_paragraphs([lead, MORE])).startswith("[Updated] The ferry")


@pytest.mark.parametrize(
    "line",
    [
        "This story is part of our series on island transport.",
        "Read all of our coverage of the island elections here.",
        "This report belongs to our running coverage, Harbour Strikes 2019.",
    ],
)
def test_the_publication_on_its_own_coverage_does_not_open_the_dek(line: str) -> None:
    assert own_coverage(line)
    assert summarize(split_paragraphs([line, LEAD, MORE])).startswith(LEAD)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our island has had a ferry since 1911, and we have never been without one for a winter.",
        'This article quotes the mayor: "Our coverage of the costs was fair."',
        "The council said the coverage of the harbour by the insurers would end in October.",
    ],
)
def test_a_first_person_lead_or_a_quoted_we_stays_the_lead(sentence: str) -> None:
    assert not own_coverage(sentence)
    assert summarize(split_paragraphs([sentence, MORE])).startswith(sentence)


def test_notes_alone_still_give_a_summary() -> None:
    note = "[All photos in this post were taken by the author on the crossing.]"
    assert summarize(split_paragraphs([note])) == note  # nothing else: the note is better than nothing


def test_an_editors_written_body_loses_its_opening_note_too() -> None:
    body = f"[Every link goes to a page in Welsh.]\n\n{LEAD}\n\n{MORE}"
    assert from_markdown(body).startswith(LEAD)


INTERVIEW = [
    "Tomas Reyne (TR): Ilse, the island ferry has carried passengers like you since 1911.",
    "Ilse Marrow (IM): Thank you. I have crossed on it twice a week for thirty years.",
    "TR: What will change for the island when it stops in October?",
    "IM: The pupils will need a bus to the bridge, which adds an hour each way.",
]


def test_an_interview_opening_on_its_turns_is_no_lead_and_the_dek_stays_in_the_first_turn() -> None:
    assert lead_problem(INTERVIEW) == "an interview's questions and answers"
    summary, note = dek(split_paragraphs(INTERVIEW))
    assert note is not None
    assert "interview" in note
    assert summary.startswith("Tomas Reyne (TR): Ilse, the island ferry")
    assert "Ilse Marrow" not in summary  # not into the next speaker's turn


def test_an_interview_introduced_by_prose_has_that_prose_as_its_lead() -> None:
    intro = [LEAD, "In this interview, Tomas Reyne asked a passenger what the island will lose."]
    assert lead_problem([*intro, *INTERVIEW]) is None
    assert dek(split_paragraphs([*intro, *INTERVIEW]))[0].startswith(LEAD)


def test_a_first_paragraph_naming_a_party_in_brackets_is_no_interview() -> None:
    lead = "Ana Petrova (Green): The harbour plan was voted through by nine votes to four on Tuesday night."
    assert lead_problem([lead, LEAD, MORE, "The ferry company has not said what it will do with the boat."]) is None
