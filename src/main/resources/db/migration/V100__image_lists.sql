-- Image lists (API operations 15-26). list_image holds what was added (hash, tag, label, a small JPEG thumbnail);
-- indexed_image holds the images captured by the last RefreshIndex, which is what Match uses.

CREATE TABLE image_list (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,  -- AUTOINCREMENT: a deleted list's id is never reused
    name           TEXT,
    description    TEXT,
    metadata       TEXT,                               -- JSON object of strings, or NULL
    index_revision INTEGER NOT NULL DEFAULT 0,         -- grows with every RefreshIndex; 0: never refreshed
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

CREATE TABLE list_image (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,       -- image ids are unique across lists, never reused
    list_id   INTEGER NOT NULL REFERENCES image_list (id) ON DELETE CASCADE,
    hash      INTEGER NOT NULL,                        -- 64-bit dHash
    tag       INTEGER,
    label     TEXT,
    thumbnail BLOB,
    features  BLOB,                                    -- ORB keypoints + descriptors (OrbFeatures), for near misses
    added_at  TEXT NOT NULL
);

CREATE INDEX list_image_in_order ON list_image (list_id, id);

CREATE TABLE indexed_image (
    list_id  INTEGER NOT NULL REFERENCES image_list (id) ON DELETE CASCADE,
    image_id INTEGER NOT NULL,
    hash     INTEGER NOT NULL,
    tag      INTEGER,
    label    TEXT,
    features BLOB,
    PRIMARY KEY (list_id, image_id)
) WITHOUT ROWID;
