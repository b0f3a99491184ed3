"""Incremental canonicalisation: the mentions of new or changed articles resolved against the
stored entities, without reading the stored mentions.

Contract of :func:`resolve_new`:

- in: ``raw``, the NER mentions (``ner.mentions_frame``) of this run's new or changed live
  articles; ``articles``, those articles' rows (``text`` and ``removed_at`` included);
  ``stored``, a read-only DuckDB connection to the warehouse as the last run left it (stored
  rows of the same article ids, with older text, are ignored: the loader replaces them);
- out: an :class:`IncrementalResult` (a ``CanonicalResult``):

  - ``mentions``: the rows of the new articles only, with ``canonicalize``'s schema;
  - ``entities``: the rows to upsert: each new entity, and each stored entity the new
    mentions join (its stored name; its label re-voted with the new mentions; its aliases
    grown; ``n_mentions``/``n_articles`` the stored values plus the new ones, which the loader
    may recompute over the live articles);
  - ``keys``: the ``entity_keys`` rows to upsert (by ``match_key``): keys of new entities,
    surnames and acronyms that gained a full name or an expansion, grown co-mention contexts;
  - ``stats``: counts, ``merges`` as ``canonicalize`` gives them, ``merges_by_evidence`` and
    ``joins_by_evidence`` (new mentions that joined a stored entity, by evidence type).

A full rebuild writes ``stored_keys.keys_frame(canonicalize(...))`` instead.

Method: ``canonicalize`` runs on the new articles alone (every pass within an article, and the
cross-article passes among the new articles). Each of its entities then joins a stored entity
by the evidence the full passes use: a key that names a stored entity (case, spelling, title
and handle variants meet in the key; the short forms resolved in their own article come along
with their full name), or a name of the same gazetteer place; or, for a bare surname or an
unexpanded acronym, a stored full name or expansion whose articles share distinctive entities
with the mention's article (:mod:`pipelines.entities.context`, ``pick``), decided per article
and before the key, as in the full passes. A link the new articles made among themselves to
an entity that turns out to be a stored one is decided again on the stored evidence, since the
new articles alone are too few to say which entities are distinctive. Else it is a new entity,
with the id a full run would give it.

A stored entity's id never changes (a full run may give it another: its id hashes its voted
type and the key of its name, which more mentions can change), and the mentions of old
articles are not rewritten, so decisions a full run would revise with hindsight (an old bare
"NATO" later given an expansion) wait for the next full rebuild. Cost: the new mentions, plus
primary-key look-ups (index scans) of the keys, names and entities they touch, and a count of
the live articles; never a read of the mentions table.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import duckdb
import polars as pl

from pipelines.entities import gazetteer
from pipelines.entities.acronyms import NOT_EXPANDED_LABELS, initials
from pipelines.entities.canonical import ENTITIES_SCHEMA, MENTIONS_SCHEMA, CanonicalResult, canonicalize
from pipelines.entities.context import MIN_SHARED_ENTITIES, pick
from pipelines.entities.labels import argmax, coarse_type, entity_id
from pipelines.entities.state import Evidence, MergeReason
from pipelines.entities.stored_keys import (
    KEYS_SCHEMA,
    KeyRows,
    article_contexts,
    distinctive_limit,
    name_pairs,
    surfaces_frame,
)
from pipelines.entities.surnames import NOT_PERSON_MIN_MENTIONS, surname_minimum
from pipelines.warehouse.store import lookup

NEW = "new:"
"""Prefix of a placeholder target: a new entity named by the key that follows (match keys have
no colon)."""


@dataclass
class IncrementalResult(CanonicalResult):
    keys: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=KEYS_SCHEMA))


@dataclass
class _Stored:
    """The stored rows the new mentions touch: entity_keys by key, entities by id."""

    keys: dict[str, dict]
    entities: dict[str, dict]
    n_articles: int


def _has_table(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [table]).fetchone()[0])


def _load(con: duckdb.DuckDBPyConnection, keys: set[str], ids: set[str]) -> _Stored:
    """Look up the keys, then the full names and expansions they point at, then the entities.
    A warehouse without a table (a first run, or one from before entity_keys) has no rows."""
    rows: dict[str, dict] = {}
    if _has_table(con, "entity_keys"):
        rows = {r["match_key"]: r for r in lookup(con, "entity_keys", "match_key", keys).iter_rows(named=True)}
        targets = {k for r in rows.values() for k in (r["surname_of"] or []) + [r["expansion"]] if k and k not in rows}
        rows |= {r["match_key"]: r for r in lookup(con, "entity_keys", "match_key", targets).iter_rows(named=True)}
    if not _has_table(con, "entities"):
        return _Stored(rows, {}, 0)
    ids = ids | {r["entity_id"] for r in rows.values() if r["entity_id"]}
    entities = {r["entity_id"]: r for r in lookup(con, "entities", "entity_id", ids).iter_rows(named=True)}
    n = con.execute("SELECT count(*) FROM articles WHERE removed_at IS NULL").fetchone()[0]
    return _Stored(rows, entities, n)


def _lookup_keys(surfaces: pl.DataFrame) -> set[str]:
    """Keys of the new mentions, the places and last words of their names, their initials."""
    out = set(surfaces["key"].to_list())
    for k in out.copy():
        place = gazetteer.lookup(k)
        if place is not None:
            out.add(place.place_id)
    for k, name in surfaces.filter(pl.col("ntok") >= 2).select("key", "name").unique().iter_rows():
        out.add(k.rsplit(" ", 1)[1])
        out |= initials(name)
    return out


def _full_names(surfaces: pl.DataFrame) -> dict[tuple[str, str], set[str]]:
    """(article, last word) -> the full person names (keys) of the article ending in it."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    people = surfaces.filter(pl.col("ntok") >= 2, ~pl.col("acronym"), pl.col("label") == "PERSON")
    for a, k in people.select("article_id", "key").unique().iter_rows():
        out[a, k.rsplit(" ", 1)[1]].add(k)
    return out


class _Resolver:
    """Maps each local entity (of ``canonicalize`` on the new articles), per article, to a
    stored entity or to itself."""

    def __init__(self, local: CanonicalResult, surfaces: pl.DataFrame, stored: _Stored) -> None:
        self.local = local
        self.stored = stored
        self.label = dict(local.entities.select("entity_id", "label").iter_rows())
        self.pairs = name_pairs(surfaces, self.label)
        self.shape = {
            (e, k): (n, a, p)
            for e, k, n, a, p in self.pairs.select("entity_id", "key", "ntok", "acronym", "person").iter_rows()
        }
        self.names: dict[str, list[str]] = defaultdict(list)  # local entity -> keys naming it, most used first
        for e, k in self.pairs.filter("names").sort("n", descending=True).select("entity_id", "key").iter_rows():
            self.names[e].append(k)
        self.keys_in: dict[tuple[str, str], set[str]] = defaultdict(set)  # (entity, article) -> keys
        for e, a, k in surfaces.select("entity_id", "article_id", "key").unique().iter_rows():
            self.keys_in[e, a].add(k)
        self.full_names = _full_names(surfaces)
        self.target: dict[tuple[str, str], str] = {}
        self.reason: dict[tuple[str, str], MergeReason] = {}
        self.bare: set[tuple[str, str]] = set()  # links among the new articles undone: the key names the target
        self.created: dict[str, tuple[str, str]] = {}  # new entities of bare keys: id -> (name, label)
        self.around: dict[str, set[str]] = defaultdict(set)  # entity -> distinctive entities of new articles naming it

    def by_key(self, e: str) -> tuple[str, MergeReason | None]:
        """The stored entity a key of local entity ``e`` names (or a variant of its place), else
        the stored entity with its id (same type and naming key), else ``e`` itself."""
        for k in self.names.get(e, []):
            row = self.stored.keys.get(k)
            if row is not None and row["entity_id"] in self.stored.entities:
                return row["entity_id"], None
        for k in self.names.get(e, []):
            place = gazetteer.lookup(k)
            if place is not None and (not self.shape[e, k][2] or place.strength == gazetteer.STRONG):
                row = self.stored.keys.get(place.place_id)
                if row is not None and row["entity_id"] in self.stored.entities:
                    return row["entity_id"], MergeReason.GAZETTEER_VARIANT
        return e, None

    def contexts(self, target: dict[tuple[str, str], str]) -> dict[str, set[str]]:
        """Distinctive entities of each new article, given where each (entity, article) goes."""
        ea = {(f, a) for (_, a), f in target.items()}
        new_articles = Counter(f for f, _ in ea)
        n_articles = {f: n + self.stored.entities.get(f, {}).get("n_articles", 0) for f, n in new_articles.items()}
        n_new = len({a for _, a in ea})
        return article_contexts(ea, n_articles, distinctive_limit(self.stored.n_articles + n_new))

    def candidates(self, e: str, k: str, article: str) -> tuple[list[str], MergeReason | None]:
        """Keys of the stored full names (or expansion) that key ``k`` of local entity ``e``,
        a bare surname (or an acronym), may stand for in ``article``."""
        row = self.stored.keys.get(k)
        if row is None:
            return [], None
        ntok, acronym, _ = self.shape[e, k]
        if acronym:
            expansion = row["expansion"]
            ok = expansion and self.label[e] not in NOT_EXPANDED_LABELS and gazetteer.lookup(k) is None
            return ([expansion], MergeReason.ACRONYM_CO_MENTIONS) if ok and k not in expansion.split() else ([], None)
        if ntok != 1 or self.label[e] == "NORP" or not row["surname_of"] or not self._may_be_surname(e, k, row):
            return [], None
        if len(self.full_names.get((article, k), ())) > 1:
            return [], None  # ambiguous in its own article: left alone
        if (article, k) in self.local.stats.get("group_uses", ()):
            return [], None  # its article uses it as a band's or a firm's (group_uses)
        return list(row["surname_of"]), MergeReason.SHORT_FORM_CO_MENTIONS

    def _may_be_surname(self, e: str, k: str, row: dict) -> bool:
        """As ``surnames._may_be_surname``: not a word the corpus mostly calls something else
        ("Labour", "America"), not a strong place, a weaker one only when named as a person."""
        named = self.stored.entities.get(row["entity_id"]) if row["entity_id"] else None
        if named and named["label"] != "PERSON" and named["n_mentions"] >= NOT_PERSON_MIN_MENTIONS:
            return False
        place = gazetteer.lookup(k)
        return place is None or (place.strength < gazetteer.STRONG and self.label[e] == "PERSON")

    def resolve(self) -> None:
        """Where each (local entity, article) goes: first by key, then on co-mention evidence."""
        provisional = {e: self.by_key(e) for e in self.label}
        for e, a in self.keys_in:
            self.target[e, a], reason = provisional[e]
            if reason is not None:
                self.reason[e, a] = reason
        context = self.contexts(self.target)
        for (e, a), keys in self.keys_in.items():
            if keys & set(self.names.get(e, [])):  # the new articles naming each entity count too
                self.around[self.target[e, a]] |= context.get(a, set())
        for (e, a), keys in self.keys_in.items():
            if len(keys) != 1:
                continue
            [k] = keys
            cross = k not in self.names.get(e, []) and self.target[e, a] in self.stored.entities
            if k not in self.names.get(e, []) and not cross:
                continue  # resolved in its own article, or among the new articles only
            cands, reason = self.candidates(e, k, a)
            minimum = (
                surname_minimum(len(cands)) if reason is MergeReason.SHORT_FORM_CO_MENTIONS else MIN_SHARED_ENTITIES
            )
            found = self._by_context(cands, context.get(a, set()) - {self.target[e, a]}, minimum)
            if found is not None:
                self.target[e, a], self.reason[e, a] = found, reason
            elif cross:  # linked among the new articles only, on their own statistics: undone
                self.target[e, a] = self.by_bare_key(k)
                self.reason.pop((e, a), None)
                self.bare.add((e, a))

    def by_bare_key(self, k: str) -> str:
        """The stored entity key ``k`` names, else a new one under it."""
        row = self.stored.keys.get(k)
        return row["entity_id"] if row is not None and row["entity_id"] in self.stored.entities else NEW + k

    def _by_context(self, keys: list[str], mine: set[str], minimum: int) -> str | None:
        scores = {}
        for k in keys:
            row = self.stored.keys.get(k)
            if row and row["entity_id"] in self.stored.entities:
                around = set(row["context"] or []) | self.around.get(row["entity_id"], set())
                scores[row["entity_id"]] = len((mine - {row["entity_id"]}) & around)
        return pick(scores, minimum)


def _create(r: _Resolver, surfaces: pl.DataFrame) -> None:
    """Give the new entities of bare keys (``NEW`` + key) their label, name and id."""
    made = {f for f in r.target.values() if f.startswith(NEW)}
    if not made:
        return
    groups = {(e, a) for (e, a), f in r.target.items() if f in made}
    rows = surfaces.filter(
        pl.struct("entity_id", "article_id").is_in([{"entity_id": e, "article_id": a} for e, a in groups])
    )
    ids = {}
    for key, frame in rows.group_by("key"):
        label = argmax(Counter(frame["label"].to_list()))
        name = Counter(frame["name"].to_list()).most_common(1)[0][0]
        eid = entity_id(coarse_type(label), key[0])
        ids[NEW + key[0]] = eid
        if eid not in r.stored.entities:
            r.created[eid] = (name, label)
    r.target = {g: ids.get(f, f) for g, f in r.target.items()}


def _entity_rows(r: _Resolver, mentions: pl.DataFrame) -> tuple[pl.DataFrame, int]:
    """The entity rows to upsert, and how many stored entities changed label."""
    local = {row["entity_id"]: (row["name"], row["label"]) for row in r.local.entities.iter_rows(named=True)}
    groups = mentions.group_by("final_id").agg(
        pl.col("alias").unique(),
        pl.len().alias("n"),
        pl.col("article_id").n_unique().alias("n_art"),
        pl.col("label"),
        pl.col("entity_id").first().alias("local_id"),
    )
    rows, n_relabelled = [], 0
    for g in groups.sort("final_id").iter_rows(named=True):
        f = g["final_id"]
        old = r.stored.entities.get(f)
        if old is None:
            name, label = r.created.get(f) or local[g["local_id"]]
            rows.append((f, name, label, sorted(g["alias"]), g["n"], g["n_art"]))
            continue
        votes = Counter(g["label"])
        votes[old["label"]] += old["n_mentions"]  # the stored mentions vote for the stored label
        label = argmax(votes)
        n_relabelled += label != old["label"]
        aliases = sorted(set(old["aliases"] or []) | set(g["alias"]))
        rows.append((f, old["name"], label, aliases, old["n_mentions"] + g["n"], old["n_articles"] + g["n_art"]))
    return pl.DataFrame(rows, schema=ENTITIES_SCHEMA, orient="row"), n_relabelled


def _names_in(r: _Resolver, e: str, a: str) -> set[str]:
    """The keys by which local entity ``e`` names its target in article ``a`` (none when it was
    sent there on co-mention evidence)."""
    if r.reason.get((e, a)) in (MergeReason.SHORT_FORM_CO_MENTIONS, MergeReason.ACRONYM_CO_MENTIONS):
        return set()
    return r.keys_in[e, a] if (e, a) in r.bare else r.keys_in[e, a] & set(r.names.get(e, []))


def _key_rows(r: _Resolver) -> pl.DataFrame:
    """The entity_keys rows to upsert: new keys, new surnames and expansions, grown contexts."""
    rows = KeyRows(r.stored.keys)
    for (e, a), f in sorted(r.target.items()):
        for k in sorted(_names_in(r, e, a)):
            rows.name(k, f, r.shape[e, k][2])
    for e, a in r.pairs.filter(pl.col("acronym") & ~pl.col("names")).select("entity_id", "key").iter_rows():
        if r.names.get(e) and rows[a]["expansion"] is None and " " in r.names[e][0]:
            rows[a]["expansion"] = r.names[e][0]
    targets = {k for x in rows.rows.values() for k in (x["surname_of"] or []) + [x["expansion"]] if k}
    context = r.contexts(r.target)
    final_articles: dict[str, set[str]] = defaultdict(set)  # the new articles that name each entity
    for (e, a), f in r.target.items():
        if _names_in(r, e, a):
            final_articles[f].add(a)
    for k in sorted(targets):
        x = rows[k]
        arts = final_articles.get(x["entity_id"])
        if arts:
            grown = set(x["context"] or []).union(*(context.get(a, set()) for a in arts)) - {x["entity_id"]}
            x["context"] = sorted(grown)
    return rows.frame()


def _merges(r: _Resolver, mentions: pl.DataFrame, entities: pl.DataFrame) -> list[tuple]:
    """(alias, entity name, label, reason) per surface form named otherwise, as canonicalize's stats."""
    local_reason = {(alias, name): reason for alias, name, _, reason in r.local.stats.get("merges", [])}
    local_name = dict(r.local.entities.select("entity_id", "name").iter_rows())
    final = {row[0]: row for row in entities.select("entity_id", "name", "label").iter_rows()}
    out, seen = [], set()
    for alias, e, f, reason in mentions.select("alias", "entity_id", "final_id", "reason").iter_rows():
        _, name, label = final[f]
        if alias == name or (alias, f) in seen:
            continue
        seen.add((alias, f))
        why = MergeReason(reason) if reason else local_reason.get((alias, local_name[e]), MergeReason.SPELLING)
        out.append((alias, name, label, why))
    return out


def _stats(local: CanonicalResult, out: pl.DataFrame, mentions: pl.DataFrame, r: _Resolver, extra: dict) -> dict:
    joined = mentions.filter(pl.col("final_id").is_in(list(r.stored.entities)))
    merges = extra["merges"]
    return {
        "n_input_mentions": local.stats.get("n_input_mentions", 0),
        "n_junk": local.stats.get("n_junk", 0),
        "n_mentions": out.height,
        "n_stored_entities_joined": joined["final_id"].n_unique(),
        "joins_by_evidence": dict(
            Counter(MergeReason(v).evidence if v else Evidence.STRING for v in joined["reason"].to_list())
        ),
        "merges_by_evidence": dict(Counter(reason.evidence for *_, reason in merges)),
        **extra,
    }


def resolve_new(raw: pl.DataFrame, articles: pl.DataFrame, stored: duckdb.DuckDBPyConnection) -> IncrementalResult:
    """The new articles' mentions resolved against the stored entities; see the module docstring."""
    local = canonicalize(raw, articles)
    surfaces = surfaces_frame(local.mentions)
    found = _load(stored, _lookup_keys(surfaces), set(local.entities["entity_id"].to_list()))
    r = _Resolver(local, surfaces, found)
    r.resolve()
    _create(r, surfaces)
    groups = [(e, a, f, r.reason.get((e, a))) for (e, a), f in r.target.items()]
    mapping = pl.DataFrame(
        groups, schema=dict.fromkeys(["entity_id", "article_id", "final_id", "reason"], pl.String), orient="row"
    )
    mentions = local.mentions.join(surfaces.select("mention_id", "alias"), on="mention_id", how="left").join(
        mapping, on=["entity_id", "article_id"], how="left"
    )
    entities, n_relabelled = _entity_rows(r, mentions)
    keys = _key_rows(r)
    out = (
        mentions.drop("label")
        .join(entities.select(pl.col("entity_id").alias("final_id"), "label"), on="final_id")
        .with_columns(pl.col("final_id").alias("entity_id"))
        .select(list(MENTIONS_SCHEMA))
        .sort("article_id", "start_char", "end_char")
    )
    extra = {
        "n_entities": entities.height,
        "n_new_entities": entities.filter(~pl.col("entity_id").is_in(list(found.entities))).height,
        "n_stored_label_changes": n_relabelled,
        "n_keys": keys.height,
        "merges": _merges(r, mentions, entities),
    }
    return IncrementalResult(entities=entities, mentions=out, stats=_stats(local, out, mentions, r, extra), keys=keys)
