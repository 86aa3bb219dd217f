"""Insights: her log as pictures (charts.py) and in words (summary.py), both pure;
handlers.py loads her data, draws off the event loop and sends."""
