"""The consent to processing personal data (152-ФЗ) that the policy hands out, in plain words.

A change of these texts is a new consent: raise `ServiceSettings.consent_version` with it.
"""

from __future__ import annotations

CONSENT_TEXT_RU = """\
Согласие на обработку персональных данных

Я даю согласие АО «Дальневосточная энергетическая компания» (АО «ДЭК») на обработку моих \
персональных данных по Федеральному закону от 27.07.2006 № 152-ФЗ «О персональных данных».

Какие данные: фамилия, имя и отчество; номер телефона и адрес электронной почты; номер \
лицевого счёта и адрес, где подключена услуга; ответы на проверочные вопросы; сканы или \
фотографии паспорта, ИНН и СНИЛС, которые я загружу.

Зачем: только чтобы проверить, что личный кабинет принадлежит мне, и восстановить мой доступ \
к нему. Для рекламы и рассылок данные не используются.

Что с ними делают: собирают, записывают, хранят, сверяют с данными лицевого счёта, уточняют, \
удаляют и уничтожают — с помощью компьютеров и вручную сотрудниками ДЭК. Третьим лицам данные \
не передаются, кроме случаев, которые прямо требует закон.

Как долго: пока рассматривается моё обращение и ещё 30 дней после его закрытия; затем сканы \
документов и ответы удаляются. Запись о том, когда я дал(а) это согласие, хранится 3 года.

Как отозвать: позвонить или написать в службу поддержки ДЭК (контакты есть на странице \
«Поддержка» в приложении) или подать заявление в любом центре обслуживания клиентов ДЭК. \
После отзыва ДЭК прекращает обработку и удаляет данные в течение 30 дней; восстановить доступ \
по документам тогда будет нельзя.

Согласие действует с момента, когда я его подтвердил(а), до его отзыва или до окончания срока \
хранения, указанного выше."""

CONSENT_TEXT_EN = """\
Consent to processing personal data

I consent to JSC Far Eastern Energy Company (АО «ДЭК», DEK) processing my personal data under \
Russian Federal Law No. 152-FZ of 27 July 2006 "On Personal Data".

What data: my full name; my phone number and e-mail address; my account number and the \
address where the service is supplied; my answers to the check questions; the scans or photos \
of my passport, INN (tax number) and SNILS (insurance number) that I upload.

Why: only to check that the personal account is mine and to restore my access to it. The data \
is not used for advertising or mailings.

What is done with it: it is collected, recorded, stored, compared with the account's records, \
corrected, deleted and destroyed — by computers and by DEK staff. It is not given to anyone \
else, except where the law explicitly requires it.

How long: while my request is being handled and for 30 days after it is closed; then the \
document scans and the answers are deleted. The record of when I gave this consent is kept for \
3 years.

How to withdraw: call or write to DEK support (the contacts are on the "Support" page of the \
app) or hand in a written request at any DEK customer service centre. After a withdrawal DEK \
stops the processing and deletes the data within 30 days; access can then no longer be \
restored by documents.

This consent is valid from the moment I confirm it until I withdraw it or until the end of the \
storage period above."""
