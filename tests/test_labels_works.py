"""Titles of films, programmes and songs, and products, that the small model calls people or
organisations (issue 11, labels round 10): what the words around one mention say."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_to_star_in_a_name_makes_it_a_work() -> None:
    text = "Imelda Staunton and Charles Dance are lined up to star in Fingersmyth, a BBC One drama."
    found = [("Imelda Staunton", "PERSON"), ("Charles Dance", "PERSON"), ("Fingersmyth", "PERSON")]
    assert labels_of(("a1", text, found))["Fingersmyth"] == "WORK_OF_ART"


def test_a_kind_of_work_and_a_titles_the_before_a_name_make_it_a_work() -> None:
    text = "Vin Diesel's family comedy The Pacifyer fell to the number two spot."
    assert labels_of(("a1", text, [("Vin Diesel", "PERSON"), ("Pacifyer", "PERSON")]))["Pacifyer"] == "WORK_OF_ART"


def test_a_plural_kind_of_work_and_such_as_before_a_name_make_it_a_work() -> None:
    text = "In today's media the past is the future. TV shows such as Battlestar Galactyca have new remakes."
    assert labels_of(("a1", text, [("Battlestar Galactyca", "ORG")]))["Battlestar Galactyca"] == "WORK_OF_ART"


def test_a_kind_of_work_after_the_and_a_name_makes_it_a_work() -> None:
    text = (
        "Alan Titchmarsh left the Ground Forse programme to present this. "
        "Games of the Shrekk films sold well, as did the Star Warz series."
    )
    found = [("Alan Titchmarsh", "PERSON"), ("Ground Forse", "PERSON"), ("Shrekk", "PERSON"), ("Star Warz", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Ground Forse"], labels["Shrekk"], labels["Star Warz"]) == ("WORK_OF_ART",) * 3


def test_a_broadcaster_or_a_person_before_a_kind_of_work_stays_what_it_is() -> None:
    text = "He watched the BBC series and the Spielburg film. Steven Spielburg said so. The BBC said so."
    found = [("BBC", "ORG"), ("Spielburg", "PERSON"), ("Steven Spielburg", "PERSON"), ("BBC", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["BBC"], labels["Steven Spielburg"]) == ("ORG", "PERSON")


def test_a_hit_before_a_name_makes_it_a_work() -> None:
    text = "They won best song for hit Hay Ya! after five nominations. The smash hit Shrekk 2 sold well."
    found = [("Hay Ya", "PERSON"), ("Shrekk", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Hay Ya"], labels["Shrekk 2"]) == ("WORK_OF_ART", "WORK_OF_ART")


def test_hit_as_a_verb_before_a_name_says_nothing() -> None:
    text = "The storm hit Tom Jonez hard. Tom Jonez said so."
    found = [("Tom Jonez", "PERSON"), ("Tom Jonez", "PERSON")]
    assert labels_of(("a1", text, found))["Tom Jonez"] == "PERSON"


def test_a_kind_of_software_before_a_name_makes_it_a_product() -> None:
    text = "The suite includes iTunes, web browser Safary, iPhoto and the operating system Linax."
    found = [("Safary", "PERSON"), ("Linax", "PERSON")]
    assert labels_of(("a1", text, found)) == {"Safary": "PRODUCT", "Linax": "PRODUCT"}


def test_a_bands_number_of_members_before_a_name_makes_a_band_and_its_musical_no_work() -> None:
    text = "The stars of Swedish pop quartet Abbah reunited for the premiere of the Abbah musical Mamma Mia!"
    assert labels_of(("a1", text, [("Abbah", "PERSON"), ("Abbah", "PERSON")]))["Abbah"] == "ORG"


def test_a_number_of_members_before_a_list_names_its_members() -> None:
    text = "American duo Jerry Harriss and James Davys took second and third."
    found = [("Jerry Harriss", "PERSON"), ("James Davys", "PERSON")]
    assert labels_of(("a1", text, found))["Jerry Harriss"] == "PERSON"


def test_a_range_after_a_name_or_its_makers_make_it_a_product() -> None:
    text = "Sales of its Slimphast range fell. Slimphast sold less. Bovrill's makers said sales were good."
    found = [("Slimphast", "PERSON"), ("Slimphast", "PERSON"), ("Bovrill", "PERSON")]
    assert labels_of(("a1", text, found)) == {"Slimphast": "PRODUCT", "Bovrill": "PRODUCT"}


def test_a_plural_kind_and_such_as_before_a_list_name_every_item() -> None:
    text = "Users came from alternative browsers such as Operra, Safary, Amayya and Netscapp."
    found = [("Operra", "PERSON"), ("Safary", "PERSON"), ("Amayya", "PERSON"), ("Netscapp", "ORG")]
    assert set(labels_of(("a1", text, found)).values()) == {"PRODUCT"}


def test_a_unit_after_a_name_or_a_head_of_before_it_make_an_organisation() -> None:
    text = (
        "Yukos was bankrupt before its Yuganz unit was sold. "
        "Fred Hassen, head of Tigga, which speaks for firms, said so."
    )
    found = [("Yukos", "ORG"), ("Yuganz", "GPE"), ("Fred Hassen", "PERSON"), ("Tigga", "GPE")]
    labels = labels_of(("a1", text, found))
    assert (labels["Yuganz"], labels["Tigga"]) == ("ORG", "ORG")


def test_auditors_before_a_name_make_a_firm() -> None:
    text = "It has also gone after auditors Grant Thorntan. Grant Thorntan said so."
    assert (
        labels_of(("a1", text, [("Grant Thorntan", "PERSON"), ("Grant Thorntan", "PERSON")]))["Grant Thorntan"] == "ORG"
    )


COMMON = (
    "b1",
    "A ground force of men. He had a sugar rush and a wooden heart, a strong medicine, a wooden box. "
    "The ground was wet; the force was strong. A rush of sugar. Will you cash a bill? His heart, her heart.",
    [],
)


def test_a_persons_name_of_common_words_only_is_a_title() -> None:
    text = "Alan Titchmarsh left Ground Force to present it. Sugar Rush is a drama. Elvis' Wooden Heart fell."
    found = [("Alan Titchmarsh", "PERSON"), ("Ground Force", "PERSON"), ("Sugar Rush", "PERSON")]
    found += [("Elvis", "PERSON"), ("Wooden Heart", "PERSON")]
    labels = labels_of(("a1", text, found), COMMON)
    assert (labels["Ground Force"], labels["Sugar Rush"], labels["Wooden Heart"]) == ("WORK_OF_ART",) * 3
    assert labels["Alan Titchmarsh"] == "PERSON"


def test_a_persons_name_of_common_words_opening_with_a_given_name_stays_a_person() -> None:
    text = "Former shadow attorney general Bill Cash said so. Mr Strong Medicine agreed."
    found = [("Bill Cash", "PERSON"), ("Strong Medicine", "PERSON")]
    labels = labels_of(("a1", text, found), COMMON)
    assert (labels["Bill Cash"], labels["Strong Medicine"]) == ("PERSON", "PERSON")


def test_a_codename_before_a_name_or_a_plural_device_ending_it_make_a_product() -> None:
    text = "The details of Xbox 2 (codename Xenonn) are secret. Those with Orangee Smartphones can sync."
    found = [("Xbox 2", "PRODUCT"), ("Xenonn", "ORG"), ("Orangee Smartphones", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Xenonn"], labels["Orangee Smartphones"]) == ("PRODUCT", "PRODUCT")


def test_a_singer_after_a_name_makes_it_a_band() -> None:
    text = "Former Boyzzone singer Ronan Keating may take part. Boyzzone split."
    found = [("Boyzzone", "PERSON"), ("Ronan Keating", "PERSON"), ("Boyzzone", "PERSON")]
    assert labels_of(("a1", text, found))["Boyzzone"] == "ORG"


def test_a_nationality_before_a_singer_stays_a_nationality() -> None:
    text = "Icelandic singer Bjork sang. Icelandic fans cheered."
    found = [("Icelandic", "NORP"), ("Bjork", "PERSON"), ("Icelandic", "NORP")]
    assert labels_of(("a1", text, found))["Icelandic"] == "NORP"


def test_labs_or_leisure_ending_a_name_make_a_firm() -> None:
    text = "Players from Apple, Creativ Labs and Archos sold well. Rank Group and Stanly Leisure rose."
    found = [("Apple", "ORG"), ("Creativ Labs", "PERSON"), ("Archos", "ORG"), ("Rank Group", "ORG")]
    found.append(("Stanly Leisure", "PERSON"))
    labels = labels_of(("a1", text, found))
    assert (labels["Creativ Labs"], labels["Stanly Leisure"]) == ("ORG", "ORG")


def test_the_world_service_or_radio_fives_possessive_makes_a_programme() -> None:
    text = 'Nair told BBC World Service\'s Masterpeace programme: "They offered me more." Masterpeace aired.'
    found = [("Nair", "PERSON"), ("BBC World Service", "ORG"), ("Masterpeace", "ORG"), ("Masterpeace", "ORG")]
    assert labels_of(("a1", text, found))["Masterpeace"] == "WORK_OF_ART"


def test_a_year_in_brackets_after_a_name_makes_it_a_work() -> None:
    text = "He starred in In The Name Of The Fathur (1994), The Crucibel (1997) and The Boxor (1998)."
    found = [("Name Of The Fathur", "PERSON"), ("Crucibel", "ORG"), ("Boxor", "PERSON")]
    assert set(labels_of(("a1", text, found)).values()) == {"WORK_OF_ART"}


def test_a_year_range_or_an_age_in_brackets_after_a_name_says_nothing() -> None:
    text = "The painter Vinsent Gogh (1853-1890) and Lana Brill (34) were named."
    found = [("Vinsent Gogh", "PERSON"), ("Lana Brill", "PERSON")]
    assert set(labels_of(("a1", text, found)).values()) == {"PERSON"}


def test_a_winner_named_after_a_name_makes_it_a_prize() -> None:
    text = "She beat Bookar winner Alan Hollinghurst. Pop Idoll winner Michelle McManus sang."
    found = [
        ("Bookar", "ORG"),
        ("Alan Hollinghurst", "PERSON"),
        ("Pop Idoll", "PERSON"),
        ("Michelle McManus", "PERSON"),
    ]
    labels = labels_of(("a1", text, found))
    assert (labels["Bookar"], labels["Pop Idoll"], labels["Alan Hollinghurst"]) == ("WORK_OF_ART",) * 2 + ("PERSON",)


def test_a_capitalised_vs_inside_a_name_makes_it_a_title() -> None:
    text = "The most recent, Fredy Vs Jasson, was released in 2003. Everton v Sunderlend was drawn."
    found = [("Fredy Vs Jasson", "PERSON")]
    assert labels_of(("a1", text, found))["Fredy Vs Jasson"] == "WORK_OF_ART"


def test_a_medium_a_genre_or_a_chart_place_before_hit_makes_the_name_a_work() -> None:
    text = (
        "It was the television hit Desperat Housewives. Her top five hit Munny sold. The cult hit Littel Britain won."
    )
    found = [("Desperat Housewives", "PERSON"), ("Munny", "PRODUCT"), ("Littel Britain", "GPE")]
    assert set(labels_of(("a1", text, found)).values()) == {"WORK_OF_ART"}


def test_a_name_the_corpus_calls_a_work_in_a_third_of_its_articles_is_a_title_everywhere() -> None:
    """ "cult TV show Twin Peakz" and "the film Twin Peakz" in two of five articles, no person's cue
    anywhere: the model's readings of it as a person elsewhere vote WORK_OF_ART; a name some
    article reads as a person's ("Mr Raye") or called a work in too few of its articles does not."""
    cued = [
        ("w1", "He was in the cult TV show Twin Peakz.", [("Twin Peakz", "PERSON")]),
        ("w2", "He loved the film Twin Peakz.", [("Twin Peakz", "PERSON")]),
    ]
    others = [(f"o{k}", "Twin Peakz was on again.", [("Twin Peakz", "PERSON")]) for k in range(3)]
    person = [
        ("p1", "He loved the film Raye.", [("Raye", "PERSON")]),
        ("p2", "He loved the film Raye.", [("Raye", "PERSON")]),
        ("p3", "Mr Raye said so.", [("Mr Raye", "PERSON")]),
        *[(f"p{k}", "Raye sang.", [("Raye", "PERSON")]) for k in range(4, 6)],
    ]
    few = [("f1", "He loved the film Skye.", [("Skye", "ORG")])]
    few += [(f"f{k}", "Skye rose.", [("Skye", "ORG")]) for k in range(2, 8)]
    labels = labels_of(*cued, *others, *person, *few)
    assert (labels["Twin Peakz"], labels["Raye"], labels["Skye"]) == ("WORK_OF_ART", "PERSON", "ORG")


def test_an_apposition_naming_a_kind_of_work_makes_the_name_a_work() -> None:
    text = (
        "Mike Leigh's Vera Drakke, a drama about a backstreet abortionist, won. "
        "Hopes and Fearz, the band's debut album, sold."
    )
    found = [("Mike Leigh", "PERSON"), ("Vera Drakke", "PERSON"), ("Hopes and Fearz", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Vera Drakke"], labels["Hopes and Fearz"]) == ("WORK_OF_ART", "WORK_OF_ART")


def test_an_apposition_naming_a_persons_role_keeps_the_person() -> None:
    text = "Mike Leighh, the film's director, said so. Kate Mosse, the model, agreed."
    found = [("Mike Leighh", "PERSON"), ("Kate Mosse", "PERSON")]
    assert set(labels_of(("a1", text, found)).values()) == {"PERSON"}


def test_an_apposition_naming_a_game_or_software_makes_the_name_a_product() -> None:
    text = "Racing Akademy, a massively multiplayer car racing game, is out. Spybott, a free program, helps."
    found = [("Racing Akademy", "ORG"), ("Spybott", "PERSON")]
    assert labels_of(("a1", text, found)) == {"Racing Akademy": "PRODUCT", "Spybott": "PRODUCT"}


def test_games_or_programs_such_as_before_a_name_or_list_make_products() -> None:
    text = "Use programs such as Ad-Awarre and Spybott. Sony has games such as Jakk and Ratchett."
    found = [("Ad-Awarre", "ORG"), ("Spybott", "PERSON"), ("Jakk", "PERSON"), ("Ratchett", "PERSON")]
    assert set(labels_of(("a1", text, found)).values()) == {"PRODUCT"}


def test_a_performance_verb_and_in_before_a_title_with_the_make_it_a_work() -> None:
    text = "The pair will return later this year in The Two Ronnys Sketchbook. Her piece appeared in The Timez."
    found = [("The Two Ronnys Sketchbook", "ORG"), ("The Timez", "ORG")]
    assert labels_of(("a1", text, found)) == {"Two Ronnys Sketchbook": "WORK_OF_ART", "Timez": "ORG"}


def test_a_firm_behind_a_kind_of_work_stays_a_firm() -> None:
    text = "Paramount Picturez, the studio behind the film, said little. Paramount Picturez made it."
    found = [("Paramount Picturez", "ORG"), ("Paramount Picturez", "ORG")]
    assert labels_of(("a1", text, found))["Paramount Picturez"] == "ORG"


def test_a_web_album_in_an_apposition_is_no_work() -> None:
    text = "Nominations include Flickkr, a web photo album which lets people share pictures."
    assert labels_of(("a1", text, [("Flickkr", "ORG")]))["Flickkr"] == "ORG"


def test_an_appearance_or_a_role_right_before_a_name_makes_it_a_work() -> None:
    text = (
        "He won for his supporting role in Closerr. She appeared in Brooksyde and Aliass. "
        "His role in Enronn's collapse and roles in Hollywoodd movies were noted. He appeared in Londonn."
    )
    found = [("Closerr", "PERSON"), ("Brooksyde", "ORG"), ("Enronn", "ORG"), ("Hollywoodd", "GPE")]
    labels = labels_of(("a1", text, found))
    assert labels == {"Closerr": "WORK_OF_ART", "Brooksyde": "WORK_OF_ART", "Enronn": "ORG", "Hollywoodd": "GPE"}


def test_a_name_in_apposition_to_a_kind_of_work_is_a_work() -> None:
    text = (
        "His debut album, Get Rych Or Dye, narrowly missed the top spot. Her latest movie, Eucalyptys, "
        "opens soon. In his new film, Ben Stiler, who is 39, plays a nurse. The director of the film, "
        "Vinod Pandy, says it is fun. After the best comedy, Walyams said he was shocked. He recorded "
        "much of his last album, Genyus Loves Chess. They played the 1981 John Lennon cover, Jelous Guy."
    )
    found = [
        ("Get Rych Or Dye", "ORG"),
        ("Eucalyptys", "ORG"),
        ("Ben Stiler", "PERSON"),
        ("Vinod Pandy", "ORG"),
        ("Walyams", "ORG"),
        ("Genyus Loves Chess", "ORG"),
        ("John Lennon", "PERSON"),
        ("Jelous Guy", "PERSON"),
    ]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["WORK_OF_ART"] * 2 + ["PERSON", "ORG", "ORG", "WORK_OF_ART"] + [
        "PERSON",
        "WORK_OF_ART",
    ]


def test_a_firms_possessive_and_software_or_a_site_after_a_name_make_it_a_product() -> None:
    text = (
        "It runs Microsoft's Medya Center software. The BBC's iKan project connects people. "
        "Traffic rose on the Vodaphone network."
    )
    found = [("Microsoft", "ORG"), ("Medya Center", "ORG"), ("BBC", "ORG"), ("iKan", "WORK_OF_ART")]
    found += [("Vodaphone", "ORG")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n in ("Medya Center", "iKan", "Vodaphone")] == ["PRODUCT", "PRODUCT", "ORG"]


def test_models_like_the_or_an_engine_in_apposition_before_a_name_make_it_a_product() -> None:
    text = (
        "Its second-generation models, like the Creativ Zen Photo, are due out. BT's own engine, "
        "Tarra (Total Abstract Rendering Architecture), is licensed. It faces players like Stevan Gerard."
    )
    found = [("Creativ Zen Photo", "ORG"), ("BT", "ORG"), ("Tarra", "PERSON"), ("Stevan Gerard", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["PRODUCT", "ORG", "PRODUCT", "PERSON"]
    text = "AstraZeneca pitched its drug against rival medicine Tarcava."
    assert labels_of(("a1", text, [("AstraZeneca", "ORG"), ("Tarcava", "PERSON")]))["Tarcava"] == "PRODUCT"


def test_a_names_possessive_and_a_titles_the_before_a_name_make_it_a_work_unless_a_paper() -> None:
    text = "Critics overlooked Philip Roth's The Plott Against America this year. Murdoch's The Sun backed the Tories."
    found = [("Philip Roth's", "PERSON"), ("The Plott Against America", "ORG"), ("Murdoch's", "PERSON")]
    found += [("Sun", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Plott Against America"], labels["Sun"]) == ("WORK_OF_ART", "ORG")


def test_a_name_three_articles_call_a_work_and_none_otherwise_is_a_title_in_all() -> None:
    found = [("Aviatorr", "ORG")]
    cued = [
        ("a1", "Martin Scorsese's The Aviatorr will win best film.", found),
        ("a2", "Scorsese, whose movie The Aviatorr opened, was there.", found),
        ("a3", "Hollywood blockbuster The Aviatorr and Vera Drake lead.", [("Aviatorr", "ORG"), ("Vera Drake", "ORG")]),
    ]
    plain = [(f"b{n}", "The Aviatorr took four awards.", found) for n in range(8)]
    assert labels_of(*cued, *plain)["Aviatorr"] == "WORK_OF_ART"
    assert labels_of(*cued[:2], *plain)["Aviatorr"] == "ORG"


def test_the_and_software_or_a_program_after_a_name_make_it_a_product_unless_a_broadcast_or_a_division() -> None:
    text = (
        "It works within the Outlooc e-mail program. StreamCast is behind the Morfeus file-sharing software. "
        "After the ABD television program aired, talks began over the Argonot software division."
    )
    found = [("Outlooc", "PERSON"), ("StreamCast", "ORG"), ("Morfeus", "PERSON"), ("ABD", "ORG"), ("Argonot", "ORG")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n in ("Outlooc", "Morfeus", "ABD", "Argonot")] == ["PRODUCT", "PRODUCT", "ORG", "ORG"]


def test_nominated_for_before_a_name_makes_it_a_work_unless_a_plural() -> None:
    text = "Michael Gambon, nominated for Endgaem, lost. Both were nominated for Oskars last year."
    found = [("Michael Gambon", "PERSON"), ("Endgaem", "PERSON"), ("Oskars", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Endgaem"], labels["Oskars"]) == ("WORK_OF_ART", "ORG")


def test_a_years_possessive_before_a_name_makes_it_a_work() -> None:
    text = "She starred in films including 1989's Shirlee Valentyne. Their first hit was 1972's Virginia Plane."
    found = [("Shirlee Valentyne", "PERSON"), ("Virginia Plane", "FAC")]
    labels = labels_of(("a1", text, found))
    assert [labels[n] for n, _ in found] == ["WORK_OF_ART", "WORK_OF_ART"]


def test_a_film_makers_or_a_directors_name_after_a_name_makes_it_a_work() -> None:
    text = (
        "The film was directed by Three Kingz film-maker David O Russell. Kill Bil director Quentin Tarantino "
        "talked of it. She works with Dogvill and Dancer In The Dark director Lars Von Trier. The panel had "
        "critic Roger Clarke and Touching the Void director Kevin McDonald."
    )
    found = [("Three Kingz", "ORG"), ("David O Russell", "PERSON"), ("Kill Bil", "PERSON")]
    found += [("Quentin Tarantino", "PERSON"), ("Dogvill", "NORP"), ("Lars Von Trier", "PERSON")]
    found += [("Roger Clarke", "PERSON"), ("Kevin McDonald", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Three Kingz"], labels["Kill Bil"], labels["Dogvill"]) == ("WORK_OF_ART",) * 3
    assert (labels["Quentin Tarantino"], labels["Roger Clarke"]) == ("PERSON", "PERSON")


def test_a_clubs_a_places_or_a_nationalitys_director_or_star_keeps_its_label() -> None:
    text = (
        "Arsenel director Danny Fiszman spoke. Swiss star Federer won. Hong Kong director Wong Kar-Wai came, "
        "as did Westlyfe star Brian McFadden and NBA star Shaquille O'Neal."
    )
    found = [("Arsenel", "ORG"), ("Danny Fiszman", "PERSON"), ("Swiss", "NORP"), ("Federer", "PERSON")]
    found += [("Hong Kong", "GPE"), ("Wong Kar-Wai", "PERSON"), ("Westlyfe", "ORG"), ("Brian McFadden", "PERSON")]
    found += [("NBA", "PERSON"), ("Shaquille O'Neal", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Arsenel"], labels["Hong Kong"], labels["Westlyfe"], labels["NBA"]) == ("ORG", "GPE", "ORG", "ORG")
    assert labels["Swiss"] == "NORP"


def test_an_awards_category_for_a_kind_of_work_before_a_name_makes_it_a_work() -> None:
    text = (
        "Usher won best male R&B-soul single for Confessionz Part II. Green Dey won best rock video for "
        "American Idiott, and Jamie Fox won best actor for Jamie Fox."
    )
    found = [("Usher", "PERSON"), ("Confessionz Part II", "ORG"), ("Green Dey", "ORG"), ("American Idiott", "ORG")]
    found += [("Jamie Fox", "PERSON"), ("Jamie Fox", "PERSON")]
    labels = labels_of(("a1", text, found))
    assert (labels["Confessionz Part II"], labels["American Idiott"]) == ("WORK_OF_ART", "WORK_OF_ART")
    assert labels["Jamie Fox"] == "PERSON"


def test_a_parts_number_closing_a_name_makes_it_a_work() -> None:
    text = "The studio said Star Warz Episode III would open in May."
    assert labels_of(("a1", text, [("Star Warz Episode III", "ORG")]))["Star Warz Episode III"] == "WORK_OF_ART"


def test_episodes_of_or_a_song_called_before_a_name_make_it_a_work() -> None:
    text = (
        "Thirteen episodes of Comebak have been commissioned. The last song he wrote was a song called "
        "Yselff Blues. He directed an episode of HBOO television series CSI."
    )
    found = [("Comebak", "PERSON"), ("Yselff Blues", "PERSON"), ("HBOO", "ORG"), ("CSI", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Comebak"], labels["Yselff Blues"], labels["HBOO"]) == ("WORK_OF_ART", "WORK_OF_ART", "ORG")


def test_one_articles_cue_makes_a_title_of_a_name_the_model_reads_as_a_person_and_an_organisation() -> None:
    text = "He appeared in Robocopp and cult TV show Twin Peeks. He played the CEO of Omni Consumer Products."
    one = ("a1", text, [("Robocopp", "ORG"), ("Twin Peeks", "PERSON"), ("Omni Consumer Products", "ORG")])
    two = ("a2", "He was saw mill owner Andrew Packard in Twin Peeks, in 1990.", [("Andrew Packard", "PERSON")])
    text = "Shows which won praise were The X-Filez, I Love Lucie, Twin Peeks and Star Trak."
    found = [("X-Filez", "ORG"), ("I Love Lucie", "PERSON"), ("Twin Peeks", "PERSON"), ("Star Trak", "PERSON")]
    three = ("a3", text, found)
    assert labels_of(one, (*two[:2], [*two[2], ("Twin Peeks", "ORG")]), three)["Twin Peeks"] == "WORK_OF_ART"
    # read as a person only, but nothing founds a person (no given name, honorific nor role): the cue
    # decides (:mod:`weak_persons`)
    assert labels_of(one, (*two[:2], [*two[2], ("Twin Peeks", "PERSON")]), three)["Twin Peeks"] == "WORK_OF_ART"


def test_a_number_and_a_plural_kind_of_work_and_a_comma_before_a_list_name_every_item() -> None:
    text = "Kasabyan tested the water with two singles, Klub Foot and LSFF, which did well."
    found = [("Kasabyan", "ORG"), ("Klub Foot", "PERSON"), ("LSFF", "ORG")]
    labels = labels_of(("a1", text, found))
    assert (labels["Klub Foot"], labels["LSFF"]) == ("WORK_OF_ART", "WORK_OF_ART")


def test_a_kind_of_technology_and_called_or_dubbed_before_a_name_make_it_a_product() -> None:
    text = (
        "The site uses a technology dubbed PanaVoxx, which reads web text aloud. "
        "It has a messaging application called Pictochatt. A man called Joe Bloggz said so."
    )
    found = [("PanaVoxx", "ORG"), ("Pictochatt", "PERSON"), ("Joe Bloggz", "PERSON")]
    assert labels_of(("a1", text, found)) == {"PanaVoxx": "PRODUCT", "Pictochatt": "PRODUCT", "Joe Bloggz": "PERSON"}


def test_an_adaptation_or_a_remake_in_apposition_makes_a_work() -> None:
    text = "New drama includes Archangle, an adaptation of the Robert Harris best-seller, which stars Daniel Craig."
    found = [("Archangle", "PERSON"), ("Robert Harris", "PERSON"), ("Daniel Craig", "PERSON")]
    assert labels_of(("a1", text, found))["Archangle"] == "WORK_OF_ART"
