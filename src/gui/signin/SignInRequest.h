#pragma once

#include "auth/OfficialApps.h"
#include "net/NetworkContext.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace vkauth::gui {

// What the sign-in dialog collected: everything a flow needs. Lives in memory only (it holds the
// password); nothing of it is written to settings.
struct SignInRequest
{
    enum class Method { Password, BrowserUser, BrowserCommunity, VerificationLink };

    Method method = Method::Password;
    AppCredentials app;
    QString login;
    QString phone;
    QString password; // secret
    quint32 scope = 0;
    QString apiVersion = QString::fromLatin1(NetworkContext::kApiVersion);
    QList<qint64> groupIds;
    QUrl verificationLink;
    int timeoutMs = NetworkContext::kDefaultTimeoutMs;
    QList<QPair<QByteArray, QByteArray>> headers; // a User-Agent from the form comes first
    VkDomain domain = VkDomain::VkRu;
    // A password sign-in again as this kept profile: its trusted hash (read from the keychain when the
    // sign-in starts, never held here) lets VK skip two-factor. Empty: none.
    QString trustedProfileId;

    Endpoints endpoints() const { return Endpoints::fromEnvironment(domain); }
};

} // namespace vkauth::gui
