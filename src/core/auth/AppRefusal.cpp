// SPDX-License-Identifier: MIT
#include "auth/AppRefusal.h"

#include "auth/AppTable.h"

#include <QCoreApplication>
#include <QStringList>

namespace vkauth::AppRefusal {

namespace {

QString appName(const AppCredentials &app)
{
    if (app.key == QLatin1String("custom") || app.displayName.isEmpty())
        return QCoreApplication::translate("AppRefusal", "the app %1").arg(app.clientId);
    return QStringLiteral("%1 (%2)").arg(app.displayName, app.clientId);
}

} // namespace

QString reason(const QString &error, const QString &description)
{
    const auto says = [&](QLatin1String words) {
        return description.contains(words, Qt::CaseInsensitive) || error.contains(words, Qt::CaseInsensitive);
    };
    if (says(QLatin1String("application is blocked")))
        return QStringLiteral("app_blocked");
    if (says(QLatin1String("application is disabled")))
        return QStringLiteral("app_disabled");
    if (says(QLatin1String("security error")))
        return QStringLiteral("security_error");
    return {};
}

bool isAppRefusal(const AuthError &error)
{
    return error.reason == u"app_blocked" || error.reason == u"app_disabled"
        || error.reason == u"security_error";
}

std::optional<AppCredentials> suggestion(const AppCredentials &refused, quint32 userScope, bool direct)
{
    const QList<AppCredentials> apps = AppTable::global().suggestions(userScope, direct, refused.key);
    if (apps.isEmpty())
        return std::nullopt;
    return apps.first();
}

void explain(AuthError &error, const AppCredentials &app, quint32 userScope, bool direct)
{
    if (!isAppRefusal(error))
        return;
    QStringList names;
    for (const AppCredentials &other : AppTable::global().suggestions(userScope, direct, app.key))
        names << other.displayName;
    names = names.mid(0, 3);
    QString message;
    if (error.reason == u"security_error") {
        message = names.isEmpty()
            ? QCoreApplication::translate("AppRefusal",
                "VK refused %1 for this account now (\"Security Error\"). Try again later, or sign in "
                "with another app.")
                  .arg(appName(app))
            : QCoreApplication::translate("AppRefusal",
                "VK refused %1 for this account now (\"Security Error\"); try %2 instead, or this app "
                "again later.")
                  .arg(appName(app), names.join(QStringLiteral(", ")));
    } else {
        const QString what = error.reason == u"app_blocked"
            ? QCoreApplication::translate(
                "AppRefusal", "VK has blocked %1: it refuses every sign-in with it.")
            : QCoreApplication::translate(
                "AppRefusal", "VK has disabled %1: it refuses every sign-in with it.");
        message = what.arg(appName(app));
        message += QLatin1Char(' ')
            + (names.isEmpty() ? QCoreApplication::translate(
                   "AppRefusal", "No other app in the table is known to grant these permissions.")
                               : QCoreApplication::translate(
                                   "AppRefusal", "Apps that work and grant these permissions: %1.")
                                     .arg(names.join(QStringLiteral(", "))));
    }
    error.message = message;
}

} // namespace vkauth::AppRefusal
