"""Extractive summaries: the lead, with guards.

For news the lead is the strongest unsupervised summary (Lead-3 beats TextRank
and LexRank on CNN/DailyMail), so the summary is the first sentences of the
cleaned body, in order, skipping any sentence that would read wrongly out of
context (a dangling connective, a pronoun, a quote fragment, a cue line:
`digest.chain.guards`).

At most three sentences and about 70 words. The article's first sentence over
the cap is cut after a clause (with an ellipsis) rather than left out: the dek
starts where the article does. The first sentence
loses a dateline ("WASHINGTON (AP) —", "Indianapolis –", "(Reuters) —", "Kabul (CNN)",
"Nov. 19, 2019 —") and a speaker label ("MARK BANNERMAN:"), `digest.chain.datelines`.

Some openings are no lead at all (`digest.chain.nolead.lead_problem`): a list of offers, a run of
headings or labelled lines ("Claim", "Rating:"), a live blog's timestamped
entries, a briefing's items under run-in heads (`digest.chain.runins`). The summary is then the best early
sentences (whole sentences of eight words or more, no labels, prices, update stamps or house lines), and the
conversion says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from digest.chain.datelines import strip_lead
from digest.chain.guards import fragment, good, opens_with_pronoun, usable
from digest.chain.layout import ends_sentence
from digest.chain.nolead import (
    ENTRIES,
    ENTRY_TIME,
    LABEL,
    OFFERS,
    PICTURE_COUNT,
    QA,
    SPEAKER,
    entry_stamp,
    heading,
    house_voice,
    lead_problem,
    numbered_picture,
    turn,
)
from digest.chain.offtopic import after_unrelated
from digest.chain.runins import ITEMS, NUMBERED, run_in_items
from digest.chain.speakers import TRANSCRIPT, hands_over, speakers_headed
from digest.chain.teasers import after_teasers
from digest.chain.textnotes import editors_note, own_coverage, text_note
from digest.config import Boilerplate
from digest.readers.document import fold, straighten
from digest.text.markdown import prose_paragraphs
from digest.text.sentences import Sentence, split_paragraphs

MAX_WORDS = 70
MAX_SENTENCES = 3
LEAD_SENTENCES = 12


def after_standfirst(sentences: Sequence[Sentence], standfirst: str | None) -> Sequence[Sentence]:
    """The sentences from the lead on: a first paragraph that is the page's standfirst, followed by
    more text, is printed above the article and is no lead (it stays in the body).
    """
    if not standfirst or not sentences or sentences[-1].paragraph == 0:
        return sentences
    first = " ".join(s.text for s in sentences if s.paragraph == 0)
    if fold(first) != fold(standfirst):
        return sentences
    return [s for s in sentences if s.paragraph > 0]


def after_notes(sentences: Sequence[Sentence]) -> Sequence[Sentence]:
    """The sentences from the first one that is no note opening the article: a paragraph wholly in brackets
    (an editor's note, "[All links go to pages in Welsh.]") or the publication on its own coverage ("This post is
    part of our series on ..."), a note on how the text was edited or a line of its publication dates
    (`digest.chain.textnotes.text_note`). All of them when nothing else is left."""
    paragraphs: dict[int, list[str]] = {}
    for sentence in sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.text)
    k = 0
    while k < len(sentences) and (
        editors_note(joined := " ".join(paragraphs[sentences[k].paragraph]))
        or text_note(joined)
        or own_coverage(sentences[k].text)
        or text_note(sentences[k].text)
    ):
        k += 1
    return sentences[k:] if k < len(sentences) else sentences


def dek(
    sentences: Sequence[Sentence],
    rules: Boilerplate | None = None,
    body: Sequence[str] | None = None,
    lang: str = "en",
    *,
    live: bool = False,
    title: str = "",
    numbered: bool = False,
) -> tuple[str, str | None]:
    """The summary, and a note for the output line when the opening is not a lead (``body``: the article's
    kept paragraphs, when the sentences are read from fewer, `digest.chain.nolead.lead_problem`; a list of offers'
    dek is read from them, in ``lang``; ``live``: the page declares itself a live blog, whose entries are no lead
    even when their stamps were lost; ``numbered``: the sentences start at a numbered list's first item,
    `digest.chain.runins.numbered_items`)."""
    sentences = after_notes(sentences)
    paragraphs: dict[int, list[str]] = {}
    for sentence in sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.text)
    joined = {k: " ".join(p) for k, p in paragraphs.items()}
    problem = lead_problem(list(joined.values()), body) or (ENTRIES if live else None)
    problem = problem or (NUMBERED if numbered else ITEMS if run_in_items(sentences) else None)
    if problem is None:
        spoken = speakers_headed(list(joined.values()))  # a transcript's first turn is its dek, and no lead
        if spoken:
            return summarize(sentences, rules), f"lead unusable as a summary ({TRANSCRIPT})"
        return summarize(after_unrelated(sentences, title), rules), None
    if problem == OFFERS and body:  # the rules for scraped text take a deals page's prose for the edges of its list
        sentences = after_notes(_unaddressed(split_paragraphs(body, lang), {fold(p) for p in joined.values()}))
        joined = {k: " ".join(s.text for s in sentences if s.paragraph == k) for k in {s.paragraph for s in sentences}}
    if problem == ENTRIES and body and (key := key_entry(body)) is not None:
        start = next((k for k, s in enumerate(sentences) if fold(joined[s.paragraph]) == fold(key)), 0)
        sentences = [s for s in sentences[start:] if s.paragraph == sentences[start].paragraph]  # its key moment
    early = sentences[: LEAD_SENTENCES * 2]
    cues = rules.active(straighten(" ".join(s.text for s in early)).lower()) if rules else ()
    picked: list[str] = []
    last = -1
    order = list(joined)
    following = {k: joined[n] for k, n in pairwise(order)}
    for sentence in early:
        if (picked and sentence.paragraph != last) and (
            heading(joined[sentence.paragraph])[0]
            or SPEAKER.match(joined[sentence.paragraph])
            or (sentence.paragraph != last and joined[last].rstrip().endswith("?"))
        ):
            break  # the dek stays in one run of prose: not into the next question, answer, item or speaker's turn
        text = LABEL.sub("", LABEL.sub("", ENTRY_TIME.sub("", strip_lead(sentence.text), count=1), count=1), count=1)
        text = QA.sub("", text, count=1)
        text = PICTURE_COUNT.sub("", text, count=1) if numbered_picture(text) else text  # "1/6 Swimmers ..."
        asked = bool(picked) and sentence.paragraph == last and text.rstrip().endswith("?")  # a question after it
        if fragment(text) or not good(text.rstrip()[:-1] + "." if asked else text, cues, first=sentence is early[0]):
            continue  # "buses in the cold." after "Tonight: ": a topic line cut at its label, no sentence
        if hands_over(sentence.text, joined[sentence.paragraph], following.get(sentence.paragraph)):
            continue  # a host handing over to the next speaker: what happens at the briefing, not what it tells
        if sum(len(p.split()) for p in picked) + len(text.split()) > MAX_WORDS or len(picked) == MAX_SENTENCES:
            break
        picked.append(text)
        last = sentence.paragraph
    note = f"lead unusable as a summary ({problem}): summary made of the best early sentences"
    return (" ".join(picked) if picked else summarize(sentences, rules)), note


MIN_PICTURES = 3


def gallery_note(pictures: int, paragraphs: Sequence[str]) -> str | None:
    """The note of a gallery: captions numbering `MIN_PICTURES` pictures or more, no fewer than the paragraphs of its
    text. Its introduction is its dek, but a gallery has no lead; a story with a slideshow has one."""
    if pictures < max(MIN_PICTURES, len(paragraphs)):
        return None
    return "lead unusable as a summary (a gallery's numbered pictures): summary made of its introduction"


MAX_ENTRY_TITLE_WORDS = 12


def key_entry(body: Sequence[str]) -> str | None:
    """The text of a live blog's first entry that has a title of its own between its stamp and its text ("51'",
    "GOAL! Rovers 1-1 City", "Rovers are level! ..."): the blog's key moment, for its dek.

    >>> key_entry(["67'", "A yellow card for Roe.", "51'", "GOAL! Rovers 1-1 City", "Vale turns home a low cross."])
    'Vale turns home a low cross.'
    """
    for k in range(len(body) - 2):
        title, text = body[k + 1], body[k + 2]
        titled = not ends_sentence(title) and len(title.split()) <= MAX_ENTRY_TITLE_WORDS and not entry_stamp(title)
        if entry_stamp(body[k]) and titled and ends_sentence(text) and not entry_stamp(text):
            return text
    return None


def _unaddressed(sentences: Sequence[Sentence], read: set[str]) -> list[Sentence]:
    """The sentences but those of a paragraph the summary did not ``read`` (folded) where one is the publication
    talking to its reader: a disclosure on how a deals page earns from its links ("Purchases you make through
    our links may earn us a commission.")."""
    texts: dict[int, list[str]] = {}
    for sentence in sentences:
        texts.setdefault(sentence.paragraph, []).append(sentence.text)
    addressed = {k for k, p in texts.items() if fold(" ".join(p)) not in read and any(house_voice(t) for t in p)}
    return [s for s in sentences if s.paragraph not in addressed]


def summarize(sentences: Sequence[Sentence], rules: Boilerplate | None = None) -> str:
    """A plain-text summary from the first usable sentences of the body (after the notes that open it, and a facts
    line or a lone question the next paragraph answers, `digest.chain.teasers`)."""
    lead = [s.text for s in after_teasers(after_notes(sentences))[:LEAD_SENTENCES]]
    cues = rules.active(straighten(" ".join(lead)).lower()) if rules else ()
    if lead:
        lead[0] = strip_lead(lead[0])
        if _introduces(lead[0]) and not fragment(lead[0]) and usable(lead[0][:-1] + ".", cues, first=True):
            return _cut(lead[0][:-1].rstrip() + "…")  # the lead introduces a list or a quotation: it alone
    picked: list[str] = []
    total = 0
    for k, said in enumerate(lead):
        if picked and turn(said):
            break  # the dek stays in the prose that introduces an interview or a transcript
        text = said if picked or k == 0 else strip_lead(said)  # a heading skipped above: this one opens the dek
        if not usable(text, cues, first=k == 0) or (not picked and k > 0 and opens_with_pronoun(text)):
            continue  # the article's first sentence points back to nothing, a later one may
        if not picked and fragment(text):
            continue  # "of oil that spilled ...": the end of a sentence whose start the page lost
        words = len(text.split())
        if total + words > MAX_WORDS:
            if picked:
                break
            if k == 0:  # the lead itself is too long: cut it rather than open the dek after it
                return _cut(text)
            continue
        picked.append(text)
        total += words
        if len(picked) == MAX_SENTENCES:
            break
    if picked:
        return " ".join(picked)
    return _cut(next((t for t in lead if usable(t, cues)), lead[0] if lead else ""))


def from_markdown(body: str, lang: str | None = None) -> str:
    """`summarize` for an article an editor wrote: the first sentences of the body's prose paragraphs.

    The same rules as for a conversion; no boilerplate cues (the editor wrote the text).

    >>> from_markdown("## Vote\\n\\nThe council voted to fund a **sea wall** on Monday. It will cost more.")
    'The council voted to fund a sea wall on Monday. It will cost more.'
    """
    head = _head(body)
    found = split_paragraphs(prose_paragraphs(head), lang or "en")
    if len(found) < LEAD_SENTENCES and head != body:  # the opening was too short to hold the lead
        found = split_paragraphs(prose_paragraphs(body), lang or "en")
    return summarize(found)


HEAD_CHARS = 3000
"""About this much of a body is rendered to find its lead (rendering all of an 800-word body takes 2 ms)."""
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.MULTILINE)


def _head(body: str) -> str:
    """The body up to the first blank line after `HEAD_CHARS`, with the link definitions of the rest.

    Blocks before a blank line read the same without what follows them, but for
    reference links (``[text][ref]``) defined further down: those definitions come along.
    """
    cut = _BLANK_LINE.search(body, HEAD_CHARS)
    if cut is None:
        return body
    rest = body[cut.end() :]
    return body[: cut.start()] + "\n\n" + "\n".join(_REFERENCE.findall(rest))


MIN_INTRO_WORDS = 8


def _introduces(text: str) -> bool:
    """Whether the article's first sentence ends in a colon, introducing a list or a quotation, and is long enough
    to be its lead rather than a label ("Rating:", "Key points:").

    >>> _introduces("The board gave three reasons for the rise on Tuesday:"), _introduces("Key points:")
    (True, False)
    """
    return text.rstrip().endswith(":") and len(text.split()) >= MIN_INTRO_WORDS


_CLAUSE_END = re.compile(r"[,;:]$|^[—–]$")
MIN_CUT_WORDS = MAX_WORDS * 2 // 3


def _cut(text: str) -> str:
    """``text`` within `MAX_WORDS`: cut after its last clause (a comma, a dash) past two thirds of the cap,
    else at the cap, with an ellipsis.

    >>> cut = _cut(" ".join(["word"] * 60) + ", then more words " + " ".join(["again"] * 20) + ".")
    >>> len(cut.split()), cut[-10:]
    (60, 'word word…')
    """
    words = text.split()
    if len(words) <= MAX_WORDS:
        return text
    ends = [i for i in range(MIN_CUT_WORDS, MAX_WORDS) if _CLAUSE_END.search(words[i])]
    kept = words[: ends[-1]] if ends and words[ends[-1]] in {"—", "–"} else words[: ends[-1] + 1] if ends else None
    return " ".join(kept or words[:MAX_WORDS]).rstrip(",;:—–- ") + "…"
