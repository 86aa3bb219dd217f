"""Many members, one bot: any number of `python -m bot` processes on one PostgreSQL.

- One member at a time polls Telegram (`leader.py`: a PostgreSQL advisory lock, dropped
  by the server when its process dies) and stores what arrives in the inbox; in webhook
  mode every member stores the POSTs it gets. Nothing is handled where it arrived.
- Every member takes updates from the inbox (`inbox.py`): the oldest waiting update of
  each chat whose previous one is handled, claimed with a lease. So one chat's updates go
  in order, one worker at a time, and a dead worker's update goes to another once its
  lease lapses; an update_id stored twice is handled once.
- PTB keeps conversations in memory and reads them only at start, so a member reads the
  chat's state for each update instead (`state.py`) and lets it go after: the step
  continues at the state another member left it in. The update is marked handled inside
  the step's own transaction, with its writes and its new state.
"""
