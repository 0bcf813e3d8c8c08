"""SQLite schema and forward migrations; the version lives in ``PRAGMA user_version``."""

# Each entry upgrades the store from version i to i+1. Never edit a released entry: append.
MIGRATIONS = [
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        title TEXT, outlet TEXT, author TEXT,
        published TEXT, published_basis TEXT NOT NULL DEFAULT 'unknown',
        raw_format TEXT NOT NULL,
        original TEXT NOT NULL,
        text TEXT NOT NULL,
        offsets TEXT NOT NULL,
        removed TEXT NOT NULL DEFAULT '[]',
        ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE TABLE sentences (
        rowid INTEGER PRIMARY KEY,
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL, end INTEGER NOT NULL,      -- in documents.text
        ostart INTEGER NOT NULL, oend INTEGER NOT NULL,    -- in documents.original
        text TEXT NOT NULL,
        UNIQUE (doc, idx)
    );
    CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='rowid');
    CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts(rowid, text) VALUES (new.rowid, new.text);
    END;
    CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    END;
    CREATE TABLE mentions (
        id TEXT PRIMARY KEY,
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sent INTEGER NOT NULL,
        start INTEGER NOT NULL, end INTEGER NOT NULL,
        ostart INTEGER NOT NULL, oend INTEGER NOT NULL,
        text TEXT NOT NULL, type TEXT NOT NULL, key TEXT NOT NULL, role TEXT
    );
    CREATE INDEX mentions_doc ON mentions(doc);
    CREATE TABLE event_mentions (
        id TEXT PRIMARY KEY,
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sent INTEGER NOT NULL,
        type TEXT NOT NULL, trigger TEXT NOT NULL, lemma TEXT NOT NULL,
        start INTEGER NOT NULL, end INTEGER NOT NULL,
        participants TEXT NOT NULL,
        date TEXT,                       -- JSON DateRange
        location TEXT, location_text TEXT,
        sources TEXT NOT NULL, negated INTEGER NOT NULL DEFAULT 0,
        anaphoric INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX event_mentions_doc ON event_mentions(doc);
    CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sent INTEGER NOT NULL,
        stance TEXT NOT NULL, text TEXT NOT NULL,
        start INTEGER NOT NULL, end INTEGER NOT NULL,
        ostart INTEGER NOT NULL, oend INTEGER NOT NULL,
        speaker TEXT, speaker_text TEXT, event_mention TEXT,
        attributed_to TEXT NOT NULL
    );
    CREATE INDEX claims_doc ON claims(doc);

    -- cross-document results, rebuilt by the resolve stage
    CREATE TABLE entities (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
        aliases TEXT NOT NULL, roles TEXT NOT NULL, n_events INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE mention_entity (
        mention TEXT PRIMARY KEY REFERENCES mentions(id) ON DELETE CASCADE,
        entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE
    );
    CREATE INDEX mention_entity_entity ON mention_entity(entity);
    CREATE TABLE events (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, label TEXT NOT NULL,
        date TEXT, date_lo TEXT, date_hi TEXT,
        location TEXT REFERENCES entities(id) ON DELETE SET NULL,
        sources TEXT NOT NULL
    );
    CREATE INDEX events_date ON events(date_lo);
    CREATE TABLE event_members (
        event_mention TEXT PRIMARY KEY REFERENCES event_mentions(id) ON DELETE CASCADE,
        event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE
    );
    CREATE INDEX event_members_event ON event_members(event);
    CREATE TABLE event_participants (
        event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        role TEXT,
        PRIMARY KEY (event, entity)
    );
    CREATE INDEX event_participants_entity ON event_participants(entity);
    CREATE TABLE contradictions (
        rowid INTEGER PRIMARY KEY,
        claims TEXT NOT NULL, reason TEXT NOT NULL
    );
    """,
    # 2: the sources an article names for itself ("Sources: The New York Times, The Atlantic")
    """
    ALTER TABLE documents ADD COLUMN sources TEXT NOT NULL DEFAULT '[]';
    """,
    # 3: factuality of every event mention (FactBank / MEANTIME) and the status of every event;
    # stores written before read every mention as a plain fact, every event as HAPPENED
    """
    ALTER TABLE event_mentions ADD COLUMN polarity TEXT NOT NULL DEFAULT 'POS';
    ALTER TABLE event_mentions ADD COLUMN certainty TEXT NOT NULL DEFAULT 'CERTAIN';
    ALTER TABLE event_mentions ADD COLUMN time TEXT NOT NULL DEFAULT 'PAST';
    ALTER TABLE event_mentions ADD COLUMN special TEXT NOT NULL DEFAULT 'NONE';
    -- the trigger in documents.original (start/end are in documents.text); filled on opening
    ALTER TABLE event_mentions ADD COLUMN tstart INTEGER;
    ALTER TABLE event_mentions ADD COLUMN tend INTEGER;
    ALTER TABLE events ADD COLUMN status TEXT NOT NULL DEFAULT 'HAPPENED';
    ALTER TABLE events ADD COLUMN first_reported TEXT;
    ALTER TABLE events ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0;
    ALTER TABLE events ADD COLUMN other_dates TEXT NOT NULL DEFAULT '[]';
    CREATE INDEX events_status ON events(status, date_lo);
    """,
    # 4: resolution that cannot be lost. Every stored article bumps 'documents' in its own
    # transaction; a saved resolution records the 'documents' value it covers. 'resolved' behind
    # 'documents' means a resolution is pending (a crash, kill -9) and the next command finishes it.
    # A store migrated with articles but no entities was cut off mid-resolution: mark it pending.
    """
    CREATE TABLE store_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
    INSERT INTO store_state (key, value) VALUES ('documents', (SELECT count(*) FROM documents));
    INSERT INTO store_state (key, value) VALUES ('resolved',
        CASE WHEN EXISTS (SELECT 1 FROM documents) AND NOT EXISTS (SELECT 1 FROM entities)
             THEN -1 ELSE (SELECT count(*) FROM documents) END);
    """,
    # 5: how much each event matters in the story (resolve/salience.py)
    """
    ALTER TABLE events ADD COLUMN salience REAL NOT NULL DEFAULT 0;
    """,
    # 6: a contradiction is a disagreement: its kind, the question and each side's reports
    """
    ALTER TABLE contradictions ADD COLUMN kind TEXT NOT NULL DEFAULT 'DENIAL';
    ALTER TABLE contradictions ADD COLUMN question TEXT NOT NULL DEFAULT '';
    ALTER TABLE contradictions ADD COLUMN qualified INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE contradictions ADD COLUMN positions TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE contradictions ADD COLUMN events TEXT NOT NULL DEFAULT '[]';
    """,
    # 7: the numbers a claim's sentence states ("met twice", "six calls"); none for older claims
    """
    ALTER TABLE claims ADD COLUMN quantities TEXT NOT NULL DEFAULT '[]';
    """,
    # 8: incremental resolution (resolve/blocking.py). doc_keys: the blocking keys of each
    # document, through which resolution can link it to another; documents that share none are
    # resolved apart, so an ingest re-resolves only the component its articles touch.
    # unresolved: articles stored since their component was last resolved. contradictions.doc:
    # one document of each (all of its documents are in one component), to replace them by
    # component. Stores written before get their keys from their mentions on opening and are
    # resolved again in full once.
    """
    CREATE TABLE doc_keys (
        key TEXT NOT NULL,
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        PRIMARY KEY (key, doc)
    );
    CREATE INDEX doc_keys_doc ON doc_keys(doc);
    CREATE TABLE unresolved (doc TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE);
    INSERT INTO unresolved (doc) SELECT id FROM documents;
    ALTER TABLE contradictions ADD COLUMN doc TEXT;
    CREATE INDEX contradictions_doc ON contradictions(doc);
    """,
    # 9: indexes for the API's pages at 10,000 articles (bench/api_latency.py). Covering ones
    # where a page reads a few columns of many rows: an entity's mentions by document, an
    # event's reports in order; claims by the event they report or by their speaker; documents
    # in the order they are listed (a page of them sorted every row, texts and all).
    """
    CREATE INDEX IF NOT EXISTS mention_entity_cover ON mention_entity(entity, mention);
    CREATE INDEX IF NOT EXISTS mentions_cover ON mentions(id, doc, start);
    CREATE INDEX IF NOT EXISTS event_mentions_cover ON event_mentions(id, doc, sent, start);
    CREATE INDEX IF NOT EXISTS claims_event_mention ON claims(event_mention);
    CREATE INDEX IF NOT EXISTS claims_speaker ON claims(speaker);
    CREATE INDEX IF NOT EXISTS documents_order ON documents((published IS NULL), published);
    """,
    # 10: what the API's pages would otherwise aggregate per request at 10,000 articles, kept
    # on write (store/derived.py, for the events and entities a resolution saves): each event's
    # count of documents and its reports' rank in the order they are listed (a list shows the
    # first few: an index range instead of ranking a central event's thousands); each claim's
    # event and speaker entity; each entity's mentions per document, co-participants (events
    # shared, HAPPENED or DISPUTED) and names.
    # Indexes in the orders the lists are read, so a page stops after its rows.
    """
    ALTER TABLE events ADD COLUMN n_docs INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE event_members ADD COLUMN pos INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE claims ADD COLUMN speaker_entity TEXT;
    ALTER TABLE claims ADD COLUMN event_id TEXT;
    CREATE INDEX IF NOT EXISTS claims_by_speaker ON claims(speaker_entity, doc, start, id);
    CREATE INDEX IF NOT EXISTS claims_by_event ON claims(event_id, doc, start, id);
    CREATE INDEX IF NOT EXISTS event_members_pos ON event_members(event, pos);
    CREATE TABLE IF NOT EXISTS entity_docs (
        entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        PRIMARY KEY (entity, doc)
    );
    CREATE INDEX IF NOT EXISTS entity_docs_n ON entity_docs(entity, n DESC, doc);
    CREATE INDEX IF NOT EXISTS entity_docs_doc ON entity_docs(doc);
    CREATE TABLE IF NOT EXISTS entity_pairs (
        entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        other TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        shared INTEGER NOT NULL,
        PRIMARY KEY (entity, other)
    );
    CREATE INDEX IF NOT EXISTS entity_pairs_shared ON entity_pairs(entity, shared DESC, other);
    -- every name and alias of each entity, one a row: a search scans these short rows, not the
    -- entities' (whose roles can fill 300 KB)
    CREATE TABLE IF NOT EXISTS entity_names (
        entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        name TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS entity_names_entity ON entity_names(entity);
    CREATE INDEX IF NOT EXISTS entity_pairs_other ON entity_pairs(other);
    CREATE INDEX IF NOT EXISTS events_by_date ON events((date_lo IS NULL), date_lo, date_hi, id, status);
    CREATE INDEX IF NOT EXISTS events_by_salience ON events(salience DESC, (date_lo IS NULL), date_lo, id, status);
    CREATE INDEX IF NOT EXISTS events_undated ON events(salience DESC, (date_lo IS NULL), date_lo, id, status)
        WHERE date_lo IS NULL;
    CREATE INDEX IF NOT EXISTS documents_outlet ON documents(outlet);
    CREATE INDEX IF NOT EXISTS events_cover ON events(id, status, salience, date_lo, date_hi);
    CREATE INDEX IF NOT EXISTS claims_stance ON claims(stance, doc, start, id);
    CREATE INDEX IF NOT EXISTS claims_order ON claims(doc, start, id);
    CREATE INDEX IF NOT EXISTS entities_by_events ON entities(n_events DESC, name);
    CREATE INDEX IF NOT EXISTS events_label ON events(label, id);
    CREATE INDEX IF NOT EXISTS events_location ON events(location);
    """,
    # 11: search by words (store/words.py): the folded words of each entity's names and of each
    # event's label, one a row, kept on write (store/derived.py). A search looks its words up in
    # these indexes; testing every name and label for a substring read all of them per word, and
    # a common one ("the") matched 10,000 entities and 24,000 events (issue 15, API p95).
    """
    CREATE TABLE IF NOT EXISTS entity_words (
        word TEXT NOT NULL,
        entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        PRIMARY KEY (word, entity)
    );
    CREATE INDEX IF NOT EXISTS entity_words_entity ON entity_words(entity);
    CREATE TABLE IF NOT EXISTS event_words (
        word TEXT NOT NULL,
        event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        PRIMARY KEY (word, event)
    );
    CREATE INDEX IF NOT EXISTS event_words_event ON event_words(event);
    -- an entity's events from the index alone (a name's 15,000 took 16 ms through the rows)
    CREATE INDEX IF NOT EXISTS event_participants_cover ON event_participants(entity, event);
    -- a document's (an outlet's) event mentions from the index alone: outlet events 48 → 30 ms,
    -- and PostgreSQL stops reading all 213,000 event mentions for them
    CREATE INDEX IF NOT EXISTS event_mentions_doc_cover ON event_mentions(doc, id);
    """,
    # 12: each disagreement's sides with their first reports only (queries.HEAD_REPORTS, and
    # each side's count), kept on write and filled on migrating: a list shows a side's first
    # 20 reports, and reading a central figure's page of sides whole parsed 3 MB of JSON
    # for them (issue 15, API p95)
    """
    ALTER TABLE contradictions ADD COLUMN heads TEXT;
    """,
    # 13: the earlier claim a denial answers ("denied that charge"); none for older claims
    """
    ALTER TABLE claims ADD COLUMN answers TEXT;
    """,
    # 14: what a denial says it denies, its verb's object or clause; none for older claims
    """
    ALTER TABLE claims ADD COLUMN denied TEXT;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
# the version from which documents have their blocking keys (filled from the mentions on migrating)
KEYS_VERSION = next(i for i, m in enumerate(MIGRATIONS) if "CREATE TABLE doc_keys" in m) + 1
# the version from which the store keeps the aggregates the API reads (computed on migrating)
DERIVED_VERSION = (
    next(i for i, m in enumerate(MIGRATIONS) if "CREATE TABLE IF NOT EXISTS entity_pairs" in m) + 1
)
# the version from which the store keeps the words of names and labels (filled on migrating)
WORDS_VERSION = (
    next(i for i, m in enumerate(MIGRATIONS) if "CREATE TABLE IF NOT EXISTS entity_words" in m) + 1
)
# the version from which disagreements keep the heads of their sides (filled on migrating)
HEADS_VERSION = next(i for i, m in enumerate(MIGRATIONS) if "ADD COLUMN heads" in m) + 1
