"""The assessment as a bar chart: the ability level of each "Aktivitet og deltagelse" theme.

A bar is the average level of the theme's assessed subthemes (0 = ingen nedsat
funktionsevne, 4 = fuldstændig nedsat). Themes with nothing assessed are left out;
the axis is labelled with the level names, so the chart reads without a legend.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from visitation_desktop.documents.common import ACCENT, INK, MUTED, RULE, clean, fonts
from visitation_desktop.domain.case import Assessment
from visitation_desktop.domain.ffb import ACTIVITY_AND_PARTICIPATION, Catalogue

_ROW_HEIGHT = 22.0
_LABEL_WIDTH = 120.0


@dataclass(frozen=True)
class ThemeLevel:
    name: str
    average: float
    assessed: int  # how many subthemes have a level


def level_label(catalogue: Catalogue, value: int) -> str:
    """The short name of an ability level, e.g. "Moderat"."""
    level = catalogue.ability_level(value)
    return level.short or level.name.split()[0]


def theme_levels(assessment: Assessment, catalogue: Catalogue) -> list[ThemeLevel]:
    """Average level per A&D theme, in catalogue order, for the themes with any level."""
    rows: list[ThemeLevel] = []
    for theme in catalogue.themes_in(ACTIVITY_AND_PARTICIPATION):
        found = assessment.themes.get(theme.code)
        if found is None:
            continue
        values = [v for code, v in found.levels.items() if v is not None and catalogue.subtheme(code)]
        if values:
            rows.append(ThemeLevel(theme.name, sum(values) / len(values), len(values)))
    return rows


def assessment_chart(assessment: Assessment, catalogue: Catalogue, width: float) -> Drawing | None:
    """A horizontal bar chart of ``theme_levels``; None when nothing is assessed."""
    rows = theme_levels(assessment, catalogue)
    if not rows:
        return None
    f = fonts()
    plot_height = _ROW_HEIGHT * len(rows)
    bottom = 34.0
    height = plot_height + bottom + 8
    drawing = Drawing(width, height, initialFontName=f.regular)

    chart = HorizontalBarChart()
    chart.x = _LABEL_WIDTH
    chart.y = bottom
    chart.width = width - _LABEL_WIDTH - 40
    chart.height = plot_height
    chart.data = [[round(r.average, 2) for r in rows]]
    chart.barWidth = 12
    chart.groupSpacing = _ROW_HEIGHT - 12
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.strokeColor = RULE

    cat = chart.categoryAxis
    cat.categoryNames = [clean(r.name) for r in rows]
    cat.reverseDirection = 1
    cat.labels.fontName = f.regular
    cat.labels.fontSize = 9
    cat.labels.fillColor = INK
    cat.labels.boxAnchor = "e"
    cat.labels.dx = -6
    cat.strokeColor = RULE
    cat.tickLeft = 0

    val = chart.valueAxis
    val.valueMin = 0
    val.valueMax = 4
    val.valueStep = 1
    val.labels.fontName = f.regular
    val.labels.fontSize = 8
    val.labels.fillColor = INK
    val.labelTextFormat = lambda v: clean(f"{int(v)} {level_label(catalogue, int(v))}")
    val.visibleGrid = 1
    val.gridStrokeColor = colors.HexColor("#dde4e9")
    val.gridStrokeWidth = 0.5
    val.strokeColor = RULE

    chart.barLabelFormat = lambda v: f"{v:.1f}".replace(".", ",")
    chart.barLabels.fontName = f.bold
    chart.barLabels.fontSize = 8
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    drawing.add(chart)
    drawing.add(String(chart.x, 4, clean("Funktionsevne: 0 = ingen nedsættelse, 4 = fuldstændig nedsat"),
                       fontName=f.regular, fontSize=7.5, fillColor=MUTED))
    return drawing
