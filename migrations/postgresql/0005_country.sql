-- The country she confirmed for her safety lines (ISO 3166 alpha-2, or ZZ for "none of
-- those"); NULL until she has said, when her time zone's country is only a guess.
ALTER TABLE users ADD COLUMN country TEXT;
