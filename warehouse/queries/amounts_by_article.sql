-- Every amount of a live article with its currency and the title of its article (or its file
-- when untitled).
SELECT
    coalesce(a.title, a.source_path) AS article,
    m.text,
    m.currency,
    m.value,
    m.value_high,
    m.qualifier,
    eq.text AS restates,
    m.value_usd,
    m.object
FROM amounts AS m
JOIN articles AS a USING (article_id)
LEFT JOIN amounts AS eq ON eq.amount_id = m.equivalent_of
WHERE a.removed_at IS NULL
ORDER BY a.source_path, m.start_char;
