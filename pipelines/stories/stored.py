"""What incremental story grouping reads of the warehouse the last run left: SQL over a
read-only DuckDB connection that touches only the rows a few new articles need (their LSH
buckets, their titles, their rare entities, and the candidates and stories these lead to),
never every stored text but in one count inside DuckDB (:meth:`Stored.word_frequency`). Stored
rows of the articles being (re)assigned are ignored, and so are removed articles:
"stored" below means a live article of the warehouse not among the new ones."""

from __future__ import annotations

from collections import Counter

import duckdb
import numpy as np
import polars as pl

from pipelines.stories.signatures import digest_of
from pipelines.stories.similarity import entity_vectors

_STORED = "SELECT * FROM articles WHERE removed_at IS NULL AND article_id NOT IN (SELECT v FROM _new)"
"""The stored live articles; every query below reads articles through it."""

TITLE_KEY_SQL = "lower(trim(regexp_replace(title, '[\\s\\pZ]+', ' ', 'g')))"
"""A headline up to case and white space, as SQL (the caller checks the Python key again)."""


_WORD_SQL = r"[\pL\pN]+(?:''[\pL\pN]+)*"
""":data:`pipelines.stories.similarity.WORD_RE` in RE2 (DuckDB), once curly apostrophes are
straightened: letters and digits, with inner apostrophes (doubled: a SQL string literal)."""


class Stored:
    """The stored warehouse as seen by one batch of new articles (``new_ids``)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, new_ids: list[str]) -> None:
        self.con = con
        self.new = new_ids

    def _frame(self, sql: str, **lists: list[str]) -> pl.DataFrame:
        """Run ``sql`` after ``WITH stored AS (...)``; each list of strings is the one-column
        (``v``) relation ``_<name>`` (registered, not bound as a parameter: DuckDB inspects a
        bound Python list item by item, at a cost far above the query's)."""
        lists = {"new": self.new, **lists}
        for name, values in lists.items():
            self.con.register(f"_{name}", pl.DataFrame({"v": values}, schema={"v": pl.String}).to_arrow())
        try:
            return self.con.execute(f"WITH stored AS ({_STORED}) {sql}").pl()
        finally:
            for name in lists:
                self.con.unregister(f"_{name}")

    def lsh_pairs(self, signatures: pl.DataFrame, dates: pl.DataFrame, copy_bands: int, max_days: int) -> pl.DataFrame:
        """(new_id, article_id) of each stored article that shares an LSH bucket with a new one
        and either shares ``copy_bands`` buckets (it may be a copy) or may report the same event:
        its date (``dates``: the new articles' article_id, published_at) is at most
        ``max_days`` from the new article's, or one of the two is undated."""
        self.con.register("_new_signatures", signatures.to_arrow())
        self.con.register("_new_dates", dates.to_arrow())
        try:
            return self._frame(
                "SELECT p.new_id, p.article_id FROM (SELECT n.article_id AS new_id, s.article_id, count(*) AS shared "
                "FROM _new_signatures AS n JOIN story_signatures AS s USING (band, bucket) GROUP BY ALL) AS p "
                "JOIN stored AS a ON a.article_id = p.article_id JOIN _new_dates AS d ON d.article_id = p.new_id "
                f"WHERE p.shared >= {int(copy_bands)} OR a.published_at IS NULL OR d.published_at IS NULL "
                f"OR abs(date_diff('day', a.published_at, d.published_at)) <= {int(max_days)}"
            )
        finally:
            self.con.unregister("_new_signatures")
            self.con.unregister("_new_dates")

    def title_pairs(self, keys: dict[str, str]) -> pl.DataFrame:
        """(new_id, article_id) of each stored article whose headline key is a new one's."""
        frame = pl.DataFrame(
            {"new_id": list(keys), "key": list(keys.values())}, schema={"new_id": pl.String, "key": pl.String}
        )
        self.con.register("_new_titles", frame.to_arrow())
        try:
            return self._frame(
                f"SELECT n.new_id, s.article_id FROM stored AS s JOIN _new_titles AS n ON {TITLE_KEY_SQL} = n.key "
                "WHERE s.title IS NOT NULL"
            )
        finally:
            self.con.unregister("_new_titles")

    def articles(self, ids: list[str]) -> pl.DataFrame:
        """The stored articles among ``ids``, without their texts: article_id, title,
        published_at, story_id, duplicate_of."""
        return self._frame(
            "SELECT article_id, title, published_at, story_id, duplicate_of FROM stored "
            "WHERE article_id IN (SELECT v FROM _ids)",
            ids=ids,
        )

    def texts(self, ids: list[str]) -> dict[str, str | None]:
        """The texts of the stored articles among ``ids``."""
        rows = self._frame("SELECT article_id, text FROM stored WHERE article_id IN (SELECT v FROM _ids)", ids=ids)
        return dict(rows.iter_rows())

    def heads(self, ids: list[str], chars: int) -> dict[str, tuple[str, bool]]:
        """The first ``chars`` characters of the texts of the stored articles among ``ids``, and
        whether the text goes on."""
        rows = self._frame(
            f"SELECT article_id, left(text, {int(chars)}), length(text) > {int(chars)} FROM stored "
            "WHERE article_id IN (SELECT v FROM _ids)",
            ids=ids,
        )
        return {a: (head, cut) for a, head, cut in rows.iter_rows()}

    def digests(self, ids: list[str]) -> dict[str, np.ndarray]:
        """The stored MinHash values of each of ``ids`` that has index rows (its buckets are read
        as rows and put together here: a list aggregate over the index holds far more memory in
        DuckDB)."""
        rows = self._frame(
            "SELECT article_id, band, bucket FROM story_signatures WHERE article_id IN (SELECT v FROM _ids)", ids=ids
        )
        grouped = rows.sort("article_id", "band").group_by("article_id", maintain_order=True).agg("bucket")
        return {a: digest_of(b) for a, b in grouped.iter_rows()}

    def n_originals(self) -> int:
        """How many stored articles are originals (not a copy of another)."""
        return self._frame("SELECT count(*) AS n FROM stored WHERE duplicate_of IS NULL")["n"][0]

    def document_frequency(self, entity_ids: list[str]) -> Counter:
        """How many stored originals name each of ``entity_ids``."""
        rows = self._frame(
            "SELECT m.entity_id, count(DISTINCT m.article_id) AS df FROM mentions AS m "
            "SEMI JOIN stored AS s ON s.article_id = m.article_id AND s.duplicate_of IS NULL "
            "WHERE m.entity_id IN (SELECT v FROM _ents) GROUP BY m.entity_id",
            ents=entity_ids,
        )
        return Counter(dict(rows.iter_rows()))

    def word_frequency(self, words: list[str]) -> Counter:
        """How many stored originals have each of ``words`` in their text (lower case, as
        :func:`pipelines.stories.similarity.words` splits it). The one query over every stored
        text, run inside DuckDB: the idf of the leads' words is a statistic of the archive."""
        rows = self._frame(
            "SELECT w, count(DISTINCT article_id) AS df FROM (SELECT article_id, "
            f"unnest(regexp_extract_all(replace(lower(text), '’', ''''), '{_WORD_SQL}')) AS w "
            "FROM stored WHERE duplicate_of IS NULL) WHERE w IN (SELECT v FROM _words) GROUP BY w",
            words=words,
        )
        return Counter(dict(rows.iter_rows()))

    def naming(self, named: pl.DataFrame, max_days: int) -> pl.DataFrame:
        """(article_id, entity_id) of the stored originals that name an entity of ``named``
        (entity_id, published_at: a new article's date) dated at most ``max_days`` from it (or
        either undated)."""
        self.con.register("_named", named.to_arrow())
        try:
            return self._frame(
                "SELECT DISTINCT m.article_id, m.entity_id FROM mentions AS m "
                "JOIN stored AS s ON s.article_id = m.article_id AND s.duplicate_of IS NULL "
                "JOIN _named AS r ON r.entity_id = m.entity_id "
                "WHERE s.published_at IS NULL OR r.published_at IS NULL "
                f"OR abs(date_diff('day', s.published_at, r.published_at)) <= {int(max_days)}"
            )
        finally:
            self.con.unregister("_named")

    def entity_counts(self, ids: list[str]) -> dict[str, Counter]:
        """Salient entity mention counts of the stored articles among ``ids`` (labels as the
        entities table votes them, as the full path's mentions have them)."""
        frame = self._frame(
            "SELECT m.article_id, m.entity_id, e.label FROM mentions AS m JOIN entities AS e USING (entity_id) "
            "WHERE m.article_id IN (SELECT v FROM _ids)",
            ids=ids,
        )
        return entity_vectors(frame, ids)

    def story_originals(self, story_ids: list[str]) -> dict[str, int]:
        """How many stored originals each of ``story_ids`` holds."""
        rows = self._frame(
            "SELECT story_id, count(*) AS n FROM stored WHERE duplicate_of IS NULL "
            "AND story_id IN (SELECT v FROM _sids) GROUP BY story_id",
            sids=story_ids,
        )
        return dict(rows.iter_rows())

    def story_members(self, story_ids: list[str]) -> pl.DataFrame:
        """The stored members of ``story_ids``: story_id, article_id, title, published_at, outlet."""
        return self._frame(
            "SELECT story_id, article_id, title, published_at, outlet FROM stored "
            "WHERE story_id IN (SELECT v FROM _sids)",
            sids=story_ids,
        )

    def former_stories(self) -> list[str]:
        """The stories the new articles' own stored rows were in (they may leave them)."""
        rows = self._frame(
            "SELECT DISTINCT story_id FROM articles WHERE story_id IS NOT NULL AND article_id IN (SELECT v FROM _new)"
        )
        return rows["story_id"].to_list()
