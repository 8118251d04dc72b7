"""One PDF per document kind, pages in the user's order, titled; a preview with bookmarks."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pikepdf
import pytest

from dek_desktop.documents import DocumentPipeline, FileStatus
from tests.documents import samples
from tests.documents.conftest import run
from tests.documents.rendering import assert_clean_pdf, band_slot, is_upright, render


@pytest.fixture(scope="module")
def three_documents(tmp_path_factory: pytest.TempPathFactory, pipeline: DocumentPipeline):
    folder = tmp_path_factory.mktemp("documents")
    passport_main = samples.save_jpeg(
        samples.document_page(1500, 2000, band=0), folder / "паспорт 1.jpg", orientation=6
    )
    passport_registration = samples.save_heic(
        samples.document_page(1500, 2000, band=1), folder / "паспорт прописка.heic"
    )
    inn = samples.vector_pdf(folder / "ИНН.pdf", [2])
    snils = folder / "СНИЛС.png"
    samples.document_page(900, 1200, band=3).save(snils, "PNG")
    checked = run(pipeline.check_files([passport_main, passport_registration, inn, snils]))
    assert all(file.status is not FileStatus.REJECTED for file in checked)
    return checked


def test_each_kind_becomes_one_clean_pdf_with_pages_in_the_order_given(
    pipeline: DocumentPipeline, three_documents
) -> None:
    main, registration, inn, snils = three_documents
    # The user put the registration page first.
    result = run(
        pipeline.build(
            {
                "passport": [*registration.pages, *main.pages],
                "inn": list(inn.pages),
                "snils": list(snils.pages),
            },
            application_number="2025-000417",
        )
    )
    assert result.ok
    assert [document.kind for document in result.documents] == ["passport", "inn", "snils"]
    passport = result.documents[0]
    assert passport.filename == "passport.pdf"
    assert passport.page_count == 2
    assert passport.media_type == "application/pdf"
    assert passport.title == "Паспорт — заявление № 2025-000417"
    assert [band_slot(render(passport.path, number)) for number in (1, 2)] == [1, 0]
    for document in result.documents:
        assert assert_clean_pdf(document.path) == document.page_count
        assert all(
            is_upright(render(document.path, number))
            for number in range(1, document.page_count + 1)
        )
        assert document.size_bytes == document.path.stat().st_size
        assert document.sha256 == hashlib.sha256(document.path.read_bytes()).hexdigest()
        assert document.quality_step == 0
        assert document.path.is_relative_to(pipeline.workspace)
        with pikepdf.open(document.path) as pdf:
            assert str(pdf.docinfo["/Title"]) == document.title
            assert str(pdf.Root.Lang) == "ru-RU"
            with pdf.open_metadata() as metadata:
                assert metadata["dc:title"] == document.title
    assert result.notices == ()


def test_the_preview_has_a_bookmark_at_each_document(
    pipeline: DocumentPipeline, three_documents
) -> None:
    main, registration, inn, snils = three_documents
    pages = {
        "passport": [*main.pages, *registration.pages],
        "inn": list(inn.pages),
        "snils": list(snils.pages),
    }
    for language, titles in (
        ("ru", ["Паспорт", "ИНН", "СНИЛС"]),
        ("en", ["Passport", "INN (taxpayer number)", "SNILS (insurance number)"]),
    ):
        result = run(pipeline.build(pages, language=language))
        assert result.preview is not None
        assert assert_clean_pdf(result.preview) == 4
        with pikepdf.open(result.preview) as pdf:
            assert pdf.Root.PageMode == pikepdf.Name.UseOutlines
            with pdf.open_outline() as outline:
                marks = [
                    (item.title, pdf.pages.index(pikepdf.Page(item.destination[0])))
                    for item in outline.root
                ]
        assert marks == list(zip(titles, [0, 2, 3], strict=True))
        assert [band_slot(render(result.preview, number)) for number in (1, 2, 3, 4)] == [
            0,
            1,
            2,
            3,
        ]


def test_a_file_deleted_after_choosing_is_refused_and_one_deleted_after_checking_still_goes(
    pipeline: DocumentPipeline, tmp_path: Path
) -> None:
    chosen_then_deleted = samples.save_jpeg(samples.document_page(600, 800), tmp_path / "a.jpg")
    checked_then_deleted = samples.save_jpeg(
        samples.document_page(600, 800, band=2), tmp_path / "b.jpg"
    )
    chosen = [chosen_then_deleted, checked_then_deleted]
    chosen_then_deleted.unlink()
    missing, present = run(pipeline.check_files(chosen))
    assert missing.rejection is not None
    assert missing.rejection.code == "file-missing"
    assert "удалили" in missing.rejection.text_ru
    assert present.status is FileStatus.ACCEPTED
    checked_then_deleted.unlink()
    result = run(pipeline.build({"other": list(present.pages)}))
    assert result.ok
    assert band_slot(render(result.documents[0].path, 1)) == 2


def test_pictures_and_pdf_pages_mix_in_one_document(
    pipeline: DocumentPipeline, tmp_path: Path
) -> None:
    photo = samples.save_jpeg(samples.document_page(900, 1200, band=0), tmp_path / "p.jpg")
    pdf = samples.vector_pdf(tmp_path / "v.pdf", [1, 2])
    photo_file, pdf_file = run(pipeline.check_files([photo, pdf]))
    order = [pdf_file.pages[1], photo_file.pages[0], pdf_file.pages[0]]
    result = run(pipeline.build({"other": order}))
    document = result.documents[0]
    assert assert_clean_pdf(document.path) == 3
    assert [band_slot(render(document.path, number)) for number in (1, 2, 3)] == [2, 0, 1]


def test_the_preview_can_be_left_out(pipeline: DocumentPipeline, three_documents) -> None:
    result = run(pipeline.build({"inn": list(three_documents[2].pages)}, with_preview=False))
    assert result.preview is None
    assert [document.kind for document in result.documents] == ["inn"]


def test_a_new_build_replaces_the_files_of_the_previous_one(
    pipeline: DocumentPipeline, three_documents
) -> None:
    snils = three_documents[3]
    first = run(pipeline.build({"snils": list(snils.pages)}))
    second = run(pipeline.build({"snils": list(snils.pages)}, language="en"))
    assert not first.documents[0].path.exists()
    assert second.documents[0].path.exists()
    assert second.documents[0].title == "SNILS (insurance number)"


def test_unknown_kinds_and_discarded_pages_are_programming_errors(
    pipeline: DocumentPipeline, tmp_path: Path
) -> None:
    photo = samples.save_jpeg(samples.document_page(600, 800), tmp_path / "x.jpg")
    (checked,) = run(pipeline.check_files([photo]))
    with pytest.raises(ValueError, match="no document kind"):
        run(pipeline.build({"driving_licence": list(checked.pages)}))
    pipeline.discard(checked)
    assert not checked.pages[0].content.exists()
    assert not checked.pages[0].thumbnail.exists()
    with pytest.raises(ValueError, match="not \\(any more\\) in this pipeline"):
        run(pipeline.build({"other": list(checked.pages)}))


def test_nothing_to_build_gives_no_documents_and_the_required_kinds_are_named(
    pipeline: DocumentPipeline,
) -> None:
    result = run(pipeline.build({}))
    assert result.documents == () and result.preview is None and result.ok
    assert pipeline.policy.missing_required({"inn"}) == ("passport", "snils")
