// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace fakevk {

class FakeVk;
struct Reply;
struct Request;

// VK ID (OAuth 2.1 + PKCE, PROTOCOL.md "VK ID") on the fake's id host — the same loopback port as the
// rest, told apart by its paths: GET /authorize with response_type=code (the implicit flow's
// /authorize has response_type=token), POST /vkid/login (the sign-in form), POST /oauth2/auth,
// /oauth2/user_info, /oauth2/revoke, /oauth2/logout. Replies follow VK's shapes (the web SDK's
// TokenResult, AuthError, LogoutResult, UserInfoResult: tests/fakevk/vkid-samples.md says which are
// sourced and which are reconstructions). Errors are {"error","error_description"} with HTTP 400
// (401 for an unknown client).
// - /authorize: an unknown client_id or a redirect_uri not registered for it → the error JSON (never
//   a redirect); else the sign-in form (#login, #password, #vkid_allow, #vkid_deny), or with
//   setAutoApprove(user) a 302 at once. Allowing → 302 to redirect_uri?code&state&device_id&
//   type=code_v2&expires_in=600; denying → redirect_uri?error=access_denied&error_description&state.
// - /oauth2/auth authorization_code: client_id, redirect_uri (exactly the authorize one), a code used
//   once within its lifetime, device_id of the code, code_verifier (43–128 of [A-Za-z0-9_-]) whose
//   S256 is the code_challenge. refresh_token: the family's current refresh token and its device_id →
//   new access and refresh tokens (rotation); an already rotated refresh token → invalid_grant and
//   the whole family (its access tokens too) revoked, as VK does. Access tokens also work on /method/*.
class FakeVkId
{
public:
    explicit FakeVkId(FakeVk *fake);

    // A VK ID app and the redirect URLs registered in its settings (compared exactly).
    void registerClient(const QString &clientId, const QStringList &redirectUris);
    // /authorize redirects at once as if this account had signed in and allowed (0: show the form).
    void setAutoApprove(qint64 userId);
    void setAccessLifetime(qint64 seconds); // default 3600
    void setRefreshLifetime(qint64 seconds); // default 180 days

    struct Issued
    {
        QString accessToken;
        QString refreshToken;
        QString deviceId;
    };
    // A fresh token family, as if a sign-in had just ended (for tests that start from a profile).
    Issued issue(qint64 userId, const QString &clientId, const QStringList &scopes = {});
    // Whether the family this refresh token belongs to (current or rotated out) is still alive.
    bool familyAlive(const QString &refreshToken) const;
    int refreshCount() const { return m_refreshes; } // successful refresh grants
    int revokedFamilies() const { return m_revokedFamilies; }
    void clear();

    bool handles(const Request &request) const;
    Reply dispatch(const Request &request);

private:
    struct Client
    {
        QStringList redirectUris;
    };
    struct Authorization // an /authorize in progress (the form is up)
    {
        QString clientId;
        QUrl redirectUri;
        QString state;
        QString challenge;
        QStringList scopes;
    };
    struct Code
    {
        Authorization auth;
        qint64 userId = 0;
        QString deviceId;
        qint64 expiresAt = 0; // msecs since epoch
    };
    struct Family
    {
        qint64 userId = 0;
        QString clientId;
        QString deviceId;
        QStringList scopes;
        QString current; // the one refresh token that works
        qint64 refreshExpiresAt = 0;
        QStringList accessTokens;
        bool revoked = false;
    };

    Reply authorize(const Request &request);
    Reply login(const Request &request);
    Reply formPage(const QString &session, const QString &error) const;
    Reply approve(const Authorization &auth, qint64 userId);
    Reply token(const Request &request);
    Reply codeGrant(const Request &request);
    Reply refreshGrant(const Request &request);
    Reply tokens(int family, const QString &state);
    Reply userInfo(const Request &request);
    Reply revoke(const Request &request, bool wholeFamily);
    int familyOfAccess(const QString &accessToken) const;
    void kill(int family);

    FakeVk *m_fake;
    QHash<QString, Client> m_clients;
    QHash<QString, Authorization> m_pending; // form session → authorization
    QHash<QString, Code> m_codes;
    QList<Family> m_families;
    QHash<QString, int> m_refreshFamily; // every refresh token ever issued → family index
    qint64 m_autoApprove = 0;
    qint64 m_accessLifetime = 3600;
    qint64 m_refreshLifetime = 180 * 24 * 3600;
    int m_refreshes = 0;
    int m_revokedFamilies = 0;
};

} // namespace fakevk
