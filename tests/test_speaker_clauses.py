"""Speaker rules of issue 11, round 10: which clause's subject speaks (a fronted phrase, a quote
inside another speaker's reported clause, an unnamed organisation), each on made-up text."""

from __future__ import annotations

import pytest

from tests.helpers import quotes_of

PERSON, ORG, GPE, NORP = "PERSON", "ORG", "GPE", "NORP"


def attributed(text: str, names: dict[str, tuple[str, str]]) -> list[tuple[str | None, str | None, str]]:
    """(speaker entity, speaker text, first three words of the quote) for a text whose mentions
    are the keys of ``names`` (surface -> (entity id, label)), wherever they occur but inside a
    longer one."""
    frame = quotes_of(text, names)
    return [
        (r["speaker_entity_id"], r["speaker_text"], " ".join(r["text"].split()[:3]))
        for r in frame.iter_rows(named=True)
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "Commenting on Mr Tom Hardy's decision to stand down,",
        "Responding to Tom Hardy,",
        "Asked about Tom Hardy's future,",
        "After talks with Tom Hardy on Monday,",
    ],
)
def test_a_name_in_a_fronted_phrase_is_not_the_speaker(opening: str) -> None:
    text = f'{opening} a Scottish Labour Party spokesman said: "This should mean the rules are kept."'
    names = {"Tom Hardy": ("hardy", PERSON), "Scottish": ("scots", NORP), "Labour Party": ("labour", ORG)}
    assert attributed(text, names) == [("labour", "a Scottish Labour Party spokesman", "This should mean")]


def test_a_fronted_phrase_leaves_a_named_subject_the_speaker() -> None:
    text = 'Commenting on Tom Hardy\'s decision, Anna Berg said: "This should mean the rules are kept."'
    names = {"Tom Hardy": ("hardy", PERSON), "Anna Berg": ("berg", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] == ["berg"]


def test_speech_after_a_quote_inside_a_reported_clause_goes_on_with_the_reporter() -> None:
    text = (
        'Lib Dem spokesman Ed Davey said instead of the "bonfire of red tape" New Labour had promised, '
        'there had been an explosion of them. "For over two decades these agencies have mushroomed. '
        '"We would abolish many of them."'
    )
    names = {"Ed Davey": ("davey", PERSON), "New Labour": ("labour", GPE)}
    found = attributed(text, names)
    assert [s for s, _, _ in found[1:]] == ["davey", "davey"]


def test_he_after_a_quote_inside_a_reported_clause_is_the_reporter() -> None:
    text = (
        'Ed Davey said the "bonfire of red tape" Mr Tom Blair had promised never came. '
        'He added: "We would abolish many of these agencies."'
    )
    names = {"Ed Davey": ("davey", PERSON), "Tom Blair": ("blair", PERSON)}
    assert [s for s, _, _ in attributed(text, names)][-1] == "davey"


def test_a_reporting_clause_inside_another_ones_reported_clause_is_no_antecedent() -> None:
    text = (
        "Ed Davey said the plan Mr Tom Blair had promised never came.\n\n"
        '"We would abolish many of these agencies," he said.'
    )
    names = {"Ed Davey": ("davey", PERSON), "Tom Blair": ("blair", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] == ["davey"]


def test_an_unnamed_organisation_speaks_as_the_one_named_with_its_noun() -> None:
    text = (
        "The Ministry of Defence confirmed the deaths on Monday.\n\n"
        '"Our thoughts are with the families of the soldiers," the ministry said.'
    )
    names = {"Ministry of Defence": ("mod", ORG)}
    assert attributed(text, names) == [("mod", "the ministry", "Our thoughts are")]


def test_an_unnamed_firm_speaks_as_the_organisation_named_last() -> None:
    text = 'Acme Corp has said its profit will fall. "Sales have been below our hopes," the company said.'
    assert attributed(text, {"Acme Corp": ("acme", ORG)}) == [("acme", "the company", "Sales have been")]


def test_an_unnamed_public_body_keeps_its_words_when_no_name_has_its_noun() -> None:
    text = 'Shares in Acme Corp fell 5%. The government said: "Trading has been very difficult this year."'
    assert attributed(text, {"Acme Corp": ("acme", ORG)}) == [(None, "The government", "Trading has been")]


def test_a_body_after_a_preposition_is_not_the_subject() -> None:
    text = 'Tom Hardy, president of the networks division at the firm, says: "Capacity will grow tenfold by 2015."'
    assert [s for s, _, _ in attributed(text, {"Tom Hardy": ("hardy", PERSON)})] == ["hardy"]


def test_an_unnamed_organisation_before_a_quote_is_not_the_person_in_its_aside() -> None:
    text = 'The company, founded by Tom Hardy in 1990, said: "Trading has been very difficult this year."'
    names = {"Tom Hardy": ("hardy", PERSON)}
    assert attributed(text, names) == [(None, "The company", "Trading has been")]


def test_a_possessive_name_after_a_cue_opens_the_reported_clause() -> None:
    text = (
        "Jaap Stam will face Wayne Rooney on Wednesday.\n\n"
        "Stam says Rooney's teenage stardom is in stark contrast to his own start in the game. "
        '"We cannot all be teenage stars at the top," he said.'
    )
    names = {"Jaap Stam": ("stam", PERSON), "Wayne Rooney": ("rooney", PERSON), "Rooney": ("rooney", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] == ["stam"]


def test_a_last_name_alone_after_an_inverted_cue_is_the_person_named_in_full() -> None:
    text = 'The Pretenders were led by Chrissie Hynde. "We are only a tribute band," said Hynde, 53.'
    assert [s for s, _, _ in attributed(text, {"Chrissie Hynde": ("hynde", PERSON)})] == ["hynde"]


def test_speech_going_on_with_a_bracketed_word_keeps_its_speaker() -> None:
    text = (
        '"The tour is a massive media event," said Clive Woodward. "We need a plan for it. '
        '"[Alastair] will act as an adviser both before and during the tour."'
    )
    assert [s for s, _, _ in attributed(text, {"Clive Woodward": ("woodward", PERSON)})] == ["woodward"] * 3


def test_a_short_quote_of_speech_tells_who_speaks_on() -> None:
    text = (
        'Andy Roddick lost to Lleyton Hewitt in four sets. "It\'s awesome," said Hewitt. '
        '"I started preparing for this tournament nine months ago."'
    )
    names = {"Andy Roddick": ("roddick", PERSON), "Lleyton Hewitt": ("hewitt", PERSON), "Hewitt": ("hewitt", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] == ["hewitt"]


def test_a_last_name_alone_after_a_conjunction_is_the_subject() -> None:
    text = (
        "France captain Fabien Pelous was calm.\n\n"
        'France were 17-6 down at half-time, but Pelous said: "No-one was down at half-time, we were confident."'
    )
    assert [s for s, _, _ in attributed(text, {"Fabien Pelous": ("pelous", PERSON)})] == ["pelous"]


@pytest.mark.parametrize(
    "text",
    [
        'If studios deliver more "added value content for the money", thinks Mr Rick Dean, prices will rise.',
        'Rick Dean believes "prices will rise with all the extra content" next year.',
    ],
)
def test_a_verb_of_opinion_reports_its_subjects_words(text: str) -> None:
    assert [s for s, _, _ in attributed(text, {"Rick Dean": ("dean", PERSON)})] == ["dean"]


def test_a_place_that_premodifies_an_inverted_subject_gives_the_name_it_modifies() -> None:
    text = '"Faster networks will be vital for profits," according to a report by UK-based consultancy Analysys.'
    names = {"UK": ("uk", GPE), "Analysys": ("analysys", ORG)}
    assert [s for s, _, _ in attributed(text, names)] == ["analysys"]


def test_a_final_reporting_clause_reaches_past_a_scare_quote_before_it() -> None:
    text = (
        'The "myth that ageing is a barrier" to work needs to be "exploded", the pensions minister '
        "Alan Johnson has said."
    )
    assert [s for s, _, _ in attributed(text, {"Alan Johnson": ("johnson", PERSON)})] == ["johnson"]


def test_a_name_after_the_quote_outside_it_does_not_stop_the_introducing_sentence() -> None:
    text = (
        "However, Mr Nicholas Negroponte has adapted the idea to his schools in Cambodia. "
        '"We put in 25 laptops three years ago and only one has been broken." '
        "Mr Negroponte wants the laptops to become common."
    )
    assert [s for s, _, _ in attributed(text, {"Nicholas Negroponte": ("negroponte", PERSON)})] == ["negroponte"]


def test_speech_going_on_from_an_unnamed_speaker_keeps_their_words() -> None:
    text = (
        '"We found clues of possible market manipulation," the spokeswoman said. '
        '"The law says that we must then hand the case to the prosecutor."'
    )
    assert [t for _, t, _ in attributed(text, {})] == ["the spokeswoman", "the spokeswoman"]


def test_a_role_subject_with_a_name_in_apposition_is_that_person() -> None:
    text = (
        "Lord Dubs wants the law changed.\n\n"
        "The Lord Chancellor, Lord Falconer, agreed the act was unfair but added that "
        '"for all practical purposes its effects are limited".'
    )
    names = {"Dubs": ("dubs", PERSON), "Falconer": ("falconer", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] == ["falconer"]


def test_a_possessive_name_before_a_person_after_an_inverted_cue_gives_the_person() -> None:
    text = '"We are all very excited to be going back to Reading," said Iron Maiden\'s Bruce Dickinson.'
    names = {"Iron Maiden's": ("maiden", PERSON), "Bruce Dickinson": ("dickinson", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] == ["dickinson"]


def test_a_name_glued_by_a_hyphen_to_a_noun_is_not_the_speaker() -> None:
    text = (
        "Darren Campbell won the relay.\n\n"
        '"I think the honour is important to me and my family," said the Newport-based athlete.'
    )
    names = {"Darren Campbell": ("campbell", PERSON), "Newport": ("newport", ORG)}
    assert [s for s, _, _ in attributed(text, names)] == ["campbell"]


def test_a_name_inside_an_inverted_role_phrase_is_not_the_person_it_names() -> None:
    text = '"There is nothing coming in to replace it," said The Libertine\'s executive producer Marc Samuelson.'
    names = {"Libertine": ("libertine", PERSON), "Marc Samuelson": ("samuelson", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] == ["samuelson"]


def test_a_possessive_name_before_a_title_and_a_person_after_an_inverted_cue_gives_the_person() -> None:
    text = '"This picture was the whole story", said De Telegraaf\'s image editor, Peter Schoonen.'
    names = {"De Telegraaf": ("telegraaf", PERSON), "Peter Schoonen": ("schoonen", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] == ["schoonen"]


def test_an_organisation_s_possessive_after_a_cue_opens_the_reported_clause() -> None:
    text = (
        'The posters were labelled a "big misjudgement" by the Conservatives who said Labour\'s '
        '"first shot in the election has badly backfired".'
    )
    names = {"Conservatives": ("tories", NORP), "Labour": ("labour", ORG)}
    assert [s for s, _, _ in attributed(text, names)] == ["tories"]


def test_a_name_that_opens_the_reported_clause_after_commas_is_not_the_speaker() -> None:
    text = (
        "Former minister Douglas Hogg, whose father served as lord chancellor, said the Bill was "
        '"largely unnecessary, bureaucratic and expensive".'
    )
    names = {"Douglas Hogg": ("hogg", PERSON), "Bill": ("bill", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] == ["hogg"]


def test_a_cue_in_a_phrase_after_the_quote_is_not_its_reporting_clause() -> None:
    text = (
        "Germaine Greer left the house on Friday. The feminist writer said Big Brother had behaved "
        '"like a child rather than a parent" by taunting contestant John McCririck after denying him a drink.'
    )
    names = {"Germaine Greer": ("greer", PERSON), "Big Brother": ("bb", ORG), "John McCririck": ("mccririck", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] == ["greer"]


def test_an_apposition_between_dashes_after_the_quote_leaves_its_subject_the_speaker() -> None:
    text = (
        '"We used to see street hustlers do this kind of thing," Andrei Illarionov - then economic adviser '
        "to President Vladimir Putin - told a press conference."
    )
    names = {"Andrei Illarionov": ("illarionov", PERSON), "Vladimir Putin": ("putin", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] == ["illarionov"]


def test_a_person_after_their_title_and_before_a_comma_is_the_subject() -> None:
    text = (
        "The men's solicitor Matthew Knight, said the men had not broken the law. "
        '"There is no offence of trespassing in the House," he said.'
    )
    assert [s for s, _, _ in attributed(text, {"Matthew Knight": ("knight", PERSON)})] == ["knight"]


def test_an_aside_that_ends_before_an_adverb_and_a_cue_leaves_the_subject_before_it() -> None:
    text = (
        "Rick Parry, speaking exclusively to BBC Sport, also admits Steven Gerrard, who has been linked with "
        'Chelsea, will decide. He told BBC Five Live: "Steven is above money and we will not sell."'
    )
    names = {
        "Rick Parry": ("parry", PERSON),
        "BBC Sport": ("bbc", ORG),
        "Steven Gerrard": ("gerrard", PERSON),
        "Chelsea": ("chelsea", ORG),
        "BBC Five Live": ("five", ORG),
    }
    assert [s for s, _, _ in attributed(text, names)] == ["parry"]


def test_a_name_before_a_participle_cue_is_its_object_not_its_subject() -> None:
    text = (
        "Realising his error, Mr Alastair Campbell then e-mailed Mr Andrew McFadyen pointing out the mistake. "
        'He said: "I am not very good at this e-mail malarkey."'
    )
    names = {"Alastair Campbell": ("campbell", PERSON), "Andrew McFadyen": ("mcfadyen", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] == ["campbell"]


def test_a_role_subject_with_a_name_in_apposition_before_an_aside_is_that_person() -> None:
    text = (
        "The Lord Chief Justice, Lord Woolf, who is the most senior judge in England, said it was the peer's "
        '"pioneering work on rights" that paved the way for the act.'
    )
    names = {"Woolf": ("woolf", PERSON), "England": ("england", GPE)}
    assert [s for s, _, _ in attributed(text, names)] == ["woolf"]


def test_a_person_named_in_apposition_after_a_role_is_the_subject_before_an_auxiliary() -> None:
    text = (
        "The prosecution's star witness, former WorldCom finance chief Scott Sullivan, has said that "
        'Mr Ebbers ordered the changes, telling him to "hit our books".'
    )
    names = {"Scott Sullivan": ("sullivan", PERSON), "WorldCom": ("worldcom", ORG), "Ebbers": ("ebbers", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] == ["sullivan"]


def test_a_possessive_before_its_sources_after_according_to_is_the_speaker() -> None:
    text = 'He was told that according to Defra\'s lawyers this was "not in fact hunting as the act describes".'
    assert [s for s, _, _ in attributed(text, {"Defra": ("defra", ORG)})] == ["defra"]


@pytest.mark.parametrize("mark", ["?", "!"])
def test_a_reporting_clause_after_a_question_or_exclamation_names_its_speaker(mark: str) -> None:
    text = f'The row grew on Monday. "How can you be happy when you see your face on the cover{mark}" Dechy said.'
    names = {"Dechy": ("dechy", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] == ["dechy"]


def test_a_sentence_after_a_question_that_reports_nothing_names_no_speaker() -> None:
    text = 'Tom Hardy spoke first. "Why would anyone do that to a child?" Anna Berg smiled and left the room.'
    names = {"Tom Hardy": ("hardy", PERSON), "Anna Berg": ("berg", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] != ["berg"]


def test_a_sentence_after_a_question_that_reports_its_own_clause_is_no_tag() -> None:
    text = (
        'Tory spokesman Julian Lewis asked: "How could you have thought anything other than that?" '
        "Mr Alan Milburn replied that they were not anti-Semitic."
    )
    names = {"Julian Lewis": ("lewis", PERSON), "Alan Milburn": ("milburn", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] == ["lewis"]


@pytest.mark.parametrize(
    "text",
    [
        '"We are mourning the passing of a great company," the agency quoted Peoplesoft worker Tom Hardy as saying.',
        'The Interfax agency quoted Tom Hardy as saying that "the company will not survive the year".',
    ],
)
def test_the_person_a_source_quotes_as_saying_is_the_speaker(text: str) -> None:
    names = {"Tom Hardy": ("hardy", PERSON), "Peoplesoft": ("peoplesoft", ORG), "Interfax": ("interfax", ORG)}
    assert [s for s, _, _ in attributed(text, names)] == ["hardy"]


def test_speech_goes_on_across_a_sentence_about_someone_it_talks_about() -> None:
    text = (
        'Clive Woodward stressed his group was open. "Scotland\'s results have not been that impressive."\n\n'
        "And Scotland forward Simon Taylor looks certain to get the call.\n\n"
        '"Every player has to be looked at on merit and Simon Taylor is an outstanding player."'
    )
    names = {"Clive Woodward": ("woodward", PERSON), "Simon Taylor": ("taylor", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] == ["woodward", "woodward"]


def test_speech_after_a_sentence_about_someone_it_does_not_talk_about_has_no_carried_speaker() -> None:
    text = (
        'Clive Woodward stressed his group was open. "Scotland\'s results have not been that impressive."\n\n'
        "And Scotland forward Simon Taylor looks certain to get the call.\n\n"
        '"I have worked very hard to get back and I want to be on that plane."'
    )
    names = {"Clive Woodward": ("woodward", PERSON), "Simon Taylor": ("taylor", PERSON)}
    assert [s for s, _, _ in attributed(text, names)][-1] != "woodward"


def test_a_person_of_a_body_of_a_place_is_the_subject_before_the_place() -> None:
    text = (
        "Dr Erel Avineri, of the Centre for Transport and Society at the University of the West of England "
        'in Bristol said: "The design of the devices is not adjusted to the needs of the elderly."'
    )
    names = {
        "Erel Avineri": ("avineri", PERSON),
        "the Centre for Transport and Society": ("centre", ORG),
        "the University of the West of England": ("uwe", ORG),
        "Bristol": ("bristol", ORG),
    }
    assert [s for s, _, _ in attributed(text, names)] == ["avineri"]


@pytest.mark.parametrize(
    "text",
    [
        'Refugee Council chief Maeve Sherlock called the plans "dangerous, ill thought-out and irresponsible".',
        'Maeve Sherlock branded the new asylum plans "dangerous, ill thought-out and irresponsible".',
    ],
)
def test_the_subject_of_called_before_a_quote_is_its_speaker(text: str) -> None:
    names = {"Maeve Sherlock": ("sherlock", PERSON), "Refugee Council": ("council", ORG)}
    assert [s for s, _, _ in attributed(text, names)] == ["sherlock"]


def test_a_name_called_by_a_quote_is_not_a_speaker() -> None:
    text = 'Yukos was sold to a previously unknown firm called "Baikal Finance Group" in Tver.'
    assert [s for s, _, _ in attributed(text, {"Yukos": ("yukos", ORG), "Tver": ("tver", GPE)})] == [None]


@pytest.mark.parametrize(
    "text",
    [
        'Johnny Depp was praised, and he was called the "fifth child of the group" by director Tom Hardy.',
        'Sir Nicholas Scott met hostility from unionists, some of whom dubbed him "Minister of Discord and Strife".',
    ],
)
def test_the_one_called_something_is_not_its_speaker(text: str) -> None:
    names = {"Johnny Depp": ("depp", PERSON), "Tom Hardy": ("hardy", PERSON), "Nicholas Scott": ("scott", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] in ([None], ["hardy"])


def test_the_subject_of_a_clause_a_parenthetical_he_reports_is_not_that_he() -> None:
    text = (
        "Michael Howard set out the choices facing Britain. Mr Tony Blair has failed to tackle these "
        'problems, he claimed. "We simply need to change direction," he said.'
    )
    names = {"Michael Howard": ("howard", PERSON), "Tony Blair": ("blair", PERSON), "Britain": ("uk", GPE)}
    assert [s for s, _, _ in attributed(text, names)] == ["howard"]


def test_an_aside_that_ends_with_a_time_phrase_leaves_the_subject_before_it() -> None:
    text = 'But Lawrence Dallaglio, who called time on England earlier this year, said: "I would not leave the club."'
    names = {"Lawrence Dallaglio": ("dallaglio", PERSON), "England": ("england", GPE)}
    assert [s for s, _, _ in attributed(text, names)] == ["dallaglio"]


def test_a_nationality_noun_after_the_is_a_role_not_the_nationality() -> None:
    text = (
        'Martin Jol praised his side. "It was not the best display," the Irishman said. '
        '"We knew it was going to be difficult with the conditions."'
    )
    found = attributed(text, {"Martin Jol": ("jol", PERSON), "Irishman": ("irish", NORP)})
    assert [eid for eid, _, _ in found] == ["jol", "jol"]


def test_a_last_name_the_tagger_missed_before_an_aside_and_a_cue_is_the_person_named_in_full() -> None:
    text = (
        "Gael Monfils beat Gaston Gaudio in the first round. Roger Federer plays Greg Rusedski next. "
        'Monfils, who was given a wildcard into the tournament, said: "This is my first win over a top player."'
    )
    names = {n: (n.split()[-1].lower(), PERSON) for n in ("Gael Monfils", "Gaston Gaudio", "Roger Federer")}
    names["Greg Rusedski"] = ("rusedski", PERSON)
    assert attributed(text, names) == [("monfils", "Monfils", "This is my")]


def test_a_last_name_whose_full_name_the_tagger_missed_gives_that_name() -> None:
    text = (
        "The coach was backed by former Wales prop Dai Young. "
        '"John has been on an upward curve all season," Young told BBC Sport Wales.'
    )
    assert attributed(text, {}) == [(None, "Dai Young", "John has been")]


def test_a_person_after_the_quote_with_a_title_and_no_commas_before_the_cue_speaks() -> None:
    text = (
        '"In the next generation HD support is mandatory," Dr Mark Tuffy games systems director at '
        "digital content firm THX told the BBC News website."
    )
    assert attributed(text, {"Mark Tuffy": ("tuffy", PERSON), "THX": ("thx", ORG)}) == [
        ("tuffy", "Dr Mark Tuffy", "In the next")
    ]


@pytest.mark.parametrize("cue", ["the American said:", "the Australian told reporters:"])
def test_a_nationality_after_the_that_a_cue_follows_is_a_person(cue: str) -> None:
    text = (
        "Lindsay Davenport criticised the club. Reacting to a disputed comment by club chairman Tim Phillips, "
        f'{cue} "I think it is highly insulting if prize money is taken away."'
    )
    names = {"Lindsay Davenport": ("davenport", PERSON), "Tim Phillips": ("phillips", PERSON)}
    names[cue.split()[1]] = ("nation", NORP)
    assert [eid for eid, _, _ in attributed(text, names)] == ["davenport"]


def test_a_quoted_phrase_of_no_one_in_narrative_does_not_break_the_speech_that_goes_on() -> None:
    text = (
        'Alan Johnson said: "Stereotypes of older people are a pernicious form of discrimination."\n\n'
        'The government wanted a culture where retirement ages were "increasingly consigned to the past". '
        '"We are sweeping them away entirely for people under 65."'
    )
    found = attributed(text, {"Alan Johnson": ("johnson", PERSON)})
    assert [eid for eid, _, _ in found] == ["johnson", None, "johnson"]


def test_a_person_after_the_quote_whose_firm_and_title_come_first_speaks() -> None:
    text = (
        '"This is positive news for the investment community," Zentrix Asset Management investment chief '
        "Olaf Brandt said."
    )
    names = {"Zentrix Asset Management": ("zentrix", ORG), "Olaf Brandt": ("brandt", PERSON)}
    assert attributed(text, names) == [("brandt", "Olaf Brandt", "This is positive")]


def test_a_person_after_the_quote_behind_a_verb_does_not_speak() -> None:
    text = '"This is positive news for the investment community," the fund that sacked chief Olaf Brandt said.'
    names = {"Olaf Brandt": ("brandt", PERSON)}
    assert [eid for eid, _, _ in attributed(text, names)] != ["brandt"]


def test_the_subject_of_a_clause_after_but_is_an_antecedent() -> None:
    text = 'Tom Hardy won the first set, but Olaf Brandt raised his game. "I played better in the end," he said.'
    names = {"Tom Hardy": ("hardy", PERSON), "Olaf Brandt": ("brandt", PERSON)}
    assert [s for s, _, _ in attributed(text, names)] == ["brandt"]


def test_the_agent_of_a_passive_is_no_antecedent_of_a_role() -> None:
    text = (
        "Mark Cueto was puzzled that his try had been disallowed by Jonathan Kaplan. "
        '"I was behind the ball," said the Sale player.'
    )
    names = {"Mark Cueto": ("cueto", PERSON), "Jonathan Kaplan": ("kaplan", PERSON), "Sale": ("sale", ORG)}
    assert [s for s, _, _ in attributed(text, names)] == ["cueto"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Wedge, in a filing with the Exchange Commission, said it believes a sale would be"
            ' "highly desirable at this time."',
            "wedge",
        ),
        ('Tom Hardy, after a meeting with Anna Berg, said he thinks the plan is "a disaster for all."', "hardy"),
        ('Tom Hardy, after a meeting with Anna Berg, said that he thinks it is "a disaster for all."', "hardy"),
    ],
)
def test_a_pronoun_right_after_a_cue_is_that_cue_s_subject(text: str, speaker: str) -> None:
    """ "X, in a filing with Y, said it believes ...": "it" is X, the subject of "said", not the
    organisation named last."""
    names = {"Wedge": ("wedge", ORG), "the Exchange Commission": ("sec", ORG)}
    names |= {"Tom Hardy": ("hardy", PERSON), "Anna Berg": ("berg", PERSON)}
    [(eid, _, _)] = attributed(text, names)
    assert eid == speaker
