"""The documents page's words that several of its parts share: documents by name, lists of
them in a sentence, statuses and what comes next, sizes, speeds and time left.

Strings use the "ApplicationTexts" context; Russian plural forms come from `%n`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import phonenumbers
from PySide6.QtCore import QCoreApplication, QLocale

from ...api.vocabulary import ApplicationReason, ApplicationStatus, DocumentKind
from ...recovery.contact_input import parse_phone

translate = QCoreApplication.translate

_MEGABYTE = 1_000_000  # decimal units, as the service's limits are read


def kind_name(kind: DocumentKind) -> str:
    names = {
        DocumentKind.PASSPORT: translate("ApplicationTexts", "Passport"),
        DocumentKind.INN: translate("ApplicationTexts", "INN (taxpayer number)"),
        DocumentKind.SNILS: translate("ApplicationTexts", "SNILS (insurance number)"),
        DocumentKind.OTHER: translate("ApplicationTexts", "Other papers"),
    }
    return names[kind]


def kind_in_sentence(kind: DocumentKind) -> str:
    """How a document is named inside a sentence: «паспорт», «ИНН»."""
    names = {
        DocumentKind.PASSPORT: translate("ApplicationTexts", "the passport"),
        DocumentKind.INN: translate("ApplicationTexts", "the INN"),
        DocumentKind.SNILS: translate("ApplicationTexts", "the SNILS"),
        DocumentKind.OTHER: translate("ApplicationTexts", "the other papers"),
    }
    return names[kind]


def kinds_in_sentence(kinds: Sequence[DocumentKind]) -> str:
    """«паспорт, ИНН и СНИЛС»."""
    names = [kind_in_sentence(kind) for kind in kinds]
    if len(names) <= 1:
        return "".join(names)
    return (
        translate("ApplicationTexts", "%1 and %2")
        .replace("%1", ", ".join(names[:-1]))
        .replace("%2", names[-1])
    )


def kind_hint(kind: DocumentKind) -> str:
    hints = {
        DocumentKind.PASSPORT: translate(
            "ApplicationTexts",
            "Two pages: the main spread with the photo, and the page with the registration.",
        ),
        DocumentKind.INN: translate(
            "ApplicationTexts", "The certificate, or any paper with your taxpayer number."
        ),
        DocumentKind.SNILS: translate(
            "ApplicationTexts", "The green card or the notice with the insurance number."
        ),
        DocumentKind.OTHER: translate(
            "ApplicationTexts",
            "If needed: a power of attorney, a marriage certificate after a change of name.",
        ),
    }
    return hints[kind]


def reason_words(reason: ApplicationReason) -> str:
    words = {
        ApplicationReason.NO_CONTACT_ACCESS: translate(
            "ApplicationTexts", "No access to the e-mail and phone of the account"
        ),
        ApplicationReason.ACCOUNT_BLOCKED: translate("ApplicationTexts", "The account is blocked"),
        ApplicationReason.OTHER: translate("ApplicationTexts", "Another reason"),
    }
    return words[reason]


def status_title(status: ApplicationStatus) -> str:
    titles = {
        ApplicationStatus.DRAFT: translate(
            "ApplicationTexts", "Not submitted yet: documents are being added"
        ),
        ApplicationStatus.SUBMITTED: translate(
            "ApplicationTexts", "Submitted: waiting for a reviewer"
        ),
        ApplicationStatus.IN_REVIEW: translate("ApplicationTexts", "A reviewer is checking it"),
        ApplicationStatus.NEEDS_MORE: translate("ApplicationTexts", "More documents are needed"),
        ApplicationStatus.APPROVED: translate("ApplicationTexts", "Approved"),
        ApplicationStatus.REJECTED: translate("ApplicationTexts", "Rejected"),
    }
    return titles[status]


def contact_words(contact: str) -> str:
    """A phone as people write it («+7 914 765-43-21»); an e-mail address as it is."""
    if "@" in contact:
        return contact
    number = parse_phone(contact)
    if number is None:
        return contact
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def size_words(size_bytes: int, locale: QLocale) -> str:
    """«1,5 МБ», «820 КБ»: one decimal for megabytes, in the interface's number format."""
    if size_bytes < _MEGABYTE:
        kilobytes = max(1, round(size_bytes / 1000))
        return translate("ApplicationTexts", "%1 KB").replace("%1", str(kilobytes))
    number = locale.toString(size_bytes / _MEGABYTE, "f", 1)
    number = number.removesuffix(locale.decimalPoint() + "0")
    return translate("ApplicationTexts", "%1 MB").replace("%1", number)


def speed_words(bytes_per_second: float, locale: QLocale) -> str:
    return translate("ApplicationTexts", "%1/s").replace(
        "%1", size_words(max(1, int(bytes_per_second)), locale)
    )


def time_left_words(seconds: float) -> str:
    if seconds < 60:
        count = max(1, math.ceil(seconds))
        return translate("ApplicationTexts", "about %n second(s) left", None, count)
    count = math.ceil(seconds / 60)
    return translate("ApplicationTexts", "about %n minute(s) left", None, count)
