"""How numbers are written in the reports: fixed decimals, percentages, and "—" for no value."""

NO_VALUE = "—"


def points(value: float | None, decimals: int = 2) -> str:
    return NO_VALUE if value is None else f"{value:.{decimals}f}"


def percent(value: float | None) -> str:
    return NO_VALUE if value is None else f"{value * 100:.1f}%"


def count(value: int | None) -> str:
    return NO_VALUE if value is None else f"{value:,}"
