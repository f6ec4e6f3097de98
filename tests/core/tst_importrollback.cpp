// SPDX-License-Identifier: MIT
#include "OwnKeyring.h"
#include "TransferTestData.h"
#include "profiles/ProfileStore.h"
#include "transfer/ExportFormats.h"
#include "transfer/ProfileImporter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <csignal>

using namespace vkauth;
using namespace transfertest;

namespace {

constexpr int kWaitMs = 30000;

struct StoreState
{
    QByteArray index; // profiles.json as on disk
    QList<QJsonObject> profiles; // in memory
    QHash<QString, QByteArray> secrets; // by key, as the keychain holds them; empty = none
    bool operator==(const StoreState &) const = default;
};

} // namespace

// The promise: an import that fails half-way, because the keychain really went away, leaves the
// store exactly as it was. No mock anywhere: a real gnome-keyring is stopped mid-import.
class TestImportRollback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keychainHangsMidImportAndAnswersForRollback_data();
    void keychainHangsMidImportAndAnswersForRollback();
    // Last: it stops and restarts the keyring daemon (SecretStore reconnects: tst_keychainrestart).
    void keychainGoneMidImportLeavesStoreAsItWas();

private:
    std::unique_ptr<ProfileStore> newStore(int existing);
    StoreState state(ProfileStore &store, const QStringList &keys);
    QStringList keysOf(ProfileStore &store, const QList<TransferEntry> &incoming);

    QTemporaryDir m_dir;
    OwnKeyring m_keyring;
    int m_stores = 0;
};

void TestImportRollback::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_keyring.start(m_dir.filePath(QStringLiteral("keyring"))),
        "dbus-daemon and gnome-keyring-daemon must be installed");
    // Before this process first touches the keychain: from here on it talks to our own bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_keyring.address().toUtf8());
}

void TestImportRollback::cleanupTestCase()
{
    m_keyring.stop();
}

std::unique_ptr<ProfileStore> TestImportRollback::newStore(int existing)
{
    ++m_stores;
    ProfileStore::Options options;
    options.dataDir = m_dir.filePath(QStringLiteral("store%1").arg(m_stores));
    options.service = QStringLiteral("vkauth-test-rollback-%1").arg(m_stores);
    options.keychainTimeoutMs = 2000;
    auto store = std::make_unique<ProfileStore>(options);
    store->load();
    int saved = 0;
    QObject context;
    connect(store.get(), &ProfileStore::secretStateChanged, &context,
        [&saved](const QString &, ProfileStore::SecretState s) {
            saved += s == ProfileStore::SecretState::Saved ? 1 : 0;
        });
    for (const TransferEntry &e : entries(existing)) {
        ObtainedToken t;
        t.kind = e.profile.kind;
        t.vkId = e.profile.vkId;
        t.token = e.secrets.token;
        t.trustedHash = e.secrets.trustedHash;
        t.obtainedAt = e.profile.obtainedAt;
        t.scope = e.profile.scope;
        t.app.key = e.profile.appKey;
        t.app.clientId = e.profile.appClientId;
        store->add(t, e.profile.name);
    }
    if (!QTest::qWaitFor([&] { return saved == existing; }, kWaitMs) || store->profiles().size() != existing)
        return nullptr;
    return store;
}

StoreState TestImportRollback::state(ProfileStore &store, const QStringList &keys)
{
    StoreState s;
    QFile index(store.indexPath());
    if (index.open(QIODevice::ReadOnly))
        s.index = index.readAll();
    for (const Profile &p : store.profiles())
        s.profiles << p.toJson();
    for (const QString &key : keys)
        s.secrets.insert(key, m_keyring.lookup(store.secrets()->service(), key));
    return s;
}

// Every key the import could touch: kept profiles' and every id an incoming profile could get.
QStringList TestImportRollback::keysOf(ProfileStore &store, const QList<TransferEntry> &incoming)
{
    QStringList keys;
    for (const Profile &p : store.profiles())
        keys << p.id;
    for (const TransferEntry &e : incoming)
        keys << e.profile.id << e.profile.id + QStringLiteral("-2");
    return keys;
}

void TestImportRollback::keychainGoneMidImportLeavesStoreAsItWas()
{
    auto store = newStore(4);
    QVERIFY2(store, "the store could not be filled");
    QList<TransferEntry> incoming = entries(12, 2); // 2 and 3 conflict with kept profiles
    for (TransferEntry &e : incoming)
        e.secrets.token += QStringLiteral("NEW");
    const QStringList keys = keysOf(*store, incoming);
    const StoreState before = state(*store, keys);
    QCOMPARE(before.profiles.size(), 4);
    QVERIFY(!before.secrets.value(store->profiles().first().id).isEmpty());

    ProfileImporter importer(store.get());
    auto items = importer.prepare(
        ExportFormats::serialize(incoming, ExportFormat::Encrypted, QStringLiteral("pass phrase")).value,
        QStringLiteral("pass phrase"));
    QVERIFY(items.ok());
    ProfileImporter::resolveAll(items.value, ConflictChoice::Replace);
    QSignalSpy finished(&importer, &ProfileImporter::finished);
    int writtenWhenStopped = 0;
    connect(&importer, &ProfileImporter::progress, this, [&](int done, int) {
        if (done == 5) {
            writtenWhenStopped = done;
            m_keyring.stopKeyring();
        }
    });
    importer.start(items.value);
    QVERIFY(finished.wait(kWaitMs));
    const auto outcome = finished.first().first().value<ImportOutcome>();

    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ExportErrorCode::KeychainFailed);
    QVERIFY2(outcome.error->details.contains(QLatin1String("KEYCHAIN")), qPrintable(outcome.error->details));
    QCOMPARE(writtenWhenStopped, 5);
    // The keychain was gone for the rollback too: the five new entries are reported, not hidden.
    QCOMPARE(outcome.summary.leftovers.size(), 5);

    QVERIFY(m_keyring.startKeyring());
    const StoreState after = state(*store, keys);
    QCOMPARE(after.index, before.index);
    QCOMPARE(after.profiles, before.profiles);
    for (const QString &key : keys) {
        if (outcome.summary.leftovers.contains(key)) {
            QVERIFY(before.secrets.value(key).isEmpty());
            QVERIFY2(!store->profile(key), "a leftover entry must not be referred to by any profile");
        } else {
            QVERIFY2(after.secrets.value(key) == before.secrets.value(key), qPrintable(key));
        }
    }
    // A store opened afresh from disk agrees.
    ProfileStore::Options options;
    options.dataDir = store->dataDir();
    options.service = store->secrets()->service();
    ProfileStore reopened(options);
    QVERIFY(reopened.load().ok());
    QCOMPARE(reopened.profiles().size(), 4);
}

void TestImportRollback::keychainHangsMidImportAndAnswersForRollback_data()
{
    QTest::addColumn<int>("stopAfter");
    // 10 new profiles are written first, then the 2 replacements.
    QTest::newRow("while adding") << 3;
    QTest::newRow("while replacing") << 11;
}

// The keychain stops answering mid-import (the store's timeout turns that into a failure) and
// answers again by the time the rollback runs: then nothing at all is left behind, not even the
// write that timed out and landed late, and a replaced profile's secret is put back.
void TestImportRollback::keychainHangsMidImportAndAnswersForRollback()
{
    QFETCH(int, stopAfter);
    auto store = newStore(4);
    QVERIFY2(store, "the store could not be filled");
    QList<TransferEntry> incoming = entries(12, 2);
    for (TransferEntry &e : incoming)
        e.secrets.token += QStringLiteral("NEW");
    const QStringList keys = keysOf(*store, incoming);
    const StoreState before = state(*store, keys);
    QCOMPARE(before.profiles.size(), 4);

    ProfileImporter importer(store.get());
    auto items = importer.prepare(ExportFormats::serialize(incoming, ExportFormat::Json).value);
    QVERIFY(items.ok());
    ProfileImporter::resolveAll(items.value, ConflictChoice::Replace);
    QSignalSpy finished(&importer, &ProfileImporter::finished);
    bool paused = false;
    connect(&importer, &ProfileImporter::progress, this, [&](int done, int) {
        if (done == stopAfter) {
            m_keyring.pauseKeyring();
            paused = true;
        }
    });
    connect(&importer, &ProfileImporter::rollingBack, this, [&] { m_keyring.resumeKeyring(); });
    importer.start(items.value);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(paused);
    const auto outcome = finished.first().first().value<ImportOutcome>();
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ExportErrorCode::KeychainFailed);
    QVERIFY2(outcome.error->details.contains(QLatin1String("KEYCHAIN_TIMEOUT")),
        qPrintable(outcome.error->details));
    QVERIFY2(outcome.summary.leftovers.isEmpty(), qPrintable(outcome.summary.leftovers.join(u',')));
    const StoreState after = state(*store, keys);
    QCOMPARE(after.index, before.index);
    QCOMPARE(after.profiles, before.profiles);
    for (const QString &key : keys)
        QVERIFY2(after.secrets.value(key) == before.secrets.value(key), qPrintable(key));
}

QTEST_GUILESS_MAIN(TestImportRollback)
#include "tst_importrollback.moc"
