// SPDX-License-Identifier: MIT
#pragma once

#include "auth/OfficialApps.h"
#include "auth/VkId.h"
#include "net/NetworkContext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace vkauth {

using HttpHeader = QPair<QByteArray, QByteArray>;

// One thing wrong with a sign-in request, named by the field that holds it: the form marks that
// field, the command line names its flag. message is for people (translated).
struct SignInProblem
{
    enum class Field {
        App,
        RedirectUri,
        AppSecret,
        Link,
        Login,
        Password,
        Phone,
        GroupIds,
        ApiVersion,
        Timeout,
        Headers,
        Domain
    };
    Field field = Field::App;
    QString message;
};

// What a front collected for one sign-in (the desktop form, or vkauth-cli's flags): everything a flow
// needs. Lives in memory only (it holds the password); nothing of it is written to settings.
// Both fronts build one, check it with validate() and hand it to SignIn.
struct SignInRequest
{
    Q_DECLARE_TR_FUNCTIONS(vkauth::SignInRequest)
public:
    enum class Method { Password, BrowserUser, BrowserCommunity, VerificationLink, VkId };

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
    QList<HttpHeader> headers; // a User-Agent from the form comes first
    VkDomain domain = VkDomain::VkRu;
    // A password sign-in again as this kept profile: its trusted hash (read from the keychain when the
    // sign-in starts, never held here) lets VK skip two-factor, if SignIn's rule lets it. Empty: none.
    QString trustedProfileId;
    // Method::VkId: the person's own VK ID app (client id, redirect URL, VK ID's scope names), and
    // where its page opens: the app's window (the redirect caught in the view), or the system browser
    // with a listener on 127.0.0.1 (RFC 8252; the redirect URL must then be a loopback http one).
    VkIdApp vkIdApp;
    bool systemBrowser = false;

    Endpoints endpoints() const { return Endpoints::fromEnvironment(domain); }

    // The one set of rules both fronts use. Empty: the request can run. The password is checked only
    // when checkPassword is set (the CLI reads it after the other flags were checked).
    QList<SignInProblem> validate(bool checkPassword = true) const;
    // The words validate() uses for a field (Domain: what is wrong with the environment's endpoints),
    // for a front that finds the problem while reading what was typed.
    static QString describe(SignInProblem::Field field);

    // What people type, read the same in the form and on the command line.
    // Community ids: "12345, club2; -3 public4" (commas, semicolons or spaces; duplicates dropped).
    // nullopt when a word is not a community id, or there is none.
    static std::optional<QList<qint64>> parseGroupIds(const QString &text);
    // One "Name: value" header line; nullopt when the name is not an HTTP token.
    static std::optional<HttpHeader> parseHeader(const QString &line);
    // A phone number as people write it: digits, spaces, ( ) - and a leading +.
    static bool isPhone(const QString &text);
    // A VK ID redirect URL: http(s) with a host; loopbackOnly (the system browser's listener): http to
    // 127.0.0.1, ::1 or localhost.
    static bool isRedirectUri(const QUrl &url, bool loopbackOnly);
    // An app id: a positive number of up to 12 digits.
    static bool isAppId(const QString &text);
};

} // namespace vkauth
