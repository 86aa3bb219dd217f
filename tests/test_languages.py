"""Spanish, end to end: chosen from her Telegram app, changeable in /settings."""

from __future__ import annotations

from bot.app import Bot
from bot.emulator import BotApiEmulator
from tests.conftest import USER, Chat


async def test_a_spanish_telegram_app_gets_spanish_from_the_first_word(
    bot: Bot, emulator: BotApiEmulator
) -> None:
    emulator.send_text(USER, "/start", language_code="es-MX")
    welcome = await emulator.wait_for(USER, "Soy Radio Silence")
    assert ["Quiero escribirle"] in welcome.keyboard
    await emulator.wait_for(USER, "¿Cómo terminó?")

    emulator.send_text(USER, "Quiero escribirle", language_code="es-MX")
    asked = await emulator.wait_for(USER, "¿Qué tienes ganas de hacer?")
    assert len(asked.inline_labels) == 7  # six kinds of urge, and "he texted me"
    assert "Me escribió" in asked.inline_labels
    profile = await bot.deps.repo.get_user(USER)
    assert profile is not None and profile.locale == "es"


async def test_she_can_switch_language_in_settings_and_the_menu_follows(
    bot: Bot, chat: Chat, emulator: BotApiEmulator
) -> None:
    await chat.say("/settings", expect="What would you like to change")
    await chat.tap("Language", expect="Which language")
    await chat.tap("Español", expect="te hablo en español")
    menu = await chat.expect("¿Qué quieres cambiar?")
    assert "Idioma" in " ".join(menu.inline_labels)
    await chat.tap("Listo")
    await chat.say("/urge", expect="¿Qué tienes ganas de hacer?")
