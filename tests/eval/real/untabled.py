"""The real news pages' publisher found without Digest's table: what the rules alone can tell.

    python -m tests.eval.real.untabled      # both splits' scores, then the tune split's failures

Digest's table of publishers (`digest/data/publishers.yml`) names many of the real pages' sites, so
``source_news`` in `tests.eval.real.meta` measures the rules and the table together. Here each news
page is converted with the table's entries for its site left out (an entry serving the page's host, or
named or aliased as the annotated publisher; news agencies stay, as every site knows them): the source
must then come from what the page declares and prints (metadata, title, masthead, links home, copyright
line, the address), as it does for the many sites no table lists. Same annotation, same split (tune
failures printed, untouched counts only), floors in ``untabled_floors.yml``.
"""

from __future__ import annotations

import dataclasses
import sys
from urllib.parse import urlsplit

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig, Source, load_config
from tests.conftest import ADDED, ROOT
from tests.eval.gate import Tally
from tests.eval.real import meta

FLOORS = meta.HERE / "untabled_floors.yml"


def untabled(sources: tuple[Source, ...], url: str | None, publisher: str) -> tuple[Source, ...]:
    """The sources without the entries that serve ``url``'s host or name ``publisher`` (wires kept)."""
    host = (urlsplit(url or "").hostname or "").casefold().removeprefix("www.")
    key = meta.tag_key(publisher)

    def names_it(source: Source) -> bool:
        served = any(host == d or host.endswith(f".{d}") for d in source.domains)
        return served or any(meta.tag_key(n) == key for n in (source.name, *source.aliases))

    return tuple(s for s in sources if s.wire or not names_it(s))


def evaluate(notes: list[meta.Annotation], config: SiteConfig) -> dict[str, Tally]:
    """Split -> the news pages whose source is the publisher (the wire for a wire story) without the table's entry."""
    scores = {split: Tally() for split in meta.SPLITS}
    news = [n for n in notes if n.kind == "news" and (n.wire or n.publisher)]
    docs, refused = meta.read_pages(news)
    for note in news:
        want = note.wire or note.publisher or ""
        if note.key in refused:
            scores[note.split].fail(1, f"{note.key[:10]}: not converted: {refused[note.key]}")
            continue
        doc = docs[note.key]
        alone = dataclasses.replace(config, sources=untabled(config.sources, doc.url, note.publisher or want))
        got = convert_document(doc, alone, ADDED).article.source
        scores[note.split].check(meta._same_publisher(got, want), f"{note.key[:10]}: source {got!r} != {want!r}")
    return scores


def main() -> int:
    scores = evaluate(meta.load_annotations(), load_config(ROOT / "site_config"))
    floors = meta.load_floors(FLOORS)
    for split in meta.SPLITS:
        tally = scores[split]
        floor = floors.get(split, {}).get("source_news", 1.0)
        mark = " !" if tally.score < floor else ""
        print(f"{split:<10} {tally.score:.3f}  {tally.passed}/{tally.total}  (floor {floor:.2f}){mark}")
    for failure in scores["tune"].failures:
        print(f"  - {failure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
