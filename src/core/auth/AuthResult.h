// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthError.h"
#include "auth/OfficialApps.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace vkauth {

enum class TokenKind { User, Community };

// One token a flow obtained, with what is known about it; the profile store keeps these.
struct ObtainedToken
{
    TokenKind kind = TokenKind::User;
    qint64 vkId = 0; // user id, or community id (positive)
    QString token; // secret
    qint64 expiresIn = 0; // seconds from obtainedAt; 0 = never
    QDateTime obtainedAt; // UTC
    quint32 scope = 0; // the mask that was asked for
    AppCredentials app; // which app it was obtained with (clientSecret is not kept in profiles)
    QString email;
    QString trustedHash; // secret; lets a later direct login skip 2FA
    // VK ID (app key "vkid"): the refresh token and device id that keep the access token fresh.
    QString refreshToken = {}; // secret
    QString deviceId = {};
    qint64 refreshExpiresIn = 0; // seconds from obtainedAt (VK ID's documented lifetime); 0 = unknown
    QString scopeText = {}; // VK ID's scope names as granted ("vkid.personal_info email")
};

// What every flow ends with: tokens, or an error. Exactly one of the two is meaningful.
struct AuthOutcome
{
    std::optional<AuthError> error;
    QList<ObtainedToken> tokens;

    bool ok() const { return !error.has_value(); }
    static AuthOutcome failure(const AuthError &e) { return AuthOutcome {e, {}}; }
    static AuthOutcome failure(AuthErrorCode code, const QString &details = {})
    {
        return failure(AuthError::make(code, details));
    }
};

} // namespace vkauth

Q_DECLARE_METATYPE(vkauth::AuthOutcome)
