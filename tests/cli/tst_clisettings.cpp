// SPDX-License-Identifier: MIT
// The CLI reads the app's network settings (domain, timeout) from the same file the app writes, the
// environment's VKAUTH_*_URL still winning (issue 12 items 1 and 7); --timeout takes a unit.
#include "CliRunner.h"
#include "FakeVk.h"
#include "Settings.h"
#include "TestSupport.h"
#include "auth/OfficialApps.h"
#include "profiles/ProfileStore.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSettings>
#include <QTest>

using namespace clitest;
using namespace vkauth;

class TestCliSettings : public QObject, public CliFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void checkGoesToTheSettingsDomain();
    void checkHonoursTheSettingsTimeout();
    void environmentStillWins();
    void loginHonoursTheSettingsTimeout();
    void loginUsesTheSettingsDefaultApp_data();
    void loginUsesTheSettingsDefaultApp();
    void timeoutTakesAUnit_data();
    void timeoutTakesAUnit();
    void bareTimeoutRefusedWithHint();

private:
    void writeSettings(const Settings &settings);
    QString addProfile(qint64 userId);

    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestCliSettings::init()
{
    QVERIFY(startCli());
    // A private settings file for the child: ~/.config/vkauth/vkauth.conf, as the app writes it.
    m_config = std::make_unique<QTemporaryDir>();
    m_cli->env().insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    ProfileStore::Options options;
    options.dataDir = m_cli->dataDir();
    m_store = std::make_unique<ProfileStore>(options);
    QVERIFY(m_store->load().ok());
}

void TestCliSettings::cleanup()
{
    m_store.reset();
    stopCli();
    m_config.reset();
}

void TestCliSettings::writeSettings(const Settings &settings)
{
    QSettings store(m_config->filePath(QStringLiteral("vkauth/vkauth.conf")), QSettings::IniFormat);
    settings.save(store);
}

// A user profile saved the way the app saves one.
QString TestCliSettings::addProfile(qint64 userId)
{
    fakevk::Account a;
    a.userId = userId;
    a.login = QStringLiteral("p%1@example.org").arg(userId);
    a.password = QStringLiteral("x");
    m_fake->addAccount(a);
    ObtainedToken t;
    t.kind = TokenKind::User;
    t.vkId = userId;
    t.scope = 2u;
    t.token = m_fake->issueUserToken(userId, t.scope);
    t.app = *AppCredentials::byKey(QStringLiteral("windows"));
    t.obtainedAt = QDateTime::currentDateTimeUtc();
    QSignalSpy saved(m_store.get(), &ProfileStore::secretStateChanged);
    const QString id = m_store->add(t, QStringLiteral("Ivan Petrov"));
    for (int i = 0; i < 3 && m_store->secretState(id) == ProfileStore::SecretState::Saving; ++i)
        saved.wait(10000);
    return m_store->secretState(id) == ProfileStore::SecretState::Saved ? id : QString();
}

// The bug of issue 12: the check went to vk.ru whatever the settings said. With no VKAUTH_API_URL the
// API base follows the domain setting; the URL policy (only the overridden hosts, the fake's) refuses
// it before anything is sent, and its refusal names the host the check was aimed at.
void TestCliSettings::checkGoesToTheSettingsDomain()
{
    const QString id = addProfile(8200000001LL);
    QVERIFY(!id.isEmpty());
    Settings settings;
    settings.domain = VkDomain::VkCom;
    writeSettings(settings);
    m_cli->env().remove(QStringLiteral("VKAUTH_API_URL"));
    const CliResult r = m_cli->run({QStringLiteral("check"), id, QStringLiteral("--json")});
    QVERIFY2(r.finished && r.exitCode == 4, qPrintable(r.describe()));
    const QString message = r.json().object().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1String("api.vk.com")), qPrintable(r.describe()));
    QVERIFY2(!message.contains(QLatin1String("api.vk.ru")), qPrintable(r.describe()));
}

// The settings' request timeout ends a check VK does not answer (the old fixed 10 s did not).
void TestCliSettings::checkHonoursTheSettingsTimeout()
{
    const QString id = addProfile(8200000002LL);
    QVERIFY(!id.isEmpty());
    Settings settings;
    settings.requestTimeoutSeconds = Settings::kMinTimeoutSeconds; // 5 s
    writeSettings(settings);
    m_fake->setFault(QStringLiteral("/method/users.get"), fakevk::Fault::Slow);
    m_fake->setFaultDelayMs(20000);
    QElapsedTimer clock;
    clock.start();
    const CliResult r = m_cli->run({QStringLiteral("check"), id, QStringLiteral("--json")});
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(r.finished && r.exitCode == 4, qPrintable(r.describe()));
    QCOMPARE(r.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("network_error"));
    QVERIFY2(elapsed >= 4500 && elapsed < 9000, qPrintable(QString::number(elapsed)));
}

// VKAUTH_API_URL wins over the domain setting: the check reaches the fake and passes.
void TestCliSettings::environmentStillWins()
{
    const QString id = addProfile(8200000003LL);
    QVERIFY(!id.isEmpty());
    Settings settings;
    settings.domain = VkDomain::VkCom;
    writeSettings(settings);
    const CliResult r = m_cli->run({QStringLiteral("check"), id, QStringLiteral("--json")});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(m_fake->requests(QStringLiteral("/method/users.get")).size(), 1);
}

// Without --timeout, a sign-in's requests end after the settings' timeout.
void TestCliSettings::loginHonoursTheSettingsTimeout()
{
    fakevk::Account a;
    a.userId = 8200000004LL;
    a.login = QStringLiteral("slow@example.org");
    a.password = QStringLiteral("pw");
    m_fake->addAccount(a);
    Settings settings;
    settings.requestTimeoutSeconds = Settings::kMinTimeoutSeconds;
    writeSettings(settings);
    m_fake->setFault(QStringLiteral("/token"), fakevk::Fault::Slow);
    m_fake->setFaultDelayMs(20000);
    QElapsedTimer clock;
    clock.start();
    const CliResult r
        = m_cli->run({QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--login"), a.login,
                         QStringLiteral("--password-stdin"), QStringLiteral("--json")},
            "pw\n");
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(r.finished && r.exitCode == 4, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("TIMEOUT"));
    QVERIFY2(elapsed >= 4500 && elapsed < 9000, qPrintable(QString::number(elapsed)));
}

// Without --app, "login direct" signs in through the app the Settings preselect (as the app's form
// does), and through android when that app cannot sign in with a password (a browser-only app).
void TestCliSettings::loginUsesTheSettingsDefaultApp_data()
{
    QTest::addColumn<QString>("defaultApp");
    QTest::addColumn<QString>("expected");
    QTest::newRow("iphone") << QStringLiteral("iphone") << QStringLiteral("iphone");
    QTest::newRow("vkMe") << QStringLiteral("vkMe") << QStringLiteral("vkMe");
    QTest::newRow("browser-only kateMobile") << QStringLiteral("kateMobile") << QStringLiteral("android");
    QTest::newRow("unknown") << QStringLiteral("nosuchapp") << QStringLiteral("android");
}

void TestCliSettings::loginUsesTheSettingsDefaultApp()
{
    QFETCH(QString, defaultApp);
    QFETCH(QString, expected);
    fakevk::Account a;
    a.userId = 8200000005LL;
    a.login = QStringLiteral("apps@example.org");
    a.password = QStringLiteral("pw");
    m_fake->addAccount(a);
    Settings settings;
    settings.defaultApp = defaultApp;
    writeSettings(settings);
    const CliResult r = m_cli->run(
        {QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--login"), a.login,
            QStringLiteral("--password-stdin"), QStringLiteral("--no-save"), QStringLiteral("--json")},
        "pw\n");
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const auto requests = m_fake->requests(QStringLiteral("/token"));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(testsupport::tokenParams(requests.first()).queryItemValue(QStringLiteral("client_id")),
        AppCredentials::byKey(expected)->clientId);
}

void TestCliSettings::timeoutTakesAUnit_data()
{
    QTest::addColumn<QString>("timeout");
    QTest::newRow("ms") << QStringLiteral("500ms");
    QTest::newRow("s") << QStringLiteral("1s");
}

// --timeout with a unit wins over the settings (30 s here): the slow /token ends within it.
void TestCliSettings::timeoutTakesAUnit()
{
    QFETCH(QString, timeout);
    fakevk::Account a;
    a.userId = 8200000005LL;
    a.login = QStringLiteral("unit@example.org");
    a.password = QStringLiteral("pw");
    m_fake->addAccount(a);
    m_fake->setFault(QStringLiteral("/token"), fakevk::Fault::Slow);
    m_fake->setFaultDelayMs(20000);
    QElapsedTimer clock;
    clock.start();
    const CliResult r = m_cli->run({QStringLiteral("login"), QStringLiteral("direct"),
                                       QStringLiteral("--login"), a.login, QStringLiteral("--password-stdin"),
                                       QStringLiteral("--json"), QStringLiteral("--timeout"), timeout},
        "pw\n");
    QVERIFY2(r.finished && r.exitCode == 4, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("TIMEOUT"));
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
}

// A bare number was milliseconds before: refused now, with a hint that shows both units.
void TestCliSettings::bareTimeoutRefusedWithHint()
{
    for (const QString &command : {QStringLiteral("direct"), QStringLiteral("verify")}) {
        QStringList args = command == u"verify"
            ? QStringList {QStringLiteral("verify"), QStringLiteral("http://127.0.0.1:1/x")}
            : QStringList {QStringLiteral("login"), QStringLiteral("direct"), QStringLiteral("--login"),
                QStringLiteral("x"), QStringLiteral("--password-stdin")};
        args << QStringLiteral("--timeout") << QStringLiteral("5000");
        const CliResult r = m_cli->run(args, "pw\n");
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("5000ms") && r.err.contains("5s"), qPrintable(r.describe()));
    }
    QVERIFY(m_fake->requests(QStringLiteral("/token")).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliSettings)
#include "tst_clisettings.moc"
