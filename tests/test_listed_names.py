"""Firms, bands, clubs and towns the small model calls people or organisations, which the names listed
with them, the kind before their list or a country's possessive say better (issue 11)."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_a_lone_person_listed_with_firms_is_a_firm() -> None:
    text = "The chips are made by Yamoha and Rohmo. Yamoha said sales rose. Scansoft and Gracenoto work on it."
    found = [
        ("Yamoha", "ORG"),
        ("Rohmo", "PERSON"),
        ("Yamoha", "ORG"),
        ("Scansoft", "PRODUCT"),
        ("Gracenoto", "PERSON"),
    ]
    labels = labels_of(("a1", text, found))
    assert (labels["Rohmo"], labels["Gracenoto"]) == ("ORG", "PERSON")


def test_a_firm_the_corpus_tags_once_is_no_evidence() -> None:
    text = "People such as Matisso and Stravinski became like uncles to her."
    assert labels_of(("a1", text, [("Matisso", "ORG"), ("Stravinski", "PERSON")]))["Stravinski"] == "PERSON"


def test_a_lone_person_listed_with_places_is_a_place() -> None:
    text = "Stops in Salford, Dorset and Torbayne are planned for later in the campaign."
    found = [("Salford", "GPE"), ("Dorset", "ORG"), ("Torbayne", "PERSON")]
    assert labels_of(("a1", text, found))["Torbayne"] == "GPE"


def test_a_listed_name_stays_a_person_beside_a_person_or_with_a_full_name() -> None:
    text = "People such as Matisso and Stravinski became like uncles to her."
    other = "A portrait by Matisso was sold on Monday."
    labels = labels_of(
        ("a1", text, [("Matisso", "ORG"), ("Stravinski", "PERSON")]), ("a2", other, [("Matisso", "PERSON")])
    )
    assert labels["Stravinski"] == "PERSON"
    text = "The violinists Kremov and Gidonov played. Gidonov was praised."
    found = [("Kremov", "ORG"), ("Gidonov", "PERSON"), ("Gidonov", "PERSON")]
    other = "Andrei Gidonov said he was happy."
    labels = labels_of(("a1", text, found), ("a2", other, [("Andrei Gidonov", "PERSON")]))
    assert labels["Andrei Gidonov"] == "PERSON"


def test_a_town_called_an_organisation_in_a_list_of_places_is_a_place() -> None:
    text = "Polls for mayors at Doncaster, Hartlepool and North Tyneside are also scheduled for June."
    found = [("Doncaster", "GPE"), ("Hartlepool", "ORG"), ("North Tyneside", "GPE")]
    assert labels_of(("a1", text, found))["Hartlepool"] == "GPE"


def test_a_town_in_a_list_of_clubs_in_a_sport_article_stays_a_club() -> None:
    text = (
        "Premiership strugglers Norwich, Blackburn and Southampton are away in the Cup. The striker and the "
        "midfielder were injured, and the manager said the goalkeeper would miss the league match."
    )
    found = [("Norwich", "ORG"), ("Blackburn", "ORG"), ("Southampton", "GPE")]
    assert labels_of(("a1", text, found))["Blackburn"] == "ORG"


def test_a_list_of_towns_reaches_back_over_a_town_the_model_missed() -> None:
    text = "Pickets were held with protests in towns and cities including Cardiff, Bangar, Aberystwith and Wrexam."
    found = [("Bangar", "ORG"), ("Aberystwith", "PERSON"), ("Wrexam", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n in ("Bangar", "Aberystwith", "Wrexam")] == ["GPE"] * 3


def test_a_lone_person_after_a_countrys_possessive_is_a_national_firm() -> None:
    text = "President Chavez added that Brazil's Petrobraz could join the co-operation deal soon."
    assert labels_of(("a1", text, [("Brazil", "GPE"), ("Petrobraz", "PERSON")]))["Petrobraz"] == "ORG"
    text = "The top seed plays France's Dechini in the second round. Nathalie Dechini won last week."
    labels = labels_of(("a1", text, [("France", "GPE"), ("Dechini", "PERSON"), ("Nathalie Dechini", "PERSON")]))
    assert labels["Nathalie Dechini"] == "PERSON"


def test_a_short_form_of_a_full_name_in_its_article_stays_a_person() -> None:
    text = "Burtan Bongrad, a former bank president, was convicted. Warnor and Bongrad could face 15 years."
    other = "Warnor said profits rose. Shares in Warnor fell."
    found = [("Burtan Bongrad", "PERSON"), ("Warnor", "ORG"), ("Bongrad", "PERSON")]
    labels = labels_of(("a1", text, found), ("a2", other, [("Warnor", "ORG"), ("Warnor", "ORG")]))
    assert labels["Burtan Bongrad"] == "PERSON"


def test_a_town_called_an_organisation_in_a_list_of_towns_and_regions_is_a_place() -> None:
    text = "The firm runs pits across Derbyshire, the East Midlands, Northumberland and Merseyside."
    found = [("Derbyshire", "GPE"), ("the East Midlands", "LOC"), ("Northumberland", "ORG"), ("Merseyside", "GPE")]
    assert labels_of(("a1", text, found))["Northumberland"] == "GPE"


def test_a_town_listed_with_a_country_or_firms_stays() -> None:
    text = "Sales rose in Kent, France and Northumberland. Talks with Tesco, Asda and Northumberland went on."
    found = [("Kent", "GPE"), ("France", "GPE"), ("Northumberland", "ORG")]
    found += [("Tesco", "ORG"), ("Asda", "ORG"), ("Northumberland", "ORG")]
    assert labels_of(("a1", text, found))["Northumberland"] == "ORG"


def test_a_name_of_one_article_listed_with_clubs_is_a_club() -> None:
    text = (
        "The striker has been linked with AC Milanor, Leverkusa, Internazionalo, Juventa and Lyon. The club "
        "said the league and the cup matches come first."
    )
    other = "AC Milanor won. Leverkusa lost. Juventa drew. AC Milanor and Leverkusa and Juventa were fined."
    found = [("AC Milanor", "ORG"), ("Leverkusa", "ORG"), ("Internazionalo", "GPE"), ("Juventa", "ORG")]
    found.append(("Lyon", "ORG"))
    again = [("AC Milanor", "ORG"), ("Leverkusa", "ORG"), ("Juventa", "ORG")] * 2
    assert labels_of(("a1", text, found), ("a2", other, again))["Internazionalo"] == "ORG"


def test_a_name_of_one_article_listed_with_towns_is_a_place() -> None:
    text = "Polls for mayors at Doncaster, Hartlepool, North Tynesyde and Stoke-on-Trent are scheduled for June."
    found = [("Doncaster", "GPE"), ("Hartlepool", "GPE"), ("North Tynesyde", "ORG"), ("Stoke-on-Trent", "GPE")]
    assert labels_of(("a1", text, found))["North Tynesyde"] == "GPE"


def test_a_listed_name_with_evidence_of_its_own_or_a_given_name_keeps_its_label() -> None:
    text = "Polls for mayors at Doncaster, Hartlepool, Tynesyde Council and Stoke-on-Trent are scheduled for June."
    other = "Tynesyde Council said on Monday it would appeal."
    found = [("Doncaster", "GPE"), ("Hartlepool", "GPE"), ("Tynesyde Council", "ORG"), ("Stoke-on-Trent", "GPE")]
    assert labels_of(("a1", text, found), ("a2", other, [("Tynesyde Council", "ORG")]))["Tynesyde Council"] == "ORG"
    text = "Sales were driven by acts such as Keeno, Katie Meluo and Scissor Sistors this year."
    other = "Keeno and Scissor Sistors toured. Keeno and Scissor Sistors won."
    found = [("Keeno", "ORG"), ("Katie Meluo", "PERSON"), ("Scissor Sistors", "ORG")]
    again = [("Keeno", "ORG"), ("Scissor Sistors", "ORG")] * 2
    assert labels_of(("a1", text, found), ("a2", other, again))["Katie Meluo"] == "PERSON"


def test_a_name_listed_with_things_the_corpus_tags_as_firms_outside_clubs_keeps_its_place_label() -> None:
    text = "The scope of these games - like Warcrafte, EverQuesto, Ultimo among others - is epic. Goals, goal, league."
    other = "Warcrafte and EverQuesto sold well. Warcrafte and EverQuesto grew."
    found = [("Warcrafte", "ORG"), ("EverQuesto", "ORG"), ("Ultimo", "GPE")]
    again = [("Warcrafte", "ORG"), ("EverQuesto", "ORG")] * 2
    assert labels_of(("a1", text, found), ("a2", other, again))["Ultimo"] == "GPE"


def test_a_firm_before_its_address_keeps_its_label() -> None:
    text = "Video Mall said it signed WJTX-TV, Salford, Doncaster, to carry its programmes."
    found = [("WJTX-TV", "ORG"), ("Salford", "GPE"), ("Doncaster", "GPE")]
    assert labels_of(("a1", text, found))["WJTX-TV"] == "ORG"
