### Everything Radio Silence says in its flows.
###
### Fluent (projectfluent.org): the bot fills in each { $name } (names stay in English); {
### $situation -> [abuse] … *[other] … } words a text for how it ended (unsaid reads the
### [abuse] wording unless it has its own); { $count -> [one] … *[other] … } picks the
### plural form. See the README, "Her language".

## language

language-name = English

## keyboard

keyboard-urge = I want to text him

## commands

commands-urge = The urge is here: wait it out with me
commands-sos = Help right now: your lines, and what to do if he shows up
commands-streak = How far you've come
commands-slip = Tell me about a slip
commands-settings = Change your answers
commands-help = What I can do
commands-cancel = Stop what we're doing
commands-pause = Pause the daily check-in
commands-dangerdays = Hard dates I'll watch for
commands-insights = Your patterns, in pictures
commands-cutoff = Close every channel, one by one
commands-draft = Write it here instead of to him
commands-drafts = What you wrote and didn't send
commands-myreasons = Your reasons, in your own words
commands-hetexted = He wrote to me: what now
commands-export = Get a copy of everything I keep
commands-forget = Delete everything I keep about you
commands-hide = Clear this chat, right now
commands-friend = One trusted friend, one tap away
commands-resume = Start the daily check-in again

## general

general-private-only = I only talk one to one. Find me in a private chat — what you share with me stays between us.
general-edited = I keep what you first sent. If you want the new version kept, just send it again as a new message.
general-help =
    I'm here for the moments you want to reach for him.

    Tap "{ $button }" (or send /urge) whenever the pull gets strong. We'll name it, wait it out together, and you can write to me what you'd have sent him.

    /sos — help right now: your lines, and what to do if he shows up
    /streak — how many days you've kept your distance
    /slip — if you reached out; no judgement, we start again
    /insights — your days and urges, in pictures
    /draft — write it here instead of to him; /drafts — what you kept
    /myreasons — your reasons, in your own words, for when it's hard
    /cutoff — every channel closed, ticked off one by one
    /hide — clear this chat at once, if someone might look at your phone
    /friend — one trusted friend who gets a nudge when you tap "I need someone"
    /hetexted — he reached out: what now, before you answer anything
    /export — a copy of everything I keep; /forget — delete all of it
    /dangerdays — hard dates I should know about
    /pause, /resume — the daily check-in
    /settings — your situation, the date, your time zone, when I check in
    /cancel — stop whatever we're doing

    I'm a companion for hard moments, not therapy. If things feel heavy for a while, a counsellor or therapist can help in ways I can't, and that's a strong thing to do.
general-nothing-to-cancel = Nothing to stop right now. I'm here whenever you need me.
general-unknown-command = I don't know that one. /help shows what I can do.
general-stale-button = That moment has passed. Send /urge or tap the button below whenever you need me.
# Free text outside any flow, answered by what it is. {button} is the urge button.
general-unexpected-text = I can't hold a conversation, but I'm here for the hard moments. When the pull to reach him comes, tap "{ $button }". If you want to write him something you won't send, /draft keeps it safe, and /help shows the rest.
general-greeting =
    Hi, I'm glad you're here.

    /urge — the pull is strong: wait it out with me
    /streak — how far you've come
    /draft — write it to me instead of to him
    /sos — help right now
    /help — everything else
general-rough-moment = That looks like a rough moment. You don't have to explain anything. Do you want to get through it together?
general-emoji-only = I'm here whenever you need me. When the pull comes, tap "{ $button }".
general-letter-offer = That's a lot to carry, and none of it has gone anywhere. Do you want me to keep it as a draft, locked away? In a few hours I'll show it to you again, and you can decide then what it deserves.
general-letter-dropped = Okay, I haven't kept it. If there's more, I'm here.
general-letter-gone = I don't have that one any more. Send it again, or use /draft, and I'll keep it for you.
general-unexpected-media = I can only read words, but I'm right here. Tap the button below when you need me.
general-error = Something went wrong on my side. Nothing you wrote is lost — try that again in a moment.

## general.buttons

general-buttons-rough-moment = Help me through it
general-buttons-keep-letter = Keep it as a draft
general-buttons-drop-letter = No, let it go

## setup

setup-welcome =
    Hi. I'm Radio Silence.

    I'm here for the moments you want to text him, check his profile, or answer him. A few quick questions so I can help the right way. You can skip any of them.
setup-welcome-back =
    { $situation ->
        [amicable] Welcome back. Day { $days } of giving yourself space. The button below is there whenever you need it.
       *[other] Welcome back. Day { $days } of keeping your distance. The button below is there whenever you need it.
    }
# On the day her count (re)starts: no "Day 0", which reads as a failure.
setup-welcome-back-first =
    { $situation ->
        [amicable] Welcome back. A fresh stretch of space starts today. The button below is there whenever you need it.
       *[other] Welcome back. Your fresh count starts today, and I'm glad you're here. The button below is there whenever you need it.
    }
setup-ask-situation = How did it end? This shapes everything I say, and it stays with me.
setup-reask-situation = Pick the one that fits best, or tap "I'd rather not say". You can change it later in /settings.
setup-situation-saved =
    { $situation ->
        [cheating] Got it. After cheating, you owe him no explanation — the silence is the answer.
        [disrespect] Got it. Broken promises and hot-and-cold add up. Distance is how you stop the cycle.
        [unsaid] That's completely okay. You don't have to tell me anything. I'll take the careful path, and nothing here will nudge you towards him.
       *[other] Got it. Thank you for telling me.
    }
setup-amicable-note = Got it. When it ended well, you don't need to erase him. Less contact — especially now, while it's fresh — is enough. I'll help with that.
setup-ask-contact = When were you last in touch with him? That's where your streak starts.
setup-reask-contact = Tell me a date (like 2026-11-01), a number of days (like 5), or tap a button.
setup-skip-today = Skip (count from today)
setup-contact-saved = Day { $days } it is. Every day from here counts.
setup-contact-saved-first = Got it: your count starts today. Every day from here counts.
# The date she gave is before a slip she told me about; {date} is the slip's day.
setup-contact-kept-slip = You told me about a slip on { $date }, so your count runs from that day, and the days you held before it still count in your total. If you were in touch with him since then, tell me that later date.
setup-ask-zone = Where are you? I'll use your local time for check-ins and for counting days. Pick a city near you, type one, or choose by UTC offset.
setup-zone-by-offset = Choose by UTC offset
setup-skip-zone = Skip ({ $zone })
setup-ask-offset = Which UTC offset are you in right now?
setup-reask-zone = I couldn't place that. Try a city (like Berlin or New York), an offset (like UTC+2), or tap a button.
setup-zone-saved = Your time zone is { $zone }. It's { $time } there now.
setup-zone-saved-offset =
    Your time zone is { $zone }. It's { $time } there now.

    { $zone } stays the same all year: it never moves for summer time. If your clocks change in summer, choose your city in /settings instead.
# She typed an abbreviation that means more than one place ("IST", "MST").
setup-zone-which = { $typed } can mean more than one place. Which one is yours?
setup-ask-ping = When should I check in each day? Pick a time or type one (like 08:30).
setup-skip-ping = Skip (09:00)
setup-reask-ping = A time like 08:30 or 9pm works, or tap a button.
setup-ping-saved = I'll check in at { $time } your time.
setup-done =
    { $situation ->
        [abuse]
            You're set. Day { $days } of your own safety and peace.

            When you feel pulled towards him, tap "{ $button }". We'll take care of you first.
        [amicable]
            You're set. Day { $days } of giving yourself space.

            Reduced contact is fine for you. When you feel pulled to reach out anyway, tap "{ $button }" and we'll check whether it's for you or for him.
       *[other]
            You're set. Day { $days }.

            When the urge comes, tap "{ $button }" below. We'll slow it down together — no judgement, just a pause between the feeling and the send button.
    }
setup-done-first =
    { $situation ->
        [abuse]
            You're set. Your own safety and peace start today.

            When you feel pulled towards him, tap "{ $button }". We'll take care of you first.
        [amicable]
            You're set. Your space starts today.

            Reduced contact is fine for you. When you feel pulled to reach out anyway, tap "{ $button }" and we'll check whether it's for you or for him.
       *[other]
            You're set. Your count starts today.

            When the urge comes, tap "{ $button }" below. We'll slow it down together — no judgement, just a pause between the feeling and the send button.
    }
setup-menu =
    Your answers so far:
    Situation: { $situation_name }
    Last contact: { $last_contact }
    Time zone: { $zone }
    Country for safety lines: { $country }
    Daily check-in: { $time }
    Quiet hours: { $quiet }
    Hard-hour nudges: { $nudges }

    What would you like to change?
setup-settings-done = Saved. I'm here whenever you need me.
setup-ask-quiet = When should I stay quiet? Reminders about hard dates and hard hours wait until it's over; the daily check-in comes at the time you chose.
setup-quiet-none = No quiet hours
setup-ask-language = Which language should I speak?
setup-language-saved = Done — I'll speak English from now on.
setup-quiet-window = { $start }–{ $end }
setup-on = on
setup-off = off
setup-cancelled = Okay, we'll leave it there. Everything you answered is kept.
setup-country-unset = not set yet
setup-not-therapy = One honest thing: I'm a companion for hard moments, not therapy. If it gets heavy, a counsellor can help in ways I can't.

## setup.situations

setup-situations-abuse = He was abusive
setup-situations-cheating = He cheated
setup-situations-disrespect = He kept disrespecting me
setup-situations-amicable = It ended on good terms
setup-situations-other = Something else
setup-situations-unsaid = I'd rather not say

## setup.contact_choices

setup-contact-choices-d0 = Today
setup-contact-choices-d1 = Yesterday
setup-contact-choices-d3 = 3 days ago
setup-contact-choices-d7 = A week ago
setup-contact-choices-d14 = Two weeks ago
setup-contact-choices-d30 = A month ago

## setup.menu_buttons

setup-menu-buttons-situation = How it ended
setup-menu-buttons-contact = Date of last contact
setup-menu-buttons-zone = Time zone
setup-menu-buttons-country = Country for safety lines
setup-menu-buttons-ping = Daily check-in time
setup-menu-buttons-quiet = Quiet hours
setup-menu-buttons-nudges = Hard-hour nudges on/off
setup-menu-buttons-language = Language
setup-menu-buttons-done = Done

## urge

urge-ask-kind =
    { $situation ->
        [abuse] I'm here, and you're safe to feel this. Let's name it before anything happens. What do you want to do?
       *[other] I'm here. Before you do anything, let's name it. What do you want to do?
    }
urge-reask-kind = Tap the one closest to it, or say it in a word: text, check, post, ask, reply, go.
urge-ask-trigger = What set it off?
urge-reask-trigger = Tap what fits best — "Something else" is fine too.
urge-ask-intensity = How strong is it right now, from 1 (a flicker) to 10 (I'm about to)?
urge-reask-intensity = Just a number from 1 to 10.
urge-delay-intro =
    { $situation ->
        [abuse]
            Okay. Give it { unit-minutes }. Whatever you feel, you don't have to act on it, and you don't owe him anything.

            I'll check in at { $time }. While we wait, pick something below, or write it all out to me. It stays here, safe.
        [amicable]
            Okay. Give it { unit-minutes } before deciding. Contact isn't forbidden for you — but let's make sure it's something you want, not just the ache talking.

            I'll check in at { $time }. Pick something below, or write it to me first.
       *[other]
            Okay. Give it { unit-minutes } before you decide anything. Urges rise, peak and fade, and you only need to outlast this one.

            I'll check in at { $time }. While we wait, pick something below — or just write to me what you want to say to him. It stays here.
    }
urge-card =
    { $title }

    { $text }

    { $closing }
urge-write-invite =
    { $situation ->
        [abuse] Write it all out here, whatever it is: anger, grief, the things you never got to say. It goes nowhere near him. This is for you, not for him.
       *[other] Go ahead — write it to me as if it were to him. All of it. It won't be sent anywhere.
    }
urge-draft-kept =
    { $situation ->
        [abuse] Kept here, locked away, nowhere near him. It was not sent, and it never will be. Anything else you want to get out?
       *[other] Kept here, locked away. It was not sent — he won't see a word of it. Anything else you want to say?
    }
urge-grounding =
    { $title }

    { $steps }
urge-extended =
    Okay, { $minutes ->
        [one] one more minute
       *[other] { $minutes } more minutes
    }. I'll check in at { $time }.
urge-another-round = Another { unit-minutes }, then. You've already made it through one wave. I'll check in at { $time }.
urge-checkback = I'm back with you, as promised. How is it now?
urge-checkback-now = Alright. How is it now?
urge-checkback-late = I'm sorry — I was away when your wait ended. How did it go? How is it now?
urge-still =
    { $situation ->
        [abuse] That's okay. The pull can be strong, and it isn't your fault. Your safety still comes first. What would help right now?
       *[other] That's okay. Some waves are longer. What would help right now?
    }
urge-friend-ask = Who's one person you could call right now? Type their name.
urge-friend-reask = Just a name is enough — or tap a button above.
urge-friend-go = Call { $name } now. You don't have to explain everything — "I'm having a hard moment" is enough. I'll be here after.
# When what she typed isn't a name I can repeat back ("probably the one from work").
urge-friend-go-them = Call them now. You don't have to explain everything — "I'm having a hard moment" is enough. I'll be here after.
# "I need someone" before she has a trusted friend. {lines} are her support lines.
urge-no-friend =
    You haven't chosen a trusted friend yet, so nobody has been told. Is there someone you could call right now: a friend, your sister, anyone who's kind to you?

    If there's no one you can reach, you can still talk to someone:
    { $lines }

    I'm right here with you meanwhile. If you'd like a friend one tap away next time, set that up below.
urge-no-friend-safety =
    Your safety comes first. If you're in danger right now, call emergency services.

    You haven't chosen a trusted friend yet, so nobody has been told. Is there someone you trust you could call right now?

    These are there for you too:
    { $lines }

    I'm right here with you. You can choose a trusted friend below, for next time.
urge-held =
    { $situation ->
        [amicable] You held on. Urges ridden out so far: { $held }. Day { $days } of space for yourself.
       *[other] You held on. Urges ridden out so far: { $held }. Day { $days }, and still yours.
    }
urge-held-first =
    { $situation ->
        [amicable] You held on. Urges ridden out so far: { $held }. Your space started today, and it's yours.
       *[other] You held on. Urges ridden out so far: { $held }. Your fresh count started today, and it's still yours.
    }
urge-slipped =
    { $situation ->
        [abuse]
            Thank you for telling me. This isn't a failure, and it isn't your fault — leaving someone who hurt you is hard. Your best streak stays at { $best }.

            If anything he said or did makes you feel unsafe:
            { $safety }
        [amicable] Thanks for telling me. Contact isn't a crime for you — just notice how you feel after it. Your best streak stays at { $best }, and we start a fresh count today.
       *[other]
            Thank you for telling me. A slip doesn't undo the days you held — your best streak stays at { $best }.

            Be gentle with yourself tonight. Tomorrow is day one again, and you already know you can do this.
    }
urge-already-logged = That one's already logged. Tap the button below whenever a new one comes.
urge-cancelled = Okay, we've stopped here. The button below is one tap away whenever you need it.
urge-delay-hint = I can only keep words — write them here, or pick something below. I'm still with you.
urge-lost-track = I lost track of that urge, I'm sorry. Tap the button below and we'll start fresh.

## urge.kinds

urge-kinds-text = Text or call him
urge-kinds-check = Check his profiles
urge-kinds-post = Post something for him
urge-kinds-ask-friends = Ask friends about him
urge-kinds-reply = Answer his message
urge-kinds-go = Go where he'll be

## urge.triggers

urge-triggers-late-night = It's late at night
urge-triggers-drinking = I've been drinking
urge-triggers-saw-post = I saw his post
urge-triggers-lonely = I feel lonely
urge-triggers-special-date = A date that matters
urge-triggers-he-reached-out = He reached out
urge-triggers-other = Something else

## urge.buttons

urge-buttons-read-card = Remind me why
urge-buttons-write = Write it here instead
urge-buttons-ground = Help me calm down
urge-buttons-extend-5 = +5 minutes
urge-buttons-extend-10 = +10 minutes
urge-buttons-skip = I'm ready now
urge-buttons-held = I held on
urge-buttons-still = I still want to
urge-buttons-slipped = I did it
urge-buttons-again = Another round
urge-buttons-card = Remind me why
urge-buttons-friend = Call a friend
urge-buttons-need-someone = I need someone
urge-buttons-set-up-friend = Choose a trusted friend

## urge.friend_words
## What she types for who she could call, so the reply says "Call Ana now", not "Call my
## sister Ana now". Words are separated by commas and compared in any case.

# "my = your": the word she uses, then the one the reply uses; the first pair also goes
# before a relation typed on its own ("mom" -> "your mom").
urge-friend-words-possessives = my = your, our = your
urge-friend-words-relations = sister, sisters, brother, brothers, mom, mum, mother, mommy, mummy, mama, dad, father, daddy, papa, parents, friend, friends, best, bestie, bff, cousin, aunt, auntie, uncle, grandma, granny, gran, nan, grandmother, grandpa, grandfather, daughter, son, roommate, flatmate, housemate, neighbour, neighbor, colleague, coworker, therapist, counsellor, counselor, sponsor, family
# Said before the name and left out: "probably Ana", "I'd call my mom".
urge-friend-words-fillers = maybe, probably, perhaps, i guess, i think, i'd call, i would call, i'll call, i could call, i can call, call, just, the, um, uh, oh
# Between names: "Ana or Maya", "mom and dad".
urge-friend-words-joins = and, or, &
# Answers that mean there is no one to call: she gets her lines instead of "Call nobody now".
urge-friend-words-nobody = no one, noone, nobody, none, nope, no, not sure, i don't know, i dont know, idk, dunno, no idea, there's no one, there is no one, i have no one, i have nobody, no one really

## streak

streak-summary =
    { $situation ->
        [amicable]
            Day { $days } of space.

            Last contact: { $last_contact }
            Best stretch: { unit-best-days }
            All days of space: { $total }
            Urges you rode out: { $held }
       *[other]
            Day { $days } without contact.

            Last contact: { $last_contact }
            Best streak: { unit-best-days }
            All days without contact: { $total }
            Urges you rode out: { $held }
    }
# On the day her count (re)starts, and on her very first day, when there is no history.
streak-summary-first =
    { $situation ->
        [amicable]
            A fresh stretch of space starts today.

            Best stretch: { unit-best-days }
            All days of space: { $total }
            Urges you rode out: { $held }
       *[other]
            A fresh count starts today.

            Best streak: { unit-best-days }
            All days without contact: { $total }
            Urges you rode out: { $held }
    }
streak-summary-new =
    { $situation ->
        [amicable]
            Your space starts today. Every day from here is one for you.

            Urges you rode out: { $held }
       *[other]
            Your count starts today. Every day from here is one you keep.

            Urges you rode out: { $held }
    }

## slip

slip-ask = Thank you for being honest with me. Do you want to tell me what happened? It's just for you — or skip it.
slip-reask = A few words are plenty — or tap a button.
slip-not-recorded = Okay, nothing recorded. Your streak is as it was.
slip-recorded =
    { $situation ->
        [abuse]
            Noted. This isn't your fault, and what you held, { unit-ended-days }, still counts. Your best streak stays at { $best }.

            If you feel unsafe at any point:
            { $safety }
        [amicable] Noted. Contact can be fine for you — notice how it left you feeling. You had { unit-ended-days } of space, and your best stays at { $best }.
       *[other]
            Noted — with care, not judgement. You held on for { unit-ended-days }, and that still counts. Your best streak stays at { $best }.

            Today starts a new count. You've done it before.
    }

## slip.buttons

slip-buttons-skip = Skip
slip-buttons-undo = Actually, nothing happened

## checkin

checkin-ok-reply = Good. I'm glad. The button is here if that changes.
checkin-pause-ask = For how long should I stay quiet? You can /resume any time.
checkin-pause-days = { unit-days }
checkin-pause-range = I can pause the check-in for 1 to { $most } days.
checkin-paused = I'll stay quiet until { $date }. Everything else works as always — and /resume brings me back sooner.
checkin-resumed = I'm back. Next check-in at { $time }, your time.
checkin-resumed-not-set-up = The check-in starts once you've finished /start.

## checkin.buttons

checkin-buttons-ok = I'm doing OK
checkin-buttons-hard = It's hard today
checkin-buttons-slipped = I slipped

## danger

danger-list =
    Hard dates I'll watch for:
    { $days }

    The evening before and the morning of each, I'll be there.
danger-list-empty = Some dates are harder than others — his birthday, an anniversary, the holidays. Tell me which, and I'll be there the evening before and the morning of.
danger-ask-holiday = Which one?
danger-reask-holiday = Tap one of the days above.
danger-ask-date = When is { $what }? For example 14 March, or 14.03.
danger-reask-date = I couldn't read that as a date. Try 14 March, March 14 or 14.03.
danger-added = Noted: { $what }, { $date }. I'll be there.
danger-ask-remove = Which one should I stop watching for?
danger-removed = Removed.
danger-done = All set. I'm here whenever you need me.

## danger.kinds

danger-kinds-birthday = his birthday
danger-kinds-anniversary = your anniversary
danger-kinds-custom = a date that will be hard

## danger.buttons

danger-buttons-add-holiday = Add a holiday
danger-buttons-add-birthday = Add his birthday
danger-buttons-add-anniversary = Add our anniversary
danger-buttons-add-custom = Add another date
danger-buttons-remove = Remove one
danger-buttons-done = Done

## risk

risk-off-done = Okay, no more of those. You can turn them back on in /settings.

## risk.buttons

risk-buttons-off = Stop these nudges

## hide

hide-cleared = All clear.

## friend

friend-none = You can invite one trusted friend. When you tap "I need someone" during a hard moment, they get one short note: that you could use a call right now. Nothing else — not why, not who, not a word of what you write here.
friend-invite =
    Send this link to your friend. When they open it, they're your person:
    { $link }

    The link works once.
friend-waiting =
    Your invite hasn't been opened yet. The link again:
    { $link }
friend-connected = Your trusted friend is connected. When you tap "I need someone" during an urge, they'll get a short note that you could use a call.
friend-removed-her = Done. Your friend won't get any more notes from me.
friend-removed-friend = Your friend has let you step back from being their person here. Thank you for being there.
friend-invite-invalid = This invite link isn't open any more. Ask your friend for a new one.
friend-joined-friend =
    Thank you for being someone's person.

    If they tap "I need someone" during a hard moment, I'll send you one short note that they could use a call. That's all I'll ever send, and I'll never share why. Send /leave any time to stop.
friend-joined-her = Your friend opened the link. They're your person now — one tap away when you need them.
friend-left-friend = Done. You won't get any more notes from me. Thank you for being there.
friend-left-her = Your friend has stepped back from being your person here. You can invite someone else with /friend whenever you like.
friend-not-a-friend = You're not anyone's trusted friend here, so there's nothing to leave.
friend-alert = { $name } could use a call right now.
friend-alert-sent = I've let your friend know you could use a call. While you wait, I'm right here.
friend-alert-recent = Your friend was told a little while ago. Give them a moment — and I'm here meanwhile.
friend-alert-failed = I couldn't reach your friend just now. Is there someone else you could call? I'm right here.

## friend.buttons

friend-buttons-invite = Invite a friend
friend-buttons-new-link = Make a new link
friend-buttons-cancel-invite = Cancel the invite
friend-buttons-remove = Remove my friend
