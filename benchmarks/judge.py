"""Fresh random samples of a warehouse's quotes, cross-article entity merges, stories and amount
objects, printed with the context a person needs to judge each one right or wrong.

    python -m benchmarks.judge [WAREHOUSE] [--seed N] [--quotes 30] [--merges 15] [--stories 15] [--amounts 40]
                               [--labels 30]

* **quote**: the quote, its speaker (entity name and label, and how the text names it), its cue,
  and the text around it.
* **merge**: an entity whose mentions come from several articles under different surface forms:
  each surface form with an article using it (another article for each form where it can) and
  the sentence around it, marked when that article never names the entity's full name.
* **story**: a story with at least two originals (articles that copy nothing): each member's
  date, title and lead, copies marked.
* **amount**: the amount, its object, and its sentence.
* **label**: an entity (drawn uniformly over entities) with its label, aliases and up to
  ``MAX_LABEL_MENTIONS`` of its mentions in context.

Samples are the ids that hash lowest under the seed, so a seed draws the same items from two
warehouses wherever they share them; use a seed you did not tune on.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import textwrap
from pathlib import Path

import polars as pl

from pipelines.warehouse import store

DEFAULT_WAREHOUSE = Path("warehouse/news.duckdb")
CONTEXT_CHARS = 200
"""Characters of article text shown on each side of a quote, mention or amount."""
MAX_SURFACES = 6
"""Surface forms shown per merged entity."""
OPENING_CHARS = 400
"""Characters of each story member's text shown after its title: its dateline and lead (the
first two or three sentences), which tell the happening it reports."""
MAX_LABEL_MENTIONS = 3
"""Mentions shown per entity of the label sample."""


def _sample(frame: pl.DataFrame, key: str, n: int, seed: int) -> pl.DataFrame:
    """The n rows whose ids hash lowest under the seed: the same seed draws the same items from
    two warehouses wherever they share them (a before/after comparison judges the same quotes)."""
    ids = frame[key].unique().to_list()
    chosen = sorted(ids, key=lambda i: hashlib.sha1(f"{seed}:{i}".encode()).hexdigest())[:n]
    return frame.filter(pl.col(key).is_in(chosen)).sort(key)


def _around(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """The text around [start, end), the span itself in [[ ]], on one line."""
    a, b = max(0, start - width), min(len(text), end + width)
    snippet = f"{'…' if a else ''}{text[a:start]}[[{text[start:end]}]]{text[end:b]}{'…' if b < len(text) else ''}"
    return " ".join(snippet.split())


def _wrap(s: str, indent: str = "    ") -> str:
    return textwrap.fill(s, width=110, initial_indent=indent, subsequent_indent=indent)


def quotes(db: Path, n: int, seed: int) -> list[str]:
    frame = store.read(
        db,
        """SELECT q.quote_id, q.speaker_text, q.cue, q.start_char, q.end_char, a.title, a.text,
                  e.name AS speaker, e.label AS speaker_label
           FROM quotes q JOIN articles a USING (article_id)
           LEFT JOIN entities e ON e.entity_id = q.speaker_entity_id""",
    )
    out = []
    for k, r in enumerate(_sample(frame, "quote_id", n, seed).iter_rows(named=True), 1):
        who = f"{r['speaker']} ({r['speaker_label']})" if r["speaker"] else "—"
        out.append(f"Q{k}. [{r['title']}] speaker: {who}; written {r['speaker_text']!r}; cue {r['cue']!r}")
        out.append(_wrap(_around(r["text"], r["start_char"], r["end_char"])))
    return out


def merges(db: Path, n: int, seed: int) -> list[str]:
    frame = store.read(
        db,
        """SELECT e.entity_id, e.name, e.label, m.text AS surface, m.start_char, m.end_char,
                  a.title, a.text, m.article_id
           FROM mentions m JOIN entities e USING (entity_id) JOIN articles a USING (article_id)
           WHERE e.entity_id IN (
               SELECT entity_id FROM mentions GROUP BY entity_id
               HAVING count(DISTINCT article_id) > 1 AND count(DISTINCT text) > 1)
           ORDER BY e.entity_id, m.text, m.article_id, m.start_char""",
    )
    return merge_sample(frame, n, seed)


def _bare(name: str) -> str:
    """A name compared as a reader would: case, punctuation, a leading "the" and a possessive
    aside ("the U.S. Dollar's" is "us dollar")."""
    name = re.sub(r"['’]s\b", "", name.lower())
    name = " ".join(re.sub(r"[^\w\s]", " ", name).split())
    return name.removeprefix("the ")


def merge_sample(frame: pl.DataFrame, n: int, seed: int) -> list[str]:
    """n merged entities (``frame``: one row per mention, with its entity's name and label, and
    its article's title and text), each with up to MAX_SURFACES surface forms, every form shown
    in an article not shown yet where it has one, and there in one that never names the entity's
    full name where it has one (marked: its text never writes the name, case, punctuation and
    a possessive aside: a link made on the string and its context alone), so that the links
    across articles are what the reader sees."""
    picked = _sample(frame.select("entity_id").unique(), "entity_id", n, seed)["entity_id"].to_list()
    out = []
    for k, eid in enumerate(picked, 1):
        rows = frame.filter(pl.col("entity_id") == eid).sort("surface", "article_id", "start_char")
        first = rows.row(0, named=True)
        full = _bare(first["name"])
        with_full = {r["article_id"] for r in rows.iter_rows(named=True) if f" {full} " in f" {_bare(r['text'])} "}
        n_articles = rows["article_id"].n_unique()
        n_forms = rows["surface"].n_unique()
        out.append(f"M{k}. {first['name']} ({first['label']}): {n_forms} surface forms in {n_articles} articles")
        shown: set[str] = set()
        for _, group in rows.group_by("surface", maintain_order=True):
            if len(shown) >= MAX_SURFACES:
                break
            candidates = list(group.iter_rows(named=True))
            r = min(candidates, key=lambda c: (c["article_id"] in shown, c["article_id"] in with_full))
            shown.add(r["article_id"])
            alone = "" if r["article_id"] in with_full else " (its article never names the full name)"
            context = _around(r["text"], r["start_char"], r["end_char"], 80)
            out.append(_wrap(f"{r['surface']!r} in {r['article_id']} [{r['title']}]{alone}: {context}"))
    return out


def stories(db: Path, n: int, seed: int) -> list[str]:
    frame = store.read(
        db,
        """SELECT s.story_id, s.title AS story_title, a.article_id, a.title, a.published_at, a.duplicate_of, a.text
           FROM stories s JOIN articles a USING (story_id)
           WHERE s.story_id IN (
               SELECT story_id FROM articles WHERE duplicate_of IS NULL AND story_id IS NOT NULL
               GROUP BY story_id HAVING count(*) >= 2)
           ORDER BY s.story_id, a.published_at, a.article_id""",
    )
    return story_sample(frame, n, seed)


def story_sample(frame: pl.DataFrame, n: int, seed: int) -> list[str]:
    """n stories (``frame``: one row per member article), each member with its date, headline and
    lead (its first OPENING_CHARS characters, cut at a word), copies marked: what a reader needs
    to tell one happening from two."""
    picked = _sample(frame.select("story_id").unique(), "story_id", n, seed)["story_id"].to_list()
    out = []
    for k, sid in enumerate(picked, 1):
        rows = frame.filter(pl.col("story_id") == sid).sort("published_at", "article_id", nulls_last=True)
        n_originals = rows["duplicate_of"].null_count()
        out.append(f"S{k}. {rows['story_title'][0]} ({rows.height} articles, {n_originals} originals)")
        for r in rows.iter_rows(named=True):
            copy = f" COPY of {r['duplicate_of']}" if r["duplicate_of"] else ""
            out.append(
                _wrap(f"{r['article_id']} {r['published_at'] or 'undated'}{copy}: [{r['title']}] {_lead(r['text'])}")
            )
    return out


def _lead(text: str | None) -> str:
    """The text's first OPENING_CHARS characters on one line, cut at a word, "…" if cut."""
    text = " ".join((text or "").split())
    if len(text) <= OPENING_CHARS:
        return text
    return text[:OPENING_CHARS].rsplit(" ", 1)[0] + "…"


def amounts(db: Path, n: int, seed: int) -> list[str]:
    frame = store.read(
        db,
        """SELECT m.amount_id, m.text AS amount, m.currency, m.object, m.start_char, m.end_char, a.text
           FROM amounts m JOIN articles a USING (article_id)""",
    )
    out = []
    for k, r in enumerate(_sample(frame, "amount_id", n, seed).iter_rows(named=True), 1):
        out.append(f"A{k}. {r['amount']!r} ({r['currency']}) object: {r['object']!r}")
        out.append(_wrap(_around(r["text"], r["start_char"], r["end_char"], 150)))
    return out


def label_sample(entities: pl.DataFrame, mentions: pl.DataFrame, texts: dict[str, str], n: int, seed: int) -> list[str]:
    """n entities drawn by the seeded hash of their first mention's id (which a label change leaves
    alone, unlike the entity id), each with its label, aliases and mentions in context."""
    first = mentions.sort("article_id", "start_char").group_by("entity_id", maintain_order=True).first()
    picked = _sample(first.select("entity_id", "mention_id"), "mention_id", n, seed)["entity_id"].to_list()
    rows = {r["entity_id"]: r for r in entities.filter(pl.col("entity_id").is_in(picked)).iter_rows(named=True)}
    out = []
    for k, eid in enumerate(picked, 1):
        e = rows[eid]
        out.append(f"L{k}. {e['name']} ({e['label']}) {e['n_mentions']} mentions; aliases {e['aliases']}")
        ms = mentions.filter(pl.col("entity_id") == eid).sort("article_id", "start_char").head(MAX_LABEL_MENTIONS)
        for m in ms.iter_rows(named=True):
            out.append(_wrap(_around(texts[m["article_id"]], m["start_char"], m["end_char"], 100)))
    return out


def labels(db: Path, n: int, seed: int) -> list[str]:
    entities = store.read(db, "SELECT entity_id, name, label, aliases, n_mentions FROM entities")
    mentions = store.read(db, "SELECT mention_id, entity_id, article_id, start_char, end_char FROM mentions")
    texts = dict(store.read(db, "SELECT article_id, text FROM articles").iter_rows())
    return label_sample(entities, mentions, texts, n, seed)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("warehouse", nargs="?", type=Path, default=DEFAULT_WAREHOUSE)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quotes", type=int, default=30)
    parser.add_argument("--merges", type=int, default=15)
    parser.add_argument("--stories", type=int, default=15)
    parser.add_argument("--amounts", type=int, default=40)
    parser.add_argument("--labels", type=int, default=30)
    args = parser.parse_args(argv)
    if not args.warehouse.exists():
        parser.error(f"no warehouse at {args.warehouse} (run `make run` first)")
    sections = [
        ("Quotes: is the speaker right?", quotes, args.quotes),
        ("Cross-article merges: are all surface forms one entity?", merges, args.merges),
        ("Stories with two or more originals: is it one event?", stories, args.stories),
        ("Amounts: is the object what the money is for?", amounts, args.amounts),
        ("Entity labels: is the label right?", labels, args.labels),
    ]
    for heading, draw, n in sections:
        if n:
            print(f"\n=== {heading} (seed {args.seed})\n")
            print("\n".join(draw(args.warehouse, n, args.seed)))


if __name__ == "__main__":
    main()
