"""Properties of entity canonicalisation that hold for any mentions: no exception, every
mention kept points at an entity that exists, kept mentions are input mentions whose span is
text of their article overlapping their input span (it may hold the name only), and each entity
is referred to by a kept mention."""

from __future__ import annotations

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.entities.canonical import canonicalize
from pipelines.entities.ner import MENTION_SCHEMA
from pipelines.wordlists import ENTITY_LABELS

# Words that names are made of, so that generated mentions often share keys, surnames,
# acronyms and places; plus odd ones (honorifics, handles, case, accents, punctuation).
WORDS = [
    "Angela",
    "Merkel",
    "Mrs",
    "Mr",
    "Dr",
    "President",
    "Biden",
    "Joe",
    "NATO",
    "Nato",
    "North",
    "Atlantic",
    "Treaty",
    "Organization",
    "(NATO)",
    "EU",
    "European",
    "Union",
    "Paris",
    "France",
    "Russia",
    "Russian",
    "Federation",
    "US",
    "U.S.",
    "United",
    "States",
    "Zelensky",
    "Zelenskyy",
    "Émile",
    "Zola",
    "@BorisJohnson",
    "Boris",
    "Johnson",
    "plc",
    "Bank",
    "of",
    "England",
    "the",
    "'s",
    "Ctrl",
    "+",
    "Enter",
    "1234",
    "www.example.com",
    "İstanbul",
    "ß",
    "\n",
    "-",
    ".",
    ",",
]
phrase = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join)
odd_text = st.text(min_size=1, max_size=20)
labels = st.sampled_from([*ENTITY_LABELS, "DATE", "CARDINAL", ""])


@st.composite
def corpora(draw) -> tuple[pl.DataFrame, pl.DataFrame]:
    articles, rows = [], []
    for a in range(draw(st.integers(1, 4))):
        aid = f"a{a}"
        names = draw(st.lists(st.tuples(st.one_of(phrase, odd_text), labels), max_size=8))
        text, spans = "", []
        for name, label in names:
            text += draw(st.sampled_from([" said ", ". ", "\n\n", " and "]))
            spans.append((len(text), len(text) + len(name), label))
            text += name
        articles.append({"article_id": aid, "text": text})
        rows += [
            {
                "mention_id": f"{aid}:{s}:{e}",
                "article_id": aid,
                "text": text[s:e],
                "label": label,
                "start_char": s,
                "end_char": e,
            }
            for s, e, label in spans
        ]
    schema = {k: getattr(pl, v) for k, v in MENTION_SCHEMA.items()}
    return pl.DataFrame(articles), pl.DataFrame(rows, schema=schema)


@settings(max_examples=120, deadline=None)
@given(corpora())
def test_any_mentions_canonicalise_soundly(corpus: tuple[pl.DataFrame, pl.DataFrame]) -> None:
    articles, mentions = corpus
    result = canonicalize(mentions, articles)
    kept, entities = result.mentions, result.entities
    assert kept["entity_id"].null_count() == 0
    assert set(kept["entity_id"]) <= set(entities["entity_id"])
    assert entities["entity_id"].is_unique().all()
    assert set(entities["entity_id"]) <= set(kept["entity_id"])
    original = {r["mention_id"]: r for r in mentions.iter_rows(named=True)}
    texts = dict(articles.select("article_id", "text").iter_rows())
    for row in kept.iter_rows(named=True):
        before = original[row["mention_id"]]
        assert row["article_id"] == before["article_id"]
        # the span may hold the name only (name_spans), but it is text of its article and overlaps its input span
        assert row["text"] == texts[row["article_id"]][row["start_char"] : row["end_char"]]
        assert row["start_char"] < before["end_char"] and before["start_char"] < row["end_char"]
