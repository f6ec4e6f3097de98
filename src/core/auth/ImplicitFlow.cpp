#include "auth/ImplicitFlow.h"

#include "net/Redact.h"
#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace vkauth::ImplicitFlow {

namespace {

// The answer sits in the fragment; some failures come back in the query instead.
QUrlQuery answerOf(const QUrl &url)
{
    if (url.hasFragment())
        return QUrlQuery(url.fragment(QUrl::FullyEncoded));
    return QUrlQuery(url.query(QUrl::FullyEncoded));
}

QString value(const QUrlQuery &query, const QString &key)
{
    // VK encodes spaces in error_description as '+', which QUrlQuery leaves alone.
    QString raw = query.queryItemValue(key, QUrl::FullyEncoded);
    raw.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

AuthOutcome errorOutcome(const QUrlQuery &query)
{
    const QString error = value(query, QStringLiteral("error"));
    const QString description = value(query, QStringLiteral("error_description"));
    const QString details = description.isEmpty() ? error : QStringLiteral("%1: %2").arg(error, description);
    const AuthErrorCode code
        = error == u"access_denied" ? AuthErrorCode::AccessDenied : AuthErrorCode::AuthorizationFailed;
    return AuthOutcome::failure(code, Redact::text(details)); // VK's words are kept, never a secret
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

AuthOutcome userOutcome(const QUrlQuery &query, const ImplicitFlowOptions &options, qint64 expiresIn)
{
    bool idOk = false;
    const qint64 userId = value(query, QStringLiteral("user_id")).toLongLong(&idOk);
    const QString accessToken = value(query, QStringLiteral("access_token"));
    if (accessToken.isEmpty() || !idOk || userId <= 0) {
        return AuthOutcome::failure(AuthErrorCode::BadResponse,
            QCoreApplication::translate("ImplicitFlow", "The redirect carries no user token or user id."));
    }
    ObtainedToken token = baseToken(options, expiresIn);
    token.kind = TokenKind::User;
    token.vkId = userId;
    token.token = accessToken;
    token.email = value(query, QStringLiteral("email"));
    return AuthOutcome {std::nullopt, {token}};
}

AuthOutcome communityOutcome(const QUrlQuery &query, const ImplicitFlowOptions &options, qint64 expiresIn)
{
    static const QRegularExpression key(QStringLiteral("^access_token_(\\d+)$"));
    QList<ObtainedToken> tokens;
    for (const auto &[name, unused] : query.queryItems(QUrl::FullyEncoded)) {
        const auto match = key.match(name);
        bool idOk = false;
        const qint64 groupId = match.hasMatch() ? match.captured(1).toLongLong(&idOk) : 0;
        const QString accessToken = value(query, name);
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

    QStringList encoded;
    for (const auto &[key, val] : items)
        encoded << key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(val));
    QUrl url = options.endpoints.oauthUrl(QStringLiteral("/authorize"));
    url.setQuery(encoded.join(u'&'), QUrl::StrictMode);
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
    const QUrlQuery query = answerOf(url);
    // A state we sent must come back, equal, on every answer (errors too): an answer without it may
    // be one an attacker started (login CSRF).
    if (!options.state.isEmpty()) {
        if (!query.hasQueryItem(QStringLiteral("state"))) {
            return AuthOutcome::failure(AuthErrorCode::AuthorizationFailed,
                QCoreApplication::translate(
                    "ImplicitFlow", "The answer does not carry this sign-in's state; it was refused."));
        }
        if (value(query, QStringLiteral("state")) != options.state) {
            return AuthOutcome::failure(AuthErrorCode::AuthorizationFailed,
                QCoreApplication::translate(
                    "ImplicitFlow", "The answer belongs to another sign-in (state mismatch)."));
        }
    }
    if (query.hasQueryItem(QStringLiteral("error")))
        return errorOutcome(query);

    bool expiresOk = false;
    qint64 expiresIn = value(query, QStringLiteral("expires_in")).toLongLong(&expiresOk);
    if (!expiresOk || expiresIn < 0)
        expiresIn = 0;
    return options.groupIds.isEmpty() ? userOutcome(query, options, expiresIn)
                                      : communityOutcome(query, options, expiresIn);
}

} // namespace vkauth::ImplicitFlow
