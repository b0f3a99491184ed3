-- The warehouse schema: every table and column, with its comment. pipelines/warehouse.py
-- applies this file; a table whose columns differ from it is rebuilt from the run's data.
-- Keys that point at other tables are checked by the pipeline's asset checks (DuckDB's own
-- foreign keys would forbid the in-place replacement of an article's rows).

CREATE TABLE IF NOT EXISTS source_files (
    source_path VARCHAR PRIMARY KEY,
    article_id  VARCHAR NOT NULL,
    file_hash   VARCHAR NOT NULL,
    encoding    VARCHAR NOT NULL,
    decode_note VARCHAR,
    n_bytes     BIGINT NOT NULL,
    modified_at TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE source_files IS 'One row per file now in the source folder, and the article it holds';
COMMENT ON COLUMN source_files.source_path IS 'Path of the file, relative to the source folder';
COMMENT ON COLUMN source_files.article_id IS 'The article this file holds (articles.article_id); several files may hold one article';
COMMENT ON COLUMN source_files.file_hash IS 'sha256 of the file''s bytes';
COMMENT ON COLUMN source_files.encoding IS 'Codec that decoded the file: utf-8, or the fallback used';
COMMENT ON COLUMN source_files.decode_note IS 'Why a fallback codec was used (null for valid UTF-8)';
COMMENT ON COLUMN source_files.n_bytes IS 'Size of the file in bytes';
COMMENT ON COLUMN source_files.modified_at IS 'Modification time of the file when it was read';

CREATE TABLE IF NOT EXISTS articles (
    article_id   VARCHAR PRIMARY KEY,
    source_path  VARCHAR NOT NULL,
    title        VARCHAR,
    published_at DATE,
    text         VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    n_words      BIGINT NOT NULL,
    ingested_at  TIMESTAMPTZ NOT NULL,
    removed_at   TIMESTAMPTZ
);
COMMENT ON TABLE articles IS 'One row per distinct article: cleaned body text and metadata';
COMMENT ON COLUMN articles.article_id IS 'Stable id: the first 16 hex digits of content_hash, so the same article under two file names is one article';
COMMENT ON COLUMN articles.source_path IS 'First file (relative to the source folder) that holds the article';
COMMENT ON COLUMN articles.title IS 'Headline, when the text opens with one';
COMMENT ON COLUMN articles.published_at IS 'Publication date, when the text states one';
COMMENT ON COLUMN articles.text IS 'Cleaned body text; every *_char offset in the warehouse indexes into it';
COMMENT ON COLUMN articles.content_hash IS 'sha256 of the raw text with Unicode and white space normalised';
COMMENT ON COLUMN articles.n_words IS 'Number of white-space separated words in text';
COMMENT ON COLUMN articles.ingested_at IS 'When the pipeline first stored this article';
COMMENT ON COLUMN articles.removed_at IS 'When the article''s files were found gone from the source folder (null while present); its rows are kept';

CREATE TABLE IF NOT EXISTS removed_lines (
    article_id VARCHAR NOT NULL,
    line_no    BIGINT NOT NULL,
    text       VARCHAR NOT NULL,
    reason     VARCHAR NOT NULL,
    PRIMARY KEY (article_id, line_no, reason)
);
COMMENT ON TABLE removed_lines IS 'Every line (or part of a line) the cleaner removed from an article, and why';
COMMENT ON COLUMN removed_lines.article_id IS 'The article (articles.article_id)';
COMMENT ON COLUMN removed_lines.line_no IS '1-based line number in the source file';
COMMENT ON COLUMN removed_lines.text IS 'The removed text';
COMMENT ON COLUMN removed_lines.reason IS 'The rule that removed it: keyboard_prompt, media_notice, media_title, caption, teaser, repeated, dateline';

CREATE TABLE IF NOT EXISTS entities (
    entity_id  VARCHAR PRIMARY KEY,
    name       VARCHAR NOT NULL,
    label      VARCHAR NOT NULL,
    aliases    VARCHAR[] NOT NULL,
    n_mentions BIGINT NOT NULL,
    n_articles BIGINT NOT NULL
);
COMMENT ON TABLE entities IS 'One row per real-world thing named in the articles';
COMMENT ON COLUMN entities.entity_id IS 'Stable id derived from the canonical name and type';
COMMENT ON COLUMN entities.name IS 'Canonical name';
COMMENT ON COLUMN entities.label IS 'spaCy entity type (PERSON, ORG, GPE, LOC, NORP, ...), by vote over the mentions';
COMMENT ON COLUMN entities.aliases IS 'Distinct surface forms that name this entity';
COMMENT ON COLUMN entities.n_mentions IS 'Number of mentions';
COMMENT ON COLUMN entities.n_articles IS 'Number of distinct articles that mention it';

CREATE TABLE IF NOT EXISTS mentions (
    mention_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    entity_id  VARCHAR NOT NULL,
    text       VARCHAR NOT NULL,
    label      VARCHAR NOT NULL,
    start_char BIGINT NOT NULL,
    end_char   BIGINT NOT NULL
);
COMMENT ON TABLE mentions IS 'One row per named-entity mention in an article';
COMMENT ON COLUMN mentions.mention_id IS 'Stable id from the article and the offsets';
COMMENT ON COLUMN mentions.article_id IS 'The article (articles.article_id)';
COMMENT ON COLUMN mentions.entity_id IS 'The entity named (entities.entity_id)';
COMMENT ON COLUMN mentions.text IS 'The mention as written: articles.text[start_char:end_char]';
COMMENT ON COLUMN mentions.label IS 'Entity type the model gave this mention (the entity''s own label is the vote)';
COMMENT ON COLUMN mentions.start_char IS 'Offset of the first character in articles.text (0-based)';
COMMENT ON COLUMN mentions.end_char IS 'Offset just past the last character in articles.text';

CREATE TABLE IF NOT EXISTS amounts (
    amount_id      VARCHAR PRIMARY KEY,
    article_id     VARCHAR NOT NULL,
    text           VARCHAR NOT NULL,
    currency       VARCHAR NOT NULL,
    currency_basis VARCHAR NOT NULL,
    value          DOUBLE NOT NULL,
    value_high     DOUBLE,
    qualifier      VARCHAR,
    equivalent_of  VARCHAR,
    value_usd      DOUBLE,
    fx_date        DATE,
    object         VARCHAR,
    start_char     BIGINT NOT NULL,
    end_char       BIGINT NOT NULL
);
COMMENT ON TABLE amounts IS 'One row per monetary figure in an article';
COMMENT ON COLUMN amounts.amount_id IS 'Stable id from the article and the offsets';
COMMENT ON COLUMN amounts.article_id IS 'The article (articles.article_id)';
COMMENT ON COLUMN amounts.text IS 'The figure as written: articles.text[start_char:end_char]';
COMMENT ON COLUMN amounts.currency IS 'ISO 4217 currency code';
COMMENT ON COLUMN amounts.currency_basis IS 'How the currency was decided: explicit (symbol, code or word), conversion (ratio to a linked amount), context (the article''s country) or default (USD)';
COMMENT ON COLUMN amounts.value IS 'Value in whole currency units (a range''s low end); minor units are converted (50p = 0.50 GBP)';
COMMENT ON COLUMN amounts.value_high IS 'High end of a range, else null';
COMMENT ON COLUMN amounts.qualifier IS 'approx, at_least, more_than, less_than or up_to; null for an exact figure';
COMMENT ON COLUMN amounts.equivalent_of IS 'amount_id of the amount this one restates in another currency, e.g. the (£57bn) after €65bn';
COMMENT ON COLUMN amounts.value_usd IS 'value in US dollars at the ECB reference rate of fx_date; null when the ECB does not quote the currency';
COMMENT ON COLUMN amounts.fx_date IS 'Date of the ECB rate used: the article date, or the nearest earlier day with a rate';
COMMENT ON COLUMN amounts.object IS 'Short phrase for what the amount is for (e.g. military aid), from the dependency parse; null when none';
COMMENT ON COLUMN amounts.start_char IS 'Offset of the first character in articles.text (0-based)';
COMMENT ON COLUMN amounts.end_char IS 'Offset just past the last character in articles.text';

CREATE TABLE IF NOT EXISTS pipeline_state (
    key        VARCHAR PRIMARY KEY,
    value      VARCHAR NOT NULL
);
COMMENT ON TABLE pipeline_state IS 'What produced the stored results (model and engine versions), so that a change is noticed and the articles processed again';
COMMENT ON COLUMN pipeline_state.key IS 'Name of the setting, e.g. ner_fingerprint';
COMMENT ON COLUMN pipeline_state.value IS 'Its value when the tables were last written';

CREATE TABLE IF NOT EXISTS quotes (
    quote_id          VARCHAR PRIMARY KEY,
    article_id        VARCHAR NOT NULL,
    speaker_entity_id VARCHAR,
    speaker_text      VARCHAR,
    cue               VARCHAR,
    text              VARCHAR NOT NULL,
    start_char        BIGINT NOT NULL,
    end_char          BIGINT NOT NULL
);
COMMENT ON TABLE quotes IS 'One row per direct quotation in an article, with its speaker when one can be found';
COMMENT ON COLUMN quotes.quote_id IS 'Stable id from the article and the offset';
COMMENT ON COLUMN quotes.article_id IS 'The article (articles.article_id)';
COMMENT ON COLUMN quotes.speaker_entity_id IS 'The speaker (entities.entity_id); a pronoun or title is resolved to the nearest named speaker before it; null when unknown';
COMMENT ON COLUMN quotes.speaker_text IS 'How the speaker is written next to the quote ("Mr Stoltenberg", "he", "the minister")';
COMMENT ON COLUMN quotes.cue IS 'The reporting verb that attributes the quote ("said", "told", "according to")';
COMMENT ON COLUMN quotes.text IS 'The quoted words, without the quote marks: articles.text[start_char:end_char]';
COMMENT ON COLUMN quotes.start_char IS 'Offset of the first quoted character in articles.text (0-based)';
COMMENT ON COLUMN quotes.end_char IS 'Offset just past the last quoted character in articles.text';
