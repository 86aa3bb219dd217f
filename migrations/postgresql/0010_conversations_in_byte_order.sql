-- A chat's conversations are found by a range on their keys' text ("[42," up to "[42-"),
-- which only means "begins with [42," in byte order. A database created with a locale
-- (en_US.UTF-8, or an ICU collation) orders punctuation otherwise and the range finds
-- nothing: her flow would start over on every update. Compared in "C", whatever the
-- database's locale, and indexed the same way.
DROP INDEX conversations_by_key;
CREATE INDEX conversations_by_key ON conversations ((key COLLATE "C"));
