"""Linking across articles needs evidence beyond the string (issue 11): a bare surname or an
acronym joins an entity named in another article only when its own article names the full
form, or shares distinctive co-mentioned entities with the articles that do."""

from __future__ import annotations

import pytest

from pipelines.entities.canonical import canonicalize
from pipelines.entities.state import Evidence, MergeReason
from tests.test_entities import corpus, entity_of

# Filler articles so that the co-mentioned entities below are distinctive (named in few articles).
FILLER = [(f"f{k}", f"Filler story {k} about Ruritania.", [("Ruritania", "GPE")]) for k in range(40)]


def test_a_bare_surname_without_shared_context_stays_its_own_entity() -> None:
    articles, mentions = corpus(
        ("a1", "Dan Ashcroft joined Acme Widgets.", [("Dan Ashcroft", "PERSON"), ("Acme Widgets", "ORG")]),
        ("a2", "Lord Ashcroft gave money to the Tories.", [("Lord Ashcroft", "PERSON"), ("Tories", "NORP")]),
        *FILLER,
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a2", "Lord Ashcroft")["name"] == "Ashcroft"
    assert entity_of(result, "a2", "Lord Ashcroft")["entity_id"] != entity_of(result, "a1", "Dan Ashcroft")["entity_id"]


def test_a_bare_surname_joins_the_full_name_when_the_articles_share_distinctive_entities() -> None:
    text1 = "Maria Lopez of Zentrix Labs met Olaf Brandt."
    text2 = "Lopez said Zentrix Labs and Olaf Brandt agreed."
    articles, mentions = corpus(
        ("a1", text1, [("Maria Lopez", "PERSON"), ("Zentrix Labs", "ORG"), ("Olaf Brandt", "PERSON")]),
        ("a2", text2, [("Lopez", "PERSON"), ("Zentrix Labs", "ORG"), ("Olaf Brandt", "PERSON")]),
        *FILLER,
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a2", "Lopez")["entity_id"] == entity_of(result, "a1", "Maria Lopez")["entity_id"]
    reasons = {alias: reason for alias, _, _, reason in result.stats["merges"]}
    assert reasons["Lopez"] is MergeReason.SHORT_FORM_CO_MENTIONS
    assert reasons["Lopez"].evidence == Evidence.CO_MENTIONS


def test_entities_named_in_most_articles_are_not_distinctive_evidence() -> None:
    common = [
        (f"c{k}", "Ruritania and Zentrix Labs.", [("Ruritania", "GPE"), ("Zentrix Labs", "ORG")]) for k in range(3)
    ]
    articles, mentions = corpus(
        (
            "a1",
            "Maria Lopez in Ruritania, at Zentrix Labs.",
            [("Maria Lopez", "PERSON"), ("Ruritania", "GPE"), ("Zentrix Labs", "ORG")],
        ),
        (
            "a2",
            "Lopez in Ruritania, at Zentrix Labs.",
            [("Lopez", "PERSON"), ("Ruritania", "GPE"), ("Zentrix Labs", "ORG")],
        ),
        *common,
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a2", "Lopez")["name"] == "Lopez"


def test_an_acronym_joins_an_expansion_from_another_article_only_with_shared_context() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "Labour's National Executive Committee (NEC) met Gordon Brown and Ian McCartney.",
            [
                ("Labour", "ORG"),
                ("National Executive Committee", "ORG"),
                ("NEC", "ORG"),
                ("Gordon Brown", "PERSON"),
                ("Ian McCartney", "PERSON"),
            ],
        ),
        (
            "a2",
            "The NEC heard Gordon Brown and Ian McCartney.",
            [("NEC", "ORG"), ("Gordon Brown", "PERSON"), ("Ian McCartney", "PERSON")],
        ),
        ("a3", "Electronics firm NEC sold chips to Sony.", [("NEC", "ORG"), ("Sony", "ORG")]),
        *FILLER,
    )
    result = canonicalize(mentions, articles)
    committee = entity_of(result, "a1", "National Executive Committee")["entity_id"]
    assert entity_of(result, "a1", "NEC")["entity_id"] == committee
    assert entity_of(result, "a2", "NEC")["entity_id"] == committee
    firm = entity_of(result, "a3", "NEC")
    assert firm["entity_id"] != committee and firm["name"] == "NEC"


def test_merges_are_reported_by_evidence_type() -> None:
    assert MergeReason.SHORT_FORM_IN_ARTICLE.evidence == Evidence.SAME_ARTICLE
    assert MergeReason.GAZETTEER_VARIANT.evidence == Evidence.GAZETTEER
    assert MergeReason.TITLE.evidence == Evidence.STRING
    assert {r.evidence for r in MergeReason} == set(Evidence)


def _shared_context_pair(full: tuple[str, str], short_text: str, short: tuple[str, str]):
    """Two articles that share two distinctive entities: one naming ``full``, one ``short``."""
    text1 = f"{full[0]} joined Zentrix Labs and Olaf Brandt."
    return (
        ("a1", text1, [full, ("Zentrix Labs", "ORG"), ("Olaf Brandt", "PERSON")]),
        ("a2", short_text, [short, ("Zentrix Labs", "ORG"), ("Olaf Brandt", "PERSON")]),
    )


def test_a_first_name_is_not_a_surname_across_articles() -> None:
    # "David" opens many full names of the corpus and ends one: a first name, not Craig David's surname
    others = [
        (f"d{k}", f"{name} spoke.", [(name, "PERSON")])
        for k, name in enumerate(["David Beckham", "David Blunkett", "David Davis", "David Jason"])
    ]
    articles, mentions = corpus(
        *_shared_context_pair(
            ("Craig David", "PERSON"), "David said Zentrix Labs and Olaf Brandt agreed.", ("David", "PERSON")
        ),
        *others,
        *FILLER,
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a2", "David")["name"] == "David"


def test_a_common_word_is_not_a_surname_across_articles() -> None:
    # "law" is written in lower case more often than "Law" is capitalised: a word, not a known surname
    laws = [(f"w{k}", "The new law is a bad law, the law lords said.", []) for k in range(3)]
    articles, mentions = corpus(
        *_shared_context_pair(
            ("Andrew Bonar Law", "PERSON"), "Mr Law said Zentrix Labs and Olaf Brandt agreed.", ("Mr Law", "PERSON")
        ),
        *laws,
        *FILLER,
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a2", "Mr Law")["name"] == "Law"


def test_a_word_after_a_determiner_is_not_a_surname_across_articles() -> None:
    # "the Scot" is a Scottish person, not Eleanor Scott
    articles, mentions = corpus(
        *_shared_context_pair(
            ("Eleanor Scott", "PERSON"), "The 22-year-old Scot met Zentrix Labs and Olaf Brandt.", ("Scot", "PERSON")
        ),
        *FILLER,
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a2", "Scot")["entity_id"] != entity_of(result, "a1", "Eleanor Scott")["entity_id"]


@pytest.mark.parametrize(
    ("short_text", "linked"),
    [
        # "AOL Instant [Messenger]": the model cut a product's name; it is no Pia Messenger
        ("Chats sent via AOL Instant Messenger reached Zentrix Labs and Olaf Brandt.", False),
        # a title before it is no piece of a name: "President Kirchner" is the president
        ("Talks with President Messenger reached Zentrix Labs and Olaf Brandt.", True),
        # nor a word that ends the sentence before it
        ("Jobs went to India. Messenger met Zentrix Labs and Olaf Brandt.", True),
        # an initial that is not the full name's: "M [Johnson]" in a line-up is no W Johnson
        ("Team: L Messenger (capt), Smith. Zentrix Labs and Olaf Brandt agreed.", False),
        ("Team: P Messenger (capt), Smith. Zentrix Labs and Olaf Brandt agreed.", True),
    ],
)
def test_a_word_cut_from_a_longer_name_is_not_a_surname_across_articles(short_text: str, linked: bool) -> None:
    articles, mentions = corpus(
        *_shared_context_pair(("Pia Messenger", "PERSON"), short_text, ("Messenger", "PERSON")), *FILLER
    )
    result = canonicalize(mentions, articles)
    same = entity_of(result, "a2", "Messenger")["entity_id"] == entity_of(result, "a1", "Pia Messenger")["entity_id"]
    assert same is linked


def test_a_prefixed_name_is_the_name_it_prefixes() -> None:
    # "ex-Yukos boss" names Yukos: the firm is not a person called "ex Yukos"
    articles, mentions = corpus(
        ("a1", "The ex-Yukos boss was jailed.", [("ex-Yukos", "PERSON")]),
        ("a2", "Yukos filed for bankruptcy. Yukos said so.", [("Yukos", "ORG"), ("Yukos", "ORG")]),
        *FILLER,
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a1", "ex-Yukos")["entity_id"] == entity_of(result, "a2", "Yukos")["entity_id"]
    assert entity_of(result, "a2", "Yukos")["name"] == "Yukos"


def test_acronyms_that_differ_by_a_doubled_letter_are_different_entities() -> None:
    articles, mentions = corpus(
        ("a1", "The manufacturers' group EEF said so.", [("EEF", "ORG")]),
        (
            "a2",
            "The Electronic Frontier Foundation (EFF) sued.",
            [("Electronic Frontier Foundation", "ORG"), ("EFF", "ORG")],
        ),
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a1", "EEF")["entity_id"] != entity_of(result, "a2", "EFF")["entity_id"]


def test_a_legal_form_alone_names_no_entity() -> None:
    """A span that is only a company's legal form ("Co", "Co Ltd", "Corp", the rest of the name
    cut off) names no company, so it never links the firms of two articles; a two-letter
    form that is also a place's abbreviation ("SA": South Africa in a line-up) stays."""
    articles, mentions = corpus(
        ("a1", "Wells Fargo and Co said it agreed.", [("Wells Fargo", "ORG"), ("Co", "ORG")]),
        ("a2", "Miller Tabak Hirsch and Co said it bought.", [("Miller Tabak Hirsch", "ORG"), ("Co", "ORG")]),
        ("a3", "Mitsui and Co Ltd said. Corp said.", [("Mitsui", "ORG"), ("Co Ltd", "ORG"), ("Corp", "ORG")]),
        (
            "a4",
            "J Smit (SA), C Visagie (SA)",
            [("J Smit", "PERSON"), ("SA", "GPE"), ("C Visagie", "PERSON"), ("SA", "GPE")],
        ),
        *FILLER,
    )
    result = canonicalize(mentions, articles)
    kept = set(result.mentions["text"].to_list())
    assert not kept & {"Co", "Co Ltd", "Corp"}
    assert {"Wells Fargo", "Miller Tabak Hirsch", "Mitsui", "SA"} <= kept
    assert result.stats["junk_reasons"]["legal form alone"] == 4


def _surname_corpus(n_namesakes: int, shared: list[tuple[str, str]]):
    """Robert Harris in a1 with the ``shared`` entities; a bare "Harris" in a2 with them too;
    ``n_namesakes`` other full names ending in Harris, each in an article of its own."""
    names = ["Rolf Harris", "Kamala Harris", "Emmylou Harris", "Ed Harris"][:n_namesakes]
    text = " and ".join(s for s, _ in shared)
    return corpus(
        ("a1", f"Robert Harris met {text}.", [("Robert Harris", "PERSON"), *shared]),
        ("a2", f"Harris met {text}.", [("Harris", "PERSON"), *shared]),
        *((f"n{k}", f"{name} spoke.", [(name, "PERSON")]) for k, name in enumerate(names)),
        *FILLER,
    )


def test_a_common_surname_needs_more_shared_entities_across_articles() -> None:
    """A surname that ends several full names of the corpus (a common one: Harris) has
    namesakes the articles may share a couple of entities with by chance (a channel, a country):
    two shared entities link a rare surname, a common one needs three."""
    two = [("Zentrix Labs", "ORG"), ("Olaf Brandt", "PERSON")]
    three = [*two, ("Quorland", "GPE")]
    for n_namesakes, shared, linked in ((0, two, True), (2, two, False), (2, three, True)):
        articles, mentions = _surname_corpus(n_namesakes, shared)
        result = canonicalize(mentions, articles)
        same = entity_of(result, "a2", "Harris")["entity_id"] == entity_of(result, "a1", "Robert Harris")["entity_id"]
        assert same is linked, (n_namesakes, len(shared))


def test_a_word_its_article_uses_as_a_band_is_not_the_person_of_that_surname() -> None:
    text = (
        "Indie band Kasabian won. The name comes from Linda Kasabian, a driver. "
        "Kasabian moved to a farm to record an album."
    )
    articles, mentions = corpus(
        ("a1", text, [("Kasabian", "GPE"), ("Linda Kasabian", "PERSON"), ("Kasabian", "GPE")]),
    )
    result = canonicalize(mentions, articles)
    band = entity_of(result, "a1", "Kasabian")
    assert band["entity_id"] != entity_of(result, "a1", "Linda Kasabian")["entity_id"]
    assert band["label"] == "ORG"


def test_a_word_its_article_uses_as_a_firm_does_not_join_a_person_across_articles() -> None:
    text1 = "Simon Falic of Zentrix Labs met Olaf Brandt."
    text2 = "The Florida-based Falic group, with Zentrix Labs and Olaf Brandt, agreed."
    articles, mentions = corpus(
        ("a1", text1, [("Simon Falic", "PERSON"), ("Zentrix Labs", "ORG"), ("Olaf Brandt", "PERSON")]),
        ("a2", text2, [("Falic", "ORG"), ("Zentrix Labs", "ORG"), ("Olaf Brandt", "PERSON")]),
        *FILLER,
    )
    result = canonicalize(mentions, articles)
    firm = entity_of(result, "a2", "Falic")
    assert firm["entity_id"] != entity_of(result, "a1", "Simon Falic")["entity_id"]
    assert firm["label"] == "ORG"


def test_a_word_used_as_a_club_still_joins_its_clubs_full_name_in_its_article() -> None:
    text = "Aston Villa won. Villa are third. The head of Adriano Silva said Silva was hurt."
    mentions = [("Aston Villa", "PERSON"), ("Villa", "ORG"), ("Adriano Silva", "PERSON"), ("Silva", "PERSON")]
    articles, mentions = corpus(("a1", text, mentions), ("a2", "Aston Villa are top.", [("Aston Villa", "PERSON")]))
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a1", "Villa")["entity_id"] == entity_of(result, "a1", "Aston Villa")["entity_id"]
    assert entity_of(result, "a1", "Silva")["entity_id"] == entity_of(result, "a1", "Adriano Silva")["entity_id"]


def test_a_word_used_as_a_firm_joins_a_full_name_opening_with_no_given_name_in_its_article() -> None:
    text = "Dainik Jagrun sells well. Shares in Jagrun rose."
    articles, mentions = corpus(("a1", text, [("Dainik Jagrun", "PERSON"), ("Jagrun", "ORG")]))
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a1", "Jagrun")["entity_id"] == entity_of(result, "a1", "Dainik Jagrun")["entity_id"]
    assert entity_of(result, "a1", "Jagrun")["label"] == "ORG"


LINE_UP = "Scotland: Morton, Moffat, MacRae, Hore, Paterson, Thomson, Ford, Douglas, Hines, Taylor, White."
"""A rugby line-up: "Thomson" there is a player."""


def test_a_player_in_a_line_up_does_not_join_a_firm_of_that_name_in_other_articles() -> None:
    firm1 = "Shares in Thomson rose. Thomson shares fell later."
    firm2 = "Companies such as Nokia and Thomson agreed. Thomson chief executive Frank Dangeard spoke."
    articles, mentions = corpus(
        ("a1", LINE_UP, [("Thomson", "ORG"), ("Douglas", "PERSON")]),
        ("a2", firm1, [("Thomson", "ORG"), ("Thomson", "ORG")]),
        ("a3", firm2, [("Nokia", "ORG"), ("Thomson", "ORG"), ("Thomson", "ORG"), ("Frank Dangeard", "PERSON")]),
    )
    result = canonicalize(mentions, articles)
    player, firm = entity_of(result, "a1", "Thomson"), entity_of(result, "a2", "Thomson")
    assert player["entity_id"] != firm["entity_id"]
    assert (player["label"], player["name"], player["n_mentions"]) == ("PERSON", "Thomson", 1)
    assert (firm["label"], firm["n_mentions"]) == ("ORG", 4)
    assert entity_of(result, "a3", "Thomson")["entity_id"] == firm["entity_id"]


def test_a_player_in_a_line_up_joins_the_same_name_where_the_corpus_reads_a_person() -> None:
    report = "Thomson scored twice. Coach Frank Hadden praised Thomson on Sunday."
    articles, mentions = corpus(
        ("a1", LINE_UP, [("Thomson", "ORG")]),
        ("a2", report, [("Thomson", "PERSON"), ("Frank Hadden", "PERSON"), ("Thomson", "PERSON")]),
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a1", "Thomson")["entity_id"] == entity_of(result, "a2", "Thomson")["entity_id"]
    assert entity_of(result, "a1", "Thomson")["label"] == "PERSON"
