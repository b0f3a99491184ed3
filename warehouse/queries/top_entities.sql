-- Most-mentioned entities across live articles: how often, and in how many articles.
SELECT e.name, e.label, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
FROM mentions AS m
JOIN entities AS e USING (entity_id)
JOIN articles AS a USING (article_id)
WHERE a.removed_at IS NULL
GROUP BY e.entity_id, e.name, e.label
ORDER BY articles DESC, mentions DESC, e.name
LIMIT 20;
