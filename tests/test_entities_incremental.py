"""Incremental canonicalisation: the mentions of new articles resolved against a warehouse that a
full canonicalisation wrote (its entities, mentions and entity_keys)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl
import pytest

from pipelines.entities import gazetteer
from pipelines.entities.canonical import canonicalize
from pipelines.entities.incremental import resolve_new
from pipelines.entities.state import Evidence, MergeReason
from pipelines.entities.stored_keys import keys_frame
from pipelines.warehouse import store
from tests.test_entities import corpus


def stored_warehouse(path: Path, mentions: pl.DataFrame, articles: pl.DataFrame) -> duckdb.DuckDBPyConnection:
    """A warehouse as a full run leaves it (articles only when given with all their columns),
    opened read-only."""
    full = canonicalize(mentions, articles)
    frames = {"entities": full.entities, "mentions": full.mentions}
    if "removed_at" in articles.columns:
        frames["articles"] = articles
    store.write(path, frames)
    with duckdb.connect(str(path)) as con:
        con.register("new_keys", keys_frame(full, articles).to_arrow())
        con.execute("INSERT INTO entity_keys SELECT * FROM new_keys")
    return duckdb.connect(str(path), read_only=True)


def split(articles: pl.DataFrame, mentions: pl.DataFrame, new: set[str]) -> tuple:
    is_new = pl.col("article_id").is_in(list(new))
    return articles.filter(~is_new), mentions.filter(~is_new), articles.filter(is_new), mentions.filter(is_new)


def entity_of(frame: pl.DataFrame, article_id: str, text: str) -> str:
    [eid] = frame.filter(pl.col("article_id") == article_id, pl.col("text") == text)["entity_id"].unique()
    return eid


OLD = [
    (
        "a1",
        "Jens Stoltenberg of NATO met Volodymyr Zelensky in Kyiv with Olaf Scholz. Stoltenberg said more.",
        [
            ("Jens Stoltenberg", "PERSON"),
            ("NATO", "ORG"),
            ("Volodymyr Zelensky", "PERSON"),
            ("Kyiv", "GPE"),
            ("Olaf Scholz", "PERSON"),
            ("Stoltenberg", "PERSON"),
        ],
    ),
    ("a2", "Anna Berg won the race in Oslo.", [("Anna Berg", "PERSON"), ("Oslo", "GPE")]),
    (
        "a3",
        "The World Health Organization (WHO) met Tedros Ghebreyesus in Geneva.",
        [("World Health Organization", "ORG"), ("WHO", "ORG"), ("Tedros Ghebreyesus", "PERSON"), ("Geneva", "GPE")],
    ),
]
NEW = [
    (
        "n1",
        "Stoltenberg met Olaf Scholz in Kyiv.",
        [("Stoltenberg", "PERSON"), ("Olaf Scholz", "PERSON"), ("Kyiv", "GPE")],
    ),
    ("n2", "Nato said Ada Lovelace had won.", [("Nato", "ORG"), ("Ada Lovelace", "PERSON")]),
    ("n3", "Berg opened a bakery in Lima.", [("Berg", "PERSON"), ("Lima", "GPE")]),
    (
        "n4",
        "WHO thanked Tedros Ghebreyesus in Geneva.",
        [("WHO", "ORG"), ("Tedros Ghebreyesus", "PERSON"), ("Geneva", "GPE")],
    ),
]


@pytest.fixture(scope="module")
def made_up(tmp_path_factory: pytest.TempPathFactory) -> tuple:
    """The full run on OLD in a warehouse, and resolve_new on NEW against it."""
    old_articles, old_mentions = corpus(*OLD)
    new_articles, new_mentions = corpus(*NEW)
    stored = stored_warehouse(tmp_path_factory.mktemp("wh") / "news.duckdb", old_mentions, old_articles)
    full = canonicalize(old_mentions, old_articles)
    return full, resolve_new(new_mentions, new_articles, stored)


def test_a_bare_surname_joins_the_stored_full_name_on_shared_entities(made_up) -> None:
    """n1 shares Olaf Scholz and Kyiv with a1, the article naming Jens Stoltenberg."""
    full, new = made_up
    assert entity_of(new.mentions, "n1", "Stoltenberg") == entity_of(full.mentions, "a1", "Jens Stoltenberg")
    assert ("Stoltenberg", "Jens Stoltenberg", "PERSON", MergeReason.SHORT_FORM_CO_MENTIONS) in new.stats["merges"]
    assert new.stats["joins_by_evidence"][Evidence.CO_MENTIONS] == 2  # and WHO in n4


def test_a_spelling_variant_joins_the_stored_entity_whose_id_stays(made_up) -> None:
    full, new = made_up
    nato = entity_of(full.mentions, "a1", "NATO")
    assert entity_of(new.mentions, "n2", "Nato") == nato
    [row] = new.entities.filter(pl.col("entity_id") == nato).rows(named=True)
    assert (row["name"], row["aliases"], row["n_mentions"]) == ("NATO", ["NATO", "Nato"], 2)


def test_a_brand_new_name_is_a_new_entity_with_the_id_a_full_run_gives(made_up) -> None:
    full, new = made_up
    ada = entity_of(new.mentions, "n2", "Ada Lovelace")
    assert ada not in full.entities["entity_id"].to_list()
    old_articles, old_mentions = corpus(*OLD, *NEW)
    assert ada == entity_of(canonicalize(old_mentions, old_articles).mentions, "n2", "Ada Lovelace")
    keys = {r["match_key"]: r for r in new.keys.iter_rows(named=True)}
    assert keys["ada lovelace"]["entity_id"] == ada
    assert keys["lovelace"]["surname_of"] == ["ada lovelace"] and keys["lovelace"]["entity_id"] is None


def test_a_bare_surname_without_evidence_stays_apart(made_up) -> None:
    full, new = made_up
    berg = entity_of(new.mentions, "n3", "Berg")
    assert berg != entity_of(full.mentions, "a2", "Anna Berg")
    assert new.entities.filter(pl.col("entity_id") == berg)["name"].to_list() == ["Berg"]


def test_an_acronym_joins_the_expansion_its_corpus_gives_on_shared_entities(made_up) -> None:
    full, new = made_up
    assert entity_of(new.mentions, "n4", "WHO") == entity_of(full.mentions, "a3", "World Health Organization")
    assert ("WHO", "World Health Organization", "ORG", MergeReason.ACRONYM_CO_MENTIONS) in new.stats["merges"]


def test_the_new_articles_get_the_entities_of_a_full_run_on_all(made_up) -> None:
    _, new = made_up
    articles, mentions = corpus(*OLD, *NEW)
    full = canonicalize(mentions, articles)
    ids = full.mentions.select("mention_id", pl.col("entity_id").alias("full_id"))
    assert new.mentions.join(ids, on="mention_id").filter(pl.col("entity_id") != pl.col("full_id")).is_empty()


def test_a_short_form_names_no_entity_in_the_stored_keys() -> None:
    articles, mentions = corpus(*OLD)
    keys = {r["match_key"]: r for r in keys_frame(canonicalize(mentions, articles)).iter_rows(named=True)}
    assert keys["stoltenberg"]["entity_id"] is None  # sent to Jens Stoltenberg by its article
    assert keys["stoltenberg"]["surname_of"] == ["jens stoltenberg"]
    assert keys["who"]["entity_id"] is None and keys["who"]["expansion"] == "world health organization"
    assert keys["jens stoltenberg"]["context"]  # the co-mention evidence a bare surname needs
    kyiv = gazetteer.lookup("kyiv").place_id  # the place's row: its other names join the same entity
    assert keys[kyiv]["entity_id"] == keys["kyiv"]["entity_id"] is not None


def test_the_stored_mentions_are_never_read(tmp_path: Path) -> None:
    old_articles, old_mentions = corpus(*OLD)
    new_articles, new_mentions = corpus(*NEW)
    path = tmp_path / "news.duckdb"
    stored_warehouse(path, old_mentions, old_articles).close()
    with duckdb.connect(str(path)) as con:
        con.execute("DROP TABLE mentions")
    with duckdb.connect(str(path), read_only=True) as con:
        assert resolve_new(new_mentions, new_articles, con).mentions.height == 10


@pytest.fixture(scope="module")
def seeds(seeded_warehouse: Path) -> tuple[pl.DataFrame, pl.DataFrame]:
    with duckdb.connect(str(seeded_warehouse), read_only=True) as con:
        articles = con.execute("SELECT * FROM articles ORDER BY article_id").pl()
        mentions = con.execute(
            "SELECT mention_id, article_id, text, model_label, start_char, end_char FROM mentions"
        ).pl()
    return articles, mentions


@pytest.mark.parametrize("new", range(5))
def test_seeds_four_then_one_give_the_full_runs_entities(seeds, new: int, tmp_path: Path) -> None:
    """Each seed resolved against the other four: its mentions get the ids a full run on all
    five gives, or, where the full run renames a stored entity (a new article adds a name that
    makes another form its name), the stored entity it groups them with."""
    articles, mentions = seeds
    new_id = articles["article_id"][new]
    old_a, old_m, new_a, new_m = split(articles, mentions, {new_id})
    old = canonicalize(old_m, old_a)
    result = resolve_new(new_m, new_a, stored_warehouse(tmp_path / "news.duckdb", old_m, old_a))
    full = canonicalize(mentions, articles)
    stored_of = dict(old.mentions.select("mention_id", "entity_id").iter_rows())
    groups: dict[str, set[str]] = {}
    for mid, eid in full.mentions.select("mention_id", "entity_id").iter_rows():
        if mid in stored_of:
            groups.setdefault(eid, set()).add(stored_of[mid])
    got = result.mentions.join(
        full.mentions.select("mention_id", pl.col("entity_id").alias("full_id")), on="mention_id"
    )
    assert got.height == full.mentions.filter(pl.col("article_id") == new_id).height
    renamed = got.filter(pl.col("entity_id") != pl.col("full_id"))
    for text, eid, full_id in renamed.select("text", "entity_id", "full_id").iter_rows():
        assert eid in groups.get(full_id, set()), f"{text!r} is grouped otherwise than in the full run"
    assert renamed.height <= 1


def test_against_an_empty_warehouse_every_entity_is_new_as_in_a_full_run() -> None:
    articles, mentions = corpus(*NEW)
    with duckdb.connect(":memory:") as con:
        new = resolve_new(mentions, articles, con)
    full = canonicalize(mentions, articles)
    assert new.mentions.equals(full.mentions)
    assert new.entities.sort("entity_id").equals(full.entities.sort("entity_id"))
    assert new.stats["n_stored_entities_joined"] == 0


def test_the_keys_leave_out_removed_articles() -> None:
    articles, mentions = corpus(*OLD, ("r1", "Ada Lovelace wrote.", [("Ada Lovelace", "PERSON")]))
    gone = pl.when(pl.col("article_id") == "r1").then(pl.lit("2024-01-01").str.to_datetime()).alias("removed_at")
    articles = articles.with_columns(gone)
    keys = keys_frame(canonicalize(mentions, articles), articles)["match_key"].to_list()
    assert "jens stoltenberg" in keys and "ada lovelace" not in keys and "lovelace" not in keys


def test_a_context_holds_the_articles_that_name_the_entity_not_those_sent_to_it() -> None:
    """a4's bare Stoltenberg joins Jens Stoltenberg on shared entities; a4's other entities
    are no evidence for later surnames (the full pass reads the articles naming the person)."""
    linked = (
        "a4",
        "Stoltenberg met Olaf Scholz in Kyiv and Pedro Sanchez.",
        [("Stoltenberg", "PERSON"), ("Olaf Scholz", "PERSON"), ("Kyiv", "GPE"), ("Pedro Sanchez", "PERSON")],
    )
    articles, mentions = corpus(*OLD, linked)
    full = canonicalize(mentions, articles)
    assert entity_of(full.mentions, "a4", "Stoltenberg") == entity_of(full.mentions, "a1", "Jens Stoltenberg")
    keys = {r["match_key"]: r for r in keys_frame(full).iter_rows(named=True)}
    assert entity_of(full.mentions, "a1", "Olaf Scholz") in keys["jens stoltenberg"]["context"]
    assert entity_of(full.mentions, "a4", "Pedro Sanchez") not in keys["jens stoltenberg"]["context"]


def test_a_link_among_the_new_articles_to_a_stored_entity_is_decided_on_all_its_articles(tmp_path: Path) -> None:
    """n2's Stoltenberg shares Pedro Sanchez and Mark Rutte with n1, a new article naming the
    stored Jens Stoltenberg: the evidence counts as in a full run over all articles."""
    new = [
        (
            "n1",
            "Jens Stoltenberg met Pedro Sanchez and Mark Rutte.",
            [("Jens Stoltenberg", "PERSON"), ("Pedro Sanchez", "PERSON"), ("Mark Rutte", "PERSON")],
        ),
        (
            "n2",
            "Stoltenberg thanked Pedro Sanchez and Mark Rutte.",
            [("Stoltenberg", "PERSON"), ("Pedro Sanchez", "PERSON"), ("Mark Rutte", "PERSON")],
        ),
    ]
    old_articles, old_mentions = corpus(*OLD)
    new_articles, new_mentions = corpus(*new)
    result = resolve_new(
        new_mentions, new_articles, stored_warehouse(tmp_path / "w.duckdb", old_mentions, old_articles)
    )
    jens = entity_of(canonicalize(old_mentions, old_articles).mentions, "a1", "Jens Stoltenberg")
    assert (
        entity_of(result.mentions, "n1", "Jens Stoltenberg") == entity_of(result.mentions, "n2", "Stoltenberg") == jens
    )


def load(path: Path, result) -> None:
    """Upsert a result's rows as the loader would (entities and entity_keys by key; mentions added)."""
    with duckdb.connect(str(path)) as con:
        for table, frame, key in (
            ("entities", result.entities, "entity_id"),
            ("entity_keys", result.keys, "match_key"),
        ):
            con.register("rows", frame.to_arrow())
            con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT {key} FROM rows)")
            con.execute(f"INSERT INTO {table} SELECT * FROM rows")
            con.unregister("rows")
        con.register("rows", result.mentions.to_arrow())
        con.execute("INSERT INTO mentions SELECT * FROM rows")


def test_runs_chain_a_later_surname_joins_a_person_an_earlier_run_added(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    old_articles, old_mentions = corpus(*OLD)
    stored_warehouse(path, old_mentions, old_articles).close()
    people = [("Ada Lovelace", "PERSON"), ("Charles Babbage", "PERSON"), ("Mary Somerville", "PERSON")]
    batches = [
        ("b1", "Ada Lovelace met Charles Babbage and Mary Somerville.", people),
        ("b2", "Lovelace thanked Charles Babbage and Mary Somerville.", [("Lovelace", "PERSON"), *people[1:]]),
    ]
    results = []
    for batch in batches:
        articles, mentions = corpus(batch)
        with duckdb.connect(str(path), read_only=True) as con:
            results.append(resolve_new(mentions, articles, con))
        load(path, results[-1])
    ada = entity_of(results[0].mentions, "b1", "Ada Lovelace")
    assert entity_of(results[1].mentions, "b2", "Lovelace") == ada
    assert entity_of(results[1].mentions, "b2", "Charles Babbage") == entity_of(
        results[0].mentions, "b1", "Charles Babbage"
    )


@pytest.mark.parametrize(("n_namesakes", "n_shared", "linked"), [(0, 2, True), (2, 2, False), (2, 3, True)])
def test_a_new_common_surname_needs_more_shared_entities_as_in_a_full_run(
    n_namesakes: int, n_shared: int, linked: bool, tmp_path: Path
) -> None:
    """As ``surnames.surname_minimum``: a new bare "Harris" joins the stored Robert Harris on two
    shared entities when no other stored full name ends in Harris, on three when two do."""
    shared = [("Zentrix Labs", "ORG"), ("Olaf Brandt", "PERSON"), ("Quorland", "GPE")][:n_shared]
    text = " and ".join(s for s, _ in shared)
    names = ["Rolf Harris", "Ed Harris"][:n_namesakes]
    filler = [(f"f{k}", f"Filler story {k} about Ruritania.", [("Ruritania", "GPE")]) for k in range(40)]
    old_articles, old_mentions = corpus(
        ("a1", f"Robert Harris met {text}.", [("Robert Harris", "PERSON"), *shared]),
        *((f"o{k}", f"{name} spoke.", [(name, "PERSON")]) for k, name in enumerate(names)),
        *filler,
    )
    new_articles, new_mentions = corpus(("n1", f"Harris met {text}.", [("Harris", "PERSON"), *shared]))
    new = resolve_new(new_mentions, new_articles, stored_warehouse(tmp_path / "w.duckdb", old_mentions, old_articles))
    full = canonicalize(old_mentions, old_articles)
    same = entity_of(new.mentions, "n1", "Harris") == entity_of(full.mentions, "a1", "Robert Harris")
    assert same is linked


def test_a_new_word_its_article_uses_as_a_firm_does_not_join_a_stored_person(tmp_path: Path) -> None:
    """As in a full run (group_uses): "the Oslo-based Stoltenberg group" is no Jens Stoltenberg,
    though its article shares Olaf Scholz and Kyiv with his."""
    old_articles, old_mentions = corpus(*OLD)
    stored = stored_warehouse(tmp_path / "news.duckdb", old_mentions, old_articles)
    text = "The Oslo-based Stoltenberg group met Olaf Scholz in Kyiv."
    new_articles, new_mentions = corpus(
        ("n9", text, [("Stoltenberg", "ORG"), ("Olaf Scholz", "PERSON"), ("Kyiv", "GPE")])
    )
    new = resolve_new(new_mentions, new_articles, stored)
    full = canonicalize(old_mentions, old_articles)
    assert entity_of(new.mentions, "n9", "Stoltenberg") != entity_of(full.mentions, "a1", "Jens Stoltenberg")
