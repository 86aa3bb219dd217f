### /cutoff: the cut-off checklist, every channel he could use to reach her or that she
### could use to watch him, ticked off one by one.
###
### Fluent (projectfluent.org): the bot fills in each { $name } (names stay in English); {
### $situation -> [abuse] … *[other] … } words a text for how it ended (unsaid reads the
### [abuse] wording unless it has its own); { $count -> [one] … *[other] … } picks the
### plural form. See the README, "Her language".

## cutoff

# The header of the checklist, and the line under it once nothing is left open.
cutoff-progress =
    { $situation ->
        [abuse] Your safety checklist: { $done } of { $total } done
       *[other] Your checklist: { $done } of { $total } done
    }
cutoff-nothing-needed = Your checklist: nothing on it applies to you right now
cutoff-complete =
    { $situation ->
        [abuse] Every way in is closed. You did that for your own safety, and it counts.
       *[other] Every channel is closed. That was the hard part, and you did it.
    }
cutoff-intro =
    { $situation ->
        [abuse]
            Each item here closes one more way for him to reach you or watch you. It's for your safety, and you owe him no warning and no explanation.

            The first ones keep your phone and accounts yours. Save screenshots of his messages before you block anything: you may need them as evidence. Then turn off location sharing (Find My, Google Maps, Snap Map, Life360), change any password he knows and sign other devices out, and hide message previews on your lock screen.

            If you think he's tracking your phone, removing the tracker or the app can alert him. A domestic-abuse advocate can help you plan which step to take when:
            { $support }

            Tap an item once it's done. Tap again if it doesn't apply to you, and once more to open it again.
            ✅ done   ➖ not needed   ⬜ still open
        [cheating]
            After cheating, apologies and big promises tend to arrive through whichever channel is still open. Close them all and there's nothing to weigh.

            Tap an item once you've blocked, unfollowed or muted it. Tap again if it doesn't apply to you, and once more to open it again.
            ✅ done   ➖ not needed   ⬜ still open
        [amicable]
            It ended well, so you don't have to erase him everywhere. Muting and unfollowing for a while, especially now, already gives you room.

            Tap an item once it's done. Tap again if you'd rather keep it (that's fine), and once more to open it again.
            ✅ done   ➖ not needed   ⬜ still open
        [unsaid]
            Each item here closes one more way in. Go at your own pace; you don't owe anyone a reason.

            The first ones keep your phone and accounts yours. Save screenshots of anything you might want to keep before you block. Then turn off location sharing (Find My, Google Maps, Snap Map, Life360), change any password he knows and sign other devices out, and hide message previews on your lock screen.

            If you ever think someone is tracking your phone, removing the tracker or the app can alert them. An advocate can help you plan it safely:
            { $support }

            Tap an item once it's done. Tap again if it doesn't apply to you, and once more to open it again.
            ✅ done   ➖ not needed   ⬜ still open
       *[other]
            No contact holds when every channel closes together. The one left open is usually where it slips.

            Tap an item once you've blocked, unfollowed or muted it. Tap again if it doesn't apply to you, and once more to open it again.
            ✅ done   ➖ not needed   ⬜ still open
    }
# After "Done".
cutoff-saved = Saved. Send /cutoff whenever you're ready for the next one.
cutoff-saved-complete = Saved. Everything on your list is settled. I'm here whenever you need me.
# A few days after she first opens the checklist, once, and only if something is open.
# It arrives unasked: a lock screen shows its first three lines and about 150 characters,
# so nothing there may speak of him, an ex or blocking, and the open items (which do)
# start only on the fourth line, after at least 150 characters.
cutoff-reminder =
    { $situation ->
        [abuse]
            A quiet note, just for you.

            Nothing here needs doing today. Take each step at your own pace, whenever it feels safe to.

            Still open on your list, for when you have a calm moment:
            { $items }
        [amicable]
            A small thing from a few days ago, for a quiet minute.

            Only the ones that still sting need closing; mark the rest as not needed.

            Still open on your checklist, whenever you have a moment for it:
            { $items }
        [unsaid]
            A quiet note, just for you.

            Nothing here needs doing today. Take each step at your own pace, whenever it feels right.

            Still open on your list, for when you have a calm moment:
            { $items }
       *[other]
            A small thing from a few days ago, for a quiet minute.

            The list you started is still here, and there is no rush at all. One at a time is plenty.

            Still open on your checklist, whenever you have a moment for it:
            { $items }

            Closing them is what lets the silence hold.
    }
cutoff-reminder-item = • { $item }
# The button label: a state mark, then the item.
cutoff-button = { $mark } { $item }
# Under "How to do each", each item's links sit right below it, two to a row.
cutoff-how-button = ↳ { $label }
cutoff-how-note = Each ↳ opens that app's own help page. Come back and tick the item once it's done.

## cutoff.marks

cutoff-marks-open = ⬜
cutoff-marks-done = ✅
cutoff-marks-not-needed = ➖

## cutoff.buttons

cutoff-buttons-done = Done
cutoff-buttons-open = Open my checklist
cutoff-buttons-how = How to do each
cutoff-buttons-hide-how = Hide the how-to

## cutoff.items

cutoff-items-number = His number: calls and SMS
cutoff-items-whatsapp = WhatsApp
cutoff-items-telegram = Telegram
cutoff-items-signal = Signal
cutoff-items-imessage = iMessage
cutoff-items-instagram = Instagram
cutoff-items-facebook = Facebook
cutoff-items-tiktok = TikTok
cutoff-items-snapchat = Snapchat
cutoff-items-x = X (Twitter)
cutoff-items-friends = His closest friends' accounts
cutoff-items-mutuals = Mutual friends muted
cutoff-items-photos = Photos of you two archived

## cutoff.safety_items
## Digital safety, only on the list after abuse or when she'd rather not say.

cutoff-safety-items-evidence = Screenshots saved, before blocking
cutoff-safety-items-location = Location sharing turned off
cutoff-safety-items-accounts = Passwords changed, devices signed out
cutoff-safety-items-trackers = Checked for trackers (AirTag)
cutoff-safety-items-stalkerware = Phone checked for spy apps
cutoff-safety-items-previews = Previews hidden on lock screen
