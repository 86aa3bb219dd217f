-- The members of one bot (bot/cluster/): each running `python -m bot` writes its row every
-- few seconds. Those seen lately are alive; the bulk lane's pace (30 messages/s for the
-- bot as a whole) is shared out among them. SQLite runs one member; the table keeps both
-- stores to one contract.
CREATE TABLE members (
    member_id TEXT PRIMARY KEY,
    seen_at   TEXT NOT NULL
);
