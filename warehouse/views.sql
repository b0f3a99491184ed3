-- Views over the tables, created again after every write (pipelines/warehouse.py).

-- Entity pairs named in the same article: how many articles name both.
CREATE OR REPLACE VIEW entity_cooccurrence AS
WITH pairs AS (SELECT DISTINCT article_id, entity_id FROM mentions)
SELECT
    a.entity_id AS entity_a,
    ea.name AS name_a,
    b.entity_id AS entity_b,
    eb.name AS name_b,
    count(*) AS n_articles
FROM pairs AS a
JOIN pairs AS b ON a.article_id = b.article_id AND a.entity_id < b.entity_id
JOIN entities AS ea ON ea.entity_id = a.entity_id
JOIN entities AS eb ON eb.entity_id = b.entity_id
GROUP BY ALL;
COMMENT ON VIEW entity_cooccurrence IS 'Pairs of entities named in the same article (entity_a < entity_b) and in how many articles';
COMMENT ON COLUMN entity_cooccurrence.entity_a IS 'One entity of the pair (entities.entity_id), the smaller id';
COMMENT ON COLUMN entity_cooccurrence.name_a IS 'Its canonical name';
COMMENT ON COLUMN entity_cooccurrence.entity_b IS 'The other entity (entities.entity_id)';
COMMENT ON COLUMN entity_cooccurrence.name_b IS 'Its canonical name';
COMMENT ON COLUMN entity_cooccurrence.n_articles IS 'Number of articles that name both';
