// SPDX-License-Identifier: MIT
// ProfileModel over a real ProfileStore (real index files, the real Secret Service for add()):
// QAbstractItemModelTester watches every change, and each store change must arrive as row inserts,
// removals, moves or dataChanged — never as a reset — also when another process rewrote the index.
#include "profiles/ProfileBadge.h"
#include "profiles/ProfileModel.h"
#include "profiles/ProfileStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vkauth;
using namespace vkauth::gui;

namespace {

Profile makeProfile(TokenKind kind, qint64 vkId, const QString &name, qint64 owner = 0)
{
    Profile p;
    p.kind = kind;
    p.vkId = vkId;
    p.ownerId = owner;
    p.name = name;
    p.appKey = QStringLiteral("android");
    p.appClientId = QStringLiteral("2274003");
    p.appName = QStringLiteral("VK for Android");
    p.id = Profile::makeId(kind, vkId, p.appClientId);
    // Whole seconds, as the index keeps it: a re-read then changes nothing.
    p.obtainedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    return p;
}

QStringList titles(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList list;
    for (int row = 0; row < model.rowCount(parent); ++row)
        list << model.index(row, 0, parent).data().toString();
    return list;
}

// What another process does: rewrites the index without the given profile.
bool dropFromIndexOnDisk(const QString &indexPath, const QString &id)
{
    QFile in(indexPath);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray kept;
    for (const QJsonValue &v : root.value(QStringLiteral("profiles")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() != id)
            kept.append(v);
    }
    root.insert(QStringLiteral("profiles"), kept);
    QSaveFile out(indexPath);
    return out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(root).toJson()) > 0 && out.commit();
}

} // namespace

class TestProfileModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accountsWithTheirCommunities();
    void storeChangesAreRowChangesNotResets();
    void changesFromAnotherProcessAreDiffed();
    void editingSetsTheLabel();
    void orphanCommunitiesGoUnderAHeading();
    void unsavedProfilesShowInItalics();
    void oneAdditionAmongTenThousandIsOneRow();
    void badgesChangeWhenTimePasses();
};

void TestProfileModel::accountsWithTheirCommunities()
{
    QTemporaryDir dir;
    ProfileStore store(ProfileStore::Options {dir.path()});
    QVERIFY(store.load().ok());
    QVERIFY(store.commitImport({makeProfile(TokenKind::Community, 88, QStringLiteral("Orphan club"), 999),
        makeProfile(TokenKind::User, 1001, QStringLiteral("Ivan")),
        makeProfile(TokenKind::Community, 77, QStringLiteral("Garage"), 1001),
        makeProfile(TokenKind::User, 1002, QStringLiteral("Maria"))}));
    ProfileModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(titles(model), (QStringList {"Ivan", "Maria", "Communities"}));
    QCOMPARE(titles(model, model.index(2, 0)), QStringList {"Orphan club"});
    QCOMPARE(titles(model, model.index(0, 0)), QStringList {"Garage"});
    QCOMPARE(model.rowCount(model.index(1, 0)), 0);
    const QModelIndex garage = model.indexOf(store.profiles().at(2).id);
    QCOMPARE(garage.parent(), model.index(0, 0));
    QCOMPARE(garage.data(ProfileModel::IdRole).toString(), QStringLiteral("community-77-2274003"));
    QVERIFY(garage.data(ProfileModel::SearchRole).toString().contains(QLatin1String("77")));
    QVERIFY(model.flags(garage).testFlag(Qt::ItemIsEditable));
}

void TestProfileModel::storeChangesAreRowChangesNotResets()
{
    QTemporaryDir dir;
    ProfileStore store(ProfileStore::Options {dir.path()});
    QVERIFY(store.load().ok());
    const Profile ivan = makeProfile(TokenKind::User, 1001, QStringLiteral("Ivan"));
    const Profile maria = makeProfile(TokenKind::User, 1002, QStringLiteral("Maria"));
    QVERIFY(store.commitImport({ivan, maria}));
    ProfileModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutAboutToBeChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // A community under Maria: one row inserted beneath her.
    Profile club = makeProfile(TokenKind::Community, 55, QStringLiteral("Club"), 1002);
    QVERIFY(store.commitImport({club}));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(0).value<QModelIndex>(), model.indexOf(maria.id));
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 0);

    // A label: dataChanged of that one row.
    QVERIFY(store.setLabel(ivan.id, QStringLiteral("Boss")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), model.indexOf(ivan.id));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Boss"));

    // The community's owner changes: it leaves Maria for Ivan (removed there, inserted here).
    club.ownerId = 1001;
    QVERIFY(store.update(club));
    QCOMPARE(model.rowCount(model.indexOf(maria.id)), 0);
    QCOMPARE(titles(model, model.indexOf(ivan.id)), QStringList {"Club"});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 2);

    QCOMPARE(resets.size(), 0);
    QCOMPARE(layouts.size(), 0);
    QCOMPARE(moved.size(), 0);
}

void TestProfileModel::changesFromAnotherProcessAreDiffed()
{
    QTemporaryDir dir;
    ProfileStore store(ProfileStore::Options {dir.path()});
    QVERIFY(store.load().ok());
    const Profile ivan = makeProfile(TokenKind::User, 1001, QStringLiteral("Ivan"));
    const Profile maria = makeProfile(TokenKind::User, 1002, QStringLiteral("Maria"));
    const Profile club = makeProfile(TokenKind::Community, 55, QStringLiteral("Club"), 1002);
    QVERIFY(store.commitImport({ivan, maria, club}));
    ProfileModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Another store on the same folder (as vkauth-cli would be) adds an account and renames one.
    ProfileStore other(ProfileStore::Options {dir.path()});
    QVERIFY(other.load().ok());
    QVERIFY(other.commitImport({makeProfile(TokenKind::User, 1003, QStringLiteral("Olga"))}));
    QTRY_COMPARE(titles(model), (QStringList {"Ivan", "Maria", "Olga"}));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QVERIFY(other.setLabel(ivan.id, QStringLiteral("Boss")));
    QTRY_COMPARE(model.index(0, 0).data().toString(), QStringLiteral("Boss"));
    QCOMPARE(changed.size(), 1);

    // Another process drops Maria: her row (and her community beneath) goes, nothing else.
    QVERIFY(dropFromIndexOnDisk(store.indexPath(), maria.id));
    QTRY_COMPARE(titles(model), (QStringList {"Boss", "Olga", "Communities"}));
    QCOMPARE(titles(model, model.index(2, 0)), QStringList {"Club"});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(inserted.size(), 3); // the heading, then the community, now without its owner, beneath it
    QCOMPARE(resets.size(), 0);
}

void TestProfileModel::editingSetsTheLabel()
{
    QTemporaryDir dir;
    ProfileStore store(ProfileStore::Options {dir.path()});
    QVERIFY(store.load().ok());
    const Profile ivan = makeProfile(TokenKind::User, 1001, QStringLiteral("Ivan"));
    QVERIFY(store.commitImport({ivan}));
    ProfileModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setData(model.index(0, 0), QStringLiteral("  Main bot  ")));
    QCOMPARE(store.profile(ivan.id)->label, QStringLiteral("Main bot"));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Main bot"));
    QVERIFY(model.setData(model.index(0, 0), QStringLiteral("Ivan"))); // the name: no label
    QCOMPARE(store.profile(ivan.id)->label, QString());
}

// Issue 14: communities whose owner account is not listed sit under one "Communities" heading after
// the accounts, which is no profile (not selectable or editable, no id, nothing to search) and is
// there only while it has communities beneath it.
void TestProfileModel::orphanCommunitiesGoUnderAHeading()
{
    QTemporaryDir dir;
    ProfileStore store(ProfileStore::Options {dir.path()});
    QVERIFY(store.load().ok());
    const Profile orphan = makeProfile(TokenKind::Community, 88, QStringLiteral("Orphan club"), 999);
    Profile lost = makeProfile(TokenKind::Community, 89, QStringLiteral("Lost"));
    QVERIFY(store.commitImport({orphan, makeProfile(TokenKind::User, 1001, QStringLiteral("Ivan")),
        makeProfile(TokenKind::Community, 55, QStringLiteral("Club"), 1001), lost}));
    ProfileModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QCOMPARE(titles(model), (QStringList {"Ivan", "Communities"}));
    QCOMPARE(titles(model, model.index(0, 0)), QStringList {"Club"});
    const QModelIndex heading = model.index(1, 0);
    QCOMPARE(titles(model, heading), (QStringList {"Orphan club", "Lost"}));
    QCOMPARE(model.indexOf(orphan.id).parent(), heading);
    QVERIFY(heading.data(ProfileModel::HeadingRole).toBool());
    QVERIFY(!model.index(0, 0).data(ProfileModel::HeadingRole).toBool());
    QCOMPARE(heading.data(ProfileModel::IdRole).toString(), QString());
    QCOMPARE(heading.data(ProfileModel::SearchRole).toString(), QString());
    QCOMPARE(model.flags(heading), Qt::ItemFlags(Qt::ItemIsEnabled));
    QVERIFY(!model.setData(heading, QStringLiteral("Renamed")));
    QVERIFY(model.flags(model.indexOf(orphan.id)).testFlag(Qt::ItemIsSelectable));

    // The owner arrives: its community moves beneath it; the other stays under the heading.
    QVERIFY(store.commitImport({makeProfile(TokenKind::User, 999, QStringLiteral("Olga"))}));
    QCOMPARE(titles(model), (QStringList {"Ivan", "Olga", "Communities"}));
    QCOMPARE(titles(model, model.index(1, 0)), QStringList {"Orphan club"});
    QCOMPARE(titles(model, model.index(2, 0)), QStringList {"Lost"});

    // The last one finds its owner: the heading goes.
    lost.ownerId = 1001;
    QVERIFY(store.update(lost));
    QCOMPARE(titles(model), (QStringList {"Ivan", "Olga"}));
    QCOMPARE(titles(model, model.index(0, 0)), (QStringList {"Club", "Lost"}));
    QCOMPARE(resets.size(), 0);
}

void TestProfileModel::unsavedProfilesShowInItalics()
{
    QTemporaryDir dir;
    ProfileStore store(ProfileStore::Options {dir.path(), QStringLiteral("vkauth-tst-profilemodel")});
    QVERIFY(store.load().ok());
    ProfileModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ObtainedToken t;
    t.vkId = 1001;
    t.token = QStringLiteral("vk1.a.model-test");
    t.app = *AppCredentials::byKey(QStringLiteral("android"));
    const QString id = store.add(t, QStringLiteral("Ivan"));
    const auto italic = [&] { return model.indexOf(id).data(Qt::FontRole).value<QFont>().italic(); };
    QVERIFY(italic()); // saving
    QVERIFY(model.indexOf(id).data(Qt::ToolTipRole).toString().contains(QLatin1String("not saved")));
    QTRY_COMPARE_WITH_TIMEOUT(store.secretState(id), ProfileStore::SecretState::Saved, 15000);
    QVERIFY(!italic());
    bool removed = false;
    store.remove(id, this, [&](const std::optional<SecretError> &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    QCOMPARE(model.rowCount(), 0);
}

void TestProfileModel::oneAdditionAmongTenThousandIsOneRow()
{
    QTemporaryDir dir;
    ProfileStore store(ProfileStore::Options {dir.path()});
    QVERIFY(store.load().ok());
    QList<Profile> many;
    for (int i = 0; i < 10000; ++i) {
        many << (i % 4 == 3 ? makeProfile(
                     TokenKind::Community, 500000 + i, QStringLiteral("Club %1").arg(i), 100000 + i - 3)
                            : makeProfile(TokenKind::User, 100000 + i, QStringLiteral("User %1").arg(i)));
    }
    QVERIFY(store.commitImport(many));
    QElapsedTimer timer;
    timer.start();
    ProfileModel model(&store);
    qInfo("model over 10,000 profiles made in %lld ms", timer.elapsed());
    QCOMPARE(model.rowCount(), 7500);
    QCOMPARE(model.rowCount(model.index(0, 0)), 1);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(store.commitImport({makeProfile(TokenKind::User, 99, QStringLiteral("Newcomer"))}));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 7500);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(resets.size(), 0);
}

QTEST_MAIN(TestProfileModel)
void TestProfileModel::badgesChangeWhenTimePasses()
{
    // The badge is worked out at paint time, so what matters is that the model says "repaint" when
    // a moment passes: dataChanged() for the row, and then the new badge. Ivan's token expires in
    // 3 s; Maria's enters its last kExpiresSoonDays in 7 s; Oleg's has no expiry. (Seconds apart, so
    // that a slow machine cannot run the two moments together.)
    QTemporaryDir dir;
    ProfileStore store(ProfileStore::Options {dir.path()});
    QVERIFY(store.load().ok());
    QElapsedTimer setUp;
    setUp.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Profile ivan = makeProfile(TokenKind::User, 1001, QStringLiteral("Ivan"));
    ivan.expiresAt = now.addSecs(3);
    Profile maria = makeProfile(TokenKind::User, 1002, QStringLiteral("Maria"));
    maria.expiresAt = now.addSecs(qint64(kExpiresSoonDays) * 86400 + 7);
    const Profile oleg = makeProfile(TokenKind::User, 1003, QStringLiteral("Oleg"));
    QVERIFY(store.commitImport({ivan, maria, oleg}));
    ProfileModel model(&store);
    if (setUp.elapsed() > 2500)
        QSKIP("setting up took longer than the 3 s this test leaves before the first moment");
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto badge
        = [&](const Profile &p) { return Badge(model.indexOf(p.id).data(ProfileModel::BadgeRole).toInt()); };
    QCOMPARE(badge(ivan), Badge::ExpiresSoon);
    QCOMPARE(badge(maria), Badge::None);
    QCOMPARE(badge(oleg), Badge::None);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moments(&model, &ProfileModel::badgesChanged);
    const auto covers = [&](const QModelIndex &row) {
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const auto from = args.at(0).value<QModelIndex>();
            const auto to = args.at(1).value<QModelIndex>();
            if (from.parent() == row.parent() && from.row() <= row.row() && row.row() <= to.row())
                return true;
        }
        return false;
    };

    QVERIFY(moments.wait(10000)); // Ivan's expiry
    QCOMPARE(moments.size(), 1);
    QVERIFY2(setUp.elapsed() >= 3000, "woke before the moment"); // an early wake-up emits nothing
    QVERIFY(covers(model.indexOf(ivan.id)));
    QCOMPARE(badge(ivan), Badge::Expired);
    QCOMPARE(badge(maria), Badge::None);
    changed.clear();
    QVERIFY(moments.wait(10000)); // Maria's "expires soon"
    QCOMPARE(moments.size(), 2);
    QVERIFY2(setUp.elapsed() >= 7000, "woke before the moment");
    QVERIFY(covers(model.indexOf(maria.id)));
    QCOMPARE(badge(maria), Badge::ExpiresSoon);
    QCOMPARE(badge(oleg), Badge::None);

    // Nothing is due for days now (Maria's expiry): no further wake-ups.
    QVERIFY(!moments.wait(1500));
}

#include "tst_profilemodel.moc"
