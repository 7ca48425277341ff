"""The quarter's charts: how scores spread over bands, and how the mean moved quarter to quarter.

Both draw stored figures the service hands over (quarter_views.py); a chart never computes one.
"""

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from hexie_desktop.services.evaluation.quarter_view import ScoreBand, TrendPoint

BAR_COLOUR = QColor("#2b6cb0")
LOW_BAR_COLOUR = QColor("#c53030")
LINE_COLOUR = QColor("#2f855a")
PASS_LINE = 60


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


class DistributionChart(QChartView):
    """A histogram of the quarter's firm scores in ten-point bands; bands under 60 in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setChart(_chart(self.tr("Score distribution")))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 260)
        self.counts: list[int] = []

    def set_bands(self, bands: Sequence[ScoreBand]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.counts = [b.firms for b in bands]
        low, high = QBarSet(self.tr("Under 60")), QBarSet(self.tr("60 and over"))
        low.setColor(LOW_BAR_COLOUR)
        high.setColor(BAR_COLOUR)
        for band in bands:
            under = band.high <= PASS_LINE
            low.append(band.firms if under else 0)
            high.append(0 if under else band.firms)
        # A stacked series: one of the two sets is zero in every band, so each band is one bar.
        series = QStackedBarSeries()
        series.setBarWidth(0.8)
        series.append(low)
        series.append(high)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([self._band_name(band) for band in bands])
        small = categories.labelsFont()
        small.setPointSizeF(max(small.pointSizeF() - 1, 7.0))
        categories.setLabelsFont(small)
        categories.setTitleText(self.tr("Score"))
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        counts.setRange(0, max([*self.counts, 1]) * 1.15)
        counts.applyNiceNumbers()
        counts.setTitleText(self.tr("Firms"))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(counts)

    def _band_name(self, band: ScoreBand) -> str:
        # A band holds its lower bound but not its upper one; the top band holds 100 too.
        if band.high >= 100:
            return self.tr("≥{low}").format(low=f"{band.low:g}")
        return self.tr("{low}–{high}").format(low=f"{band.low:g}", high=f"{band.high:g}")


class TrendChart(QChartView):
    """The mean quarterly score of every evaluated quarter, oldest to newest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setChart(_chart(self.tr("Mean score by quarter")))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 260)
        self.points: list[tuple[str, float]] = []

    def set_points(self, points: Sequence[TrendPoint]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.points = [(p.quarter, p.mean) for p in points]
        series = QLineSeries()
        series.setColor(LINE_COLOUR)
        series.setPointsVisible(True)
        series.setMarkerSize(6)
        for n, point in enumerate(points):
            series.append(n, point.mean)
        chart.addSeries(series)
        quarters = QBarCategoryAxis()
        # Each quarter's mean is written under it: a point label would sit on its own marker.
        quarters.append(
            [
                self.tr("{quarter}\n{mean:.1f}").format(quarter=p.quarter, mean=p.mean)
                for p in points
            ]
            or [""]
        )
        quarters.setTitleText(self.tr("Quarter"))
        means = QValueAxis()
        lowest = min((p.mean for p in points), default=PASS_LINE)
        bottom = max(0, int(min(lowest, PASS_LINE) // 10) * 10 - 10)
        means.setRange(bottom, 100)
        means.setTickCount((100 - bottom) // 10 + 1)
        means.setLabelFormat("%d")
        means.setTitleText(self.tr("Mean score"))
        chart.addAxis(quarters, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(means, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(quarters)
        series.attachAxis(means)
