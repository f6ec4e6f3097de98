// SPDX-License-Identifier: MIT
// VK ID on the fake's id host: the authorize page, the code and refresh grants with PKCE and refresh
// token rotation, user_info, revoke and logout (FakeVkId.h).

#include "FakeVkId.h"

#include "FakeVk.h"
#include "FakeVkPrivate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace fakevk {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Reply oauthError(const QString &error, const QString &description, int status = 400)
{
    return Reply::json(
        {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}}, status);
}

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrl withQuery(QUrl url, const QList<QPair<QString, QString>> &items)
{
    QUrlQuery query(url);
    for (const auto &[key, value] : items)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

const QRegularExpression &verifierRule()
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z0-9_-]{43,128}$"));
    return rule;
}

} // namespace

FakeVkId::FakeVkId(FakeVk *fake)
    : m_fake(fake)
{
}

void FakeVkId::registerClient(const QString &clientId, const QStringList &redirectUris)
{
    m_clients.insert(clientId, Client {redirectUris});
}

void FakeVkId::setAutoApprove(qint64 userId)
{
    m_autoApprove = userId;
}

void FakeVkId::setAccessLifetime(qint64 seconds)
{
    m_accessLifetime = seconds;
}

void FakeVkId::setRefreshLifetime(qint64 seconds)
{
    m_refreshLifetime = seconds;
}

void FakeVkId::clear()
{
    m_clients.clear();
    m_pending.clear();
    m_codes.clear();
    m_families.clear();
    m_refreshFamily.clear();
    m_autoApprove = 0;
    m_accessLifetime = 3600;
    m_refreshLifetime = 180 * 24 * 3600;
    m_refreshes = 0;
    m_revokedFamilies = 0;
}

FakeVkId::Issued FakeVkId::issue(qint64 userId, const QString &clientId, const QStringList &scopes)
{
    Family family;
    family.userId = userId;
    family.clientId = clientId;
    family.deviceId = FakeVk::Private::randomHex(16);
    family.scopes = scopes;
    m_families.append(family);
    const Reply reply = tokens(int(m_families.size() - 1), {});
    const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
    return Issued {json.value(QStringLiteral("access_token")).toString(),
        json.value(QStringLiteral("refresh_token")).toString(), family.deviceId};
}

bool FakeVkId::familyAlive(const QString &refreshToken) const
{
    const auto it = m_refreshFamily.constFind(refreshToken);
    return it != m_refreshFamily.constEnd() && !m_families.at(*it).revoked;
}

bool FakeVkId::handles(const Request &request) const
{
    if (request.path.startsWith(QLatin1String("/oauth2/")) || request.path == QLatin1String("/vkid/login"))
        return true;
    return request.path == QLatin1String("/authorize")
        && request.param(QStringLiteral("response_type")) == QLatin1String("code");
}

Reply FakeVkId::dispatch(const Request &request)
{
    const QString &path = request.path;
    if (path == QLatin1String("/authorize"))
        return authorize(request);
    if (path == QLatin1String("/vkid/login"))
        return login(request);
    if (request.method != "POST")
        return oauthError(QStringLiteral("invalid_request"), QStringLiteral("method must be POST"));
    if (path == QLatin1String("/oauth2/auth"))
        return token(request);
    if (path == QLatin1String("/oauth2/user_info"))
        return userInfo(request);
    if (path == QLatin1String("/oauth2/revoke"))
        return revoke(request, true);
    if (path == QLatin1String("/oauth2/logout"))
        return revoke(request, false);
    return Reply::html(QStringLiteral("<html><body><h1>404 Not Found</h1></body></html>"), 404);
}

Reply FakeVkId::authorize(const Request &request)
{
    const QString clientId = request.param(QStringLiteral("client_id"));
    if (!m_clients.contains(clientId))
        return oauthError(QStringLiteral("invalid_client"), QStringLiteral("client_id is invalid"), 401);
    const QString redirect = request.param(QStringLiteral("redirect_uri"));
    if (!m_clients.value(clientId).redirectUris.contains(redirect))
        return oauthError(
            QStringLiteral("invalid_request"), QStringLiteral("redirect_uri is missing or invalid"));
    const QString challenge = request.param(QStringLiteral("code_challenge"));
    if (request.param(QStringLiteral("code_challenge_method")).toLower() != QLatin1String("s256")
        || challenge.size() != 43)
        return oauthError(
            QStringLiteral("invalid_request"), QStringLiteral("code_challenge is missing or invalid"));
    Authorization auth {clientId, QUrl(redirect), request.param(QStringLiteral("state")), challenge,
        request.param(QStringLiteral("scope")).split(u' ', Qt::SkipEmptyParts)};
    if (m_autoApprove != 0 && m_fake->account(m_autoApprove))
        return approve(auth, m_autoApprove);
    const QString session = FakeVk::Private::randomHex(12);
    m_pending.insert(session, auth);
    return formPage(session, {});
}

Reply FakeVkId::formPage(const QString &session, const QString &error) const
{
    const QString action
        = FakeVk::Private::join(m_fake->idBase(), QStringLiteral("/vkid/login")).toString(QUrl::FullyEncoded);
    const QString errorBox = error.isEmpty()
        ? QString()
        : QStringLiteral("<div class=\"box_error\">%1</div>\n").arg(error.toHtmlEscaped());
    return Reply::html(QStringLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>VK ID</title>"
        "<meta name=\"viewport\" content=\"width=device-width\"></head>\n"
        "<body><div id=\"content\">\n%1"
        "<form method=\"post\" action=\"%2\" id=\"vkid_form\">\n"
        "<input type=\"hidden\" name=\"session\" value=\"%3\">\n"
        "<label>Phone or email <input type=\"text\" name=\"login\" id=\"login\"></label>\n"
        "<label>Password <input type=\"password\" name=\"password\" id=\"password\"></label>\n"
        "<button type=\"submit\" name=\"action\" value=\"allow\" id=\"vkid_allow\">Sign in "
        "and allow</button>\n"
        "<button type=\"submit\" name=\"action\" value=\"deny\" id=\"vkid_deny\">Cancel</button>\n"
        "</form>\n</div></body></html>\n")
                           .arg(errorBox, action.toHtmlEscaped(), session));
}

Reply FakeVkId::login(const Request &request)
{
    const QString session = request.param(QStringLiteral("session"));
    if (!m_pending.contains(session))
        return oauthError(QStringLiteral("invalid_request"), QStringLiteral("session is expired"));
    const Authorization auth = m_pending.value(session);
    if (request.param(QStringLiteral("action")) == QLatin1String("deny")) {
        m_pending.remove(session);
        return Reply::redirect(withQuery(auth.redirectUri,
            {{QStringLiteral("error"), QStringLiteral("access_denied")},
                {QStringLiteral("error_description"), QStringLiteral("User denied access")},
                {QStringLiteral("state"), auth.state}}));
    }
    const Account *account = m_fake->d->findByLogin(request.param(QStringLiteral("login")));
    if (!account || account->password != request.param(QStringLiteral("password")))
        return formPage(session, QStringLiteral("Wrong login or password."));
    m_pending.remove(session);
    return approve(auth, account->userId);
}

Reply FakeVkId::approve(const Authorization &auth, qint64 userId)
{
    Code code {auth, userId, FakeVk::Private::randomHex(16), now() + 600 * 1000};
    const QString value = QStringLiteral("vk2.a.") + FakeVk::Private::randomHex(24);
    m_codes.insert(value, code);
    return Reply::redirect(withQuery(auth.redirectUri,
        {{QStringLiteral("code"), value}, {QStringLiteral("state"), auth.state},
            {QStringLiteral("device_id"), code.deviceId}, {QStringLiteral("type"), QStringLiteral("code_v2")},
            {QStringLiteral("expires_in"), QStringLiteral("600")}}));
}

Reply FakeVkId::token(const Request &request)
{
    const QString clientId = request.param(QStringLiteral("client_id"));
    if (!m_clients.contains(clientId))
        return oauthError(QStringLiteral("invalid_client"), QStringLiteral("client_id is invalid"), 401);
    const QString grant = request.param(QStringLiteral("grant_type"));
    if (grant == QLatin1String("authorization_code"))
        return codeGrant(request);
    if (grant == QLatin1String("refresh_token"))
        return refreshGrant(request);
    return oauthError(
        QStringLiteral("unsupported_grant_type"), QStringLiteral("grant_type is not supported"));
}

Reply FakeVkId::codeGrant(const Request &request)
{
    const QString value = request.param(QStringLiteral("code"));
    const auto it = m_codes.constFind(value);
    if (it == m_codes.constEnd() || it->expiresAt <= now())
        return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("code is invalid or expired"));
    const Code code = *it;
    m_codes.remove(value); // single use, whatever comes next
    if (code.auth.clientId != request.param(QStringLiteral("client_id"))
        || code.auth.redirectUri.toString() != request.param(QStringLiteral("redirect_uri")))
        return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("redirect_uri is invalid"));
    if (code.deviceId != request.param(QStringLiteral("device_id")))
        return oauthError(QStringLiteral("invalid_request"), QStringLiteral("device_id is invalid"));
    const QString verifier = request.param(QStringLiteral("code_verifier"));
    if (!verifierRule().match(verifier).hasMatch()
        || base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256))
            != code.auth.challenge)
        return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("code_verifier is invalid"));
    Family family;
    family.userId = code.userId;
    family.clientId = code.auth.clientId;
    family.deviceId = code.deviceId;
    family.scopes
        = code.auth.scopes.isEmpty() ? QStringList {QStringLiteral("vkid.personal_info")} : code.auth.scopes;
    m_families.append(family);
    return tokens(int(m_families.size() - 1), request.param(QStringLiteral("state")));
}

Reply FakeVkId::refreshGrant(const Request &request)
{
    const QString refresh = request.param(QStringLiteral("refresh_token"));
    const auto it = m_refreshFamily.constFind(refresh);
    if (it == m_refreshFamily.constEnd())
        return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("refresh_token is invalid"));
    const int index = *it;
    Family &family = m_families[index];
    if (family.revoked || family.refreshExpiresAt <= now())
        return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("refresh_token is expired"));
    if (family.current != refresh) {
        kill(index); // a rotated-out token came back: someone holds a copy, the whole family dies
        return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("refresh_token is already used"));
    }
    if (family.clientId != request.param(QStringLiteral("client_id"))
        || family.deviceId != request.param(QStringLiteral("device_id")))
        return oauthError(QStringLiteral("invalid_request"), QStringLiteral("device_id is invalid"));
    ++m_refreshes;
    return tokens(index, request.param(QStringLiteral("state")));
}

Reply FakeVkId::tokens(int index, const QString &state)
{
    Family &family = m_families[index];
    const QString access = m_fake->issueUserToken(family.userId, 0, m_accessLifetime);
    family.accessTokens << access;
    family.current = QStringLiteral("vk2.a.") + FakeVk::Private::randomHex(32);
    family.refreshExpiresAt = now() + m_refreshLifetime * 1000;
    m_refreshFamily.insert(family.current, index);
    const QString idToken = base64Url(R"({"alg":"RS256","typ":"JWT"})") + u'.'
        + base64Url(QStringLiteral(R"({"iss":"VK","sub":%1,"app":%2})")
                        .arg(family.userId)
                        .arg(family.clientId)
                        .toUtf8())
        + u'.' + FakeVk::Private::randomHex(32);
    QJsonObject json {{QStringLiteral("refresh_token"), family.current},
        {QStringLiteral("access_token"), access}, {QStringLiteral("id_token"), idToken},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), m_accessLifetime}, {QStringLiteral("user_id"), family.userId},
        {QStringLiteral("scope"), family.scopes.join(u' ')}};
    if (!state.isEmpty())
        json.insert(QStringLiteral("state"), state);
    return Reply::json(json);
}

int FakeVkId::familyOfAccess(const QString &accessToken) const
{
    for (qsizetype i = 0; i < m_families.size(); ++i) {
        if (!m_families.at(i).revoked && m_families.at(i).accessTokens.contains(accessToken))
            return int(i);
    }
    return -1;
}

Reply FakeVkId::userInfo(const Request &request)
{
    const QString access = request.param(QStringLiteral("access_token"));
    const int index = familyOfAccess(access);
    const Account *account = index < 0 ? nullptr : m_fake->account(m_families.at(index).userId);
    if (!account || !m_fake->isValidToken(access))
        return oauthError(
            QStringLiteral("invalid_token"), QStringLiteral("access_token is missing or invalid"), 401);
    return Reply::json({{QStringLiteral("user"),
        QJsonObject {{QStringLiteral("user_id"), QString::number(account->userId)},
            {QStringLiteral("first_name"), account->firstName},
            {QStringLiteral("last_name"), account->lastName}, {QStringLiteral("avatar"), QString()},
            {QStringLiteral("email"), account->email}}}});
}

Reply FakeVkId::revoke(const Request &request, bool wholeFamily)
{
    const QString access = request.param(QStringLiteral("access_token"));
    const int index = familyOfAccess(access);
    if (index < 0 || !m_fake->isValidToken(access)
        || m_families.at(index).clientId != request.param(QStringLiteral("client_id")))
        return oauthError(
            QStringLiteral("invalid_token"), QStringLiteral("access_token is missing or invalid"), 401);
    if (wholeFamily)
        kill(index);
    else
        m_fake->revokeToken(access);
    return Reply::json({{QStringLiteral("response"), 1}});
}

void FakeVkId::kill(int index)
{
    Family &family = m_families[index];
    if (family.revoked)
        return;
    family.revoked = true;
    ++m_revokedFamilies;
    for (const QString &access : std::as_const(family.accessTokens))
        m_fake->revokeToken(access);
}

} // namespace fakevk
