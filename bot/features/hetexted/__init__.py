"""When he reaches out: logic.py decides the advice for her situation and his kind of
message, purely; service.py logs his message, sets and reads back the check-back and
records what she did; handlers.py runs /hetexted and its check-back over them."""
