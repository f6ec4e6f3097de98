// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace vkauth {

// How VK treats an app today (resources/apps.json, docs/apps.md).
enum class AppStatus { Works, Blocked, Disabled };

// Client credentials of an app: VK's own (public, see PROTOCOL.md; direct login works only with
// these) and the browser-flow apps people use. The table is data: resources/apps.json, merged with
// the user's <config>/apps.json (AppTable), loaded once per process.
struct AppCredentials
{
    QString key; // "android", "windows", ... or "custom"
    QString displayName; // "VK for Android" (translated for built-in names; an override's as written)
    QString clientId;
    QString clientSecret; // empty for browser-only apps
    QString userAgent; // required with some apps (Android), empty otherwise
    bool directLogin = true; // flows: "direct"
    bool browserLogin = true; // flows: "browser"
    quint32 userScopes = 0; // user permissions known to work with it (0: unknown)
    AppStatus status = AppStatus::Works;
    QString since; // YYYY-MM the status was first seen, or empty
    QString note; // for people (translated for built-in notes; an override's as written)
    QString source; // where the status comes from (an issue URL, a thread)

    bool works() const { return status == AppStatus::Works; }
    // The status as a stable word ("works", "blocked", "disabled") and as text for people.
    static QString statusName(AppStatus status);
    static QString statusText(AppStatus status);
    static std::optional<AppStatus> statusFromName(const QString &name);

    static const QList<AppCredentials> &official(); // the direct-login apps
    static const QList<AppCredentials> &browserApps(); // the browser-only apps (Kate Mobile, VK Admin)
    static std::optional<AppCredentials> byKey(const QString &key); // either list
    static std::optional<AppCredentials> byClientId(const QString &clientId); // either list
    static AppCredentials custom(const QString &clientId, const QString &clientSecret);
};

} // namespace vkauth
