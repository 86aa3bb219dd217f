"""Whole journeys, as she lives them: the real Application, real HTTP, a real database file."""

from __future__ import annotations

from bot.app import Bot
from bot.clock import FakeClock
from bot.emulator import BotApiEmulator
from tests.conftest import USER, Chat, StartBot, Tick, later

# The country each city button is in, for the abuse path's country question.
CITY_COUNTRY = {"Berlin": "Germany", "New York": "United States", "London": "United Kingdom"}


async def onboard(chat: Chat, situation: str = "He cheated", city: str = "Berlin") -> None:
    await chat.say("/start", expect="How did it end")
    if situation == "He was abusive":
        # Her lines must work where she is: the country comes before them.
        await chat.tap(situation, expect="Which country are you in")
        await chat.tap(CITY_COUNTRY[city], expect="safety comes first")
    else:
        await chat.tap(situation, expect="last in touch")
    # Each answer is acknowledged in the message that asks the next question.
    counted = await chat.tap("3 days ago", expect="Where are you")
    assert "Day 3" in counted.text
    zone = await chat.tap(city, expect="check in each day")
    assert "Your time zone is" in zone.text
    done = await chat.tap("21:00", expect="You're set")
    assert "21:00 your time" in done.text


async def urge_until_delay(chat: Chat, strength: str = "7") -> str:
    await chat.say("I want to text him", expect="What do you want to do")
    await chat.tap("Text or call him", expect="What set it off")
    await chat.tap("I feel lonely", expect="How strong")
    delay = await chat.tap(strength, expect="I'll check in at")
    return delay.text


async def test_a_newcomer_gets_through_her_first_urge(bot: Bot, chat: Chat, tick: Tick) -> None:
    await onboard(chat)
    done = chat.emulator.messages(USER)[-1]
    assert ["I want to text him"] in done.keyboard

    delay_text = await urge_until_delay(chat)
    # 20:00 UTC is 21:00 in Berlin; the check-back is promised in her local time.
    assert "10 minutes" in delay_text and "21:10" in delay_text

    await chat.tap("Write it here instead", expect="write it to me")
    await chat.say("I miss you. Can we talk tonight?", expect="was not sent")
    await chat.nothing_new()

    await tick(10)
    checkback = await chat.expect("How is it now?")
    assert checkback.inline_labels == ["I held on", "I still want to", "I did it"]
    await chat.tap("I held on", expect="You held on")

    streak = await chat.say("/streak", expect="Day 3 without contact")
    assert "Urges you rode out: 1" in streak.text
    assert "Best streak: 3 days" in streak.text


async def test_the_check_back_arrives_once_after_a_restart_mid_delay(
    start_bot: StartBot, chat: Chat, clock: FakeClock, tick: Tick, emulator: BotApiEmulator
) -> None:
    async with start_bot():
        await onboard(chat)
        await urge_until_delay(chat)

    later(clock, 4)
    async with start_bot():
        await tick()  # the sweep as it starts: nothing is due yet
        # The conversation continues where she was: words typed now are kept, not lost.
        await chat.say("I just want to hear his voice", expect="was not sent")
        await chat.nothing_new()

    later(clock, 20)  # the bot was down when the check-back fell due
    async with start_bot():
        await tick()
        await chat.expect("How is it now?")
        await tick()  # a second sweep does not ask again
        await chat.nothing_new()
        await chat.tap("I held on", expect="You held on")

    checkbacks = [m for m in emulator.messages(USER) if "How is it now?" in m.text]
    assert len(checkbacks) == 1


async def test_a_slip_after_the_delay_resets_the_streak_with_compassion_and_keeps_the_best(
    bot: Bot, chat: Chat, tick: Tick
) -> None:
    await onboard(chat)
    await urge_until_delay(chat)
    await tick(10)
    await chat.expect("How is it now?")
    slipped = await chat.tap("I did it", expect="Thank you for telling me")
    assert "best streak stays at 3" in slipped.text
    for harsh in ("fail", "weak", "should have", "disappoint"):
        assert harsh not in slipped.text.lower()

    streak = await chat.say("/streak", expect="A fresh count starts today")
    assert "Best streak: 3 days" in streak.text
    assert "All days without contact: 3" in streak.text


async def test_slip_command_takes_an_optional_note_and_can_be_taken_back(
    bot: Bot, chat: Chat
) -> None:
    await onboard(chat)
    await chat.say("/slip", expect="what happened")
    await chat.tap("Actually, nothing happened", expect="nothing recorded")
    assert "Day 3 without contact" in (await chat.say("/streak")).text

    await chat.say("/slip", expect="what happened")
    recorded = await chat.say("He posted a photo and I liked it.", expect="Noted")
    assert "You held on for 3 days" in recorded.text
    streak = await chat.say("/streak", expect="A fresh count starts today")
    assert "Best streak: 3 days" in streak.text


async def test_still_wanting_to_offers_another_round_a_reason_and_a_friend(
    bot: Bot, chat: Chat, tick: Tick
) -> None:
    await onboard(chat)
    await urge_until_delay(chat)
    await chat.tap("I'm ready now", expect="How is it now?")
    options = await chat.tap("I still want to", expect="What would help")
    assert {"Another round", "Remind me why", "Call a friend"} <= set(options.inline_labels)

    await chat.tap("Call a friend", expect="Type their name")
    friend = await chat.say("Maya", expect="Call Maya now")
    assert "I held on" in friend.inline_labels

    await chat.tap("Another round", expect="I'll check in at")
    await tick(10)
    await chat.expect("How is it now?")
    await chat.tap("I held on", expect="You held on")


async def test_cancel_leaves_cleanly_and_no_check_back_follows(
    bot: Bot, chat: Chat, tick: Tick
) -> None:
    await onboard(chat)
    await urge_until_delay(chat)
    await chat.say("/cancel", expect="stopped here")
    await tick(30)
    await chat.nothing_new()


async def test_extending_the_delay_moves_the_check_back(bot: Bot, chat: Chat, tick: Tick) -> None:
    await onboard(chat)
    await urge_until_delay(chat)
    extended = await chat.tap("+5 minutes", expect="5 more minutes")
    assert "21:15" in extended.text
    await tick(11)
    await chat.nothing_new()
    await tick(5)
    await chat.expect("How is it now?")


async def test_reason_cards_do_not_repeat_until_all_were_read(bot: Bot, chat: Chat) -> None:
    await onboard(chat)
    await urge_until_delay(chat)
    cards = []
    eligible = {
        card.text
        for card in bot.deps.content.cards
        if card.kinds is None or "text" in {kind.value for kind in card.kinds}
    }
    for _ in range(len(eligible)):
        shown = await chat.tap("Remind me why")
        cards.append(shown.text)
    assert len(set(cards)) == len(cards)


async def test_days_since_contact_stay_as_she_said_when_her_zone_is_a_day_ahead(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    # 20:00 UTC: 21:00 on the 15th in Berlin (the default zone), already 05:00 on the 16th
    # in Tokyo.
    await chat.say("/start", expect="How did it end")
    await chat.tap("I'd rather not say")
    await chat.tap("3 days ago", expect="Day 3")
    await chat.tap("Tokyo", expect="Your time zone is Tokyo")
    done = await chat.tap("09:00", expect="You're set")
    assert "Day 3" in done.text and "Day 4" not in done.text


async def test_the_command_menu_lists_what_she_can_do(bot: Bot, emulator: BotApiEmulator) -> None:
    names = [command["command"] for command in emulator.commands]
    assert names[:3] == ["urge", "sos", "streak"]
    assert {"settings", "pause", "resume", "help", "cancel"} <= set(names)
    assert all(command["description"] for command in emulator.commands)


async def test_a_check_back_missed_by_a_long_downtime_comes_with_an_apology_or_not_at_all(
    start_bot: StartBot, chat: Chat, clock: FakeClock, tick: Tick
) -> None:
    async with start_bot():
        await onboard(chat)
        await urge_until_delay(chat)
    later(clock, 10 + 45)  # down for most of an hour
    async with start_bot():
        await tick()
        late = await chat.expect("I was away")
        assert "How is it now?" in late.text
        await chat.tap("I held on", expect="You held on")
        await urge_until_delay(chat)
    later(clock, 60 * 24)  # down for a day: asking now would only stir it up again
    async with start_bot():
        for _ in range(3):  # several sweeps
            await tick()
    asked = [m for m in chat.emulator.messages(USER) if "How is it now?" in m.text]
    assert len(asked) == 1, "only the hour-late check-back was asked"
