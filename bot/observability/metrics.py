"""The bot's Prometheus metrics, all in one registry the composition root creates.

Never the process-wide default registry: two bots in one test process (or one after the
other) would collide on metric names there. Only counts, kinds and feature names are
labels; never a user id, a chat id or anything she wrote.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.exposition import generate_latest

# Seconds. Handling is mostly Telegram round trips: tens of milliseconds to a few seconds.
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
# Seconds a timer went out after it fell due: a sweep interval is normal, minutes are not.
_LATENESS_BUCKETS = (1.0, 5.0, 15.0, 60.0, 300.0, 900.0, 3600.0, 6 * 3600.0)
# Seconds Telegram told the bot to wait after a 429.
_RETRY_AFTER_BUCKETS = (1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 300.0)


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        self.updates_handled = Counter(
            "radio_silence_updates_handled",
            "Updates fully handled, by the feature whose handler took them.",
            ["feature"],
            registry=self.registry,
        )
        self.update_seconds = Histogram(
            "radio_silence_update_handling_seconds",
            "Time from taking an update to its last handler returning, by feature.",
            ["feature"],
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        # One step, one transaction (bot/store/unit.py): what each unit of work cost.
        self.step_write_transactions = Histogram(
            "radio_silence_step_write_transactions",
            "Write transactions per committed unit of work (an update or a timer); one at most.",
            ["work"],
            buckets=(0, 1, 2, 3, 5),
            registry=self.registry,
        )
        self.step_reads = Histogram(
            "radio_silence_step_reads",
            "Database reads per committed unit of work (an update or a timer).",
            ["work"],
            buckets=(0, 1, 2, 3, 5, 10, 20),
            registry=self.registry,
        )
        self.webhook_updates = Counter(
            "radio_silence_webhook_updates",
            "Webhook requests, by outcome (accepted, duplicate, forbidden, malformed).",
            ["outcome"],
            registry=self.registry,
        )
        self.timers_due = Counter(
            "radio_silence_timers_due",
            "Due timers a sweep took up, by kind.",
            ["kind"],
            registry=self.registry,
        )
        self.timer_lateness_seconds = Histogram(
            "radio_silence_timer_lateness_seconds",
            "How long after its due time a timer was taken up, by kind.",
            ["kind"],
            buckets=_LATENESS_BUCKETS,
            registry=self.registry,
        )
        self.timers_late = Counter(
            "radio_silence_timers_late",
            "Timers taken up more than a minute after they fell due, by kind.",
            ["kind"],
            registry=self.registry,
        )
        self.timers_sent = Counter(
            "radio_silence_timers_sent",
            "Timers delivered (or settled because she is unreachable), by kind.",
            ["kind"],
            registry=self.registry,
        )
        self.timers_failed = Counter(
            "radio_silence_timers_failed",
            "Timer deliveries that failed and were postponed or dropped, by kind.",
            ["kind"],
            registry=self.registry,
        )
        self.flood_waits = Counter(
            "radio_silence_telegram_429",
            "Requests Telegram refused with 429 Too Many Requests, by lane.",
            ["lane"],
            registry=self.registry,
        )
        self.retry_after_seconds = Histogram(
            "radio_silence_telegram_retry_after_seconds",
            "The retry_after Telegram named in its 429 answers.",
            buckets=_RETRY_AFTER_BUCKETS,
            registry=self.registry,
        )
        self.sends = Counter(
            "radio_silence_telegram_sends",
            "Requests let go to Telegram by the rate limiter, by lane (reply or bulk).",
            ["lane"],
            registry=self.registry,
        )

        self.members_alive = Gauge(
            "radio_silence_members_alive",
            "Members of this bot (processes on one PostgreSQL) seen alive in the last seconds.",
            registry=self.registry,
        )
        self.bulk_pace = Gauge(
            "radio_silence_bulk_pace_per_second",
            "Unprompted messages per second this member may send: its share of the bot's.",
            registry=self.registry,
        )
        self.inbox_lag_seconds = Histogram(
            "radio_silence_inbox_lag_seconds",
            "From an update's arrival in the inbox to a member taking it.",
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )

    def count_step(self, work: str, reads: int, write_transactions: int) -> None:
        self.step_reads.labels(work).observe(reads)
        self.step_write_transactions.labels(work).observe(write_transactions)

    def exposition(self) -> bytes:
        """The registry in Prometheus' text format, for GET /metrics."""
        return generate_latest(self.registry)
