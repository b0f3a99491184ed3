"""Speaker rules of issue 11, round 11: who a spokesperson or a title speaks for ("a spokesman for
X", "X's spokeswoman", "the spokesman" after "a UKIP spokesman", "the MP for X"), each on made-up
text."""

from __future__ import annotations

import pytest

from tests.helpers import quotes_of

PERSON, ORG, GPE = "PERSON", "ORG", "GPE"


def speakers(text: str, names: dict[str, tuple[str, str]]) -> list[tuple[str | None, str | None]]:
    """(speaker entity, speaker text) of each quote of a text whose mentions are the keys of
    ``names`` (surface -> (entity id, label))."""
    return [(r["speaker_entity_id"], r["speaker_text"]) for r in quotes_of(text, names).iter_rows(named=True)]


@pytest.mark.parametrize(
    "text",
    [
        '"We are surprised so few people have complained," said a spokeswoman for Acme Corp.',
        'A spokesman for Acme Corp said the plan was sound. "We are surprised so few people complained," he said.',
    ],
)
def test_a_spokesperson_for_a_named_body_speaks_for_it(text: str) -> None:
    assert [eid for eid, _ in speakers(text, {"Acme Corp": ("acme", ORG)})] == ["acme"]


def test_the_spokesman_after_an_unnamed_one_of_a_body_speaks_for_that_body() -> None:
    text = (
        "A UKIP spokesman said the candidate had resigned. "
        '"He did once attend a BNP meeting and will take no further part," the spokesman added.'
    )
    assert speakers(text, {"UKIP": ("ukip", ORG), "BNP": ("bnp", ORG)}) == [("ukip", "the spokesman")]


def test_the_spokesman_of_another_body_is_not_the_earlier_one() -> None:
    text = (
        "A UKIP spokesman said the candidate had resigned. "
        '"We will not comment on another party," the Labour spokesman added.'
    )
    assert [eid for eid, _ in speakers(text, {"UKIP": ("ukip", ORG), "Labour": ("labour", ORG)})] == ["labour"]


def test_an_untagged_possessor_of_a_spokeswoman_is_the_body_named_with_those_words() -> None:
    text = (
        "Celebrity Big Brother has denied a leak.\n\n"
        'Big Brother\'s spokeswoman said: "Only a handful of senior production executives are privy to it."'
    )
    names = {"Celebrity Big Brother": ("cbb", ORG)}
    assert speakers(text, names) == [("cbb", "Big Brother's spokeswoman")]


def test_an_untagged_possessor_of_a_spokeswoman_keeps_her_words() -> None:
    text = 'Big Brother\'s spokeswoman said: "Only a handful of senior production executives are privy to it."'
    assert speakers(text, {}) == [(None, "Big Brother's spokeswoman")]


@pytest.mark.parametrize("seat", ["Sleaford", "Sittingbourne and Sheppey"])
def test_the_seat_of_an_mp_is_not_the_speaker(seat: str) -> None:
    text = f'The Tory MP for {seat} said: "The lord chancellor\'s role cannot be frozen in aspic."'
    names = {place: (place.lower(), GPE) for place in seat.split(" and ")}
    assert speakers(text, names) == [(None, "The Tory MP")]
    names["Tory"] = ("tory", "NORP")  # a name inside the title
    assert speakers(text, names) == [(None, "The Tory MP")]


def test_the_mp_for_a_seat_is_the_mp_named_with_the_title() -> None:
    text = (
        "Tory MP Douglas Hogg criticised the bill.\n\n"
        'The Tory MP for Sleaford said: "The lord chancellor\'s role cannot be frozen in aspic."'
    )
    names = {"Douglas Hogg": ("hogg", PERSON), "Sleaford": ("sleaford", GPE)}
    assert [eid for eid, _ in speakers(text, names)] == ["hogg"]


def test_a_spokesperson_for_a_possessive_name_speaks_for_what_it_owns() -> None:
    text = (
        "A spokesman for Manchester's Trafford Centre said sales were up 5%. "
        '"We predict that the next week will continue the same trend," he added.'
    )
    names = {"Manchester's": ("manchester", GPE), "Trafford Centre": ("trafford", ORG)}
    assert [eid for eid, _ in speakers(text, names)] == ["trafford"]


def test_he_after_a_named_persons_spokesman_is_that_person_speaking() -> None:
    text = (
        "On Monday, Tony Blair's official spokesman declined to say whether the prime minister backed "
        'the plans. He said: "What is important is that there is a process going on."'
    )
    assert [eid for eid, _ in speakers(text, {"Tony Blair's": ("blair", PERSON)})] == ["blair"]


def test_he_after_a_definite_spokesman_of_a_party_is_the_person_named_before() -> None:
    text = (
        'Mr Michael Ancram condemned the document. "Is this not propaganda?" he asked. '
        "The Tory spokesman also criticised the government. "
        '"The government had to publish a commentary of 500 pages," he said.'
    )
    names = {"Michael Ancram": ("ancram", PERSON), "Tory": ("tory", "NORP")}
    assert [eid for eid, _ in speakers(text, names)] == ["ancram", "ancram"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Mr Tom Hardy was charged on Monday. His lawyer said the case was weak. "
            '"My client will plead not guilty to every charge," the lawyer added.',
            "the lawyer",
        ),
        (
            'Mr Tom Hardy wrote: "Never known such a silly fuss." '
            "Later the prime minister's spokesman was asked about Mr Hardy's language. "
            'The spokesman said: "The person you refer to is capable of speaking for himself."',
            "The spokesman",
        ),
    ],
)
def test_a_role_after_someone_s_unnamed_one_is_that_one_not_the_person_named(text: str, said: str) -> None:
    assert speakers(text, {"Tom Hardy": ("hardy", PERSON)})[-1] == (None, said)


def test_a_spokesperson_for_a_body_whose_name_has_its_article_speaks_for_it() -> None:
    text = (
        "A spokesman for the Oxford University Press said the word was in use. "
        '"I think it was the word of last year rather than this year," he said.'
    )
    assert [eid for eid, _ in speakers(text, {"the Oxford University Press": ("oup", ORG)})] == ["oup"]


def test_he_after_a_definite_spokeswoman_of_no_named_body_is_her_not_the_person_before() -> None:
    text = (
        "Nicola Sturgeon said it was beyond belief. The executive spokeswoman said the leave was agreed "
        'by officials. She said: "Ministers were told of that, but they would not sign it off."'
    )
    assert speakers(text, {"Nicola Sturgeon": ("sturgeon", PERSON)}) == [(None, "The executive spokeswoman")]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Ofcom says it has plans to review the services. But a spokesman said its powers were limited. "
            '"Any proposals to extend the arrangements would be for government," he said.',
            ORG,
        ),
        (
            "The Conservatives insisted they would hold ministers to account over the scheme. "
            '"It is important to remember that this bill will take a decade," a spokesman said.',
            "NORP",
        ),
    ],
)
def test_an_unnamed_spokesman_speaks_for_the_body_that_just_spoke(text: str, label: str) -> None:
    body = "Ofcom" if label == ORG else "Conservatives"
    assert [eid for eid, _ in speakers(text, {body: ("body", label)})] == ["body"]


@pytest.mark.parametrize(
    ("text", "body", "said"),
    [
        (
            'An IAAF statement said: "The board concluded that there was a case to answer." '
            'The statement continued: "Both athletes are suspended from competition."',
            "IAAF",
            "The statement",
        ),
        (
            "The Bank's minutes said rates were kept on hold. However, the minutes added: "
            '"Some members noted that an increase might be warranted."',
            "Bank",
            "the minutes",
        ),
    ],
)
def test_the_statement_or_report_is_the_body_whose_statement_was_named_before(text: str, body: str, said: str) -> None:
    assert speakers(text, {body: ("body", ORG)})[-1] == ("body", said)


def test_a_source_whose_author_the_article_names_with_it_in_no_other_way_is_no_speaker() -> None:
    text = 'The letter, from the Home Office, says: "I am writing to inform you of the decision."'
    assert [eid for eid, _ in speakers(text, {"the Home Office": ("ho", ORG)})] == ["ho"]
