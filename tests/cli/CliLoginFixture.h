// SPDX-License-Identifier: MIT
#pragma once

#include "CliRunner.h"

namespace clitest {

// What the "login direct" tests share (tst_clilogin, tst_cliloginfailures): the fixture, an account
// whose password needs encoding, and the command line that reads the password from stdin.
class CliLoginFixture : public CliFixture
{
protected:
    static fakevk::Account account(qint64 userId)
    {
        fakevk::Account a;
        a.userId = userId;
        a.login = QStringLiteral("user%1@example.org").arg(userId);
        a.phone = QStringLiteral("79991234567");
        a.password = QStringLiteral("S3cr3t-pw-%1 &=+").arg(userId);
        a.email = a.login;
        return a;
    }

    static QStringList loginArgs(const fakevk::Account &a, const QStringList &extra = {})
    {
        return QStringList {QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--login"),
                   a.login, QStringLiteral("--password-stdin"), QStringLiteral("--timeout"),
                   QStringLiteral("5s")}
        + extra;
    }
};

} // namespace clitest
