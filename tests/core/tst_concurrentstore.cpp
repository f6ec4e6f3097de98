// SPDX-License-Identifier: MIT
// Issue 13 items 4 and 7: several ProfileStores on one folder (the app and vkauth-cli) lose nothing,
// respect removals and see each other's changes; the index, its backup and folder are owner-only; an
// export never writes through a symbolic link. Real gnome-keyring (scripts/test), real files.
#include "profiles/PrivateFile.h"
#include "profiles/ProfileStore.h"
#include "transfer/ExportFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vkauth;

namespace {

ObtainedToken userToken(qint64 id)
{
    ObtainedToken t;
    t.kind = TokenKind::User;
    t.vkId = id;
    t.token = QStringLiteral("vk1.a.concurrent-%1").arg(id);
    t.obtainedAt = QDateTime::currentDateTimeUtc();
    t.scope = 65536;
    t.app = *AppCredentials::byKey(QStringLiteral("android"));
    return t;
}

bool waitSaved(ProfileStore &store, const QString &id)
{
    return QTest::qWaitFor([&] { return store.secretState(id) != ProfileStore::SecretState::Saving; }, 15000)
        && store.secretState(id) == ProfileStore::SecretState::Saved;
}

QStringList idsIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(u"profiles").toArray())
        ids << v.toObject().value(u"id").toString();
    ids.sort();
    return ids;
}

QStringList idsOf(const ProfileStore &store)
{
    QStringList ids;
    for (const Profile &p : store.profiles())
        ids << p.id;
    ids.sort();
    return ids;
}

} // namespace

class TestConcurrentStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void twoWritersLoseNothing();
    void removalIsRespected();
    void changesElsewhereAreSeen();
    void ownerOnlyFiles();
    void exportRefusesSymlink();

private:
    std::unique_ptr<ProfileStore> store();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConcurrentStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<ProfileStore> TestConcurrentStore::store()
{
    ProfileStore::Options options;
    options.dataDir = m_dir->filePath(QStringLiteral("data"));
    options.service = QStringLiteral("vkauth-concurrent-test");
    auto s = std::make_unique<ProfileStore>(options);
    s->load();
    return s;
}

void TestConcurrentStore::twoWritersLoseNothing()
{
    auto app = store();
    auto cli = store(); // both opened on the same, empty folder
    const QString first = app->add(userToken(1001), QStringLiteral("App's"));
    QVERIFY(waitSaved(*app, first));
    const QString second = cli->add(userToken(1002), QStringLiteral("CLI's"));
    QVERIFY(waitSaved(*cli, second));
    QVERIFY(cli->setLabel(second, QStringLiteral("work")));
    QVERIFY(app->setLabel(first, QStringLiteral("home"))); // the app writes after the CLI did

    const QStringList both = QStringList {first, second};
    QCOMPARE(idsIn(app->indexPath()), both);
    QCOMPARE(idsIn(app->backupPath()), both);
    auto fresh = store();
    QCOMPARE(idsOf(*fresh), both);
    QCOMPARE(fresh->profile(first)->label, QStringLiteral("home"));
    QCOMPARE(fresh->profile(second)->label, QStringLiteral("work"));
}

void TestConcurrentStore::removalIsRespected()
{
    auto app = store();
    const QString a = app->add(userToken(2001));
    QVERIFY(waitSaved(*app, a));
    const QString b = app->add(userToken(2002));
    QVERIFY(waitSaved(*app, b));

    auto cli = store();
    bool removed = false;
    cli->remove(a, nullptr, [&](const std::optional<SecretError> &error) { removed = !error; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    QCOMPARE(idsIn(cli->indexPath()), QStringList {b});

    // The app still holds a in memory; its next write must not bring it back.
    QVERIFY(app->setLabel(b, QStringLiteral("kept")));
    QCOMPARE(idsIn(app->indexPath()), QStringList {b});
    QCOMPARE(idsIn(app->backupPath()), QStringList {b});
    QCOMPARE(idsOf(*app), QStringList {b});

    // And our own removal survives another writer that still had the profile.
    bool removedB = false;
    app->remove(b, nullptr, [&](const std::optional<SecretError> &error) { removedB = !error; });
    QTRY_VERIFY_WITH_TIMEOUT(removedB, 15000);
    const QString c = cli->add(userToken(2003));
    QVERIFY(waitSaved(*cli, c));
    QCOMPARE(idsIn(cli->indexPath()), QStringList {c});
}

void TestConcurrentStore::changesElsewhereAreSeen()
{
    auto app = store();
    const QString a = app->add(userToken(3001));
    QVERIFY(waitSaved(*app, a));
    QSignalSpy changed(app.get(), &ProfileStore::profilesChanged);

    auto cli = store();
    const QString b = cli->add(userToken(3002));
    QVERIFY(waitSaved(*cli, b));
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(*app), (QStringList {a, b}), 10000);
    QVERIFY(changed.count() > 0);

    // A second change: the watch survived QSaveFile's rename.
    QVERIFY(cli->setLabel(a, QStringLiteral("renamed elsewhere")));
    QTRY_COMPARE_WITH_TIMEOUT(app->profile(a)->label, QStringLiteral("renamed elsewhere"), 10000);
}

void TestConcurrentStore::ownerOnlyFiles()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    QVERIFY(
        QFile::setPermissions(data, QFileDevice::Permissions::fromInt(0x7755))); // an older version's 0755
    auto app = store();
    const QString a = app->add(userToken(4001));
    QVERIFY(waitSaved(*app, a));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(
        QFile::permissions(app->indexPath()) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
    QCOMPARE(
        QFile::permissions(app->backupPath()) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
    QCOMPARE(
        QFile::permissions(data) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
        ownerOnly | QFileDevice::ExeOwner);
}

void TestConcurrentStore::exportRefusesSymlink()
{
    const QString target = m_dir->filePath(QStringLiteral("elsewhere.txt"));
    QFile elsewhere(target);
    QVERIFY(elsewhere.open(QIODevice::WriteOnly));
    elsewhere.write("untouched");
    elsewhere.close();
    const QString link = m_dir->filePath(QStringLiteral("export.vkauth"));
    QVERIFY(QFile::link(target, link));

    const auto result = ExportFile::write(link, "secret export");
    QVERIFY(!result.ok());
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(elsewhere.open(QIODevice::ReadOnly));
    QCOMPARE(elsewhere.readAll(), QByteArray("untouched"));
    QString problem;
    QVERIFY(!PrivateFile::write(link, "x", &problem));
    QVERIFY2(problem.contains(QLatin1String("symbolic link")), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestConcurrentStore)
#include "tst_concurrentstore.moc"
