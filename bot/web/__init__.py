"""The bot's own web server: Telegram's webhook, health checks and metrics."""
