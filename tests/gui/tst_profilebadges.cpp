// SPDX-License-Identifier: MIT
// The profile list's badges (issues 14 and 17): the model says which warning each profile shows
// (expired, expires soon, dead, VK's questions), with its text, advice and suggested action; the
// delegate paints it as a chip in its own colours beside the title, on light and dark palettes alike.
#include "GuiTestHelpers.h"
#include "profiles/Clipboard.h"
#include "profiles/ProfileBadge.h"
#include "profiles/ProfileDelegate.h"
#include "profiles/ProfileModel.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesWidget.h"

#include <QPalette>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace vkauth;
using namespace vkauth::gui;

namespace {

Profile makeProfile(qint64 vkId, const QString &name)
{
    Profile p;
    p.kind = TokenKind::User;
    p.vkId = vkId;
    p.name = name;
    p.appKey = QStringLiteral("kateMobile");
    p.appClientId = QStringLiteral("2685278");
    p.appName = QStringLiteral("Kate Mobile");
    p.id = Profile::makeId(p.kind, vkId, p.appClientId);
    p.obtainedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    return p;
}

Profile expiringIn(qint64 vkId, const QString &name, qint64 seconds)
{
    Profile p = makeProfile(vkId, name);
    p.expiresAt = p.obtainedAt.addSecs(seconds);
    return p;
}

Profile checked(qint64 vkId, const QString &name, CheckStatus status, const QString &reason = {})
{
    Profile p = makeProfile(vkId, name);
    p.lastCheckAt = p.obtainedAt;
    p.lastCheck = status;
    p.lastCheckReason = reason;
    return p;
}

const qint64 kDay = 86400;

QList<Profile> everyKind()
{
    return {makeProfile(1, QStringLiteral("Fine")), expiringIn(2, QStringLiteral("Later"), 8 * kDay),
        expiringIn(3, QStringLiteral("Soon"), 6 * kDay), expiringIn(4, QStringLiteral("Gone"), -kDay),
        checked(5, QStringLiteral("Revoked"), CheckStatus::Invalid, QStringLiteral("invalid_token")),
        checked(6, QStringLiteral("Verify"), CheckStatus::NeedsAction, QStringLiteral("validation_required")),
        checked(7, QStringLiteral("Confirm"), CheckStatus::NeedsAction,
            QStringLiteral("token_confirmation_required")),
        checked(8, QStringLiteral("Robot"), CheckStatus::NeedsAction, QStringLiteral("captcha_required")),
        checked(9, QStringLiteral("Checked"), CheckStatus::Valid)};
}

} // namespace

class TestProfileBadges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelRoles();
    void badgeIsPaintedBesideTheTitle_data();
    void badgeIsPaintedBesideTheTitle();
};

void TestProfileBadges::modelRoles()
{
    QTemporaryDir dir;
    ProfileStore store(ProfileStore::Options {dir.path()});
    QVERIFY(store.load().ok());
    QVERIFY(store.commitImport(everyKind()));
    ProfileModel model(&store);
    const auto at = [&](qint64 vkId) {
        return model.indexOf(Profile::makeId(TokenKind::User, vkId, QStringLiteral("2685278")));
    };
    const auto badge = [&](qint64 vkId) { return Badge(at(vkId).data(ProfileModel::BadgeRole).toInt()); };
    const auto text = [&](qint64 vkId) { return at(vkId).data(ProfileModel::BadgeTextRole).toString(); };
    const auto action = [&](qint64 vkId) { return at(vkId).data(ProfileModel::BadgeActionRole).toString(); };
    const auto tip = [&](qint64 vkId) { return at(vkId).data(Qt::ToolTipRole).toString(); };

    QCOMPARE(badge(1), Badge::None);
    QCOMPARE(text(1), QString());
    QCOMPARE(tip(1), QStringLiteral("Fine"));
    QCOMPARE(badge(2), Badge::None); // kExpiresSoonDays is 7: eight days is not soon
    QCOMPARE(kExpiresSoonDays, 7);
    QCOMPARE(badge(3), Badge::ExpiresSoon);
    QCOMPARE(text(3), QStringLiteral("Expires soon"));
    QCOMPARE(action(3), QStringLiteral("Sign in again"));
    QVERIFY2(tip(3).contains(QLatin1String("Sign in again")), qPrintable(tip(3)));
    QCOMPARE(badge(4), Badge::Expired);
    QCOMPARE(text(4), QStringLiteral("Expired"));
    QCOMPARE(action(4), QStringLiteral("Sign in again"));
    QVERIFY2(tip(4).startsWith(QStringLiteral("Gone — Expired\n")), qPrintable(tip(4)));
    QCOMPARE(badge(5), Badge::Dead);
    QCOMPARE(text(5), QStringLiteral("Dead token"));
    QCOMPARE(action(5), QStringLiteral("Sign in again"));
    QCOMPARE(badge(6), Badge::NeedsAction);
    QCOMPARE(text(6), QStringLiteral("Needs action"));
    QCOMPARE(action(6), QStringLiteral("Verify…"));
    QVERIFY2(tip(6).contains(QStringLiteral("Verify…")), qPrintable(tip(6)));
    QCOMPARE(badge(7), Badge::ConfirmToken);
    QCOMPARE(text(7), QStringLiteral("Confirm token"));
    QVERIFY2(tip(7).contains(QLatin1String("another app")), qPrintable(tip(7)));
    QCOMPARE(badge(8), Badge::Captcha);
    QCOMPARE(text(8), QStringLiteral("Captcha"));
    QVERIFY2(tip(8).contains(QStringLiteral("Solve…")), qPrintable(tip(8)));
    QCOMPARE(badge(9), Badge::None);
    // Screen readers hear the badge too.
    QVERIFY(at(8).data(Qt::AccessibleDescriptionRole).toString().startsWith(QLatin1String("Captcha: ")));

    // A check that works again takes the badge away, and the reason is kept across a reload.
    Profile robot = *store.profile(at(8).data(ProfileModel::IdRole).toString());
    QCOMPARE(robot.lastCheckReason, QStringLiteral("captcha_required"));
    ProfileStore reread(ProfileStore::Options {dir.path()});
    QVERIFY(reread.load().ok());
    QCOMPARE(reread.profile(robot.id)->lastCheckReason, QStringLiteral("captcha_required"));
    robot.lastCheck = CheckStatus::Valid;
    robot.lastCheckReason.clear();
    QVERIFY(store.update(robot));
    QCOMPARE(badge(8), Badge::None);
}

void TestProfileBadges::badgeIsPaintedBesideTheTitle_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light palette") << false;
    QTest::newRow("dark palette") << true;
}

void TestProfileBadges::badgeIsPaintedBesideTheTitle()
{
    QFETCH(bool, dark);
    QTemporaryDir dir;
    ProfileStore store(ProfileStore::Options {dir.path()});
    QVERIFY(store.load().ok());
    QVERIFY(store.commitImport(everyKind()));
    Clipboard clipboard;
    ProfilesWidget widget(&store, &clipboard);
    if (dark) {
        QPalette palette;
        palette.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        palette.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
        palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        widget.setPalette(palette);
    }
    widget.resize(760, 460);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto *tree = widget.findChild<QTreeView *>(QStringLiteral("profileTree"));
    QVERIFY(tree);
    QVERIFY(qobject_cast<ProfileDelegate *>(tree->itemDelegate()));

    const QImage image = tree->viewport()->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const auto optionFor = [&](const QModelIndex &index) {
        QStyleOptionViewItem option;
        option.initFrom(tree->viewport());
        option.font = tree->font();
        option.rect = tree->visualRect(index);
        return option;
    };
    const auto rowOf = [&](qint64 vkId) {
        for (int row = 0; row < tree->model()->rowCount(); ++row) {
            const QModelIndex index = tree->model()->index(row, 0);
            if (index.data(ProfileModel::IdRole).toString()
                == Profile::makeId(TokenKind::User, vkId, QStringLiteral("2685278")))
                return index;
        }
        return QModelIndex();
    };
    const auto near = [](const QColor &a, const QColor &b) {
        return qAbs(a.red() - b.red()) < 24 && qAbs(a.green() - b.green()) < 24
            && qAbs(a.blue() - b.blue()) < 24;
    };
    for (const qint64 vkId : {3, 4, 5, 6, 7, 8}) {
        const QModelIndex index = rowOf(vkId);
        QVERIFY(index.isValid());
        const Badge badge = Badge(index.data(ProfileModel::BadgeRole).toInt());
        const QRect rect = ProfileDelegate::badgeRect(optionFor(index), index);
        QVERIFY2(!rect.isEmpty(), qPrintable(index.data().toString()));
        // The chip's end, clear of its icon and text: the badge's own colour, whatever the palette.
        const QPoint probe(rect.right() - 2, rect.center().y());
        const QColor seen = image.pixelColor(probe * ratio);
        QVERIFY2(near(seen, ProfileBadge::background(badge)),
            qPrintable(QStringLiteral("%1: %2 at %3,%4")
                           .arg(index.data().toString(), seen.name())
                           .arg(probe.x())
                           .arg(probe.y())));
        // Something in the badge's text colour is drawn inside it (its icon and text).
        bool drawn = false;
        for (int x = rect.left(); x <= rect.right() && !drawn; ++x)
            drawn = near(
                image.pixelColor(QPoint(x, rect.center().y()) * ratio), ProfileBadge::foreground(badge));
        QVERIFY2(drawn, qPrintable(index.data().toString()));
        // The row asks for room for it.
        QStyledItemDelegate plain;
        QVERIFY(tree->itemDelegate()->sizeHint(optionFor(index), index).width()
            > plain.sizeHint(optionFor(index), index).width()
                + QFontMetrics(tree->font()).horizontalAdvance(ProfileBadge::text(badge)) / 2);
    }
    // A profile without a warning has no badge, and nothing of a badge's colour at the row's end.
    const QModelIndex fine = rowOf(1);
    QVERIFY(ProfileDelegate::badgeRect(optionFor(fine), fine).isEmpty());
    const QRect fineRect = tree->visualRect(fine);
    const QColor end = image.pixelColor(QPoint(fineRect.right() - 10, fineRect.center().y()) * ratio);
    for (const Badge b : {Badge::Expired, Badge::NeedsAction, Badge::ExpiresSoon})
        QVERIFY(!near(end, ProfileBadge::background(b)));
    QVERIFY(guitest::saveScreenshot(
        &widget, dark ? QStringLiteral("profile-badges-dark.png") : QStringLiteral("profile-badges.png")));
}

VKAUTH_GUI_TEST_MAIN(TestProfileBadges)
#include "tst_profilebadges.moc"
