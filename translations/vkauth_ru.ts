<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.ui" line="+6"/>
        <source>About VK Auth</source>
        <translation>О программе VK Auth</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gets, keeps and hands out VK access tokens for your scripts, bots and services.</source>
        <translation>Получает, хранит и выдаёт токены доступа VK для ваших скриптов, ботов и сервисов.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VK Auth is built on the following software, used under these licences:</source>
        <translation>VK Auth построен на следующих программах, используемых на условиях этих лицензий:</translation>
    </message>
</context>
<context>
    <name>AccountInfo</name>
    <message>
        <source>no name in the reply</source>
        <translation type="vanished">в ответе нет имени</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1: %2</translation>
    </message>
</context>
<context>
    <name>AppRefusal</name>
    <message>
        <location filename="../src/core/auth/AppRefusal.cpp" line="+16"/>
        <source>the app %1</source>
        <translation>приложение %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>VK refused %1 for this account now (&quot;Security Error&quot;). Try again later, or sign in with another app.</source>
        <translation>VK сейчас отказывает %1 для этой учётной записи («Security Error»). Попробуйте позже или войдите через другое приложение.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VK refused %1 for this account now (&quot;Security Error&quot;); try %2 instead, or this app again later.</source>
        <translation>VK сейчас отказывает %1 для этой учётной записи («Security Error»); попробуйте %2 или это приложение позже.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VK has blocked %1: it refuses every sign-in with it.</source>
        <translation>VK заблокировал %1: любой вход через него отклоняется.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VK has disabled %1: it refuses every sign-in with it.</source>
        <translation>VK отключил %1: любой вход через него отклоняется.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No other app in the table is known to grant these permissions.</source>
        <translation>Другие приложения из таблицы, дающие эти права, неизвестны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apps that work and grant these permissions: %1.</source>
        <translation>Работающие приложения, дающие эти права: %1.</translation>
    </message>
</context>
<context>
    <name>AppTable</name>
    <message>
        <location filename="../src/core/auth/AppTable.cpp" line="+31"/>
        <source>VK for Android</source>
        <translation>VK для Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send with an Android User-Agent: VK has frozen accounts that used it with a desktop one.</source>
        <translation>Отправляйте с User-Agent Android: VK замораживал учётные записи, входившие через него с настольным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VK for Windows</source>
        <translation>VK для Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VK for Windows Phone</source>
        <translation>VK для Windows Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VK for iPhone</source>
        <translation>VK для iPhone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VK for iPad</source>
        <translation>VK для iPad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VK Me</source>
        <translation>VK Me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kate Mobile</source>
        <translation>Kate Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VK may refuse some methods with its tokens (API error 25, token confirmation required).</source>
        <translation>VK может отклонять некоторые методы с его токенами (ошибка API 25, требуется подтверждение токена).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VK Admin</source>
        <translation>VK Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VK answers &quot;application is blocked&quot; on /authorize, and its old tokens stopped working too.</source>
        <translation>VK отвечает «application is blocked» на /authorize, и его старые токены тоже перестали работать.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>неизвестное поле «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«%1» должно быть строкой</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>status &quot;%1&quot; is not works, blocked or disabled</source>
        <translation>статус «%1» — не works, blocked или disabled</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;flows&quot; must list &quot;direct&quot; and/or &quot;browser&quot;</source>
        <translation>«flows» должно содержать «direct» и/или «browser»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;scopes&quot;: %1</source>
        <translation>«scopes»: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;client_id&quot; must be a number</source>
        <translation>«client_id» должно быть числом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a &quot;direct&quot; app needs its &quot;client_secret&quot;</source>
        <translation>приложению «direct» нужен «client_secret»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not JSON (%1 at offset %2)</source>
        <translation>не JSON (%1 на смещении %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an object with an &quot;apps&quot; array</source>
        <translation>ожидался объект с массивом «apps»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entry %1 has no &quot;key&quot;</source>
        <translation>у записи %1 нет «key»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>entry &quot;%1&quot;: %2</source>
        <translation>запись «%1»: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The built-in app table is broken: %1</source>
        <translation>Встроенная таблица приложений повреждена: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was ignored (the built-in app table is used): %2</source>
        <translation>%1 проигнорирован (используется встроенная таблица приложений): %2</translation>
    </message>
    <message>
        <location filename="../src/core/auth/OfficialApps.cpp" line="+48"/>
        <source>blocked</source>
        <translation>заблокировано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled</source>
        <translation>отключено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>works</source>
        <translation>работает</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Custom app</source>
        <translation>Своё приложение</translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <location filename="../src/core/auth/AuthError.cpp" line="+12"/>
        <source>This VK page is blocked.</source>
        <translation>Эта страница VK заблокирована.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number is missing or does not match the account.</source>
        <translation>Номер телефона не указан или не совпадает с номером аккаунта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VK refused the authorization.</source>
        <translation>VK отказал в авторизации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The captcha was not solved after several attempts.</source>
        <translation>Капчу не удалось пройти за несколько попыток.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two-factor code was not accepted after several attempts.</source>
        <translation>Код двухфакторной аутентификации не принят после нескольких попыток.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login or password is incorrect.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many attempts. Try again later.</source>
        <translation>Слишком много попыток. Попробуйте позже.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two-factor code is wrong.</source>
        <translation>Неверный код двухфакторной аутентификации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two-factor code has the wrong format.</source>
        <translation>Код двухфакторной аутентификации имеет неверный формат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach VK. Check the connection.</source>
        <translation>Не удалось связаться с VK. Проверьте подключение к сети.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VK did not answer in time.</source>
        <translation>VK не ответил вовремя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VK sent a reply that could not be understood.</source>
        <translation>VK прислал непонятный ответ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some of the settings are not valid.</source>
        <translation>Некоторые настройки заданы неверно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access was denied.</source>
        <translation>В доступе отказано.</translation>
    </message>
</context>
<context>
    <name>BrowserDialog</name>
    <message>
        <location filename="../ui/BrowserDialog.ui" line="+6"/>
        <source>Sign in to VK</source>
        <translation>Вход в VK</translation>
    </message>
</context>
<context>
    <name>CaptchaDialog</name>
    <message>
        <location filename="../ui/CaptchaDialog.ui" line="+7"/>
        <source>Captcha</source>
        <translation>Капча</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VK wants to be sure you are not a robot. Type the characters you see in the picture.</source>
        <translation>VK хочет убедиться, что вы не робот. Введите символы с картинки.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;New picture</source>
        <translation>&amp;Другая картинка</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Characters:</source>
        <translation>&amp;Символы:</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <location filename="../src/core/net/Endpoints.cpp" line="+42"/>
        <source>The %1 address &quot;%2&quot; is not a valid web address.</source>
        <translation>Адрес %1 «%2» не является правильным веб-адресом.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 address &quot;%2&quot; uses plain http://, which is allowed only for this computer (localhost). Use https://.</source>
        <translation>Адрес %1 «%2» использует незащищённый http://, который разрешён только для этого компьютера (localhost). Используйте https://.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.ui" line="+6"/>
        <source>Export Profiles</source>
        <translation>Экспорт профилей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Profiles to export:</source>
        <translation>&amp;Профили для экспорта:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select &amp;All</source>
        <translation>Отметить &amp;все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;None</source>
        <translation>&amp;Снять отметки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ile:</source>
        <translation>Ф&amp;айл:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>Паро&amp;льная фраза:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat:</source>
        <translation>Повто&amp;р:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrases do not match.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I understand that the tokens will be readable by anyone who can read this file.</source>
        <translation>Я понимаю, что токены будут доступны любому, кто сможет прочитать этот файл.</translation>
    </message>
</context>
<context>
    <name>ExportError</name>
    <message>
        <location filename="../src/core/transfer/ExportError.cpp" line="+11"/>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a VK Auth export file.</source>
        <translation>Это не файл экспорта VK Auth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This export was made by a newer version of VK Auth, or its header is damaged.</source>
        <translation>Этот файл создан более новой версией VK Auth, или его заголовок повреждён.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is incomplete: it was cut short.</source>
        <translation>Файл неполон: он обрезан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file&apos;s encryption settings are not valid; it is damaged or not from VK Auth.</source>
        <translation>Параметры шифрования файла неверны: он повреждён или создан не VK Auth.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong passphrase, or the file was changed or damaged after export.</source>
        <translation>Неверная парольная фраза, или файл был изменён либо повреждён после экспорта.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s content is damaged: it is not a valid list of profiles.</source>
        <translation>Содержимое файла повреждено: это не список профилей.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is too large to be a VK Auth export.</source>
        <translation>Файл слишком велик для файла экспорта VK Auth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file lists profiles without their tokens; there is nothing to import.</source>
        <translation>В этом файле только список профилей без токенов; импортировать нечего.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No profiles to export.</source>
        <translation>Нет профилей для экспорта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile without a token cannot be written as .env lines.</source>
        <translation>Профиль без токена нельзя записать строками .env.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption could not run (not enough memory, or the crypto library failed to start).</source>
        <translation>Не удалось зашифровать (не хватает памяти или не запустилась криптографическая библиотека).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be read.</source>
        <translation>Не удалось прочитать файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be written.</source>
        <translation>Не удалось записать файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain refused or is unavailable. Nothing was changed.</source>
        <translation>Системная связка ключей отказала в доступе или недоступна. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../src/core/transfer/ExportFormats.cpp" line="+262"/>
        <source>Encrypted with a passphrase (recommended)</source>
        <translation>Зашифровано парольной фразой (рекомендуется)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain JSON with tokens (readable by anyone)</source>
        <translation>Обычный JSON с токенами (прочитать может любой)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>.env lines for scripts (tokens readable by anyone)</source>
        <translation>Строки .env для скриптов (токены может прочитать любой)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List without tokens (for sharing)</source>
        <translation>Список без токенов (чтобы поделиться)</translation>
    </message>
</context>
<context>
    <name>ImplicitFlow</name>
    <message>
        <location filename="../src/core/auth/ImplicitFlow.cpp" line="+48"/>
        <source>The redirect carries no user token or user id.</source>
        <translation>В перенаправлении нет токена или id пользователя.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The redirect carries no community token.</source>
        <translation>В перенаправлении нет токена сообщества.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The page is not VK&apos;s final redirect.</source>
        <translation>Это не последнее перенаправление VK.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The answer does not carry this sign-in&apos;s state; it was refused.</source>
        <translation>Ответ не содержит параметра state этого входа; он отклонён.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer belongs to another sign-in (state mismatch).</source>
        <translation>Ответ относится к другому входу (не совпадает state).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.ui" line="+6"/>
        <source>Import Profiles</source>
        <translation>Импорт профилей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ile:</source>
        <translation>Ф&amp;айл:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>Паро&amp;льная фраза:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open File</source>
        <translation>Открыть &amp;файл</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profiles that are already here (same account and app)</source>
        <translation>Профили, которые уже есть здесь (тот же аккаунт и приложение)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skip them: keep the profiles here</source>
        <translation>&amp;Пропустить: оставить имеющиеся профили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace them with the imported ones</source>
        <translation>&amp;Заменить импортируемыми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep both</source>
        <translation>Оставить о&amp;ба</translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message numerus="yes">
        <location filename="../src/core/auth/LoopbackReceiver.cpp" line="+31"/>
        <source>No answer came back from the browser in %n minute(s).</source>
        <translation>
            <numerusform>Браузер не ответил за %n минуту.</numerusform>
            <numerusform>Браузер не ответил за %n минуты.</numerusform>
            <numerusform>Браузер не ответил за %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The redirect URL must be http://127.0.0.1:PORT/… or http://localhost:PORT/… for the system browser.</source>
        <translation>Для системного браузера адрес перенаправления должен быть http://127.0.0.1:ПОРТ/… или http://localhost:ПОРТ/….</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 on 127.0.0.1 is not free: %2</source>
        <translation>Порт %1 на 127.0.0.1 занят: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The request is too large.</source>
        <translation>Слишком большой запрос.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is not the address VK Auth waits for.</source>
        <translation>Это не тот адрес, которого ждёт VK Auth.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can return to VK Auth.</source>
        <translation>Можно вернуться в VK Auth.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+6"/>
        <source>VK Auth</source>
        <translation>VK Auth</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No profiles yet</source>
        <translation>Профилей пока нет</translation>
    </message>
    <message>
        <source>Sign in to VK to get a token for your scripts and bots. Tokens you get are kept here, with their secrets in the system keychain.</source>
        <translation type="vanished">Войдите в VK, чтобы получить токен для ваших скриптов и ботов. Полученные токены хранятся здесь, а их секретная часть — в системной связке ключей.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Sign in to VK…</source>
        <translation>&amp;Войти в VK…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Имя</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">Тип</translation>
    </message>
    <message>
        <source>VK id</source>
        <translation type="vanished">VK id</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="vanished">Истекает</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="vanished">Права доступа</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation type="vanished">Войти &amp;заново…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Profile</source>
        <translation>П&amp;рофиль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sign in…</source>
        <translation>Вой&amp;ти…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="vanished">&amp;Настройки…</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Sign in to VK to get a token for your scripts and bots, or add a token you already have. Profiles are listed here; their secrets go to the system keychain or, if you choose so in Settings, to an encrypted file.</source>
        <translation>Войдите в VK, чтобы получить токен для своих скриптов и ботов, или добавьте уже имеющийся токен. Профили показаны здесь; их секреты хранятся в системной связке ключей или, если так выбрано в настройках, в зашифрованном хранилище.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export Profiles…</source>
        <translation>&amp;Экспорт профилей…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Profiles…</source>
        <translation>&amp;Импорт профилей…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find Profile</source>
        <translation>&amp;Найти профиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Документация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Report a Problem…</source>
        <translation>Сообщить о &amp;проблеме…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About VK Auth</source>
        <translation>&amp;О программе VK Auth</translation>
    </message>
</context>
<context>
    <name>PageDialog</name>
    <message>
        <location filename="../src/gui/signin/GuiPrompter.cpp" line="+26"/>
        <source>Continue on VK&apos;s page</source>
        <translation>Продолжение на странице VK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VK wants one more step in the browser window. Waiting for the browser window…</source>
        <translation>VK просит пройти ещё один шаг в окне браузера. Ожидание окна браузера…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>VK: one more step</source>
        <translation>VK: ещё один шаг</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../src/core/crypto/PassphraseStrength.cpp" line="+50"/>
        <source>Enter a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Easy to guess. Use four or more random words, or a longer mix of characters.</source>
        <translation>Легко подобрать. Возьмите четыре и более случайных слова или более длинный набор символов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could be stronger: add a word or a few characters.</source>
        <translation>Можно надёжнее: добавьте слово или несколько символов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Good. Keep it somewhere safe: without it the file cannot be opened.</source>
        <translation>Хорошо. Сохраните её в надёжном месте: без неё файл не открыть.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Empty</source>
        <translation>Пусто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very weak</source>
        <translation>Очень слабая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very strong</source>
        <translation>Очень надёжная</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <location filename="../src/core/profiles/PrivateFile.cpp" line="+49"/>
        <source>the target is a symbolic link; choose a real file</source>
        <translation>цель — символическая ссылка; выберите настоящий файл</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the folder &quot;%1&quot; could not be made</source>
        <translation>не удалось создать папку «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder &quot;%1&quot; could not be made private</source>
        <translation>не удалось закрыть доступ к папке «%1» для других пользователей</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../src/core/profiles/Profile.cpp" line="+258"/>
        <source>Valid</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid (revoked or never valid)</source>
        <translation>Недействителен (отозван или никогда не действовал)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not check (network error)</source>
        <translation>Не удалось проверить (ошибка сети)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VK asks for a check before it accepts the token</source>
        <translation>VK требует проверки, прежде чем примет токен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not checked yet</source>
        <translation>Ещё не проверен</translation>
    </message>
</context>
<context>
    <name>ProfilesWidget</name>
    <message>
        <location filename="../ui/ProfilesWidget.ui" line="+31"/>
        <source>Search profiles…</source>
        <translation>Поиск профилей…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search profiles</source>
        <translation>Поиск профилей</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a profile to see its token&apos;s details.</source>
        <translation>Выберите профиль, чтобы увидеть сведения о его токене.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Retry saving</source>
        <translation>Сохранить с&amp;нова</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VK id:</source>
        <translation>VK id:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App:</source>
        <translation>Приложение:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permissions:</source>
        <translation>Права доступа:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obtained:</source>
        <translation>Получен:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires:</source>
        <translation>Истекает:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last check:</source>
        <translation>Последняя проверка:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keychain:</source>
        <translation>Связка ключей:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy token</source>
        <translation>&amp;Копировать токен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chec&amp;k</source>
        <translation>Про&amp;верить</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="vanished">&amp;Проверить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>Пере&amp;именовать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in &amp;again…</source>
        <translation>Войти &amp;заново…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify…</source>
        <translation>Подтвер&amp;дить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VK wants to verify the account before it accepts this token again: pass its check</source>
        <translation>VK хочет проверить учётную запись, прежде чем снова примет этот токен: пройдите проверку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Solve…</source>
        <translation>Прой&amp;ти…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VK wants a &quot;not robot&quot; check before it accepts this token again: solve it on VK&apos;s page</source>
        <translation>VK хочет проверки «я не робот», прежде чем снова принимать этот токен: пройдите её на странице VK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in &amp;with another app…</source>
        <translation>Войти &amp;через другое приложение…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VK wants this app&apos;s tokens confirmed: sign in again with an app that grants the same permissions</source>
        <translation>VK требует подтвердить токены этого приложения: войдите снова через приложение с теми же правами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Удалить…</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../ui/ProgressDialog.ui" line="+6"/>
        <source>Signing in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting to VK…</source>
        <translation>Подключение к VK…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Address of the page</source>
        <translation>Адрес страницы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y address</source>
        <translation>&amp;Копировать адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in browser</source>
        <translation>Открыть в &amp;браузере</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <location filename="../src/core/auth/Scopes.cpp" line="+75"/>
        <source>The scope mask %1 is too large.</source>
        <translation>Маска прав доступа %1 слишком велика.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>user</source>
        <translation>пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>community</source>
        <translation>сообщества</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown %1 scope &quot;%2&quot;.</source>
        <translation>Неизвестное право доступа %1 «%2».</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../src/core/profiles/SecretStore.cpp" line="+59"/>
        <source>The keychain holds no secret for this profile.</source>
        <translation>В связке ключей нет секрета для этого профиля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain is not available. Make sure a Secret Service (such as GNOME Keyring or KWallet) is running and try again.</source>
        <translation>Системная связка ключей недоступна. Убедитесь, что запущена служба Secret Service (например, GNOME Keyring или KWallet), и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain refused access. It may be locked: unlock it and try again.</source>
        <translation>Системная связка ключей отказала в доступе. Возможно, она заблокирована: разблокируйте её и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain did not answer within %1 s. It may be locked and waiting for a password prompt that cannot be shown.</source>
        <translation>Системная связка ключей не ответила за %1 с. Возможно, она заблокирована и ждёт ввода пароля, который невозможно показать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault could not be opened: the passphrase is wrong, or the vault file was altered. Nothing was changed.</source>
        <translation>Не удалось открыть хранилище: парольная фраза неверна или файл хранилища был изменён. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault file is damaged or was altered. It was left as it is; restore it from a backup.</source>
        <translation>Файл хранилища повреждён или изменён. Он оставлен как есть; восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault is locked: no passphrase was given for it.</source>
        <translation>Хранилище заперто: парольная фраза для него не задана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault file could not be read or written.</source>
        <translation>Не удалось прочитать или записать файл хранилища.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase file (VKAUTH_VAULT_PASSPHRASE_FILE) must be a file only its owner can read (chmod 600 or 400); it was not used.</source>
        <translation>Файл с парольной фразой (VKAUTH_VAULT_PASSPHRASE_FILE) должен быть доступен для чтения только владельцу (chmod 600 или 400); он не использован.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret of this profile is kept in the other secret store (see VKAUTH_SECRET_STORE and &quot;vkauth-cli store migrate&quot;).</source>
        <translation>Секрет этого профиля хранится в другом хранилище секретов (см. VKAUTH_SECRET_STORE и «vkauth-cli store migrate»).</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be locked and waiting for a password prompt that cannot be shown.</source>
        <translation type="vanished">
            <numerusform>Системная связка ключей не ответила за %n секунду. Возможно, она заблокирована и ждёт ввода пароля, который невозможно показать.</numerusform>
            <numerusform>Системная связка ключей не ответила за %n секунды. Возможно, она заблокирована и ждёт ввода пароля, который невозможно показать.</numerusform>
            <numerusform>Системная связка ключей не ответила за %n секунд. Возможно, она заблокирована и ждёт ввода пароля, который невозможно показать.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/profiles/SecretBackend.cpp" line="+29"/>
        <source>VKAUTH_SECRET_STORE must be &quot;keychain&quot; or &quot;vault&quot;, not &quot;%1&quot;.</source>
        <translation>VKAUTH_SECRET_STORE должна быть «keychain» или «vault», а не «%1».</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../src/core/Settings.cpp" line="+126"/>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>Укажите имя или адрес прокси-сервера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the proxy&apos;s port.</source>
        <translation>Укажите порт прокси-сервера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request timeout must be between %1 and %2 seconds.</source>
        <translation>Время ожидания ответа должно быть от %1 до %2 секунд.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clipboard clear time must be between 0 and %1 seconds.</source>
        <translation>Время до очистки буфера обмена должно быть от 0 до %1 секунд.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown app &quot;%1&quot;.</source>
        <translation>Неизвестное приложение «%1».</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="+5"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language is used from the next start.</source>
        <translation>Новый язык будет применён при следующем запуске.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear copied tokens after:</source>
        <translation>&amp;Очищать скопированные токены через:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Sign-in defaults</source>
        <translation>Вход по умолчанию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;App:</source>
        <translation>&amp;Приложение:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Permissions:</source>
        <translation>П&amp;рава доступа:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all, or names such as friends, photos, wall</source>
        <translation>all или названия, например friends, photos, wall</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VK &amp;domain:</source>
        <translation>&amp;Домен VK:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request &amp;timeout:</source>
        <translation>Время о&amp;жидания ответа:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proxy:</source>
        <translation>Прокси:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the &amp;system settings</source>
        <translation>&amp;Системные настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No proxy</source>
        <translation>&amp;Без прокси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual:</source>
        <translation>&amp;Вручную:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>proxy host</source>
        <translation>адрес прокси</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep tokens in:</source>
        <translation>Хранить токены:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system &amp;keychain</source>
        <translation>В системной связке &amp;ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encrypted &amp;file (vault), opened with a passphrase</source>
        <translation>В &amp;зашифрованном файле (хранилище), открываемом парольной фразой</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation type="vanished">имя или адрес сервера</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.ui" line="+7"/>
        <source>Sign in to VK</source>
        <translation>Вход в VK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Method:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pplication:</source>
        <translation>&amp;Приложение:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>App &amp;ID:</source>
        <translation>&amp;ID приложения:</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>numeric client_id of your VK app</source>
        <translation>числовой client_id вашего приложения VK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App s&amp;ecret:</source>
        <translation>С&amp;екрет приложения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client_secret (needed for password sign-in)</source>
        <translation>client_secret (нужен для входа по паролю)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification &amp;link:</source>
        <translation>Ссылка для п&amp;роверки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the redirect_uri VK sent for the security check</source>
        <translation>redirect_uri, присланный VK для проверки безопасности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail or phone number</source>
        <translation>эл. почта или номер телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Пар&amp;оль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used once, never stored</source>
        <translation>используется один раз и не сохраняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full number, e.g. +7 999 123-45-67 (for VK&apos;s phone check)</source>
        <translation>полный номер, например +7 999 123-45-67 (для проверки телефона VK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ommunities:</source>
        <translation>Соо&amp;бщества:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>community ids, e.g. 12345, 67890</source>
        <translation>id сообществ, например 12345, 67890</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;version:</source>
        <translation>&amp;Версия API:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the VK ID app&apos;s ID (id.vk.com → your app)</source>
        <translation>ID приложения VK ID (id.vk.com → ваше приложение)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect UR&amp;L:</source>
        <translation>Адрес перенаправлен&amp;ия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as registered in the VK ID app, e.g. http://127.0.0.1:53682/vkid</source>
        <translation>как указан в приложении VK ID, например http://127.0.0.1:53682/vkid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VK ID permissio&amp;ns:</source>
        <translation>Пр&amp;ава VK ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VK ID&apos;s names, space separated: vkid.personal_info email phone</source>
        <translation>названия VK ID через пробел: vkid.personal_info email phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browser:</source>
        <translation>Бра&amp;узер:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Permissions</source>
        <translation>Права доступа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;reset:</source>
        <translation>&amp;Набор:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Advanced</source>
        <translation>&amp;Дополнительно</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Время ожидания:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Домен:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User-Agent:</source>
        <translation>&amp;User-Agent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the application&apos;s own</source>
        <translation>как у приложения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headers:</source>
        <translation>&amp;Заголовки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one &quot;Name: value&quot; per line</source>
        <translation>по одному «Имя: значение» в строке</translation>
    </message>
</context>
<context>
    <name>TokenReply</name>
    <message>
        <location filename="../src/core/auth/TokenReply.cpp" line="+60"/>
        <source>VK has blocked sign-in with a password for a while (flood control). Wait a few hours before you try again, and do not retry now: every attempt extends the block.</source>
        <translation>VK на время заблокировал вход по паролю (защита от перебора). Подождите несколько часов, прежде чем пробовать снова, и не повторяйте попытку сейчас: каждая попытка продлевает блокировку.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>VK&apos;s answer lacks the token or the user id.</source>
        <translation>В ответе VK нет токена или id пользователя.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>VK does not allow this app to sign in with a password (&quot;%1&quot;). Use the browser sign-in instead.</source>
        <translation>VK не разрешает этому приложению вход по паролю («%1»). Воспользуйтесь входом через браузер.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VK answered with neither a token nor an error.</source>
        <translation>VK не прислал ни токена, ни ошибки.</translation>
    </message>
</context>
<context>
    <name>TwoFactor</name>
    <message>
        <location filename="../src/core/auth/Prompter.cpp" line="+80"/>
        <source>your phone</source>
        <translation>ваш телефон</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VK sent a code by SMS to %1.</source>
        <translation>VK отправил код в SMS на %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VK sent a code by SMS to %1 through its verification service.</source>
        <translation>VK отправил код в SMS на %1 через свою службу проверки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VK is calling %1. Do not answer: the code is the last %2 digits of the calling number.</source>
        <translation>VK звонит на %1. Не отвечайте: код — последние %2 цифры номера, с которого звонят.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VK sent the code as a notification to VK&apos;s app on your other device.</source>
        <translation>VK отправил код уведомлением в приложение VK на другом вашем устройстве.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VK sent the code to the account&apos;s e-mail address.</source>
        <translation>VK отправил код на адрес электронной почты аккаунта.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open your authenticator app and enter the code it shows.</source>
        <translation>Откройте приложение-аутентификатор и введите код, который оно показывает.</translation>
    </message>
</context>
<context>
    <name>TwoFactorDialog</name>
    <message>
        <location filename="../ui/TwoFactorDialog.ui" line="+7"/>
        <source>Two-factor code</source>
        <translation>Код двухфакторной аутентификации</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send an &amp;SMS instead</source>
        <translation>Прислать &amp;SMS</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <location filename="../src/core/net/UrlPolicy.cpp" line="+105"/>
        <source>The address %1 was refused: only https:// web addresses are allowed.</source>
        <translation>Адрес %1 отклонён: допускаются только веб-адреса https://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address %1 was refused: it names no host.</source>
        <translation>Адрес %1 отклонён: в нём не указан хост.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host %1 was refused: only these hosts are allowed: %2.</source>
        <translation>Хост %1 отклонён: разрешены только эти хосты: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The host %1 was refused over plain http://: only https:// is allowed.</source>
        <translation>Хост %1 отклонён для обычного http://: допускается только https://.</translation>
    </message>
</context>
<context>
    <name>VaultPassphraseDialog</name>
    <message>
        <location filename="../ui/VaultPassphraseDialog.ui" line="+5"/>
        <source>Vault passphrase</source>
        <translation>Парольная фраза хранилища</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat:</source>
        <translation>Повто&amp;р:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show the passphrase</source>
        <translation>По&amp;казать парольную фразу</translation>
    </message>
</context>
<context>
    <name>VkId</name>
    <message>
        <location filename="../src/core/auth/VkId.cpp" line="+83"/>
        <source>The address is not the app&apos;s redirect URL.</source>
        <translation>Это не адрес перенаправления приложения.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer does not carry this sign-in&apos;s state; it was refused.</source>
        <translation>В ответе нет state этого входа; ответ отклонён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+43"/>
        <source>The answer belongs to another sign-in (state mismatch).</source>
        <translation>Ответ относится к другому входу (state не совпадает).</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The answer carries no code or device id.</source>
        <translation>В ответе нет кода или идентификатора устройства.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>VK ID no longer accepts this sign-in; sign in again.</source>
        <translation>VK ID больше не принимает этот вход; войдите снова.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The answer carries no tokens or user id.</source>
        <translation>В ответе нет токенов или идентификатора пользователя.</translation>
    </message>
</context>
<context>
    <name>WebViewProcess</name>
    <message>
        <location filename="../src/core/net/WebViewProcess.cpp" line="+79"/>
        <source>The browser window (vkauth-webview) is not installed, so VK&apos;s page cannot be shown here. Install it with the app, or set VKAUTH_WEBVIEW_PATH.</source>
        <translation>Окно браузера (vkauth-webview) не установлено, поэтому страницу VK здесь показать нельзя. Установите его вместе с приложением или задайте VKAUTH_WEBVIEW_PATH.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The browser window ended unexpectedly (exit code %1).</source>
        <translation>Окно браузера неожиданно завершилось (код выхода %1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <source>The browser window answered nonsense.</source>
        <translation>Окно браузера вернуло бессмысленный ответ.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+26"/>
        <source>Get, keep and hand out VK access tokens.</source>
        <translation>Получение, хранение и выдача токенов доступа VK.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Сохранить снимок окна в ФАЙЛ и завершить работу.</translation>
    </message>
</context>
<context>
    <name>vkauth</name>
    <message>
        <source>VK could not be reached or gave an answer that could not be read, so the token was not checked.</source>
        <translation type="vanished">Не удалось связаться с VK или прочитать его ответ, поэтому токен не проверен.</translation>
    </message>
    <message>
        <source>your phone</source>
        <translation type="vanished">ваш телефон</translation>
    </message>
    <message>
        <source>VK sent a code by SMS to %1.</source>
        <translation type="vanished">VK отправил код в SMS на %1.</translation>
    </message>
    <message>
        <source>VK sent a code by SMS to %1 through its verification service.</source>
        <translation type="vanished">VK отправил код в SMS на %1 через свою службу проверки.</translation>
    </message>
    <message>
        <source>VK is calling %1. Do not answer: the code is the last %2 digits of the calling number.</source>
        <translation type="vanished">VK звонит на %1. Не отвечайте: код — последние %2 цифры номера, с которого звонят.</translation>
    </message>
    <message>
        <source>VK sent the code as a notification to VK&apos;s app on your other device.</source>
        <translation type="vanished">VK отправил код уведомлением в приложение VK на другом вашем устройстве.</translation>
    </message>
    <message>
        <source>VK sent the code to the account&apos;s e-mail address.</source>
        <translation type="vanished">VK отправил код на адрес электронной почты аккаунта.</translation>
    </message>
    <message>
        <source>Open your authenticator app and enter the code it shows.</source>
        <translation type="vanished">Откройте приложение-аутентификатор и введите код, который оно показывает.</translation>
    </message>
</context>
<context>
    <name>vkauth::AccountVerification</name>
    <message>
        <location filename="../src/core/auth/AccountVerification.cpp" line="+86"/>
        <source>The timeout must be more than zero.</source>
        <translation>Время ожидания должно быть больше нуля.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The verification address &quot;%1&quot; is not a valid web address.</source>
        <translation>Адрес проверки «%1» не является правильным веб-адресом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The verification address &quot;%1&quot; uses plain http://.</source>
        <translation>Адрес проверки «%1» использует незащищённый http://.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>The verification went through more than %1 pages.</source>
        <translation>Проверка прошла больше %1 страниц.</translation>
    </message>
    <message>
        <source>VK showed a page the verification does not know: %1 (HTTP %2).</source>
        <translation type="vanished">VK показал страницу, неизвестную проверке: %1 (HTTP %2).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>VK showed a page that only a web browser can pass (step &quot;%1&quot;, %2). Use the browser sign-in (or the desktop app) instead.</source>
        <translation>VK показал страницу, которую может пройти только веб-браузер (шаг «%1», %2). Воспользуйтесь входом через браузер (или приложением для рабочего стола).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VK asks to continue in a browser…</source>
        <translation>VK просит продолжить в браузере…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page was closed before VK finished.</source>
        <translation>Страница закрыта до того, как VK закончил.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The browser did not finish VK&apos;s step &quot;%1&quot;.</source>
        <translation>Браузер не завершил шаг VK «%1».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>VK&apos;s final page carries an empty token.</source>
        <translation>На последней странице VK пустой токен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VK&apos;s final page carries neither a token nor a result.</source>
        <translation>На последней странице VK нет ни токена, ни результата.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>VK&apos;s two-factor page has no form.</source>
        <translation>На странице двухфакторной аутентификации VK нет формы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code was not accepted.</source>
        <translation>Код не принят.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VK asks for a two-factor code.</source>
        <translation>VK запрашивает код двухфакторной аутентификации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two-factor code was not entered.</source>
        <translation>Код двухфакторной аутентификации не введён.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>VK did not accept the phone number.</source>
        <translation>VK не принял номер телефона.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VK asks for the account&apos;s phone number, and none is known (the login is not a phone number).</source>
        <translation>VK запрашивает номер телефона аккаунта, а он неизвестен (логин — не номер телефона).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VK&apos;s phone check page has no form.</source>
        <translation>На странице проверки телефона VK нет формы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The phone number is too short for VK&apos;s check.</source>
        <translation>Номер телефона слишком короткий для проверки VK.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirming the phone number…</source>
        <translation>Подтверждение номера телефона…</translation>
    </message>
    <message>
        <source>VK&apos;s validation page has no link to follow.</source>
        <translation type="vanished">На странице проверки VK нет ссылки для перехода.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>VK&apos;s captcha page has no form.</source>
        <translation>На странице капчи VK нет формы.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>VK asks for a captcha.</source>
        <translation>VK просит ввести капчу.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The captcha was not answered.</source>
        <translation>Капча не введена.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No one to ask for a captcha or a code.</source>
        <translation>Некого спросить о капче или коде.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VK asks to confirm the account…</source>
        <translation>VK просит подтвердить аккаунт…</translation>
    </message>
</context>
<context>
    <name>vkauth::DirectAuthorization</name>
    <message>
        <location filename="../src/core/auth/DirectAuthorization.cpp" line="+125"/>
        <source>Enter a login (e-mail or phone number).</source>
        <translation>Введите логин (эл. почту или номер телефона).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A direct sign-in needs the app&apos;s client ID and client secret.</source>
        <translation>Для прямого входа нужны client ID и client secret приложения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client ID &quot;%1&quot; is not a number.</source>
        <translation>Client ID «%1» — не число.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API version is missing.</source>
        <translation>Не указана версия API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timeout must be more than zero.</source>
        <translation>Время ожидания должно быть больше нуля.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signing in to VK…</source>
        <translation>Вход в VK…</translation>
    </message>
    <message>
        <source>VK answered with neither a token nor an error.</source>
        <translation type="vanished">VK не вернул ни токена, ни ошибки.</translation>
    </message>
    <message>
        <source>VK&apos;s answer lacks the token or the user id.</source>
        <translation type="vanished">В ответе VK нет токена или id пользователя.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>VK asks for a captcha.</source>
        <translation>VK просит ввести капчу.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The captcha was not answered.</source>
        <translation>Капча не введена.</translation>
    </message>
    <message>
        <source>VK asked for a validation of an unknown kind (%1).</source>
        <translation type="vanished">VK запросил проверку неизвестного вида (%1).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The code was not accepted.</source>
        <translation>Код не принят.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The code is wrong.</source>
        <translation>Неверный код.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The code has the wrong format.</source>
        <translation>Код имеет неверный формат.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VK asks for a two-factor code.</source>
        <translation>VK запрашивает код двухфакторной аутентификации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two-factor code was not entered.</source>
        <translation>Код двухфакторной аутентификации не введён.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Asking VK to send the code by SMS…</source>
        <translation>Запрос кода по SMS у VK…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>VK has sent the code by SMS.</source>
        <translation>VK отправил код по SMS.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VK did not send the SMS.</source>
        <translation>VK не отправил SMS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not send the SMS: %1</source>
        <translation>Не удалось отправить SMS: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>VK asked for a security check again after it was passed.</source>
        <translation>VK снова запросил проверку безопасности после её прохождения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VK asks to confirm the account…</source>
        <translation>VK просит подтвердить аккаунт…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No one to ask for a captcha or a code.</source>
        <translation>Некого спросить о капче или коде.</translation>
    </message>
</context>
<context>
    <name>vkauth::FreshToken</name>
    <message>
        <location filename="../src/core/profiles/FreshToken.cpp" line="+83"/>
        <source>Another process is refreshing this profile&apos;s token and did not finish in time.</source>
        <translation>Другой процесс обновляет токен этого профиля и не успел закончить.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This profile keeps no refresh token; sign in again.</source>
        <translation>У этого профиля нет токена обновления; войдите снова.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The token could not be refreshed (%1); the kept one is still valid.</source>
        <translation>Не удалось обновить токен (%1); сохранённый ещё действует.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The refreshed token could not be kept: %1</source>
        <translation>Не удалось сохранить обновлённый токен: %1</translation>
    </message>
</context>
<context>
    <name>vkauth::HttpSession</name>
    <message>
        <location filename="../src/core/net/HttpSession.cpp" line="+178"/>
        <source>The reply announces %1 MB, more than the %2 MB allowed.</source>
        <translation>Ответ заявляет %1 МБ — больше допустимых %2 МБ.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+88"/>
        <source>The reply is larger than the %1 MB allowed.</source>
        <translation>Ответ больше допустимых %1 МБ.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>No answer from %1 within %2 s.</source>
        <translation>%1 не ответил за %2 с.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 redirected without a valid target.</source>
        <translation>%1 перенаправил на недопустимый адрес.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many redirects (more than %1), the last to %2.</source>
        <translation>Слишком много перенаправлений (больше %1), последнее — на %2.</translation>
    </message>
</context>
<context>
    <name>vkauth::ProfileStore</name>
    <message>
        <location filename="../src/core/profiles/ProfileStore.cpp" line="+117"/>
        <source>the file is missing</source>
        <translation>файл отсутствует</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> The damaged file was kept as &quot;%1&quot;.</source>
        <translation> Повреждённый файл сохранён как «%1».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile list could not be read (%1), so it was restored from its backup.%2</source>
        <translation>Не удалось прочитать список профилей (%1), поэтому он восстановлен из резервной копии.%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile list could not be read (%1) and has no usable backup, so the list starts empty. Tokens in the system keychain were left untouched.%2</source>
        <translation>Не удалось прочитать список профилей (%1), а пригодной резервной копии нет, поэтому список начат заново. Токены в системной связке ключей не тронуты.%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is too large</source>
        <translation>файл слишком велик</translation>
    </message>
    <message>
        <location filename="../src/core/profiles/ProfileIndex.cpp" line="+68"/>
        <source>not a JSON object</source>
        <translation>это не объект JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no schema version</source>
        <translation>нет версии схемы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>written by a newer version of VK Auth (schema %1)</source>
        <translation>записан более новой версией VK Auth (схема %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a profile entry is damaged</source>
        <translation>запись профиля повреждена</translation>
    </message>
    <message>
        <location filename="../src/core/profiles/ProfileStore.cpp" line="+56"/>
        <source>The profile list could not be saved to &quot;%1&quot;: %2</source>
        <translation>Не удалось сохранить список профилей в «%1»: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>another VK Auth process holds the lock &quot;%1&quot;</source>
        <translation>блокировку «%1» удерживает другой процесс VK Auth</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>the entry is damaged</source>
        <translation>запись повреждена</translation>
    </message>
</context>
<context>
    <name>vkauth::SignIn</name>
    <message>
        <location filename="../src/core/auth/SignIn.cpp" line="+175"/>
        <source>Signing in to VK…</source>
        <translation>Вход в VK…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The trusted hash could not be read from the system keychain; VK may ask for a two-factor code.</source>
        <translation>Не удалось прочитать доверенный хеш из системной связки ключей; VK может запросить код двухфакторной проверки.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Opening the verification link…</source>
        <translation>Открытие ссылки для проверки…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no way to show VK&apos;s page here.</source>
        <translation>Здесь невозможно показать страницу VK.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Reading the account name…</source>
        <translation>Получение имени аккаунта…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the community names…</source>
        <translation>Получение названий сообществ…</translation>
    </message>
</context>
<context>
    <name>vkauth::SignInRequest</name>
    <message>
        <location filename="../src/core/auth/SignInRequest.cpp" line="+31"/>
        <source>The app ID must be a number, like 2685278.</source>
        <translation>ID приложения должен быть числом, например 2685278.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the redirect URL registered in the VK ID app&apos;s settings, like http://127.0.0.1:53682/vkid (your browser needs one on 127.0.0.1 or localhost).</source>
        <translation>Введите адрес перенаправления, указанный в настройках приложения VK ID, например http://127.0.0.1:53682/vkid (для своего браузера — адрес на 127.0.0.1 или localhost).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password sign-in needs the app&apos;s secret.</source>
        <translation>Для входа по паролю нужен секрет приложения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the whole verification link, starting with https://.</source>
        <translation>Вставьте ссылку для проверки целиком, начиная с https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the login (e-mail or phone number).</source>
        <translation>Введите логин (эл. почту или номер телефона).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number may hold only digits, spaces, ( ) - and a leading +.</source>
        <translation>Номер телефона может содержать только цифры, пробелы, ( ) - и + в начале.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter one or more communities, separated by commas: ids (12345, club12345, public12345) or their links (vk.com/club12345).</source>
        <translation>Укажите одно или несколько сообществ через запятую: номера (12345, club12345, public12345) или ссылки на них (vk.com/club12345).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No VK ID address is set (VKAUTH_ID_URL).</source>
        <translation>Не задан адрес VK ID (VKAUTH_ID_URL).</translation>
    </message>
    <message>
        <source>Enter one or more community ids (numbers), separated by commas.</source>
        <translation type="vanished">Введите один или несколько id сообществ (числа) через запятую.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The API version looks like 5.199.</source>
        <translation>Версия API выглядит так: 5.199.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timeout must be more than zero.</source>
        <translation>Время ожидания должно быть больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each header line must read &quot;Name: value&quot;.</source>
        <translation>Каждая строка заголовка должна иметь вид «Имя: значение».</translation>
    </message>
</context>
<context>
    <name>vkauth::StoreMigration</name>
    <message>
        <location filename="../src/core/profiles/StoreMigration.cpp" line="+53"/>
        <source>the token of &quot;%1&quot; could not be read: %2</source>
        <translation>не удалось прочитать токен «%1»: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the profile list could not be written</source>
        <translation>не удалось записать список профилей</translation>
    </message>
</context>
<context>
    <name>vkauth::TokenAdder</name>
    <message>
        <location filename="../src/core/profiles/TokenAdder.cpp" line="+21"/>
        <source>VK accepted the token, but the secret store did not take it.</source>
        <translation>VK принял токен, но хранилище секретов его не сохранило.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>VK does not accept this token: it was revoked, has expired, or was mistyped.</source>
        <translation>VK не принимает этот токен: он отозван, истёк или введён с ошибкой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach VK to check the token.</source>
        <translation>Не удалось связаться с VK, чтобы проверить токен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VK did not say whose token this is.</source>
        <translation>VK не сообщил, чей это токен.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no profile store to keep the token in.</source>
        <translation>Нет хранилища профилей, в котором можно сохранить токен.</translation>
    </message>
</context>
<context>
    <name>vkauth::TokenChecker</name>
    <message>
        <location filename="../src/core/profiles/TokenChecker.cpp" line="+19"/>
        <source>VK could not be reached or gave an answer that could not be read, so the token was not checked.</source>
        <translation>Не удалось связаться с VK или прочитать его ответ, поэтому токен не проверен.</translation>
    </message>
    <message>
        <source>the answer is too large</source>
        <translation type="vanished">ответ слишком велик</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>The token has expired. Sign in again to get a new one.</source>
        <translation>Срок действия токена истёк. Войдите снова, чтобы получить новый.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VK does not accept this token: it was revoked, or the password was changed.</source>
        <translation>VK не принимает этот токен: он отозван или пароль был изменён.</translation>
    </message>
    <message>
        <source>no response in the answer</source>
        <translation type="vanished">в ответе нет поля response</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>VK wants to verify the account before it accepts this token again (for example, it is used from a new address). The profile is kept: run the verification.</source>
        <translation>VK хочет проверить учётную запись, прежде чем снова примет этот токен (например, он используется с нового адреса). Профиль сохранён: пройдите проверку.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>VK wants a &quot;not robot&quot; check before it accepts this token again. The profile is kept.</source>
        <translation>VK хочет проверки «я не робот», прежде чем снова примет этот токен. Профиль сохранён.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VK wants tokens of %1 confirmed (token confirmation required). Sign in again with another app, e.g. %2.</source>
        <translation>VK требует подтвердить токены %1 (token confirmation required). Войдите заново через другое приложение, например %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VK wants tokens of %1 confirmed (token confirmation required). Sign in again with another app.</source>
        <translation>VK требует подтвердить токены %1 (token confirmation required). Войдите заново через другое приложение.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>the answer names no account</source>
        <translation>в ответе не указан аккаунт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This token belongs to another account (id %1).</source>
        <translation>Этот токен принадлежит другому аккаунту (id %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token works.</source>
        <translation>Токен действует.</translation>
    </message>
</context>
<context>
    <name>vkauth::TokenSources</name>
    <message>
        <location filename="../src/core/auth/TokenSources.cpp" line="+137"/>
        <source>This is too long for a token or a token file (over 1 MiB).</source>
        <translation>Слишком длинно для токена или файла с токенами (больше 1 МиБ).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste a token, VK&apos;s address with access_token, or a file&apos;s contents.</source>
        <translation>Вставьте токен, адрес VK с access_token или содержимое файла.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This JSON holds no token in vk_api&apos;s vk_config.v2.json layout.</source>
        <translation>В этом JSON нет токена в формате vk_config.v2.json из vk_api.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No token found. Paste the token itself, VK&apos;s blank.html address with access_token, or the contents of vk_config.v2.json or a .env file.</source>
        <translation>Токен не найден. Вставьте сам токен, адрес blank.html от VK с access_token или содержимое vk_config.v2.json либо файла .env.</translation>
    </message>
</context>
<context>
    <name>vkauth::VkApi</name>
    <message>
        <location filename="../src/core/net/VkApi.cpp" line="+54"/>
        <source>no response in the answer</source>
        <translation>в ответе нет поля response</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>no name in the reply</source>
        <translation>в ответе нет имени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vkauth::VkIdSignIn</name>
    <message>
        <location filename="../src/core/auth/VkIdSignIn.cpp" line="+58"/>
        <source>There is no way to show VK&apos;s page here.</source>
        <translation>Здесь негде показать страницу VK.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The redirect URL names no port; listening on port %1. VK ID accepts only the redirect URL registered in the app&apos;s settings: register %2 there.</source>
        <translation>В адресе перенаправления нет порта; ожидание на порту %1. VK ID принимает только адрес перенаправления, указанный в настройках приложения: укажите там %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waiting for the sign-in on VK ID&apos;s page…</source>
        <translation>Ожидание входа на странице VK ID…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Exchanging the code for tokens…</source>
        <translation>Обмен кода на токены…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reading the account name…</source>
        <translation>Получение имени аккаунта…</translation>
    </message>
</context>
<context>
    <name>vkauth::cli::AddCommand</name>
    <message>
        <location filename="../src/cli/AddCommand.cpp" line="+26"/>
        <source>Keeps a token you already have as a profile, after asking VK whose it is. Reads FILE
(python vk_api&apos;s vk_config.v2.json, a .env file with VK_TOKEN=..., or text holding VK&apos;s
blank.html#access_token=... address or the token), or stdin: vkauth-cli add &lt; token.txt.
On a terminal without FILE it asks for the token or address (not echoed). Never pass a
token itself as an argument: it would stay in the shell&apos;s history.</source>
        <translation>Сохраняет уже имеющийся токен как профиль, узнав у VK, чей он. Читает FILE
(vk_config.v2.json из python vk_api, файл .env с VK_TOKEN=... или текст с адресом
blank.html#access_token=... от VK либо самим токеном) или stdin: vkauth-cli add &lt; token.txt.
В терминале без FILE спрашивает токен или адрес (ввод не отображается). Не передавайте
сам токен аргументом: он останется в истории оболочки.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the new profile.</source>
        <translation>Имя нового профиля.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add takes one FILE (or none, for stdin)</source>
        <translation>add принимает один FILE (или ни одного — тогда stdin)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a token on the command line stays in the shell&apos;s history and is visible to other users: pipe it instead (vkauth-cli add &lt; file), or run vkauth-cli add and paste it</source>
        <translation>токен в командной строке остаётся в истории оболочки и виден другим пользователям: передайте его через stdin (vkauth-cli add &lt; файл) или запустите vkauth-cli add и вставьте его</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such file: %1</source>
        <translation>нет такого файла: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is too large for a token file</source>
        <translation>%1 слишком велик для файла с токенами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste the token or VK&apos;s address with access_token, then press Enter:</source>
        <translation>Вставьте токен или адрес VK с access_token и нажмите Enter:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read stdin</source>
        <translation>не удалось прочитать stdin</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Updated profile &quot;%1&quot; (%2).</source>
        <translation>Профиль «%1» обновлён (%2).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added profile &quot;%1&quot; (%2).</source>
        <translation>Профиль «%1» добавлен (%2).</translation>
    </message>
</context>
<context>
    <name>vkauth::cli::Cli</name>
    <message>
        <location filename="../src/cli/Cli.cpp" line="+55"/>
        <source>no command given</source>
        <translation>не указана команда</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>Usage: vkauth-cli login direct|browser [options]
  login direct    sign in with login/phone and password (vkauth-cli login direct --help)
  login browser   sign in on VK&apos;s page in a browser (vkauth-cli login browser --help)
</source>
        <translation type="vanished">Использование: vkauth-cli login direct|browser [параметры]
  login direct    вход по логину/телефону и паролю (vkauth-cli login direct --help)
  login browser   вход на странице VK в браузере (vkauth-cli login browser --help)
</translation>
    </message>
    <message>
        <source>login needs a method: direct or browser</source>
        <translation type="vanished">для login нужен способ входа: direct или browser</translation>
    </message>
    <message>
        <source>unknown login method &quot;%1&quot; (direct or browser)</source>
        <translation type="vanished">неизвестный способ входа «%1» (direct или browser)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Usage: vkauth-cli login direct|browser|vkid [options]
  login direct    sign in with login/phone and password (vkauth-cli login direct --help)
  login browser   sign in on VK&apos;s page in a browser (vkauth-cli login browser --help)
  login vkid      sign in with VK ID and your own app (vkauth-cli login vkid --help)
</source>
        <translation>Использование: vkauth-cli login direct|browser|vkid [параметры]
  login direct    вход по логину/телефону и паролю (vkauth-cli login direct --help)
  login browser   вход на странице VK в браузере (vkauth-cli login browser --help)
  login vkid      вход через VK ID и ваше приложение (vkauth-cli login vkid --help)
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>login needs a method: direct, browser or vkid</source>
        <translation>для login нужен способ входа: direct, browser или vkid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown login method &quot;%1&quot; (direct, browser or vkid)</source>
        <translation>неизвестный способ входа «%1» (direct, browser или vkid)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: vkauth-cli store migrate|passphrase [options]
  store migrate --to vault|keychain   move every token into the other secret store
  store passphrase                    change the vault&apos;s passphrase
</source>
        <translation>Использование: vkauth-cli store migrate|passphrase [параметры]
  store migrate --to vault|keychain   перенести все токены в другое хранилище секретов
  store passphrase                    сменить парольную фразу хранилища
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>store needs an action: migrate or passphrase</source>
        <translation>для store нужно действие: migrate или passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown store action &quot;%1&quot; (migrate or passphrase)</source>
        <translation>неизвестное действие store «%1» (migrate или passphrase)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try &quot;vkauth-cli --help&quot;.</source>
        <translation>Справка: «vkauth-cli --help».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: vkauth-cli COMMAND [OPTIONS]

Gets, keeps and hands out VK access tokens, from a terminal or a script.

Commands (each has --help, and --json for output a script can parse; --verbose adds
VK&apos;s raw words to errors):
  login direct --login L|--phone P [--app APP] [--scope S] ...
                            sign in with a password; saves a profile (the token is printed
                            to a pipe or file, on a terminal only with --print-token)
  login browser --client-id ID|--app APP [--groups 1,2] [--scope S]
                            sign in on VK&apos;s page in a browser, paste the final address
  login vkid --client-id ID --redirect-uri URL [--scope &quot;a b&quot;]
                            sign in with VK ID (your app; the token is refreshed on use)
  verify REDIRECT_URI [--login L|--phone P]
                            pass VK&apos;s security check to a token
  list                      list the kept profiles (the same as the app&apos;s)
  token PROFILE             print just the token: VK_TOKEN=$(vkauth-cli token mybot)
  check [PROFILE|--all]     ask VK whether the token (or every profile&apos;s) still works
  remove PROFILE            forget a profile and its token
  add [FILE]                keep a token you already have (a token, VK&apos;s blank.html
                            address, vk_config.v2.json, .env; stdin without FILE)
  export [--format encrypted|json|env|meta] [PROFILE...] --output FILE
                            write profiles to a file (encrypted by default)
  import FILE               add the profiles of an export file
  store migrate --to vault|keychain
                            move every token into the encrypted vault or the keychain
  store passphrase          change the vault&apos;s passphrase
  scopes [user|community]   list permission names and their bits
  apps                      list the official apps usable for direct login
  help                      show this help
  version                   show the version

Tokens are kept in the system keychain, or with VKAUTH_SECRET_STORE=vault in an encrypted
file; its passphrase comes from VKAUTH_VAULT_PASSPHRASE_FILE, --vault-passphrase-stdin or
a prompt.
</source>
        <translation>Использование: vkauth-cli КОМАНДА [ПАРАМЕТРЫ]

Получает, хранит и выдаёт токены доступа VK из терминала или скрипта.

Команды (у каждой есть --help, а также --json — вывод для разбора скриптом; --verbose
добавляет к ошибкам исходные слова VK):
  login direct --login L|--phone P [--app APP] [--scope S] ...
                            войти по паролю; сохраняет профиль (токен выводится в канал
                            или файл, в терминал — только с --print-token)
  login browser --client-id ID|--app APP [--groups 1,2] [--scope S]
                            войти на странице VK в браузере и вставить итоговый адрес
  login vkid --client-id ID --redirect-uri URL [--scope &quot;a b&quot;]
                            войти через VK ID (ваше приложение; токен обновляется при использовании)
  verify REDIRECT_URI [--login L|--phone P]
                            пройти проверку безопасности VK и получить токен
  list                      вывести сохранённые профили (как в приложении)
  token ПРОФИЛЬ             вывести только токен: VK_TOKEN=$(vkauth-cli token mybot)
  check [ПРОФИЛЬ|--all]     спросить VK, действует ли ещё токен (или токены всех профилей)
  remove ПРОФИЛЬ            забыть профиль и его токен
  add [ФАЙЛ]                сохранить уже имеющийся токен (токен, адрес blank.html от VK,
                            vk_config.v2.json, .env; без ФАЙЛА — из stdin)
  export [--format encrypted|json|env|meta] [ПРОФИЛЬ...] --output ФАЙЛ
                            записать профили в файл (по умолчанию зашифрованный)
  import ФАЙЛ               добавить профили из файла экспорта
  store migrate --to vault|keychain
                            перенести все токены в зашифрованное хранилище или в связку ключей
  store passphrase          сменить парольную фразу хранилища
  scopes [user|community]   вывести названия прав доступа и их биты
  apps                      вывести официальные приложения для прямого входа
  help                      показать эту справку
  version                   показать версию

Токены хранятся в системной связке ключей или, с VKAUTH_SECRET_STORE=vault, в зашифрованном
файле; его парольная фраза берётся из VKAUTH_VAULT_PASSPHRASE_FILE, --vault-passphrase-stdin или
запрашивается.
</translation>
    </message>
    <message>
        <source>Usage: vkauth-cli COMMAND [OPTIONS]

Gets, keeps and hands out VK access tokens, from a terminal or a script.

Commands (each has --help, and --json for output a script can parse; --verbose adds
VK&apos;s raw words to errors):
  login direct --login L|--phone P [--app APP] [--scope S] ...
                            sign in with a password; saves a profile (the token is printed
                            to a pipe or file, on a terminal only with --print-token)
  login browser --client-id ID|--app APP [--groups 1,2] [--scope S]
                            sign in on VK&apos;s page in a browser, paste the final address
  verify REDIRECT_URI [--login L|--phone P]
                            pass VK&apos;s security check to a token
  list                      list the kept profiles (the same as the app&apos;s)
  token PROFILE             print just the token: VK_TOKEN=$(vkauth-cli token mybot)
  check [PROFILE|--all]     ask VK whether the token (or every profile&apos;s) still works
  remove PROFILE            forget a profile and its token
  add [FILE]                keep a token you already have (a token, VK&apos;s blank.html
                            address, vk_config.v2.json, .env; stdin without FILE)
  export [--format encrypted|json|env|meta] [PROFILE...] --output FILE
                            write profiles to a file (encrypted by default)
  import FILE               add the profiles of an export file
  store migrate --to vault|keychain
                            move every token into the encrypted vault or the keychain
  store passphrase          change the vault&apos;s passphrase
  scopes [user|community]   list permission names and their bits
  apps                      list the official apps usable for direct login
  help                      show this help
  version                   show the version

Tokens are kept in the system keychain, or with VKAUTH_SECRET_STORE=vault in an encrypted
file; its passphrase comes from VKAUTH_VAULT_PASSPHRASE_FILE, --vault-passphrase-stdin or
a prompt.
</source>
        <translation type="vanished">Использование: vkauth-cli КОМАНДА [ПАРАМЕТРЫ]

Получает, хранит и выдаёт токены доступа VK из терминала или скрипта.

Команды (у каждой есть --help, а также --json — вывод для разбора скриптом; --verbose
добавляет к ошибкам исходные слова VK):
  login direct --login L|--phone P [--app APP] [--scope S] ...
                            войти по паролю; сохраняет профиль (токен выводится в канал
                            или файл, в терминал — только с --print-token)
  login browser --client-id ID|--app APP [--groups 1,2] [--scope S]
                            войти на странице VK в браузере и вставить итоговый адрес
  verify REDIRECT_URI [--login L|--phone P]
                            пройти проверку безопасности VK и получить токен
  list                      вывести сохранённые профили (как в приложении)
  token ПРОФИЛЬ             вывести только токен: VK_TOKEN=$(vkauth-cli token mybot)
  check [ПРОФИЛЬ|--all]     спросить VK, действует ли ещё токен (или токены всех профилей)
  remove ПРОФИЛЬ            забыть профиль и его токен
  add [ФАЙЛ]                сохранить уже имеющийся токен (токен, адрес blank.html от VK,
                            vk_config.v2.json, .env; без ФАЙЛА — из stdin)
  export [--format encrypted|json|env|meta] [ПРОФИЛЬ...] --output ФАЙЛ
                            записать профили в файл (по умолчанию зашифрованный)
  import ФАЙЛ               добавить профили из файла экспорта
  store migrate --to vault|keychain
                            перенести все токены в зашифрованное хранилище или в связку ключей
  store passphrase          сменить парольную фразу хранилища
  scopes [user|community]   вывести названия прав доступа и их биты
  apps                      вывести официальные приложения для прямого входа
  help                      показать эту справку
  version                   показать версию

Токены хранятся в системной связке ключей или, с VKAUTH_SECRET_STORE=vault, в зашифрованном
файле; его парольная фраза берётся из VKAUTH_VAULT_PASSPHRASE_FILE, --vault-passphrase-stdin или
запрашивается.
</translation>
    </message>
    <message>
        <source>Usage: vkauth-cli COMMAND [OPTIONS]

Gets, keeps and hands out VK access tokens, from a terminal or a script.

Commands (each has --help, and --json for output a script can parse; --verbose adds
VK&apos;s raw words to errors):
  login direct --login L|--phone P [--app APP] [--scope S] ...
                            sign in with a password; saves a profile (the token is printed
                            to a pipe or file, on a terminal only with --print-token)
  login browser --client-id ID|--app APP [--groups 1,2] [--scope S]
                            sign in on VK&apos;s page in a browser, paste the final address
  verify REDIRECT_URI [--login L|--phone P]
                            pass VK&apos;s security check to a token
  list                      list the kept profiles (the same as the app&apos;s)
  token PROFILE             print just the token: VK_TOKEN=$(vkauth-cli token mybot)
  check [PROFILE|--all]     ask VK whether the token (or every profile&apos;s) still works
  remove PROFILE            forget a profile and its token
  export [--format encrypted|json|env|meta] [PROFILE...] --output FILE
                            write profiles to a file (encrypted by default)
  import FILE               add the profiles of an export file
  store migrate --to vault|keychain
                            move every token into the encrypted vault or the keychain
  store passphrase          change the vault&apos;s passphrase
  scopes [user|community]   list permission names and their bits
  apps                      list the official apps usable for direct login
  help                      show this help
  version                   show the version

Tokens are kept in the system keychain, or with VKAUTH_SECRET_STORE=vault in an encrypted
file; its passphrase comes from VKAUTH_VAULT_PASSPHRASE_FILE, --vault-passphrase-stdin or
a prompt.
</source>
        <translation type="vanished">Использование: vkauth-cli КОМАНДА [ПАРАМЕТРЫ]

Получает, хранит и выдаёт токены доступа VK из терминала или скрипта.

Команды (у каждой есть --help, а также --json — вывод для разбора скриптом; --verbose
добавляет к ошибкам исходные слова VK):
  login direct --login L|--phone P [--app APP] [--scope S] ...
                            войти по паролю; сохраняет профиль (токен выводится в канал
                            или файл, в терминал — только с --print-token)
  login browser --client-id ID|--app APP [--groups 1,2] [--scope S]
                            войти на странице VK в браузере и вставить итоговый адрес
  verify REDIRECT_URI [--login L|--phone P]
                            пройти проверку безопасности VK и получить токен
  list                      вывести сохранённые профили (как в приложении)
  token ПРОФИЛЬ             вывести только токен: VK_TOKEN=$(vkauth-cli token mybot)
  check [ПРОФИЛЬ|--all]     спросить VK, действует ли ещё токен (или токены всех профилей)
  remove ПРОФИЛЬ            забыть профиль и его токен
  export [--format encrypted|json|env|meta] [ПРОФИЛЬ...] --output ФАЙЛ
                            записать профили в файл (по умолчанию зашифрованный)
  import ФАЙЛ               добавить профили из файла экспорта
  store migrate --to vault|keychain
                            перенести все токены в зашифрованное хранилище или в связку ключей
  store passphrase          сменить парольную фразу хранилища
  scopes [user|community]   вывести названия прав доступа и их биты
  apps                      вывести официальные приложения для прямого входа
  help                      показать эту справку
  version                   показать версию

Токены хранятся в системной связке ключей или, с VKAUTH_SECRET_STORE=vault, в зашифрованном
файле; его парольная фраза берётся из VKAUTH_VAULT_PASSPHRASE_FILE, --vault-passphrase-stdin или
запрашивается.
</translation>
    </message>
    <message>
        <source>Usage: vkauth-cli COMMAND [OPTIONS]

Gets, keeps and hands out VK access tokens, from a terminal or a script.

Commands (each has --help, and --json for output a script can parse):
  login direct --login L|--phone P [--app APP] [--scope S] ...
                            sign in with a password; saves a profile, prints the token
  login browser --client-id ID|--app APP [--groups 1,2] [--scope S]
                            sign in on VK&apos;s page in a browser, paste the final address
  verify REDIRECT_URI [--login L|--phone P]
                            pass VK&apos;s security check to a token
  list                      list the kept profiles (the same as the app&apos;s)
  token PROFILE             print just the token: VK_TOKEN=$(vkauth-cli token mybot)
  check PROFILE             ask VK whether the token still works
  remove PROFILE            forget a profile and its token
  export [--format encrypted|json|env|meta] [PROFILE...] --output FILE
                            write profiles to a file (encrypted by default)
  import FILE               add the profiles of an export file
  store migrate --to vault|keychain
                            move every token into the encrypted vault or the keychain
  store passphrase          change the vault&apos;s passphrase
  scopes [user|community]   list permission names and their bits
  apps                      list the official apps usable for direct login
  help                      show this help
  version                   show the version

Tokens are kept in the system keychain, or with VKAUTH_SECRET_STORE=vault in an encrypted
file; its passphrase comes from VKAUTH_VAULT_PASSPHRASE_FILE, --vault-passphrase-stdin or
a prompt.
</source>
        <translation type="vanished">Использование: vkauth-cli КОМАНДА [ПАРАМЕТРЫ]

Получает, хранит и выдаёт токены доступа VK из терминала или скрипта.

Команды (у каждой есть --help, а также --json — вывод для разбора скриптом):
  login direct --login L|--phone P [--app APP] [--scope S] ...
                            войти по паролю; сохраняет профиль и выводит токен
  login browser --client-id ID|--app APP [--groups 1,2] [--scope S]
                            войти на странице VK в браузере и вставить итоговый адрес
  verify REDIRECT_URI [--login L|--phone P]
                            пройти проверку безопасности VK и получить токен
  list                      вывести сохранённые профили (как в приложении)
  token ПРОФИЛЬ             вывести только токен: VK_TOKEN=$(vkauth-cli token mybot)
  check ПРОФИЛЬ             спросить VK, действует ли ещё токен
  remove ПРОФИЛЬ            забыть профиль и его токен
  export [--format encrypted|json|env|meta] [ПРОФИЛЬ...] --output ФАЙЛ
                            записать профили в файл (по умолчанию зашифрованный)
  import ФАЙЛ               добавить профили из файла экспорта
  store migrate --to vault|keychain
                            перенести все токены в зашифрованное хранилище или в связку ключей
  store passphrase          сменить парольную фразу хранилища
  scopes [user|community]   вывести названия прав доступа и их биты
  apps                      вывести официальные приложения для прямого входа
  help                      показать эту справку
  version                   показать версию

Токены хранятся в системной связке ключей или, с VKAUTH_SECRET_STORE=vault, в зашифрованном
файле; его парольная фраза берётся из VKAUTH_VAULT_PASSPHRASE_FILE, --vault-passphrase-stdin или
запрашивается.
</translation>
    </message>
    <message>
        <source>Usage: vkauth-cli COMMAND [OPTIONS]

Gets, keeps and hands out VK access tokens, from a terminal or a script.

Commands (each has --help, and --json for output a script can parse):
  login direct --login L|--phone P [--app APP] [--scope S] ...
                            sign in with a password; saves a profile, prints the token
  login browser --client-id ID|--app APP [--groups 1,2] [--scope S]
                            sign in on VK&apos;s page in a browser, paste the final address
  verify REDIRECT_URI [--login L|--phone P]
                            pass VK&apos;s security check to a token
  list                      list the kept profiles (the same as the app&apos;s)
  token PROFILE             print just the token: VK_TOKEN=$(vkauth-cli token mybot)
  check PROFILE             ask VK whether the token still works
  remove PROFILE            forget a profile and its token
  export [--format encrypted|json|env|meta] [PROFILE...] --output FILE
                            write profiles to a file (encrypted by default)
  import FILE               add the profiles of an export file
  scopes [user|community]   list permission names and their bits
  apps                      list the official apps usable for direct login
  help                      show this help
  version                   show the version
</source>
        <translation type="vanished">Использование: vkauth-cli КОМАНДА [ПАРАМЕТРЫ]

Получает, хранит и выдаёт токены доступа VK из терминала или скрипта.

Команды (у каждой есть --help, а также --json — вывод для разбора скриптом):
  login direct --login L|--phone P [--app APP] [--scope S] ...
                            войти по паролю; сохраняет профиль и выводит токен
  login browser --client-id ID|--app APP [--groups 1,2] [--scope S]
                            войти на странице VK в браузере и вставить итоговый адрес
  verify REDIRECT_URI [--login L|--phone P]
                            пройти проверку безопасности VK и получить токен
  list                      вывести сохранённые профили (как в приложении)
  token ПРОФИЛЬ             вывести только токен: VK_TOKEN=$(vkauth-cli token mybot)
  check ПРОФИЛЬ             спросить VK, действует ли ещё токен
  remove ПРОФИЛЬ            забыть профиль и его токен
  export [--format encrypted|json|env|meta] [ПРОФИЛЬ...] --output ФАЙЛ
                            записать профили в файл (по умолчанию зашифрованный)
  import ФАЙЛ               добавить профили из файла экспорта
  scopes [user|community]   вывести названия прав доступа и их биты
  apps                      вывести официальные приложения для прямого входа
  help                      показать эту справку
  version                   показать версию
</translation>
    </message>
    <message>
        <location filename="../src/cli/VersionCommand.cpp" line="+18"/>
        <source>Shows the version.</source>
        <translation>Показывает версию.</translation>
    </message>
    <message>
        <location filename="../src/cli/ScopesCommand.cpp" line="+19"/>
        <source>Lists permission names and their bits, for --scope.</source>
        <translation>Выводит названия прав доступа и их биты для --scope.</translation>
    </message>
    <message>
        <location filename="../src/cli/AppsCommand.cpp" line="+42"/>
        <source>  (browser only)</source>
        <translation>  (только браузер)</translation>
    </message>
    <message>
        <source>Usage: vkauth-cli COMMAND [OPTIONS]

Gets, keeps and hands out VK access tokens, from a terminal or a script.

Commands:
  scopes [user|community]   list permission names and their bits
  apps                      list the official apps usable for direct login
  help                      show this help
  version                   show the version
</source>
        <translation type="vanished">Использование: vkauth-cli КОМАНДА [ПАРАМЕТРЫ]

Получает, хранит и выдаёт токены доступа VK из терминала или скрипта.

Команды:
  scopes [user|community]   названия прав доступа и их биты
  apps                      официальные приложения для прямого входа
  help                      эта справка
  version                   версия программы
</translation>
    </message>
    <message>
        <location filename="../src/cli/ScopesCommand.cpp" line="+12"/>
        <source>scopes: expected &quot;user&quot; or &quot;community&quot;, got &quot;%1&quot;</source>
        <translation>scopes: ожидалось «user» или «community», получено «%1»</translation>
    </message>
    <message>
        <location filename="../src/cli/AppsCommand.cpp" line="-23"/>
        <source>Lists the official apps usable for direct login (--app), and the browser apps.</source>
        <translation>Выводит официальные приложения для прямого входа (--app) и приложения для входа через браузер.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>apps takes no arguments</source>
        <translation>команда apps не принимает аргументов</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 since %2</source>
        <translation>%1 с %2</translation>
    </message>
</context>
<context>
    <name>vkauth::cli::CommandParser</name>
    <message>
        <location filename="../src/cli/CommandParser.cpp" line="+31"/>
        <source>Print the result (or the error) as JSON on stdout.</source>
        <translation>Вывести результат (или ошибку) в формате JSON в stdout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>--client-secret is not accepted: secrets are never taken from the command line, where other users can see them. Set VKAUTH_CLIENT_SECRET instead.</source>
        <translation type="vanished">--client-secret не принимается: секреты никогда не берутся из командной строки, где их видят другие пользователи. Задайте вместо этого VKAUTH_CLIENT_SECRET.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors add the raw words of VK (or of the system) behind them.</source>
        <translation>К ошибкам добавляются исходные слова VK (или системы), стоящие за ними.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--client-secret is not accepted: secrets are never taken from the command line, where other users can see them. Use --client-secret-stdin or VKAUTH_CLIENT_SECRET instead.</source>
        <translation>--client-secret не принимается: секреты никогда не берутся из командной строки, где их видят другие пользователи. Используйте --client-secret-stdin или VKAUTH_CLIENT_SECRET.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not accepted: secrets are never taken from the command line, where other users can see them. Type it when asked, pipe it with --password-stdin, or set VKAUTH_PASSWORD.</source>
        <translation>%1 не принимается: секреты никогда не берутся из командной строки, где их видят другие пользователи. Введите его по запросу, передайте через --password-stdin или задайте VKAUTH_PASSWORD.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Usage: vkauth-cli %1 [options]</source>
        <translation>Использование: vkauth-cli %1 [параметры]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
</context>
<context>
    <name>vkauth::cli::ExitCode</name>
    <message>
        <location filename="../src/cli/ExitCode.cpp" line="+13"/>
        <source>success</source>
        <translation>успех</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other failure</source>
        <translation>другая ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad usage: unknown command, flag or value</source>
        <translation>неверный вызов: неизвестная команда, флаг или значение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VK refused the sign-in (or, for check, the token)</source>
        <translation>VK отказал во входе (или, для check, отклонил токен)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network: VK unreachable, timeout, reply not understood</source>
        <translation>сеть: VK недоступен, истекло время ожидания, ответ не понят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the keychain or the vault failed</source>
        <translation>ошибка связки ключей или зашифрованного хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such profile</source>
        <translation>нет такого профиля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled, or no answer could be read</source>
        <translation>отменено, или ответ не удалось прочитать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VK asks for a step only a web browser can pass</source>
        <translation>VK требует шаг, который можно пройти только в браузере</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PROFILE matches several profiles (they are listed)</source>
        <translation>ПРОФИЛЬ подходит к нескольким профилям (они перечислены)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check --all: not every profile&apos;s token works</source>
        <translation>check --all: действуют не все токены профилей</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes:</source>
        <translation>Коды выхода:</translation>
    </message>
</context>
<context>
    <name>vkauth::cli::LoginCommand</name>
    <message>
        <location filename="../src/cli/SignInCommand.cpp" line="+75"/>
        <source>Name the saved profile (e.g. mybot).</source>
        <translation>Имя сохраняемого профиля (например, mybot).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the token but do not save a profile.</source>
        <translation>Вывести токен, не сохраняя профиль.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>VK accepted the check; the kept token of %1 should work again.</source>
        <translation>VK принял проверку; сохранённый токен %1 должен снова работать.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>in the vault</source>
        <translation>в зашифрованном хранилище</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in the system keychain</source>
        <translation>в системной связке ключей</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved profile &quot;%1&quot; (%2) %3.</source>
        <translation>Профиль «%1» (%2) сохранён %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account also has profile &quot;%1&quot; (%2), for another app.</source>
        <translation>У этой учётной записи есть и профиль «%1» (%2), для другого приложения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updated profile &quot;%1&quot; (%2) %3, renamed from &quot;%4&quot; as --label asked.</source>
        <translation>Профиль «%1» (%2) обновлён %3 и переименован из «%4», как просил --label.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated profile &quot;%1&quot; (%2) %3; its label is kept (--label changes it).</source>
        <translation>Профиль «%1» (%2) обновлён %3; его метка сохранена (её меняет --label).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated profile &quot;%1&quot; (%2) %3.</source>
        <translation>Профиль «%1» (%2) обновлён %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token is not shown on a terminal. Print it with: vkauth-cli token %1</source>
        <translation>В терминале токен не показывается. Вывести его: vkauth-cli token %1</translation>
    </message>
    <message>
        <source>Signs in with a login (or phone) and password through one of VK&apos;s official apps.
Captcha and two-factor questions are asked on the terminal, or read from stdin one
line each when stdin is not a terminal. Saves a profile and prints the token.
The password is typed without echo, read from stdin (--password-stdin) or taken
from the VKAUTH_PASSWORD environment variable; never from the command line.</source>
        <translation type="vanished">Вход по логину (или телефону) и паролю через одно из официальных приложений VK.
Капча и код двухфакторной аутентификации запрашиваются в терминале или читаются
из stdin по одной строке, если stdin — не терминал. Сохраняет профиль и выводит токен.
Пароль вводится без отображения, читается из stdin (--password-stdin) или берётся
из переменной окружения VKAUTH_PASSWORD; из командной строки — никогда.</translation>
    </message>
    <message>
        <location filename="../src/cli/LoginDirectCommand.cpp" line="+38"/>
        <source>E-mail or phone to sign in with.</source>
        <translation>Эл. почта или телефон для входа.</translation>
    </message>
    <message>
        <location filename="../src/cli/LoginBrowserCommand.cpp" line="+115"/>
        <location filename="../src/cli/LoginDirectCommand.cpp" line="+0"/>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <location filename="../src/cli/LoginDirectCommand.cpp" line="+2"/>
        <source>Phone number to sign in with (also used for the security check).</source>
        <translation>Номер телефона для входа (также для проверки безопасности).</translation>
    </message>
    <message>
        <location filename="../src/cli/LoginBrowserCommand.cpp" line="+2"/>
        <location filename="../src/cli/LoginDirectCommand.cpp" line="+2"/>
        <source>PHONE</source>
        <translation>ТЕЛЕФОН</translation>
    </message>
    <message>
        <source>Official app: android, windows, windowsPhone, iphone, ipad, vkMe (default android).</source>
        <translation type="vanished">Официальное приложение: android, windows, windowsPhone, iphone, ipad, vkMe (по умолчанию android).</translation>
    </message>
    <message>
        <location line="-85"/>
        <location filename="../src/cli/LoginDirectCommand.cpp" line="+4"/>
        <source>APP</source>
        <translation>ПРИЛОЖЕНИЕ</translation>
    </message>
    <message>
        <location filename="../src/cli/LoginDirectCommand.cpp" line="+1"/>
        <source>Your own app&apos;s id instead of --app.</source>
        <translation>id вашего собственного приложения вместо --app.</translation>
    </message>
    <message>
        <location filename="../src/cli/LoginBrowserCommand.cpp" line="-2"/>
        <location filename="../src/cli/LoginDirectCommand.cpp" line="+0"/>
        <location filename="../src/cli/LoginVkIdCommand.cpp" line="+33"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Your own app&apos;s secret (or set VKAUTH_CLIENT_SECRET).</source>
        <translation type="vanished">Секрет вашего собственного приложения (или задайте VKAUTH_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation type="vanished">СЕКРЕТ</translation>
    </message>
    <message>
        <location filename="../src/cli/LoginDirectCommand.cpp" line="+1"/>
        <source>Permissions: all, names (friends,wall,...) or a mask.</source>
        <translation>Права доступа: all, названия (friends,wall,...) или маска.</translation>
    </message>
    <message>
        <location filename="../src/cli/LoginVkIdCommand.cpp" line="-10"/>
        <source>Signs in with VK ID (OAuth 2.1 with PKCE) through your own VK ID app: its access
token lasts about an hour and is refreshed when used (token, check). Register the
redirect URL http://127.0.0.1:PORT/PATH in the app&apos;s settings and give the same here.
With --browser system (the default) the page opens in your browser ($BROWSER, else
xdg-open) and a one-shot listener on 127.0.0.1 catches the answer; the address is
printed as well. With --browser paste you paste the address the browser ends on.</source>
        <translation>Вход через VK ID (OAuth 2.1 с PKCE) с вашим приложением VK ID: его токен доступа
действует около часа и обновляется при использовании (token, check). Укажите адрес
перенаправления http://127.0.0.1:ПОРТ/ПУТЬ в настройках приложения и тот же адрес здесь.
С --browser system (по умолчанию) страница открывается в вашем браузере ($BROWSER, иначе
xdg-open), а одноразовый приёмник на 127.0.0.1 ловит ответ; адрес также выводится.
С --browser paste вы вставляете адрес, на котором закончил браузер.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The VK ID app&apos;s id.</source>
        <translation>ID приложения VK ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The redirect URL registered in the app&apos;s settings, e.g. http://127.0.0.1:53682/vkid.</source>
        <translation>Адрес перенаправления из настроек приложения, например http://127.0.0.1:53682/vkid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/SignInCommand.cpp" line="-218"/>
        <source>SCOPE</source>
        <translation>ПРАВА</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VK ID permissions, space separated.</source>
        <translation>Права VK ID через пробел.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>system: your browser and a listener on 127.0.0.1; paste: paste the address the browser
ends on; window: VK&apos;s page in vkauth-webview&apos;s window.</source>
        <translation>system: ваш браузер и приёмник на 127.0.0.1; paste: вставить адрес, на котором закончил
браузер; window: страница VK в окне vkauth-webview.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>login vkid takes no arguments, got &quot;%1&quot;.</source>
        <translation>login vkid не принимает аргументов, получено «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--browser needs system, paste or window, got &quot;%1&quot;.</source>
        <translation>--browser принимает system, paste или window, получено «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>login vkid needs --client-id with the app&apos;s id (a number).</source>
        <translation>для login vkid нужен --client-id с ID приложения (число).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>login vkid needs --redirect-uri with the redirect URL registered for the app.</source>
        <translation>для login vkid нужен --redirect-uri с адресом перенаправления из настроек приложения.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No VK ID address is set (VKAUTH_ID_URL).</source>
        <translation>Адрес VK ID не задан (VKAUTH_ID_URL).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in on VK ID&apos;s page in your browser. If it did not open, open this address:</source>
        <translation>Войдите на странице VK ID в браузере. Если она не открылась, откройте этот адрес:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No browser could be opened. Open this address in a browser:</source>
        <translation>Не удалось открыть браузер. Откройте этот адрес в браузере:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the answer on 127.0.0.1…</source>
        <translation>Ожидание ответа на 127.0.0.1…</translation>
    </message>
    <message>
        <location filename="../src/cli/SignInCommand.cpp" line="+5"/>
        <source>VK API version.</source>
        <translation>Версия VK API.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Timeout of each request, in milliseconds.</source>
        <translation type="vanished">Время ожидания каждого запроса в миллисекундах.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="vanished">МС</translation>
    </message>
    <message>
        <location filename="../src/cli/LoginDirectCommand.cpp" line="+4"/>
        <source>Extra HTTP header, repeatable.</source>
        <translation>Дополнительный HTTP-заголовок, можно указать несколько раз.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&apos;NAME: VALUE&apos;</source>
        <translation>&apos;ИМЯ: ЗНАЧЕНИЕ&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the password from the first line of stdin.</source>
        <translation>Прочитать пароль из первой строки stdin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read your own app&apos;s secret from the first line of stdin (before the password).</source>
        <translation>Прочитать секрет вашего приложения из первой строки stdin (перед паролем).</translation>
    </message>
    <message>
        <location filename="../src/cli/LoginBrowserCommand.cpp" line="+91"/>
        <location filename="../src/cli/LoginDirectCommand.cpp" line="+4"/>
        <source>PROFILE</source>
        <translation>ПРОФИЛЬ</translation>
    </message>
    <message>
        <location filename="../src/cli/LoginDirectCommand.cpp" line="+15"/>
        <source>login direct takes no arguments, got &quot;%1&quot;.</source>
        <translation>login direct не принимает аргументов, получено «%1».</translation>
    </message>
    <message>
        <source>No profile &quot;%1&quot;; see &quot;vkauth-cli list&quot;.</source>
        <translation type="vanished">Нет профиля «%1»; см. «vkauth-cli list».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profile &quot;%1&quot; is a community; sign in to it with &quot;login browser&quot;.</source>
        <translation>Профиль «%1» — это сообщество; войдите в него через «login browser».</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>--client-id needs the app&apos;s secret: --client-secret-stdin, or VKAUTH_CLIENT_SECRET.</source>
        <translation>Для --client-id нужен секрет приложения: --client-secret-stdin или VKAUTH_CLIENT_SECRET.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile &quot;%1&quot; uses your own app %2: give its secret with --client-secret-stdin or in VKAUTH_CLIENT_SECRET.</source>
        <translation>Профиль «%1» использует ваше приложение %2: передайте его секрет через --client-secret-stdin или в VKAUTH_CLIENT_SECRET.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--client-secret-stdin is for your own app (--client-id, or a profile made with one).</source>
        <translation>--client-secret-stdin — только для вашего приложения (--client-id или профиль, созданный с ним).</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>No app secret could be read: the input ended.</source>
        <translation>Не удалось прочитать секрет приложения: ввод закончился.</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Signs in with a login (or phone) and password through one of VK&apos;s official apps.
Captcha and two-factor questions are asked on the terminal, or read from stdin one
line each when stdin is not a terminal. Saves a profile and prints the token (on a
terminal only with --print-token; &quot;vkauth-cli token PROFILE&quot; prints it later).
The password is typed without echo, read from stdin (--password-stdin) or taken
from the VKAUTH_PASSWORD environment variable; never from the command line.</source>
        <translation>Вход по логину (или телефону) и паролю через одно из официальных приложений VK.
Капча и код двухфакторной аутентификации запрашиваются в терминале или читаются
из stdin по одной строке, если stdin — не терминал. Сохраняет профиль и выводит токен (в
терминал — только с --print-token; «vkauth-cli token ПРОФИЛЬ» выведет его позже).
Пароль вводится без отображения, читается из stdin (--password-stdin) или берётся
из переменной окружения VKAUTH_PASSWORD; из командной строки — никогда.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Official app: android, windows, windowsPhone, iphone, ipad, vkMe (default: the app&apos;s
default app in Settings, else android).</source>
        <translation>Официальное приложение: android, windows, windowsPhone, iphone, ipad, vkMe (по умолчанию —
приложение по умолчанию из настроек, иначе android).</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No login could be read: the input ended.</source>
        <translation>Не удалось прочитать логин: ввод закончился.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No login was given.</source>
        <translation>Логин не указан.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Login (e-mail or phone): </source>
        <translation>Логин (e-mail или телефон): </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No app secret was given.</source>
        <translation>Секрет приложения не указан.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Secret of app %1: </source>
        <translation>Секрет приложения %1: </translation>
    </message>
    <message>
        <location filename="../src/cli/SignInCommand.cpp" line="+39"/>
        <source>login direct needs --login or --phone.</source>
        <translation>login direct требует --login или --phone.</translation>
    </message>
    <message>
        <location filename="../src/cli/LoginDirectCommand.cpp" line="+10"/>
        <source>Use either --app or --client-id, not both.</source>
        <translation>Укажите либо --app, либо --client-id, но не оба.</translation>
    </message>
    <message>
        <source>--client-id needs --client-secret (or VKAUTH_CLIENT_SECRET).</source>
        <translation type="vanished">--client-id требует --client-secret (или VKAUTH_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; uses your own app %2: give its --client-secret (or VKAUTH_CLIENT_SECRET).</source>
        <translation type="vanished">Профиль «%1» использует ваше собственное приложение %2: укажите его --client-secret (или VKAUTH_CLIENT_SECRET).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown app &quot;%1&quot; for direct login; see &quot;vkauth-cli apps&quot;.</source>
        <translation>Неизвестное приложение «%1» для прямого входа; см. «vkauth-cli apps».</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of milliseconds.</source>
        <translation type="vanished">--timeout требует положительного числа миллисекунд.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>--header needs the form &apos;Name: value&apos;, got &quot;%1&quot;.</source>
        <translation>--header требует вида &apos;Имя: значение&apos;, получено «%1».</translation>
    </message>
    <message>
        <source>The trusted hash could not be read from the system keychain; VK may ask for a two-factor code.</source>
        <translation type="vanished">Не удалось прочитать доверенный хеш из системной связки ключей; VK может запросить код двухфакторной проверки.</translation>
    </message>
    <message>
        <source>Prints the address of VK&apos;s sign-in page for a user or for communities. Open it in
a browser, sign in and allow access; VK then shows a blank page whose address
(https://oauth.vk.ru/blank.html#access_token=...) you paste back here.
Saves the profile(s) and prints the token(s).</source>
        <translation type="vanished">Выводит адрес страницы входа VK для пользователя или сообществ. Откройте его
в браузере, войдите и разрешите доступ; VK покажет пустую страницу, адрес которой
(https://oauth.vk.ru/blank.html#access_token=...) нужно вставить сюда.
Сохраняет профиль(и) и выводит токен(ы).</translation>
    </message>
    <message>
        <location filename="../src/cli/LoginBrowserCommand.cpp" line="-91"/>
        <source>The app&apos;s id (or use --app).</source>
        <translation>id приложения (или используйте --app).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A known browser app: kateMobile, vkAdmin.</source>
        <translation>Известное браузерное приложение: kateMobile, vkAdmin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community ids, comma separated: one token per community.</source>
        <translation>id сообществ через запятую: по одному токену на сообщество.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IDS</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permissions: all, names or a mask (community permissions with --groups).</source>
        <translation>Права доступа: all, названия или маска (права сообщества с --groups).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>window: VK&apos;s page in a window (needs a display and vkauth-webview); paste: print the
address and read back the one VK ends on.</source>
        <translation>window: страница VK в окне (нужны дисплей и vkauth-webview); paste: напечатать
адрес и прочитать тот, на котором VK закончит.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/cli/LoginVkIdCommand.cpp" line="-44"/>
        <source>HOW</source>
        <translation>КАК</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>login browser takes no arguments, got &quot;%1&quot;.</source>
        <translation>login browser не принимает аргументов, получено «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--browser needs window or paste, got &quot;%1&quot;.</source>
        <translation>Для --browser нужно window или paste, получено «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>login browser needs either --client-id or --app.</source>
        <translation>login browser требует --client-id или --app.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown app &quot;%1&quot;; see &quot;vkauth-cli apps&quot;.</source>
        <translation>Неизвестное приложение «%1»; см. «vkauth-cli apps».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--client-id needs a number, got &quot;%1&quot;.</source>
        <translation>--client-id требует число, получено «%1».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--groups needs community ids (numbers), got &quot;%1&quot;.</source>
        <translation>--groups требует id сообществ (числа), получено «%1».</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>VK accepts the token of %1: there is nothing to verify.</source>
        <translation>VK принимает токен %1: проверять нечего.</translation>
    </message>
    <message>
        <source>Open this address in a browser, sign in and allow access:</source>
        <translation type="vanished">Откройте этот адрес в браузере, войдите и разрешите доступ:</translation>
    </message>
    <message>
        <source>That is not the blank.html address VK ends on; paste the whole address.</source>
        <translation type="vanished">Это не адрес blank.html, которым завершает VK; вставьте адрес целиком.</translation>
    </message>
    <message>
        <location filename="../src/cli/SignInCommand.cpp" line="+15"/>
        <location line="+19"/>
        <source>Sign in to VK</source>
        <translation>Вход в VK</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Sign in on VK&apos;s page and allow access. The token goes back to vkauth-cli.</source>
        <translation>Войдите на странице VK и разрешите доступ. Токен вернётся в vkauth-cli.</translation>
    </message>
    <message>
        <location filename="../src/cli/LoginBrowserCommand.cpp" line="-87"/>
        <location filename="../src/cli/LoginVkIdCommand.cpp" line="+49"/>
        <source>Sign in on VK&apos;s page in the window that opens…</source>
        <translation>Войдите на странице VK в открывшемся окне…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Follows the redirect_uri VK gave with &quot;need_validation&quot; (or an API error 17)
through VK&apos;s checks (phone, two-factor code, captcha) to a token. Saves a
profile and prints the token.</source>
        <translation>Проходит по redirect_uri, выданному VK с «need_validation» (или ошибкой API 17),
через проверки VK (телефон, код двухфакторной аутентификации, капча) до токена.
Сохраняет профиль и выводит токен.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account&apos;s login (its phone if it is one).</source>
        <translation>Логин аккаунта (его телефон, если логин — телефон).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account&apos;s full phone number, for the phone check.</source>
        <translation>Полный номер телефона аккаунта для проверки телефона.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A saved profile whose token VK wants verified (API error 17): the check gives the address,
the profile its login.</source>
        <translation>Сохранённый профиль, токен которого VK хочет проверить (ошибка API 17): адрес даёт проверка,
логин — профиль.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>verify takes a REDIRECT_URI or --profile, not both.</source>
        <translation>verify принимает REDIRECT_URI или --profile, но не оба сразу.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>verify needs exactly one REDIRECT_URI.</source>
        <translation>verify требует ровно один REDIRECT_URI.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>REDIRECT_URI must be a web address.</source>
        <translation>REDIRECT_URI должен быть веб-адресом.</translation>
    </message>
    <message>
        <location filename="../src/cli/SignInCommand.cpp" line="+22"/>
        <source>No password: stdin is not a terminal. Use --password-stdin or set VKAUTH_PASSWORD.</source>
        <translation>Нет пароля: stdin — не терминал. Используйте --password-stdin или задайте VKAUTH_PASSWORD.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>No password could be read: the input ended.</source>
        <translation>Не удалось прочитать пароль: ввод закончился.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Retry with --app %1.</source>
        <translation>Повторите с --app %1.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print the token on a terminal too (it is printed anyway when stdout is a pipe or a file).</source>
        <translation>Выводить токен и в терминал (в канал или файл он выводится всегда).</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No password was given.</source>
        <translation>Пароль не указан.</translation>
    </message>
    <message>
        <source>Paste the address of the page VK ends on (input hidden): </source>
        <translation type="vanished">Вставьте адрес страницы, которой завершает VK (ввод скрыт): </translation>
    </message>
    <message>
        <source>No address could be read: the input ended.</source>
        <translation type="vanished">Не удалось прочитать адрес: ввод закончился.</translation>
    </message>
    <message>
        <location filename="../src/cli/LoginDirectCommand.cpp" line="-49"/>
        <source>Sign in again as a saved profile (id, label or VK id): its login, app and trusted hash (no 2FA code).</source>
        <translation>Войти снова как сохранённый профиль (id, метка или VK id): его логин, приложение и доверенный хеш (без кода 2FA).</translation>
    </message>
    <message>
        <source>--client-id needs the app&apos;s secret in VKAUTH_CLIENT_SECRET.</source>
        <translation type="vanished">Для --client-id нужен секрет приложения в VKAUTH_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; uses your own app %2: set its secret in VKAUTH_CLIENT_SECRET.</source>
        <translation type="vanished">Профиль «%1» использует ваше собственное приложение %2: задайте его секрет в VKAUTH_CLIENT_SECRET.</translation>
    </message>
    <message>
        <location filename="../src/cli/LoginBrowserCommand.cpp" line="-129"/>
        <source>Signs in on VK&apos;s page for a user or for communities. With --browser window
(the default when a display is present and vkauth-webview is installed) the page
opens in a window and the token is caught there. With --browser paste it prints
the address: open it in a browser, sign in and allow access; VK then shows a blank
page whose address (https://oauth.vk.ru/blank.html#access_token=...) you paste
back here. Saves the profile(s) and prints the token(s).</source>
        <translation>Вход на странице VK для пользователя или для сообществ. С --browser window
(по умолчанию, если есть дисплей и установлен vkauth-webview) страница
открывается в окне, и токен перехватывается там. С --browser paste печатается
адрес: откройте его в браузере, войдите и разрешите доступ; VK покажет пустую
страницу, её адрес (https://oauth.vk.ru/blank.html#access_token=...) вставьте
сюда. Сохраняет профиль(и) и печатает токен(ы).</translation>
    </message>
    <message>
        <location filename="../src/cli/SignInCommand.cpp" line="+50"/>
        <source>VK accepted the check but gave no token; sign in again now.</source>
        <translation>VK принял проверку, но не выдал токен; теперь войдите снова.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token could not be kept in the vault: %1</source>
        <translation>Не удалось сохранить токен в хранилище: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token could not be kept in the system keychain: %1</source>
        <translation>Не удалось сохранить токен в системной связке ключей: %1</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot; (%2).</source>
        <translation type="vanished">Профиль «%1» сохранён (%2).</translation>
    </message>
</context>
<context>
    <name>vkauth::cli::PastePage</name>
    <message>
        <location filename="../src/cli/PastePage.cpp" line="+73"/>
        <source>Open this address in a browser, sign in and allow access:</source>
        <translation>Откройте этот адрес в браузере, войдите и разрешите доступ:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No address could be read: the input ended.</source>
        <translation>Не удалось прочитать адрес: ввод закончился.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That is not the blank.html address VK ends on; paste the whole address.</source>
        <translation>Это не адрес blank.html, которым завершает VK; вставьте адрес целиком.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste the address of the page VK ends on (input hidden): </source>
        <translation>Вставьте адрес страницы, которой завершает VK (ввод скрыт): </translation>
    </message>
</context>
<context>
    <name>vkauth::cli::ProfileCommands</name>
    <message>
        <location filename="../src/cli/Command.cpp" line="+211"/>
        <source>The token of this profile is missing from the system keychain.</source>
        <translation>Токена этого профиля нет в системной связке ключей.</translation>
    </message>
    <message>
        <source>Name exactly one PROFILE (its id, label or VK id).</source>
        <translation type="vanished">Укажите ровно один ПРОФИЛЬ (его id, имя или VK id).</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Read the vault passphrase from the first line of standard input.</source>
        <translation>Прочитать парольную фразу хранилища из первой строки стандартного ввода.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>There is no vault yet (&quot;%1&quot;).</source>
        <translation>Хранилища ещё нет («%1»).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No system keychain here. Keep tokens in an encrypted file instead? [y/N] </source>
        <translation>Системной связки ключей здесь нет. Хранить токены в зашифрованном файле? [y/N] </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Name exactly one PROFILE (its id, VK id, label or name).</source>
        <translation>Укажите ровно один ПРОФИЛЬ (его id, id VK, метку или имя).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No profile &quot;%1&quot;; see &quot;vkauth-cli list&quot;.</source>
        <translation>Нет профиля «%1»; см. «vkauth-cli list».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; matches several profiles; name one by its id:
%2</source>
        <translation>«%1» подходит к нескольким профилям; укажите один по его id:
%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The token of this profile is missing from the vault.</source>
        <translation>Токена этого профиля нет в хранилище.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No system keychain here? Keep tokens in an encrypted file instead: set VKAUTH_SECRET_STORE=vault (see &quot;On a server&quot; in the README).</source>
        <translation>Нет системной связки ключей? Храните токены в зашифрованном файле: задайте VKAUTH_SECRET_STORE=vault (см. «On a server» в README).</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="+34"/>
        <source>Lists the kept profiles (the same as the app&apos;s).</source>
        <translation>Выводит сохранённые профили (те же, что в приложении).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>list takes no arguments.</source>
        <translation>list не принимает аргументов.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>KIND</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VK ID</source>
        <translation>VK ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>APP</source>
        <translation>ПРИЛОЖЕНИЕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXPIRES</source>
        <translation>ИСТЕКАЕТ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAST CHECK</source>
        <translation>ПРОВЕРЕН</translation>
    </message>
    <message>
        <location filename="../src/cli/CheckCommand.cpp" line="+33"/>
        <source>Asks VK whether the profile&apos;s token still works, and what it may do.
Exit code 0 when it works, 3 when VK refuses it, 4 when VK cannot be reached.
With no PROFILE (or --all) checks every profile and prints a table: exit code 0 when
every token works, 10 otherwise.</source>
        <translation>Спрашивает VK, действует ли ещё токен профиля и что ему разрешено.
Код выхода 0 — действует, 3 — VK его отклоняет, 4 — VK недоступен.
Без ПРОФИЛЯ (или с --all) проверяет все профили и выводит таблицу: код выхода 0, если
действуют все токены, иначе 10.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check every profile (the same as no PROFILE).</source>
        <translation>Проверить все профили (то же, что без ПРОФИЛЯ).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name one PROFILE or use --all, not both.</source>
        <translation>Укажите один ПРОФИЛЬ или --all, но не оба сразу.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Run: vkauth-cli verify --profile %1</source>
        <translation>Выполните: vkauth-cli verify --profile %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../src/cli/ListCommand.cpp" line="-11"/>
        <source>No profiles yet. Sign in with &quot;vkauth-cli login direct&quot; or &quot;login browser&quot;.</source>
        <translation>Профилей пока нет. Войдите командой «vkauth-cli login direct» или «login browser».</translation>
    </message>
    <message>
        <location line="+75"/>
        <location filename="../src/cli/ListCommand.cpp" line="+5"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/ListCommand.cpp" line="+3"/>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MESSAGE</source>
        <translation>СООБЩЕНИЕ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every token works.</source>
        <translation>Все токены действуют.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not every token works.</source>
        <translation>Действуют не все токены.</translation>
    </message>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="-5"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Prints just the token of a profile, for scripts:
  VK_TOKEN=$(vkauth-cli token mybot)
PROFILE is a profile id, a label or a VK id.</source>
        <translation type="vanished">Выводит только токен профиля, для скриптов:
  VK_TOKEN=$(vkauth-cli token mybot)
ПРОФИЛЬ — id профиля, его имя или VK id.</translation>
    </message>
    <message>
        <location filename="../src/cli/TokenCommand.cpp" line="+18"/>
        <source>Prints just the token of a profile, for scripts:
  VK_TOKEN=$(vkauth-cli token mybot)
PROFILE is a profile id, a VK id, a label or a name (as &quot;list&quot; shows them).</source>
        <translation>Выводит только токен профиля, для скриптов:
  VK_TOKEN=$(vkauth-cli token mybot)
ПРОФИЛЬ — id профиля, VK id, метка или имя (как их показывает «list»).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: the token of &quot;%1&quot; has expired.</source>
        <translation>Внимание: срок действия токена «%1» истёк.</translation>
    </message>
    <message>
        <source>Asks VK whether the profile&apos;s token still works, and what it may do.
Exit code 0 when it works, 3 when VK refuses it, 4 when VK cannot be reached.</source>
        <translation type="vanished">Спрашивает VK, действует ли ещё токен профиля и что ему разрешено.
Код выхода 0 — действует, 3 — VK его отклоняет, 4 — VK недоступен.</translation>
    </message>
    <message>
        <location filename="../src/cli/CheckCommand.cpp" line="-105"/>
        <source>%1; permissions: %2</source>
        <translation>%1; права доступа: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/RemoveCommand.cpp" line="+19"/>
        <source>Forgets a profile: deletes its token from the system keychain, then the profile.</source>
        <translation>Забывает профиль: удаляет его токен из системной связки ключей, затем сам профиль.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>VK ID could not revoke the access of &quot;%1&quot;: %2. Revoke it in your VK account&apos;s settings (Apps and sites).</source>
        <translation>VK ID не удалось отозвать доступ «%1»: %2. Отзовите его в настройках аккаунта VK (Приложения и сайты).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed &quot;%1&quot; (%2).</source>
        <translation>Удалён «%1» (%2).</translation>
    </message>
</context>
<context>
    <name>vkauth::cli::StoreCommands</name>
    <message>
        <location filename="../src/cli/StoreMigrateCommand.cpp" line="+21"/>
        <source>Moves the tokens of every profile into the other secret store, all or nothing:
  --to vault      into the encrypted vault file beside the profile list
  --to keychain   into the system keychain
The choice is kept in the settings (VKAUTH_SECRET_STORE still wins).</source>
        <translation>Переносит токены всех профилей в другое хранилище секретов, всё или ничего:
  --to vault      в зашифрованный файл хранилища рядом со списком профилей
  --to keychain   в системную связку ключей
Выбор сохраняется в настройках (VKAUTH_SECRET_STORE по-прежнему важнее).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the tokens go: vault or keychain.</source>
        <translation>Куда перенести токены: vault или keychain.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say where the tokens go: --to vault or --to keychain.</source>
        <translation>Укажите, куда перенести токены: --to vault или --to keychain.</translation>
    </message>
    <message>
        <source>the token of &quot;%1&quot; could not be read: %2</source>
        <translation type="vanished">не удалось прочитать токен «%1»: %2</translation>
    </message>
    <message>
        <source>the profile list could not be written</source>
        <translation type="vanished">не удалось записать список профилей</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Note: VKAUTH_SECRET_STORE=%1 is set and wins over the settings; set it to &quot;%2&quot;.</source>
        <translation>Внимание: задана VKAUTH_SECRET_STORE=%1, и она важнее настроек; задайте её равной «%2».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These old copies could not be removed from the store they came from: %1</source>
        <translation>Эти старые копии не удалось удалить из прежнего хранилища: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Moved %n profile(s) to the vault.</source>
        <translation>
            <numerusform>Перенесён %n профиль в хранилище.</numerusform>
            <numerusform>Перенесено %n профиля в хранилище.</numerusform>
            <numerusform>Перенесено %n профилей в хранилище.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Moved %n profile(s) to the system keychain.</source>
        <translation>
            <numerusform>Перенесён %n профиль в системную связку ключей.</numerusform>
            <numerusform>Перенесено %n профиля в системную связку ключей.</numerusform>
            <numerusform>Перенесено %n профилей в системную связку ключей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Nothing was moved; the tokens stay where they were: %1</source>
        <translation>Ничего не перенесено; токены остались на месте: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These copies could not be taken back from the target store: %1</source>
        <translation>Эти копии не удалось убрать из целевого хранилища: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/StorePassphraseCommand.cpp" line="+19"/>
        <source>Changes the passphrase of the vault (the encrypted file that keeps the tokens when
VKAUTH_SECRET_STORE=vault). The current passphrase is asked for first.</source>
        <translation>Меняет парольную фразу хранилища (зашифрованного файла, в котором хранятся токены при
VKAUTH_SECRET_STORE=vault). Сначала запрашивается текущая парольная фраза.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the new passphrase from the next line of standard input.</source>
        <translation>Прочитать новую парольную фразу из следующей строки стандартного ввода.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The vault passphrase was changed.</source>
        <translation>Парольная фраза хранилища изменена.</translation>
    </message>
</context>
<context>
    <name>vkauth::cli::TerminalPrompter</name>
    <message>
        <location filename="../src/cli/TerminalPrompter.cpp" line="+81"/>
        <source>VK asks for its &quot;not robot&quot; check (step: captcha), which only a web browser can pass, and no display or web view is available here. Sign in with the desktop app (vkauth), or run the sign-in where a display is available.</source>
        <translation>VK просит пройти проверку «я не робот» (шаг: captcha), которую может пройти только веб-браузер, а здесь нет ни дисплея, ни веб-окна. Войдите через приложение для рабочего стола (vkauth) или запустите вход там, где есть дисплей.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The captcha answer was not accepted (attempt %1 of %2).</source>
        <translation>Ответ на капчу не принят (попытка %1 из %2).</translation>
    </message>
    <message>
        <source>VK wants to check that you are not a robot. Open this page in a browser, pass the check, then paste the success token it gives:</source>
        <translation type="vanished">VK хочет убедиться, что вы не робот. Откройте эту страницу в браузере, пройдите проверку и вставьте выданный токен успеха:</translation>
    </message>
    <message>
        <source>Success token: </source>
        <translation type="vanished">Токен успеха: </translation>
    </message>
    <message>
        <location line="-53"/>
        <source>VK wants one more step (%1): complete it in the window that opens.</source>
        <translation>VK просит пройти ещё один шаг (%1): завершите его в открывшемся окне.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VK: one more step</source>
        <translation>VK: ещё один шаг</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>VK wants to check that you are not a robot: complete the check in the window that opens.</source>
        <translation>VK хочет убедиться, что вы не робот: пройдите проверку в открывшемся окне.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VK: not a robot</source>
        <translation>VK: я не робот</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VK asks for a captcha.</source>
        <translation>VK просит ввести капчу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  image saved to: %1</source>
        <translation>  картинка сохранена в: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  image address:  %1</source>
        <translation>  адрес картинки:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the characters from the image: </source>
        <translation>Введите символы с картинки: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The browser window was closed before VK&apos;s step was finished.</source>
        <translation>Окно браузера закрыто до завершения шага VK.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>VK says: %1</source>
        <translation>VK сообщает: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code has %1 digits.</source>
        <translation>В коде %1 цифр(ы).</translation>
    </message>
    <message>
        <source>VK sent a confirmation code by SMS to %1.</source>
        <translation type="vanished">VK отправил код подтверждения по SMS на %1.</translation>
    </message>
    <message>
        <source>Enter the confirmation code from your authenticator app or VK&apos;s message.</source>
        <translation type="vanished">Введите код подтверждения из приложения-аутентификатора или из сообщения VK.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(To get the code by SMS instead, answer &quot;sms&quot; in %1 s or later.)</source>
        <translation>(Чтобы получить код по SMS, ответьте «sms» через %1 с или позже.)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>VK allows another SMS in %1 s; type the code you have, or ask again then.</source>
        <translation>VK разрешит новое SMS через %1 с; введите полученный код или запросите SMS снова по истечении этого времени.</translation>
    </message>
    <message>
        <source>(To get the code by SMS instead, answer &quot;sms&quot; in %1 seconds or later.)</source>
        <translation type="vanished">(Чтобы получить код по SMS, ответьте «sms» через %1 с или позже.)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>(To get the code by SMS instead, answer &quot;sms&quot; or leave the answer empty.)</source>
        <translation>(Чтобы получить код по SMS, ответьте «sms» или оставьте ответ пустым.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code (attempt %1 of %2): </source>
        <translation>Код (попытка %1 из %2): </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code: </source>
        <translation>Код: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SMS is not available here; type the code.</source>
        <translation>SMS здесь недоступно; введите код.</translation>
    </message>
    <message>
        <source>VK allows another SMS only later; type the code you have.</source>
        <translation type="vanished">VK разрешит новое SMS только позже; введите полученный код.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asking VK to send an SMS...</source>
        <translation>Запрос SMS у VK...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No answer could be read: the input ended before the question was answered.</source>
        <translation>Не удалось прочитать ответ: ввод закончился раньше, чем был дан ответ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer could be read: there is no terminal and no input to read answers from.</source>
        <translation>Не удалось прочитать ответ: нет ни терминала, ни входных данных для ответов.</translation>
    </message>
</context>
<context>
    <name>vkauth::cli::TimeoutOption</name>
    <message>
        <location filename="../src/cli/TimeoutOption.cpp" line="+13"/>
        <source>Timeout of each request, with a unit: 10s, 500ms (default: the app&apos;s setting).</source>
        <translation>Время ожидания каждого запроса, с единицей: 10s, 500ms (по умолчанию: настройка приложения).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TIME</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--timeout needs a unit: write %1ms%2.</source>
        <translation>--timeout требует единицу: напишите %1ms%2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--timeout needs a duration from 1ms to 3600s, such as 10s or 500ms; got &quot;%1&quot;.</source>
        <translation>--timeout требует длительность от 1ms до 3600s, например 10s или 500ms; получено «%1».</translation>
    </message>
</context>
<context>
    <name>vkauth::cli::TransferCommands</name>
    <message>
        <location filename="../src/cli/TransferCommand.cpp" line="+41"/>
        <source>No passphrase: stdin is not a terminal. Use --passphrase-stdin.</source>
        <translation>Нет парольной фразы: stdin — не терминал. Используйте --passphrase-stdin.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Passphrase: </source>
        <translation>Парольная фраза: </translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No passphrase was given.</source>
        <translation>Парольная фраза не указана.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Repeat the passphrase: </source>
        <translation>Повторите парольную фразу: </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Warning: this passphrase is weak (%1): anyone who gets the file can try guesses offline. %2</source>
        <translation>Внимание: эта парольная фраза слабая (%1): любой, кто получит файл, сможет подбирать её без ограничений. %2</translation>
    </message>
    <message>
        <location filename="../src/cli/ExportCommand.cpp" line="+26"/>
        <source>Writes profiles (all, or the ones named) to a file:
  encrypted  tokens under a passphrase (the default)
  json       tokens in plain JSON: anyone who can read the file can use them
  env        VK_TOKEN=... lines for scripts, also in plain text
  meta       the list without tokens
The file is written with owner-only permissions. --output - writes to stdout.</source>
        <translation>Записывает профили (все или указанные) в файл:
  encrypted  токены под парольной фразой (по умолчанию)
  json       токены в открытом JSON: их может использовать любой, кто прочтёт файл
  env        строки VK_TOKEN=... для скриптов, тоже открытым текстом
  meta       список без токенов
Файл доступен только владельцу. --output - пишет в stdout.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>encrypted, json, env or meta.</source>
        <translation>encrypted, json, env или meta.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to write.</source>
        <translation>Файл для записи.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/cli/ImportCommand.cpp" line="+29"/>
        <source>Read the passphrase from the first line of stdin.</source>
        <translation>Прочитать парольную фразу из первой строки stdin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown format &quot;%1&quot;: use encrypted, json, env or meta.</source>
        <translation>Неизвестный формат «%1»: используйте encrypted, json, env или meta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export needs --output FILE (or --output - for stdout).</source>
        <translation>export требует --output ФАЙЛ (или --output - для stdout).</translation>
    </message>
    <message>
        <source>No profile &quot;%1&quot;; see &quot;vkauth-cli list&quot;.</source>
        <translation type="vanished">Нет профиля «%1»; см. «vkauth-cli list».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Warning: this file holds the tokens in plain text.</source>
        <translation>Внимание: в этом файле токены хранятся открытым текстом.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: a VK ID profile&apos;s refresh token goes with it. Use only one of the two copies: when both refresh, VK sees a reused refresh token and ends the session of both.</source>
        <translation>Внимание: вместе с профилем VK ID передаётся его токен обновления. Пользуйтесь только одной из двух копий: если обе обновят токен, VK увидит повторно использованный токен обновления и завершит сеанс обеих.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: VK ID refresh tokens are exported only in the encrypted format; an imported copy of this file must be signed in again when its token expires.</source>
        <translation>Примечание: токены обновления VK ID экспортируются только в зашифрованном формате; в импортированной копии этого файла после истечения токена нужно войти снова.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>standard output</source>
        <translation>стандартный вывод</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profiles exported: %1, to %2.</source>
        <translation>Экспортировано профилей: %1, в %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1.</source>
        <translation type="vanished">
            <numerusform>Экспортирован %n профиль в %1.</numerusform>
            <numerusform>Экспортировано %n профиля в %1.</numerusform>
            <numerusform>Экспортировано %n профилей в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="-7"/>
        <source>Adds the profiles of an export file (any format but meta) to the kept ones, all or
nothing. An encrypted file asks for its passphrase.</source>
        <translation>Добавляет профили из файла экспорта (любого формата, кроме meta) к сохранённым —
все или ни одного. Для зашифрованного файла запрашивается парольная фраза.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When a profile is already kept: skip, replace or keep-both (default skip).</source>
        <translation>Если профиль уже сохранён: skip (пропустить), replace (заменить) или keep-both (оставить оба); по умолчанию skip.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHOICE</source>
        <translation>ВАРИАНТ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import needs exactly one FILE.</source>
        <translation>import требует ровно один ФАЙЛ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--on-conflict takes skip, replace or keep-both.</source>
        <translation>--on-conflict принимает skip, replace или keep-both.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Imported: %1 added, %2 replaced, %3 skipped.</source>
        <translation>Импорт: добавлено %1, заменено %2, пропущено %3.</translation>
    </message>
</context>
<context>
    <name>vkauth::cli::VaultUnlock</name>
    <message>
        <location filename="../src/cli/VaultUnlock.cpp" line="+99"/>
        <source>A new vault will keep the tokens in &quot;%1&quot;.</source>
        <translation>Новое хранилище будет держать токены в «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>New vault passphrase: </source>
        <translation>Новая парольная фраза хранилища: </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Vault passphrase: </source>
        <translation>Парольная фраза хранилища: </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Type it again: </source>
        <translation>Повторите: </translation>
    </message>
    <message>
        <location line="-29"/>
        <source>the two passphrases differ</source>
        <translation>парольные фразы не совпадают</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give it with VKAUTH_VAULT_PASSPHRASE_FILE or --vault-passphrase-stdin</source>
        <translation>задайте её через VKAUTH_VAULT_PASSPHRASE_FILE или --vault-passphrase-stdin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No new passphrase on standard input.</source>
        <translation>На стандартном вводе нет новой парольной фразы.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new vault passphrase is typed on a terminal, or given with --new-passphrase-stdin.</source>
        <translation>Новая парольная фраза хранилища вводится в терминале или передаётся через --new-passphrase-stdin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No passphrase typed.</source>
        <translation>Парольная фраза не введена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Парольные фразы не совпадают; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::AboutDialog</name>
    <message>
        <location filename="../src/gui/AboutDialog.cpp" line="+51"/>
        <source>Version %1, built with Qt %2, running on Qt %3</source>
        <translation>Версия %1, собрана с Qt %2, работает на Qt %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>VK Auth links to the Qt libraries dynamically; you may replace them with your own build.</source>
        <translation>VK Auth подключает библиотеки Qt динамически; вы можете заменить их собственной сборкой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LGPLv3; Chromium: BSD-3-Clause and others</source>
        <translation>LGPLv3; Chromium: BSD-3-Clause и другие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The web sign-in page runs on Chromium, which includes third-party code under its own licences; the full list ships with Qt WebEngine.</source>
        <translation>Веб-страница входа работает на Chromium, который содержит сторонний код под собственными лицензиями; полный список поставляется вместе с Qt WebEngine.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>MIT License (the file LICENSE)</source>
        <translation>Лицензия MIT (файл LICENSE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free software: use, copy, change and share it, with its copyright and licence notice kept. It comes without any warranty.</source>
        <translation>Свободная программа: её можно использовать, копировать, изменять и распространять, сохраняя уведомление об авторских правах и лицензии. Она предоставляется без каких-либо гарантий.</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::AddTokenDialog</name>
    <message>
        <location filename="../src/gui/profiles/AddTokenDialog.cpp" line="+29"/>
        <source>Add a Token You Have</source>
        <translation>Добавить имеющийся токен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a token, or VK&apos;s address that holds it (…blank.html#access_token=…) from any tool. You can also open python vk_api&apos;s vk_config.v2.json or a .env file. VK is asked whose each token is before it is kept.</source>
        <translation>Вставьте токен или адрес VK, в котором он есть (…blank.html#access_token=…), из любой программы. Можно также открыть vk_config.v2.json из python vk_api или файл .env. Перед сохранением VK сообщает, чей это токен.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Token, address or file contents:</source>
        <translation>&amp;Токен, адрес или содержимое файла:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open File…</source>
        <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Found %n community token(s).</source>
        <translation>
            <numerusform>Найден %n токен сообщества.</numerusform>
            <numerusform>Найдено %n токена сообществ.</numerusform>
            <numerusform>Найдено %n токенов сообществ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Found %n token(s).</source>
        <translation>
            <numerusform>Найден %n токен.</numerusform>
            <numerusform>Найдено %n токена.</numerusform>
            <numerusform>Найдено %n токенов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a Token File</source>
        <translation>Открыть файл с токенами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token files (vk_config.v2.json *.json .env *.env *.txt);;All files (*)</source>
        <translation>Файлы с токенами (vk_config.v2.json *.json .env *.env *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is too large for a token file.</source>
        <translation>%1 слишком велик для файла с токенами.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Added: %1.</source>
        <translation>Добавлено: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Token %1: %2</source>
        <translation>Токен %1: %2</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::AuthWebView</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="vanished">Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>Secure connection (https)</source>
        <translation type="vanished">Защищённое соединение (https)</translation>
    </message>
    <message>
        <source>Not encrypted (this computer)</source>
        <translation type="vanished">Без шифрования (этот компьютер)</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation type="vanished">Без шифрования</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::BrowserDialog</name>
    <message>
        <location filename="../src/gui/signin/BrowserDialog.cpp" line="+19"/>
        <source>Sign in on VK&apos;s page and allow access. The token is caught when VK hands it over; the page with it is never shown.</source>
        <translation>Войдите на странице VK и разрешите доступ. Токен перехватывается в момент выдачи; страница с ним не показывается.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in on VK&apos;s page and allow access for the communities (%1). The tokens are caught when VK hands them over; the page with them is never shown.</source>
        <translation>Войдите на странице VK и разрешите доступ для сообществ (%1). Токены перехватываются в момент выдачи; страница с ними не показывается.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the browser window…</source>
        <translation>Ожидание окна браузера…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sign in to VK</source>
        <translation>Вход в VK</translation>
    </message>
    <message>
        <source>Opening VK…</source>
        <translation type="vanished">Открытие VK…</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::CaptchaDialog</name>
    <message>
        <location filename="../src/gui/signin/CaptchaDialog.cpp" line="+21"/>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading a new picture…</source>
        <translation>Загрузка новой картинки…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attempt %1 of %2</source>
        <translation>Попытка %1 из %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The characters are wrong. Type the ones in the new picture.</source>
        <translation>Символы неверны. Введите символы с новой картинки.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The picture VK sent</source>
        <translation>Картинка от VK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The picture could not be loaded. Ask for a new one.</source>
        <translation>Не удалось загрузить картинку. Запросите другую.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VK wants to be sure you are not a robot. Complete the check on VK&apos;s page in the browser window; this window waits for it.</source>
        <translation>VK хочет убедиться, что вы не робот. Пройдите проверку на странице VK в окне браузера; это окно ждёт её завершения.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>VK: not a robot</source>
        <translation>VK: я не робот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete VK&apos;s check. The answer goes back to the sign-in by itself.</source>
        <translation>Пройдите проверку VK. Ответ вернётся ко входу сам.</translation>
    </message>
    <message>
        <source>VK wants to be sure you are not a robot. Complete the check on VK&apos;s page below.</source>
        <translation type="vanished">VK хочет убедиться, что вы не робот. Пройдите проверку на странице VK ниже.</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::CheckAll</name>
    <message numerus="yes">
        <location filename="../src/gui/profiles/CheckAll.cpp" line="+25"/>
        <source>%n work</source>
        <translation>
            <numerusform>%n действует</numerusform>
            <numerusform>%n действуют</numerusform>
            <numerusform>%n действуют</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n истёк</numerusform>
            <numerusform>%n истекли</numerusform>
            <numerusform>%n истекли</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dead</source>
        <translation>
            <numerusform>%n недействителен</numerusform>
            <numerusform>%n недействительны</numerusform>
            <numerusform>%n недействительны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n needs action</source>
        <translation>
            <numerusform>%n требует действий</numerusform>
            <numerusform>%n требуют действий</numerusform>
            <numerusform>%n требуют действий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not checked (network)</source>
        <translation>
            <numerusform>%n не проверен (сеть)</numerusform>
            <numerusform>%n не проверены (сеть)</numerusform>
            <numerusform>%n не проверены (сеть)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n не прочитан</numerusform>
            <numerusform>%n не прочитаны</numerusform>
            <numerusform>%n не прочитаны</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was checked.</source>
        <translation>Ничего не проверено.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>vkauth::gui::CommunityPicker</name>
    <message>
        <location filename="../src/gui/signin/CommunityPicker.cpp" line="+54"/>
        <source>Community Tokens</source>
        <translation>Токены сообществ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You administer these communities. Tick those a bot or script needs a community token for; VK&apos;s page asks you to confirm next.</source>
        <translation>Вы администрируете эти сообщества. Отметьте те, для которых боту или скрипту нужен токен сообщества; затем VK попросит подтвердить это на своей странице.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Get Their Tokens…</source>
        <translation>&amp;Получить их токены…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Not Now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::ExportDialog</name>
    <message>
        <location filename="../src/gui/transfer/ExportDialog.cpp" line="+28"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sho&amp;w passphrase</source>
        <translation>Пока&amp;зать парольную фразу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Generate</source>
        <translation>Созда&amp;ть</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>user %1</source>
        <translation>пользователь %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>community %1</source>
        <translation>сообщество %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Export Profiles</source>
        <translation>Экспорт профилей</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weak passphrase</source>
        <translation>Слабая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This passphrase is weak: anyone who gets the file could guess it and read the tokens.</source>
        <translation>Эта парольная фраза слабая: любой, кому попадёт файл, сможет её подобрать и прочитать токены.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a longer one, or Generate one. Export with this passphrase anyway?</source>
        <translation>Возьмите фразу длиннее или нажмите «Создать». Всё равно экспортировать с этой фразой?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport Anyway</source>
        <translation>Всё равно &amp;экспортировать</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation type="vanished">%1
(%2)</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::ImportDialog</name>
    <message>
        <location filename="../src/gui/transfer/ImportDialog.cpp" line="+24"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profiles that are already here (same account and app): for all of them</source>
        <translation>Профили, которые уже есть (тот же аккаунт и приложение): для всех</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VK ID</source>
        <translation>VK ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Here</source>
        <translation>Здесь</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Import Profiles</source>
        <translation>Импорт профилей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VK Auth exports (*.vkauth *.json *.env);;All files (*)</source>
        <translation>Файлы экспорта VK Auth (*.vkauth *.json *.env);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Taking back what was written…</source>
        <translation>Отмена уже записанного…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Encrypted: enter the passphrase it was exported with</source>
        <translation>Зашифрован: введите парольную фразу, заданную при экспорте</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Profiles in the file: %1. Already here (same account and app): %2.</source>
        <translation>Профилей в файле: %1. Уже есть здесь (тот же аккаунт и приложение): %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles in the file: %1.</source>
        <translation>Профилей в файле: %1.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 (community)</source>
        <translation>%1 (сообщество)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both</source>
        <translation>Оставить оба</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already here as %1</source>
        <translation>Уже есть: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n импортирован</numerusform>
            <numerusform>%n импортировано</numerusform>
            <numerusform>%n импортировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n заменён</numerusform>
            <numerusform>%n заменено</numerusform>
            <numerusform>%n заменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n пропущен</numerusform>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation type="vanished">%1
(%2)</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="+101"/>
        <source>&amp;Add a Token You Have…</source>
        <translation>&amp;Добавить имеющийся токен…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a &amp;Token You Have…</source>
        <translation>Добавить имеющийся &amp;токен…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %n profile(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>Экспортирован %n профиль в «%1».</numerusform>
            <numerusform>Экспортировано %n профиля в «%1».</numerusform>
            <numerusform>Экспортировано %n профилей в «%1».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The copied token was cleared from the clipboard.</source>
        <translation>Скопированный токен удалён из буфера обмена.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Token copied. The clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>Токен скопирован. Буфер обмена будет очищен через %n секунду.</numerusform>
            <numerusform>Токен скопирован. Буфер обмена будет очищен через %n секунды.</numerusform>
            <numerusform>Токен скопирован. Буфер обмена будет очищен через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign-in cancelled.</source>
        <translation>Вход отменён.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in failed.</source>
        <translation>Войти не удалось.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+94"/>
        <source>VK accepted the check.</source>
        <translation>VK принял проверку.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Signed in.</source>
        <translation>Вход выполнен.</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>VK granted tokens for %1 of %n communities.</source>
        <translation>
            <numerusform>VK выдал токены для %1 из %n сообщества.</numerusform>
            <numerusform>VK выдал токены для %1 из %n сообществ.</numerusform>
            <numerusform>VK выдал токены для %1 из %n сообществ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some communities were not granted</source>
        <translation>Токены выданы не для всех сообществ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not granted: %1. VK gives community tokens only to their administrators, and only for the communities left ticked on its page.</source>
        <translation>Не выданы: %1. VK выдаёт токены сообществ только их администраторам и только для сообществ, оставленных отмеченными на его странице.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%v of %m</source>
        <translation>%v из %m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop checking the tokens</source>
        <translation>Остановить проверку токенов</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the tokens…</source>
        <translation>Проверка токенов…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check cancelled: %1</source>
        <translation>Проверка отменена: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use %1</source>
        <translation>Использовать %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Quit VK Auth?</source>
        <translation>Выйти из VK Auth?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n token(s) could not be saved in the system keychain and exist only in this window. Quitting now loses them; copy them first, or retry saving.</source>
        <translation>
            <numerusform>%n токен не удалось сохранить в системной связке ключей, он есть только в этом окне. Если выйти сейчас, он пропадёт; сначала скопируйте его или повторите сохранение.</numerusform>
            <numerusform>%n токена не удалось сохранить в системной связке ключей, они есть только в этом окне. Если выйти сейчас, они пропадут; сначала скопируйте их или повторите сохранение.</numerusform>
            <numerusform>%n токенов не удалось сохранить в системной связке ключей, они есть только в этом окне. Если выйти сейчас, они пропадут; сначала скопируйте их или повторите сохранение.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit anyway</source>
        <translation>Всё равно выйти</translation>
    </message>
    <message>
        <source>Signed in as id%1</source>
        <translation type="vanished">Вход выполнен: id%1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="vanished">Вход выполнен: %1</translation>
    </message>
    <message>
        <source>A token for %1</source>
        <translation type="vanished">Токен для %1</translation>
    </message>
    <message>
        <source>one community</source>
        <translation type="vanished">одного сообщества</translation>
    </message>
    <message>
        <source>Tokens for %1 communities</source>
        <translation type="vanished">Токены для сообществ: %1</translation>
    </message>
    <message>
        <source>VK handed the token over. It is held in memory only until it is saved to a profile.</source>
        <translation type="vanished">VK выдал токен. Он хранится только в памяти, пока не будет сохранён в профиль.</translation>
    </message>
    <message>
        <source>VK handed the tokens over. They are held in memory only until they are saved to a profile.</source>
        <translation type="vanished">VK выдал токены. Они хранятся только в памяти, пока не будут сохранены в профиль.</translation>
    </message>
    <message>
        <source>never</source>
        <translation type="vanished">никогда</translation>
    </message>
    <message>
        <source>(name unknown)</source>
        <translation type="vanished">(имя неизвестно)</translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="vanished">Сообщество</translation>
    </message>
    <message>
        <source>User</source>
        <translation type="vanished">Пользователь</translation>
    </message>
    <message>
        <source>basic access</source>
        <translation type="vanished">базовый доступ</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Sign-in failed</source>
        <translation>Войти не удалось</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Error code: %1</source>
        <translation>Код ошибки: %1</translation>
    </message>
    <message>
        <source>About VK Auth</source>
        <translation type="vanished">О программе VK Auth</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VK Auth %1&lt;/h3&gt;&lt;p&gt;Gets, keeps and hands out VK access tokens.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;VK Auth %1&lt;/h3&gt;&lt;p&gt;Получает, хранит и выдаёт токены доступа VK.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::ProfileBadge</name>
    <message>
        <location filename="../src/gui/profiles/ProfileBadge.cpp" line="+30"/>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dead token</source>
        <translation>Токен недействителен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs action</source>
        <translation>Нужно действие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm token</source>
        <translation>Подтвердите токен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Captcha</source>
        <translation>Капча</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires soon</source>
        <translation>Скоро истечёт</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The token has expired. Sign in again to get a new one.</source>
        <translation>Срок токена истёк. Войдите снова, чтобы получить новый.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VK no longer accepts this token. Sign in again to get a new one.</source>
        <translation>VK больше не принимает этот токен. Войдите снова, чтобы получить новый.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VK wants to verify the account before it accepts this token again: select the profile and press Verify….</source>
        <translation>VK хочет проверить аккаунт, прежде чем снова принимать этот токен: выберите профиль и нажмите «Подтвердить…».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VK wants this app&apos;s tokens confirmed: sign in again with another app.</source>
        <translation>VK требует подтвердить токены этого приложения: войдите снова через другое приложение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VK wants a &quot;not robot&quot; check before it accepts this token again: select the profile and press Solve….</source>
        <translation>VK хочет проверки «я не робот», прежде чем снова принимать этот токен: выберите профиль и нажмите «Пройти…».</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The token expires within %n day(s). Sign in again to get a new one in time.</source>
        <translation>
            <numerusform>Токен истекает в течение %n дня. Войдите снова, чтобы вовремя получить новый.</numerusform>
            <numerusform>Токен истекает в течение %n дней. Войдите снова, чтобы вовремя получить новый.</numerusform>
            <numerusform>Токен истекает в течение %n дней. Войдите снова, чтобы вовремя получить новый.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign in again</source>
        <translation>Войти снова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify…</source>
        <translation>Подтвердить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with another app…</source>
        <translation>Войти через другое приложение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solve…</source>
        <translation>Пройти…</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::ProfileModel</name>
    <message>
        <location filename="../src/gui/profiles/ProfileModel.cpp" line="+188"/>
        <source>Communities</source>
        <translation>Сообщества</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communities whose owner account is not in the list</source>
        <translation>Сообщества, чьего аккаунта-владельца нет в списке</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::ProfilesWidget</name>
    <message>
        <location filename="../src/gui/profiles/ProfilesWidget.cpp" line="+39"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (expired today)</source>
        <translation>%1 (истёк сегодня)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (expired %n day(s) ago)</source>
        <translation type="vanished">
            <numerusform>%1 (истёк %n день назад)</numerusform>
            <numerusform>%1 (истёк %n дня назад)</numerusform>
            <numerusform>%1 (истёк %n дней назад)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (in less than a day)</source>
        <translation>%1 (меньше чем через день)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation type="vanished">
            <numerusform>%1 (через %n день)</numerusform>
            <numerusform>%1 (через %n дня)</numerusform>
            <numerusform>%1 (через %n дней)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 (expired yesterday)</source>
        <translation>%1 (истёк вчера)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (expired %2 days ago)</source>
        <translation>%1 (истёк %2 дн. назад)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (in 1 day)</source>
        <translation>%1 (через 1 день)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (in %2 days)</source>
        <translation>%1 (через %2 дн.)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VK ID no longer accepts the refresh token: sign in again</source>
        <translation>VK ID больше не принимает токен обновления: войдите снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refreshed when used; the sign-in ends %1</source>
        <translation>Обновляется при использовании; вход действует до %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Token:</source>
        <translation>Токен:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Copy token</source>
        <translation>&amp;Копировать токен</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="vanished">&amp;Проверить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;name…</source>
        <translation>Пере&amp;именовать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in &amp;again…</source>
        <translation>Войти &amp;заново…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../src/gui/profiles/ProfileModel.cpp" line="-117"/>
        <source>%1 — not saved in the keychain</source>
        <translation>%1 — не сохранён в связке ключей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/gui/profiles/ProfilesWidget.cpp" line="-10"/>
        <source>Chec&amp;k</source>
        <translation>Про&amp;верить</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check a&amp;ll</source>
        <translation>Проверить в&amp;се</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every kept token against VK</source>
        <translation>Проверить в VK все сохранённые токены</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Community</source>
        <translation>Сообщество</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+192"/>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask %1</source>
        <translation>Маска %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not shared</source>
        <translation>не предоставлена</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved in the system keychain</source>
        <translation>Сохранён в системной связке ключей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving to the system keychain…</source>
        <translation>Сохранение в системную связку ключей…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved</source>
        <translation>Не сохранён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This token is not saved: %1
It is kept only until VK Auth closes. Copy it now, or retry saving.</source>
        <translation>Этот токен не сохранён: %1
Он хранится только до закрытия VK Auth. Скопируйте его сейчас или попробуйте сохранить снова.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The token of “%1” could not be read. %2</source>
        <translation>Не удалось прочитать токен «%1». %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VK ID no longer accepts the refresh token of “%1”: sign in again.</source>
        <translation>VK ID больше не принимает токен обновления «%1»: войдите снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token of “%1” could not be refreshed. %2</source>
        <translation>Не удалось обновить токен «%1». %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Token copied. The clipboard is cleared in %1 s.</source>
        <translation>Токен скопирован. Буфер обмена будет очищен через %1 с.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The token could not be read. %1</source>
        <translation>Не удалось прочитать токен. %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Revoking the access of “%1” at VK ID…</source>
        <translation>Отзываем доступ «%1» в VK ID…</translation>
    </message>
    <message numerus="yes">
        <source>Token copied. The clipboard is cleared in %n second(s).</source>
        <translation type="vanished">
            <numerusform>Токен скопирован. Буфер обмена будет очищен через %n секунду.</numerusform>
            <numerusform>Токен скопирован. Буфер обмена будет очищен через %n секунды.</numerusform>
            <numerusform>Токен скопирован. Буфер обмена будет очищен через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Token copied.</source>
        <translation>Токен скопирован.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="vanished"> (%1)</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Remove profile</source>
        <translation>Удаление профиля</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Remove “%1”?

Its token is deleted from this computer and from the system keychain. VK still accepts the token until it expires or you revoke the app&apos;s access in VK&apos;s settings.</source>
        <translation>Удалить «%1»?

Его токен будет удалён с этого компьютера и из системной связки ключей. VK продолжит принимать токен, пока не истечёт его срок или пока вы не отзовёте доступ приложения в настройках VK.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Remove “%1”?

Its access is revoked at VK ID, then its tokens are deleted from this computer and from the system keychain.</source>
        <translation>Удалить «%1»?

Его доступ будет отозван в VK ID, затем токены удалятся с этого компьютера и из системной связки ключей.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” was not removed: %2</source>
        <translation>«%1» не удалён: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed “%1”, but VK ID could not revoke its access (%2): revoke it in your VK account&apos;s settings (Apps and sites).</source>
        <translation>«%1» удалён, но VK ID не смог отозвать доступ (%2): отзовите его в настройках аккаунта VK (Приложения и сайты).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed “%1”.</source>
        <translation>«%1» удалён.</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::ProgressDialog</name>
    <message>
        <location filename="../src/gui/signin/ProgressDialog.cpp" line="+62"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::ScopeDescriptions</name>
    <message>
        <location filename="../src/gui/signin/ScopeDescriptions.cpp" line="+20"/>
        <source>Notifications sent to you by the application</source>
        <translation>Уведомления, которые присылает приложение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your friends: list, requests, lists</source>
        <translation>Ваши друзья: список, заявки, списки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your photos and albums: read and upload</source>
        <translation>Ваши фотографии и альбомы: просмотр и загрузка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your audio recordings</source>
        <translation>Ваши аудиозаписи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your videos: read and upload</source>
        <translation>Ваши видеозаписи: просмотр и загрузка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your stories: read and publish</source>
        <translation>Ваши истории: просмотр и публикация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wiki pages</source>
        <translation>Вики-страницы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A link to the application in the left menu</source>
        <translation>Ссылка на приложение в левом меню</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your status: read and change</source>
        <translation>Ваш статус: просмотр и изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes</source>
        <translation>Ваши заметки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your private messages: read and send</source>
        <translation>Ваши личные сообщения: чтение и отправка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your wall: read, post and delete</source>
        <translation>Ваша стена: чтение, публикация и удаление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your advertising cabinet (Ads API)</source>
        <translation>Ваш рекламный кабинет (Ads API)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token that does not expire (otherwise about a day)</source>
        <translation>Бессрочный токен (иначе он действует около суток)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your documents: read and upload</source>
        <translation>Ваши документы: просмотр и загрузка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your communities; managing those you administer</source>
        <translation>Ваши сообщества; управление теми, где вы администратор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your notifications (replies, likes, mentions)</source>
        <translation>Ваши уведомления (ответы, отметки «Нравится», упоминания)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics of your communities and applications</source>
        <translation>Статистика ваших сообществ и приложений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your e-mail address</source>
        <translation>Ваш адрес электронной почты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your market (goods and orders)</source>
        <translation>Ваш магазин (товары и заказы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your phone number</source>
        <translation>Ваш номер телефона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The community&apos;s stories</source>
        <translation>Истории сообщества</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The community&apos;s photos: upload</source>
        <translation>Фотографии сообщества: загрузка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The community&apos;s application widget</source>
        <translation>Виджет приложения сообщества</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The community&apos;s messages: read and send (bots)</source>
        <translation>Сообщения сообщества: чтение и отправка (боты)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The community&apos;s documents: upload</source>
        <translation>Документы сообщества: загрузка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage the community: settings, members, Callback API</source>
        <translation>Управление сообществом: настройки, участники, Callback API</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="+30"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Chosen by the environment variable VKAUTH_SECRET_STORE (%1), which wins over this setting.</source>
        <translation>Выбрано переменной окружения VKAUTH_SECRET_STORE (%1): она важнее этой настройки.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>OK moves the tokens of %n profile(s) into the encrypted file.</source>
        <translation>
            <numerusform>По нажатию «OK» токены %n профиля будут перенесены в зашифрованный файл.</numerusform>
            <numerusform>По нажатию «OK» токены %n профилей будут перенесены в зашифрованный файл.</numerusform>
            <numerusform>По нажатию «OK» токены %n профилей будут перенесены в зашифрованный файл.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>OK moves the tokens of %n profile(s) into the system keychain.</source>
        <translation>
            <numerusform>По нажатию «OK» токены %n профиля будут перенесены в системную связку ключей.</numerusform>
            <numerusform>По нажатию «OK» токены %n профилей будут перенесены в системную связку ключей.</numerusform>
            <numerusform>По нажатию «OK» токены %n профилей будут перенесены в системную связку ключей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Nothing was moved; the tokens stay where they were: %1</source>
        <translation>Ничего не перенесено, токены остались на месте: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These copies could not be taken back: %1</source>
        <translation>Эти копии не удалось убрать обратно: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Moved %n profile(s) to the encrypted file.</source>
        <translation>
            <numerusform>В зашифрованный файл перенесён %n профиль.</numerusform>
            <numerusform>В зашифрованный файл перенесено %n профиля.</numerusform>
            <numerusform>В зашифрованный файл перенесено %n профилей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Moved %n profile(s) to the system keychain.</source>
        <translation>
            <numerusform>В системную связку ключей перенесён %n профиль.</numerusform>
            <numerusform>В системную связку ключей перенесено %n профиля.</numerusform>
            <numerusform>В системную связку ключей перенесено %n профилей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old copies left behind: %1.</source>
        <translation>Остались старые копии: %1.</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::SignInDialog</name>
    <message>
        <location filename="../src/gui/signin/ScopePresets.h" line="+21"/>
        <location line="+6"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Offline only</source>
        <translation>Только offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages, offline</source>
        <translation>Сообщения, offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall, photos, groups, offline</source>
        <translation>Стена, фото, сообщества, offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (basic access)</source>
        <translation>Нет (базовый доступ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages only</source>
        <translation>Только сообщения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages, photos, docs</source>
        <translation>Сообщения, фото, документы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage</source>
        <translation>Управление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/SignInDialog.cpp" line="+178"/>
        <source>VK&apos;s permission &quot;%1&quot;</source>
        <translation>Разрешение VK «%1»</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open VK&apos;s pa&amp;ge</source>
        <translation>Открыть страни&amp;цу VK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open VK ID&apos;s pa&amp;ge</source>
        <translation>Открыть страни&amp;цу VK ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue</source>
        <translation>Продол&amp;жить</translation>
    </message>
    <message>
        <source>Password (direct sign-in with an official app)</source>
        <translation type="vanished">Пароль (прямой вход через официальное приложение)</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Browser: a user token</source>
        <translation>Браузер: токен пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browser: community tokens</source>
        <translation>Браузер: токены сообществ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification link from VK</source>
        <translation>Ссылка для проверки от VK</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom app…</source>
        <translation>Своё приложение…</translation>
    </message>
    <message>
        <source>Bit %1</source>
        <translation type="vanished">Бит %1</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Password (official app)</source>
        <translation>Пароль (официальное приложение)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VK ID (your app)</source>
        <translation>VK ID (ваше приложение)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This app&apos;s window</source>
        <translation>Окно этой программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your browser (the answer comes to 127.0.0.1)</source>
        <translation>Ваш браузер (ответ придёт на 127.0.0.1)</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Custom</source>
        <translation>Свой</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Mask: %1</source>
        <translation>Маска: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 since %2</source>
        <translation>%1 с %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VK refuses sign-ins with this app (%1).</source>
        <translation>VK отклоняет вход через это приложение (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use %1</source>
        <translation>Использовать %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>e-mail or phone number</source>
        <translation>эл. почта или номер телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail or phone number, if VK asks for it</source>
        <translation>эл. почта или номер телефона, если VK спросит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: filled in on VK&apos;s page</source>
        <translation>необязательно: вводится на странице VK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, for VK&apos;s phone check: +7 999 123-45-67</source>
        <translation>необязательно, для проверки телефона VK: +7 999 123-45-67</translation>
    </message>
    <message>
        <source>The app ID must be a number, like 2685278.</source>
        <translation type="vanished">ID приложения должен быть числом, например 2685278.</translation>
    </message>
    <message>
        <source>Password sign-in needs the app&apos;s secret.</source>
        <translation type="vanished">Для входа по паролю нужен секрет приложения.</translation>
    </message>
    <message>
        <source>Paste the whole verification link, starting with https://.</source>
        <translation type="vanished">Вставьте ссылку для проверки целиком, начиная с https://.</translation>
    </message>
    <message>
        <source>Enter the login (e-mail or phone number).</source>
        <translation type="vanished">Введите логин (эл. почту или номер телефона).</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation type="vanished">Введите пароль.</translation>
    </message>
    <message>
        <source>The phone number may hold only digits, spaces, ( ) - and a leading +.</source>
        <translation type="vanished">Номер телефона может содержать только цифры, пробелы, ( ) - и + в начале.</translation>
    </message>
    <message>
        <source>Enter one or more community ids (numbers), separated by commas.</source>
        <translation type="vanished">Введите один или несколько id сообществ (числа) через запятую.</translation>
    </message>
    <message>
        <source>The API version looks like 5.199.</source>
        <translation type="vanished">Версия API выглядит так: 5.199.</translation>
    </message>
    <message>
        <source>Each header line must read &quot;Name: value&quot;.</source>
        <translation type="vanished">Каждая строка заголовка должна иметь вид «Имя: значение».</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::SignInFailurePanel</name>
    <message>
        <location filename="../src/gui/signin/SignInFailurePanel.cpp" line="+35"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Error code: %1</source>
        <translation>Код ошибки: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use %1</source>
        <translation>Использовать %1</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::SignInSession</name>
    <message>
        <source>Signing in to VK…</source>
        <translation type="vanished">Вход в VK…</translation>
    </message>
    <message>
        <source>Opening the verification link…</source>
        <translation type="vanished">Открытие ссылки для проверки…</translation>
    </message>
    <message>
        <source>Reading the account name…</source>
        <translation type="vanished">Получение имени аккаунта…</translation>
    </message>
    <message>
        <source>Reading the community names…</source>
        <translation type="vanished">Получение названий сообществ…</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/SignInSession.cpp" line="+73"/>
        <source>Sign in on VK ID&apos;s page and allow access. Its answer is caught on the way to your app&apos;s redirect URL, which is never loaded.</source>
        <translation>Войдите на странице VK ID и разрешите доступ. Ответ перехватывается по пути на адрес перенаправления вашего приложения; сам адрес не открывается.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sign in on VK ID&apos;s page in your browser, then come back here. Waiting for the answer on 127.0.0.1…</source>
        <translation>Войдите на странице VK ID в своём браузере и вернитесь сюда. Ждём ответ на 127.0.0.1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No browser could be opened. Open this address in your browser; the answer is awaited on 127.0.0.1…</source>
        <translation>Не удалось открыть браузер. Откройте этот адрес в браузере; ответ ожидается на 127.0.0.1…</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::TokenField</name>
    <message>
        <location filename="../src/gui/profiles/TokenField.cpp" line="+18"/>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the token</source>
        <translation>Показать токен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole token until another profile is selected or the window loses focus</source>
        <translation>Показывать токен целиком, пока не выбран другой профиль или окно не потеряло фокус</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>H&amp;ide</source>
        <translation>Скр&amp;ыть</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>Sh&amp;ow</source>
        <translation>Показ&amp;ать</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::TwoFactorDialog</name>
    <message>
        <location filename="../src/gui/signin/TwoFactorDialog.cpp" line="+18"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Подтвердить</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking VK to send an SMS…</source>
        <translation>Запрос SMS у VK…</translation>
    </message>
    <message>
        <source>VK sent a code by SMS. Enter it here.</source>
        <translation type="vanished">VK отправил код по SMS. Введите его здесь.</translation>
    </message>
    <message>
        <source>VK sent a code by SMS to %1. Enter it here.</source>
        <translation type="vanished">VK отправил код по SMS на %1. Введите его здесь.</translation>
    </message>
    <message>
        <source>Open your authenticator app (or VK&apos;s app) and enter the code it shows.</source>
        <translation type="vanished">Откройте приложение-аутентификатор (или приложение VK) и введите показанный код.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>VK says: %1</source>
        <translation>VK сообщает: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The code has %1 digits.</source>
        <translation>Код состоит из %1 цифр.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The code has 4 to 8 digits.</source>
        <translation>Код состоит из 4–8 цифр.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempt %1 of %2</source>
        <translation>Попытка %1 из %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the SMS &amp;again</source>
        <translation>Отправить SMS &amp;снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send an &amp;SMS instead</source>
        <translation>Прислать &amp;SMS</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>available in %1 s</source>
        <translation>доступно через %1 с</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::VaultPassphraseDialog</name>
    <message>
        <location filename="../src/gui/VaultPassphraseDialog.cpp" line="+35"/>
        <source>New vault</source>
        <translation>Новое хранилище</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens will be kept in an encrypted file (%1). Choose a passphrase for it: it is asked for once each time VK Auth starts, and nobody can recover it for you.</source>
        <translation>Токены будут храниться в зашифрованном файле (%1). Придумайте для него парольную фразу: она спрашивается один раз при каждом запуске VK Auth, и восстановить её никто не сможет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the vault</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your tokens are kept in an encrypted file (%1). Enter its passphrase to use them.</source>
        <translation>Ваши токены хранятся в зашифрованном файле (%1). Введите его парольную фразу, чтобы ими пользоваться.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Strength: %1. %2</source>
        <translation>Надёжность: %1. %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two passphrases differ. Type it again in both fields.</source>
        <translation>Парольные фразы не совпадают. Введите её заново в оба поля.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This passphrase does not open the vault (or the file was changed). Try again.</source>
        <translation>Эта парольная фраза не открывает хранилище (или файл был изменён). Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>VK Auth</source>
        <translation>VK Auth</translation>
    </message>
</context>
<context>
    <name>vkauth::webview::AuthWebView</name>
    <message>
        <location filename="../src/webview/AuthWebView.cpp" line="+74"/>
        <source>Could not open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Secure connection (https)</source>
        <translation>Защищённое соединение (https)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted (this computer)</source>
        <translation>Без шифрования (этот компьютер)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted</source>
        <translation>Без шифрования</translation>
    </message>
</context>
<context>
    <name>vkauth::webview::HelperWindow</name>
    <message>
        <location filename="../src/webview/HelperWindow.cpp" line="+35"/>
        <source>VK</source>
        <translation>VK</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not opened here: %1 is not one of VK&apos;s sites.</source>
        <translation>Здесь не открыто: %1 — не сайт VK.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Refused to open %1: not one of VK&apos;s sites.</source>
        <translation>Отказано в открытии %1: это не сайт VK.</translation>
    </message>
</context>
</TS>
