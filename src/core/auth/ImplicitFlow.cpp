// SPDX-License-Identifier: MIT
#include "auth/ImplicitFlow.h"

#include "auth/AppRefusal.h"
#include "net/HttpSession.h"
#include "net/OAuthRedirect.h"
#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace vkauth::ImplicitFlow {

namespace {

AuthOutcome errorOutcome(const OAuthRedirect &answer)
{
    const AuthErrorCode code = answer.value(QStringLiteral("error")) == u"access_denied"
        ? AuthErrorCode::AccessDenied
        : AuthErrorCode::AuthorizationFailed;
    AuthError error = AuthError::make(code, answer.errorText()); // VK's words are kept, never a secret
    error.reason = AppRefusal::reason(
        answer.value(QStringLiteral("error")), answer.value(QStringLiteral("error_description")));
    return AuthOutcome::failure(error);
}

ObtainedToken baseToken(const ImplicitFlowOptions &options, qint64 expiresIn)
{
    ObtainedToken token;
    token.expiresIn = expiresIn;
    token.obtainedAt = QDateTime::currentDateTimeUtc();
    token.scope = options.scope;
    token.app = options.app;
    token.app.clientSecret.clear();
    return token;
}

AuthOutcome userOutcome(const OAuthRedirect &answer, const ImplicitFlowOptions &options, qint64 expiresIn)
{
    bool idOk = false;
    const qint64 userId = answer.value(QStringLiteral("user_id")).toLongLong(&idOk);
    const QString accessToken = answer.value(QStringLiteral("access_token"));
    if (accessToken.isEmpty() || !idOk || userId <= 0) {
        return AuthOutcome::failure(AuthErrorCode::BadResponse,
            QCoreApplication::translate("ImplicitFlow", "The redirect carries no user token or user id."));
    }
    ObtainedToken token = baseToken(options, expiresIn);
    token.kind = TokenKind::User;
    token.vkId = userId;
    token.token = accessToken;
    token.email = answer.value(QStringLiteral("email"));
    return AuthOutcome {std::nullopt, {token}};
}

AuthOutcome communityOutcome(
    const OAuthRedirect &answer, const ImplicitFlowOptions &options, qint64 expiresIn)
{
    static const QRegularExpression key(QStringLiteral("^access_token_(\\d+)$"));
    QList<ObtainedToken> tokens;
    for (const QString &name : answer.keys()) {
        const auto match = key.match(name);
        bool idOk = false;
        const qint64 groupId = match.hasMatch() ? match.captured(1).toLongLong(&idOk) : 0;
        const QString accessToken = answer.value(name);
        if (!idOk || groupId <= 0 || accessToken.isEmpty())
            continue;
        ObtainedToken token = baseToken(options, expiresIn);
        token.kind = TokenKind::Community;
        token.vkId = groupId;
        token.token = accessToken;
        tokens << token;
    }
    // Keep the order the user asked for; VK's order is its own.
    std::stable_sort(tokens.begin(), tokens.end(), [&](const ObtainedToken &a, const ObtainedToken &b) {
        const auto rank = [&](qint64 id) {
            const qsizetype i = options.groupIds.indexOf(id);
            return i < 0 ? options.groupIds.size() : i;
        };
        return rank(a.vkId) < rank(b.vkId);
    });
    if (tokens.isEmpty()) {
        return AuthOutcome::failure(AuthErrorCode::BadResponse,
            QCoreApplication::translate("ImplicitFlow", "The redirect carries no community token."));
    }
    return AuthOutcome {std::nullopt, tokens};
}

} // namespace

QString newState()
{
    quint32 words[8]; // 256 bits
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrl authorizeUrl(const ImplicitFlowOptions &options)
{
    QList<QPair<QString, QString>> items {
        {QStringLiteral("client_id"), options.app.clientId},
        {QStringLiteral("redirect_uri"), options.endpoints.blankPage().toString(QUrl::FullyEncoded)},
        {QStringLiteral("response_type"), QStringLiteral("token")},
        {QStringLiteral("display"), QStringLiteral("page")},
        {QStringLiteral("v"), options.apiVersion},
        {QStringLiteral("scope"), QString::number(options.scope)},
    };
    if (!options.groupIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : options.groupIds)
            ids << QString::number(id);
        items.append({QStringLiteral("group_ids"), ids.join(u',')});
    }
    if (options.revoke)
        items.append({QStringLiteral("revoke"), QStringLiteral("1")});
    if (!options.state.isEmpty())
        items.append({QStringLiteral("state"), options.state});

    QUrl url = options.endpoints.oauthUrl(QStringLiteral("/authorize"));
    url.setQuery(QString::fromLatin1(HttpSession::formEncode(items)), QUrl::StrictMode);
    return url;
}

bool isFinalRedirect(const QUrl &url, const ImplicitFlowOptions &options)
{
    return options.endpoints.isBlankPage(url);
}

AuthOutcome parseRedirect(const QUrl &url, const ImplicitFlowOptions &options)
{
    if (!isFinalRedirect(url, options)) {
        return AuthOutcome::failure(AuthErrorCode::BadResponse,
            QCoreApplication::translate("ImplicitFlow", "The page is not VK's final redirect."));
    }
    // A pasted or caught address passes the same policy as every fetched one (after the catch rule).
    if (QString why; !UrlPolicy::fromEndpoints(options.endpoints).allows(url, &why))
        return AuthOutcome::failure(AuthErrorCode::InvalidInput, why);
    const OAuthRedirect answer(url);
    // A state we sent must come back, equal, on every answer (errors too): an answer without it may
    // be one an attacker started (login CSRF).
    if (!options.state.isEmpty()) {
        if (!answer.has(QStringLiteral("state"))) {
            return AuthOutcome::failure(AuthErrorCode::AuthorizationFailed,
                QCoreApplication::translate(
                    "ImplicitFlow", "The answer does not carry this sign-in's state; it was refused."));
        }
        if (answer.value(QStringLiteral("state")) != options.state) {
            return AuthOutcome::failure(AuthErrorCode::AuthorizationFailed,
                QCoreApplication::translate(
                    "ImplicitFlow", "The answer belongs to another sign-in (state mismatch)."));
        }
    }
    if (answer.has(QStringLiteral("error")))
        return errorOutcome(answer);

    bool expiresOk = false;
    qint64 expiresIn = answer.value(QStringLiteral("expires_in")).toLongLong(&expiresOk);
    if (!expiresOk || expiresIn < 0)
        expiresIn = 0;
    return options.groupIds.isEmpty() ? userOutcome(answer, options, expiresIn)
                                      : communityOutcome(answer, options, expiresIn);
}

} // namespace vkauth::ImplicitFlow
