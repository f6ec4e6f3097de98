// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace vkauth {

// The app's languages and the translators behind them: ours (vkauth_<lang>.qm embedded at :/i18n)
// and Qt's own (qtbase_<lang>.qm from Qt's translations folder, or translations/ next to the binary).
class Translations
{
public:
    // Language codes we ship, the source language first: {"en", "ru"}.
    static QStringList available();

    // Replaces the translators installed by a previous call. `language` is a code from available(),
    // or empty to follow the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Call it after creating the
    // QCoreApplication and before creating any widget. Returns the language now in use ("en" when the
    // system asks for a language we do not have).
    static QString install(const QString &language);

    // The language's own name ("English", "Русский"), for a language picker.
    static QString nativeName(const QString &language);
};

} // namespace vkauth
