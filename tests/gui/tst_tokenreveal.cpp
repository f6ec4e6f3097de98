// SPDX-License-Identifier: MIT
// The token in the details pane (issue 14): masked with its last four characters, a reveal toggle
// reachable by keyboard, hidden again when another profile is selected or the window loses focus;
// the token never in a tooltip or an accessible name. Real widgets and the real Secret Service.
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "ProfileStoreHelpers.h"
#include "WindowActivation.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesWidget.h"

#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTest>

using namespace vkauth;
using namespace vkauth::gui;

class TestTokenReveal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The profile list fetches avatars with the kept tokens: no fake VK here, so the API points at a
        // closed loopback port and nothing ever reaches VK.
        qputenv("VKAUTH_API_URL", "http://127.0.0.1:1");
    }
    void maskedRevealedAndHiddenAgain();
};

namespace {

QStringList g_log; // every message of this process, all categories on

void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

// No widget's tooltip, accessible name or description, or window title holds the secret.
QString whereTheSecretLeaks(QWidget *root, const QString &secret)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets << root;
    for (QWidget *w : std::as_const(widgets)) {
        for (const QString &text : {w->toolTip(), w->accessibleName(), w->accessibleDescription(),
                 w->windowTitle(), w->statusTip(), w->whatsThis()}) {
            if (text.contains(secret))
                return w->objectName();
        }
    }
    return {};
}

} // namespace

void TestTokenReveal::maskedRevealedAndHiddenAgain()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    const guitest::TempDataDir data;
    MainWindow window;
    const QString first = testsupport::randomSecret("vk1.a.");
    const QString second = testsupport::randomSecret("vk1.a.");
    const QString firstId = window.profileStore()->add(testsupport::userToken(6001, first));
    const QString secondId = window.profileStore()->add(testsupport::userToken(6002, second));
    QVERIFY(testsupport::waitSaved(*window.profileStore(), firstId));
    QVERIFY(testsupport::waitSaved(*window.profileStore(), secondId));
    window.resize(960, 560);
    window.show();
    QVERIFY(guitest::exposeAndActivate(&window));
    ProfilesWidget *profiles = window.profilesWidget();
    profiles->selectProfile(firstId);
    auto *field = profiles->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    auto *toggle = profiles->findChild<QPushButton *>(QStringLiteral("revealButton"));
    QVERIFY(field && toggle);
    const QString masked = QString(8, QChar(0x2022)) + first.right(4);
    QTRY_COMPARE(field->text(), masked);
    QVERIFY(!field->text().contains(first.left(10)));
    QCOMPARE(toggle->text(), QStringLiteral("Sh&ow"));

    // By keyboard: Tab reaches the toggle, Space reveals the whole token.
    QVERIFY(toggle->focusPolicy() & Qt::TabFocus);
    toggle->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(toggle->hasFocus());
    QTest::keyClick(toggle, Qt::Key_Space);
    QTRY_VERIFY(field->text() == first); // no COMPARE: a failure would print the token
    QVERIFY(toggle->isChecked());
    QCOMPARE(toggle->text(), QStringLiteral("H&ide"));
    QVERIFY2(whereTheSecretLeaks(&window, first).isEmpty(), qPrintable(whereTheSecretLeaks(&window, first)));
    QVERIFY(guitest::saveScreenshot(profiles, QStringLiteral("token-revealed.png")));

    // Another profile: masked again, with its own last four.
    profiles->selectProfile(secondId);
    QTRY_COMPARE(field->text(), QString(8, QChar(0x2022)) + second.right(4));
    QVERIFY(!toggle->isChecked());

    // The window loses focus: hidden again.
    toggle->setFocus(Qt::TabFocusReason);
    QTest::keyClick(toggle, Qt::Key_Space);
    QTRY_VERIFY(field->text() == second);
    QWidget other;
    other.resize(200, 100);
    other.show();
    QVERIFY(guitest::exposeAndActivate(&other));
    QTRY_COMPARE(field->text(), QString(8, QChar(0x2022)) + second.right(4));
    QVERIFY(!toggle->isChecked());
    QVERIFY(guitest::saveScreenshot(profiles, QStringLiteral("token-masked.png")));

    qInstallMessageHandler(previous);
    QVERIFY(!g_log.isEmpty()); // the log was on
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(first) && !line.contains(second), "a token reached the log");
    window.profileStore()->remove(firstId, nullptr, {});
    window.profileStore()->remove(secondId, nullptr, {});
}

VKAUTH_GUI_TEST_MAIN(TestTokenReveal)
#include "tst_tokenreveal.moc"
