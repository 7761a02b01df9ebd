"""Money, dates and time zones as a shopper or a merchant reads them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import format_datetime
from babel.numbers import format_currency, get_currency_precision


def money(amount: int, currency: str, locale: str) -> str:
    """Minor units in the currency's format for the locale: 129900 INR, "hi_IN" -> "₹1,299.00"."""
    digits = get_currency_precision(currency)
    try:
        return format_currency(amount / 10 ** digits, currency, locale=locale.replace("-", "_"))
    except (ValueError, LookupError):
        return f"{amount / 10 ** digits:.{digits}f} {currency}"


def babel_locale(lang: str, country: str) -> str:
    """'hi' + 'IN' -> 'hi_IN' where Babel knows it, else just the language."""
    try:
        return str(Locale.parse(f"{lang}_{country}"))
    except (UnknownLocaleError, ValueError):
        return lang


def local_time(moment: datetime, zone: ZoneInfo, pattern: str, locale: str) -> str:
    """*moment* on the clock of *zone*, in a CLDR *pattern* ("d MMM, HH:mm")."""
    return format_datetime(moment.astimezone(zone), pattern, locale=locale.replace("-", "_"))


def zone_of(*names: str | None) -> ZoneInfo:
    """The first of *names* that is a known IANA zone, else UTC."""
    for name in names:
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return ZoneInfo("UTC")


@dataclass(frozen=True)
class DayWindow:
    """The last *days* calendar days in the store's time zone, today included."""

    zone: ZoneInfo
    first_day: date
    days: int

    @classmethod
    def of(cls, timezone: str, days: int, now: datetime) -> DayWindow:
        zone = zone_of(timezone)
        return cls(zone, now.astimezone(zone).date() - timedelta(days=days - 1), days)

    @property
    def since(self) -> datetime:
        return datetime.combine(self.first_day, time(0), tzinfo=self.zone)

    @property
    def dates(self) -> list[date]:
        return [self.first_day + timedelta(days=i) for i in range(self.days)]

    def day_of(self, moment: datetime) -> date:
        return moment.astimezone(self.zone).date()
