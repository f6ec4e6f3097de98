// SPDX-License-Identifier: MIT
#pragma once

#include "auth/OfficialApps.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace vkauth {

// The apps as data (docs/apps.md): the built-in table (resources/apps.json, a resource of this
// library at ":/vkauth/apps.json") merged with a user's override file, entries merged by key (fields
// the override names replace the built-in ones; a new key adds an app). A malformed override is
// ignored as a whole, with a warning: the built-in table stays.
class AppTable
{
public:
    QList<AppCredentials> apps; // in the built-in order, added apps last
    QStringList warnings; // translated: what was wrong with the override file

    // The table of the process: built once (resource + overridePath()), then cached.
    static const AppTable &global();
    // <AppConfigLocation>/apps.json (~/.config/vkauth/apps.json on Linux).
    static QString overridePath();

    // The built-in table merged with the override text (empty: none).
    static AppTable fromJson(
        const QByteArray &builtIn, const QByteArray &override = {}, const QString &overrideName = QString());
    static AppTable load(const QString &builtInPath, const QString &overridePath);

    // Whether a built-in name or note of `key` has its translatable row (in the "AppTable" context).
    static bool isTranslatable(const QString &key, const QString &text);

    std::optional<AppCredentials> find(const QString &key) const;
    // Working apps that allow this flow and are known to grant `userScope` (0: any), without `except`.
    QList<AppCredentials> suggestions(quint32 userScope, bool direct, const QString &except = {}) const;
};

} // namespace vkauth
