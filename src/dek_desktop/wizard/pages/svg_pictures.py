"""Pictures drawn from the SVG files of resources/images, sharp at any zoom and screen scale.

An icon's `currentColor` becomes a colour of the palette, so it reads in light and dark.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ...resource_paths import resources_dir


def images_dir() -> Path:
    return resources_dir() / "images"


def svg_pixmap(
    name: str, width: int, *, ratio: float = 1.0, color: QColor | None = None
) -> QPixmap:
    """resources/images/<name>.svg drawn `width` logical pixels wide (its own aspect ratio)."""
    text = (images_dir() / f"{name}.svg").read_text(encoding="utf-8")
    if color is not None:
        text = text.replace("currentColor", color.name())
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    size = renderer.defaultSize()
    height = round(width * size.height() / max(1, size.width()))
    pixmap = QPixmap(QSize(round(width * ratio), round(height * ratio)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def svg_icon(name: str, size: int, color: QColor, *, ratio: float = 1.0) -> QIcon:
    return QIcon(svg_pixmap(name, size, ratio=ratio, color=color))
