<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LoopbackReceiver</name>
    <message numerus="yes">
        <location filename="../src/core/auth/LoopbackReceiver.cpp" line="+31"/>
        <source>No answer came back from the browser in %n minute(s).</source>
        <translation>
            <numerusform>No answer came back from the browser in %n minute.</numerusform>
            <numerusform>No answer came back from the browser in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be locked and waiting for a password prompt that cannot be shown.</source>
        <translation type="vanished">
            <numerusform>The system keychain did not answer within %n second. It may be locked and waiting for a password prompt that cannot be shown.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds. It may be locked and waiting for a password prompt that cannot be shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vkauth::cli::StoreCommands</name>
    <message numerus="yes">
        <location filename="../src/cli/StoreMigrateCommand.cpp" line="+85"/>
        <source>Moved %n profile(s) to the vault.</source>
        <translation>
            <numerusform>Moved %n profile to the vault.</numerusform>
            <numerusform>Moved %n profiles to the vault.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Moved %n profile(s) to the system keychain.</source>
        <translation>
            <numerusform>Moved %n profile to the system keychain.</numerusform>
            <numerusform>Moved %n profiles to the system keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vkauth::cli::TransferCommands</name>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1.</source>
        <translation type="vanished">
            <numerusform>Exported %n profile to %1.</numerusform>
            <numerusform>Exported %n profiles to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vkauth::gui::AddTokenDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/profiles/AddTokenDialog.cpp" line="+104"/>
        <source>Found %n community token(s).</source>
        <translation>
            <numerusform>Found %n community token.</numerusform>
            <numerusform>Found %n community tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Found %n token(s).</source>
        <translation>
            <numerusform>Found %n token.</numerusform>
            <numerusform>Found %n tokens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vkauth::gui::CheckAll</name>
    <message numerus="yes">
        <location filename="../src/gui/profiles/CheckAll.cpp" line="+25"/>
        <source>%n work</source>
        <translation>
            <numerusform>%n works</numerusform>
            <numerusform>%n work</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dead</source>
        <translation>
            <numerusform>%n dead</numerusform>
            <numerusform>%n dead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n needs action</source>
        <translation>
            <numerusform>%n needs action</numerusform>
            <numerusform>%n need action</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not checked (network)</source>
        <translation>
            <numerusform>%n not checked (network)</numerusform>
            <numerusform>%n not checked (network)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n unreadable</numerusform>
            <numerusform>%n unreadable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vkauth::gui::ImportDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/transfer/ImportDialog.cpp" line="+297"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vkauth::gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/MainWindow.cpp" line="+114"/>
        <source>Exported %n profile(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>Exported %n profile to &quot;%1&quot;.</numerusform>
            <numerusform>Exported %n profiles to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Token copied. The clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>Token copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Token copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+174"/>
        <source>VK granted tokens for %1 of %n communities.</source>
        <translation>
            <numerusform>VK granted tokens for %1 of %n community.</numerusform>
            <numerusform>VK granted tokens for %1 of %n communities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>%n token(s) could not be saved in the system keychain and exist only in this window. Quitting now loses them; copy them first, or retry saving.</source>
        <translation>
            <numerusform>%n token could not be saved in the system keychain and exists only in this window. Quitting now loses it; copy it first, or retry saving.</numerusform>
            <numerusform>%n tokens could not be saved in the system keychain and exist only in this window. Quitting now loses them; copy them first, or retry saving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vkauth::gui::ProfileBadge</name>
    <message numerus="yes">
        <location filename="../src/gui/profiles/ProfileBadge.cpp" line="+63"/>
        <source>The token expires within %n day(s). Sign in again to get a new one in time.</source>
        <translation>
            <numerusform>The token expires within %n day. Sign in again to get a new one in time.</numerusform>
            <numerusform>The token expires within %n days. Sign in again to get a new one in time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vkauth::gui::ProfilesWidget</name>
    <message numerus="yes">
        <source>%1 (expired %n day(s) ago)</source>
        <translation type="vanished">
            <numerusform>%1 (expired %n day ago)</numerusform>
            <numerusform>%1 (expired %n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation type="vanished">
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Token copied. The clipboard is cleared in %n second(s).</source>
        <translation type="vanished">
            <numerusform>Token copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Token copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vkauth::gui::SettingsDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/SettingsDialog.cpp" line="+82"/>
        <source>OK moves the tokens of %n profile(s) into the encrypted file.</source>
        <translation>
            <numerusform>OK moves the tokens of %n profile into the encrypted file.</numerusform>
            <numerusform>OK moves the tokens of %n profiles into the encrypted file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>OK moves the tokens of %n profile(s) into the system keychain.</source>
        <translation>
            <numerusform>OK moves the tokens of %n profile into the system keychain.</numerusform>
            <numerusform>OK moves the tokens of %n profiles into the system keychain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+200"/>
        <source>Moved %n profile(s) to the encrypted file.</source>
        <translation>
            <numerusform>Moved %n profile to the encrypted file.</numerusform>
            <numerusform>Moved %n profiles to the encrypted file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Moved %n profile(s) to the system keychain.</source>
        <translation>
            <numerusform>Moved %n profile to the system keychain.</numerusform>
            <numerusform>Moved %n profiles to the system keychain.</numerusform>
        </translation>
    </message>
</context>
</TS>
