"""Her own reasons: written while calm, kept encrypted, handed back one at a time in an urge."""

from __future__ import annotations

from bot.app import Bot
from bot.deps import Deps
from bot.features.drafts.review import first_words
from bot.features.reasons.playback import OWN_REASONS_POOL, OwnReasons
from bot.features.rotation import Rotation
from bot.settings import Settings
from tests.conftest import USER, Chat
from tests.test_pings import onboard_at
from tests.test_privacy import database_bytes


def playback(deps: Deps) -> OwnReasons:
    """The playback the /urge service shows beside a card, over the bot's own parts."""
    return OwnReasons(Rotation(deps.repo, deps.clock), deps.cipher, deps.content, deps.rng)


async def next_reason(deps: Deps, reasons: OwnReasons) -> str | None:
    """The reason shown beside her next card: hers and those seen read as the card does."""
    mine, seen = await deps.repo.reasons_and_seen(USER, [OWN_REASONS_POOL])
    return await reasons.for_urge(USER, mine, seen[OWN_REASONS_POOL])


FIRST = "Every time I check his page I lose a whole evening I could have spent on me."
SECOND = "I want my calm back more than I want his attention."


async def test_she_adds_lists_and_removes_her_reasons(
    bot: Bot, chat: Chat, settings: Settings
) -> None:
    await onboard_at(chat, "Europe/Berlin", "09:00")
    await chat.say("/myreasons", expect="in your own words")
    await chat.say("just some words", expect='tap "Write a reason" first')
    await chat.tap("Write a reason", expect="one reason")
    listing = await chat.say(FIRST, expect="Your reasons")
    assert listing.text.startswith("Kept")
    assert f"1. {FIRST}" in listing.text and "(1)" in listing.text
    await chat.tap("Write a reason", expect="one reason")
    listing = await chat.say(SECOND, expect="Your reasons")
    assert listing.text.startswith("Kept")
    assert f"2. {SECOND}" in listing.text and "(2)" in listing.text
    raw = database_bytes(settings)
    assert FIRST.encode() not in raw and SECOND.encode() not in raw

    await chat.tap("Remove one", expect="Which one")
    listing = await chat.tap(first_words(FIRST), expect="Your reasons")
    assert listing.text.startswith("Removed")
    assert FIRST not in listing.text and f"1. {SECOND}" in listing.text
    await chat.tap("Done", expect="Saved")

    [kept] = await bot.deps.repo.list_reasons(USER)
    assert bot.deps.cipher.decrypt(kept.body) == SECOND


async def test_playback_goes_through_every_reason_before_repeating_one(bot: Bot) -> None:
    deps = bot.deps
    reasons = playback(deps)
    await deps.profiles.get_or_create(USER, USER)
    assert await next_reason(deps, reasons) is None
    written = ["I deserve someone who stays.", "My mornings are mine again.", "No more waiting."]
    for words in written:
        await deps.repo.add_reason(USER, deps.clock.now(), deps.cipher.encrypt(words))

    def which(shown: str | None) -> str:
        assert shown is not None and shown.startswith("In your own words")
        [words] = [words for words in written if words in shown]
        return words

    first_round = [which(await next_reason(deps, reasons)) for _ in written]
    assert sorted(first_round) == sorted(written)
    second_round = [which(await next_reason(deps, reasons)) for _ in written]
    assert sorted(second_round) == sorted(written)


async def test_a_removed_reason_is_never_played_back(bot: Bot) -> None:
    deps = bot.deps
    await deps.profiles.get_or_create(USER, USER)
    gone = await deps.repo.add_reason(USER, deps.clock.now(), deps.cipher.encrypt("Gone one"))
    await deps.repo.add_reason(USER, deps.clock.now(), deps.cipher.encrypt("Still here"))
    await deps.repo.delete_reason(USER, gone.id)
    reasons = playback(deps)
    for _ in range(4):
        shown = await next_reason(deps, reasons)
        assert shown is not None and "Still here" in shown
