-- Daily pings, milestones, danger days and risk-hour nudges.
ALTER TABLE users ADD COLUMN paused_until TEXT;
ALTER TABLE users ADD COLUMN quiet_start TEXT NOT NULL DEFAULT '23:00';
ALTER TABLE users ADD COLUMN quiet_end TEXT NOT NULL DEFAULT '07:00';
ALTER TABLE users ADD COLUMN risk_nudges INTEGER NOT NULL DEFAULT 1;

CREATE TABLE danger_days (
    id      INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    kind    TEXT    NOT NULL,
    month   INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    day     INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
    UNIQUE (user_id, kind, month, day)
);
