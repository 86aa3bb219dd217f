"""The Bot API emulator, exercised by the real PTB Application over real HTTP."""

from __future__ import annotations

import asyncio
import json
import logging
import math
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.emulator import BotApiEmulator, FloodLimits, SentMessage
from bot.emulator.errors import ApiError
from bot.emulator.formatting import visible_text

TOKEN = "123:TEST"
ANA = 42
BEA = 43

App = Application[Any, Any, Any, Any, Any, Any]
Callback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    async with BotApiEmulator() as emulator:
        yield emulator


@dataclass
class RunningBot:
    app: App
    errors: asyncio.Queue[BaseException] = field(default_factory=asyncio.Queue)

    async def next_error(self) -> BaseException:
        return await asyncio.wait_for(self.errors.get(), 5)


def build_app(emulator: BotApiEmulator, *handlers: BaseHandler[Any, Any, Any]) -> App:
    app = ApplicationBuilder().token(TOKEN).base_url(emulator.base_url).build()
    for handler in handlers:
        app.add_handler(handler)
    return app


@asynccontextmanager
async def polling(
    app: App, *, poll_timeout: int = 1, drop_pending_updates: bool = False
) -> AsyncIterator[RunningBot]:
    bot = RunningBot(app)

    async def collect(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert context.error is not None
        bot.errors.put_nowait(context.error)

    app.add_error_handler(collect)
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(
        poll_interval=0, timeout=poll_timeout, drop_pending_updates=drop_pending_updates
    )
    try:
        yield bot
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


def running_bot(
    emulator: BotApiEmulator, *handlers: BaseHandler[Any, Any, Any]
) -> AbstractAsyncContextManager[RunningBot]:
    return polling(build_app(emulator, *handlers))


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message and update.effective_message.text
    await update.effective_message.reply_text(update.effective_message.text)


async def settled(emulator: BotApiEmulator, bot: RunningBot) -> None:
    """Until the bot has fetched every update queued so far and handled each to its end:
    then what a handler did (or recorded) is all there, exactly."""
    async with asyncio.timeout(10):
        while True:
            await emulator.updates_handed_over()
            # PTB marks an update done only once its handler has returned.
            await bot.app.update_queue.join()
            if not emulator.unconfirmed_updates:
                return


def refused(description: str) -> pytest.RaisesExc[BadRequest]:
    # PTB drops Telegram's "Bad Request: " and capitalizes the rest.
    return pytest.raises(BadRequest, match=re.compile(re.escape(description), re.IGNORECASE))


async def raw_call(
    emulator: BotApiEmulator, method: str, **request: Any
) -> tuple[int, dict[str, Any]]:
    async with aiohttp.ClientSession() as session:
        url = f"{emulator.base_url}{TOKEN}/{method}"
        async with session.post(url, **request) as response:
            return response.status, await response.json()


# --- conversations --------------------------------------------------------------------------


async def test_the_bot_answers_her_message_in_her_chat(emulator: BotApiEmulator) -> None:
    async with running_bot(emulator, MessageHandler(filters.TEXT, echo)):
        emulator.send_text(ANA, "I miss him")
        reply = await emulator.next_message(ANA)

    assert reply.text == "I miss him"
    assert reply.chat_id == ANA
    # Her message was number 1: Telegram numbers both sides of a chat with one counter.
    assert reply.message_id == 2


async def test_each_chat_counts_its_own_message_ids(emulator: BotApiEmulator) -> None:
    async with running_bot(emulator, MessageHandler(filters.TEXT, echo)):
        emulator.send_text(ANA, "one")
        emulator.send_text(BEA, "first")
        emulator.send_text(ANA, "two")
        replies = [await emulator.wait_for(ANA, "two"), await emulator.next_message(BEA)]

    assert [reply.message_id for reply in replies] == [4, 2]
    assert [message.text for message in emulator.messages(ANA)] == ["one", "two"]


async def test_a_command_reaches_its_command_handler_with_arguments(
    emulator: BotApiEmulator,
) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message
        await update.effective_message.reply_text(f"start with {context.args}")

    async with running_bot(emulator, CommandHandler("start", start)):
        emulator.send_text(ANA, "/start from_friend")
        reply = await emulator.next_message(ANA)

    assert reply.text == "start with ['from_friend']"


async def test_pressing_a_button_reaches_the_callback_handler_with_its_message(
    emulator: BotApiEmulator,
) -> None:
    seen: dict[str, Any] = {}

    async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message
        buttons = [
            InlineKeyboardButton("Held on", callback_data="held"),
            InlineKeyboardButton("Still want to text", callback_data="want"),
        ]
        await update.effective_message.reply_text(
            "How did it go?", reply_markup=InlineKeyboardMarkup([buttons])
        )

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query and isinstance(query.message, Message) and query.message.reply_markup
        seen["message_id"] = query.message.message_id
        seen["labels"] = [b.text for row in query.message.reply_markup.inline_keyboard for b in row]
        seen["from"] = query.from_user.first_name
        await query.answer("Noted")
        await query.edit_message_text(f"You chose: {query.data}")

    handlers = (CommandHandler("checkin", ask), CallbackQueryHandler(pressed))
    async with running_bot(emulator, *handlers) as bot:
        emulator.send_text(ANA, "/checkin", first_name="Ana")
        question = await emulator.next_message(ANA)
        emulator.press(ANA, "Held on")
        await settled(emulator, bot)
        assert question.edits == 1
        emulator.assert_nothing_unread(ANA)  # an edit is not a new message

    assert seen == {
        "message_id": question.message_id,
        "labels": ["Held on", "Still want to text"],
        "from": "Ana",
    }
    assert [answer["text"] for answer in emulator.callback_answers] == ["Noted"]
    assert question.text == "You chose: held"
    # An edit that leaves out reply_markup takes the buttons away, as on Telegram.
    assert question.inline_buttons == []


async def test_press_names_the_buttons_on_offer_when_the_label_is_wrong(
    emulator: BotApiEmulator,
) -> None:
    emulator.register_chat(ANA)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Held on", callback_data="held")]])
    async with running_bot(emulator) as bot:
        await bot.app.bot.send_message(ANA, "How did it go?", reply_markup=markup)

    with pytest.raises(LookupError, match="'Held on'"):
        emulator.press(ANA, "Held")


async def test_she_can_press_a_button_an_edit_took_away(emulator: BotApiEmulator) -> None:
    data: list[str] = []

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.callback_query and update.callback_query.data
        data.append(update.callback_query.data)
        await update.callback_query.answer()

    emulator.register_chat(ANA)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Old", callback_data="old")]])
    async with running_bot(emulator, CallbackQueryHandler(pressed)) as bot:
        sent = await bot.app.bot.send_message(ANA, "Pick", reply_markup=markup)
        await bot.app.bot.edit_message_reply_markup(ANA, sent.message_id, reply_markup=None)
        emulator.press_data(ANA, sent.message_id, "old")
        await settled(emulator, bot)
        assert data == ["old"]


async def test_her_edits_stickers_and_photos_reach_the_bot(emulator: BotApiEmulator) -> None:
    async def describe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        assert message
        if update.edited_message:
            kind = f"edited to {message.text}"
        elif message.sticker:
            kind = f"sticker {message.sticker.emoji}"
        else:
            kind = f"photo of {message.photo[-1].file_size} bytes: {message.caption}"
        await context.bot.send_message(message.chat_id, kind)

    async with running_bot(emulator, MessageHandler(filters.ALL, describe)):
        emulator.send_text(ANA, "I'm fine")
        emulator.edit_text(ANA, 1, "I'm not fine")
        emulator.send_sticker(ANA, emoji="💔")
        emulator.send_photo(ANA, caption="his hoodie")
        replies = [(await emulator.next_message(ANA)).text for _ in range(3)]

    assert replies[0] == "edited to I'm not fine"
    assert replies[1] == "sticker 💔"
    assert replies[2].startswith("photo of") and replies[2].endswith(": his hoodie")


async def test_html_is_shown_as_she_would_read_it(emulator: BotApiEmulator) -> None:
    emulator.register_chat(ANA)
    async with running_bot(emulator) as bot:
        await bot.app.bot.send_message(ANA, "<b>Day 3</b> &amp; counting", parse_mode="HTML")
        with refused("can't parse entities"):
            # Unescaped user text: the bug Telegram catches in production.
            await bot.app.bot.send_message(ANA, "You wrote: I <3 him", parse_mode="HTML")

    assert [message.text for message in emulator.messages(ANA)] == ["Day 3 & counting"]


@pytest.mark.parametrize(
    ("html", "shown"),
    [
        ('<a href="https://t.me/x">a link</a>', "a link"),
        ("&lt;3 &#128148; &#x1F319; &amp; &nbsp; & more", "<3 💔 🌙 & &nbsp; & more"),
        ('<span class="tg-spoiler">hidden</span> <B>loud</B>', "hidden loud"),
    ],
)
def test_html_renders_tags_and_entities_like_telegram(html: str, shown: str) -> None:
    assert visible_text(html, "HTML") == shown


@pytest.mark.parametrize("html", ["<b>open", "<b>x</i>", "a<br>b", "x</b>", "1 < 2"])
def test_malformed_html_is_refused(html: str) -> None:
    with pytest.raises(ApiError, match="can't parse entities"):
        visible_text(html, "HTML")


async def test_the_bot_learns_who_it_is(emulator: BotApiEmulator) -> None:
    async with running_bot(emulator) as bot:
        assert bot.app.bot.username == "radio_silence_bot"
        assert bot.app.bot.first_name == "Radio Silence"


async def test_commands_are_kept_and_checked(emulator: BotApiEmulator) -> None:
    async with running_bot(emulator) as bot:
        await bot.app.bot.set_my_commands([("urge", "I want to text him"), ("streak", "My days")])
        listed = await bot.app.bot.get_my_commands()
        with refused("BOT_COMMAND_INVALID"):
            await bot.app.bot.set_my_commands([("Urge", "Capitals are not allowed")])

    assert [command.command for command in listed] == ["urge", "streak"]
    assert emulator.commands == [
        {"command": "urge", "description": "I want to text him"},
        {"command": "streak", "description": "My days"},
    ]


async def test_deleted_messages_are_flagged_and_cannot_be_deleted_twice(
    emulator: BotApiEmulator,
) -> None:
    emulator.register_chat(ANA)
    async with running_bot(emulator) as bot:
        sent = await bot.app.bot.send_message(ANA, "His number: 555")
        await bot.app.bot.delete_message(ANA, sent.message_id)
        with refused("message to delete not found"):
            await bot.app.bot.delete_message(ANA, sent.message_id)

    assert emulator.deleted == [(ANA, sent.message_id)]
    assert emulator.messages(ANA)[0].deleted


async def test_files_are_recorded_with_their_size_and_caption(emulator: BotApiEmulator) -> None:
    emulator.register_chat(ANA)
    async with running_bot(emulator) as bot:
        photo = await bot.app.bot.send_photo(ANA, photo=b"\x89PNG" + bytes(96), caption="You")
        await bot.app.bot.send_photo(ANA, photo=photo.photo[-1].file_id, caption="Again")
        await bot.app.bot.send_document(
            ANA, document=b"day,held\n1,yes\n", filename="streak.csv", caption="Your data"
        )

    first, again, document = emulator.messages(ANA)
    assert (first.method, first.photo_bytes, first.text) == ("sendPhoto", 100, "You")
    assert again.photo_bytes == 100
    assert (document.document_bytes, document.file_name) == (15, "streak.csv")


# --- errors the bot has to cope with ------------------------------------------------------------


async def test_refusals_surface_as_bad_request(emulator: BotApiEmulator) -> None:
    emulator.register_chat(ANA)
    async with running_bot(emulator) as bot:
        tg = bot.app.bot
        sent = await tg.send_message(ANA, "Day 1")
        with refused("message is not modified"):
            await tg.edit_message_text("Day 1", ANA, sent.message_id)
        with refused("message to edit not found"):
            await tg.edit_message_text("Day 2", ANA, 999)
        with refused("chat not found"):
            await tg.send_message(7, "Nobody wrote from here")
        with refused("message text is empty"):
            await tg.send_message(ANA, "   ")
        with refused("query is too old"):
            await tg.answer_callback_query("no-such-query")
        with refused("message to be replied not found"):
            await tg.send_message(ANA, "About that", reply_to_message_id=999)
        again = await tg.send_message(ANA, "Day 1 again", reply_to_message_id=sent.message_id)

    assert again.message_id == sent.message_id + 1  # refusals use up no message_id
    assert [message.text for message in emulator.messages(ANA)] == ["Day 1", "Day 1 again"]


async def test_length_limits_count_what_telegram_counts(emulator: BotApiEmulator) -> None:
    emulator.register_chat(ANA)
    async with running_bot(emulator) as bot:
        tg = bot.app.bot
        await tg.send_message(ANA, "x" * 4096)
        with refused("message is too long"):
            await tg.send_message(ANA, "x" * 4097)
        # An emoji is two UTF-16 code units, and Telegram counts those.
        with refused("message is too long"):
            await tg.send_message(ANA, "🌙" * 2049)
        with refused("caption is too long"):
            await tg.send_photo(ANA, photo=b"jpeg", caption="x" * 1025)

    assert len(emulator.messages(ANA)) == 1


async def test_a_refusal_inside_a_handler_reaches_the_error_handler(
    emulator: BotApiEmulator,
) -> None:
    async def same_again(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message
        sent = await update.effective_message.reply_text("Same")
        await sent.edit_text("Same")

    async with running_bot(emulator, MessageHandler(filters.TEXT, same_again)) as bot:
        emulator.send_text(ANA, "hi")
        error = await bot.next_error()

    assert isinstance(error, BadRequest)
    assert "not modified" in error.message


async def test_a_blocked_bot_is_forbidden_until_she_unblocks_it(emulator: BotApiEmulator) -> None:
    emulator.register_chat(ANA)
    emulator.block(ANA)
    async with running_bot(emulator) as bot:
        with pytest.raises(Forbidden, match="bot was blocked by the user"):
            await bot.app.bot.send_message(ANA, "Still there?")
        emulator.unblock(ANA)
        await bot.app.bot.send_message(ANA, "Welcome back")

    assert [message.text for message in emulator.messages(ANA)] == ["Welcome back"]


async def test_flood_control_tells_the_bot_how_long_to_wait(
    emulator: BotApiEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # PTB's future retry_after type, no warning
    emulator.register_chat(ANA)
    emulator.fail_next("sendMessage", 429, retry_after=7)
    async with running_bot(emulator) as bot:
        with pytest.raises(RetryAfter) as flood:
            await bot.app.bot.send_message(ANA, "One")
        await bot.app.bot.send_message(ANA, "Two")

    assert flood.value.retry_after == timedelta(seconds=7)
    assert [message.text for message in emulator.messages(ANA)] == ["Two"]


async def test_a_bad_gateway_is_a_network_error_for_as_many_calls_as_asked(
    emulator: BotApiEmulator,
) -> None:
    emulator.register_chat(ANA)
    emulator.fail_next("sendmessage", 502, times=2)  # method names ignore case, as on Telegram
    async with running_bot(emulator) as bot:
        for _ in range(2):
            with pytest.raises(NetworkError) as failure:
                await bot.app.bot.send_message(ANA, "Lost")
            assert type(failure.value) is NetworkError  # not its BadRequest subclass
            assert failure.value.message == "Bad Gateway"
        await bot.app.bot.send_message(ANA, "Made it")

    assert [message.text for message in emulator.messages(ANA)] == ["Made it"]


async def test_fail_next_rejects_a_method_the_emulator_lacks(emulator: BotApiEmulator) -> None:
    with pytest.raises(ValueError, match="sendMesage"):
        emulator.fail_next("sendMesage", 500)


async def test_a_slow_call_times_out_for_the_bot_yet_still_happens(
    emulator: BotApiEmulator,
) -> None:
    emulator.register_chat(ANA)
    emulator.delay("sendMessage", 0.5)
    async with running_bot(emulator) as bot:
        with pytest.raises(TimedOut):
            await bot.app.bot.send_message(ANA, "Slow", read_timeout=0.1)
        # Like Telegram: the client gave up, the message went out anyway.
        message = await emulator.next_message(ANA, timeout=2)

    assert message.text == "Slow"


async def test_stop_releases_a_hung_call(emulator: BotApiEmulator) -> None:
    emulator.delay("getMe", math.inf)
    call = asyncio.create_task(raw_call(emulator, "getMe"))
    await emulator.requests_reached("getMe", 1)

    started = time.monotonic()
    await emulator.stop()
    status, _ = await asyncio.wait_for(call, 1)

    assert time.monotonic() - started < 3
    assert status == 200


# --- polling semantics --------------------------------------------------------------------


async def test_confirmed_updates_are_not_delivered_again(emulator: BotApiEmulator) -> None:
    async with running_bot(emulator, MessageHandler(filters.TEXT, echo)):
        emulator.send_text(ANA, "once")
        await emulator.next_message(ANA)

    # Stopping sent the last offset, so a new process starts clean.
    async with running_bot(emulator, MessageHandler(filters.TEXT, echo)) as bot:
        await settled(emulator, bot)
        emulator.assert_nothing_unread(ANA)


async def test_unconfirmed_updates_go_to_the_next_bot_process(emulator: BotApiEmulator) -> None:
    # The first process fetches the update and dies before confirming it.
    crashed = build_app(emulator)
    await crashed.initialize()
    emulator.send_text(ANA, "are you there?")
    fetched = await crashed.bot.get_updates(timeout=0)
    await crashed.shutdown()

    async with running_bot(emulator, MessageHandler(filters.TEXT, echo)):
        redelivered = await emulator.next_message(ANA)

    assert [update.message.text for update in fetched if update.message] == ["are you there?"]
    assert redelivered.text == "are you there?"


async def test_a_long_poll_returns_as_soon_as_she_writes(emulator: BotApiEmulator) -> None:
    poll = asyncio.create_task(raw_call(emulator, "getUpdates", data={"timeout": "30"}))
    await emulator.requests_reached("getUpdates", 1)
    update_id = emulator.send_text(ANA, "hello?")

    status, body = await asyncio.wait_for(poll, 2)

    assert status == 200
    assert [update["update_id"] for update in body["result"]] == [update_id]


async def test_a_second_poller_ends_the_first_with_409_as_telegram_does(
    emulator: BotApiEmulator,
) -> None:
    first = asyncio.create_task(raw_call(emulator, "getUpdates", data={"timeout": "30"}))
    await emulator.requests_reached("getUpdates", 1)
    second = asyncio.create_task(raw_call(emulator, "getUpdates", data={"timeout": "30"}))

    status, body = await asyncio.wait_for(first, 2)
    update_id = emulator.send_text(ANA, "who gets this?")
    _, answer = await asyncio.wait_for(second, 2)

    assert status == 409
    assert "terminated by other getUpdates request" in body["description"]
    assert [update["update_id"] for update in answer["result"]] == [update_id]
    assert emulator.poll_conflicts == 1


async def test_flood_control_refuses_what_telegram_would_and_lets_it_go_once_waited(
    emulator: BotApiEmulator,
) -> None:
    now = [100.0]
    emulator.enforce_flood_limits(FloodLimits(), monotonic=lambda: now[0])
    for chat in range(1, 33):
        emulator.register_chat(chat)

    async def send(chat: int) -> tuple[int, dict[str, Any]]:
        return await raw_call(emulator, "sendMessage", data={"chat_id": chat, "text": "hi"})

    # One chat: a burst of three, then one a second.
    assert [(await send(1))[0] for _ in range(4)] == [200, 200, 200, 429]
    status, body = await send(1)
    assert status == 429 and body["parameters"] == {"retry_after": 1}
    now[0] += 1.0
    assert (await send(1))[0] == 200

    # The bot as a whole: 30 in a second, across chats; the 31st waits.
    now[0] += 10.0
    statuses = [(await send(chat))[0] for chat in range(2, 33)]
    assert statuses == [200] * 30 + [429]
    assert emulator.flood_refusals == {1: 2, 32: 1}
    # Refused messages took no effect.
    assert len(emulator.messages(1)) == 4 and len(emulator.messages(32)) == 0


async def test_allowed_updates_leave_out_what_the_bot_did_not_ask_for(
    emulator: BotApiEmulator,
) -> None:
    await raw_call(emulator, "getUpdates", json={"allowed_updates": ["callback_query"]})
    emulator.send_text(ANA, "ignored")

    _, body = await raw_call(emulator, "getUpdates", json={"timeout": 0})

    assert body["result"] == []


async def test_drop_pending_updates_forgets_what_waited(emulator: BotApiEmulator) -> None:
    emulator.send_text(ANA, "sent while the bot was down")
    app = build_app(emulator, MessageHandler(filters.TEXT, echo))
    async with polling(app, drop_pending_updates=True):
        emulator.send_text(ANA, "sent while it was up")
        reply = await emulator.next_message(ANA)

    assert reply.text == "sent while it was up"


async def test_stopping_is_quick_even_with_a_long_poll_timeout(emulator: BotApiEmulator) -> None:
    app = build_app(emulator, MessageHandler(filters.TEXT, echo))
    async with polling(app, poll_timeout=10):
        emulator.send_text(ANA, "ping")
        await emulator.next_message(ANA)
        started = time.monotonic()
    await emulator.stop()

    # The poll timeout is 10 s; waiting it out would be a bug, not slowness.
    assert time.monotonic() - started < 3


# --- request encodings ----------------------------------------------------------------------


async def test_json_form_and_query_string_bodies_are_all_understood(
    emulator: BotApiEmulator,
) -> None:
    emulator.register_chat(ANA)
    markup = {"inline_keyboard": [[{"text": "Held on", "callback_data": "held"}]]}

    json_status, _ = await raw_call(
        emulator, "sendMessage", json={"chat_id": ANA, "text": "json", "reply_markup": markup}
    )
    form_status, _ = await raw_call(
        emulator,
        "sendMessage",
        data={"chat_id": str(ANA), "text": "form", "reply_markup": json.dumps(markup)},
    )
    query_status, _ = await raw_call(
        emulator, "sendMessage", params={"chat_id": str(ANA), "text": "query"}
    )

    assert (json_status, form_status, query_status) == (200, 200, 200)
    sent = emulator.messages(ANA)
    assert [message.text for message in sent] == ["json", "form", "query"]
    assert [message.inline_labels for message in sent] == [["Held on"], ["Held on"], []]


async def test_an_unknown_method_is_not_found(emulator: BotApiEmulator) -> None:
    status, body = await raw_call(emulator, "sendTelepathy")

    assert status == 404
    assert body == {"ok": False, "error_code": 404, "description": "Not Found"}


async def test_broken_markup_is_refused_like_telegram_does(emulator: BotApiEmulator) -> None:
    emulator.register_chat(ANA)
    too_long = {"inline_keyboard": [[{"text": "Yes", "callback_data": "x" * 65}]]}

    statuses = [
        await raw_call(emulator, "sendMessage", data={"chat_id": str(ANA), "text": "t", **extra})
        for extra in (
            {"reply_markup": "{not json"},
            {"reply_markup": json.dumps(too_long)},
        )
    ]

    assert [body["description"] for _, body in statuses] == [
        "Bad Request: can't parse reply keyboard markup JSON object",
        "Bad Request: BUTTON_DATA_INVALID",
    ]


async def test_the_token_stays_out_of_the_logs(
    emulator: BotApiEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with running_bot(emulator, MessageHandler(filters.TEXT, echo)):
        emulator.send_text(ANA, "hi")
        await emulator.next_message(ANA)

    ours = [r for r in caplog.records if r.name.startswith(("aiohttp", "bot.emulator"))]
    assert not any(TOKEN in record.getMessage() for record in ours)


# --- the test-facing helpers ------------------------------------------------------------------


async def test_waiting_in_vain_says_what_did_arrive(emulator: BotApiEmulator) -> None:
    emulator.register_chat(ANA)
    async with running_bot(emulator) as bot:
        await bot.app.bot.send_message(ANA, "Welcome")
        with pytest.raises(TimeoutError, match="Welcome"):
            await emulator.wait_for(ANA, "streak", timeout=0.2)
        with pytest.raises(TimeoutError, match="Welcome"):
            await emulator.next_message(ANA, timeout=0.1)
        await bot.app.bot.send_message(ANA, "Day 1")
        with pytest.raises(AssertionError, match="Day 1"):
            emulator.assert_nothing_unread(ANA)
        assert [message.text for message in emulator.drain(ANA)] == ["Day 1"]
        emulator.assert_nothing_unread(ANA)


async def test_a_subscriber_sees_each_version_of_a_message(emulator: BotApiEmulator) -> None:
    emulator.register_chat(ANA)
    feed = emulator.subscribe(ANA)
    async with running_bot(emulator) as bot:
        sent = await bot.app.bot.send_message(ANA, "Day 1")
        await bot.app.bot.edit_message_text("Day 2", ANA, sent.message_id)

    versions: list[SentMessage] = [feed.get_nowait(), feed.get_nowait()]
    assert [(version.text, version.edits) for version in versions] == [("Day 1", 0), ("Day 2", 1)]
    assert feed.empty()


async def test_a_press_waits_for_the_button_the_bot_shows_later(emulator: BotApiEmulator) -> None:
    emulator.register_chat(ANA)
    async with running_bot(emulator) as bot:
        sent = await bot.app.bot.send_message(ANA, "Pick")
        pressing = asyncio.create_task(emulator.press_when_shown(ANA, "Now", timeout=5))
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Now", callback_data="now")]])
        # The button arrives by an edit, not a new message: that wakes the press too.
        await bot.app.bot.edit_message_reply_markup(ANA, sent.message_id, reply_markup=markup)
        update_id = await pressing
        assert update_id > 0
        with pytest.raises(LookupError, match="'Never'"):
            await emulator.press_when_shown(ANA, "Never", timeout=0.05)


async def test_settled_means_every_update_was_fetched_and_handled(
    emulator: BotApiEmulator,
) -> None:
    handled: list[str] = []

    async def slow_echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message and update.effective_message.text
        for _ in range(3):  # several round trips before the handler is done
            await context.bot.get_me()
        await update.effective_message.reply_text(update.effective_message.text)
        handled.append(update.effective_message.text)

    emulator.send_text(ANA, "queued before the bot polls")
    assert emulator.unconfirmed_updates == 1
    with pytest.raises(TimeoutError, match="1 queued update"):
        await emulator.updates_handed_over(timeout=0.05)
    async with running_bot(emulator, MessageHandler(filters.TEXT, slow_echo)) as bot:
        emulator.send_text(ANA, "and one more")
        await settled(emulator, bot)
        assert handled == ["queued before the bot polls", "and one more"]
        assert emulator.unconfirmed_updates == 0
        assert [message.text for message in emulator.unread(ANA)] == handled
