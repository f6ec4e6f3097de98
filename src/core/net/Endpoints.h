// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace vkauth {

enum class VkDomain { VkRu, VkCom };

// The base URLs a client talks to (VK's four, and VK ID's id host). Defaults follow the domain setting; each
// can be overridden (settings, or the VKAUTH_*_URL environment variables) so tests and mirrors can point them
// anywhere.
struct Endpoints
{
    QUrl oauth; // /token, /authorize, /blank.html
    QUrl login; // login form POST target
    QUrl site; // /login?act=...
    QUrl api; // /method/NAME
    QUrl id = {}; // VK ID: /authorize, /oauth2/auth, ... (empty: none; tests that build the four)

    static Endpoints forDomain(VkDomain domain);
    // Domain defaults, then VKAUTH_OAUTH_URL / VKAUTH_LOGIN_URL / VKAUTH_SITE_URL / VKAUTH_API_URL /
    // VKAUTH_ID_URL (VK ID; default id.vk.ru or id.vk.com).
    static Endpoints fromEnvironment(VkDomain domain = VkDomain::VkRu);

    // An error message when a base URL is unusable: not http(s), or http:// to a non-loopback host.
    std::optional<QString> validate() const;

    QUrl oauthUrl(const QString &path) const { return join(oauth, path); }
    QUrl idUrl(const QString &path) const { return join(id, path); }
    QUrl apiMethod(const QString &method) const { return join(api, QStringLiteral("/method/") + method); }
    QUrl blankPage() const { return join(oauth, QStringLiteral("/blank.html")); }

    // True for blank.html on oauth.vk.ru, oauth.vk.com or the configured OAuth base.
    bool isBlankPage(const QUrl &url) const;

    static bool isLoopbackHost(const QString &host);
    static QString domainName(VkDomain domain);

private:
    static QUrl join(const QUrl &base, const QString &path);
};

} // namespace vkauth
