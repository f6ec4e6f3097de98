// SPDX-License-Identifier: MIT
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "profiles/ProfileStore.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace vkauth;
using namespace vkauth::gui;

// Issue 13 item 13: quitting while a token exists only in memory (the keychain did not take it)
// asks first; with nothing unsaved it does not.
class TestQuitPrompt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The profile list fetches avatars with the kept tokens: no fake VK here, so the API points at a
        // closed loopback port and nothing ever reaches VK.
        qputenv("VKAUTH_API_URL", "http://127.0.0.1:1");
    }
    void asksWhenATokenIsOnlyInMemory();
    void quitsQuietlyWithNothingUnsaved();
};

namespace {

// Answers the quit confirmation with the given button once it shows; counts how often it showed.
void answerQuitBox(QObject *context, QMessageBox::StandardButton button, int *shown)
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, button, shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("quitUnsavedConfirmation"))
            return;
        timer->stop();
        timer->deleteLater();
        ++*shown;
        QVERIFY(box->text().contains(QLatin1String("1 token")));
        box->button(button)->click();
    });
    timer->start();
}

ObtainedToken token(qint64 id)
{
    ObtainedToken t;
    t.kind = TokenKind::User;
    t.vkId = id;
    t.token = QStringLiteral("vk1.a.quit-%1").arg(id);
    t.obtainedAt = QDateTime::currentDateTimeUtc();
    t.app = *AppCredentials::byKey(QStringLiteral("android"));
    return t;
}

} // namespace

void TestQuitPrompt::asksWhenATokenIsOnlyInMemory()
{
    const guitest::TempDataDir data;
    // No keychain for this process: the save fails at once and the token stays in memory.
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/vkauth-test-bus");
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString id = window.profileStore()->add(token(6001), QStringLiteral("Only In Memory"));
    QTRY_COMPARE_WITH_TIMEOUT(
        window.profileStore()->secretState(id), ProfileStore::SecretState::NotSaved, 20000);
    qputenv("DBUS_SESSION_BUS_ADDRESS", bus);

    int shown = 0;
    answerQuitBox(this, QMessageBox::Cancel, &shown);
    QVERIFY(!window.close()); // cancelled: the window stays
    QCOMPARE(shown, 1);
    QVERIFY(window.isVisible());

    answerQuitBox(this, QMessageBox::Yes, &shown);
    QVERIFY(window.close());
    QCOMPARE(shown, 2);
}

void TestQuitPrompt::quitsQuietlyWithNothingUnsaved()
{
    const guitest::TempDataDir data;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.profileStore()->profiles().isEmpty()); // nothing held only in memory
    int shown = 0;
    answerQuitBox(this, QMessageBox::Yes, &shown);
    QVERIFY(window.close());
    QCOMPARE(shown, 0);
}

QTEST_MAIN(TestQuitPrompt)
#include "tst_quitprompt.moc"
