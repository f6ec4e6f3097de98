// SPDX-License-Identifier: MIT
// The apps as data in vkauth-cli (issue 17): `apps` shows the table with its status, a user's override
// file changes it without a rebuild (a malformed one is ignored with a warning), and a sign-in VK
// refuses for the app ends with AUTHORIZATION_FAILED, a stable reason and the flag to retry with.
#include "CliLoginFixture.h"
#include "WebViewDriver.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCliApps : public QObject, public CliLoginFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { stopCli(); }
    void appsShowStatus();
    void overrideFileChangesTheTable();
    void malformedOverrideWarns();
    void directRefusal_data();
    void directRefusal();
    void browserRefusal();
    void pasteRefusal_data();
    void pasteRefusal();

private:
    QJsonObject appEntry(const CliResult &r, const QString &key) const;
    void writeOverride(const QByteArray &text);
    QTemporaryDir m_config;
};

void TestCliApps::init()
{
    QVERIFY(startCli());
    QVERIFY(m_config.isValid());
    m_cli->env().insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    QDir(m_config.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_config.path()));
}

QJsonObject TestCliApps::appEntry(const CliResult &r, const QString &key) const
{
    for (const QJsonValue &v : r.json().array()) {
        if (v.toObject().value(QStringLiteral("key")).toString() == key)
            return v.toObject();
    }
    return {};
}

void TestCliApps::writeOverride(const QByteArray &text)
{
    // <AppConfigLocation>/apps.json: organisation and application are both "vkauth".
    const QString dir = m_config.path() + QStringLiteral("/vkauth/vkauth");
    QVERIFY(QDir().mkpath(dir));
    QFile f(dir + QStringLiteral("/apps.json"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

void TestCliApps::appsShowStatus()
{
    const CliResult json = m_cli->run({QStringLiteral("apps"), QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const QJsonObject admin = appEntry(json, QStringLiteral("vkAdmin"));
    QCOMPARE(admin.value(QStringLiteral("client_id")).toString(), QStringLiteral("6121396"));
    QCOMPARE(admin.value(QStringLiteral("status")).toString(), QStringLiteral("blocked"));
    QCOMPARE(admin.value(QStringLiteral("since")).toString(), QStringLiteral("2026-04"));
    QVERIFY(admin.value(QStringLiteral("note")).toString().contains(QLatin1String("application is blocked")));
    QCOMPARE(appEntry(json, QStringLiteral("kateMobile")).value(QStringLiteral("status")).toString(),
        QStringLiteral("works"));

    const CliResult text = m_cli->run({QStringLiteral("apps")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    for (const QByteArray &line : text.out.split('\n')) {
        if (line.startsWith("vkAdmin"))
            QVERIFY2(line.contains("blocked since 2026-04"), line.constData());
        if (line.startsWith("kateMobile"))
            QVERIFY2(line.contains("works"), line.constData());
    }
    QVERIFY(text.out.contains("vkAdmin"));
}

void TestCliApps::overrideFileChangesTheTable()
{
    writeOverride(R"({"apps":[{"key":"kateMobile","status":"disabled","since":"2027-03","note":"Off."},
        {"key":"myApp","name":"My app","client_id":"7777777","flows":["browser"]}]})");
    const CliResult r = m_cli->run({QStringLiteral("apps"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
    const QJsonObject kate = appEntry(r, QStringLiteral("kateMobile"));
    QCOMPARE(kate.value(QStringLiteral("status")).toString(), QStringLiteral("disabled"));
    QCOMPARE(kate.value(QStringLiteral("since")).toString(), QStringLiteral("2027-03"));
    QCOMPARE(kate.value(QStringLiteral("note")).toString(), QStringLiteral("Off."));
    QCOMPARE(appEntry(r, QStringLiteral("myApp")).value(QStringLiteral("client_id")).toString(),
        QStringLiteral("7777777"));
}

void TestCliApps::malformedOverrideWarns()
{
    writeOverride(R"({"apps":[{"key":"kateMobile","status":"gone"}]})");
    const CliResult r = m_cli->run({QStringLiteral("apps"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("apps.json was ignored"), qPrintable(r.describe()));
    QVERIFY(r.err.contains("gone"));
    QCOMPARE(appEntry(r, QStringLiteral("kateMobile")).value(QStringLiteral("status")).toString(),
        QStringLiteral("works"));
}

void TestCliApps::directRefusal_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("blocked") << int(fakevk::ClientStatus::Blocked) << QStringLiteral("app_blocked");
    QTest::newRow("disabled") << int(fakevk::ClientStatus::Disabled) << QStringLiteral("app_disabled");
    QTest::newRow("security") << int(fakevk::ClientStatus::SecurityError) << QStringLiteral("security_error");
}

void TestCliApps::directRefusal()
{
    QFETCH(int, status);
    QFETCH(QString, reason);
    const auto a = account(7100000001LL);
    m_fake->addAccount(a);
    m_fake->setClientStatus(QStringLiteral("2274003"), fakevk::ClientStatus(status));
    const CliResult r = m_cli->run(
        loginArgs(a, {QStringLiteral("--app"), QStringLiteral("android"), QStringLiteral("--json")}),
        a.password.toUtf8() + '\n');
    QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
    QCOMPARE(r.errorCode(), QStringLiteral("AUTHORIZATION_FAILED"));
    const QJsonObject error = r.json().object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("reason")).toString(), reason);
    const QString message = error.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1String("VK for Android (2274003)")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("--app windows")), qPrintable(message));
    QVERIFY(r.err.contains("--app windows"));

    // The flag it names works.
    const CliResult retry = m_cli->run(
        loginArgs(a, {QStringLiteral("--app"), QStringLiteral("windows"), QStringLiteral("--json")}),
        a.password.toUtf8() + '\n');
    QVERIFY2(retry.exitCode == 0, qPrintable(retry.describe()));
}

// VK Admin refused on /authorize: VK shows a bare JSON page there; the web-view helper reads it and
// the CLI names Kate Mobile and its flag.
void TestCliApps::browserRefusal()
{
    if (!QFileInfo(QStringLiteral(VKAUTH_WEBVIEW_PATH)).isExecutable())
        QSKIP("built without the GUI (VKAUTH_BUILD_GUI=OFF, the sanitizer build): no web-view helper");
    m_fake->setClientStatus(QStringLiteral("6121396"), fakevk::ClientStatus::Blocked);
    webviewtest::Driver driver(QJsonArray {}, &m_cli->env());
    const CliResult r
        = m_cli->run({QStringLiteral("login"), QStringLiteral("browser"), QStringLiteral("--app"),
                         QStringLiteral("vkAdmin"), QStringLiteral("--browser"), QStringLiteral("window"),
                         QStringLiteral("--json")},
            {}, 120000);
    QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe() + u'\n' + driver.log().join(u'\n')));
    const QJsonObject error = r.json().object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("AUTHORIZATION_FAILED"));
    QCOMPARE(error.value(QStringLiteral("reason")).toString(), QStringLiteral("app_blocked"));
    const QString message = error.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1String("VK Admin (6121396)")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("--app kateMobile")), qPrintable(message));
}

void TestCliApps::pasteRefusal_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("words");
    QTest::newRow("blocked") << int(fakevk::ClientStatus::Blocked) << QStringLiteral("app_blocked")
                             << QStringLiteral("VK has blocked VK Admin (6121396)");
    QTest::newRow("disabled") << int(fakevk::ClientStatus::Disabled) << QStringLiteral("app_disabled")
                              << QStringLiteral("VK Admin (6121396)");
}

// The same with --browser paste: the CLI looks at the address itself (a plain GET, no cookies) before
// it asks for a paste, and fails as the window mode does instead of sending the user to that page.
void TestCliApps::pasteRefusal()
{
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(QString, words);
    m_fake->setClientStatus(QStringLiteral("6121396"), fakevk::ClientStatus(status));
    const CliResult r
        = m_cli->run({QStringLiteral("login"), QStringLiteral("browser"), QStringLiteral("--app"),
                         QStringLiteral("vkAdmin"), QStringLiteral("--browser"), QStringLiteral("paste"),
                         QStringLiteral("--json")},
            {});
    QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
    const QJsonObject error = r.json().object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("AUTHORIZATION_FAILED"));
    QCOMPARE(error.value(QStringLiteral("reason")).toString(), reason);
    const QString message = error.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(words), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Retry with --app kateMobile.")), qPrintable(message));
    QVERIFY2(!r.err.contains("Paste the address"), qPrintable(r.describe()));
    const auto probes = m_fake->requests(QStringLiteral("/authorize"));
    QCOMPARE(probes.size(), 1);
    QCOMPARE(probes.first().method, QByteArray("GET"));
    QVERIFY(!probes.first().headers.contains("cookie"));

    // A working app: the address is shown and a paste is asked for, as before.
    m_fake->setClientStatus(QStringLiteral("6121396"), fakevk::ClientStatus::Works);
    const CliResult works
        = m_cli->run({QStringLiteral("login"), QStringLiteral("browser"), QStringLiteral("--app"),
                         QStringLiteral("vkAdmin"), QStringLiteral("--browser"), QStringLiteral("paste")},
            {});
    QVERIFY2(works.err.contains("Paste the address") && works.exitCode == 7, qPrintable(works.describe()));
}

QTEST_GUILESS_MAIN(TestCliApps)
#include "tst_cliapps.moc"
