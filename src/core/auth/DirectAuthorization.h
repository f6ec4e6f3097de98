// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthFlow.h"
#include "auth/OfficialApps.h"
#include "net/NetworkContext.h"

#include <memory>

namespace vkauth {

// login or phone: either; a User-Agent in headers wins over the app's.
struct DirectAuthOptions : FlowOptions
{
    AppCredentials app; // an official app, or AppCredentials::custom(id, secret)
    QString password; // secret
    quint32 scope = 0; // user scope mask
    QString apiVersion = QString::fromLatin1(NetworkContext::kApiVersion);
    QString trustedHash; // from an earlier 2FA success, optional
};

// The password grant (PROTOCOL.md "Direct authorization"), with captcha and two-factor questions
// asked through the Prompter, SMS resend, and a hand-over to AccountVerification when VK asks for a
// security check. One run per object: start(), then exactly one finished().
class DirectAuthorization : public AuthFlow
{
    Q_OBJECT
public:
    enum class State { Idle, Requesting, WaitingForCaptcha, WaitingForCode, Verifying, Finished };
    Q_ENUM(State)

    DirectAuthorization(const DirectAuthOptions &options, Prompter *prompter,
        QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~DirectAuthorization() override;

    void start();
    State state() const;

Q_SIGNALS:
    void stateChanged(vkauth::DirectAuthorization::State state);

private:
    void ended(const AuthOutcome &outcome) override;

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace vkauth
