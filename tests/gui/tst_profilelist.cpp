// SPDX-License-Identifier: MIT
// Issue 14's profile list, who is who at a glance: the app a token was obtained with as a second line
// under the title. Real widgets under Xvfb over a real ProfileStore.
#include "GuiTestHelpers.h"
#include "WindowActivation.h"
#include "profiles/Clipboard.h"
#include "profiles/ProfileDelegate.h"
#include "profiles/ProfileModel.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesWidget.h"

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

VKAUTH_GUI_TEST_MAIN(TestProfileList)
#include "tst_profilelist.moc"
