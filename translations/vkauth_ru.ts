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
        <translation>Получает, хранит и выдаёт ключи доступа VK для ваших скриптов, ботов и сервисов.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VK Auth is built on the following software, used under these licences:</source>
        <translation>VK Auth построен на следующих программах, используемых на условиях этих лицензий:</translation>
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
        <translation>Войдите в VK, чтобы получить ключ доступа для ваших скриптов и ботов. Полученные ключи хранятся здесь, а их секретные данные — в системной связке ключей.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sign in to VK…</source>
        <translation>&amp;Войти в VK…</translation>
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
        <location line="+4"/>
        <source>The clipboard clear time must be between 0 and %1 seconds.</source>
        <translation>Время до очистки буфера обмена должно быть от 0 до %1 секунд.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <translation>&amp;Очищать скопированные ключи через:</translation>
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
        <source>host name or address</source>
        <translation>имя или адрес сервера</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+15"/>
        <source>Get, keep and hand out VK access tokens.</source>
        <translation>Получение, хранение и выдача ключей доступа VK.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Сохранить снимок окна в ФАЙЛ и завершить работу.</translation>
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

Получает, хранит и выдаёт ключи доступа VK из терминала или скрипта.

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
    <name>vkauth::gui::AboutDialog</name>
    <message>
        <location filename="../src/gui/AboutDialog.cpp" line="+46"/>
        <source>Version %1, built with Qt %2, running on Qt %3</source>
        <translation>Версия %1, собрана с Qt %2, работает на Qt %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>VK Auth links to the Qt libraries dynamically; you may replace them with your own build.</source>
        <translation>VK Auth подключает библиотеки Qt динамически; вы можете заменить их собственной сборкой.</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>vkauth::gui::SettingsDialog</name>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="+17"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
</context>
</TS>
