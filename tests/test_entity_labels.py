"""Entity labels from evidence beyond the model's label (issue 11): what the words around a
mention say ("Yukos shares", "firm Yukos", "A Foley (Munster)", "Lana Brill, who ..."), the
names listed with it, and a leading organisation word ("Team GB")."""

from __future__ import annotations

from pipelines.entities.canonical import canonicalize
from tests.test_entities import corpus


def test_a_company_the_model_calls_a_person_is_an_organisation_by_its_context() -> None:
    text = "Oil giant Yukos filed. Yukos shares fell. Yukos chief executive Steven Theede quit. Yukos said so."
    articles, mentions = corpus(
        (
            "a1",
            text,
            [
                ("Yukos", "PERSON"),
                ("Yukos", "PERSON"),
                ("Yukos", "PERSON"),
                ("Steven Theede", "PERSON"),
                ("Yukos", "PERSON"),
            ],
        )
    )
    result = canonicalize_labels(mentions, articles)
    assert result["Yukos"] == "ORG"
    assert result["Steven Theede"] == "PERSON"


def test_a_company_the_model_calls_a_place_is_an_organisation_by_its_context() -> None:
    text = "Shares in Glanzo rose. The drugs firm Glanzo said profits rose. Glanzo is big."
    articles, mentions = corpus(("a1", text, [("Glanzo", "GPE"), ("Glanzo", "GPE"), ("Glanzo", "GPE")]))
    assert canonicalize_labels(mentions, articles)["Glanzo"] == "ORG"


def test_a_club_the_model_calls_a_person_is_an_organisation_by_its_context() -> None:
    text = (
        "Rotherfield striker Tom Blake scored. Side: T Blake (Rotherfield), J Cole (Rotherfield). "
        "Rotherfield won. Rotherfield lost."
    )
    labels = [("Rotherfield", "PERSON"), ("Tom Blake", "PERSON"), ("T Blake", "PERSON"), ("Rotherfield", "PERSON")]
    labels += [("J Cole", "PERSON"), ("Rotherfield", "PERSON"), ("Rotherfield", "PERSON"), ("Rotherfield", "PERSON")]
    articles, mentions = corpus(("a1", text, labels))
    assert canonicalize_labels(mentions, articles)["Rotherfield"] == "ORG"


def test_a_leading_organisation_word_makes_an_organisation() -> None:
    articles, mentions = corpus(("a1", "Team GB won. Team GB lost.", [("Team GB", "PERSON"), ("Team GB", "PERSON")]))
    assert canonicalize_labels(mentions, articles)["Team GB"] == "ORG"


def test_a_person_the_model_calls_an_organisation_is_a_person_by_context_and_company() -> None:
    text = (
        "Lana Brill starred. Lana Brill, 33, came. Stars Will Smith, Kevin Spacey and Lana Brill came. "
        "Lana Brill, 34, left."
    )
    labels = [("Lana Brill", "ORG"), ("Lana Brill", "ORG"), ("Will Smith", "PERSON"), ("Kevin Spacey", "PERSON")]
    labels += [("Lana Brill", "ORG"), ("Lana Brill", "ORG")]
    articles, mentions = corpus(("a1", text, labels))
    assert canonicalize_labels(mentions, articles)["Lana Brill"] == "PERSON"


def canonicalize_labels(mentions, articles) -> dict[str, str]:
    result = canonicalize(mentions, articles)
    return dict(result.entities.select("name", "label").iter_rows())


def test_an_event_word_at_the_end_makes_an_event() -> None:
    text = "At the Brit Awards, bands met. The Brit Awards ended. The Adam Smith Lecture."
    labels = [
        ("Brit Awards", "ORG"),
        ("Brit Awards", "ORG"),
        ("Adam Smith Lecture", "PERSON"),
    ]
    articles, mentions = corpus(("a1", text, labels))
    assert canonicalize_labels(mentions, articles) == {
        "Brit Awards": "EVENT",
        "Adam Smith Lecture": "EVENT",
    }


def test_a_full_name_opening_with_a_known_first_name_is_a_person() -> None:
    # "Alistair" opens several people's names in the corpus: "Alistair Cragg" is one more person
    people = [
        (f"p{k}", f"{name} spoke.", [(name, "PERSON")])
        for k, name in enumerate(["Alistair Darling", "Alistair Campbell", "Alistair McGowan"])
    ]
    articles, mentions = corpus(
        ("a1", "Alistair Cragg won. Alistair Cragg ran.", [("Alistair Cragg", "ORG"), ("Alistair Cragg", "ORG")]),
        *people,
    )
    assert canonicalize_labels(mentions, articles)["Alistair Cragg"] == "PERSON"


def test_an_unclosed_bracket_ends_the_name() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "Data from the International Labour Organisation (ILO) show it.",
            [("the International Labour Organisation (ILO", "ORG")],
        )
    )
    assert list(canonicalize_labels(mentions, articles)) == ["International Labour Organisation"]


def test_a_county_the_model_calls_a_person_is_a_place() -> None:
    # counties, states and provinces of English-speaking countries are in the gazetteer
    articles, mentions = corpus(("a1", "Rural seats in Hampshire.", [("Hampshire", "PERSON")]))
    assert canonicalize_labels(mentions, articles)["Hampshire"] == "GPE"


def test_an_initial_and_a_surname_are_a_person() -> None:
    # line-ups and results name people by initial: "N Speaight", "A Foley"
    text = "Results: Ed Jackson (Aldershot), N Speaight (Cardiff AAC), N Speaight again."
    labels = [("Ed Jackson", "PERSON"), ("Aldershot", "GPE"), ("N Speaight", "ORG"), ("N Speaight", "ORG")]
    articles, mentions = corpus(("a1", text, labels))
    assert canonicalize_labels(mentions, articles)["N Speaight"] == "PERSON"


def test_a_dash_and_a_lower_case_word_end_a_name() -> None:
    # the model runs a name on over a dash into the sentence: "the Louvre - and", "Perm 35 - a"
    articles, mentions = corpus(
        ("a1", "Set in Paris - including the Louvre - and sold.", [("Louvre - and", "FAC")]),
        ("a2", "He was sent to Perm 35 - a Soviet camp.", [("Perm 35 - a", "PERSON")]),
    )
    assert sorted(canonicalize_labels(mentions, articles)) == ["Louvre", "Perm 35"]
