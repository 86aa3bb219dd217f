FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DATABASE_URL=sqlite:////data/radio_silence.db \
    DATA_DIR=/data

WORKDIR /app

RUN useradd --create-home --uid 10001 radio \
    && mkdir /data \
    && chown radio:radio /data

COPY pyproject.toml setup.py README.md ./
COPY bot ./bot
COPY content ./content
COPY migrations ./migrations
RUN pip install --no-cache-dir .

USER radio
VOLUME ["/data"]

ENTRYPOINT ["python", "-m", "bot"]
