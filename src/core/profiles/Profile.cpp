// SPDX-License-Identifier: MIT
#include "profiles/Profile.h"

#include "profiles/IsoDate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <utility>

namespace vkauth {
namespace {

constexpr std::array<std::pair<CheckStatus, const char *>, 6> kStatusNames {{
    {CheckStatus::Unknown, "unknown"},
    {CheckStatus::Valid, "valid"},
    {CheckStatus::Invalid, "invalid"},
    {CheckStatus::Expired, "expired"},
    {CheckStatus::NetworkError, "network_error"},
    {CheckStatus::NeedsAction, "needs_action"},
}};

QString dateToJson(const QDateTime &date)
{
    return IsoDate::toUtc(date);
}

QDateTime dateFromJson(const QJsonValue &value)
{
    return IsoDate::parseUtc(value.toString());
}

} // namespace

QByteArray ProfileSecrets::toKeychainData() const
{
    QJsonObject object {{QStringLiteral("token"), token}};
    if (!trustedHash.isEmpty())
        object.insert(QStringLiteral("trusted_hash"), trustedHash);
    if (!refreshToken.isEmpty())
        object.insert(QStringLiteral("refresh_token"), refreshToken);
    if (!deviceId.isEmpty())
        object.insert(QStringLiteral("device_id"), deviceId);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<ProfileSecrets> ProfileSecrets::fromKeychainData(const QByteArray &data)
{
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject object = doc.object();
    ProfileSecrets secrets {object.value(QStringLiteral("token")).toString(),
        object.value(QStringLiteral("trusted_hash")).toString(),
        object.value(QStringLiteral("refresh_token")).toString(),
        object.value(QStringLiteral("device_id")).toString()};
    if (secrets.token.isEmpty())
        return std::nullopt;
    return secrets;
}

QString Profile::makeId(TokenKind kind, qint64 vkId, const QString &clientId)
{
    return QStringLiteral("%1-%2-%3")
        .arg(kindName(kind))
        .arg(vkId)
        .arg(clientId.isEmpty() ? QStringLiteral("0") : clientId);
}

Profile Profile::fromObtained(const ObtainedToken &token)
{
    Profile p;
    p.kind = token.kind;
    p.vkId = token.vkId;
    p.id = makeId(token.kind, token.vkId, token.app.clientId);
    p.appKey = token.app.key;
    p.appClientId = token.app.clientId;
    p.appName = token.app.displayName;
    p.scope = token.scope;
    p.obtainedAt = token.obtainedAt.isValid() ? token.obtainedAt.toUTC() : QDateTime::currentDateTimeUtc();
    if (token.expiresIn > 0)
        p.expiresAt = p.obtainedAt.addSecs(token.expiresIn);
    p.email = token.email;
    p.hasTrustedHash = !token.trustedHash.isEmpty();
    if (token.refreshExpiresIn > 0)
        p.refreshExpiresAt = p.obtainedAt.addSecs(token.refreshExpiresIn);
    p.scopeText = token.scopeText;
    return p;
}

ProfileSecrets Profile::secretsOf(const ObtainedToken &token)
{
    return ProfileSecrets {token.token, token.trustedHash, token.refreshToken, token.deviceId};
}

bool Profile::isVkId() const
{
    return appKey == QLatin1String("vkid");
}

QDateTime Profile::usableUntil() const
{
    return isVkId() ? refreshExpiresAt : expiresAt;
}

bool Profile::isSpent(const QDateTime &now) const
{
    if (isVkId() && signInAgain)
        return true;
    const QDateTime end = usableUntil();
    return end.isValid() && end <= now;
}

QString Profile::title() const
{
    if (!label.isEmpty())
        return label;
    if (!name.isEmpty())
        return name;
    return (kind == TokenKind::User ? QStringLiteral("id%1") : QStringLiteral("club%1")).arg(vkId);
}

ScopeKind Profile::scopeKind() const
{
    return kind == TokenKind::User ? ScopeKind::User : ScopeKind::Community;
}

QStringList Profile::scopeNames() const
{
    return Scopes::names(scope, scopeKind());
}

bool Profile::isExpired(const QDateTime &now) const
{
    return expiresAt.isValid() && expiresAt <= now;
}

bool Profile::isKnownField(const QString &name)
{
    static const QStringList known {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("vk_id"),
        QStringLiteral("owner_id"), QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("app"),
        QStringLiteral("scope"), QStringLiteral("obtained_at"), QStringLiteral("expires_at"),
        QStringLiteral("email"), QStringLiteral("has_trusted_hash"), QStringLiteral("last_check"),
        QStringLiteral("secret_store"), QStringLiteral("refresh_expires_at"), QStringLiteral("vkid_scope"),
        QStringLiteral("sign_in_again")};
    return known.contains(name);
}

QJsonObject Profile::toJson() const
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("kind"), kindName(kind));
    // 64-bit ids as strings: JSON numbers lose precision past 2^53 in many readers.
    o.insert(QStringLiteral("vk_id"), QString::number(vkId));
    if (ownerId != 0)
        o.insert(QStringLiteral("owner_id"), QString::number(ownerId));
    o.insert(QStringLiteral("name"), name);
    if (!label.isEmpty())
        o.insert(QStringLiteral("label"), label);
    o.insert(QStringLiteral("app"),
        QJsonObject {{QStringLiteral("key"), appKey}, {QStringLiteral("client_id"), appClientId},
            {QStringLiteral("name"), appName}});
    o.insert(QStringLiteral("scope"),
        QJsonObject {{QStringLiteral("mask"), qint64(scope)},
            {QStringLiteral("names"), QJsonArray::fromStringList(scopeNames())}});
    o.insert(QStringLiteral("obtained_at"), dateToJson(obtainedAt));
    o.insert(
        QStringLiteral("expires_at"), expiresAt.isValid() ? QJsonValue(dateToJson(expiresAt)) : QJsonValue());
    if (!email.isEmpty())
        o.insert(QStringLiteral("email"), email);
    o.insert(QStringLiteral("has_trusted_hash"), hasTrustedHash);
    if (lastCheckAt.isValid()) {
        QJsonObject check {{QStringLiteral("at"), dateToJson(lastCheckAt)},
            {QStringLiteral("result"), statusName(lastCheck)}, {QStringLiteral("message"), lastCheckMessage}};
        if (!lastCheckReason.isEmpty())
            check.insert(QStringLiteral("reason"), lastCheckReason);
        o.insert(QStringLiteral("last_check"), check);
    }
    // Written only for the vault: an index without it (schema 1) is all keychain.
    if (secretStore != SecretBackend::Keychain)
        o.insert(QStringLiteral("secret_store"), secretBackendName(secretStore));
    if (refreshExpiresAt.isValid())
        o.insert(QStringLiteral("refresh_expires_at"), dateToJson(refreshExpiresAt));
    if (!scopeText.isEmpty())
        o.insert(QStringLiteral("vkid_scope"), scopeText);
    if (signInAgain)
        o.insert(QStringLiteral("sign_in_again"), true);
    return o;
}

std::optional<Profile> Profile::fromJson(const QJsonObject &o)
{
    Profile p;
    p.id = o.value(QLatin1String("id")).toString();
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind != kindName(TokenKind::User) && kind != kindName(TokenKind::Community))
        return std::nullopt;
    p.kind = kind == kindName(TokenKind::User) ? TokenKind::User : TokenKind::Community;
    bool ok = false;
    p.vkId = o.value(QLatin1String("vk_id")).toString().toLongLong(&ok);
    if (!ok || p.vkId <= 0 || p.id.isEmpty())
        return std::nullopt;
    p.ownerId = o.value(QLatin1String("owner_id")).toString().toLongLong();
    p.name = o.value(QLatin1String("name")).toString();
    p.label = o.value(QLatin1String("label")).toString();
    const QJsonObject app = o.value(QLatin1String("app")).toObject();
    p.appKey = app.value(QLatin1String("key")).toString();
    p.appClientId = app.value(QLatin1String("client_id")).toString();
    p.appName = app.value(QLatin1String("name")).toString();
    p.scope = quint32(o.value(QLatin1String("scope")).toObject().value(QLatin1String("mask")).toInteger());
    p.obtainedAt = dateFromJson(o.value(QLatin1String("obtained_at")));
    p.expiresAt = dateFromJson(o.value(QLatin1String("expires_at")));
    p.email = o.value(QLatin1String("email")).toString();
    p.hasTrustedHash = o.value(QLatin1String("has_trusted_hash")).toBool();
    const QJsonObject check = o.value(QLatin1String("last_check")).toObject();
    p.lastCheckAt = dateFromJson(check.value(QLatin1String("at")));
    p.lastCheck = statusFromName(check.value(QLatin1String("result")).toString());
    p.lastCheckMessage = check.value(QLatin1String("message")).toString();
    p.lastCheckReason = check.value(QLatin1String("reason")).toString();
    p.secretStore = secretBackendFromName(o.value(QLatin1String("secret_store")).toString())
                        .value_or(SecretBackend::Keychain);
    p.refreshExpiresAt = dateFromJson(o.value(QLatin1String("refresh_expires_at")));
    p.scopeText = o.value(QLatin1String("vkid_scope")).toString();
    p.signInAgain = o.value(QLatin1String("sign_in_again")).toBool();
    return p;
}

QString Profile::kindName(TokenKind kind)
{
    return kind == TokenKind::User ? QStringLiteral("user") : QStringLiteral("community");
}

QString Profile::statusName(CheckStatus status)
{
    for (const auto &[s, name] : kStatusNames) {
        if (s == status)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

CheckStatus Profile::statusFromName(const QString &name)
{
    for (const auto &[s, n] : kStatusNames) {
        if (name == QLatin1String(n))
            return s;
    }
    return CheckStatus::Unknown;
}

QString Profile::describe(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Valid:
        return QCoreApplication::translate("Profile", "Valid");
    case CheckStatus::Invalid:
        return QCoreApplication::translate("Profile", "Invalid (revoked or never valid)");
    case CheckStatus::Expired:
        return QCoreApplication::translate("Profile", "Expired");
    case CheckStatus::NetworkError:
        return QCoreApplication::translate("Profile", "Could not check (network error)");
    case CheckStatus::NeedsAction:
        return QCoreApplication::translate("Profile", "VK asks for a check before it accepts the token");
    case CheckStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("Profile", "Not checked yet");
}

} // namespace vkauth
