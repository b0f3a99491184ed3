"""A game after a game's word and "title", and a file-sharing network after its name, are products
(issue 11): "Sega's launch title [Project Rub]", "the acclaimed PC title [Call of Duty]", "across
the [Direct Connect] peer-to-peer network"; not a sport's title ("the Wimbledon title", "the world
title") nor a firm before another noun ("the Finnish anti-virus firm")."""

from __future__ import annotations

from pipelines.entities.product_phrases import listed_product, names_a_product, such_as_product
from tests.test_product_names import labels_and_texts


def _cue(text: str, name: str) -> bool:
    start = text.index(name)
    end = start + len(name)
    before = [w.lower() for w in text[:start].split()[-2:]]
    after = [w.strip(".,;:").lower() for w in text[end:].split()[:2]]
    return names_a_product(text, start, end, before, after)


def test_a_name_after_a_games_word_and_title_is_a_product() -> None:
    labels, _ = labels_and_texts(
        (
            "a1",
            "The microphone is used in Zorbo's launch title Project Quill. The acclaimed PC title Dune Raider has"
            " been updated for consoles.",
            [("Project Quill", "PERSON"), ("Dune Raider", "ORG")],
        )
    )
    assert labels == {"Project Quill": "PRODUCT", "Dune Raider": "PRODUCT"}


def test_a_sports_or_a_persons_title_before_a_name_gives_no_cue() -> None:
    text = "She won the world title Moreno had held. He will take the title Duke of Arden. The football title Kemp won."
    for name in ("Moreno", "Duke of Arden", "Kemp"):
        assert not _cue(text, name), name


def test_a_name_before_a_file_sharing_kind_and_a_network_is_a_product() -> None:
    labels, _ = labels_and_texts(
        (
            "a1",
            "The group was organised across the Quick Link peer-to-peer network. Police also targeted operators of"
            " the Zephyr and Voltan file-sharing networks.",
            [("Quick Link", "ORG"), ("Voltan", "GPE")],
        )
    )
    assert labels == {"Quick Link": "PRODUCT", "Voltan": "PRODUCT"}


def test_a_firm_before_a_software_kind_and_another_noun_gives_no_cue() -> None:
    text = "The Vantoria anti-virus firm said so. The Harlow file-sharing case went to court."
    for name in ("Vantoria", "Harlow"):
        assert not _cue(text, name), name


def test_titles_such_as_a_name_near_a_games_word_are_products() -> None:
    labels, _ = labels_and_texts(
        (
            "a1",
            "Mobile games are booming. There are also versions of titles, such as Rally Kingdom, that you find on"
            " consoles. The publisher makes games for everyone and has blockbuster titles such as Striker Pro.",
            [("Rally Kingdom", "EVENT"), ("Striker Pro", "ORG")],
        )
    )
    assert labels == {"Rally Kingdom": "PRODUCT", "Striker Pro": "PRODUCT"}


def test_titles_such_as_a_name_with_no_games_word_near_give_no_cue() -> None:
    text = (
        "The disc format will carry films from the studios. Older titles such as Marlow Road will follow."
        " The shop sells books, and titles like Wild Harbour sold well."
    )
    for name in ("Marlow Road", "Wild Harbour"):
        assert not such_as_product(text, text.index(name)), name


def test_titles_such_as_in_a_sports_report_give_no_cue() -> None:
    text = "They lost the game on Sunday, but the club has won titles such as Carrow Shield in past games."
    assert not such_as_product(text, text.index("Carrow Shield"))


def test_every_name_of_a_list_after_games_including_is_a_product() -> None:
    labels, _ = labels_and_texts(
        (
            "a1",
            "At launch 21 games will be available for the console, including Need for Haste, Ridge Rally, Metal"
            " Fist and Vampire Night. The scope of these games - like Warlords, Everlore, Ulmara among"
            " others - is epic.",
            [
                ("Need for Haste", "WORK_OF_ART"),
                ("Ridge Rally", "ORG"),
                ("Metal Fist", "PERSON"),
                ("Vampire Night", "ORG"),
                ("Warlords", "ORG"),
                ("Everlore", "ORG"),
                ("Ulmara", "GPE"),
            ],
        )
    )
    assert set(labels.values()) == {"PRODUCT"}, labels


def test_a_list_after_games_gives_makers_sites_and_fans_no_cue() -> None:
    text = (
        "The 15 games on launch day will include Zentendo's Super Marlo and titles from Ubivolt."
        " Portal sites which offer casual games, like Aolix, Yahoox, and RealPlay, grew."
        " People will play video games if their heroes like Robbie Wills or Christa Aguilar are in them."
    )
    for name in ("Zentendo", "Yahoox", "RealPlay", "Christa Aguilar"):
        start = text.index(name)
        assert not listed_product(text, start, start + len(name)), name


def test_a_list_after_games_in_a_sport_report_gives_no_cue() -> None:
    text = (
        "Chelsea won the match 2-0 and the striker scored twice. He has missed games including Fulham, Bolton and"
        " Everton this season."
    )
    start = text.index("Bolton")
    assert not listed_product(text, start, start + len("Bolton"))


def test_a_list_after_programs_or_franchises_gives_its_later_names_no_cue() -> None:
    text = "Cuts hit programs such as Medicorp, Caresure and Welfix. Franchises such as Pizzaro and Taco Ville grew."
    for name in ("Caresure", "Welfix", "Taco Ville"):
        start = text.index(name)
        assert not listed_product(text, start, start + len(name)), name
