#pragma once

#include "net/Endpoints.h"
#include "profiles/Profile.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

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

    // Stores the outcome in the profile: last check, and refreshed name and scope when known.
    void applyTo(Profile &profile) const;
};

// Asks VK whether tokens still work: users.get + account.getAppPermissions for a user token,
// groups.getById + groups.getTokenPermissions for a community token (on Endpoints::api, so
// VKAUTH_API_URL points it at a test server). Several checks may run at once, one per profile id.
// Tokens go in POST bodies and never reach a log.
class TokenChecker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 10000;
    static constexpr qint64 kMaxReplyBytes = 1024 * 1024;

    // A null manager: the checker makes its own.
    explicit TokenChecker(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~TokenChecker() override;

    void setEndpoints(const Endpoints &endpoints) { m_endpoints = endpoints; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setApiVersion(const QString &version) { m_apiVersion = version; }

    // finished(profile.id, result) follows, later. A second check of the same id replaces the first.
    void check(const Profile &profile, const QString &token);
    void cancel(); // abandons every check; no finished() for them
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
        QPointer<QNetworkReply> reply;
    };

    void call(const QString &profileId, const QString &method, const QList<QPair<QString, QString>> &params);
    void replyFinished(const QString &profileId, QNetworkReply *reply);
    void identityAnswered(Check &check, const QJsonValue &response);
    void permissionsAnswered(Check &check, const QJsonValue &response);
    void finish(const QString &profileId, CheckResult result);

    QNetworkAccessManager *m_network;
    Endpoints m_endpoints = Endpoints::fromEnvironment();
    QString m_apiVersion = QStringLiteral("5.199");
    int m_timeoutMs = kDefaultTimeoutMs;
    QHash<QString, Check> m_checks;
};

} // namespace vkauth

Q_DECLARE_METATYPE(vkauth::CheckResult)
