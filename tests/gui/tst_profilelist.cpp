// SPDX-License-Identifier: MIT
// Issue 14's profile list, who is who at a glance: a picture before each title (VK's photo_50, fetched
// once from the loopback fake VK with the profile's own token and kept under the data folder; else a
// letter icon, a circle for an account and a rounded square for a community), the app a token was
// obtained with as a second line under the title, and communities without a listed owner under a
// "Communities" heading. Real widgets under Xvfb, a real ProfileStore and the real Secret Service. Real
// widgets under Xvfb over a real ProfileStore.
#include "FakeVk.h"
#include "GuiTestHelpers.h"
#include "WindowActivation.h"
#include "net/NetworkContext.h"
#include "profiles/AvatarCache.h"
#include "profiles/Clipboard.h"
#include "profiles/ProfileAvatars.h"
#include "profiles/ProfileDelegate.h"
#include "profiles/ProfileModel.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesWidget.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace vkauth;
using namespace vkauth::gui;

namespace {

Profile makeProfile(TokenKind kind, qint64 vkId, const QString &name, const QString &appKey,
    const QString &clientId, const QString &appName, qint64 owner = 0)
{
    Profile p;
    p.kind = kind;
    p.vkId = vkId;
    p.ownerId = owner;
    p.name = name;
    p.appKey = appKey;
    p.appClientId = clientId;
    p.appName = appName;
    p.id = Profile::makeId(kind, vkId, clientId);
    p.obtainedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    return p;
}

Profile android(qint64 vkId, const QString &name)
{
    return makeProfile(TokenKind::User, vkId, name, QStringLiteral("android"), QStringLiteral("2274003"),
        QStringLiteral("VK for Android"));
}

Profile vkid(qint64 vkId, const QString &name)
{
    return makeProfile(TokenKind::User, vkId, name, QStringLiteral("vkid"), QStringLiteral("51234567"),
        QStringLiteral("My app"));
}

QStyleOptionViewItem optionFor(QTreeView *tree, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(tree->viewport());
    option.font = tree->font();
    option.rect = tree->visualRect(index);
    option.widget = tree;
    return option;
}

// Pixels in `rect` (logical) of the grabbed image that are not the row's background.
int inkIn(const QImage &image, const QRect &rect, const QColor &background, QColor *darkest = nullptr)
{
    const qreal ratio = image.devicePixelRatio();
    int ink = 0;
    int best = 255 * 3 + 1;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(QPoint(x, y) * ratio);
            const int distance = qAbs(c.red() - background.red()) + qAbs(c.green() - background.green())
                + qAbs(c.blue() - background.blue());
            if (distance > 60)
                ++ink;
            const int sum = c.red() + c.green() + c.blue();
            if (darkest && sum < best) {
                best = sum;
                *darkest = c;
            }
        }
    }
    return ink;
}

bool near(const QColor &a, const QColor &b, int tolerance = 40)
{
    return qAbs(a.red() - b.red()) < tolerance && qAbs(a.green() - b.green()) < tolerance
        && qAbs(a.blue() - b.blue()) < tolerance;
}

// The colour of a logical point of a grabbed image.
QColor at(const QImage &image, const QPointF &point)
{
    const QPointF device = point * image.devicePixelRatio();
    return image.pixelColor(int(device.x()), int(device.y()));
}

} // namespace

class TestProfileList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appNameIsTheSecondLine();
    void orphanCommunitiesUnderAHeading();
    void letterIconsTellTheKindsApartOffline();
    void avatarsFetchedOnceAndKept();

private:
    QString add(ProfileStore &store, TokenKind kind, qint64 vkId, const QString &token, const QString &name,
        qint64 owner = 0);
};

QString TestProfileList::add(
    ProfileStore &store, TokenKind kind, qint64 vkId, const QString &token, const QString &name, qint64 owner)
{
    ObtainedToken t;
    t.kind = kind;
    t.vkId = vkId;
    t.token = token;
    t.obtainedAt = QDateTime::currentDateTimeUtc();
    t.app = *AppCredentials::byKey(QStringLiteral("android"));
    const QString id = store.add(t, name, owner);
    if (!QTest::qWaitFor([&] { return store.secretState(id) == ProfileStore::SecretState::Saved; }, 15000))
        return {};
    return id;
}

// Two profiles of one account read "Ivan Petrov" both: the second line names the app (VK ID for VK ID
// profiles), smaller and dimmer than the title; the badge stays; rename still edits the title.
void TestProfileList::appNameIsTheSecondLine()
{
    QTemporaryDir dir;
    ProfileStore store(ProfileStore::Options {dir.path()});
    QVERIFY(store.load().ok());
    Profile soon = android(1001, QStringLiteral("Ivan Petrov"));
    soon.expiresAt = soon.obtainedAt.addSecs(2 * 86400);
    QVERIFY(store.commitImport({soon, vkid(1001, QStringLiteral("Ivan Petrov"))}));
    Clipboard clipboard;
    ProfilesWidget widget(&store, &clipboard);
    widget.resize(760, 400);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(guitest::exposeAndActivate(&widget));
    auto *tree = widget.findChild<QTreeView *>(QStringLiteral("profileTree"));
    QVERIFY(tree);
    QAbstractItemModel *model = tree->model();
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex first = model->index(0, 0);
    const QModelIndex second = model->index(1, 0);
    QCOMPARE(first.data().toString(), QStringLiteral("Ivan Petrov"));
    QCOMPARE(second.data().toString(), QStringLiteral("Ivan Petrov"));
    QCOMPARE(first.data(ProfileModel::SubtitleRole).toString(), QStringLiteral("VK for Android"));
    QCOMPARE(second.data(ProfileModel::SubtitleRole).toString(), QStringLiteral("VK ID"));

    // Painted: the title line and, under it, the app line in a smaller font and a dimmer colour.
    tree->clearSelection();
    tree->setCurrentIndex(QModelIndex());
    QTest::qWait(0);
    const QImage image = tree->viewport()->grab().toImage();
    const QColor base = tree->viewport()->palette().color(QPalette::Base);
    for (const QModelIndex &index : {first, second}) {
        const QStyleOptionViewItem option = optionFor(tree, index);
        const QRect title = ProfileDelegate::titleRect(option, index);
        const QRect subtitle = ProfileDelegate::subtitleRect(option, index);
        QVERIFY(subtitle.top() >= title.bottom());
        QVERIFY(option.rect.height() >= title.height() + subtitle.height());
        QVERIFY(QFontMetrics(ProfileDelegate::subtitleFont(tree->font())).height()
            < QFontMetrics(tree->font()).height());
        QColor titleInk;
        QColor subtitleInk;
        QVERIFY2(inkIn(image, title, base, &titleInk) > 20, "the title is drawn");
        QVERIFY2(inkIn(image, subtitle, base, &subtitleInk) > 20, "the app's name is drawn under it");
        QVERIFY2(subtitleInk.lightness() > titleInk.lightness(),
            qPrintable(subtitleInk.name() + QLatin1String(" vs ") + titleInk.name()));
    }
    // The badge is still there, clear of the texts.
    const QStyleOptionViewItem option = optionFor(tree, first);
    const QRect badge = ProfileDelegate::badgeRect(option, first);
    QVERIFY(!badge.isEmpty());
    QVERIFY(ProfileDelegate::titleRect(option, first).right() < badge.left());
    // A narrow list keeps room for the title: the chip shrinks to its icon; a wide one has its text.
    QStyleOptionViewItem narrow = option;
    narrow.rect.setWidth(200);
    QStyleOptionViewItem wide = option;
    wide.rect.setWidth(600);
    const int chars = QFontMetrics(tree->font()).averageCharWidth();
    const int text = QFontMetrics(tree->font()).horizontalAdvance(QStringLiteral("Expires soon")) / 2;
    QVERIFY(ProfileDelegate::badgeRect(wide, first).width() > text);
    QVERIFY(ProfileDelegate::badgeRect(narrow, first).width() < text);
    QVERIFY(!ProfileDelegate::badgeRect(narrow, first).isEmpty());
    QVERIFY2(ProfileDelegate::titleRect(narrow, first).width() >= 9 * chars,
        qPrintable(QString::number(ProfileDelegate::titleRect(narrow, first).width())));

    // F2 edits the title line, not the whole two-line row.
    tree->setFocus();
    tree->setCurrentIndex(second);
    QTest::keyClick(tree, Qt::Key_F2);
    QWidget *editor = nullptr;
    QTRY_VERIFY((editor = QApplication::focusWidget()) != tree && editor);
    const QRect titleBox = ProfileDelegate::titleRect(optionFor(tree, second), second);
    QVERIFY2(qAbs(editor->geometry().center().y() - titleBox.center().y()) <= 2,
        qPrintable(
            QStringLiteral("%1 vs %2").arg(editor->geometry().center().y()).arg(titleBox.center().y())));
    QTest::keyClick(editor, Qt::Key_Escape);
}

// The heading is after the accounts, never a profile: the keyboard passes it (it opens and closes)
// but nothing selects it and the profile actions are off on it; rename works beneath it; a search
// shows it only for its matching communities; with no account listed the first community is current.
void TestProfileList::orphanCommunitiesUnderAHeading()
{
    QTemporaryDir dir;
    ProfileStore store(ProfileStore::Options {dir.path()});
    QVERIFY(store.load().ok());
    const Profile club = makeProfile(TokenKind::Community, 88, QStringLiteral("Orphan club"),
        QStringLiteral("android"), QStringLiteral("2274003"), QStringLiteral("VK for Android"), 999);
    const Profile other = makeProfile(TokenKind::Community, 89, QStringLiteral("Second orphan"),
        QStringLiteral("android"), QStringLiteral("2274003"), QStringLiteral("VK for Android"));
    const Profile ivan = android(1001, QStringLiteral("Ivan Petrov"));
    QVERIFY(store.commitImport({club, ivan, other}));
    Clipboard clipboard;
    ProfilesWidget widget(&store, &clipboard);
    widget.resize(760, 400);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(guitest::exposeAndActivate(&widget));
    auto *tree = widget.findChild<QTreeView *>(QStringLiteral("profileTree"));
    auto *filter = widget.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    auto *details = widget.findChild<QStackedWidget *>(QStringLiteral("detailsStack"));
    auto *title = widget.findChild<QLabel *>(QStringLiteral("titleLabel"));
    QVERIFY(tree && filter && details && title);
    QAbstractItemModel *model = tree->model();
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex heading = model->index(1, 0);
    QCOMPARE(heading.data().toString(), QStringLiteral("Communities"));
    QCOMPARE(model->rowCount(heading), 2);
    QCOMPARE(model->index(0, 0, heading).data().toString(), QStringLiteral("Orphan club"));
    QVERIFY(tree->isExpanded(heading));
    QVERIFY(!heading.flags().testFlag(Qt::ItemIsSelectable));

    // Down from the account: onto the heading (current, not selected, no profile), then the community.
    widget.selectProfile(ivan.id);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(tree->currentIndex(), heading);
    QVERIFY(tree->selectionModel()->selectedIndexes().isEmpty());
    QCOMPARE(widget.currentProfileId(), QString());
    QCOMPARE(details->currentIndex(), 0);
    for (QAction *action : widget.profileActions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    QTest::keyClick(tree, Qt::Key_F2); // no editor on the heading
    QCOMPARE(QApplication::focusWidget(), tree);
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(widget.currentProfileId(), club.id);
    QCOMPARE(title->text(), QStringLiteral("Orphan club"));
    QVERIFY(widget.copyAction()->isEnabled());

    // Rename beneath the heading.
    QTest::keyClick(tree, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = qobject_cast<QLineEdit *>(QApplication::focusWidget())) != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Lonely club"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(store.profile(club.id)->label, QStringLiteral("Lonely club"));

    // Search: the heading shows only with matching communities, and never matches by itself.
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("ivan"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Ivan Petrov"));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("second"));
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, 0).data(ProfileModel::HeadingRole).toBool());
    QCOMPARE(model->rowCount(model->index(0, 0)), 1);
    QCOMPARE(widget.currentProfileId(), other.id);
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("communities"));
    QCOMPARE(model->rowCount(), 0);
    filter->clear();
    QCOMPARE(model->rowCount(), 2);

    // Only communities without their accounts: the first of them is current, not the heading.
    QTemporaryDir bare;
    ProfileStore orphans(ProfileStore::Options {bare.path()});
    QVERIFY(orphans.load().ok());
    QVERIFY(orphans.commitImport({club, other}));
    ProfilesWidget alone(&orphans, &clipboard);
    QCOMPARE(alone.currentProfileId(), club.id);
}

// Without a network (no context given: nothing is fetched) every row has a letter icon: the title's
// first letter in white on a colour of its VK id, a circle for an account, a rounded square for a
// community; 32 px, made for the device pixel ratio.
void TestProfileList::letterIconsTellTheKindsApartOffline()
{
    QTemporaryDir dir;
    ProfileStore store(ProfileStore::Options {dir.path()});
    QVERIFY(store.load().ok());
    const Profile ivan = android(1001, QStringLiteral("ivan Petrov"));
    const Profile garage = makeProfile(TokenKind::Community, 77, QStringLiteral("Bot Garage"),
        QStringLiteral("android"), QStringLiteral("2274003"), QStringLiteral("VK for Android"), 1001);
    QVERIFY(store.commitImport({ivan, garage}));
    Clipboard clipboard;
    ProfilesWidget widget(&store, &clipboard);
    widget.resize(760, 400);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto *tree = widget.findChild<QTreeView *>(QStringLiteral("profileTree"));
    tree->setCurrentIndex(QModelIndex());
    tree->clearSelection();
    QTest::qWait(0);
    const QImage image = tree->viewport()->grab().toImage();
    const QColor base = tree->viewport()->palette().color(QPalette::Base);
    QCOMPARE(ProfileDelegate::kIconSize, 32);
    const auto check = [&](const QModelIndex &index, qint64 vkId, bool round) {
        const QRect icon = ProfileDelegate::iconRect(optionFor(tree, index));
        QCOMPARE(icon.size(), QSize(32, 32));
        const QColor color = ProfileAvatars::colorFor(vkId);
        // The left edge's middle is inside either shape; the corner (3.5, 3.5) only inside the square.
        QVERIFY2(near(at(image, icon.topLeft() + QPointF(2.5, 16)), color),
            qPrintable(at(image, icon.topLeft() + QPointF(2.5, 16)).name()));
        const QColor corner = at(image, icon.topLeft() + QPointF(3.5, 3.5));
        QVERIFY2(round ? near(corner, base, 24) : near(corner, color), qPrintable(corner.name()));
        int white = 0;
        for (int y = icon.top(); y <= icon.bottom(); ++y) {
            for (int x = icon.left(); x <= icon.right(); ++x)
                white += near(at(image, QPointF(x + 0.5, y + 0.5)), Qt::white, 30) ? 1 : 0;
        }
        QVERIFY2(white > 10, "a letter is drawn");
    };
    const QModelIndex ivanRow = tree->model()->index(0, 0);
    check(ivanRow, 1001, true);
    check(tree->model()->index(0, 0, ivanRow), 77, false);
    QCOMPARE(ProfileAvatars::letterOf(QStringLiteral("ivan Petrov")), QStringLiteral("I"));
    QCOMPARE(ProfileAvatars::letterOf(QStringLiteral("«Клуб»")), QStringLiteral("К"));
    QVERIFY(ProfileAvatars::colorFor(1001) != ProfileAvatars::colorFor(1002));

    // At a device pixel ratio of 2 the picture has four times the pixels, at the same logical size.
    ProfileAvatars avatars(&store);
    const QPixmap sharp = avatars.picture(ivan.id, TokenKind::User, 1001, ivan.title(), 32, 2.0);
    QCOMPARE(sharp.size(), QSize(64, 64));
    QCOMPARE(sharp.devicePixelRatio(), 2.0);
    QVERIFY(guitest::saveScreenshot(&widget, QStringLiteral("profile-list-offline.png")));
}

// With a network context, each row's avatar is asked of (fake) VK once with that profile's own token
// (users.get / groups.getById, fields=photo_50), fetched without cookies or token, kept as
// avatars/<kind>-<id>.jpg and drawn in the row's shape. A failed one keeps its letter icon and is not
// asked again however often the list repaints; after a restart the kept files are used, not fetched.
void TestProfileList::avatarsFetchedOnceAndKept()
{
    fakevk::FakeVk fake;
    QVERIFY(fake.start());
    fake.exportEnvironment();
    fakevk::Account ivan;
    ivan.userId = 1001;
    ivan.login = QStringLiteral("ivan@example.org");
    ivan.groups = {fakevk::Group {77, QStringLiteral("Bot Garage"), QStringLiteral("botgarage")}};
    fake.addAccount(ivan);
    fakevk::Account maria;
    maria.userId = 1002;
    maria.firstName = QStringLiteral("Maria");
    maria.lastName = QStringLiteral("Ivanova");
    maria.login = QStringLiteral("maria@example.org");
    fake.addAccount(maria);
    fakevk::Account olga; // not listed: her community goes under the heading
    olga.userId = 1003;
    olga.login = QStringLiteral("olga@example.org");
    olga.groups = {fakevk::Group {88, QStringLiteral("Cats of Moscow"), QStringLiteral("cats")}};
    fake.addAccount(olga);
    fake.setFault(QStringLiteral("/images/user_1002_50.png"), fakevk::Fault::Http500);

    QTemporaryDir dir;
    ProfileStore store(ProfileStore::Options {dir.path()});
    QVERIFY(store.load().ok());
    const QString ivanToken = fake.issueUserToken(1001, 65536);
    const QString ivanId = add(store, TokenKind::User, 1001, ivanToken, QStringLiteral("Ivan Petrov"));
    const QString garageId = add(
        store, TokenKind::Community, 77, fake.issueGroupToken(77, 4096), QStringLiteral("Bot Garage"), 1001);
    const QString mariaId = add(
        store, TokenKind::User, 1002, fake.issueUserToken(1002, 65536), QStringLiteral("Maria Ivanova"));
    const QString catsId = add(store, TokenKind::Community, 88, fake.issueGroupToken(88, 4096),
        QStringLiteral("Cats of Moscow"), 1003);
    QVERIFY(!ivanId.isEmpty() && !garageId.isEmpty() && !mariaId.isEmpty() && !catsId.isEmpty());

    {
        Clipboard clipboard;
        ProfilesWidget widget(&store, &clipboard);
        widget.setNetworkContext(NetworkContext {});
        widget.resize(760, 400);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        auto *tree = widget.findChild<QTreeView *>(QStringLiteral("profileTree"));
        auto *avatars = widget.findChild<ProfileAvatars *>();
        QVERIFY(avatars);
        QSignalSpy failed(avatars->cache(), &AvatarCache::failed);
        const QString userFile = dir.filePath(QStringLiteral("avatars/user-1001.jpg"));
        const QString groupFile = dir.filePath(QStringLiteral("avatars/community-77.jpg"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(userFile) && QFile::exists(groupFile)
                && QFile::exists(dir.filePath(QStringLiteral("avatars/community-88.jpg"))),
            15000);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("user-1002"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("avatars/user-1002.jpg"))));

        // Asked with each profile's own token; the pictures went without cookies or token.
        const auto users = fake.requests(QStringLiteral("/method/users.get"));
        QCOMPARE(users.size(), 2);
        QVERIFY(users.at(0).body.contains("fields=photo_50"));
        QCOMPARE(fake.requests(QStringLiteral("/method/groups.getById")).size(), 2);
        const auto pictures = fake.requests(QStringLiteral("/images/user_1001_50.png"));
        QCOMPARE(pictures.size(), 1);
        QVERIFY(!pictures.first().headers.contains("cookie"));
        QVERIFY(!pictures.first().url.toString().contains(ivanToken));
        QFile kept(userFile);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        const QImage picture = QImage::fromData(kept.readAll());
        QCOMPARE(picture.size(), QSize(50, 50));

        // Drawn in the row: the avatar's own colour, clipped to a circle for the account.
        tree->setCurrentIndex(QModelIndex());
        tree->clearSelection();
        const QModelIndex ivanRow = tree->model()->index(0, 0);
        QTRY_VERIFY(avatars->hasAvatar(TokenKind::User, 1001));
        QTest::qWait(0);
        const auto painted = [&] {
            const QImage image = tree->viewport()->grab().toImage();
            return at(
                image, ProfileDelegate::iconRect(optionFor(tree, ivanRow)).topLeft() + QPointF(2.5, 16));
        };
        QTRY_VERIFY2(near(painted(), picture.pixelColor(2, 25)),
            qPrintable(painted().name() + QLatin1String(" vs ") + picture.pixelColor(2, 25).name()));
        QVERIFY(!near(painted(), ProfileAvatars::colorFor(1001)));

        // Maria's failed: her letter icon stays, and repaints do not ask again.
        QModelIndex mariaRow = tree->model()->index(1, 0);
        QCOMPARE(mariaRow.data().toString(), QStringLiteral("Maria Ivanova"));
        for (int i = 0; i < 5; ++i) {
            tree->viewport()->repaint();
            QTest::qWait(20);
        }
        QCOMPARE(fake.requests(QStringLiteral("/images/user_1002_50.png")).size(), 1);
        QCOMPARE(fake.requests(QStringLiteral("/method/users.get")).size(), 2);
        const QImage image = tree->viewport()->grab().toImage();
        QVERIFY(
            near(at(image, ProfileDelegate::iconRect(optionFor(tree, mariaRow)).topLeft() + QPointF(2.5, 16)),
                ProfileAvatars::colorFor(1002)));
        widget.selectProfile(ivanId);
        QVERIFY(guitest::saveScreenshot(&widget, QStringLiteral("profile-list.png")));
    }

    // A restart: the kept pictures are shown and not fetched again.
    const qsizetype before = fake.requests().size();
    ProfileStore again(ProfileStore::Options {dir.path()});
    QVERIFY(again.load().ok());
    Clipboard clipboard;
    ProfilesWidget widget(&again, &clipboard);
    widget.setNetworkContext(NetworkContext {});
    widget.resize(760, 400);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto *avatars = widget.findChild<ProfileAvatars *>();
    QVERIFY(avatars->hasAvatar(TokenKind::User, 1001));
    QVERIFY(avatars->hasAvatar(TokenKind::Community, 77));
    // Maria's is tried once more in this new process (and fails again); the others are not asked.
    QTRY_COMPARE_WITH_TIMEOUT(fake.requests(QStringLiteral("/images/user_1002_50.png")).size(), 2, 15000);
    QCOMPARE(fake.requests().size(), before + 2);

    for (const QString &id : {ivanId, garageId, mariaId, catsId}) {
        bool removed = false;
        again.remove(id, this, [&](const std::optional<SecretError> &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }
}

VKAUTH_GUI_TEST_MAIN(TestProfileList)
#include "tst_profilelist.moc"
