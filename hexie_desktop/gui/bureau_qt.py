"""Date-time editors on the bureau's clock: what a clerk picks is the bureau's wall-clock time.

Qt's own conversions use the machine's zone; these go through `domain.bureau_time`, so a laptop
set to UTC shows and stores the same moments as one set to Asia/Shanghai.
"""

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime

from hexie_desktop.domain.bureau_time import bureau_time, bureau_zone, now


def to_qt(moment: dt.datetime) -> QDateTime:
    """A stored moment as the bureau's wall-clock time, to the minute, for an editor."""
    local = bureau_time(moment)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qt(value: QDateTime) -> dt.datetime:
    """An editor's wall-clock time read on the bureau's clock, as an aware moment."""
    date, time = value.date(), value.time()
    return dt.datetime(
        date.year(), date.month(), date.day(), time.hour(), time.minute(), tzinfo=bureau_zone()
    ).astimezone(dt.UTC)


def now_qt() -> QDateTime:
    return to_qt(now().replace(second=0, microsecond=0))
