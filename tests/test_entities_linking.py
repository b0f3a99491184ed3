"""Linking across articles needs evidence beyond the string (issue 11): a bare surname or an
acronym joins an entity named in another article only when its own article names the full
form, or shares distinctive co-mentioned entities with the articles that do."""

from __future__ import annotations

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
