"""The terminal demo chat, driven through its own input and output: scripted lines in, what
the terminal shows out. First against a tiny bot over the emulator, then the whole demo
(`run_demo`: the real bot, the real store) across a restart."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from pathlib import Path
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

from bot.clock import FakeClock
from bot.content import Content, default_content_dir
from bot.demo import DemoChat, run_demo
from bot.emulator import BotApiEmulator
from bot.features.privacy.handlers import EXPORT_FILE_NAME
from bot.settings import Settings

ANA = 42
PNG = b"\x89PNG\r\n\x1a\n" + bytes(300)

App = Application[Any, Any, Any, Any, Any, Any]
Step = str | Callable[[], Awaitable[str]]


# -- a tiny bot ------------------------------------------------------------------------


def holding_up() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Held on", callback_data="held"),
                InlineKeyboardButton("Still want to text", callback_data="want"),
            ]
        ]
    )


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message
    await update.effective_message.reply_text("How are you holding up?", reply_markup=holding_up())


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query
    if query.data == "late":
        # What the real bot does with a button whose moment is over: a pop-up, no message.
        await query.answer("That moment has passed.")
        return
    if query.data == "alert":
        await query.answer("Are you sure?", show_alert=True)
        return
    await query.answer()
    await query.edit_message_text("Proud of you." if query.data == "held" else "Let's wait.")


async def mood(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message
    keyboard = ReplyKeyboardMarkup([["Calm", "Shaky"]], one_time_keyboard=True)
    await update.effective_message.reply_text("How do you feel?", reply_markup=keyboard)


async def checkin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message
    buttons = [
        [InlineKeyboardButton("Later", callback_data="late")],
        [InlineKeyboardButton("Sure?", callback_data="alert")],
        [InlineKeyboardButton("A line to call", url="https://example.org/help")],
    ]
    await update.effective_message.reply_text(
        "Still here?", reply_markup=InlineKeyboardMarkup(buttons)
    )


async def chart(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message
    await update.effective_message.reply_photo(PNG, caption="Your week")
    await update.effective_message.reply_document(
        b'{"days": 3}', filename="../export.json", caption="All of it"
    )


async def hide(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, chat = update.effective_message, update.effective_chat
    assert message and chat
    cover = await message.reply_text("All clear.")
    await context.bot.delete_messages(chat.id, list(range(1, cover.message_id + 1)))


async def forget_one(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, chat = update.effective_message, update.effective_chat
    assert message and chat
    sent = await message.reply_text("This one goes away.")
    await context.bot.delete_message(chat.id, sent.message_id)


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
    for name, callback in [
        ("start", start),
        ("mood", mood),
        ("checkin", checkin),
        ("chart", chart),
        ("hide", hide),
        ("forgetone", forget_one),
    ]:
        app.add_handler(CommandHandler(name, callback))
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


@pytest.fixture(scope="module")
def en() -> Content:
    return Content.load_all(default_content_dir())["en"]


@pytest.fixture(scope="module")
def es() -> Content:
    return Content.load_all(default_content_dir())["es"]


# -- her side of the terminal ----------------------------------------------------------


class Screen:
    """Everything the demo wrote, in order; a step can wait until something shows."""

    def __init__(self) -> None:
        self.writes: list[str] = []
        self._changed = asyncio.Event()

    def write(self, text: str) -> None:
        self.writes.append(text)
        self._changed.set()

    @property
    def text(self) -> str:
        return "\n".join(self.writes)

    async def shows(self, wanted: str) -> None:
        async with asyncio.timeout(10):
            while wanted not in self.text:
                self._changed.clear()
                await self._changed.wait()

    def address(self, label: str) -> str:
        """What she types to press the newest button labelled `label`, read off the screen
        the way she would: the message's label beside its buttons, the button's number."""
        found: str | None = None
        message: str | None = None
        for line in self.text.splitlines():
            if line.startswith("bot: "):
                message = None
            if margin := re.match(r"\s*(\d+)▸ ", line):
                message = margin[1]
            for number, shown in re.findall(r"\[(k?\d+)\] (.+?)(?=   \[|$)", line):
                if shown == label:
                    found = f"#{number}" if number.startswith("k") else f"#{message}.{number}"
        assert found is not None, f"no button {label!r} on screen:\n{self.text}"
        return found


def press(screen: Screen, label: str) -> Step:
    async def step() -> str:
        await screen.shows(f"] {label}")
        return screen.address(label)

    return step


def once(screen: Screen, shown: str, line: str) -> Step:
    """Types `line` once `shown` is on the screen, as she would answer a question."""

    async def step() -> str:
        await screen.shows(shown)
        return line

    return step


def contents(folder: Path) -> list[tuple[Path, bytes]]:
    return [(path, path.read_bytes()) for path in sorted(folder.iterdir()) if path.is_file()]


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


async def talk(
    emulator: BotApiEmulator,
    content: Content,
    *steps: Step,
    screen: Screen | None = None,
    on_wait: Callable[[timedelta], Awaitable[None]] | None = None,
    folder: Path | None = None,
    opened: list[Path] | None = None,
) -> str:
    screen = screen or Screen()
    demo = DemoChat(
        emulator,
        ANA,
        content,
        read_line=Script(*steps),
        write=screen.write,
        on_wait=on_wait,
        folder=folder,
        open_file=None if opened is None else opened.append,
        reply_grace=0.5,
        quiet=0.1,
    )
    await asyncio.wait_for(demo.run(), 15)
    return screen.text


# -- pressing buttons ------------------------------------------------------------------


@pytest.mark.usefixtures("app")
async def test_the_first_screen_says_how_buttons_are_pressed(
    emulator: BotApiEmulator, en: Content
) -> None:
    transcript = await talk(emulator, en)

    opening = en.text("demo.opening")
    assert "#1" in opening and "#k1" in opening and ":wait 10" in opening
    assert "send /start" not in opening
    assert transcript.startswith("\n".join(f"· {line}" for line in opening.splitlines()))


@pytest.mark.usefixtures("app")
async def test_hash_and_a_number_presses_that_button_and_the_edit_shows(
    emulator: BotApiEmulator, en: Content
) -> None:
    screen = Screen()
    transcript = await talk(emulator, en, "/start", once(screen, "1▸", "#2"), screen=screen)

    assert (
        "bot: How are you holding up?\n"
        "  1▸ [1] Held on   [2] Still want to text\n"
        "     ↳ Still want to text\n"
        "bot: (edited) Let's wait."
    ) in transcript


@pytest.mark.usefixtures("app")
async def test_a_plain_number_is_a_message_even_with_buttons_on_screen(
    emulator: BotApiEmulator, en: Content
) -> None:
    transcript = await talk(emulator, en, "/start", "5", "1")

    assert "bot: You said: 5" in transcript
    assert "bot: You said: 1" in transcript
    assert "Proud of you" not in transcript  # nothing was pressed


async def test_an_older_message_keeps_its_label_and_its_buttons_when_one_arrives_by_itself(
    emulator: BotApiEmulator, app: App, en: Content
) -> None:
    screen = Screen()

    async def a_check_in_arrives() -> str:
        # A timer fires while she is reading: a second message with buttons, unasked.
        await screen.shows("1▸")
        await app.bot.send_message(ANA, "Time for a check-in.", reply_markup=holding_up())
        await screen.shows("2▸")
        return "#1.1"

    transcript = await talk(emulator, en, "/start", a_check_in_arrives, "#2", screen=screen)

    assert "bot: How are you holding up?\n  1▸ [1] Held on" in transcript
    assert "bot: Time for a check-in.\n  2▸ [1] Held on" in transcript
    # "#1.1" still pressed the first message's button, "#2" the newest one's.
    assert "     ↳ Held on\nbot: (edited) Proud of you." in transcript
    assert "     ↳ Still want to text\nbot: (edited) Let's wait." in transcript
    first, second = emulator.messages(ANA)
    assert (first.text, second.text) == ("Proud of you.", "Let's wait.")


@pytest.mark.usefixtures("app")
async def test_a_press_that_finds_no_button_says_why_and_sends_nothing(
    emulator: BotApiEmulator, en: Content
) -> None:
    screen = Screen()
    steps = ["#1", "/start", once(screen, "1▸", "#3"), "#7.1", "#1", "#1.1", "#k1"]
    transcript = await talk(emulator, en, *steps, screen=screen)

    assert en.text("demo.no_buttons") in transcript
    assert en.text("demo.no_such_button", label=1, number=3) in transcript
    assert en.text("demo.no_such_message", label=7) in transcript
    # Once pressed, the edit took the buttons away.
    assert en.text("demo.buttons_gone", label=1) in transcript
    assert en.text("demo.no_keyboard") in transcript
    assert "You said" not in transcript


@pytest.mark.usefixtures("app")
async def test_keyboard_buttons_have_their_own_numbers_that_nothing_shifts(
    emulator: BotApiEmulator, en: Content
) -> None:
    screen = Screen()
    steps = ["/mood", "/start", once(screen, "1▸", "#k2"), once(screen, "Breathe", "#k1")]
    transcript = await talk(emulator, en, *steps, screen=screen)

    assert "bot: How do you feel?\n     ⌨ [k1] Calm   [k2] Shaky" in transcript
    assert "     ↳ Shaky\nbot: Breathe with me." in transcript
    # It was a one-time keyboard: gone once used.
    assert en.text("demo.no_keyboard") in transcript


@pytest.mark.usefixtures("app")
async def test_the_bots_pop_ups_show_and_a_link_button_says_where_it_goes(
    emulator: BotApiEmulator, en: Content
) -> None:
    screen = Screen()
    steps = ["/checkin", once(screen, "1▸", "#1"), once(screen, "passed", "#2"), "#3"]
    transcript = await talk(emulator, en, *steps, screen=screen)

    assert "     ↳ Later\nbot: " + en.text("demo.popup", text="That moment has passed.") in (
        transcript
    )
    assert "bot: " + en.text("demo.alert", text="Are you sure?") in transcript
    assert (
        en.text("demo.link", label="A line to call", url="https://example.org/help") in transcript
    )


# -- what the bot sends ----------------------------------------------------------------


@pytest.mark.usefixtures("app")
async def test_photos_and_files_are_saved_and_their_paths_shown(
    emulator: BotApiEmulator, en: Content, tmp_path: Path
) -> None:
    opened: list[Path] = []

    transcript = await talk(emulator, en, "/chart", folder=tmp_path / "files", opened=opened)

    (photo, picture), (document, data) = contents(tmp_path / "files")
    assert picture == PNG and photo.suffix == ".png"
    # Only the file's own name: "../export.json" may not climb out of the folder.
    assert data == b'{"days": 3}' and document.name.endswith("-export.json")
    size = en.text("demo.size_bytes", amount=len(PNG))
    assert (
        f"bot: {en.text('demo.photo', size=size)} Your week\n"
        f"     {en.text('demo.saved', path=str(photo))}"
    ) in transcript
    assert f"export.json, 11 B] All of it\n     {en.text('demo.saved', path=str(document))}" in (
        transcript
    )
    assert opened == [photo, document]


@pytest.mark.usefixtures("app")
async def test_a_chat_cleared_by_the_bot_is_one_line(
    emulator: BotApiEmulator, app: App, en: Content
) -> None:
    emulator.register_chat(ANA)
    for day in range(1, 31):
        await app.bot.send_message(ANA, f"Day {day}.")

    transcript = await talk(emulator, en, "/hide", "/forgetone")

    assert "bot: All clear." in transcript
    assert en.text("demo.deleted_many", count=31) in transcript  # thirty days and the cover
    assert "bot: " + en.text("demo.deleted_one", text="This one goes away.") in transcript
    assert transcript.count(en.text("demo.deleted_one", text="")) == 1


@pytest.mark.usefixtures("app")
async def test_wait_moves_the_clock_and_says_so(emulator: BotApiEmulator, en: Content) -> None:
    waited: list[timedelta] = []

    async def skip(delta: timedelta) -> None:
        waited.append(delta)

    transcript = await talk(emulator, en, ":wait 10", ":wait 2h", ":wait soon", on_wait=skip)

    assert waited == [timedelta(minutes=10), timedelta(hours=2)]
    assert en.text("demo.waited", span=en.text("demo.minutes", amount="10")) in transcript
    assert en.text("demo.waited", span=en.text("demo.hours", amount="2")) in transcript
    assert en.text("demo.wait_usage") in transcript


async def test_help_and_quit(emulator: BotApiEmulator, app: App, en: Content) -> None:
    script = Script(":help", ":nope", ":quit", "never read")
    screen = Screen()

    await DemoChat(emulator, ANA, en, read_line=script, write=screen.write).run()

    assert ":wait 10" in screen.text and ":quit" in screen.text and "#k1" in screen.text
    assert en.text("demo.unknown_command", name="nope") in screen.text
    assert screen.text.endswith(en.text("demo.goodbye"))
    assert len(script.prompts) == 3
    # Demo commands never reach the bot: nothing was queued for it, and it said nothing.
    await emulator.updates_handed_over()
    await app.update_queue.join()
    assert emulator.requests["getUpdates"] >= 1, "the bot was polling all along"
    emulator.assert_nothing_unread(ANA)


async def test_bot_messages_print_while_she_is_at_the_prompt(
    emulator: BotApiEmulator, app: App, en: Content
) -> None:
    screen = Screen()

    async def meanwhile() -> str:
        # A timer fires while she is thinking.
        emulator.register_chat(ANA)
        await app.bot.send_message(ANA, "Day 2. Still going.")
        await screen.shows("Day 2")
        return ":quit"

    demo = DemoChat(emulator, ANA, en, read_line=Script(meanwhile), write=screen.write)
    await asyncio.wait_for(demo.run(), 10)

    assert "bot: Day 2. Still going." in screen.text


@pytest.mark.usefixtures("app")
async def test_what_the_bot_said_before_the_demo_opened_is_shown(
    emulator: BotApiEmulator, en: Content
) -> None:
    emulator.send_text(ANA, "/start")
    await emulator.next_message(ANA)

    transcript = await talk(emulator, en, "#1")

    assert "bot: How are you holding up?" in transcript
    assert "bot: (edited) Proud of you." in transcript


@pytest.mark.usefixtures("app")
async def test_the_demo_speaks_her_language(emulator: BotApiEmulator, es: Content) -> None:
    screen = Screen()
    script = Script("/start", once(screen, "1▸", "#1"))

    await DemoChat(emulator, ANA, es, read_line=script, write=screen.write).run()

    assert script.prompts[0] == "tú: "
    assert es.text("demo.opening").splitlines()[0] in screen.text
    assert f"bot: {es.text('demo.edited')} Proud of you." in screen.text


# -- the whole demo: the real bot, across a restart -----------------------------------


async def demo(settings: Settings, clock: FakeClock, screen: Screen, *steps: Step) -> None:
    await asyncio.wait_for(
        run_demo(
            settings,
            clock=clock,
            read_line=Script(*steps),
            write=screen.write,
            language="en",
            reply_grace=0.5,
            quiet=0.1,
        ),
        30,
    )


async def test_a_relaunch_says_where_she_was_instead_of_starting_over(
    settings: Settings, clock: FakeClock, en: Content
) -> None:
    asked_contact, asked_zone = en.text("setup.ask_contact"), en.text("setup.ask_zone")
    first = Screen()
    await demo(
        settings,
        clock,
        first,
        press(first, en.text("setup.situations.other")),
        # The question asks for a number of days: a plain 5 is her answer, not a button.
        once(first, asked_contact, "5"),
        once(first, asked_zone, "/export"),
    )

    assert en.text("demo.first_launch") in first.text
    assert first.text.count(en.text("setup.welcome").splitlines()[0]) == 1
    assert en.text("setup.contact_saved", days=5) in first.text
    # /export's file is saved where she can open it.
    files = dict(contents(settings.data_dir / "demo" / "files"))
    (export,) = (path for path in files if path.name.endswith(EXPORT_FILE_NAME))
    assert en.text("demo.saved", path=str(export)) in first.text
    assert b'"user_id"' in files[export]
    # The new key's log line went to the demo's log, not into the chat.
    (log,) = (data for path, data in contents(settings.data_dir / "demo") if path.suffix == ".log")
    assert b"Generated a new encryption key" in log
    assert "encryption key" not in first.text

    second = Screen()
    await demo(settings, clock, second, press(second, "Berlin"))

    # No hidden /start this time: no greeting, but the question it stopped at, pressable.
    assert en.text("setup.welcome").splitlines()[0] not in second.text
    flow = en.text("demo.flows.setup")
    # Where she stopped: "Day 5 it is" and the zone question, one message on her phone.
    stopped_at = f"{en.text('setup.contact_saved', days=5)}\n\n     {asked_zone}\n"
    resumed = f"· {en.text('demo.resume_flow', flow=flow)}\nbot: {stopped_at}"
    assert resumed in second.text
    assert "Your time zone is Berlin" in second.text
    assert second.text.count(en.text("demo.first_launch")) == 0
