"""Her space: the Mini App page with her calendar, patterns, checklist and settings."""

from __future__ import annotations

from telegram import InlineKeyboardButton, MenuButtonWebApp, WebAppInfo

from bot.content import Content
from bot.settings import Settings


def space_button(settings: Settings, content: Content) -> InlineKeyboardButton | None:
    """The "My space" web-app button for a message, when the Mini App has an address."""
    if settings.mini_app_url is None:
        return None
    return InlineKeyboardButton(
        content.text("space.button"), web_app=WebAppInfo(settings.mini_app_url)
    )


def space_menu_button(settings: Settings, content: Content) -> MenuButtonWebApp | None:
    """The chat's menu button opening her space, when the Mini App has an address."""
    if settings.mini_app_url is None:
        return None
    return MenuButtonWebApp(content.text("space.button"), WebAppInfo(settings.mini_app_url))
