### /export and /forget: her data, hers to take or to erase.
###
### Fluent (projectfluent.org): the bot fills in each { $name } (names stay in English); {
### $situation -> [abuse] … *[other] … } words a text for how it ended (unsaid reads the
### [abuse] wording unless it has its own); { $count -> [one] … *[other] … } picks the
### plural form. See the README, "Her language".

## privacy

privacy-export-caption =
    Everything I keep about you, in one file — including the words you wrote here, no longer locked.

    Keep it somewhere private. If someone else might look at your phone, you can delete this message once you've saved the file.
privacy-forget-ask =
    This deletes everything I keep about you:
    • your answers: how it ended, your dates, time zone and check-in time
    • your count of days and its history
    • every urge, slip and note, and every word you wrote here
    • your own reasons, your checklist and your hard dates
    • the messages from him you told me about
    • every check-in and reminder I had planned

    It can't be undone. If you'd like a copy first, /export sends you all of it as a file.
privacy-forget-confirm = Last check: once it's gone, I can't bring any of it back. Delete everything?
privacy-forget-expired = That was a while ago, so to be safe I've deleted nothing. Send /forget again if you still want to.
privacy-forgotten =
    Done. Everything I kept about you is deleted, and nothing more will come from me.

    This chat's history is kept by Telegram, not by me: you can clear it yourself. If you ever want to come back, /start begins fresh, and I'll be glad to see you.
privacy-kept = Nothing was deleted. Everything stays as it was.

## privacy.buttons

privacy-buttons-forget-continue = Continue
privacy-buttons-forget-yes = Yes, delete everything
privacy-buttons-keep = Keep it
