"""A deterministic corpus of synthetic news articles for benchmarks.

Every article is invented by this generator (marked "SYNTHETIC BENCHMARK ARTICLE"
in its first paragraph and sourced to "Digest benchmark wire"): 600-900 words of
news-shaped prose about a few hundred invented people and organisations and real
places, spread over 16 topics and several years. The same seed gives the same
corpus byte for byte.

Three forms:

- `raw_text`: what an editor would drop into ``inbox/``: title, header lines and
  paragraphs, with scraped boilerplate (an appeal run on top, a caption and its
  credit in the middle, sign-up lines and a footer at the bottom);
- `html_page`: the same story as a saved news web page (metadata in the head,
  navigation, a figure, related links, a footer, an inline script);
- `article`: the converted `Article` (frontmatter and body), to build sites of any
  size without running the converter.

    python benchmarks/corpus.py --n 1000 --inbox /tmp/inbox --content /tmp/content [--html]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from digest.contract import articlefile
from digest.contract.model import Article
from digest.text import markdown

TOPICS = (
    "Politics",
    "Immigration",
    "Criminal Justice",
    "World",
    "Business",
    "Technology",
    "Health",
    "Climate",
    "Science",
    "Culture",
    "Disasters",
    "Media",
    "Sports",
    "Security",
    "Human Rights",
    "Education",
)
VOCABULARY = {
    "Politics": ("lawmakers", "the election", "a coalition vote", "the cabinet", "a budget bill", "the opposition"),
    "Immigration": ("asylum seekers", "border crossings", "visa rules", "deportation flights", "migrant shelters"),
    "Criminal Justice": ("the trial", "prison conditions", "a sentencing hearing", "police reform", "the court"),
    "World": ("the summit", "diplomats", "a trade agreement", "the embassy", "foreign ministers"),
    "Business": ("quarterly profit", "investors", "the share price", "a merger", "consumer prices"),
    "Technology": ("the software update", "data centres", "artificial intelligence", "a chip factory"),
    "Health": ("hospital waiting lists", "the vaccine rollout", "nurses", "a clinical trial", "patients"),
    "Climate": ("carbon emissions", "the heatwave", "renewable energy", "drought", "sea levels"),
    "Science": ("the research team", "a telescope survey", "the laboratory", "peer-reviewed findings"),
    "Culture": ("the film festival", "the museum", "a new novel", "the concert tour", "the exhibition"),
    "Disasters": ("the flood", "firefighters", "evacuation orders", "the earthquake", "rescue crews"),
    "Media": ("the newsroom", "the broadcaster", "press freedom", "the newspaper", "subscribers"),
    "Sports": ("the championship", "the coach", "the final match", "the league", "the stadium"),
    "Security": ("the military", "drone strikes", "the defence ministry", "troops", "intelligence services"),
    "Human Rights": ("rights groups", "detention conditions", "due process", "activists", "the tribunal"),
    "Education": ("the university", "teachers", "school budgets", "students", "the curriculum"),
}
PLACES = (
    "Lisbon",
    "Nairobi",
    "Manila",
    "Toronto",
    "Lagos",
    "Jakarta",
    "Lima",
    "Oslo",
    "Seoul",
    "Melbourne",
    "Accra",
    "Bogota",
    "Krakow",
    "Auckland",
    "Chennai",
    "Valparaiso",
    "Porto",
    "Hanoi",
    "Cork",
    "Dakar",
)
SYLLABLES = ("ka", "lo", "mi", "ren", "sa", "to", "vel", "dor", "an", "ri", "bel", "os", "tu", "mar", "ne", "li")
ORG_KINDS = ("Ministry of {}", "{} Institute", "{} Holdings", "University of {}", "{} Council", "{} Foundation")
VERBS = ("said", "told reporters", "wrote in a statement", "said in an interview", "told lawmakers")
APPEALS = (
    "Your support helps us tell the story. Independent journalism needs readers like you.",
    "We rely on readers. Make a donation today to keep our reporting free for everyone.",
)
WORDS_MIN, WORDS_MAX = 600, 900
HEADLINES = (
    "{who} faces questions over {what} in {where}",
    "{where} braces for {what} as {who} steps in",
    "{who} defends {what} after criticism in {where}",
    "in {where}, {what} divides allies of {who}",
    "{who} pledges a review of {what} in {where}",
    "talks on {what} resume in {where}, says {who}",
)
PHRASES = min(len(v) for v in VOCABULARY.values())
"""Each headline uses one of the first this many phrases of its topic."""
MIXER = 7_919
"""A prime that shares no factor with the number of title combinations."""


@dataclass(frozen=True, slots=True)
class Synthetic:
    """One generated article in both forms."""

    slug: str
    raw_text: str
    article: Article
    paragraphs: tuple[str, ...]
    """The story's paragraphs as published (the marker first), without boilerplate."""
    caption: str

    def html_page(self) -> str:
        """The story as a saved news web page, about 10 KB, a third of it not the article."""
        e, a = html.escape, self.article
        title = e(a.title)
        nav = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(30))
        related = "".join(f'<li><a href="/news/{i}">Related story {i} about {title[:40]}</a></li>' for i in range(8))
        credit = f"{e(self.caption)} (Photo: Benchmark Agency)"
        body = [f"<p>{e(p)}</p>" for p in self.paragraphs]
        figure = f'<figure><img src="/img/{self.slug}.jpg"><figcaption>{credit}</figcaption></figure>'
        body.insert(len(body) // 2, figure)
        head = [
            f'<meta charset="utf-8"><title>{title} | Digest benchmark wire</title>',
            '<meta property="og:site_name" content="Digest benchmark wire">',
            f'<meta property="og:title" content="{title}">',
            f'<meta property="article:published_time" content="{a.date}T08:00:00Z">' if a.date else "",
            f'<link rel="canonical" href="https://wire.example/news/{self.slug}">',
            f"<script>window.dataLayer = [{', '.join(str(i) for i in range(400))}];</script>",
        ]
        page = [
            f'<header><nav><ul>{nav}</ul></nav><div class="banner">{e(APPEALS[0])}</div></header>',
            f'<main><article><h1>{title}</h1><p class="byline">By Benchmark Desk</p>{"".join(body)}</article>',
            f'<aside class="related"><h2>Related</h2><ul>{related}</ul></aside></main>',
            f"<footer><p>{e(APPEALS[1])}</p><p>© Digest benchmark wire. All rights reserved.</p></footer>",
        ]
        return f'<!DOCTYPE html>\n<html lang="en"><head>{"".join(head)}</head><body>{"".join(page)}</body></html>\n'


def _unique(make: Callable[[], str], n: int) -> list[str]:
    """``n`` different values of ``make()``, in the order first made."""
    found: dict[str, None] = {}
    while len(found) < n:
        found[make()] = None
    return list(found)


def _name(rng: random.Random, parts: int = 2) -> str:
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize() for _ in range(parts))


class Generator:
    """Articles from a seed; `make(i)` is the same for the same seed and index."""

    def __init__(self, seed: int = 2026, people: int = 300, organisations: int = 120) -> None:
        rng = random.Random(seed)
        self.seed = seed
        self.people = _unique(lambda: _name(rng), people)
        self.organisations = _unique(lambda: rng.choice(ORG_KINDS).format(_name(rng, 1)), organisations)

    def headline(self, index: int) -> tuple[str, str, str]:
        """The topic, lead person and title of article ``index``; titles below `capacity` never repeat.

        The index is spread over every (topic, phrase, person, form, place)
        combination by a multiplication modulo their number, so neighbouring
        articles differ in every part.
        """
        digits, value = [], (index * MIXER) % self.capacity
        for size in (len(PLACES), len(HEADLINES), len(TOPICS), PHRASES, len(self.people)):
            value, digit = divmod(value, size)
            digits.append(digit)
        place, form, topic_at, phrase, person = digits
        topic, who = TOPICS[topic_at], self.people[person]
        title = HEADLINES[form].format(who=who, what=VOCABULARY[topic][phrase], where=PLACES[place])
        return topic, who, title[0].upper() + title[1:]

    @property
    def capacity(self) -> int:
        """How many articles have distinct titles."""
        return len(TOPICS) * PHRASES * len(self.people) * len(HEADLINES) * len(PLACES)

    def _sentence(self, rng: random.Random, topic: str) -> str:
        person, org, place = rng.choice(self.people), rng.choice(self.organisations), rng.choice(PLACES)
        thing, other = rng.sample(VOCABULARY[topic], 2)
        forms = (
            f"{person}, who leads the {org}, {rng.choice(VERBS)} that {thing} in {place} would change within a year.",
            f"Officials in {place} said {thing} had been discussed for months before the decision on {other}.",
            f"“We have waited too long for {thing},” {person} {rng.choice(VERBS)}.",
            f"The {org} said {other} would be reviewed again in the spring, according to a person briefed on it.",
            f"Critics argued that {thing} was moving too slowly, while supporters pointed to {other} in {place}.",
        )
        return rng.choice(forms)

    def _paragraphs(self, rng: random.Random, topic: str, words: int) -> list[str]:
        paragraphs: list[str] = []
        count = 0
        while count < words:
            sentences = [self._sentence(rng, topic) for _ in range(rng.randint(2, 4))]
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            count += len(paragraph.split())
        return paragraphs

    def make(self, index: int) -> Synthetic:
        rng = random.Random(f"{self.seed}:{index}")
        topic, lead, title = self.headline(index)
        topics = (topic, *rng.sample([t for t in TOPICS if t != topic], rng.choice((0, 0, 1, 1, 2))))
        date = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(5 * 365))
        marker = f"SYNTHETIC BENCHMARK ARTICLE {index}; the people and organisations are invented."
        body = [marker, *self._paragraphs(rng, topic, rng.randint(WORDS_MIN, WORDS_MAX))]
        caption = f"{lead} arrives at a meeting in {rng.choice(PLACES)}"
        middle = len(body) // 2
        raw_paragraphs = [
            *APPEALS,
            *body[:middle],
            caption,
            f"{caption} (Photo: Benchmark Agency)",
            *body[middle:],
            "Sign up for our morning newsletter to get stories like this in your inbox.",
            "This story was originally published by Digest benchmark wire.",
        ]
        header = f"{title}\nDate: {date.isoformat()}\nSource: Digest benchmark wire\n\n"
        raw_text = header + "\n\n".join(raw_paragraphs) + "\n"
        digest_id = hashlib.sha256(f"benchmark:{self.seed}:{index}".encode()).hexdigest()[:12]
        others = rng.sample(self.people, 2) + rng.sample(self.organisations, 2) + rng.sample(PLACES, 2)
        tags = tuple(dict.fromkeys([lead, *others[: rng.randint(2, 5)]]))
        article = Article(
            title=title,
            added=date + dt.timedelta(days=1),
            id=digest_id,
            date=date,
            source="Digest benchmark wire",
            topics=topics,
            tags=tags,
            summary=" ".join(body[1].split(". ")[:2]).rstrip(".") + ".",
            original=f"inbox/benchmark-{index:05d}.txt",
            body=markdown.paragraphs(body),
        )
        return Synthetic(f"benchmark-{index:05d}", raw_text, article, tuple(body), caption)


def write_corpus(
    n: int, inbox: Path | None = None, content: Path | None = None, seed: int = 2026, *, as_html: bool = False
) -> None:
    """Write ``n`` raw inputs (text or web pages) to ``inbox``, ``n`` converted articles to ``content/articles``."""
    generator = Generator(seed)
    if inbox:
        inbox.mkdir(parents=True, exist_ok=True)
    if content:
        (content / "articles").mkdir(parents=True, exist_ok=True)
    for i in range(n):
        item = generator.make(i)
        if inbox and as_html:
            (inbox / f"{item.slug}.html").write_text(item.html_page(), encoding="utf-8")
        elif inbox:
            (inbox / f"{item.slug}.txt").write_text(item.raw_text, encoding="utf-8")
        if content:
            (content / "articles" / f"{item.slug}.md").write_text(articlefile.render(item.article), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--inbox", type=Path)
    parser.add_argument("--content", type=Path)
    parser.add_argument("--html", action="store_true", help="inbox inputs as saved web pages")
    args = parser.parse_args()
    write_corpus(args.n, args.inbox, args.content, args.seed, as_html=args.html)


if __name__ == "__main__":
    main()
