"""Held drafts: what she writes to him here instead of sending it, kept encrypted, shown
back once at her check-in hour after the night has passed (review.py), listed and decided
on with /draft and /drafts (handlers.py). rotation.py re-encrypts every stored text under
the newest key."""
