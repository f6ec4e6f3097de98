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
    <name>AuthError</name>
    <message>
        <location filename="../src/core/AuthError.cpp" line="+63"/>
        <source>This VK page is blocked.</source>
        <translation>Эта страница VK заблокирована.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number is missing or does not match the account.</source>
        <translation>Номер телефона не указан или не совпадает с номером аккаунта.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>VK refused the authorization.</source>
        <translation>VK отказал в авторизации.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The captcha was not solved after several attempts.</source>
        <translation>Капчу не удалось пройти за несколько попыток.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two-factor code was not accepted after several attempts.</source>
        <translation>Код двухфакторной аутентификации не принят после нескольких попыток.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login or password is incorrect.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many attempts. Try again later.</source>
        <translation>Слишком много попыток. Попробуйте позже.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>VK did not answer in time.</source>
        <translation>VK не ответил вовремя.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Access was denied.</source>
        <translation>В доступе отказано.</translation>
    </message>
</context>
<context>
    <name>BrowserDialog</name>
    <message>
        <source>Sign in to VK</source>
        <translation type="vanished">Вход в VK</translation>
    </message>
</context>
<context>
    <name>CaptchaDialog</name>
    <message>
        <source>Captcha</source>
        <translation type="vanished">Капча</translation>
    </message>
    <message>
        <source>VK wants to be sure you are not a robot. Type the characters you see in the picture.</source>
        <translation type="vanished">VK хочет убедиться, что вы не робот. Введите символы с картинки.</translation>
    </message>
    <message>
        <source>&amp;New picture</source>
        <translation type="vanished">&amp;Другая картинка</translation>
    </message>
    <message>
        <source>&amp;Characters:</source>
        <translation type="vanished">&amp;Символы:</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <location filename="../src/core/Endpoints.cpp" line="+37"/>
        <source>The %1 address &quot;%2&quot; is not a valid web address.</source>
        <translation>Адрес %1 «%2» не является правильным веб-адресом.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 address &quot;%2&quot; uses plain http://, which is allowed only for this computer (localhost). Use https://.</source>
        <translation>Адрес %1 «%2» использует незащищённый http://, который разрешён только для этого компьютера (localhost). Используйте https://.</translation>
    </message>
</context>
<context>
    <name>ExportError</name>
    <message>
        <source>The file is empty.</source>
        <translation type="vanished">Файл пуст.</translation>
    </message>
    <message>
        <source>This is not a VK Auth export file.</source>
        <translation type="vanished">Это не файл экспорта VK Auth.</translation>
    </message>
    <message>
        <source>This export was made by a newer version of VK Auth, or its header is damaged.</source>
        <translation type="vanished">Этот файл создан более новой версией VK Auth, или его заголовок повреждён.</translation>
    </message>
    <message>
        <source>The file is incomplete: it was cut short.</source>
        <translation type="vanished">Файл неполон: он обрезан.</translation>
    </message>
    <message>
        <source>The file&apos;s encryption settings are not valid; it is damaged or not from VK Auth.</source>
        <translation type="vanished">Параметры шифрования файла неверны: он повреждён или создан не VK Auth.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file was changed or damaged after export.</source>
        <translation type="vanished">Неверная парольная фраза, или файл был изменён либо повреждён после экспорта.</translation>
    </message>
    <message>
        <source>The file&apos;s content is damaged: it is not a valid list of profiles.</source>
        <translation type="vanished">Содержимое файла повреждено: это не список профилей.</translation>
    </message>
    <message>
        <source>The file is too large to be a VK Auth export.</source>
        <translation type="vanished">Файл слишком велик для файла экспорта VK Auth.</translation>
    </message>
    <message>
        <source>This file lists profiles without their tokens; there is nothing to import.</source>
        <translation type="vanished">В этом файле только список профилей без токенов; импортировать нечего.</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation type="vanished">Введите парольную фразу.</translation>
    </message>
    <message>
        <source>No profiles to export.</source>
        <translation type="vanished">Нет профилей для экспорта.</translation>
    </message>
    <message>
        <source>A profile without a token cannot be written as .env lines.</source>
        <translation type="vanished">Профиль без токена нельзя записать строками .env.</translation>
    </message>
    <message>
        <source>Encryption could not run (not enough memory, or the crypto library failed to start).</source>
        <translation type="vanished">Не удалось зашифровать (не хватает памяти или не запустилась криптографическая библиотека).</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="vanished">Не удалось прочитать файл.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="vanished">Не удалось записать файл.</translation>
    </message>
    <message>
        <source>The system keychain refused or is unavailable. Nothing was changed.</source>
        <translation type="vanished">Системная связка ключей отказала в доступе или недоступна. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="vanished">Отменено. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Encrypted with a passphrase (recommended)</source>
        <translation type="vanished">Зашифровано парольной фразой (рекомендуется)</translation>
    </message>
    <message>
        <source>Plain JSON with tokens (readable by anyone)</source>
        <translation type="vanished">Обычный JSON с токенами (прочитать может любой)</translation>
    </message>
    <message>
        <source>.env lines for scripts (tokens readable by anyone)</source>
        <translation type="vanished">Строки .env для скриптов (токены может прочитать любой)</translation>
    </message>
    <message>
        <source>List without tokens (for sharing)</source>
        <translation type="vanished">Список без токенов (чтобы поделиться)</translation>
    </message>
</context>
<context>
    <name>ImplicitFlow</name>
    <message>
        <source>The redirect carries no user token or user id.</source>
        <translation type="vanished">В перенаправлении нет токена или id пользователя.</translation>
    </message>
    <message>
        <source>The redirect carries no community token.</source>
        <translation type="vanished">В перенаправлении нет токена сообщества.</translation>
    </message>
    <message>
        <source>The page is not VK&apos;s final redirect.</source>
        <translation type="vanished">Это не последнее перенаправление VK.</translation>
    </message>
    <message>
        <source>The answer belongs to another sign-in (state mismatch).</source>
        <translation type="vanished">Ответ относится к другому входу (не совпадает state).</translation>
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
        <location line="+6"/>
        <source>Sign in to VK to get a token for your scripts and bots. Tokens you get are kept here, with their secrets in the system keychain.</source>
        <translation>Войдите в VK, чтобы получить токен для ваших скриптов и ботов. Полученные токены хранятся здесь, а их секретная часть — в системной связке ключей.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sign in…</source>
        <translation>Вой&amp;ти…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>&amp;About VK Auth</source>
        <translation>&amp;О программе VK Auth</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Enter a passphrase.</source>
        <translation type="vanished">Введите парольную фразу.</translation>
    </message>
    <message>
        <source>Easy to guess. Use four or more random words, or a longer mix of characters.</source>
        <translation type="vanished">Легко подобрать. Возьмите четыре и более случайных слова или более длинный набор символов.</translation>
    </message>
    <message>
        <source>Could be stronger: add a word or a few characters.</source>
        <translation type="vanished">Можно надёжнее: добавьте слово или несколько символов.</translation>
    </message>
    <message>
        <source>Good. Keep it somewhere safe: without it the file cannot be opened.</source>
        <translation type="vanished">Хорошо. Сохраните её в надёжном месте: без неё файл не открыть.</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="vanished">Пусто</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="vanished">Очень слабая</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="vanished">Слабая</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="vanished">Средняя</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="vanished">Надёжная</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="vanished">Очень надёжная</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Valid</source>
        <translation type="vanished">Действует</translation>
    </message>
    <message>
        <source>Invalid (revoked or never valid)</source>
        <translation type="vanished">Недействителен (отозван или никогда не действовал)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="vanished">Истёк</translation>
    </message>
    <message>
        <source>Could not check (network error)</source>
        <translation type="vanished">Не удалось проверить (ошибка сети)</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="vanished">Ещё не проверен</translation>
    </message>
</context>
<context>
    <name>ProfilesWidget</name>
    <message>
        <source>Search profiles…</source>
        <translation type="vanished">Поиск профилей…</translation>
    </message>
    <message>
        <source>Search profiles</source>
        <translation type="vanished">Поиск профилей</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="vanished">Профили</translation>
    </message>
    <message>
        <source>Select a profile to see its token&apos;s details.</source>
        <translation type="vanished">Выберите профиль, чтобы увидеть сведения о его токене.</translation>
    </message>
    <message>
        <source>&amp;Retry saving</source>
        <translation type="vanished">&amp;Сохранить снова</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="vanished">Тип:</translation>
    </message>
    <message>
        <source>VK id:</source>
        <translation type="vanished">VK id:</translation>
    </message>
    <message>
        <source>App:</source>
        <translation type="vanished">Приложение:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation type="vanished">Права доступа:</translation>
    </message>
    <message>
        <source>Obtained:</source>
        <translation type="vanished">Получен:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="vanished">Истекает:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="vanished">Эл. почта:</translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation type="vanished">Последняя проверка:</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation type="vanished">Связка ключей:</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation type="vanished">&amp;Копировать токен</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="vanished">&amp;Проверить</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="vanished">Пере&amp;именовать…</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation type="vanished">Войти &amp;заново…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="vanished">&amp;Удалить…</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Signing in</source>
        <translation type="vanished">Вход</translation>
    </message>
    <message>
        <source>Connecting to VK…</source>
        <translation type="vanished">Подключение к VK…</translation>
    </message>
</context>
<context>
    <name>Scopes</name>
    <message>
        <location filename="../src/core/Scopes.cpp" line="+53"/>
        <source>The scope mask %1 is too large.</source>
        <translation>Маска прав доступа %1 слишком велика.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <source>The keychain holds no secret for this profile.</source>
        <translation type="vanished">В связке ключей нет секрета для этого профиля.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Make sure a Secret Service (such as GNOME Keyring or KWallet) is running and try again.</source>
        <translation type="vanished">Системная связка ключей недоступна. Убедитесь, что запущена служба Secret Service (например, GNOME Keyring или KWallet), и попробуйте снова.</translation>
    </message>
    <message>
        <source>The system keychain refused access. It may be locked: unlock it and try again.</source>
        <translation type="vanished">Системная связка ключей отказала в доступе. Возможно, она заблокирована: разблокируйте её и попробуйте снова.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be locked and waiting for a password prompt that cannot be shown.</source>
        <translation type="vanished">
            <numerusform>Системная связка ключей не ответила за %n секунду. Возможно, она заблокирована и ждёт ввода пароля, который невозможно показать.</numerusform>
            <numerusform>Системная связка ключей не ответила за %n секунды. Возможно, она заблокирована и ждёт ввода пароля, который невозможно показать.</numerusform>
            <numerusform>Системная связка ключей не ответила за %n секунд. Возможно, она заблокирована и ждёт ввода пароля, который невозможно показать.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../src/core/Settings.cpp" line="+113"/>
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
        <source>host name or address</source>
        <translation type="vanished">имя или адрес сервера</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to VK</source>
        <translation type="vanished">Вход в VK</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="vanished">&amp;Способ:</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation type="vanished">&amp;Приложение:</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation type="vanished">&amp;ID приложения:</translation>
    </message>
    <message>
        <source>numeric client_id of your VK app</source>
        <translation type="vanished">числовой client_id вашего приложения VK</translation>
    </message>
    <message>
        <source>App s&amp;ecret:</source>
        <translation type="vanished">С&amp;екрет приложения:</translation>
    </message>
    <message>
        <source>client_secret (needed for password sign-in)</source>
        <translation type="vanished">client_secret (нужен для входа по паролю)</translation>
    </message>
    <message>
        <source>Verification &amp;link:</source>
        <translation type="vanished">Ссылка для п&amp;роверки:</translation>
    </message>
    <message>
        <source>the redirect_uri VK sent for the security check</source>
        <translation type="vanished">redirect_uri, присланный VK для проверки безопасности</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="vanished">&amp;Логин:</translation>
    </message>
    <message>
        <source>e-mail or phone number</source>
        <translation type="vanished">эл. почта или номер телефона</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="vanished">Пар&amp;оль:</translation>
    </message>
    <message>
        <source>used once, never stored</source>
        <translation type="vanished">используется один раз и не сохраняется</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="vanished">&amp;Телефон:</translation>
    </message>
    <message>
        <source>full number, e.g. +7 999 123-45-67 (for VK&apos;s phone check)</source>
        <translation type="vanished">полный номер, например +7 999 123-45-67 (для проверки телефона VK)</translation>
    </message>
    <message>
        <source>C&amp;ommunities:</source>
        <translation type="vanished">Соо&amp;бщества:</translation>
    </message>
    <message>
        <source>community ids, e.g. 12345, 67890</source>
        <translation type="vanished">id сообществ, например 12345, 67890</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation type="vanished">&amp;Версия API:</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="vanished">Права доступа</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation type="vanished">&amp;Набор:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation type="vanished">&amp;Дополнительно</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="vanished">&amp;Время ожидания:</translation>
    </message>
    <message>
        <source> s</source>
        <translation type="vanished"> с</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="vanished">&amp;Домен:</translation>
    </message>
    <message>
        <source>&amp;User-Agent:</source>
        <translation type="vanished">&amp;User-Agent:</translation>
    </message>
    <message>
        <source>the application&apos;s own</source>
        <translation type="vanished">как у приложения</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="vanished">&amp;Заголовки:</translation>
    </message>
    <message>
        <source>one &quot;Name: value&quot; per line</source>
        <translation type="vanished">по одному «Имя: значение» в строке</translation>
    </message>
</context>
<context>
    <name>TwoFactorDialog</name>
    <message>
        <source>Two-factor code</source>
        <translation type="vanished">Код двухфакторной аутентификации</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="vanished">&amp;Код:</translation>
    </message>
    <message>
        <source>Send an &amp;SMS instead</source>
        <translation type="vanished">Прислать &amp;SMS</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+15"/>
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
</context>
<context>
    <name>vkauth::AccountVerification</name>
    <message>
        <source>The timeout must be more than zero.</source>
        <translation type="vanished">Время ожидания должно быть больше нуля.</translation>
    </message>
    <message>
        <source>The verification address &quot;%1&quot; is not a valid web address.</source>
        <translation type="vanished">Адрес проверки «%1» не является правильным веб-адресом.</translation>
    </message>
    <message>
        <source>The verification address &quot;%1&quot; uses plain http://.</source>
        <translation type="vanished">Адрес проверки «%1» использует незащищённый http://.</translation>
    </message>
    <message>
        <source>The verification went through more than %1 pages.</source>
        <translation type="vanished">Проверка прошла больше %1 страниц.</translation>
    </message>
    <message>
        <source>VK showed a page the verification does not know: %1 (HTTP %2).</source>
        <translation type="vanished">VK показал страницу, неизвестную проверке: %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>VK&apos;s final page carries an empty token.</source>
        <translation type="vanished">На последней странице VK пустой токен.</translation>
    </message>
    <message>
        <source>VK&apos;s final page carries neither a token nor a result.</source>
        <translation type="vanished">На последней странице VK нет ни токена, ни результата.</translation>
    </message>
    <message>
        <source>VK&apos;s two-factor page has no form.</source>
        <translation type="vanished">На странице двухфакторной аутентификации VK нет формы.</translation>
    </message>
    <message>
        <source>The code was not accepted.</source>
        <translation type="vanished">Код не принят.</translation>
    </message>
    <message>
        <source>VK asks for a two-factor code.</source>
        <translation type="vanished">VK запрашивает код двухфакторной аутентификации.</translation>
    </message>
    <message>
        <source>The two-factor code was not entered.</source>
        <translation type="vanished">Код двухфакторной аутентификации не введён.</translation>
    </message>
    <message>
        <source>VK did not accept the phone number.</source>
        <translation type="vanished">VK не принял номер телефона.</translation>
    </message>
    <message>
        <source>VK asks for the account&apos;s phone number, and none is known (the login is not a phone number).</source>
        <translation type="vanished">VK запрашивает номер телефона аккаунта, а он неизвестен (логин — не номер телефона).</translation>
    </message>
    <message>
        <source>VK&apos;s phone check page has no form.</source>
        <translation type="vanished">На странице проверки телефона VK нет формы.</translation>
    </message>
    <message>
        <source>The phone number is too short for VK&apos;s check.</source>
        <translation type="vanished">Номер телефона слишком короткий для проверки VK.</translation>
    </message>
    <message>
        <source>Confirming the phone number…</source>
        <translation type="vanished">Подтверждение номера телефона…</translation>
    </message>
    <message>
        <source>VK&apos;s validation page has no link to follow.</source>
        <translation type="vanished">На странице проверки VK нет ссылки для перехода.</translation>
    </message>
    <message>
        <source>VK&apos;s captcha page has no form.</source>
        <translation type="vanished">На странице капчи VK нет формы.</translation>
    </message>
    <message>
        <source>VK asks for a captcha.</source>
        <translation type="vanished">VK просит ввести капчу.</translation>
    </message>
    <message>
        <source>The captcha was not answered.</source>
        <translation type="vanished">Капча не введена.</translation>
    </message>
    <message>
        <source>No one to ask for a captcha or a code.</source>
        <translation type="vanished">Некого спросить о капче или коде.</translation>
    </message>
    <message>
        <source>VK asks to confirm the account…</source>
        <translation type="vanished">VK просит подтвердить аккаунт…</translation>
    </message>
</context>
<context>
    <name>vkauth::DirectAuthorization</name>
    <message>
        <source>Enter a login (e-mail or phone number).</source>
        <translation type="vanished">Введите логин (эл. почту или номер телефона).</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation type="vanished">Введите пароль.</translation>
    </message>
    <message>
        <source>A direct sign-in needs the app&apos;s client ID and client secret.</source>
        <translation type="vanished">Для прямого входа нужны client ID и client secret приложения.</translation>
    </message>
    <message>
        <source>The client ID &quot;%1&quot; is not a number.</source>
        <translation type="vanished">Client ID «%1» — не число.</translation>
    </message>
    <message>
        <source>The API version is missing.</source>
        <translation type="vanished">Не указана версия API.</translation>
    </message>
    <message>
        <source>The timeout must be more than zero.</source>
        <translation type="vanished">Время ожидания должно быть больше нуля.</translation>
    </message>
    <message>
        <source>Signing in to VK…</source>
        <translation type="vanished">Вход в VK…</translation>
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
        <source>VK asks for a captcha.</source>
        <translation type="vanished">VK просит ввести капчу.</translation>
    </message>
    <message>
        <source>The captcha was not answered.</source>
        <translation type="vanished">Капча не введена.</translation>
    </message>
    <message>
        <source>VK asked for a validation of an unknown kind (%1).</source>
        <translation type="vanished">VK запросил проверку неизвестного вида (%1).</translation>
    </message>
    <message>
        <source>The code was not accepted.</source>
        <translation type="vanished">Код не принят.</translation>
    </message>
    <message>
        <source>The code is wrong.</source>
        <translation type="vanished">Неверный код.</translation>
    </message>
    <message>
        <source>The code has the wrong format.</source>
        <translation type="vanished">Код имеет неверный формат.</translation>
    </message>
    <message>
        <source>VK asks for a two-factor code.</source>
        <translation type="vanished">VK запрашивает код двухфакторной аутентификации.</translation>
    </message>
    <message>
        <source>The two-factor code was not entered.</source>
        <translation type="vanished">Код двухфакторной аутентификации не введён.</translation>
    </message>
    <message>
        <source>Asking VK to send the code by SMS…</source>
        <translation type="vanished">Запрос кода по SMS у VK…</translation>
    </message>
    <message>
        <source>Could not send the SMS: %1</source>
        <translation type="vanished">Не удалось отправить SMS: %1</translation>
    </message>
    <message>
        <source>VK asked for a security check again after it was passed.</source>
        <translation type="vanished">VK снова запросил проверку безопасности после её прохождения.</translation>
    </message>
    <message>
        <source>VK asks to confirm the account…</source>
        <translation type="vanished">VK просит подтвердить аккаунт…</translation>
    </message>
    <message>
        <source>No one to ask for a captcha or a code.</source>
        <translation type="vanished">Некого спросить о капче или коде.</translation>
    </message>
</context>
<context>
    <name>vkauth::HttpSession</name>
    <message>
        <source>The reply announces %1 MB, more than the %2 MB allowed.</source>
        <translation type="vanished">Ответ заявляет %1 МБ — больше допустимых %2 МБ.</translation>
    </message>
    <message>
        <source>The reply is larger than the %1 MB allowed.</source>
        <translation type="vanished">Ответ больше допустимых %1 МБ.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation type="vanished">%1 не ответил за %2 с.</translation>
    </message>
    <message>
        <source>%1 redirected without a valid target.</source>
        <translation type="vanished">%1 перенаправил на недопустимый адрес.</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1), the last to %2.</source>
        <translation type="vanished">Слишком много перенаправлений (больше %1), последнее — на %2.</translation>
    </message>
</context>
<context>
    <name>vkauth::ProfileStore</name>
    <message>
        <source>the file is missing</source>
        <translation type="vanished">файл отсутствует</translation>
    </message>
    <message>
        <source> The damaged file was kept as &quot;%1&quot;.</source>
        <translation type="vanished"> Повреждённый файл сохранён как «%1».</translation>
    </message>
    <message>
        <source>The profile list could not be read (%1), so it was restored from its backup.%2</source>
        <translation type="vanished">Не удалось прочитать список профилей (%1), поэтому он восстановлен из резервной копии.%2</translation>
    </message>
    <message>
        <source>The profile list could not be read (%1) and has no usable backup, so the list starts empty. Tokens in the system keychain were left untouched.%2</source>
        <translation type="vanished">Не удалось прочитать список профилей (%1), а пригодной резервной копии нет, поэтому список начат заново. Токены в системной связке ключей не тронуты.%2</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="vanished">файл слишком велик</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="vanished">это не объект JSON</translation>
    </message>
    <message>
        <source>no schema version</source>
        <translation type="vanished">нет версии схемы</translation>
    </message>
    <message>
        <source>written by a newer version of VK Auth (schema %1)</source>
        <translation type="vanished">записан более новой версией VK Auth (схема %1)</translation>
    </message>
    <message>
        <source>a profile entry is damaged</source>
        <translation type="vanished">запись профиля повреждена</translation>
    </message>
    <message>
        <source>The profile list could not be saved to &quot;%1&quot;: %2</source>
        <translation type="vanished">Не удалось сохранить список профилей в «%1»: %2</translation>
    </message>
    <message>
        <source>the entry is damaged</source>
        <translation type="vanished">запись повреждена</translation>
    </message>
</context>
<context>
    <name>vkauth::TokenChecker</name>
    <message>
        <source>the answer is too large</source>
        <translation type="vanished">ответ слишком велик</translation>
    </message>
    <message>
        <source>The token has expired. Sign in again to get a new one.</source>
        <translation type="vanished">Срок действия токена истёк. Войдите снова, чтобы получить новый.</translation>
    </message>
    <message>
        <source>VK does not accept this token: it was revoked, or the password was changed.</source>
        <translation type="vanished">VK не принимает этот токен: он отозван или пароль был изменён.</translation>
    </message>
    <message>
        <source>no response in the answer</source>
        <translation type="vanished">в ответе нет поля response</translation>
    </message>
    <message>
        <source>the answer names no account</source>
        <translation type="vanished">в ответе не указан аккаунт</translation>
    </message>
    <message>
        <source>This token belongs to another account (id %1).</source>
        <translation type="vanished">Этот токен принадлежит другому аккаунту (id %1).</translation>
    </message>
    <message>
        <source>The token works.</source>
        <translation type="vanished">Токен действует.</translation>
    </message>
</context>
<context>
    <name>vkauth::cli::Cli</name>
    <message>
        <location filename="../src/cli/Cli.cpp" line="+26"/>
        <source>no command given</source>
        <translation>не указана команда</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try &quot;vkauth-cli --help&quot;.</source>
        <translation>Справка: «vkauth-cli --help».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: vkauth-cli COMMAND [OPTIONS]

Gets, keeps and hands out VK access tokens, from a terminal or a script.

Commands:
  scopes [user|community]   list permission names and their bits
  apps                      list the official apps usable for direct login
  help                      show this help
  version                   show the version
</source>
        <translation>Использование: vkauth-cli КОМАНДА [ПАРАМЕТРЫ]

Получает, хранит и выдаёт токены доступа VK из терминала или скрипта.

Команды:
  scopes [user|community]   названия прав доступа и их биты
  apps                      официальные приложения для прямого входа
  help                      эта справка
  version                   версия программы
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>scopes: expected &quot;user&quot; or &quot;community&quot;, got &quot;%1&quot;</source>
        <translation>scopes: ожидалось «user» или «community», получено «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>apps takes no arguments</source>
        <translation>команда apps не принимает аргументов</translation>
    </message>
</context>
<context>
    <name>vkauth::cli::CommandParser</name>
    <message>
        <source>Print the result (or the error) as JSON on stdout.</source>
        <translation type="vanished">Вывести результат (или ошибку) в формате JSON в stdout.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="vanished">Показать эту справку.</translation>
    </message>
    <message>
        <source>%1 is not accepted: secrets are never taken from the command line, where other users can see them. Type it when asked, pipe it with --password-stdin, or set VKAUTH_PASSWORD.</source>
        <translation type="vanished">%1 не принимается: секреты никогда не берутся из командной строки, где их видят другие пользователи. Введите его по запросу, передайте через --password-stdin или задайте VKAUTH_PASSWORD.</translation>
    </message>
    <message>
        <source>Usage: vkauth-cli %1 [options]</source>
        <translation type="vanished">Использование: vkauth-cli %1 [параметры]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="vanished">Параметры:</translation>
    </message>
</context>
<context>
    <name>vkauth::cli::LoginCommand</name>
    <message>
        <source>Name the saved profile (e.g. mybot).</source>
        <translation type="vanished">Имя сохраняемого профиля (например, mybot).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="vanished">ИМЯ</translation>
    </message>
    <message>
        <source>Print the token but do not save a profile.</source>
        <translation type="vanished">Вывести токен, не сохраняя профиль.</translation>
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
        <source>E-mail or phone to sign in with.</source>
        <translation type="vanished">Эл. почта или телефон для входа.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="vanished">ЛОГИН</translation>
    </message>
    <message>
        <source>Phone number to sign in with (also used for the security check).</source>
        <translation type="vanished">Номер телефона для входа (также для проверки безопасности).</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation type="vanished">ТЕЛЕФОН</translation>
    </message>
    <message>
        <source>Official app: android, windows, windowsPhone, iphone, ipad, vkMe (default android).</source>
        <translation type="vanished">Официальное приложение: android, windows, windowsPhone, iphone, ipad, vkMe (по умолчанию android).</translation>
    </message>
    <message>
        <source>APP</source>
        <translation type="vanished">ПРИЛОЖЕНИЕ</translation>
    </message>
    <message>
        <source>Your own app&apos;s id instead of --app.</source>
        <translation type="vanished">id вашего собственного приложения вместо --app.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="vanished">ID</translation>
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
        <source>Permissions: all, names (friends,wall,...) or a mask.</source>
        <translation type="vanished">Права доступа: all, названия (friends,wall,...) или маска.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation type="vanished">ПРАВА</translation>
    </message>
    <message>
        <source>VK API version.</source>
        <translation type="vanished">Версия VK API.</translation>
    </message>
    <message>
        <source>V</source>
        <translation type="vanished">V</translation>
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
        <source>Extra HTTP header, repeatable.</source>
        <translation type="vanished">Дополнительный HTTP-заголовок, можно указать несколько раз.</translation>
    </message>
    <message>
        <source>&apos;NAME: VALUE&apos;</source>
        <translation type="vanished">&apos;ИМЯ: ЗНАЧЕНИЕ&apos;</translation>
    </message>
    <message>
        <source>Read the password from the first line of stdin.</source>
        <translation type="vanished">Прочитать пароль из первой строки stdin.</translation>
    </message>
    <message>
        <source>login direct takes no arguments, got &quot;%1&quot;.</source>
        <translation type="vanished">login direct не принимает аргументов, получено «%1».</translation>
    </message>
    <message>
        <source>login direct needs --login or --phone.</source>
        <translation type="vanished">login direct требует --login или --phone.</translation>
    </message>
    <message>
        <source>Use either --app or --client-id, not both.</source>
        <translation type="vanished">Укажите либо --app, либо --client-id, но не оба.</translation>
    </message>
    <message>
        <source>--client-id needs --client-secret (or VKAUTH_CLIENT_SECRET).</source>
        <translation type="vanished">--client-id требует --client-secret (или VKAUTH_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>Unknown app &quot;%1&quot; for direct login; see &quot;vkauth-cli apps&quot;.</source>
        <translation type="vanished">Неизвестное приложение «%1» для прямого входа; см. «vkauth-cli apps».</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of milliseconds.</source>
        <translation type="vanished">--timeout требует положительного числа миллисекунд.</translation>
    </message>
    <message>
        <source>--header needs the form &apos;Name: value&apos;, got &quot;%1&quot;.</source>
        <translation type="vanished">--header требует вида &apos;Имя: значение&apos;, получено «%1».</translation>
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
        <source>The app&apos;s id (or use --app).</source>
        <translation type="vanished">id приложения (или используйте --app).</translation>
    </message>
    <message>
        <source>A known browser app: kateMobile, vkAdmin.</source>
        <translation type="vanished">Известное браузерное приложение: kateMobile, vkAdmin.</translation>
    </message>
    <message>
        <source>Community ids, comma separated: one token per community.</source>
        <translation type="vanished">id сообществ через запятую: по одному токену на сообщество.</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation type="vanished">ID</translation>
    </message>
    <message>
        <source>Permissions: all, names or a mask (community permissions with --groups).</source>
        <translation type="vanished">Права доступа: all, названия или маска (права сообщества с --groups).</translation>
    </message>
    <message>
        <source>login browser takes no arguments, got &quot;%1&quot;.</source>
        <translation type="vanished">login browser не принимает аргументов, получено «%1».</translation>
    </message>
    <message>
        <source>login browser needs either --client-id or --app.</source>
        <translation type="vanished">login browser требует --client-id или --app.</translation>
    </message>
    <message>
        <source>Unknown app &quot;%1&quot;; see &quot;vkauth-cli apps&quot;.</source>
        <translation type="vanished">Неизвестное приложение «%1»; см. «vkauth-cli apps».</translation>
    </message>
    <message>
        <source>--client-id needs a number, got &quot;%1&quot;.</source>
        <translation type="vanished">--client-id требует число, получено «%1».</translation>
    </message>
    <message>
        <source>--groups needs community ids (numbers), got &quot;%1&quot;.</source>
        <translation type="vanished">--groups требует id сообществ (числа), получено «%1».</translation>
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
        <source>Follows the redirect_uri VK gave with &quot;need_validation&quot; (or an API error 17)
through VK&apos;s checks (phone, two-factor code, captcha) to a token. Saves a
profile and prints the token.</source>
        <translation type="vanished">Проходит по redirect_uri, выданному VK с «need_validation» (или ошибкой API 17),
через проверки VK (телефон, код двухфакторной аутентификации, капча) до токена.
Сохраняет профиль и выводит токен.</translation>
    </message>
    <message>
        <source>The account&apos;s login (its phone if it is one).</source>
        <translation type="vanished">Логин аккаунта (его телефон, если логин — телефон).</translation>
    </message>
    <message>
        <source>The account&apos;s full phone number, for the phone check.</source>
        <translation type="vanished">Полный номер телефона аккаунта для проверки телефона.</translation>
    </message>
    <message>
        <source>verify needs exactly one REDIRECT_URI.</source>
        <translation type="vanished">verify требует ровно один REDIRECT_URI.</translation>
    </message>
    <message>
        <source>REDIRECT_URI must be a web address.</source>
        <translation type="vanished">REDIRECT_URI должен быть веб-адресом.</translation>
    </message>
    <message>
        <source>No password: stdin is not a terminal. Use --password-stdin or set VKAUTH_PASSWORD.</source>
        <translation type="vanished">Нет пароля: stdin — не терминал. Используйте --password-stdin или задайте VKAUTH_PASSWORD.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="vanished">Пароль для %1: </translation>
    </message>
    <message>
        <source>No password could be read: the input ended.</source>
        <translation type="vanished">Не удалось прочитать пароль: ввод закончился.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation type="vanished">Пароль не указан.</translation>
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
        <source>The token could not be kept in the system keychain: %1</source>
        <translation type="vanished">Не удалось сохранить токен в системной связке ключей: %1</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot; (%2).</source>
        <translation type="vanished">Профиль «%1» сохранён (%2).</translation>
    </message>
</context>
<context>
    <name>vkauth::cli::ProfileCommands</name>
    <message>
        <source>The token of this profile is missing from the system keychain.</source>
        <translation type="vanished">Токена этого профиля нет в системной связке ключей.</translation>
    </message>
    <message>
        <source>Name exactly one PROFILE (its id, label or VK id).</source>
        <translation type="vanished">Укажите ровно один ПРОФИЛЬ (его id, имя или VK id).</translation>
    </message>
    <message>
        <source>No profile &quot;%1&quot;; see &quot;vkauth-cli list&quot;.</source>
        <translation type="vanished">Нет профиля «%1»; см. «vkauth-cli list».</translation>
    </message>
    <message>
        <source>Lists the kept profiles (the same as the app&apos;s).</source>
        <translation type="vanished">Выводит сохранённые профили (те же, что в приложении).</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation type="vanished">list не принимает аргументов.</translation>
    </message>
    <message>
        <source>No profiles yet. Sign in with &quot;vkauth-cli login direct&quot; or &quot;login browser&quot;.</source>
        <translation type="vanished">Профилей пока нет. Войдите командой «vkauth-cli login direct» или «login browser».</translation>
    </message>
    <message>
        <source>never</source>
        <translation type="vanished">никогда</translation>
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
        <source>Warning: the token of &quot;%1&quot; has expired.</source>
        <translation type="vanished">Внимание: срок действия токена «%1» истёк.</translation>
    </message>
    <message>
        <source>Asks VK whether the profile&apos;s token still works, and what it may do.
Exit code 0 when it works, 3 when VK refuses it, 4 when VK cannot be reached.</source>
        <translation type="vanished">Спрашивает VK, действует ли ещё токен профиля и что ему разрешено.
Код выхода 0 — действует, 3 — VK его отклоняет, 4 — VK недоступен.</translation>
    </message>
    <message>
        <source>%1; permissions: %2</source>
        <translation type="vanished">%1; права доступа: %2</translation>
    </message>
    <message>
        <source>Forgets a profile: deletes its token from the system keychain, then the profile.</source>
        <translation type="vanished">Забывает профиль: удаляет его токен из системной связки ключей, затем сам профиль.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; (%2).</source>
        <translation type="vanished">Удалён «%1» (%2).</translation>
    </message>
</context>
<context>
    <name>vkauth::cli::TerminalPrompter</name>
    <message>
        <source>The captcha answer was not accepted (attempt %1 of %2).</source>
        <translation type="vanished">Ответ на капчу не принят (попытка %1 из %2).</translation>
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
        <source>VK asks for a captcha.</source>
        <translation type="vanished">VK просит ввести капчу.</translation>
    </message>
    <message>
        <source>  image saved to: %1</source>
        <translation type="vanished">  картинка сохранена в: %1</translation>
    </message>
    <message>
        <source>  image address:  %1</source>
        <translation type="vanished">  адрес картинки:       %1</translation>
    </message>
    <message>
        <source>Type the characters from the image: </source>
        <translation type="vanished">Введите символы с картинки: </translation>
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
        <source>(To get the code by SMS instead, answer &quot;sms&quot; in %1 seconds or later.)</source>
        <translation type="vanished">(Чтобы получить код по SMS, ответьте «sms» через %1 с или позже.)</translation>
    </message>
    <message>
        <source>(To get the code by SMS instead, answer &quot;sms&quot; or leave the answer empty.)</source>
        <translation type="vanished">(Чтобы получить код по SMS, ответьте «sms» или оставьте ответ пустым.)</translation>
    </message>
    <message>
        <source>Code (attempt %1 of %2): </source>
        <translation type="vanished">Код (попытка %1 из %2): </translation>
    </message>
    <message>
        <source>Code: </source>
        <translation type="vanished">Код: </translation>
    </message>
    <message>
        <source>SMS is not available here; type the code.</source>
        <translation type="vanished">SMS здесь недоступно; введите код.</translation>
    </message>
    <message>
        <source>VK allows another SMS only later; type the code you have.</source>
        <translation type="vanished">VK разрешит новое SMS только позже; введите полученный код.</translation>
    </message>
    <message>
        <source>Asking VK to send an SMS...</source>
        <translation type="vanished">Запрос SMS у VK...</translation>
    </message>
    <message>
        <source>No answer could be read: the input ended before the question was answered.</source>
        <translation type="vanished">Не удалось прочитать ответ: ввод закончился раньше, чем был дан ответ.</translation>
    </message>
    <message>
        <source>No answer could be read: there is no terminal and no input to read answers from.</source>
        <translation type="vanished">Не удалось прочитать ответ: нет ни терминала, ни входных данных для ответов.</translation>
    </message>
</context>
<context>
    <name>vkauth::cli::TransferCommands</name>
    <message>
        <source>No passphrase: stdin is not a terminal. Use --passphrase-stdin.</source>
        <translation type="vanished">Нет парольной фразы: stdin — не терминал. Используйте --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="vanished">Парольная фраза: </translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation type="vanished">Парольная фраза не указана.</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="vanished">Повторите парольную фразу: </translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation type="vanished">Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Writes profiles (all, or the ones named) to a file:
  encrypted  tokens under a passphrase (the default)
  json       tokens in plain JSON: anyone who can read the file can use them
  env        VK_TOKEN=... lines for scripts, also in plain text
  meta       the list without tokens
The file is written with owner-only permissions. --output - writes to stdout.</source>
        <translation type="vanished">Записывает профили (все или указанные) в файл:
  encrypted  токены под парольной фразой (по умолчанию)
  json       токены в открытом JSON: их может использовать любой, кто прочтёт файл
  env        строки VK_TOKEN=... для скриптов, тоже открытым текстом
  meta       список без токенов
Файл доступен только владельцу. --output - пишет в stdout.</translation>
    </message>
    <message>
        <source>encrypted, json, env or meta.</source>
        <translation type="vanished">encrypted, json, env или meta.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="vanished">ФОРМАТ</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="vanished">Файл для записи.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="vanished">ФАЙЛ</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of stdin.</source>
        <translation type="vanished">Прочитать парольную фразу из первой строки stdin.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use encrypted, json, env or meta.</source>
        <translation type="vanished">Неизвестный формат «%1»: используйте encrypted, json, env или meta.</translation>
    </message>
    <message>
        <source>export needs --output FILE (or --output - for stdout).</source>
        <translation type="vanished">export требует --output ФАЙЛ (или --output - для stdout).</translation>
    </message>
    <message>
        <source>No profile &quot;%1&quot;; see &quot;vkauth-cli list&quot;.</source>
        <translation type="vanished">Нет профиля «%1»; см. «vkauth-cli list».</translation>
    </message>
    <message>
        <source>Warning: this file holds the tokens in plain text.</source>
        <translation type="vanished">Внимание: в этом файле токены хранятся открытым текстом.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="vanished">стандартный вывод</translation>
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
        <source>Adds the profiles of an export file (any format but meta) to the kept ones, all or
nothing. An encrypted file asks for its passphrase.</source>
        <translation type="vanished">Добавляет профили из файла экспорта (любого формата, кроме meta) к сохранённым —
все или ни одного. Для зашифрованного файла запрашивается парольная фраза.</translation>
    </message>
    <message>
        <source>When a profile is already kept: skip, replace or keep-both (default skip).</source>
        <translation type="vanished">Если профиль уже сохранён: skip (пропустить), replace (заменить) или keep-both (оставить оба); по умолчанию skip.</translation>
    </message>
    <message>
        <source>CHOICE</source>
        <translation type="vanished">ВАРИАНТ</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation type="vanished">import требует ровно один ФАЙЛ.</translation>
    </message>
    <message>
        <source>--on-conflict takes skip, replace or keep-both.</source>
        <translation type="vanished">--on-conflict принимает skip, replace или keep-both.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 replaced, %3 skipped.</source>
        <translation type="vanished">Импорт: добавлено %1, заменено %2, пропущено %3.</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::AboutDialog</name>
    <message>
        <location filename="../src/gui/AboutDialog.cpp" line="+50"/>
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
        <source>Sign in on VK&apos;s page and allow access. The token is caught when VK hands it over; the page with it is never shown.</source>
        <translation type="vanished">Войдите на странице VK и разрешите доступ. Токен перехватывается в момент выдачи; страница с ним не показывается.</translation>
    </message>
    <message>
        <source>Sign in on VK&apos;s page and allow access for the communities (%1). The tokens are caught when VK hands them over; the page with them is never shown.</source>
        <translation type="vanished">Войдите на странице VK и разрешите доступ для сообществ (%1). Токены перехватываются в момент выдачи; страница с ними не показывается.</translation>
    </message>
    <message>
        <source>Opening VK…</source>
        <translation type="vanished">Открытие VK…</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::CaptchaDialog</name>
    <message>
        <source>&amp;Continue</source>
        <translation type="vanished">&amp;Продолжить</translation>
    </message>
    <message>
        <source>Loading a new picture…</source>
        <translation type="vanished">Загрузка новой картинки…</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation type="vanished">Попытка %1 из %2</translation>
    </message>
    <message>
        <source>The picture VK sent</source>
        <translation type="vanished">Картинка от VK</translation>
    </message>
    <message>
        <source>The picture could not be loaded. Ask for a new one.</source>
        <translation type="vanished">Не удалось загрузить картинку. Запросите другую.</translation>
    </message>
    <message>
        <source>VK wants to be sure you are not a robot. Complete the check on VK&apos;s page below.</source>
        <translation type="vanished">VK хочет убедиться, что вы не робот. Пройдите проверку на странице VK ниже.</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::MainWindow</name>
    <message>
        <source>Signing in…</source>
        <translation type="vanished">Вход…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="vanished">Вход отменён.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation type="vanished">Войти не удалось.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="vanished">Вход выполнен.</translation>
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
        <source>Sign-in failed</source>
        <translation type="vanished">Войти не удалось</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="vanished">Код ошибки: %1</translation>
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
    <name>vkauth::gui::ProfilesWidget</name>
    <message>
        <source>Never</source>
        <translation type="vanished">Никогда</translation>
    </message>
    <message>
        <source>%1 (expired today)</source>
        <translation type="vanished">%1 (истёк сегодня)</translation>
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
        <source>%1 (in less than a day)</source>
        <translation type="vanished">%1 (меньше чем через день)</translation>
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
        <source>&amp;Copy token</source>
        <translation type="vanished">&amp;Копировать токен</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="vanished">&amp;Проверить</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="vanished">Пере&amp;именовать…</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation type="vanished">Войти &amp;заново…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="vanished">&amp;Удалить…</translation>
    </message>
    <message>
        <source>%1 — not saved in the keychain</source>
        <translation type="vanished">%1 — не сохранён в связке ключей</translation>
    </message>
    <message>
        <source>User</source>
        <translation type="vanished">Пользователь</translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="vanished">Сообщество</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="vanished">нет</translation>
    </message>
    <message>
        <source>Mask %1</source>
        <translation type="vanished">Маска %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="vanished">неизвестно</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation type="vanished">не предоставлена</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="vanished">Проверка…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="vanished">%1, %2</translation>
    </message>
    <message>
        <source>Saved in the system keychain</source>
        <translation type="vanished">Сохранён в системной связке ключей</translation>
    </message>
    <message>
        <source>Saving to the system keychain…</source>
        <translation type="vanished">Сохранение в системную связку ключей…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="vanished">Не сохранён</translation>
    </message>
    <message>
        <source>This token is not saved: %1
It is kept only until VK Auth closes. Copy it now, or retry saving.</source>
        <translation type="vanished">Этот токен не сохранён: %1
Он хранится только до закрытия VK Auth. Скопируйте его сейчас или попробуйте сохранить снова.</translation>
    </message>
    <message>
        <source>The token of “%1” could not be read. %2</source>
        <translation type="vanished">Не удалось прочитать токен «%1». %2</translation>
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
        <source>Token copied.</source>
        <translation type="vanished">Токен скопирован.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="vanished">Удаление профиля</translation>
    </message>
    <message>
        <source>Remove “%1”?

Its token is deleted from this computer and from the system keychain. VK still accepts the token until it expires or you revoke the app&apos;s access in VK&apos;s settings.</source>
        <translation type="vanished">Удалить «%1»?

Его токен будет удалён с этого компьютера и из системной связки ключей. VK продолжит принимать токен, пока не истечёт его срок или пока вы не отзовёте доступ приложения в настройках VK.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">Удалить</translation>
    </message>
    <message>
        <source>“%1” was not removed: %2</source>
        <translation type="vanished">«%1» не удалён: %2</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="vanished">«%1» удалён.</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::ProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation type="vanished">Отмена…</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="+19"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>vkauth::gui::SignInDialog</name>
    <message>
        <source>All</source>
        <translation type="vanished">Все</translation>
    </message>
    <message>
        <source>Offline only</source>
        <translation type="vanished">Только offline</translation>
    </message>
    <message>
        <source>Messages, offline</source>
        <translation type="vanished">Сообщения, offline</translation>
    </message>
    <message>
        <source>Wall, photos, groups, offline</source>
        <translation type="vanished">Стена, фото, сообщества, offline</translation>
    </message>
    <message>
        <source>None (basic access)</source>
        <translation type="vanished">Нет (базовый доступ)</translation>
    </message>
    <message>
        <source>Messages only</source>
        <translation type="vanished">Только сообщения</translation>
    </message>
    <message>
        <source>Messages, photos, docs</source>
        <translation type="vanished">Сообщения, фото, документы</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation type="vanished">Управление</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="vanished">Нет</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="vanished">&amp;Войти</translation>
    </message>
    <message>
        <source>Password (direct sign-in with an official app)</source>
        <translation type="vanished">Пароль (прямой вход через официальное приложение)</translation>
    </message>
    <message>
        <source>Browser: a user token</source>
        <translation type="vanished">Браузер: токен пользователя</translation>
    </message>
    <message>
        <source>Browser: community tokens</source>
        <translation type="vanished">Браузер: токены сообществ</translation>
    </message>
    <message>
        <source>Verification link from VK</source>
        <translation type="vanished">Ссылка для проверки от VK</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>Custom app…</source>
        <translation type="vanished">Своё приложение…</translation>
    </message>
    <message>
        <source>Bit %1</source>
        <translation type="vanished">Бит %1</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="vanished">Свой</translation>
    </message>
    <message>
        <source>Mask: %1</source>
        <translation type="vanished">Маска: %1</translation>
    </message>
    <message>
        <source>e-mail or phone number</source>
        <translation type="vanished">эл. почта или номер телефона</translation>
    </message>
    <message>
        <source>e-mail or phone number, if VK asks for it</source>
        <translation type="vanished">эл. почта или номер телефона, если VK спросит</translation>
    </message>
    <message>
        <source>optional: filled in on VK&apos;s page</source>
        <translation type="vanished">необязательно: вводится на странице VK</translation>
    </message>
    <message>
        <source>optional, for VK&apos;s phone check: +7 999 123-45-67</source>
        <translation type="vanished">необязательно, для проверки телефона VK: +7 999 123-45-67</translation>
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
</context>
<context>
    <name>vkauth::gui::TwoFactorDialog</name>
    <message>
        <source>&amp;Confirm</source>
        <translation type="vanished">&amp;Подтвердить</translation>
    </message>
    <message>
        <source>Asking VK to send an SMS…</source>
        <translation type="vanished">Запрос SMS у VK…</translation>
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
        <source>The code has %1 digits.</source>
        <translation type="vanished">Код состоит из %1 цифр.</translation>
    </message>
    <message>
        <source>The code has 4 to 8 digits.</source>
        <translation type="vanished">Код состоит из 4–8 цифр.</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation type="vanished">Попытка %1 из %2</translation>
    </message>
    <message>
        <source>Send the SMS &amp;again</source>
        <translation type="vanished">Отправить SMS &amp;снова</translation>
    </message>
    <message>
        <source>Send an &amp;SMS instead</source>
        <translation type="vanished">Прислать &amp;SMS</translation>
    </message>
    <message>
        <source>available in %1 s</source>
        <translation type="vanished">доступно через %1 с</translation>
    </message>
</context>
</TS>
