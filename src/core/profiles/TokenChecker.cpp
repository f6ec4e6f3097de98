// SPDX-License-Identifier: MIT
#include "profiles/TokenChecker.h"

#include "auth/AppRefusal.h"
#include "net/Redact.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCheck, "vkauth.check")

namespace vkauth {
namespace {

CheckResult networkFailure(const QString &details)
{
    return CheckResult {CheckStatus::NetworkError,
        TokenChecker::tr("VK could not be reached or gave an answer that could not be "
                         "read, so the token was not checked."),
        Redact::text(details), {}, {}, std::nullopt, {}, {}};
}

CheckResult refused(const QString &why)
{
    return CheckResult {CheckStatus::NetworkError, why, {}, {}, {}, std::nullopt, {}, {}};
}

QString appTitle(const Profile &profile)
{
    const auto app = AppCredentials::byKey(profile.appKey);
    if (app)
        return QStringLiteral("%1 (%2)").arg(app->displayName, app->clientId);
    return profile.appName.isEmpty() ? profile.appClientId : profile.appName;
}

// VK questions a token it still knows (API errors 17, 14 with a not-robot page, 25): kept, not dead.
std::optional<CheckResult> questioned(const Profile &profile, const VkApiError &error)
{
    CheckResult result;
    result.status = CheckStatus::NeedsAction;
    result.details = QStringLiteral("%1: %2").arg(error.code).arg(error.message);
    const bool page = error.redirectUri.isValid() && !error.redirectUri.isEmpty();
    if (error.is(VkApiError::ValidationRequired) && page) {
        result.reason = QStringLiteral("validation_required");
        result.redirectUri = error.redirectUri;
        result.message
            = TokenChecker::tr("VK wants to verify the account before it accepts this token again "
                               "(for example, it is used from a new address). The profile is kept: "
                               "run the verification.");
        return result;
    }
    if (error.is(VkApiError::CaptchaNeeded) && page) {
        result.reason = QStringLiteral("captcha_required");
        result.redirectUri = error.redirectUri;
        result.message = TokenChecker::tr(
            "VK wants a \"not robot\" check before it accepts this token again. The profile is kept.");
        return result;
    }
    if (error.kind == VkApiError::Kind::Api && error.code == 25) {
        result.reason = QStringLiteral("token_confirmation_required");
        const auto app = AppCredentials::byKey(profile.appKey);
        const auto other = app ? AppRefusal::suggestion(*app, profile.scope, false) : std::nullopt;
        result.message = other
            ? TokenChecker::tr("VK wants tokens of %1 confirmed (token confirmation required). Sign in again "
                               "with another app, e.g. %2.")
                  .arg(appTitle(profile), other->displayName)
            : TokenChecker::tr("VK wants tokens of %1 confirmed (token confirmation required). Sign in again "
                               "with another app.")
                  .arg(appTitle(profile));
        return result;
    }
    return std::nullopt;
}

} // namespace

void CheckResult::applyTo(Profile &profile) const
{
    profile.lastCheck = status;
    profile.lastCheckAt = checkedAt;
    profile.lastCheckMessage = message;
    profile.lastCheckReason = reason;
    if (!name.isEmpty())
        profile.name = name;
    if (scope)
        profile.scope = *scope;
}

TokenChecker::TokenChecker(const NetworkContext &context, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_network(network)
{
}

TokenChecker::~TokenChecker()
{
    cancel();
}

void TokenChecker::check(const Profile &profile, const QString &token)
{
    drop(profile.id);
    auto *api = new VkApi(m_context, m_network, this);
    m_checks.insert(profile.id, Check {profile, token, {}, false, api});
    qCDebug(lcCheck) << "checking" << profile.id << "at" << Redact::url(m_context.endpoints.api);
    api->owner(profile.kind, token,
        [this, id = profile.id, api](const AccountName &owner, const std::optional<VkApiError> &error) {
            Check *check = current(id, api);
            if (!check)
                return;
            if (error)
                finish(id, failed(*check, *error));
            else
                identityAnswered(*check, owner);
        });
}

void TokenChecker::cancel()
{
    const QStringList ids = m_checks.keys();
    for (const QString &id : ids)
        drop(id);
}

void TokenChecker::cancel(const QString &profileId)
{
    drop(profileId);
}

bool TokenChecker::isChecking(const QString &profileId) const
{
    return m_checks.contains(profileId);
}

TokenChecker::Check *TokenChecker::current(const QString &profileId, const VkApi *api)
{
    const auto it = m_checks.find(profileId);
    return it != m_checks.end() && it->api == api ? &*it : nullptr;
}

void TokenChecker::drop(const QString &profileId)
{
    const auto it = m_checks.find(profileId);
    if (it == m_checks.end())
        return;
    it->api->abortAll(); // no callback of it comes any more
    it->api->deleteLater();
    m_checks.erase(it);
}

CheckResult TokenChecker::failed(const Check &check, const VkApiError &error) const
{
    switch (error.kind) {
    case VkApiError::Kind::Refused:
        // Kept tokens never go to a host the policy refuses (VKAUTH_API_URL=http://remote).
        return refused(error.message);
    case VkApiError::Kind::Transport:
    case VkApiError::Kind::BadReply:
        return networkFailure(error.message);
    case VkApiError::Kind::Api:
        break;
    }
    if (auto result = questioned(check.profile, error))
        return *result;
    if (!error.is(VkApiError::AuthFailed) && check.identityDone) {
        // The token works; VK just would not tell its permissions.
        CheckResult valid = check.result;
        valid.status = CheckStatus::Valid;
        return valid;
    }
    const bool expired = error.is(VkApiError::AuthFailed)
        && (error.message.contains(QLatin1String("expired"), Qt::CaseInsensitive)
            || check.profile.isExpired());
    CheckResult result;
    result.status = expired ? CheckStatus::Expired : CheckStatus::Invalid;
    result.message = expired
        ? TokenChecker::tr("The token has expired. Sign in again to get a new one.")
        : TokenChecker::tr("VK does not accept this token: it was revoked, or the password was changed.");
    result.details = QStringLiteral("%1: %2").arg(error.code).arg(error.message);
    if (error.is(VkApiError::AuthFailed))
        result.reason = QStringLiteral("invalid_token");
    return result;
}

void TokenChecker::identityAnswered(Check &check, const AccountName &owner)
{
    const QString profileId = check.profile.id;
    if (owner.vkId == 0) {
        finish(profileId, networkFailure(TokenChecker::tr("the answer names no account")));
        return;
    }
    if (owner.vkId != check.profile.vkId) {
        finish(profileId,
            CheckResult {CheckStatus::Invalid,
                TokenChecker::tr("This token belongs to another account (id %1).").arg(owner.vkId), {}, {},
                {}, std::nullopt, {}, {}});
        return;
    }
    check.identityDone = true;
    check.result.status = CheckStatus::Valid;
    check.result.message = TokenChecker::tr("The token works.");
    check.result.name = owner.name;
    const bool user = check.profile.kind == TokenKind::User;
    VkApi::Params params;
    if (user)
        params.append({QStringLiteral("user_id"), QString::number(owner.vkId)});
    VkApi *api = check.api;
    api->call(
        user ? QStringLiteral("account.getAppPermissions") : QStringLiteral("groups.getTokenPermissions"),
        params, check.token, [this, profileId, api](const VkApiReply &reply) {
            Check *check = current(profileId, api);
            if (!check)
                return;
            if (!reply.ok())
                finish(profileId, failed(*check, *reply.error));
            else
                permissionsAnswered(*check, reply.response);
        });
}

void TokenChecker::permissionsAnswered(Check &check, const QJsonValue &response)
{
    if (response.isDouble())
        check.result.scope = quint32(response.toInteger());
    else if (response.isObject() && response.toObject().contains(QStringLiteral("mask")))
        check.result.scope = quint32(response.toObject().value(QStringLiteral("mask")).toInteger());
    finish(check.profile.id, check.result);
}

void TokenChecker::finish(QString profileId, CheckResult result)
{
    drop(profileId);
    result.checkedAt = QDateTime::currentDateTimeUtc();
    qCDebug(lcCheck) << "check of" << profileId << "ended:" << Profile::statusName(result.status);
    Q_EMIT finished(profileId, result);
}

} // namespace vkauth
