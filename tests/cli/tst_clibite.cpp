// SPDX-License-Identifier: MIT
// Tests that kill the mutants issue 18 found alive, CLI side: the --json error code of 2FA refusals
// before any code, the secret-flag guard told apart from Qt's "Unknown option", the browser sign-in's
// state as the fake received it, and community tokens that expire.
#include "CliRunner.h"
#include "FakeVk.h"
#include "PasteBrowser.h"
#include "auth/HtmlForm.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

using namespace clitest;

class TestCliBite : public QObject, public CliFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void otpRefusedBeforeAnyCode_data();
    void otpRefusedBeforeAnyCode();
    void secretFlagsRefusedByOurGuard_data();
    void secretFlagsRefusedByOurGuard();
    void browserSendsAndChecksState();
    void communityTokensThatExpire();

private:
    fakevk::Account account(qint64 userId);

    std::unique_ptr<PasteBrowser> m_browser;
};

void TestCliBite::init()
{
    QVERIFY(startCli());
    m_browser = std::make_unique<PasteBrowser>();
}

void TestCliBite::cleanup()
{
    m_browser.reset();
    stopCli();
}

fakevk::Account TestCliBite::account(qint64 userId)
{
    fakevk::Account a;
    a.userId = userId;
    a.login = QStringLiteral("bite%1@example.org").arg(userId);
    a.phone = QStringLiteral("79991234567");
    a.password = QStringLiteral("bite-pass-%1 &=+").arg(userId);
    a.email = a.login;
    return a;
}

// Mutant: wrong_otp and otp_format_is_incorrect swapped in DirectAuthorization.
void TestCliBite::otpRefusedBeforeAnyCode_data()
{
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong_otp") << "wrong_otp"
                               << "WRONG_OTP";
    QTest::newRow("otp_format_is_incorrect") << "otp_format_is_incorrect"
                                             << "OTP_FORMAT_IS_INCORRECT";
}

void TestCliBite::otpRefusedBeforeAnyCode()
{
    QFETCH(QString, errorType);
    QFETCH(QString, code);
    auto a = account(7100000001LL);
    a.twoFactor = fakevk::Account::TwoFactor::App;
    a.otpErrorWithoutCode = errorType;
    m_fake->addAccount(a);
    const CliResult r
        = m_cli->run({QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--login"), a.login,
                         QStringLiteral("--password-stdin"), QStringLiteral("--json"),
                         QStringLiteral("--timeout"), QStringLiteral("5s")},
            a.password.toUtf8() + '\n');
    QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), code);
    QVERIFY(!r.out.contains(a.password.toUtf8()));
}

// Mutant: any of --password, --token, --code, --passphrase removed from the guard in CommandParser.
// Qt's parser would refuse them too (exit 2, "Unknown option 'password'."), so the test looks at our
// words: the flag named with its dashes, and no "Unknown option".
void TestCliBite::secretFlagsRefusedByOurGuard_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("flag");
    const QString secret = QStringLiteral("Sup3rSecretValue");
    const QStringList direct {QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--login"),
        QStringLiteral("a@example.org")};
    for (const char *name : {"--password", "--token", "--code", "--passphrase"}) {
        const QString flag = QString::fromLatin1(name);
        QTest::newRow(qPrintable(QStringLiteral("login %1 VALUE").arg(flag)))
            << direct + QStringList {flag, secret} << flag;
        QTest::newRow(qPrintable(QStringLiteral("login %1=VALUE").arg(flag)))
            << direct + QStringList {flag + u'=' + secret} << flag;
    }
    QTest::newRow("import --passphrase") << QStringList {QStringLiteral("import"),
        QStringLiteral("--passphrase"), secret, QStringLiteral("x.vkauth")}
                                         << "--passphrase";
    QTest::newRow("export --passphrase=") << QStringList {QStringLiteral("export"),
        QStringLiteral("--passphrase=") + secret, QStringLiteral("x.vkauth")}
                                          << "--passphrase";
    QTest::newRow("check --token") << QStringList {QStringLiteral("check"), QStringLiteral("--token"), secret}
                                   << "--token";
}

void TestCliBite::secretFlagsRefusedByOurGuard()
{
    QFETCH(QStringList, args);
    QFETCH(QString, flag);
    const CliResult r = m_cli->run(args + QStringList {QStringLiteral("--json")});
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("BAD_USAGE"));
    const QString message = r.json()
                                .object()
                                .value(QStringLiteral("error"))
                                .toObject()
                                .value(QStringLiteral("message"))
                                .toString();
    QVERIFY2(message.contains(flag), qPrintable(r.describe()));
    QVERIFY2(!message.contains(QLatin1String("Unknown option")), qPrintable(r.describe()));
    QVERIFY2(
        !r.out.contains("Sup3rSecretValue") && !r.err.contains("Sup3rSecretValue"), qPrintable(r.describe()));
    QVERIFY(m_fake->requests().isEmpty());
}

// Mutant: the browser sign-in never sending state (and its check on the way back).
void TestCliBite::browserSendsAndChecksState()
{
    const auto a = account(9200000001LL);
    m_fake->addAccount(a);
    const QStringList args {QStringLiteral("login"), QStringLiteral("browser"), QStringLiteral("--app"),
        QStringLiteral("vkAdmin"), QStringLiteral("--json"), QStringLiteral("--no-save")};

    auto cli = m_cli->start(args);
    QString authorize;
    const QUrl paste = m_browser->signIn(*cli, a, true, &authorize);
    QVERIFY2(paste.isValid(), qPrintable(authorize));
    const QString sent = QUrlQuery(QUrl(authorize).query()).queryItemValue(QStringLiteral("state"));
    QVERIFY2(sent.size() >= 16, qPrintable(authorize));
    const auto requests = m_fake->requests(QStringLiteral("/authorize"));
    QVERIFY(!requests.isEmpty());
    QCOMPARE(QUrlQuery(requests.first().url).queryItemValue(QStringLiteral("state")), sent);
    QCOMPARE(QUrlQuery(paste.fragment()).queryItemValue(QStringLiteral("state")), sent);
    const CliResult ok = CliRunner::finish(*cli, paste.toString(QUrl::FullyEncoded).toUtf8() + '\n');
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));

    // A second run has its own state, and refuses an answer that carries the first one.
    auto second = m_cli->start(args);
    QByteArray err;
    QVERIFY(CliRunner::waitForErr(*second, err, "Paste the address"));
    const qsizetype at = err.indexOf("  http");
    const QUrl again(QString::fromUtf8(err.mid(at, err.indexOf('\n', at) - at)).trimmed());
    const QString other = QUrlQuery(again.query()).queryItemValue(QStringLiteral("state"));
    QVERIFY(other.size() >= 16);
    QVERIFY(other != sent);
    const CliResult refused = CliRunner::finish(*second, paste.toString(QUrl::FullyEncoded).toUtf8() + '\n');
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.describe()));
    QVERIFY(!refused.json().object().contains(QStringLiteral("token")));
}

// Mutant: community tokens losing their expires_in.
void TestCliBite::communityTokensThatExpire()
{
    auto a = account(9200000002LL);
    a.groups = {{55, QStringLiteral("Club"), QStringLiteral("club55")}};
    m_fake->addAccount(a);
    m_fake->setCommunityTokenLifetime(86400);
    auto cli
        = m_cli->start({QStringLiteral("login"), QStringLiteral("browser"), QStringLiteral("--client-id"),
            QStringLiteral("6121396"), QStringLiteral("--groups"), QStringLiteral("55"),
            QStringLiteral("--scope"), QStringLiteral("messages,manage"), QStringLiteral("--json")});
    QString authorize;
    const QUrl paste = m_browser->signIn(*cli, a, true, &authorize);
    QVERIFY2(paste.isValid(), qPrintable(authorize));
    QCOMPARE(
        QUrlQuery(paste.fragment()).queryItemValue(QStringLiteral("expires_in")), QStringLiteral("86400"));
    const CliResult r = CliRunner::finish(*cli, paste.toString(QUrl::FullyEncoded).toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray groups = r.json().object().value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.at(0).toObject().value(QStringLiteral("expires_in")).toInteger(), 86400);
    const CliResult list = m_cli->run({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.json().array().size(), 1);
    const QJsonObject saved = list.json().array().at(0).toObject();
    QCOMPARE(saved.value(QStringLiteral("kind")).toString(), QStringLiteral("community"));
    QVERIFY2(saved.value(QStringLiteral("expires_at")).isString(), qPrintable(list.describe()));
}

QTEST_GUILESS_MAIN(TestCliBite)
#include "tst_clibite.moc"
