"""An owner the corpus names often glued before the name it owns (issue 11): "[Mike Nichols' Closer]",
"[Google's Desktop]", "[The Beatles' Across The Universe]": the mention is the name owned."""

from __future__ import annotations

from tests.test_entity_span_cuts import mention_texts


def _owner_articles(owner: str, label: str, n: int = 5) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(f"o{k}", f"They said {owner} was busy.", [(owner, label)]) for k in range(n)]


def test_an_owner_named_in_many_articles_leaves_the_span_of_the_name_it_owns() -> None:
    text = "She shone in Zed Nichols' Closerz, and sang The Zeatles' Across The Galaxy at Gatesburg's Sage Hall."
    rows = [("Zed Nichols' Closerz", "WORK_OF_ART"), ("The Zeatles' Across The Galaxy", "WORK_OF_ART")]
    rows += [("Gatesburg's Sage Hall", "ORG")]
    owners = _owner_articles("Zed Nichols", "PERSON") + _owner_articles("The Zeatles", "ORG")
    owners += _owner_articles("Gatesburg", "GPE")
    texts = mention_texts(("a1", text, rows), *owners)
    assert texts[:3] == ["Closerz", "Across The Galaxy", "Sage Hall"]


def test_a_rare_owner_a_title_a_holiday_or_a_common_word_owned_stays_in_the_span() -> None:
    text = (
        "They saw Howlz's Moving Castle. It was Queen's Club day. On New Year's Day Parade night, "
        "Zed Nichols' Club shut, a club he ran. King's College London rose."
    )
    rows = [("Howlz's Moving Castle", "WORK_OF_ART"), ("Queen's Club", "ORG"), ("New Year's Day Parade", "EVENT")]
    rows += [("Zed Nichols' Club", "ORG"), ("King's College London", "ORG")]
    owners = _owner_articles("Zed Nichols", "PERSON") + _owner_articles("Queen", "ORG")
    owners += _owner_articles("New Year", "EVENT") + _owner_articles("King", "PERSON")
    texts = mention_texts(("a1", text, rows), *owners)
    assert texts[:5] == [r for r, _ in rows]


def test_a_firm_whose_name_holds_a_possessive_keeps_it() -> None:
    text = "The bonds are rated AA by Moodz's Investors Service Inc and by Moodz's Ratings Unit."
    rows = [("Moodz's Investors Service Inc", "ORG"), ("Moodz's Ratings Unit", "ORG")]
    owners = [(f"o{k}", "Moodz's said it cut the rating.", [("Moodz's", "ORG")]) for k in range(5)]
    assert mention_texts(("a1", text, rows), *owners)[:2] == [r for r, _ in rows]
