"""Products the small model calls firms or people (issue 11): a maker's name before a model number
is the model's ("Airbus A330 planes", "Canon's EOS 300D camera"), and a name before a kind of
robot, computer or medicine, or software after "The" and a program, is a product's."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus


def labels_and_texts(*articles) -> tuple[dict[str, str], list[str]]:
    out = canonicalize(*reversed(corpus(*articles)))
    return dict(out.entities.select("name", "label").iter_rows()), out.mentions.sort("start_char")["text"].to_list()


def test_a_model_number_after_a_makers_name_makes_the_model_a_product() -> None:
    labels, texts = labels_and_texts(
        (
            "a1",
            "The carrier has ordered 20 Airbus A330 planes. Reviewers liked Pentar's Lumo UX70 video jukebox.",
            [("Airbus", "ORG"), ("Lumo", "PERSON")],
        )
    )
    assert texts == ["Airbus A330", "Lumo UX70"]
    assert labels == {"Airbus A330": "PRODUCT", "Lumo UX70": "PRODUCT"}


def test_a_model_number_spanned_alone_joins_its_makers_name() -> None:
    labels, texts = labels_and_texts(
        ("a1", "The airline ordered 12 Airbus A340 jets.", [("Airbus", "ORG"), ("A340", "PRODUCT")])
    )
    assert (labels, texts) == ({"Airbus A340": "PRODUCT"}, ["Airbus A340"])


def test_no_model_number_in_a_format_a_team_or_a_firms_name() -> None:
    labels, texts = labels_and_texts(
        (
            "a1",
            "Fans of the Kesto MP3 player cheered. He joined the Wales Under-21 side and Gorfin X1 Technologies.",
            [("Kesto", "ORG"), ("Wales", "GPE"), ("Gorfin", "ORG")],
        )
    )
    assert texts == ["Kesto", "Wales", "Gorfin"]
    assert labels["Gorfin"] == "ORG"


def test_a_robot_a_supercomputer_or_a_drug_after_a_name_makes_a_product() -> None:
    labels, _ = labels_and_texts(
        (
            "a1",
            "Visitors met the Kiro robot. The Halcyon supercomputer was fastest. "
            "The firm pinned its hopes on its Velaxa drug in the trial.",
            [("Kiro", "PERSON"), ("Halcyon", "ORG"), ("Velaxa", "GPE")],
        )
    )
    assert labels == {"Kiro": "PRODUCT", "Halcyon": "PRODUCT", "Velaxa": "PRODUCT"}


def test_a_place_before_a_drug_trade_word_stays_a_place() -> None:
    labels, _ = labels_and_texts(("a1", "Police raided the Tulpa drug cartel.", [("Tulpa", "GPE")]))
    assert labels == {"Tulpa": "GPE"}


def test_the_or_an_adjective_before_a_name_and_program_after_it_make_software() -> None:
    labels, _ = labels_and_texts(
        (
            "a1",
            "The Bonez program is thought to be a prank. One hid inside the malicious Crania program.",
            [("Bonez", "ORG"), ("Crania", "ORG")],
        )
    )
    assert labels == {"Bonez": "PRODUCT", "Crania": "PRODUCT"}


def test_names_listed_after_its_before_products_are_its_products() -> None:
    labels, _ = labels_and_texts(
        (
            "a1",
            "The maker still sells its Celvex and Brexa products. Ford unveiled the Fuzion and Zephra models.",
            [("Celvex", "ORG"), ("Brexa", "ORG"), ("Ford", "ORG"), ("Fuzion", "ORG")],
        )
    )
    assert (labels["Brexa"], labels["Fuzion"], labels["Ford"]) == ("PRODUCT", "PRODUCT", "ORG")


def test_a_firms_possessive_before_a_name_it_calls_a_firm_makes_its_product() -> None:
    labels, _ = labels_and_texts(
        (
            "a1",
            "Even before Tekko's Vonga launched, rivals had doubts. Yulos's Yugansk subsidiary was sold. "
            "Chelsea's Dorrinho was fit, said Jose Dorrinho.",
            [
                ("Tekko", "ORG"),
                ("Vonga", "ORG"),
                ("Yulos", "ORG"),
                ("Yugansk", "ORG"),
                ("Chelsea", "ORG"),
                ("Dorrinho", "ORG"),
                ("Jose Dorrinho", "PERSON"),
            ],
        )
    )
    assert (labels["Vonga"], labels["Yugansk"]) == ("PRODUCT", "ORG")
    assert labels["Jose Dorrinho"] == "PERSON"


def test_a_name_ending_in_robot_is_a_product() -> None:
    labels, _ = labels_and_texts(
        ("a1", "Star of the show was the Kira Robot, which can run.", [("Kira Robot", "PERSON")])
    )
    assert labels == {"Kira Robot": "PRODUCT"}


def test_a_name_cued_a_product_in_several_articles_is_one_however_often_called_a_firm() -> None:
    bare = [(f"b{k}", "Fans queued for the Zapod on launch day.", [("Zapod", "ORG")]) for k in range(8)]
    cued = [
        (
            "a1",
            "Sales of the Zapod handset rose, and Fruitco's Zapod sold out.",
            [("Zapod", "ORG"), ("Fruitco", "ORG"), ("Zapod", "ORG")],
        ),
        ("a2", "Rivals aim at the Zapod handset.", [("Zapod", "ORG")]),
    ]
    labels, _ = labels_and_texts(*bare, *cued)
    assert labels["Zapod"] == "PRODUCT"
    labels, _ = labels_and_texts(*bare, cued[0])  # one article's cues are one reading
    assert labels["Zapod"] == "ORG"


def test_its_before_a_name_and_software_after_it_make_its_product() -> None:
    labels, _ = labels_and_texts(
        ("a1", "Macroton says its new Ripshield technology will stop copying.", [("Ripshield", "ORG")])
    )
    assert labels == {"Ripshield": "PRODUCT"}
