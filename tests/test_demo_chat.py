"""The terminal demo chat, driven by scripted input against a tiny bot over the emulator."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from typing import Any

import pytest
from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.demo import DemoChat, render
from bot.emulator import BotApiEmulator, SentMessage

ANA = 42

App = Application[Any, Any, Any, Any, Any, Any]
Step = str | Callable[[], Awaitable[str]]


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message
    buttons = [
        InlineKeyboardButton("Held on", callback_data="held"),
        InlineKeyboardButton("Still want to text", callback_data="want"),
    ]
    await update.effective_message.reply_text(
        "How are you holding up?", reply_markup=InlineKeyboardMarkup([buttons])
    )


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query
    await query.answer()
    await query.edit_message_text("Proud of you." if query.data == "held" else "Let's wait.")


async def mood(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message
    keyboard = ReplyKeyboardMarkup([["Calm", "Shaky"]], one_time_keyboard=True)
    await update.effective_message.reply_text("How do you feel?", reply_markup=keyboard)


async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message and update.effective_message.text
    text = update.effective_message.text
    reply = "Breathe with me." if text == "Shaky" else f"You said: {text}"
    await update.effective_message.reply_text(reply)


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    async with BotApiEmulator() as emulator:
        yield emulator


@pytest.fixture
async def app(emulator: BotApiEmulator) -> AsyncIterator[App]:
    app = ApplicationBuilder().token("123:DEMO").base_url(emulator.base_url).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("mood", mood))
    app.add_handler(CallbackQueryHandler(pressed))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, answer))
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)
    yield app
    await app.updater.stop()
    await app.stop()
    await app.shutdown()


class Script:
    """Her side of the chat: each step is a line, or a coroutine that yields one."""

    def __init__(self, *steps: Step) -> None:
        self._steps = list(steps)
        self.prompts: list[str] = []

    async def __call__(self, prompt: str) -> str:
        self.prompts.append(prompt)
        if not self._steps:
            raise EOFError
        step = self._steps.pop(0)
        return step if isinstance(step, str) else await step()


async def chat(
    emulator: BotApiEmulator,
    *steps: Step,
    on_wait: Callable[[timedelta], Awaitable[None]] | None = None,
) -> str:
    output: list[str] = []
    demo = DemoChat(
        emulator,
        ANA,
        read_line=Script(*steps),
        write=output.append,
        on_wait=on_wait,
        reply_grace=0.5,
        quiet=0.1,
    )
    await asyncio.wait_for(demo.run(), 10)
    return "\n".join(output)


@pytest.mark.usefixtures("app")
async def test_a_number_presses_that_button_and_the_edit_shows(emulator: BotApiEmulator) -> None:
    transcript = await chat(emulator, "/start", "1")

    assert (
        "bot: How are you holding up?\n"
        "     [1] Held on   [2] Still want to text\n"
        "     ↳ Held on\n"
        "bot: (edited) Proud of you."
    ) in transcript


@pytest.mark.usefixtures("app")
async def test_the_second_button_is_number_two(emulator: BotApiEmulator) -> None:
    transcript = await chat(emulator, "/start", "2")

    assert "bot: (edited) Let's wait." in transcript


@pytest.mark.usefixtures("app")
async def test_a_reply_keyboard_button_sends_its_label(emulator: BotApiEmulator) -> None:
    transcript = await chat(emulator, "/mood", "2", "1")

    assert "bot: How do you feel?\n     ⌨ [1] Calm   [2] Shaky" in transcript
    assert "bot: Breathe with me." in transcript
    # The keyboard was one-time, so the next number is just a number.
    assert "bot: You said: 1" in transcript


@pytest.mark.usefixtures("app")
async def test_keyboard_buttons_are_numbered_after_the_inline_ones(
    emulator: BotApiEmulator,
) -> None:
    transcript = await chat(emulator, "/mood", "/start", "4", "1")

    assert (
        "bot: How are you holding up?\n"
        "     [1] Held on   [2] Still want to text\n"
        "     ⌨ [3] Calm   [4] Shaky"
    ) in transcript
    assert "     ↳ Shaky\nbot: Breathe with me." in transcript
    # The inline buttons above are still there to press.
    assert "     ↳ Held on\nbot: (edited) Proud of you." in transcript


@pytest.mark.usefixtures("app")
async def test_a_number_with_no_such_button_is_sent_as_text(emulator: BotApiEmulator) -> None:
    transcript = await chat(emulator, "7", "/start", "3")

    assert "bot: You said: 7" in transcript
    assert "No button [3]" in transcript
    assert "bot: You said: 3" in transcript


@pytest.mark.usefixtures("app")
async def test_wait_moves_the_clock_and_says_so(emulator: BotApiEmulator) -> None:
    waited: list[timedelta] = []

    async def skip(delta: timedelta) -> None:
        waited.append(delta)

    transcript = await chat(emulator, ":wait 10", ":wait 2h", ":wait soon", on_wait=skip)

    assert waited == [timedelta(minutes=10), timedelta(hours=2)]
    assert "10 minutes later" in transcript
    assert "2 hours later" in transcript
    assert "Try :wait 10" in transcript


@pytest.mark.usefixtures("app")
async def test_help_and_quit(emulator: BotApiEmulator) -> None:
    script = Script(":help", ":nope", ":quit", "never read")
    output: list[str] = []

    await DemoChat(emulator, ANA, read_line=script, write=output.append).run()

    transcript = "\n".join(output)
    assert ":wait 10" in transcript and ":quit" in transcript
    assert "There's no :nope here" in transcript
    assert transcript.endswith("Bye for now.")
    assert len(script.prompts) == 3
    await emulator.no_message(ANA, within=0.2)  # demo commands never reach the bot


async def test_bot_messages_print_while_she_is_at_the_prompt(
    emulator: BotApiEmulator, app: App
) -> None:
    output: list[str] = []
    printed = asyncio.Event()

    def write(text: str) -> None:
        output.append(text)
        printed.set()

    async def meanwhile() -> str:
        # A timer fires while she is thinking.
        emulator.register_chat(ANA)
        printed.clear()
        await app.bot.send_message(ANA, "Day 2. Still going.")
        await asyncio.wait_for(printed.wait(), 5)
        return ":quit"

    demo = DemoChat(emulator, ANA, read_line=Script(meanwhile), write=write)
    await asyncio.wait_for(demo.run(), 10)

    assert "bot: Day 2. Still going." in output


def test_rendering_shows_media_multiline_text_and_buttons() -> None:
    photo = SentMessage(ANA, 3, "sendPhoto", "Day 30", photo_bytes=2048)
    letter = SentMessage(ANA, 4, "sendMessage", "Dear me,\n\nyou did it.", edits=1)
    rows = [[{"text": "A", "callback_data": "a"}], [{"text": "B", "callback_data": "b"}]]
    pick = SentMessage(ANA, 5, "sendMessage", "Pick", reply_markup={"inline_keyboard": rows})

    assert render(photo) == "bot: [photo, 2 KB] Day 30"
    assert render(letter) == "bot: (edited) Dear me,\n\n     you did it."
    assert render(pick) == "bot: Pick\n     [1] A\n     [2] B"
    assert render(pick, numbered=False) == "bot: Pick\n     [A]\n     [B]"


@pytest.mark.usefixtures("app")
async def test_what_the_bot_said_before_the_demo_opened_is_shown(
    emulator: BotApiEmulator,
) -> None:
    emulator.send_text(ANA, "/start")
    await emulator.next_message(ANA)

    transcript = await chat(emulator, "1")

    assert "bot: How are you holding up?" in transcript
    assert "bot: (edited) Proud of you." in transcript
