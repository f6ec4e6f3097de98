// SPDX-License-Identifier: MIT
#include "auth/AppTable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace vkauth;

// The apps as data: the table from the resource, a user's override file merged by key, a malformed
// override ignored with a warning.
class TestAppTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void builtInFromResource();
    void builtInTextsAreTranslatable();
    void overrideChangesStatusAndAddsApp();
    void processTableReadsTheConfigFolder();
    void malformedOverrideIsIgnored_data();
    void malformedOverrideIsIgnored();
    void suggestionsGrantTheScope();

private:
    static QByteArray builtIn();
    QTemporaryDir m_dir;
    QTemporaryDir m_config;
};

QByteArray TestAppTable::builtIn()
{
    QFile f(QStringLiteral(":/vkauth/apps.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestAppTable::initTestCase()
{
    // The process table reads <AppConfigLocation>/apps.json once: put an override there first (in a
    // config folder of this test's own).
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("vkauth"));
    QCoreApplication::setApplicationName(QStringLiteral("vkauth"));
    QVERIFY(QDir().mkpath(QFileInfo(AppTable::overridePath()).path()));
    QFile f(AppTable::overridePath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"apps":[{"key":"windows","status":"disabled","since":"2027-01","note":"Switched off."},
        {"key":"myApp","name":"My app","client_id":"7777777","flows":["browser"],"scopes":"offline"}]})");
}

void TestAppTable::builtInFromResource()
{
    const AppTable table = AppTable::fromJson(builtIn());
    QVERIFY2(table.warnings.isEmpty(), qPrintable(table.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(table.apps.size(), 8);
    const auto admin = table.find(QStringLiteral("vkAdmin"));
    QVERIFY(admin);
    QCOMPARE(admin->clientId, QStringLiteral("6121396"));
    QCOMPARE(admin->status, AppStatus::Blocked);
    QCOMPARE(admin->since, QStringLiteral("2026-04"));
    QVERIFY(!admin->source.isEmpty());
    QVERIFY(!admin->directLogin);
    const auto android = table.find(QStringLiteral("android"));
    QVERIFY(android);
    QCOMPARE(android->clientSecret, QStringLiteral("hHbZxrka2uZ6jB1inYsH"));
    QVERIFY(android->userAgent.startsWith(QLatin1String("VKAndroidApp/")));
    QVERIFY(android->directLogin && android->browserLogin);
    QCOMPARE(android->status, AppStatus::Works);
    QCOMPARE(table.find(QStringLiteral("kateMobile"))->clientId, QStringLiteral("2685278"));
}

void TestAppTable::builtInTextsAreTranslatable()
{
    for (const AppCredentials &app : AppTable::fromJson(builtIn()).apps) {
        QVERIFY2(AppTable::isTranslatable(app.key, app.displayName), qPrintable(app.displayName));
        if (!app.note.isEmpty())
            QVERIFY2(AppTable::isTranslatable(app.key, app.note), qPrintable(app.note));
    }
}

void TestAppTable::overrideChangesStatusAndAddsApp()
{
    const AppTable table = AppTable::fromJson(builtIn(),
        R"({"apps":[{"key":"kateMobile","status":"blocked","since":"2027-02","note":"Gone."},
                    {"key":"other","client_id":"123","client_secret":"s3","flows":["direct"]}]})");
    QVERIFY(table.warnings.isEmpty());
    const auto kate = table.find(QStringLiteral("kateMobile"));
    QCOMPARE(kate->status, AppStatus::Blocked);
    QCOMPARE(kate->since, QStringLiteral("2027-02"));
    QCOMPARE(kate->note, QStringLiteral("Gone."));
    QCOMPARE(kate->clientId, QStringLiteral("2685278")); // fields not named stay built-in
    const auto other = table.find(QStringLiteral("other"));
    QVERIFY(other);
    QCOMPARE(other->clientId, QStringLiteral("123"));
    QVERIFY(other->directLogin && !other->browserLogin);
    QCOMPARE(table.apps.size(), 9);
    QCOMPARE(table.apps.last().key, QStringLiteral("other"));
}

void TestAppTable::processTableReadsTheConfigFolder()
{
    const auto windows = AppCredentials::byKey(QStringLiteral("windows"));
    QVERIFY(windows);
    QCOMPARE(windows->status, AppStatus::Disabled);
    QCOMPARE(windows->note, QStringLiteral("Switched off."));
    const auto mine = AppCredentials::byKey(QStringLiteral("myApp"));
    QVERIFY(mine);
    QCOMPARE(mine->displayName, QStringLiteral("My app"));
    QCOMPARE(mine->userScopes, 65536u);
    QCOMPARE(AppCredentials::browserApps().last().key, QStringLiteral("myApp"));
    QCOMPARE(AppCredentials::official().size(), 6);
}

void TestAppTable::malformedOverrideIsIgnored_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("not json") << QByteArray("{\"apps\": [");
    QTest::newRow("empty") << QByteArray(" ");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no key") << QByteArray(R"({"apps":[{"status":"blocked"}]})");
    QTest::newRow("bad status") << QByteArray(R"({"apps":[{"key":"android","status":"gone"}]})");
    QTest::newRow("unknown field") << QByteArray(R"({"apps":[{"key":"android","stauts":"blocked"}]})");
    QTest::newRow("new app without id") << QByteArray(R"({"apps":[{"key":"x","flows":["browser"]}]})");
    QTest::newRow("bad scope") << QByteArray(R"({"apps":[{"key":"android","scopes":["nope"]}]})");
    QTest::newRow("half good") << QByteArray(
        R"({"apps":[{"key":"android","status":"blocked"},{"key":"ipad","flows":"x"}]})");
}

void TestAppTable::malformedOverrideIsIgnored()
{
    QFETCH(QByteArray, text);
    const QString path = m_dir.filePath(QStringLiteral("apps.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("apps.json was ignored")));
    const AppTable table = AppTable::load(QStringLiteral(":/vkauth/apps.json"), path);
    QCOMPARE(table.warnings.size(), 1);
    QVERIFY(table.warnings.first().contains(path));
    QCOMPARE(table.apps.size(), 8);
    QCOMPARE(table.find(QStringLiteral("android"))->status, AppStatus::Works);
}

void TestAppTable::suggestionsGrantTheScope()
{
    const AppTable table = AppTable::fromJson(
        builtIn(), R"({"apps":[{"key":"narrow","client_id":"55","flows":["browser"],"scopes":"offline"}]})");
    const quint32 messagesOffline = 4096 + 65536;
    const QList<AppCredentials> browser
        = table.suggestions(messagesOffline, false, QStringLiteral("vkAdmin"));
    QVERIFY(!browser.isEmpty());
    QCOMPARE(browser.first().key, QStringLiteral("kateMobile"));
    for (const AppCredentials &app : browser) {
        QVERIFY(app.works());
        QVERIFY(app.key != QLatin1String("narrow")); // does not grant messages
    }
    QStringList offlineOnly;
    for (const AppCredentials &app : table.suggestions(65536, false))
        offlineOnly << app.key;
    QVERIFY(offlineOnly.contains(QStringLiteral("narrow")));
    for (const AppCredentials &app : table.suggestions(messagesOffline, true))
        QVERIFY(app.directLogin);
}

QTEST_GUILESS_MAIN(TestAppTable)
#include "tst_apptable.moc"
