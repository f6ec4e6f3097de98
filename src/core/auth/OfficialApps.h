#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace vkauth {

// Client credentials of VK's own apps (public, see PROTOCOL.md). Direct login works only with these.
struct AppCredentials
{
    QString key; // "android", "windows", ... or "custom"
    QString displayName; // "VK for Android"
    QString clientId;
    QString clientSecret; // empty for browser-only apps
    QString userAgent; // required with some apps (Android), empty otherwise
    bool directLogin = true;

    static const QList<AppCredentials> &official(); // the six direct-login apps
    static const QList<AppCredentials> &browserApps(); // Kate Mobile, VK Admin
    static std::optional<AppCredentials> byKey(const QString &key); // either list
    static AppCredentials custom(const QString &clientId, const QString &clientSecret);
};

} // namespace vkauth
