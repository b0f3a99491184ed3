"""Canonical entities: one row per real-world thing, on made-up mentions and on the seeds."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from pipelines.entities.canonical import canonicalize
from pipelines.entities.keys import match_key
from pipelines.entities.state import MergeReason
from pipelines.entities.surfaces import analyse, junk_reason
from pipelines.warehouse import store as warehouse


def corpus(*articles: tuple[str, str, list[tuple[str, str]]]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Articles and mentions from (article_id, text, [(mention text, label), ...]); each
    mention is found in the text in order, so offsets are real."""
    rows = []
    for aid, text, mentions in articles:
        pos = 0
        for surface, label in mentions:
            start = text.index(surface, pos)
            pos = start + len(surface)
            rows.append(
                {
                    "mention_id": f"{aid}:{start}",
                    "article_id": aid,
                    "text": surface,
                    "model_label": label,
                    "start_char": start,
                    "end_char": pos,
                }
            )
    frame = pl.DataFrame({"article_id": [a for a, _, _ in articles], "text": [t for _, t, _ in articles]})
    return frame, pl.DataFrame(rows)


def entity_of(result, article_id: str, surface: str) -> dict:
    [eid] = result.mentions.filter((pl.col("article_id") == article_id) & (pl.col("text") == surface))[
        "entity_id"
    ].unique()
    return result.entities.filter(pl.col("entity_id") == eid).row(0, named=True)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelensky", "Zelenskyy"),
        ("NATO", "Nato"),
        ("U.S.", "US"),
        ("Zelenskiy", "Zelensky"),
        ("Émile Zola", "Emile Zola"),
    ],
)
def test_spelling_and_case_variants_share_a_key(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)


def test_different_names_keep_different_keys() -> None:
    assert match_key("John Smith") != match_key("Joan Smith")


def test_a_plus_sign_names_another_thing() -> None:
    """A plus sign after a word: "Sky+" is the recorder, not the broadcaster Sky ("Sky Plus")."""
    assert match_key("Sky+") != match_key("Sky")
    assert match_key("Sky+") == match_key("Sky Plus")
    assert match_key("ADSL2+") != match_key("ADSL2")


def test_fold_of_ascii_skips_nothing_that_unicode_normalisation_would_change() -> None:
    """``fold`` leaves ASCII text out of NFKD: every ASCII character is its own decomposition and
    none is a combining mark, so the result is that of the full path."""
    import unicodedata

    from pipelines.entities.keys import fold

    ascii_text = "".join(map(chr, range(128)))
    assert unicodedata.normalize("NFKD", ascii_text) == ascii_text
    assert not any(unicodedata.combining(ch) for ch in ascii_text)
    assert fold("  Mr. O'Neill-Smith / U.S.A. (BBC)  ") == "mr oneill smith usa bbc"
    assert fold("Ｎａｔｏ Émile") == fold("Nato Emile") == "nato emile"


@pytest.mark.parametrize(("a", "b"), [("Arese", "Arrese"), ("Scot", "Scott"), ("Bel", "Bell")])
def test_short_words_keep_their_doubled_letters(a: str, b: str) -> None:
    # a town and a tennis player, a nationality and a surname: too short for a spelling variant
    assert match_key(a) != match_key(b)
    assert match_key("Mohammed") == match_key("Mohamed")


@pytest.mark.parametrize(
    "text", ["Ctrl + Enter", "Alt+Tab", "www.example.com", "news@example.org", "1234", "the government"]
)
def test_junk_surfaces(text: str) -> None:
    assert junk_reason(text, "PERSON") is not None


def test_titles_and_handles_are_removed_from_the_name() -> None:
    assert analyse("Mr Stoltenberg", "PERSON").name == "Stoltenberg"
    assert analyse("Foreign Secretary James Cleverly", "PERSON").name == "James Cleverly"
    assert analyse("@NATO", "ORG").name == "NATO"
    assert analyse("@BorisJohnson", "PERSON").name == "Boris Johnson"


def test_a_portfolio_word_alone_is_no_title() -> None:
    """A portfolio ("Sport", "Health") makes a title only with a role word after it: "BBC Sport
    Wales" (an outlet the model calls a person) is not Wales with a title."""
    assert analyse("BBC Sport Wales", "PERSON").name == "BBC Sport Wales"
    assert analyse("Transport 2000", "PERSON").name == "Transport 2000"
    assert analyse("Culture Secretary Tessa Jowell", "PERSON").name == "Tessa Jowell"
    assert analyse("Sport Minister Richard Caborn", "PERSON").name == "Richard Caborn"
    assert analyse("Ukrainian President Viktor Yushchenko", "PERSON").name == "Viktor Yushchenko"


def test_short_forms_resolve_within_articles() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "Maria Lopez met Tom Hardy. Later Lopez said Mr Hardy was late.",
            [("Maria Lopez", "PERSON"), ("Tom Hardy", "PERSON"), ("Lopez", "ORG"), ("Mr Hardy", "PERSON")],
        ),
        ("a2", "Lopez spoke again on Friday.", [("Lopez", "PERSON")]),
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a1", "Lopez")["name"] == "Maria Lopez"
    assert entity_of(result, "a1", "Lopez")["label"] == "PERSON"  # vote, not the model's ORG
    assert entity_of(result, "a1", "Mr Hardy")["name"] == "Tom Hardy"
    # across articles only with shared context (tests/test_entities_linking.py): a2 has none
    assert entity_of(result, "a2", "Lopez")["name"] == "Lopez"


def test_a_name_after_mr_is_a_surname_never_a_first_name() -> None:
    """A name after "Mr" (in the span or just before it) is a surname: "Mr Howard" does not join
    Howard Flight, whom the article calls "Flight", by his first name; "Mr Kim" is Kim Yungmin,
    never called "Yungmin" (a family name written first); "Pedro" with no honorific does join
    Pedro Mendes, and "Sir Howard" is a first name."""
    articles, mentions = corpus(
        (
            "a1",
            "Howard Flight was sacked. Flight spoke. Later Mr Howard said Mr Howard's rules stood.",
            [("Howard Flight", "PERSON"), ("Flight", "PERSON"), ("Howard", "PERSON"), ("Mr Howard", "PERSON")],
        ),
        ("a2", "Pedro Mendes shot. Pedro's shot was over the line.", [("Pedro Mendes", "PERSON"), ("Pedro", "PERSON")]),
        ("a3", "Howard Stringer spoke. Sir Howard said so.", [("Howard Stringer", "PERSON"), ("Howard", "PERSON")]),
        ("a4", "Kim Yungmin resigned. Mr Kim said so.", [("Kim Yungmin", "PERSON"), ("Kim", "PERSON")]),
    )
    result = canonicalize(mentions, articles)
    flight = entity_of(result, "a1", "Howard Flight")["entity_id"]
    assert entity_of(result, "a1", "Howard")["entity_id"] != flight
    assert entity_of(result, "a1", "Mr Howard")["entity_id"] != flight
    assert entity_of(result, "a2", "Pedro")["name"] == "Pedro Mendes"
    assert entity_of(result, "a3", "Howard")["name"] == "Howard Stringer"
    assert entity_of(result, "a4", "Kim")["name"] == "Kim Yungmin"


def test_people_who_share_a_surname_are_not_merged() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "Anna Berg and Peter Berg arrived. Berg said nothing.",
            [("Anna Berg", "PERSON"), ("Peter Berg", "PERSON"), ("Berg", "PERSON")],
        ),
        ("a2", "Anna Berg won.", [("Anna Berg", "PERSON")]),
        ("a3", "Peter Berg lost.", [("Peter Berg", "PERSON")]),
        ("a4", "Berg was not there.", [("Berg", "PERSON")]),
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a2", "Anna Berg")["entity_id"] != entity_of(result, "a3", "Peter Berg")["entity_id"]
    for aid in ("a1", "a4"):
        assert entity_of(result, aid, "Berg")["name"] == "Berg"  # ambiguous: left alone


def test_acronym_defined_in_text_joins_its_expansion() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "The World Health Organization (WHO) warned. The WHO said more.",
            [("World Health Organization", "ORG"), ("WHO", "ORG"), ("WHO", "ORG")],
        ),
    )
    result = canonicalize(mentions, articles)
    assert result.entities.height == 1
    assert result.entities.row(0, named=True)["name"] == "World Health Organization"
    assert sorted(result.entities["aliases"][0]) == ["WHO", "World Health Organization"]
    [(_, _, _, reason)] = result.stats["merges"]
    assert reason is MergeReason.ACRONYM_DEFINED and reason.is_acronym


def test_gazetteer_fixes_mislabelled_places() -> None:
    articles, mentions = corpus(
        ("a1", "Talks in Kyiv and Moldova went on.", [("Kyiv", "PERSON"), ("Moldova", "ORG")]),
    )
    result = canonicalize(mentions, articles)
    assert dict(result.entities.select("name", "label").iter_rows()) == {"Kyiv": "GPE", "Moldova": "GPE"}


def test_mentions_in_boilerplate_lines_are_dropped() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "Sign up for our newsletter with John Doe\nJane Roe spoke.",
            [("John Doe", "PERSON"), ("Jane Roe", "PERSON")],
        ),
    )
    result = canonicalize(mentions, articles)
    assert result.entities["name"].to_list() == ["Jane Roe"]
    assert result.stats["n_junk"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "The minister (via Reuters) spoke.\nPhoto: AP Jane Roe\nTalks went on.",
        "Smoke over Kyiv\nJohn Smith | Getty Images\nThe minister (pictured) spoke. Credit: Jane Roe",
        "A | b c\nNo credit here: the talks went on.",
        "No credit at all in this line.",
    ],
)
def test_credit_spans_are_those_of_the_whole_pattern(text: str) -> None:
    """A text without a pipe is searched without the "Name | Agency" choice, which needs one: the
    credit spans are those of the whole pattern all the same."""
    from pipelines.entities.junk import _CREDIT_RE, credit_spans

    assert credit_spans(text) == [(m.start(), m.end()) for m in _CREDIT_RE.finditer(text)]


def test_ids_do_not_depend_on_row_order() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "Maria Lopez met Tom Hardy in Paris.",
            [("Maria Lopez", "PERSON"), ("Tom Hardy", "PERSON"), ("Paris", "GPE")],
        ),
        ("a2", "Hardy and Lopez left Paris.", [("Hardy", "PERSON"), ("Lopez", "PERSON"), ("Paris", "GPE")]),
    )
    forward = canonicalize(mentions, articles).entities
    backward = canonicalize(mentions.reverse(), articles).entities
    assert forward.sort("entity_id").equals(backward.sort("entity_id"))


# --- the seeds ---------------------------------------------------------------------------

SEED_ENTITIES = {
    "Jens Stoltenberg": "PERSON",
    "Volodymyr Zelensky": "PERSON",
    "Vladimir Putin": "PERSON",
    "Joe Biden": "PERSON",
    "Dmitry Peskov": "PERSON",
    "NATO": "ORG",
    "European Union": "ORG",
    "Armed Forces of Ukraine": "ORG",
    "Kyiv": "GPE",
    "Moldova": "GPE",
    "Vilnius": "GPE",
    "Ukraine": "GPE",
    "Russia": "GPE",
}


@pytest.fixture(scope="module")
def seed_entities(seeded_warehouse: Path) -> pl.DataFrame:
    return warehouse.read(seeded_warehouse, "SELECT * FROM entities")


@pytest.mark.parametrize(("name", "label"), SEED_ENTITIES.items())
def test_each_seed_entity_is_one_row_with_the_right_label(seed_entities: pl.DataFrame, name: str, label: str) -> None:
    rows = seed_entities.filter(pl.col("name") == name)
    assert rows.height == 1, seed_entities.filter(pl.col("name").str.contains(name.split()[-1]))
    assert rows["label"].item() == label
    # no second entity under another spelling of the name (or of a surname alone)
    keys = {match_key(name), match_key(name.split()[-1]) if label == "PERSON" else ""}
    others = seed_entities.filter(
        (pl.col("name") != name) & pl.col("name").map_elements(lambda n: match_key(n) in keys, return_dtype=pl.Boolean)
    )
    assert others.is_empty(), others


def test_seed_aliases_are_merged(seed_entities: pl.DataFrame) -> None:
    aliases = {r["name"]: set(r["aliases"]) for r in seed_entities.iter_rows(named=True)}
    assert {"Stoltenberg", "Jens Stoltenberg"} <= aliases["Jens Stoltenberg"]
    assert {"Zelensky", "Zelenskyy"} <= aliases["Volodymyr Zelensky"]
    assert {"Nato", "NATO", "@NATO"} <= aliases["NATO"]
    assert {"EU", "European Union"} <= aliases["European Union"]
    assert {"AFU", "Armed Forces of Ukraine"} <= aliases["Armed Forces of Ukraine"]


def test_counts_match_the_mentions(seeded_warehouse: Path) -> None:
    bad = warehouse.read(
        seeded_warehouse,
        "SELECT e.name FROM entities e JOIN (SELECT entity_id, count(*) AS n, count(DISTINCT article_id) AS k "
        "FROM mentions GROUP BY ALL) m USING (entity_id) WHERE m.n <> e.n_mentions OR m.k <> e.n_articles",
    )
    assert bad.is_empty()


def test_cooccurrence_view(seeded_warehouse: Path) -> None:
    pairs = warehouse.read(
        seeded_warehouse,
        "SELECT n_articles FROM entity_cooccurrence WHERE "
        "(name_a = 'NATO' AND name_b = 'Jens Stoltenberg') OR (name_b = 'NATO' AND name_a = 'Jens Stoltenberg')",
    )
    assert pairs["n_articles"].to_list() == [5]


def test_a_dash_after_a_name_is_not_a_title() -> None:
    assert analyse("Clive Griffiths - Wales", "PERSON").name == "Clive Griffiths - Wales"
    assert analyse("Ukrainian President Volodymyr Zelensky", "PERSON").name == "Volodymyr Zelensky"


def test_two_names_in_one_span_are_junk() -> None:
    assert junk_reason("Kay, King", "PERSON") == "list of names"
    assert junk_reason("Martin Luther King, Jr.", "PERSON") is None


def test_connecting_words_are_titles_only_inside_a_title() -> None:
    assert analyse("Willow the Wisp", "PERSON").name == "Willow the Wisp"
    assert analyse("Secretary of State Antony Blinken", "PERSON").name == "Antony Blinken"


def test_a_resolved_short_form_votes_person() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "Ronan Gara kicked. Gara scored. Gara ran. Gara won.",
            [("Ronan Gara", "PERSON"), ("Gara", "GPE"), ("Gara", "GPE"), ("Gara", "GPE")],
        ),
    )
    result = canonicalize(mentions, articles)
    assert result.entities.select("name", "label").rows() == [("Ronan Gara", "PERSON")]


def test_mention_label_is_the_entity_label_and_model_label_stays_for_the_rerun() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "Ronan Gara kicked. Gara scored. Gara ran. Gara won.",
            [("Ronan Gara", "PERSON"), ("Gara", "GPE"), ("Gara", "GPE"), ("Gara", "GPE")],
        ),
    )
    first = canonicalize(mentions, articles)
    assert first.mentions.sort("start_char")["model_label"].to_list() == ["PERSON", "GPE", "GPE", "GPE"]
    assert first.mentions["label"].to_list() == ["PERSON"] * 4  # what a SQL user filters on
    again = canonicalize(first.mentions.reverse(), articles)
    assert again.entities.equals(first.entities)
    assert again.mentions.equals(first.mentions)


def test_a_name_with_two_labels_in_one_article_gets_one() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "President Bush spoke. President Bush left. President Bush won.",
            [("President Bush", "PERSON"), ("President Bush", "ORG"), ("President Bush", "PERSON")],
        ),
    )
    result = canonicalize(mentions, articles)
    assert result.entities.select("name", "label").rows() == [("Bush", "PERSON")]
    assert result.stats["n_article_label_changes"] == 1


def test_organisation_designators_outvote_a_person_label() -> None:
    articles, mentions = corpus(
        (
            "a1",
            "Leeds United won. Leeds United lost. Leeds United drew.",
            [("Leeds United", "PERSON"), ("Leeds United", "PERSON"), ("Leeds United", "ORG")],
        ),
    )
    assert canonicalize(mentions, articles).entities.select("name", "label").rows() == [("Leeds United", "ORG")]


def test_an_acronym_is_not_short_for_a_name_that_contains_it_or_for_a_place() -> None:
    articles, mentions = corpus(
        ("a1", "BT said BT Together is a tariff.", [("BT", "ORG"), ("BT Together", "ORG")]),
        ("a2", "The USA and the University of St Andrews.", [("USA", "GPE"), ("University of St Andrews", "ORG")]),
    )
    assert sorted(canonicalize(mentions, articles).entities["name"]) == [
        "BT",
        "BT Together",
        "USA",
        "University of St Andrews",
    ]


def test_plural_abbreviations_are_group_nouns() -> None:
    assert junk_reason("MPs", "ORG") == "group noun"
    assert junk_reason("Tory MPs", "PERSON") == "group noun"
    assert junk_reason("IBM", "ORG") is None


def test_a_place_name_is_not_a_surname_across_articles() -> None:
    articles, mentions = corpus(
        ("a1", "Mark Tasmania grew up there.", [("Mark Tasmania", "PERSON")]),
        *[(f"b{k}", "Sales in Tasmania rose.", [("Tasmania", "GPE")]) for k in range(6)],
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "b0", "Tasmania")["name"] == "Tasmania"


def test_small_capitals_do_not_overrule_people() -> None:
    articles, mentions = corpus(("a1", "Douglas scored twice.", [("Douglas", "PERSON")]))
    assert canonicalize(mentions, articles).entities.select("name", "label").rows() == [("Douglas", "PERSON")]


def test_a_nationality_before_a_full_name_is_not_part_of_it() -> None:
    # "Briton" is a nationality in the corpus (tagged NORP alone): "Briton Clive Owen" is Clive Owen
    articles, mentions = corpus(
        ("a1", "The Briton won.", [("Briton", "NORP")]),
        ("a2", "Briton Clive Owen won a prize.", [("Briton Clive Owen", "PERSON")]),
        ("a3", "Clive Owen starred.", [("Clive Owen", "PERSON")]),
    )
    result = canonicalize(mentions, articles)
    assert entity_of(result, "a2", "Clive Owen")["name"] == "Clive Owen"  # the mention's span is the name too
    assert entity_of(result, "a2", "Clive Owen")["entity_id"] == entity_of(result, "a3", "Clive Owen")["entity_id"]


def test_article_labels_make_one_label_per_name_and_article() -> None:
    """Each mention takes the label its text has most often in its article; a tie goes to the
    label first in ENTITY_LABELS; another article votes apart."""
    from pipelines.entities.state import article_labels

    ids = ["a1", "a1", "a1", "a1", "a1", "a2"]
    texts = ["Jordan", "Jordan", "Jordan", "Acme", "Acme", "Jordan"]
    labels = ["GPE", "PERSON", "PERSON", "ORG", "PERSON", "GPE"]
    assert article_labels(ids, texts, labels) == ["PERSON", "PERSON", "PERSON", "PERSON", "PERSON", "GPE"]


@pytest.mark.parametrize(
    "text", ["300p", "138p", "5bn", "£3.5m", "999th", "1990s", "HK$6.31bn", "A$720", "745bn Indian", "£5 Notes"]
)
def test_a_figure_with_a_unit_is_not_a_name(text: str) -> None:
    assert junk_reason(text, "PRODUCT") == "a figure"


@pytest.mark.parametrize(
    "text",
    ["3M", "4Kids", "S Club 7", "7-Eleven", "Windows 95", "B2B", "50 Cent", "10 Downing Street", "2006 World Cup"],
)
def test_names_with_figures_stay_names(text: str) -> None:
    assert junk_reason(text, "ORG") is None
