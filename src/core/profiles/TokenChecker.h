// SPDX-License-Identifier: MIT
#pragma once

#include "net/NetworkContext.h"
#include "net/VkApi.h"
#include "profiles/Profile.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace vkauth {

// What one check found out about a token.
struct CheckResult
{
    CheckStatus status = CheckStatus::Unknown;
    QString message; // translated, for people
    QString details; // the server's or transport's words, redacted
    QDateTime checkedAt; // UTC
    QString name; // the owner's current name, when VK said it
    std::optional<quint32> scope; // the permissions VK reports, when it said
    // Why VK questions or refuses the token, stable for scripts: "validation_required" (API error 17),
    // "captcha_required" (14 with a not-robot redirect_uri), "token_confirmation_required" (25),
    // "invalid_token" (5); empty otherwise.
    QString reason;
    // validation_required and captcha_required: the page VK wants passed (a secret: never logged or
    // kept in the profile).
    QUrl redirectUri;

    // Stores the outcome in the profile: last check, and refreshed name and scope when known.
    void applyTo(Profile &profile) const;
};

// Asks VK whether tokens still work: users.get + account.getAppPermissions for a user token,
// groups.getById + groups.getTokenPermissions for a community token, through VkApi with the
// context's endpoints, API version and timeout (the app's and the CLI's settings). Several checks may
// run at once, one per profile id. Tokens go in POST bodies and never reach a log.
class TokenChecker : public QObject
{
    Q_OBJECT
public:
    // A null manager: the process's one (NetworkContext::network()).
    explicit TokenChecker(const NetworkContext &context = {}, QNetworkAccessManager *network = nullptr,
        QObject *parent = nullptr);
    ~TokenChecker() override;

    // Checks started from now on use this context (the app's settings were changed).
    void setContext(const NetworkContext &context) { m_context = context; }
    const NetworkContext &context() const { return m_context; }

    // finished(profile.id, result) follows, later. A second check of the same id replaces the first.
    void check(const Profile &profile, const QString &token);
    void cancel(); // abandons every check; no finished() for them
    void cancel(const QString &profileId); // abandons that profile's check, if any; no finished() for it
    bool isChecking(const QString &profileId) const;

Q_SIGNALS:
    void finished(const QString &profileId, const vkauth::CheckResult &result);

private:
    struct Check
    {
        Profile profile;
        QString token;
        CheckResult result;
        bool identityDone = false;
        VkApi *api = nullptr; // this check's calls; deleted with the check
    };

    Check *current(const QString &profileId, const VkApi *api);
    void drop(const QString &profileId);
    void identityAnswered(Check &check, const AccountName &owner);
    void permissionsAnswered(Check &check, const QJsonValue &response);
    CheckResult failed(const Check &check, const VkApiError &error) const;
    void finish(QString profileId, CheckResult result); // by value: the check it names goes

    NetworkContext m_context;
    QNetworkAccessManager *m_network;
    QHash<QString, Check> m_checks;
};

} // namespace vkauth

Q_DECLARE_METATYPE(vkauth::CheckResult)
