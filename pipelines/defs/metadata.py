"""What the UI shows of an asset: its description, owners and tags; for a table, its row count,
its columns with the types and descriptions of warehouse/schema.sql, and a readable preview."""

from datetime import date, datetime
from decimal import Decimal

import dagster as dg
import polars as pl

from pipelines.warehouse import store as warehouse
from pipelines.warehouse.tables import Column, tables

OWNERS = ["team:newsroom-data"]

# Assets whose columns are described by another table's (article_stories becomes two columns of articles).
DESCRIBED_BY = {"article_stories": "articles", "quarantined_amounts": "quarantined_records"}

# Columns that point at a row of another table: the preview column that names that row, and the table.
NAMES = {
    "article_id": ("article", "articles"),
    "entity_id": ("entity", "entities"),
    "speaker_entity_id": ("speaker", "entities"),
    "story_id": ("story", "stories"),
    "duplicate_of": ("copy_of", "articles"),
    "equivalent_of": ("restates", "amounts"),
}
# How a row of each of those tables is named (an article without a title by its opening words).
NAMING = {
    "articles": pl.coalesce("title", pl.col("text").str.slice(0, 80)),
    "entities": pl.col("name"),
    "stories": pl.col("title"),
    "amounts": pl.col("text"),
}

# The preview's columns for each asset (names from NAMES, amounts formatted, no raw ids).
PREVIEW = {
    "source_files": ["source_path", "article", "format", "encoding", "n_bytes", "modified_at", "decode_note"],
    "articles": ["article", "published_at", "outlet", "author", "n_words", "url", "title_source", "removed_at"],
    "removed_lines": ["article", "line_no", "reason", "text"],
    "quarantined_records": ["source_path", "format", "line_no", "error"],
    "entities": ["name", "label", "n_mentions", "n_articles", "aliases"],
    "mentions": ["text", "entity", "label", "article", "start_char"],
    "amounts": ["text", "amount", "qualifier", "in_usd", "fx_date", "object", "restates", "article"],
    "quotes": ["speaker", "speaker_text", "cue", "text", "article"],
    "stories": ["title", "first_published", "n_articles", "n_outlets"],
    "article_stories": ["article", "story", "copy_of"],
    "entity_keys": ["match_key", "entity", "surname_of", "expansion"],
    "story_signatures": ["article", "band", "bucket"],
    "ner_spans": ["text", "model_label", "article", "start_char"],
    "source_changes": ["kind", "key"],
}


def table_description(table: str) -> str:
    return tables()[table].comment


def ownership(layer: str) -> dict:
    """Owners and tags of an asset, to spread into ``@dg.asset`` or ``dg.AssetOut``."""
    return {"owners": OWNERS, "tags": {"layer": layer}}


def table_asset(table: str, layer: str) -> dict:
    """``ownership`` plus the table's comment in schema.sql as the asset's description."""
    return {"description": table_description(table), **ownership(layer)}


def column_schema(table: str, frame: pl.DataFrame) -> dg.TableSchema:
    described = tables().get(DESCRIBED_BY.get(table, table))
    declared = {c.name: c for c in described.columns} if described else {}
    columns = []
    for name, dtype in frame.schema.items():
        column = declared.get(name, Column(name, str(dtype), None, True))
        columns.append(
            dg.TableColumn(
                name,
                column.type,
                description=column.comment,
                constraints=dg.TableColumnConstraints(nullable=column.nullable),
            )
        )
    return dg.TableSchema(columns=columns)


def _number(value: Decimal | float) -> str:
    value = Decimal(str(value)) if isinstance(value, float) else value
    exponent = value.normalize().as_tuple().exponent
    places = 0 if not isinstance(exponent, int) or exponent >= 0 else max(2, -exponent)
    return f"{value:,.{places}f}"


def money(currency: str, value: Decimal | float | None, high: Decimal | float | None = None) -> str | None:
    """ "GBP 57,000,000,000", "USD 5,000,000–10,000,000", "GBP 0.50"."""
    if value is None:
        return None
    return f"{currency} {_number(value)}" + ("" if high is None else f"–{_number(high)}")


def preview_frame(table: str, frame: pl.DataFrame, names: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """The preview's columns of ``frame``: each id that points at a table in ``names`` (or at
    ``table`` itself) replaced by that row's name, amounts formatted."""
    wanted = PREVIEW.get(table) or PREVIEW[DESCRIBED_BY[table]]
    lookups = {**names, table: frame}
    out = frame
    for column, (alias, target) in NAMES.items():
        if column in frame.columns and alias in wanted and target in lookups:
            [key] = warehouse.KEYS[target]
            named = lookups[target].select(pl.col(key).alias(column), NAMING[target].alias(alias)).unique(column)
            out = out.join(named, on=column, how="left", maintain_order="left")
    if "value" in frame.columns:
        rows = out.select("currency", "value", "value_high", "value_usd").iter_rows()
        amount, usd = zip(*((money(c, v, h), money("USD", u)) for c, v, h, u in rows)) if out.height else ((), ())
        out = out.with_columns(pl.Series("amount", amount, dtype=pl.String), pl.Series("in_usd", usd, dtype=pl.String))
    return out.select([c for c in wanted if c in out.columns])


def _cell(value: object, width: int = 60) -> str:
    if value is None:
        text = ""
    elif isinstance(value, int) and not isinstance(value, bool):
        text = f"{value:,}"
    elif isinstance(value, (float, Decimal)):
        text = _number(value)
    elif isinstance(value, datetime):
        text = value.strftime("%Y-%m-%d %H:%M")
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, list):
        text = "; ".join(map(str, value))
    else:
        text = str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def markdown_preview(frame: pl.DataFrame, rows: int = 10) -> str:
    head = frame.head(rows)
    lines = [
        "| " + " | ".join(head.columns) + " |",
        "| " + " | ".join("---" for _ in head.columns) + " |",
    ]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in head.iter_rows()]
    return "\n".join(lines)


def table_metadata(
    table: str, frame: pl.DataFrame, *, names: dict[str, pl.DataFrame] | None = None, **extra: object
) -> dict:
    """Row count, column schema and preview of a table asset; ``names`` are the frames its ids
    point at (e.g. {"articles": articles}), for the preview to show their names."""
    return {
        "dagster/row_count": dg.MetadataValue.int(frame.height),
        "dagster/column_schema": column_schema(table, frame),
        "preview": dg.MetadataValue.md(markdown_preview(preview_frame(table, frame, names or {}))),
        **extra,
    }


def progress_logger(context: dg.AssetExecutionContext, step: str, words: list[int] | None = None):
    """A progress callback for the plain modules: logs done / total and the rate to the run's
    log when the work passes another tenth, so a user watching the run in the UI sees a long
    step advance (each line is an event the instance stores)."""

    logged = [-1]  # the last tenth of the work logged: at most eleven lines, however often called

    def report(done: int, total: int, seconds: float) -> None:
        tenth = 10 * done // total if total else 10
        if tenth == logged[0]:
            return
        logged[0] = tenth
        rate = done / seconds if seconds else 0.0
        message = f"{step}: {done}/{total} articles ({done / total:.0%}), {rate:,.1f} articles/s"
        if words is not None and seconds:
            message += f", {sum(words[:done]) / seconds:,.0f} words/s"
        context.log.info(message)

    return report


def or_empty(frame: pl.DataFrame | None, schema: dict) -> pl.DataFrame:
    """A table read from the warehouse, or an empty frame of its schema before the first run."""
    return pl.DataFrame(schema=schema) if frame is None else frame
