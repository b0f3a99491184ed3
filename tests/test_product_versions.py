"""Versions, upgrades and installs of a named thing (:mod:`pipelines.entities.product_versions`), a
maker's name with its product's (``cued_products.maker_products``) and a title's subtitle
(:mod:`pipelines.entities.subtitles`): programs, devices, games and works the small model calls firms,
places or people."""

from __future__ import annotations

from pipelines.entities.product_versions import version_kind
from pipelines.entities.subtitles import subtitle_kind
from tests.test_labels_evidence import labels_of


def test_a_version_upgrade_or_host_of_software_makes_a_product() -> None:
    text = (
        "Shops sold counterfeit versions of Quillon Desk to firms. The SP3 upgrade for Vantor closes the hole. "
        "The tool only works on PCs running Merrow OS."
    )
    labels = [("Quillon Desk", "LOC"), ("Vantor", "PERSON"), ("Merrow OS", "ORG")]
    assert labels_of(("a1", text, labels)) == {"Quillon Desk": "PRODUCT", "Vantor": "PRODUCT", "Merrow OS": "PRODUCT"}


def test_a_screen_version_or_a_sequel_makes_a_work() -> None:
    text = "Screen versions of The Brass Lantern are due next year. Fans await sequels to Orbweaver and Tangle."
    labels = [("The Brass Lantern", "ORG"), ("Orbweaver", "PERSON")]
    assert labels_of(("a1", text, labels)) == {"Brass Lantern": "WORK_OF_ART", "Orbweaver": "WORK_OF_ART"}


def test_an_owner_a_maker_a_place_or_a_bare_version_stays() -> None:
    text = (
        "She recorded a version of Halvard's ballad. The beta version of the Korvex search engine is out. "
        "The new version of Bremen traffic rules failed. The US version flopped."
    )
    labels = [("Halvard", "PERSON"), ("Korvex", "ORG"), ("Bremen", "GPE"), ("US", "GPE")]
    assert labels_of(("a1", text, labels)) == {"Halvard": "PERSON", "Korvex": "ORG", "Bremen": "GPE", "US": "GPE"}
    for text, name in (
        ("Her version of Tallis won praise.", "Tallis"),
        ("The new version of The Glass Orchard opens today.", "Glass Orchard"),
        ("He starred in the film version of the Harlan and Moss classic.", "Harlan"),
    ):
        start = text.index(name)
        assert version_kind(text, start, start + len(name)) is None


def test_a_makers_name_and_its_products_together_are_the_product() -> None:
    maker = "Zentrix shares rose. Zentrix said sales grew. Zentrix hired staff. Zentrix cut prices. Zentrix won."
    product = "The Plumo console sold well. Fans bought the Plumo console in droves."
    pair = "The best gadget of the year was the Zentrix Plumo, critics said. Zentrix Music signed a band."
    labels = labels_of(
        ("a1", maker, [("Zentrix", "ORG")] * 5),
        ("a2", product, [("Plumo", "ORG"), ("Plumo", "ORG")]),
        ("a3", pair, [("Zentrix Plumo", "ORG"), ("Zentrix Music", "ORG")]),
    )
    assert labels["Zentrix Plumo"] == "PRODUCT"
    assert labels["Zentrix Music"] == "ORG"
    assert labels["Zentrix"] == "ORG"


def test_a_subtitle_after_a_titles_colon_is_a_work_or_a_game() -> None:
    text = (
        "Critics loved Sky Pirates: Iron Harbour, the new film. Sales of the console game Dust Runner: "
        "Vellmar Heights broke records."
    )
    labels = [("Iron Harbour", "ORG"), ("Vellmar Heights", "LOC")]
    assert labels_of(("a1", text, labels)) == {"Iron Harbour": "WORK_OF_ART", "Vellmar Heights": "PRODUCT"}


def test_a_lineups_names_after_a_colon_are_no_subtitles() -> None:
    text = "Subs Not Used: Brannagh, Coyle. Tarnby Rovers: Keswick, Holroyd, Pemberton, Ashdown."
    for name in ("Brannagh", "Keswick"):
        start = text.index(name)
        assert subtitle_kind(text, start, start + len(name)) is None
