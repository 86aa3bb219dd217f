-- Radio Silence: the first schema. Times are UTC ISO-8601 text; dates are ISO local dates.
CREATE TABLE users (
    user_id          INTEGER PRIMARY KEY,
    chat_id          INTEGER NOT NULL,
    situation        TEXT    NOT NULL,
    last_contact     TEXT    NOT NULL,
    timezone         TEXT    NOT NULL,
    ping_time        TEXT    NOT NULL,
    locale           TEXT    NOT NULL,
    onboarded        INTEGER NOT NULL DEFAULT 0,
    best_streak_days INTEGER NOT NULL DEFAULT 0,
    banked_days      INTEGER NOT NULL DEFAULT 0,
    active           INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT    NOT NULL
);

CREATE TABLE slips (
    id                INTEGER PRIMARY KEY,
    user_id           INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    occurred_at       TEXT    NOT NULL,
    streak_days_ended INTEGER NOT NULL,
    note              BLOB
);
CREATE INDEX slips_by_user ON slips(user_id, occurred_at);

CREATE TABLE urges (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    started_at TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    trigger    TEXT,
    intensity  INTEGER CHECK (intensity BETWEEN 1 AND 10),
    outcome    TEXT,
    ended_at   TEXT
);
CREATE INDEX urges_by_user ON urges(user_id, started_at);

CREATE TABLE drafts (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    urge_id    INTEGER REFERENCES urges(id) ON DELETE SET NULL,
    created_at TEXT    NOT NULL,
    body       BLOB    NOT NULL
);
CREATE INDEX drafts_by_user ON drafts(user_id, created_at);

CREATE TABLE seen_items (
    user_id INTEGER NOT NULL,
    pool    TEXT    NOT NULL,
    item_id TEXT    NOT NULL,
    seen_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, pool, item_id)
);

CREATE TABLE timers (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL,
    kind       TEXT    NOT NULL,
    due_at     TEXT    NOT NULL,
    payload    TEXT    NOT NULL DEFAULT '{}',
    dedupe_key TEXT    NOT NULL UNIQUE,
    state      TEXT    NOT NULL DEFAULT 'pending',
    created_at TEXT    NOT NULL,
    done_at    TEXT
);
-- The sweeper reads only what is due: cost follows due rows, not users.
CREATE INDEX timers_due ON timers(due_at) WHERE state = 'pending';
CREATE INDEX timers_by_user ON timers(user_id, kind, state);

CREATE TABLE conversations (
    name  TEXT NOT NULL,
    key   TEXT NOT NULL,
    state TEXT NOT NULL,
    PRIMARY KEY (name, key)
);

CREATE TABLE user_data (
    user_id INTEGER PRIMARY KEY,
    data    TEXT NOT NULL
);

CREATE TABLE group_notices (
    chat_id INTEGER PRIMARY KEY,
    told_at TEXT NOT NULL
);
