-- Updates as they arrive, when several workers share the bot: the member that receives
-- an update (the one polling, or any behind the webhook) stores it here, and whichever
-- worker is free handles it, one update of a chat at a time, oldest first. A handled row
-- stays a day, without its content, so a second delivery of the same update_id is
-- recognised and dropped.
CREATE TABLE inbox (
    update_id     BIGINT      PRIMARY KEY,
    chat_id       BIGINT      NOT NULL,
    payload       BYTEA NOT NULL, -- encrypted like her words; emptied once handled
    received_at   TIMESTAMPTZ NOT NULL,
    claimed_until TIMESTAMPTZ,
    handled_at    TIMESTAMPTZ
);
CREATE INDEX inbox_waiting ON inbox(chat_id, update_id) WHERE handled_at IS NULL;
CREATE INDEX inbox_handled ON inbox(handled_at) WHERE handled_at IS NOT NULL;

-- A worker reads one chat's conversations per update (several workers share the chats):
-- its keys are JSON lists that begin with the chat id, found by a range on the text.
CREATE INDEX conversations_by_key ON conversations(key);
