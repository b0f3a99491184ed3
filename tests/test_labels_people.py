"""People the small model calls organisations, places or works on a single mention (issue 11,
labels round 11): who stars in, directs or plays a part, whose death or widow it is, who scored,
a lower-case "man" before the name, a role in apposition with no article."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_starring_directed_by_or_played_by_before_a_name_makes_a_person() -> None:
    text = (
        "She made Mississippi Masala, starring Denzell Washingtan, and more. It is directed by Rob Zemekis. "
        "Grace is played by Debrah Messig in the show."
    )
    found = [("Mississippi Masala", "WORK_OF_ART"), ("Denzell Washingtan", "ORG"), ("Rob Zemekis", "ORG")]
    found += [("Grace", "PERSON"), ("Debrah Messig", "GPE")]
    labels = labels_of(("a1", text, found))
    assert (labels["Denzell Washingtan"], labels["Rob Zemekis"], labels["Debrah Messig"]) == ("PERSON",) * 3


def test_a_death_a_goal_or_a_lower_case_man_before_a_name_makes_a_person() -> None:
    text = (
        "It came on the anniversary of the death of the Notoriuos BIG in 1997. They won with two goals from "
        "Tore Andree Flo and strikes from Rivaldu (2). Wipro is owned by India's richest man Azem Premjy."
    )
    found = [("the Notoriuos BIG", "FAC"), ("Tore Andree Flo", "WORK_OF_ART"), ("Rivaldu", "GPE")]
    found += [("India", "GPE"), ("Azem Premjy", "ORG")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n in ("Notoriuos BIG", "Tore Andree Flo", "Rivaldu", "Azem Premjy")] == ["PERSON"] * 4


def test_a_noun_after_the_name_says_the_phrase_is_not_about_it() -> None:
    text = "A film starring Hollyvood actor Kevin Bacon won. She is the widow of Nirvanna frontman Kurt Cobain."
    found = [("Hollyvood", "GPE"), ("Kevin Bacon", "PERSON"), ("Nirvanna", "ORG"), ("Kurt Cobain", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Hollyvood"], labels["Nirvanna"]) == ("GPE", "ORG")


def test_a_role_in_apposition_with_no_article_makes_a_person() -> None:
    text = "Anshuman Magazyne, managing director, of CB Richard Ellis said so. Diageo, chief executive Paul Walsh said."
    found = [("Anshuman Magazyne", "ORG"), ("CB Richard Ellis", "ORG"), ("Diageo", "ORG"), ("Paul Walsh", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Anshuman Magazyne"], labels["Diageo"]) == ("PERSON", "ORG")


def test_a_players_position_or_an_age_before_a_name_makes_a_person() -> None:
    text = (
        "He is coached by former Wales and Lions prop Dae Youngg. Ten-year-old Dakotta Fannin will play Fern. "
        "The 25-year-old Briton clocked 7.98 seconds. A 20-year-old Leeds man was held."
    )
    found = [("Wales", "GPE"), ("Lions", "ORG"), ("Dae Youngg", "ORG"), ("Dakotta Fannin", "ORG")]
    found += [("Fern", "PERSON"), ("Briton", "NORP"), ("Leeds", "GPE")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n in ("Dae Youngg", "Dakotta Fannin", "Briton", "Leeds")] == [
        "PERSON",
        "PERSON",
        "NORP",
        "GPE",
    ]


def test_a_verb_in_the_past_after_the_name_keeps_the_cue_and_a_nationality_takes_none() -> None:
    text = (
        "The award went to the moment when character Dott confided in Den. "
        "The killing of Armenians constituted genocide."
    )
    found = [("Dott", "NORP"), ("Den", "PERSON"), ("Armenians", "NORP")]
    labels = labels_of(("a1", text, found))
    assert (labels["Dott"], labels["Armenians"]) == ("PERSON", "NORP")


def test_a_list_after_a_comma_or_a_figure_after_a_name_says_nothing_of_a_person() -> None:
    text = (
        "They were the National Association of Wheet Growers, NAWGG, and the chairman of US Wheat. "
        "Net 12.6 mln vs 15.8 mln Revvs 33.2 mln vs 28.1 mln. Tolledo 3.04 2.98 -- Memphis"
    )
    found = [("National Association of Wheet Growers", "ORG"), ("NAWGG", "ORG"), ("US Wheat", "ORG")]
    found += [("Revvs", "PRODUCT"), ("Tolledo", "GPE"), ("Memphis", "GPE")]
    labels = labels_of(("a1", text, found))
    assert (labels["NAWGG"], labels["Revvs"], labels["Tolledo"]) == ("ORG", "PRODUCT", "GPE")


def test_a_full_name_with_a_given_name_in_brackets_after_a_name_is_a_cast_member_not_a_club() -> None:
    text = (
        "This set has the first season of Buck (Gil Gerrard) and Wilma's (Erin Grey) tongue-in-cheek fun. "
        "The side had A Foley (Munstir) at fly-half."
    )
    found = [("Buck", "PERSON"), ("Gil Gerrard", "PERSON"), ("Wilma", "PERSON"), ("Erin Grey", "PERSON")]
    found += [("A Foley", "PERSON"), ("Munstir", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Gil Gerrard"], labels["Erin Grey"], labels["Munstir"]) == ("PERSON", "PERSON", "ORG")


def test_a_surname_alone_after_a_given_name_and_that_surname_in_its_article_is_that_person() -> None:
    text = (
        "Juventus may consider signing Adrian Mutuu once the striker has served his ban. Mutuu was sacked "
        "by Chelsea on Friday. Mutuu scored six goals."
    )
    found = [("Juventus", "ORG"), ("Adrian Mutuu", "NORP"), ("Mutuu", "ORG"), ("Chelsea", "ORG"), ("Mutuu", "ORG")]
    labels = labels_of(("a1", text, found))
    assert "Mutuu" not in labels
    assert (labels["Adrian Mutuu"], labels["Chelsea"]) == ("PERSON", "ORG")


def test_a_word_after_a_given_name_that_the_corpus_writes_in_lower_case_keeps_its_short_form_apart() -> None:
    text = "Fans of Crystal Palacce sang. The old palacce stood. Palacce won 2-0 and Mutuu was there."
    found = [("Crystal Palacce", "ORG"), ("Palacce", "ORG"), ("Mutuu", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Crystal Palacce"], labels["Palacce"]) == ("ORG", "ORG")
    text = "Fans of Crystal Palace sang. Palace won 2-0."  # a building's word: no surname
    labels = labels_of(("a1", text, [("Crystal Palace", "ORG"), ("Palace", "ORG")]))
    assert "Palace" in labels


def test_an_apposition_naming_a_kind_of_person_after_a_name_makes_a_person() -> None:
    text = (
        "The film tells the story of Zalika Tounzy, a dancer who flees. Tom Hanx plays Vaktor Navorzky, a former "
        "soldier, in it. It follows Jaik Morrow, a 24-year-old from Leeds. Lloydz, a 300-year-old market, grew. "
        "Blaisdun Ferr, a former aide to him, spoke. Baroness Royal of Blaizdon, a former aide, came."
    )
    found = [("Zalika Tounzy", "WORK_OF_ART"), ("Tom Hanx", "PERSON"), ("Vaktor Navorzky", "WORK_OF_ART")]
    found += [("Jaik Morrow", "ORG"), ("Leeds", "GPE"), ("Lloydz", "ORG"), ("Blaisdun Ferr", "GPE")]
    found += [("Baroness Royal", "PERSON"), ("Blaizdon", "GPE")]
    labels = labels_of(("a1", text, found))
    names = ("Zalika Tounzy", "Vaktor Navorzky", "Jaik Morrow", "Blaisdun Ferr", "Lloydz")
    assert [labels[n] for n in names] == ["PERSON", "PERSON", "PERSON", "PERSON", "ORG"]
    assert labels["Blaizdon"] != "PERSON"  # the aide is the baroness, not the place of her title


def test_a_nationality_and_player_or_a_story_role_before_a_name_make_a_person() -> None:
    text = (
        "Roddick dropped a set to Korean player Hyung-Taek Loo before winning. "
        "The book follows the story's hero Arthor Dentt on his travels."
    )
    found = [("Roddick", "PERSON"), ("Hyung-Taek Loo", "ORG"), ("Arthor Dentt", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Hyung-Taek Loo"], labels["Arthor Dentt"]) == ("PERSON", "PERSON")


def test_player_after_a_maker_is_no_person_cue() -> None:
    text = "The new Sony player Walkmun goes on sale. It plays discs."
    assert labels_of(("a1", text, [("Walkmun", "PRODUCT")]))["Walkmun"] == "PRODUCT"


def test_a_person_noun_and_named_or_called_before_a_name_make_a_person() -> None:
    text = "You control a character, on this occasion a youth named CJay, who sets out on missions."
    assert labels_of(("a1", text, [("CJay", "ORG")]))["CJay"] == "PERSON"
