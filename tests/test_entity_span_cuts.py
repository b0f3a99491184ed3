"""Spans run across a sentence end or a clause (issue 11): the mention names the piece with the
most capitalised words, or is junk; a name written so in three articles or more stays."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from pipelines.entities.span_cuts import best_piece
from tests.test_entities import corpus


def names_of(*articles) -> set[str]:
    articles, mentions = corpus(*articles)
    return set(canonicalize(mentions, articles).entities["name"].to_list())


def test_a_span_across_a_sentence_end_names_its_first_sentence_part() -> None:
    text = "He quoted Malcolm X. Besides Dee, others spoke. Malcolm X died in 1965."
    assert names_of(("a1", text, [("Malcolm X. Besides Dee", "PERSON"), ("Malcolm X", "PERSON")])) == {"Malcolm X"}
    assert best_piece("AT&T. Consolidation", "ORG") == "AT&T"
    assert best_piece("Warner Bros. However", "ORG") == "Warner Bros."


def test_initials_and_abbreviations_end_no_sentence() -> None:
    for name in ("George W. Bush", "Arthur D. Little", "J. Allard", "St. Louis", "Malcolm X. Attallah Shabazz"):
        assert best_piece(name, "PERSON") is None


def test_a_lower_case_word_that_no_name_holds_cuts_the_span() -> None:
    text = "United seemed home and dry. United won."
    assert names_of(("a1", text, [("United seemed home", "ORG"), ("United", "ORG")])) == {"United"}
    assert best_piece("Wales physio Mark Davies", "PERSON") == "Mark Davies"  # the piece with more capitals
    assert best_piece("HBOS bank", "ORG") == "HBOS"


def test_words_inside_names_and_kind_words_of_events_cut_nothing() -> None:
    for name, label in (
        ("Bank of England", "ORG"),
        ("Dogs without Borders", "ORG"),
        ("Newcastle upon Tyne", "GPE"),
        ("Iraq war", "EVENT"),
        ("Orange Prize for fiction", "WORK_OF_ART"),
        ("iPod mini", "PRODUCT"),
    ):
        assert best_piece(name, label) is None


def test_a_span_with_no_name_left_is_junk() -> None:
    text = "Part I. The end came. Soon."
    assert names_of(("a1", text, [("I. The", "PERSON")])) == set()


def test_a_name_written_so_in_three_articles_stays() -> None:
    text = "Fans of Pascal Cygan missed him."
    rows = [("Pascal Cygan missed", "ORG")]
    assert "Pascal Cygan missed" in names_of(("a1", text, rows), ("a2", text, rows), ("a3", text, rows))
    assert "Pascal Cygan missed" not in names_of(("a1", text, rows))


def test_a_lower_case_word_ending_a_noun_phrase_is_its_noun() -> None:
    text = "Work on the Xiluodu dam began. It plays a Blu-ray disc. Fans of Pascal Cygan missed him."
    rows = [("the Xiluodu dam", "ORG"), ("Blu-ray disc", "PRODUCT"), ("Pascal Cygan missed", "PERSON")]
    assert names_of(("a1", text, rows)) == {"Xiluodu dam", "Blu-ray disc", "Pascal Cygan"}


def test_a_score_ends_the_name_glued_to_it() -> None:
    text = "Bath 17-16 Leeds was the result. Bath lost."
    assert names_of(("a1", text, [("Bath 17-16", "ORG"), ("Bath", "ORG")])) == {"Bath"}
    assert best_piece("Rafael Nadal 6-2 6-7", "PERSON") == "Rafael Nadal"
    assert best_piece("Boeing 777-200LR", "PRODUCT") is None


def test_a_persons_role_before_the_second_piece_of_a_tie_names_it() -> None:
    assert best_piece("Barcelona star Ronaldinho", "ORG") == "Ronaldinho"
    assert best_piece("Bosvelt joined City", "GPE") == "Bosvelt"


def labels_of(*articles) -> dict[str, str]:
    articles, mentions = corpus(*articles)
    return dict(canonicalize(mentions, articles).entities.select("name", "label").iter_rows())


def test_a_minute_after_a_player_in_a_line_up_is_cut_off() -> None:
    text = (
        "Dudek, Finnan, Riise, Luis Garcia (Nunez 73), Gerrard, Baros. Subs not used: Hamann. "
        "Miller 1, McAllister 10. Bramble 35 og, Mellor 38, Baros 61."
    )
    rows = [("Nunez 73", "LAW"), ("Miller 1", "ORG"), ("McAllister 10", "PRODUCT"), ("Mellor 38", "ORG")]
    assert labels_of(("a1", text, rows)) == {
        "Nunez": "PERSON",
        "Miller": "PERSON",
        "McAllister": "PERSON",
        "Mellor": "PERSON",
    }


def test_a_number_that_is_no_minute_stays_in_the_name() -> None:
    text = "He played Halo 2 on the Xbox 2 and listened to Radio 1, Radio 2 and Channel 4. Windows 95 crashed."
    rows = [("Halo 2", "WORK_OF_ART"), ("Xbox 2", "PRODUCT"), ("Radio 1", "ORG"), ("Radio 2", "ORG")]
    rows += [("Channel 4", "ORG"), ("Windows 95", "PRODUCT")]
    assert set(labels_of(("a1", text, rows))) == {"Halo 2", "Xbox 2", "Radio 1", "Radio 2", "Channel 4", "Windows 95"}


def mention_texts(*articles) -> list[str]:
    articles, mentions = corpus(*articles)
    result = canonicalize(mentions, articles)
    texts = dict(articles.iter_rows())
    for row in result.mentions.iter_rows(named=True):
        assert texts[row["article_id"]][row["start_char"] : row["end_char"]] == row["text"]
    return result.mentions.sort("article_id", "start_char")["text"].to_list()


def test_a_cut_span_keeps_only_the_name_in_the_mentions_table() -> None:
    text = (
        "Given, Elliott, Kluivert (Robert 58), Ameobi. The world number one beat Gaston Gaudio 5-7 6-1 6-4 "
        "on Friday. He quoted Malcolm X. Besides Dee, others spoke."
    )
    rows = [("Kluivert", "PERSON"), ("Robert 58", "PERSON"), ("Gaston Gaudio 5-7 6-1 6-4", "FAC")]
    rows += [("Malcolm X. Besides Dee", "PERSON")]
    assert mention_texts(("a1", text, rows)) == ["Kluivert", "Robert", "Gaston Gaudio", "Malcolm X"]


def test_a_dash_and_the_word_after_it_or_an_open_bracket_leave_the_span() -> None:
    text = (
        "He fell out with former coach Steve Hansen - will it matter? Winner Mike Skinner - aka The Streets - "
        "was away. The Academy of Motion Pictures Arts and Sciences (Ampas) has done it."
    )
    rows = [("Steve Hansen -", "PERSON"), ("Mike Skinner - aka", "PERSON")]
    rows += [("Academy of Motion Pictures Arts and Sciences (Ampas", "ORG")]
    assert mention_texts(("a1", text, rows)) == [
        "Steve Hansen",
        "Mike Skinner",
        "Academy of Motion Pictures Arts and Sciences",
    ]


def test_a_role_a_nationality_or_a_possessive_glued_before_a_full_name_leaves_it() -> None:
    text = (
        "Novelist Andrea Levy is favourite. He beat Frenchman Gilles Simon 7-6 6-3 on Monday. "
        "It went to Roma's Olivier Dacourt. Star Christina Applegate pulled out. "
        "Sprinter Michelle Collins has appealed; the sprinter and another sprinter said so."
    )
    rows = [("Novelist Andrea Levy", "PERSON"), ("Frenchman Gilles Simon 7-6 6-3", "ORG")]
    rows += [
        ("Roma's Olivier Dacourt", "ORG"),
        ("Star Christina Applegate", "ORG"),
        ("Sprinter Michelle Collins", "PERSON"),
    ]
    assert mention_texts(("a1", text, rows)) == [
        "Andrea Levy",
        "Gilles Simon",
        "Olivier Dacourt",
        "Christina Applegate",
        "Michelle Collins",
    ]
    assert labels_of(("a1", text, rows))["Christina Applegate"] == "PERSON"  # "Star [Christina Applegate]"


def test_a_word_of_a_firms_or_a_places_name_before_a_given_name_stays() -> None:
    text = (
        "Banks including JP Morgan Chase paid; a chase began. He studied at West Virginia University. "
        "Liquid Crystal Display screens sold; the display and a display. King Edward III set it up."
    )
    rows = [("JP Morgan Chase", "ORG"), ("West Virginia University", "ORG")]
    rows += [("Liquid Crystal Display", "ORG"), ("King Edward III", "PERSON")]
    assert mention_texts(("a1", text, rows)) == [
        "JP Morgan Chase",
        "West Virginia University",
        "Liquid Crystal Display",
        "King Edward III",
    ]


def test_a_given_name_and_the_surname_the_model_left_out_are_one_span() -> None:
    text = (
        "It beat the new Keanu Reevz thriller. Anders Igelz, chief executive of Teliasonera, spoke. "
        "It is backed by Feargal Sharkey, Lucie Silvaz and others. DJ Trevor Nelsen agreed."
    )
    rows = [("Keanu", "ORG"), ("Igelz", "PERSON"), ("Teliasonera", "ORG"), ("Feargal Sharkey", "PERSON")]
    rows += [("Lucie", "ORG"), ("Nelsen", "PERSON")]
    assert mention_texts(("a1", text, rows)) == [
        "Keanu Reevz",
        "Anders Igelz",
        "Teliasonera",
        "Feargal Sharkey",
        "Lucie Silvaz",
        "Trevor Nelsen",
    ]


def test_no_span_takes_in_a_title_word_a_nationality_or_part_of_a_longer_name() -> None:
    text = (
        "He met German Chancellor Gerhard Schroeder. Tomas Eloy Martinez wrote it. We saw Sacha Baron Cohen. "
        "It was Jamie And His Magic Torch."
    )
    rows = [("German", "NORP"), ("Gerhard Schroeder", "PERSON"), ("Martinez", "PERSON"), ("Sacha", "PERSON")]
    rows += [("Jamie", "PERSON")]
    assert mention_texts(("a1", text, rows)) == ["German", "Gerhard Schroeder", "Martinez", "Sacha", "Jamie"]


def test_a_bill_spanned_alone_takes_in_the_laws_name_before_it() -> None:
    text = "A shortened Finance Bill would be rushed. It came late in the Criminal Justice Bill. The Bill failed."
    rows = [("Bill", "PERSON"), ("Bill", "PERSON"), ("Bill", "PERSON")]
    assert mention_texts(("a1", text, rows)) == ["Finance Bill", "Criminal Justice Bill", "Bill"]


def test_a_role_before_one_word_named_on_its_own_leaves_the_span() -> None:
    text = "Midfielder Edou reduced the deficit. Edou was booked. They watched Star Trek at home."
    rows = [("Midfielder Edou", "ORG"), ("Edou", "PERSON"), ("Star Trek", "WORK_OF_ART")]
    assert mention_texts(("a1", text, rows)) == ["Edou", "Edou", "Star Trek"]


def test_an_initial_or_an_abbreviation_stays_with_the_name() -> None:
    text = "New York Fed President E. Gerald Corrigan spoke. It upgraded the Williams Cos. and others."
    rows = [("E. Gerald Corrigan", "PERSON"), ("Williams", "PERSON")]
    assert mention_texts(("a1", text, rows)) == ["E. Gerald Corrigan", "Williams"]


def test_a_fixtures_v_between_two_names_cuts_the_span() -> None:
    assert best_piece("Bolton v Derby", "PERSON") == "Bolton"
    assert best_piece("Faroe Islands v Republic of Ireland", "GPE") == "Faroe Islands"
    assert best_piece("Brentford vs Manchester United", "ORG") == "Manchester United"  # more capitals
    assert best_piece("Roe v Wade", "LAW") is None  # a court case is one name
    assert best_piece("the Wales v England", "FAC", noun_phrase=True) is None  # the match


def test_a_departments_name_cut_at_its_comma_list_is_the_whole_name() -> None:
    text = (
        "A spokesman for the Department for Culture, Media and Sport said so. A Department for Education and "
        "Skills report. The Department of Justice and the Securities Board met. The Ministry of Health and Home "
        "Office agreed."
    )
    found = [("the Department for Culture", "ORG"), ("Sport", "ORG"), ("Department for Education", "ORG")]
    found += [("Skills", "ORG"), ("Department of Justice", "ORG"), ("the Securities Board", "ORG")]
    found += [("Ministry of Health", "ORG"), ("Home Office", "ORG")]
    articles, mentions = corpus(("a1", text, found))
    out = canonicalize(mentions, articles).mentions
    assert [text[a:b] for a, b in zip(out["start_char"], out["end_char"])] == [
        "Department for Culture, Media and Sport",
        "Department for Education and Skills",
        "Department of Justice",
        "the Securities Board",
        "Ministry of Health",
        "Home Office",
    ]


def test_a_rare_capitalised_word_next_to_a_span_is_a_word_of_the_name() -> None:
    assert mention_texts(
        ("a", "The firm has offices in Kentish Town, London.", [("Town", "GPE")]),
        (
            "b",
            "He turned down the Casino Royale project, said the Sunday Telegraph.",
            [("Casino", "NORP"), ("Telegraph", "ORG")],
        ),
        ("c", "Judge Sable Batie took the lead, and he met the players.", [("Batie", "PERSON")]),
    ) == ["Kentish Town", "Casino Royale", "Sunday Telegraph", "Sable Batie"]


def test_no_span_takes_in_a_role_a_nationality_a_day_or_a_word_of_a_longer_name() -> None:
    assert mention_texts(
        (
            "a",
            "He beat Russian Marat Safin, and on Thursday Intel said so.",
            [("Marat Safin", "PERSON"), ("Intel", "ORG")],
        ),
        ("b", "He joined the US Olympic team and the Kodak Brownie camera.", [("US", "GPE"), ("Kodak", "ORG")]),
        ("c", "Critics slated comedian Sacha Baron Cohen for it, the films said.", [("Sacha", "PERSON")]),
        ("d", "He told Senator Kerry that Lady Morgan would come.", [("Kerry", "PERSON"), ("Morgan", "PERSON")]),
        ("e", "It was the Santa Clara County Superior Court that ruled.", [("Santa Clara County", "GPE")]),
    ) == ["Marat Safin", "Intel", "US", "Kodak", "Sacha", "Kerry", "Lady Morgan", "Santa Clara County"]


def test_a_title_x_of_the_y_spanned_at_its_last_word_is_the_whole_title() -> None:
    articles = (
        ("a", "Lord of the Rings director Peter Jackson said so.", [("Rings", "ORG"), ("Peter Jackson", "PERSON")]),
        ("b", "It beat Shaun of the Dead and others, he said.", [("the Dead", "ORG")]),
        ("c", "Membership of the Geneva-based WTO helps, he said.", [("Geneva", "GPE"), ("WTO", "ORG")]),
    )
    assert mention_texts(*articles) == ["Lord of the Rings", "Peter Jackson", "Shaun of the Dead", "Geneva", "WTO"]
    assert labels_of(*articles)["Lord of the Rings"] == "WORK_OF_ART"


def test_a_common_word_capitalised_mid_sentence_next_to_a_span_is_a_word_of_the_title() -> None:
    assert mention_texts(
        ("a", "It beat hit show Desperate Housewives to the prize.", [("Housewives", "PERSON")]),
        ("b", "He was directed by Three Kings film-maker David Russell.", [("Kings", "ORG")]),
        ("c", "He said the Bush Presidency was hard.", [("Bush", "PERSON")]),
        ("d", "In his presidency three desperate men ran; the presidency of three desperate men.", []),
        (
            "e",
            "It beat soap Filthy Love on Channel 4 and Taro Ito 6-4.",
            [("Filthy Love on", "WORK_OF_ART"), ("Taro", "PERSON")],
        ),
        ("f", "A channel is a channel, he said.", []),
    ) == ["Desperate Housewives", "Three Kings", "Bush", "Filthy Love", "Taro Ito"]  # "on" leaves (name_ends)


def test_a_span_takes_in_words_across_and_only_into_a_name_known_elsewhere() -> None:
    assert mention_texts(
        ("a", "The new thriller Hide and Seek fell to number four.", [("Hide and Seek", "WORK_OF_ART")]),
        ("b", "It knocked thriller Hide and Seek from the top.", [("Seek", "PERSON")]),
        ("c", "It beat films Million Dollar Baby and Sideways at the box office.", [("Sideways", "WORK_OF_ART")]),
        ("d", "Shares in Swiss Re fell; the US Olympic team won.", [("Swiss", "NORP"), ("US", "GPE")]),
        ("e", "Shares in Swiss Re fell sharply.", [("Swiss Re", "ORG")]),
    ) == ["Hide and Seek", "Hide and Seek", "Sideways", "Swiss Re", "US", "Swiss Re"]


def test_two_mentions_one_space_apart_that_make_a_known_name_are_one() -> None:
    articles = (
        ("a", "He told BBC Radio Five Live on Sunday.", [("BBC Radio Five Live", "ORG")]),
        ("b", "He told BBC Radio Five Live it was over.", [("BBC Radio", "ORG"), ("Five Live", "WORK_OF_ART")]),
        ("c", "Mr Day told the BBC Michael Howard has gone.", [("BBC", "ORG"), ("Michael Howard", "PERSON")]),
        (
            "e",
            "She told Manchester United's Alex Ferguson so.",
            [("Manchester United's", "ORG"), ("Alex Ferguson", "PERSON")],
        ),
    )
    assert mention_texts(*articles) == [
        "BBC Radio Five Live",
        "BBC Radio Five Live",
        "BBC",
        "Michael Howard",
        "Manchester United's",
        "Alex Ferguson",
    ]
    assert labels_of(*articles)["BBC Radio Five Live"] == "ORG"


def test_a_run_after_a_span_that_a_kind_word_ends_is_the_rest_of_the_name() -> None:
    assert mention_texts(
        (
            "a",
            "He told the Financial Times New Media and Broadcasting Conference so.",
            [("the Financial Times New Media", "ORG")],
        ),
        (
            "b",
            "Razorlight's Up All Night came fifth, behind the Aviator and Million Dollar Baby.",
            [("All Night", "WORK_OF_ART"), ("Aviator", "ORG")],
        ),
        ("c", "He saw a fight in the Essex Olympic squad.", [("Essex", "GPE")]),
    ) == ["the Financial Times New Media and Broadcasting Conference", "Up All Night", "Aviator", "Essex"]


def test_two_mentions_either_side_of_of_the_that_make_a_known_title_are_one() -> None:
    articles = (
        (
            "a",
            "Gondry won for Eternal Sunshine of the Spotless Mind on Sunday.",
            [("Eternal Sunshine of the Spotless Mind", "WORK_OF_ART")],
        ),
        (
            "b",
            "Her role in Eternal Sunshine of the Spotless Mind won.",
            [("Eternal Sunshine", "ORG"), ("the Spotless Mind", "FAC")],
        ),
        ("c", "He met Jake White of South Africa there.", [("Jake White", "PERSON"), ("South Africa", "GPE")]),
        (
            "d",
            "Jake White won. Jake White of South Africa spoke.",
            [("Jake White", "PERSON"), ("Jake White", "PERSON"), ("South Africa", "GPE")],
        ),
        ("e", "The defection to Labour of Robert Jackson.", [("Labour", "PERSON"), ("Robert Jackson", "PERSON")]),
        ("f", "Robert Jackson spoke.", [("Robert Jackson", "PERSON")]),
    )
    assert mention_texts(*articles) == [
        "Eternal Sunshine of the Spotless Mind",
        "Eternal Sunshine of the Spotless Mind",
        "Jake White",
        "South Africa",
        "Jake White",
        "Jake White",
        "South Africa",
        "Labour",
        "Robert Jackson",
        "Robert Jackson",
    ]
    assert labels_of(*articles)["Eternal Sunshine of the Spotless Mind"] == "WORK_OF_ART"
    only_widened = (  # the whole title is known once cut_names widened "[the Spotless Mind]"
        ("g", "She starred in Eternal Sunshine of the Spotless Mind.", [("the Spotless Mind", "FAC")]),
        (
            "h",
            "Her role in Eternal Sunshine of the Spotless Mind won.",
            [("Eternal Sunshine", "ORG"), ("the Spotless Mind", "FAC")],
        ),
    )
    assert mention_texts(*only_widened) == ["Eternal Sunshine of the Spotless Mind"] * 2
    text = "It is up against Eternal Sunshine of the Spotless Mind, Kinsey and Ray."
    halves = [("Eternal Sunshine", "ORG"), ("the Spotless Mind", "FAC")]
    shaped = [("g", text, [("the Spotless Mind", "FAC")])] + [(k, text, halves) for k in "hij"]
    assert labels_of(*shaped)["Eternal Sunshine of the Spotless Mind"] == "WORK_OF_ART"  # a title's shape


def test_a_foreign_names_particle_and_the_word_after_it_are_in_the_name() -> None:
    text = (
        "Festival director Sandra den Hamer said so. Production chief Walter van der Vijver left. "
        "He sang Strauss's Ariadne auf Naxos. A start at Stade de France. He met Jan de Vries Smith there."
    )
    rows = [("Sandra", "PERSON"), ("Hamer", "PERSON"), ("Walter van", "PERSON"), ("Ariadne", "WORK_OF_ART")]
    rows += [("Stade", "FAC"), ("France", "GPE"), ("Jan", "PERSON")]
    assert mention_texts(("a1", text, rows)) == [
        "Sandra den Hamer",
        "Walter van der Vijver",
        "Ariadne auf Naxos",
        "Stade de France",
        "Jan",
    ]


def test_a_preposition_opening_a_sentence_before_a_known_name_and_a_comma_leaves_the_span() -> None:
    text = (
        "Staff in Walez joined the strike. Across Walez, pickets were held. Without Charlz, soul would be poorer. "
        "Charlz sang. Reporters Without Borderz said so. Beyond Borderz, a film, flopped. Borderz is a word."
    )
    rows = [("Walez", "GPE"), ("Across Walez", "PERSON"), ("Without Charlz", "PERSON"), ("Charlz", "PERSON")]
    rows += [("Reporters Without Borderz", "ORG"), ("Beyond Borderz", "WORK_OF_ART"), ("Borderz", "ORG")]
    assert mention_texts(("a1", text, rows)) == [
        "Walez",
        "Walez",
        "Charlz",
        "Charlz",
        "Reporters Without Borderz",
        "Beyond Borderz",
        "Borderz",
    ]
