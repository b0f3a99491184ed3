"""The ``entity_keys`` table: what incremental canonicalisation (:mod:`pipelines.entities.incremental`)
needs to know of the stored entities, one row per match key, looked up by key.

A canonical entity is a group of match keys (one, or several variants of one gazetteer place) plus
the mentions the passes sent to it on evidence: short forms resolved in their article, bare
surnames resolved across articles, acronyms attached to their expansion. Only the first kind
makes a key *name* an entity: a later bare "Stoltenberg" may join "Jens Stoltenberg" only on the
same evidence the full passes ask for, never because some earlier "Stoltenberg" did. So each row
holds

- ``entity_id``: the entity this key names (null when the key is only a surname or initials);
- ``surname_of``: the full person names (match keys) whose last word the key is;
- ``expansion``: the multi-word name (match key) the corpus gives this acronym;
- ``context``: for full person names and acronym expansions, the distinctive entities named in
  the articles that name the key's entity (the co-mention evidence of
  :mod:`pipelines.entities.context`, by entity id).

:func:`keys_frame` builds the rows from a full :func:`~pipelines.entities.canonical.canonicalize`
result. The passes' decisions are not in that result, so it reads them back from the surfaces:
a key is one of its entity's names unless the entity also has a longer key that explains it the
way the passes would (the full name whose first or last word it is, the longer name with the
same first and last words, the multi-word name an acronym stands for).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

import polars as pl

from pipelines.entities import gazetteer
from pipelines.entities.acronyms import NOT_EXPANDED_LABELS, initials
from pipelines.entities.canonical import CanonicalResult, removed_article_ids
from pipelines.entities.context import DISTINCTIVE_MAX_SHARE, DISTINCTIVE_MIN_ARTICLES
from pipelines.entities.state import article_labels
from pipelines.entities.surfaces import analyse

KEYS_SCHEMA = {
    "match_key": pl.String,
    "entity_id": pl.String,
    "surname_of": pl.List(pl.String),
    "expansion": pl.String,
    "context": pl.List(pl.String),
}
SURFACE_SCHEMA = {
    "mention_id": pl.String,
    "article_id": pl.String,
    "entity_id": pl.String,
    "key": pl.String,
    "ntok": pl.Int64,
    "acronym": pl.Boolean,
    "alias": pl.String,
    "name": pl.String,
    "label": pl.String,  # the model's label, made one per name and article
}
PERSON_SHARE = 0.5
"""A key is a person's name (a full name a bare surname may stand for) when the model calls at
least this share of its mentions PERSON (as the surname pass asks of the key's majority)."""


def surfaces_frame(mentions: pl.DataFrame) -> pl.DataFrame:
    """Each canonicalised mention's surface (match key, words, acronym, alias, written name), as
    the canonicaliser saw it (the model's label made one per name and article)."""
    article_ids = mentions["article_id"].cast(pl.String).to_list()
    texts = mentions["text"].to_list()
    labels = article_labels(article_ids, texts, mentions["model_label"].to_list())
    rows = []
    columns = (mentions["mention_id"].to_list(), mentions["article_id"].to_list(), mentions["entity_id"].to_list())
    for mention_id, article_id, entity_id, text, label in zip(*columns, texts, labels):
        s = analyse(text or "", label or "")
        if not isinstance(s, str):
            rows.append((mention_id, article_id, entity_id, s.key, s.ntok, s.acronym, s.alias, s.name, label))
    return pl.DataFrame(rows, schema=SURFACE_SCHEMA, orient="row")


def _explained(key: str, acronym: bool, longer: list[str]) -> bool:
    """Whether one of the entity's multi-word keys explains ``key`` as the passes would link it."""
    toks = key.split()
    if acronym:
        return gazetteer.lookup(key) is None and any(key not in k.split() for k in longer)
    if len(toks) == 1:
        place = gazetteer.lookup(key)
        for k in longer:
            other = gazetteer.lookup(k)
            same_place = place is not None and other is not None and place.place_id == other.place_id
            if key in (k.split()[0], k.split()[-1]) and not same_place:
                return True
        return False
    return any(len(k.split()) > len(toks) and k.split()[0] == toks[0] and k.split()[-1] == toks[-1] for k in longer)


def name_pairs(surfaces: pl.DataFrame, labels: dict[str, str]) -> pl.DataFrame:
    """One row per (entity, key) with its mention count, whether it is a person's name
    (``person``: the model says so of half its mentions or more, or the entity's voted label,
    which counts the honorifics and short forms that point at it, is PERSON) and whether the key
    names the entity (``names``) or was sent to it on evidence."""
    people = [e for e, label in labels.items() if label == "PERSON"]
    pairs = surfaces.group_by("entity_id", "key").agg(
        pl.len().alias("n"),
        pl.col("ntok").first(),
        pl.col("acronym").any(),
        ((pl.col("label") == "PERSON").mean() >= PERSON_SHARE).alias("person"),
    )
    pairs = pairs.with_columns(pl.col("person") | pl.col("entity_id").is_in(people))
    longer: dict[str, list[str]] = defaultdict(list)
    for e, k in pairs.filter(pl.col("ntok") >= 2).select("entity_id", "key").iter_rows():
        longer[e].append(k)
    names = [
        not _explained(k, acronym, longer.get(e, []))
        for e, k, acronym in pairs.select("entity_id", "key", "acronym").iter_rows()
    ]
    return pairs.with_columns(pl.Series("names", names, dtype=pl.Boolean)).sort("entity_id", "key")


def named_by(pairs: pl.DataFrame) -> dict[str, str]:
    """Key -> the entity it names (the one with most mentions under it, should there be two)."""
    out: dict[str, str] = {}
    ranked = pairs.filter("names").sort(["n", "entity_id"], descending=[True, False])
    for e, k in ranked.select("entity_id", "key").iter_rows():
        out.setdefault(k, e)
    return out


def distinctive_limit(n_articles: int) -> float:
    """An entity named in more articles than this is no evidence (as in ``context.Context``)."""
    return max(DISTINCTIVE_MIN_ARTICLES, DISTINCTIVE_MAX_SHARE * n_articles)


def _named(pairs: pl.DataFrame, keys: dict[str, str]) -> pl.DataFrame:
    """The (entity, key) pairs where the key names the entity it names corpus-wide."""
    chosen = pl.DataFrame(
        {"key": list(keys), "entity_id": list(keys.values())}, schema=dict.fromkeys(["key", "entity_id"], pl.String)
    )
    return pairs.filter("names").join(chosen, on=["key", "entity_id"], how="semi")


def surnames(named: pl.DataFrame) -> dict[str, list[str]]:
    """Last word -> the full person names (keys) ending in it."""
    out: dict[str, list[str]] = defaultdict(list)
    for k in named.filter(pl.col("person"), pl.col("ntok") >= 2, ~pl.col("acronym"))["key"].to_list():
        out[k.rsplit(" ", 1)[1]].append(k)
    return {w: sorted(set(ks)) for w, ks in out.items()}


def places(named: pl.DataFrame) -> dict[str, str]:
    """Gazetteer place id -> the entity its names name (the one with most mentions), where the
    full passes would join the place's variants (not a person's name, or a strong place)."""
    out: dict[str, str] = {}
    for e, k, person in named.sort("n", descending=True).select("entity_id", "key", "person").iter_rows():
        place = gazetteer.lookup(k)
        if place is not None and (not person or place.strength == gazetteer.STRONG):
            out.setdefault(place.place_id, e)
    return out


def _expansions(surfaces: pl.DataFrame, pairs: pl.DataFrame, keys: dict[str, str], label: dict) -> dict[str, str]:
    """Acronym key -> the expansion (key) its attached mentions went to most; else the only
    multi-word name with those initials."""
    naming: dict[str, str] = {}
    for e, k in (
        pairs.filter("names", pl.col("ntok") >= 2).sort("n", descending=True).select("entity_id", "key").iter_rows()
    ):
        naming.setdefault(e, k)
    attached: dict[str, Counter] = defaultdict(Counter)
    for e, k, n in pairs.filter(pl.col("acronym") & ~pl.col("names")).select("entity_id", "key", "n").iter_rows():
        if e in naming:
            attached[k][naming[e]] += n
    out = {a: c.most_common(1)[0][0] for a, c in attached.items()}
    by_initials: dict[str, set[str]] = defaultdict(set)
    for k, name in surfaces.select("key", "name").unique().iter_rows():
        if " " in k and keys.get(k) and label.get(keys[k]) not in NOT_EXPANDED_LABELS:
            for ini in initials(name):
                by_initials[ini].add(k)
    for ini, ks in by_initials.items():
        if len(ks) == 1 and ini not in out and ini not in ks:
            out[ini] = next(iter(ks))
    return out


def article_contexts(entity_articles: Iterable[tuple[str, str]], n_articles: dict[str, int], limit: float) -> dict:
    """Article -> its distinctive entities, from (entity, article) pairs and each entity's
    article count."""
    out: dict[str, set[str]] = defaultdict(set)
    for e, a in entity_articles:
        if n_articles.get(e, 0) <= limit:
            out[a].add(e)
    return out


def keys_frame(result: CanonicalResult, articles: pl.DataFrame | None = None) -> pl.DataFrame:
    """The ``entity_keys`` rows of a full canonicalisation (live articles only: pass the articles
    so that the mentions of removed ones are left out)."""
    mentions = result.mentions
    gone = removed_article_ids(articles)
    if not gone.is_empty():
        mentions = mentions.filter(~pl.col("article_id").is_in(gone.implode()))
    surfaces = surfaces_frame(mentions)
    label = dict(result.entities.select("entity_id", "label").iter_rows())
    pairs = name_pairs(surfaces, label)
    keys = named_by(pairs)
    named = _named(pairs, keys)
    by_surname = surnames(named)
    expansions = _expansions(surfaces, pairs, keys, label)
    ea = surfaces.select("entity_id", "article_id").unique()
    n_articles = dict(ea.group_by("entity_id").len().iter_rows())
    by_article = article_contexts(ea.iter_rows(), n_articles, distinctive_limit(ea["article_id"].n_unique()))
    # the articles that name the entity themselves (not those whose short form or acronym was
    # sent to it from other articles), as the cross-article passes read them
    naming = surfaces.join(pairs.filter("names"), on=["entity_id", "key"], how="semi")
    entity_articles: dict[str, list[str]] = defaultdict(list)
    for e, a in naming.select("entity_id", "article_id").unique().iter_rows():
        entity_articles[e].append(a)
    targets = {k for ks in by_surname.values() for k in ks} | set(expansions.values())
    keys |= places(named)
    rows = []
    for k in sorted(set(keys) | set(by_surname) | set(expansions)):
        e = keys.get(k)
        context = None
        if k in targets and e is not None:
            context = sorted(set().union(*(by_article.get(a, ()) for a in entity_articles[e])) - {e})
        rows.append((k, e, by_surname.get(k, []), expansions.get(k), context or []))
    return pl.DataFrame(rows, schema=KEYS_SCHEMA, orient="row")


class KeyRows:
    """The entity_keys rows this run changes, starting from the stored ones."""

    def __init__(self, stored: dict[str, dict]) -> None:
        self.stored = stored  # the stored rows looked up, by key
        self.rows: dict[str, dict] = {}

    def __getitem__(self, k: str) -> dict:
        if k not in self.rows:
            old = self.stored.get(k)
            new = {"match_key": k, "entity_id": None, "surname_of": [], "expansion": None, "context": []}
            self.rows[k] = dict(old) if old else new
        return self.rows[k]

    def name(self, k: str, f: str, person: bool) -> None:
        """Key ``k`` names entity ``f`` (unless it already names another), and so does its place."""
        row = self[k]
        if row["entity_id"] is None:
            row["entity_id"] = f
        place = gazetteer.lookup(k)
        if (
            place is not None
            and (not person or place.strength == gazetteer.STRONG)
            and self[place.place_id]["entity_id"] is None
        ):
            self[place.place_id]["entity_id"] = f
        if " " in k and person and row["entity_id"] == f:
            w = self[k.rsplit(" ", 1)[1]]
            w["surname_of"] = sorted(set(w["surname_of"] or []) | {k})

    def frame(self) -> pl.DataFrame:
        changed = [x for k, x in sorted(self.rows.items()) if x != self.stored.get(k)]
        return pl.DataFrame(changed, schema=KEYS_SCHEMA)
