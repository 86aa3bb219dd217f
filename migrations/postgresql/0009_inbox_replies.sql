-- A step's replies, stored with its writes in its transaction and cleared once sent: a
-- member killed between the two leaves them to another member to send, and her chat's
-- next update waits until they are out, so she reads every step's replies once, in order.
ALTER TABLE inbox ADD COLUMN replies BYTEA; -- encrypted like her words
CREATE INDEX inbox_replies_pending ON inbox(chat_id) WHERE replies IS NOT NULL;
