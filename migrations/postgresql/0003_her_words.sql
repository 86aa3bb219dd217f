-- Held drafts are reviewed once, her own reasons, the cut-off checklist, messages from him.
ALTER TABLE drafts ADD COLUMN reviewed_at TIMESTAMPTZ;

CREATE TABLE reasons (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT      NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    body       BYTEA       NOT NULL
);
CREATE INDEX reasons_by_user ON reasons(user_id, created_at);

CREATE TABLE cutoff_items (
    user_id    BIGINT      NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    item_id    TEXT        NOT NULL,
    state      TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, item_id)
);

CREATE TABLE he_texted (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    received_at TIMESTAMPTZ NOT NULL,
    kind        TEXT        NOT NULL,
    outcome     TEXT
);
CREATE INDEX he_texted_by_user ON he_texted(user_id, received_at);
