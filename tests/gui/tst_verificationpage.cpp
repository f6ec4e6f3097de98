// SPDX-License-Identifier: MIT
// Issue 11: a password sign-in whose security check (need_validation → redirect_uri) shows a page
// built by scripts only (VK's challenge.html, a script-built validate form) never dead-ends with "page
// has no form": AccountVerification hands the page to the Page seam, the desktop app continues it in
// the web-view helper with the session's cookies, and the sign-in ends with the token that blank.html
// carries, kept like any other.
#include "FakeVk.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "WebViewDriver.h"

#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace vkauth;
using namespace vkauth::gui;
using guitest::child;
using guitest::visibleTopLevel;
using webviewtest::step;

class TestVerificationPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scriptPageContinuesInTheWebView();
};

void TestVerificationPage::scriptPageContinuesInTheWebView()
{
    fakevk::FakeVk fake;
    QVERIFY(fake.start());
    fake.exportEnvironment();
    fakevk::Account a;
    a.userId = 5100000042LL;
    a.login = QStringLiteral("ivan@example.org");
    a.phone = QStringLiteral("79991234567");
    a.password = QStringLiteral("correct horse");
    a.challengeOnVerification = true; // /token: need_validation; the check: a script-only page
    fake.addAccount(a);
    // The button exists only once the page's script has run (a browser, not the scraper).
    webviewtest::Driver driver({step(QStringLiteral("document.querySelector('#challenge_continue') !== null"),
        QStringLiteral("document.querySelector('#challenge_continue').click(); true"))});

    guitest::TempDataDir data;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy obtained(&window, &MainWindow::tokensObtained);
    QTimer::singleShot(0, this, [&] {
        QDialog *form = nullptr;
        QTRY_VERIFY((form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))));
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("loginEdit")), a.login);
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("passwordEdit")), a.password);
        QTest::keyClick(child<QLineEdit>(form, QStringLiteral("passwordEdit")), Qt::Key_Return);
    });
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);

    // Either the token, or the error the form shows again, which would say why not (e.g. "only a web
    // browser can pass").
    vkauth::gui::SignInFailurePanel *error = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(obtained.count() == 1 || (error = guitest::visibleSignInFailure()), 90000);
    QVERIFY2(!error, error ? qPrintable(error->message() + u'\n' + error->details()) : "");
    QVERIFY2(driver.has(QStringLiteral("step 0")), qPrintable(driver.log().join(u'\n')));
    QVERIFY(driver.has(QStringLiteral("title VK: one more step")));
    QVERIFY(driver.has(QStringLiteral("offTheRecord 1")));

    const QList<ObtainedToken> tokens = guitest::lastTokens(obtained);
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.first().vkId, a.userId);
    QVERIFY(fake.isValidToken(tokens.first().token));
    // The token came from blank.html after the page (the fake issues it there, once), not from a
    // second password grant: /token was asked once.
    QCOMPARE(fake.requests(QStringLiteral("/token")).size(), 1);
    QCOMPARE(fake.issuedTokens().size(), 1);
    QVERIFY(fake.requests(QStringLiteral("/blank.html")).isEmpty()); // caught, never loaded

    // The page reached the web view with the session's cookie: the scraper's and the browser's load
    // of act=challenge both carried it, and so did the browser's act=challenge_done (only a browser
    // that ran the page's script makes that request; without the cookie the fake ends the session).
    int challengeLoads = 0;
    int challengeDone = 0;
    for (const auto &r : fake.requests(QStringLiteral("/login"))) {
        const QString act = QUrlQuery(r.url).queryItemValue(QStringLiteral("act"));
        if (act != u"challenge" && act != u"challenge_done")
            continue;
        QVERIFY2(r.headers.value("cookie").contains("remixvsid="),
            qPrintable(act + u' ' + QString::fromLatin1(r.headers.value("cookie"))));
        (act == u"challenge" ? challengeLoads : challengeDone) += 1;
    }
    QCOMPARE(challengeLoads, 2);
    QCOMPARE(challengeDone, 1);
    QTRY_VERIFY(!visibleTopLevel<QDialog>(QStringLiteral("PageDialog")));
}

VKAUTH_GUI_TEST_MAIN(TestVerificationPage)
#include "tst_verificationpage.moc"
