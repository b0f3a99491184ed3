"""Entities: NER mentions, canonical entities (and the keys that find them again), and
attributed quotes.

A full run canonicalises every mention of the corpus; an incremental run extracts only the
fresh articles (``source_changes``) and resolves their mentions against the stored entities
(``pipelines.entities.incremental``), whose ids never change. Either keeps the NER stage's raw
spans (``ner_spans``): a later full run reuses those of an unchanged article, never its
canonical mentions, which canonicalising again would change."""

from contextlib import closing

import dagster as dg
import polars as pl

from pipelines.defs.metadata import progress_logger, table_asset, table_metadata
from pipelines.defs.resources import Warehouse
from pipelines.entities import incremental as entity_increments
from pipelines.entities import ner as nlp
from pipelines.entities import quotes as quote_table
from pipelines.entities.canonical import canonicalize, with_entity_labels
from pipelines.entities.stored_keys import keys_frame
from pipelines.ingest import delta as deltas
from pipelines.money import amounts as amount_table
from pipelines.warehouse import fingerprint, incremental, store


@dg.multi_asset(
    outs={
        "mentions": dg.AssetOut(
            kinds={"spacy", "polars"}, group_name="entities", **table_asset("mentions", "enriched")
        ),
        "entities": dg.AssetOut(kinds={"polars"}, group_name="entities", **table_asset("entities", "enriched")),
        "entity_keys": dg.AssetOut(kinds={"polars"}, group_name="entities", **table_asset("entity_keys", "enriched")),
        "ner_spans": dg.AssetOut(
            kinds={"spacy", "polars"}, group_name="entities", **table_asset("ner_spans", "enriched")
        ),
    },
    ins={"articles": dg.AssetIn(), "source_changes": dg.AssetIn()},
)
def named_entities(
    context: dg.AssetExecutionContext,
    articles: pl.DataFrame,
    source_changes: pl.DataFrame,
    warehouse: Warehouse,
):
    full = deltas.is_full(source_changes)
    if full:
        same_engine = warehouse.state("ner_fingerprint") == fingerprint.ner()
        stored = warehouse.read_table("ner_spans")
        # an article without stored spans (a warehouse from before the table, an article NER
        # failed on or found nothing in) is read again
        reused, todo = incremental.split(
            articles,
            warehouse.read_table("articles"),
            stored,
            same_engine=same_engine,
            redo=incremental.without_rows(articles, stored),
        )
    else:
        todo = deltas.fresh_articles(articles, source_changes)
        reused = pl.DataFrame()
    context.log.info(f"NER: {todo.height} articles to process, {articles.height - todo.height} unchanged")
    failed: list[str] = []

    def ner_failed(article_id: str, exc: Exception) -> None:
        failed.append(article_id)
        context.log.warning(f"NER failed on article {article_id}; it has no mentions in this run: {exc!r}")

    fresh = nlp.mentions_frame(
        todo, progress=progress_logger(context, "NER", todo["n_words"].to_list()), on_error=ner_failed
    )
    # The run's workers would idle while this process resolves the mentions: they read the
    # same articles' money meanwhile, which the amounts step then takes (in a run whose steps
    # share one process and its held pool; else nothing is queued).
    amount_table.read_ahead(todo)
    raw = pl.concat([reused.select(fresh.columns).cast(fresh.schema), fresh]) if not reused.is_empty() else fresh
    if full:
        result = canonicalize(raw, articles)
        keys = keys_frame(result, articles)
    else:
        with closing(store.connect_read_only(warehouse.path)) as con:
            result = entity_increments.resolve_new(fresh, todo, con)
        keys = result.keys
    # and the quotes while this process writes the outputs (the quotes step takes them)
    quote_table.read_ahead(*_quoted(articles, source_changes, result.mentions, result.entities))
    stats = {k: v for k, v in result.stats.items() if isinstance(v, (int, float))}
    by_evidence = {k: v for k, v in result.stats.items() if k.endswith("_by_evidence") and isinstance(v, dict)}
    yield dg.Output(
        result.mentions,
        "mentions",
        metadata=table_metadata(
            "mentions",
            result.mentions,
            names={"articles": articles, "entities": result.entities},
            articles_processed=todo.height,
            ner_failed=len(failed),
            **stats,
            **{k: dg.MetadataValue.json(v) for k, v in by_evidence.items()},
        ),
    )
    yield dg.Output(
        result.entities,
        "entities",
        metadata=table_metadata("entities", result.entities.sort("n_mentions", descending=True)),
    )
    yield dg.Output(keys, "entity_keys", metadata=table_metadata("entity_keys", keys))
    yield dg.Output(raw, "ner_spans", metadata=table_metadata("ner_spans", raw, names={"articles": articles}))


@dg.asset(kinds={"polars"}, group_name="entities", **table_asset("quotes", "enriched"))
def quotes(
    context: dg.AssetExecutionContext,
    articles: pl.DataFrame,
    source_changes: pl.DataFrame,
    mentions: pl.DataFrame,
    entities: pl.DataFrame,
    warehouse: Warehouse,
) -> pl.DataFrame:
    articles, labelled = _quoted(articles, source_changes, mentions, entities)
    frame = quote_table.extract_quotes(articles, labelled)
    context.add_output_metadata(
        table_metadata(
            "quotes",
            frame,
            names={"articles": articles, "entities": entities},
            n_attributed=int(frame.get_column("speaker_entity_id").is_not_null().sum()),
        )
    )
    return frame


def _quoted(
    articles: pl.DataFrame, source_changes: pl.DataFrame, mentions: pl.DataFrame, entities: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The articles whose quotes a run extracts (an incremental run: the fresh ones), and the
    mentions with their entities' labels."""
    if not deltas.is_full(source_changes):
        articles = deltas.fresh_articles(articles, source_changes)
    return articles, with_entity_labels(mentions, entities)
