"""Stories and near-duplicates (pipelines/stories.py): the seeds as a reader groups them, and
synthetic copies, events and hubs."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from pathlib import Path

import polars as pl
import pytest

from pipelines.ids import stable_id
from pipelines.stories import grouping as stories
from pipelines.stories import similarity
from pipelines.stories.evidence import SHARED_TEXT
from pipelines.stories.grouping import ASSIGNMENTS_SCHEMA, STORIES_SCHEMA, group_stories

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# --------------------------------------------------------------------------- seeds


@pytest.fixture(scope="module")
def seed_data() -> tuple[pl.DataFrame, pl.DataFrame]:
    """The seed articles and their canonical mentions, by the real NER and canonicalisation."""
    from pipelines.entities.canonical import canonicalize, with_entity_labels
    from pipelines.entities.ner import mentions_frame
    from pipelines.ingest.articles import read_articles

    articles = read_articles(SEEDS)
    result = canonicalize(mentions_frame(articles), articles)
    mentions = with_entity_labels(result.mentions, result.entities)
    return articles, mentions


def _seed_number(articles: pl.DataFrame) -> dict[str, str]:
    """article_id -> the seed file's number ("000" ... "004")."""
    return {aid: Path(path).name[:3] for aid, path in articles.select("article_id", "source_path").iter_rows()}


def test_seeds_group_as_a_reader_would(seed_data) -> None:
    """The five seeds report three events:

    * 000 and 001: Stoltenberg at the informal meeting of Nato foreign ministers in Oslo
      (1 June 2023: "Moscow does not have a veto" on enlargement), with Zelensky at the European
      Political Community summit in Moldova the same day. Worded independently, they share
      Oslo, Moldova and the EPC rather than sentences.
    * 002 and 003: Stoltenberg at the Ukraine defence contact group at Ramstein (21 April 2023),
      with Peskov's reply; they share long passages of the same agency copy (but each outlet
      rewrote enough that neither is a near-duplicate of the other).
    * 004: Stoltenberg's unannounced visit to Kyiv the day before. 002 and 003 mention that
      visit only as background ("It comes after Mr Stoltenberg yesterday pledged ..."), and it
      has its own news: Zelensky's request for long-range weapons, the Kyiv press conference.
      A reader keeps it apart from the Ramstein remarks, and far apart from Oslo, though every
      seed names Nato, Ukraine, Stoltenberg and Zelensky.
    """
    articles, mentions = seed_data
    story_table, assignments = group_stories(articles, mentions)
    number = _seed_number(articles)
    groups = sorted(
        sorted(number[a] for a in g) for g in assignments.group_by("story_id").agg("article_id")["article_id"].to_list()
    )
    assert groups == [["000", "001"], ["002", "003"], ["004"]]
    assert assignments["duplicate_of"].null_count() == assignments.height  # no republished copy
    assert story_table.height == 3
    assert sorted(story_table["n_articles"].to_list()) == [1, 2, 2]
    assert story_table["n_outlets"].to_list() == [0, 0, 0]  # no outlet column: unknown


def test_seed_story_ids_titles_and_dates(seed_data) -> None:
    """A story is named after, and its id derived from, its origin: the earliest dated member,
    else the member with the smallest article_id."""
    articles, mentions = seed_data
    story_table, assignments = group_stories(articles, mentions)
    members = assignments.join(articles.select("article_id", "title", "published_at"), on="article_id")
    for row in story_table.iter_rows(named=True):
        group = members.filter(pl.col("story_id") == row["story_id"]).sort(
            [pl.col("published_at").is_null(), "published_at", "article_id"]
        )
        assert row["story_id"] == stable_id("story", group["article_id"][0])
        assert row["first_published"] == group["published_at"].min()
        headlines = group["title"].drop_nulls()
        if headlines.len():
            assert row["title"] == headlines[0]
        else:  # no headline: the origin's first sentence
            assert row["title"]
    # The Oslo story is dated by the one seed that states its date.
    by_number = {n: aid for aid, n in _seed_number(articles).items()}
    oslo = story_table.filter(pl.col("story_id") == _story_of(assignments)[by_number["000"]]).row(0, named=True)
    if articles.filter(pl.col("article_id") == by_number["001"])["published_at"][0] is not None:
        assert oslo["first_published"] == date(2023, 6, 1)


# --------------------------------------------------------------------------- synthetic corpus

VOCAB = [f"w{i}" for i in range(20_000)]


def _text(seed: int, n_words: int = 300) -> str:
    """A random text: two such texts share (almost) no 4-word sequence."""
    rng = random.Random(seed)
    words = rng.choices(VOCAB, k=n_words)
    return "\n\n".join(" ".join(words[i : i + 30]) + "." for i in range(0, n_words, 30))


def _edit(text: str, n_edits: int, seed: int) -> str:
    """A lightly edited copy: a new first line and a few words replaced."""
    rng = random.Random(seed)
    words = text.split(" ")
    for pos in rng.sample(range(len(words)), n_edits):
        words[pos] = "changed"
    return "UPDATED with new details\n" + " ".join(words)


def _corpus(rows: list[dict], fillers: int = 6) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Articles and mentions from rows of dict(article_id, text, entities={id: count},
    published_at=None, title=None, outlet=...), plus unrelated filler articles."""
    rows = list(rows) + [
        {"article_id": f"f{i:03d}", "text": _text(1000 + i), "entities": {f"filler{i}_{k}": 1 for k in range(3)}}
        for i in range(fillers)
    ]
    data = {
        "article_id": [r["article_id"] for r in rows],
        "title": [r.get("title") for r in rows],
        "text": [r["text"] for r in rows],
        "published_at": [r.get("published_at") for r in rows],
    }
    schema = {"article_id": pl.String, "title": pl.String, "text": pl.String, "published_at": pl.Date}
    if any("outlet" in r for r in rows):
        data["outlet"] = [r.get("outlet") for r in rows]
        schema["outlet"] = pl.String
    articles = pl.DataFrame(data, schema=schema)
    mentions = pl.DataFrame(
        [
            {"article_id": r["article_id"], "entity_id": e, "label": "ORG"}
            for r in rows
            for e, n in r["entities"].items()
            for _ in range(n)
        ],
        schema={"article_id": pl.String, "entity_id": pl.String, "label": pl.String},
    )
    return articles, mentions


def _story_of(assignments: pl.DataFrame) -> dict[str, str]:
    return dict(assignments.select("article_id", "story_id").iter_rows())


def _duplicate_of(assignments: pl.DataFrame) -> dict[str, str | None]:
    return dict(assignments.select("article_id", "duplicate_of").iter_rows())


DAY = date(2024, 5, 1)


def _facts_lead(seed: int, variant: int) -> str:
    """A lead stating one happening's facts (the same rare words), in another order per report."""
    facts = _text(seed, 40).rstrip(".").split()
    random.Random(variant).shuffle(facts)
    return " ".join(facts) + ". "


LEAD = "Acme has sued Bolt in the high court over the design of its folding bicycle frame. "
EVENT_A = {"oslo": 3, "moldova": 2, "epc": 2, "colonna": 1}
EVENT_B = {"ramstein": 3, "peskov": 2, "pistorius": 2, "kremlin": 1}


def test_lightly_edited_copy_is_a_near_duplicate_of_the_earlier_article() -> None:
    original = _text(1)
    copy = _edit(original, 5, seed=2)
    assert similarity.jaccard(similarity.shingles(original), similarity.shingles(copy)) >= stories.DUPLICATE_JACCARD
    # The copy has the smaller id but was published a day later: the original is the earlier.
    articles, mentions = _corpus(
        [
            {
                "article_id": "b-original",
                "text": original,
                "entities": {},
                "published_at": date(2024, 3, 1),
                "title": "Original",
            },
            {"article_id": "a-copy", "text": copy, "entities": {}, "published_at": date(2024, 3, 2), "title": "Copy"},
            {"article_id": "c-other", "text": _text(3), "entities": {}, "published_at": date(2024, 3, 1)},
        ]
    )
    story_table, assignments = group_stories(articles, mentions)
    story, dup = _story_of(assignments), _duplicate_of(assignments)
    assert story["a-copy"] == story["b-original"] == stable_id("story", "b-original")
    assert dup == {**{a: None for a in dup}, "a-copy": "b-original"}
    assert story["c-other"] != story["b-original"]
    row = story_table.filter(pl.col("story_id") == story["b-original"]).row(0, named=True)
    assert row == {
        "story_id": stable_id("story", "b-original"),
        "title": "Original",
        "first_published": date(2024, 3, 1),
        "n_articles": 2,
        "n_outlets": 0,
    }


def test_undated_copies_point_at_the_smallest_id() -> None:
    text = _text(5)
    articles, mentions = _corpus(
        [
            {"article_id": "x3", "text": _edit(text, 3, seed=1), "entities": {}},
            {"article_id": "x1", "text": text, "entities": {}},
            {"article_id": "x2", "text": _edit(text, 4, seed=2), "entities": {}},
        ]
    )
    _, assignments = group_stories(articles, mentions)
    dup = _duplicate_of(assignments)
    assert (dup["x1"], dup["x2"], dup["x3"]) == (None, "x1", "x1")
    assert len({_story_of(assignments)[a] for a in ("x1", "x2", "x3")}) == 1


def test_heavily_rewritten_report_is_not_a_duplicate() -> None:
    text = _text(6)
    rewritten = _edit(text, 60, seed=3)  # a fifth of the words changed
    articles, mentions = _corpus(
        [
            {"article_id": "r1", "text": text, "entities": dict(EVENT_A)},
            {"article_id": "r2", "text": rewritten, "entities": dict(EVENT_A)},
        ]
    )
    _, assignments = group_stories(articles, mentions)
    assert _duplicate_of(assignments)["r2"] is None
    assert _story_of(assignments)["r1"] == _story_of(assignments)["r2"]  # same event


def test_unrelated_articles_are_different_stories() -> None:
    articles, mentions = _corpus(
        [
            {"article_id": "u1", "text": _text(10), "entities": dict(EVENT_A)},
            {"article_id": "u2", "text": _text(11), "entities": dict(EVENT_B)},
        ]
    )
    story_table, assignments = group_stories(articles, mentions)
    assert _story_of(assignments)["u1"] != _story_of(assignments)["u2"]
    assert story_table.height == articles.height  # every article a story of its own
    assert story_table["n_articles"].to_list() == [1] * articles.height


def test_two_outlets_on_one_event_share_a_story() -> None:
    """Different words but the same facts in the lead and the same rare names, the same day: one event."""
    articles, mentions = _corpus(
        [
            {
                "article_id": "e1",
                "text": _facts_lead(500, 1) + _text(20),
                "entities": {**EVENT_A, "only_e1": 1},
                "published_at": date(2024, 5, 1),
                "outlet": "Daily One",
            },
            {
                "article_id": "e2",
                "text": _facts_lead(500, 2) + _text(21),
                "entities": {**EVENT_A, "only_e2": 1},
                "published_at": date(2024, 5, 1),
                "outlet": "Two News",
            },
            {
                "article_id": "e3",
                "text": _facts_lead(500, 3) + _text(22),
                "entities": {**EVENT_A, "only_e3": 1},
                "published_at": date(2024, 5, 1),
                "outlet": "Two News",
            },
        ]
    )
    story_table, assignments = group_stories(articles, mentions)
    story = _story_of(assignments)
    assert story["e1"] == story["e2"] == story["e3"]
    assert _duplicate_of(assignments)["e2"] is None
    row = story_table.filter(pl.col("story_id") == story["e1"]).row(0, named=True)
    assert (row["n_articles"], row["n_outlets"], row["first_published"]) == (3, 2, date(2024, 5, 1))


def test_same_names_weeks_apart_are_different_events() -> None:
    articles, mentions = _corpus(
        [
            {"article_id": "d1", "text": LEAD + _text(30), "entities": dict(EVENT_A), "published_at": date(2024, 5, 1)},
            {
                "article_id": "d2",
                "text": LEAD + _text(31),
                "entities": dict(EVENT_A),
                "published_at": date(2024, 6, 20),
            },
            # undated: the same opening sentence and names, but no shared copy and no weekday
            {"article_id": "d3", "text": LEAD + _text(32), "entities": dict(EVENT_A)},
        ]
    )
    _, assignments = group_stories(articles, mentions)
    story = _story_of(assignments)
    assert story["d1"] != story["d2"]
    assert story["d3"] not in (story["d1"], story["d2"])


def test_one_shared_common_name_does_not_make_an_event() -> None:
    """Every article names the same capital; one article only names it in passing."""
    rows = [
        {"article_id": f"c{i}", "text": _text(40 + i), "entities": {"london": 2, f"own{i}_a": 2, f"own{i}_b": 1}}
        for i in range(4)
    ]
    articles, mentions = _corpus(rows)
    _, assignments = group_stories(articles, mentions)
    assert len(set(_story_of(assignments).values())) == articles.height


def test_a_hub_does_not_chain_two_unrelated_stories() -> None:
    """A round-up that copies half of report X (event A) and half of report Y (event B) and
    names both events' actors joins at most one of them: X and Y stay apart."""
    x_text, y_text = _text(50), _text(51)
    half = lambda t, first: " ".join(t.split(" ")[:150] if first else t.split(" ")[150:])  # noqa: E731
    hub_text = half(x_text, True) + "\n\n" + half(y_text, False)
    articles, mentions = _corpus(
        [
            {"article_id": "x", "text": x_text, "entities": dict(EVENT_A)},
            {"article_id": "y", "text": y_text, "entities": dict(EVENT_B)},
            {"article_id": "hub", "text": hub_text, "entities": {**EVENT_A, **EVENT_B}},
        ]
    )
    _, assignments = group_stories(articles, mentions)
    story = _story_of(assignments)
    assert story["x"] != story["y"]
    assert story["hub"] in (story["x"], story["y"])
    # Plain connected components would have chained them: both links are strong.
    sets = {r: similarity.shingles(t) for r, t in articles.select("article_id", "text").iter_rows()}
    for other in ("x", "y"):
        assert similarity.jaccard(sets["hub"], sets[other]) >= SHARED_TEXT


def test_a_genuine_three_report_story_is_kept_together() -> None:
    """Three reports of one event on one day where two share copy and the third shares the names
    and the lead's facts."""
    base = _text(60)
    articles, mentions = _corpus(
        [
            {"article_id": "g1", "text": base, "entities": dict(EVENT_B), "published_at": DAY},
            {"article_id": "g2", "text": _edit(base, 80, seed=4), "entities": dict(EVENT_B), "published_at": DAY},
            {
                "article_id": "g3",
                "text": _facts_lead(60, 1) + _text(61),
                "entities": {**EVENT_B, "extra": 1},
                "published_at": DAY,
            },
        ]
    )
    _, assignments = group_stories(articles, mentions)
    assert len({_story_of(assignments)[a] for a in ("g1", "g2", "g3")}) == 1


def test_result_does_not_depend_on_row_order() -> None:
    text = _text(70)
    articles, mentions = _corpus(
        [
            {"article_id": "o1", "text": text, "entities": dict(EVENT_A), "published_at": date(2024, 1, 2)},
            {"article_id": "o2", "text": _edit(text, 2, seed=9), "entities": dict(EVENT_A)},
            {"article_id": "o3", "text": _text(71), "entities": {**EVENT_A, "o3": 2}, "published_at": date(2024, 1, 3)},
            {"article_id": "o4", "text": _text(72), "entities": dict(EVENT_B)},
            {"article_id": "o5", "text": _text(73), "entities": dict(EVENT_B)},
        ]
    )
    first = group_stories(articles, mentions)
    shuffled = group_stories(
        articles.sample(fraction=1.0, shuffle=True, seed=7), mentions.sample(fraction=1.0, shuffle=True, seed=8)
    )
    assert first[0].equals(shuffled[0]) and first[1].equals(shuffled[1])
    again = group_stories(articles.reverse(), mentions.reverse())
    assert first[0].equals(again[0]) and first[1].equals(again[1])


def test_schemas_and_every_article_in_one_story() -> None:
    articles, mentions = _corpus(
        [
            {"article_id": "s1", "text": _text(80), "entities": dict(EVENT_A), "outlet": "One"},
            {"article_id": "s2", "text": _text(81), "entities": dict(EVENT_A), "outlet": None},
        ]
    )
    story_table, assignments = group_stories(articles, mentions)
    assert story_table.schema == pl.Schema(STORIES_SCHEMA)
    assert assignments.schema == pl.Schema(ASSIGNMENTS_SCHEMA)
    assert sorted(assignments["article_id"].to_list()) == sorted(articles["article_id"].to_list())
    assert assignments["story_id"].null_count() == 0
    assert set(assignments["story_id"]) == set(story_table["story_id"])
    assert story_table["n_articles"].sum() == articles.height
    assert story_table["title"].null_count() == 0  # no headline: the first sentence
    s = story_table.filter(pl.col("story_id") == _story_of(assignments)["s1"]).row(0, named=True)
    assert s["n_outlets"] == 1 and s["title"].startswith("w")


def test_title_falls_back_to_the_first_sentence() -> None:
    text = "Ministers met in Oslo on Thursday. They agreed on nothing. " + _text(90)
    story_table, _ = group_stories(
        pl.DataFrame(
            {"article_id": ["t1"], "title": [None], "text": [text], "published_at": [None]},
            schema={"article_id": pl.String, "title": pl.String, "text": pl.String, "published_at": pl.Date},
        ),
        pl.DataFrame(schema={"article_id": pl.String, "entity_id": pl.String, "label": pl.String}),
    )
    assert story_table["title"].to_list() == ["Ministers met in Oslo on Thursday."]


def test_empty_input_and_missing_optional_columns() -> None:
    empty_articles = pl.DataFrame(
        schema={"article_id": pl.String, "title": pl.String, "text": pl.String, "published_at": pl.Date}
    )
    empty_mentions = pl.DataFrame(schema={"article_id": pl.String, "entity_id": pl.String, "label": pl.String})
    story_table, assignments = group_stories(empty_articles, empty_mentions)
    assert story_table.is_empty() and story_table.schema == pl.Schema(STORIES_SCHEMA)
    assert assignments.is_empty() and assignments.schema == pl.Schema(ASSIGNMENTS_SCHEMA)
    # No title, no date, no label column: still one story per article.
    bare = pl.DataFrame({"article_id": ["n1", "n2"], "text": [_text(91), ""]})
    story_table, assignments = group_stories(bare, pl.DataFrame({"article_id": ["n1"], "entity_id": ["e"]}))
    assert assignments.height == 2 and story_table.height == 2


def test_removed_articles_shape_no_story() -> None:
    """The earlier report (r1, with the headline) and its copy's original are removed: the live
    copy copies nothing, and the live report's story is its own, named by it."""
    base, other = _text(400), _text(401)
    articles, mentions = _corpus(
        [
            {
                "article_id": "r1",
                "text": base,
                "entities": dict(EVENT_A),
                "title": "Removed headline",
                "published_at": date(2024, 3, 1),
            },
            {
                "article_id": "r2",
                "text": _edit(base, 3, seed=4),
                "entities": dict(EVENT_A),
                "published_at": date(2024, 3, 2),
            },
            {
                "article_id": "r3",
                "text": _facts_lead(400, 1) + other,  # r1's news in its own words
                "entities": dict(EVENT_A),
                "published_at": date(2024, 3, 1),
            },
        ]
    )
    story_table, assignments = group_stories(articles, mentions)
    by_id = {r["article_id"]: r for r in assignments.iter_rows(named=True)}
    assert by_id["r2"]["duplicate_of"] == "r1" and by_id["r3"]["story_id"] == by_id["r1"]["story_id"]

    removed = articles.with_columns(
        pl.when(pl.col("article_id") == "r1").then(pl.lit(datetime(2024, 4, 1, tzinfo=UTC))).alias("removed_at")
    )
    story_table, assignments = group_stories(removed, mentions)
    live_only, _ = group_stories(articles.filter(pl.col("article_id") != "r1"), mentions)
    by_id = {r["article_id"]: r for r in assignments.iter_rows(named=True)}
    assert by_id["r1"] == {"article_id": "r1", "story_id": None, "duplicate_of": None}
    assert by_id["r2"]["duplicate_of"] is None
    assert stable_id("story", "r1") not in story_table["story_id"].to_list()
    assert "Removed headline" not in story_table["title"].to_list()
    assert story_table.equals(live_only)


def test_a_chain_of_copies_points_at_the_group_original() -> None:
    """v3 copies v2 which copies v1, but v3 alone is too far from v1: all are one copy group,
    and duplicate_of names its original, v1."""
    v1 = _text(95)
    words = v1.split(" ")
    v2 = " ".join("two" if k % 50 == 3 else w for k, w in enumerate(words))
    v3 = " ".join("three" if k % 50 == 28 else w for k, w in enumerate(v2.split(" ")))
    sets = [similarity.shingles(t) for t in (v1, v2, v3)]
    assert similarity.jaccard(sets[0], sets[1]) >= stories.DUPLICATE_JACCARD
    assert similarity.jaccard(sets[1], sets[2]) >= stories.DUPLICATE_JACCARD
    assert similarity.jaccard(sets[0], sets[2]) < stories.DUPLICATE_JACCARD
    articles, mentions = _corpus(
        [
            {"article_id": "v1", "text": v1, "entities": {}, "published_at": date(2024, 2, 1)},
            {"article_id": "v2", "text": v2, "entities": {}, "published_at": date(2024, 2, 2)},
            {"article_id": "v3", "text": v3, "entities": {}, "published_at": date(2024, 2, 3)},
        ]
    )
    _, assignments = group_stories(articles, mentions)
    dup = _duplicate_of(assignments)
    assert (dup["v1"], dup["v2"], dup["v3"]) == (None, "v1", "v1")


def test_same_title_and_most_text_shared_is_a_copy() -> None:
    """A copy with a dozen words changed falls below DUPLICATE_JACCARD, but keeps its title."""
    original = _text(50)
    copy = _edit(original, 15, seed=51)
    assert (
        0.5 < similarity.jaccard(similarity.shingles(original), similarity.shingles(copy)) < stories.DUPLICATE_JACCARD
    )
    rows = [
        {"article_id": "t1", "title": "Acme sues its rival", "text": original, "entities": {"acme": 2}},
        {"article_id": "t2", "title": "Acme sues its  rival", "text": copy, "entities": {"acme": 2}},
        {"article_id": "t3", "title": "Another headline", "text": _edit(original, 15, seed=52), "entities": {}},
    ]
    articles, mentions = _corpus(rows)
    _, assignments = group_stories(articles, mentions)
    dup = _duplicate_of(assignments)
    assert dup["t2"] == "t1" and dup["t1"] is None
    assert dup["t3"] is None  # most text shared, but another title: the same event, not a copy


def test_shared_actor_and_topic_alone_are_not_one_event() -> None:
    """Two lawsuits by one company: they share the company and the court, named in many
    articles, and nothing distinctive; undated, so time cannot tell them apart."""
    rows = [
        {"article_id": f"s{i}", "text": _text(60 + i), "entities": {"acme": 8, "high court": 3, f"party{i}": 1}}
        for i in range(2)
    ] + [
        {"article_id": f"o{i}", "text": _text(70 + i), "entities": {"acme": 1, "high court": 1, f"topic{i}": 3}}
        for i in range(2)
    ]
    articles, mentions = _corpus(rows, fillers=8)
    _, assignments = group_stories(articles, mentions)
    story = _story_of(assignments)
    assert story["s0"] != story["s1"]


def test_shared_names_the_same_lead_and_shared_copy_make_one_event() -> None:
    """Two undated reports of one event open on the same facts, share their names and an
    agency paragraph (undated, the same lead and names alone are a topic: see below)."""
    agency = _text(89, 100)
    rows = [
        {
            "article_id": f"e{i}",
            "text": LEAD + agency + _text(80 + i, 200),
            "entities": {"acme": 8, "high court": 3, f"x{i}": 1},
        }
        for i in range(2)
    ] + [
        {"article_id": f"o{i}", "text": _text(90 + i), "entities": {"acme": 1, "high court": 1, f"topic{i}": 3}}
        for i in range(2)
    ]
    articles, mentions = _corpus(rows, fillers=8)
    _, assignments = group_stories(articles, mentions)
    story = _story_of(assignments)
    assert story["e0"] == story["e1"]


# --------------------------------------------------------------------------- undated events (issue 11)

SPORT_WORDS = "coach squad match season league club cup final injury striker".split()


def _report(lead: str, seed: int, n_words: int = 250) -> str:
    """A report opening on ``lead`` (its news), then body text of its own."""
    return lead + "\n\n" + _text(seed, n_words)


def _topic_corpus(rows: list[dict]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Rows on one running topic among many other articles, so that the topic's actors are
    rare corpus-wide but common to the rows."""
    return _corpus(rows, fillers=30)


def test_two_steps_of_one_running_story_stay_apart() -> None:
    """Undated: a ban and, later, its lifting. Same athlete, body and place (all entities
    shared), each recapping the other's news, and a shared agency paragraph; but each lead
    reports its own happening, which the other report does not contain."""
    shared = _text(700, 60)
    banned = (
        "Kenya's athletics body has suspended marathon runner Zala Quorn from all competition "
        "after she missed a training camp in Embu. " + shared + "\n\n" + _text(701)
    )
    lifted = (
        "Kenya's athletics body has reversed a ban on marathon runner Zala Quorn after an official "
        "apology, citing her contract with organisers overseas. " + shared + "\n\n" + _text(702)
    )
    entities = {"zala quorn": 3, "athletics kenya": 2, "embu": 1}
    articles, mentions = _topic_corpus(
        [
            {"article_id": "ban", "text": banned, "entities": dict(entities)},
            {"article_id": "lift", "text": lifted, "entities": dict(entities)},
        ]
    )
    _, assignments = group_stories(articles, mentions)
    story = _story_of(assignments)
    assert story["ban"] != story["lift"]


def test_same_topic_and_shared_background_is_not_one_event() -> None:
    """Undated: two reports on one party's leader share a long background paragraph (a fifth of
    their text) and its names, but open on different news."""
    background = _text(710, 80)
    a = "The party leader launched a campaign on pensions in Leeds. " + _text(713, 30) + background + _text(711, 150)
    b = "The party leader named a new spokesman after a reshuffle. " + _text(714, 30) + background + _text(712, 150)
    entities = {"party leader": 3, "westminster": 1, "labour": 1}
    articles, mentions = _topic_corpus(
        [{"article_id": "pa", "text": a, "entities": entities}, {"article_id": "pb", "text": b, "entities": entities}]
    )
    _, assignments = group_stories(articles, mentions)
    story = _story_of(assignments)
    assert story["pa"] != story["pb"]


def test_one_event_reported_twice_undated_joins() -> None:
    """Undated: two write-ups of one happening share agency copy and open on the same facts."""
    lead = "Zorvex has agreed to buy Plimco for four billion after a month of talks, the two firms said. "
    shared = _text(720, 120)
    one = lead + shared + "\n\n" + _text(721, 150)
    two = "Plimco is to be bought by Zorvex for four billion, the two firms said. " + shared + "\n\n" + _text(722, 150)
    entities = {"zorvex": 3, "plimco": 3}
    articles, mentions = _topic_corpus(
        [
            {"article_id": "m1", "text": one, "entities": entities},
            {"article_id": "m2", "text": two, "entities": entities},
        ]
    )
    _, assignments = group_stories(articles, mentions)
    story = _story_of(assignments)
    assert story["m1"] == story["m2"]
    assert _duplicate_of(assignments)["m2"] is None


def test_same_lead_and_weekday_undated_joins() -> None:
    """Undated, worded independently: the same facts in the lead, the same actors, and the same
    weekday as the time of the happening."""
    facts = _text(735, 34).rstrip(".")  # the lead's facts: who, what, where
    one = f"Ministers met on Thursday and agreed: {facts}. " + _text(730)
    two = f"On Thursday the ministers agreed: {' '.join(reversed(facts.split()))}. " + _text(731)
    other = f"Ministers met on Monday and agreed: {facts}. " + _text(732)
    entities = {"quorland": 2, "velmo": 2}
    articles, mentions = _topic_corpus(
        [
            {"article_id": "w1", "text": one, "entities": entities},
            {"article_id": "w2", "text": two, "entities": entities},
            {"article_id": "w3", "text": other, "entities": entities},
        ]
    )
    _, assignments = group_stories(articles, mentions)
    story = _story_of(assignments)
    assert story["w1"] == story["w2"]
    assert story["w3"] != story["w1"]  # another weekday: another meeting


def test_retitled_copy_with_the_same_opening_is_a_duplicate() -> None:
    """An updated copy under a new headline: the same opening, and nearly all of the shorter
    text inside the longer one."""
    original = _text(740)
    longer = original + "\n\n" + _text(741, 120)  # Jaccard 0.71: under DUPLICATE_JACCARD
    articles, mentions = _topic_corpus(
        [
            {"article_id": "h1", "title": "Hewson falls to Dent in Adelaide", "text": original, "entities": {}},
            {"article_id": "h2", "title": "Hewson falls to Dent", "text": longer, "entities": {}},
        ]
    )
    _, assignments = group_stories(articles, mentions)
    assert _duplicate_of(assignments)["h2"] == "h1"


def test_openings_naming_different_weekdays_are_different_days() -> None:
    """Undated: one row, reported twice with a shared background paragraph and the same facts
    in the lead, but each opening dates its happening to another weekday (the criticism on
    Monday, the refusal on Tuesday): two happenings."""
    lead = _facts_lead(750, 1)
    background = _text(751, 100)
    one = lead + "The minister criticised the mayor on Monday. " + background + _text(752, 150)
    two = _facts_lead(750, 2) + "The mayor again refused on Tuesday. " + background + _text(753, 150)
    entities = {"mayor": 2, "minister": 2}
    articles, mentions = _topic_corpus(
        [
            {"article_id": "t1", "text": one, "entities": entities},
            {"article_id": "t2", "text": two, "entities": entities},
        ]
    )
    _, assignments = group_stories(articles, mentions)
    story = _story_of(assignments)
    assert story["t1"] != story["t2"]


def test_a_report_adding_its_own_news_to_shared_copy_is_another_happening() -> None:
    """Undated: the second report recaps all of the first (its lead and background), but opens
    on news of its own, with names and figures the first never gives: another happening."""
    first_lead = _facts_lead(760, 1)
    shared = _text(761, 120)
    first = first_lead + shared + "\n\n" + _text(762, 150)
    second = (
        "A poll by Zentrix found 45 percent of Quarmen voters against it, and Dovell said 12 more. "
        + _text(763, 30)
        + "\n\n"
        + first_lead
        + shared
        + "\n\n"
        + _text(764, 100)
    )
    entities = {"treaty": 3, "quarmen": 2}
    articles, mentions = _topic_corpus(
        [
            {"article_id": "q1", "text": first, "entities": entities},
            {"article_id": "q2", "text": second, "entities": entities},
        ]
    )
    _, assignments = group_stories(articles, mentions)
    story = _story_of(assignments)
    assert story["q1"] != story["q2"]


def test_same_day_template_reports_with_other_names_and_figures_stay_apart() -> None:
    """Two notices the same day from one place, written to one template (shared wording and
    dateline), about other companies and other figures: two happenings."""
    template = _text(770, 36)
    one = "KAHULUI - Zentrix Corp pays 5 cents. " + template + "\n\n" + _text(771, 40)
    two = "KAHULUI - Dovell Inc pays 12 cents. " + template + "\n\n" + _text(772, 40)
    entities = {"kahului": 1, "hawaii": 1}
    articles, mentions = _topic_corpus(
        [
            {"article_id": "n1", "text": one, "entities": entities, "published_at": DAY},
            {"article_id": "n2", "text": two, "entities": entities, "published_at": DAY},
        ]
    )
    _, assignments = group_stories(articles, mentions)
    story = _story_of(assignments)
    assert story["n1"] != story["n2"]


def test_a_brief_and_its_longer_update_under_another_headline_is_a_copy() -> None:
    """The update doubles the brief (Jaccard 0.5, far under DUPLICATE_JACCARD) but opens the
    same and contains all of it: one article, republished."""
    brief = _text(780, 150)
    update = brief + "\n\n" + _text(781, 150)
    assert similarity.jaccard(similarity.shingles(brief), similarity.shingles(update)) < 0.55
    articles, mentions = _topic_corpus(
        [
            {"article_id": "u1", "title": "Quarmen dam bursts", "text": brief, "entities": {}},
            {"article_id": "u2", "title": "Hundreds flee as Quarmen dam bursts", "text": update, "entities": {}},
        ]
    )
    _, assignments = group_stories(articles, mentions)
    assert _duplicate_of(assignments)["u2"] == "u1"


# --------------------------------------------------------------------------- dated events, headlines (issue 11)


def _partial_lead(seed: int, own: int, variant: int, shared_words: int = 26, lead_words: int = 40) -> str:
    """A lead whose first ``shared_words`` words are one happening's facts (in another order per
    report) and whose other words are the report's own."""
    facts = _text(seed, shared_words).rstrip(".").split()
    random.Random(variant).shuffle(facts)
    return " ".join(facts + _text(own, lead_words - shared_words).rstrip(".").split()) + ". "


def test_same_day_reports_opening_on_one_happening_join_without_shared_copy() -> None:
    """Dated the same day, two reports worded apart (no shared copy) whose leads give most of one
    happening's facts, each with a few words of its own (lead agreement 0.6, under the undated
    LEAD_AGREE), and share their actors: one event. The same pair undated stays apart (no day
    to tell the time by)."""
    one = _partial_lead(790, 791, 1) + _text(792)
    two = _partial_lead(790, 793, 2) + _text(794)
    entities = {"quorland": 2, "velmo": 2, "zentrix": 1}
    for published_at, joined in ((DAY, True), (None, False)):
        articles, mentions = _topic_corpus(
            [
                {"article_id": "d1", "text": one, "entities": entities, "published_at": published_at},
                {"article_id": "d2", "text": two, "entities": entities, "published_at": published_at},
            ]
        )
        _, assignments = group_stories(articles, mentions)
        story = _story_of(assignments)
        assert (story["d1"] == story["d2"]) is joined, published_at


def test_same_day_reports_whose_headlines_name_other_subjects_stay_apart() -> None:
    """One agency's two notices the same day from one template (shared copy, the same lead
    words but the subject's name): each headline names its subject, which the other report
    never mentions (two countries' crop revisions): two happenings."""
    template = _text(800, 120)
    opening = "WASHINGTON - Sugar output in {} was revised lower, the Velmo Department said in its report. "
    rows = [
        {
            "article_id": f"c{k}",
            "title": f"{name.upper()} SUGAR OUTPUT SEEN LOWER",
            "text": opening.format(name) + template + "\n\n" + _text(801 + k, 120),
            "entities": {"velmo department": 2, "washington": 1, name.lower(): 1},
            "published_at": DAY,
        }
        for k, name in enumerate(("Quorland", "Zentria"))
    ]
    articles, mentions = _topic_corpus(rows)
    _, assignments = group_stories(articles, mentions)
    story = _story_of(assignments)
    assert story["c0"] != story["c1"]


@pytest.mark.parametrize("text", ["Don’t stop: rock’n’roll’s ’ bands ’a’ and O'Neill’s", "İSTANBUL’S MAYOR", "", None])
def test_words_straighten_apostrophes_as_they_did_word_by_word(text) -> None:
    """``words`` straightens curly apostrophes before the search: the words are those found
    first and straightened one by one (either apostrophe joins a word's parts)."""
    from pipelines.stories.similarity import WORD_RE, words

    assert words(text) == [w.replace("’", "'") for w in WORD_RE.findall((text or "").lower())]


def test_same_day_releases_whose_headlines_state_other_figures_stay_apart() -> None:
    """One agency's two releases the same day about one subject (a month's output and the
    year's), each headline stating its own figure, which the other report never gives: two
    happenings however much wording, actors and dateline they share. The same pair whose second
    headline states no figure, or a figure the first report gives too, joins."""
    template = "It was 2.3 pct above the 1985 level. " + _text(810, 120)
    lead = (
        "OTTAWA - Quorland output rose a seasonally adjusted {} pct in the {} to December 1986, the Velmo Agency said. "
    )
    entities = {"velmo agency": 2, "ottawa": 1, "quorland": 2}
    for second_title, joined in (
        ("QUORLAND OUTPUT RISES 3.1 PCT IN 1986", False),
        ("QUORLAND OUTPUT RISES IN 1986", True),
        ("QUORLAND OUTPUT UP 1.2 PCT IN MONTH, 3.1 PCT IN 1986", True),
    ):
        rows = [
            {
                "article_id": "g1",
                "title": "QUORLAND DECEMBER OUTPUT GAINS 1.2 PCT",
                "text": lead.format("1.2", "month") + template + "\n\n" + _text(811, 120),
                "entities": entities,
                "published_at": DAY,
            },
            {
                "article_id": "g2",
                "title": second_title,
                "text": lead.format("3.1", "year") + template + "\n\n" + _text(812, 120),
                "entities": entities,
                "published_at": DAY,
            },
        ]
        articles, mentions = _topic_corpus(rows)
        _, assignments = group_stories(articles, mentions)
        story = _story_of(assignments)
        assert (story["g1"] == story["g2"]) is joined, second_title
