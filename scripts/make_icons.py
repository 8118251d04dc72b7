"""Draws the app icon (a lightning bolt on DEK blue) and writes it for every OS.

    uv run python scripts/make_icons.py

Writes resources/icons/dek-desktop.png (512 px, Linux and the window icon), .ico (Windows,
16-256 px) and .icns (macOS). The files are committed: they are artwork, and the release build
must not depend on this script's fonts or Pillow's version.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZE = 1024
DEK_BLUE = (0, 84, 159, 255)
BOLT_YELLOW = (255, 204, 41, 255)


def draw_icon() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    margin = SIZE // 16
    draw.rounded_rectangle(
        (margin, margin, SIZE - margin, SIZE - margin), radius=SIZE // 5, fill=DEK_BLUE
    )
    bolt = [
        (0.58, 0.14),
        (0.30, 0.56),
        (0.48, 0.56),
        (0.40, 0.86),
        (0.72, 0.42),
        (0.53, 0.42),
        (0.64, 0.14),
    ]
    draw.polygon([(x * SIZE, y * SIZE) for x, y in bolt], fill=BOLT_YELLOW)
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    icon = draw_icon()
    icon.resize((512, 512), Image.Resampling.LANCZOS).save(ICONS / "dek-desktop.png")
    icon.save(
        ICONS / "dek-desktop.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    icon.save(ICONS / "dek-desktop.icns")


if __name__ == "__main__":
    main()
