// SPDX-License-Identifier: MIT
#include "auth/VkIdClient.h"

#include "auth/ImplicitFlow.h"
#include "net/HttpSession.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcVkId, "vkauth.vkid")

namespace vkauth {

VkIdClient::VkIdClient(const NetworkContext &network, const QString &clientId, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clientId(clientId)
    , m_http(new HttpSession(NetworkContext::network(), this))
{
    m_http->setTimeoutMs(network.timeoutMs);
    m_http->setMaxBytes(256 * 1024); // a token reply is a few kilobytes
    m_http->setMaxRedirects(0);
    m_http->setPolicy(network.policy());
}

VkIdClient::~VkIdClient() = default;

void VkIdClient::abortAll()
{
    m_http->abortAll();
}

void VkIdClient::postToId(const QString &path, const QList<QPair<QString, QString>> &fields,
    std::function<void(const HttpResponse &)> done)
{
    qCInfo(lcVkId) << "VK ID request" << path; // the step, never the values
    m_http->postForm(m_network.endpoints.idUrl(path), HttpSession::formEncode(fields), std::move(done));
}

void VkIdClient::exchangeCode(const QString &code, const QString &verifier, const QString &deviceId,
    const QUrl &redirectUri, const QString &state, TokensCallback done)
{
    postToId(QStringLiteral("/oauth2/auth"),
        {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")}, {QStringLiteral("code"), code},
            {QStringLiteral("code_verifier"), verifier}, {QStringLiteral("client_id"), m_clientId},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
            {QStringLiteral("state"), state}},
        [done, state](const HttpResponse &response) { done(VkId::readTokenReply(response, state)); });
}

void VkIdClient::refresh(const QString &refreshToken, const QString &deviceId, TokensCallback done)
{
    const QString state = ImplicitFlow::newState();
    postToId(QStringLiteral("/oauth2/auth"),
        {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("refresh_token"), refreshToken}, {QStringLiteral("client_id"), m_clientId},
            {QStringLiteral("device_id"), deviceId}, {QStringLiteral("state"), state}},
        [done, state](const HttpResponse &response) { done(VkId::readTokenReply(response, state)); });
}

void VkIdClient::userName(const QString &accessToken, NameCallback done)
{
    postToId(QStringLiteral("/oauth2/user_info"),
        {{QStringLiteral("access_token"), accessToken}, {QStringLiteral("client_id"), m_clientId}},
        [done](const HttpResponse &response) {
            QJsonObject json;
            if (response.error || response.parseJsonObject(&json)) {
                done({});
                return;
            }
            const QJsonObject user = json.value(QStringLiteral("user")).toObject();
            done(QStringLiteral("%1 %2")
                     .arg(user.value(QStringLiteral("first_name")).toString(),
                         user.value(QStringLiteral("last_name")).toString())
                     .trimmed());
        });
}

void VkIdClient::revoke(const QString &accessToken, DoneCallback done)
{
    simple(QStringLiteral("/oauth2/revoke"), accessToken, std::move(done));
}

void VkIdClient::logout(const QString &accessToken, DoneCallback done)
{
    simple(QStringLiteral("/oauth2/logout"), accessToken, std::move(done));
}

void VkIdClient::simple(const QString &path, const QString &accessToken, DoneCallback done)
{
    postToId(path, {{QStringLiteral("access_token"), accessToken}, {QStringLiteral("client_id"), m_clientId}},
        [done](const HttpResponse &response) {
            if (response.error) {
                done(response.error);
                return;
            }
            QJsonObject json;
            if (auto error = response.parseJsonObject(&json)) {
                done(error);
                return;
            }
            done(VkId::replyError(json));
        });
}

} // namespace vkauth
