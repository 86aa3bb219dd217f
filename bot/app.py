"""The composition root: settings -> store -> content -> clock -> timers -> Application.

Nothing else in the project builds long-lived objects; everything is handed down from here.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import random
import warnings
from collections.abc import AsyncIterator, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager, nullcontext
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from aiohttp import web
from prometheus_client import CollectorRegistry
from telegram import Update
from telegram.ext import Application, TypeHandler
from telegram.warnings import PTBUserWarning

from bot.clock import Clock
from bot.content import Content, default_content_dir
from bot.crypto import TextCipher, resolve_keys
from bot.deps import Deps
from bot.features.cutoff.handlers import REMINDER_TIMER as CUTOFF_REMINDER
from bot.features.cutoff.handlers import CutoffFlow
from bot.features.drafts.handlers import DraftsFlow
from bot.features.drafts.review import DRAFT_REVIEW
from bot.features.friend.handlers import FriendFlow
from bot.features.general.handlers import GeneralFlow
from bot.features.hetexted.handlers import CHECKBACK as HETEXTED_CHECKBACK
from bot.features.hetexted.handlers import HeTextedFlow
from bot.features.hide.handlers import HideFlow
from bot.features.insights.handlers import InsightsFlow
from bot.features.onboarding.handlers import SetupFlow
from bot.features.pings.danger_flow import DangerDaysFlow
from bot.features.pings.handlers import CheckinFlow
from bot.features.pings.outreach import DANGER, RISK_NUDGE, DangerDays, Outreach, RiskNudges
from bot.features.pings.scheduler import DAILY_PING, PingScheduler
from bot.features.privacy.handlers import PrivacyFlow
from bot.features.profiles import Profiles
from bot.features.reasons.handlers import ReasonsFlow
from bot.features.safety.handlers import SafetyFlow
from bot.features.safety.service import SafetyService
from bot.features.space.web import SPACE_PATH, build_space_app
from bot.features.streak.handlers import StreakFlow
from bot.features.urge.handlers import CHECKBACK_TIMER, UrgeFlow
from bot.localization import Locales
from bot.observability.metrics import Metrics
from bot.observability.updates import ObservedProcessor, tag_features
from bot.settings import Settings, split_address
from bot.store.opening import open_repository
from bot.telegram.context import StepContext, step_context_types
from bot.telegram.delivery import LaneRateLimiter, PaceClock, telegram_outcomes
from bot.telegram.ordering import PerChatOrderedProcessor
from bot.telegram.persistence import RepositoryPersistence
from bot.telegram.transport import AiohttpRequest
from bot.telegram.units import UnitOfWorkProcessor, write_step_state
from bot.timers.service import CLAIM_LEASE, SHARED_CLAIM_LEASE, TimerCallback, TimerService
from bot.web.server import WebhookRoute, WebServer, build_web_app, serving
from bot.web.webhook import WebhookReceiver, register_webhook, webhook_path

if TYPE_CHECKING:
    from bot.cluster.member import Member

_log = logging.getLogger(__name__)

LOCALE_GROUP = -20
PRIVATE_ONLY_GROUP = -10
# Before every flow: danger and despair are heard whatever she was doing.
SAFETY_GROUP = -9
COUNTRY_QUESTION_GROUP = -8
EDITED_GROUP = -7
FLOWS_GROUP = 0
AFTER_EVERY_UPDATE_GROUP = 100

# State is written in each update's own transaction (bot/telegram/units.py). PTB's own
# periodic write, outside any step, would only race the steps for the write lock, so it is
# pushed out of the way; PTB still writes everything once more on the way out.
PERSISTENCE_INTERVAL_SECONDS = 24 * 60 * 60.0
# Bot API calls in flight at once, as PTB's default pool: replies to every chat being
# handled plus the bulk lane, with room to spare.
BOT_API_CONNECTIONS = 256


@dataclass(frozen=True, slots=True)
class Bot:
    deps: Deps
    application: Application  # type: ignore[type-arg]
    # Health, metrics and (in webhook mode) the webhook; None when polling without one.
    web: WebServer | None = None
    # With PostgreSQL: this process as one member of the bot (bot/cluster/).
    member: Member | None = None

    async def idle(self) -> None:
        """Returns once every update PTB has fetched is fully handled (its replies sent) and
        every task a handler started (a button's answer) has finished. Tests await it to know
        that nothing more is on its way; the bot itself never needs it."""
        # PTB keeps no public handle on what Application.create_task started; its own stop()
        # awaits this same set. No default: a PTB that renames it must fail loudly here.
        # getattr, because mypy does not see name-mangled attributes.
        started: set[asyncio.Task[object]] = getattr(  # noqa: B009
            self.application, "_Application__create_task_tasks"
        )
        while True:
            # A member takes what waits in the inbox first (stored by whoever polled).
            taken = await self.member.inbox.take() if self.member is not None else 0
            # PTB marks an update task_done only after its handlers (and error handlers) ran.
            await self.application.update_queue.join()
            running = [task for task in started if not task.done()]
            if running:
                await asyncio.wait(running)
            elif not taken:
                return


@asynccontextmanager
async def open_deps(
    settings: Settings,
    clock: Clock,
    *,
    content_dir: Path | None = None,
    contents: Mapping[str, Content] | None = None,
    rng: random.Random | None = None,
) -> AsyncIterator[Deps]:
    """`contents`: every locale already loaded and checked (by `Content.load_all`), for a
    caller that starts many bots on the same content; else content_dir (or content/) is
    read here."""
    if contents is None:
        # Every language, each checked key by key against English: a gap stops the start.
        contents = Content.load_all(content_dir or default_content_dir())
    locales = Locales(contents)
    content = locales.content
    keys, created = resolve_keys(
        [key.get_secret_value() for key in settings.encryption_keys], settings.data_dir
    )
    if created:
        _log.warning(
            "Generated a new encryption key in %s; back it up: without it, "
            "stored drafts and notes cannot be read.",
            settings.data_dir / "encryption.keys",
        )
    # SQLite or PostgreSQL, by the URL's scheme.
    repo = await open_repository(settings.database_url, clock=clock)
    rng = rng or random.Random()
    # Its own registry, never prometheus_client's global one: each bot counts only itself.
    metrics = Metrics(CollectorRegistry())
    timers = TimerService(
        repo,
        clock,
        lease=SHARED_CLAIM_LEASE if settings.members_share_the_bot else CLAIM_LEASE,
        metrics=metrics,
    )

    async def speak_her_language(user_id: int) -> None:
        profile = await repo.get_user(user_id)
        locales.use(profile.locale if profile is not None else None)

    timers.before_each(speak_her_language)
    profiles = Profiles(repo, clock, settings.default_timezone, locales.pick)
    pings = Outreach(
        PingScheduler(repo, timers, profiles, content, clock, rng),
        DangerDays(repo, timers, content, clock),
        RiskNudges(repo, timers, content, clock),
        profiles,
    )
    profiles.when_reactivated(pings.refresh)
    try:
        yield Deps(
            settings=settings,
            repo=repo,
            cipher=TextCipher(keys),
            content=content,
            locales=locales,
            clock=clock,
            timers=timers,
            profiles=profiles,
            pings=pings,
            safety=SafetyService(content, locales.every(), profiles, settings.default_timezone),
            rng=rng,
            metrics=metrics,
        )
    finally:
        await repo.close()


def build_application(
    deps: Deps,
    *,
    token: str,
    base_url: str,
    rate_limit: bool = True,
    pace: PaceClock | None = None,
) -> Application:  # type: ignore[type-arg]
    # Replies go out through do_api_request("sendMessage") on purpose, to skip parsing
    # Telegram's answer into a Message (bot/telegram/replies.py); PTB warns at every call.
    warnings.filterwarnings(
        "ignore", message=r"Please use 'Bot\.sendMessage'", category=PTBUserWarning
    )
    general = GeneralFlow(deps)
    urge = UrgeFlow(deps)
    builder = (
        Application.builder()
        .token(token)
        # Handlers get her profile from their context (bot/telegram/context.py).
        .context_types(step_context_types())
        .base_url(base_url)
        # aiohttp rather than PTB's httpx: a quarter of the CPU per call (transport.py).
        .request(AiohttpRequest(connections=BOT_API_CONNECTIONS))
        .get_updates_request(AiohttpRequest(connections=1))
        .persistence(
            RepositoryPersistence(
                deps.repo,
                update_interval=PERSISTENCE_INTERVAL_SECONDS,
                per_update=deps.settings.members_share_the_bot,
            )
        )
        # Concurrent across chats, in order within each: ConversationHandler needs that.
        .concurrent_updates(
            # Counted and timed per feature, with the update_id in every log line it writes.
            # Each update one unit of work: its writes and new state in one transaction.
            units := UnitOfWorkProcessor(
                ObservedProcessor(
                    PerChatOrderedProcessor(deps.settings.max_concurrent_updates), deps.metrics
                ),
                deps.repo,
                deps.metrics,
            )
        )
        .post_init(general.set_commands)
    )
    if rate_limit:
        # Replies at once, unprompted messages paced (bot/telegram/delivery.py). PTB types the
        # builder's rate limiter by its own generic; the lane limiter fits at runtime.
        pace = pace or PaceClock()
        limiter = LaneRateLimiter(
            paid_broadcast=deps.settings.telegram_paid_broadcast,
            metrics=deps.metrics,
            monotonic=pace.monotonic,
            sleep=pace.sleep,
        )
        builder = builder.rate_limiter(limiter)  # type: ignore[arg-type]
    application = builder.build()
    units.report_errors_to(application)
    application.bot_data.profiles = deps.profiles

    application.add_handler(TypeHandler(Update, general.speak_her_language), group=LOCALE_GROUP)
    # Each guard in a group of its own: one match per group is all PTB allows, and every
    # guard must see every update.
    private_only, edited = general.guards()
    safety = SafetyFlow(deps)
    application.add_handler(private_only, group=PRIVATE_ONLY_GROUP)
    application.add_handlers(safety.listener(), group=SAFETY_GROUP)
    application.add_handler(safety.country_flow(), group=COUNTRY_QUESTION_GROUP)
    application.add_handler(edited, group=EDITED_GROUP)
    cutoff = CutoffFlow(deps)
    drafts = DraftsFlow(deps)
    hetexted = HeTextedFlow(deps)
    flows = [
        *urge.handlers(),
        *FriendFlow(deps).handlers(),  # before onboarding: it answers /start friend-...
        *SetupFlow(deps).handlers(),
        *StreakFlow(deps).handlers(),
        *CheckinFlow(deps).handlers(),
        *DangerDaysFlow(deps).handlers(),
        *cutoff.handlers(),
        *drafts.handlers(),
        *ReasonsFlow(deps).handlers(),
        *HideFlow(deps).handlers(),
        *hetexted.handlers(),
        # Before the flush of group 100: forgetting her stops there, or it would write back.
        *PrivacyFlow(deps).handlers(),
        *InsightsFlow(deps).handlers(),
    ]
    application.add_handlers([*flows, *general.handlers()], group=FLOWS_GROUP)
    application.add_handler(TypeHandler(Update, write_step_state), group=AFTER_EVERY_UPDATE_GROUP)
    # Which feature took each update, for the metrics: the flow that answered it, else the
    # safety listener or country question that did.
    for group in (SAFETY_GROUP, COUNTRY_QUESTION_GROUP):
        tag_features(application.handlers.get(group, []), decisive=False)
    tag_features(application.handlers.get(FLOWS_GROUP, []), decisive=True)
    application.add_error_handler(general.on_error)

    def on_timer(kind: str, send: TimerCallback) -> None:
        # Each kind's sender speaks Telegram; what its errors mean is said once, here.
        deps.timers.on(kind, telegram_outcomes(send))

    on_timer(CHECKBACK_TIMER, partial(urge.send_checkback, application.bot))
    on_timer(DAILY_PING, partial(deps.pings.checkin.send, application.bot))
    on_timer(CUTOFF_REMINDER, partial(cutoff.send_reminder, application.bot))
    on_timer(DRAFT_REVIEW, partial(drafts.review.send, application.bot))
    on_timer(HETEXTED_CHECKBACK, partial(hetexted.send_checkback, application.bot))
    # Blocking the bot cancels all her timers; coming back brings waiting drafts back too.
    deps.profiles.when_reactivated(drafts.review.refresh)
    on_timer(DANGER, partial(deps.pings.send_danger, application.bot))
    on_timer(RISK_NUDGE, partial(deps.pings.send_risk_nudge, application.bot))
    job_queue = application.job_queue
    assert job_queue is not None, "python-telegram-bot[job-queue] is a dependency"
    job_queue.run_repeating(
        partial(_sweep, deps.timers),
        interval=deps.settings.timer_sweep_seconds,
        first=0,
        name="timer-sweep",
    )
    return application


async def _sweep(timers: TimerService, context: StepContext) -> None:
    await timers.sweep()


@asynccontextmanager
async def running_bot(
    settings: Settings,
    clock: Clock,
    *,
    token: str,
    base_url: str,
    poll_timeout: int = 10,
    rate_limit: bool = True,
    pace: PaceClock | None = None,
    rng: random.Random | None = None,
    sweep_timers: bool = True,
    content_dir: Path | None = None,
    contents: Mapping[str, Content] | None = None,
    mounts: Mapping[str, web.Application] | None = None,
) -> AsyncIterator[Bot]:
    """Open the store, start taking updates, and stop cleanly (state flushed) on the way out.

    Updates come by polling, or by webhook when TELEGRAM_WEBHOOK_URL is set: then the web
    server takes Telegram's POSTs and setWebhook is called on start. The web server (health,
    metrics, `mounts`: prefix -> sub-app) also runs when polling if LISTEN_ADDRESS is set.

    Without `sweep_timers` nothing sweeps on its own: tests move the clock and await
    `deps.timers.sweep()` themselves, so no sweep runs when they do not expect one.
    `content_dir` replaces content/ (a test's own locales), `contents` hands in locales
    already loaded; `pace` is the time the sending
    lanes pace by (real time unless a test gives its own)."""
    async with open_deps(
        settings, clock, content_dir=content_dir, contents=contents, rng=rng
    ) as deps:
        application = build_application(
            deps, token=token, base_url=base_url, rate_limit=rate_limit, pace=pace
        )
        if not sweep_timers:
            assert application.job_queue is not None
            (sweep,) = application.job_queue.get_jobs_by_name("timer-sweep")
            sweep.schedule_removal()
        member = _member_of(deps, application, clock)
        async with application:
            # PTB runs post_init only inside run_polling(); we drive the lifecycle ourselves.
            if application.post_init is not None:
                await application.post_init(application)
            await application.start()
            # What start-up built (content, Fluent bundles, handlers, PTB) lives as long as
            # the bot: out of the garbage collector's sight, a full collection walks only what
            # steps create. Before, each one paused every chat at once for 50-130 ms (README,
            # Performance). Thawed on the way out, so a stopped bot's objects can be freed.
            gc.freeze()
            try:
                async with (
                    _web_server(deps, application, mounts, member, token=token) as web_server,
                    _taking_updates(settings, application, member, poll_timeout),
                ):
                    yield Bot(deps=deps, application=application, web=web_server, member=member)
            finally:
                gc.unfreeze()
                await application.stop()


def _member_of(
    deps: Deps,
    application: Application,  # type: ignore[type-arg]
    clock: Clock,
) -> Member | None:
    """With PostgreSQL this process is one member of the bot: updates go through the
    inbox, and each step reads its chat's state (bot/cluster/)."""
    if not deps.settings.members_share_the_bot:
        return None
    # Here, not at the top: the SQLite default never loads the PostgreSQL driver.
    from bot.cluster.member import Member
    from bot.store.postgres import PostgresRepository

    store, persistence, units = deps.repo, application.persistence, application.update_processor
    assert isinstance(store, PostgresRepository), "PostgreSQL settings open the PostgreSQL store"
    assert isinstance(persistence, RepositoryPersistence)
    assert isinstance(units, UnitOfWorkProcessor)
    limiter = application.bot.rate_limiter
    member = Member(
        application,
        store,
        deps.cipher,
        clock,
        persistence,
        deps.metrics,
        limiter if isinstance(limiter, LaneRateLimiter) else None,
        deps.timers,
    )
    units.add_to_each_step(member)
    return member


def _web_server(
    deps: Deps,
    application: Application,  # type: ignore[type-arg]
    mounts: Mapping[str, web.Application] | None,
    member: Member | None,
    *,
    token: str,
) -> AbstractAsyncContextManager[WebServer | None]:
    settings = deps.settings
    if not settings.web_server_wanted:
        return nullcontext()
    if settings.mini_app_url is not None:
        # Her own space, behind the same server: the page and its API over the same use
        # cases the chat calls (bot/features/space).
        mounts = {SPACE_PATH: build_space_app(deps, bot_token=token), **(mounts or {})}
    route = None
    if settings.telegram_webhook_url is not None:
        assert settings.telegram_webhook_secret is not None, "checked by Settings"
        receiver = WebhookReceiver(
            application,
            settings.telegram_webhook_secret.get_secret_value(),
            deps.metrics,
            # Every member serves the webhook; the update goes to whichever member is free.
            deliver=member.inbox.receive if member is not None else None,
        )
        route = WebhookRoute(webhook_path(settings.telegram_webhook_url), receiver)
    app = build_web_app(metrics=deps.metrics, ping=deps.repo.ping, webhook=route, mounts=mounts)
    host, port = split_address(settings.listen_address)
    return serving(app, host, port)


@asynccontextmanager
async def _taking_updates(
    settings: Settings,
    application: Application,  # type: ignore[type-arg]
    member: Member | None,
    poll_timeout: int,
) -> AsyncIterator[None]:
    if member is not None:
        if settings.telegram_webhook_url is not None:
            assert settings.telegram_webhook_secret is not None, "checked by Settings"
            await register_webhook(
                application,
                settings.telegram_webhook_url,
                settings.telegram_webhook_secret.get_secret_value(),
            )
        async with member.running(
            poll=settings.telegram_webhook_url is None,
            poll_timeout=poll_timeout,
            idle_seconds=settings.inbox_poll_seconds,
            retry_seconds=settings.leader_retry_seconds,
        ):
            yield
        return
    if settings.telegram_webhook_url is not None:
        # The server is listening already, so Telegram's first POST finds it. Stopping
        # leaves the webhook set: the other members behind the ingress keep serving it.
        assert settings.telegram_webhook_secret is not None, "checked by Settings"
        await register_webhook(
            application,
            settings.telegram_webhook_url,
            settings.telegram_webhook_secret.get_secret_value(),
        )
        yield
        return
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0, timeout=poll_timeout)
    try:
        yield
    finally:
        await application.updater.stop()
