-- Daily pings, milestones, danger days and risk-hour nudges.
ALTER TABLE users ADD COLUMN paused_until DATE;
ALTER TABLE users ADD COLUMN quiet_start TIME NOT NULL DEFAULT '23:00';
ALTER TABLE users ADD COLUMN quiet_end TIME NOT NULL DEFAULT '07:00';
ALTER TABLE users ADD COLUMN risk_nudges BOOLEAN NOT NULL DEFAULT true;

CREATE TABLE danger_days (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id BIGINT   NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    kind    TEXT     NOT NULL,
    month   SMALLINT NOT NULL CHECK (month BETWEEN 1 AND 12),
    day     SMALLINT NOT NULL CHECK (day BETWEEN 1 AND 31),
    UNIQUE (user_id, kind, month, day)
);
