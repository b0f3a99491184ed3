"""Works the model calls places or organisations although the text says what they are (issue 11): a
possessive and a kind of work before the title, an apposition with a possessive after it, an acting
award's role or a film award's winner or nominees, and a title the corpus calls a work's that the
model reads as a place the gazetteer does not know."""

from __future__ import annotations

from tests.test_labels_evidence import labels_of


def test_a_possessive_and_a_kind_before_or_after_a_title_make_a_work() -> None:
    text = (
        "The writer has seen her book Lonely Harbour win the prize. "
        "Grey Fields, Hobbs's second novel, is set in post-war Leeds."
    )
    labels = labels_of(("a", text, [("Lonely Harbour", "LOC"), ("Grey Fields", "GPE"), ("Hobbs", "PERSON")]))
    assert labels["Lonely Harbour"] == "WORK_OF_ART"
    assert labels["Grey Fields"] == "WORK_OF_ART"


def test_an_acting_role_and_a_film_award_make_a_work() -> None:
    text = (
        "Tom Blake was crowned best actor for his role in Dead Calm Road. "
        "Iron Rivers picked up the best film award, and in the running for best film are Quiet Harbours and others."
    )
    mentions = [
        ("Tom Blake", "PERSON"),
        ("Dead Calm Road", "ORG"),
        ("Iron Rivers", "ORG"),
        ("Quiet Harbours", "PERSON"),
    ]
    labels = labels_of(("a", text, mentions))
    assert [labels[n] for n in ("Dead Calm Road", "Iron Rivers", "Quiet Harbours")] == ["WORK_OF_ART"] * 3


def test_a_bosss_role_and_a_bands_album_award_stay_what_they_are() -> None:
    text = "Mr Dale was jailed for his role in Norfex. The Weekenders picked up the best album award."
    labels = labels_of(("a", text, [("Dale", "PERSON"), ("Norfex", "ORG"), ("Weekenders", "ORG")]))
    assert labels["Norfex"] == "ORG"
    assert labels["Weekenders"] == "ORG"


def test_a_title_the_corpus_calls_a_work_beats_the_models_place_reading() -> None:
    arts = [
        ("a", "The cult hit Tiny Isle returns.", [("Tiny Isle", "GPE")]),
        ("b", "BBC hits Tiny Isle and Dance Off lead.", [("Tiny Isle", "GPE"), ("Dance Off", "ORG")]),
        ("c", "Fans of Tiny Isle queued.", [("Tiny Isle", "GPE")]),
        ("d", "Tiny Isle won again.", [("Tiny Isle", "GPE")]),
        ("e", "Tiny Isle sketches aired.", [("Tiny Isle", "GPE")]),
    ]
    assert labels_of(*arts)["Tiny Isle"] == "WORK_OF_ART"


def test_a_known_place_keeps_its_label_whatever_the_title_cues() -> None:
    arts = [
        ("a", "The cult hit Chicago returns.", [("Chicago", "GPE")]),
        ("b", "The smash hit Chicago lit up Broadway.", [("Chicago", "GPE")]),
        ("c", "He flew to Chicago.", [("Chicago", "GPE")]),
    ]
    assert labels_of(*arts)["Chicago"] == "GPE"


def test_a_noun_and_show_before_a_name_make_a_programme_but_a_verb_show_does_not() -> None:
    text = (
        "The new series joins archive show Pop Vault on Sundays. Polls show Labour ahead, and data show Tories behind."
    )
    labels = labels_of(("a", text, [("Pop Vault", "ORG"), ("Labour", "ORG"), ("Tories", "ORG")]))
    assert labels["Pop Vault"] == "WORK_OF_ART"
    assert labels["Labour"] == "ORG"
    assert labels["Tories"] == "ORG"


def test_a_role_after_a_name_the_gazetteer_does_not_know_makes_a_work_but_not_after_a_known_place() -> None:
    text = (
        "Former Holby Town actor Jed Edwin left. Hong Kong actor Jet Lin arrived. "
        "They won two awards for Marsh Lane, and the latest series of Marsh Lane airs soon."
    )
    mentions = [
        ("Holby Town", "GPE"),
        ("Jed Edwin", "PERSON"),
        ("Hong Kong", "GPE"),
        ("Jet Lin", "PERSON"),
        ("Marsh Lane", "GPE"),
        ("Marsh Lane", "GPE"),
    ]
    labels = labels_of(("a", text, mentions))
    assert labels["Holby Town"] == "WORK_OF_ART"
    assert labels["Hong Kong"] == "GPE"
    assert labels["Marsh Lane"] == "WORK_OF_ART"


def test_a_nominee_and_for_or_a_category_given_before_a_name_make_a_work() -> None:
    text = (
        "Other nominees for the best director award include Bo Carden for Silver Lanes and Ed Vance for "
        "Harbour Nights. The screenplay prize went to Cold Meadow. Rooney scored for England."
    )
    mentions = [
        ("Bo Carden", "PERSON"),
        ("Silver Lanes", "FAC"),
        ("Ed Vance", "PERSON"),
        ("Harbour Nights", "ORG"),
        ("Cold Meadow", "FAC"),
        ("Rooney", "PERSON"),
        ("England", "GPE"),
    ]
    labels = labels_of(("a", text, mentions))
    assert [labels[n] for n in ("Silver Lanes", "Harbour Nights", "Cold Meadow")] == ["WORK_OF_ART"] * 3
    assert labels["England"] == "GPE"


def test_a_title_named_in_few_articles_follows_its_one_cue_unless_it_ends_in_a_designator() -> None:
    arts = [
        (
            "a",
            "The flagship music programme Pop Parade moves to Sundays. Pop Parade was relaunched. Pop Parade "
            "fans wept. The move of Pop Parade was a shock. London Studios hosted the chat show Bright Lights.",
            [("Pop Parade", "ORG")] * 4 + [("London Studios", "ORG"), ("Bright Lights", "ORG")],
        ),
        ("b", "Pop Parade aired for the last time.", [("Pop Parade", "ORG")]),
    ]
    labels = labels_of(*arts)
    assert labels["Pop Parade"] == "WORK_OF_ART"
    assert labels["London Studios"] == "ORG"
