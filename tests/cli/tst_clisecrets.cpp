// SPDX-License-Identifier: MIT
#include "CliRunner.h"
#include "FakeVk.h"
#include "TestSupport.h"

#include <QTest>
#include <QUrlQuery>

using namespace clitest;
using testsupport::tokenParams;

// Issue 13 item 6: secrets never on the command line, and a profile's trusted hash never sent for
// another account. The built vkauth-cli against the loopback fake VK and the session's keychain.
class TestCliSecrets : public QObject, public CliFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void clientSecretFlagRefused_data();
    void clientSecretFlagRefused();
    void clientSecretFromEnvironment();
    void clientSecretFromStdin();
    void clientSecretStdinOnlyForOwnApps();
    void trustedHashOnlyForItsLogin();

private:
    fakevk::Account account(qint64 userId, bool twoFactor);
};

void TestCliSecrets::init()
{
    QVERIFY(startCli());
}

void TestCliSecrets::cleanup()
{
    stopCli();
}

fakevk::Account TestCliSecrets::account(qint64 userId, bool twoFactor)
{
    fakevk::Account a;
    a.userId = userId;
    a.login = QStringLiteral("user%1@example.org").arg(userId);
    a.password = QStringLiteral("pw-%1").arg(userId);
    a.email = a.login;
    if (twoFactor)
        a.twoFactor = fakevk::Account::TwoFactor::App;
    return a;
}

void TestCliSecrets::clientSecretFlagRefused_data()
{
    QTest::addColumn<QStringList>("flag");
    QTest::newRow("separate") << QStringList {
        QStringLiteral("--client-secret"), QStringLiteral("AppS3cretXYZ")};
    QTest::newRow("joined") << QStringList {QStringLiteral("--client-secret=AppS3cretXYZ")};
}

void TestCliSecrets::clientSecretFlagRefused()
{
    QFETCH(QStringList, flag);
    const CliResult r
        = m_cli->run(QStringList {QStringLiteral("login"), QStringLiteral("direct"),
                         QStringLiteral("--login"), QStringLiteral("a@example.org"),
                         QStringLiteral("--client-id"), QStringLiteral("123"), QStringLiteral("--json")}
            + flag);
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("BAD_USAGE"));
    QVERIFY(r.err.contains("VKAUTH_CLIENT_SECRET") || r.out.contains("VKAUTH_CLIENT_SECRET"));
    QVERIFY(!r.err.contains("AppS3cretXYZ") && !r.out.contains("AppS3cretXYZ"));
    QVERIFY(m_fake->requests(QStringLiteral("/token")).isEmpty());
}

void TestCliSecrets::clientSecretFromEnvironment()
{
    const auto a = account(7100000002LL, false);
    m_fake->addAccount(a);
    m_fake->allowClient(QStringLiteral("555"), QStringLiteral("AppS3cretXYZ"));
    m_cli->env().insert(QStringLiteral("VKAUTH_CLIENT_SECRET"), QStringLiteral("AppS3cretXYZ"));
    const CliResult r
        = m_cli->run({QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--login"), a.login,
                         QStringLiteral("--client-id"), QStringLiteral("555"),
                         QStringLiteral("--password-stdin"), QStringLiteral("--no-save")},
            a.password.toUtf8() + '\n');
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(tokenParams(m_fake->requests(QStringLiteral("/token")).last())
                 .queryItemValue(QStringLiteral("client_secret")),
        QStringLiteral("AppS3cretXYZ"));
}

// Issue 13 item 6: the app's secret from stdin like the password (first line, then the password);
// never echoed or printed.
void TestCliSecrets::clientSecretFromStdin()
{
    const auto a = account(7100000005LL, false);
    m_fake->addAccount(a);
    m_fake->allowClient(QStringLiteral("556"), QStringLiteral("AppS3cretSTDIN"));
    const CliResult r = m_cli->run(
        {QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--login"), a.login,
            QStringLiteral("--client-id"), QStringLiteral("556"), QStringLiteral("--client-secret-stdin"),
            QStringLiteral("--password-stdin"), QStringLiteral("--no-save")},
        "AppS3cretSTDIN\n" + a.password.toUtf8() + '\n');
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QUrlQuery sent = tokenParams(m_fake->requests(QStringLiteral("/token")).last());
    QCOMPARE(sent.queryItemValue(QStringLiteral("client_secret")), QStringLiteral("AppS3cretSTDIN"));
    QCOMPARE(sent.queryItemValue(QStringLiteral("client_id")), QStringLiteral("556"));
    QVERIFY(!r.err.contains("AppS3cretSTDIN"));
    // The printed token is all stdout holds.
    QVERIFY(!r.out.contains("AppS3cretSTDIN"));

    // Input that ends before the secret: a clear error, nothing sent.
    const qsizetype before = m_fake->requests(QStringLiteral("/token")).size();
    const CliResult empty = m_cli->run(
        {QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--login"), a.login,
            QStringLiteral("--client-id"), QStringLiteral("556"), QStringLiteral("--client-secret-stdin"),
            QStringLiteral("--password-stdin"), QStringLiteral("--json")},
        QByteArray());
    QVERIFY2(empty.finished && empty.exitCode != 0, qPrintable(empty.describe()));
    QVERIFY2(empty.err.contains("secret"), qPrintable(empty.describe()));
    QCOMPARE(m_fake->requests(QStringLiteral("/token")).size(), before);
}

void TestCliSecrets::clientSecretStdinOnlyForOwnApps()
{
    const CliResult r
        = m_cli->run({QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--login"),
                         QStringLiteral("a@example.org"), QStringLiteral("--app"), QStringLiteral("android"),
                         QStringLiteral("--client-secret-stdin"), QStringLiteral("--json")},
            "whatever\npw\n");
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("BAD_USAGE"));
    QVERIFY(m_fake->requests(QStringLiteral("/token")).isEmpty());
}

// "--profile P --login other": P's trusted hash belongs to P's account and must not be sent for
// another (the GUI's rule: the same login only).
void TestCliSecrets::trustedHashOnlyForItsLogin()
{
    auto owner = account(7100000003LL, true);
    m_fake->addAccount(owner);
    const auto other = account(7100000004LL, false);
    m_fake->addAccount(other);
    const QStringList common {
        QStringLiteral("--password-stdin"), QStringLiteral("--timeout"), QStringLiteral("5s")};
    const CliResult first
        = m_cli->run(QStringList {QStringLiteral("login"), QStringLiteral("direct"),
                         QStringLiteral("--login"), owner.login, QStringLiteral("--app"),
                         QStringLiteral("windows"), QStringLiteral("--label"), QStringLiteral("twofa")}
                + common,
            owner.password.toUtf8() + '\n' + owner.otp.toUtf8() + '\n');
    QVERIFY2(first.finished && first.exitCode == 0, qPrintable(first.describe()));

    // Same login: the hash goes (VK asks no code).
    qsizetype before = m_fake->requests(QStringLiteral("/token")).size();
    const CliResult same
        = m_cli->run(QStringList {QStringLiteral("login"), QStringLiteral("direct"),
                         QStringLiteral("--profile"), QStringLiteral("twofa"), QStringLiteral("--no-save")}
                + common,
            owner.password.toUtf8() + '\n');
    QVERIFY2(same.finished && same.exitCode == 0, qPrintable(same.describe()));
    QVERIFY(tokenParams(m_fake->requests(QStringLiteral("/token")).last())
                .hasQueryItem(QStringLiteral("trusted_hash")));

    // Another login with the same profile: no hash in any request.
    before = m_fake->requests(QStringLiteral("/token")).size();
    const CliResult r = m_cli->run(
        QStringList {QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--profile"),
            QStringLiteral("twofa"), QStringLiteral("--login"), other.login, QStringLiteral("--no-save")}
            + common,
        other.password.toUtf8() + '\n');
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const auto requests = m_fake->requests(QStringLiteral("/token"));
    QVERIFY(requests.size() > before);
    for (qsizetype i = before; i < requests.size(); ++i) {
        const QUrlQuery params = tokenParams(requests[i]);
        QCOMPARE(params.queryItemValue(QStringLiteral("username")), other.login);
        QVERIFY2(
            !params.hasQueryItem(QStringLiteral("trusted_hash")), "another account's trusted hash was sent");
    }
}

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_clisecrets.moc"
