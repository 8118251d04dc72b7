"""Looking at output PDFs the way a person would: rendered by poppler (pdftoppm), not trusted
from metadata; and opened by pikepdf, which must have nothing to complain about."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pikepdf
from PIL import Image, ImageStat

from tests.documents.samples import BAND_SLOTS


def render(pdf: Path, page_number: int, dpi: int = 30) -> Image.Image:
    """Page `page_number` (1-based) rendered by pdftoppm, in greyscale."""
    return _pdftoppm(pdf, page_number, dpi, colour=False).convert("L")


def render_colour(pdf: Path, page_number: int, dpi: int = 30) -> Image.Image:
    return _pdftoppm(pdf, page_number, dpi, colour=True).convert("RGB")


def _pdftoppm(pdf: Path, page_number: int, dpi: int, *, colour: bool) -> Image.Image:
    with tempfile.TemporaryDirectory() as directory:
        prefix = Path(directory) / "page"
        command = ["pdftoppm", "-r", str(dpi), "-f", str(page_number), "-l", str(page_number)]
        command += ["-singlefile", "-png"] if colour else ["-singlefile", "-gray", "-png"]
        completed = subprocess.run(
            [*command, str(pdf), str(prefix)], capture_output=True, text=True, check=False
        )
        assert completed.returncode == 0, completed.stderr
        assert completed.stderr == "", completed.stderr
        with Image.open(prefix.with_suffix(".png")) as rendered:
            rendered.load()
            return rendered.copy()


def _mean(image: Image.Image, box: tuple[float, float, float, float]) -> float:
    width, height = image.size
    left, top, right, bottom = box
    region = image.crop(
        (round(left * width), round(top * height), round(right * width), round(bottom * height))
    )
    return float(ImageStat.Stat(region.convert("L")).mean[0])


def corner_means(page: Image.Image) -> dict[str, float]:
    width, height = page.size
    top, bottom = 0.08, 0.05 + 0.17 * width / height
    return {
        "top_left": _mean(page, (0.08, top, 0.22, bottom)),
        "top_right": _mean(page, (0.78, top, 0.92, bottom)),
        "bottom_left": _mean(page, (0.08, 1 - bottom, 0.22, 1 - top)),
        "bottom_right": _mean(page, (0.78, 1 - bottom, 0.92, 1 - top)),
    }


def is_upright(page: Image.Image) -> bool:
    """Portrait, the black square top-left, the other corners blank."""
    corners = corner_means(page)
    return (
        page.height > page.width
        and corners["top_left"] < 80
        and all(corners[name] > 200 for name in ("top_right", "bottom_left", "bottom_right"))
    )


def band_slot(page: Image.Image) -> int | None:
    dark = [
        slot
        for slot in range(BAND_SLOTS)
        if _mean(page, (0.32 + 0.1 * slot, 0.88, 0.38 + 0.1 * slot, 0.93)) < 80
    ]
    return dark[0] if len(dark) == 1 else None


def patch_colour(page: Image.Image) -> tuple[float, ...]:
    width, height = page.size
    region = page.crop(
        (round(0.45 * width), round(0.08 * height), round(0.55 * width), round(0.17 * height))
    )
    return tuple(ImageStat.Stat(region).mean)


def assert_clean_pdf(path: Path) -> int:
    """pikepdf opens it without a warning and finds no syntax problem; returns the page count."""
    with pikepdf.open(path) as pdf:
        assert pdf.get_warnings() == []
        assert pdf.check_pdf_syntax() == []
        assert pdf.get_warnings() == []
        count = len(pdf.pages)
    for page_number in range(1, count + 1):
        render(path, page_number, dpi=10)
    return count
