// SPDX-License-Identifier: MIT
// The desktop app when VK refuses an app or questions a kept token (issue 17), with real widgets
// against the loopback fake VK and the real Secret Service: a sign-in refused for the app offers
// "Use <suggested app>" (one click: the form again with it), and a check that meets API error 17
// offers "Verify…", which passes VK's check and keeps the profile, whose token then works again;
// error 14 with a not-robot page offers "Solve…" (VK's page in the web-view helper, then a new check);
// error 25 offers signing in again with another app that grants the profile's permissions.
#include "FakeVk.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "WebViewDriver.h"
#include "WindowActivation.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesWidget.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace vkauth;
using namespace vkauth::gui;
using guitest::child;
using guitest::visibleTopLevel;

class TestAppQuestionsGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void refusedAppOffersTheSuggestion();
    void verifyAfterValidationRequired();
    void solveAfterNotRobotCaptcha();
    void anotherAppAfterTokenConfirmation();

private:
    QString addProfile(QString *token);

    std::unique_ptr<fakevk::FakeVk> m_fake;
    std::unique_ptr<guitest::TempDataDir> m_data;
    std::unique_ptr<MainWindow> m_window;
};

void TestAppQuestionsGui::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
    m_fake->exportEnvironment();
    fakevk::Account a;
    a.userId = 1001;
    a.login = QStringLiteral("ivan@example.org");
    a.email = a.login;
    a.password = QStringLiteral("correct horse");
    m_fake->addAccount(a);
    m_data = std::make_unique<guitest::TempDataDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(960, 560);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAppQuestionsGui::cleanup()
{
    m_window.reset();
    m_data.reset();
    m_fake.reset();
}

QString TestAppQuestionsGui::addProfile(QString *token)
{
    ObtainedToken t;
    t.kind = TokenKind::User;
    t.vkId = 1001;
    t.scope = 4096 | 65536;
    t.token = m_fake->issueUserToken(1001, t.scope);
    t.obtainedAt = QDateTime::currentDateTimeUtc();
    t.app = *AppCredentials::byKey(QStringLiteral("kateMobile"));
    t.email = QStringLiteral("ivan@example.org");
    *token = t.token;
    return m_window->profileStore()->add(t, QStringLiteral("Ivan Petrov"));
}

void TestAppQuestionsGui::refusedAppOffersTheSuggestion()
{
    m_fake->setClientStatus(QStringLiteral("2274003"), fakevk::ClientStatus::Blocked);
    SignInRequest request;
    request.method = SignInRequest::Method::Password;
    request.app = *AppCredentials::byKey(QStringLiteral("android"));
    request.login = QStringLiteral("ivan@example.org");
    request.password = QStringLiteral("correct horse");
    request.scope = 4096 | 65536;
    request.timeoutMs = 5000;
    m_window->signIn(request);

    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = visibleTopLevel<QMessageBox>(QStringLiteral("signInErrorBox"))), 20000);
    QVERIFY2(box->text().contains(QLatin1String("VK has blocked VK for Android (2274003)")),
        qPrintable(box->text()));
    auto *use = child<QPushButton>(box, QStringLiteral("useSuggestedAppButton"));
    QCOMPARE(use->text(), QStringLiteral("Use VK for Windows"));
    QTest::mouseClick(use, Qt::LeftButton);

    QDialog *form = nullptr;
    QTRY_VERIFY((form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))));
    QCOMPARE(child<QComboBox>(form, QStringLiteral("appCombo"))->currentData().toString(),
        QStringLiteral("windows"));
    QCOMPARE(guitest::methodOf(form), int(SignInRequest::Method::Password));
    QCOMPARE(child<QLabel>(form, QStringLiteral("maskLabel"))->text(),
        QStringLiteral("Mask: %1").arg(4096 | 65536));
    form->reject();
}

void TestAppQuestionsGui::verifyAfterValidationRequired()
{
    QString token;
    const QString id = addProfile(&token);
    QVERIFY(!id.isEmpty());
    m_fake->setTokenError(token, 17);
    ProfilesWidget *profiles = m_window->profilesWidget();
    profiles->selectProfile(id);
    auto *verify = m_window->findChild<QPushButton *>(QStringLiteral("verifyButton"));
    QVERIFY(verify);
    QVERIFY(!verify->isVisible());

    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("checkButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(verify->isVisible(), 20000);
    auto *message = m_window->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY2(message->text().contains(QLatin1String("verify the account")), qPrintable(message->text()));
    QCOMPARE(m_window->profileStore()->profile(id)->lastCheck, CheckStatus::NeedsAction);

    QTest::mouseClick(verify, Qt::LeftButton);
    // The check ran against VK's page, the profile was kept, and its token works again.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->profileStore()->profile(id)->lastCheck == CheckStatus::Valid, 20000);
    QVERIFY(!m_fake->requests(QStringLiteral("/login")).isEmpty());
    QCOMPARE(m_window->profileStore()->profiles().size(), 1);
    QTRY_VERIFY(!verify->isVisible());
}

void TestAppQuestionsGui::solveAfterNotRobotCaptcha()
{
    const QString frame = QStringLiteral("document.querySelector('#widget').contentDocument");
    webviewtest::Driver driver({webviewtest::step(
        QStringLiteral("(function(){var d=%1;return d && d.querySelector('#not_robot') !== null;})()")
            .arg(frame),
        QStringLiteral("(function(){var d=%1;d.querySelector('#not_robot').checked = true;"
                       "d.querySelector('#not_robot_submit').click();return true;})()")
            .arg(frame))});
    QString token;
    const QString id = addProfile(&token);
    QVERIFY(!id.isEmpty());
    m_fake->setTokenError(token, 14);
    ProfilesWidget *profiles = m_window->profilesWidget();
    profiles->selectProfile(id);
    auto *solve = m_window->findChild<QPushButton *>(QStringLiteral("solveButton"));
    QVERIFY(solve);
    QVERIFY(!solve->isVisible());

    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("checkButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(solve->isVisible(), 20000);
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("verifyButton"))->isVisible());
    QCOMPARE(m_window->profileStore()->profile(id)->lastCheck, CheckStatus::NeedsAction);
    QCOMPARE(m_window->profileStore()->profile(id)->lastCheckReason, QStringLiteral("captcha_required"));

    QTest::mouseClick(solve, Qt::LeftButton);
    // VK's not-robot page ran in the helper, and the token was checked again: it works.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->profileStore()->profile(id)->lastCheck == CheckStatus::Valid, 90000);
    QVERIFY2(driver.has(QStringLiteral("step 0")), qPrintable(driver.log().join(u'\n')));
    const auto pages = m_fake->requests(QStringLiteral("/not_robot_captcha"));
    QVERIFY(std::any_of(pages.cbegin(), pages.cend(),
        [](const auto &r) { return r.url.query().contains(QStringLiteral("act=captchaNotRobot.check")); }));
    QCOMPARE(m_window->profileStore()->profiles().size(), 1);
    QTRY_VERIFY(!solve->isVisible());
}

void TestAppQuestionsGui::anotherAppAfterTokenConfirmation()
{
    QString token;
    const QString id = addProfile(&token); // Kate Mobile
    QVERIFY(!id.isEmpty());
    m_fake->setTokenError(token, 25);
    m_window->profilesWidget()->selectProfile(id);
    auto *other = m_window->findChild<QPushButton *>(QStringLiteral("otherAppButton"));
    QVERIFY(other);
    QVERIFY(!other->isVisible());
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("checkButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(other->isVisible(), 20000);
    QCOMPARE(m_window->profileStore()->profile(id)->lastCheckReason,
        QStringLiteral("token_confirmation_required"));

    QTest::mouseClick(other, Qt::LeftButton);
    QDialog *form = nullptr;
    QTRY_VERIFY((form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))));
    const QString app = child<QComboBox>(form, QStringLiteral("appCombo"))->currentData().toString();
    QVERIFY2(app != QLatin1String("kateMobile") && !app.isEmpty(), qPrintable(app));
    // The app VK's message suggested, granting the profile's permissions; the account's login filled.
    const QString message = m_window->profileStore()->profile(id)->lastCheckMessage;
    QVERIFY2(message.contains(AppCredentials::byKey(app)->displayName), qPrintable(message + u'/' + app));
    QCOMPARE(child<QLineEdit>(form, QStringLiteral("loginEdit"))->text(), QStringLiteral("ivan@example.org"));
    QCOMPARE(child<QLabel>(form, QStringLiteral("maskLabel"))->text(),
        QStringLiteral("Mask: %1").arg(4096 | 65536));
    form->reject();
}

VKAUTH_GUI_TEST_MAIN(TestAppQuestionsGui)
#include "tst_appquestionsgui.moc"
