// SPDX-License-Identifier: MIT
#include "FakeVk.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "WebViewDriver.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesWidget.h"
#include "signin/BrowserDialog.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace vkauth;
using namespace vkauth::gui;
using guitest::child;
using guitest::visibleTopLevel;
using webviewtest::step;

// The browser sign-in against the loopback fake VK: the app starts the vkauth-webview helper, whose
// real QtWebEngine page the test drives through the helper's test-only steps (fill VK's fake login
// page, answer the consent); the app catches the tokens from the helper's answer.
class TestBrowserSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void userTokenThroughTheWebPage();
    void twoCommunitiesGetOneTokenEach();
    void fewerCommunitiesGrantedAreNamed();
    void deniedConsentIsAClearError();
    void closingTheWindowCancels();
    void closingTheBrowserWindowCancels();
    void missingHelperIsAClearError();
    void eachSignInSendsItsOwnState();

private:
    BrowserDialog *startBrowser(
        SignInRequest::Method method, const QString &login, const QString &groups = {});
    static QJsonArray logInAnd(const QString &button);

    std::unique_ptr<fakevk::FakeVk> m_fake;
    std::unique_ptr<guitest::TempDataDir> m_data;
    std::unique_ptr<MainWindow> m_window;
};

void TestBrowserSignIn::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
    m_fake->exportEnvironment();
    fakevk::Account a;
    a.userId = 1001;
    a.login = QStringLiteral("ivan@example.org");
    a.password = QStringLiteral("correct horse");
    a.groups = {{11, QStringLiteral("Cats of Moscow"), QStringLiteral("moscats")},
        {22, QStringLiteral("Dogs of Kazan"), QStringLiteral("kazandogs")}};
    m_fake->addAccount(a);
    m_data = std::make_unique<guitest::TempDataDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(900, 520);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBrowserSignIn::cleanup()
{
    m_window.reset();
    m_data.reset();
    m_fake.reset();
    qunsetenv("VKAUTH_WEBVIEW_PATH");
}

BrowserDialog *TestBrowserSignIn::startBrowser(
    SignInRequest::Method method, const QString &login, const QString &groups)
{
    QTimer::singleShot(0, this, [=, this] {
        QDialog *form = nullptr;
        QTRY_VERIFY((form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))));
        guitest::chooseMethod(form, method);
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("loginEdit")), login);
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("groupIdsEdit")), groups);
        QTest::keyClick(child<QLineEdit>(form, QStringLiteral("loginEdit")), Qt::Key_Return);
    });
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    BrowserDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            dialog = qobject_cast<BrowserDialog *>(visibleTopLevel<QDialog>(QStringLiteral("BrowserDialog")));
            return dialog && dialog->pageRunner();
        }))
        return nullptr;
    return dialog;
}

// Types the password on VK's (fake) login page, submits, and presses `button` on the consent page.
QJsonArray TestBrowserSignIn::logInAnd(const QString &button)
{
    return {step(QStringLiteral("document.querySelector('#pass') !== null"),
                QStringLiteral("document.querySelector('#email').value = 'ivan@example.org';"
                               "document.querySelector('#pass').value = 'correct horse';"
                               "document.querySelector('#login_submit').click(); true")),
        step(QStringLiteral("document.querySelector('#allow') !== null"),
            QStringLiteral("document.querySelector('#%1').click(); true").arg(button))};
}

void TestBrowserSignIn::userTokenThroughTheWebPage()
{
    QJsonArray steps {
        // The login the user typed in the form is filled in on VK's page.
        step(QStringLiteral("document.querySelector('#email') !== null"
                            " && document.querySelector('#email').value === 'ivan@example.org'"),
            // A link to another site goes to the system browser, and the page stays.
            QStringLiteral("var a = document.createElement('a'); a.href = 'https://example.org/help';"
                           "a.id = 'help'; a.textContent = 'help'; document.body.appendChild(a);"
                           "a.click(); true")),
        // A script navigation off VK's hosts is refused in the view, and the page stays.
        step(QStringLiteral("true"), QStringLiteral("location.href = 'https://example.org/evil'; true")),
        // A script-opened window is not opened at all (JavascriptCanOpenWindows off).
        step(QStringLiteral("true"), QStringLiteral("window.open('https://example.org/popup'); true"),
            QStringLiteral("document.querySelector('#email') !== null")),
    };
    for (const QJsonValue &s : logInAnd(QStringLiteral("allow")))
        steps << s;
    webviewtest::Driver driver(steps);

    QSignalSpy obtained(m_window.get(), &MainWindow::tokensObtained);
    BrowserDialog *dialog
        = startBrowser(SignInRequest::Method::BrowserUser, QStringLiteral("ivan@example.org"));
    QVERIFY(dialog);
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("statusLabel"))->text(),
        QStringLiteral("Waiting for the browser window…"));
    // The wrapped hint is shown whole: the dialog is tall enough for its lines at its width.
    const auto *hint = child<QLabel>(dialog, QStringLiteral("hintLabel"));
    QTRY_VERIFY(hint->isVisible());
    QVERIFY2(hint->height() >= hint->heightForWidth(hint->width()),
        qPrintable(QStringLiteral("hint %1 px high, needs %2")
                       .arg(hint->height())
                       .arg(hint->heightForWidth(hint->width()))));
    QVERIFY(guitest::saveScreenshot(dialog, QStringLiteral("browser-dialog.png")));

    QTRY_COMPARE_WITH_TIMEOUT(obtained.count(), 1, 90000);
    const QList<ObtainedToken> tokens = guitest::lastTokens(obtained);
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.first().kind, TokenKind::User);
    QCOMPARE(tokens.first().vkId, 1001);
    QVERIFY(m_fake->isValidToken(tokens.first().token));
    QCOMPARE(tokens.first().app.key, QStringLiteral("kateMobile"));
    QCOMPARE(guitest::lastNames(obtained).first().name, QStringLiteral("Ivan Petrov"));
    // The redirect was caught and refused: the token page was never requested, let alone shown.
    QVERIFY(m_fake->requests(QStringLiteral("/blank.html")).isEmpty());
    QTRY_VERIFY(!visibleTopLevel<QDialog>(QStringLiteral("BrowserDialog")));

    // What the helper showed: an off-the-record profile, its window transient for the app's, the
    // address (host) with an honest lock, the foreign link sent out, the navigation refused.
    const QStringList log = driver.log();
    QVERIFY2(log.contains(QStringLiteral("offTheRecord 1")), qPrintable(log.join(u'\n')));
    QVERIFY(log.contains(QStringLiteral("title Sign in to VK")));
    QVERIFY(log.contains(QStringLiteral("transient 1")));
    QVERIFY(log.contains(QStringLiteral("lock Not encrypted (this computer)")));
    QVERIFY(std::any_of(log.cbegin(), log.cend(), [&](const QString &l) {
        return l.startsWith(QStringLiteral("address <b>127.0.0.1:%1</b>").arg(m_fake->port()));
    }));
    QVERIFY(log.contains(QStringLiteral("external https://example.org/help")));
    // runJavaScript counts as a user gesture, so Chromium may report the script navigation as a
    // click: then it goes to the system browser. Either way it never loads in the view.
    QVERIFY2(log.contains(QStringLiteral("refused https://example.org/evil"))
            || log.contains(QStringLiteral("external https://example.org/evil")),
        qPrintable(log.join(u'\n')));
    QVERIFY(log.contains(QStringLiteral("step 2 true")));
    QVERIFY(!log.contains(QStringLiteral("external https://example.org/popup")));
    for (const QString &line : log)
        QVERIFY2(!line.contains(tokens.first().token), "the token never reaches the test log");

    // A second attempt starts signed out: nothing of the first profile is left.
    webviewtest::Driver second({step(QStringLiteral("document.querySelector('#email') !== null"), {},
        QStringLiteral("document.querySelector('#allow') === null"))});
    dialog = startBrowser(SignInRequest::Method::BrowserUser, {});
    QVERIFY(dialog);
    QVERIFY(second.waitFor(QStringLiteral("step 0 true")));
    QVERIFY(dialog->close());
    QTRY_VERIFY(!m_window->session());
}

void TestBrowserSignIn::twoCommunitiesGetOneTokenEach()
{
    webviewtest::Driver driver(logInAnd(QStringLiteral("allow")));
    QSignalSpy obtained(m_window.get(), &MainWindow::tokensObtained);
    QVERIFY(startBrowser(SignInRequest::Method::BrowserCommunity, {}, QStringLiteral("11, 22")));

    QTRY_COMPARE_WITH_TIMEOUT(obtained.count(), 1, 90000);
    const QList<ObtainedToken> tokens = guitest::lastTokens(obtained);
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(tokens[0].kind, TokenKind::Community);
    QCOMPARE(tokens[0].vkId, 11);
    QCOMPARE(tokens[1].vkId, 22);
    QVERIFY(m_fake->isValidToken(tokens[0].token));
    QVERIFY(m_fake->isValidToken(tokens[1].token));
    QVERIFY(tokens[0].token != tokens[1].token);
    QCOMPARE(guitest::lastNames(obtained)[0].name, QStringLiteral("Cats of Moscow"));
    QCOMPARE(guitest::lastNames(obtained)[1].name, QStringLiteral("Dogs of Kazan"));
    QVERIFY(m_fake->requests(QStringLiteral("/blank.html")).isEmpty());

    // Both went into the store; the first is selected in the main window's profile list.
    const QStringList ids = obtained.first().at(2).toStringList();
    QCOMPARE(ids.size(), 2);
    const QList<Profile> kept = m_window->profileStore()->profiles();
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept[1].id, ids[1]);
    QCOMPARE(kept[1].title(), QStringLiteral("Dogs of Kazan"));
    QCOMPARE(kept[1].kind, TokenKind::Community);
    QCOMPARE(m_window->profilesWidget()->currentProfileId(), ids[0]);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("titleLabel"))->text(),
        QStringLiteral("Cats of Moscow"));
    for (const QString &id : ids)
        QTRY_COMPARE(m_window->profileStore()->secretState(id), ProfileStore::SecretState::Saved);
    QVERIFY(guitest::saveScreenshot(m_window.get(), QStringLiteral("mainwindow-communities.png")));
}

// VK hands community tokens only for the communities the account administers (the fake as VK): the
// app says "2 of 3" and names the one missing instead of leaving it to be noticed (issue 14).
void TestBrowserSignIn::fewerCommunitiesGrantedAreNamed()
{
    webviewtest::Driver driver(logInAnd(QStringLiteral("allow")));
    QSignalSpy obtained(m_window.get(), &MainWindow::tokensObtained);
    QVERIFY(
        startBrowser(SignInRequest::Method::BrowserCommunity, {}, QStringLiteral("11, vk.com/club22, 33")));
    QTRY_COMPARE_WITH_TIMEOUT(obtained.count(), 1, 90000);
    QCOMPARE(guitest::lastTokens(obtained).size(), 2);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleTopLevel<QMessageBox>(QStringLiteral("partialGrantBox"))));
    QCOMPARE(box->text(), QStringLiteral("VK granted tokens for 2 of 3 communities."));
    QVERIFY2(box->informativeText().startsWith(QLatin1String("Not granted: club33.")),
        qPrintable(box->informativeText()));
    QVERIFY(!box->informativeText().contains(QLatin1String("club11")));
    QCOMPARE(m_window->profileStore()->profiles().size(), 2);
    box->accept();
}

void TestBrowserSignIn::deniedConsentIsAClearError()
{
    webviewtest::Driver driver(logInAnd(QStringLiteral("deny")));
    QSignalSpy obtained(m_window.get(), &MainWindow::tokensObtained);
    QVERIFY(startBrowser(SignInRequest::Method::BrowserUser, QStringLiteral("ivan@example.org")));

    // The form comes back with the error on top (issue 14).
    vkauth::gui::SignInFailurePanel *failure = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((failure = guitest::visibleSignInFailure()), 90000);
    QCOMPARE(failure->message(), AuthError::describe(AuthErrorCode::AccessDenied));
    QVERIFY(failure->codeText().contains(QStringLiteral("ACCESS_DENIED")));
    QVERIFY2(failure->details().contains(QStringLiteral("access_denied")), qPrintable(failure->details()));
    QVERIFY(!visibleTopLevel<QDialog>(QStringLiteral("BrowserDialog")));
    QCOMPARE(obtained.count(), 0);
    visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))->reject();
}

void TestBrowserSignIn::closingTheWindowCancels()
{
    webviewtest::Driver driver({step(QStringLiteral("document.querySelector('#email') !== null"))});
    BrowserDialog *dialog = startBrowser(SignInRequest::Method::BrowserUser, {});
    QVERIFY(dialog);
    QVERIFY(driver.waitFor(QStringLiteral("step 0")));
    QPointer<PageRunner> runner = dialog->pageRunner();
    QVERIFY(dialog->close());
    QTRY_VERIFY(!m_window->session());
    QTRY_VERIFY(!runner); // the helper is gone with the dialog
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Sign-in cancelled."));
    QVERIFY(!visibleTopLevel<QMessageBox>(QStringLiteral("signInErrorBox")));
    QVERIFY(m_window->profileStore()->profiles().isEmpty());

    // Esc closes it as well.
    dialog = startBrowser(SignInRequest::Method::BrowserUser, {});
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->session());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Sign-in cancelled."));
}

void TestBrowserSignIn::closingTheBrowserWindowCancels()
{
    // The person closes the helper's window instead: the helper answers "closed", the app cancels.
    webviewtest::Driver driver(
        {step(QStringLiteral("document.querySelector('#email') !== null"), {}, {}, true)});
    QVERIFY(startBrowser(SignInRequest::Method::BrowserUser, {}));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->session(), 60000);
    QVERIFY(driver.has(QStringLiteral("step 0")));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Sign-in cancelled."));
    QVERIFY(!visibleTopLevel<QDialog>(QStringLiteral("BrowserDialog")));
}

void TestBrowserSignIn::missingHelperIsAClearError()
{
    qputenv("VKAUTH_WEBVIEW_PATH", "/nonexistent/vkauth-webview");
    QVERIFY(startBrowser(SignInRequest::Method::BrowserUser, {}));
    vkauth::gui::SignInFailurePanel *failure = nullptr;
    QTRY_VERIFY((failure = guitest::visibleSignInFailure()));
    QVERIFY2(failure->message().contains(QStringLiteral("vkauth-webview"))
            || failure->details().contains(QStringLiteral("vkauth-webview")),
        qPrintable(failure->message() + u'\n' + failure->details()));
    QVERIFY(!visibleTopLevel<QDialog>(QStringLiteral("BrowserDialog")));
    visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))->reject();
}

// Issue 18's mutant 7: the app's browser sign-in never sending `state`. The state the fake received on
// /authorize is long enough, and new for each sign-in.
void TestBrowserSignIn::eachSignInSendsItsOwnState()
{
    const auto lastAuthorizeState = [this] {
        const auto requests = m_fake->requests(QStringLiteral("/authorize"));
        return requests.isEmpty() ? QString()
                                  : QUrlQuery(requests.last().url).queryItemValue(QStringLiteral("state"));
    };
    QSignalSpy obtained(m_window.get(), &MainWindow::tokensObtained);
    {
        webviewtest::Driver driver(logInAnd(QStringLiteral("allow")));
        QVERIFY(startBrowser(SignInRequest::Method::BrowserUser, QStringLiteral("ivan@example.org")));
        QTRY_COMPARE_WITH_TIMEOUT(obtained.count(), 1, 90000);
    }
    QVERIFY(m_fake->isValidToken(guitest::lastTokens(obtained).first().token));
    const QString first = lastAuthorizeState();
    QVERIFY2(first.size() >= 32, qPrintable(first));
    QCOMPARE(QUrlQuery(m_fake->requests(QStringLiteral("/authorize")).first().url)
                 .queryItemValue(QStringLiteral("state")),
        first);
    QTRY_VERIFY(!visibleTopLevel<QDialog>(QStringLiteral("BrowserDialog")));

    // The next sign-in has a state of its own.
    webviewtest::Driver second({step(QStringLiteral("document.querySelector('#email') !== null"))});
    BrowserDialog *dialog
        = startBrowser(SignInRequest::Method::BrowserUser, QStringLiteral("ivan@example.org"));
    QVERIFY(dialog);
    QVERIFY(second.waitFor(QStringLiteral("step 0")));
    const QString next = lastAuthorizeState();
    QVERIFY2(next.size() >= 32, qPrintable(next));
    QVERIFY(next != first);
    QVERIFY(dialog->close());
    QTRY_VERIFY(!m_window->session());
}

VKAUTH_GUI_TEST_MAIN(TestBrowserSignIn)
#include "tst_browsersignin.moc"
