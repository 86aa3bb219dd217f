"""Her safety: her country, its lines, and hearing danger or despair in what she types.

Pure Python over content; the shell is bot/features/safety."""
