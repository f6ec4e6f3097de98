// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace vkauth {

struct Endpoints;

// Which addresses the app may fetch, post to or open: one rule for every request, redirect, form
// action, link, image and pasted URL (issue 13). Pure and cheap to copy; no QObject.
// - https only; plain http only to a loopback host, and only when a configured endpoint is a
//   loopback http:// address (the tests' fake VK);
// - hosts: VK's (vk.ru and vk.com with their m./id./login./oauth./api. names), or — when any
//   endpoint is overridden (a VKAUTH_*_URL, a setting) — exactly the overridden endpoints' hosts plus
//   those listed in VKAUTH_EXTRA_HOSTS (comma- or space-separated), so tests can never reach VK.
// Catch rules (blank.html) are the callers' business and are checked before the policy.
class UrlPolicy
{
public:
    // VK's hosts, https only.
    UrlPolicy();
    static UrlPolicy fromEndpoints(const Endpoints &endpoints);
    // fromEndpoints(Endpoints::fromEnvironment()).
    static UrlPolicy fromEnvironment();

    // True when the URL may be used; otherwise *why (if given) says why, naming the host.
    bool allows(const QUrl &url, QString *why = nullptr) const;
    QStringList allowedHosts() const { return m_hosts; }
    bool allowsLoopbackHttp() const { return m_loopbackHttp; }

    static QStringList vkHosts();

private:
    QStringList m_hosts; // lower case, ASCII (punycode) form
    bool m_loopbackHttp = false;
};

} // namespace vkauth
