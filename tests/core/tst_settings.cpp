// SPDX-License-Identifier: MIT
#include "Settings.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using vkauth::Settings;
using vkauth::VkDomain;

// Settings: defaults, a save/load round trip through a real QSettings file, hand-edited garbage
// falling back to defaults, validation messages, and the proxy it applies to the process.
class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void defaults();
    void roundTrip();
    void badStoredValuesFallBackToDefaults();
    void validate_data();
    void validate();
    void appliesProxy();
    void secretStoreWrittenOnlyWhenChosen();

private:
    QString iniPath() const { return m_dir.path() + QStringLiteral("/vkauth.conf"); }
    QTemporaryDir m_dir;
};

void TestSettings::init()
{
    QFile::remove(iniPath());
}

void TestSettings::defaults()
{
    const QSettings empty(iniPath(), QSettings::IniFormat);
    const Settings s = Settings::load(empty);
    QCOMPARE(s, Settings());
    QCOMPARE(s.language, QString());
    QCOMPARE(s.domain, VkDomain::VkRu);
    QCOMPARE(s.proxyMode, Settings::ProxyMode::System);
    QCOMPARE(s.clipboardClearSeconds, 30);
    QCOMPARE(s.requestTimeoutSeconds, 30);
    QCOMPARE(s.defaultApp, QStringLiteral("android"));
    QCOMPARE(s.defaultScopes, QStringLiteral("offline")); // DECISIONS: the minimal preset by default
    QVERIFY(s.validate().isEmpty());
}

void TestSettings::roundTrip()
{
    Settings s;
    s.language = QStringLiteral("ru");
    s.domain = VkDomain::VkCom;
    s.proxyMode = Settings::ProxyMode::Manual;
    s.proxyType = QNetworkProxy::Socks5Proxy;
    s.proxyHost = QStringLiteral("proxy.example");
    s.proxyPort = 1080;
    s.requestTimeoutSeconds = 45;
    s.clipboardClearSeconds = 0;
    s.defaultApp = QStringLiteral("iphone");
    s.defaultScopes = QStringLiteral("friends,photos");
    {
        QSettings store(iniPath(), QSettings::IniFormat);
        s.save(store);
    }
    const QSettings store(iniPath(), QSettings::IniFormat);
    QCOMPARE(Settings::load(store), s);
    QCOMPARE(store.value(QStringLiteral("network/domain")).toString(), QStringLiteral("vk.com"));
}

void TestSettings::badStoredValuesFallBackToDefaults()
{
    {
        QSettings store(iniPath(), QSettings::IniFormat);
        store.setValue(QStringLiteral("interface/language"), QStringLiteral("xx"));
        store.setValue(QStringLiteral("network/domain"), QStringLiteral("evil.example"));
        store.setValue(QStringLiteral("network/proxyMode"), QStringLiteral("sideways"));
        store.setValue(QStringLiteral("network/proxyPort"), 70000);
        store.setValue(QStringLiteral("network/requestTimeoutSeconds"), 1);
        store.setValue(QStringLiteral("interface/clipboardClearSeconds"), -5);
        store.setValue(QStringLiteral("signIn/defaultApp"), QStringLiteral("nope"));
        store.setValue(QStringLiteral("signIn/defaultScopes"), QStringLiteral("friends,bogus"));
    }
    const QSettings store(iniPath(), QSettings::IniFormat);
    QCOMPARE(Settings::load(store), Settings());
}

void TestSettings::validate_data()
{
    QTest::addColumn<Settings>("settings");
    QTest::addColumn<QString>("problem");
    Settings manualNoHost;
    manualNoHost.proxyMode = Settings::ProxyMode::Manual;
    QTest::newRow("manual proxy without host") << manualNoHost << QStringLiteral("proxy's host");
    Settings timeout;
    timeout.requestTimeoutSeconds = 1;
    QTest::newRow("timeout too short") << timeout << QStringLiteral("timeout");
    Settings clipboard;
    clipboard.clipboardClearSeconds = 100000;
    QTest::newRow("clipboard too long") << clipboard << QStringLiteral("clipboard");
    Settings app;
    app.defaultApp = QStringLiteral("nope");
    QTest::newRow("unknown app") << app << QStringLiteral("nope");
    Settings scopes;
    scopes.defaultScopes = QStringLiteral("friends,bogus");
    QTest::newRow("unknown scope") << scopes << QStringLiteral("bogus");
}

void TestSettings::validate()
{
    QFETCH(Settings, settings);
    QFETCH(QString, problem);
    const QStringList problems = settings.validate();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
}

void TestSettings::appliesProxy()
{
    Settings s;
    s.proxyMode = Settings::ProxyMode::Manual;
    s.proxyType = QNetworkProxy::Socks5Proxy;
    s.proxyHost = QStringLiteral("127.0.0.1");
    s.proxyPort = 1080;
    s.applyNetworkProxy();
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(QNetworkProxy::applicationProxy().hostName(), QStringLiteral("127.0.0.1"));
    QCOMPARE(QNetworkProxy::applicationProxy().port(), quint16(1080));
    QVERIFY(!QNetworkProxyFactory::usesSystemConfiguration());

    s.proxyMode = Settings::ProxyMode::None;
    s.applyNetworkProxy();
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);

    s.proxyMode = Settings::ProxyMode::System;
    s.applyNetworkProxy();
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
}

// Saving other settings must not answer the CLI's one-time vault offer (Settings::hasSecretStoreChoice):
// the store is written only when it was chosen, or is not the default.
void TestSettings::secretStoreWrittenOnlyWhenChosen()
{
    {
        QSettings store(iniPath(), QSettings::IniFormat);
        Settings s;
        s.clipboardClearSeconds = 45;
        s.save(store);
        QVERIFY(!store.contains(QStringLiteral("secrets/store")));
        QVERIFY(!Settings::load(store).secretStoreChosen);
        s.secretStoreChosen = true; // a person said "keychain"
        s.save(store);
        QCOMPARE(store.value(QStringLiteral("secrets/store")).toString(), QStringLiteral("keychain"));
        QVERIFY(Settings::load(store).secretStoreChosen);
    }
    QFile::remove(iniPath());
    QSettings store(iniPath(), QSettings::IniFormat);
    Settings vault;
    vault.secretStore = vkauth::SecretBackend::Vault;
    vault.save(store);
    QCOMPARE(store.value(QStringLiteral("secrets/store")).toString(), QStringLiteral("vault"));
    QCOMPARE(Settings::load(store).secretStore, vkauth::SecretBackend::Vault);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
