"""Her data is hers: /export hands her everything kept about her, /forget erases it."""
