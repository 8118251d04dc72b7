"""PDFs stay PDFs (vector pages stay vector); damaged and locked ones are refused clearly."""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from dek_desktop.documents import DocumentPipeline, FileStatus, SourceType
from tests.documents import samples
from tests.documents.conftest import check_one, run
from tests.documents.rendering import assert_clean_pdf, band_slot, is_upright, render


def test_a_vector_pdf_stays_vector_and_upright_also_on_a_rotated_page(
    pipeline: DocumentPipeline, tmp_path: Path
) -> None:
    source = samples.vector_pdf(tmp_path / "ИНН.pdf", [0, 1, 2], rotated_page=1)
    checked = check_one(pipeline, source)
    assert checked.status is FileStatus.ACCEPTED
    assert checked.source_type is SourceType.PDF
    assert [page.pdf_page_index for page in checked.pages] == [0, 1, 2]
    # The rotated page is shown portrait, as its /Rotate says.
    assert all(page.height_pt > page.width_pt for page in checked.pages)
    for page in checked.pages:
        with Image.open(page.thumbnail) as thumbnail:
            assert is_upright(thumbnail.convert("L"))

    result = run(pipeline.build({"inn": list(checked.pages)}))
    (document,) = result.documents
    assert assert_clean_pdf(document.path) == 3
    rendered = [render(document.path, number) for number in (1, 2, 3)]
    assert all(is_upright(page) for page in rendered)
    assert [band_slot(page) for page in rendered] == [0, 1, 2]
    with pikepdf.open(document.path) as pdf:
        for page in pdf.pages:
            assert len(page.get_images()) == 0  # nothing was turned into pictures
            assert re.search(rb"re f", page.Contents.read_bytes())
        assert pdf.pages[1].Rotate == 90


def test_a_pdf_locked_by_a_password_is_refused_with_what_to_do(
    pipeline: DocumentPipeline, tmp_path: Path
) -> None:
    locked = samples.encrypted_pdf(tmp_path / "locked.pdf", user_password="1234")
    checked = check_one(pipeline, locked)
    assert checked.status is FileStatus.REJECTED
    assert checked.rejection is not None
    assert checked.rejection.code == "pdf-encrypted"
    assert "паролем" in checked.rejection.text_ru
    assert "password" in checked.rejection.text_en


def test_a_pdf_with_only_printing_restrictions_is_taken_and_sent_unlocked(
    pipeline: DocumentPipeline, tmp_path: Path
) -> None:
    restricted = samples.encrypted_pdf(tmp_path / "restricted.pdf", user_password="")
    with pikepdf.open(restricted) as pdf:
        assert pdf.is_encrypted
    checked = check_one(pipeline, restricted)
    assert checked.status is FileStatus.ACCEPTED
    with pikepdf.open(checked.pages[0].content) as copy:
        assert not copy.is_encrypted
    assert_clean_pdf(checked.pages[0].content)


def test_a_truncated_pdf_is_refused_as_damaged(pipeline: DocumentPipeline, tmp_path: Path) -> None:
    whole = samples.pdf_bytes([0, 1, 2])
    truncated = tmp_path / "cut.pdf"
    truncated.write_bytes(whole[: len(whole) * 6 // 10])
    checked = check_one(pipeline, truncated)
    assert checked.rejection is not None
    assert checked.rejection.code == "pdf-damaged"
    assert checked.pages == ()


def test_a_pdf_that_qpdf_would_quietly_repair_counts_as_damaged(
    pipeline: DocumentPipeline, tmp_path: Path
) -> None:
    whole = samples.pdf_bytes([0])
    start = whole.rindex(b"startxref") + len(b"startxref\n")
    end = whole.index(b"\n", start)
    shifted = whole[:start] + str(int(whole[start:end]) + 7).encode() + whole[end:]
    repaired_by_qpdf = tmp_path / "bad-xref.pdf"
    repaired_by_qpdf.write_bytes(shifted)
    with pikepdf.open(repaired_by_qpdf) as pdf:
        assert pdf.get_warnings()  # qpdf opens it, with warnings
    assert check_one(pipeline, repaired_by_qpdf).rejection.code == "pdf-damaged"


def test_a_pdf_with_a_broken_page_content_counts_as_damaged(
    pipeline: DocumentPipeline, tmp_path: Path
) -> None:
    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(595, 842))
    page.Contents = pdf.make_stream(b"0 g 10 10 100 100 re f <4142`> Tj")
    broken = tmp_path / "broken-content.pdf"
    pdf.save(broken)
    assert check_one(pipeline, broken).rejection.code == "pdf-damaged"


def test_a_pdf_without_pages_is_refused(pipeline: DocumentPipeline, tmp_path: Path) -> None:
    empty = tmp_path / "no-pages.pdf"
    pikepdf.new().save(empty)
    assert check_one(pipeline, empty).rejection.code == "pdf-empty"


def test_a_pdf_of_too_many_pages_is_refused(pipeline: DocumentPipeline, tmp_path: Path) -> None:
    many = tmp_path / "book.pdf"
    pdf = pikepdf.new()
    for _ in range(51):
        pdf.add_blank_page()
    pdf.save(many)
    rejection = check_one(pipeline, many).rejection
    assert rejection is not None
    assert rejection.code == "too-many-pages"
    assert "50" in rejection.text_ru and "50" in rejection.text_en


@pytest.mark.parametrize("cut", [0.3, 0.9])
def test_a_damaged_pdf_does_not_disturb_the_files_beside_it(
    pipeline: DocumentPipeline, tmp_path: Path, cut: float
) -> None:
    whole = samples.pdf_bytes([0, 1])
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(whole[: int(len(whole) * cut)])
    good = samples.save_jpeg(samples.document_page(600, 800), tmp_path / "good.jpg")
    checked = run(pipeline.check_files([damaged, good]))
    assert checked[0].status is FileStatus.REJECTED
    assert checked[1].status is FileStatus.ACCEPTED


def test_a_pdf_after_a_few_junk_bytes_is_taken_and_sent_clean(
    pipeline: DocumentPipeline, tmp_path: Path
) -> None:
    prefixed = tmp_path / "from-mail.pdf"
    prefixed.write_bytes(b"\r\n\r\n" + samples.pdf_bytes([3]))
    checked = check_one(pipeline, prefixed)
    assert checked.status is FileStatus.ACCEPTED
    assert checked.pages[0].content.read_bytes().startswith(b"%PDF-")
    result = run(pipeline.build({"other": list(checked.pages)}))
    assert band_slot(render(result.documents[0].path, 1)) == 3
