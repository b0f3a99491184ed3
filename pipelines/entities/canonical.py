"""Canonical entities: one row per real-world person, organisation or place.

:func:`canonicalize` takes the NER mentions of a whole corpus and their articles and
returns the canonical entities, the mentions pointing at them (junk dropped) and statistics.
It works in passes that are each linear in the number of mentions (dict look-ups only), each
in a module of its own:

1. **Surface analysis** (``surfaces``, cached per distinct text and label): the display form
   (no leading "the", possessive, stray brackets), a *match key* (``keys``) that ignores case,
   accents, punctuation and common transliteration differences ("Zelensky" / "Zelenskyy",
   "Nato" / "NATO", "U.S." / "US"), titles and honorifics removed from person names
   ("Mr Stoltenberg", "President Biden"), handles unwrapped ("@NATO" → NATO, "@BorisJohnson"
   → Boris Johnson). Junk is dropped here: keyboard prompts ("Ctrl + Enter"), URLs, e-mail
   addresses, spans without letters, all-lowercase names, very long spans, line breaks.
2. **Context junk** (``junk``): mentions inside boilerplate lines of the article (keyboard
   prompts, "watch now", "more on ...", browser notices) and inside photo credits.
3. **Short forms within an article** (``short_forms``): a one-word mention equal to the last
   word of exactly one full person name in the same article is that person ("Stoltenberg",
   "Mr Stoltenberg" → Jens Stoltenberg); the first word only when it is a PERSON and
   unambiguous; "George Bush" → "George W. Bush" in the same article (``surname_links``: also a
   hyphenated surname, one the model calls a place the corpus does not use, one person written
   twice). Two candidates = ambiguous, left alone (the surname votes PERSON). A word the
   article uses as a band's or a firm's ("band Kasabian",
   "Keane frontman", "Blackburn have"; ``group_uses``) is no surname of a person's full name
   there, and its mentions there vote ORG; a name called a work's in several articles and never a
   person's is a title everywhere (``work_titles``).
4. **Acronyms and places**: each acronym mention joins the expansion its article defines
   ("Armed Forces of Ukraine (AFU)") or names; else the corpus's expansion when its article
   shares distinctive entities with the articles naming it (``acronyms``, ``context``); variants
   of one gazetteer place are one key ("Russia" / "Russian Federation").
5. **Short forms across articles** (``surnames``): a bare surname left unresolved in its article
   goes to a full name from other articles only when the articles share distinctive entities
   (clearly more than with any namesake); never on a first name (``full_names.first_names``), a
   common word (``common_words``), a word after a determiner or a word cut from a longer name
   ("AOL Instant [Messenger]"), never where it was ambiguous in
   its own article, never for a known place, never where its article uses it as a group's
   ("the Florida-based Falic group" is not Simon Falic). Without evidence it stays its own entity.
6. **Label vote** per entity (``labels``, ``naming``), weighted (a short form resolved to a
   person's full name votes PERSON at half weight, an honorific is strong PERSON evidence, a
   last word such as "plc", "Awards" or "Theatre" votes ORG, EVENT or FAC), plus what the
   context says (``cues``: "Yukos shares", "oil giant Yukos", "A Foley (Munster)", an age, a
   known first name or an initial, the names listed with it), then the gazetteer
   (``gazetteer``) fixes places.
7. **Names and ids** (``naming``): the most frequent full form names the entity; the id is a
   hash of the coarse type and the match key of that name, so it does not depend on row order.

Only live articles shape the entities: the mentions of removed articles (``removed_at`` set)
are canonicalised apart, among themselves, so that they keep an entity to point at without
changing any live entity's unions, name, label or counts. ``n_mentions`` and ``n_articles``
count live articles only; an entity named only in removed articles has 0 of both.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import polars as pl

from pipelines.entities import gazetteer
from pipelines.entities.acronyms import link_acronyms
from pipelines.entities.context import Context
from pipelines.entities.coordinations import split_coordinations
from pipelines.entities.cues import note_cues
from pipelines.entities.group_uses import note_group_uses
from pipelines.entities.listed_works import note_listed_works
from pipelines.entities.naming import Roots, collect_roots, name_roots
from pipelines.entities.players import split_players
from pipelines.entities.repeated_names import join_repeats
from pipelines.entities.short_forms import resolve_in_articles
from pipelines.entities.state import MergeReason, NodeStats, State, article_texts, load_state, node_stats
from pipelines.entities.surnames import resolve_across_articles
from pipelines.entities.work_titles import note_titles

MENTIONS_SCHEMA = {
    "mention_id": pl.String,
    "article_id": pl.String,
    "entity_id": pl.String,
    "text": pl.String,
    "label": pl.String,  # the entity's voted label
    "model_label": pl.String,  # the NER stage's label, the input of every run's vote
    "start_char": pl.Int64,
    "end_char": pl.Int64,
}
ENTITIES_SCHEMA = {
    "entity_id": pl.String,
    "name": pl.String,
    "label": pl.String,
    "aliases": pl.List(pl.String),
    "n_mentions": pl.Int64,
    "n_articles": pl.Int64,
}


@dataclass
class CanonicalResult:
    entities: pl.DataFrame
    mentions: pl.DataFrame
    stats: dict = field(default_factory=dict)


def canonicalize(mentions: pl.DataFrame, articles: pl.DataFrame) -> CanonicalResult:
    """Canonical entities for a corpus; see the module docstring for the method. The mentions
    of removed articles (``articles.removed_at`` set) are canonicalised apart from the live ones
    and count for nothing (see the module docstring)."""
    gone = removed_article_ids(articles)
    if gone.is_empty():
        return _canonicalize(mentions, articles)
    is_gone = pl.col("article_id").is_in(gone.implode())
    live = _canonicalize(mentions.filter(~is_gone), articles)
    past = _canonicalize(mentions.filter(is_gone), articles)
    only_past = past.entities.filter(~pl.col("entity_id").is_in(live.entities.get_column("entity_id").implode()))
    entities = pl.concat(
        [
            live.entities,
            only_past.with_columns(
                pl.lit(0, dtype=pl.Int64).alias("n_mentions"), pl.lit(0, dtype=pl.Int64).alias("n_articles")
            ),
        ]
    )
    return CanonicalResult(
        entities=entities.sort("entity_id"),
        mentions=pl.concat([live.mentions, past.mentions]).sort("article_id", "start_char", "end_char"),
        stats={**live.stats, "n_entities": entities.height, "n_entities_of_removed_articles_only": only_past.height},
    )


def removed_article_ids(articles: pl.DataFrame | None) -> pl.Series:
    """Ids of the articles whose files are gone (``removed_at`` set)."""
    if articles is None or "removed_at" not in articles.columns:
        return pl.Series("article_id", [], dtype=pl.String)
    return articles.filter(pl.col("removed_at").is_not_null()).get_column("article_id").cast(pl.String)


def join_places(st: State, nodes: NodeStats) -> None:
    """Pass 4b: variants of one gazetteer place ("Russia" / "Russian Federation") are one key."""
    by_place: dict[str, list[str]] = defaultdict(list)
    for k in nodes.mentions:
        place = gazetteer.lookup(k)
        if place is not None and (nodes.majority(k) != "PERSON" or place.strength == gazetteer.STRONG):
            by_place[place.place_id].append(k)
    for keys in by_place.values():
        if len(keys) > 1:
            keys.sort(key=lambda k: (-nodes.mentions[k], k))
            for k in keys[1:]:
                st.union(k, keys[0], MergeReason.GAZETTEER_VARIANT)


def _canonicalize(mentions: pl.DataFrame, articles: pl.DataFrame) -> CanonicalResult:
    """Canonical entities of a set of mentions.

    The result depends only on the set of mentions, never on their order: they are put in
    (article, offset) order first. The vote reads ``model_label``, which the output keeps (the
    input of the next run's vote); the output's ``label`` is the entity's voted label."""
    mentions = mentions.drop("label", "entity_id", strict=False)
    mentions = split_coordinations(mentions, article_texts(articles)).sort("article_id", "start_char", "end_char")
    st = load_state(mentions, articles)
    note_cues(st)
    note_group_uses(st)
    note_titles(st)
    note_listed_works(st)
    clues = resolve_in_articles(st)
    nodes = node_stats(st)
    context = Context(st)
    acronyms = link_acronyms(st, nodes, clues, context)
    join_places(st, nodes)
    resolve_across_articles(st, nodes, clues.person_evidence, acronyms, context)
    join_repeats(st)
    split_players(st)
    roots = [st.root(i) if st.surf[i] is not None else "" for i in range(st.n)]
    rs = collect_roots(st, roots)
    name_roots(st, rs)
    return _result(mentions, st, rs, roots)


def _result(mentions: pl.DataFrame, st: State, rs: Roots, roots: list[str]) -> CanonicalResult:
    keep_rows = st.live()
    model = mentions["model_label"].to_list()
    n_label_changes = sum(1 for i in keep_rows if rs.label[roots[i]] != model[i])
    n_article_label_changes = sum(1 for i in keep_rows if st.labels[i] != model[i])
    out_mentions = (
        mentions[keep_rows]
        .with_columns(
            pl.Series("entity_id", [rs.id[roots[i]] for i in keep_rows], dtype=pl.String),
            pl.Series("label", [rs.label[roots[i]] for i in keep_rows], dtype=pl.String),
            *_spans(st, keep_rows, mentions["text"].to_list()),
        )
        .select(list(MENTIONS_SCHEMA))
    )
    rows = sorted(rs.votes, key=lambda r: rs.id[r])
    entities = pl.DataFrame(
        {
            "entity_id": [rs.id[r] for r in rows],
            "name": [rs.name[r] for r in rows],
            "label": [rs.label[r] for r in rows],
            "aliases": [sorted(rs.aliases[r]) for r in rows],
            "n_mentions": [rs.count[r] for r in rows],
            "n_articles": [len(rs.articles[r]) for r in rows],
        },
        schema=ENTITIES_SCHEMA,
    )
    merges = _merges(st, rs, roots)
    stats = {
        "n_input_mentions": st.n,
        "n_junk": st.n - len(keep_rows),
        "junk_reasons": dict(st.junk),
        "n_entities": entities.height,
        "n_merges": len(merges),
        "n_label_changes": n_label_changes,
        "n_article_label_changes": n_article_label_changes,
        "merges": merges,
        "group_uses": st.group_uses,
    }
    return CanonicalResult(entities=entities, mentions=out_mentions, stats=stats)


def _spans(st: State, rows: list[int], texts: list[str]) -> list[pl.Series]:
    """The live mentions' offsets and text, as the passes left them: a span that held more than
    its name holds the name (:mod:`name_spans`; ``texts`` are the input spans' texts)."""
    article = [st.article_text.get(st.art_ids[i]) for i in rows]
    return [
        pl.Series("start_char", [st.starts[i] for i in rows], dtype=pl.Int64),
        pl.Series("end_char", [st.ends[i] for i in rows], dtype=pl.Int64),
        pl.Series("text", [a[st.starts[i] : st.ends[i]] if a else texts[i] for a, i in zip(article, rows)]),
    ]


def _merge_reason(st: State, rs: Roots, i: int, r: str) -> MergeReason:
    s = st.surf[i]
    if i in st.resolved:
        return st.resolved[i]
    if i in st.attached:
        return st.attached[i][1]
    if s.handle:
        return MergeReason.HANDLE
    if st.node[i] != rs.key[r]:
        reason = st.merge_reason.get(st.node[i]) or st.merge_reason.get(rs.key[r]) or MergeReason.VARIANT
        if reason == MergeReason.VARIANT:
            # node and the naming key joined through a third key
            reason = next((st.merge_reason[k] for k in rs.nodes[r] if k in st.merge_reason), MergeReason.VARIANT)
        return reason
    if s.titled:
        return MergeReason.TITLE
    return MergeReason.SPELLING


def _merges(st: State, rs: Roots, roots: list[str]) -> list[tuple[str, str, str, MergeReason]]:
    """(alias, entity name, entity label, reason) for each surface form named otherwise."""
    merges = []
    seen: set[tuple[str, str]] = set()
    for i in st.live():
        s, r = st.surf[i], roots[i]
        name = rs.name[r]
        if s.alias == name or (s.alias, r) in seen:
            continue
        seen.add((s.alias, r))
        merges.append((s.alias, name, rs.label[r], _merge_reason(st, rs, i, r)))
    return merges


def with_entity_labels(mentions: pl.DataFrame, entities: pl.DataFrame) -> pl.DataFrame:
    """The mentions with ``label`` replaced by their entity's voted label (for readers that
    want one type per entity, such as quote speakers and story entities)."""
    return mentions.drop("label").join(entities.select("entity_id", "label"), on="entity_id", how="left")
