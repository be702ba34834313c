-- Term lists (API operations 27-36). Terms are kept as entered, with the key they are compared by; indexed_term
-- holds, per list and language, the terms captured by the last RefreshIndex, which is what screening uses.

CREATE TABLE term_list (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,  -- AUTOINCREMENT: a deleted list's id is never reused
    name        TEXT,
    description TEXT,
    metadata    TEXT,                               -- JSON object of strings, or NULL
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- One row per list and language that has terms or an index. revision grows with every edit of its terms;
-- indexed_revision is the revision the last refresh captured (NULL: never refreshed).
CREATE TABLE term_list_language (
    list_id          INTEGER NOT NULL REFERENCES term_list (id) ON DELETE CASCADE,
    language         TEXT    NOT NULL,
    revision         INTEGER NOT NULL DEFAULT 0,
    indexed_revision INTEGER,
    refreshed_at     TEXT,
    PRIMARY KEY (list_id, language)
);

CREATE TABLE term (
    seq      INTEGER PRIMARY KEY,  -- insertion order, for paging
    list_id  INTEGER NOT NULL,
    language TEXT    NOT NULL,
    term     TEXT    NOT NULL,
    term_key TEXT    NOT NULL,
    FOREIGN KEY (list_id, language) REFERENCES term_list_language (list_id, language) ON DELETE CASCADE,
    UNIQUE (list_id, language, term_key)
);

CREATE INDEX term_in_order ON term (list_id, language, seq);

CREATE TABLE indexed_term (
    list_id  INTEGER NOT NULL,
    language TEXT    NOT NULL,
    seq      INTEGER NOT NULL,
    term     TEXT    NOT NULL,
    PRIMARY KEY (list_id, language, seq),
    FOREIGN KEY (list_id, language) REFERENCES term_list_language (list_id, language) ON DELETE CASCADE
) WITHOUT ROWID;
