"""Render resources/icons/visitation-desktop.svg to the PNG (window icon, Linux desktop) and the
multi-size ICO (Windows executable, Start menu, installer). Run after changing the SVG:

    .venv/bin/python scripts/make_icons.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402  (Pillow comes with reportlab)
from PySide6.QtCore import QBuffer, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    svg = ICONS / "visitation-desktop.svg"
    images = {size: render(svg, size) for size in SIZES}
    images[256].save(ICONS / "visitation-desktop.png")
    images[256].save(ICONS / "visitation-desktop.ico", sizes=[(s, s) for s in SIZES])
    print(f"wrote {ICONS / 'visitation-desktop.png'} and {ICONS / 'visitation-desktop.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
