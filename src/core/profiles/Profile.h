// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthResult.h"
#include "auth/Scopes.h"
#include "profiles/SecretBackend.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace vkauth {

// What the last token check said (TokenChecker).
// NeedsAction: the token is kept but VK questions it now (validation, a not-robot check, a token
// confirmation); CheckResult::reason says which.
enum class CheckStatus { Unknown, Valid, Invalid, Expired, NetworkError, NeedsAction };

// The secret half of a profile. Lives only in the OS keychain (one entry per profile) and in memory
// while in use; never in the index, settings, logs or argv.
struct ProfileSecrets
{
    QString token;
    QString trustedHash; // optional; lets a later direct login skip two-factor
    QString refreshToken = {}; // VK ID: keeps the access token fresh
    QString deviceId = {}; // VK ID: the device the refresh token is bound to

    QByteArray toKeychainData() const; // what one keychain entry holds
    static std::optional<ProfileSecrets> fromKeychainData(const QByteArray &data);
};

// One kept token: a user's or a community's, with what is known about it. Everything here is
// non-secret and goes to the index; the token and trusted hash are in ProfileSecrets.
struct Profile
{
    QString id; // stable: "user-<vkId>-<clientId>" or "community-<vkId>-<clientId>"
    TokenKind kind = TokenKind::User;
    qint64 vkId = 0; // user id, or community id (positive)
    qint64 ownerId = 0; // communities: the user who signed in to get it (0 = unknown)
    QString name; // from VK: "Ivan Petrov", "My community"
    QString label; // the user's own name for it; empty = use name
    QString appKey; // "android", "custom", ... (AppCredentials::key)
    QString appClientId;
    QString appName;
    quint32 scope = 0; // permission mask
    QDateTime obtainedAt; // UTC
    QDateTime expiresAt; // UTC; invalid = never expires
    QString email;
    bool hasTrustedHash = false; // whether the keychain entry holds one
    QDateTime lastCheckAt; // UTC; invalid = never checked
    CheckStatus lastCheck = CheckStatus::Unknown;
    QString lastCheckMessage; // translated, for people
    QString lastCheckReason; // CheckResult::reason of the last check ("captcha_required", ...), stable
    SecretBackend secretStore = SecretBackend::Keychain; // where its secret is ("secret_store")
    // VK ID profiles (appKey "vkid"): when the refresh token ends (estimated: VK's reply does not say),
    // the scope names granted, and whether VK refused the refresh token (the person must sign in again).
    QDateTime refreshExpiresAt = {}; // "refresh_expires_at"; invalid = none
    QString scopeText = {}; // "vkid_scope"
    bool signInAgain = false; // "sign_in_again"
    QJsonObject extra; // index fields this version does not know, kept on rewrite (ProfileIndex)

    static QString makeId(TokenKind kind, qint64 vkId, const QString &clientId);
    // Non-secret fields from a flow's result; the caller keeps token/trustedHash as ProfileSecrets.
    static Profile fromObtained(const ObtainedToken &token);
    static ProfileSecrets secretsOf(const ObtainedToken &token);

    QString title() const; // label, else name, else "id123" / "club123"
    ScopeKind scopeKind() const;
    QStringList scopeNames() const;
    bool expires() const { return expiresAt.isValid(); }
    bool isVkId() const;
    // The fronts' one rule: the trusted hash is sent only when signing in with this profile's own
    // login (any login when the profile does not know its own) — never for another account.
    bool trustedHashFits(const QString &login, const QString &phone = {}) const
    {
        return email.isEmpty() || (!login.isEmpty() && login.compare(email, Qt::CaseInsensitive) == 0)
            || (!phone.isEmpty() && phone == email);
    }
    bool isExpired(
        const QDateTime &now = QDateTime::currentDateTimeUtc()) const; // the access token's own expiry
    // Until when the profile gives working tokens without a new sign-in: a VK ID profile's access
    // token is refreshed when used, so its refresh token's end counts; other profiles: expiresAt.
    // Invalid: no known end.
    QDateTime usableUntil() const;
    // It no longer gives tokens: past usableUntil(), or (VK ID) VK refused the refresh token.
    bool isSpent(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    QJsonObject toJson() const;
    static std::optional<Profile> fromJson(const QJsonObject &object);
    static bool isKnownField(const QString &name); // a field toJson() writes

    static QString kindName(TokenKind kind); // "user" / "community"
    static QString statusName(CheckStatus status); // "valid", "invalid", ... (stable, for JSON)
    static CheckStatus statusFromName(const QString &name);
    static QString describe(CheckStatus status); // translated
};

} // namespace vkauth

Q_DECLARE_METATYPE(vkauth::Profile)
