// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthFlow.h"

#include <QUrl>

#include <memory>

namespace vkauth {

struct VerificationOptions : FlowOptions
{
    int maxRedirects = 10;
};

// Follows a redirect_uri through VK's pages (authcheck, security_check, validate, captcha, blocked) with one
// cookie jar until blank.html (PROTOCOL.md "Account verification"). One run per object.
//
// finished() on success: one user token (vkId = user id, token; expiresIn 0 when VK does not say).
// When VK ends the check with blank.html#success=1 and no token, ok() with no tokens: the check
// passed and the caller repeats its sign-in (DirectAuthorization does so itself).
class AccountVerification : public AuthFlow
{
    Q_OBJECT
public:
    enum class State { Idle, Loading, WaitingForCaptcha, WaitingForCode, WaitingForPage, Finished };
    Q_ENUM(State)

    AccountVerification(const VerificationOptions &options, Prompter *prompter,
        QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~AccountVerification() override;

    void start(const QUrl &redirectUri);
    State state() const;

Q_SIGNALS:
    void stateChanged(vkauth::AccountVerification::State state);

private:
    void ended(const AuthOutcome &outcome) override;

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace vkauth
