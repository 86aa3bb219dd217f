### "My space": the page the bot serves inside Telegram (a Mini App) with her calendar,
### her patterns, the cut-off checklist and her settings. Someone may be looking over her
### shoulder: the page says no more about him than the chat does, and never shows a draft.
###
### Fluent (projectfluent.org): the bot fills in each { $name } (names stay in English).

## space

space-title = My space
# The web-app button under /insights, /cutoff and /settings, and the chat's menu button.
space-button = My space
space-signed-out = This page opens from the "My space" button in your chat with the bot. Open it there and it will be right here.
space-failed = That didn't go through. Check your connection and try again.
space-saved = Saved
space-loading = One moment…
space-demo-link = Your space (the Mini App page) is at { $url } — open it in a browser on this computer.

## space.tabs

space-tabs-days = Days
space-tabs-patterns = Patterns
space-tabs-checklist = Checklist
space-tabs-settings = Settings

## space.streak

space-streak-current = Days in a row
space-streak-best = Your best run
space-streak-total = Clear days in all
space-streak-ridden = Urges ridden out

## space.calendar

space-calendar-title = Your days, month by month
space-calendar-clear = No contact
space-calendar-contact = Contact
space-calendar-before = Before you began
space-calendar-urges = Urges that day
space-calendar-hint = Tap a day to see what came up and how it went.

## space.day

space-day-none = Nothing logged this day. A quiet one.
space-day-slips =
    { $count ->
        [one] You reached out once this day. The count started again; your best run stays.
       *[other] You reached out { $count } times this day. The count started again; your best run stays.
    }
space-day-strength = strength { $strength }

## space.kinds

space-kinds-text = Wanted to reach out
space-kinds-check = Wanted to look at profiles
space-kinds-post = Wanted to post something
space-kinds-ask-friends = Wanted to ask around
space-kinds-reply = Wanted to answer
space-kinds-go = Wanted to go somewhere

## space.outcomes

space-outcomes-held = You rode it out
space-outcomes-slipped = You reached out
space-outcomes-cancelled = Set aside
space-outcomes-open = Still open

## space.patterns

space-patterns-week-title = When the urges come, on your clock
space-patterns-week-caption = Your week, hour by hour. The darker the square, the more often the pull came then.
space-patterns-trend-title = Week by week
space-patterns-held = Urges ridden out
space-patterns-slipped = Times you reached out
space-patterns-trend-caption = The last weeks, side by side. The low weeks and the high ones are both part of it.
space-patterns-empty = Nothing to draw yet: the pictures come from the urges you log with the bot.

## space.checklist

space-checklist-title = Your cut-off checklist
space-checklist-progress = { $done } of { $total } done
space-checklist-open = To do
space-checklist-done = Done
space-checklist-not-needed = Not needed
space-checklist-how = How

## space.settings

space-settings-zone = Your time zone
space-settings-checkin = Daily check-in time
space-settings-quiet = Quiet hours
space-settings-quiet-none = None
space-settings-quiet-window = { $start }–{ $end }
space-settings-language = Language
space-settings-country = Country for your safety lines
space-settings-country-unset = Not set
space-settings-country-none = Another country, or rather not say
space-settings-next = Next check-in: { $when }
space-settings-next-none = No check-in planned right now.
