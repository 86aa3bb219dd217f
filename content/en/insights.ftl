### /insights: three pictures of her log and a paragraph for those who prefer words.
###
### Fluent (projectfluent.org): the bot fills in each { $name } (names stay in English); {
### $situation -> [abuse] … *[other] … } words a text for how it ended (unsaid reads the
### [abuse] wording unless it has its own); { $count -> [one] … *[other] … } picks the
### plural form. See the README, "Her language".

## insights

insights-not-enough =
    There's nothing to draw yet: the pictures come from the urges you log.

    Next time the pull shows up, tap "{ $button }" and we'll wait it out together. After that, I can show you when the urges tend to come and how often you ride them out.

## insights.calendar

insights-calendar-title = Your days, month by month
insights-calendar-clear = No contact
insights-calendar-contact = Contact
insights-calendar-before = Before you began
insights-calendar-urges = Urges that day
insights-calendar-caption = Each square is one day. The dot grows with the urges that came that day.

## insights.week

insights-week-title = When the urges come, on your clock
insights-week-scale = Urges
insights-week-caption = Your week, hour by hour. The darker the square, the more often the pull came then.

## insights.trend

insights-trend-title = Week by week
insights-trend-held = Urges you rode out
insights-trend-slipped = Times you reached out
insights-trend-axis = Each week
insights-trend-caption = Every bar is one week. The low weeks and the high ones are both part of it.

## insights.summary.days
## -- the paragraph --------------------------------------------------------------------------
## Built from one sentence of each group below, in this order; a group with nothing to say
## is left out.

insights-summary-days-none = Your count starts today.
insights-summary-days-one =
    { $situation ->
        [amicable] You've given yourself 1 day of space so far.
       *[other] You've had 1 day without contact so far.
    }
insights-summary-days-many =
    { $situation ->
        [amicable] You've given yourself { unit-days } of space so far.
       *[other] You've had { unit-days } without contact so far.
    }

## insights.summary.best

insights-summary-best-all = All of them in a row.
insights-summary-best-one = Your longest run is 1 day.
insights-summary-best-many = Your longest run is { unit-best-days }.

## insights.summary.urges

insights-summary-urges-one = You've logged one urge with me.
insights-summary-urges-one-held = You've logged one urge with me, and you rode it out.
insights-summary-urges-many = You've logged { $urges } urges with me.
insights-summary-urges-many-held = You've logged { $urges } urges with me and rode out { $held } of them.
insights-summary-urges-many-all-held = You've logged { $urges } urges with me and rode out every one.

## insights.summary

insights-summary-hardest = They come most often on { $day } { $hour }, so that's a good time to have something kind lined up for yourself.

## insights.summary.cheer

insights-summary-cheer-fresh-start = Today the count begins again, and every day behind you still counts.
insights-summary-cheer-all-held = Every urge so far has passed without you reaching out. That was you, not luck.
insights-summary-cheer-mostly-held = Most of the time the urge passes and you're still standing. That's a skill, and you're building it.
insights-summary-cheer-keep-going = Each urge you log shows you a little more about your own pattern. Keep tapping the button when it comes.
