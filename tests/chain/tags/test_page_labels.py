"""Page furniture glued into the text a tag is looked for in: labels of boxes, captions and buttons
(`digest.chain.labels`). Texts are invented."""

from __future__ import annotations

import pytest

from digest.chain.labels import unlabelled
from digest.config import SiteConfig
from tests.chain.tags.tagcase import TagCase, case, check

CASES = [
    case(
        "a_label_glued_to_the_next_sentence_is_no_part_of_a_name",
        [
            "Image copyright Getty Images Image caption Ann Rowley was elected in Leeds on Monday.",
            "Key Points Harbour University said the results were strong.",
            "Summary Studies of the drug were published in Lancet.",
            "Advertisement Story continues below advertisement Ann Roeder, a lawyer in Leeds, will appeal.",
            "The plan was popular. Click To Tweet The mayor of Derby, Ann Toller, agreed.",
        ],
        present={"Ann Rowley", "Harbour University", "Ann Roeder", "Ann Toller"},
        absent_prefixes=("Image", "Images", "Key Points", "Summary", "Advertisement", "To Tweet"),
        absent_parts=("Tweet", "Studies"),
    ),
    case(
        "a_headline_with_a_verb_or_its_capitalised_inside_is_no_name",
        ["Related: How Harbour Trust Lost Its Way | Why Leeds Matters | The Derby Question"],
        absent={"Harbour Trust Lost Its Way"},
    ),
    case(
        "a_word_that_starts_names_is_a_label_only_with_a_colon",
        ["Credit Suisse and Related Companies said on Monday that the deal in Zurich was off."],
        present={"Credit Suisse", "Related Companies"},
    ),
]


@pytest.mark.parametrize("example", CASES)
def test_rule(config: SiteConfig, example: TagCase) -> None:
    check(config, example)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Media caption Tom Hale spoke to reporters", "Tom Hale spoke to reporters"),
        ("READ MORE: Harbour Trust names a chief", "Harbour Trust names a chief"),
        ("Photo: Ann Roe/Reuters Ann Roe waves", "Ann Roe/Reuters Ann Roe waves"),
        ("Summary judgments were rare", "Summary judgments were rare"),
        ("Video Games Weekly reviewed it", "Video Games Weekly reviewed it"),
    ],
)
def test_unlabelled(text: str, expected: str) -> None:
    assert unlabelled(text) == expected
