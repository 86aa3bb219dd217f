"""A local Telegram Bot API for tests and the demo chat: the real bot talks to it over HTTP."""

from bot.emulator.flood import FloodLimits
from bot.emulator.messages import SentMessage
from bot.emulator.server import BotApiEmulator
from bot.emulator.world import Sender

__all__ = ["BotApiEmulator", "FloodLimits", "Sender", "SentMessage"]
