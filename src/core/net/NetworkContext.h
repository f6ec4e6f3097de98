// SPDX-License-Identifier: MIT
#pragma once

#include "net/Endpoints.h"
#include "net/UrlPolicy.h"

#include <QString>

class QNetworkAccessManager;

namespace vkauth {

struct Settings;

// How this process talks to VK: which endpoints, which API version, how long a request may take.
// Made once from Settings by the app and by the CLI (fromSettings), handed to whatever makes requests
// (VkApi, TokenChecker, the sign-in flows); nobody builds their own with their own timeout. The
// VKAUTH_*_URL environment overrides still win over the domain setting (Endpoints::fromEnvironment).
// A plain value; the proxy is the process's (Settings::applyNetworkProxy, called by fromSettings).
struct NetworkContext
{
    // The one API version and the one default request timeout of the code base.
    static constexpr const char *kApiVersion = "5.199";
    static constexpr int kDefaultTimeoutMs = 30000;

    Endpoints endpoints = Endpoints::fromEnvironment();
    QString apiVersion = QString::fromLatin1(kApiVersion);
    int timeoutMs = kDefaultTimeoutMs;

    // The settings' domain (unless VKAUTH_*_URL say otherwise) and timeout; applies their proxy.
    static NetworkContext fromSettings(const Settings &settings);

    UrlPolicy policy() const { return UrlPolicy::fromEndpoints(endpoints); }

    // The process's one QNetworkAccessManager (made on first use, owned by the application object).
    static QNetworkAccessManager *network();
};

} // namespace vkauth
