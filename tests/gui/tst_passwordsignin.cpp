// SPDX-License-Identifier: MIT
#include "FakeVk.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesWidget.h"
#include "signin/SignInSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace vkauth;
using namespace vkauth::gui;
using guitest::child;
using guitest::visibleTopLevel;

// Password sign-in from the desktop against the loopback fake VK: the real form, the real flow, the
// captcha and two-factor dialogs, progress, cancel, timeout, and the result in the main window.
class TestPasswordSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void captchaShowsServedImageAndKeyIsSent();
    void twoFactorWrongThenRightCodeWithSmsResend();
    void verificationLinkSignsIn();
    void wrongPasswordIsReadableError();
    void timeoutIsReported();
    void cancelStopsTheFlow();
    void closingTheWindowMidFlow();
    void escOnTheCaptchaCancels();
    void wrongCaptchaIsSaidLikeAWrongCode();
    void groupsPermissionOffersTheCommunitiesAdministered();

private:
    // Opens the form from the main window and fills the password method (the KeePassXC pattern: the
    // form is driven from a single-shot timer once it shows).
    void signInWithPassword(const QString &login, const QString &password, int timeoutSeconds = 10,
        const QString &preset = QStringLiteral("Messages, offline"));
    fakevk::Account account() const;

    std::unique_ptr<fakevk::FakeVk> m_fake;
    std::unique_ptr<guitest::TempDataDir> m_data;
    std::unique_ptr<MainWindow> m_window;
};

void TestPasswordSignIn::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
    m_fake->exportEnvironment();
    m_data = std::make_unique<guitest::TempDataDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(900, 520);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPasswordSignIn::cleanup()
{
    m_window.reset();
    m_data.reset();
    m_fake.reset();
}

fakevk::Account TestPasswordSignIn::account() const
{
    fakevk::Account a;
    a.userId = 1001;
    a.login = QStringLiteral("ivan@example.org");
    a.phone = QStringLiteral("79991234567");
    a.password = QStringLiteral("correct horse");
    return a;
}

void TestPasswordSignIn::signInWithPassword(
    const QString &login, const QString &password, int timeoutSeconds, const QString &preset)
{
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        QDialog *form = nullptr;
        QTRY_VERIFY((form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))));
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("loginEdit")), login);
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("passwordEdit")), password);
        auto *presets = child<QComboBox>(form, QStringLiteral("presetCombo"));
        const int index = presets->findText(preset);
        presets->setCurrentIndex(index);
        Q_EMIT presets->activated(index);
        QTest::mouseClick(child<QToolButton>(form, QStringLiteral("advancedToggle")), Qt::LeftButton);
        child<QSpinBox>(form, QStringLiteral("timeoutSpin"))->setValue(timeoutSeconds);
        QTest::keyClick(child<QLineEdit>(form, QStringLiteral("passwordEdit")), Qt::Key_Return);
        filled = true;
    });
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY(filled);
    QTRY_VERIFY(!visibleTopLevel<QDialog>(QStringLiteral("SignInDialog")));
}

void TestPasswordSignIn::captchaShowsServedImageAndKeyIsSent()
{
    fakevk::Account a = account();
    a.captchasBeforeLogin = 1;
    m_fake->addAccount(a);
    QSignalSpy obtained(m_window.get(), &MainWindow::tokensObtained);

    signInWithPassword(a.login, a.password);
    QDialog *captcha = nullptr;
    QTRY_VERIFY((captcha = visibleTopLevel<QDialog>(QStringLiteral("CaptchaDialog"))));
    QVERIFY(visibleTopLevel<QDialog>(QStringLiteral("ProgressDialog")));

    // The picture the fake served, fetched with the flow's session, pixel for pixel.
    auto *image = child<QLabel>(captcha, QStringLiteral("captchaImage"));
    const QImage served = QImage::fromData(m_fake->captchaImage()).convertToFormat(QImage::Format_ARGB32);
    QVERIFY(!served.isNull());
    QCOMPARE(image->pixmap().toImage().convertToFormat(QImage::Format_ARGB32), served);
    QCOMPARE(
        child<QLabel>(captcha, QStringLiteral("attemptsLabel"))->text(), QStringLiteral("Attempt 1 of 3"));

    // A new picture is fetched on request.
    const qsizetype fetched = m_fake->requests(QStringLiteral("/captcha.php")).size();
    QTest::mouseClick(child<QPushButton>(captcha, QStringLiteral("refreshButton")), Qt::LeftButton);
    QTRY_COMPARE(m_fake->requests(QStringLiteral("/captcha.php")).size(), fetched + 1);
    QTRY_VERIFY(child<QPushButton>(captcha, QStringLiteral("refreshButton"))->isEnabled());
    QCOMPARE(image->pixmap().toImage().convertToFormat(QImage::Format_ARGB32), served);

    auto *key = child<QLineEdit>(captcha, QStringLiteral("keyEdit"));
    QVERIFY(!child<QDialogButtonBox>(captcha, QStringLiteral("buttonBox"))
                 ->button(QDialogButtonBox::Ok)
                 ->isEnabled());
    QTest::keyClicks(key, m_fake->captchaKey());
    QVERIFY(guitest::saveScreenshot(captcha, QStringLiteral("captcha-dialog.png")));
    QTest::keyClick(key, Qt::Key_Return);

    QTRY_COMPARE(obtained.count(), 1);
    const auto tokens = obtained.first().at(0).value<QList<ObtainedToken>>();
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.first().vkId, 1001);
    QVERIFY(m_fake->isValidToken(tokens.first().token));
    QCOMPARE(tokens.first().scope, 4096u | 65536u);
    QCOMPARE(guitest::lastTokens(obtained).size(), 1);
    QCOMPARE(guitest::lastNames(obtained).first().name, QStringLiteral("Ivan Petrov"));
    QVERIFY(!visibleTopLevel<QDialog>(QStringLiteral("ProgressDialog")));
    QVERIFY(!visibleTopLevel<QDialog>(QStringLiteral("CaptchaDialog")));

    const QByteArray tokenRequest = m_fake->requests(QStringLiteral("/token")).last().body;
    QVERIFY(tokenRequest.contains("captcha_key=" + m_fake->captchaKey().toUtf8()));
    // The token went into the store, and its profile is shown selected in the main window.
    const QStringList ids = obtained.first().at(2).toStringList();
    QCOMPARE(ids.size(), 1);
    QCOMPARE(m_window->profilesWidget()->currentProfileId(), ids.first());
    QVERIFY(m_window->profilesWidget()->isVisible());
    auto *title = m_window->findChild<QLabel *>(QStringLiteral("titleLabel"));
    QVERIFY(title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("Ivan Petrov"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("vkIdValue"))->text(), QStringLiteral("1001"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("scopesValue"))->text(),
        QStringLiteral("messages, offline"));
}

void TestPasswordSignIn::twoFactorWrongThenRightCodeWithSmsResend()
{
    fakevk::Account a = account();
    a.twoFactor = fakevk::Account::TwoFactor::Sms;
    a.smsNeedsResend = true;
    a.smsDelaySeconds = 1;
    m_fake->addAccount(a);
    QSignalSpy obtained(m_window.get(), &MainWindow::tokensObtained);

    signInWithPassword(a.login, a.password);
    QDialog *twoFactor = nullptr;
    QTRY_VERIFY((twoFactor = visibleTopLevel<QDialog>(QStringLiteral("TwoFactorDialog"))));
    QCOMPARE(m_fake->requests(QStringLiteral("/method/auth.validatePhone")).size(), 1);
    const QString source = child<QLabel>(twoFactor, QStringLiteral("sourceLabel"))->text();
    QVERIFY2(
        source.contains(QStringLiteral("SMS")) && source.contains(QStringLiteral("67")), qPrintable(source));

    // The resend waits for VK's delay, then asks VK for another SMS.
    auto *sms = child<QPushButton>(twoFactor, QStringLiteral("smsButton"));
    QVERIFY(sms->isVisible());
    QTRY_VERIFY(sms->isEnabled());
    QTest::mouseClick(sms, Qt::LeftButton);
    QTRY_COMPARE(m_fake->requests(QStringLiteral("/method/auth.validatePhone")).size(), 2);
    QTRY_VERIFY(!child<QLabel>(twoFactor, QStringLiteral("smsCountdownLabel"))
                     ->text()
                     .contains(QStringLiteral("Asking")));
    // The status line says how the resend ended, not "Asking VK…" for good (issue 14).
    QTRY_COMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("VK has sent the code by SMS."));

    // Only a well-formed code can be sent.
    auto *code = child<QLineEdit>(twoFactor, QStringLiteral("codeEdit"));
    auto *ok = child<QDialogButtonBox>(twoFactor, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QTest::keyClicks(code, QStringLiteral("12ab"));
    QCOMPARE(code->text(), QStringLiteral("12"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY(twoFactor->isVisible());
    code->clear();
    QTest::keyClicks(code, QStringLiteral("000000"));
    QVERIFY(ok->isEnabled());
    QTest::keyClick(code, Qt::Key_Return);

    // VK refuses; the next question says why.
    QDialog *again = nullptr;
    QTRY_VERIFY((again = visibleTopLevel<QDialog>(QStringLiteral("TwoFactorDialog")))
        && child<QLabel>(again, QStringLiteral("errorLabel"))->isVisible());
    QCOMPARE(
        child<QLabel>(again, QStringLiteral("errorLabel"))->text(), QStringLiteral("The code is wrong."));
    QCOMPARE(child<QLabel>(again, QStringLiteral("attemptsLabel"))->text(), QStringLiteral("Attempt 2 of 3"));
    QVERIFY(guitest::saveScreenshot(again, QStringLiteral("twofactor-dialog.png")));
    QTest::keyClicks(child<QLineEdit>(again, QStringLiteral("codeEdit")), a.otp);
    QTest::keyClick(child<QLineEdit>(again, QStringLiteral("codeEdit")), Qt::Key_Return);

    QTRY_COMPARE(obtained.count(), 1);
    QCOMPARE(guitest::lastTokens(obtained).first().vkId, 1001);
    QVERIFY(!guitest::lastTokens(obtained).first().trustedHash.isEmpty());
    QVERIFY(m_fake->requests(QStringLiteral("/token")).last().body.contains("code=123456"));
}

void TestPasswordSignIn::verificationLinkSignsIn()
{
    fakevk::Account a = account();
    a.securityCheck = true;
    m_fake->addAccount(a);
    const QUrl link = m_fake->startVerification(a.userId, 65536);
    QVERIFY(link.isValid());
    QSignalSpy obtained(m_window.get(), &MainWindow::tokensObtained);

    QTimer::singleShot(0, this, [&] {
        QDialog *form = nullptr;
        QTRY_VERIFY((form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))));
        guitest::chooseMethod(form, SignInRequest::Method::VerificationLink);
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("linkEdit")), link.toString());
        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("loginEdit")), a.login);
        QTest::keyClicks(
            child<QLineEdit>(form, QStringLiteral("phoneEdit")), QStringLiteral("+7 999 123-45-67"));
        QTest::keyClick(child<QLineEdit>(form, QStringLiteral("phoneEdit")), Qt::Key_Return);
    });
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_COMPARE(obtained.count(), 1);
    QCOMPARE(guitest::lastTokens(obtained).first().vkId, 1001);
    QVERIFY(m_fake->isValidToken(guitest::lastTokens(obtained).first().token));
}

void TestPasswordSignIn::wrongPasswordIsReadableError()
{
    m_fake->addAccount(account());
    signInWithPassword(account().login, QStringLiteral("wrong"));
    // The form comes back as it was typed, the error on top and the password selected (issue 14).
    vkauth::gui::SignInFailurePanel *failure = nullptr;
    QTRY_VERIFY((failure = guitest::visibleSignInFailure()));
    QVERIFY(!visibleTopLevel<QMessageBox>(QStringLiteral("signInErrorBox")));
    QCOMPARE(failure->message(), AuthError::describe(AuthErrorCode::UsernameOrPasswordIsIncorrect));
    QVERIFY(failure->codeText().contains(QStringLiteral("USERNAME_OR_PASSWORD_IS_INCORRECT")));
    QVERIFY2(!failure->details().contains(QStringLiteral("wrong"))
            || !failure->details().contains(QStringLiteral("password=wrong")),
        "the password never reaches the details");
    QVERIFY(m_window->profileStore()->profiles().isEmpty());
    QVERIFY(!m_window->session());
    auto *form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"));
    QCOMPARE(child<QLineEdit>(form, QStringLiteral("loginEdit"))->text(), account().login);
    auto *password = child<QLineEdit>(form, QStringLiteral("passwordEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), password);
    QCOMPARE(password->selectedText(), password->text());

    // Typing the right password over the selection and pressing Enter signs in; the form goes away.
    QSignalSpy obtained(m_window.get(), &MainWindow::tokensObtained);
    QTest::keyClicks(password, account().password);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE(obtained.count(), 1);
    QTRY_VERIFY(!visibleTopLevel<QDialog>(QStringLiteral("SignInDialog")));
    QTRY_VERIFY(m_window->findChildren<vkauth::gui::SignInDialog *>().isEmpty());
    QCOMPARE(m_window->profileStore()->profiles().size(), 1);
}

void TestPasswordSignIn::timeoutIsReported()
{
    m_fake->addAccount(account());
    m_fake->setFault(QStringLiteral("/token"), fakevk::Fault::Slow);
    m_fake->setFaultDelayMs(8000);
    QElapsedTimer clock;
    clock.start();
    signInWithPassword(account().login, account().password, 1);
    QDialog *progress = nullptr;
    QTRY_VERIFY((progress = visibleTopLevel<QDialog>(QStringLiteral("ProgressDialog"))));
    QVERIFY(!child<QLabel>(progress, QStringLiteral("statusLabel"))->text().isEmpty());
    QVERIFY(guitest::saveScreenshot(progress, QStringLiteral("progress-dialog.png")));

    vkauth::gui::SignInFailurePanel *failure = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((failure = guitest::visibleSignInFailure()), 7000);
    QVERIFY2(clock.elapsed() < 7000, "the one-second timeout ended the wait, not the server");
    QCOMPARE(failure->message(), AuthError::describe(AuthErrorCode::Timeout));
    QVERIFY(failure->codeText().contains(QStringLiteral("TIMEOUT")));
    QVERIFY(!visibleTopLevel<QDialog>(QStringLiteral("ProgressDialog")));
    auto *form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"));
    QVERIFY(guitest::saveScreenshot(form, QStringLiteral("error-dialog.png")));
    // Cancel closes the form for good; nothing was kept.
    QTest::keyClick(form, Qt::Key_Escape);
    QTRY_VERIFY(m_window->findChildren<vkauth::gui::SignInDialog *>().isEmpty());
    QVERIFY(m_window->profileStore()->profiles().isEmpty());
}

void TestPasswordSignIn::cancelStopsTheFlow()
{
    m_fake->addAccount(account());
    m_fake->setFault(QStringLiteral("/token"), fakevk::Fault::Slow);
    m_fake->setFaultDelayMs(20000);
    signInWithPassword(account().login, account().password, 60);
    QDialog *progress = nullptr;
    QTRY_VERIFY((progress = visibleTopLevel<QDialog>(QStringLiteral("ProgressDialog"))));
    QTRY_COMPARE(m_fake->requests(QStringLiteral("/token")).size(), 1);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(
        child<QDialogButtonBox>(progress, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Cancel),
        Qt::LeftButton);
    QTRY_VERIFY(!visibleTopLevel<QDialog>(QStringLiteral("ProgressDialog")));
    QVERIFY(clock.elapsed() < 5000);
    QTRY_VERIFY(!m_window->session());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Sign-in cancelled."));
    QVERIFY(!visibleTopLevel<QMessageBox>(QStringLiteral("signInErrorBox")));
    QVERIFY(m_window->profileStore()->profiles().isEmpty());

    // Esc on the progress dialog cancels just the same.
    signInWithPassword(account().login, account().password, 60);
    QTRY_VERIFY((progress = visibleTopLevel<QDialog>(QStringLiteral("ProgressDialog"))));
    QTest::keyClick(progress, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->session());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Sign-in cancelled."));
}

void TestPasswordSignIn::closingTheWindowMidFlow()
{
    fakevk::Account a = account();
    a.captchasBeforeLogin = 1;
    m_fake->addAccount(a);
    signInWithPassword(a.login, a.password);
    QTRY_VERIFY(visibleTopLevel<QDialog>(QStringLiteral("CaptchaDialog")));
    QVERIFY(m_window->close());
    QTRY_VERIFY(!visibleTopLevel<QDialog>(QStringLiteral("CaptchaDialog")));
    QVERIFY(!visibleTopLevel<QDialog>(QStringLiteral("ProgressDialog")));
    QVERIFY(!m_window->session());
    QVERIFY(m_window->profileStore()->profiles().isEmpty());
}

// Issue 14, "a wrong captcha named like a wrong code": the second picture comes with the reason in red,
// as the two-factor dialog says "The code is wrong."
void TestPasswordSignIn::wrongCaptchaIsSaidLikeAWrongCode()
{
    fakevk::Account a = account();
    a.captchasBeforeLogin = 1;
    m_fake->addAccount(a);
    QSignalSpy obtained(m_window.get(), &MainWindow::tokensObtained);
    signInWithPassword(a.login, a.password);
    QDialog *captcha = nullptr;
    QTRY_VERIFY((captcha = visibleTopLevel<QDialog>(QStringLiteral("CaptchaDialog"))));
    QVERIFY(!child<QLabel>(captcha, QStringLiteral("errorLabel"))->isVisible());
    auto *key = child<QLineEdit>(captcha, QStringLiteral("keyEdit"));
    QTest::keyClicks(key, QStringLiteral("wrong1"));
    QTest::keyClick(key, Qt::Key_Return);

    QLabel *error = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((captcha = visibleTopLevel<QDialog>(QStringLiteral("CaptchaDialog")))
            && (error = child<QLabel>(captcha, QStringLiteral("errorLabel"))) && error->isVisible(),
        10000);
    QCOMPARE(error->text(), QStringLiteral("The characters are wrong. Type the ones in the new picture."));
    QCOMPARE(
        child<QLabel>(captcha, QStringLiteral("attemptsLabel"))->text(), QStringLiteral("Attempt 2 of 3"));
    key = child<QLineEdit>(captcha, QStringLiteral("keyEdit"));
    QTest::keyClicks(key, m_fake->captchaKey());
    QTest::keyClick(key, Qt::Key_Return);
    QTRY_COMPARE(obtained.count(), 1);
}

// Issue 14: after a user sign-in with the groups permission the app lists the communities the account
// administers (groups.get, filter=admin, from the fake as VK) and takes the chosen ones to the
// community sign-in, ready to open VK's page.
void TestPasswordSignIn::groupsPermissionOffersTheCommunitiesAdministered()
{
    fakevk::Account a = account();
    a.groups = {{11, QStringLiteral("Cats of Moscow"), QStringLiteral("moscats")},
        {22, QStringLiteral("Dogs of Kazan"), QStringLiteral("kazandogs")}};
    m_fake->addAccount(a);
    signInWithPassword(a.login, a.password, 10, QStringLiteral("Wall, photos, groups, offline"));
    QDialog *picker = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((picker = visibleTopLevel<QDialog>(QStringLiteral("CommunityPicker"))), 15000);
    auto *list = child<QListWidget>(picker, QStringLiteral("communityList"));
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Cats of Moscow (club11)"));
    auto *next = child<QPushButton>(picker, QStringLiteral("getTokensButton"));
    QVERIFY(!next->isEnabled());
    list->item(1)->setCheckState(Qt::Checked);
    QVERIFY(next->isEnabled());
    QVERIFY(m_fake->requests(QStringLiteral("/method/groups.get")).last().body.contains("filter=admin"));
    QTest::mouseClick(next, Qt::LeftButton);

    QDialog *form = nullptr;
    QTRY_VERIFY((form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))));
    QCOMPARE(guitest::methodOf(form), int(SignInRequest::Method::BrowserCommunity));
    QCOMPARE(child<QLineEdit>(form, QStringLiteral("groupIdsEdit"))->text(), QStringLiteral("22"));
    form->close();
}

void TestPasswordSignIn::escOnTheCaptchaCancels()
{
    fakevk::Account a = account();
    a.captchasBeforeLogin = 1;
    m_fake->addAccount(a);
    signInWithPassword(a.login, a.password);
    QDialog *captcha = nullptr;
    QTRY_VERIFY((captcha = visibleTopLevel<QDialog>(QStringLiteral("CaptchaDialog"))));
    QTest::keyClick(child<QLineEdit>(captcha, QStringLiteral("keyEdit")), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->session());
    QVERIFY(!visibleTopLevel<QDialog>(QStringLiteral("CaptchaDialog")));
    QVERIFY(!visibleTopLevel<QDialog>(QStringLiteral("ProgressDialog")));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Sign-in cancelled."));
    QCOMPARE(m_fake->requests(QStringLiteral("/token")).size(), 1);
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled());
}

VKAUTH_GUI_TEST_MAIN(TestPasswordSignIn)
#include "tst_passwordsignin.moc"
