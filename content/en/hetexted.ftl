### /hetexted: the moment a message from him arrives. After abuse, nothing here may ever
### read as a nudge towards contact.
###
### Fluent (projectfluent.org): the bot fills in each { $name } (names stay in English); {
### $situation -> [abuse] … *[other] … } words a text for how it ended (unsaid reads the
### [abuse] wording unless it has its own); { $count -> [one] … *[other] … } picks the
### plural form. See the README, "Her language".

## hetexted

hetexted-button = He texted me
hetexted-ask-kind =
    { $situation ->
        [abuse]
            He wrote to you. You haven't done anything wrong, and you don't have to do anything now. You're allowed to take all the time you need.

            What kind of message is it?
       *[other]
            He wrote to you. Getting a message isn't a slip — you haven't done anything. And nothing has to happen right now.

            What kind of message is it?
    }
hetexted-reask-kind = Tap the one closest to it, or say it in a word: sorry, miss, practical, angry, hey.
hetexted-cancelled = Okay, we'll leave it there. Nothing needs to be sent. The button below is here if the pull gets strong.
hetexted-already-logged = That one's already noted. If he writes again, /hetexted is here.
hetexted-late = I'm sorry I wasn't here when the wait ended.
hetexted-checkback =
    { $situation ->
        [abuse]
            Checking on you. How are you now?

            Whatever happened in the meantime, you're not in trouble here.
       *[other]
            The wait is over. How are you now?

            Did you reply in the end? Either way, tell me — no judgement.
    }
hetexted-checkback-template =
    The wait is over. How are you now?

    If the practical part really needs an answer, here is one with nothing but facts in it. Fill in the brackets, and leave everything else unanswered:

    { $template }

    Tell me how it went, whenever you're ready.
hetexted-template =
    { $situation ->
        [amicable] Thanks for letting me know. About [the children / the money / your things]: [one fact — a date, a time, an amount]. Take care.
       *[other] Got it. About [the children / the money / your things]: [one fact — a date, a time, an amount]. That's all from my side.
    }

## hetexted.kinds

hetexted-kinds-sorry = He says he's sorry
hetexted-kinds-miss-you = He misses me
hetexted-kinds-practical = Kids, money or things
hetexted-kinds-angry = He's angry
hetexted-kinds-hey = Just "hey"

## hetexted.read
## How to read this kind of message: the first part of the advice.

hetexted-read-sorry =
    { $situation ->
        [abuse] An apology doesn't undo what he did, and it doesn't put you in his debt. You owe him no forgiveness and no reply.
        [cheating] Apologies after cheating are to be expected, and the grander they sound, the more carefully they're built to pull you back in. You owe him no explanation and no absolution.
        [disrespect] You've heard sorry before. What happened after the last one?
       *[other] An apology is worth one quiet question: is he sorry for what he did, or sorry that he lost you? Has anything actually changed, or only his mood tonight?
    }
hetexted-read-miss-you =
    { $situation ->
        [abuse] What he feels is not yours to manage anymore. You don't owe him a reply, or a single thought about how he's doing.
        [cheating] He's feeling the cost of what he chose. That's his to carry, not yours.
        [amicable] It's natural for a good ending to leave some warmth behind. That doesn't mean you have to pick it up right now.
       *[other] Missing you is a feeling he's having, not a plan. It costs him nothing to send. What would be different this time?
    }
hetexted-read-practical =
    { $situation ->
        [abuse] Practical things are real, and none of them has to go through you. You don't owe him an answer about them, ever.
       *[other] Practical things are real. They still don't need an answer this minute.
    }
hetexted-read-angry =
    { $situation ->
        [abuse] An angry message from someone who hurt you can be frightening. Your safety comes before anything else here.
        [unsaid] An angry message can be frightening. Your safety comes before anything else here, and you don't have to answer it.
       *[other] His anger is his to deal with. A message written to provoke only works if it gets a reaction.
    }
hetexted-read-hey =
    { $situation ->
        [abuse] A "hey" asks you to open a door you closed for good reasons. It stays closed.
        [amicable] A "hey" after a good ending can be just that. You still get to choose if and when to pick it up.
       *[other] A "hey" costs nothing to send. It checks whether the door is still open, and leaves all the work to you.
    }

## hetexted.advice
## What to do about it. {minutes} is the wait, {time} when the bot checks back, her time.

hetexted-advice-none =
    { $situation ->
        [abuse]
            There is nothing to answer and nothing to explain. If anything in it worries you, keep the message as it is: it can matter later, for your safety or for the law. The people above are there if you need them.

            I'll check on you at { $time }. Until then, the button below is one tap away.
       *[other]
            Nothing about this needs an answer — not now, not later. Silence is a complete reply, and it's yours to give.

            If the pull gets strong, give it { unit-minutes } and tap the button below. I'll check on you at { $time }.
    }
hetexted-advice-not-now =
    { $situation ->
        [disrespect]
            Don't reply now. Look at the pattern first: the promises, the excuses, the warm days and the cold ones. Is this message different from the ones before it, or the next turn of the same circle?

            Give it { unit-minutes }. I'll check in at { $time }, and the button below is there if the pull gets strong.
       *[other]
            Don't reply now. Give it { unit-minutes }, and ask yourself what a reply would get you that silence doesn't.

            I'll check in at { $time }. If the pull gets strong before then, tap the button below.
    }
hetexted-advice-third-party =
    { $situation ->
        [abuse]
            Children, money, belongings: none of it has to go through you. A lawyer, the family court, or a domestic-abuse advocate can handle it for you and keep you out of his reach. Mediation is not for this: after abuse, many countries rule it out, and you never have to sit across a table from him. You don't have to sort any of this out yourself.

            I'll check on you at { $time }.
        [unsaid]
            Children, money, belongings: none of it has to go through you. A lawyer, the family court or a support service can handle it for you. If he ever frightened you, a domestic-abuse advocate can help too, and mediation is not for you.

            I'll check on you at { $time }.
       *[other]
            This part may be real, but it isn't urgent, and you don't owe him a conversation about it. Let it wait until you're calm, and where you can, let it go through someone else: a mediator, a lawyer, a friend who can pass things on. Facts only; nothing about the two of you.

            I'll check in at { $time }.
    }
hetexted-advice-template =
    This one may need an answer at some point — but not from the first rush of feeling. Give it { unit-minutes }. At { $time } I'll check in and give you a short reply you can use if you still want to: facts only, nothing about how you feel.

    If it's truly urgent, like a child's safety, do what's needed. Everything else can wait.
hetexted-advice-her-call =
    You don't have to cut him out completely, and a reply isn't off-limits for you. Just not right now: give it { unit-minutes }, and notice whether answering is for you or just the ache talking.

    I'll check in at { $time }.

## hetexted.buttons

hetexted-buttons-no-reply = I didn't reply
hetexted-buttons-practical-reply = I sent only the practical reply
hetexted-buttons-replied = I replied
hetexted-buttons-replied-more = I replied more than that

## hetexted.outcome
## How it went. {safety} is her lines (abuse only). No day number here: on the first day of
## a count "Day 0" would read as a failure, and a message from him never resets it anyway.

hetexted-outcome-no-reply =
    { $situation ->
        [abuse] You kept yourself safe, and your peace with you.
        [amicable] You gave yourself space first. If you decide to reply later, it'll be a calm choice, not a reflex. Your space is still yours.
       *[other] You let it sit. That isn't nothing: that's you choosing your peace over his timing. Your count goes on, and it is still yours.
    }
hetexted-outcome-practical-reply = That's not a slip: you handled a practical matter in as few words as it needed, and nothing more. Your count goes on.
hetexted-outcome-replied =
    { $situation ->
        [abuse]
            Thank you for telling me. This isn't your fault — he knows where to pull. If anything he says makes you feel unsafe:
            { $safety }

            If you want to note it, /slip is there, with no judgement.
        [amicable] Thanks for telling me. Contact isn't off-limits for you — just notice how you feel after it. Your count is just as it was.
       *[other]
            Thank you for telling me. It happens, and it doesn't erase the days you've held.

            If it turned into a real conversation and you'd like a fresh count, /slip is there — no judgement either way. His message arriving was never the slip.
    }
