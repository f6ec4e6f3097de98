#include "FakeVk.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "profiles/ProfileStore.h"
#include "signin/AuthWebView.h"
#include "signin/CaptchaDialog.h"

#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWebEngineProfile>

using namespace vkauth;
using namespace vkauth::gui;
using guitest::child;
using guitest::runJs;
using guitest::visibleTopLevel;
using guitest::waitForJs;

// VK's newer captcha: the challenge names a page to solve; the captcha dialog shows it in a web view
// and hands the success_token it yields back to the password flow.
class TestNotRobotCaptcha : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void solvedOnVksPage();
    void successTokenIsReadFromTheUrl_data();
    void successTokenIsReadFromTheUrl();
};

void TestNotRobotCaptcha::solvedOnVksPage()
{
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
        && captcha->webView());
    QVERIFY(!child<QLineEdit>(captcha, QStringLiteral("keyEdit"))->isVisible());
    QVERIFY(captcha->webView()->profile()->isOffTheRecord());
    QWebEnginePage *page = captcha->webView()->page();
    QVERIFY(waitForJs(page, QStringLiteral("document.querySelector('#not_robot') !== null")));
    QVERIFY(guitest::saveScreenshot(captcha, QStringLiteral("notrobot-dialog.png")));

    runJs(page,
        QStringLiteral("document.querySelector('#not_robot').checked = true;"
                       "document.querySelector('#not_robot_submit').click(); true"));
    QTRY_COMPARE(obtained.count(), 1);
    QCOMPARE(guitest::lastTokens(obtained).first().vkId, 1001);
    QVERIFY(fake.isValidToken(guitest::lastTokens(obtained).first().token));
    const QByteArray retry = fake.requests(QStringLiteral("/token")).last().body;
    QVERIFY2(retry.contains("success_token=" + QUrl::toPercentEncoding(fake.notRobotSuccessToken())),
        retry.constData());
    // The page that carries the token was caught on the redirect, never loaded.
    for (const auto &r : fake.requests(QStringLiteral("/not_robot_captcha")))
        QVERIFY(!r.url.query().contains(QStringLiteral("act=done")));
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
    QCOMPARE(CaptchaDialog::successToken(QUrl(url)), token);
}

VKAUTH_GUI_TEST_MAIN(TestNotRobotCaptcha)
#include "tst_notrobotcaptcha.moc"
