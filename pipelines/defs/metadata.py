"""Metadata shown in the UI for a table asset: row count, column types and a preview."""


import dagster as dg
import polars as pl


def _cell(value: object, width: int = 60) -> str:
    text = "" if value is None else str(value)
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


def table_metadata(frame: pl.DataFrame, **extra: object) -> dict:
    return {
        "dagster/row_count": dg.MetadataValue.int(frame.height),
        "dagster/column_schema": dg.TableSchema(
            columns=[dg.TableColumn(name, str(dtype)) for name, dtype in frame.schema.items()]
        ),
        "preview": dg.MetadataValue.md(markdown_preview(frame)),
        **extra,
    }


def progress_logger(context: dg.AssetExecutionContext, step: str, words: list[int] | None = None):
    """A progress callback for the plain modules: logs done / total and the rate to the run's
    log, so a user watching the run in the UI sees a long step advance."""

    def report(done: int, total: int, seconds: float) -> None:
        rate = done / seconds if seconds else 0.0
        message = f"{step}: {done}/{total} articles ({done / total:.0%}), {rate:,.1f} articles/s"
        if words is not None and seconds:
            message += f", {sum(words[:done]) / seconds:,.0f} words/s"
        context.log.info(message)

    return report


def or_empty(frame: pl.DataFrame | None, schema: dict) -> pl.DataFrame:
    """A table read from the warehouse, or an empty frame of its schema before the first run."""
    return pl.DataFrame(schema=schema) if frame is None else frame
