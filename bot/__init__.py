"""Radio Silence: a Telegram companion for keeping no contact with an ex."""
