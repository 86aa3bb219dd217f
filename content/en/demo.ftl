### The demo chat's own words (bot/demo.py): what the terminal says around the bot's
### messages when someone tries Radio Silence without a Telegram token. Plain text, no HTML:
### none of it goes through Telegram. Each line of a multi-line note is printed after a "·
### ".
###
### Fluent (projectfluent.org): the bot fills in each { $name } (names stay in English); {
### $situation -> [abuse] … *[other] … } words a text for how it ended (unsaid reads the
### [abuse] wording unless it has its own); { $count -> [one] … *[other] … } picks the
### plural form. See the README, "Her language".

## demo

# The prompt she types at.
demo-you = you
demo-opening =
    Radio Silence demo: you're chatting with the bot right here, as you would on Telegram.
    Type to answer. #1 presses button [1] of the newest message with buttons; #3.2 presses [2] of message 3▸; #k1 presses [k1] on the keyboard. A plain number is sent as a message.
    :wait 10 skips ten minutes ahead, so you can see what the bot does later (try it during /urge). :help shows everything, :quit leaves.
demo-first-launch = The bot has already said hello below.
demo-resumed = Welcome back. Your chat is where you left it.
demo-resume-flow = Last time we were in the middle of { $flow }. Here's where we stopped:
demo-resume-flow-lost = Last time we were in the middle of { $flow }. Carry on where you were, or send /cancel to leave it.
demo-resume-last = Here's the last thing the bot said:
demo-help =
    any text    goes to the bot, commands like /urge too
    #1, #2, …   presses that button on the newest message with buttons
    #3.1        presses button [1] of message 3▸, any message still showing buttons
    #k1         presses [k1] on the keyboard under the typing field
    :wait 10    skips 10 minutes ahead (or :wait 2h, :wait 3d)
    :quit       leaves (Ctrl-D does too); your chat is kept for next time
    Photos and files from the bot are saved in { $folder }, and the log in { $log }.
demo-goodbye = Bye for now. Your chat is kept: run the demo again to carry on.
demo-unknown-command = There's no :{ $name } here. :help lists what there is.
demo-wait-usage = Try :wait 10 (minutes), :wait 2h or :wait 3d.
demo-wait-unavailable = Time can't be skipped in this demo.
demo-waited = ⏩ { $span } later…
demo-minutes = { $amount ->
    [one] { $amount } minute
   *[other] { $amount } minutes
}
demo-hours = { $amount ->
    [one] { $amount } hour
   *[other] { $amount } hours
}
demo-days = { $amount ->
    [one] { $amount } day
   *[other] { $amount } days
}
demo-no-buttons = No message is showing buttons right now.
demo-no-such-button = Message { $label }▸ has no button [{ $number }].
demo-no-such-message = There's no message { $label }▸ with buttons on screen.
demo-buttons-gone = Message { $label }▸ has no buttons any more.
demo-no-keyboard = There's no keyboard under the typing field right now.
demo-no-such-key = The keyboard has no button [k{ $number }].
demo-link = “{ $label }” opens { $url }, in your browser rather than here.
demo-edited = (edited)
demo-deleted-one = (deleted) { $text }
demo-deleted-many = The bot deleted { $count } of its messages from this chat.
demo-popup = (pop-up) { $text }
demo-alert = (alert) { $text }
demo-photo = { "[" }photo, { $size }]
demo-photo-unsized = { "[" }photo]
demo-document = { "[" }{ $name }, { $size }]
demo-document-unsized = { "[" }{ $name }]
demo-unnamed-file = file
demo-saved = saved as { $path }
demo-size-bytes = { $amount } B
demo-size-kb = { $amount } KB
demo-size-mb = { $amount } MB

## demo.flows
## What she was in the middle of, by flow name, to fill {flow} above.

demo-flows-setup = getting you set up
demo-flows-urge = an urge
demo-flows-slip = telling me about a slip
demo-flows-hetexted = what to do about his message
demo-flows-draft = writing a draft
demo-flows-danger-days = going over your hard dates
demo-flows-own-reasons = writing down your own reasons
demo-flows-other = something
