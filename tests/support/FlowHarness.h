// SPDX-License-Identifier: MIT
#pragma once

#include "FakeVk.h"
#include "auth/AccountVerification.h"
#include "auth/DirectAuthorization.h"
#include "auth/OfficialApps.h"

#include <QCoreApplication>
#include <QSignalSpy>

#include <optional>

namespace testsupport {

// What the core flow tests share: an account on the fake, options that reach the fake, and a wait
// for a flow's one finished() signal.

inline vkauth::Endpoints fakeEndpoints(const fakevk::FakeVk &fake)
{
    const QUrl base = fake.baseUrl();
    return vkauth::Endpoints {base, base, base, base};
}

// A 64-bit id on purpose; a password with characters that need encoding.
inline fakevk::Account testAccount(qint64 userId = 5000000001LL)
{
    fakevk::Account a;
    a.userId = userId;
    a.login = QStringLiteral("ivan.%1@example.org").arg(userId);
    a.phone = QStringLiteral("79991234567");
    a.password = QStringLiteral("Pa55 w+rd&=%1").arg(userId);
    a.email = a.login;
    return a;
}

inline vkauth::DirectAuthOptions directOptions(const fakevk::FakeVk &fake, const fakevk::Account &account,
    const QString &appKey = QStringLiteral("android"))
{
    vkauth::DirectAuthOptions o;
    o.app = *vkauth::AppCredentials::byKey(appKey);
    o.login = account.login;
    o.password = account.password;
    o.scope = 4194304u | 65536u | 2u; // email, offline, friends
    o.timeoutMs = 5000;
    o.endpoints = fakeEndpoints(fake);
    return o;
}

inline vkauth::VerificationOptions verificationOptions(
    const fakevk::FakeVk &fake, const fakevk::Account &account)
{
    vkauth::VerificationOptions o;
    o.login = account.login;
    o.phone = account.phone;
    o.timeoutMs = 5000;
    o.endpoints = fakeEndpoints(fake);
    return o;
}

// Records a flow's finished() signals; waits for the first.
class OutcomeSpy
{
public:
    template <typename Flow>
    explicit OutcomeSpy(Flow *flow)
        : m_spy(flow, &Flow::finished)
    {
    }

    bool wait(int ms = 15000) { return m_spy.count() > 0 || m_spy.wait(ms); }
    int count()
    {
        QCoreApplication::processEvents(); // let anything queued behind the first signal arrive
        return int(m_spy.count());
    }
    vkauth::AuthOutcome outcome() const { return m_spy.first().first().value<vkauth::AuthOutcome>(); }
    std::optional<vkauth::AuthErrorCode> errorCode() const
    {
        const auto o = outcome();
        return o.error ? std::optional(o.error->code) : std::nullopt;
    }

private:
    QSignalSpy m_spy;
};

} // namespace testsupport
