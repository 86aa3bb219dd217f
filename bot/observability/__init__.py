"""What an operator sees of the running bot: metrics and structured logs' context."""
