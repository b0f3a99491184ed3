"""Words glued onto a name, and spans that are no name (issue 11): a lower-case word leading a
name, a name glued before an honorific and the person it opens, a group's name glued before a
person's full name, and honorifics with no name."""

from __future__ import annotations

import polars as pl

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus
from tests.test_entity_span_cuts import labels_of, mention_texts


def test_a_lower_case_word_leading_a_name_leaves_the_span() -> None:
    text = (
        "Sumitomo withdrew its offer for rival bank UFJ Holdings on Friday. He phoned his stepson Sholto. "
        "They want an International Finance Facility. Shares in the broadcaster rose."
    )
    rows = [("bank UFJ Holdings", "ORG"), ("stepson Sholto", "PERSON"), ("an International Finance Facility", "ORG")]
    assert mention_texts(("a1", text, rows)) == ["UFJ Holdings", "Sholto", "International Finance Facility"]


def test_a_particle_or_a_compass_point_leading_a_name_stays() -> None:
    text = "He met Mr de Vabres in west London. Then van der Walt scored. Cleric abu Hamza spoke."
    rows = [("de Vabres", "PERSON"), ("west London", "GPE"), ("van der Walt", "PERSON"), ("abu Hamza", "PERSON")]
    assert mention_texts(("a1", text, rows)) == ["de Vabres", "west London", "van der Walt", "abu Hamza"]


def test_a_name_glued_before_an_honorific_leaves_the_persons_span() -> None:
    text = (
        "During his keynote speech at GDC Mr Allard, who heads the unit, spoke. "
        "In Tanzania Mr Brown said aid would rise. Mr Allard left."
    )
    rows = [("GDC Mr Allard", "ORG"), ("Tanzania Mr Brown", "ORG"), ("Allard", "PERSON")]
    assert mention_texts(("a1", text, rows)) == ["Mr Allard", "Mr Brown", "Allard"]
    labels = labels_of(("a1", text, rows))
    assert (labels["Allard"], labels["Brown"]) == ("PERSON", "PERSON")


def test_honorifics_with_no_name_are_no_entity() -> None:
    text = "The Bishop of Durham, the Rt Rev Dr, spoke. Mr Wright said so."
    rows = [("the Rt Rev Dr", "PERSON"), ("Mr Wright", "PERSON")]
    assert mention_texts(("a1", text, rows)) == ["Mr Wright"]
    assert labels_of(("a1", text, rows)) == {"Wright": "PERSON"}


def test_honorifics_the_model_split_off_a_name_join_it() -> None:
    text = "The Bishop of Durham, the Rt Rev Dr Tom Wright, spoke. Mr Wright said so."
    rows = [("the Rt Rev Dr", "PERSON"), ("Tom Wright", "PERSON")]
    assert mention_texts(("a1", text, rows)) == ["the Rt Rev Dr Tom Wright"]
    assert labels_of(("a1", text, rows)) == {"Tom Wright": "PERSON"}


def test_a_groups_name_glued_before_a_persons_full_name_leaves_it() -> None:
    text = (
        "He will join fellow Springboks John Smit and Victor Matfield. The Springboks won. "
        "Springboks coach Jake White agreed. Unison Dave Prentis spoke; Unison said so. Unison agreed."
    )
    rows = [("Springboks John Smit", "PERSON"), ("Victor Matfield", "PERSON"), ("Springboks", "ORG")]
    rows += [("Springboks", "ORG"), ("Jake White", "PERSON"), ("Unison Dave Prentis", "PERSON"), ("Unison", "ORG")]
    rows += [("Unison", "ORG")]
    texts = mention_texts(("a1", text, rows))
    assert (texts[0], texts[5]) == ("John Smit", "Dave Prentis")


def test_capitals_a_piece_of_a_longer_name_and_two_people_are_left_alone() -> None:
    text = (
        "Shares in M&S rose; MS said so. Republic of Ireland manager Brian Kerr spoke. "
        "Both Mr Brown and Mr Blair were there."
    )
    rows = [("M&S", "ORG"), ("MS", "ORG"), ("of Ireland", "ORG"), ("Brian Kerr", "PERSON")]
    rows += [("Both Mr Brown and Mr Blair", "WORK_OF_ART")]
    assert mention_texts(("a1", text, rows)) == ["M&S", "MS", "of Ireland", "Brian Kerr", "Both Mr Brown and Mr Blair"]


def test_a_surname_a_group_is_named_once_with_stays() -> None:
    text = "It is owned by entrepreneur Dr Khoo Kay Peng. Khoo said so. Khoo Holdings agreed."
    rows = [("Khoo Kay Peng", "PERSON"), ("Khoo", "ORG"), ("Khoo Holdings", "ORG")]
    assert mention_texts(("a1", text, rows))[0] == "Khoo Kay Peng"


def test_a_nationality_cut_off_a_full_name_is_no_alias_of_it() -> None:
    articles, mentions = corpus(
        ("a1", "The Kenyan won. The Kenyan lost.", [("Kenyan", "NORP"), ("Kenyan", "NORP")]),
        ("a2", "Kenyan Bernard Lagat won the race.", [("Kenyan Bernard Lagat", "PERSON")]),
    )
    entities = canonicalize(mentions, articles).entities.filter(pl.col("label") == "PERSON")
    assert entities.select("name", "aliases").rows() == [("Bernard Lagat", ["Bernard Lagat"])]


def test_a_members_or_a_counsels_letters_after_a_full_name_leave_the_span() -> None:
    text = "Paul Boateng MP said so. Andrew Nicol QC, for the men, agreed. Labour MP spoke."
    rows = [("Paul Boateng MP", "PERSON"), ("Andrew Nicol QC", "ORG")]
    assert mention_texts(("a1", text, rows)) == ["Paul Boateng", "Andrew Nicol"]
    assert labels_of(("a1", text, rows))["Andrew Nicol"] == "PERSON"


def test_an_owner_before_a_name_leaves_the_span_unless_the_name_is_a_common_word() -> None:
    text = (
        "Leeds play at Elland Road. Leeds won. They left Leeds' Elland Road. The Prince's Trust helps; "
        "a trust fund and the trust and Prince sang. St James won at St James' Park. A Park won; a park."
    )
    rows = [("Leeds", "ORG"), ("Elland Road", "FAC"), ("Leeds", "ORG"), ("Leeds' Elland Road", "FAC")]
    rows += [("Prince's Trust", "ORG"), ("Prince", "PERSON"), ("St James", "ORG"), ("St James' Park", "FAC")]
    rows += [("Park", "PERSON")]
    texts = mention_texts(("a1", text, rows))
    assert (texts[3], texts[4], texts[7]) == ("Elland Road", "Prince's Trust", "St James' Park")


def test_a_common_word_and_a_determiner_opening_a_sentence_leave_the_span() -> None:
    text = (
        "The Tories said no. Labour said: Like the Tories, they would cut. He would like it. "
        "They like it. Meet the Fockers took $40m."
    )
    rows = [("Tories", "NORP"), ("Like the Tories", "WORK_OF_ART"), ("Meet the Fockers", "WORK_OF_ART")]
    assert mention_texts(("a1", text, rows)) == ["Tories", "Tories", "Meet the Fockers"]


def test_two_names_joined_by_a_preposition_leave_the_first() -> None:
    text = (
        "Arsenal won. Real Madrid lost. The move took Henry from Arsenal to Real Madrid. "
        "It opened at the University of California at Berkeley."
    )
    rows = [("Arsenal", "ORG"), ("Real Madrid", "ORG"), ("Arsenal to Real Madrid", "ORG")]
    rows += [("University of California at Berkeley", "ORG")]
    texts = mention_texts(("a1", text, rows))
    assert texts[2:] == ["Arsenal", "University of California at Berkeley"]


def test_a_place_after_in_or_a_day_after_on_leaves_the_name_before_it() -> None:
    text = "Shoppers flocked to Bluewater in Kent. MPs will vote in the Commons on Monday. Sleepless in Seattle won."
    rows = [("Bluewater in Kent", "ORG"), ("Commons on Monday", "ORG"), ("Sleepless in Seattle", "WORK_OF_ART")]
    assert mention_texts(("a1", text, rows)) == ["Bluewater", "Commons", "Sleepless in Seattle"]


def test_a_counsels_letters_between_a_name_and_a_cue_keep_the_speaker() -> None:
    from tests.test_speakers import speakers

    text = (
        'Party spokesman Mark Otten said: "This has all the signs of a rushed plan. "They should lead." '
        "The new chairman of the Bar Council, Guy Mansfeld QC warned there was a real risk that people "
        'would be driven away. "What is going to happen to young men? They are going to be stopped."'
    )
    names = {"Guy Mansfeld": ("gm", "PERSON"), "Mark Otten": ("mo", "PERSON"), "Bar Council": ("bc", "ORG")}
    assert speakers(text, names)[-1] == ("gm", "What is going")


def test_a_place_word_spanned_alone_after_a_name_belongs_to_it() -> None:
    text = "It has offices in Kentish Town, London. Fans walked down Oxford Street. Kentish people agree."
    rows = [("Kentish", "GPE"), ("Town", "GPE"), ("Oxford", "GPE"), ("Street", "FAC"), ("Kentish", "NORP")]
    assert mention_texts(("a1", text, rows))[:2] == ["Kentish Town", "Oxford Street"]


def test_a_letter_or_a_number_ending_a_name_is_part_of_it() -> None:
    text = (
        "They made groups like Los Caballeros de Plan G accessible. The Xbox 2 will push HDTV. "
        "In the other Group B match, they beat Ghana 2 nil. He started the group with Mark 10 years ago. "
        "Since the Davis Cup in Seville I have worked. Varga 40, Thompson 48 pen, Petrov 60."
    )
    rows = [("Los Caballeros de Plan", "ORG"), ("Xbox", "ORG"), ("Group", "ORG"), ("Ghana", "GPE")]
    rows += [("Mark", "PERSON"), ("Davis Cup", "EVENT"), ("Seville", "GPE"), ("Thompson", "PERSON")]
    assert mention_texts(("a1", text, rows)) == [
        "Los Caballeros de Plan G",
        "Xbox 2",
        "Group B",
        "Ghana",
        "Mark",
        "Davis Cup",
        "Seville",
        "Thompson",
    ]


def test_a_body_named_for_a_role_takes_the_roles_words() -> None:
    text = "MPs on the committee scrutinising the Office for the Deputy Prime Minister spoke. The Minister agreed."
    rows = [("the Office for the Deputy", "ORG")]
    assert mention_texts(("a1", text, rows)) == ["the Office for the Deputy Prime Minister"]


def test_a_span_ending_in_a_link_word_takes_the_rest_of_the_name_or_drops_the_word() -> None:
    text = (
        "Andrea Levy saw Small Island win the Whitbread Novel of the Year Award. The Boys Choir of Harlem sang. "
        "A tribunal of the Greek Track and Field Federation will meet. It beat Sweeney Todd and Closer. "
        "She beat Francesca Schiavone of Italy 6-3. He won with Shane Meadows for Dead Man's Shoes. "
        "He spoke at the Scottish Local Authority Management Centre at Strathclyde University on Monday."
    )
    rows = [("Andrea Levy", "PERSON"), ("Small Island", "WORK_OF_ART"), ("the Whitbread Novel of", "ORG")]
    rows += [("The Boys Choir of", "ORG"), ("the Greek Track and", "ORG"), ("Sweeney Todd and", "ORG")]
    rows += [("Closer", "WORK_OF_ART"), ("Francesca Schiavone of", "ORG"), ("Shane Meadows for", "ORG")]
    rows += [("Dead Man's Shoes", "WORK_OF_ART"), ("the Scottish Local Authority Management Centre at", "ORG")]
    rows += [("Strathclyde University", "ORG")]
    assert mention_texts(("a1", text, rows))[2:11] == [
        "the Whitbread Novel of the Year Award",
        "The Boys Choir of Harlem",
        "the Greek Track and Field Federation",
        "Sweeney Todd",
        "Closer",
        "Francesca Schiavone",
        "Shane Meadows",
        "Dead Man's Shoes",
        "the Scottish Local Authority Management Centre",
    ]


def test_a_possessive_between_common_words_is_inside_a_title() -> None:
    text = (
        "The film Dead Man's Shoes won; a dead man wore shoes, a dead man lost shoes. He was on the show "
        "Dragon's Den, where a dragon sat in its den, a dragon left its den. Keane's Hope and Fears came "
        "second. Microsoft's Windows are open; windows and windows again."
    )
    rows = [("Dead Man's", "WORK_OF_ART"), ("Dragon", "ORG"), ("Keane", "ORG"), ("Microsoft", "ORG")]
    assert mention_texts(("a1", text, rows)) == ["Dead Man's Shoes", "Dragon's Den", "Keane", "Microsoft"]


def test_a_name_after_a_link_word_ending_a_span_is_the_rest_of_it() -> None:
    text = (
        "The Boys Choir of Harlem got a cheque. A tribunal of the Greek Track and Field Federation met. "
        "It was highlighted by the Organisation for Economic Co-operation and Development, which argued so."
    )
    rows = [("The Boys Choir of", "ORG"), ("Harlem", "GPE"), ("the Greek Track and", "ORG")]
    rows += [("Field Federation", "ORG"), ("the Organisation for Economic Co-operation and", "ORG")]
    assert mention_texts(("a1", text, rows)) == [
        "The Boys Choir of Harlem",
        "the Greek Track and Field Federation",
        "the Organisation for Economic Co-operation and Development",
    ]


def test_a_dash_an_owner_or_an_acronym_keeps_a_link_word_or_a_possessive_out_of_a_name() -> None:
    text = (
        "Ballots for Oscars - the Hollywood's top honours - went out. Boxes like the UK's Sky+ system "
        "sell; the uk sells. The uk buys under a blue sky."
    )
    rows = [("Oscars - the", "EVENT"), ("Hollywood", "GPE"), ("UK", "GPE")]
    assert mention_texts(("a1", text, rows)) == ["Oscars", "Hollywood", "UK"]
