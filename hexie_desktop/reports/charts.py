"""Charts drawn with ReportLab graphics: vector, in the document's font, no image files.

Each function takes numbers already computed by the services and only draws them.
"""

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from hexie_desktop.reports.styles import OFFICIAL_RED, RULE_GREY

BAR_FILL = colors.HexColor("#4F6D8F")
LOW_FILL = colors.HexColor("#B55A5A")
STREETS_PER_CHART = 24
_PASS_MARK = 60.0


def score_histogram(
    bands: Sequence[tuple[str, int]], font: str, width: float, *, low_bands: int = 0
) -> Drawing:
    """Firms per score band; the first `low_bands` bands (under the pass mark) in red."""
    height = 62 * mm
    drawing = Drawing(width, height, initialFontName=font)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 12 * mm
    chart.width, chart.height = width - 20 * mm, height - 20 * mm
    chart.data = [[count for _, count in bands]]
    chart.barWidth = 6
    chart.groupSpacing = 4
    chart.bars[0].fillColor = BAR_FILL
    chart.bars[0].strokeColor = None
    for index in range(min(low_bands, len(bands))):
        chart.bars[(0, index)].fillColor = LOW_FILL
    _axis_fonts(chart, font)
    chart.categoryAxis.categoryNames = [label for label, _ in bands]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = 1
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 5
    drawing.add(chart)
    drawing.add(
        String(chart.x, height - 3 * mm, "企业数", fontName=font, fontSize=8, textAnchor="middle")
    )
    drawing.add(String(width - 2 * mm, 2, "得分区间", fontName=font, fontSize=8, textAnchor="end"))
    return drawing


def street_means(rows: Sequence[tuple[str, float]], font: str, width: float) -> list[Drawing]:
    """Mean score per street as horizontal bars, several charts when there are many streets."""
    drawings = []
    for start in range(0, len(rows), STREETS_PER_CHART):
        chunk = list(rows[start : start + STREETS_PER_CHART])
        bar_space = 6.2 * mm
        height = len(chunk) * bar_space + 16 * mm
        drawing = Drawing(width, height, initialFontName=font)
        chart = HorizontalBarChart()
        chart.x, chart.y = 34 * mm, 10 * mm
        chart.width, chart.height = width - 46 * mm, len(chunk) * bar_space
        chart.data = [[mean for _, mean in reversed(chunk)]]
        chart.bars[0].fillColor = BAR_FILL
        chart.bars[0].strokeColor = None
        chart.barWidth = 4
        for index, (_, mean) in enumerate(reversed(chunk)):
            if mean < _PASS_MARK:
                chart.bars[(0, index)].fillColor = LOW_FILL
        _axis_fonts(chart, font)
        chart.categoryAxis.categoryNames = [name for name, _ in reversed(chunk)]
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = 100
        chart.valueAxis.valueStep = 10
        chart.valueAxis.visibleGrid = 1
        chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
        chart.barLabelFormat = "%.1f"
        chart.barLabels.fontName = font
        chart.barLabels.fontSize = 7
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
        drawing.add(chart)
        drawings.append(drawing)
    return drawings


def trend_chart(points: Sequence[tuple[str, float]], font: str, width: float) -> Drawing:
    """Mean quarterly score over the quarters evaluated, against the pass mark of 60."""
    height = 58 * mm
    drawing = Drawing(width, height, initialFontName=font)
    chart = HorizontalLineChart()
    chart.x, chart.y = 14 * mm, 12 * mm
    chart.width, chart.height = width - 24 * mm, height - 20 * mm
    chart.data = [[mean for _, mean in points]]
    chart.joinedLines = 1
    chart.lines[0].strokeColor = BAR_FILL
    chart.lines[0].strokeWidth = 1.6
    chart.lineLabelFormat = "%.1f"
    chart.lineLabels.fontName = font
    chart.lineLabels.fontSize = 7.5
    chart.lineLabels.dy = 6
    _axis_fonts(chart, font)
    chart.categoryAxis.categoryNames = [label for label, _ in points]
    low = min((mean for _, mean in points), default=_PASS_MARK)
    chart.valueAxis.valueMin = max(0.0, min(_PASS_MARK, low) - 10)
    chart.valueAxis.valueMax = 100
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    drawing.add(chart)
    span = chart.valueAxis.valueMax - chart.valueAxis.valueMin
    mark_y = chart.y + chart.height * (_PASS_MARK - chart.valueAxis.valueMin) / span
    drawing.add(
        Line(
            chart.x,
            mark_y,
            chart.x + chart.width,
            mark_y,
            strokeColor=OFFICIAL_RED,
            strokeDashArray=[3, 2],
            strokeWidth=0.8,
        )
    )
    drawing.add(
        String(chart.x + chart.width + 1.5 * mm, mark_y - 3, "60", fontName=font, fontSize=7.5)
    )
    drawing.add(
        String(chart.x, height - 3 * mm, "平均分", fontName=font, fontSize=8, textAnchor="middle")
    )
    return drawing


def _axis_fonts(
    chart: VerticalBarChart | HorizontalBarChart | HorizontalLineChart, font: str
) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 8
        axis.strokeColor = RULE_GREY
