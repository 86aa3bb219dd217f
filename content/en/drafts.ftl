### Held drafts: what she writes to him here instead of sending it. The bot keeps it locked
### away, shows it back once a few hours later, and lists it under /drafts.
### drafts.review.one and drafts.review.many arrive unasked, and a lock screen shows their
### first three lines and 150 characters: they never name him, texting or the breakup, and
### never hold her words. The bot checks this at start. Her words only appear once she taps
### "Show it" (drafts.review.question and drafts.review.draft).
###
### Fluent (projectfluent.org): the bot fills in each { $name } (names stay in English); {
### $situation -> [abuse] … *[other] … } words a text for how it ended (unsaid reads the
### [abuse] wording unless it has its own); { $count -> [one] … *[other] … } picks the
### plural form. See the README, "Her language".

## drafts

drafts-ask =
    { $situation ->
        [abuse] Write it here, all of it. It goes nowhere near him: I'll hold it, and in a few hours I'll show it to you again.
       *[other] Write it here, as if it were to him. All of it. It won't be sent anywhere: I'll hold it, and in a few hours I'll show it to you again.
    }
drafts-reask = I can only hold words. Write it out, or send /cancel if you'd rather not right now.
drafts-held =
    { $situation ->
        [abuse] Held, locked away, and nowhere near him. At { $time }, once some hours have passed, I'll show it to you again and you can decide what becomes of it.
       *[other] Held, locked away. He won't see a word of it. At { $time }, once some hours have passed, I'll show it to you again and you can decide what becomes of it.
    }
drafts-cancelled = Okay, nothing kept. I'm here whenever you need me.
drafts-none =
    { $situation ->
        [abuse] You're not holding anything right now. If there's something you need to get out, send /draft and write it here. It stays with me and goes nowhere near him.
       *[other] You're not holding anything right now. When the pull to write to him comes, send /draft and write it to me instead. I'll keep it safe and show it to you again later.
    }
drafts-list-one = You're holding one message you didn't send. Here's how it starts:
drafts-list = You're holding { $count } messages you didn't send. Here's how each one starts:
drafts-list-more = Those are the newest { $shown }. As you let some go, the older ones show up here.
drafts-list-item = “{ $words }”
drafts-unreadable = (I can't open this one right now. You can still let it go.)
drafts-let-go =
    { $situation ->
        [abuse] Let go, for good. Not a word of it is left here. You never owed him any of it.
       *[other] Let go, for good. Not a word of it left here, and he never saw any of it.
    }
drafts-kept = Okay, I'll keep holding it, locked away. /drafts shows it whenever you want to look again.
drafts-gone = That one isn't here any more.

## drafts.buttons

drafts-buttons-let-go = Let it go
drafts-buttons-keep = Keep holding it
drafts-buttons-talk = Talk it through
drafts-buttons-show = Show it
drafts-buttons-show-next = Show the next one ({ $number } of { $total })

## drafts.review
## At her check-in hour, once the night has passed: one message for every draft due back.

drafts-review-one =
    Something you wrote is still here, waiting for you.

    Have a look when you have a quiet minute. Nothing gets sent, whatever you decide.
drafts-review-many =
    { $count } things you wrote are still here, waiting for you.

    Have a look when you have a quiet minute, one at a time. Nothing gets sent, whatever you decide.
# Once she taps "Show it", in the same message: the question, then her words.
drafts-review-place = { $number } of { $total }
drafts-review-question =
    { $situation ->
        [abuse] Here's what you wrote in a hard moment. You don't owe him a single word of it. What would you like to do with it?
        [amicable] Here's what you wanted to send him a few hours ago. Is it still something you want, or was it the moment talking? Whatever you choose, nothing gets sent.
       *[other] Here's what you wanted to send him a few hours ago. Do you still want to? Whatever you choose, nothing gets sent.
    }
drafts-review-draft = “{ $draft }”
