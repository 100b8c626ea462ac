"""Bylines name people, and stop naming them where the outlet, the place, a handle, a date or a degree starts;
an acronym alone is an outlet, never a person (issue 11: "CNN", "AP" as authors). The bylines are invented."""

from __future__ import annotations

import pytest

from digest.readers.bylines import page_authors

SITE = ["Harbour Gazette"]
URL = "https://www.harbourgazette.example/news/1"


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        ("By HBC", ()),  # an acronym alone: an outlet or a desk
        ("Tom Vale and Ann Hale, HBC", ("Tom Vale", "Ann Hale")),
        ("By Tom Vale For Harbourmail.com", ("Tom Vale",)),  # "For" the outlet
        ("By Tom Vale In Eastholm", ("Tom Vale",)),  # where the writer was
        ("Tom Vale @tomvale", ("Tom Vale",)),  # a handle
        ("Written by Tom Vale on 12 March 2019", ("Tom Vale",)),  # a date
        ("Ann Hale PhD", ("Ann Hale",)),  # a degree after the name
        ("Tom Vale Contributor", ("Tom Vale",)),  # a job after the name
        ("Tom Vale Jr.", ("Tom Vale Jr.",)),  # a generation is part of the name
        ("Harbour staff (HBC, Eastholm Wire)", ()),  # a desk and outlets in brackets
        ("Syrian opposition sources", ()),  # one word before lower case is no name
        ("Regan", ("Regan",)),  # one name alone, nothing cut: a person who signs so
    ],
)
def test_a_byline_gives_the_people_it_names_and_nothing_after_them(stated: str, expected: tuple[str, ...]) -> None:
    assert page_authors((), stated, SITE, URL, ()) == expected


def test_a_shown_byline_with_more_than_names_gives_no_fuller_list() -> None:
    """The fuller list comes from a shown byline of names only: a date or a section after a name makes it none."""
    shown = ("By Tom Vale 2019-11-18T20:51:19Z Science & Astronomy",)
    assert page_authors(["Tom Vale"], "Tom Vale", SITE, URL, shown) == ("Tom Vale",)


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        ("Photos by Ann Hale · Text by Tom Vale · 5 December 2019", ("Ann Hale", "Tom Vale")),  # a gallery's credits
        ("Review by Ann Hale; Chief Film Critic · December 4", ("Ann Hale",)),  # a job title alone is no one
        ("Interview by Tom Vale | 3 December 2019", ("Tom Vale",)),
        ("Story by Tom Vale & photos by Ann Hale", ("Tom Vale",)),  # a photo credit after the writer's: no author
        ("Tom Vale, Theatre Critic", ("Tom Vale",)),
    ],
)
def test_a_credit_line_gives_its_writers_and_a_leading_photo_credit(stated: str, expected: tuple[str, ...]) -> None:
    assert page_authors((), stated, SITE, URL, ()) == expected


def test_a_declared_login_gives_way_to_the_byline_the_page_shows() -> None:
    """A CMS user ("hgadmin") declared as the author is no person's name when the shown byline names the writer."""
    shown = ("Story by Tom Vale & photos by Ann Hale",)
    assert page_authors(["hgadmin"], "", SITE, URL, shown) == ("Tom Vale",)
    assert page_authors(["hgadmin"], "", SITE, URL, ()) == ("Hgadmin",)  # no byline shown: the login stays


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("ndesanjo macha", "Ndesanjo Macha"),
        ("MARIA MACHADO", "Maria Machado"),
        ("tom mackey", "Tom Mackey"),
        ("ANGUS MACDONALD", "Angus MacDonald"),
        ("fiona mcleod", "Fiona McLeod"),
        ("ISLA MACLEOD", "Isla MacLeod"),  # a stem of four letters, a consonant and a vowel opening it: Gaelic
        ("tam maclure", "Tam MacLure"),
        ("JOE MACKLIN", "Joe Macklin"),  # two consonants opening a short stem: one word
        ("ANA MACARIO", "Ana Macario"),  # a vowel opening a short stem: one word
    ],
)
def test_a_name_recased_splits_mac_only_before_a_gaelic_length_stem(written: str, expected: str) -> None:
    assert page_authors([], f"By {written}", [], None) == (expected,)


@pytest.mark.parametrize("label", ["Contributor", "Correspondent", "Columnist", "Staff writer", "Story"])
def test_a_label_naming_a_writers_part_gives_the_writer(label: str) -> None:
    assert page_authors([], f"{label}: Ann Roe", [], None) == ("Ann Roe",)


def test_a_label_naming_no_writing_gives_no_writer() -> None:
    assert page_authors([], "Tags: Harbour Quay Street", [], None) == ()
    assert page_authors([], "Photo: Tom Vale", [], None) == ()
