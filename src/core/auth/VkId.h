// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthError.h"
#include "net/Endpoints.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace vkauth {

struct HttpResponse;

// One VK ID app as registered in its settings (id.vk.ru → the app → "Redirect URL"): a public
// (desktop) client, so no secret; scopes are VK ID's names ("vkid.personal_info email wall").
struct VkIdApp
{
    QString clientId;
    QUrl redirectUri; // exactly as registered: http://127.0.0.1:PORT/path for the system browser
    QStringList scopes;

    static constexpr const char *kAppKey = "vkid"; // Profile::appKey of VK ID profiles
};

// PKCE (RFC 7636) for one sign-in: a verifier of 64 characters of [A-Za-z0-9_-] from the system's
// generator and its S256 challenge (base64url of SHA-256, no padding).
struct Pkce
{
    QString verifier; // secret until the code is exchanged
    QString challenge;

    static Pkce generate();
    static QString challengeOf(const QString &verifier);
    static bool isValidVerifier(const QString &verifier); // 43–128 of [A-Za-z0-9_-]
};

// What /oauth2/auth hands out (both grants).
struct VkIdTokens
{
    QString accessToken; // secret
    QString refreshToken; // secret
    QString idToken;
    qint64 expiresIn = 0; // seconds
    qint64 userId = 0;
    QString scope; // space separated
};

// The protocol of VK ID without the network (PROTOCOL.md "VK ID"): the authorize URL, the redirect
// read, the token reply read. Errors are values; VK's own error word goes to AuthError::details and,
// when it means "sign in again" (invalid_grant), reason = kSignInAgain.
namespace VkId {

// The refresh token's lifetime VK ID documents (its reply does not say): the index shows the estimate.
constexpr qint64 kRefreshLifetimeSecs = 180LL * 24 * 3600;
// AuthError::reason of a refresh token VK no longer accepts: the profile needs a new sign-in.
inline const QString kSignInAgain = QStringLiteral("sign_in_again");

QUrl authorizeUrl(
    const Endpoints &endpoints, const VkIdApp &app, const QString &state, const QString &challenge);
// True when the URL is the app's redirect URL (scheme, host, port and path; the query is the answer).
bool isRedirect(const QUrl &url, const VkIdApp &app);

struct Redirect
{
    QString code; // secret
    QString deviceId;
    std::optional<AuthError> error;
};
// The address VK ID ended on: the state must be there and equal (else refused), then an error= is
// VK's refusal, else code and device_id.
Redirect parseRedirect(const QUrl &url, const VkIdApp &app, const QString &state);

struct TokenAnswer
{
    std::optional<AuthError> error;
    VkIdTokens tokens;
};
// A reply of /oauth2/auth. expectedState: the state sent with the grant (checked when VK echoes it).
TokenAnswer readTokenReply(const HttpResponse &response, const QString &expectedState);
// {"error","error_description"} of any VK ID endpoint as an AuthError (nullopt when there is none).
std::optional<AuthError> replyError(const QJsonObject &reply);

} // namespace VkId

} // namespace vkauth
