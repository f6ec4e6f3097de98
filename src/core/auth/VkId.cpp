// SPDX-License-Identifier: MIT
#include "auth/VkId.h"

#include "net/HttpSession.h"
#include "net/OAuthRedirect.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace vkauth {

namespace {

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

Pkce Pkce::generate()
{
    quint32 words[12]; // 384 bits → 64 base64url characters
    QRandomGenerator::system()->fillRange(words);
    Pkce pkce;
    pkce.verifier = base64Url(QByteArray(reinterpret_cast<const char *>(words), sizeof words));
    pkce.challenge = challengeOf(pkce.verifier);
    return pkce;
}

QString Pkce::challengeOf(const QString &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

bool Pkce::isValidVerifier(const QString &verifier)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z0-9_-]{43,128}$"));
    return rule.match(verifier).hasMatch();
}

namespace VkId {

QUrl authorizeUrl(
    const Endpoints &endpoints, const VkIdApp &app, const QString &state, const QString &challenge)
{
    const QList<QPair<QString, QString>> items {
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), app.clientId},
        {QStringLiteral("redirect_uri"), app.redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("state"), state},
        {QStringLiteral("code_challenge"), challenge},
        {QStringLiteral("code_challenge_method"), QStringLiteral("s256")},
        {QStringLiteral("scope"), app.scopes.join(u' ')},
    };
    QUrl url = endpoints.idUrl(QStringLiteral("/authorize"));
    url.setQuery(QString::fromLatin1(HttpSession::formEncode(items)), QUrl::StrictMode);
    return url;
}

bool isRedirect(const QUrl &url, const VkIdApp &app)
{
    const QUrl &r = app.redirectUri;
    const QString path = r.path().isEmpty() ? QStringLiteral("/") : r.path();
    const QString got = url.path().isEmpty() ? QStringLiteral("/") : url.path();
    return url.scheme() == r.scheme() && url.host().compare(r.host(), Qt::CaseInsensitive) == 0
        && url.port(-1) == r.port(-1) && got == path;
}

Redirect parseRedirect(const QUrl &url, const VkIdApp &app, const QString &state)
{
    const auto failure = [](AuthErrorCode code, const QString &message) {
        AuthError error = AuthError::make(code);
        error.message = message;
        return Redirect {{}, {}, error};
    };
    if (!isRedirect(url, app))
        return failure(AuthErrorCode::BadResponse,
            QCoreApplication::translate("VkId", "The address is not the app's redirect URL."));
    const OAuthRedirect answer(url);
    // A state that does not come back, equal, may be an answer someone else started (login CSRF).
    if (!answer.has(QStringLiteral("state")))
        return failure(AuthErrorCode::AuthorizationFailed,
            QCoreApplication::translate(
                "VkId", "The answer does not carry this sign-in's state; it was refused."));
    if (answer.value(QStringLiteral("state")) != state)
        return failure(AuthErrorCode::AuthorizationFailed,
            QCoreApplication::translate("VkId", "The answer belongs to another sign-in (state mismatch)."));
    if (answer.has(QStringLiteral("error"))) {
        const bool denied = answer.value(QStringLiteral("error")) == u"access_denied";
        AuthError error = AuthError::make(
            denied ? AuthErrorCode::AccessDenied : AuthErrorCode::AuthorizationFailed, answer.errorText());
        return Redirect {{}, {}, error};
    }
    Redirect redirect {answer.value(QStringLiteral("code")), answer.value(QStringLiteral("device_id")), {}};
    if (redirect.code.isEmpty() || redirect.deviceId.isEmpty())
        return failure(AuthErrorCode::BadResponse,
            QCoreApplication::translate("VkId", "The answer carries no code or device id."));
    return redirect;
}

std::optional<AuthError> replyError(const QJsonObject &reply)
{
    const QString error = reply.value(QStringLiteral("error")).toString();
    if (error.isEmpty())
        return std::nullopt;
    const QString description = reply.value(QStringLiteral("error_description")).toString();
    const QString words = description.isEmpty() ? error : error + QStringLiteral(": ") + description;
    AuthError e = AuthError::make(AuthErrorCode::AuthorizationFailed, words);
    if (error == u"invalid_grant") {
        e.reason = kSignInAgain;
        e.message
            = QCoreApplication::translate("VkId", "VK ID no longer accepts this sign-in; sign in again.");
    }
    return e;
}

TokenAnswer readTokenReply(const HttpResponse &response, const QString &expectedState)
{
    if (response.error)
        return {response.error, {}};
    QJsonObject json;
    if (auto error = response.parseJsonObject(&json))
        return {error, {}};
    if (auto error = replyError(json))
        return {error, {}};
    if (json.contains(QStringLiteral("state"))
        && json.value(QStringLiteral("state")).toString() != expectedState) {
        AuthError error = AuthError::make(AuthErrorCode::AuthorizationFailed);
        error.message
            = QCoreApplication::translate("VkId", "The answer belongs to another sign-in (state mismatch).");
        return {error, {}};
    }
    VkIdTokens tokens;
    tokens.accessToken = json.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = json.value(QStringLiteral("refresh_token")).toString();
    tokens.idToken = json.value(QStringLiteral("id_token")).toString();
    tokens.expiresIn = json.value(QStringLiteral("expires_in")).toInteger();
    const QJsonValue user = json.value(QStringLiteral("user_id"));
    tokens.userId = user.isString() ? user.toString().toLongLong() : user.toInteger();
    tokens.scope = json.value(QStringLiteral("scope")).toString();
    if (tokens.accessToken.isEmpty() || tokens.refreshToken.isEmpty() || tokens.userId <= 0)
        return {AuthError::make(AuthErrorCode::BadResponse,
                    QCoreApplication::translate("VkId", "The answer carries no tokens or user id.")),
            {}};
    return {std::nullopt, tokens};
}

} // namespace VkId

} // namespace vkauth
