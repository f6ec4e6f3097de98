#pragma once

#include "auth/AuthResult.h"
#include "net/NetworkContext.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace vkauth {

class Prompter;

struct VerificationOptions
{
    QString login; // to know the phone when the login is one
    QString phone; // full number, for the security check
    int timeoutMs = NetworkContext::kDefaultTimeoutMs;
    int maxRedirects = 10;
    QList<QPair<QByteArray, QByteArray>> headers;
    Endpoints endpoints = Endpoints::fromEnvironment();
};

// Follows a redirect_uri through VK's pages (authcheck, security_check, validate, captcha, blocked) with one
// cookie jar until blank.html (PROTOCOL.md "Account verification"). One run per object.
class AccountVerification : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, WaitingForCaptcha, WaitingForCode, WaitingForPage, Finished };
    Q_ENUM(State)

    AccountVerification(const VerificationOptions &options, Prompter *prompter,
        QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~AccountVerification() override;

    void start(const QUrl &redirectUri);
    void cancel();
    State state() const;

Q_SIGNALS:
    void stateChanged(vkauth::AccountVerification::State state);
    void progress(const QString &status);
    // On success: one user token (vkId = user id, token; expiresIn 0 when VK does not say).
    // When VK ends the check with blank.html#success=1 and no token, ok() with no tokens: the check
    // passed and the caller repeats its sign-in (DirectAuthorization does so itself).
    void finished(const vkauth::AuthOutcome &outcome);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace vkauth
