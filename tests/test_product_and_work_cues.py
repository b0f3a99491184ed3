"""Products, songs, laws and non-names the small model labels as firms or people (issue 11): a
maker's model code ("Sony's ... the W1", "the PS2 controller", "An even smaller model, the FY500,"),
a game after its genre ("the role-playing game Questor"), a work that "sold N copies", a team's size
("the starting XV") and a generic "an Act of Parliament"."""

from __future__ import annotations

from tests.test_product_names import labels_and_texts


def test_a_model_code_after_a_makers_possessive_or_before_a_device_word_is_a_product() -> None:
    labels, _ = labels_and_texts(
        (
            "a1",
            "Critics said Tarvo's mix of screen and keyboard in the Q7 was bold. "
            "Reviewers struggled with the ZX3 controller. An even smaller model, the KP500, comes out in May.",
            [("Tarvo", "ORG"), ("Q7", "WORK_OF_ART"), ("ZX3", "ORG"), ("KP500", "FAC")],
        )
    )
    assert labels == {"Tarvo": "ORG", "Q7": "PRODUCT", "ZX3": "PRODUCT", "KP500": "PRODUCT"}


def test_a_code_of_a_group_a_band_or_a_summit_stays() -> None:
    labels, _ = labels_and_texts(
        (
            "a1",
            "The UK's presidency of the G9 starts in May. Fans of the K9 singer cheered. The G9 summit opens today.",
            [("UK", "GPE"), ("G9", "ORG"), ("K9", "ORG"), ("G9", "ORG")],
        )
    )
    assert labels == {"UK": "GPE", "G9": "ORG", "K9": "ORG"}


def test_a_game_after_its_genre_is_a_product() -> None:
    labels, _ = labels_and_texts(
        (
            "a1",
            "He used to play the online role-playing game Questor a lot. When video game Realm of Ashes hit the shops"
            " fans queued.",
            [("Questor", "ORG"), ("Realm of Ashes", "ORG")],
        )
    )
    assert labels == {"Questor": "PRODUCT", "Realm of Ashes": "PRODUCT"}


def test_a_name_which_sold_copies_is_a_work() -> None:
    labels, _ = labels_and_texts(
        (
            "a1",
            "One of the first songs he wrote was Crimson Lullaby, which sold two million copies when recorded by"
            " others. Tarvo has sold 10 million units.",
            [("Crimson Lullaby", "ORG"), ("Tarvo", "ORG")],
        )
    )
    assert labels == {"Crimson Lullaby": "WORK_OF_ART", "Tarvo": "ORG"}


def test_a_teams_size_is_no_name_but_a_kings_number_stays() -> None:
    _, texts = labels_and_texts(
        (
            "a1",
            "He hopes to make the starting XV against Samoa. King Louis XV lived there.",
            [("XV", "PERSON"), ("Samoa", "GPE"), ("Louis XV", "PERSON")],
        )
    )
    assert texts == ["Samoa", "Louis XV"]


def test_a_generic_act_of_parliament_is_no_name_and_a_named_one_a_law() -> None:
    labels, texts = labels_and_texts(
        (
            "a1",
            "A divorce needed an Act of Parliament then. He said the new Act of Parliament was clear.",
            [("Act of Parliament", "ORG"), ("Act of Parliament", "ORG")],
        )
    )
    assert texts == ["Act of Parliament"]
    assert labels == {"Act of Parliament": "LAW"}


def test_an_act_of_parliament_the_model_spans_with_its_article_is_no_name() -> None:
    _, texts = labels_and_texts(
        ("a1", "A divorce then needed an Act of Parliament.", [("an Act of Parliament", "ORG")])
    )
    assert texts == []


def test_a_name_after_games_like_is_a_product() -> None:
    labels, _ = labels_and_texts(
        ("a1", "I spend too much time playing games like Questor 2 at night.", [("Questor 2", "ORG")])
    )
    assert labels == {"Questor 2": "PRODUCT"}


def test_a_name_after_a_kind_of_software_and_program_is_a_product() -> None:
    labels, _ = labels_and_texts(
        (
            "a1",
            "Most were using file-sharing program Zentor, the firm said. The program Medicaid was cut.",
            [("Zentor", "ORG"), ("Medicaid", "ORG")],
        )
    )
    assert labels == {"Zentor": "PRODUCT", "Medicaid": "ORG"}


def test_one_of_a_plural_kind_of_work_was_a_name_makes_it_a_work() -> None:
    labels, _ = labels_and_texts(
        (
            "a1",
            "One of the first songs he wrote for other singers was Crimson Lullaby, a ballad. "
            "The best of the songs was sung by Kel Varro.",
            [("Crimson Lullaby", "ORG"), ("Kel Varro", "PERSON")],
        )
    )
    assert labels == {"Crimson Lullaby": "WORK_OF_ART", "Kel Varro": "PERSON"}


def test_the_plural_of_a_product_the_corpus_names_often_is_a_product() -> None:
    product = [(f"a{n}", "Fans queued for the Zorbox console.", [("Zorbox", "PRODUCT")]) for n in range(5)]
    labels, _ = labels_and_texts(*product, ("b1", "Shops sold out of Zorboxes and Quills.", [("Zorboxes", "PERSON")]))
    assert labels["Zorboxes"] == "PRODUCT"


def test_the_plural_of_a_product_named_once_stays() -> None:
    labels, _ = labels_and_texts(
        ("a1", "Fans queued for the Zorbox console.", [("Zorbox", "PRODUCT")]),
        ("b1", "Shops sold out of Zorboxes.", [("Zorboxes", "PERSON")]),
    )
    assert labels["Zorboxes"] == "PERSON"


def test_a_name_between_a_possessive_and_a_kind_of_work_is_a_work() -> None:
    labels, _ = labels_and_texts(
        (
            "a1",
            "The track comes from Kel Varro's Sundown album. Vantor's Pixel film Blue Moon opened.",
            [("Kel Varro", "PERSON"), ("Sundown", "ORG"), ("Pixel", "ORG"), ("Blue Moon", "WORK_OF_ART")],
        )
    )
    assert labels["Sundown"] == "WORK_OF_ART"
    assert labels["Pixel"] == "ORG"
