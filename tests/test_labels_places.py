"""Towns and constituencies that the small model calls organisations or people (issue 11, labels
round 10): a country after "in" and a "Central" constituency say it is a place."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_a_known_place_before_in_and_a_country_is_a_place() -> None:
    text = "Consulates will close. They include Dallas in the US, Bordeaux in France and Oporto in Portugal."
    found = [("Dallas", "GPE"), ("US", "GPE"), ("Bordeaux", "ORG"), ("France", "GPE"), ("Oporto", "GPE")]
    assert labels_of(("a1", text, found))["Bordeaux"] == "GPE"


def test_a_firm_before_in_and_a_country_stays_a_firm() -> None:
    text = "Staff at Vodaphone in Germany were told. Vodaphone said so."
    found = [("Vodaphone", "ORG"), ("Germany", "GPE"), ("Vodaphone", "ORG")]
    assert labels_of(("a1", text, found))["Vodaphone"] == "ORG"


def test_a_town_and_central_is_a_constituency() -> None:
    text = "Targets for them are Bristol West, Cardiff Central and Sheffield Central."
    found = [("Bristol West", "GPE"), ("Cardiff Central", "ORG"), ("Sheffield Central", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Cardiff Central"], labels["Sheffield Central"]) == ("GPE", "GPE")


def test_people_from_a_name_make_it_a_place() -> None:
    text = "Two men, both from Keighlee, were held. A 19-year-old from Camberlay was bailed. Keighlee said no."
    found = [("Keighlee", "PERSON"), ("Camberlay", "PERSON"), ("Keighlee", "PERSON")]
    assert labels_of(("a1", text, found)) == {"Keighlee": "GPE", "Camberlay": "GPE"}


def test_a_spokesman_from_a_name_says_nothing_of_a_place() -> None:
    text = "A spokesman from Unosatt said so. Unosatt maps the world."
    assert labels_of(("a1", text, [("Unosatt", "ORG"), ("Unosatt", "ORG")]))["Unosatt"] == "ORG"


def test_the_second_place_of_a_constituency_after_mp_for_is_a_place() -> None:
    text = "The MP for Sittingburne and Sheppay said the prime minister had tried hard."
    found = [("Sittingburne", "GPE"), ("Sheppay", "PERSON")]
    assert labels_of(("a1", text, found))["Sheppay"] == "GPE"


def test_a_prison_after_a_name_makes_it_a_building() -> None:
    text = "The detention of 12 men at Belmarch prison, London, was unlawful. Belmarch held them."
    assert labels_of(("a1", text, [("Belmarch", "GPE"), ("London", "GPE"), ("Belmarch", "GPE")]))["Belmarch"] == "FAC"


def test_a_known_place_before_a_prison_stays_a_place() -> None:
    text = "He wore a prison suit in a New Orleans jail. New Orleans was hot."
    assert labels_of(("a1", text, [("New Orleans", "GPE"), ("New Orleans", "GPE")]))["New Orleans"] == "GPE"


def test_a_kind_of_building_after_a_name_makes_it_a_building() -> None:
    text = "She sang at the French capital's Bastyle opera house. The Tait gallery and the Prado museum were full."
    found = [("French", "NORP"), ("Bastyle", "GPE"), ("Tait", "PERSON"), ("Prado", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Bastyle"], labels["Tait"], labels["Prado"]) == ("FAC", "FAC", "FAC")


def test_a_hotel_an_arena_or_a_cinema_after_a_name_makes_it_a_building() -> None:
    text = "The ceremony was at the Beverley Hiltan hotel. Fans filled the Tor Di Vale arena and the Curzan cinema."
    found = [("Beverley Hiltan", "PERSON"), ("Tor Di Vale", "PERSON"), ("Curzan", "PRODUCT")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["FAC", "FAC", "FAC"]


def test_a_nationality_before_a_kind_of_building_stays_a_nationality() -> None:
    text = "It is staged at a Viennese opera house. Viennese fans came. She admires Viennese cinema."
    found = [("Viennese", "NORP")] * 3
    assert labels_of(("a1", text, found))["Viennese"] == "NORP"


def test_a_kind_of_place_in_apposition_makes_a_place() -> None:
    text = (
        "The researcher recalls what happened in Cuyoo, a 50-family community with no electricity. "
        "Attacks in Riyadth, the capital of Saudi Arabia, hit prices. Jon Smyth, a village elder, spoke."
    )
    found = [("Cuyoo", "ORG"), ("Riyadth", "ORG"), ("Saudi Arabia", "GPE"), ("Jon Smyth", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Cuyoo"], labels["Riyadth"], labels["Jon Smyth"]) == ("GPE", "GPE", "PERSON")


def test_born_based_a_factory_or_training_in_a_name_makes_a_place() -> None:
    text = (
        "It will close the factory in Sindelfengen on Monday. He skipped warm-weather training in Lanzarotte. "
        "At slums in Narobbi on Wednesday he spoke. Two were held in Broadmore hospital."
    )
    found = [("Sindelfengen", "ORG"), ("Lanzarotte", "ORG"), ("Narobbi", "ORG"), ("Broadmore", "NORP")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n in ("Sindelfengen", "Lanzarotte", "Narobbi")] == ["GPE", "GPE", "GPE"]
    assert labels["Broadmore"] != "GPE"  # a hospital: no place


def test_a_towns_club_in_a_result_a_fixture_or_by_a_role_is_apart_from_the_town() -> None:
    from pipelines.entities.canonical import canonicalize
    from tests.test_entities import corpus

    text = (
        "Leeds won 2-1 on Saturday. Fans in Leeds celebrated late. Bolton beat Leeds last month. "
        "Leeds manager Kevin Blackwel said so. England beat Wales 2-1 in Cardiff."
    )
    found = [("Leeds", "GPE"), ("Leeds", "GPE"), ("Bolton", "GPE"), ("Leeds", "GPE"), ("Leeds", "ORG")]
    found += [("Kevin Blackwel", "PERSON"), ("England", "GPE"), ("Wales", "GPE"), ("Cardiff", "GPE")]
    other = "Leeds beat Hull 2-1 at home. Leeds won again."  # no place reading: no split
    articles, mentions = corpus(
        ("a1", text, found), ("a2", other, [("Leeds", "GPE"), ("Hull", "GPE"), ("Leeds", "GPE")])
    )
    result = canonicalize(mentions, articles)
    rows = result.entities.select("name", "label", "n_mentions").rows()
    assert ("Leeds", "ORG", 3) in rows
    assert sorted(n for name, _, n in rows if name == "Leeds") == [3, 3]
    labels = dict((n, label) for n, label, _ in rows)
    assert (labels["England"], labels["Cardiff"]) == ("GPE", "GPE")


def test_a_towns_club_is_split_everywhere_when_the_corpus_names_the_town_more_as_a_place() -> None:
    from pipelines.entities.canonical import canonicalize
    from tests.test_entities import corpus

    places = ("a1", "Flats in Bristol cost more. Homes near Bristol too.", [("Bristol", "GPE"), ("Bristol", "GPE")])
    club = ("a2", "Hull beat Bristol on Saturday.", [("Hull", "GPE"), ("Bristol", "GPE")])
    clubs = (
        "a3",
        "Hull beat Leeds at home. Leeds manager Kevin Blackwel was glad.",
        [("Hull", "GPE"), ("Leeds", "GPE")],
    )
    clubs[2].extend([("Leeds", "GPE"), ("Kevin Blackwel", "PERSON")])
    rows = canonicalize(*reversed(corpus(places, club, clubs))).entities.select("name", "label", "n_mentions").rows()
    assert ("Bristol", "ORG", 1) in rows  # beat Bristol: the club, apart from the city
    assert sorted(n for name, _, n in rows if name == "Leeds") == [2]  # only named as a club: left to the vote


def test_a_constituencys_cues_make_a_place() -> None:
    text = (
        "Turnout was 62% in Sheffeld Hallam. He was first contesting the Sheffeld Hallam seat in 1974. "
        "He would contest Bethnel Green, in London, for Respect. She fought the Suffolc Coastal seat."
    )
    found = [("Sheffeld Hallam", "ORG"), ("Sheffeld Hallam", "ORG"), ("Bethnel Green", "ORG"), ("London", "GPE")]
    found.append(("Suffolc Coastal", "NORP"))
    labels = labels_of(("a1", text, found))
    assert (labels["Sheffeld Hallam"], labels["Bethnel Green"], labels["Suffolc Coastal"]) == ("GPE",) * 3


def test_a_party_before_seat_stays_a_party() -> None:
    text = "He was elected in a safe Labour seat. He holds the Tory seat of Dorsett."
    found = [("Labour", "ORG"), ("Tory", "NORP"), ("Dorsett", "GPE")]
    labels = labels_of(("a1", text, found))
    assert (labels["Labour"], labels["Tory"]) == ("ORG", "NORP")


def test_an_adjective_between_born_in_and_a_name_keeps_the_place_cue() -> None:
    text = "Hopkins, who was born in nearby Port Talbat, made his debut."
    assert labels_of(("a1", text, [("Hopkins", "PERSON"), ("Port Talbat", "FAC")]))["Port Talbat"] == "GPE"


def test_a_name_near_a_known_place_is_a_place() -> None:
    text = "Fiat is to close the plant at Arize near Milan. Engines will no longer be made in Arize."
    found = [("Fiat", "ORG"), ("Arize", "NORP"), ("Milan", "GPE"), ("Arize", "NORP")]
    assert labels_of(("a1", text, found))["Arize"] == "GPE"


def test_a_former_country_is_a_place() -> None:
    text = "The break-up of the Soviet Union in 1991 freed them. Czechoslovakia split too."
    found = [("the Soviet Union", "GPE"), ("Czechoslovakia", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Soviet Union"], labels["Czechoslovakia"]) == ("GPE", "GPE")


def test_a_county_by_its_shire_is_a_place() -> None:
    text = (
        "He is a plain-speaking Wessexshire man. Jobs will go to Wessexshire. Prices rose in Wessexshire. "
        "South Wessexshire voted. Officers of Wessexshire Police said so."
    )
    found = [("Wessexshire", "PERSON")] * 3 + [("South Wessexshire", "ORG"), ("Wessexshire Police", "ORG")]
    actress = ("a2", "Actress Sarah Wessexshire starred in the drama.", [("Sarah Wessexshire", "PERSON")])
    labels = labels_of(("a1", text, found), actress)
    assert (labels["Wessexshire"], labels["South Wessexshire"]) == ("GPE", "GPE")
    assert (labels["Sarah Wessexshire"], labels["Wessexshire Police"]) == ("PERSON", "ORG")


def test_a_building_near_a_known_place_stays_a_building() -> None:
    text = "The New Year Sprint is staged at Musselborough Racecourse near Edinburgh on Tuesday."
    found = [("New Year Sprint", "EVENT"), ("Musselborough Racecourse", "ORG"), ("Edinburgh", "GPE")]
    assert labels_of(("a1", text, found))["Musselborough Racecourse"] == "FAC"


def test_born_or_based_after_a_name_makes_a_place() -> None:
    text = (
        "The Ballymina-born actor said so. Oxfort-based Natural Motion showed a game. "
        "The Ballymina-born singer agreed. Sales of the Linnux-based system rose."
    )
    found = [("Ballymina", "ORG"), ("Oxfort", "ORG"), ("Natural Motion", "ORG"), ("Ballymina", "ORG")]
    found.append(("Linnux", "PRODUCT"))
    labels = labels_of(("a1", text, found))
    assert (labels["Ballymina"], labels["Oxfort"], labels["Linnux"]) == ("GPE", "GPE", "PRODUCT")


def test_a_kind_of_place_names_the_place_before_or_after_it() -> None:
    text = (
        "Officials in Cojedez state said so. Rebuilding Banda Acey province will cost more. "
        "A minister of the Indian state of Andra Pradesh spoke. They knew the state of Parmalatt's finances."
    )
    found = [("Cojedez", "PRODUCT"), ("Banda Acey", "ORG"), ("Indian", "NORP"), ("Andra Pradesh", "ORG")]
    found.append(("Parmalatt", "ORG"))
    labels = labels_of(("a1", text, found))
    assert labels == {
        "Cojedez": "GPE",
        "Banda Acey": "GPE",
        "Indian": "NORP",
        "Andra Pradesh": "GPE",
        "Parmalatt": "ORG",
    }


def test_a_city_and_er_names_its_people() -> None:
    text = "Findlay is a Londoner who ran for Trinidad. Hamburgers sell well; a hamburger costs $1. Hamburger said so."
    found = [("Findlay", "PERSON"), ("Londoner", "PERSON"), ("Trinidad", "GPE"), ("Hamburger", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Londoner"], labels["Hamburger"]) == ("NORP", "PERSON")


def test_a_venue_word_ending_a_name_after_at_makes_a_building() -> None:
    text = "Wilson gave Newport a 3-0 win over the tourists at Rodney Parade. Wilson said so."
    found = [("Wilson", "PERSON"), ("Newport", "ORG"), ("Rodney Parade", "PERSON"), ("Wilson", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Rodney Parade"], labels["Wilson"]) == ("FAC", "PERSON")


def test_a_county_used_before_a_noun_is_still_a_place_not_a_firm() -> None:
    found = [
        ("She spent most of her life in the Devon countryside.", "PERSON"),
        ("The Devon diva started on television.", "PERSON"),
        ("Saxon Spence, leader of Devon county Labour group, said so.", "ORG"),
    ]
    articles = [(f"a{k}", text, [("Devon", label)]) for k, (text, label) in enumerate(found)]
    assert labels_of(*articles) == {"Devon": "GPE"}


def test_an_oilfield_or_a_dam_after_a_name_makes_a_landform_or_a_building() -> None:
    text = (
        "Indian firms will develop the Yadavoran and Jufeyrr oilfields, both said. "
        "Work stopped on the Xiluodo dam because of environmental worries."
    )
    found = [("Yadavoran", "PERSON"), ("Jufeyrr", "PERSON"), ("Xiluodo", "PRODUCT")]
    assert labels_of(("a1", text, found)) == {"Yadavoran": "LOC", "Jufeyrr": "LOC", "Xiluodo": "FAC"}
