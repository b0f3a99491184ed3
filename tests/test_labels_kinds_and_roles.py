"""Entity labels from kinds and roles named around a single mention (issue 11, labels round 5):
a performer's role before a name, a research firm's kind before it or its analyst after it, a
kind of vessel before a ship's name, a document's head word ending a place's name, a kind of
vehicle ending a product's name, a debut feature, and a list after "films were"."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_a_performers_role_before_a_name_makes_a_person() -> None:
    text = "The track features rapper DMZ and Hollywood star Klint Eastwold. Country singer-songwriter Gram Parsonz."
    found = [("DMZ", "ORG"), ("Klint Eastwold", "ORG"), ("Gram Parsonz", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["DMZ"], labels["Klint Eastwold"], labels["Gram Parsonz"]) == ("PERSON", "PERSON", "PERSON")


def test_an_apposition_naming_a_musician_or_an_economist_makes_a_person() -> None:
    text = "Songs by Gram Parsonz, the country rock musician, sold. So said Marc Toutay, an economist at Natixis."
    found = [("Gram Parsonz", "ORG"), ("Marc Toutay", "ORG"), ("Natixis", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Gram Parsonz"], labels["Marc Toutay"]) == ("PERSON", "PERSON")


def test_analysts_or_a_brokerage_before_and_an_analyst_after_a_name_make_a_firm() -> None:
    text = (
        "The market will grow, say analysts Datamonitar. Dmitry Lukashov, an analyst at brokerage Atton, agreed. "
        "Global Insite analyst Howard Archer said prices would fall."
    )
    found = [("Datamonitar", "PERSON"), ("Dmitry Lukashov", "PERSON"), ("Atton", "PERSON"), ("Global Insite", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Datamonitar"], labels["Atton"], labels["Global Insite"]) == ("ORG", "ORG", "ORG")


def test_a_kind_of_vessel_before_a_name_makes_a_product() -> None:
    text = "The crew of the ship Diligense were rescued. Tourists aboard the Crystal Harmoni were safe."
    found = [("Diligense", "ORG"), ("Crystal Harmoni", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Diligense"], labels["Crystal Harmoni"]) == ("PRODUCT", "PRODUCT")


def test_a_places_name_and_a_documents_head_word_make_a_law() -> None:
    text = "The Lisbon Agenda aims to make the EU competitive. The Kyoto Protocol came into force. Lisbon is sunny."
    found = [("Lisbon Agenda", "GPE"), ("Kyoto Protocol", "GPE"), ("Lisbon", "GPE")]
    labels = labels_of(("a1", text, found))
    assert (labels["Lisbon Agenda"], labels["Kyoto Protocol"], labels["Lisbon"]) == ("LAW", "LAW", "GPE")


def test_a_kind_of_vehicle_ending_a_name_makes_a_product() -> None:
    text = "In April it will launch a hybrid version of its Highlandr SUV, with more to come."
    assert labels_of(("a1", text, [("Highlandr SUV", "LAW")]))["Highlandr SUV"] == "PRODUCT"


def test_a_debut_feature_is_a_work() -> None:
    text = "Since her 1988 debut feature Salaam Bombai! - nominated for an Oscar - Nair has thrived."
    assert labels_of(("a1", text, [("Salaam Bombai", "ORG")]))["Salaam Bombai"] == "WORK_OF_ART"


def test_a_list_after_a_plural_kind_of_work_and_were_names_works() -> None:
    text = "Among the overlooked films were Hobsons Choice, The Searcherz and King Kang. They won nothing."
    found = [("Hobsons Choice", "PERSON"), ("Searcherz", "NORP"), ("King Kang", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["WORK_OF_ART"] * 3


def test_a_kind_of_work_used_as_a_verb_says_nothing() -> None:
    text = "The story will also feature Dan Ashcraft, a style magazine columnist, and his sister."
    assert labels_of(("a1", text, [("Dan Ashcraft", "PERSON")]))["Dan Ashcraft"] == "PERSON"


def test_a_persons_name_and_show_or_a_kind_of_show_before_a_name_make_a_programme() -> None:
    text = "Faces BBC Two's The Catherine Tayt Show. He presented long-running show American Bandstanz for years."
    found = [("Catherine Tayt Show", "PERSON"), ("American Bandstanz", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Catherine Tayt Show"], labels["American Bandstanz"]) == ("WORK_OF_ART", "WORK_OF_ART")


def test_a_magazine_after_or_an_editor_or_economist_at_before_a_name_make_an_organisation() -> None:
    text = (
        "Ian Harris, deputy editor of UK magazine Mac Formatt, agreed. Mark Sparrow, editor at Mac Formatt "
        "magazine, said so. Graham Barlow, editor of Mac Formatt, said yes. Said Howard Archer, economist at Globel "
        "Insight."
    )
    found = [("Mac Formatt", "PERSON")] * 3 + [("Howard Archer", "PERSON"), ("Globel Insight", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Mac Formatt"], labels["Globel Insight"]) == ("ORG", "ORG")


def test_a_line_up_after_a_bare_colon_names_players() -> None:
    text = (
        "Rangers won.\n\n: Waterreuss, Huttin, Kyrgiakos, Andrews, Ball, Buffell, Ferguson, Ricksen, Vignal, Prso.\n\n"
    )
    found = [("Huttin", "GPE"), ("Buffell", "GPE")]
    labels = labels_of(("a1", text, found))
    assert (labels["Huttin"], labels["Buffell"]) == ("PERSON", "PERSON")


def test_a_plural_name_after_the_is_a_band_or_a_team_not_a_person() -> None:
    text = (
        "Fans of the Kyllers, the Smythes and the Osprayes are here. Serena beat the Williams sisters. Ask the Blairs."
    )
    found = [("Kyllers", "PERSON"), ("Smythes", "PERSON"), ("Osprayes", "PERSON"), ("Williams", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["ORG", "ORG", "ORG", "PERSON"]


def test_a_one_word_name_after_at_the_is_a_venue_not_a_person() -> None:
    text = "Gravesen scored at the Bernabeo. Owen played at the Bernabeo, then rested at the Bernabeo ground."
    found = [("Gravesen", "PERSON"), ("Bernabeo", "PERSON"), ("Bernabeo", "PERSON"), ("Bernabeo", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Gravesen"], labels["Bernabeo"]) == ("PERSON", "FAC")


def test_a_name_ending_a_title_of_the_shape_x_of_the_y_is_a_work() -> None:
    text = (
        "Since Lord of the Ringz, New Zealand booms. Revenge of the Sithh - the third film - opens. "
        "Peter Sanders of the Guardiann said so. Mr Hain, Leader of the Commonz, agreed. Fans of the Sithh cheered."
    )
    found = [("Ringz", "ORG"), ("Sithh", "PERSON"), ("Peter Sanders", "PERSON"), ("Guardiann", "ORG")]
    found += [("Hain", "PERSON"), ("Commonz", "ORG"), ("Sithh", "PERSON")]
    labels = labels_of(("a1", text, found))
    titles = ("Lord of the Ringz", "Revenge of the Sithh")  # the whole titles (title_tails.widen_title_tails)
    assert [labels[n] for n in (*titles, "Guardiann", "Commonz")] == [
        "WORK_OF_ART",
        "WORK_OF_ART",
        "ORG",
        "ORG",
    ]


def test_a_list_after_such_classics_as_or_bands_including_takes_the_kind() -> None:
    text = "The show will include such classics as Super Troupa, SOZ and Dancing Quean. Bands including Keen and Bluur."
    found = [
        ("Super Troupa", "ORG"),
        ("SOZ", "ORG"),
        ("Dancing Quean", "PERSON"),
        ("Keen", "PERSON"),
        ("Bluur", "PERSON"),
    ]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["WORK_OF_ART"] * 3 + ["ORG"] * 2


def test_side_or_team_after_a_name_makes_a_team_unless_a_possessive() -> None:
    text = "The Northh side have been hit by withdrawals. Neil Warnack's side almost won."
    found = [("Northh", "LOC"), ("Neil Warnack's", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Northh"], labels["Neil Warnack"]) == ("ORG", "PERSON")


def test_a_title_and_a_small_number_is_a_sequel_not_a_law_unless_a_laws_part() -> None:
    text = "Sales of Halo 3 soared. Shrekk 2 took three prizes. The firm filed for Chapter 11 protection."
    found = [("Halo 3", "LAW"), ("Shrekk 2", "LAW"), ("Chapter 11", "LAW")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["WORK_OF_ART", "WORK_OF_ART", "LAW"]


def test_scorers_after_goals_are_people() -> None:
    text = "Subs Not Used: Butt, Harper. Goals: Bowyar 35, Dyar 69. Bolton won nothing."
    found = [("Butt", "PERSON"), ("Harper", "PERSON"), ("Bowyar 35", "ORG"), ("Dyar 69", "LAW")]
    labels = labels_of(("a1", text, found))
    assert (labels["Bowyar"], labels["Dyar"]) == ("PERSON", "PERSON")  # the minutes cut off (span_cuts)


def test_a_studio_a_store_an_agency_a_department_or_a_provider_before_a_name_makes_an_organisation() -> None:
    text = (
        "Changes were made after film studio New Lyne expressed concern. Furnishings store Pier Won Imports fell. "
        "Agriculture department Defrah was slow. Net provider Pipexx grew. News agency Reutors said so."
    )
    found = [("New Lyne", "GPE"), ("Pier Won Imports", "PRODUCT"), ("Defrah", "PERSON"), ("Pipexx", "PERSON")]
    found += [("Reutors", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["ORG"] * 5


def test_a_first_name_opening_a_show_is_no_evidence_of_a_person() -> None:
    text = (
        "Catherine Jonez, Catherine Murphi and Catherine Zetta came. Catherine Tayt, from The Catherine Tayt Show, "
        "won. The Catherine Tayt Show returns."
    )
    found = [("Catherine Jonez", "PERSON"), ("Catherine Murphi", "PERSON"), ("Catherine Zetta", "PERSON")]
    found += [
        ("Catherine Tayt", "PERSON"),
        ("Catherine Tayt Show", "WORK_OF_ART"),
        ("Catherine Tayt Show", "WORK_OF_ART"),
    ]
    labels = labels_of(("a1", text, found))
    assert labels["Catherine Tayt Show"] == "WORK_OF_ART"


def test_a_broadcasters_possessive_before_a_name_makes_a_programme_unless_a_person() -> None:
    text = "She appeared on ITV's Celebrity Fitt Camp and BBC Two's Countryfyle. Said BBC's Jeremy Vyne."
    found = [("ITV", "ORG"), ("Celebrity Fitt Camp", "ORG"), ("BBC Two's", "ORG"), ("Countryfyle", "NORP")]
    found += [("BBC", "ORG"), ("Jeremy Vyne", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n in ("Celebrity Fitt Camp", "Countryfyle", "Jeremy Vyne")] == ["WORK_OF_ART"] * 2 + [
        "PERSON"
    ]


def test_a_single_before_a_name_makes_a_song_unless_an_acronym() -> None:
    text = "U2 are nominated for their recent single Vertigoh. Phones use a single HSDPQ device."
    found = [("U2", "ORG"), ("Vertigoh", "ORG"), ("HSDPQ", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Vertigoh"], labels["HSDPQ"]) == ("WORK_OF_ART", "PRODUCT")


def test_a_work_or_an_event_word_ending_a_persons_name_makes_a_work_or_an_event() -> None:
    text = "She sang Redemptio Song on the Onyz Hotel tour. Dan Song and Bill Tour came."
    found = [(n, "PERSON") for n in ("Redemptio Song", "Onyz Hotel tour", "Dan Song", "Bill Tour")]
    labels = labels_of(("a1", text, found))
    assert (labels["Redemptio Song"], labels["Onyz Hotel tour"]) == ("WORK_OF_ART", "EVENT")
    assert (labels["Dan Song"], labels["Bill Tour"]) == ("PERSON", "PERSON")


def test_films_or_pictures_ending_a_name_make_a_studio_and_premiership_a_league() -> None:
    text = "The film was made by Samuel Goldwin Films and Furthr Pictures. The Zurick Premiership match."
    found = [("Samuel Goldwin Films", "PERSON"), ("Furthr Pictures", "PERSON"), ("Zurick Premiership", "GPE")]
    labels = labels_of(("a1", text, found))
    assert (labels["Samuel Goldwin Films"], labels["Furthr Pictures"], labels["Zurick Premiership"]) == ("ORG",) * 3


def test_an_expert_at_a_name_or_its_customers_or_network_make_a_firm() -> None:
    text = "Malcolm Seagrave, security expert at Enerjis, said so. Brightlin customers left. Telcor's network failed."
    labels = labels_of(("a1", text, [("Enerjis", "PERSON"), ("Brightlin", "PERSON"), ("Telcor", "PERSON")]))
    assert (labels["Enerjis"], labels["Brightlin"], labels["Telcor"]) == ("ORG", "ORG", "ORG")


def test_a_kind_of_car_after_a_name_makes_a_product() -> None:
    text = "GM is recalling 19,924 Cadillac XLZ coupes and Pontiak Grand Prix sedans."
    labels = labels_of(("a1", text, [("XLZ", "ORG"), ("Pontiak Grand Prix", "PERSON")]))
    assert (labels["Cadillac XLZ"], labels["Pontiak Grand Prix"]) == ("PRODUCT", "PRODUCT")  # the make (cut_names)


def test_a_tower_ending_a_name_makes_a_building_unless_a_given_name_opens_it() -> None:
    text = "The TFD Tower has 61 lifts. Senator John Tower visited."
    labels = labels_of(("a1", text, [("TFD Tower", "ORG"), ("John Tower", "PERSON")]))
    assert (labels["TFD Tower"], labels["John Tower"]) == ("FAC", "PERSON")


def test_a_business_or_a_chain_before_a_name_makes_a_firm() -> None:
    text = "It sold property business Lensworthe. Electronics chain Best Bye missed its target."
    labels = labels_of(("a1", text, [("Lensworthe", "PERSON"), ("Best Bye", "PERSON")]))
    assert (labels["Lensworthe"], labels["Best Bye"]) == ("ORG", "ORG")


def test_an_actor_after_a_name_makes_a_work_unless_it_is_a_place_or_a_nationality() -> None:
    text = "Former Frends actor Matthew Perry met Hollywod actor Tom Cruise and Welsh actress Ruth Madoc."
    found = [("Frends", "ORG"), ("Matthew Perry", "PERSON"), ("Hollywod", "GPE"), ("Tom Cruise", "PERSON")]
    found += [("Welsh", "NORP"), ("Ruth Madoc", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Frends"], labels["Hollywod"], labels["Welsh"]) == ("WORK_OF_ART", "GPE", "NORP")


def test_a_portal_or_a_plural_kind_of_professional_firm_before_a_name_makes_a_firm() -> None:
    text = "Internet portal Lycoss made a screensaver. It was sold by auctioneers Cooper Owenn in London."
    labels = labels_of(("a1", text, [("Lycoss", "PERSON"), ("Cooper Owenn", "PERSON")]))
    assert (labels["Lycoss"], labels["Cooper Owenn"]) == ("ORG", "ORG")


def test_a_line_up_after_a_teams_name_and_a_colon_names_players() -> None:
    text = (
        "Rock, Vickerman. Saracens: Bartholomeusz; Castaignede, Sorrell, Harris, Vaikona; Jackson, Bracken; "
        "Yaits, Ibanez, Visagie; Raiwalui, Fullarton; Randell, Russell, Vyvyan (capt). Replacements: Cairns."
    )
    assert labels_of(("a1", text, [("Saracens", "ORG"), ("Yaits", "GPE")]))["Yaits"] == "PERSON"


def test_a_line_up_with_initials_and_full_stops_names_players() -> None:
    text = (
        "Kay, Parr, McGee. Cunningham, Maxwell, Bell, Steinmetz, Howe, S. Best, Brady, Longwel, Browne, S. Young, Bowe."
    )
    assert labels_of(("a1", text, [("Longwel", "ORG")]))["Longwel"] == "PERSON"


def test_a_channel_a_station_a_movement_a_miner_or_a_bookmaker_before_a_name_makes_an_organisation() -> None:
    text = (
        "It was shown on cable channel HBX. The poll was run by digital TV station Musik Choice. "
        "Activists of Jamaican movement J-Flagg protested. The offer from miner Barrik and bookmaker Ladbrokz stood."
    )
    found = [
        ("HBX", "PERSON"),
        ("Musik Choice", "GPE"),
        ("J-Flagg", "PRODUCT"),
        ("Barrik", "PERSON"),
        ("Ladbrokz", "PERSON"),
    ]
    assert set(labels_of(("a1", text, found)).values()) == {"ORG"}


def test_a_name_that_is_a_kind_of_firm_or_band_makes_an_organisation() -> None:
    text = (
        "Xstrota is a global mining giant with operations in six countries. "
        "Kasabyan were a band. Supergrase, the Oxford band, played. Crespol is a specialist steel firm."
    )
    found = [("Xstrota", "GPE"), ("Supergrase", "PERSON"), ("Crespol", "PERSON")]
    assert set(labels_of(("a1", text, found)).values()) == {"ORG"}


def test_a_person_who_is_the_companys_something_stays_a_person() -> None:
    text = "Mukosh is the company's chairman. Ana Lopaz was the band's singer."
    found = [("Mukosh", "PERSON"), ("Ana Lopaz", "PERSON")]
    assert set(labels_of(("a1", text, found)).values()) == {"PERSON"}


def test_a_place_based_before_a_name_makes_an_organisation() -> None:
    text = "Oxford-based Natural Motian launched a product. The Zurich and London-based Xstrota bid rose."
    found = [("Oxford", "GPE"), ("Natural Motian", "PERSON"), ("Zurich", "GPE"), ("Xstrota", "GPE")]
    labels = labels_of(("a1", text, found))
    assert (labels["Natural Motian"], labels["Xstrota"]) == ("ORG", "ORG")


def test_a_list_after_a_plural_kind_of_firm_names_firms() -> None:
    text = "Snack food chains such as Dunkin' Donats and Baskin-Robins ice cream gained."
    found = [("Dunkin' Donats", "PERSON"), ("Baskin-Robins", "GPE")]
    assert set(labels_of(("a1", text, found)).values()) == {"ORG"}


def test_a_kind_of_firm_opening_a_sentence_is_cut_off_the_firms_name() -> None:
    text = "He is the bookmaker's favourite. Bookmaker Ladbrokz offered odds of 1/3. The bookmaker Ladbrokz said so."
    found = [("Bookmaker Ladbrokz", "PERSON"), ("Ladbrokz", "ORG")]
    assert labels_of(("a1", text, found)) == {"Ladbrokz": "ORG"}


def test_a_place_based_before_a_person_or_a_possessive_or_a_product_says_nothing() -> None:
    text = (
        "US-based Alistair Craggs won. Bookmakers placed London-based Levvy's novel first. "
        "Players such as the Windows-based Creative Zenn sold."
    )
    found = [
        ("US", "GPE"),
        ("Alistair Craggs", "PERSON"),
        ("London", "GPE"),
        ("Levvy", "PERSON"),
        ("Creative Zenn", "PRODUCT"),
    ]
    labels = labels_of(("a1", text, found))
    assert (labels["Alistair Craggs"], labels["Levvy"], labels["Creative Zenn"]) == ("PERSON", "PERSON", "PRODUCT")


def test_a_network_before_a_name_makes_an_organisation() -> None:
    text = "The file-sharing network Napstar closed. The US TV network Foxx agreed."
    found = [("Napstar", "PERSON"), ("US", "GPE"), ("Foxx", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Napstar"], labels["Foxx"]) == ("ORG", "ORG")


def test_a_kind_of_drink_after_a_name_makes_a_product_unless_a_nationality() -> None:
    text = "Big names include Malibou rum, Courvoisiar brandy and Stolichnoya vodka. French wine sales fell."
    found = [("Malibou", "ORG"), ("Courvoisiar", "PERSON"), ("Stolichnoya", "PERSON"), ("French", "NORP")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["PRODUCT"] * 3 + ["NORP"]


def test_a_bill_after_a_determiner_or_a_laws_name_is_a_law_not_a_person() -> None:
    text = (
        "Time is short to get the Bill passed. A shortened Finance Bill would be rushed through. "
        "The Bill now faces opposition."
    )
    found = [("Bill", "PERSON"), ("Finance", "ORG"), ("Bill", "PERSON"), ("Bill", "PERSON")]
    labels = labels_of(("a1", text, found), ("a2", "Bill Clintun said no.", [("Bill Clintun", "PERSON")]))
    assert (labels["Bill"], labels["Bill Clintun"]) == ("LAW", "PERSON")


def test_a_treaty_or_convention_named_by_what_it_is_of_or_on_is_a_law() -> None:
    """ "Treaty of X", "Convention on X" name a law the model calls a body or a place; not a body
    named for one ("North Atlantic Treaty Organisation") nor a "Convention of" body."""
    text = (
        "It breaches the Europan Convention on Human Rightz, he said. With the Treaty of Amsterdom we kept the "
        "veto. The North Atlantic Treaty Organisashun met, and so did the Convention of Scottish Councilz."
    )
    found = [
        ("the Europan Convention on Human Rightz", "ORG"),
        ("Treaty of Amsterdom", "GPE"),
        ("North Atlantic Treaty Organisashun", "ORG"),
        ("the Convention of Scottish Councilz", "ORG"),
    ]
    labels = labels_of(("a1", text, found))
    assert [labels[n.removeprefix("the ")] for n, _ in found] == ["LAW", "LAW", "ORG", "ORG"]


def test_a_model_number_ending_a_name_makes_a_product() -> None:
    """Capitals then digits as the last word of a name are a model's number ("Dell Optiplex GX280",
    "Vaio W1", "Mercedes Benz C180"); not a year ("Euro 2004"), a plain number ("Channel 4") nor
    a name of one word ("G8")."""
    text = (
        "Dell Optiplx GX280 machines and the Vaeo W1 sold, and so did the Mercedez Benz C180. "
        "Euro 2004 and Channel 9 were watched, and the G9 met."
    )
    found = [
        ("Dell Optiplx GX280", "ORG"),
        ("Vaeo W1", "WORK_OF_ART"),
        ("Mercedez Benz C180", "ORG"),
        ("Euro 2004", "EVENT"),
        ("Channel 9", "ORG"),
        ("G9", "ORG"),
    ]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["PRODUCT", "PRODUCT", "PRODUCT", "EVENT", "ORG", "ORG"]


def test_a_brand_written_with_a_lower_case_first_letter_is_no_place_nor_nationality() -> None:
    """ "eDonkey", "iTunes": a brand's shape; no place, people or person is written so."""
    text = "Songs from iTunez and eDonkee were shared in Texas."
    labels = labels_of(("a1", text, [("iTunez", "NORP"), ("eDonkee", "GPE"), ("Texas", "GPE")]))
    assert (labels["iTunez"], labels["eDonkee"], labels["Texas"]) == ("ORG", "ORG", "GPE")


def test_the_and_a_plural_name_of_several_words_is_a_band_or_a_team_not_a_person() -> None:
    text = (
        "Fans of the Whyte Strypes are here. The Leeds Rhynos and Wigan met. "
        "He saw the Ray Charlz biopic. The Scyssor Systers, I think, are superb."
    )
    found = [("Whyte Strypes", "PERSON"), ("Leeds Rhynos", "PERSON"), ("Wigan", "ORG"), ("Ray Charlz", "PERSON")]
    found += [("The Scyssor Systers", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n in ("Whyte Strypes", "Leeds Rhynos", "Ray Charlz", "Scyssor Systers")] == [
        "ORG",
        "ORG",
        "PERSON",
        "ORG",
    ]


def test_a_name_two_articles_use_as_a_bands_is_one_though_a_list_of_artists_names_it_once() -> None:
    band = "New York band Scyssor Systers have won. "
    found = [("Scyssor Systers", "PERSON")]
    listed = "Sales rose for artists such as Katy Melua and Scyssor Systers. Scyssor Systers sold most."
    labels = labels_of(
        ("a1", band, found),
        ("a2", "US band Scyssor Systers led the winners. " + band, found * 2),
        ("a3", listed, [("Katy Melua", "PERSON"), ("Scyssor Systers", "PERSON"), ("Scyssor Systers", "PERSON")]),
        ("a4", "Scyssor Systers sang. Scyssor Systers danced.", found * 2),
    )
    assert labels["Scyssor Systers"] == "ORG"


def test_stars_such_as_before_a_list_names_people() -> None:
    text = "A campaign against stars such as Beeny Man and Sizzler has been waged."
    found = [("Beeny Man", "PERSON"), ("Sizzler", "GPE")]
    assert labels_of(("a1", text, found))["Sizzler"] == "PERSON"


def test_a_norp_label_needs_a_word_naming_a_people() -> None:
    arts = [
        ("a1", "The decision not to take Hashemyan to Israel angered fans.", [("Hashemyan", "NORP")]),
        ("a2", "Fans cheered as Hashemyan left the pitch.", [("Hashemyan", "NORP")]),
        ("a3", "Coach Ali Daei praised Hashemyan.", [("Ali Daei", "PERSON"), ("Hashemyan", "PERSON")]),
    ]
    people = ["Kenyans", "Liberal Democrat", "Muslims", "Sri Lankans", "Texan", "Liverpudlians", "Anglo-Dutch"]
    for n, name in enumerate(people):
        arts.append((f"b{n}", f"Many {name} voted.", [(name, "NORP")]))
        arts.append((f"c{n}", f"Some {name} left.", [(name, "NORP")]))
        arts.append((f"d{n}", f"{name} said no.", [(name, "PERSON")]))
    labels = labels_of(*arts)
    assert labels["Hashemyan"] == "PERSON"
    assert [labels[name] for name in people] == ["NORP"] * len(people)


def test_a_norp_without_a_people_word_on_a_surname_or_a_given_name_is_a_person() -> None:
    arts = [
        ("a1", "But Campezi told BBC Sport he was unhappy.", [("Campezi", "NORP")]),
        ("a2", "Former wing David Campezi agreed.", [("David Campezi", "PERSON")]),
        ("a3", "The film starred Jennifer Anistun as Becky.", [("Jennifer Anistun", "NORP")]),
        ("a4", "She worked with Dogvile director Lars von Trier.", [("Dogvile", "NORP"), ("Lars von Trier", "PERSON")]),
    ]
    arts.append(("a5", "Wing Nick Hashemyan scored. But Hashemyan told BBC Sport he was unhappy.", []))
    arts[-1][2].extend([("Nick Hashemyan", "PERSON"), ("Hashemyan", "NORP")])
    labels = labels_of(*arts)
    assert (labels["Campezi"], labels["Jennifer Anistun"]) == ("PERSON", "PERSON")
    assert "Hashemyan" not in labels  # the surname joins the full name of its article
    assert labels["Dogvile"] != "NORP"


def test_an_exchange_a_market_a_body_a_start_up_or_an_owner_before_a_name_makes_a_firm() -> None:
    text = (
        "It bought the London-based international derivatives market Liffa. Trades on the options and futures "
        "exchange Liffa rose. Rival pan-European bourse Euronixt agreed, as did trade body Intellekt and search "
        "start-up Blinks."
    )
    found = [("Liffa", "GPE"), ("Liffa", "PERSON"), ("Euronixt", "NORP"), ("Intellekt", "PERSON"), ("Blinks", "GPE")]
    owner = ("a2", "Euronixt, owner of Liffo in London, said so.", [("Euronixt", "ORG"), ("Liffo", "GPE")])
    labels = labels_of(("a1", text, found), owner)
    assert [labels[n] for n in ("Liffa", "Euronixt", "Intellekt", "Blinks", "Liffo")] == ["ORG"] * 5


def test_a_name_opening_with_operation_is_an_operation() -> None:
    text = "The men were arrested as part of Operation Bucaneer, a police inquiry into piracy."
    assert labels_of(("a1", text, [("Operation Bucaneer", "ORG")]))["Operation Bucaneer"] == "EVENT"


def test_games_to_a_name_in_a_year_host_a_place() -> None:
    text = "He helped bring the Winter Olympic Games to Nagan in 1998, officials said."
    assert labels_of(("a1", text, [("Nagan", "ORG")]))["Nagan"] == "GPE"


def test_tests_alone_name_matches() -> None:
    text = "Despite a record of only two victories from 14 Tests, Williams insists he is happy."
    assert labels_of(("a1", text, [("Tests", "NORP"), ("Williams", "PERSON")]))["Tests"] == "EVENT"


def test_a_staff_role_and_at_before_a_name_make_an_organisation() -> None:
    text = (
        "Peter Miskell, a partner at Todds Murrey, agreed. A spokesman at Argonot said no, and Ann Lee, portal "
        "director at Tiscalo, said so. Rob Hill, a manager with Brightcoe, disagreed."
    )
    found = [("Todds Murrey", "PERSON"), ("Argonot", "PERSON"), ("Tiscalo", "GPE"), ("Brightcoe", "GPE")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["ORG"] * 4


def test_a_newspapers_last_word_makes_an_organisation() -> None:
    text = (
        "He told the Wessex Evening Chronicle so. The Kent Morning Herald agreed. "
        "It said in the Sunday Telegraff and the Tyne Echo. Jim Courier won."
    )
    found = [
        ("Wessex Evening Chronicle", "EVENT"),
        ("Kent Morning Herald", "LOC"),
        ("Tyne Echo", "LOC"),
        ("Jim Courier", "PERSON"),
    ]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["ORG", "ORG", "ORG", "PERSON"]
