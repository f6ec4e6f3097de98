// SPDX-License-Identifier: MIT
// The keyring daemon restarted under a running app (issue 13 item 13; the fault matrix's "keychain
// restarted" row). libsecret keeps one connection to the Secret Service per process, with an open
// session; a restarted gnome-keyring knows nothing of that session, and without a reconnect every
// later write failed with "The session wrapping the secret does not exist" until the app restarted.
// (QtKeychain keeps binary secrets base64-encoded: secret-tool sees them so.) No mock: a gnome-keyring of
// this test's own, on a bus of its own, really stopped and started.
#include "OwnKeyring.h"
#include "profiles/SecretStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace vkauth;

namespace {
constexpr int kKeychainTimeoutMs = 5000;
}

class TestKeychainRestart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void writesAndReadsAfterTheDaemonRestarted();
    void goneIsAClearErrorAndBackIsUsableAgain();

private:
    SecretReply run(const std::function<void(SecretStore::Callback)> &call);

    QTemporaryDir m_dir;
    OwnKeyring m_keyring;
};

void TestKeychainRestart::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_keyring.start(m_dir.filePath(QStringLiteral("keyring"))),
        "dbus-daemon and gnome-keyring-daemon must be installed");
    // Before this process first touches the keychain: from here on it talks to our own bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_keyring.address().toUtf8());
}

void TestKeychainRestart::cleanupTestCase()
{
    m_keyring.stop();
}

SecretReply TestKeychainRestart::run(const std::function<void(SecretStore::Callback)> &call)
{
    std::optional<SecretReply> reply;
    call([&reply](const SecretReply &r) { reply = r; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, kKeychainTimeoutMs * 3))
        return SecretReply {SecretError::make(SecretErrorCode::Timeout, QStringLiteral("test gave up")), {}};
    return *reply;
}

void TestKeychainRestart::writesAndReadsAfterTheDaemonRestarted()
{
    SecretStore store(QStringLiteral("vkauth-test-restart"));
    store.setTimeoutMs(kKeychainTimeoutMs);
    SecretReply r
        = run([&](auto done) { store.write(QStringLiteral("before"), "token-before", nullptr, done); });
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->details : QString()));
    QCOMPARE(QByteArray::fromBase64(
                 m_keyring.lookup(QStringLiteral("vkauth-test-restart"), QStringLiteral("before"))),
        QByteArray("token-before"));

    m_keyring.stopKeyring();
    QVERIFY(m_keyring.startKeyring());

    // The same store object, as a running app holds it: the write lands in the new daemon.
    r = run([&](auto done) { store.write(QStringLiteral("after"), "token-after", nullptr, done); });
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->details : QString()));
    QCOMPARE(QByteArray::fromBase64(
                 m_keyring.lookup(QStringLiteral("vkauth-test-restart"), QStringLiteral("after"))),
        QByteArray("token-after"));
    // What was kept before the restart is still there and readable.
    r = run([&](auto done) { store.read(QStringLiteral("before"), nullptr, done); });
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->details : QString()));
    QCOMPARE(r.data, QByteArray("token-before"));
    r = run([&](auto done) { store.remove(QStringLiteral("before"), nullptr, done); });
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->details : QString()));
    QVERIFY(m_keyring.lookup(QStringLiteral("vkauth-test-restart"), QStringLiteral("before")).isEmpty());
}

void TestKeychainRestart::goneIsAClearErrorAndBackIsUsableAgain()
{
    SecretStore store(QStringLiteral("vkauth-test-gone"));
    store.setTimeoutMs(kKeychainTimeoutMs);
    SecretReply r = run([&](auto done) { store.write(QStringLiteral("one"), "token-one", nullptr, done); });
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->details : QString()));

    m_keyring.stopKeyring();
    QElapsedTimer elapsed;
    elapsed.start();
    r = run([&](auto done) { store.write(QStringLiteral("two"), "token-two", nullptr, done); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error->code, SecretErrorCode::Unavailable);
    QVERIFY2(r.error->message.contains(QLatin1String("Secret Service")), qPrintable(r.error->message));
    QVERIFY2(elapsed.elapsed() < kKeychainTimeoutMs, "a keychain that is gone fails at once, not by timeout");

    QVERIFY(m_keyring.startKeyring());
    r = run([&](auto done) { store.write(QStringLiteral("two"), "token-two", nullptr, done); });
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->details : QString()));
    QCOMPARE(
        QByteArray::fromBase64(m_keyring.lookup(QStringLiteral("vkauth-test-gone"), QStringLiteral("two"))),
        QByteArray("token-two"));
    r = run([&](auto done) { store.read(QStringLiteral("one"), nullptr, done); });
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->details : QString()));
    QCOMPARE(r.data, QByteArray("token-one"));
}

QTEST_GUILESS_MAIN(TestKeychainRestart)
#include "tst_keychainrestart.moc"
