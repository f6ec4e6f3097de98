// SPDX-License-Identifier: MIT
// "vkauth-cli login direct" when it cannot succeed: wrong answers, timeouts, an unreachable VK, no
// answers, bad usage and a keychain that fails — each with its exit code, quickly, never a hang.

#include "CliLoginFixture.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace clitest;

class TestCliLoginFailures : public QObject, public CliLoginFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(startCli()); }
    void cleanup() { stopCli(); }
    void wrongPassword();
    void wrongCodeThreeTimes();
    void timeoutIsNetworkExit();
    void unreachableIsNetworkExit();
    void noAnswersEndsQuickly();
    void noPasswordSourceEndsQuickly();
    void closedStdinEndsQuickly();
    void passwordFlagRejected();
    void badUsage_data();
    void badUsage();
    void keychainUnavailable();
};

void TestCliLoginFailures::wrongPassword()
{
    const auto a = account(7000000009LL);
    m_fake->addAccount(a);
    const CliResult r = m_cli->run(loginArgs(a, {QStringLiteral("--json")}), "not-the-password\n");
    QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("USERNAME_OR_PASSWORD_IS_INCORRECT"));
    QVERIFY(!r.json()
                 .object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TestCliLoginFailures::wrongCodeThreeTimes()
{
    auto a = account(7000000010LL);
    a.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(a);
    const CliResult r = m_cli->run(
        loginArgs(a, {QStringLiteral("--json")}), a.password.toUtf8() + "\n000001\n000002\n000003\n");
    QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("FAILED_PASSED_TWO_FACTOR"));
}

void TestCliLoginFailures::timeoutIsNetworkExit()
{
    const auto a = account(7000000011LL);
    m_fake->addAccount(a);
    m_fake->setFault(QStringLiteral("/token"), fakevk::Fault::Slow);
    m_fake->setFaultDelayMs(10000);
    const CliResult r = m_cli->run(
        loginArgs(a, {QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("500ms")}),
        a.password.toUtf8() + '\n');
    QVERIFY2(r.finished && r.exitCode == 4, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("TIMEOUT"));
}

void TestCliLoginFailures::unreachableIsNetworkExit()
{
    const auto a = account(7000000012LL);
    m_fake->addAccount(a);
    const QString closed = QStringLiteral("http://127.0.0.1:1");
    m_cli->env().insert(QStringLiteral("VKAUTH_OAUTH_URL"), closed);
    const CliResult r = m_cli->run(loginArgs(a, {QStringLiteral("--json")}), a.password.toUtf8() + '\n');
    QVERIFY2(r.finished && r.exitCode == 4, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("NETWORK_ERROR"));
}

// Stdin ends before the code is given: a clear error at once, exit 7, never a wait.
void TestCliLoginFailures::noAnswersEndsQuickly()
{
    auto a = account(7000000013LL);
    a.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(a);
    QElapsedTimer clock;
    clock.start();
    const CliResult r
        = m_cli->run(loginArgs(a, {QStringLiteral("--json")}), a.password.toUtf8() + '\n', 15000);
    QVERIFY2(r.finished && r.exitCode == 7, qPrintable(r.describe()));
    QVERIFY(clock.elapsed() < 10000);
    QCOMPARE(r.errorCode(), QStringLiteral("CANCELLED"));
    QVERIFY2(r.err.contains("No answer could be read"), r.err.constData());
}

void TestCliLoginFailures::noPasswordSourceEndsQuickly()
{
    const auto a = account(7000000014LL);
    m_fake->addAccount(a);
    const CliResult r = m_cli->run(
        {QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--login"), a.login}, {}, 15000);
    QVERIFY2(r.finished && r.exitCode == 7, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("--password-stdin"), r.err.constData());
    QVERIFY(m_fake->requests(QStringLiteral("/token")).isEmpty());

    const CliResult empty = m_cli->run(loginArgs(a), {}, 15000);
    QVERIFY2(empty.finished && empty.exitCode == 7, qPrintable(empty.describe()));
}

// stdin closed altogether (cron, "<&-"): the captcha question fails at once instead of reading
// whatever file Qt opened next.
void TestCliLoginFailures::closedStdinEndsQuickly()
{
    auto a = account(7000000021LL);
    a.captchasBeforeLogin = 1;
    m_fake->addAccount(a);
    m_cli->env().insert(QStringLiteral("VKAUTH_PASSWORD"), a.password);
    m_cli->env().insert(QStringLiteral("CLI"), CliRunner::program());
    m_cli->env().insert(QStringLiteral("LOGIN"), a.login);
    QProcess sh;
    sh.setProcessEnvironment(m_cli->env());
    sh.start(QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"), QStringLiteral("exec \"$CLI\" login direct --login \"$LOGIN\" --json <&-")});
    const CliResult r = CliRunner::finish(sh, {}, 15000);
    QVERIFY2(r.finished && r.exitCode == 7, qPrintable(r.describe()));
    QVERIFY(r.err.contains("No answer could be read"));
}

void TestCliLoginFailures::passwordFlagRejected()
{
    const auto a = account(7000000015LL);
    m_fake->addAccount(a);
    for (const QStringList &flag : {QStringList {QStringLiteral("--password"), a.password},
             QStringList {QStringLiteral("--password=") + a.password}}) {
        const CliResult r = m_cli->run(QStringList {QStringLiteral("login"), QStringLiteral("direct"),
                                           QStringLiteral("--login"), a.login, QStringLiteral("--json")}
            + flag);
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
        QCOMPARE(r.errorCode(), QStringLiteral("BAD_USAGE"));
        QVERIFY(!r.err.contains(a.password.toUtf8()));
        QVERIFY(!r.out.contains(a.password.toUtf8()));
    }
    QVERIFY(m_fake->requests(QStringLiteral("/token")).isEmpty());
}

void TestCliLoginFailures::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    const QString login = QStringLiteral("login"), direct = QStringLiteral("direct");
    QTest::newRow("no login") << QStringList {login, direct, QStringLiteral("--password-stdin")};
    QTest::newRow("unknown flag") << QStringList {
        login, direct, QStringLiteral("--login"), QStringLiteral("x"), QStringLiteral("--frob")};
    QTest::newRow("unknown app") << QStringList {login, direct, QStringLiteral("--login"),
        QStringLiteral("x"), QStringLiteral("--app"), QStringLiteral("kateMobile")};
    QTest::newRow("unknown scope") << QStringList {login, direct, QStringLiteral("--login"),
        QStringLiteral("x"), QStringLiteral("--scope"), QStringLiteral("friends,telepathy")};
    QTest::newRow("bad header") << QStringList {login, direct, QStringLiteral("--login"), QStringLiteral("x"),
        QStringLiteral("--header"), QStringLiteral("nocolon")};
    QTest::newRow("bad timeout") << QStringList {login, direct, QStringLiteral("--login"),
        QStringLiteral("x"), QStringLiteral("--timeout"), QStringLiteral("soon")};
    QTest::newRow("secret without id") << QStringList {login, direct, QStringLiteral("--login"),
        QStringLiteral("x"), QStringLiteral("--client-id"), QStringLiteral("5")};
    QTest::newRow("no method") << QStringList {login};
    QTest::newRow("bad method") << QStringList {login, QStringLiteral("telepathy")};
}

void TestCliLoginFailures::badUsage()
{
    QFETCH(QStringList, args);
    const CliResult r = m_cli->run(args, "pw\n");
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
    QVERIFY(m_fake->requests(QStringLiteral("/token")).isEmpty());
}

// No Secret Service: the token is still printed (it would be lost otherwise), the exit code says 5.
void TestCliLoginFailures::keychainUnavailable()
{
    const auto a = account(7000000016LL);
    m_fake->addAccount(a);
    m_cli->env().insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/vkauth-bus"));
    m_cli->env().remove(QStringLiteral("DISPLAY"));
    const CliResult r = m_cli->run(loginArgs(a, {QStringLiteral("--json")}), a.password.toUtf8() + '\n');
    QVERIFY2(r.finished && r.exitCode == 5, qPrintable(r.describe()));
    const QJsonObject o = r.json().object();
    QVERIFY(m_fake->isValidToken(o.value(QStringLiteral("token")).toString()));
    QCOMPARE(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("KEYCHAIN_ERROR"));

    const CliResult token = m_cli->run({QStringLiteral("token"), QString::number(a.userId)});
    QCOMPARE(token.exitCode, 6); // nothing was kept without its secret
}

QTEST_GUILESS_MAIN(TestCliLoginFailures)
#include "tst_cliloginfailures.moc"
