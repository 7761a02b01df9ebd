from collections.abc import Mapping
from typing import Any

class WebPusher:
    verbose: bool
    receiver_key: bytes
    auth_key: bytes
    def __init__(self, subscription_info: Mapping[str, Any], requests_session: Any = ...,
                 aiohttp_session: Any = ..., verbose: bool = ...) -> None: ...
    def encode(self, data: bytes, content_encoding: str = ...) -> dict[str, Any]: ...

class WebPushException(Exception): ...
