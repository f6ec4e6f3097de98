// SPDX-License-Identifier: MIT
// The profile store's index on disk: a corrupt index comes back from its backup (or is kept aside),
// a failed index write is reported, and an imported profile keeps its fields. Real keychain.

#include "ProfileStoreHelpers.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vkauth;
using namespace testsupport;

class TestProfileIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void corruptIndexRecoversFromBackup();
    void corruptIndexAndBackup();
    void indexWriteFailureIsReported();
    void importedProfileKeepsItsFields();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileIndex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileIndex::corruptIndexRecoversFromBackup()
{
    const QString tokenA = randomSecret("vk1.a.");
    const QString tokenB = randomSecret("vk1.a.");
    QString a;
    QString b;
    QString indexPath;
    {
        ProfileStore store(ProfileStore::Options {m_dir->path()});
        store.load();
        a = store.add(userToken(6006, tokenA), QStringLiteral("A"));
        b = store.add(userToken(7007, tokenB), QStringLiteral("B"));
        QVERIFY(waitSaved(store, a));
        QVERIFY(waitSaved(store, b));
        indexPath = store.indexPath();
    }
    QFile index(indexPath);
    QVERIFY(index.open(QIODevice::WriteOnly | QIODevice::Truncate));
    index.write("{\"schema\": 1, \"profiles\": [ {\"id\": \"user-6006-2274003\", \"kind\": \"us");
    index.close();

    ProfileStore store(ProfileStore::Options {m_dir->path()});
    const ProfileStore::LoadReport report = store.load();
    QCOMPARE(report.status, ProfileStore::LoadReport::Status::Recovered);
    QVERIFY2(report.message.contains(QLatin1String("restored from its backup")), qPrintable(report.message));
    QVERIFY(report.message.contains(report.damagedPath));
    QVERIFY(report.damagedPath.contains(QLatin1String("profiles.json.damaged-")));
    QFile damaged(report.damagedPath);
    QVERIFY(damaged.open(QIODevice::ReadOnly));
    QVERIFY(damaged.readAll().startsWith("{\"schema\": 1, \"profiles\": [ {\"id\""));
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(readNow(store, a)->token, tokenA);
    QCOMPARE(readNow(store, b)->token, tokenB);
    // The index was rewritten from the backup: the next start is clean.
    ProfileStore again(ProfileStore::Options {m_dir->path()});
    QVERIFY(again.load().ok());
    QCOMPARE(again.profiles().size(), 2);

    for (const QString &id : {a, b}) {
        bool removed = false;
        store.remove(id, this, [&](const std::optional<SecretError> &e) { removed = !e; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }
}

void TestProfileIndex::corruptIndexAndBackup()
{
    QString id;
    QString indexPath;
    {
        ProfileStore store(ProfileStore::Options {m_dir->path()});
        store.load();
        id = store.add(userToken(8008, randomSecret("vk1.a.")), QStringLiteral("C"));
        QVERIFY(waitSaved(store, id));
        indexPath = store.indexPath();
    }
    for (const QString &path : {indexPath, indexPath + QStringLiteral(".bak")}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"schema\": 99, \"profiles\": []}");
    }
    ProfileStore store(ProfileStore::Options {m_dir->path()});
    const ProfileStore::LoadReport report = store.load();
    QCOMPARE(report.status, ProfileStore::LoadReport::Status::Failed);
    QVERIFY2(report.message.contains(QLatin1String("newer version")), qPrintable(report.message));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(QFile::exists(report.damagedPath));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.damaged-*")}).size(), 2);
    QCOMPARE(keychainLookup(id), 0); // no keychain entry lost
    QProcess clear;
    clear.start(QStringLiteral("secret-tool"),
        {QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("vkauth"), QStringLiteral("user"),
            id});
    QVERIFY(clear.waitForFinished(20000));
}

void TestProfileIndex::indexWriteFailureIsReported()
{
    QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ProfileStore store(ProfileStore::Options {blocker.fileName() + QStringLiteral("/data")});
    QVERIFY(store.load().ok());
    QSignalSpy failed(&store, &ProfileStore::indexWriteFailed);
    const QString id = store.add(userToken(9009, randomSecret("vk1.a.")), QStringLiteral("Nowhere"));
    QVERIFY(failed.wait(15000));
    QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("could not be saved")),
        qPrintable(failed.first().at(0).toString()));
    bool removed = false;
    store.remove(id, this, [&](const std::optional<SecretError> &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    QCOMPARE(keychainLookup(id), 1);
}

void TestProfileIndex::importedProfileKeepsItsFields()
{
    const QString token = randomSecret("vk1.a.");
    Profile imported = Profile::fromObtained(communityToken(4040, QString()));
    imported.name = QStringLiteral("Imported community");
    imported.label = QStringLiteral("From backup");
    imported.ownerId = 1001;
    imported.lastCheck = CheckStatus::Valid;
    imported.lastCheckAt = QDateTime::currentDateTimeUtc().addDays(-1);
    QString id;
    {
        ProfileStore store(ProfileStore::Options {m_dir->path()});
        store.load();
        id = store.addProfile(imported, ProfileSecrets {token, QString()});
        QCOMPARE(id, imported.id);
        QVERIFY(waitSaved(store, id));
    }
    ProfileStore store(ProfileStore::Options {m_dir->path()});
    QVERIFY(store.load().ok());
    const Profile back = *store.profile(id);
    QCOMPARE(back.label, QStringLiteral("From backup"));
    QCOMPARE(back.name, QStringLiteral("Imported community"));
    QCOMPARE(back.ownerId, qint64(1001));
    QCOMPARE(back.lastCheck, CheckStatus::Valid);
    QVERIFY(!back.hasTrustedHash);
    QCOMPARE(readNow(store, id)->token, token);
    bool removed = false;
    store.remove(id, this, [&](const std::optional<SecretError> &e) { removed = !e; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
}

QTEST_GUILESS_MAIN(TestProfileIndex)
#include "tst_profileindex.moc"
