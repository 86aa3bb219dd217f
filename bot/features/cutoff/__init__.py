"""The cut-off checklist: every channel closed at once, ticked off item by item.

logic.py decides (progress, what is open, when to remind) and is pure; handlers.py
draws the checklist as one message edited in place and sends the one reminder.
"""
