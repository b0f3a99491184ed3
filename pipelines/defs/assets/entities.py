"""Entities: NER mentions, canonical entities, and attributed quotes."""

import dagster as dg
import polars as pl

from pipelines.defs.metadata import progress_logger, table_asset, table_metadata
from pipelines.defs.resources import Warehouse
from pipelines.entities import ner as nlp
from pipelines.entities import quotes as quote_table
from pipelines.entities.canonical import canonicalize, with_entity_labels
from pipelines.warehouse import fingerprint, incremental


@dg.multi_asset(
    outs={
        "mentions": dg.AssetOut(
            kinds={"spacy", "polars"}, group_name="entities", **table_asset("mentions", "enriched")
        ),
        "entities": dg.AssetOut(kinds={"polars"}, group_name="entities", **table_asset("entities", "enriched")),
    },
    ins={"articles": dg.AssetIn()},
)
def named_entities(context: dg.AssetExecutionContext, articles: pl.DataFrame, warehouse: Warehouse):
    same_engine = warehouse.state("ner_fingerprint") == fingerprint.ner()
    reused, todo = incremental.split(
        articles, warehouse.read_table("articles"), warehouse.read_table("mentions"), same_engine=same_engine
    )
    context.log.info(f"NER: {todo.height} articles to process, {articles.height - todo.height} unchanged")
    failed: list[str] = []

    def ner_failed(article_id: str, exc: Exception) -> None:
        failed.append(article_id)
        context.log.warning(f"NER failed on article {article_id}; it has no mentions in this run: {exc!r}")

    fresh = nlp.mentions_frame(
        todo, progress=progress_logger(context, "NER", todo["n_words"].to_list()), on_error=ner_failed
    )
    raw = pl.concat([reused.select(fresh.columns).cast(fresh.schema), fresh]) if not reused.is_empty() else fresh
    result = canonicalize(raw, articles)
    stats = {k: v for k, v in result.stats.items() if isinstance(v, (int, float))}
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
        ),
    )
    yield dg.Output(
        result.entities,
        "entities",
        metadata=table_metadata("entities", result.entities.sort("n_mentions", descending=True)),
    )


@dg.asset(kinds={"polars"}, group_name="entities", **table_asset("quotes", "enriched"))
def quotes(
    context: dg.AssetExecutionContext, articles: pl.DataFrame, mentions: pl.DataFrame, entities: pl.DataFrame
) -> pl.DataFrame:
    frame = quote_table.extract_quotes(articles, with_entity_labels(mentions, entities))
    context.add_output_metadata(
        table_metadata(
            "quotes",
            frame,
            names={"articles": articles, "entities": entities},
            n_attributed=int(frame.get_column("speaker_entity_id").is_not_null().sum()),
        )
    )
    return frame
