"""Every PDF within the policy's per-file limit and all within its total: squeeze within
legibility and say so, or say which file is too big."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from dek_desktop.documents import DocumentPipeline
from dek_desktop.documents.fitting import Setting, Verdict, next_move, settings_for
from dek_desktop.documents.resolution import LAST_LEVEL, QUALITY_LADDER
from tests.documents import samples
from tests.documents.conftest import make_policy, run
from tests.documents.rendering import assert_clean_pdf, band_slot, is_upright, render

KILOBYTE = 1000


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("big")
    made = {}
    for band, name in ((0, "паспорт шумный.jpg"), (1, "снилс шумный.jpg")):
        page = samples.document_page(2000, 2700, band=band)
        noise = Image.effect_noise(page.size, 60).convert("RGB")
        made[name] = samples.save_jpeg(Image.blend(page, noise, 0.2), folder / name)
    sideways = Image.blend(samples.document_page(2000, 2700), noise, 0.2)
    made["паспорт боком.jpg"] = samples.save_jpeg(sideways, folder / "боком.jpg", orientation=6)
    made["scan.pdf"] = samples.heavy_scan_pdf(folder / "scan.pdf", 2, (1800, 2546))
    return made


def pipeline_with(max_file_bytes: int, max_total_bytes: int) -> Iterator[DocumentPipeline]:
    with DocumentPipeline(make_policy(max_file_bytes, max_total_bytes)) as pipeline:
        yield pipeline


def embedded_dpi(path: Path) -> float:
    with pikepdf.open(path) as pdf:
        page = pdf.pages[0]
        image = next(iter(page.get_images().values()))
        # A picture stored sideways is turned by the page: compare the long sides.
        long_side_pt = max(float(page.MediaBox[2]), float(page.MediaBox[3]))
        return max(float(image.Width), float(image.Height)) / (long_side_pt / 72)


@pytest.mark.parametrize("name", ["паспорт шумный.jpg", "паспорт боком.jpg"])
def test_pictures_are_squeezed_within_legibility_to_fit_the_file_limit(inputs, name) -> None:
    limit = 800 * KILOBYTE
    for pipeline in pipeline_with(limit, 100 * limit):
        (checked,) = run(pipeline.check_files([inputs[name]]))
        assert checked.pages[0].content.stat().st_size > limit  # too big at first
        result = run(pipeline.build({"passport": list(checked.pages)}))
        assert result.ok, result.problems
        (passport,) = result.documents
        assert passport.size_bytes <= limit
        assert passport.quality_step > 0
        assert embedded_dpi(passport.path) >= 199
        assert [notice.code for notice in result.notices] == ["quality-reduced"]
        assert "Паспорт" in result.notices[0].text_ru
        assert_clean_pdf(passport.path)
        assert is_upright(render(passport.path, 1))


def test_a_document_that_cannot_fit_names_its_biggest_file(inputs) -> None:
    limit = 150 * KILOBYTE
    for pipeline in pipeline_with(limit, 100 * limit):
        noisy, small = run(
            pipeline.check_files(
                [
                    inputs["паспорт шумный.jpg"],
                    samples.save_jpeg(
                        samples.document_page(600, 800), inputs["scan.pdf"].parent / "small.jpg"
                    ),
                ]
            )
        )
        result = run(pipeline.build({"passport": [*small.pages, *noisy.pages]}))
        assert not result.ok
        (problem,) = result.problems
        assert problem.code == "document-too-big"
        assert "«паспорт шумный.jpg»" in problem.text_ru
        assert "“паспорт шумный.jpg”" in problem.text_en
        assert "не больше 150 КБ" in problem.text_ru
        assert "at most 150 KB" in problem.text_en
        assert result.documents[0].quality_step == LAST_LEVEL


def test_the_total_limit_squeezes_the_biggest_document_first(
    inputs, pipeline: DocumentPipeline
) -> None:
    (measured,) = run(pipeline.check_files([inputs["паспорт шумный.jpg"]]))
    single = measured.pages[0].content.stat().st_size
    total_limit = int(single * 1.6)
    for pipeline in pipeline_with(10_000 * KILOBYTE, total_limit):
        passport, snils = run(
            pipeline.check_files([inputs["паспорт шумный.jpg"], inputs["снилс шумный.jpg"]])
        )
        result = run(pipeline.build({"passport": list(passport.pages), "snils": list(snils.pages)}))
        assert result.ok, result.problems
        assert result.total_bytes <= total_limit
        assert any(document.quality_step > 0 for document in result.documents)
        assert {notice.code for notice in result.notices} == {"quality-reduced"}


def test_a_total_that_cannot_fit_is_said_in_words(inputs) -> None:
    for pipeline in pipeline_with(10_000 * KILOBYTE, 300 * KILOBYTE):
        passport, snils = run(
            pipeline.check_files([inputs["паспорт шумный.jpg"], inputs["снилс шумный.jpg"]])
        )
        result = run(pipeline.build({"passport": list(passport.pages), "snils": list(snils.pages)}))
        (problem,) = result.problems
        assert problem.code == "documents-too-big"
        assert "Все документы вместе" in problem.text_ru
        assert "шумный.jpg" in problem.text_ru


def test_a_bloated_scanner_pdf_is_turned_into_legible_pictures_to_fit(inputs) -> None:
    limit = 1000 * KILOBYTE
    source = inputs["scan.pdf"]
    assert source.stat().st_size > 4 * limit
    for pipeline in pipeline_with(limit, 10 * limit):
        (checked,) = run(pipeline.check_files([source]))
        result = run(pipeline.build({"inn": list(checked.pages)}))
        assert result.ok, result.problems
        (inn,) = result.documents
        assert inn.rasterized_pdf
        assert inn.size_bytes <= limit
        assert [notice.code for notice in result.notices] == ["pdf-rasterized"]
        assert assert_clean_pdf(inn.path) == 2
        rendered = [render(inn.path, number) for number in (1, 2)]
        assert all(is_upright(page) for page in rendered)
        assert [band_slot(page) for page in rendered] == [0, 1]
        assert embedded_dpi(inn.path) >= 199


def test_the_settings_ladder_never_goes_below_200_dpi() -> None:
    assert QUALITY_LADDER[0].dpi == 250
    assert all(level.dpi >= 200 for level in QUALITY_LADDER)
    assert [level.jpeg_quality for level in QUALITY_LADDER] == sorted(
        (level.jpeg_quality for level in QUALITY_LADDER), reverse=True
    )
    mixed = settings_for(has_pictures=True, has_pdf_pages=True)
    assert mixed[-1] == Setting(LAST_LEVEL, rasterize_pdf=True)
    assert not any(setting.rasterize_pdf for setting in mixed[:-1])
    pdf_only = settings_for(has_pictures=False, has_pdf_pages=True)
    assert pdf_only[0] == Setting(0, rasterize_pdf=False)
    assert all(setting.rasterize_pdf for setting in pdf_only[1:])
    assert settings_for(has_pictures=True, has_pdf_pages=False)[-1].rasterize_pdf is False


@pytest.mark.parametrize(
    ("sizes", "steps", "counts", "expected"),
    [
        ({"a": 5, "b": 5}, {"a": 0, "b": 0}, {"a": 5, "b": 5}, Verdict(fits=True)),
        ({"a": 12, "b": 11}, {"a": 0, "b": 0}, {"a": 5, "b": 5}, Verdict(False, shrink="a")),
        ({"a": 12, "b": 11}, {"a": 4, "b": 0}, {"a": 5, "b": 5}, Verdict(False, shrink="b")),
        (
            {"a": 12, "b": 5},
            {"a": 4, "b": 0},
            {"a": 5, "b": 5},
            Verdict(False, too_big=("a",), total_too_big=True),
        ),
        ({"a": 9, "b": 8}, {"a": 0, "b": 0}, {"a": 5, "b": 5}, Verdict(False, shrink="a")),
        ({"a": 9, "b": 8}, {"a": 4, "b": 0}, {"a": 5, "b": 5}, Verdict(False, shrink="b")),
        (
            {"a": 9, "b": 8},
            {"a": 4, "b": 4},
            {"a": 5, "b": 5},
            Verdict(False, total_too_big=True),
        ),
    ],
)
def test_next_move(sizes, steps, counts, expected) -> None:
    assert next_move(sizes, steps, counts, max_file_bytes=10, max_total_bytes=15) == expected
