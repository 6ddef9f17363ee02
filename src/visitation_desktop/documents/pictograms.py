"""Pictograms for the six activity types, drawn with reportlab.graphics shapes.

The standard names each activity type's pictogram by key (``social``, ``physical``,
``sensory``, ``experience``, ``creative``, ``competence``). Every pictogram is drawn
on a 100 x 100 grid and scaled to the size asked for, so nothing depends on image files.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Group, Line, Path, Polygon, Rect
from reportlab.lib import colors
from reportlab.lib.colors import Color

from visitation_desktop.documents.common import fonts

_GRID = 100.0
_INK = colors.HexColor("#1f2a33")
_BACKGROUND = colors.HexColor("#eef4f7")


def _person(x: float, y: float, height: float, fill: Color) -> Group:
    """A standing figure: head, rounded body, arms and legs; (x, y) is between the feet."""
    s = height / 60.0
    g = Group()
    g.add(Line(x - 4 * s, y, x - 3 * s, y + 20 * s, strokeColor=fill, strokeWidth=5 * s, strokeLineCap=1))
    g.add(Line(x + 4 * s, y, x + 3 * s, y + 20 * s, strokeColor=fill, strokeWidth=5 * s, strokeLineCap=1))
    g.add(Rect(x - 8 * s, y + 18 * s, 16 * s, 24 * s, rx=6 * s, ry=6 * s, fillColor=fill, strokeColor=None))
    g.add(Circle(x, y + 51 * s, 8 * s, fillColor=fill, strokeColor=None))
    return g


def _social() -> Group:
    g = Group()
    left, right = colors.HexColor("#2f7fb5"), colors.HexColor("#e07b39")
    g.add(_person(33, 14, 66, left))
    g.add(_person(67, 14, 66, right))
    # the two hold hands
    g.add(Line(40, 50, 50, 38, strokeColor=left, strokeWidth=5, strokeLineCap=1))
    g.add(Line(60, 50, 50, 38, strokeColor=right, strokeWidth=5, strokeLineCap=1))
    g.add(Line(26, 50, 20, 34, strokeColor=left, strokeWidth=5, strokeLineCap=1))
    g.add(Line(74, 50, 80, 34, strokeColor=right, strokeWidth=5, strokeLineCap=1))
    return g


def _physical() -> Group:
    """A football: white ball, a black pentagon in the middle and patches at the rim."""
    g = Group()
    cx, cy, r = 50.0, 50.0, 36.0
    g.add(Circle(cx, cy, r, fillColor=colors.white, strokeColor=_INK, strokeWidth=3))
    inner = 13.0
    centre = [(cx + inner * math.cos(math.radians(90 + 72 * i)), cy + inner * math.sin(math.radians(90 + 72 * i)))
              for i in range(5)]
    g.add(Polygon([c for p in centre for c in p], fillColor=_INK, strokeColor=_INK))
    for i, (px, py) in enumerate(centre):
        angle = math.radians(90 + 72 * i)
        ex, ey = cx + (r - 9) * math.cos(angle), cy + (r - 9) * math.sin(angle)
        g.add(Line(px, py, ex, ey, strokeColor=_INK, strokeWidth=2.5))
        patch = []
        for k in (-1, 0, 1):
            a = angle + math.radians(17 * k)
            rad = r - (1.5 if k else 9)
            patch += [cx + rad * math.cos(a), cy + rad * math.sin(a)]
        g.add(Polygon(patch, fillColor=_INK, strokeColor=_INK, strokeWidth=1))
    # motion lines: the ball is moving
    for dy in (-12, 0, 12):
        g.add(Line(4, cy + dy, 10, cy + dy, strokeColor=_INK, strokeWidth=3, strokeLineCap=1))
    return g


def _sensory() -> Group:
    """An eye above an ear that hears sound: seeing and hearing."""
    g = Group()
    eye = Path(fillColor=colors.white, strokeColor=_INK, strokeWidth=3)
    eye.moveTo(16, 70)
    eye.curveTo(32, 92, 68, 92, 84, 70)
    eye.curveTo(68, 48, 32, 48, 16, 70)
    eye.closePath()
    g.add(eye)
    g.add(Circle(50, 70, 11, fillColor=colors.HexColor("#3a8f5c"), strokeColor=None))
    g.add(Circle(50, 70, 5, fillColor=_INK, strokeColor=None))
    g.add(Circle(53.5, 73.5, 2, fillColor=colors.white, strokeColor=None))
    skin = colors.HexColor("#f0b48a")
    ear = Path(fillColor=skin, strokeColor=_INK, strokeWidth=2.5)
    ear.moveTo(30, 14)
    ear.curveTo(22, 14, 22, 24, 24, 30)
    ear.curveTo(18, 36, 20, 50, 34, 50)
    ear.curveTo(48, 50, 50, 36, 44, 28)
    ear.curveTo(40, 22, 38, 14, 30, 14)
    ear.closePath()
    g.add(ear)
    inner = Path(fillColor=None, strokeColor=_INK, strokeWidth=2, strokeLineCap=1)
    inner.moveTo(30, 26)
    inner.curveTo(26, 34, 30, 44, 36, 42)
    inner.curveTo(41, 40, 40, 33, 36, 32)
    g.add(inner)
    for i in range(3):
        radius = 8 + i * 8
        wave = Path(fillColor=None, strokeColor=colors.HexColor("#3a8f5c"), strokeWidth=3, strokeLineCap=1)
        a0, a1 = math.radians(-40), math.radians(40)
        cx, cy = 52, 32
        wave.moveTo(cx + radius * math.cos(a0), cy + radius * math.sin(a0))
        k = 4 / 3 * math.tan((a1 - a0) / 4)
        wave.curveTo(
            cx + radius * (math.cos(a0) - k * math.sin(a0)), cy + radius * (math.sin(a0) + k * math.cos(a0)),
            cx + radius * (math.cos(a1) + k * math.sin(a1)), cy + radius * (math.sin(a1) - k * math.cos(a1)),
            cx + radius * math.cos(a1), cy + radius * math.sin(a1),
        )
        g.add(wave)
    return g


def _star_points(cx: float, cy: float, outer: float, inner: float) -> list[float]:
    points: list[float] = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = math.radians(90 + 36 * i)
        points += [cx + radius * math.cos(angle), cy + radius * math.sin(angle)]
    return points


def _experience() -> Group:
    g = Group()
    gold = colors.HexColor("#f2b705")
    g.add(Polygon(_star_points(50, 47, 38, 16), fillColor=gold, strokeColor=colors.HexColor("#b07f00"),
                  strokeWidth=2.5, strokeLineJoin=1))
    for cx, cy, size in ((84, 84, 8), (16, 84, 6), (86, 20, 5)):
        g.add(Polygon(_star_points(cx, cy, size, size * 0.4), fillColor=gold, strokeColor=None))
    return g


def _creative() -> Group:
    """A paintbrush leaning over a splash of paint."""
    g = Group()
    g.add(Ellipse(34, 24, 24, 11, fillColor=colors.HexColor("#d94f70"), strokeColor=None))
    g.add(Circle(62, 18, 5, fillColor=colors.HexColor("#2f7fb5"), strokeColor=None))
    g.add(Circle(14, 34, 4, fillColor=colors.HexColor("#f2b705"), strokeColor=None))
    brush = Group()
    brush.add(Rect(-5, 18, 10, 50, rx=4, ry=4, fillColor=colors.HexColor("#a0632f"), strokeColor=_INK,
                   strokeWidth=1.5))
    brush.add(Rect(-7, 6, 14, 13, fillColor=colors.HexColor("#b9c4cc"), strokeColor=_INK, strokeWidth=1.5))
    tip = Path(fillColor=colors.HexColor("#d94f70"), strokeColor=_INK, strokeWidth=1.5)
    tip.moveTo(-7, 6)
    tip.curveTo(-8, -6, -2, -14, 0, -18)
    tip.curveTo(2, -14, 8, -6, 7, 6)
    tip.closePath()
    brush.add(tip)
    brush.transform = (math.cos(math.radians(-35)), math.sin(math.radians(-35)),
                       -math.sin(math.radians(-35)), math.cos(math.radians(-35)), 40, 36)
    g.add(brush)
    return g


def _competence() -> Group:
    """An open book with lines of text on both pages."""
    g = Group()
    cover = colors.HexColor("#1d5a7a")
    g.add(Polygon([8, 22, 50, 16, 92, 22, 92, 80, 50, 74, 8, 80], fillColor=cover, strokeColor=None))
    g.add(Polygon([13, 27, 48, 22, 48, 78, 13, 82], fillColor=colors.white, strokeColor=_INK, strokeWidth=1.5))
    g.add(Polygon([52, 22, 87, 27, 87, 82, 52, 78], fillColor=colors.white, strokeColor=_INK, strokeWidth=1.5))
    for i in range(5):
        y = 70 - i * 9
        g.add(Line(18, y + 2, 43, y - 1, strokeColor=colors.HexColor("#8a97a0"), strokeWidth=2))
        g.add(Line(57, y - 1, 82, y + 2, strokeColor=colors.HexColor("#8a97a0"), strokeWidth=2))
    return g


def _unknown() -> Group:
    g = Group()
    g.add(Circle(50, 50, 30, fillColor=colors.HexColor("#b9c4cc"), strokeColor=_INK, strokeWidth=2))
    return g


PICTOGRAMS: dict[str, Callable[[], Group]] = {
    "social": _social,
    "physical": _physical,
    "sensory": _sensory,
    "experience": _experience,
    "creative": _creative,
    "competence": _competence,
}


def pictogram(key: str, size: float = 56.0) -> Drawing:
    """The pictogram ``key`` in a light rounded square ``size`` points wide."""
    drawing = Drawing(size, size, initialFontName=fonts().regular)
    scale = size / _GRID
    frame = Group(Rect(1, 1, _GRID - 2, _GRID - 2, rx=12, ry=12, fillColor=_BACKGROUND,
                       strokeColor=colors.HexColor("#b9c4cc"), strokeWidth=1.5))
    frame.add(PICTOGRAMS.get(key, _unknown)())
    frame.transform = (scale, 0, 0, scale, 0, 0)
    drawing.add(frame)
    return drawing


@lru_cache(maxsize=len(PICTOGRAMS) + 1)
def pictogram_svg(key: str) -> bytes:
    """The pictogram ``key`` as SVG (made once per key), for screens that draw vectors (the citizen's view)."""
    return renderSVG.drawToString(pictogram(key, _GRID)).encode("utf-8")
