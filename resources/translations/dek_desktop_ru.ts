<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
    <name>ChromeBar</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/chrome_bar.py" line="+58"/>
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
    <name>DemoInbox</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/demo_inbox.py" line="+43"/>
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
        <location line="+53"/>
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
        <location line="+108"/>
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
        <location line="+1"/>
        <source>E-mail and phone</source>
        <translation>E-mail и телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it shows</source>
        <translation>Что показывает</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Answers to the identity questions of account %1: %2</source>
        <translation>Ответы на вопросы проверки личности для счёта %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application from a service centre: number %1, PIN %2</source>
        <translation>Заявление из сервисного центра: номер %1, PIN-код %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The code %1 is copied.</source>
        <translation>Код %1 скопирован.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../src/dek_desktop/app.py" line="+143"/>
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
        <location line="+86"/>
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
    <name>FlowPage</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/flow_page.py" line="+274"/>
        <source>Try again</source>
        <extracomment>Which step of the flow this page shows; also gives its objectName. ui/&lt;form_name&gt;.ui is loaded as the page&apos;s content; None: build `self.content` in code. The flow&apos;s field names (`recovery.Field` values) -&gt; objectNames of the widgets that take them: an input issue about a field puts the focus there and describes it.</extracomment>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the same request once more</source>
        <translation>Отправить тот же запрос ещё раз</translation>
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
    <name>RecoveryWizard</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/recovery_wizard.py" line="+110"/>
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
        <location filename="../../src/dek_desktop/wizard/main_window.py" line="+114"/>
        <source>DEK: access to your personal account</source>
        <translation>ДЭК: доступ к личному кабинету</translation>
    </message>
</context>
<context>
    <name>SupportLine</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/support_line.py" line="+48"/>
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
    <name>TrustBanner</name>
    <message>
        <location filename="../../src/dek_desktop/wizard/trust_banner.py" line="+31"/>
        <source>Attention: this app is connected to %1, not to DEK&apos;s official server. Do not type your password unless DEK told you to use this address.</source>
        <translation>Внимание: приложение подключено к серверу %1, а не к официальному серверу ДЭК. Не вводите пароль, если ДЭК не сообщал вам этот адрес.</translation>
    </message>
</context>
</TS>
