-- A timer taken by a worker carries the moment its claim lapses: until then no other
-- worker takes it; if its worker dies, the claim lapses and another one delivers it.
ALTER TABLE timers ADD COLUMN claimed_until TIMESTAMPTZ;
