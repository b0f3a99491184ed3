"""Incremental story grouping (pipelines/stories/incremental.py): new articles assigned against a
warehouse that a full group_stories run wrote, with its persisted LSH index."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import numpy as np
import polars as pl
import pytest

from pipelines.ids import stable_id
from pipelines.stories.attach import attach
from pipelines.stories.evidence import report
from pipelines.stories.features import features, minhash_values
from pipelines.stories.grouping import ASSIGNMENTS_SCHEMA, STORIES_SCHEMA, group_stories
from pipelines.stories.incremental import assign_new
from pipelines.stories.signatures import SIGNATURES_SCHEMA, band_keys, digest_of, index_frame
from pipelines.stories.similarity import lsh_pairs, minhashes, shingles
from pipelines.stories.stored import Stored
from pipelines.warehouse import store
from pipelines.warehouse.tables import polars_schema, tables

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def seeds() -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """The seed articles, their canonical mentions (with the entities' labels) and entities."""
    from pipelines.entities.canonical import canonicalize, with_entity_labels
    from pipelines.entities.ner import mentions_frame
    from pipelines.ingest.articles import read_articles

    articles = read_articles(SEEDS)
    result = canonicalize(mentions_frame(articles), articles)
    return articles, with_entity_labels(result.mentions, result.entities), result.entities


def _number(articles: pl.DataFrame) -> dict[str, str]:
    """article_id -> the seed file's number ("000" ... "004"), and back."""
    pairs = {aid: Path(p).name[:3] for aid, p in articles.select("article_id", "source_path").iter_rows()}
    return pairs | {n: a for a, n in pairs.items()}


def _warehouse(path: Path, articles: pl.DataFrame, mentions: pl.DataFrame, entities: pl.DataFrame) -> Path:
    """A warehouse as the full path leaves it: group_stories over ``articles``, written by the
    store, with every article's LSH signature rows."""
    stories, assignments = group_stories(articles, mentions)
    ids = articles["article_id"].implode()
    store.write(
        path,
        {
            "articles": articles.join(assignments, on="article_id", how="left"),
            "stories": stories,
            "entities": entities,
            "mentions": mentions.filter(pl.col("article_id").is_in(ids)),
        },
    )
    with duckdb.connect(str(path)) as con:
        con.register("rows", signatures_frame_of(articles).to_arrow())
        con.execute("INSERT INTO story_signatures SELECT * FROM rows").fetchall()
    return path


def signatures_frame_of(articles: pl.DataFrame) -> pl.DataFrame:
    """The index rows of every article given (article_id, text), as the full path stores them."""
    sets, mhs, _ = features(articles["text"].to_list(), [None] * articles.height)
    return index_frame(dict(zip(articles["article_id"].cast(pl.String).to_list(), minhash_values(sets, mhs))))


def _assign(path: Path, articles: pl.DataFrame, mentions: pl.DataFrame):
    ids = articles["article_id"].implode()
    with duckdb.connect(str(path), read_only=True) as con:
        return assign_new(articles, mentions.filter(pl.col("article_id").is_in(ids)), con)


def _stored(path: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


# --------------------------------------------------------------------------- the index


def test_signature_rows_are_the_lsh_bands_and_give_the_minhash_back() -> None:
    texts = ["one two three four five six seven", "one two three four five six eight", "other words entirely here"]
    frame = signatures_frame_of(pl.DataFrame({"article_id": ["a", "b", "c"], "text": texts}))
    assert frame.schema == pl.Schema(SIGNATURES_SCHEMA)
    assert frame.height == 3 * 64
    digests = [m.hashvalues for m in minhashes([shingles(t) for t in texts])]
    for aid, digest in zip("abc", digests):
        buckets = frame.filter(pl.col("article_id") == aid).sort("band")["bucket"].to_numpy()
        assert np.array_equal(buckets, band_keys(digest))
        assert np.array_equal(digest_of(buckets), digest)
    # sharing a (band, bucket) is exactly what the in-memory LSH pairs
    shared = frame.join(frame, on=["band", "bucket"]).filter(pl.col("article_id") < pl.col("article_id_right"))
    pairs = {tuple(sorted(p)) for p in shared.select("article_id", "article_id_right").iter_rows()}
    assert pairs == {
        tuple(sorted("abc"[i] for i in p)) for p in lsh_pairs(minhashes([shingles(t) for t in texts]), [True] * 3)
    }


def test_the_full_path_cuts_the_index_from_the_grouping_minhashes() -> None:
    """The index the full run writes (cut from the MinHashes grouping computed) is the index of
    every live article's text, computed afresh: a removed article and a text without words have
    no rows."""
    from datetime import date

    from pipelines.stories.grouping import stories_and_digests
    from pipelines.stories.signatures import index_frame

    articles = pl.DataFrame(
        {
            "article_id": ["b", "a", "c", "d"],
            "title": ["Talks resume", None, "Talks resume", None],
            "text": ["one two three four five six seven", "one two three four five six eight", "... !", "gone words"],
            "published_at": [date(2024, 5, 2), None, date(2024, 5, 1), None],
            "removed_at": [None, None, None, date(2024, 6, 1)],
        }
    )
    mentions = pl.DataFrame(schema={"article_id": pl.String, "entity_id": pl.String})
    stories, assignments, digests = stories_and_digests(articles, mentions)
    grouped = group_stories(articles, mentions)
    assert stories.equals(grouped[0]) and assignments.equals(grouped[1])
    assert sorted(digests) == ["a", "b", "c"]
    assert index_frame(digests).equals(signatures_frame_of(articles.filter(pl.col("removed_at").is_null())))


def test_a_text_without_words_has_no_signature() -> None:
    assert signatures_frame_of(pl.DataFrame({"article_id": ["a"], "text": ["... !"]})).is_empty()


# --------------------------------------------------------------------------- against the seeds


def test_a_new_copy_of_a_stored_article_is_its_duplicate(seeds, tmp_path: Path) -> None:
    articles, mentions, entities = seeds
    path = _warehouse(tmp_path / "w.duckdb", articles, mentions, entities)
    number = _number(articles)
    original = articles.filter(pl.col("article_id") == number["002"])
    copy = original.with_columns(
        article_id=pl.lit("copy0002"), text="UPDATED: new details added.\n\n" + pl.col("text"), title=pl.lit(None)
    )
    result = _assign(
        path, copy, mentions.filter(pl.col("article_id") == number["002"]).with_columns(article_id=pl.lit("copy0002"))
    )
    [row] = result.assignments.to_dicts()
    [(story,)] = _stored(path, f"SELECT story_id FROM articles WHERE article_id = '{number['002']}'")
    assert row == {"article_id": "copy0002", "story_id": story, "duplicate_of": number["002"]}
    [joined] = result.stories.to_dicts()
    assert joined["story_id"] == story and joined["n_articles"] == 3  # 002, 003 and the copy
    assert result.signatures["article_id"].unique().to_list() == ["copy0002"]
    assert result.dropped_stories == []


def test_a_new_report_of_a_stored_event_joins_its_story(seeds, tmp_path: Path) -> None:
    articles, mentions, entities = seeds
    number = _number(articles)
    new = articles.filter(pl.col("article_id") == number["003"])
    path = _warehouse(tmp_path / "w.duckdb", articles.filter(pl.col("article_id") != number["003"]), mentions, entities)
    [(story,)] = _stored(path, f"SELECT story_id FROM articles WHERE article_id = '{number['002']}'")
    result = _assign(path, new, mentions)
    assert result.assignments.to_dicts() == [{"article_id": number["003"], "story_id": story, "duplicate_of": None}]
    [row] = result.stories.to_dicts()
    assert row["story_id"] == story and row["n_articles"] == 2


def test_an_unrelated_article_starts_its_own_story(seeds, tmp_path: Path) -> None:
    articles, mentions, entities = seeds
    path = _warehouse(tmp_path / "w.duckdb", articles, mentions, entities)
    text = "The village bakery won a regional prize for its sourdough loaf on Saturday, judges said."
    new = pl.DataFrame({"article_id": ["bread001"], "title": ["Bakery wins prize"], "text": [text]})
    result = _assign(path, new, mentions.clear())
    sid = stable_id("story", "bread001")
    assert result.assignments.to_dicts() == [{"article_id": "bread001", "story_id": sid, "duplicate_of": None}]
    assert result.stories.to_dicts() == [
        {"story_id": sid, "title": "Bakery wins prize", "first_published": None, "n_articles": 1, "n_outlets": 0}
    ]
    assert result.stories.schema == pl.Schema(STORIES_SCHEMA)
    assert result.assignments.schema == pl.Schema(ASSIGNMENTS_SCHEMA)


def _partners(story_of: dict[str, str], number: dict[str, str]) -> dict[str, set[str]]:
    """Seed number -> the numbers of the other seeds in its story."""
    return {number[a]: {number[b] for b, t in story_of.items() if t == s and b != a} for a, s in story_of.items()}


SPLITS = [set(c) for k in (1, 2) for c in itertools.combinations(["000", "001", "002", "003", "004"], k)]


@pytest.mark.parametrize("later", SPLITS, ids=["+".join(sorted(s)) for s in SPLITS])
def test_seeds_split_in_two_runs_group_as_in_one(seeds, tmp_path: Path, later: set[str]) -> None:
    """4+1 and 3+2: each later seed is in the story it has when all five are grouped at once
    (000+001, 002+003, 004), and the stored stories keep their ids and members. (Grouped alone,
    three or four seeds that hold both 000 and 001 split them, as the idf over so few texts
    differs: the first run's stories are what the later one must keep.)"""
    articles, mentions, entities = seeds
    number = _number(articles)
    is_later = pl.col("article_id").is_in([number[n] for n in later])
    path = _warehouse(tmp_path / "w.duckdb", articles.filter(~is_later), mentions, entities)
    before = dict(_stored(path, "SELECT article_id, story_id FROM articles"))
    result = _assign(path, articles.filter(is_later), mentions)
    after = before | dict(result.assignments.select("article_id", "story_id").iter_rows())
    at_once = dict(group_stories(articles, mentions)[1].select("article_id", "story_id").iter_rows())
    expected = _partners(at_once, number)
    first = _partners(before, number)
    if first == {n: expected[n] & set(first) for n in first}:  # the first run grouped its seeds right
        assert _partners(after, number) == expected
    assert {n: p for n, p in _partners(after, number).items() if n in later} == {n: expected[n] for n in later}
    assert result.assignments["duplicate_of"].null_count() == len(later)
    sizes = dict(result.stories.select("story_id", "n_articles").iter_rows())
    assert {s: list(after.values()).count(s) for s in sizes} == sizes


# --------------------------------------------------------------------------- synthetic warehouses

VOCAB = [f"w{i}" for i in range(20_000)]


def _text(seed: int, n_words: int = 300) -> str:
    """A random text: two such texts share (almost) no 4-word sequence."""
    words = random.Random(seed).choices(VOCAB, k=n_words)
    return "\n\n".join(" ".join(words[i : i + 30]) + "." for i in range(0, n_words, 30))


def _filled(table: str, frame: pl.DataFrame) -> pl.DataFrame:
    """``frame`` with the table's other columns: null where allowed, else a placeholder."""
    placeholder = {pl.String: "x", pl.Int64: 0, pl.Datetime("us", "UTC"): datetime(2026, 1, 1, tzinfo=UTC)}
    columns = {c.name: c.nullable for c in tables()[table].columns}
    schema = polars_schema(table)
    return frame.with_columns(
        pl.lit(None if nullable else placeholder.get(schema[name], []), dtype=schema[name]).alias(name)
        for name, nullable in columns.items()
        if name not in frame.columns
    ).select(list(schema))


def _synthetic(rows: list[dict]) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Articles, labelled mentions and entities from dicts of article_id, text, entities
    ({entity_id: count}, all PERSON) and optional title and published_at."""
    articles = pl.DataFrame(
        {k: [r.get(k) for r in rows] for k in ("article_id", "title", "text", "published_at")},
        schema={"article_id": pl.String, "title": pl.String, "text": pl.String, "published_at": pl.Date},
    )
    found = [(r["article_id"], e) for r in rows for e, n in r.get("entities", {}).items() for _ in range(n)]
    mentions = pl.DataFrame(
        {
            "mention_id": [f"m{k}" for k in range(len(found))],
            "article_id": [a for a, _ in found],
            "entity_id": [e for _, e in found],
            "label": ["PERSON"] * len(found),
        },
        schema={"mention_id": pl.String, "article_id": pl.String, "entity_id": pl.String, "label": pl.String},
    )
    names = sorted({e for _, e in found})
    entities = pl.DataFrame(
        {"entity_id": names, "name": names, "label": ["PERSON"] * len(names)},
        schema={"entity_id": pl.String, "name": pl.String, "label": pl.String},
    )
    return articles, mentions, entities


def _synthetic_warehouse(path: Path, rows: list[dict]) -> Path:
    articles, mentions, entities = _synthetic(rows)
    articles = _filled("articles", articles).drop("story_id", "duplicate_of")
    return _warehouse(path, articles, _filled("mentions", mentions), _filled("entities", entities))


def test_stored_word_frequencies_split_texts_as_the_reports_do(tmp_path: Path) -> None:
    """The SQL count of stored originals per word (the idf of the leads) is the count over the
    reports' words: case, curly apostrophes, digits and accents as :func:`words` has them; a
    copy is not an original."""
    texts = ["Müller’s 2024 plan: Bank's views.", "MÜLLER said the bank's plan was O'Neill's.", "Other news."]
    rows = [{"article_id": f"a{k}", "text": t} for k, t in enumerate(texts)]
    rows.append({"article_id": "a3", "text": texts[0]})  # a copy of a0
    path = _synthetic_warehouse(tmp_path / "w.duckdb", rows)
    wanted = sorted({w for t in texts for w in report(t).words} | {"absent"})
    with duckdb.connect(str(path), read_only=True) as con:
        counted = Stored(con, []).word_frequency(wanted)
    assert counted == Counter(w for t in texts for w in report(t).words)
    assert counted["müller's"] == 1 and counted["bank's"] == 2 and "absent" not in counted


def test_only_the_candidates_texts_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy of one stored article among forty reads that article's text and no other."""
    rows = [{"article_id": f"s{k:02d}", "text": _text(k), "entities": {f"p{k}": 2}} for k in range(40)]
    path = _synthetic_warehouse(tmp_path / "w.duckdb", rows)
    read: list[str] = []
    texts, heads = Stored.texts, Stored.heads
    monkeypatch.setattr(Stored, "texts", lambda self, ids: read.extend(ids) or texts(self, ids))
    monkeypatch.setattr(Stored, "heads", lambda self, ids, n: read.extend(ids) or heads(self, ids, n))
    articles, mentions, _ = _synthetic([{"article_id": "new", "text": _text(7) + " More.", "entities": {"p7": 2}}])
    result = _assign(path, articles, mentions)
    assert result.assignments["duplicate_of"].to_list() == ["s07"]
    assert set(read) == {"s07"}


def test_dated_articles_far_apart_are_read_only_as_copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stored report sharing half its text, or a rare name, dated a month before a new one, is
    not even looked up (the full path never pairs them); one of the same day with its lead, copy
    and names is its story; a copy a month older is still its original."""
    half = " ".join(_text(1).split()[:150])
    names = {f"e{k}": 3 for k in range(5)}
    rows = [
        {"article_id": "month", "text": half + " " + _text(2, 150), "published_at": date(2024, 1, 1)},
        {"article_id": "day", "text": half + " " + _text(3, 150), "entities": names, "published_at": date(2024, 1, 31)},
        {"article_id": "old", "text": _text(4), "published_at": date(2024, 1, 1)},
        {"article_id": "namesake", "text": _text(6), "entities": {"rare": 2}, "published_at": date(2024, 1, 1)},
        *({"article_id": f"other{k}", "text": _text(10 + k)} for k in range(4)),  # the half's words are rare
    ]
    path = _synthetic_warehouse(tmp_path / "w.duckdb", rows)
    read: list[str] = []
    looked_up: list[str] = []
    texts, rows = Stored.texts, Stored.articles
    monkeypatch.setattr(Stored, "texts", lambda self, ids: read.extend(ids) or texts(self, ids))
    monkeypatch.setattr(Stored, "articles", lambda self, ids: looked_up.extend(ids) or rows(self, ids))
    new = [
        {
            "article_id": "report",
            "text": half + " " + _text(5, 150),
            "entities": {"rare": 2} | names,
            "published_at": date(2024, 1, 31),
        },
        {"article_id": "copy", "text": _text(4) + " Again.", "published_at": date(2024, 1, 31)},
    ]
    result = _assign(path, *_synthetic(new)[:2])
    day, old = _stored(path, "SELECT story_id FROM articles WHERE article_id IN ('day', 'old') ORDER BY article_id")
    assert result.assignments.rows() == [("copy", old[0], "old"), ("report", day[0], None)]
    assert sorted(read) == ["day", "old"]
    assert sorted(looked_up) == ["day", "old"]


def test_an_update_under_a_stored_headline_is_its_copy(tmp_path: Path) -> None:
    """Most of a stored text under its headline (case and spaces aside) is a copy, though the
    texts' Jaccard (0.66) is under DUPLICATE_JACCARD; without the headline (its lead, copy and
    names) it is only its story."""
    names = {f"e{k}": 3 for k in range(5)}
    rows = [
        {"article_id": "a", "title": "Big News Today", "text": _text(1), "entities": names},
        {"article_id": "z", "text": _text(2)},
    ]
    path = _synthetic_warehouse(tmp_path / "w.duckdb", rows)
    kept = " ".join(_text(1).split()[:240])
    articles, mentions, _ = _synthetic(
        [
            {"article_id": "b", "title": " big  news\u00a0TODAY", "text": kept + " " + _text(3, 60)},
            {"article_id": "c", "text": kept + " " + _text(4, 60), "entities": names},
        ]
    )
    result = _assign(path, articles, mentions)
    story = stable_id("story", "a")
    assert result.assignments.rows() == [("b", story, "a"), ("c", story, None)]


def test_new_copies_of_a_new_article_point_at_the_earliest(tmp_path: Path) -> None:
    path = _synthetic_warehouse(tmp_path / "w.duckdb", [{"article_id": "old", "text": _text(1)}])
    articles, mentions, _ = _synthetic(
        [{"article_id": "n2", "text": _text(2) + " Updated."}, {"article_id": "n1", "text": _text(2)}]
    )
    result = _assign(path, articles, mentions)
    sid = stable_id("story", "n1")
    assert result.assignments.rows() == [("n1", sid, None), ("n2", sid, "n1")]
    assert result.stories.select("story_id", "n_articles").rows() == [(sid, 2)]


def test_an_article_sent_again_leaves_its_stored_story(tmp_path: Path) -> None:
    """Stored rows of an article given again are ignored: changed beyond recognition, it leaves
    its story (whose row is given again, one article smaller), and a story it alone made goes."""
    event = {"e1": 2, "e2": 2, "e3": 1}
    rows = [
        {"article_id": "a", "text": _text(1), "title": "Event", "entities": event},
        {"article_id": "b", "text": _text(1) + " More.", "title": "Event"},
        {"article_id": "c", "text": _text(3)},
    ]
    path = _synthetic_warehouse(tmp_path / "w.duckdb", rows)
    assert _stored(path, "SELECT count(DISTINCT story_id) FROM articles") == [(2,)]
    articles, mentions, _ = _synthetic(
        [{"article_id": "b", "text": _text(4), "title": "Other"}, {"article_id": "c", "text": _text(1) + " Again."}]
    )
    result = _assign(path, articles, mentions)
    a_story = stable_id("story", "a")
    assert result.assignments.rows() == [("b", stable_id("story", "b"), None), ("c", a_story, "a")]
    assert result.stories.select("story_id", "n_articles").rows() == sorted(
        [(a_story, 2), (stable_id("story", "b"), 1)]
    )
    assert result.dropped_stories == [stable_id("story", "c")]


# --------------------------------------------------------------------------- linkage with stored stories


def test_a_new_article_joins_the_story_it_is_most_linked_to() -> None:
    assert attach([0], {"s1": 1, "s2": 2}, {(0, "s1"): [1.2], (0, "s2"): [2.8, 1.0]}) == {0: "s2"}


def test_a_story_is_joined_only_with_evidence_with_all_its_originals() -> None:
    """Complete linkage: strong evidence with two of a story's three originals is not enough."""
    assert attach([0], {"s": 3}, {(0, "s"): [2.5, 2.5]}) == {0: 0}


def test_new_articles_never_merge_two_stored_stories() -> None:
    """Two new reports tied to both stories join the first one; the other story stays apart."""
    links = {(0, "s1"): [1.5], (1, "s1"): [1.5], (0, "s2"): [1.5], (1, "s2"): [1.5], (0, 1): [1.5]}
    assert attach([0, 1], {"s1": 1, "s2": 1}, links) == {0: "s1", 1: "s1"}


def test_new_articles_group_among_themselves_without_chaining() -> None:
    """0-1 and 1-2 linked, 0-2 not: 1 joins its strongest partner, the other stays alone."""
    assert attach([0, 1, 2], {}, {(0, 1): [1.2], (1, 2): [1.5]}) == {0: 0, 1: 1, 2: 1}


def _same_day_rows() -> list[dict]:
    """Two reports the same day of one happening, worded apart (their leads share 26 of 40
    words, no copy), two notices the same day from one template whose headlines name other
    subjects, and fillers that make their words rare."""
    day = date(2024, 5, 1)
    facts = _text(790, 26).rstrip(".").split()
    leads = [
        " ".join(random.Random(k).sample(facts, len(facts)) + _text(791 + k, 14).rstrip(".").split()) for k in (1, 2)
    ]
    template = _text(800, 120)
    opening = "WASHINGTON - Sugar output in {} was revised lower, the Velmo Department said in its report. "
    return [
        *(
            {
                "article_id": f"d{k}",
                "text": f"{lead}. " + _text(795 + k),
                "entities": {"quorland": 2, "velmo": 2},
                "published_at": day,
            }
            for k, lead in enumerate(leads)
        ),
        *(
            {
                "article_id": f"c{k}",
                "title": f"{name.upper()} SUGAR OUTPUT SEEN LOWER",
                "text": opening.format(name) + template + "\n\n" + _text(801 + k, 120),
                "entities": {"velmo department": 2, "washington": 1, name.lower(): 1},
                "published_at": day,
            }
            for k, name in enumerate(("Quorland", "Zentria"))
        ),
        *({"article_id": f"f{k:02d}", "text": _text(900 + k), "entities": {f"p{k}": 1}} for k in range(30)),
    ]


def test_same_day_reports_and_headline_subjects_match_the_full_path(tmp_path: Path) -> None:
    """Stored: one report of a same-day pair (leads mostly agreeing, no shared copy) and one
    template notice; new: the other two. The report joins its partner's story and the notice
    whose headline names another subject stays apart, as when all are grouped at once."""
    rows = _same_day_rows()
    later = {"d1", "c1"}
    path = _synthetic_warehouse(tmp_path / "w.duckdb", [r for r in rows if r["article_id"] not in later])
    articles, mentions, _ = _synthetic([r for r in rows if r["article_id"] in later])
    result = _assign(path, articles, mentions)
    stored = dict(_stored(path, "SELECT article_id, story_id FROM articles"))
    after = stored | dict(result.assignments.select("article_id", "story_id").iter_rows())
    full = dict(group_stories(*_synthetic(rows)[:2])[1].select("article_id", "story_id").iter_rows())
    assert full["d0"] == full["d1"] and full["c0"] != full["c1"]
    assert after["d1"] == after["d0"] and after["c1"] != after["c0"]


def test_a_copy_of_a_stored_copy_whose_original_is_gone(seeds, tmp_path: Path) -> None:
    """A stored copy whose original is no longer live stands for itself: a new copy of it is
    its duplicate (the matcher used to look the gone original up and fail)."""
    articles, mentions, entities = seeds
    number = _number(articles)
    original = articles.filter(pl.col("article_id") == number["002"])
    own = mentions.filter(pl.col("article_id") == number["002"])

    def copy(article_id: str, head: str) -> tuple[pl.DataFrame, pl.DataFrame]:
        text = pl.lit(head) + pl.col("text")
        return (
            original.with_columns(article_id=pl.lit(article_id), text=text, title=pl.lit(None)),
            own.with_columns(article_id=pl.lit(article_id), mention_id=pl.col("mention_id") + article_id),
        )

    stored_copy, stored_mentions = copy("copy0002", "UPDATED: new details added.\n\n")
    path = _warehouse(
        tmp_path / "w.duckdb", pl.concat([articles, stored_copy]), pl.concat([mentions, stored_mentions]), entities
    )
    with duckdb.connect(str(path)) as con:  # the stored copy of 002, whose file is then removed
        con.execute(f"UPDATE articles SET duplicate_of = '{number['002']}' WHERE article_id = 'copy0002'")
        con.execute(f"UPDATE articles SET removed_at = now() WHERE article_id = '{number['002']}'")
    new, new_mentions = copy("copy0003", "UPDATED: new details added.\n\n")
    [row] = _assign(path, new, new_mentions).assignments.to_dicts()
    assert row["duplicate_of"] == "copy0002"


def test_a_new_copy_of_an_article_stored_in_copies_reads_its_original_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new copy of an article stored four times (one original, three copies of it) is checked
    against the original: once it joins the original's group, checking the stored copies would
    change nothing, so their texts are not read."""
    stored = [{"article_id": f"copy{k}", "text": _text(1) + f" Copy {k}."} for k in range(4)]
    path = _synthetic_warehouse(tmp_path / "w.duckdb", stored)
    with duckdb.connect(str(path)) as con:
        con.execute("UPDATE articles SET duplicate_of = 'copy0' WHERE article_id <> 'copy0'")
    read: list[str] = []
    texts = Stored.texts
    monkeypatch.setattr(Stored, "texts", lambda self, ids: read.extend(ids) or texts(self, ids))
    [row] = _assign(
        path, *_synthetic([{"article_id": "again", "text": _text(1) + " Copy 9."}])[:2]
    ).assignments.to_dicts()
    assert row["duplicate_of"] == "copy0" and read == ["copy0"]


def test_the_copy_rules_hold_a_bounded_number_of_stored_texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new article that resembles many stored ones (an article stored in several copies) has
    its candidates checked in runs of at most STORED_TEXTS_HELD stored texts: the same stories
    and copies, with less held at once."""
    from pipelines.stories import incremental

    stored = [{"article_id": f"copy{k}", "text": _text(1) + f" Copy {k}."} for k in range(4)]
    stored += [{"article_id": f"other{k}", "text": _text(20 + k)} for k in range(3)]
    path = _synthetic_warehouse(tmp_path / "w.duckdb", stored)
    new = [
        {"article_id": "again", "text": _text(1) + " Copy 9."},
        {"article_id": "fresh", "text": _text(30)},
        {"article_id": "more", "text": _text(21) + " Updated."},
    ]
    whole = _assign(path, *_synthetic(new)[:2])
    held: list[int] = []
    read_texts = incremental._Candidates.read_texts

    def counted(self, pairs) -> None:
        read_texts(self, pairs)
        held.append(len(self.sets))

    monkeypatch.setattr(incremental._Candidates, "read_texts", counted)
    monkeypatch.setattr(incremental, "STORED_TEXTS_HELD", 1)
    in_runs = _assign(path, *_synthetic(new)[:2])
    assert in_runs.assignments.equals(whole.assignments) and in_runs.stories.equals(whole.stories)
    assert whole.assignments.filter(pl.col("article_id") == "again")["duplicate_of"].item().startswith("copy")
    assert max(held) == 1 and len(held) >= 3
