// SPDX-License-Identifier: MIT
#pragma once

// VK ID profiles for the tests that start from one (tst_clivkid, tst_vkidgui): header-only.

#include "FakeVk.h"
#include "FakeVkId.h"
#include "ProfileStoreHelpers.h"
#include "profiles/ProfileStore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

namespace testsupport {

// A VK ID profile kept in `store` as a sign-in would keep it, from a fresh token family of the fake;
// expired: its access token ended an hour ago. The profile id, or "" when its secret was not saved.
inline QString seedVkIdProfile(vkauth::ProfileStore &store, fakevk::FakeVk &fake, qint64 userId,
    const QString &clientId, bool expired, fakevk::FakeVkId::Issued *issued)
{
    *issued = fake.vkid().issue(userId, clientId, {QStringLiteral("vkid.personal_info")});
    vkauth::ObtainedToken token;
    token.vkId = userId;
    token.token = issued->accessToken;
    token.expiresIn = 3600;
    token.obtainedAt = QDateTime::currentDateTimeUtc().addSecs(expired ? -7200 : 0);
    token.app = vkauth::AppCredentials::custom(clientId, {});
    token.app.key = QStringLiteral("vkid");
    token.refreshToken = issued->refreshToken;
    token.deviceId = issued->deviceId;
    token.refreshExpiresIn = 180 * 24 * 3600;
    const QString id = store.add(token, QStringLiteral("Ivan Petrov"));
    return waitSaved(store, id) ? id : QString();
}

// The grant revoked elsewhere (VK's settings), through the fake's /oauth2/revoke: the family dies.
inline bool revokeAtFake(
    QNetworkAccessManager &network, fakevk::FakeVk &fake, const QString &clientId, const QString &accessToken)
{
    QNetworkRequest request(QUrl(fake.baseUrl().toString() + QStringLiteral("/oauth2/revoke")));
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *revoke = network.post(
        request, "client_id=" + clientId.toLatin1() + "&access_token=" + accessToken.toLatin1());
    QSignalSpy done(revoke, &QNetworkReply::finished);
    const bool finished = revoke->isFinished() || done.wait(10000);
    revoke->deleteLater();
    return finished && revoke->error() == QNetworkReply::NoError;
}

} // namespace testsupport
