-- One trusted friend per person, joined through an invite link.
CREATE TABLE friends (
    user_id        BIGINT      PRIMARY KEY REFERENCES users(user_id) ON DELETE CASCADE,
    invite_code    TEXT        NOT NULL UNIQUE,
    friend_chat_id BIGINT,
    created_at     TIMESTAMPTZ NOT NULL,
    joined_at      TIMESTAMPTZ,
    last_alert_at  TIMESTAMPTZ
);
CREATE INDEX friends_by_friend ON friends(friend_chat_id);
