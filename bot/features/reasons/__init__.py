"""Her own reasons: written in her own words while calm (/myreasons, handlers.py) and
handed back to her during an urge, one at a time without repeats (playback.py)."""
