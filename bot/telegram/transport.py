"""How the bot's Bot API calls travel: PTB's requests over aiohttp instead of httpx.

Every step she takes costs two or three Bot API calls (fetching the update, the callback
answer, the reply), so the HTTP client is most of the CPU a step costs. Measured against
the in-project emulator (bench/urge_throughput.py prints both), httpx spends about
3-5 ms of CPU per call and aiohttp about 1 ms, the server's share included: the same
2-core machine answers her four times as many taps. aiohttp is already here for the web
server and the emulator, so this costs no new dependency.

PTB's `BaseRequest` keeps the protocol (JSON parameters, files, what Telegram's answer
means); this class only moves bytes, and says in PTB's own terms (`TimedOut`,
`NetworkError`) when it could not.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import aiohttp

# What PTB's own HTTPXRequest types its timeouts with: a number, None, or "not given".
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput, UploadFileDict
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData


@dataclass(frozen=True, slots=True)
class Timeouts:
    """Seconds each phase of a call may take; `None` waits as long as it takes.

    The defaults are PTB's own (HTTPXRequest's): a call normally answers in well under a
    second, and one that does not is better retried than waited on."""

    read: float | None = 5.0
    write: float | None = 5.0
    connect: float | None = 5.0
    pool: float | None = 1.0
    # Uploading her export or a chart may take longer than a text.
    media_write: float | None = 20.0


class AiohttpRequest(BaseRequest):
    """A `telegram.request.BaseRequest` over one `aiohttp.ClientSession`.

    `connections` caps the calls in flight at once (PTB's `connection_pool_size`): the
    bot's own calls want many (32 chats at once plus the bulk lane), getUpdates one."""

    __slots__ = ("_connections", "_session", "_timeouts")

    def __init__(self, *, connections: int, timeouts: Timeouts | None = None) -> None:
        self._connections = connections
        self._timeouts = timeouts or Timeouts()
        # Made in initialize(): an aiohttp session belongs to the loop that runs it.
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        # PTB adds this to getUpdates' long-polling timeout.
        return self._timeouts.read

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connections),
                headers={"User-Agent": self.USER_AGENT},
                # Telegram's answers are JSON we hand to PTB as bytes; no cookies, ever.
                cookie_jar=aiohttp.DummyCookieJar(),
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized")
        files = request_data.multipart_data if request_data else {}
        timeout = self._timeout(
            read_timeout, write_timeout, connect_timeout, pool_timeout, uploading=bool(files)
        )
        data, headers = _body(request_data, files)
        try:
            async with self._session.request(
                method, url, data=data, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except aiohttp.ConnectionTimeoutError as error:
            raise TimedOut("Connect or pool timeout: the call was not sent to Telegram") from error
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            # The class name says what failed even when the message is empty.
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error

    def _timeout(
        self,
        read: ODVInput[float],
        write: ODVInput[float],
        connect: ODVInput[float],
        pool: ODVInput[float],
        *,
        uploading: bool,
    ) -> aiohttp.ClientTimeout:
        own = self._timeouts
        read_s = own.read if isinstance(read, DefaultValue) else read
        connect_s = own.connect if isinstance(connect, DefaultValue) else connect
        pool_s = own.pool if isinstance(pool, DefaultValue) else pool
        write_s = (
            (own.media_write if uploading else own.write)
            if isinstance(write, DefaultValue)
            else write
        )
        # aiohttp has no write phase of its own: a call may take its write and read time
        # in all, and each read may wait `read` for the next bytes.
        total = None if read_s is None or write_s is None else read_s + write_s
        return aiohttp.ClientTimeout(
            total=total,
            connect=None if pool_s is None or connect_s is None else pool_s + connect_s,
            sock_connect=connect_s,
            sock_read=read_s,
        )


def _body(
    request_data: RequestData | None, files: UploadFileDict
) -> tuple[bytes | aiohttp.FormData | None, dict[str, str] | None]:
    """The body and its content type: JSON, which the Bot API takes as well as a form and
    which costs aiohttp no form encoding (a sixth of a millisecond a call, profiled), or
    multipart when there are files."""
    if request_data is None:
        return None, None
    if not files:
        # `parameters`, not `json_parameters`: a keyboard goes as a JSON object, not as a
        # JSON string inside one.
        return json.dumps(request_data.parameters).encode(), _JSON
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in files.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form, None


_JSON = {"Content-Type": "application/json"}
