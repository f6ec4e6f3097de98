#pragma once

#include "auth/AuthResult.h"
#include "auth/OfficialApps.h"
#include "net/NetworkContext.h"

#include <QList>
#include <QObject>
#include <QPair>

#include <memory>

class QNetworkAccessManager;

namespace vkauth {

class Prompter;

struct DirectAuthOptions
{
    AppCredentials app; // an official app, or AppCredentials::custom(id, secret)
    QString login; // e-mail or phone; either this or phone
    QString phone;
    QString password; // secret
    quint32 scope = 0; // user scope mask
    QString apiVersion = QString::fromLatin1(NetworkContext::kApiVersion);
    int timeoutMs = NetworkContext::kDefaultTimeoutMs; // per request
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers; a User-Agent here wins over the app's
    QString trustedHash; // from an earlier 2FA success, optional
    Endpoints endpoints = Endpoints::fromEnvironment();
};

// The password grant (PROTOCOL.md "Direct authorization"), with captcha and two-factor questions
// asked through the Prompter, SMS resend, and a hand-over to AccountVerification when VK asks for a
// security check. One run per object: start(), then exactly one finished().
class DirectAuthorization : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Requesting, WaitingForCaptcha, WaitingForCode, Verifying, Finished };
    Q_ENUM(State)

    // The Prompter must outlive the flow. A null manager: the process's one, with a fresh cookie jar
    // (HttpSession).
    DirectAuthorization(const DirectAuthOptions &options, Prompter *prompter,
        QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~DirectAuthorization() override;

    void start();
    void cancel(); // aborts what is in flight and withdraws an open prompt; finished(Cancelled) follows
    State state() const;

Q_SIGNALS:
    void stateChanged(vkauth::DirectAuthorization::State state);
    void progress(const QString &status); // translated, for a status line
    void finished(const vkauth::AuthOutcome &outcome);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace vkauth
