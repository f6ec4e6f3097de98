// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthResult.h"
#include "auth/OfficialApps.h"
#include "net/NetworkContext.h"

#include <QList>
#include <QUrl>

namespace vkauth {

struct ImplicitFlowOptions
{
    AppCredentials app; // only clientId is used
    QList<qint64> groupIds; // empty: a user token; otherwise one token per community
    quint32 scope = 0; // user mask, or community mask when groupIds is set
    QString apiVersion = QString::fromLatin1(NetworkContext::kApiVersion);
    bool revoke = true; // ask again even if granted before
    QString state; // newState(); when set, the answer must carry it, equal
    Endpoints endpoints = Endpoints::fromEnvironment();
};

// The browser half is the front's (a web view, or a URL the user opens); this is the rest:
// the /authorize URL, and the blank.html redirect read into tokens or an error.
namespace ImplicitFlow {
// A fresh state for one sign-in: 256 bits from the system's generator, 43 URL-safe characters.
// The one generator both fronts use.
QString newState();
QUrl authorizeUrl(const ImplicitFlowOptions &options);
bool isFinalRedirect(const QUrl &url, const ImplicitFlowOptions &options); // blank.html on any VK domain
AuthOutcome parseRedirect(const QUrl &url, const ImplicitFlowOptions &options);
} // namespace ImplicitFlow

} // namespace vkauth
