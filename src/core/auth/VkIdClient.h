// SPDX-License-Identifier: MIT
#pragma once

#include "auth/VkId.h"
#include "net/NetworkContext.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace vkauth {

class HttpSession;

// VK ID's endpoints for one app (PROTOCOL.md "VK ID"): the code exchange, the refresh, user_info,
// revoke and logout, as form POSTs to the id host (VKAUTH_ID_URL), through the one HttpSession (its
// timeout, size cap and URL policy). No client secret: desktop apps are public clients. Every call
// answers its callback exactly once, later, unless abortAll() or the destructor came first.
class VkIdClient : public QObject
{
    Q_OBJECT
public:
    using TokensCallback = std::function<void(const VkId::TokenAnswer &answer)>;
    using DoneCallback = std::function<void(const std::optional<AuthError> &error)>;
    using NameCallback = std::function<void(const QString &name)>; // empty when VK would not say

    VkIdClient(const NetworkContext &network, const QString &clientId, QObject *parent = nullptr);
    ~VkIdClient() override;

    void exchangeCode(const QString &code, const QString &verifier, const QString &deviceId,
        const QUrl &redirectUri, const QString &state, TokensCallback done);
    // A fresh state goes with it; VK's echo of it is checked.
    void refresh(const QString &refreshToken, const QString &deviceId, TokensCallback done);
    void userName(const QString &accessToken, NameCallback done);
    void revoke(const QString &accessToken, DoneCallback done); // the app's grant: every token of it
    void logout(const QString &accessToken, DoneCallback done); // this session
    void abortAll();

private:
    void postToId(const QString &path, const QList<QPair<QString, QString>> &fields,
        std::function<void(const HttpResponse &)> done);
    void simple(const QString &path, const QString &accessToken, DoneCallback done);

    NetworkContext m_network;
    QString m_clientId;
    HttpSession *m_http;
};

} // namespace vkauth
