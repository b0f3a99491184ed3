"""A name after "the" and before a few lower-case modifiers and a kind of game, gadget or service is
a product's (issue 11): "the [Realm of Ashes] massive multi-player online game", "the [Tarvix]
combined media player", "the [Zapview] portable games console"; not a team that "go into the game",
a firm's "subscription service" nor a possessive's console."""

from __future__ import annotations

from pipelines.entities.product_heads import product_head_after
from tests.test_product_names import labels_and_texts


def _at(text: str, name: str) -> bool:
    start = text.index(name)
    return product_head_after(text, start, start + len(name))


def test_a_name_before_modifiers_and_a_kind_of_game_or_gadget_is_a_product() -> None:
    labels, _ = labels_and_texts(
        (
            "a1",
            "On the opening day of the Realm of Ashes massive multi-player online game 90,000 people joined."
            " The Tarvix combined media player went on sale in March."
            " Fans queued for the Zapview portable games console.",
            [("the Realm of Ashes", "ORG"), ("Tarvix", "GPE"), ("Zapview", "GPE")],
        )
    )
    assert labels == {"Realm of Ashes": "PRODUCT", "Tarvix": "PRODUCT", "Zapview": "PRODUCT"}


def test_a_team_a_service_or_a_possessive_before_such_words_is_no_product() -> None:
    text = (
        "The Gunners go into the game in form. He joins the Orbis subscription service next year. "
        "He bought the Nintaro's handheld games console. The Bryans are great doubles players."
    )
    for name in ("Gunners", "Orbis", "Nintaro's", "Bryans"):
        assert not _at(text, name), name
    assert _at("He played the Questor online role-playing game.", "Questor")
