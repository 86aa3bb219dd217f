"""Her safety, heard in every state: her country's lines, /sos, and the country question."""
