"""Who a web page says published it.

A page names its site in several declarations: ``og:site_name``, the JSON-LD
publisher, ``application-name``, the ``<title>``'s suffix or prefix, the Twitter
handle. Some are raw (``detroitnews``, ``https://www.newsnation.in``), some are a
host name (``Sportsnet.ca``), a tagline, or the name of a host the page is only
hosted on. `site_name` checks every declaration against the registered domain of
the page's URL: among those that match it, the one written the way readers write
it wins (``The Detroit News`` over ``detroitnews``, ``The Hill`` over ``TheHill``);
when none matches, the first declaration that looks like a name.

The headline without the site's name: `digest.readers.headlines`.

>>> registered_label("https://hosted.ap.org/berkshireeagle/article/1"), registered_label("http://www.express.co.uk/x")
('ap', 'express')
>>> compact("The Detroit News"), compact("Sportsnet.ca"), compact("@cbssports")
('detroitnews', 'sportsnet', 'cbssports')
>>> site_name(["U.S.", "@Reuters"], "Story | Reuters", "https://www.reuters.com/x")
'Reuters'
>>> site_name(["Los Angeles Times", "@latimes"], "Story - Los Angeles Times", "https://www.latimes.com/x")
'Los Angeles Times'
>>> site_name(["detroitnews", "The Detroit News"], "Story", "https://www.detroitnews.com/x")
'The Detroit News'
>>> site_name(["Evening Post"], "Story", "https://theeveningpost.example/x"), site_name(["TheHill"], "", "https://thehill.com")
('The Evening Post', 'TheHill')
"""

from __future__ import annotations

import functools
import gettext
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

import pycountry
from tld import get_tld

from digest.readers.document import fold
from digest.readers.siteforms import MAX_ACRONYM, recased
from digest.readers.spelling import CONNECTORS, MIN_SPELLED, abbreviates, spelled_in

SEPARATORS = re.compile(r"\s+(?:[|｜·•‹›»«]|::|[-–—]{1,2})\s+")
"""What sits between a headline and a site or section name ("Story | Site", "Story -- Site.net")."""
_NAME_PARTS = re.compile(rf"{SEPARATORS.pattern}|:\s+")
"""What sits between a declared site name and its tagline or page ("The Echo - News for all", "The Echo: Home")."""
_TLD = re.compile(r"\.(?:com|net|org|info|news|co|tv|ca|in|us|uk|au|ie|de|fr|ph|ng|co\.uk|com\.au|co\.in)$", re.I)
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go"})
_GENERIC_TLD = re.compile(r"\.(?:com|net|org)$")
"""A host of no country: a country after its site's name there is an edition's label."""
_APOSTROPHE = re.compile(r"\w['’]\w")
_COMPANY = re.compile(r",?\s+(?:Inc|LLC|Ltd|Limited|plc|PLC|GmbH|Corp|Co)\.?$")
"""A company's legal form after its name ("The Echo, LLC"): not part of the name readers use."""
_AND = re.compile(r"\s*[&+]\s*")
"""How a name writes "and" that its domain spells out."""
MAX_NAME_WORDS = 6
MIN_HEADLINE_WORDS = 3


@functools.lru_cache(maxsize=1024)
def registered_label(url: str | None) -> str:
    """The name part of the URL's registered domain ("ap" for hosted.ap.org, "express" for express.co.uk,
    "smh" for smh.com.au), by the Public Suffix List (the ``tld`` package's copy); a host the list does not
    know (``localhost``, an invented ``.example``) by its last labels. Remembered for the last thousand URLs:
    a page's URL is looked up many times (reader, banner, source), each a walk of the suffix list."""
    host = (urlsplit(url).hostname or "") if url else ""
    if host and (found := get_tld(host, fix_protocol=True, as_object=True, fail_silently=True)) is not None:
        return str(found.domain).casefold()  # type: ignore[union-attr]
    labels = [label for label in host.casefold().split(".") if label]
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-1]
    return labels[-2] if len(labels) >= 2 else (labels[0] if labels else "")


def compact(name: str) -> str:
    """A name's comparison key: lower case, no leading "the", handle sign, domain ending or punctuation."""
    name = _TLD.sub("", name.strip().lstrip("@").removeprefix("www."))
    key = re.sub(r"[\W_]+", "", name.casefold())
    return key.removeprefix("the") if len(key) > len("the") + 2 else key


def looks_like_name(value: str) -> bool:
    """Short, not an address, and no lower-case word but connectors (a tagline is not a name)."""
    words = value.split()
    if not words or len(words) > MAX_NAME_WORDS or "://" in value or value.casefold().startswith("www."):
        return False
    if len(words) == 1:
        return True
    return all(not w[:1].islower() or w.casefold() in CONNECTORS for w in words)


def _readability(name: str) -> int:
    """How a reader would write it: spaced words 3, one capitalised word or a ``.com`` name 2 ("Space.com"),
    another host name 1 ("Sportsnet.ca"), all lower case 0."""
    if name == name.casefold():
        return 0
    if (tld := _TLD.search(name)) and " " not in name:
        return 2 if tld.group(0).casefold() == ".com" else 1
    return 3 if " " in name else 2


_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
"""How a domain writes a German name's umlauts ("Rhein-Börsenblatt" on rhein-boersenblatt.de)."""


def matches(name: str, label: str) -> int:
    """2 when the name is the domain's name, 1 when one contains the other or the domain leaves one of the name's
    words out, else 0; a name with letters the domain writes without their accents or spelled out
    ("Rhein-Börsenblatt" on rhein-boersenblatt.de) as the domain writes it (`_as_domain_writes`)."""
    key = compact(name)
    if not key or not label:
        return 0
    if key == label:
        return 2
    if min(len(key), len(label)) > 3 and (key in label or label in key):
        return 1
    if abbreviates(name, label):  # "latimes", "nypost", "wsj"
        return 1
    if leaves_out_a_word(name, label):  # "The Doha Daily Examiner" on dohaexaminer.qa
        return 1
    if _AND.search(name):  # "Fern & Tide", "Fern+Tide" on fernandtide.com
        return matches(_AND.sub(" and ", name), label)
    return max((matches(k, label.replace("-", "")) for k in _as_domain_writes(name)), default=0)


def leaves_out_a_word(name: str, label: str) -> bool:
    """Whether the domain's name is the name of three words or more without one of them ("The Doha Daily Examiner"
    on dohaexaminer.qa, "The Niger Delta Clarion" on deltaclarion.ng).

    >>> leaves_out_a_word("The Doha Daily Examiner", "dohaexaminer"), leaves_out_a_word("KQVR 7 News Now", "kqvr")
    (True, False)
    """
    words = name.split()
    return len(words) > 2 and any(compact(" ".join(words[:k] + words[k + 1 :])) == label for k in range(len(words)))


def _as_domain_writes(name: str) -> set[str]:
    """A name with accented letters as domains write them, spelled out ("ö": "oe") or bare ("é": "e"), with its
    hyphens left to the comparison (a domain writes them or not); empty for a name of plain letters."""
    if name.isascii():
        return set()
    spelled = name.translate(_SPELLED_OUT)
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return {v for v in (spelled, bare) if v.isascii() and v != name}


def _as_written(name: str) -> str:
    """An all lower-case name of three letters or fewer, with its domain ending or not, in capitals as
    readers write it ("nj.com" -> "NJ.com", "wsj" -> "WSJ"); any other name as it is."""
    if name != name.casefold() or " " in name:
        return name
    stem = _TLD.sub("", name)
    return stem.upper() + name[len(stem) :] if 0 < len(stem) <= MAX_ACRONYM and stem.isalpha() else name


def title_segments(title: str) -> list[str]:
    """The first and last segments of a title cut at its separators ("Site | Story - Section")."""
    parts = [p.strip() for p in SEPARATORS.split(title) if p.strip()]
    return [parts[-1], parts[0]] if len(parts) > 1 else []


def site_name(
    declared: Sequence[str], title: str, url: str | None, text: str = "", homes: Sequence[str] = ()
) -> str | None:
    """The site's name from its declarations (strongest first), checked against the URL (see the module doc).

    A Twitter handle (``@latimes``) is a name only when nothing else is declared, or as the spelling
    of a declared name ("@Sportsnet" for "Sportsnet.ca"). A name that is one of the host's subdomains
    ("Hosted" on hosted.ap.org) is not the site's; one of several words declared first is, when no declaration
    names the registered domain: a publication on a platform's subdomain ("The Harbour Letter" on
    harbourletter.<platform>), not a section's ("Deals Desk" on dealsdesk.<the paper's domain>). ``text`` is
    what the page shows: a name written there in words that spell the domain's name ("CBS Sports" for
    cbssports.com) is how readers write it (`spelled_in`), when nothing is declared or only a host name
    ("CBSSports.com") or a raw one ("cbssports"); failing that, a name of its links home (``homes``) that the
    domain's name holds ("The Valley Echo" on valleyechonews.com).
    """
    label = registered_label(url)
    found = _with_the(_declared_site(declared, title, url), label)
    handle = found is not None and f"@{found}" in declared  # a Twitter login ("@KelmouthEcho"), not a name
    if not text or len(label) < MIN_SPELLED:
        return recased(found, text)
    if found and " " not in found and not matches(found, label) and (spelled := spelled_in(text, label)):
        return spelled  # "Sports", "Home": a section's label; the page writes the domain's name in words
    if found and not handle and ((_readability(found) >= 2 and not _TLD.search(found)) or not matches(found, label)):
        return recased(found, text)  # as readers write it already, or a name the domain does not spell
    # a handle's login ("@KelmouthEcho"), raw or host name: the text's words for it
    homed = next((h for h in homes if compact(h) != label and matches(h, label)), None)
    return spelled_in(text, label) or homed or recased(found, text)


def _with_the(name: str | None, label: str) -> str | None:
    """A name the domain spells with "the" has it ("Verge" on theverge.com is "The Verge")."""
    if name and label.startswith("the") and name[:1].isupper() and not name.casefold().startswith("the"):
        return f"The {name}" if compact(name) == compact(label) else name
    return name


def _declared_site(declared: Sequence[str], title: str, url: str | None) -> str | None:
    """`site_name` from the declarations alone."""
    label = registered_label(url)
    host = (urlsplit(url).hostname or "").casefold().split(".") if url else []
    host = host[: len(host) - 1 - host[::-1].index(label)] if label in host else host[:-2]  # the subdomains
    folded_title = fold(title)
    declared = [_without_section(_COMPANY.sub("", " ".join(d.split())), label, url) for d in declared if d]
    # "The Echo - News for all", "The Echo: Home": a name with a tagline, each part declared alone too
    declared += [part for d in declared if len(parts := _NAME_PARTS.split(d)) > 1 for part in parts]
    handles = [d.lstrip("@") for d in declared if d.startswith("@")]
    names = [d for d in dict.fromkeys(declared) if d and not d.startswith("@") and fold(d) != folded_title]
    named = [n for n in names if looks_like_name(n)]
    hosted = named[:1] if named and compact(named[0]) in host and len(named[0].split()) > 1 else []
    names = [n for n in names if looks_like_name(n) and compact(n) not in host]
    suffixes = [s for s in title_segments(title) if looks_like_name(s) and compact(s) not in host]
    candidates = [*names, *suffixes]
    keys = {compact(c) for c in candidates}
    candidates += [h for h in handles if compact(h) in keys]  # "@Sportsnet" spells "Sportsnet.ca" as readers do
    matching = [c for c in candidates if matches(c, label)]
    if matching:
        order = {c: i for i, c in enumerate(candidates)}
        best = _as_written(
            max(
                matching,
                key=lambda c: (
                    _readability(c) > 0 and (compact(c) == label or abbreviates(c, label)),  # not raw ("kechronicle")
                    matches(c, label),
                    _readability(c),
                    bool(_TLD.search(c)),
                    _APOSTROPHE.search(c) is not None,
                    -order[c],
                ),
            )  # "Barron's" in the title beside a declared "Barrons": the same letters as readers write them
        )
        # "The Coastal Tribune" declared or printed beside "Coastal Tribune": the name with its article, as the site
        best = next((c for c in matching if c.casefold() == f"the {best.casefold()}"), best)
        generic = _GENERIC_TLD.search((urlsplit(url).hostname or "") if url else "") is not None
        return _without_edition(best, label) if generic else best
    if hosted:  # a publication on a platform's subdomain ("The Harbour Letter" on harbourletter.<platform>)
        return hosted[0]
    handle = next((h for h in handles if matches(h, label) == 2), None)
    if handle and (not names or len(names[0].split()) == 1):
        return handle  # "World", "U.S.": a section's or edition's label beside a handle that is the domain's name
    return names[0] if names else None


def is_site(name: str, sites: Iterable[str], url: str | None) -> bool:
    """Whether ``name`` names the site: one of ``sites`` or the URL's registered domain."""
    key = compact(name)
    return bool(key) and (key in {compact(s) for s in sites if s} or key == registered_label(url))


MIN_HOUSE_KEY = 4
"""A site's name shorter than this once compacted ("AP", "CNN") opens too many words to tell its desks."""


def of_site(name: str, sites: Iterable[str]) -> bool:
    """Whether ``name`` is one of the site's own desks or shows: the site's name and more words ("Maple & Main
    Podcasts" on Maple & Main), read whole before a byline is split at its "&".

    >>> of_site("Maple & Main Podcasts", ["Maple & Main"]), of_site("Ann Roe", ["Maple & Main"])
    (True, False)
    """
    key = compact(name)
    return any(len(k) >= MIN_HOUSE_KEY and key.startswith(k) and key != k for k in map(compact, sites))


def _without_section(name: str, label: str, url: str | None) -> str:
    """A name without the section of the site its address is in, when the rest is the domain's name ("KudiPay Blog"
    for kudipay.com/blog/...: the company is "KudiPay"; "Ferrowave Engineering" on engineering.ferrowave.com is
    a site of its own). "News" is no section there: it ends mastheads ("KTVN 8 News" on ktvn8.com/news/...)."""
    words = name.split()
    path = (urlsplit(url).path if url else "").strip("/").split("/")
    section = words[-1].casefold()
    if len(words) < 2 or compact(" ".join(words[:-1])) != label or section != path[0].casefold() or section == "news":
        return name
    return SEPARATORS.split(f"{' '.join(words[:-1])} ")[0].strip()  # "The Echo | Business": the name, no bar


def _without_edition(name: str, label: str) -> str:
    """A name without the country of its edition after it, when the rest is the domain's name ("Business Insider
    Deutschland" on businessinsider.com: the US site is "Business Insider")."""
    words = name.split()
    if len(words) < 2 or compact(name) == label or compact(" ".join(words[:-1])) != label:
        return name
    return " ".join(words[:-1]) if words[-1].casefold() in _country_names() else name


@functools.cache
def _country_names() -> frozenset[str]:
    """Every country's name in every language pycountry translates it to ("Deutschland", "España")."""
    names = {str(c.name).casefold() for c in pycountry.countries}
    for language in sorted(os.listdir(pycountry.LOCALES_DIR)):
        try:
            found = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        except OSError:
            continue
        names.update(found.gettext(str(c.name)).casefold() for c in pycountry.countries)
    return frozenset(names)
