"""What handlers need, built once by the composition root and passed in explicitly."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bot.clock import Clock
from bot.content import Content
from bot.crypto import TextCipher
from bot.features.pings.outreach import Outreach
from bot.features.profiles import Profiles
from bot.features.safety.service import SafetyService
from bot.localization import Locales
from bot.observability.metrics import Metrics
from bot.settings import Settings
from bot.store.base import Repository
from bot.timers.service import TimerService


@dataclass(frozen=True, slots=True)
class Deps:
    settings: Settings
    repo: Repository
    cipher: TextCipher
    content: Content  # speaks the language of whoever is being answered
    locales: Locales
    clock: Clock
    timers: TimerService
    profiles: Profiles
    pings: Outreach
    safety: SafetyService
    rng: random.Random
    metrics: Metrics
