// SPDX-License-Identifier: MIT
#include "FakeVk.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "WebViewDriver.h"
#include "auth/ImplicitFlow.h"
#include "net/OAuthRedirect.h"
#include "signin/CaptchaDialog.h"
#include "signin/GuiPrompter.h"

#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace vkauth;
using namespace vkauth::gui;
using guitest::child;
using guitest::visibleTopLevel;
using webviewtest::step;

// VK's newer captcha: the challenge names a page to solve; the captcha dialog has the web-view
// helper show it and hands the success_token it yields back to the password flow. VK's widget
// never navigates: the token comes in the check method's answer or in a message posted to the
// parent; the older page sends it in a URL. All three are caught.
class TestNotRobotCaptcha : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void solvedOnVksPage_data();
    void solvedOnVksPage();
    void successTokenIsReadFromTheUrl_data();
    void successTokenIsReadFromTheUrl();
    void pageContinuesInTheWebView();
    void pageWithoutHelper();
};

void TestNotRobotCaptcha::cleanup()
{
    qunsetenv("FAKEVK_NOT_ROBOT_DELIVERY");
}

void TestNotRobotCaptcha::solvedOnVksPage_data()
{
    QTest::addColumn<QString>("delivery");
    QTest::addColumn<QString>("until");
    QTest::addColumn<QString>("solve");
    const QString frame = QStringLiteral("document.querySelector('#widget').contentDocument");
    const QString inFrame
        = QStringLiteral("(function(){var d=%1;return d && d.querySelector('#not_robot') !== null;})()")
              .arg(frame);
    const QString clickInFrame
        = QStringLiteral("(function(){var d=%1;d.querySelector('#not_robot').checked = true;"
                         "d.querySelector('#not_robot_submit').click();return true;})()")
              .arg(frame);
    QTest::newRow("check answer") << "answer" << inFrame << clickInFrame;
    QTest::newRow("posted message") << "message" << inFrame << clickInFrame;
    QTest::newRow("url") << "url"
                         << "document.querySelector('#not_robot') !== null"
                         << "document.querySelector('#not_robot').checked = true;"
                            "document.querySelector('#not_robot_submit').click(); true";
}

void TestNotRobotCaptcha::solvedOnVksPage()
{
    QFETCH(QString, delivery);
    QFETCH(QString, until);
    QFETCH(QString, solve);
    qputenv("FAKEVK_NOT_ROBOT_DELIVERY", delivery.toUtf8());
    fakevk::FakeVk fake;
    QVERIFY(fake.start());
    fake.exportEnvironment();
    fakevk::Account a;
    a.userId = 1001;
    a.login = QStringLiteral("ivan@example.org");
    a.password = QStringLiteral("correct horse");
    a.captchasBeforeLogin = 1;
    a.notRobotCaptcha = true;
    fake.addAccount(a);
    webviewtest::Driver driver({step(until, solve)});

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

    CaptchaDialog *captcha = nullptr;
    QTRY_VERIFY(
        (captcha = qobject_cast<CaptchaDialog *>(visibleTopLevel<QDialog>(QStringLiteral("CaptchaDialog"))))
        && captcha->pageRunner());
    QVERIFY(!child<QLineEdit>(captcha, QStringLiteral("keyEdit"))->isVisible());
    QVERIFY(guitest::saveScreenshot(captcha, QStringLiteral("notrobot-dialog.png")));

    QTRY_COMPARE_WITH_TIMEOUT(obtained.count(), 1, 90000);
    QVERIFY2(driver.has(QStringLiteral("offTheRecord 1")), qPrintable(driver.log().join(u'\n')));
    QVERIFY(driver.has(QStringLiteral("step 0")));
    QCOMPARE(guitest::lastTokens(obtained).first().vkId, 1001);
    QVERIFY(fake.isValidToken(guitest::lastTokens(obtained).first().token));
    const QByteArray retry = fake.requests(QStringLiteral("/token")).last().body;
    QVERIFY2(retry.contains("success_token=" + QUrl::toPercentEncoding(fake.notRobotSuccessToken())),
        retry.constData());
    const auto pages = fake.requests(QStringLiteral("/not_robot_captcha"));
    for (const auto &r : pages) {
        // The page that carries the token was caught on the redirect, never loaded.
        QVERIFY(!r.url.query().contains(QStringLiteral("act=done")));
        // VK's widget never navigates: the page, its frame and the check call, nothing else.
        if (delivery != u"url")
            QVERIFY2(!r.url.query().contains(QStringLiteral("act=check&")), qPrintable(r.url.toString()));
    }
    if (delivery != u"url")
        QVERIFY(std::any_of(pages.cbegin(), pages.cend(), [](const auto &r) {
            return r.url.query().contains(QStringLiteral("act=captchaNotRobot.check"));
        }));
    QTRY_VERIFY(!visibleTopLevel<QDialog>(QStringLiteral("CaptchaDialog")));
}

void TestNotRobotCaptcha::successTokenIsReadFromTheUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("token");
    QTest::newRow("query") << "https://id.vk.com/not_robot_captcha?act=done&success_token=abc.DEF-1"
                           << "abc.DEF-1";
    QTest::newRow("fragment") << "https://id.vk.com/x#success_token=t%2B1"
                              << "t+1";
    QTest::newRow("none") << "https://id.vk.com/not_robot_captcha?session_token=1"
                          << "";
}

void TestNotRobotCaptcha::successTokenIsReadFromTheUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, token);
    QCOMPARE(OAuthRedirect::successToken(QUrl(url)), token);
}

// Prompt::Kind::Page: a page the flow cannot read goes to the helper with the session's cookies and
// is answered with the blank.html address it ends on (here VK's fake authorize page plays it).
void TestNotRobotCaptcha::pageContinuesInTheWebView()
{
    fakevk::FakeVk fake;
    QVERIFY(fake.start());
    fake.exportEnvironment();
    fakevk::Account a;
    a.userId = 1001;
    a.login = QStringLiteral("ivan@example.org");
    a.password = QStringLiteral("correct horse");
    fake.addAccount(a);
    webviewtest::Driver driver(
        {step(QStringLiteral("document.querySelector('#pass') !== null"),
             QStringLiteral("document.querySelector('#email').value = 'ivan@example.org';"
                            "document.querySelector('#pass').value = 'correct horse';"
                            "document.querySelector('#login_submit').click(); true")),
            step(QStringLiteral("document.querySelector('#allow') !== null"),
                QStringLiteral("document.querySelector('#allow').click(); true"))});

    ImplicitFlowOptions options;
    options.app = *AppCredentials::byKey(QStringLiteral("kateMobile"));
    options.endpoints = Endpoints::fromEnvironment();
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    GuiPrompter prompter(options.endpoints, &window);
    QVERIFY(prompter.canShowPages());
    PageChallenge challenge;
    challenge.url = ImplicitFlow::authorizeUrl(options);
    challenge.cookies = {QNetworkCookie("remixtest", "session-cookie-1")};
    challenge.cookies.first().setDomain(challenge.url.host());
    challenge.step = QStringLiteral("security check");
    Prompt prompt(challenge);
    QSignalSpy answered(&prompt, &Prompt::answered);
    prompter.ask(&prompt);
    QTRY_VERIFY(visibleTopLevel<QDialog>(QStringLiteral("PageDialog")));

    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 90000);
    const QUrl end(answered.first().first().toString());
    QVERIFY(ImplicitFlow::isFinalRedirect(end, options));
    const AuthOutcome outcome = ImplicitFlow::parseRedirect(end, options);
    QVERIFY(outcome.ok());
    QVERIFY(fake.isValidToken(outcome.tokens.first().token));
    QVERIFY(fake.requests(QStringLiteral("/blank.html")).isEmpty());
    // The session's cookie reached VK's page.
    const auto first = fake.requests(QStringLiteral("/authorize"));
    QVERIFY(!first.isEmpty());
    QVERIFY2(first.first().headers.value("cookie").contains("remixtest=session-cookie-1"),
        first.first().headers.value("cookie").constData());
    QVERIFY(driver.has(QStringLiteral("title VK: one more step")));
    QTRY_VERIFY(!visibleTopLevel<QDialog>(QStringLiteral("PageDialog")));
}

void TestNotRobotCaptcha::pageWithoutHelper()
{
    qputenv("VKAUTH_WEBVIEW_PATH", "/nonexistent/vkauth-webview");
    GuiPrompter prompter(Endpoints::fromEnvironment(), nullptr);
    QVERIFY(!prompter.canShowPages());
    qputenv("VKAUTH_WEBVIEW_PATH", VKAUTH_WEBVIEW_PATH);
    QVERIFY(prompter.canShowPages());
}

VKAUTH_GUI_TEST_MAIN(TestNotRobotCaptcha)
#include "tst_notrobotcaptcha.moc"
