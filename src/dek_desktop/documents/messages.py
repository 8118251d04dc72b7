"""Every sentence the pipeline says to a person, in Russian and English.

Texts are plain words for people who do not know file formats; the `code` is stable for tests
and for the page's logic, the texts are what the page shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Language = Literal["ru", "en"]


@dataclass(frozen=True)
class Message:
    code: str
    text_ru: str
    text_en: str

    def text(self, language: Language) -> str:
        return self.text_ru if language == "ru" else self.text_en


@dataclass(frozen=True)
class Rejection(Message):
    """Why a file (or a whole document) cannot be sent."""


@dataclass(frozen=True)
class Notice(Message):
    """A warning or a piece of news that does not stop anything."""


_KIND_TITLES: dict[str, tuple[str, str]] = {
    "passport": ("Паспорт", "Passport"),
    "inn": ("ИНН", "INN (taxpayer number)"),
    "snils": ("СНИЛС", "SNILS (insurance number)"),
    "other": ("Другие документы", "Other documents"),
}


def kind_title(kind_id: str, language: Language) -> str:
    ru, en = _KIND_TITLES.get(kind_id, (kind_id, kind_id))
    return ru if language == "ru" else en


def megabytes(size_bytes: int, language: Language) -> str:
    """A size as people read it: «9,5 МБ», «10 МБ», «150 КБ» (decimal units, as the policy)."""
    if size_bytes < 1_000_000:
        kilobytes = max(1, round(size_bytes / 1000))
        return f"{kilobytes} КБ" if language == "ru" else f"{kilobytes} KB"
    number = f"{size_bytes / 1_000_000:.1f}".removesuffix(".0")
    return f"{number.replace('.', ',')} МБ" if language == "ru" else f"{number} MB"


def _saved_as_pdf(what_ru: str, what_en: str, code: str) -> Rejection:
    return Rejection(
        code,
        f"Это {what_ru}. Откройте его и сохраните как PDF («Файл» → «Сохранить как» → PDF), "
        "затем добавьте этот PDF.",
        f"This is {what_en}. Open it, save it as PDF (File → Save As → PDF) and add that PDF.",
    )


WORD_DOCUMENT = _saved_as_pdf("документ Word", "a Word document", "word-document")
EXCEL_WORKBOOK = _saved_as_pdf("таблица Excel", "an Excel spreadsheet", "excel-workbook")
POWERPOINT = _saved_as_pdf("презентация PowerPoint", "a PowerPoint presentation", "powerpoint")
OFFICE_DOCUMENT = _saved_as_pdf(
    "документ Microsoft Office", "a Microsoft Office document", "office-document"
)
OPENDOCUMENT = _saved_as_pdf(
    "документ LibreOffice или OpenOffice", "a LibreOffice or OpenOffice document", "opendocument"
)
RTF_DOCUMENT = _saved_as_pdf("текстовый документ (RTF)", "a text document (RTF)", "rtf-document")
XPS_DOCUMENT = _saved_as_pdf("документ XPS", "an XPS document", "xps-document")
DJVU_DOCUMENT = _saved_as_pdf("документ DjVu", "a DjVu document", "djvu-document")
POSTSCRIPT = _saved_as_pdf("файл PostScript", "a PostScript file", "postscript")
EBOOK = Rejection(
    "ebook",
    "Это электронная книга, а не скан документа. Добавьте фотографию или скан документа.",
    "This is an e-book, not a scan of a document. Add a photo or a scan of the document.",
)
TEXT_FILE = Rejection(
    "text-file",
    "Это текстовый файл, а не фотография или скан документа. "
    "Добавьте фотографию, скан или PDF документа.",
    "This is a text file, not a photo or scan of a document. "
    "Add a photo, a scan or a PDF of the document.",
)
WEB_PAGE = Rejection(
    "web-page",
    "Это веб-страница, а не скан документа. Добавьте фотографию, скан или PDF документа.",
    "This is a web page, not a scan of a document. Add a photo, a scan or a PDF of the document.",
)
SVG_DRAWING = Rejection(
    "svg-drawing",
    "Это векторный рисунок (SVG). Добавьте фотографию, скан или PDF документа.",
    "This is a vector drawing (SVG). Add a photo, a scan or a PDF of the document.",
)
ARCHIVE = Rejection(
    "archive",
    "Это архив. Распакуйте его и добавьте файлы из него по одному.",
    "This is an archive. Unpack it and add the files from it one by one.",
)
VIDEO = Rejection(
    "video",
    "Это видео. Сфотографируйте документ и добавьте фотографию.",
    "This is a video. Take a photo of the document and add the photo.",
)
AUDIO = Rejection(
    "audio",
    "Это звукозапись, а не документ. Добавьте фотографию, скан или PDF документа.",
    "This is a sound recording, not a document. Add a photo, a scan or a PDF of the document.",
)
PROGRAM = Rejection(
    "program",
    "Это программа, а не документ. Такие файлы отправлять нельзя.",
    "This is a program, not a document. Such files cannot be sent.",
)
CAMERA_RAW = Rejection(
    "camera-raw",
    "Это необработанный снимок фотоаппарата (RAW). Сохраните его как JPEG "
    "в программе для фотографий и добавьте JPEG.",
    "This is a camera RAW picture. Save it as JPEG in a photo program and add the JPEG.",
)
PHOTOSHOP = Rejection(
    "photoshop",
    "Это файл Photoshop. Сохраните его как JPEG или PDF и добавьте его.",
    "This is a Photoshop file. Save it as JPEG or PDF and add that.",
)
UNKNOWN_FORMAT = Rejection(
    "unknown-format",
    "Не удалось понять, что это за файл. Подойдут фотографии и сканы (JPEG, PNG, HEIC "
    "с iPhone и другие картинки) и PDF.",
    "We could not tell what this file is. Photos and scans (JPEG, PNG, HEIC from an iPhone "
    "and other pictures) and PDFs are fine.",
)
UNSUPPORTED_PICTURE = Rejection(
    "unsupported-picture",
    "Картинки этого вида не удаётся открыть. Сохраните её как JPEG или PNG и добавьте снова.",
    "Pictures of this kind cannot be opened here. Save it as JPEG or PNG and add it again.",
)
FILE_MISSING = Rejection(
    "file-missing",
    "Файл не найден: возможно, его переместили или удалили. Добавьте его ещё раз.",
    "The file is not there any more: it may have been moved or deleted. Add it again.",
)
FILE_UNREADABLE = Rejection(
    "file-unreadable",
    "Не удалось прочитать файл: нет доступа к нему или это папка. Выберите другой файл.",
    "The file cannot be read: access is denied or it is a folder. Choose another file.",
)
EMPTY_FILE = Rejection(
    "empty-file",
    "Файл пустой (0 байт): похоже, он не сохранился или не скачался до конца. "
    "Выберите другой файл.",
    "The file is empty (0 bytes): it was probably not saved or downloaded completely. "
    "Choose another file.",
)
PICTURE_TRUNCATED = Rejection(
    "picture-truncated",
    "Картинка записана не до конца: файл обрезан. Скопируйте его ещё раз "
    "или сделайте новый снимок.",
    "The picture is incomplete: the file is cut off. Copy it again or take a new photo.",
)
PICTURE_DAMAGED = Rejection(
    "picture-damaged",
    "Картинка повреждена, её не удаётся открыть. Сделайте новый снимок или скан.",
    "The picture is damaged and cannot be opened. Take a new photo or scan.",
)
PICTURE_TOO_LARGE = Rejection(
    "picture-too-large",
    "Картинка слишком большая, чтобы открыть её безопасно. Сфотографируйте документ "
    "с обычными настройками камеры.",
    "The picture is too large to open safely. Photograph the document with the camera's "
    "usual settings.",
)
PDF_ENCRYPTED = Rejection(
    "pdf-encrypted",
    "PDF защищён паролем. Откройте его, введите пароль и сохраните копию без пароля "
    "(или распечатайте в PDF), затем добавьте её.",
    "The PDF is protected by a password. Open it, enter the password, save a copy without "
    "a password (or print it to PDF) and add that copy.",
)
PDF_DAMAGED = Rejection(
    "pdf-damaged",
    "PDF повреждён или записан не до конца. Сохраните или скачайте его заново.",
    "The PDF is damaged or incomplete. Save or download it again.",
)
PDF_EMPTY = Rejection(
    "pdf-empty",
    "В PDF нет ни одной страницы.",
    "The PDF has no pages.",
)
WORKER_CRASHED = Rejection(
    "file-crashed-reader",
    "Файл не удалось обработать: он повреждён или устроен необычно. "
    "Сделайте новый снимок или скан.",
    "The file could not be processed: it is damaged or unusual. Take a new photo or scan.",
)


def too_many_pages(limit: int) -> Rejection:
    return Rejection(
        "too-many-pages",
        f"В файле слишком много страниц (больше {limit}). Оставьте только нужные страницы.",
        f"The file has too many pages (more than {limit}). Keep only the pages that are needed.",
    )


BLURRED = Notice(
    "picture-blurred",
    "Снимок выглядит размытым: текст может не прочитаться. "
    "Лучше переснять — ровно, при хорошем свете, без бликов.",
    "The photo looks blurred: the text may not be readable. "
    "Better take it again — flat, in good light, without glare.",
)
DARK = Notice(
    "picture-dark",
    "Снимок слишком тёмный: текст может не прочитаться. Переснимите при хорошем свете.",
    "The photo is too dark: the text may not be readable. Take it again in good light.",
)


def converted(format_name: str) -> Notice:
    return Notice(
        "converted",
        f"Файл {format_name} преобразован для отправки.",
        f"The {format_name} file was converted for sending.",
    )


def quality_reduced(kind_id: str) -> Notice:
    return Notice(
        "quality-reduced",
        f"Чтобы уложиться в допустимый размер, снимки в документе «{kind_title(kind_id, 'ru')}» "
        "сжаты сильнее. Текст остаётся читаемым.",
        f"To stay within the allowed size, the pictures in “{kind_title(kind_id, 'en')}” "
        "were compressed more. The text stays readable.",
    )


def pdf_turned_into_pictures(kind_id: str) -> Notice:
    return Notice(
        "pdf-rasterized",
        f"PDF в документе «{kind_title(kind_id, 'ru')}» был слишком большим, "
        "поэтому его страницы сохранены как изображения.",
        f"The PDF in “{kind_title(kind_id, 'en')}” was too big, "
        "so its pages were saved as pictures.",
    )


def document_too_big(
    kind_id: str, size_bytes: int, limit_bytes: int, largest_file: str, largest_bytes: int
) -> Rejection:
    return Rejection(
        "document-too-big",
        f"Документ «{kind_title(kind_id, 'ru')}» занимает {megabytes(size_bytes, 'ru')} даже "
        f"после сжатия, а можно не больше {megabytes(limit_bytes, 'ru')}. Больше всего места "
        f"занимает файл «{largest_file}» ({megabytes(largest_bytes, 'ru')}): уберите лишние "
        "страницы или замените его снимком поменьше.",
        f"“{kind_title(kind_id, 'en')}” takes {megabytes(size_bytes, 'en')} even after "
        f"compression; at most {megabytes(limit_bytes, 'en')} is allowed. The largest file is "
        f"“{largest_file}” ({megabytes(largest_bytes, 'en')}): remove pages that are not "
        "needed or replace it with a smaller picture.",
    )


def documents_too_big(
    total_bytes: int, limit_bytes: int, largest_file: str, largest_bytes: int
) -> Rejection:
    return Rejection(
        "documents-too-big",
        f"Все документы вместе занимают {megabytes(total_bytes, 'ru')} даже после сжатия, "
        f"а можно не больше {megabytes(limit_bytes, 'ru')}. Больше всего места занимает файл "
        f"«{largest_file}» ({megabytes(largest_bytes, 'ru')}).",
        f"All documents together take {megabytes(total_bytes, 'en')} even after compression; "
        f"at most {megabytes(limit_bytes, 'en')} is allowed. The largest file is "
        f"“{largest_file}” ({megabytes(largest_bytes, 'en')}).",
    )
