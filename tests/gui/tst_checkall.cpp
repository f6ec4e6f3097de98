// SPDX-License-Identifier: MIT
// Check all in the app (issue 14): the toolbar's and Profile menu's action checks every kept token
// against the loopback fake VK (real keychain, real widgets), with progress and Cancel in the status
// bar, a summary at the end ("5 work, 1 expired, 1 needs action") and the list's badges updated.
#include "FakeVk.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "ProfileStoreHelpers.h"
#include "profiles/ProfileBadge.h"
#include "profiles/ProfileModel.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesWidget.h"

#include <QAction>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace vkauth;
using namespace vkauth::gui;

class TestCheckAll : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void checksEveryProfileAndSummarises();
    void cancelStopsTheRun();

private:
    QString addProfile(
        qint64 vkId, qint64 expiresIn = 0, qint64 obtainedSecondsAgo = 0, QString *token = nullptr);
    Badge badgeOf(const QString &id) const;
    int checkCalls() const; // users.get calls of token checks (not the list's avatar look-ups)

    std::unique_ptr<fakevk::FakeVk> m_fake;
    std::unique_ptr<guitest::TempDataDir> m_data;
    std::unique_ptr<MainWindow> m_window;
};

void TestCheckAll::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
    m_fake->exportEnvironment();
    for (qint64 id = 3001; id <= 3007; ++id) {
        fakevk::Account a;
        a.userId = id;
        a.login = QStringLiteral("user%1@example.org").arg(id);
        a.password = QStringLiteral("pw");
        m_fake->addAccount(a);
    }
    m_data = std::make_unique<guitest::TempDataDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(960, 560);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCheckAll::cleanup()
{
    if (m_window) {
        for (const Profile &p : m_window->profileStore()->profiles())
            m_window->profileStore()->remove(p.id, nullptr, {});
    }
    m_window.reset();
    m_data.reset();
    m_fake.reset();
}

QString TestCheckAll::addProfile(qint64 vkId, qint64 expiresIn, qint64 obtainedSecondsAgo, QString *token)
{
    ObtainedToken t;
    t.kind = TokenKind::User;
    t.vkId = vkId;
    t.scope = 4096 | 65536;
    t.token = m_fake->issueUserToken(vkId, t.scope);
    t.obtainedAt = QDateTime::currentDateTimeUtc().addSecs(-obtainedSecondsAgo);
    t.expiresIn = expiresIn;
    t.app = *AppCredentials::byKey(QStringLiteral("kateMobile"));
    if (token)
        *token = t.token;
    const QString id = m_window->profileStore()->add(t, QStringLiteral("User %1").arg(vkId));
    return testsupport::waitSaved(*m_window->profileStore(), id) ? id : QString();
}

int TestCheckAll::checkCalls() const
{
    int calls = 0;
    for (const fakevk::RecordedRequest &r : m_fake->requests(QStringLiteral("/method/users.get")))
        calls += r.body.contains("photo_50") ? 0 : 1;
    return calls;
}

Badge TestCheckAll::badgeOf(const QString &id) const
{
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("profileTree"));
    const QAbstractItemModel *model = tree->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ProfileModel::IdRole).toString() == id)
            return Badge(index.data(ProfileModel::BadgeRole).toInt());
    }
    return Badge::None;
}

void TestCheckAll::checksEveryProfileAndSummarises()
{
    QStringList ids;
    for (qint64 vkId = 3001; vkId <= 3005; ++vkId)
        ids << addProfile(vkId);
    QString expiredToken;
    const QString expired = addProfile(3006, 86400, 2 * 86400, &expiredToken); // a day past its end
    m_fake->setTokenError(expiredToken, 5);
    QString questionedToken;
    const QString questioned = addProfile(3007, 0, 0, &questionedToken);
    m_fake->setTokenError(questionedToken, 17);
    QVERIFY(!ids.contains(QString()) && !expired.isEmpty() && !questioned.isEmpty());
    QCOMPARE(badgeOf(questioned), Badge::None);

    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QAction *checkAll = m_window->profilesWidget()->checkAllAction();
    QVERIFY(toolBar->actions().contains(checkAll));
    QTRY_VERIFY(checkAll->isEnabled());
    const int usersGets = checkCalls();
    QTest::mouseClick(toolBar->widgetForAction(checkAll), Qt::LeftButton);
    QVERIFY(!checkAll->isEnabled()); // one run at a time

    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->statusBar()->currentMessage(), QStringLiteral("5 work, 1 expired, 1 needs action"), 30000);
    QCOMPARE(checkCalls(), usersGets + 7);
    QVERIFY(!m_window->findChild<QProgressBar *>(QStringLiteral("checkAllProgress"))->isVisible());
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("checkAllCancelButton"))->isVisible());
    QVERIFY(checkAll->isEnabled());
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(m_window->profileStore()->profile(id)->lastCheck, CheckStatus::Valid);
        QCOMPARE(badgeOf(id), Badge::None);
    }
    QCOMPARE(m_window->profileStore()->profile(expired)->lastCheck, CheckStatus::Expired);
    QCOMPARE(badgeOf(expired), Badge::Expired);
    QCOMPARE(m_window->profileStore()->profile(questioned)->lastCheck, CheckStatus::NeedsAction);
    QCOMPARE(badgeOf(questioned), Badge::NeedsAction);
    QVERIFY(guitest::saveScreenshot(m_window.get(), QStringLiteral("mainwindow-checkall.png")));
}

void TestCheckAll::cancelStopsTheRun()
{
    for (qint64 vkId = 3001; vkId <= 3003; ++vkId)
        QVERIFY(!addProfile(vkId).isEmpty());
    m_fake->setFault(QStringLiteral("/method/users.get"), fakevk::Fault::Slow);
    m_fake->setFaultDelayMs(20000);
    QAction *checkAll = m_window->profilesWidget()->checkAllAction();
    QTRY_VERIFY(checkAll->isEnabled());
    checkAll->trigger();
    auto *progress = m_window->findChild<QProgressBar *>(QStringLiteral("checkAllProgress"));
    auto *cancel = m_window->findChild<QPushButton *>(QStringLiteral("checkAllCancelButton"));
    QTRY_VERIFY(progress->isVisible() && cancel->isVisible());
    QCOMPARE(progress->maximum(), 3);
    QCOMPARE(progress->value(), 0);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Checking")));
    QTRY_COMPARE(checkCalls(), 3);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!progress->isVisible());
    QCOMPARE(
        m_window->statusBar()->currentMessage(), QStringLiteral("Check cancelled: Nothing was checked."));
    QVERIFY(checkAll->isEnabled());
    for (const Profile &p : m_window->profileStore()->profiles())
        QCOMPARE(p.lastCheck, CheckStatus::Unknown);
    m_fake->setFault(QStringLiteral("/method/users.get"), fakevk::Fault::None);
}

VKAUTH_GUI_TEST_MAIN(TestCheckAll)
#include "tst_checkall.moc"
