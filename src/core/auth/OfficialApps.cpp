// SPDX-License-Identifier: MIT
#include "auth/OfficialApps.h"

#include "auth/AppTable.h"

#include <QCoreApplication>

namespace vkauth {

namespace {

struct SplitTable
{
    QList<AppCredentials> direct;
    QList<AppCredentials> browserOnly;
};

const SplitTable &split()
{
    static const SplitTable table = [] {
        SplitTable t;
        for (const AppCredentials &app : AppTable::global().apps)
            (app.directLogin ? t.direct : t.browserOnly) << app;
        return t;
    }();
    return table;
}

} // namespace

QString AppCredentials::statusName(AppStatus status)
{
    switch (status) {
    case AppStatus::Blocked:
        return QStringLiteral("blocked");
    case AppStatus::Disabled:
        return QStringLiteral("disabled");
    case AppStatus::Works:
        break;
    }
    return QStringLiteral("works");
}

QString AppCredentials::statusText(AppStatus status)
{
    switch (status) {
    case AppStatus::Blocked:
        return QCoreApplication::translate("AppTable", "blocked");
    case AppStatus::Disabled:
        return QCoreApplication::translate("AppTable", "disabled");
    case AppStatus::Works:
        break;
    }
    return QCoreApplication::translate("AppTable", "works");
}

std::optional<AppStatus> AppCredentials::statusFromName(const QString &name)
{
    for (const AppStatus status : {AppStatus::Works, AppStatus::Blocked, AppStatus::Disabled}) {
        if (name == statusName(status))
            return status;
    }
    return std::nullopt;
}

const QList<AppCredentials> &AppCredentials::official()
{
    return split().direct;
}

const QList<AppCredentials> &AppCredentials::browserApps()
{
    return split().browserOnly;
}

std::optional<AppCredentials> AppCredentials::byKey(const QString &key)
{
    return AppTable::global().find(key);
}

std::optional<AppCredentials> AppCredentials::byClientId(const QString &clientId)
{
    for (const AppCredentials &app : AppTable::global().apps) {
        if (app.clientId == clientId)
            return app;
    }
    return std::nullopt;
}

AppCredentials AppCredentials::custom(const QString &clientId, const QString &clientSecret)
{
    AppCredentials app;
    app.key = QStringLiteral("custom");
    app.displayName
        = QCoreApplication::translate("AppTable", "Custom app"); // translatable, as the table's names
    app.clientId = clientId;
    app.clientSecret = clientSecret;
    app.directLogin = !clientSecret.isEmpty();
    return app;
}

} // namespace vkauth
