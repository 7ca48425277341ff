"""The bureau's clock: every time a person reads, and every date's quarter, in the bureau's zone.

Times are stored in UTC. Whatever zone the laptop itself is set to (an inspector's machine bought
abroad, a server on UTC), a person sees the bureau's wall-clock time, and a ticket received at
00:30 on 1 April in Shenzhen belongs to Q2. The zone is a setting (`config.TIME_ZONE`, default
Asia/Shanghai), applied once at start-up; like a locale it is process-wide, read by the window,
the command line and the reports alike.
"""

import datetime as dt
import zoneinfo

from hexie_desktop.domain.clock import physical_ms
from hexie_desktop.domain.errors import UserError
from hexie_desktop.domain.quarters import Quarter

DEFAULT_TIME_ZONE = "Asia/Shanghai"
MINUTES = "%Y-%m-%d %H:%M"
SECONDS = "%Y-%m-%d %H:%M:%S"

_zone: dt.tzinfo = zoneinfo.ZoneInfo(DEFAULT_TIME_ZONE)


def zone_named(name: str) -> dt.tzinfo:
    """The IANA zone `name`, or a Chinese message naming the setting to fix."""
    try:
        return zoneinfo.ZoneInfo(name.strip())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise UserError(
            f"不认识的时区“{name}”：请在设置中把局方时区改为如 {DEFAULT_TIME_ZONE} 的时区名称。"
        ) from error


def use_time_zone(name: str) -> None:
    global _zone  # noqa: PLW0603  (a process-wide display setting, like the locale)
    _zone = zone_named(name)


def bureau_zone() -> dt.tzinfo:
    return _zone


def as_utc(moment: dt.datetime) -> dt.datetime:
    """A stored time as aware UTC: SQLite hands back naive UTC, PostgreSQL aware times."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def bureau_time(moment: dt.datetime) -> dt.datetime:
    """A stored (UTC) time on the bureau's wall clock."""
    return as_utc(moment).astimezone(_zone)


def format_time(moment: dt.datetime | None, *, seconds: bool = False, empty: str = "") -> str:
    """The one way a time is written for a person: `2026-04-10 14:30`, in the bureau's zone."""
    if moment is None:
        return empty
    return bureau_time(moment).strftime(SECONDS if seconds else MINUTES)


def format_clock(moment: dt.datetime) -> str:
    """Only the time of day (`14:30:05`), for a line that is about today."""
    return bureau_time(moment).strftime("%H:%M:%S")


def stamp_time(stamp: int) -> dt.datetime:
    """The wall-clock moment of a hybrid-clock stamp, as aware UTC."""
    return dt.datetime.fromtimestamp(physical_ms(stamp) / 1000, dt.UTC)


def now() -> dt.datetime:
    """The current moment on the bureau's clock (aware)."""
    return dt.datetime.now(_zone)


def today() -> dt.date:
    """Today's date where the bureau is, not where the laptop's clock is set."""
    return now().date()


def quarter_of(moment: dt.datetime) -> Quarter:
    """The quarter a moment falls in, decided on the bureau's calendar."""
    return Quarter.containing(bureau_time(moment).date())


def day_start(day: dt.date) -> dt.datetime:
    """Midnight at the start of `day` where the bureau is, as aware UTC."""
    return dt.datetime.combine(day, dt.time(), _zone).astimezone(dt.UTC)
