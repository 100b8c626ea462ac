"""Where the dek starts when the article's start is hard, from the tune half of blind battery 13
(`tests/inputs/blind_pages13`), each reproduced first on invented text: a line on how the page's own audio was made,
a lone question the next paragraph answers, a facts line of names and dates, a briefing of items under run-in heads,
a transcript's host handing over to the next speaker; and from battery 10's, a line of when a transcript was
broadcast. Texts are invented."""

from __future__ import annotations

from digest.chain.pipeline import Conversion, convert_document
from digest.chain.summarize import summarize
from digest.chain.textnotes import text_note
from digest.config import SiteConfig
from digest.readers.document import RawDocument
from digest.text.sentences import split_paragraphs
from tests.conftest import ADDED

LEAD = "The Kelmouth harbour board voted 6-1 on Monday night to rebuild the north wall before the winter storms."
MORE = (
    "The work will cost about 4 million pounds and close the fish market's quay for most of the summer.",
    "Fishermen who moor inside the wall said they were relieved, though several asked why it took so long.",
)


def _summary(*paragraphs: str) -> str:
    return summarize(split_paragraphs(paragraphs))


TITLE = "Harbour board to rebuild wall"


def _converted(paragraphs: tuple[str, ...], config: SiteConfig, title: str = TITLE) -> Conversion:
    return convert_document(RawDocument(original="page.txt", title=title, paragraphs=paragraphs), config, ADDED)


def test_a_line_on_how_the_page_s_audio_was_made_is_no_lead() -> None:
    assert _summary("Audio is generated automatically and may contain errors.", LEAD, *MORE).startswith(LEAD)
    assert text_note("The narration of this story was produced by artificial intelligence.")
    assert not text_note("The audio was recorded by a neighbour and played to the court on Tuesday.")
    assert not text_note("Audio of the call was released by the police on Monday.")


def test_a_lone_question_answered_by_the_next_paragraph_is_no_lead() -> None:
    question = "Who pays for the sea wall when the harbour money runs out?"
    answer = "For forty years, the answer in Kelmouth has been the harbour board, which owns the quay."
    assert _summary(question, answer, *MORE).startswith(answer)
    asked_and_answered = f"{question} The harbour board asked itself that on Monday."  # one paragraph: the lead
    assert _summary(asked_and_answered, *MORE).startswith(question)
    questions = "Why did the board wait? What changed in the spring?"  # two questions: no lone question
    assert _summary(questions, answer, *MORE).startswith(questions[:20])
    recalled = "Remember the harbour board's long search for a new logo?"  # it recalls, asks for no answer
    assert _summary(recalled, "Enter the fish market, with a logo of its own.", *MORE).startswith(recalled)


def test_a_facts_line_of_names_and_dates_is_no_lead() -> None:
    obituary = "Edna Coyle, who ran the Kelmouth ferry for forty years, died on Nov. 29 in Penhallow. She was 91."
    assert _summary("Born: March 3, 1934, Kelmouth, Maine", obituary, *MORE).startswith(obituary[:40])
    assert _summary("March 3, 1934, Kelmouth, Maine.", obituary, *MORE).startswith(obituary[:40])


BRIEFING = (
    "Harbour wall. The harbour board voted on Monday to rebuild the north wall before the winter storms.",
    "School levy. The Kelmouth school board will decide on Tuesday whether to ask voters for a new levy.",
    "Mayor's race. A port commissioner became the fourth candidate in next year's race for mayor.",
    "Closing time. The bakery on Quay Street will close after 22 years on Dec. 24.",
    "Weather. Rain through Wednesday, with gusts up to 40 mph on the islands.",
)


def test_a_briefing_of_items_under_run_in_heads_is_no_lead(config: SiteConfig) -> None:
    conversion = _converted(BRIEFING, config, "Morning briefing: a wall, a levy and a race")
    assert conversion.article.summary.startswith("The harbour board voted on Monday")
    assert any("unusable" in note for note in conversion.notes)
    story = (  # short sentences opening paragraphs, as a feature writes them: prose
        "She waited. The ferry was late again, and the quay was empty but for the gulls and a man with a dog.",
        "Nobody came. The harbour board had cancelled the crossing at dawn without telling anyone on the island.",
        "Then it rained. By noon the road to the quay was under water and the shop had shut its doors early.",
        "It was Monday. The board met that night and voted to rebuild the north wall before the winter storms.",
    )
    assert not any("unusable" in note for note in _converted(story, config).notes)


def test_a_transcript_s_dek_starts_at_the_statement_after_the_host_hands_over(config: SiteConfig) -> None:
    transcript = (
        "MAYOR ANN ROE-LINDQVIST: Good morning, everyone. Thank you for coming. I will hand straight over to "
        "Chief Vale-Okafor, and then we will take a few questions.",
        "HARBOUR MASTER TOM VALE-OKAFOR: Thank you, Mayor. At 5:40 this morning, the harbour office received "
        "reports of a fuel spill at the north quay. Crews contained it within the hour.",
        "REPORTER: Chief, what caused it?",
        "VALE-OKAFOR: A valve failed on a fishing boat's tank. Nobody was hurt.",
        "REPORTER: Is the market open?",
        "ROE-LINDQVIST: The fish market will open as usual tomorrow.",
    )
    conversion = _converted(transcript, config, "Transcript: mayor and harbour master on the fuel spill")
    assert conversion.article.summary.startswith("At 5:40 this morning, the harbour office received")
    assert any("unusable" in note for note in conversion.notes)


def test_a_line_of_when_and_where_the_text_was_broadcast_is_no_lead(config: SiteConfig) -> None:
    # from the tune half of blind battery 10: the line of the programme's airing does not introduce the interview
    transcript = (
        "Broadcast on Harbour Hour with Ann Roe-Lindqvist, Tuesday 8 December 2026.",
        "ANN ROE-LINDQVIST: Minister, good morning.",
        "TOM VALE-OKAFOR: Good morning, Ann, and good morning to your listeners.",
        "ANN ROE-LINDQVIST: Eleven boats were stranded in Kelmouth last night because the harbour gate failed. "
        "How has it come to this?",
        "TOM VALE-OKAFOR: Nobody wants to see boats stranded, and I have been on to the harbour board this morning.",
        "ANN ROE-LINDQVIST: Did the board know the gate was failing?",
        "TOM VALE-OKAFOR: The board was aware the gate was old, yes.",
    )
    conversion = _converted(transcript, config, "Transcript: the minister on the harbour gate")
    assert conversion.article.summary.startswith("Eleven boats were stranded in Kelmouth last night")
    assert any("unusable" in note for note in conversion.notes)
    assert text_note("Aired on Harbour Hour, Monday 7 December 2026.")
    assert not text_note("Broadcast on Harbour Hour in 2019, the interview drew a record audience.")
