"""Held drafts: what she writes to him here instead of sending it, kept encrypted, shown
back once at her check-in hour after the night has passed, listed and decided on with
/draft and /drafts. service.py holds the use cases (no Telegram); review.py sends the
review and handlers.py answers her; rotation.py re-encrypts every stored text under the
newest key."""
