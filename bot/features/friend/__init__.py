"""Her one trusted friend: service.py invites, joins, alerts and lets the friend leave,
over the repository; handlers.py runs /friend, the invite link and /leave over it."""
