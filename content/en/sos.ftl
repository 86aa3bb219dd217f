### Safety, heard in every state: what the bot says when she may be in danger or in despair,
### /sos, and the question of which country she is in (so her lines are the ones that work
### where she is). Replies to what she just typed; nothing here arrives unasked.
###
### Fluent (projectfluent.org): the bot fills in each { $name } (names stay in English); {
### $situation -> [abuse] … *[other] … } words a text for how it ended (unsaid reads the
### [abuse] wording unless it has its own); { $count -> [one] … *[other] … } picks the
### plural form. See the README, "Her language".

## sos

sos-danger =
    I hear you. Your safety comes before anything else we were doing.

    { $lines }

    If he is at your door: don't open it, and don't go out to talk. Call someone you trust and tell them where you are.
sos-despair =
    I'm really glad you told me. You don't have to hold this alone tonight: please talk to someone now. They are there for exactly this, any hour.

    { $lines }

    I'm a bot and can't be that person, but I'm still here, and I'll be here after you call.
sos-sos =
    You're not overreacting. Here is who can help:

    { $lines }

    If he shows up: don't open the door, and don't go out to talk. Call someone you trust. If he has ever been violent or threatening, call emergency services straight away.
sos-abuse =
    Your safety comes first, before anything else we do here.

    { $lines }

    You never owe him a reply, an explanation or a goodbye. I will never suggest contacting him. /sos shows these lines at any time.
sos-unsure = I want to check, just in case: are you safe right now?
sos-safe-now = I'm glad. Whatever we were doing is still where we left it: carry on whenever you're ready, or send /cancel. /sos brings these lines back at any time.
sos-shows-up =
    If he shows up:
    • Don't open the door, and don't go out to talk, however calm he sounds.
    • Call someone you trust and tell them where you are.
    • If he has ever been violent or threatening, call { $emergency } now. You don't have to wait for him to do something.
sos-shows-up-elsewhere =
    If he shows up:
    • Don't open the door, and don't go out to talk, however calm he sounds.
    • Call someone you trust and tell them where you are.
    • If he has ever been violent or threatening, call your local emergency number now. You don't have to wait for him to do something.
sos-country-header = In { $country }:
sos-country-guess = If you're in { $country }:
sos-emergency = • In danger right now: call { $number }
sos-line = • { $name }: { $reach }
sos-elsewhere =
    • In danger right now: call your local emergency number.
    • { $directory } lists free, confidential helplines country by country: { $url }
sos-more = • { $directory } lists more free helplines: { $url }
sos-ask-country-guess = So I can show you lines that work where you are: are you in { $country }?
sos-ask-country = Which country are you in? Type its name, or tap it below. I only use it to show you the right lines.
sos-which-country = Which one do you mean?
sos-country-not-found = I couldn't find that country. Try its name in full (like "Argentina").
sos-country-kept = Okay, I've left your country as it was.

## sos.buttons

sos-buttons-safe = I'm safe now
sos-buttons-need-help = No, I need help
sos-buttons-shows-up = If he shows up
sos-buttons-friend = Ask my friend to call me
sos-buttons-where = I'm in another country
sos-buttons-where-unknown = Show the lines for my country
sos-buttons-yes-country = Yes, that's right
sos-buttons-other-country = Another country
sos-buttons-rather-not-say = I'd rather not say
