"""Speaker rules of issue 11, each on made-up text (see pipelines/entities/speakers.py)."""

from __future__ import annotations

import polars as pl
import pytest

from pipelines.entities.quotes import extract_quotes
from tests.helpers import LABELLED_MENTIONS_SCHEMA as SCHEMA
from tests.helpers import quotes_of


def speakers(text: str, names: dict[str, tuple[str, str]]) -> list[tuple[str | None, str]]:
    """(speaker entity, first words of the quote) for a text whose mentions are the keys of
    ``names`` (surface -> (entity id, label)), found wherever they occur but inside a longer one."""
    frame = quotes_of(text, names)
    return [(r["speaker_entity_id"], " ".join(r["text"].split()[:3])) for r in frame.iter_rows(named=True)]


PERSON, ORG, GPE = "PERSON", "ORG", "GPE"


def test_he_is_never_an_org_or_a_place() -> None:
    text = 'Acme Corp opened a plant in Ruritania. "We are proud of the new site," he said.'
    found = speakers(text, {"Acme Corp": ("acme", ORG), "Ruritania": ("rur", GPE)})
    assert found == [(None, "We are proud")]


def test_he_is_the_subject_of_the_nearby_reporting_clause_not_a_person_just_named() -> None:
    text = (
        "Tom Hardy said the club would appeal after the match against the side of Bill Ray.\n\n"
        '"We think the referee was wrong on every count," he added.'
    )
    found = speakers(text, {"Tom Hardy": ("hardy", PERSON), "Bill Ray": ("ray", PERSON)})
    assert found == [("hardy", "We think the")]


def test_pronoun_after_an_unnamed_spokesman_is_not_an_earlier_person() -> None:
    text = (
        "Tom Hardy said the rules had failed for years.\n\n"
        'A ministry spokesman said the system had been tightened. He added "that every case is now checked twice".'
    )
    found = speakers(text, {"Tom Hardy": ("hardy", PERSON)})
    assert found == [(None, "that every case")]


def test_she_agrees_with_her_antecedent() -> None:
    text = (
        "Ms Anna Berg said the talks had stalled.\n\n"
        "Mr Tom Hardy met her in Geneva.\n\n"
        '"We will not sign this draft," she said.'
    )
    found = speakers(text, {"Anna Berg": ("berg", PERSON), "Tom Hardy": ("hardy", PERSON)})
    assert found == [("berg", "We will not")]


def test_name_of_org_said_gives_the_person() -> None:
    text = '"Demand will fall next year," Glen Wood of Acme Securities said.'
    found = speakers(text, {"Glen Wood": ("wood", PERSON), "Acme Securities": ("acme", ORG)})
    assert found == [("wood", "Demand will fall")]


@pytest.mark.parametrize(
    "between",
    [" of the brokerage ", ", oil analyst with ", " of the investment bank ", ", an economist with "],
)
def test_name_with_or_of_a_kind_of_org_said_gives_the_person(between: str) -> None:
    """ "Name of the brokerage Org said", "Name, oil analyst with Org said": the person speaks."""
    text = f'Glen Wood{between}Acme Securities said "the economy is not moving along very steadily."'
    found = speakers(text, {"Glen Wood": ("wood", PERSON), "Acme Securities": ("acme", ORG)})
    assert found == [("wood", "the economy is")]


def test_a_long_apposition_after_the_quote_keeps_its_named_person() -> None:
    """'"...," Glen Wood, a natural gas analyst with Acme Securities said': the person the
    clause opens with speaks, though the clause is long, not the subject of the paragraph before."""
    text = (
        "Ann Lee, head of Borax, indicated in an interview that imports would resume.\n\n"
        '"Contract talks will delay the imports until next year," Glen Wood, a natural gas analyst '
        "with Acme Securities Bros. said."
    )
    names = {"Ann Lee": ("lee", PERSON), "Borax": ("borax", ORG), "Glen Wood": ("wood", PERSON)}
    assert speakers(text, {**names, "Acme Securities Bros.": ("acme", ORG)}) == [("wood", "Contract talks will")]


def test_a_person_inside_a_relative_clause_is_not_the_subject_after_it() -> None:
    """'Mr Hague, who had published a life of William Pitt, also said he ...': Hague is the
    subject, so the later "He" is his, not the person named in the relative clause."""
    text = (
        "Mr Hague, who recently had published the biography of William Pitt, also said he wanted to write.\n\n"
        'He told the newspaper: "I do not know whether I will ever go back."'
    )
    found = speakers(text, {"Hague": ("hague", PERSON), "William Pitt": ("pitt", PERSON)})
    assert found == [("hague", "I do not")]


def test_name_comma_title_of_org_comma_said_gives_the_person() -> None:
    text = 'Glen Wood, vice president of Acme Securities, asks: "Who is going to fund the pensions?"'
    found = speakers(text, {"Glen Wood": ("wood", PERSON), "Acme Securities": ("acme", ORG)})
    assert found == [("wood", "Who is going")]


def test_orgs_name_said_gives_the_person() -> None:
    text = '"We expect a strong year," Acme\'s Glen Wood said.'
    found = speakers(text, {"Glen Wood": ("wood", PERSON), "Acme": ("acme", ORG)})
    assert found == [("wood", "We expect a")]


def test_quote_after_the_previous_quotes_cue_sentence_keeps_its_speaker() -> None:
    text = (
        'Prices rose again. "Broadband is changing the media," said John Craig, co-author of the report. '
        '"From self-diagnosis to online education, it creates innovation."'
    )
    found = speakers(text, {"John Craig": ("craig", PERSON)})
    assert found == [("craig", "Broadband is changing"), ("craig", "From self-diagnosis to")]


def test_second_paragraph_reopened_without_closing_keeps_its_speaker() -> None:
    text = (
        'Tom Hardy told the paper: "He has been at the club for ever. He is a very good player. '
        '"I am not sure he will enjoy it at the new club, even so."'
    )
    found = speakers(text, {"Tom Hardy": ("hardy", PERSON)})
    assert [s for s, _ in found] == ["hardy", "hardy"]


def test_speech_introduced_by_the_sentence_before_takes_its_speaker() -> None:
    text = (
        "The disaster overshadowed the season, Mr Howard said.\n\n"
        '"We watched the scenes of destruction with disbelief. "Yet the response has shone a light on us."'
    )
    found = speakers(text, {"Howard": ("howard", PERSON)})
    assert [s for s, _ in found] == ["howard", "howard"]


def test_speech_after_one_sentence_of_narrative_after_a_reported_clause_takes_its_speaker() -> None:
    text = (
        "Each film is large. Ann Lee, director of Acme Cinema, said the compression was lossless.\n\n"
        'The film will be encrypted to prevent piracy. "People will see the picture is clearer."'
    )
    found = speakers(text, {"Ann Lee": ("lee", PERSON), "Acme Cinema": ("acme", ORG)})
    assert found == [("lee", "People will see")]


@pytest.mark.parametrize(
    "between",
    [
        "Tom Hardy will encrypt the film to prevent piracy.",  # someone else who could speak
        "The film will be encrypted, the firm said.",  # a reporting clause of its own
        "The film will be encrypted. Each cinema gets a key.",  # two sentences
    ],
)
def test_speech_after_narrative_that_names_someone_or_reports_speech_is_not_the_reported_clauses(
    between: str,
) -> None:
    text = (
        "Each film is large. Ann Lee, director of Acme Cinema, said the compression was lossless.\n\n"
        f'{between} "People will see the picture is clearer."'
    )
    found = speakers(text, {"Ann Lee": ("lee", PERSON), "Acme Cinema": ("acme", ORG), "Tom Hardy": ("hardy", PERSON)})
    assert found[0][0] != "lee"


def test_speech_after_a_sentence_ending_in_an_inverted_cue_takes_the_person_after_the_cue() -> None:
    text = (
        "Acme makes chips.\n\n"
        "We are in a new phase now when it comes to technology, argues Mr Lee, the firm's chief.\n\n"
        '"In the dotcom era, there was something new every five minutes."'
    )
    found = speakers(text, {"Lee": ("lee", PERSON), "Acme": ("acme", ORG)})
    assert found == [("lee", "In the dotcom")]


def test_a_quote_with_its_own_cue_after_it_is_not_the_earlier_reported_clauses() -> None:
    text = (
        "Each film is large. Ann Lee, director of Acme Cinema, said the compression was lossless.\n\n"
        'The film will be encrypted to prevent piracy. "People will see the picture is clearer," one critic said.'
    )
    found = speakers(text, {"Ann Lee": ("lee", PERSON), "Acme Cinema": ("acme", ORG)})
    assert found[0][0] != "lee"


def test_a_quote_with_no_closing_mark_ends_with_its_paragraph() -> None:
    text = 'Tom Hardy said: "We will appeal the ruling at once\n\nThe court sat again on Monday for a long day.'
    rows = extract_quotes(pl.DataFrame({"article_id": ["a"], "text": [text]}), pl.DataFrame(schema=SCHEMA))
    assert rows["text"].to_list() == ["We will appeal the ruling at once"]


def test_said_org_title_name_gives_the_person() -> None:
    text = '"The routes do not pay," said BA director of planning, Robert Boyle.'
    found = speakers(text, {"BA": ("ba", ORG), "Robert Boyle": ("boyle", PERSON)})
    assert found == [("boyle", "The routes do")]


def test_quote_after_an_inverted_cue_in_its_sentence() -> None:
    text = 'Prices fell. "Net use happens at night," said Mr Makower, "they log on only when they get home."'
    found = speakers(text, {"Makower": ("makower", PERSON)})
    assert found == [("makower", "Net use happens"), ("makower", "they log on")]


def test_inverted_cue_between_commas_gives_the_person_after_it() -> None:
    text = 'The European ministers\' comments, said Junya Tanase of JPM Bank, were "too weak to move the market".'
    found = speakers(text, {"European": ("eu", "NORP"), "Junya Tanase": ("tanase", PERSON), "JPM Bank": ("jpm", ORG)})
    assert found == [("tanase", "too weak to")]


def test_subject_after_an_opening_phrase_is_an_antecedent() -> None:
    text = (
        "Anna Berg insisted the plan was sound.\n\n"
        "To a packed audience at the old town hall, Tom Hardy attacked the plan. "
        'Laying into it he said: "It will fail within a year."'
    )
    found = speakers(text, {"Anna Berg": ("berg", PERSON), "Tom Hardy": ("hardy", PERSON)})
    assert found == [("hardy", "It will fail")]


def test_told_takes_no_subject_after_it() -> None:
    text = 'Pires told the Evening Standard: "He has been at the club for ever."'
    found = speakers(text, {"Evening Standard": ("es", ORG)})
    assert found == [(None, "He has been")]


def test_a_detached_closing_mark_ends_the_quote() -> None:
    text = (
        'Anna Berg said: "We have tried everything, there was no other way. " The site closed on Monday '
        "after a long fight in the courts, and its forums went dark soon after that."
    )
    rows = extract_quotes(pl.DataFrame({"article_id": ["a"], "text": [text]}), pl.DataFrame(schema=SCHEMA))
    assert rows["text"].to_list() == ["We have tried everything, there was no other way."]


def test_he_is_never_an_organisation_that_spoke_before() -> None:
    text = 'Acme Corp said: "We are growing fast this year."\n\nSales rose. "You cannot ignore the market," he said.'
    found = speakers(text, {"Acme Corp": ("acme", ORG)})
    assert found == [("acme", "We are growing"), (None, "You cannot ignore")]


# --- role nouns ("the defender told", "a spokesman said") -----------------------------------


def speaker_rows(text: str, names: dict[str, tuple[str, str]]) -> list[tuple[str | None, str | None]]:
    """(speaker entity, speaker text as written) of each quote of the text (see speakers())."""
    rows = [
        dict(article_id="a", entity_id=eid, text=s, label=lab, start_char=k, end_char=k + len(s))
        for s, (eid, lab) in names.items()
        for k in _positions(text, s)
    ]
    frame = extract_quotes(pl.DataFrame({"article_id": ["a"], "text": [text]}), pl.DataFrame(rows, schema=SCHEMA))
    return [(r["speaker_entity_id"], r["speaker_text"]) for r in frame.iter_rows(named=True)]


def _positions(text: str, s: str) -> list[int]:
    out, k = [], text.find(s)
    while k >= 0:
        out.append(k)
        k = text.find(s, k + 1)
    return out


def test_a_role_resolves_to_the_person_named_with_it_earlier() -> None:
    text = (
        "Chelsea defender John Terry scored twice against Leeds on Saturday.\n\n"
        '"We deserved the win after the way we played," the defender told BBC Sport.'
    )
    found = speakers(text, {"Chelsea": ("chelsea", ORG), "John Terry": ("terry", PERSON), "BBC Sport": ("bbc", ORG)})
    assert found == [("terry", "We deserved the")]


def test_a_role_prefers_the_person_with_that_role_over_a_nearer_person() -> None:
    text = (
        "Foreign Minister Anna Berg met Tom Hardy in Geneva on Monday.\n\n"
        "Tom Hardy wanted a deal on the border by the spring.\n\n"
        '"We are not there yet, and we will not be rushed," the minister added.'
    )
    found = speakers(text, {"Anna Berg": ("berg", PERSON), "Tom Hardy": ("hardy", PERSON)})
    assert found == [("berg", "We are not")]


def test_a_role_resolves_to_the_person_it_was_in_apposition_with() -> None:
    text = (
        "Tom Hardy, the Leeds manager, watched from the stand as Anna Berg scored.\n\n"
        '"It was the best goal I have seen all season," the manager said.'
    )
    found = speakers(text, {"Tom Hardy": ("hardy", PERSON), "Anna Berg": ("berg", PERSON), "Leeds": ("leeds", ORG)})
    assert found == [("hardy", "It was the")]


def test_an_anonymous_role_is_nobody_but_its_words_are_kept() -> None:
    text = (
        "Tom Hardy said the rules had failed for years.\n\n"
        '"Every case is now checked twice by the staff," a spokesman said.'
    )
    assert speaker_rows(text, {"Tom Hardy": ("hardy", PERSON)}) == [(None, "a spokesman")]


def test_a_definite_role_after_an_anonymous_one_is_still_nobody() -> None:
    text = (
        "Tom Hardy said the rules had failed for years.\n\n"
        "A spokesman for the ministry said the system had been tightened.\n\n"
        '"Every case is now checked twice by the staff," the spokesman added.'
    )
    assert speaker_rows(text, {"Tom Hardy": ("hardy", PERSON)}) == [(None, "the spokesman")]


# --- reporting verbs in their forms ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        'Tom Hardy accused the board of "running the club into the ground for years".',
        'Tom Hardy agreed: "We have to play better than this."',
        '"We have to play better than this," Tom Hardy points out.',
        'As Tom Hardy pointed out: "We have to play better than this."',
        '"We have to play better than this," Tom Hardy conceded.',
        'Tom Hardy complained: "We have to play better than this."',
        '"We have to play better than this," Tom Hardy protested.',
        'Tom Hardy revealed: "We have to play better than this."',
        'Tom Hardy went on: "We have to play better than this."',
        '"We have to play better than this," Tom Hardy boasts.',
        'Tom Hardy has repeatedly insisted that "we have to play better than this".',
        '"We have to play better than this," Tom Hardy will tell the board.',
        'Tom Hardy is expected to announce: "We have to play better than this."',
        'Tom Hardy denied that "we have to play better than this".',
    ],
)
def test_reporting_verbs_in_all_their_forms(sentence: str) -> None:
    text = "The club lost again on Saturday.\n\n" + sentence
    assert [s for s, _ in speakers(text, {"Tom Hardy": ("hardy", PERSON)})] == ["hardy"]


# --- "he"/"she": the subject of a reporting clause, not a person named mid-sentence -------------


def test_he_is_not_a_person_named_after_the_sentences_own_subject() -> None:
    text = (
        "Tom Hardy runs the club from a small office.\n\n"
        'He has often been called the Anna Berg of football. "It is a badge I wear with pride," he says.'
    )
    found = speakers(text, {"Tom Hardy": ("hardy", PERSON), "the Anna Berg": ("berg", PERSON)})
    assert found == [("hardy", "It is a")]


def test_the_subject_of_a_reporting_verb_is_its_clauses_first_phrase_not_a_person_in_it() -> None:
    text = (
        "Tom Hardy scored twice for Leeds on Saturday.\n\n"
        "And the veteran striker believes Jim Bell is the best manager in the league and says his methods work. "
        '"He thinks of everything before we do," he said.'
    )
    found = speakers(text, {"Tom Hardy": ("hardy", PERSON), "Jim Bell": ("bell", PERSON), "Leeds": ("leeds", ORG)})
    assert found == [("hardy", "He thinks of")]


def test_a_person_in_a_list_is_no_subject() -> None:
    text = (
        "Tom Hardy wrote the song in a week.\n\n"
        "The band, whose rivals include Jim Bell, Ann Cole and Joe Fry, played first. "
        '"Jim is one of my friends, and so is Ann," he said.'
    )
    names = {"Tom Hardy": ("hardy", PERSON), "Jim Bell": ("bell", PERSON), "Ann Cole": ("cole", PERSON)}
    assert speakers(text, names) == [("hardy", "Jim is one")]


def test_an_honorific_makes_a_person_whatever_the_label() -> None:
    text = 'Mr Houston was quoted in the Herald newspaper saying: "I feel the party has over-reacted."'
    found = speakers(text, {"Houston": ("houston", GPE), "Herald": ("herald", PERSON)})
    assert found == [("houston", "I feel the")]


def test_name_and_colon_introduce_a_quote() -> None:
    text = (
        "Burnley have injury worries.\n\n"
        '- Blackburn boss Mark Hughes: "Burnley are resolute and have individual talent."'
    )
    found = speakers(text, {"Blackburn": ("blackburn", ORG), "Mark Hughes": ("hughes", PERSON)})
    assert found == [("hughes", "Burnley are resolute")]


# --- what a reader names, where an easy rule names someone else --------------------------------


def test_according_to_names_the_antecedent_of_a_later_he() -> None:
    text = (
        "The price is low, according to Tom Hardy, editor of the magazine.\n\n"
        '"It is a very competitive price point," he says.'
    )
    assert speakers(text, {"Tom Hardy": ("hardy", PERSON)}) == [("hardy", "It is a")]


def test_a_title_then_comma_then_name_is_a_subject() -> None:
    text = (
        "Anna Berg runs the firm.\n\n"
        "Head of the division, Tom Hardy, spoke about the plans. "
        '"We can push it to the limit now," he said.'
    )
    assert speakers(text, {"Anna Berg": ("berg", PERSON), "Tom Hardy": ("hardy", PERSON)}) == [("hardy", "We can push")]


def test_an_organisations_spokesman_speaks_for_it() -> None:
    text = 'The bans start on Monday. An Acme spokesman said: "They have seven days to appeal the bans."'
    assert speakers(text, {"Acme": ("acme", ORG)}) == [("acme", "They have seven")]


def test_he_after_an_organisations_spokesman_as_a_sentence_subject_is_the_organisation() -> None:
    text = (
        "Tom Hardy set out the plans on Monday.\n\n"
        "A Labour Party spokesman criticised Tom Hardy's record, saying numbers had fallen. "
        'He said: "Today they are making promises without saying how they would pay for them."'
    )
    found = speakers(text, {"Tom Hardy": ("hardy", PERSON), "Labour Party": ("labour", ORG)})
    assert found == [("labour", "Today they are")]


def test_a_passive_reporting_verb_has_no_speaker_for_subject() -> None:
    text = (
        "Acme backed the bid.\n\n"
        'Its directors are accused of depriving the shareholders "of their maximum value for years".'
    )
    assert speakers(text, {"Acme": ("acme", ORG)}) == [(None, "of their maximum")]


def test_a_verb_of_saying_wins_over_an_act_reported_in_its_clause() -> None:
    text = 'Tom Hardy told the court that Acme had agreed to pay after "long and complex talks in May".'
    found = speakers(text, {"Tom Hardy": ("hardy", PERSON), "Acme": ("acme", ORG)})
    assert found == [("hardy", "long and complex")]


def test_a_role_is_not_a_person_with_another_rank_of_it() -> None:
    text = (
        "Mr Tony Blair met his ministers on Monday.\n\n"
        "Deputy Prime Minister Tom Hardy was not there. "
        'The prime minister said the claims were "a load of nonsense, really".'
    )
    found = speakers(text, {"Tony Blair": ("blair", PERSON), "Tom Hardy": ("hardy", PERSON)})
    assert found == [("blair", "a load of")]


def test_someone_elses_spokesman_is_nobody() -> None:
    text = (
        "Tom Hardy denied the claims on Friday.\n\n"
        'The rapper\'s spokesman said: "Tom will prove his case in a court of law."'
    )
    assert speaker_rows(text, {"Tom Hardy": ("hardy", PERSON)}) == [(None, "The rapper's spokesman")]


def test_who_after_a_place_names_no_speaker() -> None:
    text = (
        "Mr Brown's former girlfriend, Princess Anna of Ruritania, who said a life with him was "
        '"politics, politics, politics", married in May.'
    )
    assert speakers(text, {"Brown": ("brown", PERSON), "Ruritania": ("rur", GPE)}) == [
        (None, "politics, politics, politics")
    ]


def test_an_age_names_the_person_of_that_age() -> None:
    text = (
        "Tom Hardy, 31, won the men's race.\n\n"
        "Anna Berg, 22, broke the world record in the women's event. "
        '"I am so happy and I will try to break the barrier soon," the 22-year-old told BBC Sport.'
    )
    found = speakers(text, {"Tom Hardy": ("hardy", PERSON), "Anna Berg": ("berg", PERSON)})
    assert found == [("berg", "I am so")]


def test_a_determiner_before_a_name_is_no_verb() -> None:
    text = (
        "Tom Hardy runs the agency.\n\n"
        "On that day's programme Mr Johnson was asked why Tom Hardy had resigned. "
        'He replied: "The chief executive decided it was time to move on."'
    )
    found = speakers(text, {"Tom Hardy": ("hardy", PERSON), "Johnson": ("johnson", PERSON)})
    assert found == [("johnson", "The chief executive")]


def test_an_empty_it_does_not_hide_the_subject_after_it() -> None:
    text = (
        "Jim Bell has said he would not stand in the way if Tom Hardy wanted to leave.\n\n"
        'But it now appears Tom Hardy is keen to wait. He added: "I just hope the job will be mine."'
    )
    found = speakers(text, {"Jim Bell": ("bell", PERSON), "Tom Hardy": ("hardy", PERSON)})
    assert found == [("hardy", "I just hope")]


def test_he_after_an_organisations_spokesman_is_the_organisation_not_an_earlier_person() -> None:
    text = (
        "Tom Hardy said the calls were legal.\n\n"
        'An Acme spokesman told the BBC the firm obeyed the rules. "That is not marketing at all," he said.'
    )
    found = speakers(text, {"Tom Hardy": ("hardy", PERSON), "Acme": ("acme", ORG)})
    assert found == [("acme", "That is not")]  # as for "An Acme spokesman said: ..."


def test_the_person_in_a_subject_with_an_aside_is_the_speaker() -> None:
    text = 'British actor Tom Hardy, who won a prize for his role in Closer, said it "meant a lot to him".'
    names = {"British": ("brit", "NORP"), "Tom Hardy": ("hardy", PERSON), "Closer": ("closer", PERSON)}
    assert speakers(text, names) == [("hardy", "meant a lot")]


def test_a_name_after_that_is_what_is_said_not_who_says_it() -> None:
    text = 'The party asserts that Tom Hardy "has a moral obligation to stand down".'
    assert speakers(text, {"Tom Hardy": ("hardy", PERSON)}) == [(None, "has a moral")]


def test_a_name_in_apposition_before_the_cue_is_the_speaker() -> None:
    text = 'Acme\'s chief executive, Tom Hardy, said the figures were "better than we had hoped".'
    assert speakers(text, {"Acme": ("acme", ORG), "Tom Hardy": ("hardy", PERSON)}) == [("hardy", "better than we")]


def test_a_person_in_the_cue_clause_does_not_end_the_speech() -> None:
    text = (
        'Oil rose. "The buyers want leverage," said Tom Hardy, an analyst at Jim Bell. '
        '"They care more about supplies than about rights."'
    )
    found = speakers(text, {"Tom Hardy": ("hardy", PERSON), "Jim Bell": ("bell", PERSON)})
    assert found == [("hardy", "The buyers want"), ("hardy", "They care more")]


def test_a_quote_after_a_sentence_about_a_person_is_theirs() -> None:
    text = (
        "Is the new machine a revolution? Tom Hardy, editor of a magazine, has a partisan view.\n\n"
        '"It is just a computer, but we should be very excited about it."'
    )
    assert speakers(text, {"Tom Hardy": ("hardy", PERSON)}) == [("hardy", "It is just")]


def test_an_organisation_with_an_aside_naming_a_person_is_the_speaker() -> None:
    text = 'Acme, whose shoes are worn by Tom Hardy among other stars, said "demand continues to grow".'
    assert speakers(text, {"Acme": ("acme", ORG), "Tom Hardy": ("hardy", PERSON)}) == [("acme", "demand continues to")]


def test_an_inverted_role_before_a_name_gives_the_name() -> None:
    text = '"It is going to remain on the air," said the network\'s spokesman Tom Hardy.'
    assert speakers(text, {"Tom Hardy": ("hardy", PERSON)}) == [("hardy", "It is going")]


def test_a_title_at_an_organisation_then_comma_then_name_is_a_subject() -> None:
    text = (
        "Acme wants new tools.\n\n"
        "Computer specialist at Acme, Tom Hardy, would like a virtual plant. "
        '"We could walk through the plant on a laptop," he said.'
    )
    assert speakers(text, {"Acme": ("acme", ORG), "Tom Hardy": ("hardy", PERSON)}) == [("hardy", "We could walk")]


def test_a_quote_about_the_person_of_the_sentence_before_is_not_theirs() -> None:
    text = (
        "And Scotland forward Tom Hardy looks certain to get the call.\n\n"
        '"I took lessons from the last tour. "Tom Hardy is an outstanding player and will be on the trip."'
    )
    assert speakers(text, {"Tom Hardy": ("hardy", PERSON)}) == [(None, "I took lessons"), (None, "Tom Hardy is")]


def test_a_quote_after_a_sentence_opened_by_she_is_hers() -> None:
    text = (
        "Anna Berg won the prize for her short film.\n\n"
        'She accepts that it has opened doors for her. "People will listen to what I want to do now."'
    )
    assert speakers(text, {"Anna Berg": ("berg", PERSON)}) == [("berg", "People will listen")]


def test_a_possessive_name_is_not_the_subject() -> None:
    text = (
        "Jim Bell's side lost again on Saturday.\n\n"
        "Tom Hardy's double strike helped Leeds come back from two down. "
        '"I feel a bit for the other side," he said.'
    )
    names = {"Jim Bell": ("bell", PERSON), "Tom Hardy": ("hardy", PERSON), "Leeds": ("leeds", ORG)}
    assert speakers(text, names) == [(None, "I feel a")]


def test_he_after_according_to_a_spokesman_is_nobody_earlier() -> None:
    text = (
        "Tom Hardy runs the network.\n\n"
        'Cable firms are better placed, according to an Acme spokesman. "Will this be enough?" he asked.'
    )
    assert speakers(text, {"Tom Hardy": ("hardy", PERSON), "Acme": ("acme", ORG)}) == [(None, "Will this be")]


def test_a_name_after_the_copula_of_a_title_is_the_subject() -> None:
    text = (
        "Jim Bell wrote the music.\n\n"
        "The show's British director is Tom Hardy, best known for his stage hits. "
        '"The production will be a hybrid never seen on this scale," he said.'
    )
    found = speakers(text, {"Jim Bell": ("bell", PERSON), "Tom Hardy": ("hardy", PERSON)})
    assert found == [("hardy", "The production will")]


def test_a_verb_before_an_infinitive_reports_no_speech() -> None:
    text = (
        '"It has bought itself a headache," said Tom Hardy. '
        'He said Acme would continue to make "every lawful move" to protect its owners.'
    )
    found = speakers(text, {"Tom Hardy": ("hardy", PERSON), "Acme": ("acme", ORG)})
    assert found == [("hardy", "It has bought"), ("hardy", "every lawful move")]


def test_a_role_of_another_place_is_not_the_holder_of_that_title() -> None:
    text = (
        "Tom Hardy is to stand against Labour MP Anna Berg at the next election. "
        "Mr Hardy, who won his libel case on Thursday, said he would contest her seat.\n\n"
        'The Glasgow Kelvin MP, who was expelled from Labour, accused Ms Berg of being a "New Labour stooge".'
    )
    found = speakers(text, {"Tom Hardy": ("hardy", PERSON), "Hardy": ("hardy", PERSON), "Anna Berg": ("berg", PERSON)})
    assert found == [("hardy", "New Labour stooge")]


def test_he_after_a_sentence_opened_by_an_unnamed_spokesman_is_nobody_earlier() -> None:
    text = (
        'Tom Hardy said: "The sentences are too short."\n\n'
        'But a spokesman for the ministry defended the rules. He said: "Parliament sent a clear signal."'
    )
    found = speakers(text, {"Tom Hardy": ("hardy", PERSON)})
    assert found == [("hardy", "The sentences are"), (None, "Parliament sent a")]


def test_a_name_after_a_cue_that_begins_the_reported_clause_is_not_the_speaker() -> None:
    text = 'The firm said RipGuard would also guard against "rent, rip and return" of the discs.'
    found = speakers(text, {"RipGuard": ("rip", ORG)})
    assert found == [(None, "rent, rip and")]


def test_a_place_or_group_that_premodifies_a_noun_is_not_the_speaker() -> None:
    text = (
        'The Canada-based company says it was looking for "a wide variety of people to use as models".\n\n'
        'Recent comments in a major Chinese newspaper said the "time is ripe for a loosening" of the peg.'
    )
    found = speakers(text, {"Canada": ("ca", GPE), "Chinese": ("cn", "NORP")})
    assert found == [(None, "a wide variety"), (None, "time is ripe")]


def test_a_quote_after_one_narrative_sentence_naming_nobody_goes_on_with_the_last_speaker() -> None:
    text = (
        '"People feel the project belongs to them," said Tom Hardy. The training sessions, attended by '
        'equal numbers of men and women, have been a showcase for that enthusiasm. "We have had an '
        'excellent response, mainly from young people."'
    )
    found = speakers(text, {"Tom Hardy": ("hardy", PERSON)})
    assert found == [("hardy", "People feel the"), ("hardy", "We have had")]


def test_a_quote_after_a_sentence_with_a_reporting_clause_or_a_role_does_not_go_on() -> None:
    text = (
        '"People feel the project belongs to them," said Tom Hardy. The ministry has long doubted the '
        'scheme, and its spokesman raised fresh doubts this week. "We have seen no evidence of any '
        'demand from farmers at all."'
    )
    found = speakers(text, {"Tom Hardy": ("hardy", PERSON)})
    assert found[1] == (None, "We have seen")


def test_a_surname_the_tagger_missed_before_a_cue_is_the_person_named_with_it() -> None:
    text = (
        "Arsenal midfielder Robert Pires has urged the defender to stay at the club.\n\n"
        'Pires told the Evening Standard: "He is a great player and we want him to stay with us."\n\n'
        '"I think he will sign a new deal before the summer," Pires added.'
    )
    found = speakers(text, {"Robert Pires": ("pires", PERSON)})
    assert found == [("pires", "He is a"), ("pires", "I think he")]


def test_a_name_with_an_apposition_after_the_quote_is_the_speaker() -> None:
    text = (
        "Acme Corp said fraud was falling.\n\n"
        '"I do not think the threat is overplayed," Barry Beal, global security manager for Acme Corp, '
        "told the BBC News website."
    )
    found = speakers(text, {"Barry Beal": ("beal", PERSON), "Acme Corp": ("acme", ORG)})
    assert found == [("beal", "I do not")]


def test_an_inverted_role_with_its_body_and_a_title_gives_the_name_after_it() -> None:
    text = (
        "Sir Mike Tomlinson was briefed this week.\n\n"
        '"It will be a tragedy if the plan is dropped," said the chairman of the Commons education '
        "committee, Labour MP Barry Sheerman."
    )
    found = speakers(text, {"Mike Tomlinson": ("tomlinson", PERSON), "Barry Sheerman": ("sheerman", PERSON)})
    assert found == [("sheerman", "It will be")]


def test_a_surname_labelled_otherwise_is_the_person_named_in_full() -> None:
    text = (
        "Former Australian wing David Campese has told England to stop whingeing. England coach Andy "
        'Robinson lambasted the referee. But Campese told BBC Sport: "Robinson is living up to the '
        'reputation."\n\nCampese admitted he was surprised. "England are beginning to realise it," he said.'
    )
    names = {
        "David Campese": ("campese", PERSON),
        "Andy Robinson": ("robinson", PERSON),
        "Campese": ("campese-n", "NORP"),
    }
    found = speakers(text, names)
    assert found == [("campese", "Robinson is living"), ("campese", "England are beginning")]


def test_a_possessive_before_a_report_noun_gives_the_possessor() -> None:
    text = (
        "Wim Kok reviewed the Lisbon targets for the commission, with Tom Hardy.\n\n"
        'Mr Kok was blunt. His report said: "Too many of the targets will be seriously missed."'
    )
    found = speakers(text, {"Wim Kok": ("kok", PERSON), "Tom Hardy": ("hardy", PERSON), "Mr Kok": ("kok", PERSON)})
    assert found == [("kok", "Too many of")]


def test_it_after_a_persons_statement_is_the_statement() -> None:
    text = (
        "The Tories hired Lynton Crosby last year.\n\n"
        'Mr Crosby\'s statement said: "The party has been making an impact on the issues." '
        'It added: "The other side will be wanting to distract attention."'
    )
    names = {"Tories": ("tories", "NORP"), "Lynton Crosby": ("crosby", PERSON), "Mr Crosby": ("crosby", PERSON)}
    assert speakers(text, names) == [("crosby", "The party has"), ("crosby", "The other side")]


def test_a_colon_after_add_to_introduces_no_quote() -> None:
    text = (
        'Tom Hardy said the list was long. "It is a disgrace," he said.\n\n'
        'Anna Berg added to the list: "the wine board, the potato council and the milk board".'
    )
    found = speakers(text, {"Tom Hardy": ("hardy", PERSON), "Anna Berg": ("berg", PERSON)})
    assert found[1] == (None, "the wine board,")


def test_he_after_a_role_subject_is_the_holder_of_that_role() -> None:
    text = (
        "Chelsea defender John Terry spoke to reporters on Monday. Tom Hardy said the club was happy. "
        "Later the defender said the team was strong.\n\n"
        '"We will win the league this season," he added.'
    )
    found = speakers(text, {"John Terry": ("terry", PERSON), "Tom Hardy": ("hardy", PERSON)})
    assert found == [("terry", "We will win")]


def test_it_is_never_a_nationality() -> None:
    text = (
        "Acme Corp said sales fell. South Koreans have cut their spending.\n\n"
        'The government said it will ask firms to "roll over mortgage loans that come due next year".'
    )
    found = speakers(text, {"South Koreans": ("koreans", "NORP"), "Acme Corp": ("acme", ORG)})
    assert found == [("acme", "roll over mortgage")]


def test_said_org_role_name_gives_the_name_whatever_the_orgs_label() -> None:
    text = '"His nomination has sparked a betting frenzy," said William Hill spokesman Rupert Adams.'
    names = {"William Hill": ("hill", PERSON), "Rupert Adams": ("adams", PERSON)}
    assert speakers(text, names) == [("adams", "His nomination has")]


def test_a_surname_mention_after_the_given_name_is_the_person_of_the_full_name() -> None:
    text = (
        "Those charged included Otis Ferry, the son of rock star Bryan Ferry.\n\n"
        'Otis Ferry, a former Eton pupil, said: "I have no regrets about what we did."'
    )
    second = text.rindex("Ferry")  # the tagger has "Ferry" only, and gave it to Bryan Ferry
    spans = [(text.index("Otis Ferry"), "Otis Ferry", "otis"), (text.index("Bryan Ferry"), "Bryan Ferry", "bryan")]
    spans.append((second, "Ferry", "bryan"))
    rows = [
        dict(article_id="a", entity_id=e, text=t, label=PERSON, start_char=k, end_char=k + len(t)) for k, t, e in spans
    ]
    frame = extract_quotes(pl.DataFrame({"article_id": ["a"], "text": [text]}), pl.DataFrame(rows, schema=SCHEMA))
    assert frame["speaker_entity_id"].to_list() == ["otis"]


def test_a_quote_ending_with_a_nested_quote_ends_its_sentence() -> None:
    text = (
        "Marat Safin said he began to doubt himself. \"It's like you lose the first set, then you think: "
        "'This is not my day.' \"But then you start to find a way out of there.\""
    )
    found = speakers(text, {"Marat Safin": ("safin", PERSON)})
    assert found == [("safin", "It's like you"), ("safin", "But then you")]


def test_he_after_a_clause_ending_in_says_name_is_that_name() -> None:
    text = (
        "Michael Moore's documentary may have been hurt by its entry in the best picture category, says "
        "Tim Dams, the news editor of Screen International. But he also believes the film's politics "
        'did not help. "I think it is more a misjudgement than a deliberate snub," he said.'
    )
    found = speakers(text, {"Michael Moore's": ("moore", PERSON), "Tim Dams": ("dams", PERSON)})
    assert found == [("dams", "I think it")]


@pytest.mark.parametrize(
    "sentence",
    [
        'Colin Asplin, Blackpool Hotel Association said: "We have tried very hard to bring them back."',
        'Mark Serwotka, the leader of the Public and Commercial Services Union said: "We have tried very hard."',
    ],
)
def test_a_name_and_its_organisation_without_a_closing_comma_give_the_name(sentence: str) -> None:
    name = " ".join(sentence.split()[:2]).rstrip(",")
    org = "Blackpool Hotel Association" if "Blackpool" in sentence else "Commercial Services Union"
    assert speakers(sentence, {name: ("person", PERSON), org: ("org", ORG)}) == [("person", "We have tried")]


def test_a_reporting_clause_ending_the_sentence_after_a_comma_gives_the_speaker() -> None:
    text = (
        'A "taxpayer subsidised propaganda exercise" on the EU is being used to lull the British public '
        "into a false sense of security, say the Tories."
    )
    assert speakers(text, {"Tories": ("tories", "NORP"), "EU": ("eu", ORG)}) == [
        ("tories", "taxpayer subsidised propaganda")
    ]


def test_a_final_clause_that_is_not_an_attribution_gives_no_speaker() -> None:
    text = 'Tom Hardy spoke at noon.\n\nThe plan was called "a recipe for disaster", which the minister denied.'
    assert speakers(text, {"Tom Hardy": ("hardy", PERSON)}) == [(None, "a recipe for")]


def test_he_never_reaches_a_woman_named_by_her_given_name() -> None:
    text = (
        "Charles Kennedy spoke on the radio on Monday. The baby and his wife Sarah would be "
        '"priority number one" even in the campaign, he said.'
    )
    found = speakers(text, {"Charles Kennedy": ("kennedy", PERSON), "Sarah": ("sarah", PERSON)})
    assert found == [("kennedy", "priority number one")]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Norwich have signed Charlton midfielder Graham Stuart until the end of the season.", "gs"),
        # two people named before it: the role phrase is not guessed
        ("Norwich have signed Graham Stuart from Alan Curbishley's Charlton.", None),
    ],
)
def test_a_role_phrase_with_no_holder_is_the_one_person_named_before_it(lead: str, speaker: str | None) -> None:
    text = lead + '\n\n"It was a very easy decision to make," the 34-year-old told Norwich\'s website.'
    names = {"Norwich": ("n", ORG), "Charlton": ("c", ORG), "Graham Stuart": ("gs", PERSON)}
    names["Alan Curbishley"] = ("ac", PERSON)
    assert speakers(text, names) == [(speaker, "It was a")]


def test_name_from_org_with_its_acronym_in_brackets_said_gives_the_person() -> None:
    text = (
        "The show opens today.\n\n"
        '"The story this year is all about digital," Glen Wood, from the Consumer Gadget Association (CGA) '
        "told the BBC News website."
    )
    names = {"Glen Wood": ("wood", PERSON), "Consumer Gadget Association": ("cga", ORG), "CGA": ("cga", ORG)}
    assert speakers(text, names) == [("wood", "The story this")]
