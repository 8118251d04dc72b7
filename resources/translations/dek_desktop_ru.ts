<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountChoicePage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/account_choice_page.py" line="+42"/>
        <source>Choose the account</source>
        <translation>Выбор лицевого счёта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Account %1</source>
        <translation>Лицевой счёт %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_choice_page.ui" line="+29"/>
        <source>Several accounts are linked to this e-mail or phone.</source>
        <translation>К этому адресу или телефону привязано несколько лицевых счетов.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the account whose password you want to change: *</source>
        <translation>Выберите счёт, для которого нужно сменить пароль: *</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Forgot your account number? This list reminds you of your accounts: the last digits of each number and its address. The full number is printed on every bill, and you can sign in with it.</source>
        <translation>Забыли номер лицевого счёта? Этот список напоминает ваши счета: последние цифры номера и адрес. Полный номер напечатан на каждой квитанции, по нему можно входить в личный кабинет.</translation>
    </message>
</context>
<context>
    <name>ApplicationProblemTexts</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/application_problem_texts.py" line="+34"/>
        <source>The application saved on this computer cannot be continued here any more. If a service centre gave you a number and PIN, open it with them; otherwise please start a new application.</source>
        <translation>Сохранённое на этом компьютере заявление здесь больше не продолжить. Если в центре обслуживания вам дали номер и ПИН-код, откройте заявление с ними; иначе создайте новое.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A prepared document could not be read. Press “Try again”.</source>
        <translation>Не удалось прочитать подготовленный документ. Нажмите «Повторить».</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The number or the PIN is not right. %n attempt(s) left.</source>
        <translation>
            <numerusform>Номер или ПИН-код неверен. Осталась %n попытка.</numerusform>
            <numerusform>Номер или ПИН-код неверен. Осталось %n попытки.</numerusform>
            <numerusform>Номер или ПИН-код неверен. Осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number or the PIN is not right.</source>
        <translation>Номер или ПИН-код неверен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not every document has arrived: %1 missing. Add it, send it and submit again.</source>
        <translation>Получены не все документы: не хватает — %1. Добавьте, отправьте и подайте заявление снова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This application takes no more documents. Press “Check the status” to see why.</source>
        <translation>Это заявление больше не принимает документы. Нажмите «Проверить статус», чтобы узнать почему.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A document is too big for the service. Take out pages that are not needed.</source>
        <translation>Документ слишком большой для сервиса. Уберите лишние страницы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service did not take a document. Please call support.</source>
        <translation>Сервис не принял документ. Пожалуйста, позвоните в поддержку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This application cannot be opened from here any more. Please call support and tell them its number.</source>
        <translation>Это заявление больше нельзя открыть отсюда. Позвоните в поддержку и назовите его номер.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please write your full name as in the passport.</source>
        <translation>Напишите фамилию, имя и отчество, как в паспорте.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name is too long.</source>
        <translation>Слишком длинное имя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please give an e-mail or a mobile phone we can write to.</source>
        <translation>Укажите электронную почту или мобильный телефон, на которые можно написать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please type the application number.</source>
        <translation>Введите номер заявления.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An application number looks like 2026-000123.</source>
        <translation>Номер заявления выглядит так: 2026-000123.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN has 6 digits.</source>
        <translation>ПИН-код — это 6 цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please add at least one document first.</source>
        <translation>Сначала добавьте хотя бы один документ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please wait a moment: the files are still being checked.</source>
        <translation>Подождите немного: файлы ещё проверяются.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The PIN was entered wrong too many times. Please try again in %n hour(s).</source>
        <translation>
            <numerusform>ПИН-код введён неверно слишком много раз. Попробуйте снова через %n час.</numerusform>
            <numerusform>ПИН-код введён неверно слишком много раз. Попробуйте снова через %n часа.</numerusform>
            <numerusform>ПИН-код введён неверно слишком много раз. Попробуйте снова через %n часов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The PIN was entered wrong too many times. Please try again in %n minute(s).</source>
        <translation>
            <numerusform>ПИН-код введён неверно слишком много раз. Попробуйте снова через %n минуту.</numerusform>
            <numerusform>ПИН-код введён неверно слишком много раз. Попробуйте снова через %n минуты.</numerusform>
            <numerusform>ПИН-код введён неверно слишком много раз. Попробуйте снова через %n минут.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationStatusView</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/application_status_view.py" line="+42"/>
        <source>Add the documents</source>
        <translation>Добавить документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send what the reviewer asked for and submit the application again</source>
        <translation>Отправьте то, что попросил проверяющий, и подайте заявление ещё раз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore access with a code</source>
        <translation>Восстановить доступ по коду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code comes to the contact given in the application</source>
        <translation>Код придёт на контакт, указанный в заявлении</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact support</source>
        <translation>Связаться с поддержкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They will explain the decision and what to do next</source>
        <translation>Там объяснят решение и что делать дальше</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Application No. %1</source>
        <translation>Заявление № %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last change on %1 at %2</source>
        <translation>Изменено %1 в %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reviewer&apos;s comment: %1</source>
        <translation>Комментарий проверяющего: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to do now. When the reviewer decides, we write to the contact of the application; you can also check here.</source>
        <translation>Сейчас ничего делать не нужно. Когда проверяющий примет решение, мы напишем на контакт из заявления; проверить можно и здесь.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please add %1, send it and submit the application again.</source>
        <translation>Добавьте %1, отправьте и подайте заявление ещё раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the documents, send them and submit the application.</source>
        <translation>Добавьте документы, отправьте их и подайте заявление.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is now the confirmed contact of your account. Restore access with a code sent to it: the old password is not needed.</source>
        <translation>Теперь %1 — подтверждённый контакт вашего личного кабинета. Восстановите доступ по коду, который придёт на него: старый пароль не нужен.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The contact given in the application is now the confirmed contact of your account. Restore access with a code sent to it.</source>
        <translation>Контакт из заявления теперь подтверждён для вашего личного кабинета. Восстановите доступ по коду, который придёт на него.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The documents could not confirm who you are. Please contact support: they will tell you why and what to do.</source>
        <translation>По документам не удалось подтвердить вашу личность. Обратитесь в поддержку: там объяснят причину и что делать.</translation>
    </message>
</context>
<context>
    <name>ApplicationTexts</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/application_texts.py" line="+25"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INN (taxpayer number)</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNILS (insurance number)</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other papers</source>
        <translation>Другие документы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the passport</source>
        <translation>паспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the other papers</source>
        <translation>другие документы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Two pages: the main spread with the photo, and the page with the registration.</source>
        <translation>Две страницы: разворот с фотографией и страница с регистрацией (пропиской).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate, or any paper with your taxpayer number.</source>
        <translation>Свидетельство или любой документ с вашим ИНН.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The green card or the notice with the insurance number.</source>
        <translation>Зелёная карточка или уведомление с номером СНИЛС.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If needed: a power of attorney, a marriage certificate after a change of name.</source>
        <translation>Если нужно: доверенность, свидетельство о браке при смене фамилии.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No access to the e-mail and phone of the account</source>
        <translation>Нет доступа к почте и телефону личного кабинета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account is blocked</source>
        <translation>Аккаунт заблокирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another reason</source>
        <translation>Другая причина</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not submitted yet: documents are being added</source>
        <translation>Ещё не подано: документы добавляются</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitted: waiting for a reviewer</source>
        <translation>Подано: ждёт проверки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reviewer is checking it</source>
        <translation>Документы проверяют</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More documents are needed</source>
        <translation>Нужны ещё документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>осталось около %n секунды</numerusform>
            <numerusform>осталось около %n секунд</numerusform>
            <numerusform>осталось около %n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>осталось около %n минуты</numerusform>
            <numerusform>осталось около %n минут</numerusform>
            <numerusform>осталось около %n минут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlockedPage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/blocked_page.py" line="+53"/>
        <source>The account is blocked</source>
        <translation>Аккаунт заблокирован</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again</source>
        <translation>Войти снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the time is up, sign in with your password as usual</source>
        <translation>Когда время выйдет, войдите со своим паролем, как обычно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore access with a code</source>
        <translation>Восстановить доступ по коду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code comes to your e-mail or phone; the old password is not needed</source>
        <translation>Код придёт на почту или телефон; старый пароль не нужен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send scans of your documents</source>
        <translation>Отправить сканы документов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passport and other papers: we check them and give access back</source>
        <translation>Паспорт и другие документы: мы проверим их и вернём доступ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact support</source>
        <translation>Связаться с поддержкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call, write, or send a request from this app</source>
        <translation>Позвонить, написать или отправить обращение из приложения</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The lock is over: you can sign in again.</source>
        <translation>Блокировка закончилась: можно снова войти.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Signing in opens again on %1 at %2 (%n min left).</source>
        <translation>
            <numerusform>Вход снова откроется %1 в %2 (осталось %n мин).</numerusform>
            <numerusform>Вход снова откроется %1 в %2 (осталось %n мин).</numerusform>
            <numerusform>Вход снова откроется %1 в %2 (осталось %n мин).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The time is up: sign in with your password as usual</source>
        <translation>Время вышло: войдите со своим паролем, как обычно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available once the time is up</source>
        <translation>Станет доступно, когда время выйдет</translation>
    </message>
    <message>
        <location filename="../../ui/blocked_page.ui" line="+50"/>
        <source>What you can do:</source>
        <translation>Что можно сделать:</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/busy_indicator.py" line="+50"/>
        <source>Please wait…</source>
        <translation>Подождите, пожалуйста…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop waiting for the answer</source>
        <translation>Больше не ждать ответа</translation>
    </message>
</context>
<context>
    <name>CalmErrors</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/calm_errors.py" line="+61"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside the app. What you typed is kept; please try that step again.</source>
        <translation>В приложении что-то пошло не так. Всё, что вы ввели, сохранено; попробуйте выполнить этот шаг ещё раз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If it happens again, please call support: the number is below.</source>
        <translation>Если это повторится, позвоните в поддержку: номер указан внизу окна.</translation>
    </message>
</context>
<context>
    <name>CaptchaBox</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/captcha_box.py" line="+54"/>
        <source>Picture with digits</source>
        <translation>Картинка с цифрами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you cannot read it, press “Show another picture” or call us.</source>
        <translation>Если цифры не читаются, нажмите «Показать другую картинку» или позвоните нам.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The digits of a new picture may be easier to read</source>
        <translation>Цифры на новой картинке могут читаться легче</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read it? Call us: the phone number is at the foot of the window.</source>
        <translation>Не получается прочитать? Позвоните нам: номер телефона — внизу окна.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read it? Call us: %1</source>
        <translation>Не получается прочитать? Позвоните нам: %1</translation>
    </message>
</context>
<context>
    <name>ChromeBar</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/chrome_bar.py" line="+57"/>
        <source>DEK personal account</source>
        <translation>Личный кабинет ДЭК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>Демо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo mode: the app works with its own practice service; no real e-mail or SMS is sent</source>
        <translation>Демонстрационный режим: приложение работает с учебным сервером, настоящие письма и SMS не отправляются</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo inbox</source>
        <translation>Демо-почта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the messages the practice service would have sent</source>
        <translation>Показать сообщения, которые отправил бы учебный сервер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch the language to English</source>
        <translation>Сменить язык на английский (English)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch the language to Russian</source>
        <translation>Сменить язык на русский</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts of the support service and a request form</source>
        <translation>Контакты службы поддержки и форма обращения</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/code_page.py" line="+81"/>
        <source>Confirmation code</source>
        <translation>Подтверждение восстановления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows what to do when the message has not arrived</source>
        <translation>Показывает, что делать, если сообщение не пришло</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>The code is not right. %n attempt(s) left.</source>
        <translation>
            <numerusform>Код неверный. Осталась %n попытка.</numerusform>
            <numerusform>Код неверный. Осталось %n попытки.</numerusform>
            <numerusform>Код неверный. Осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>The code has expired.</source>
        <translation>Срок действия кода истёк.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>The code was typed wrong too many times, so it no longer works.</source>
        <translation>Код введён неверно слишком много раз, поэтому он больше не действует.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The code has %n digit(s). Please check it, or paste the whole link.</source>
        <translation>
            <numerusform>В коде %n цифра. Проверьте его или вставьте ссылку из письма целиком.</numerusform>
            <numerusform>В коде %n цифры. Проверьте его или вставьте ссылку из письма целиком.</numerusform>
            <numerusform>В коде %n цифр. Проверьте его или вставьте ссылку из письма целиком.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Use the code from the newest message, sent %1.</source>
        <translation>Используйте код из последнего сообщения, отправленного %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>We sent a new code by SMS to %1.</source>
        <translation>Новый код отправлен в SMS на номер %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We sent a new code to the e-mail %1.</source>
        <translation>Новый код отправлен на почту %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We sent the code by SMS to %1 %2.</source>
        <translation>Код отправлен в SMS на номер %1 %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We sent the code to the e-mail %1 %2.</source>
        <translation>Код отправлен на почту %1 %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n digit(s). Spaces do not matter.</source>
        <translation>
            <numerusform>%n цифра. Пробелы не важны.</numerusform>
            <numerusform>%n цифры. Пробелы не важны.</numerusform>
            <numerusform>%n цифр. Пробелы не важны.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n digit(s). You may also paste the whole link from the e-mail.</source>
        <translation>
            <numerusform>%n цифра. Можно вставить и всю ссылку из письма.</numerusform>
            <numerusform>%n цифры. Можно вставить и всю ссылку из письма.</numerusform>
            <numerusform>%n цифр. Можно вставить и всю ссылку из письма.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• A message can take a few minutes to arrive.</source>
        <translation>• Сообщение может идти несколько минут.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Check that the phone is on and has a signal.</source>
        <translation>• Проверьте, что телефон включён и ловит сеть.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• Check the number: %1. If it is wrong, press “Back” and fix it.</source>
        <translation>• Проверьте номер: %1. Если он неверный, нажмите «Назад» и исправьте его.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Look in the Spam folder of your mailbox.</source>
        <translation>• Загляните в папку «Спам» в почте.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• Check the address: %1. If it is wrong, press “Back” and fix it.</source>
        <translation>• Проверьте адрес: %1. Если он неверный, нажмите «Назад» и исправьте его.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• Or get the code another way:</source>
        <translation>• Или получите код другим способом:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get the code by SMS instead</source>
        <translation>Получить код по SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get the code by e-mail instead</source>
        <translation>Получить код на почту</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This code no longer works.</source>
        <translation>Этот код больше не действует.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the code again — in %1</source>
        <translation>Отправить код ещё раз — через %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the code again</source>
        <translation>Отправить код ещё раз</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The code is valid for %n more minute(s).</source>
        <translation>
            <numerusform>Код действует ещё %n минуту.</numerusform>
            <numerusform>Код действует ещё %n минуты.</numerusform>
            <numerusform>Код действует ещё %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code is valid for less than a minute.</source>
        <translation>Код действует меньше минуты.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A new code</source>
        <translation>Новый код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again and ask for a new code?</source>
        <translation>Начать заново и запросить новый код?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will go back to the request page with the address or phone already filled in; press “Get the code” there.</source>
        <translation>Вы вернётесь к запросу кода, адрес или телефон уже будут вписаны — останется нажать «Получить код».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start again</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay here</source>
        <translation>Остаться</translation>
    </message>
    <message>
        <location filename="../../ui/code_page.ui" line="+32"/>
        <source>Your request is accepted.</source>
        <translation>Запрос на восстановление принят.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Code from the message *</source>
        <translation>Код из сообщения *</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Did the code not come?</source>
        <translation>Код не пришёл?</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This code can no longer be used. Ask for a new one: you will not need to type the address or phone again.</source>
        <translation>Этим кодом уже нельзя воспользоваться. Запросите новый — вводить адрес или телефон ещё раз не придётся.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Get a new code</source>
        <translation>Запросить новый код</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Do not tell this code to anyone. DEK staff never ask for it.</source>
        <translation>Никому не сообщайте код. Сотрудники ДЭК никогда его не спрашивают.</translation>
    </message>
</context>
<context>
    <name>DemoInbox</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/demo_inbox.py" line="+45"/>
        <source>e-mail and phone; every step works</source>
        <translation>есть e-mail и телефон; все шаги работают</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a phone and no e-mail</source>
        <translation>только телефон, без e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked for 15 minutes after 5 wrong passwords; recovery still works</source>
        <translation>заблокирован на 15 минут после 5 неверных паролей; восстановление работает</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blocked for long inactivity; recover by code</source>
        <translation>заблокирован из-за долгого бездействия; восстановление по коду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspected compromise; documents or support</source>
        <translation>подозрение на взлом; документы или поддержка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspicious activity; documents or support</source>
        <translation>подозрительная активность; документы или поддержка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms violation; support only</source>
        <translation>нарушение правил; только через поддержку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery security breach; support only</source>
        <translation>нарушение безопасности при восстановлении; только через поддержку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked identity questions after the code</source>
        <translation>после кода задаются вопросы для проверки личности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one phone, two accounts: the flat</source>
        <translation>один телефон, два лицевых счёта: квартира</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one phone, two accounts: the dacha</source>
        <translation>один телефон, два лицевых счёта: дача</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2, sent %3 at %4</source>
        <translation>%1 на %2, отправлено %3 в %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the code %1</source>
        <translation>Скопировать код %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the link in the app</source>
        <translation>Открыть ссылку в приложении</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Demo inbox</source>
        <translation>Демо-почта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo mode: no real e-mail or SMS is sent. The messages a customer would get appear here, newest first.</source>
        <translation>Демонстрационный режим: настоящие письма и SMS не отправляются. Сообщения, которые получил бы клиент, появляются здесь, новые сверху.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No messages yet. Ask for a recovery code in the app and it appears here.</source>
        <translation>Сообщений пока нет. Запросите в приложении код восстановления — он появится здесь.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo accounts</source>
        <translation>Демо-учётные записи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account number</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail and phone</source>
        <translation>E-mail и телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>What it shows</source>
        <translation>Что показывает</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Answers to the identity questions of account %1: %2</source>
        <translation>Ответы на вопросы проверки личности для счёта %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application from a service centre: number %1, PIN %2</source>
        <translation>Заявление из сервисного центра: номер %1, PIN-код %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The code %1 is copied.</source>
        <translation>Код %1 скопирован.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../src/dek_desktop/desktop_app.py" line="+130"/>
        <source>Starting the practice service, please wait…</source>
        <translation>Запускаем учебный сервер, подождите, пожалуйста…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The practice service did not start. Close the app and open it again.</source>
        <translation>Учебный сервер не запустился. Закройте приложение и откройте его снова.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The service address cannot be used: %1</source>
        <translation>Адрес сервера не подходит: %1</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Continue the recovery?</source>
        <translation>Продолжить восстановление?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last time a code was sent to %1 on %2 at %3. Continue with it?</source>
        <translation>В прошлый раз код был отправлен на %1 %2 в %3. Продолжить с этим кодом?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start anew</source>
        <translation>Начать заново</translation>
    </message>
</context>
<context>
    <name>DocumentSlotView</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/document_slot_view.py" line="+187"/>
        <source>Add files…</source>
        <extracomment>Thumbnails in lines of text, so they grow with the window&apos;s zoom.</extracomment>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files: %1</source>
        <translation>Добавить файлы: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moves the chosen page one place up</source>
        <translation>Переносит выбранную страницу на одно место выше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moves the chosen page one place down</source>
        <translation>Переносит выбранную страницу на одно место ниже</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes the chosen page out; it can be put back</source>
        <translation>Убирает выбранную страницу; её можно вернуть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pages: %1</source>
        <translation>Страницы: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>✓ Sent: the service has it.</source>
        <translation>✓ Отправлено: документ получен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reviewer asked for this document again.</source>
        <translation>Проверяющий попросил прислать этот документ ещё раз.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, page %2 of %3</source>
        <translation>%1, страница %2 из %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the file…</source>
        <translation>Проверяем файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send</source>
        <translation>Готово к отправке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted to a picture the service takes</source>
        <translation>Преобразовано в подходящий формат</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot be sent: %1</source>
        <translation>Нельзя отправить: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../ui/documents_page.ui" line="+81"/>
        <source>What you will need</source>
        <translation>Что понадобится</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How to photograph the documents</source>
        <translation>Как сфотографировать документы</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Consent to the processing of personal data</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scans of documents are personal data. We may receive them only with your consent (Federal Law No. 152-FZ). Please read it:</source>
        <translation>Сканы документов — это персональные данные. Мы можем получить их только с вашего согласия (Федеральный закон № 152-ФЗ). Прочитайте его:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>I have read the text and agree to the processing of my personal data *</source>
        <translation>Я прочитал(а) текст и согласен(на) на обработку моих персональных данных *</translation>
    </message>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/documents_page.py" line="+176"/>
        <source>Access by documents</source>
        <extracomment>Every file dialog and print dialog the page opens (tests and kiosk scripts answer them).</extracomment>
        <translation>Восстановление по документам</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Passport&lt;/b&gt;: the main spread with the photo and the page with the registration.</source>
        <translation>&lt;b&gt;Паспорт&lt;/b&gt;: разворот с фотографией и страница с регистрацией (пропиской).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;INN&lt;/b&gt;: the certificate with your taxpayer number.</source>
        <translation>&lt;b&gt;ИНН&lt;/b&gt;: свидетельство с номером налогоплательщика.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;SNILS&lt;/b&gt;: the green card or the notice with the number.</source>
        <translation>&lt;b&gt;СНИЛС&lt;/b&gt;: зелёная карточка или уведомление с номером.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Other papers&lt;/b&gt;, if needed: a power of attorney when you apply for someone else, a marriage certificate after a change of name.</source>
        <translation>&lt;b&gt;Другие документы&lt;/b&gt;, если нужно: доверенность, если вы обращаетесь за другого человека; свидетельство о браке при смене фамилии.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No glare or shadows: do not use the flash.</source>
        <translation>Без бликов и теней: не включайте вспышку.</translation>
    </message>
    <message>
        <source>Add the documents</source>
        <translation type="vanished">Добавить документы</translation>
    </message>
    <message>
        <source>Send what the reviewer asked for and submit the application again</source>
        <translation type="vanished">Отправьте то, что попросил проверяющий, и подайте заявление ещё раз</translation>
    </message>
    <message>
        <source>Restore access with a code</source>
        <translation type="vanished">Восстановить доступ по коду</translation>
    </message>
    <message>
        <source>The code comes to the contact given in the application</source>
        <translation type="vanished">Код придёт на контакт, указанный в заявлении</translation>
    </message>
    <message>
        <source>Contact support</source>
        <translation type="vanished">Связаться с поддержкой</translation>
    </message>
    <message>
        <source>They will explain the decision and what to do next</source>
        <translation type="vanished">Там объяснят решение и что делать дальше</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Six digits from the service centre</source>
        <translation>Шесть цифр из центра обслуживания</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Photos or scans: %1</source>
        <translation>Фотографии или сканы: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photos, scans and PDF (%1)</source>
        <translation>Фотографии, сканы и PDF (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+8"/>
        <source>Cancel the application</source>
        <translation>Отменить заявление</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cancel application No. %1 on this computer?</source>
        <translation>Отменить заявление № %1 на этом компьютере?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chosen files stay where they are; what was prepared from them is deleted, and the application is no longer continued here.</source>
        <translation>Выбранные файлы останутся на месте; подготовленное из них будет удалено, и заявление больше не будет продолжено здесь.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+88"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation type="vanished">Сохранить квитанцию</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="vanished">Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt %1.pdf</source>
        <translation type="vanished">Квитанция %1.pdf</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="vanished">Квитанция %1</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Application No. %1 was submitted from this computer. See its status?</source>
        <translation>С этого компьютера подано заявление № %1. Посмотреть его статус?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application No. %1 was being sent when the app closed. Continue sending?</source>
        <translation>Когда приложение закрылось, шла отправка заявления № %1. Продолжить отправку?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application No. %1 is not finished. Continue with it?</source>
        <translation>Заявление № %1 не закончено. Продолжить его?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/documents_page.ui" line="+40"/>
        <source>Your application</source>
        <translation>Ваше заявление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Consent version %1</source>
        <translation>Версия согласия: %1</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Open the application</source>
        <translation>Открыть заявление</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Use a scanner or a phone camera: every field of the document must be clearly visible and not distorted.</source>
        <translation>Используйте сканер или камеру телефона: все поля документа должны быть ясно видны и без искажений.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put the document flat, in good daylight; the whole page must be in the photo, all four corners.</source>
        <translation>Положите документ ровно, при хорошем дневном свете; страница должна попасть в кадр целиком, все четыре угла.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF, JPEG and PNG files fit; photos from an iPhone (HEIC) and other pictures are converted by the app, which also turns, shrinks and joins them into one file per document.</source>
        <translation>Подойдут файлы PDF, JPEG и PNG; фото с iPhone (HEIC) и другие картинки приложение преобразует само, а ещё повернёт, уменьшит и соберёт их в один файл на каждый документ.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Create the application</source>
        <translation>Создать заявление</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Application number %1</source>
        <translation>Номер заявления %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is your application from last time: its files are checked again, and what was being sent goes on from where it stopped.</source>
        <translation>Это ваше заявление с прошлого раза: файлы проверены заново, а отправка продолжится с того места, где остановилась.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still needed: %1. Add it, send it and submit the application.</source>
        <translation>Ещё нужно: %1. Добавьте, отправьте и подайте заявление.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>«%1» was taken out.</source>
        <translation>Файл «%1» убран.</translation>
    </message>
    <message>
        <source>How much is sent</source>
        <translation type="vanished">Сколько отправлено</translation>
    </message>
    <message>
        <source>Preparing the documents for sending… %1 %</source>
        <translation type="vanished">Готовим документы к отправке… %1 %</translation>
    </message>
    <message>
        <source>The connection is lost. Sending goes on by itself as soon as it is back (%1 of %2 sent).</source>
        <translation type="vanished">Связь пропала. Отправка продолжится сама, как только связь вернётся (отправлено %1 из %2).</translation>
    </message>
    <message>
        <source>Sending %1: %2 of %3</source>
        <translation type="vanished">Отправляем %1: %2 из %3</translation>
    </message>
    <message>
        <source>Paused: %1 of %2 sent. “Continue sending” goes on from there.</source>
        <translation type="vanished">Пауза: отправлено %1 из %2. «Продолжить отправку» продолжит с этого места.</translation>
    </message>
    <message>
        <source>Sending stopped: %1 of %2 sent.</source>
        <translation type="vanished">Отправка остановилась: отправлено %1 из %2.</translation>
    </message>
    <message>
        <source>All documents are sent. Now submit the application.</source>
        <translation type="vanished">Все документы отправлены. Теперь подайте заявление.</translation>
    </message>
    <message>
        <source>The service received:</source>
        <translation type="vanished">Получены документы:</translation>
    </message>
    <message>
        <source>Checksums (SHA-256) the service computed for what it received:</source>
        <translation type="vanished">Контрольные суммы (SHA-256), которые сервис посчитал для полученных файлов:</translation>
    </message>
    <message>
        <source>A reviewer will check the documents and write to %1. You can also check the status here at any time.</source>
        <translation type="vanished">Документы проверят и напишут на %1. Статус можно посмотреть здесь в любое время.</translation>
    </message>
    <message>
        <source>A reviewer will check the documents and write to the contact of the application. You can also check the status here at any time.</source>
        <translation type="vanished">Документы проверят и напишут на контакт, указанный в заявлении. Статус можно посмотреть здесь в любое время.</translation>
    </message>
    <message>
        <source>Application No. %1</source>
        <translation type="vanished">Заявление № %1</translation>
    </message>
    <message>
        <source>Last change on %1 at %2</source>
        <translation type="vanished">Изменено %1 в %2</translation>
    </message>
    <message>
        <source>The reviewer&apos;s comment: %1</source>
        <translation type="vanished">Комментарий проверяющего: %1</translation>
    </message>
    <message>
        <source>Nothing to do now. When the reviewer decides, we write to the contact of the application; you can also check here.</source>
        <translation type="vanished">Сейчас ничего делать не нужно. Когда проверяющий примет решение, мы напишем на контакт из заявления; проверить можно и здесь.</translation>
    </message>
    <message>
        <source>Please add %1, send it and submit the application again.</source>
        <translation type="vanished">Добавьте %1, отправьте и подайте заявление ещё раз.</translation>
    </message>
    <message>
        <source>Add the documents, send them and submit the application.</source>
        <translation type="vanished">Добавьте документы, отправьте их и подайте заявление.</translation>
    </message>
    <message>
        <source>%1 is now the confirmed contact of your account. Restore access with a code sent to it: the old password is not needed.</source>
        <translation type="vanished">Теперь %1 — подтверждённый контакт вашего личного кабинета. Восстановите доступ по коду, который придёт на него: старый пароль не нужен.</translation>
    </message>
    <message>
        <source>The contact given in the application is now the confirmed contact of your account. Restore access with a code sent to it.</source>
        <translation type="vanished">Контакт из заявления теперь подтверждён для вашего личного кабинета. Восстановите доступ по коду, который придёт на него.</translation>
    </message>
    <message>
        <source>The documents could not confirm who you are. Please contact support: they will tell you why and what to do.</source>
        <translation type="vanished">По документам не удалось подтвердить вашу личность. Обратитесь в поддержку: там объяснят причину и что делать.</translation>
    </message>
    <message>
        <source>The application saved on this computer cannot be continued here any more. If a service centre gave you a number and PIN, open it with them; otherwise please start a new application.</source>
        <translation type="vanished">Сохранённое на этом компьютере заявление здесь больше не продолжить. Если в центре обслуживания вам дали номер и ПИН-код, откройте заявление с ними; иначе создайте новое.</translation>
    </message>
    <message>
        <source>A prepared document could not be read. Press “Try again”.</source>
        <translation type="vanished">Не удалось прочитать подготовленный документ. Нажмите «Повторить».</translation>
    </message>
    <message numerus="yes">
        <source>The number or the PIN is not right. %n attempt(s) left.</source>
        <translation type="vanished">
            <numerusform>Номер или ПИН-код неверен. Осталась %n попытка.</numerusform>
            <numerusform>Номер или ПИН-код неверен. Осталось %n попытки.</numerusform>
            <numerusform>Номер или ПИН-код неверен. Осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number or the PIN is not right.</source>
        <translation type="vanished">Номер или ПИН-код неверен.</translation>
    </message>
    <message>
        <source>Not every document has arrived: %1 missing. Add it, send it and submit again.</source>
        <translation type="vanished">Получены не все документы: не хватает — %1. Добавьте, отправьте и подайте заявление снова.</translation>
    </message>
    <message>
        <source>This application takes no more documents. Press “Check the status” to see why.</source>
        <translation type="vanished">Это заявление больше не принимает документы. Нажмите «Проверить статус», чтобы узнать почему.</translation>
    </message>
    <message>
        <source>A document is too big for the service. Take out pages that are not needed.</source>
        <translation type="vanished">Документ слишком большой для сервиса. Уберите лишние страницы.</translation>
    </message>
    <message>
        <source>The service did not take a document. Please call support.</source>
        <translation type="vanished">Сервис не принял документ. Пожалуйста, позвоните в поддержку.</translation>
    </message>
    <message>
        <source>This application cannot be opened from here any more. Please call support and tell them its number.</source>
        <translation type="vanished">Это заявление больше нельзя открыть отсюда. Позвоните в поддержку и назовите его номер.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN was entered wrong too many times. Please try again in %n hour(s).</source>
        <translation type="vanished">
            <numerusform>ПИН-код введён неверно слишком много раз. Попробуйте снова через %n час.</numerusform>
            <numerusform>ПИН-код введён неверно слишком много раз. Попробуйте снова через %n часа.</numerusform>
            <numerusform>ПИН-код введён неверно слишком много раз. Попробуйте снова через %n часов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN was entered wrong too many times. Please try again in %n minute(s).</source>
        <translation type="vanished">
            <numerusform>ПИН-код введён неверно слишком много раз. Попробуйте снова через %n минуту.</numerusform>
            <numerusform>ПИН-код введён неверно слишком много раз. Попробуйте снова через %n минуты.</numerusform>
            <numerusform>ПИН-код введён неверно слишком много раз. Попробуйте снова через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please write your full name as in the passport.</source>
        <translation type="vanished">Напишите фамилию, имя и отчество, как в паспорте.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation type="vanished">Слишком длинное имя.</translation>
    </message>
    <message>
        <source>Please give an e-mail or a mobile phone we can write to.</source>
        <translation type="vanished">Укажите электронную почту или мобильный телефон, на которые можно написать.</translation>
    </message>
    <message>
        <source>Please type the application number.</source>
        <translation type="vanished">Введите номер заявления.</translation>
    </message>
    <message>
        <source>An application number looks like 2026-000123.</source>
        <translation type="vanished">Номер заявления выглядит так: 2026-000123.</translation>
    </message>
    <message>
        <source>The PIN has 6 digits.</source>
        <translation type="vanished">ПИН-код — это 6 цифр.</translation>
    </message>
    <message>
        <source>Please add at least one document first.</source>
        <translation type="vanished">Сначала добавьте хотя бы один документ.</translation>
    </message>
    <message>
        <source>Please wait a moment: the files are still being checked.</source>
        <translation type="vanished">Подождите немного: файлы ещё проверяются.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_page.ui" line="-146"/>
        <source>If you have no access to your e-mail and phone, or the account is blocked, send scans or photos of your documents: we check them and give the access back. First make sure you have everything that is needed.</source>
        <translation>Если нет доступа к почте и телефону или аккаунт заблокирован, отправьте сканы или фотографии документов: мы их проверим и вернём доступ. Сначала убедитесь, что у вас есть всё необходимое.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Back to what you will need</source>
        <translation>Назад: что понадобится</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Create a new application</source>
        <translation>Создать новое заявление</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I have an application number and PIN from a service centre</source>
        <translation>У меня есть номер заявления и ПИН-код из центра обслуживания</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Full name *</source>
        <translation>Фамилия, имя, отчество *</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E-mail or mobile phone *</source>
        <translation>Почта или мобильный телефон *</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new one you can use now: we will write to it about the application, and once it is approved, it becomes the contact of your account.</source>
        <translation>Новый контакт, доступный вам сейчас: мы напишем на него о заявлении, а после одобрения он станет контактом вашего личного кабинета.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Application number *</source>
        <translation>Номер заявления *</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PIN (6 digits) *</source>
        <translation>ПИН-код (6 цифр) *</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Both are printed on the slip you got at the service centre.</source>
        <translation>Оба напечатаны на листке, который вам выдали в центре обслуживания.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Back to the consent</source>
        <translation>Назад к согласию</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="vanished">Согласие</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+259"/>
        <source>Application number:</source>
        <translation>Номер заявления:</translation>
    </message>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/documents_page.py" line="-20"/>
        <location filename="../../ui/documents_page.ui" line="-242"/>
        <location line="+331"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/documents_page.ui" line="-311"/>
        <source>Write the number down: it is how support finds your application.</source>
        <translation>Запишите номер: по нему поддержка найдёт ваше заявление.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add the photos or scans for each document (* is required). You can also drag files onto this window.</source>
        <translation>Добавьте фотографии или сканы каждого документа (* — обязательно). Файлы можно и перетащить в это окно.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Undo</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Continue sending</source>
        <translation>Продолжить отправку</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Look at everything in one file</source>
        <translation>Посмотреть всё одним файлом</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cancel this application</source>
        <translation>Отменить это заявление</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send the documents</source>
        <translation>Отправить документы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submit the application</source>
        <translation>Подать заявление</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The application is submitted</source>
        <translation>Заявление подано</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Details</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/documents_page.py" line="-226"/>
        <source>Check the status</source>
        <translation>Проверить статус</translation>
    </message>
    <message>
        <location filename="../../ui/documents_page.ui" line="+99"/>
        <source>The receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/documents_page.py" line="+2"/>
        <source>Check again</source>
        <translation>Проверить ещё раз</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/done_page.py" line="+32"/>
        <source>Password changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in with the new password</source>
        <translation>Войти с новым паролем</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The new password is saved on this computer, in the system&apos;s storage.</source>
        <translation>Новый пароль сохранён на этом компьютере, в хранилище паролей системы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password could not be saved on this computer. Please write it down.</source>
        <translation>Сохранить пароль на этом компьютере не получилось. Пожалуйста, запишите его.</translation>
    </message>
    <message>
        <location filename="../../ui/done_page.ui" line="+12"/>
        <source>A message about the change went to each of your contacts: to your e-mail and by SMS to your phone. If it was not you who changed the password, please call support right away.</source>
        <translation>Сообщение о смене пароля отправлено на все ваши контакты: на электронную почту и по SMS на телефон. Если пароль меняли не вы, сразу позвоните в поддержку.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Now sign in to your personal account with your login and the new password.</source>
        <translation>Теперь войдите в личный кабинет с вашим логином и новым паролем.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your login</source>
        <translation>Ваш логин</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/flow_page.py" line="+290"/>
        <source>Try again</source>
        <extracomment>Which step of the flow this page shows; also gives its objectName. ui/&lt;form_name&gt;.ui is loaded as the page&apos;s content; None: build `self.content` in code. The flow&apos;s field names (`recovery.Field` values) -&gt; objectNames of the widgets that take them: an input issue about a field puts the focus there and describes it. True: the content takes the page&apos;s spare height (a list); False: the problem and busy lines sit right under the form and the spare height stays below.</extracomment>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the same request once more</source>
        <translation>Отправить тот же запрос ещё раз</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/forgot_page.py" line="+80"/>
        <source>Password recovery</source>
        <extracomment>The login page&apos;s picture of a bill, the account number framed (resources/images).</extracomment>
        <translation>Восстановление пароля</translation>
    </message>
    <message>
        <source>Picture with digits</source>
        <translation type="vanished">Картинка с цифрами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sample bill: the account number is at the top, framed in red</source>
        <translation>Образец квитанции: номер лицевого счёта вверху, обведён красным</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows where the account number is printed on the bill</source>
        <translation>Показывает, где на квитанции напечатан номер лицевого счёта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Get the code</source>
        <translation>Получить код</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Please type the digits from the picture and press “Get the code” again.</source>
        <translation>Введите цифры с картинки и ещё раз нажмите «Получить код».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The digits were not right. Here is a new picture: please type its digits.</source>
        <translation>Цифры введены неверно. Вот новая картинка — введите цифры с неё.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mobile phone number *</source>
        <translation>Номер мобильного телефона *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: 8 914 123-45-67 or +7 914 123-45-67</source>
        <translation>Например: 8 914 123-45-67 или +7 914 123-45-67</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail address *</source>
        <translation>Адрес электронной почты *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: name@mail.ru</source>
        <translation>Например: name@mail.ru</translation>
    </message>
    <message>
        <location filename="../../ui/forgot_page.ui" line="+42"/>
        <source>The old password is not needed.</source>
        <translation>Старый пароль не нужен.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>We will send a confirmation code to the e-mail or mobile phone that is linked to your account. With the code you will set a new password.</source>
        <translation>Мы пришлём код подтверждения на электронную почту или мобильный телефон, указанные в личном кабинете. С этим кодом вы зададите новый пароль.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How should we send the code? *</source>
        <translation>Куда прислать код? *</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>By e-mail</source>
        <translation>На электронную почту</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By SMS to a mobile phone</source>
        <translation>В SMS на мобильный телефон</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Account number (if you know it)</source>
        <translation>Номер лицевого счёта (если знаете)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Where do I find it?</source>
        <translation>Где найти?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not required. It helps when several accounts share one e-mail or phone.</source>
        <translation>Необязательно. Поможет, если на одну почту или телефон оформлено несколько счетов.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The account number (лицевой счёт) is printed at the top of every electricity bill, next to your name and address. It has digits only.</source>
        <translation>Номер лицевого счёта напечатан вверху каждой квитанции за электроэнергию, рядом с фамилией и адресом. В нём только цифры.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Show another picture</source>
        <translation>Показать другую картинку</translation>
    </message>
    <message>
        <source>One more check</source>
        <translation type="vanished">Ещё одна проверка</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Codes for this address were asked for several times. Please type the digits from the picture, so we know a person is asking.</source>
        <translation>Код для этого адреса уже запрашивали несколько раз. Введите цифры с картинки — так мы поймём, что запрос делает человек.</translation>
    </message>
    <message>
        <source>Show other digits</source>
        <translation type="vanished">Другая картинка</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Digits from the picture *</source>
        <translation>Цифры с картинки *</translation>
    </message>
    <message>
        <source>Cannot read it? Call us</source>
        <translation type="vanished">Не получается прочитать? Позвоните нам</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fields marked with * must be filled in.</source>
        <translation>Поля, отмеченные звёздочкой (*), обязательны.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/identity_page.py" line="+71"/>
        <source>A few questions</source>
        <extracomment>How many lines of the consent show at once (it scrolls), so it grows with the zoom.</extracomment>
        <translation>Подтверждение личности</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>The answers do not match what DEK knows. Please check them. %n attempt(s) left.</source>
        <translation>
            <numerusform>Ответы не совпадают с данными ДЭК. Проверьте их. Осталась %n попытка.</numerusform>
            <numerusform>Ответы не совпадают с данными ДЭК. Проверьте их. Осталось %n попытки.</numerusform>
            <numerusform>Ответы не совпадают с данными ДЭК. Проверьте их. Осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The consent text has just changed. Please read the new text and tick the box again.</source>
        <translation>Текст согласия только что изменился. Прочитайте новый текст и отметьте согласие ещё раз.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please read the consent (version %1):</source>
        <translation>Прочитайте текст согласия (редакция %1):</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Digits only; spaces and dashes are fine.</source>
        <translation>Только цифры; пробелы и дефисы можно.</translation>
    </message>
    <message>
        <location filename="../../ui/identity_page.ui" line="+20"/>
        <source>To make sure it is you, please answer a few questions.</source>
        <translation>Чтобы убедиться, что это вы, ответьте на несколько вопросов.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This protects your account from strangers. Your answers are only compared with what DEK already knows.</source>
        <translation>Это защищает ваш личный кабинет от посторонних. Ответы только сверяются с данными, которые уже есть у ДЭК.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First: your consent</source>
        <translation>Сначала — ваше согласие</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>I agree to the processing of my personal data *</source>
        <translation>Я согласен(на) на обработку моих персональных данных *</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Then: your answers</source>
        <translation>Затем — ваши ответы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fields marked with * must be filled in.</source>
        <translation>Поля, отмеченные звёздочкой (*), обязательны.</translation>
    </message>
</context>
<context>
    <name>LocalTimes</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/local_times.py" line="+19"/>
        <source>at %1</source>
        <translation>в&#xa0;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1 at %2</source>
        <translation>%1 в&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>LockReasons</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/lock_reason_texts.py" line="+13"/>
        <source>Too many failed sign-in attempts</source>
        <translation>Слишком много неудачных попыток входа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sign-ins for a long time</source>
        <translation>Долго не было входов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rules of the service were broken</source>
        <translation>Нарушены правила пользования сервисом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else may be using the account</source>
        <translation>Возможно, аккаунтом пользуется кто-то другой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspicious activity or attempts to break in</source>
        <translation>Подозрительная активность или попытки взлома</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety rules were broken while restoring the password</source>
        <translation>Нарушены требования безопасности при восстановлении пароля</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account is blocked</source>
        <translation>Аккаунт заблокирован</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login or password was typed wrong several times in a row, so signing in is closed for a while to protect the account. You can wait, or restore access now with a code: the old password is not needed.</source>
        <translation>Логин или пароль несколько раз подряд ввели неправильно, поэтому вход на время закрыт — чтобы защитить аккаунт. Можно подождать или восстановить доступ по коду прямо сейчас: старый пароль не нужен.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody has signed in to this account for a very long time, so it was blocked to protect it. Restore access with a code sent to your e-mail or phone.</source>
        <translation>В этот аккаунт очень давно никто не входил, поэтому его заблокировали для защиты. Восстановите доступ по коду, который придёт на почту или телефон.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account was blocked because the rules of using the service were broken. Only the support service can tell you more and unblock it.</source>
        <translation>Аккаунт заблокирован, потому что были нарушены правила пользования сервисом. Рассказать подробнее и разблокировать его может только техническая поддержка.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We suspect that someone else got into the account or is using it. To protect you, access comes back only after your identity documents are checked, or through the support service.</source>
        <translation>Мы подозреваем, что кто-то другой получил доступ к аккаунту или пользуется им. Чтобы защитить вас, доступ вернём только после проверки ваших документов или через техническую поддержку.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>We saw suspicious activity or attempts to break into the account. To protect you, access comes back only after your identity documents are checked, or through the support service.</source>
        <translation>Мы заметили подозрительную активность или попытки взломать аккаунт. Чтобы защитить вас, доступ вернём только после проверки ваших документов или через техническую поддержку.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>While the password was being restored, the safety rules were not kept. Only the support service can check what happened and unblock the account.</source>
        <translation>При восстановлении пароля не были соблюдены требования безопасности. Проверить, что случилось, и разблокировать аккаунт может только техническая поддержка.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account is blocked. The support service will tell you why and what to do.</source>
        <translation>Аккаунт заблокирован. Техническая поддержка расскажет почему и что делать.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/login_page.py" line="+144"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Get a code by e-mail or SMS and set a new password</source>
        <translation>Получить код по e-mail или SMS и задать новый пароль</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Personal account sign-in</source>
        <translation>Вход в личный кабинет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore access by sending scans of your documents</source>
        <translation>Восстановить доступ, отправив сканы документов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your login is remembered anyway; tick to keep the password too</source>
        <translation>Логин запоминается всегда; отметьте, чтобы запомнить и пароль</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>To protect your account, please also type the digits from the picture and press “Sign in” again.</source>
        <translation>Для защиты кабинета введите также цифры с картинки и снова нажмите «Войти».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The digits did not match the picture. Here is a new picture: please type its digits.</source>
        <translation>Цифры не совпали с картинкой. Вот новая картинка: введите её цифры.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please type the digits from the picture.</source>
        <translation>Введите цифры с картинки.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Getting a new picture…</source>
        <translation>Загружаем новую картинку…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attempt(s) left.</source>
        <translation>
            <numerusform>Осталась %n попытка.</numerusform>
            <numerusform>Осталось %n попытки.</numerusform>
            <numerusform>Осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the keyboard language and that Caps Lock is off. Not sure of the password? Press “Forgot your password?”.</source>
        <translation>Проверьте раскладку клавиатуры и что Caps Lock выключен. Не уверены в пароле? Нажмите «Забыли пароль?».</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation type="vanished">Может быть, вы имели в виду: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Puts this login into the field</source>
        <translation>Подставить этот логин в поле</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The login has Russian letters. Perhaps the keyboard is set to Russian: switch it to English (the letters next to the field show EN) and type the login again.</source>
        <translation>В логине есть русские буквы. Возможно, клавиатура переключена на русский язык: переключите её на английский (рядом с полем будет видно EN) и введите логин заново.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password is being typed in Russian letters. If your password is in English letters, switch the keyboard to English (the letters next to the field show EN).</source>
        <translation>Пароль набирается русскими буквами. Если ваш пароль из английских букв, переключите клавиатуру на английский (рядом с полем будет видно EN).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard language: %1</source>
        <translation>Язык клавиатуры: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the password</source>
        <translation>Скрыть пароль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the password</source>
        <translation>Показать пароль</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sample DEK bill</source>
        <translation>Образец счёта ДЭК</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the top of the bill, under the DEK name: “Лицевой счёт: 100 200 301”, framed in red. Your bill shows your own number there.</source>
        <translation>Вверху счёта, под названием ДЭК: «Лицевой счёт: 100 200 301», в красной рамке. В вашем счёте на этом месте напечатан ваш номер.</translation>
    </message>
    <message>
        <source>Fields marked with * must be filled in.</source>
        <translation type="vanished">Поля со звёздочкой (*) нужно заполнить.</translation>
    </message>
    <message>
        <location filename="../../ui/login_page.ui" line="+47"/>
        <source>Fields marked * must be filled in.</source>
        <translation>Поля, отмеченные звёздочкой (*), обязательны.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Account number, e-mail or phone *</source>
        <translation>Номер лицевого счёта, e-mail или телефон *</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>For example: 100 200 301, name@mail.ru or 8 914 123-45-67</source>
        <translation>Например: 100 200 301, name@mail.ru или 8 914 123-45-67</translation>
    </message>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/login_page.py" line="-78"/>
        <location filename="../../ui/login_page.ui" line="+47"/>
        <source>Did you mean:</source>
        <translation>Может быть, вы имели в виду:</translation>
    </message>
    <message>
        <location filename="../../ui/login_page.ui" line="+35"/>
        <source>Where do I find my account number?</source>
        <translation>Где найти номер лицевого счёта?</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The account number is printed at the top of every DEK bill, after the words «Лицевой счёт». It has digits only. On this sample bill it is framed in red.</source>
        <translation>Номер лицевого счёта напечатан вверху каждого счёта ДЭК, после слов «Лицевой счёт». В нём только цифры. На этом образце он обведён красной рамкой.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hide the sample bill</source>
        <translation>Скрыть образец счёта</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Password *</source>
        <translation>Пароль *</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Caps Lock is on: letters are typed as CAPITALS. Press the Caps Lock key to turn it off.</source>
        <translation>Включён Caps Lock: буквы печатаются ЗАГЛАВНЫМИ. Нажмите клавишу Caps Lock, чтобы его выключить.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remember the password on this computer</source>
        <translation>Запомнить пароль на этом компьютере</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This computer cannot keep passwords safely, so it will not remember them.</source>
        <translation>На этом компьютере нельзя надёжно хранить пароли, поэтому пароль не будет запомнен.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>To protect your account, please type the digits you see in the picture.</source>
        <translation>Для защиты кабинета введите цифры, которые видите на картинке.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show another picture</source>
        <translation>Показать другую картинку</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Digits from the picture *</source>
        <translation>Цифры с картинки *</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Forgot your password?</source>
        <translation>Забыли пароль?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No access to my e-mail and phone</source>
        <translation>Нет доступа к почте и телефону</translation>
    </message>
</context>
<context>
    <name>NewPasswordPage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/new_password_page.py" line="+103"/>
        <source>Create a new password</source>
        <extracomment>The reset window&apos;s warning comes this many seconds before its end.</extracomment>
        <translation>Создайте новый пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a new code to change the password</source>
        <translation>Запросить новый код для смены пароля</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>The password is too short: it needs at least %n character(s).</source>
        <translation>
            <numerusform>Пароль слишком короткий: нужно не меньше %n символа.</numerusform>
            <numerusform>Пароль слишком короткий: нужно не меньше %n символов.</numerusform>
            <numerusform>Пароль слишком короткий: нужно не меньше %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The password is too long: it may have at most %n character(s).</source>
        <translation>
            <numerusform>Пароль слишком длинный: в нём может быть не больше %n символа.</numerusform>
            <numerusform>Пароль слишком длинный: в нём может быть не больше %n символов.</numerusform>
            <numerusform>Пароль слишком длинный: в нём может быть не больше %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password must not be your login: not the account number, e-mail or phone.</source>
        <translation>Пароль не должен совпадать с логином: ни с номером лицевого счёта, ни с почтой, ни с телефоном.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the password you have now. Please think of a new one.</source>
        <translation>Это ваш нынешний пароль. Пожалуйста, придумайте новый.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Very many people use this password, so it is tried first. Please think of another one: for example, three or four words that do not go together.</source>
        <translation>Этим паролем пользуются очень многие, поэтому его подбирают первым. Придумайте другой: например, три-четыре слова, не связанных между собой.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords are not the same. Please type them again.</source>
        <translation>Пароли в двух полях не совпадают. Пожалуйста, введите их ещё раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service did not accept this password. Please think of another one.</source>
        <translation>Сервис не принял этот пароль. Пожалуйста, придумайте другой.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Show the new password</source>
        <translation>Показать новый пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the new password</source>
        <translation>Скрыть новый пароль</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the repeated password</source>
        <translation>Показать повтор пароля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the repeated password</source>
        <translation>Скрыть повтор пароля</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new password is for the account %1 (%2).</source>
        <translation>Новый пароль — для лицевого счёта %1 (%2).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From %1 to %2 characters (typed: %3)</source>
        <translation>От %1 до %2 символов (набрано: %3)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not one of the most common passwords (like «qwerty» or «пароль»)</source>
        <translation>Не из самых распространённых паролей (как «qwerty» или «пароль»)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Not your login (the account number, e-mail or phone)</source>
        <translation>Не совпадает с логином (номером счёта, почтой или телефоном)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not the password you had before (the service checks this)</source>
        <translation>Не совпадает с прежним паролем (это проверит сервис)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The same in both fields</source>
        <translation>В обоих полях одно и то же</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Done: %1</source>
        <translation>Выполнено: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet: %1</source>
        <translation>Не выполнено: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The time to change the password is over. Please start again: we will send a new code.</source>
        <translation>Время на смену пароля вышло. Начните заново — мы пришлём новый код.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Only %n min left to change the password (until %1). After that a new code will be needed.</source>
        <translation>
            <numerusform>Осталось всего %n мин, чтобы сменить пароль (до %1). Потом понадобится новый код.</numerusform>
            <numerusform>Осталось всего %n мин, чтобы сменить пароль (до %1). Потом понадобится новый код.</numerusform>
            <numerusform>Осталось всего %n мин, чтобы сменить пароль (до %1). Потом понадобится новый код.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n min left to change the password (until %1).</source>
        <translation>
            <numerusform>На смену пароля осталось %n мин (до %1).</numerusform>
            <numerusform>На смену пароля осталось %n мин (до %1).</numerusform>
            <numerusform>На смену пароля осталось %n мин (до %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/new_password_page.ui" line="+23"/>
        <source>Come up with a new password and type it twice: the second time makes sure there is no typo. The old password is not needed.</source>
        <translation>Придумайте новый пароль и введите его дважды: второй раз — чтобы не было опечатки. Старый пароль не нужен.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New password *</source>
        <translation>Новый пароль *</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Repeat the new password *</source>
        <translation>Повторите новый пароль *</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Requirements for the new password:</source>
        <translation>Требования к новому паролю:</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Fields marked * must be filled in.</source>
        <translation>Поля, отмеченные звёздочкой (*), обязательны.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Save the new password on this computer, in the system&apos;s password storage</source>
        <translation>Сохранить новый пароль на этом компьютере, в хранилище паролей системы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the new password down and keep it in a safe place, so that the same trouble does not happen again.</source>
        <translation>Запишите новый пароль и храните его в надёжном месте, чтобы в дальнейшем не столкнуться с такой же проблемой.</translation>
    </message>
</context>
<context>
    <name>PasswordAdvice</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/password_advice_texts.py" line="+17"/>
        <source>Strength: weak</source>
        <translation>Надёжность: низкая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: fair</source>
        <translation>Надёжность: средняя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: good</source>
        <translation>Надёжность: хорошая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong</source>
        <translation>Надёжность: высокая</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys in a row (like «qwerty» or «12345») are guessed first.</source>
        <translation>Клавиши подряд (как «qwerty» или «12345») подбирают первыми.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short patterns on the keyboard are easy to guess.</source>
        <translation>Короткие узоры на клавиатуре легко подобрать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same letter or digit over and over (like «aaa») is easy to guess.</source>
        <translation>Одну и ту же букву или цифру подряд (как «ааа») легко подобрать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A piece repeated (like «abcabc») is hardly safer than the piece alone.</source>
        <translation>Повтор (как «abcabc») почти не надёжнее, чем то, что повторяется.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs like «abc» or «6543» are easy to guess.</source>
        <translation>Последовательности вроде «abc» или «6543» легко подобрать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent years are easy to guess.</source>
        <translation>Недавние годы легко подобрать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates are often easy to guess.</source>
        <translation>Даты часто легко подобрать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is one of the ten most used passwords in the world.</source>
        <translation>Это один из десяти самых популярных паролей в мире.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is one of the hundred most used passwords in the world.</source>
        <translation>Это один из ста самых популярных паролей в мире.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Very many people use this password.</source>
        <translation>Этим паролем пользуются очень многие.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is close to a password that many people use.</source>
        <translation>Это похоже на пароль, которым пользуются многие.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A single word on its own is easy to guess.</source>
        <translation>Одно слово само по себе легко подобрать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name or surname on its own is easy to guess.</source>
        <translation>Имя или фамилию саму по себе легко подобрать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Распространённые имена и фамилии легко подобрать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take a few words that do not go together; avoid well-known phrases.</source>
        <translation>Возьмите несколько слов, не связанных между собой; избегайте известных фраз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Special signs, digits and capital letters are not needed.</source>
        <translation>Особые знаки, цифры и заглавные буквы не обязательны.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a word or two more; unusual words are better.</source>
        <translation>Добавьте ещё одно-два слова; лучше необычных.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you use a pattern on the keyboard, make it longer, with more turns.</source>
        <translation>Если пароль — узор на клавиатуре, сделайте его длиннее и с поворотами.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avoid repeating words and characters.</source>
        <translation>Избегайте повторов слов и знаков.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avoid runs of letters or digits in order.</source>
        <translation>Избегайте букв или цифр подряд по порядку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avoid recent years.</source>
        <translation>Избегайте недавних годов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid years that have to do with you (a birth year, for example).</source>
        <translation>Избегайте годов, связанных с вами (например, года рождения).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avoid dates and years that have to do with you (birthdays, for example).</source>
        <translation>Избегайте дат и годов, связанных с вами (например, дней рождения).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A capital first letter helps very little.</source>
        <translation>Заглавная первая буква почти не помогает.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All capital letters are almost as easy to guess as all small ones.</source>
        <translation>Все заглавные буквы подобрать почти так же легко, как все строчные.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A word written backwards is hardly harder to guess.</source>
        <translation>Слово, написанное задом наперёд, подобрать ненамного труднее.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Swaps everybody knows (like «@» for «a») help very little.</source>
        <translation>Известные всем замены (как «@» вместо «a») почти не помогают.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A password of three or four unrelated words is easy to remember and hard to guess.</source>
        <translation>Пароль из трёх-четырёх слов, не связанных между собой, легко запомнить и трудно подобрать.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This looks like a common Russian word typed with the English layout on (like «gfhjkm» for «пароль»). Such passwords are tried first.</source>
        <translation>Похоже на распространённое русское слово, набранное в английской раскладке (как «gfhjkm» вместо «пароль»). Такие пароли проверяют первыми.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These are keys in a row (like «йцукен» or «qwerty»). Such passwords are tried first.</source>
        <translation>Это клавиши подряд (как «йцукен» или «qwerty»). Такие пароли проверяют первыми.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a word many people in Russia use as a password. Such passwords are tried first.</source>
        <translation>Это слово многие у нас используют как пароль. Такие пароли проверяют первыми.</translation>
    </message>
</context>
<context>
    <name>ProblemTexts</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/problem_texts.py" line="+30"/>
        <source>No connection to the service. Check that the internet works and press “Try again”.</source>
        <translation>Нет связи с сервером. Проверьте, работает ли интернет, и нажмите «Повторить».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service did not answer in time. Press “Try again” in a minute.</source>
        <translation>Сервер не ответил вовремя. Нажмите «Повторить» через минуту.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection is not safe: the server could not prove it is the real one. Nothing was sent. Please call support.</source>
        <translation>Соединение небезопасно: сервер не смог подтвердить, что он настоящий. Ничего не отправлено. Позвоните, пожалуйста, в поддержку.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service sent an answer the app cannot read. Press “Try again”; if it happens again, please call support.</source>
        <translation>Сервер прислал ответ, который приложение не может прочитать. Нажмите «Повторить»; если это повторится, позвоните в поддержку.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Too many attempts. Please try again in %n minute(s).</source>
        <translation>
            <numerusform>Слишком много попыток. Попробуйте снова через %n минуту.</numerusform>
            <numerusform>Слишком много попыток. Попробуйте снова через %n минуты.</numerusform>
            <numerusform>Слишком много попыток. Попробуйте снова через %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The service is closed for maintenance. Please try again in %n minute(s).</source>
        <translation>
            <numerusform>На сервере идут технические работы. Попробуйте снова через %n минуту.</numerusform>
            <numerusform>На сервере идут технические работы. Попробуйте снова через %n минуты.</numerusform>
            <numerusform>На сервере идут технические работы. Попробуйте снова через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many attempts. Please try again a little later.</source>
        <translation>Слишком много попыток. Попробуйте снова чуть позже.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service is closed for maintenance. Please try again later.</source>
        <translation>На сервере идут технические работы. Попробуйте снова позже.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong on the service&apos;s side. Press “Try again”; if it happens again, please call support.</source>
        <translation>На стороне сервера что-то пошло не так. Нажмите «Повторить»; если это повторится, позвоните в поддержку.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please type the digits from the picture.</source>
        <translation>Введите цифры с картинки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The digits from the picture are not right. Please type the new ones.</source>
        <translation>Цифры с картинки введены неверно. Введите цифры с новой картинки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code is not right.</source>
        <translation>Код неверный.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code is no longer valid. Please start again to get a new one.</source>
        <translation>Код больше не действует. Начните заново, чтобы получить новый.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code was entered wrong too many times. Please start again.</source>
        <translation>Код слишком много раз введён неверно. Начните заново.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answers do not match what we know about the account.</source>
        <translation>Ответы не совпадают с данными лицевого счёта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time to set a new password is over. Please start again.</source>
        <translation>Время на установку нового пароля истекло. Начните заново.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This password cannot be used. Please choose another one.</source>
        <translation>Этот пароль использовать нельзя. Придумайте другой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consent text has changed. Please read it and agree again.</source>
        <translation>Текст согласия изменился. Прочитайте его и подтвердите согласие ещё раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account is blocked.</source>
        <translation>Личный кабинет заблокирован.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some fields are not filled in right. Please check them.</source>
        <translation>Некоторые поля заполнены неверно. Проверьте их, пожалуйста.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request is no longer known to the service. Please start again.</source>
        <translation>Сервер больше не знает об этом запросе. Начните заново.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session has ended. Please sign in again.</source>
        <translation>Сеанс завершён. Войдите ещё раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service could not do this: %1</source>
        <translation>Сервер не смог это выполнить: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service could not do this. Please try again or call support.</source>
        <translation>Сервер не смог это выполнить. Попробуйте ещё раз или позвоните в поддержку.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please fill in this field.</source>
        <translation>Заполните это поле.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This does not look like an e-mail address (like name@mail.ru).</source>
        <translation>Это не похоже на адрес электронной почты (пример: name@mail.ru).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This does not look like a phone number (like 8 914 123-45-67).</source>
        <translation>Это не похоже на номер телефона (пример: 8 914 123-45-67).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code comes by SMS: please enter a mobile number.</source>
        <translation>Код придёт по SMS: укажите номер мобильного телефона.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account number has digits only; it is printed on your bill.</source>
        <translation>Номер лицевого счёта состоит только из цифр; он напечатан в квитанции.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code cannot be sent this way now. Please choose the other way.</source>
        <translation>Сейчас код нельзя отправить этим способом. Выберите другой способ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code has a different number of digits. Please check it.</source>
        <translation>В коде другое количество цифр. Проверьте его, пожалуйста.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code has digits only. You may also paste the whole link from the message.</source>
        <translation>Код состоит только из цифр. Можно также вставить ссылку из сообщения целиком.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This link cannot be read. Copy the whole link from the message, or type the code.</source>
        <translation>Эту ссылку не удаётся прочитать. Скопируйте ссылку из сообщения целиком или введите код.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This link is from an earlier request. Please use the newest message.</source>
        <translation>Эта ссылка из прежнего запроса. Используйте последнее сообщение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digits only, please (spaces and dashes are fine).</source>
        <translation>Только цифры (пробелы и дефисы можно).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please agree to the processing of personal data to go on.</source>
        <translation>Чтобы продолжить, дайте согласие на обработку персональных данных.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please choose one of the accounts in the list.</source>
        <translation>Выберите один из лицевых счетов в списке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is too short.</source>
        <translation>Пароль слишком короткий.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is too long.</source>
        <translation>Пароль слишком длинный.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must not be the same as the login.</source>
        <translation>Пароль не должен совпадать с логином.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check this field.</source>
        <translation>Проверьте это поле.</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/receipt_document.py" line="+23"/>
        <source>Submitted on %1 at %2</source>
        <translation>Подано %1 в %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <source>DEK: application for access to the personal account</source>
        <translation>ДЭК: заявление о доступе к личному кабинету</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Application number: %1</source>
        <translation>Номер заявления: %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+30"/>
        <source>Documents received:</source>
        <translation>Получены документы:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this receipt. Tell the number to support when you ask about the application.</source>
        <translation>Сохраните эту квитанцию. Называйте номер, когда обращаетесь в поддержку по заявлению.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/receipt_view.py" line="+68"/>
        <source>The service received:</source>
        <translation>Получены документы:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checksums (SHA-256) the service computed for what it received:</source>
        <translation>Контрольные суммы (SHA-256), которые сервис посчитал для полученных файлов:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A reviewer will check the documents and write to %1. You can also check the status here at any time.</source>
        <translation>Документы проверят и напишут на %1. Статус можно посмотреть здесь в любое время.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A reviewer will check the documents and write to the contact of the application. You can also check the status here at any time.</source>
        <translation>Документы проверят и напишут на контакт, указанный в заявлении. Статус можно посмотреть здесь в любое время.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the receipt</source>
        <translation>Сохранить квитанцию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt %1.pdf</source>
        <translation>Квитанция %1.pdf</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Receipt %1</source>
        <translation>Квитанция %1</translation>
    </message>
</context>
<context>
    <name>RecoveryWizard</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/recovery_wizard.py" line="+114"/>
        <location line="+7"/>
        <location line="+13"/>
        <source>Start again</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Start again from the beginning?</source>
        <translation>Начать всё заново?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed on these pages will be cleared, and a code already sent will no longer be needed.</source>
        <translation>Введённое на этих страницах будет стёрто, а уже отправленный код больше не понадобится.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stay here</source>
        <translation>Остаться</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear everything and go back to the sign-in page</source>
        <translation>Стереть всё и вернуться на страницу входа</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/main_window.py" line="+126"/>
        <source>DEK: access to your personal account</source>
        <translation>ДЭК: доступ к личному кабинету</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/signed_in_page.py" line="+45"/>
        <source>You are signed in</source>
        <translation>Вы вошли в личный кабинет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the personal account on this computer</source>
        <translation>Выйти из личного кабинета на этом компьютере</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the e-mail and phone for codes and change them if needed</source>
        <translation>Проверить e-mail и телефон для кодов и при необходимости изменить их</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Signing out…</source>
        <translation>Выходим из кабинета…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hello, %1!</source>
        <translation>Здравствуйте, %1!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hello!</source>
        <translation>Здравствуйте!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are in your personal account, account number %1.</source>
        <translation>Вы в личном кабинете, лицевой счёт %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They have not been confirmed yet.</source>
        <translation>Они ещё не подтверждены.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last confirmed on %1.</source>
        <translation>Последний раз подтверждены %1.</translation>
    </message>
    <message>
        <location filename="../../ui/signed_in_page.ui" line="+80"/>
        <source>Where we send codes to restore access</source>
        <translation>Куда мы отправим код для восстановления доступа</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Keep your e-mail and phone up to date: then you can always restore access to your personal account if the password is forgotten.</source>
        <translation>Рекомендуем обновить адрес электронной почты и номер телефона, если они изменились: тогда вы всегда сможете восстановить доступ к личному кабинету, даже если забудете пароль.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Update my e-mail and phone</source>
        <translation>Обновить e-mail и телефон</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>SupportLine</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/support_line.py" line="+51"/>
        <source>Support: %1, hours %2 (%3)</source>
        <translation>Поддержка: %1, часы работы %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Support: %1, from %2 to %3 your time</source>
        <translation>Поддержка: %1, с %2 до %3 по вашему времени</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support phone and hours</source>
        <translation>Телефон и часы работы поддержки</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/support_page.py" line="+85"/>
        <source>Support</source>
        <extracomment>The URL a contact button opens (a dynamic property: tests and QA scripts read it).</extracomment>
        <translation>Поддержка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the request number</source>
        <translation>Скопировать номер обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number is copied.</source>
        <translation>Номер скопирован.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write another request</source>
        <translation>Написать ещё одно обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Call this number</source>
        <translation>Позвонить по этому номеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an e-mail to this address</source>
        <translation>Написать письмо на этот адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the support website</source>
        <translation>Открыть сайт поддержки</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What you wrote is kept: press “Try again” to send it.</source>
        <translation>Ваш текст сохранён: нажмите «Повторить», чтобы отправить его.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send the request</source>
        <translation>Отправить обращение</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Hours: %1 (%2)</source>
        <translation>Часы работы: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open from %1 to %2, your time</source>
        <translation>Работает с %1 до %2 по вашему времени</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Hide the details</source>
        <translation>Скрыть подробности</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the request sends about the app</source>
        <translation>Что обращение сообщает о приложении</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App version: %1</source>
        <translation>Версия приложения: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System: %1</source>
        <translation>Система: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page: %1</source>
        <translation>Страница: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last problem: %1</source>
        <translation>Последняя ошибка: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers of the last requests to the service: %1</source>
        <translation>Номера последних запросов к сервису: %1</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="+16"/>
        <source>If nothing else helped, contact the support service. Tell them everything you know about the trouble: it helps them help you sooner.</source>
        <translation>Если ничего не помогло, обратитесь в техническую поддержку. Расскажите всё, что знаете о проблеме: так вам помогут быстрее.</translation>
    </message>
    <message>
        <source>How to reach support</source>
        <translation type="vanished">Как связаться с поддержкой</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Your request has been received. Its number:</source>
        <translation>Ваше обращение принято. Его номер:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Keep this number: name it when you call or write to support, and they will find your request at once.</source>
        <translation>Сохраните этот номер: назовите его, когда будете звонить или писать в поддержку, — и ваше обращение сразу найдут.</translation>
    </message>
    <message>
        <source>Write to us</source>
        <translation type="vanished">Напишите нам</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Call or write:</source>
        <translation>Позвоните или напишите:</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Or leave a request here:</source>
        <translation>Или оставьте обращение здесь:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your name *</source>
        <translation>Ваше имя *</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E-mail or phone for our answer *</source>
        <translation>Почта или телефон для ответа *</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What happened? *</source>
        <translation>Что случилось? *</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fields marked * must be filled in.</source>
        <translation>Поля, отмеченные звёздочкой (*), обязательны.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>With the request we also send a few technical details that help find the trouble. Passwords and codes are never sent.</source>
        <translation>Вместе с обращением мы отправим несколько технических сведений, которые помогут найти проблему. Пароли и коды не отправляются никогда.</translation>
    </message>
</context>
<context>
    <name>SupportSubjects</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/support_subjects.py" line="+18"/>
        <source>The account is blocked: %1</source>
        <translation>Аккаунт заблокирован: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I cannot sign in to my personal account</source>
        <translation>Не получается войти в личный кабинет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I cannot ask for a recovery code</source>
        <translation>Не получается запросить код восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code does not come or does not fit</source>
        <translation>Код не приходит или не подходит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choosing my account</source>
        <translation>Выбор лицевого счёта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions to check my identity</source>
        <translation>Вопросы для проверки личности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I cannot set a new password</source>
        <translation>Не получается сменить пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in after changing the password</source>
        <translation>Вход после смены пароля</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>A question about my personal account</source>
        <translation>Вопрос о личном кабинете</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The account is blocked</source>
        <translation>Аккаунт заблокирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring access with documents</source>
        <translation>Восстановление доступа по документам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updating my e-mail or phone</source>
        <translation>Обновление почты или телефона</translation>
    </message>
</context>
<context>
    <name>TrustBanner</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/trust_banner.py" line="+32"/>
        <source>Attention: this app is connected to %1, not to DEK&apos;s official server. Do not type your password unless DEK told you to use this address.</source>
        <translation>Внимание: приложение подключено к серверу %1, а не к официальному серверу ДЭК. Не вводите пароль, если ДЭК не сообщал вам этот адрес.</translation>
    </message>
</context>
<context>
    <name>UploadProgressView</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/pages/upload_progress_view.py" line="+62"/>
        <source>How much is sent</source>
        <translation>Сколько отправлено</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preparing the documents for sending… %1 %</source>
        <translation>Готовим документы к отправке… %1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection is lost. Sending goes on by itself as soon as it is back (%1 of %2 sent).</source>
        <translation>Связь пропала. Отправка продолжится сама, как только связь вернётся (отправлено %1 из %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending %1: %2 of %3</source>
        <translation>Отправляем %1: %2 из %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paused: %1 of %2 sent. “Continue sending” goes on from there.</source>
        <translation>Пауза: отправлено %1 из %2. «Продолжить отправку» продолжит с этого места.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending stopped: %1 of %2 sent.</source>
        <translation>Отправка остановилась: отправлено %1 из %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All documents are sent. Now submit the application.</source>
        <translation>Все документы отправлены. Теперь подайте заявление.</translation>
    </message>
</context>
</TS>
