-- The warehouse schema, the one declaration of every table: its columns, types, key and
-- comments. pipelines/warehouse/store.py applies this file (a table whose columns differ from it
-- is rebuilt from the run's data); pipelines/warehouse/tables.py reads it for the UI, README.md's
-- table list (cog) and the tests that compare each module's polars schema with it.
-- Keys that point at other tables are checked by the pipeline's asset checks (DuckDB's own
-- foreign keys would forbid the in-place replacement of an article's rows).

CREATE TABLE IF NOT EXISTS source_files (
    source_path VARCHAR PRIMARY KEY,
    article_id  VARCHAR NOT NULL,
    file_hash   VARCHAR NOT NULL,
    encoding    VARCHAR NOT NULL,
    decode_note VARCHAR,
    n_bytes     BIGINT NOT NULL,
    modified_at TIMESTAMPTZ NOT NULL,
    file_path   VARCHAR NOT NULL,
    line_no     BIGINT,
    format      VARCHAR NOT NULL
);
COMMENT ON TABLE source_files IS 'One row per article record now in the source folder (a text or HTML file, or one record of a JSON or JSON Lines feed), and the article it holds';
COMMENT ON COLUMN source_files.source_path IS 'Path of the record, relative to the source folder: the file''s path, and for a feed record the line it starts on (feed.jsonl#L12; feed.json#L3.2 for the second record starting on line 3)';
COMMENT ON COLUMN source_files.article_id IS 'The article this record holds (articles.article_id); several records may hold one article';
COMMENT ON COLUMN source_files.file_hash IS 'sha256 of the file''s bytes';
COMMENT ON COLUMN source_files.encoding IS 'Codec that decoded the file: utf-8, or the fallback used';
COMMENT ON COLUMN source_files.decode_note IS 'What reading the file changed or noticed: a fallback codec and why, control characters removed (U+0000 ×1), an HTML page in a .txt file read as HTML; null when the bytes were clean UTF-8 text';
COMMENT ON COLUMN source_files.n_bytes IS 'Size of the file in bytes';
COMMENT ON COLUMN source_files.modified_at IS 'Modification time of the file when it was read';
COMMENT ON COLUMN source_files.file_path IS 'Path of the file that holds the record, relative to the source folder (equals source_path for a text or HTML file)';
COMMENT ON COLUMN source_files.line_no IS '1-based line of the file where a feed record starts; null for a whole-file article';
COMMENT ON COLUMN source_files.format IS 'How the file was read: txt (scraped text), html (trafilatura), jsonl (one record a line) or json (a list of records)';

CREATE TABLE IF NOT EXISTS articles (
    article_id          VARCHAR PRIMARY KEY,
    source_path         VARCHAR NOT NULL,
    title               VARCHAR,
    published_at        DATE,
    text                VARCHAR NOT NULL,
    content_hash        VARCHAR NOT NULL,
    n_words             BIGINT NOT NULL,
    ingested_at         TIMESTAMPTZ NOT NULL,
    removed_at          TIMESTAMPTZ,
    author              VARCHAR,
    outlet              VARCHAR,
    url                 VARCHAR,
    title_source        VARCHAR,
    published_at_source VARCHAR,
    author_source       VARCHAR,
    outlet_source       VARCHAR,
    story_id            VARCHAR,
    duplicate_of        VARCHAR
);
COMMENT ON TABLE articles IS 'One row per distinct article: cleaned body text, title, date, author, outlet and URL, and where each came from; articles whose files are gone are kept, marked by removed_at';
COMMENT ON COLUMN articles.article_id IS 'Stable id: the first 16 hex digits of content_hash, so the same article under two file names is one article';
COMMENT ON COLUMN articles.source_path IS 'First record (source_files.source_path) that holds the article';
COMMENT ON COLUMN articles.title IS 'Headline: from the page''s or record''s metadata, else the text''s first line when it reads as a headline (see title_source)';
COMMENT ON COLUMN articles.published_at IS 'Publication date: from the page''s or record''s metadata, else a dateline of the text (see published_at_source)';
COMMENT ON COLUMN articles.text IS 'Cleaned body text; every *_char offset in the warehouse indexes into it';
COMMENT ON COLUMN articles.content_hash IS 'sha256, with Unicode and white space normalised, of the raw file (text, HTML) or of the feed record''s text and metadata fields';
COMMENT ON COLUMN articles.n_words IS 'Number of white-space separated words in text';
COMMENT ON COLUMN articles.ingested_at IS 'When the pipeline first stored this article';
COMMENT ON COLUMN articles.removed_at IS 'When the article''s files were found gone from the source folder (null while present); its rows are kept';
COMMENT ON COLUMN articles.author IS 'Author(s), several joined with "; ": from the metadata, else the text''s byline (see author_source)';
COMMENT ON COLUMN articles.outlet IS 'Publisher or site: from the metadata, else the text''s credit ("By Jane Doe, Example News", "Source: Reuters"), else the URL''s host (see outlet_source)';
COMMENT ON COLUMN articles.url IS 'Web address of the article: the page''s canonical URL, the record''s url/link field, or a line of the text that is only a URL';
COMMENT ON COLUMN articles.title_source IS 'Where title came from: html (the page''s metadata, by trafilatura), feed (a field of the record) or text (the first line); null when title is null';
COMMENT ON COLUMN articles.published_at_source IS 'Where published_at came from: html, feed or text (a dateline); null when published_at is null';
COMMENT ON COLUMN articles.author_source IS 'Where author came from: html, feed or text (a byline); null when author is null';
COMMENT ON COLUMN articles.outlet_source IS 'Where outlet came from: html, feed, text (a byline or "Source:" line) or url (the URL''s host name); null when outlet is null';
COMMENT ON COLUMN articles.story_id IS 'The story the article reports (stories.story_id): every live article is in exactly one story; null for a removed article';
COMMENT ON COLUMN articles.duplicate_of IS 'The original (articles.article_id) this article republishes nearly word for word (or, under the same headline, with most of its text); null for an original and for a removed article';

CREATE TABLE IF NOT EXISTS removed_lines (
    article_id VARCHAR NOT NULL,
    line_no    BIGINT NOT NULL,
    text       VARCHAR NOT NULL,
    reason     VARCHAR NOT NULL,
    PRIMARY KEY (article_id, line_no, reason)
);
COMMENT ON TABLE removed_lines IS 'Every line (or part of a line) the cleaner removed from an article''s text, and why: nothing is lost and the cleaning can be audited';
COMMENT ON COLUMN removed_lines.article_id IS 'The article (articles.article_id)';
COMMENT ON COLUMN removed_lines.line_no IS '1-based line number in the article''s raw text: the file for txt, the text trafilatura extracted for html, the record''s text field for a feed';
COMMENT ON COLUMN removed_lines.text IS 'The removed text, repaired and with white space normalised';
COMMENT ON COLUMN removed_lines.reason IS 'The rule that removed it: chrome (keyboard_prompt, media_notice, media_title, caption, teaser, repeated, recurring: recurs verbatim across many articles) or metadata moved to its column (title, dateline, byline, source_credit, url)';

CREATE TABLE IF NOT EXISTS quarantined_records (
    source_path VARCHAR PRIMARY KEY,
    file_path   VARCHAR NOT NULL,
    line_no     BIGINT,
    format      VARCHAR NOT NULL,
    error       VARCHAR NOT NULL,
    raw         VARCHAR NOT NULL,
    file_hash   VARCHAR NOT NULL
);
COMMENT ON TABLE quarantined_records IS 'One row per record now in the source folder that could not be read as an article (invalid JSON, not an object, no text; an HTML page with no main text; an empty, binary or over-size file; a PDF or other binary format; an unreadable file or folder; a symlink to a path outside the source folder); and each amount a data rule rejected (format amount: an unknown currency, no positive value); the other records of its file load';
COMMENT ON COLUMN quarantined_records.source_path IS 'Path of the record, relative to the source folder, as source_files.source_path would give it (feed.jsonl#L12)';
COMMENT ON COLUMN quarantined_records.file_path IS 'Path of the file, relative to the source folder';
COMMENT ON COLUMN quarantined_records.line_no IS '1-based line of the file where the record starts (or where reading it failed); null when the whole file is at fault and no line is known';
COMMENT ON COLUMN quarantined_records.format IS 'How the file was read: txt, html, jsonl or json; folder for a folder that could not be listed or a folder symlink not followed; amount for an amount the data rules rejected (source_path is the article''s path#amount@start-end)';
COMMENT ON COLUMN quarantined_records.error IS 'Why the record could not be read';
COMMENT ON COLUMN quarantined_records.raw IS 'The record''s raw text as found (the line, the JSON element, or the file); empty when the file was not read (unreadable, over the size cap, a symlink out of the folder) or held binary data';
COMMENT ON COLUMN quarantined_records.file_hash IS 'sha256 of the file''s bytes (source_files.file_hash); empty when the file was not read';

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
COMMENT ON COLUMN entities.n_mentions IS 'Number of mentions in live articles (0 when only removed articles name it)';
COMMENT ON COLUMN entities.n_articles IS 'Number of distinct live articles that mention it (0 when only removed articles name it)';

CREATE TABLE IF NOT EXISTS mentions (
    mention_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    entity_id  VARCHAR NOT NULL,
    text       VARCHAR NOT NULL,
    label      VARCHAR NOT NULL,
    model_label VARCHAR NOT NULL,
    start_char BIGINT NOT NULL,
    end_char   BIGINT NOT NULL
);
COMMENT ON TABLE mentions IS 'One row per named-entity mention in an article (the model''s spans, list spans split into their names, and the other occurrences of each recognised name in its article)';
COMMENT ON COLUMN mentions.mention_id IS 'Stable id from the article and the offsets of the model''s span';
COMMENT ON COLUMN mentions.article_id IS 'The article (articles.article_id)';
COMMENT ON COLUMN mentions.entity_id IS 'The entity named (entities.entity_id)';
COMMENT ON COLUMN mentions.text IS 'The mention as written: articles.text[start_char:end_char], the model''s span moved onto the name where it held more or less (a minute, a score, a role glued before it, a surname left out)';
COMMENT ON COLUMN mentions.label IS 'Entity type of the entity the mention refers to (entities.label, by vote): PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE';
COMMENT ON COLUMN mentions.model_label IS 'Entity type the NER model gave this mention (for a repeat it added, that of the name repeated); every run votes on it again';
COMMENT ON COLUMN mentions.start_char IS 'Offset of the first character in articles.text (0-based)';
COMMENT ON COLUMN mentions.end_char IS 'Offset just past the last character in articles.text';

CREATE TABLE IF NOT EXISTS amounts (
    amount_id      VARCHAR PRIMARY KEY,
    article_id     VARCHAR NOT NULL,
    text           VARCHAR NOT NULL,
    currency       VARCHAR NOT NULL,
    currency_basis VARCHAR NOT NULL,
    value          DECIMAL(38,4) NOT NULL,
    value_high     DECIMAL(38,4),
    qualifier      VARCHAR,
    equivalent_of  VARCHAR,
    value_usd      DECIMAL(38,2),
    fx_date        DATE,
    fx_basis       VARCHAR NOT NULL,
    object         VARCHAR,
    start_char     BIGINT NOT NULL,
    end_char       BIGINT NOT NULL
);
COMMENT ON TABLE amounts IS 'One row per monetary figure in an article: ISO currency, exact value (DECIMAL) or range, qualifier, the figure it restates, and its value in US dollars';
COMMENT ON COLUMN amounts.amount_id IS 'Stable id from the article and the offsets';
COMMENT ON COLUMN amounts.article_id IS 'The article (articles.article_id)';
COMMENT ON COLUMN amounts.text IS 'The figure as written: articles.text[start_char:end_char]';
COMMENT ON COLUMN amounts.currency IS 'ISO 4217 currency code';
COMMENT ON COLUMN amounts.currency_basis IS 'How the currency was decided (pipelines.money.resolve.CurrencyBasis): explicit (symbol, code or word), conversion (ratio to a linked amount fits one currency at the article''s date), conversion_undated (undated article: the ratio fits one currency on some day of the ECB history, or several with the marker''s usual one among them), context (the countries the article names, as of its date; for a dollar figure only a dollar the article names) or default (the marker''s usual currency, e.g. USD)';
COMMENT ON COLUMN amounts.value IS 'Value in whole currency units (a range''s low end), exact to 4 decimal places; minor units are converted (50p = 0.5000 GBP)';
COMMENT ON COLUMN amounts.value_high IS 'High end of a range (whole units, 4 decimal places), else null';
COMMENT ON COLUMN amounts.qualifier IS 'approx, at_least, more_than, less_than or up_to; null for an exact figure';
COMMENT ON COLUMN amounts.equivalent_of IS 'amount_id of the amount this one restates in another currency, e.g. the (£57bn) after €65bn';
COMMENT ON COLUMN amounts.value_usd IS 'value in US dollars, rounded to the cent, as fx_basis says: at the ECB reference rate of fx_date, or the article''s own US-dollar restatement when it is undated; null for an undated article without one or a currency the ECB does not quote';
COMMENT ON COLUMN amounts.fx_date IS 'Date of the ECB rate used: the article date, or the nearest earlier day with a rate; null when no ECB rate was used';
COMMENT ON COLUMN amounts.fx_basis IS 'Where value_usd comes from (pipelines.money.fx.FxBasis): usd (the amount is in US dollars), article_date (ECB rate of fx_date), restatement (undated article: its own US-dollar figure for this amount), undated (undated article, no US-dollar restatement: value_usd null) or no_rate (the ECB has no rate for the currency on the date, e.g. DEM or any date before 1999: value_usd null)';
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
COMMENT ON COLUMN quotes.speaker_entity_id IS 'The speaker (entities.entity_id): the subject of the quote''s reporting verb (the person in "Name of Org said"); a pronoun or title resolves to the nearest earlier reporting-clause or sentence subject that fits (he/she never an organisation or place); a quote going on from the previous one keeps its speaker; null when unknown';
COMMENT ON COLUMN quotes.speaker_text IS 'How the speaker is written next to the quote ("Mr Stoltenberg", "he", "the minister"), or the name of a speaker the entity tagger missed (speaker_entity_id null) that a pronoun refers to or whose speech goes on; null when the speaker is carried over from the previous quote';
COMMENT ON COLUMN quotes.cue IS 'The reporting verb that attributes the quote ("said", "told", "according to"); null when the speaker is carried over from the previous quote or unknown';
COMMENT ON COLUMN quotes.text IS 'The quoted words, without the quote marks: articles.text[start_char:end_char]';
COMMENT ON COLUMN quotes.start_char IS 'Offset of the first quoted character in articles.text (0-based)';
COMMENT ON COLUMN quotes.end_char IS 'Offset just past the last quoted character in articles.text';

CREATE TABLE IF NOT EXISTS stories (
    story_id        VARCHAR PRIMARY KEY,
    title           VARCHAR,
    first_published DATE,
    n_articles      BIGINT NOT NULL,
    n_outlets       BIGINT NOT NULL
);
COMMENT ON TABLE stories IS 'One row per story: the live articles that report one event, as a reader would group them (near-duplicate copies included); removed articles shape no story';
COMMENT ON COLUMN stories.story_id IS 'Stable id: a hash of the story''s origin article (the earliest published member, else the smallest article_id)';
COMMENT ON COLUMN stories.title IS 'Headline of the origin article, else its first sentence';
COMMENT ON COLUMN stories.first_published IS 'Earliest publication date among its articles; null when none is dated';
COMMENT ON COLUMN stories.n_articles IS 'Number of live articles in the story, copies included';
COMMENT ON COLUMN stories.n_outlets IS 'Number of distinct known outlets among its articles (0 when none is known)';

CREATE TABLE IF NOT EXISTS entity_keys (
    match_key  VARCHAR PRIMARY KEY,
    entity_id  VARCHAR,
    surname_of VARCHAR[] NOT NULL,
    expansion  VARCHAR,
    context    VARCHAR[] NOT NULL
);
COMMENT ON TABLE entity_keys IS 'What incremental canonicalisation (pipelines.entities.incremental) looks up, by match key, to resolve new mentions against the stored entities without reading the mentions table: one row per match key that names an entity (a variant of case, accent, spelling, title or handle meets in it), is the last word of a full person name, or is an acronym with an expansion; and one per gazetteer place an entity is';
COMMENT ON COLUMN entity_keys.match_key IS 'The match key (pipelines.entities.keys.match_key): lower case, no accents or punctuation, spelling variants folded ("nato", "jens stoltenberg", "zelensky"); or a gazetteer place id ("country:US", "city:703448"), whose row gives the entity that the place''s names join';
COMMENT ON COLUMN entity_keys.entity_id IS 'The entity this key names (entities.entity_id): a new mention with this key joins it; null when the key names no entity and is only a surname or an acronym''s initials. Short forms and acronyms sent to an entity on evidence do not name it';
COMMENT ON COLUMN entity_keys.surname_of IS 'Match keys of the full person names whose last word this key is: the stored people a bare surname may stand for when its article shares distinctive entities with theirs; empty when none';
COMMENT ON COLUMN entity_keys.expansion IS 'Match key of the multi-word name this acronym stands for in the corpus (the one its attached mentions joined most, else the only name with these initials); null when none';
COMMENT ON COLUMN entity_keys.context IS 'For a full person name or an acronym''s expansion: the distinctive entities (entities.entity_id, named in few articles) of the articles that name this key''s entity, the co-mention evidence a bare surname or acronym needs to join it; empty for other keys';
CREATE TABLE IF NOT EXISTS story_signatures (
    article_id VARCHAR NOT NULL,
    band       INTEGER NOT NULL,
    bucket     BIGINT NOT NULL,
    PRIMARY KEY (article_id, band)
);
COMMENT ON TABLE story_signatures IS 'The persisted LSH index of story grouping: one row per live article with words and per band of its 128-value MinHash (of its 4-word shingles); two articles are text candidates for one story when they share a (band, bucket), so new articles are matched against the stored ones without reading their texts';
COMMENT ON COLUMN story_signatures.article_id IS 'The article (articles.article_id)';
COMMENT ON COLUMN story_signatures.band IS 'LSH band, 0 to 63: MinHash values 2 × band and 2 × band + 1';
COMMENT ON COLUMN story_signatures.bucket IS 'The band''s two 32-bit MinHash values as one 64-bit key (first << 32 | second, read as signed): equal buckets, equal bands';

CREATE TABLE IF NOT EXISTS ner_spans (
    mention_id  VARCHAR PRIMARY KEY,
    article_id  VARCHAR NOT NULL,
    text        VARCHAR NOT NULL,
    model_label VARCHAR NOT NULL,
    start_char  BIGINT NOT NULL,
    end_char    BIGINT NOT NULL
);
COMMENT ON TABLE ner_spans IS 'The NER stage''s raw output (pipelines.entities.ner.mentions_frame) for every article, before canonicalisation moves, cuts, joins, splits or drops a span: what a full run with the same NER fingerprint reuses for an unchanged article instead of reading it with spaCy again. The canonical mentions cannot stand in for it, as canonicalising them again changes them; an article without rows here is read again';
COMMENT ON COLUMN ner_spans.mention_id IS 'Stable id from the article and the span''s offsets';
COMMENT ON COLUMN ner_spans.article_id IS 'The article (articles.article_id)';
COMMENT ON COLUMN ner_spans.text IS 'The span as the NER stage found it: articles.text[start_char:end_char]';
COMMENT ON COLUMN ner_spans.model_label IS 'Entity type the NER model gave the span (for a repeat the NER stage added, that of the name repeated)';
COMMENT ON COLUMN ner_spans.start_char IS 'Offset of the first character in articles.text (0-based)';
COMMENT ON COLUMN ner_spans.end_char IS 'Offset just past the last character in articles.text';
