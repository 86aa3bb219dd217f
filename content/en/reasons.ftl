### /myreasons: reasons she writes in her own words on a calm day, handed back to her during
### an urge, beside the reason cards. The table is reasons_own: "reasons" belongs to the
### cards.
###
### Fluent (projectfluent.org): the bot fills in each { $name } (names stay in English); {
### $situation -> [abuse] … *[other] … } words a text for how it ended (unsaid reads the
### [abuse] wording unless it has its own); { $count -> [one] … *[other] … } picks the
### plural form. See the README, "Her language".

## reasons_own

reasons-own-empty =
    { $situation ->
        [abuse]
            On a calm day you know exactly why you're keeping yourself safe. Write it down in your own words, one reason at a time, and when a hard moment comes I'll hand it back to you.

            Only you will ever see them.
       *[other]
            On a calm day you know exactly why you're doing this. Write it down in your own words, one reason at a time, and when an urge comes I'll hand it back to you.

            Only you will ever see them.
    }
reasons-own-listing =
    Your reasons, in your own words ({ $count }):

    { $reasons }

    When an urge comes, I'll hand one of them back to you.
reasons-own-hint = Tap a button below. To add a reason, tap "Write a reason" first.
reasons-own-ask = What's one reason you chose this? Write it the way you'd want to hear it when the pull is strongest.
reasons-own-reask = I can only keep words. Write your reason, or send /cancel.
reasons-own-added = Kept. That one is there for the harder moments.
reasons-own-ask-remove = Which one should I remove?
reasons-own-removed = Removed.
reasons-own-unreadable = (I can't open this one right now.)
reasons-own-done = Saved. I'm here whenever you need me.
reasons-own-playback =
    In your own words, on a calmer day:

    “{ $reason }”

## reasons_own.buttons

reasons-own-buttons-add = Write a reason
reasons-own-buttons-remove = Remove one
reasons-own-buttons-done = Done
