-- Views over the tables, created again after every write (pipelines/warehouse.py).
-- They count live articles only: an article whose files are gone (articles.removed_at set)
-- keeps its rows in the tables but is in no view.

-- Entity pairs named in the same live article: how many articles name both.
CREATE OR REPLACE VIEW entity_cooccurrence AS
WITH pairs AS (
    SELECT DISTINCT m.article_id, m.entity_id
    FROM mentions AS m
    JOIN articles AS a USING (article_id)
    WHERE a.removed_at IS NULL
)
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
COMMENT ON VIEW entity_cooccurrence IS 'Pairs of entities named in the same live article (entity_a < entity_b) and in how many live articles';
COMMENT ON COLUMN entity_cooccurrence.entity_a IS 'One entity of the pair (entities.entity_id), the smaller id';
COMMENT ON COLUMN entity_cooccurrence.name_a IS 'Its canonical name';
COMMENT ON COLUMN entity_cooccurrence.entity_b IS 'The other entity (entities.entity_id)';
COMMENT ON COLUMN entity_cooccurrence.name_b IS 'Its canonical name';
COMMENT ON COLUMN entity_cooccurrence.n_articles IS 'Number of live articles that name both';

-- Corroboration: how many live articles, original reports and stories give the same figure or
-- the same words. Needs articles.story_id and articles.duplicate_of (pipelines/stories.py).
-- Every count includes the row's own article; an article not yet in a story counts as a story
-- of its own, and a near-duplicate copy counts once, with its original, in n_originals.

-- Each live article as one report: its story (itself when it is in none) and the original it
-- copies (itself when it is one), for counting independent reports. Removed articles are not
-- reports, so the corroboration views below, which join it, leave them out.
CREATE OR REPLACE VIEW article_reports AS
SELECT
    article_id,
    coalesce(story_id, article_id) AS story_key,
    coalesce(duplicate_of, article_id) AS original_id,
    story_id,
    outlet
FROM articles
WHERE removed_at IS NULL;
COMMENT ON VIEW article_reports IS 'Each live article (removed_at null) as one report: the story and the original it counts under in the corroboration views';
COMMENT ON COLUMN article_reports.article_id IS 'The live article (articles.article_id)';
COMMENT ON COLUMN article_reports.story_key IS 'Its story (articles.story_id), or its own id when it is in none';
COMMENT ON COLUMN article_reports.original_id IS 'The original it copies (articles.duplicate_of), or its own id when it is an original';
COMMENT ON COLUMN article_reports.story_id IS 'articles.story_id';
COMMENT ON COLUMN article_reports.outlet IS 'articles.outlet';

-- Each amount, and how many articles report the same figure: same currency, value and
-- value_high (the qualifier, "about" or "more than", is ignored).
CREATE OR REPLACE VIEW amount_corroboration AS
WITH reported AS (
    SELECT m.*, r.story_key, r.original_id, r.story_id, r.outlet
    FROM amounts AS m
    JOIN article_reports AS r USING (article_id)
),
figures AS (
    SELECT
        currency,
        value,
        value_high,
        count(DISTINCT article_id) AS n_articles,
        count(DISTINCT original_id) AS n_originals,
        count(DISTINCT story_key) AS n_stories,
        count(DISTINCT outlet) AS n_outlets
    FROM reported
    GROUP BY currency, value, value_high
)
SELECT
    r.amount_id,
    r.article_id,
    r.story_id,
    r.text,
    r.currency,
    r.value,
    r.value_high,
    r.qualifier,
    r.value_usd,
    r.object,
    f.n_articles,
    f.n_originals,
    f.n_stories,
    f.n_outlets
FROM reported AS r
JOIN figures AS f
    ON f.currency = r.currency
    AND f.value = r.value
    AND f.value_high IS NOT DISTINCT FROM r.value_high;
COMMENT ON VIEW amount_corroboration IS 'One row per amount of a live article, with how many live articles, original reports and stories give the same figure (same currency, value and value_high)';
COMMENT ON COLUMN amount_corroboration.amount_id IS 'The amount (amounts.amount_id)';
COMMENT ON COLUMN amount_corroboration.article_id IS 'The article it is in (articles.article_id)';
COMMENT ON COLUMN amount_corroboration.story_id IS 'The story of that article (stories.story_id); null before stories are grouped';
COMMENT ON COLUMN amount_corroboration.text IS 'The figure as written';
COMMENT ON COLUMN amount_corroboration.currency IS 'ISO 4217 currency code';
COMMENT ON COLUMN amount_corroboration.value IS 'Value in whole currency units (a range''s low end)';
COMMENT ON COLUMN amount_corroboration.value_high IS 'High end of a range, else null';
COMMENT ON COLUMN amount_corroboration.qualifier IS 'approx, at_least, more_than, less_than or up_to; null for an exact figure (not part of the match)';
COMMENT ON COLUMN amount_corroboration.value_usd IS 'value in US dollars (amounts.value_usd)';
COMMENT ON COLUMN amount_corroboration.object IS 'What the amount is for, when known (amounts.object)';
COMMENT ON COLUMN amount_corroboration.n_articles IS 'Number of articles, this one included, with an amount of the same currency, value and value_high';
COMMENT ON COLUMN amount_corroboration.n_originals IS 'The same, counting a near-duplicate copy (articles.duplicate_of) once with its original: independent reports';
COMMENT ON COLUMN amount_corroboration.n_stories IS 'Number of distinct stories (articles.story_id) among those articles; an article without a story counts as one';
COMMENT ON COLUMN amount_corroboration.n_outlets IS 'Number of distinct known outlets (articles.outlet) among those articles; 0 when none is known';

-- Each quote, and how many articles carry the same words: equal once lower-cased with
-- punctuation and white space folded, or one containing the other (whole words, and the
-- contained quote at least 4 words long, so that a stock phrase does not match).
CREATE OR REPLACE VIEW quote_corroboration AS
WITH said AS (
    SELECT
        q.*,
        r.story_key,
        r.original_id,
        r.story_id,
        r.outlet,
        trim(regexp_replace(lower(q.text), '[^\pL\pN]+', ' ', 'g')) AS words
    FROM quotes AS q
    JOIN article_reports AS r USING (article_id)
),
sized AS (
    SELECT *, ' ' || words || ' ' AS padded, len(string_split(words, ' ')) AS n_words
    FROM said
    WHERE words <> ''
),
-- Containment is found through an equality join, not by comparing every pair: a quote of
-- 4+ words can only be inside another when its first four words are one of the other's
-- four-word windows; the candidates are then checked whole.
heads AS (
    SELECT quote_id, array_to_string(string_split(words, ' ')[1:4], ' ') AS head
    FROM sized
    WHERE n_words >= 4
),
windows AS (
    SELECT quote_id, array_to_string(w[i:i + 3], ' ') AS head
    FROM (
        SELECT quote_id, string_split(words, ' ') AS w, unnest(range(1, n_words - 2)) AS i
        FROM sized
        WHERE n_words > 4
    )
),
contained AS (
    SELECT DISTINCT o.quote_id AS outer_id, i.quote_id AS inner_id
    FROM windows AS w
    JOIN heads AS h ON h.head = w.head AND h.quote_id <> w.quote_id
    JOIN sized AS o ON o.quote_id = w.quote_id
    JOIN sized AS i ON i.quote_id = h.quote_id
    WHERE o.n_words > i.n_words AND contains(o.padded, i.padded)
),
matches AS (
    SELECT x.quote_id, y.article_id, y.original_id, y.story_key, y.outlet
    FROM sized AS x
    JOIN sized AS y ON x.words = y.words
    UNION ALL
    SELECT c.outer_id, i.article_id, i.original_id, i.story_key, i.outlet
    FROM contained AS c
    JOIN sized AS i ON i.quote_id = c.inner_id
    UNION ALL
    SELECT c.inner_id, o.article_id, o.original_id, o.story_key, o.outlet
    FROM contained AS c
    JOIN sized AS o ON o.quote_id = c.outer_id
),
counts AS (
    SELECT
        quote_id,
        count(DISTINCT article_id) AS n_articles,
        count(DISTINCT original_id) AS n_originals,
        count(DISTINCT story_key) AS n_stories,
        count(DISTINCT outlet) AS n_outlets
    FROM matches
    GROUP BY quote_id
)
SELECT
    s.quote_id,
    s.article_id,
    s.story_id,
    s.speaker_entity_id,
    s.speaker_text,
    s.cue,
    s.text,
    s.words,
    coalesce(c.n_articles, 1) AS n_articles,
    coalesce(c.n_originals, 1) AS n_originals,
    coalesce(c.n_stories, 1) AS n_stories,
    coalesce(c.n_outlets, (s.outlet IS NOT NULL)::BIGINT) AS n_outlets
FROM said AS s
LEFT JOIN counts AS c USING (quote_id);
COMMENT ON VIEW quote_corroboration IS 'One row per quote of a live article, with how many live articles, original reports and stories carry the same words (equal after folding case, punctuation and white space, or one containing the other)';
COMMENT ON COLUMN quote_corroboration.quote_id IS 'The quote (quotes.quote_id)';
COMMENT ON COLUMN quote_corroboration.article_id IS 'The article it is in (articles.article_id)';
COMMENT ON COLUMN quote_corroboration.story_id IS 'The story of that article (stories.story_id); null before stories are grouped';
COMMENT ON COLUMN quote_corroboration.speaker_entity_id IS 'The speaker (entities.entity_id), when known';
COMMENT ON COLUMN quote_corroboration.speaker_text IS 'How the speaker is written next to the quote';
COMMENT ON COLUMN quote_corroboration.cue IS 'The reporting verb';
COMMENT ON COLUMN quote_corroboration.text IS 'The quoted words as written';
COMMENT ON COLUMN quote_corroboration.words IS 'The quoted words as matched: lower case, every run of punctuation and white space folded to one space';
COMMENT ON COLUMN quote_corroboration.n_articles IS 'Number of articles, this one included, with a quote of the same words, or containing them, or contained in them (at least 4 words)';
COMMENT ON COLUMN quote_corroboration.n_originals IS 'The same, counting a near-duplicate copy (articles.duplicate_of) once with its original: independent reports';
COMMENT ON COLUMN quote_corroboration.n_stories IS 'Number of distinct stories (articles.story_id) among those articles; an article without a story counts as one';
COMMENT ON COLUMN quote_corroboration.n_outlets IS 'Number of distinct known outlets (articles.outlet) among those articles; 0 when none is known';
