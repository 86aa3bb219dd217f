-- One trusted friend per person, joined through an invite link.
CREATE TABLE friends (
    user_id          INTEGER PRIMARY KEY REFERENCES users(user_id) ON DELETE CASCADE,
    invite_code      TEXT    NOT NULL UNIQUE,
    friend_chat_id   INTEGER,
    created_at       TEXT    NOT NULL,
    joined_at        TEXT,
    last_alert_at    TEXT
);
CREATE INDEX friends_by_friend ON friends(friend_chat_id);
