"""Real PDF files of a chosen size: one page showing an image of random grey pixels."""

from __future__ import annotations

import os
from pathlib import Path

import pikepdf

_WIDTH = 1024


def write_pdf(path: Path, *, payload_bytes: int = 4096) -> Path:
    """A valid one-page PDF carrying about `payload_bytes` of incompressible image data."""
    height = max(1, payload_bytes // _WIDTH)
    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(595, 842))
    image = pikepdf.Stream(pdf, os.urandom(_WIDTH * height))
    image.Type = pikepdf.Name.XObject
    image.Subtype = pikepdf.Name.Image
    image.Width = _WIDTH
    image.Height = height
    image.ColorSpace = pikepdf.Name.DeviceGray
    image.BitsPerComponent = 8
    page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
    page.Contents = pikepdf.Stream(pdf, b"q 595 0 0 842 0 0 cm /Im0 Do Q")
    pdf.save(path, compress_streams=False)
    return path
