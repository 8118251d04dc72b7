"""Pictures as people bring them → upright, flattened, legible pages (checked by rendering)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PIL import Image

from dek_desktop.documents import (
    CheckedFile,
    DocumentPipeline,
    FileStatus,
    PreparedPage,
    SourceType,
)
from tests.documents import samples
from tests.documents.conftest import check_one, run
from tests.documents.rendering import (
    assert_clean_pdf,
    band_slot,
    is_upright,
    patch_colour,
    render,
    render_colour,
)

A4_WIDTH_INCHES = 210 / 25.4


def built_pdf(pipeline: DocumentPipeline, pages: Sequence[PreparedPage]) -> Path:
    result = run(pipeline.build({"other": list(pages)}))
    assert result.ok, result.problems
    assert_clean_pdf(result.documents[0].path)
    return result.documents[0].path


def accepted(checked: CheckedFile, status: FileStatus = FileStatus.ACCEPTED) -> CheckedFile:
    assert checked.rejection is None, checked.rejection
    assert checked.status is status
    return checked


def thumbnail_upright(page: PreparedPage) -> bool:
    with Image.open(page.thumbnail) as thumbnail:
        assert max(thumbnail.size) <= 320
        return is_upright(thumbnail.convert("L"))


@pytest.mark.parametrize("orientation", [6, 8, 3])
def test_a_sideways_12_megapixel_photo_comes_out_upright_at_250_dpi(
    pipeline: DocumentPipeline, tmp_path: Path, orientation: int
) -> None:
    photo = samples.save_jpeg(
        samples.document_page(3024, 4032), tmp_path / "IMG_2041.JPG", orientation=orientation
    )
    checked = accepted(check_one(pipeline, photo))
    (page,) = checked.pages
    assert (page.pixel_width, page.pixel_height) == (2067, 2756)
    dpi = page.pixel_width / (page.width_pt / 72)
    assert 249 <= dpi <= 251
    assert page.height_pt > page.width_pt
    assert thumbnail_upright(page)
    pdf = built_pdf(pipeline, checked.pages)
    assert_clean_pdf(pdf)
    assert is_upright(render(pdf, 1))
    assert checked.notices == ()


def test_every_exif_orientation_is_drawn_upright_and_mirrored_back(
    pipeline: DocumentPipeline, tmp_path: Path
) -> None:
    """The pixels stay as stored and the PDF page turns them: all eight ways, mirrors too."""
    photos = [
        samples.save_jpeg(
            samples.document_page(900, 1200, band=orientation % samples.BAND_SLOTS),
            tmp_path / f"orientation {orientation}.jpg",
            orientation=orientation,
        )
        for orientation in range(1, 9)
    ]
    checked = run(pipeline.check_files(photos))
    pages = [page for file in checked for page in accepted(file).pages]
    assert [page.orientation for page in pages] == list(range(1, 9))
    for page in pages:
        assert (page.pixel_width, page.pixel_height) == (900, 1200)
        assert page.height_pt > page.width_pt
        assert thumbnail_upright(page)
    pdf = built_pdf(pipeline, pages)
    for number, orientation in enumerate(range(1, 9), start=1):
        rendered = render(pdf, number)
        assert is_upright(rendered), orientation
        assert band_slot(rendered) == orientation % samples.BAND_SLOTS, orientation


def test_an_iphone_heic_is_converted_and_upright(
    pipeline: DocumentPipeline, tmp_path: Path
) -> None:
    heic = samples.save_heic(samples.document_page(1200, 1600), tmp_path / "IMG_0007.HEIC")
    checked = accepted(check_one(pipeline, heic), FileStatus.CONVERTED)
    assert checked.source_type is SourceType.HEIF
    assert [notice.code for notice in checked.notices] == ["converted"]
    pdf = built_pdf(pipeline, checked.pages)
    assert is_upright(render(pdf, 1))
    assert thumbnail_upright(checked.pages[0])


def test_a_cmyk_jpeg_keeps_its_colours(pipeline: DocumentPipeline, tmp_path: Path) -> None:
    page = samples.document_page(800, 1100, patch=(220, 20, 20))
    checked = accepted(check_one(pipeline, samples.save_cmyk_jpeg(page, tmp_path / "cmyk.jpg")))
    assert not checked.pages[0].greyscale
    pdf = built_pdf(pipeline, checked.pages)
    red, green, blue = patch_colour(render_colour(pdf, 1))
    assert red > 170 and green < 90 and blue < 90
    assert is_upright(render(pdf, 1))


def test_a_16_bit_greyscale_png_keeps_its_greys(pipeline: DocumentPipeline, tmp_path: Path) -> None:
    page = samples.document_page(800, 1100, patch=(128, 128, 128))
    checked = accepted(check_one(pipeline, samples.save_png16_grey(page, tmp_path / "16.png")))
    assert checked.pages[0].greyscale
    pdf = built_pdf(pipeline, checked.pages)
    rendered = render(pdf, 1)
    assert is_upright(rendered)
    (grey,) = patch_colour(rendered)
    assert 110 < grey < 150


def test_a_48_bit_rgb_png_keeps_its_colours(pipeline: DocumentPipeline, tmp_path: Path) -> None:
    page = samples.document_page(600, 800, patch=(20, 40, 200))
    checked = accepted(check_one(pipeline, samples.save_png16_rgb(page, tmp_path / "48.png")))
    pdf = built_pdf(pipeline, checked.pages)
    red, green, blue = patch_colour(render_colour(pdf, 1))
    assert blue > 150 and red < 80 and green < 90
    assert is_upright(render(pdf, 1))


@pytest.mark.parametrize(
    "save", [samples.save_alpha_png, samples.save_grey_alpha_png, samples.save_transparent_gif]
)
def test_transparency_is_put_on_white_paper(
    pipeline: DocumentPipeline, tmp_path: Path, save
) -> None:
    transparent = save(samples.document_page(800, 1100), tmp_path / "transparent.png")
    with Image.open(transparent) as written:
        assert "A" in written.mode or "transparency" in written.info
    checked = check_one(pipeline, transparent)
    assert checked.rejection is None
    pdf = built_pdf(pipeline, checked.pages)
    assert is_upright(render(pdf, 1))  # blank corners are white, not the black under alpha
    assert thumbnail_upright(checked.pages[0])


def test_every_page_of_a_multipage_tiff_comes_in_order(
    pipeline: DocumentPipeline, tmp_path: Path
) -> None:
    pages = [samples.document_page(850, 1100, band=band) for band in (0, 1, 2)]
    tiff = samples.save_tiff(pages, tmp_path / "скан паспорта.tiff")
    checked = accepted(check_one(pipeline, tiff), FileStatus.CONVERTED)
    assert len(checked.pages) == 3
    pdf = built_pdf(pipeline, checked.pages)
    assert assert_clean_pdf(pdf) == 3
    rendered = [render(pdf, number) for number in (1, 2, 3)]
    assert [band_slot(page) for page in rendered] == [0, 1, 2]
    assert all(is_upright(page) for page in rendered)


@pytest.mark.parametrize(("fmt", "mode"), [("GIF", "P"), ("BMP", "RGB"), ("WEBP", "RGB")])
def test_gif_bmp_and_webp_are_converted(
    pipeline: DocumentPipeline, tmp_path: Path, fmt: str, mode: str
) -> None:
    path = tmp_path / f"picture.{fmt.lower()}"
    samples.document_page(600, 800).convert(mode).save(path, fmt)
    checked = accepted(check_one(pipeline, path), FileStatus.CONVERTED)
    assert is_upright(render(built_pdf(pipeline, checked.pages), 1))


@pytest.mark.parametrize(("width", "height"), [(20_000, 20_000), (9_000, 8_000)])
def test_a_decompression_bomb_is_refused(
    pipeline: DocumentPipeline, tmp_path: Path, width: int, height: int
) -> None:
    bomb = samples.png_bomb(tmp_path / "bomb.png", width, height)
    assert bomb.stat().st_size < 2_000_000
    checked = check_one(pipeline, bomb)
    assert checked.status is FileStatus.REJECTED
    assert checked.rejection is not None
    assert checked.rejection.code == "picture-too-large"
    assert checked.pages == ()


def test_a_truncated_jpeg_is_refused_as_incomplete(
    pipeline: DocumentPipeline, tmp_path: Path
) -> None:
    whole = samples.save_jpeg(
        samples.document_page(1000, 1400), tmp_path / "whole.jpg"
    ).read_bytes()
    truncated = tmp_path / "cut.jpg"
    truncated.write_bytes(whole[: len(whole) // 2])
    checked = check_one(pipeline, truncated)
    assert checked.rejection is not None
    assert checked.rejection.code == "picture-truncated"
    assert "обрезан" in checked.rejection.text_ru


@pytest.mark.parametrize(
    ("fmt", "suffix", "code"),
    [("PNG", "png", "picture-truncated"), ("WEBP", "webp", "picture-damaged")],
)
def test_other_cut_off_pictures_are_refused_too(
    pipeline: DocumentPipeline, tmp_path: Path, fmt: str, suffix: str, code: str
) -> None:
    whole = tmp_path / f"whole.{suffix}"
    samples.document_page(600, 800).save(whole, fmt)
    cut = tmp_path / f"cut.{suffix}"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    checked = check_one(pipeline, cut)
    assert checked.rejection is not None
    assert checked.rejection.code == code


def test_a_png_named_pdf_is_taken_as_the_png_it_is(
    pipeline: DocumentPipeline, tmp_path: Path
) -> None:
    disguised = tmp_path / "скан.pdf"
    samples.document_page(600, 800).save(disguised, "PNG")
    checked = accepted(check_one(pipeline, disguised))
    assert checked.source_type is SourceType.PNG
    assert is_upright(render(built_pdf(pipeline, checked.pages), 1))


def test_a_text_file_named_jpg_and_an_empty_file_are_refused(
    pipeline: DocumentPipeline, tmp_path: Path
) -> None:
    text = tmp_path / "фото.jpg"
    text.write_text("Это не фотография\n", encoding="utf-8")
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    checked = run(pipeline.check_files([text, empty]))
    assert [file.rejection.code for file in checked if file.rejection] == [
        "text-file",
        "empty-file",
    ]
    assert all(file.status is FileStatus.REJECTED for file in checked)


def test_cyrillic_names_with_spaces_are_fine(pipeline: DocumentPipeline, tmp_path: Path) -> None:
    folder = tmp_path / "Мои документы" / "Скан копии"
    folder.mkdir(parents=True)
    photo = samples.save_jpeg(
        samples.document_page(900, 1200), folder / "Паспорт главный разворот.jpg"
    )
    checked = accepted(check_one(pipeline, photo))
    assert checked.display_name == "Паспорт главный разворот.jpg"
    assert checked.pages[0].source_name == "Паспорт главный разворот.jpg"
    assert is_upright(render(built_pdf(pipeline, checked.pages), 1))


def test_blurred_and_dark_photos_are_warned_about_but_kept(
    pipeline: DocumentPipeline, tmp_path: Path
) -> None:
    sharp = samples.document_page(2400, 3200)
    paths = [
        samples.save_jpeg(sharp, tmp_path / "sharp.jpg"),
        samples.save_jpeg(samples.blurred(sharp, 12), tmp_path / "blurred.jpg"),
        samples.save_jpeg(samples.darkened(sharp, 0.15), tmp_path / "dark.jpg"),
    ]
    checked = run(pipeline.check_files(paths))
    assert all(file.status is FileStatus.ACCEPTED for file in checked)
    codes = [[notice.code for notice in file.notices] for file in checked]
    assert codes == [[], ["picture-blurred"], ["picture-dark"]]
    blurred_notice = checked[1].notices[0]
    assert "размыт" in blurred_notice.text_ru and "blurred" in blurred_notice.text_en


def test_a_grey_scan_saved_as_rgb_becomes_a_greyscale_page(
    pipeline: DocumentPipeline, tmp_path: Path
) -> None:
    scan = samples.save_jpeg(samples.document_page(1000, 1400), tmp_path / "grey.jpg")
    colour = samples.save_jpeg(
        samples.document_page(1000, 1400, patch=(0, 120, 60)), tmp_path / "colour.jpg"
    )
    grey_file, colour_file = run(pipeline.check_files([scan, colour]))
    assert grey_file.pages[0].greyscale
    assert not colour_file.pages[0].greyscale
    with Image.open(grey_file.pages[0].content) as written:
        assert written.mode == "L"


def test_a_small_picture_is_not_blown_up(pipeline: DocumentPipeline, tmp_path: Path) -> None:
    small = samples.save_jpeg(samples.document_page(600, 800), tmp_path / "small.jpg")
    (page,) = accepted(check_one(pipeline, small)).pages
    assert (page.pixel_width, page.pixel_height) == (600, 800)
    # Still shown as large as fits on A4.
    assert round(page.height_pt) == 842 or round(page.width_pt) == 595
