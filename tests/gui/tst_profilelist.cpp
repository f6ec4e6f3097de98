// SPDX-License-Identifier: MIT
// Issue 14's profile list, who is who at a glance: the app a token was obtained with as a second line
// under the title; communities without a listed owner under a "Communities" heading. Real widgets under Xvfb
// over a real ProfileStore.
#include "GuiTestHelpers.h"
#include "WindowActivation.h"
#include "profiles/Clipboard.h"
#include "profiles/ProfileDelegate.h"
#include "profiles/ProfileModel.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesWidget.h"

#include <QAction>
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

} // namespace

class TestProfileList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appNameIsTheSecondLine();
    void orphanCommunitiesUnderAHeading();
};

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

VKAUTH_GUI_TEST_MAIN(TestProfileList)
#include "tst_profilelist.moc"
