-- Radio Silence: the first schema, for PostgreSQL. The same version as SQLite's 0001 means
-- the same tables; only the types are PostgreSQL's own: Telegram ids BIGINT (they outgrow
-- 32 bits), moments timestamptz, local dates date, payloads jsonb, her words bytea.
CREATE TABLE users (
    user_id          BIGINT      PRIMARY KEY,
    chat_id          BIGINT      NOT NULL,
    situation        TEXT        NOT NULL,
    last_contact     DATE        NOT NULL,
    timezone         TEXT        NOT NULL,
    ping_time        TIME        NOT NULL,
    locale           TEXT        NOT NULL,
    onboarded        BOOLEAN     NOT NULL DEFAULT false,
    best_streak_days INTEGER     NOT NULL DEFAULT 0,
    banked_days      INTEGER     NOT NULL DEFAULT 0,
    active           BOOLEAN     NOT NULL DEFAULT true,
    created_at       TIMESTAMPTZ NOT NULL
);

CREATE TABLE slips (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id           BIGINT      NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    occurred_at       TIMESTAMPTZ NOT NULL,
    streak_days_ended INTEGER     NOT NULL,
    note              BYTEA
);
CREATE INDEX slips_by_user ON slips(user_id, occurred_at);

CREATE TABLE urges (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT      NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    started_at TIMESTAMPTZ NOT NULL,
    kind       TEXT        NOT NULL,
    trigger    TEXT,
    intensity  SMALLINT    CHECK (intensity BETWEEN 1 AND 10),
    outcome    TEXT,
    ended_at   TIMESTAMPTZ
);
CREATE INDEX urges_by_user ON urges(user_id, started_at);

CREATE TABLE drafts (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT      NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    urge_id    BIGINT      REFERENCES urges(id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    body       BYTEA       NOT NULL
);
CREATE INDEX drafts_by_user ON drafts(user_id, created_at);

CREATE TABLE seen_items (
    user_id BIGINT      NOT NULL,
    pool    TEXT        NOT NULL,
    item_id TEXT        NOT NULL,
    seen_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, pool, item_id)
);

CREATE TABLE timers (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT      NOT NULL,
    kind       TEXT        NOT NULL,
    due_at     TIMESTAMPTZ NOT NULL,
    payload    JSONB       NOT NULL DEFAULT '{}',
    dedupe_key TEXT        NOT NULL UNIQUE,
    state      TEXT        NOT NULL DEFAULT 'pending',
    created_at TIMESTAMPTZ NOT NULL,
    done_at    TIMESTAMPTZ
);
-- The sweeper reads only what is due, in due order: cost follows due rows, not users. The
-- same index serves a claim with FOR UPDATE SKIP LOCKED when several workers sweep.
CREATE INDEX timers_due ON timers(due_at, id) WHERE state = 'pending';
CREATE INDEX timers_by_user ON timers(user_id, kind, state);

-- PTB's conversations: the key is the JSON list PTB's key becomes, kept as the exact text
-- so that it names one row; the state is JSON.
CREATE TABLE conversations (
    name  TEXT  NOT NULL,
    key   TEXT  NOT NULL,
    state JSONB NOT NULL,
    PRIMARY KEY (name, key)
);

CREATE TABLE user_data (
    user_id BIGINT PRIMARY KEY,
    data    JSONB  NOT NULL
);

CREATE TABLE group_notices (
    chat_id BIGINT      PRIMARY KEY,
    told_at TIMESTAMPTZ NOT NULL
);
