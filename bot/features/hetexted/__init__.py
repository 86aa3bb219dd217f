"""When he reaches out: logic.py decides the advice for her situation and his kind of
message, purely; handlers.py runs /hetexted and its check-back after the wait."""
