### Counts with their unit, in the plural form the number takes in English ("1 day",
### "21 days"). Other messages show them as { unit-days } and are given the count ($days).
###
### Fluent (projectfluent.org): the bot fills in each { $name } (names stay in English);
### { $count -> [one] … *[other] … } picks the plural form by CLDR's rules for the language.

unit-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
unit-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# Her best streak, beside today's count.
unit-best-days = { $best ->
    [one] { $best } day
   *[other] { $best } days
}
# The streak a slip has just ended.
unit-ended-days = { $ended ->
    [one] { $ended } day
   *[other] { $ended } days
}
