-- Who is quoted most in live articles: quotes and articles per speaker, with one example quote.
SELECT
    e.name AS speaker,
    e.label,
    count(*) AS quotes,
    count(DISTINCT q.article_id) AS articles,
    arg_max(q.text, length(q.text)) AS longest_quote
FROM quotes AS q
JOIN entities AS e ON e.entity_id = q.speaker_entity_id
JOIN articles AS a USING (article_id)
WHERE a.removed_at IS NULL
GROUP BY e.entity_id, e.name, e.label
ORDER BY quotes DESC, articles DESC, speaker
LIMIT 20;
