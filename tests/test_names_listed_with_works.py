"""Names the small model calls firms, people or places that are listed with works or products, which
makes them works or products too (issue 11, :mod:`pipelines.entities.listed_works`)."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_a_name_listed_with_films_is_a_film() -> None:
    text = "Other nominees included Motorbike Diaries, Zatoychi and Heroa."
    found = [("Motorbike Diaries", "WORK_OF_ART"), ("Zatoychi", "GPE"), ("Heroa", "WORK_OF_ART")]
    assert labels_of(("a1", text, found))["Zatoychi"] == "WORK_OF_ART"
    text = "The Incredible Hulka, The Mighty Thorr, Iron Mann and the rest all grappled with problems."
    found = [("The Incredible Hulka", "ORG"), ("The Mighty Thorr", "WORK_OF_ART"), ("Iron Mann", "WORK_OF_ART")]
    assert labels_of(("a1", text, found))["Incredible Hulka"] == "WORK_OF_ART"


def test_a_name_listed_with_products_is_a_product() -> None:
    text = "The recall covers Zorvan, Kestrix and Palomor pick-up trucks."
    found = [("Zorvan", "PRODUCT"), ("Kestrix", "PRODUCT"), ("Palomor", "ORG")]
    assert labels_of(("a1", text, found))["Palomor"] == "PRODUCT"


def test_names_the_model_misreads_beside_them_count_for_neither_side() -> None:
    text = "The recall covers the Chevrola Avalanch, Expresso, Kodiaka, Silverada and Suburbo trucks."
    found = [
        ("Chevrola Avalanch", "PRODUCT"),
        ("Expresso", "GPE"),
        ("Kodiaka", "GPE"),
        ("Silverada", "PERSON"),
        ("Suburbo", "PRODUCT"),
    ]
    labels = labels_of(("a1", text, found))
    assert (labels["Expresso"], labels["Kodiaka"], labels["Silverada"]) == ("PRODUCT", "PRODUCT", "PRODUCT")


def test_one_work_beside_it_is_no_evidence() -> None:
    text = "Earlier versions were called Phoenixa and Firebirdo."
    found = [("Phoenixa", "WORK_OF_ART"), ("Firebirdo", "GPE")]
    assert labels_of(("a1", text, found))["Firebirdo"] == "GPE"


def test_a_persons_full_name_a_place_and_an_owner_stay_what_they_are() -> None:
    text = "Stars of Calendar Gurls, Enduring Luv and Julie Walterson met in Vietnam."
    found = [("Calendar Gurls", "WORK_OF_ART"), ("Enduring Luv", "WORK_OF_ART"), ("Julie Walterson", "PERSON")]
    assert labels_of(("a1", text, found))["Julie Walterson"] == "PERSON"
    text = "He starred in Zeta Kingdom and Morning Glow, Vietnam and Kenya were the settings."
    found = [("Zeta Kingdom", "WORK_OF_ART"), ("Morning Glow", "WORK_OF_ART"), ("Vietnam", "GPE")]
    assert labels_of(("a1", text, found))["Vietnam"] == "GPE"
    text = "Details of Zorvan, Kestrix and Nintendara's new console are yet to emerge."
    found = [("Zorvan", "PRODUCT"), ("Kestrix", "PRODUCT"), ("Nintendara", "ORG")]
    assert labels_of(("a1", text, found))["Nintendara"] == "ORG"


def test_a_product_of_one_article_listed_with_works_only_is_a_work() -> None:
    text = "The series began in 2001 following other spin-off series The Next Generatio, Deep Space Nyne and Voyagor."
    found = [("The Next Generatio", "WORK_OF_ART"), ("Deep Space Nyne", "WORK_OF_ART"), ("Voyagor", "PRODUCT")]
    assert labels_of(("a1", text, found))["Voyagor"] == "WORK_OF_ART"
    other = "The Voyagor console sold well. Sales of the Voyagor rose."
    labels = labels_of(("a1", text, found), ("a2", other, [("Voyagor", "PRODUCT"), ("Voyagor", "PRODUCT")]))
    assert labels["Voyagor"] == "PRODUCT"
