#include "FakeVk.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesWidget.h"
#include "signin/AuthWebView.h"
#include "signin/BrowserDialog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace vkauth;
using namespace vkauth::gui;
using guitest::child;
using guitest::runJs;
using guitest::visibleTopLevel;
using guitest::waitForJs;

// The browser sign-in against the loopback fake VK in a real QtWebEngine view: the test fills VK's
// (fake) login page through the page itself and answers the consent; the app catches the tokens.
class TestBrowserSignIn : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void openExternally(const QUrl &url) { m_external << url; }

private Q_SLOTS:
    void init();
    void cleanup();
    void userTokenThroughTheWebPage();
    void twoCommunitiesGetOneTokenEach();
    void deniedConsentIsAClearError();
    void closingTheWindowCancels();

private:
    BrowserDialog *startBrowser(
        SignInRequest::Method method, const QString &login, const QString &groups = {});
    void logIn(QWebEnginePage *page);

    std::unique_ptr<fakevk::FakeVk> m_fake;
    std::unique_ptr<guitest::TempDataDir> m_data;
    std::unique_ptr<MainWindow> m_window;
    QList<QUrl> m_external;
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
    m_external.clear();
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openExternally");
}

void TestBrowserSignIn::cleanup()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    m_window.reset();
    m_data.reset();
    m_fake.reset();
}

BrowserDialog *TestBrowserSignIn::startBrowser(
    SignInRequest::Method method, const QString &login, const QString &groups)
{
    QTimer::singleShot(0, this, [=, this] {
        QDialog *form = nullptr;
        QTRY_VERIFY((form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))));
        auto *methods = child<QComboBox>(form, QStringLiteral("methodCombo"));
        methods->setCurrentIndex(methods->findData(int(method)));
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("loginEdit")), login);
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("groupIdsEdit")), groups);
        QTest::keyClick(child<QLineEdit>(form, QStringLiteral("loginEdit")), Qt::Key_Return);
    });
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    BrowserDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            dialog = qobject_cast<BrowserDialog *>(visibleTopLevel<QDialog>(QStringLiteral("BrowserDialog")));
            return dialog && dialog->webView();
        }))
        return nullptr;
    if (!waitForJs(dialog->webView()->page(), QStringLiteral("document.querySelector('#email') !== null")))
        return nullptr;
    return dialog;
}

void TestBrowserSignIn::logIn(QWebEnginePage *page)
{
    runJs(page,
        QStringLiteral("document.querySelector('#pass').value = 'correct horse';"
                       "document.querySelector('#login_submit').click(); true"));
    QVERIFY(waitForJs(page, QStringLiteral("document.querySelector('#allow') !== null")));
}

void TestBrowserSignIn::userTokenThroughTheWebPage()
{
    QSignalSpy obtained(m_window.get(), &MainWindow::tokensObtained);
    BrowserDialog *dialog
        = startBrowser(SignInRequest::Method::BrowserUser, QStringLiteral("ivan@example.org"));
    QVERIFY(dialog);
    AuthWebView *web = dialog->webView();
    QWebEnginePage *page = web->page();
    QVERIFY(web->profile()->isOffTheRecord());

    // The login the user typed in the form is filled in on VK's page.
    QVERIFY(waitForJs(page, QStringLiteral("document.querySelector('#email').value === 'ivan@example.org'")));
    // The address above the page: host and an honest lock.
    auto *address = web->findChild<QLabel *>(QStringLiteral("addressLabel"));
    QVERIFY2(address->text().contains(QStringLiteral("127.0.0.1:%1").arg(m_fake->port())),
        qPrintable(address->text()));
    QCOMPARE(web->findChild<QLabel *>(QStringLiteral("lockLabel"))->toolTip(),
        QStringLiteral("Not encrypted (this computer)"));
    QVERIFY(guitest::saveScreenshot(dialog, QStringLiteral("browser-dialog.png")));

    // A link to another site goes to the system browser, and the page stays.
    runJs(page,
        QStringLiteral(
            "var a = document.createElement('a'); a.href = 'https://example.org/help';"
            "a.id = 'help'; a.textContent = 'help'; document.body.appendChild(a); a.click(); true"));
    QTRY_COMPARE(m_external.size(), 1);
    QCOMPARE(m_external.first(), QUrl(QStringLiteral("https://example.org/help")));
    QVERIFY(runJs(page, QStringLiteral("document.querySelector('#email') !== null")).toBool());

    logIn(page);
    runJs(page, QStringLiteral("document.querySelector('#allow').click(); true"));

    QTRY_COMPARE(obtained.count(), 1);
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

    // A second attempt starts signed out: nothing of the first profile is left.
    dialog = startBrowser(SignInRequest::Method::BrowserUser, {});
    QVERIFY(dialog);
    QVERIFY(runJs(dialog->webView()->page(), QStringLiteral("document.querySelector('#allow') === null"))
                .toBool());
    QVERIFY(dialog->close());
    QTRY_VERIFY(!m_window->session());
}

void TestBrowserSignIn::twoCommunitiesGetOneTokenEach()
{
    QSignalSpy obtained(m_window.get(), &MainWindow::tokensObtained);
    BrowserDialog *dialog
        = startBrowser(SignInRequest::Method::BrowserCommunity, {}, QStringLiteral("11, 22"));
    QVERIFY(dialog);
    QWebEnginePage *page = dialog->webView()->page();
    runJs(page, QStringLiteral("document.querySelector('#email').value = 'ivan@example.org'; true"));
    logIn(page);
    runJs(page, QStringLiteral("document.querySelector('#allow').click(); true"));

    QTRY_COMPARE(obtained.count(), 1);
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

void TestBrowserSignIn::deniedConsentIsAClearError()
{
    QSignalSpy obtained(m_window.get(), &MainWindow::tokensObtained);
    BrowserDialog *dialog
        = startBrowser(SignInRequest::Method::BrowserUser, QStringLiteral("ivan@example.org"));
    QVERIFY(dialog);
    logIn(dialog->webView()->page());
    runJs(dialog->webView()->page(), QStringLiteral("document.querySelector('#deny').click(); true"));

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleTopLevel<QMessageBox>(QStringLiteral("signInErrorBox"))));
    QCOMPARE(box->text(), AuthError::describe(AuthErrorCode::AccessDenied));
    QVERIFY(box->informativeText().contains(QStringLiteral("ACCESS_DENIED")));
    QVERIFY2(box->detailedText().contains(QStringLiteral("access_denied")), qPrintable(box->detailedText()));
    QVERIFY(!visibleTopLevel<QDialog>(QStringLiteral("BrowserDialog")));
    QCOMPARE(obtained.count(), 0);
    box->accept();
}

void TestBrowserSignIn::closingTheWindowCancels()
{
    BrowserDialog *dialog = startBrowser(SignInRequest::Method::BrowserUser, {});
    QVERIFY(dialog);
    QPointer<AuthWebView> web = dialog->webView();
    QVERIFY(dialog->close());
    QTRY_VERIFY(!m_window->session());
    QTRY_VERIFY(!web); // the view, its page and profile are gone with the dialog
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

VKAUTH_GUI_TEST_MAIN(TestBrowserSignIn)
#include "tst_browsersignin.moc"
