-- The members of one bot (bot/cluster/): each running `python -m bot` writes its row every
-- few seconds. Those seen lately are alive; the bulk lane's pace (30 messages/s for the
-- bot as a whole) is shared out among them, and /metrics reports how many there are.
CREATE TABLE members (
    member_id TEXT        PRIMARY KEY,
    seen_at   TIMESTAMPTZ NOT NULL
);
