"""Entity labels from evidence the small model misses on a single mention (issue 11): an
honorific or a person's role just outside its span, the shape of the name (an acronym is no
person, a country's name with a nationality's ending is a nationality), a given name of many
countries opening a full name, and a brand word after it."""

from __future__ import annotations

import pytest

from pipelines.entities.canonical import canonicalize
from pipelines.entities.labels import is_demonym
from tests.test_entities import corpus


def labels_of(*articles) -> dict[str, str]:
    articles, mentions = corpus(*articles)
    return dict(canonicalize(mentions, articles).entities.select("name", "label").iter_rows())


def test_an_honorific_outside_the_span_makes_a_person() -> None:
    text = "Mr Camus said he would leave. Fighting between Mr Camus and Mr Forgeard hit the headlines."
    assert labels_of(("a1", text, [("Camus", "NORP"), ("Camus", "NORP"), ("Forgeard", "PERSON")]))["Camus"] == "PERSON"


def test_a_persons_role_outside_the_span_makes_a_person() -> None:
    text = "He worked with the director Tim Burton on the film."
    assert labels_of(("a1", text, [("Tim Burton", "ORG")]))["Tim Burton"] == "PERSON"


def test_an_honorific_outweighs_a_nationalitys_ending() -> None:
    text = '"Demand is huge," said Mr Irish. "Gadgets are lifestyle now," said Mr Irish.'
    assert labels_of(("a1", text, [("Irish", "NORP"), ("Irish", "NORP")]))["Irish"] == "PERSON"


def test_an_acronym_is_not_a_person() -> None:
    text = "CENTR, the Council of European National Top Level Domain Registries, agrees."
    assert labels_of(("a1", text, [("CENTR", "PERSON")]))["CENTR"] == "ORG"


def test_a_countrys_name_with_a_nationalitys_ending_is_a_nationality() -> None:
    text = "Those of Pakistani, Bangladeshi and black Caribbean origin. A beautiful Eastern European city."
    labels = [("Pakistani", "NORP"), ("Bangladeshi", "PERSON"), ("Eastern European", "LOC")]
    assert labels_of(("a1", text, labels)) == {"Pakistani": "NORP", "Bangladeshi": "NORP", "Eastern European": "NORP"}


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("bangladeshi", True),
        ("israeli", True),
        ("chinese", True),
        ("canadian", True),
        ("british", True),
        ("south african", True),
        ("sudan", False),  # a country itself
        ("francis", False),  # "Franc-is": "-is" follows a whole name only
        ("christian", False),  # Christchurch is a city, not a country
        ("americas", False),  # a bare plural
        ("morgan", False),
    ],
)
def test_nationalities_are_read_from_country_names(key: str, expected: bool) -> None:
    assert is_demonym(key) is expected


def test_a_given_name_opening_a_full_name_makes_a_person() -> None:
    text = "The model Helena Hessel arrived. Critics praised the show."
    assert labels_of(("a1", text, [("Helena Hessel", "ORG")]))["Helena Hessel"] == "PERSON"


def test_a_given_name_is_no_evidence_before_a_common_word_or_a_word_opening_other_names() -> None:
    text = (
        "A house, a big house and another house. Clarence House said so. "
        "Royal Armagh won. Royal Mail and Royal Navy and Royal Ballet too: the mail, the navy, the ballet."
    )
    labels = [("Clarence House", "ORG"), ("Royal Armagh", "ORG"), ("Royal Mail", "ORG")]
    labels += [("Royal Navy", "ORG"), ("Royal Ballet", "ORG")]
    out = labels_of(("a1", text, labels))
    assert out["Clarence House"] == "ORG"
    assert out["Royal Armagh"] == "ORG"


def test_a_brand_word_after_the_name_makes_an_organisation() -> None:
    text = "Foster's owns the Beringer and Wolf Blass brands among others."
    assert labels_of(("a1", text, [("Beringer", "ORG"), ("Wolf Blass", "PERSON")]))["Wolf Blass"] == "ORG"


def test_a_name_opening_a_clause_with_a_plural_verb_is_a_team_or_firm() -> None:
    text = "Chesterton have won only two games. It is thought that Chesterton are looking for a striker."
    assert labels_of(("a1", text, [("Chesterton", "PERSON"), ("Chesterton", "PERSON")]))["Chesterton"] == "ORG"


def test_a_plural_verb_after_the_last_name_of_a_list_says_nothing() -> None:
    text = "World champion Kelli White and relay star Alvin Harrison have both been banned."
    labels = labels_of(("a1", text, [("Kelli White", "PERSON"), ("Alvin Harrison", "PERSON")]))
    assert labels["Alvin Harrison"] == "PERSON"


def test_a_group_word_before_the_name_makes_an_organisation() -> None:
    text = "Shares in engineering group Jarvis soared. Cult British band Portishead returned."
    labels = labels_of(("a1", text, [("Jarvis", "PERSON"), ("Portishead", "PERSON")]))
    assert labels == {"Jarvis": "ORG", "Portishead": "ORG"}


def test_a_name_after_a_persons_name_and_of_is_an_organisation_unless_a_place() -> None:
    text = "Mark Bailin of Rymer Seafood; Tim Daly of Michael Foods; Irakli Labadze of Georgia lost."
    labels = [("Mark Bailin", "PERSON"), ("Rymer Seafood", "ORG"), ("Tim Daly", "PERSON")]
    labels += [("Michael Foods", "PERSON"), ("Irakli Labadze", "PERSON"), ("Georgia", "GPE")]
    out = labels_of(("a1", text, labels))
    assert (out["Michael Foods"], out["Georgia"], out["Tim Daly"]) == ("ORG", "GPE", "PERSON")


def test_a_kind_of_work_before_the_name_makes_a_work() -> None:
    text = "Eminem's album includes the track Mosh, a tirade. The film Vera Drake won."
    labels = labels_of(("a1", text, [("Eminem", "PERSON"), ("Mosh", "PERSON"), ("Vera Drake", "ORG")]))
    assert (labels["Mosh"], labels["Vera Drake"]) == ("WORK_OF_ART", "WORK_OF_ART")


def test_a_kinship_word_before_a_first_name_makes_a_person() -> None:
    text = "Sophie Okonedo, who plays Cheadle's wife Tatiana, is nominated."
    labels = [("Sophie Okonedo", "PERSON"), ("Cheadle", "PERSON"), ("Tatiana", "GPE")]
    assert labels_of(("a1", text, labels))["Tatiana"] == "PERSON"


def test_a_title_of_nobility_and_of_make_a_person() -> None:
    text = "However, the Prince of Wales did receive over £4m. All were eligible after the Prince of Wales."
    labels = [("Prince of Wales", "ORG"), ("Prince of Wales", "ORG")]
    assert labels_of(("a1", text, labels))["Prince of Wales"] == "PERSON"


def test_a_given_name_shared_with_a_small_town_still_opens_a_full_name() -> None:
    text = "Kelly will be up against Carolina Kluft in the pentathlon."
    assert labels_of(("a1", text, [("Kelly", "PERSON"), ("Carolina Kluft", "ORG")]))["Carolina Kluft"] == "PERSON"


def test_a_nationality_and_man_is_a_nationality() -> None:
    text = "French officials met. The Frenchman twisted his ankle, but the Frenchman won."
    labels = [("French", "NORP"), ("Frenchman", "ORG"), ("Frenchman", "ORG")]
    assert labels_of(("a1", text, labels))["Frenchman"] == "NORP"


def test_a_kind_of_firm_before_the_name_makes_an_organisation() -> None:
    text = "Anders Igels, chief executive of Nordic operator Teliasonera, spoke."
    labels = labels_of(("a1", text, [("Anders Igels", "PERSON"), ("Teliasonera", "PERSON")]))
    assert labels["Teliasonera"] == "ORG"


def test_a_plural_kind_of_work_and_including_before_the_name_makes_a_work() -> None:
    text = "They performed a medley of songs including Back Stabbers and a rendition of Street Life."
    labels = labels_of(("a1", text, [("Back Stabbers", "ORG"), ("Street Life", "ORG")]))
    assert labels == {"Back Stabbers": "WORK_OF_ART", "Street Life": "WORK_OF_ART"}


def test_a_countrys_language_is_a_nationality_and_so_is_its_man() -> None:
    # CLDR's official languages of territories (babel): "Welsh" is no person, nor "Welshman"
    text = "The Welsh runner won. A poor Welsh scrum. The Welshman scored. Mr English said so."
    labels = [("Welsh", "PERSON"), ("Welsh", "ORG"), ("Welshman", "PERSON"), ("English", "PERSON")]
    assert labels_of(("a1", text, labels)) == {"Welsh": "NORP", "Welshman": "NORP", "English": "PERSON"}


def test_a_plural_kind_of_firm_or_a_side_before_the_name_makes_an_organisation() -> None:
    text = "Research by technology firms Zentrol and Webrix. He had a stint with Tunisian side Espadon."
    labels = [("Zentrol", "PERSON"), ("Webrix", "ORG"), ("Espadon", "GPE")]
    out = labels_of(("a1", text, labels))
    assert (out["Zentrol"], out["Espadon"]) == ("ORG", "ORG")


def test_an_apposition_naming_a_kind_of_firm_makes_an_organisation() -> None:
    text = (
        "Drinkora, the world's biggest spirits company, will buy. Tom Hale, the company's boss, said so. "
        "Ann Tower, a spokeswoman for the Ohio-based bank, agreed."
    )
    out = labels_of(("a1", text, [("Drinkora", "PERSON"), ("Tom Hale", "PERSON"), ("Ann Tower", "PERSON")]))
    assert out == {"Drinkora": "ORG", "Tom Hale": "PERSON", "Ann Tower": "PERSON"}


def test_and_co_after_a_name_makes_a_firm() -> None:
    """A partnership's name ("Laurie Milbank and Co", "Samuel Montagu & Co") is a firm's, not
    the person's it is named after; "Tom Hale and colleagues" is no firm."""
    text = (
        "Yields fell, said Laurie Milbank and Co analyst Machiko Suzuki. Samuel Montagu & Co Ltd agreed. "
        "Tom Hale and colleagues said so."
    )
    found = [("Laurie Milbank", "PERSON"), ("Machiko Suzuki", "PERSON"), ("Samuel Montagu", "PERSON")]
    out = labels_of(("a1", text, [*found, ("Tom Hale", "PERSON")]))
    assert (out["Laurie Milbank"], out["Samuel Montagu"], out["Tom Hale"]) == ("ORG", "ORG", "PERSON")


def test_a_possessive_and_a_word_only_firms_have_make_an_organisation() -> None:
    text = "Zentrix's best-known brands include Smirnoff. Tom Hale's shares in it rose."
    out = labels_of(("a1", text, [("Zentrix", "PERSON"), ("Smirnoff", "ORG"), ("Tom Hale", "PERSON")]))
    assert (out["Zentrix"], out["Tom Hale"]) == ("ORG", "PERSON")


def test_a_race_word_at_the_end_makes_an_event() -> None:
    text = "Kiplagat will take part in the Acme Great Highland Run in Inverness."
    assert labels_of(("a1", text, [("Acme Great Highland Run", "ORG")]))["Acme Great Highland Run"] == "EVENT"


def test_indoors_or_invitational_at_the_end_makes_a_meeting_an_event() -> None:
    text = "Soderling took the Milano Indoors title. She ran at the Fayettevile Invitational."
    found = [("Milano Indoors", "ORG"), ("Fayettevile Invitational", "FAC")]
    labels = labels_of(("a1", text, found))
    assert (labels["Milano Indoors"], labels["Fayettevile Invitational"]) == ("EVENT", "EVENT")


def test_players_in_a_substitutes_list_or_a_substitution_are_people() -> None:
    text = (
        "Subs Not Used: Jardin, Poolex. Booked: Ben Hassan. "
        "Replacements: Priston for Robins (71), Skelvin for Shawe (71). Okafor (Van Tel 77), Hierra."
    )
    labels = [("Jardin", "PERSON"), ("Poolex", "PRODUCT"), ("Priston", "PERSON"), ("Robins", "PERSON")]
    labels += [("Skelvin", "GPE"), ("Shawe", "PERSON"), ("Okafor", "PERSON"), ("Van Tel", "ORG")]
    out = labels_of(("a1", text, labels))
    assert (out["Poolex"], out["Skelvin"], out["Van Tel"]) == ("PERSON", "PERSON", "PERSON")


def test_a_place_and_a_compass_word_make_a_place() -> None:
    # constituencies and regions: "Dundee East", "Bournemouth West", "East Renfrewshire"
    text = "Seats at stake include Aberdeen South, Dundee East and Bournemouth West."
    labels = [("Aberdeen South", "GPE"), ("Dundee East", "ORG"), ("Bournemouth West", "PERSON")]
    out = labels_of(("a1", text, labels))
    assert (out["Dundee East"], out["Bournemouth West"]) == ("GPE", "GPE")


def test_a_cast_or_a_director_after_a_title_or_starred_in_before_it_make_a_work() -> None:
    text = "The Navigator, starring Leo Dicarlo, led. Zia Zhang starred in Heroine. Vera, directed by Leigh, won."
    labels = [("Navigator", "ORG"), ("Leo Dicarlo", "PERSON"), ("Zia Zhang", "PERSON"), ("Heroine", "PRODUCT")]
    labels += [("Vera", "PERSON"), ("Leigh", "PERSON")]
    out = labels_of(("a1", text, labels))
    assert (out["Navigator"], out["Heroine"], out["Vera"], out["Leigh"]) == ("WORK_OF_ART",) * 3 + ("PERSON",)


def test_a_language_after_in_or_before_language_is_a_language() -> None:
    text = "The film was shot in Hindi and English. A Hindi-language film. English rugby and English fans."
    labels = [("Hindi", "GPE"), ("English", "LANGUAGE"), ("Hindi", "GPE"), ("English", "NORP"), ("English", "NORP")]
    assert labels_of(("a1", text, labels)) == {"Hindi": "LANGUAGE", "English": "NORP"}


def test_a_film_genre_before_the_name_makes_a_work() -> None:
    text = "The Robert Denton thriller Hideaway fell. The comedy Sidestep rose."
    out = labels_of(("a1", text, [("Robert Denton", "PERSON"), ("Hideaway", "PERSON"), ("Sidestep", "ORG")]))
    assert (out["Hideaway"], out["Sidestep"]) == ("WORK_OF_ART", "WORK_OF_ART")


def test_a_landform_word_after_or_at_the_end_of_the_name_makes_a_location() -> None:
    text = "Herders of the Kalahari desert ate it. The image showed Bryce Canyon National Park in Utah."
    out = labels_of(("a1", text, [("Kalahari", "GPE"), ("Bryce Canyon National Park", "PERSON"), ("Utah", "GPE")]))
    assert (out["Kalahari"], out["Bryce Canyon National Park"], out["Utah"]) == ("LOC", "LOC", "GPE")


def test_a_racecourse_is_a_facility() -> None:
    text = "The sprint is staged at Musselburgh Racecourse."
    assert labels_of(("a1", text, [("Musselburgh Racecourse", "ORG")]))["Musselburgh Racecourse"] == "FAC"


def test_a_creator_after_the_name_makes_a_work() -> None:
    text = "The poll put Phoenix Nights creator Peter Kay second."
    out = labels_of(("a1", text, [("Phoenix Nights", "FAC"), ("Peter Kay", "PERSON")]))
    assert out == {"Phoenix Nights": "WORK_OF_ART", "Peter Kay": "PERSON"}


def test_a_kind_of_device_after_the_name_makes_a_product() -> None:
    text = "Renault will launch a new Clio model. Nintendo's GameBoy console sold well. Finnish handset makers."
    labels = [("Renault", "ORG"), ("Clio", "PERSON"), ("Nintendo", "ORG"), ("GameBoy", "ORG"), ("Finnish", "NORP")]
    out = labels_of(("a1", text, labels))
    assert (out["Clio"], out["GameBoy"], out["Finnish"]) == ("PRODUCT", "PRODUCT", "NORP")


def test_players_in_a_line_up_are_people_and_their_clubs_are_not() -> None:
    text = (
        "Pilkins, Talbert, Buxley, Dimek, Artel, Cordon, Murrow, Curtin, Neal (Warner 71), Barkell. "
        "J Robins (Sale Sharks, capt); M Cueta (Sale Sharks), J Noone (Newcastle), O Barkly (Bath), "
        "J Lewes (Wasps); C Hodgkin (Sale Sharks), H Elli (Leicester); G Rowntre (Leicester)."
    )
    labels = [("Pilkins", "PERSON"), ("Talbert", "PERSON"), ("Buxley", "PERSON"), ("Dimek", "PERSON")]
    labels += [("Artel", "PERSON"), ("Cordon", "GPE"), ("Murrow", "PERSON"), ("Curtin", "PERSON")]
    labels += [("Neal", "PERSON"), ("Barkell", "PERSON"), ("Sale Sharks", "ORG"), ("M Cueta", "PERSON")]
    labels += [("Sale Sharks", "ORG"), ("C Hodgkin", "ORG"), ("Sale Sharks", "ORG")]
    out = labels_of(("a1", text, labels))
    assert (out["Cordon"], out["C Hodgkin"], out["Sale Sharks"]) == ("PERSON", "PERSON", "ORG")


def test_act_or_bill_at_the_end_makes_a_law_and_a_subsidiary_word_before_makes_a_firm() -> None:
    text = "The rules follow the Sarbanes-Oxley Act. The Consumer Credit Bill passed. Its US subsidiary Foodserv."
    labels = [
        ("Sarbanes-Oxley Act", "ORG"),
        ("Consumer Credit Bill", "PERSON"),
        ("US", "GPE"),
        ("Foodserv", "PERSON"),
    ]
    out = labels_of(("a1", text, labels))
    assert (out["Sarbanes-Oxley Act"], out["Consumer Credit Bill"], out["Foodserv"]) == ("LAW", "LAW", "ORG")


def test_an_award_or_prize_is_a_work_and_a_temple_a_facility() -> None:
    text = "She won the Douglas Hickman Award and the Turner Prize. He visited the Shri Mandir Temple."
    labels = [("Douglas Hickman Award", "ORG"), ("Turner Prize", "PERSON"), ("Shri Mandir Temple", "PRODUCT")]
    out = labels_of(("a1", text, labels))
    assert out == {"Douglas Hickman Award": "WORK_OF_ART", "Turner Prize": "WORK_OF_ART", "Shri Mandir Temple": "FAC"}


def test_a_think_tank_or_newspaper_before_and_a_constituency_after_the_name() -> None:
    text = "A report by UK think-tank Demos. The candidate, whose Finchley constituency is large, spoke."
    out = labels_of(("a1", text, [("UK", "GPE"), ("Demos", "PERSON"), ("Finchley", "ORG")]))
    assert (out["Demos"], out["Finchley"]) == ("ORG", "GPE")


def test_a_stadium_after_the_name_makes_a_facility_and_animation_before_it_a_work() -> None:
    text = "The tie moved to the Paseo Valdez stadium. Oscar-nominated animation Shark Tale sold well."
    out = labels_of(("a1", text, [("Paseo Valdez", "ORG"), ("Shark Tale", "PERSON")]))
    assert out == {"Paseo Valdez": "FAC", "Shark Tale": "WORK_OF_ART"}


def test_a_name_before_a_comma_and_a_county_or_state_is_a_place() -> None:
    text = "A 19-year-old man from Camberley, Surrey, was arrested. Andrew Fisher, from Omaha, Nebraska, said so."
    labels = labels_of(("a1", text, [("Camberley", "ORG"), ("Andrew Fisher", "PERSON"), ("Omaha", "ORG")]))
    assert (labels["Camberley"], labels["Omaha"], labels["Andrew Fisher"]) == ("GPE", "GPE", "PERSON")


def test_a_replacements_heading_with_brackets_opens_a_list_of_players() -> None:
    text = "Replacements (from): Buckland/Cockerill, Morris, Kay, W Johnson/B Deacon, H Tuilagi, Vesty."
    assert labels_of(("a1", text, [("Morris", "ORG"), ("Deacon", "ORG")]))["Deacon"] == "PERSON"


def test_a_capitalised_function_word_inside_a_name_makes_a_title() -> None:
    text = "He told BBC One's Breakfast With Frost. Cutting Group A ties, he saw Super Size Me at Big Day Out Ltd."
    found = [("Breakfast With Frost", "ORG"), ("Group A", "ORG"), ("Super Size Me", "ORG"), ("Big Day Out Ltd", "ORG")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["WORK_OF_ART", "ORG", "WORK_OF_ART", "ORG"]


def test_a_kind_of_software_or_a_format_after_the_name_makes_a_product() -> None:
    text = "Rivals such as the Foxglove browser grew. It is broadcast in MPEG-2 format. The Zafi virus spread."
    found = [("Foxglove", "PERSON"), ("MPEG-2", "GPE"), ("Zafi", "ORG")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["PRODUCT", "PRODUCT", "PRODUCT"]


def test_a_club_word_or_a_towns_name_and_city_makes_a_club() -> None:
    text = "Aston Villa beat Exeter City and Glasgow Rangers lost at Salt Lake City, far from Croydon Harriers."
    found = [
        ("Aston Villa", "PERSON"),
        ("Exeter City", "GPE"),
        ("Glasgow Rangers", "PERSON"),
        ("Salt Lake City", "GPE"),
        ("Croydon Harriers", "PERSON"),
    ]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["ORG", "ORG", "ORG", "GPE", "ORG"]


def test_nominations_after_a_name_make_an_award_and_a_frontman_a_band() -> None:
    text = "She won two Oscar nominations. The Oscar-winning actor met the former Nirvana frontman."
    found = [("Oscar", "PERSON"), ("Oscar", "PERSON"), ("Nirvana", "GPE")]
    labels = labels_of(("a1", text, found))
    assert (labels["Oscar"], labels["Nirvana"]) == ("WORK_OF_ART", "ORG")


def test_an_apposition_one_of_some_firms_makes_an_organisation() -> None:
    text = "Pernod tried to buy Glenmorra, one of Scotland's premier whisky firms, but lost."
    assert labels_of(("a1", text, [("Pernod", "ORG"), ("Glenmorra", "PERSON")]))["Glenmorra"] == "ORG"


def test_a_hall_park_or_castle_is_a_facility_unless_a_given_name_opens_it() -> None:
    text = "They played Weston Park and the Shrine Auditorium, then Windsor Castle, said Barbara Castle."
    found = [
        ("Weston Park", "GPE"),
        ("Shrine Auditorium", "EVENT"),
        ("Windsor Castle", "PERSON"),
        ("Barbara Castle", "PERSON"),
    ]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["FAC", "FAC", "FAC", "PERSON"]


def test_a_ward_after_or_seat_of_and_town_of_before_a_name_make_a_place() -> None:
    text = "Councillors in the Bordley Green ward. Mr Malik runs for the seat of Dewsford. The town of Lillefjord."
    found = [("Bordley Green", "ORG"), ("Malik", "PERSON"), ("Dewsford", "ORG"), ("Lillefjord", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n in ("Bordley Green", "Dewsford", "Lillefjord")] == ["GPE", "GPE", "GPE"]


def test_the_constituency_of_a_member_of_parliament_is_a_place() -> None:
    text = "Tory MP for Sleaford Jo Hayes spoke. The Labour MP for Birkenhead agreed, as did an MEP for Westmark."
    found = [("Sleaford", "ORG"), ("Jo Hayes", "PERSON"), ("Birkenhead", "PERSON"), ("Westmark", "PRODUCT")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n in ("Sleaford", "Jo Hayes", "Birkenhead", "Westmark")] == ["GPE", "PERSON", "GPE", "GPE"]


def test_a_remake_of_or_a_sequel_to_a_name_makes_a_work_and_handhelds_a_product() -> None:
    text = "Imagine a remake of Fingerpops. It is the sequel to Bluebottle. Millions of GameBoy Advance handhelds sold."
    found = [("Fingerpops", "PERSON"), ("Bluebottle", "ORG"), ("GameBoy Advance", "ORG")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["WORK_OF_ART", "WORK_OF_ART", "PRODUCT"]


def test_players_with_name_particles_or_a_slash_make_a_line_up() -> None:
    text = (
        "Replacements: none. H Shimange, CJ van der Linde, G Britz, D Rossouw, M Claassens, J de Villiers, "
        "G du Toit/J Fourie, J van Niekerk, AJ Venter."
    )
    found = [("H Shimange", "PERSON"), ("CJ van der Linde", "ORG"), ("G Britz", "PERSON")]
    assert labels_of(("a1", text, found))["CJ van der Linde"] == "PERSON"


def test_a_possessive_after_a_kind_of_work_names_its_author() -> None:
    text = "He plays Willy Wonka in a remake of Roald Dahl's classic."
    assert labels_of(("a1", text, [("Roald Dahl's", "PERSON")]))["Roald Dahl"] == "PERSON"


def test_makes_or_the_drug_before_a_name_make_a_product() -> None:
    text = "Inbev, which makes Stella Artoise, grew. Doctors gave him the drug Valiam before the race."
    found = [("Inbev", "ORG"), ("Stella Artoise", "PERSON"), ("Valiam", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Stella Artoise"], labels["Valiam"]) == ("PRODUCT", "PRODUCT")


def test_a_nationals_noun_is_a_nationality() -> None:
    text = "The Briton was named player of the year. Two Scots and a Briton won."
    found = [("Briton", "ORG"), ("Scots", "PERSON"), ("Briton", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Briton"], labels["Scots"]) == ("NORP", "NORP")


def test_a_plural_kind_before_a_list_names_every_item_of_it() -> None:
    text = "He had nominations for films including Raging Calf, Goodfellows and Gangs of Newark. Then he rested."
    found = [("Raging Calf", "ORG"), ("Goodfellows", "PERSON"), ("Gangs of Newark", "ORG")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["WORK_OF_ART"] * 3


def test_a_plural_verb_after_as_well_as_and_a_name_says_nothing() -> None:
    text = (
        "Britney Spears as well as Arnold Schwarzenheimer have all been used. Governor Arnold Schwarzenheimer agreed."
    )
    found = [("Britney Spears", "PERSON"), ("Arnold Schwarzenheimer", "PERSON"), ("Arnold Schwarzenheimer", "PERSON")]
    assert labels_of(("b1", text, found[:2]), ("b2", text, found))["Arnold Schwarzenheimer"] == "PERSON"


def test_an_apposition_naming_a_person_makes_a_person() -> None:
    text = "Shares went to Viktor Pinchak and Rinat Akhmetova, the country's richest man, for $800m."
    found = [("Viktor Pinchak", "PERSON"), ("Rinat Akhmetova", "ORG")]
    assert labels_of(("a1", text, found))["Rinat Akhmetova"] == "PERSON"


def test_a_plural_role_before_a_list_makes_people_of_it() -> None:
    text = "Other contributors include ex-Wham! backing singers Pepsa and Shirla, and Sting."
    found = [("Pepsa", "ORG"), ("Shirla", "ORG"), ("Sting", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Pepsa"], labels["Shirla"]) == ("PERSON", "PERSON")


def test_a_tv_series_before_or_an_application_after_a_name() -> None:
    text = "Scott found fame in the TV series Soldier Sailor. Open it in your Microsoft Offyce application."
    found = [("Soldier Sailor", "PERSON"), ("Microsoft Offyce", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Soldier Sailor"], labels["Microsoft Offyce"]) == ("WORK_OF_ART", "PRODUCT")


def test_a_given_name_tagged_a_place_that_no_gazetteer_knows_is_a_person() -> None:
    text = "The show Bethan and Huw explores new music. Bethan said she liked it."
    assert labels_of(("a1", text, [("Bethan", "GPE"), ("Huw", "PERSON"), ("Bethan", "GPE")]))["Bethan"] == "PERSON"


def test_a_given_name_that_opens_names_of_things_stays_a_place() -> None:
    text = "We lived in Aston, near Aston Villa's ground, and Aston Martin's factory."
    labels = [("Aston", "GPE"), ("Aston Villa", "ORG"), ("Aston Martin", "ORG")]
    assert labels_of(("a1", text, labels))["Aston"] == "GPE"


def test_a_football_score_next_to_a_name_makes_a_team() -> None:
    text = "Result: Newcastle 2-1 Boltham. Boltham face Chelsea next."
    labels = labels_of(("a1", text, [("Newcastle", "ORG"), ("Boltham", "PERSON"), ("Boltham", "PERSON")]))
    assert labels["Boltham"] == "ORG"
    text = "Hereforth win 3-1 on penalties. Hereforth then rested."
    assert labels_of(("a1", text, [("Hereforth", "PERSON"), ("Hereforth", "PERSON")]))["Hereforth"] == "ORG"


def test_a_tennis_score_next_to_a_name_says_nothing() -> None:
    text = "Nadal beat Tommy Robredo 7-6 6-4. Robredo was tired."
    labels = labels_of(("a1", text, [("Nadal", "PERSON"), ("Tommy Robredo", "PERSON"), ("Robredo", "PERSON")]))
    assert labels["Tommy Robredo"] == "PERSON"


def test_a_fixtures_words_before_a_name_make_a_team() -> None:
    text = "City are at home to Boltham. Boltham lost last week."
    assert labels_of(("a1", text, [("Boltham", "PERSON"), ("Boltham", "PERSON")]))["Boltham"] == "ORG"
    text = "He signed for Hereforth in May. Hereforth said so."
    assert labels_of(("a1", text, [("Hereforth", "PERSON"), ("Hereforth", "PERSON")]))["Hereforth"] == "ORG"


def test_a_score_and_a_cup_win_over_a_name_make_it_a_team() -> None:
    text = "Players backed McCall after their side's 3-0 Scottish Cup win over Queen of the Sowth. It was good."
    found = [("McCall", "PERSON"), ("Scottish Cup", "EVENT"), ("Queen of the Sowth", "WORK_OF_ART")]
    assert labels_of(("a1", text, found))["Queen of the Sowth"] == "ORG"


def test_a_one_word_name_its_article_uses_as_a_band_votes_org_in_every_mention() -> None:
    """The article's other mentions count as the group's too: more than another article's model reading."""
    text = "Rock band Keane won. Keane sold a million copies, and Keane toured."
    band = ("a1", text, [("Keane", "PERSON"), ("Keane", "PERSON"), ("Keane", "PERSON")])
    other = ("a2", "Keane played in Leeds.", [("Keane", "PERSON")])
    full = ("a3", "Roy Keane scored.", [("Roy Keane", "PERSON")])  # "Keane" is a surname: no lone name
    assert labels_of(band, other, full)["Keane"] == "ORG"


def test_a_place_its_article_uses_as_a_team_keeps_its_place_label() -> None:
    """The model calls "Wales" a place in five articles that do not use it as a team's: a country's
    team is named after it, and its mentions in the team's articles do not all turn ORG."""
    places = [(f"p{k}", "Rain fell in Wales.", [("Wales", "GPE")]) for k in range(5)]
    teams = [(f"t{k}", "Wales are top.", [("Wales", "GPE")]) for k in range(3)]
    assert labels_of(*teams, *places)["Wales"] == "GPE"


def test_a_name_two_articles_use_as_a_group_and_none_as_a_person_is_a_group_everywhere() -> None:
    """ "Glasgow group Franz Ferdinand" twice in the corpus, never "Mr ..." nor an age: the model's
    readings of it as a person elsewhere vote ORG; a name some article reads as a person's does not."""
    group = [(f"g{k}", "Glasgow group Franz Ferdinandz won.", [("Franz Ferdinandz", "PERSON")]) for k in range(2)]
    lists = [(f"l{k}", "Fans saw Franz Ferdinandz play.", [("Franz Ferdinandz", "PERSON")]) for k in range(4)]
    person = [
        ("p1", "Rival group Jon Smitherz won.", [("Jon Smitherz", "PERSON")]),
        ("p2", "Rival group Jon Smitherz lost.", [("Jon Smitherz", "PERSON")]),
        (
            "p3",
            "Jon Smitherz, 34, said so. Jon Smitherz left.",
            [("Jon Smitherz", "PERSON"), ("Jon Smitherz", "PERSON")],
        ),
        *[(f"p{k}", "Jon Smitherz sang.", [("Jon Smitherz", "PERSON")]) for k in range(4, 8)],
    ]
    labels = labels_of(*group, *lists, *person)
    assert (labels["Franz Ferdinandz"], labels["Jon Smitherz"]) == ("ORG", "PERSON")


def test_a_towns_name_and_international_at_a_meeting_make_an_event() -> None:
    text = (
        "Henin returns at the Sydney International. She won the final of the Sydney International. "
        "Farah ran at Sunday's Leipzig International meeting. Staff flew to the Sydney International Airport. "
        "Cathay International sold shares."
    )
    found = [
        ("Sydney International", "ORG"),
        ("Sydney International", "ORG"),
        ("Leipzig International", "ORG"),
        ("Sydney International Airport", "FAC"),
        ("Cathay International", "ORG"),
    ]
    labels = labels_of(("a1", text, found))
    assert labels["Sydney International"] == "EVENT"
    assert labels["Leipzig International"] == "EVENT"
    assert (labels["Sydney International Airport"], labels["Cathay International"]) == ("FAC", "ORG")


def test_a_towns_name_and_international_without_an_events_words_stays_as_the_model_says() -> None:
    text = "He joined Sydney International last year. Sydney International Airport is shut."
    labels = labels_of(("a1", text, [("Sydney International", "ORG")]))
    assert labels["Sydney International"] == "ORG"


def test_a_share_price_move_after_a_name_makes_a_firm() -> None:
    text = "In Europe, Arcelor shed 2.1% to 17.58 euros. Malaysia's budget carrier, Airasiana fell 2.9%. "
    text += "Sales in Kenton fell 3%. London rose 4%. Bids from Kent and Wessexa rose by 17%. Tom Hale fell 2 metres."
    found = [
        ("Arcelor", "PERSON"),
        ("Airasiana", "GPE"),
        ("Kenton", "GPE"),
        ("London", "GPE"),
        ("Kent", "GPE"),
        ("Wessexa", "GPE"),
        ("Tom Hale", "PERSON"),
    ]
    labels = labels_of(("a1", text, found))
    assert (labels["Arcelor"], labels["Airasiana"]) == ("ORG", "ORG")
    assert [labels[k] for k in ("Kenton", "London", "Wessexa", "Tom Hale")] == ["GPE", "GPE", "GPE", "PERSON"]


def test_a_name_written_elsewhere_with_a_firms_last_word_is_that_firm() -> None:
    found_a1 = [("Zorvex Airways", "ORG")]
    text_a1 = "Zorvex Airways listed its shares in Mumbai."
    text_a2 = "Zorvex has 42 aircraft. Morgan Tell spoke. Morgan Group grew. West Bank talks went on."
    found_a2 = [("Zorvex", "PERSON"), ("Morgan Tell", "PERSON"), ("Morgan Group", "ORG"), ("West Bank", "GPE")]
    text_a3 = "Ann Corvo said so. Corvo Records signed the band. Corvo left."
    found_a3 = [("Ann Corvo", "PERSON"), ("Corvo Records", "ORG"), ("Corvo", "PERSON")]
    labels = labels_of(("a1", text_a1, found_a1), ("a2", text_a2, found_a2), ("a3", text_a3, found_a3))
    assert labels["Zorvex"] == "ORG"
    assert (labels["Morgan Tell"], labels["Ann Corvo"]) == ("PERSON", "PERSON")  # a person's name in its article


def test_a_short_list_of_names_right_after_a_line_up_is_its_bench() -> None:
    line_up = "J Robinson (capt); M Cuetu, J Noen, O Barklay, J Lewsy; C Hodgsen, H Elis; G Rowntre, S Thompsen."
    text = line_up + "\n\nA Titterell, D Bel, S Borthwik, A Hazel, M Dawsen, A Goude, O Smyth."
    found = [("M Cuetu", "PERSON"), ("A Titterell", "ORG"), ("D Bel", "ORG")]
    assert labels_of(("a1", text, found))["A Titterell"] == "PERSON"
    prose = "Sales rose.\n\nNokia, Intel, Philips, Alcatel and Thomsen gained."  # no line-up before it
    assert labels_of(("a1", prose, [("Thomsen", "ORG")]))["Thomsen"] == "ORG"


def test_a_line_up_after_a_quote_mark_ends_a_sentence_is_a_line_up() -> None:
    text = 'He said: "We scored." Newcastle: Given, Carr, Boumsung, Bramblo, Babayaru, Dyar, Fayo, Bowyar, Ameobo.'
    assert labels_of(("a1", text, [("Fayo", "ORG")]))["Fayo"] == "PERSON"


def test_a_kind_of_firm_in_apposition_before_a_name_makes_an_organisation() -> None:
    text = (
        "Qantas fought back with its own budget airline, Jetsar, which took off in May. "
        "According to the bank, Kimm Smithe said rates would rise. "
        "The head of the state-owned Naftoz company, Yurie Boykko, said he was happy."
    )
    found = [("Qantas", "ORG"), ("Jetsar", "PERSON"), ("Kimm Smithe", "PERSON"), ("Yurie Boykko", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Jetsar"], labels["Kimm Smithe"], labels["Yurie Boykko"]) == ("ORG", "PERSON", "PERSON")
