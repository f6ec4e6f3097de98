// SPDX-License-Identifier: MIT
#include "TransferTestData.h"
#include "profiles/ProfileStore.h"
#include "transfer/ExportFile.h"
#include "transfer/ProfileExporter.h"
#include "transfer/ProfileImporter.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vkauth;
using namespace transfertest;

namespace {

const QString kPassphrase = QStringLiteral("orbit candle meadow fiscal");
constexpr int kWaitMs = 60000;

struct Snapshot
{
    QList<QJsonObject> profiles;
    QHash<QString, QByteArray> secrets; // keychain data by id; empty = not found
    bool operator==(const Snapshot &) const = default;
};

} // namespace

// Export and import through a ProfileStore whose secrets are in the real Secret Service (the one
// scripts/test starts). Each test uses its own keychain service name and data folder.
class TestProfileTransfer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTripThroughTheKeychain_data();
    void roundTripThroughTheKeychain();
    void largerSetThroughTheKeychain();
    void metadataListIsNotImportable();
    void wrongPassphraseChangesNothing();
    void conflictChoices_data();
    void conflictChoices();
    void cancelTakesEverythingBack();
    void exportOfUnknownProfileFails();

private:
    std::unique_ptr<ProfileStore> newStore();
    bool fill(ProfileStore &store, const QList<TransferEntry> &list);
    Snapshot snapshot(ProfileStore &store, const QStringList &extraIds = {});
    ExportOutcome runExport(ProfileStore &store, const ExportRequest &request);
    ImportOutcome runImport(ProfileStore &store, const QList<ImportItem> &items, int timeoutMs = kWaitMs);

    QTemporaryDir m_dir;
    int m_stores = 0;
};

void TestProfileTransfer::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
        "run through scripts/test: it provides a private D-Bus session with an unlocked keyring");
    QVERIFY(m_dir.isValid());
    // One debug line per keychain job would exceed QtTest's message limit in the larger set.
    QLoggingCategory::setFilterRules(QStringLiteral("vkauth.secrets.debug=false"));
}

std::unique_ptr<ProfileStore> TestProfileTransfer::newStore()
{
    ++m_stores;
    ProfileStore::Options options;
    options.dataDir = m_dir.filePath(QStringLiteral("store%1").arg(m_stores));
    options.service
        = QStringLiteral("vkauth-test-transfer-%1-%2").arg(QCoreApplication::applicationPid()).arg(m_stores);
    auto store = std::make_unique<ProfileStore>(options);
    store->load();
    return store;
}

// Fills a store the way the app does (ProfileStore::add), independent of the importer under test.
bool TestProfileTransfer::fill(ProfileStore &store, const QList<TransferEntry> &list)
{
    int saved = 0;
    QObject context;
    connect(&store, &ProfileStore::secretStateChanged, &context,
        [&saved](const QString &, ProfileStore::SecretState s) {
            if (s == ProfileStore::SecretState::Saved)
                ++saved;
        });
    for (const TransferEntry &e : list) {
        ObtainedToken t;
        t.kind = e.profile.kind;
        t.vkId = e.profile.vkId;
        t.token = e.secrets.token;
        t.trustedHash = e.secrets.trustedHash;
        t.obtainedAt = e.profile.obtainedAt;
        t.expiresIn = e.profile.expiresAt.isValid() ? e.profile.obtainedAt.secsTo(e.profile.expiresAt) : 0;
        t.scope = e.profile.scope;
        t.email = e.profile.email;
        t.app.key = e.profile.appKey;
        t.app.clientId = e.profile.appClientId;
        t.app.displayName = e.profile.appName;
        const QString id = store.add(t, e.profile.name, e.profile.ownerId);
        if (!e.profile.label.isEmpty())
            store.setLabel(id, e.profile.label);
    }
    return QTest::qWaitFor([&] { return saved == int(list.size()); }, kWaitMs);
}

Snapshot TestProfileTransfer::snapshot(ProfileStore &store, const QStringList &extraIds)
{
    Snapshot s;
    QStringList ids = extraIds;
    for (const Profile &p : store.profiles()) {
        s.profiles << p.toJson();
        ids << p.id;
    }
    int pending = int(ids.size());
    for (const QString &id : std::as_const(ids)) {
        store.secrets()->read(id, nullptr, [&s, &pending, id](const SecretReply &reply) {
            s.secrets.insert(id, reply.ok() ? reply.data : QByteArray());
            --pending;
        });
    }
    if (!QTest::qWaitFor([&] { return pending == 0; }, kWaitMs))
        qWarning("keychain reads did not finish");
    return s;
}

ExportOutcome TestProfileTransfer::runExport(ProfileStore &store, const ExportRequest &request)
{
    ProfileExporter exporter(&store);
    QSignalSpy spy(&exporter, &ProfileExporter::finished);
    exporter.start(request);
    if (!spy.wait(kWaitMs))
        return ExportOutcome {
            ExportError::make(ExportErrorCode::Cancelled, QStringLiteral("test timeout")), 0, {}};
    return spy.first().first().value<ExportOutcome>();
}

ImportOutcome TestProfileTransfer::runImport(
    ProfileStore &store, const QList<ImportItem> &items, int timeoutMs)
{
    ProfileImporter importer(&store);
    QSignalSpy spy(&importer, &ProfileImporter::finished);
    importer.start(items);
    if (!spy.wait(timeoutMs))
        return ImportOutcome {
            ExportError::make(ExportErrorCode::Cancelled, QStringLiteral("test timeout")), {}};
    return spy.first().first().value<ImportOutcome>();
}

void TestProfileTransfer::roundTripThroughTheKeychain_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("encrypted") << int(ExportFormat::Encrypted);
    QTest::newRow("json") << int(ExportFormat::Json);
    QTest::newRow("env") << int(ExportFormat::Env);
}

void TestProfileTransfer::roundTripThroughTheKeychain()
{
    QFETCH(int, format);
    const QList<TransferEntry> original = entries(12);
    auto source = newStore();
    QVERIFY(fill(*source, original));
    const QString path = m_dir.filePath(QStringLiteral("export-%1").arg(format));
    const auto exported = runExport(*source, {{}, ExportFormat(format), kPassphrase, path});
    QVERIFY2(exported.ok(),
        qPrintable(exported.error ? exported.error->codeName() + exported.error->details : QString()));
    QCOMPARE(exported.count, 12);

    auto target = newStore();
    ProfileImporter importer(target.get());
    const auto items = importer.prepareFile(path, kPassphrase);
    QVERIFY(items.ok());
    QCOMPARE(ProfileImporter::conflictCount(items.value), 0);
    const auto imported = runImport(*target, items.value);
    QVERIFY2(imported.ok(),
        qPrintable(imported.error ? imported.error->codeName() + imported.error->details : QString()));
    QCOMPARE(imported.summary.added, 12);

    // The index on disk, read back by a fresh store, and every secret in the keychain.
    ProfileStore::Options options;
    options.dataDir = target->dataDir();
    options.service = target->secrets()->service();
    ProfileStore reloaded(options);
    QVERIFY(reloaded.load().ok());
    const QList<Profile> profiles = reloaded.profiles();
    QCOMPARE(profiles.size(), 12);
    const Snapshot after = snapshot(reloaded);
    for (int i = 0; i < 12; ++i) {
        const auto secrets = ProfileSecrets::fromKeychainData(after.secrets.value(profiles.at(i).id));
        QVERIFY(secrets);
        const QString diff = difference(
            original.at(i), TransferEntry {profiles.at(i), *secrets}, true, format != int(ExportFormat::Env));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
}

// 1,000 profiles are round-tripped at the format level in tst_exportformats and bench_export; here a
// real keychain round trip of a smaller set, timed (VKAUTH_TRANSFER_KEYCHAIN_COUNT overrides).
void TestProfileTransfer::largerSetThroughTheKeychain()
{
    const int count = qEnvironmentVariableIsSet("VKAUTH_TRANSFER_KEYCHAIN_COUNT")
        ? qEnvironmentVariableIntValue("VKAUTH_TRANSFER_KEYCHAIN_COUNT")
        : 100;
    const QList<TransferEntry> original = entries(count);
    const auto bundle = ExportFormats::serialize(original, ExportFormat::Encrypted, kPassphrase);
    QVERIFY(bundle.ok());
    auto store = newStore();
    QElapsedTimer timer;
    timer.start();
    ProfileImporter importer(store.get());
    const auto items = importer.prepare(bundle.value, kPassphrase);
    QVERIFY(items.ok());
    const auto imported = runImport(*store, items.value, qMax(kWaitMs, count * 500));
    QVERIFY2(imported.ok(),
        qPrintable(imported.error ? imported.error->codeName() + imported.error->details : QString()));
    const qint64 importMs = timer.restart();
    const auto exported = runExport(*store, {{}, ExportFormat::Encrypted, kPassphrase, {}});
    QVERIFY(exported.ok());
    const qint64 exportMs = timer.elapsed();
    qInfo(
        "%d profiles through the Secret Service: import %lld ms (%.1f ms per keychain write), export %lld ms",
        count, importMs, double(importMs) / count, exportMs);
    const auto back = ExportFormats::parse(exported.content, kPassphrase);
    QVERIFY(back.ok());
    QCOMPARE(back.value.size(), count);
    for (int i = 0; i < count; ++i)
        QVERIFY(difference(original.at(i), back.value.at(i)).isEmpty());
}

void TestProfileTransfer::metadataListIsNotImportable()
{
    auto source = newStore();
    QVERIFY(fill(*source, entries(3)));
    const auto exported = runExport(*source, {{}, ExportFormat::Metadata, {}, {}});
    QVERIFY(exported.ok());
    QVERIFY(!exported.content.contains("vk1.a."));
    auto target = newStore();
    const auto items = ProfileImporter(target.get()).prepare(exported.content);
    QVERIFY(!items.ok());
    QCOMPARE(items.error->code, ExportErrorCode::NoTokens);
    QVERIFY(target->profiles().isEmpty());
}

void TestProfileTransfer::wrongPassphraseChangesNothing()
{
    auto store = newStore();
    QVERIFY(fill(*store, entries(3)));
    const Snapshot before = snapshot(*store);
    const QByteArray bundle
        = ExportFormats::serialize(entries(5, 10), ExportFormat::Encrypted, kPassphrase).value;
    ProfileImporter importer(store.get());
    for (const QString &wrong : {QStringLiteral("orbit candle meadow"), QStringLiteral("x")}) {
        const auto items = importer.prepare(bundle, wrong);
        QVERIFY(!items.ok());
        QCOMPARE(items.error->code, ExportErrorCode::WrongPassphrase);
    }
    QByteArray tampered = bundle;
    tampered[tampered.size() / 2] = char(tampered[tampered.size() / 2] ^ 1);
    QCOMPARE(importer.prepare(tampered, kPassphrase).error->code, ExportErrorCode::WrongPassphrase);
    QCOMPARE(importer.prepare(bundle.first(bundle.size() - 1), kPassphrase).error->code,
        ExportErrorCode::WrongPassphrase);
    QCOMPARE(importer.prepare(bundle.first(30), kPassphrase).error->code, ExportErrorCode::Truncated);
    QCOMPARE(snapshot(*store), before);
}

void TestProfileTransfer::conflictChoices_data()
{
    QTest::addColumn<int>("choice");
    QTest::newRow("skip") << int(ConflictChoice::Skip);
    QTest::newRow("replace") << int(ConflictChoice::Replace);
    QTest::newRow("keep both") << int(ConflictChoice::KeepBoth);
}

// Kept: profiles 0..4. Imported: 3..7, where 3 and 4 have new tokens and names.
void TestProfileTransfer::conflictChoices()
{
    QFETCH(int, choice);
    auto store = newStore();
    QVERIFY(fill(*store, entries(5)));
    const Snapshot before = snapshot(*store);
    QList<TransferEntry> incoming = entries(5, 3);
    for (int i = 0; i < 2; ++i) {
        incoming[i].secrets.token += QStringLiteral("NEW");
        incoming[i].profile.name += QStringLiteral(" (new)");
    }
    const QByteArray file = ExportFormats::serialize(incoming, ExportFormat::Json).value;
    ProfileImporter importer(store.get());
    auto items = importer.prepare(file);
    QVERIFY(items.ok());
    QCOMPARE(ProfileImporter::conflictCount(items.value), 2);
    QCOMPARE(items.value.at(0).conflictId, incoming.at(0).profile.id);
    ProfileImporter::resolveAll(items.value, ConflictChoice(choice));
    const auto outcome = runImport(*store, items.value);
    QVERIFY(outcome.ok());

    const Snapshot after = snapshot(*store);
    const auto secretOf = [&after](const QString &id) {
        return ProfileSecrets::fromKeychainData(after.secrets.value(id)).value_or(ProfileSecrets {}).token;
    };
    for (int i = 0; i < 3; ++i) // untouched
        QCOMPARE(after.secrets.value(before.profiles.at(i).value(QStringLiteral("id")).toString()),
            before.secrets.value(before.profiles.at(i).value(QStringLiteral("id")).toString()));
    for (int i = 2; i < 5; ++i) // new, no conflict
        QCOMPARE(secretOf(incoming.at(i).profile.id), incoming.at(i).secrets.token);
    switch (ConflictChoice(choice)) {
    case ConflictChoice::Skip:
        QCOMPARE(outcome.summary.skipped, 2);
        QCOMPARE(outcome.summary.added, 3);
        QCOMPARE(store->profiles().size(), 8);
        QCOMPARE(secretOf(incoming.at(0).profile.id), entry(3).secrets.token);
        QCOMPARE(store->profile(incoming.at(0).profile.id)->name, entry(3).profile.name);
        break;
    case ConflictChoice::Replace:
        QCOMPARE(outcome.summary.replaced, 2);
        QCOMPARE(store->profiles().size(), 8);
        QCOMPARE(secretOf(incoming.at(0).profile.id), incoming.at(0).secrets.token);
        QCOMPARE(store->profile(incoming.at(1).profile.id)->name, incoming.at(1).profile.name);
        break;
    case ConflictChoice::KeepBoth: {
        QCOMPARE(outcome.summary.keptBoth, 2);
        QCOMPARE(outcome.summary.added, 5);
        QCOMPARE(store->profiles().size(), 10);
        QCOMPARE(secretOf(incoming.at(0).profile.id), entry(3).secrets.token);
        const QString copy = incoming.at(0).profile.id + QStringLiteral("-2");
        QVERIFY(store->profile(copy));
        QCOMPARE(secretOf(copy), incoming.at(0).secrets.token);
        QCOMPARE(store->profile(copy)->name, incoming.at(0).profile.name);
        break;
    }
    }
}

void TestProfileTransfer::cancelTakesEverythingBack()
{
    auto store = newStore();
    QVERIFY(fill(*store, entries(4)));
    QList<TransferEntry> incoming = entries(10, 2); // 2 and 3 conflict
    for (TransferEntry &e : incoming)
        e.secrets.token += QStringLiteral("NEW");
    QStringList newIds;
    for (const TransferEntry &e : incoming)
        newIds << e.profile.id;
    const Snapshot before = snapshot(*store, newIds);
    ProfileImporter importer(store.get());
    auto items = importer.prepare(ExportFormats::serialize(incoming, ExportFormat::Json).value);
    QVERIFY(items.ok());
    ProfileImporter::resolveAll(items.value, ConflictChoice::Replace);
    QSignalSpy finished(&importer, &ProfileImporter::finished);
    QSignalSpy rollingBack(&importer, &ProfileImporter::rollingBack);
    // Cancel after the last new profile: both replacements are written when the cancel is seen.
    connect(&importer, &ProfileImporter::progress, &importer, [&importer](int done, int total) {
        if (done == total)
            importer.cancel();
    });
    importer.start(items.value);
    QVERIFY(finished.wait(kWaitMs));
    const auto outcome = finished.first().first().value<ImportOutcome>();
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ExportErrorCode::Cancelled);
    QCOMPARE(rollingBack.size(), 1);
    QVERIFY(outcome.summary.leftovers.isEmpty());
    QCOMPARE(snapshot(*store, newIds), before);
}

void TestProfileTransfer::exportOfUnknownProfileFails()
{
    auto store = newStore();
    QVERIFY(fill(*store, entries(2)));
    const QString path = m_dir.filePath(QStringLiteral("never-written"));
    const auto outcome = runExport(*store, {{QStringLiteral("user-1-1")}, ExportFormat::Json, {}, path});
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->code, ExportErrorCode::NothingSelected);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(runExport(*store, {{}, ExportFormat::Encrypted, {}, path}).error->code,
        ExportErrorCode::EmptyPassphrase);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestProfileTransfer)
#include "tst_profiletransfer.moc"
