"""/cutoff end to end: the real Application over HTTP to the emulator, a real database
file, a fake clock. One checklist message, ticked in place; one reminder, days later;
after abuse, digital safety first; and every item one tap from how to do it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.app import Bot
from bot.clock import FakeClock
from bot.content import reads_fine_on_lock_screen
from bot.core.model import Situation, TimerState
from bot.emulator import SentMessage
from bot.features.cutoff.handlers import REMINDER_TIMER
from bot.safety.lines import Need
from tests.conftest import USER, Chat, StartBot, Tick

ITEMS = 13
# After abuse, or when she'd rather not say: digital safety first, then everyone's list.
SAFETY_ITEMS = (
    "Screenshots saved, before blocking",
    "Location sharing turned off",
    "Passwords changed, devices signed out",
    "Checked for trackers (AirTag)",
    "Phone checked for spy apps",
    "Previews hidden on lock screen",
)
SAFETY_FIRST_ITEMS = ITEMS + len(SAFETY_ITEMS)
HOW = "How to do each"
HIDE_HOW = "Hide the how-to"
OPEN = "\N{WHITE LARGE SQUARE}"
DONE = "\N{WHITE HEAVY CHECK MARK}"
NOT_NEEDED = "\N{HEAVY MINUS SIGN}"
OPEN_BUTTON = "Open my checklist"
# Opened at 21:00 on Thursday 15 January in Berlin, where she checks in at 09:00.
REMINDER_DUE = datetime(2026, 1, 18, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")).astimezone(UTC)


async def tap_in_place(chat: Chat, checklist: SentMessage, label: str) -> None:
    """Press a checklist button; once the bot has handled it, the checklist has changed."""
    edits = checklist.edits
    chat.emulator.press(chat.user_id, label)
    await chat.settled()
    assert checklist.edits > edits, f"{label!r} did not redraw the checklist"


async def open_checklist(chat: Chat, items: int = ITEMS) -> SentMessage:
    checklist = await chat.say("/cutoff", expect="done")
    assert len(checklist.inline_labels) == items + 2  # every item, "How to do each", "Done"
    assert checklist.inline_labels[-2:] == [HOW, "Done"]
    return checklist


def toggles(checklist: SentMessage) -> list[str]:
    """The item buttons, top to bottom (the last row is "How?" and "Done")."""
    rows = checklist.inline_buttons[:-1]
    return [label for row in rows for label, data in row if data]


def links_under_items(checklist: SentMessage) -> dict[str, list[dict[str, Any]]]:
    """Each item button, with the link buttons between it and the next item."""
    rows = (checklist.reply_markup or {})["inline_keyboard"][:-1]
    under: dict[str, list[dict[str, Any]]] = {}
    item = ""
    for row in rows:
        if "callback_data" in row[0]:
            item = row[0]["text"]
            under[item] = []
        else:
            assert item, "a link above every item"
            under[item].extend(row)
    return under


async def as_situation(bot: Bot, situation: Situation) -> None:
    profile = await bot.deps.profiles.get_or_create(USER, USER)
    await bot.deps.profiles.save(replace(profile, situation=situation))


async def scheduled_reminder(bot: Bot, chat: Chat) -> datetime:
    """When her reminder is due: it is set just after her first list went out, so once the
    bot has handled her /cutoff."""
    await chat.settled()
    due = await bot.deps.timers.next_due(USER, REMINDER_TIMER)
    assert due is not None, "no reminder was scheduled"
    return due


async def reminder_timers(bot: Bot) -> list[TimerState]:
    """The state of every reminder timer she has, sent or not."""
    rows = (await bot.deps.repo.export_user(USER))["timers"]
    return [TimerState(row["state"]) for row in rows if row["kind"] == REMINDER_TIMER]


async def test_the_checklist_is_one_message_ticked_in_place(bot: Bot, chat: Chat) -> None:
    await as_situation(bot, Situation.OTHER)  # new profiles start as "rather not say"
    checklist = await open_checklist(chat)
    assert checklist.text.startswith(f"Your checklist: 0 of {ITEMS} done")
    assert f"{OPEN} WhatsApp" in checklist.inline_labels
    assert f"{OPEN} His number: calls and SMS" in checklist.inline_labels
    sent_before = len(chat.emulator.messages(USER))

    await tap_in_place(chat, checklist, f"{OPEN} WhatsApp")
    assert checklist.text.startswith(f"Your checklist: 1 of {ITEMS} done")
    assert f"{DONE} WhatsApp" in checklist.inline_labels

    await tap_in_place(chat, checklist, f"{DONE} WhatsApp")  # doesn't apply to her
    assert checklist.text.startswith(f"Your checklist: 0 of {ITEMS - 1} done")
    assert f"{NOT_NEEDED} WhatsApp" in checklist.inline_labels

    await tap_in_place(chat, checklist, f"{NOT_NEEDED} WhatsApp")  # back on the list
    await tap_in_place(chat, checklist, f"{OPEN} Instagram")
    assert checklist.text.startswith(f"Your checklist: 1 of {ITEMS} done")
    assert f"{OPEN} WhatsApp" in checklist.inline_labels

    assert checklist.edits == 4
    await chat.nothing_new()
    assert len(chat.emulator.messages(USER)) == sent_before  # not one message more
    assert len(chat.emulator.callback_answers) == 4  # no spinner left turning


async def test_a_double_tap_is_one_tap(bot: Bot, chat: Chat) -> None:
    await as_situation(bot, Situation.OTHER)  # new profiles start as "rather not say"
    checklist = await open_checklist(chat)
    data = dict(checklist.inline_buttons[1])[f"{OPEN} WhatsApp"]

    # Both arrive before the first edit reaches her phone: the second asks for "done" again.
    chat.emulator.press_data(USER, checklist.message_id, data)
    chat.emulator.press_data(USER, checklist.message_id, data)

    await chat.nothing_new()  # in particular, no "something went wrong"
    assert len(chat.emulator.callback_answers) == 2, "both taps answered"
    assert checklist.edits == 1
    assert checklist.text.startswith(f"Your checklist: 1 of {ITEMS} done")


async def test_where_telegram_will_not_redraw_the_list_a_fresh_copy_comes(
    bot: Bot, chat: Chat
) -> None:
    await as_situation(bot, Situation.OTHER)  # new profiles start as "rather not say"
    checklist = await open_checklist(chat)
    chat.emulator.fail_next("editMessageText", 400, "Bad Request: message can't be edited")

    chat.emulator.press(USER, f"{OPEN} WhatsApp")
    fresh = await chat.emulator.next_message(USER)

    assert checklist.edits == 0
    assert fresh.text.startswith(f"Your checklist: 1 of {ITEMS} done")
    assert f"{DONE} WhatsApp" in fresh.inline_labels
    await chat.nothing_new()  # in particular, no "something went wrong"


async def test_done_puts_the_list_away_and_cutoff_brings_it_back(bot: Bot, chat: Chat) -> None:
    await as_situation(bot, Situation.OTHER)  # new profiles start as "rather not say"
    checklist = await open_checklist(chat)
    await tap_in_place(chat, checklist, f"{OPEN} Signal")

    await chat.tap("Done", expect="whenever you're ready for the next one")
    assert checklist.inline_labels == []
    assert checklist.text.startswith(f"Your checklist: 1 of {ITEMS} done")

    again = await open_checklist(chat)
    assert f"{DONE} Signal" in again.inline_labels


async def test_progress_survives_a_restart(start_bot: StartBot, chat: Chat) -> None:
    async with start_bot() as bot:
        await as_situation(bot, Situation.OTHER)
        checklist = await open_checklist(chat)
        await tap_in_place(chat, checklist, f"{OPEN} His number: calls and SMS")
        await tap_in_place(chat, checklist, f"{OPEN} Instagram")
        await tap_in_place(chat, checklist, f"{OPEN} Snapchat")
        await tap_in_place(chat, checklist, f"{DONE} Snapchat")

    async with start_bot():
        checklist = await open_checklist(chat)
        assert checklist.text.startswith(f"Your checklist: 2 of {ITEMS - 1} done")
        labels = checklist.inline_labels
        assert f"{DONE} His number: calls and SMS" in labels
        assert f"{DONE} Instagram" in labels
        assert f"{NOT_NEEDED} Snapchat" in labels
        assert f"{OPEN} WhatsApp" in labels


async def test_the_reminder_comes_once_three_days_later_with_only_the_open_items(
    bot: Bot, chat: Chat, clock: FakeClock, tick: Tick
) -> None:
    await as_situation(bot, Situation.OTHER)  # new profiles start as "rather not say"
    checklist = await open_checklist(chat)
    await tap_in_place(chat, checklist, f"{OPEN} WhatsApp")
    # The rest of the list settled straight in the store: the taps are tested above.
    settled = {"number", "telegram", "signal", "imessage", "facebook", "tiktok", "snapchat"}
    for item_id in settled | {"x", "mutuals", "photos"}:
        state = "done" if item_id in settled else "not_needed"
        await bot.deps.repo.set_cutoff_state(USER, item_id, state, clock.now())
    await chat.say("/cutoff", expect="done")
    assert await scheduled_reminder(bot, chat) == REMINDER_DUE  # opening it again moved nothing

    await tick(at=REMINDER_DUE - timedelta(minutes=1))
    await chat.nothing_new()
    await tick(at=REMINDER_DUE)
    reminder = await chat.expect("Still open on your checklist")

    assert reads_fine_on_lock_screen(reminder.text)
    assert "• Instagram" in reminder.text
    assert "• His closest friends' accounts" in reminder.text
    for closed in ("WhatsApp", "His number", "Snapchat", "Photos", "X (Twitter)"):
        assert closed not in reminder.text
    assert reminder.inline_labels == [OPEN_BUTTON]

    checklist = await chat.tap(OPEN_BUTTON, expect="done")
    assert checklist.text.startswith(f"Your checklist: 8 of {ITEMS - 3} done")

    await tick(at=REMINDER_DUE + timedelta(days=7))
    await chat.say("/cutoff", expect="done")
    await tick()
    await chat.nothing_new()
    assert await reminder_timers(bot) == [TimerState.DONE]


async def test_no_reminder_once_every_item_is_settled(
    bot: Bot, chat: Chat, clock: FakeClock, tick: Tick
) -> None:
    await as_situation(bot, Situation.OTHER)  # new profiles start as "rather not say"
    await open_checklist(chat)
    assert await scheduled_reminder(bot, chat) == REMINDER_DUE
    for number, item_id in enumerate(bot.deps.content.checklist.order):
        state = "not_needed" if number % 4 == 0 else "done"
        await bot.deps.repo.set_cutoff_state(USER, item_id, state, clock.now())

    # The sweep takes it, finds nothing open, and sends nothing.
    await tick(at=REMINDER_DUE + timedelta(minutes=1))
    assert await reminder_timers(bot) == [TimerState.DONE], "the reminder timer was not settled"
    await chat.nothing_new()


async def test_the_reminder_keeps_to_her_own_zone_and_ping_time(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    profile = await bot.deps.profiles.get_or_create(USER, USER)
    zone = "America/New_York"
    await bot.deps.profiles.save(replace(profile, timezone=zone, ping_time=time(7, 30)))
    await open_checklist(chat, SAFETY_FIRST_ITEMS)  # 15:00 on Thursday in New York

    assert await scheduled_reminder(bot, chat) == datetime(
        2026, 1, 18, 7, 30, tzinfo=ZoneInfo(zone)
    ).astimezone(UTC)


async def test_after_abuse_the_list_is_about_her_safety(bot: Bot, chat: Chat) -> None:
    await as_situation(bot, Situation.ABUSE)
    profile = await bot.deps.profiles.get_or_create(USER, USER)

    checklist = await open_checklist(chat, SAFETY_FIRST_ITEMS)

    assert checklist.text.startswith(f"Your safety checklist: 0 of {SAFETY_FIRST_ITEMS} done")
    assert "for your safety" in checklist.text
    assert "removing the tracker or the app can alert him" in checklist.text
    support = bot.deps.safety.lines_text(profile, Need.ABUSE)
    assert support.splitlines()[0] in checklist.text
    assert "tell him" not in checklist.text.lower()


async def test_after_abuse_digital_safety_comes_first_and_evidence_before_any_block(
    bot: Bot, chat: Chat
) -> None:
    await as_situation(bot, Situation.ABUSE)

    checklist = await open_checklist(chat, SAFETY_FIRST_ITEMS)
    items = toggles(checklist)

    assert items[: len(SAFETY_ITEMS)] == [f"{OPEN} {item}" for item in SAFETY_ITEMS]
    assert items[0] == f"{OPEN} Screenshots saved, before blocking"
    assert items.index(f"{OPEN} Screenshots saved, before blocking") < items.index(
        f"{OPEN} His number: calls and SMS"
    )
    for text in ("Find My", "Google Maps", "Snap Map", "Life360", "sign other devices out"):
        assert text in checklist.text
    assert checklist.text.index("Save screenshots") < checklist.text.index("location sharing")

    # A safety item counts like any other, and "not needed" takes it out of the total.
    await tap_in_place(chat, checklist, f"{OPEN} Screenshots saved, before blocking")
    assert checklist.text.startswith(f"Your safety checklist: 1 of {SAFETY_FIRST_ITEMS} done")
    await tap_in_place(chat, checklist, f"{OPEN} Checked for trackers (AirTag)")
    await tap_in_place(chat, checklist, f"{DONE} Checked for trackers (AirTag)")
    assert checklist.text.startswith(f"Your safety checklist: 1 of {SAFETY_FIRST_ITEMS - 1} done")


async def test_she_would_rather_not_say_gets_the_careful_list_too(bot: Bot, chat: Chat) -> None:
    await as_situation(bot, Situation.UNSAID)

    checklist = await open_checklist(chat, SAFETY_FIRST_ITEMS)

    # The careful wording stands in until she says more.
    assert checklist.text.startswith(f"Your safety checklist: 0 of {SAFETY_FIRST_ITEMS} done")
    assert toggles(checklist)[0] == f"{OPEN} Screenshots saved, before blocking"
    assert "can alert them" in checklist.text
    assert "abus" not in checklist.text.lower()  # she hasn't named it; neither do we


async def test_without_abuse_there_are_no_digital_safety_items(bot: Bot, chat: Chat) -> None:
    for situation in (Situation.OTHER, Situation.CHEATING, Situation.AMICABLE):
        await as_situation(bot, situation)

        checklist = await open_checklist(chat)

        assert f"of {ITEMS} done" in checklist.text.split("\n", 1)[0]
        assert toggles(checklist)[0] == f"{OPEN} His number: calls and SMS"
        for item in SAFETY_ITEMS:
            assert f"{OPEN} {item}" not in checklist.inline_labels
        assert "tracker" not in checklist.text


async def test_a_safety_item_from_an_old_copy_is_not_counted_once_off_her_list(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    await as_situation(bot, Situation.ABUSE)
    old_copy = await open_checklist(chat, SAFETY_FIRST_ITEMS)
    data = dict(old_copy.inline_buttons[0])[f"{OPEN} Screenshots saved, before blocking"]
    await as_situation(bot, Situation.CHEATING)

    chat.emulator.press_data(USER, old_copy.message_id, data)

    await chat.settled()
    assert old_copy.edits == 1, "the old copy is redrawn"
    assert old_copy.text.startswith(f"Your checklist: 0 of {ITEMS} done")
    assert await bot.deps.repo.cutoff_states(USER) == {}


async def test_every_item_links_to_how_to_do_it_in_that_app(bot: Bot, chat: Chat) -> None:
    await as_situation(bot, Situation.ABUSE)
    checklist = await open_checklist(chat, SAFETY_FIRST_ITEMS)
    assert links_under_items(checklist) == {item: [] for item in toggles(checklist)}

    await tap_in_place(chat, checklist, HOW)  # the same message, now with the links

    under = links_under_items(checklist)
    assert list(under) == toggles(checklist)
    assert len(under) == SAFETY_FIRST_ITEMS
    for item, links in under.items():
        assert links, f"{item!r} has no how-to link"
        for link in links:
            assert link["url"].startswith("https://"), link
            assert link["text"].startswith("↳ ")
            assert "callback_data" not in link
    assert [link["text"] for link in under[f"{OPEN} WhatsApp"]] == ["↳ How, in WhatsApp Help"]
    assert under[f"{OPEN} WhatsApp"][0]["url"] == "https://faq.whatsapp.com/1142481766359885/"
    assert [link["text"] for link in under[f"{OPEN} Location sharing turned off"]] == [
        "↳ Find My",
        "↳ Google Maps",
        "↳ Snap Map",
        "↳ Life360",
    ]
    assert "opens that app's own help page" in checklist.text
    assert checklist.text.startswith(f"Your safety checklist: 0 of {SAFETY_FIRST_ITEMS} done")
    assert checklist.inline_labels[-2:] == [HIDE_HOW, "Done"]

    # Ticking right under the link keeps the links there, and the count moves.
    await tap_in_place(chat, checklist, f"{OPEN} WhatsApp")
    under = links_under_items(checklist)
    assert under[f"{DONE} WhatsApp"][0]["url"] == "https://faq.whatsapp.com/1142481766359885/"
    assert checklist.text.startswith(f"Your safety checklist: 1 of {SAFETY_FIRST_ITEMS} done")

    await tap_in_place(chat, checklist, HIDE_HOW)
    assert all(not links for links in links_under_items(checklist).values())
    assert f"{DONE} WhatsApp" in checklist.inline_labels
    assert "opens that app's own help page" not in checklist.text
    await chat.nothing_new()  # all of it in the one message


async def test_the_how_to_links_speak_her_language(bot: Bot, chat: Chat) -> None:
    profile = await bot.deps.profiles.get_or_create(USER, USER)
    await bot.deps.profiles.save(replace(profile, locale="es", situation=Situation.OTHER))

    checklist = await chat.say("/cutoff", expect="Tu lista")
    assert checklist.text.startswith(f"Tu lista: 0 de {ITEMS} hechos")
    await tap_in_place(chat, checklist, "¿Cómo se hace?")

    under = links_under_items(checklist)
    assert len(under) == ITEMS
    assert all(under.values())
    assert [link["text"] for link in under[f"{OPEN} Su número: llamadas y SMS"]] == [
        "↳ En iPhone",
        "↳ En Android",
    ]
    assert "Cada ↳ abre la ayuda de esa aplicación" in checklist.text
