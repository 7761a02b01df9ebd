"""Pushcart's one settings object, read from the environment once."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from push.endpoints import parse_host_rules
from server import assets
from server.proxies import Network, parse_trusted
from server.shared_limits import printable, redis_url_problem

# Known push services; each entry also allows its subdomains, over https on port 443.
DEFAULT_PUSH_HOSTS = (
    "fcm.googleapis.com",  # Chrome, Edge on Android, Opera, Samsung Internet
    "push.services.mozilla.com",  # Firefox
    "notify.windows.com",  # legacy Edge (WNS)
    "push.apple.com",  # Safari
)


def _bool(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


class SettingsError(ValueError):
    """A setting that cannot be used; the message names it and says what is wrong."""


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    value = env.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise SettingsError(f"{name}={value!r} is not a whole number") from None


def _networks(env: Mapping[str, str], name: str) -> tuple[Network, ...]:
    try:
        return parse_trusted(_list(env.get(name)))
    except ValueError as exc:
        raise SettingsError(str(exc)) from None


def _redis_url(env: Mapping[str, str]) -> str:
    url = (env.get("PUSHCART_REDIS_URL") or "").strip()
    if url and (problem := redis_url_problem(url)):
        raise SettingsError(f"PUSHCART_REDIS_URL={printable(url)}: {problem}")
    return url


def _list(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(item.strip() for item in value.split(",") if item.strip())


@dataclass(frozen=True)
class RetentionWindows:
    """How many days finished rows are kept before `pushcart prune` rolls them into the daily
    counters and deletes them (server/retention). Carts and views are kept longer than the
    longest window anything reads them over (the dashboard's 90 days, the flows' lookbacks)."""

    deliveries: int = 90
    clicks: int = 90  # a clicked delivery: at least as long as the store's attribution window
    views: int = 180
    carts: int = 365  # carts never ordered
    batch_size: int = 2000

    MINIMUM = {"deliveries": 1, "clicks": 1, "views": 91, "carts": 91, "batch_size": 1}
    VARIABLES = {"deliveries": "PUSHCART_RETAIN_DELIVERIES_DAYS",
                 "clicks": "PUSHCART_RETAIN_CLICKS_DAYS",
                 "views": "PUSHCART_RETAIN_VIEWS_DAYS",
                 "carts": "PUSHCART_RETAIN_CARTS_DAYS",
                 "batch_size": "PUSHCART_PRUNE_BATCH_SIZE"}

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> RetentionWindows:
        values: dict[str, int] = {}
        for name, variable in cls.VARIABLES.items():
            value = _int(env, variable, getattr(cls, name))
            if value < cls.MINIMUM[name]:
                raise SettingsError(f"{variable}={value} is below its minimum of "
                                    f"{cls.MINIMUM[name]}")
            values[name] = value
        return cls(**values)


@dataclass(frozen=True)
class Settings:
    """Everything Pushcart can be configured with; defaults work on a laptop."""

    data_dir: Path
    database_url: str
    secret_key: str
    public_url: str = ""
    push_hosts: tuple[str, ...] = DEFAULT_PUSH_HOSTS
    # message webhooks (SMS, WhatsApp) allowed on http or private addresses, for local testing
    message_webhook_hosts: tuple[str, ...] = ()
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_username: str = ""
    smtp_password: str = field(default="", repr=False)
    smtp_tls: str = "starttls"  # "starttls", "tls" or "none"
    smtp_from: str = "Pushcart <no-reply@localhost>"
    max_body_bytes: int = 64 * 1024
    rate_limit_per_minute: int = 300
    auto_migrate: bool = True
    create_demo: bool = True
    log_level: str = "INFO"
    cart_link_max_age_days: int = 30
    webhook_tolerance_seconds: int = 300
    vapid_subject: str = ""
    run_worker: bool = True
    worker_concurrency: int = 64
    worker_batch_size: int = 500
    # Processes that encrypt push messages for the sending one; 0: it encrypts itself; None
    # (unset): the CPU count - 1 under `pushcart run`, 0 for `pushcart worker` (one per core).
    encrypt_processes: int | None = None
    trusted_proxies: tuple[Network, ...] = ()  # whose X-Forwarded-For names the client
    # Where every process keeps the rate limits (server/shared_limits.py); '': in each process
    redis_url: str = field(default="", repr=False)  # it may carry a password
    retention: RetentionWindows = field(default_factory=lambda: RetentionWindows())
    webhook_allow_hosts: tuple[str, ...] = ()  # webhook hosts allowed though not public (tests)
    webhook_timeout_seconds: int = 10
    webhook_max_attempts: int = 8

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        data_dir = Path(env.get("PUSHCART_DATA_DIR") or assets.default_data_dir()).resolve()
        database_url = env.get("DATABASE_URL") or f"sqlite://{data_dir / 'pushcart.sqlite3'}"
        settings = cls(
            data_dir=data_dir,
            database_url=database_url,
            secret_key=env.get("PUSHCART_SECRET_KEY") or "",
            public_url=(env.get("PUSHCART_PUBLIC_URL") or "").rstrip("/"),
            push_hosts=DEFAULT_PUSH_HOSTS + _list(env.get("PUSHCART_PUSH_HOSTS")),
            message_webhook_hosts=_list(env.get("PUSHCART_MESSAGE_WEBHOOK_HOSTS")),
            smtp_host=env.get("SMTP_HOST", ""),
            smtp_port=_int(env, "SMTP_PORT", 587),
            smtp_username=env.get("SMTP_USERNAME", ""),
            smtp_password=env.get("SMTP_PASSWORD", ""),
            smtp_tls=env.get("SMTP_TLS", "starttls").lower(),
            smtp_from=env.get("SMTP_FROM", "Pushcart <no-reply@localhost>"),
            max_body_bytes=_int(env, "PUSHCART_MAX_BODY_BYTES", 64 * 1024),
            rate_limit_per_minute=_int(env, "PUSHCART_RATE_LIMIT_PER_MINUTE", 300),
            auto_migrate=_bool(env.get("PUSHCART_AUTO_MIGRATE"), True),
            create_demo=_bool(env.get("PUSHCART_CREATE_DEMO"), True),
            log_level=env.get("PUSHCART_LOG_LEVEL", "INFO").upper(),
            vapid_subject=env.get("PUSHCART_VAPID_SUBJECT", ""),
            run_worker=_bool(env.get("PUSHCART_RUN_WORKER"), True),
            worker_concurrency=_int(env, "PUSHCART_WORKER_CONCURRENCY", 64),
            worker_batch_size=_int(env, "PUSHCART_WORKER_BATCH_SIZE", 500),
            encrypt_processes=(max(0, _int(env, "PUSHCART_ENCRYPT_PROCESSES", 0))
                               if env.get("PUSHCART_ENCRYPT_PROCESSES", "").strip() else None),
            trusted_proxies=_networks(env, "PUSHCART_TRUSTED_PROXIES"),
            redis_url=_redis_url(env),
            retention=RetentionWindows.from_env(env),
            webhook_allow_hosts=_list(env.get("PUSHCART_WEBHOOK_ALLOW_HOSTS")),
            webhook_timeout_seconds=max(1, _int(env, "PUSHCART_WEBHOOK_TIMEOUT_SECONDS", 10)),
            webhook_max_attempts=max(1, _int(env, "PUSHCART_WEBHOOK_MAX_ATTEMPTS", 8)),
        )
        settings.check_vapid_subject()
        try:
            parse_host_rules(settings.webhook_allow_hosts)
        except ValueError as exc:
            raise SettingsError(f"PUSHCART_WEBHOOK_ALLOW_HOSTS: {exc}") from None
        return settings.with_secret_key()

    def with_secret_key(self) -> Settings:
        """Fill in the server secret: from the environment, else a file kept in the data dir."""
        if self.secret_key:
            return self
        key_file = self.data_dir / "secret_key"
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            if not key_file.exists():
                key_file.write_text(secrets.token_urlsafe(48))
                key_file.chmod(0o600)
            return replace(self, secret_key=key_file.read_text().strip())
        except OSError as exc:
            raise SettingsError(f"PUSHCART_DATA_DIR={self.data_dir}: cannot keep the server "
                                f"secret in {key_file} ({exc.strerror or exc})") from None

    @property
    def vapid_contact(self) -> str:
        """The VAPID `sub` claim: a mailto: or https: URL push services can reach us at."""
        if self.vapid_subject:
            return self.vapid_subject
        if self.public_url.startswith("https://"):
            return self.public_url
        return "mailto:webpush@pushcart.invalid"

    def vapid_subject_warning(self) -> str:
        """Why Apple's push service would answer 403 BadJwtToken to every message signed with
        this VAPID subject ('' when it would not): a subject it cannot reach. Refused in
        production (PUSHCART_PUBLIC_URL on https, see from_env); `pushcart run` and `worker`
        say it on a laptop, where it is the default."""
        problem = vapid_subject_problem(self.vapid_contact)
        if not problem:
            return ""
        return (f"the VAPID subject {self.vapid_contact!r} would be refused by Apple's push "
                f"service (403 BadJwtToken: {problem}), so Safari shoppers would get nothing; "
                "set PUSHCART_VAPID_SUBJECT to a mailto: address or https: URL on your own "
                "domain, e.g. PUSHCART_VAPID_SUBJECT=mailto:push@yourshop.com")

    def check_vapid_subject(self) -> None:
        warning = self.vapid_subject_warning()
        if warning and self.public_url.startswith("https://"):
            raise SettingsError(warning)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


_RESERVED_SUFFIXES = (".localhost", ".local", ".invalid", ".test", ".example")


def vapid_subject_problem(subject: str) -> str:
    """Why a VAPID `sub` is not one Apple accepts ('' when it is): it must be a mailto: address
    or an https: URL (RFC 8292 §2.1) on a domain that can be reached, not localhost or a
    reserved name (RFC 2606, RFC 6762's .local)."""
    scheme, _, rest = subject.partition(":")
    if scheme == "mailto":
        host = rest.rpartition("@")[2]
    elif scheme == "https":
        host = urlsplit(subject).hostname or ""
    else:
        return "it is neither a mailto: address nor an https: URL"
    host = host.lower().rstrip(".")
    if not host or "." not in host or host == "localhost" or host.endswith(_RESERVED_SUFFIXES):
        return f"{host or 'its host'} is not a public domain"
    return ""
