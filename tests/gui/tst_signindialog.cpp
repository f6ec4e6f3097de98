// SPDX-License-Identifier: MIT
#include "GuiTestHelpers.h"
#include "WindowActivation.h"
#include "signin/SignInDialog.h"
#include "signin/SignInFailurePanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace vkauth;
using namespace vkauth::gui;

// The sign-in form on its own: what it offers per method, presets and the mask, and that invalid
// input is flagged in the form and never leaves it.
class TestSignInDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void presetsTickBoxesAndShowTheMask();
    void emptyPasswordFormIsFlaggedNotSent();
    void fieldsFollowTheMethod();
    void communityIdsAreChecked_data();
    void communityIdsAreChecked();
    void customAppAndAdvancedOptions();
    void verificationLinkMustBeWebAddress();
    void enterSubmitsEscCancelsAndForgetsPassword();
    void screenshot();
    void focusStartsOnTheFirstEmptyField();
    void buttonNamesTheNextStep();
    void permissionsSayWhatTheyAllow();
    void failureIsShownInTheFormWithThePasswordSelected();
    void bigTextKeepsTheButtonsOnScreen();
    void methodsAreVisibleChoices();

private:
    template <class T> T *w(const char *name)
    {
        T *found = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no widget %s", name);
        return found;
    }
    // On the box itself: a check box stretched by its grid cell only reacts on its indicator and text.
    static void clickBox(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }
    void selectMethod(SignInRequest::Method method) { m_dialog->setMethod(method); }
    std::unique_ptr<SignInDialog> m_dialog;
};

void TestSignInDialog::init()
{
    qunsetenv("VKAUTH_OAUTH_URL");
    m_dialog = std::make_unique<SignInDialog>();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QVERIFY(guitest::exposeAndActivate(m_dialog.get()));
}

void TestSignInDialog::presetsTickBoxesAndShowTheMask()
{
    QCOMPARE(m_dialog->scopeMask(), Scopes::allMask(ScopeKind::User));
    auto *preset = w<QComboBox>("presetCombo");
    QCOMPARE(preset->currentText(), QStringLiteral("All"));

    const int offline = preset->findText(QStringLiteral("Offline only"));
    QVERIFY(offline > 0);
    preset->setCurrentIndex(offline);
    Q_EMIT preset->activated(offline);
    QCOMPARE(m_dialog->scopeMask(), 65536u);
    QVERIFY(w<QCheckBox>("scope_offline")->isChecked());
    QVERIFY(!w<QCheckBox>("scope_messages")->isChecked());
    QCOMPARE(w<QLabel>("maskLabel")->text(), QStringLiteral("Mask: 65536"));

    clickBox(w<QCheckBox>("scope_messages"));
    QCOMPARE(m_dialog->scopeMask(), 65536u | 4096u);
    QCOMPARE(preset->currentText(), QStringLiteral("Messages, offline"));
    clickBox(w<QCheckBox>("scope_friends"));
    QCOMPARE(preset->currentText(), QStringLiteral("Custom"));
    QCOMPARE(w<QLabel>("maskLabel")->text(), QStringLiteral("Mask: 69634"));
    QCOMPARE(m_dialog->request().scope, 69634u);
}

void TestSignInDialog::emptyPasswordFormIsFlaggedNotSent()
{
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(w<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(accepted.count(), 0);
    auto *error = w<QLabel>("errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("login")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("password")));
    QVERIFY(w<QLineEdit>("loginEdit")->property("invalid").toBool());
    QVERIFY(w<QLineEdit>("passwordEdit")->property("invalid").toBool());
    QVERIFY(w<QLineEdit>("loginEdit")->hasFocus());

    // Flags clear as the user fixes each field.
    QTest::keyClicks(w<QLineEdit>("loginEdit"), QStringLiteral("ivan@example.org"));
    QVERIFY(!w<QLineEdit>("loginEdit")->property("invalid").toBool());
    QVERIFY(w<QLineEdit>("passwordEdit")->property("invalid").toBool());
    QTest::keyClicks(w<QLineEdit>("passwordEdit"), QStringLiteral("pw"));
    QVERIFY(!error->isVisible());
    QVERIFY(m_dialog->problems().isEmpty());
}

void TestSignInDialog::fieldsFollowTheMethod()
{
    QVERIFY(w<QLineEdit>("passwordEdit")->isVisible());
    QVERIFY(!w<QLineEdit>("groupIdsEdit")->isVisible());
    QVERIFY(!w<QLineEdit>("linkEdit")->isVisible());
    auto *apps = w<QComboBox>("appCombo");
    QCOMPARE(apps->count(), AppCredentials::official().size() + 1);
    QCOMPARE(apps->findData(QStringLiteral("kateMobile")), -1);

    selectMethod(SignInRequest::Method::BrowserUser);
    QVERIFY(!w<QLineEdit>("passwordEdit")->isVisible());
    QVERIFY(w<QLineEdit>("loginEdit")->isVisible());
    QCOMPARE(apps->currentData().toString(), QStringLiteral("kateMobile"));
    QVERIFY(apps->findData(QStringLiteral("vkAdmin")) >= 0);
    QVERIFY(apps->findData(QStringLiteral("android")) >= 0);
    QVERIFY(m_dialog->problems().isEmpty()); // a browser sign-in needs nothing typed

    selectMethod(SignInRequest::Method::BrowserCommunity);
    QVERIFY(w<QLineEdit>("groupIdsEdit")->isVisible());
    QVERIFY(m_dialog->findChild<QCheckBox *>(QStringLiteral("scope_manage")));
    QVERIFY(!m_dialog->findChild<QCheckBox *>(QStringLiteral("scope_friends")));
    QCOMPARE(m_dialog->scopeMask(), Scopes::allMask(ScopeKind::Community));

    selectMethod(SignInRequest::Method::VerificationLink);
    QVERIFY(w<QLineEdit>("linkEdit")->isVisible());
    QVERIFY(!apps->isVisible());
    QVERIFY(!w<QWidget>("scopesBox")->isVisible());
}

void TestSignInDialog::communityIdsAreChecked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("ids"); // empty: refused
    QTest::newRow("two") << "12345, 67890" << QList<qint64> {12345, 67890};
    QTest::newRow("prefixes and spaces") << " club1  public2;-3 " << QList<qint64> {1, 2, 3};
    QTest::newRow("duplicates") << "5,5" << QList<qint64> {5};
    QTest::newRow("empty") << "" << QList<qint64> {};
    QTest::newRow("word") << "12, cats" << QList<qint64> {};
    QTest::newRow("zero") << "0" << QList<qint64> {};
    QTest::newRow("links") << "https://vk.com/club7, m.vk.ru/public8 vk.com/event9?w=wall-9_1"
                           << QList<qint64> {7, 8, 9};
    QTest::newRow("link to a person") << "vk.com/id5" << QList<qint64> {};
    QTest::newRow("link elsewhere") << "https://example.org/club7" << QList<qint64> {};
}

void TestSignInDialog::communityIdsAreChecked()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, ids);
    selectMethod(SignInRequest::Method::BrowserCommunity);
    w<QLineEdit>("groupIdsEdit")->setText(text);
    if (ids.isEmpty()) {
        QCOMPARE(m_dialog->problems().size(), 1);
        m_dialog->accept();
        QVERIFY(m_dialog->isVisible());
        QVERIFY(w<QLineEdit>("groupIdsEdit")->property("invalid").toBool());
    } else {
        QVERIFY2(m_dialog->problems().isEmpty(), qPrintable(m_dialog->problems().join(u'\n')));
        QCOMPARE(m_dialog->request().groupIds, ids);
    }
}

void TestSignInDialog::customAppAndAdvancedOptions()
{
    w<QLineEdit>("loginEdit")->setText(QStringLiteral("+7 999 123-45-67"));
    w<QLineEdit>("passwordEdit")->setText(QStringLiteral("pw"));
    auto *apps = w<QComboBox>("appCombo");
    apps->setCurrentIndex(apps->findData(QStringLiteral("custom")));
    QVERIFY(w<QLineEdit>("customIdEdit")->isVisible());
    QVERIFY(w<QLineEdit>("customSecretEdit")->isVisible());
    QCOMPARE(m_dialog->problems().size(), 2); // no id, no secret
    w<QLineEdit>("customIdEdit")->setText(QStringLiteral("12ab"));
    QCOMPARE(m_dialog->problems().size(), 2);
    w<QLineEdit>("customIdEdit")->setText(QStringLiteral("7654321"));
    w<QLineEdit>("customSecretEdit")->setText(QStringLiteral("s3cret"));
    QVERIFY(m_dialog->problems().isEmpty());

    QVERIFY(!w<QWidget>("advancedWidget")->isVisible());
    QTest::mouseClick(w<QToolButton>("advancedToggle"), Qt::LeftButton);
    QVERIFY(w<QWidget>("advancedWidget")->isVisible());
    w<QSpinBox>("timeoutSpin")->setValue(3);
    w<QLineEdit>("userAgentEdit")->setText(QStringLiteral("MyAgent/1.0"));
    w<QPlainTextEdit>("headersEdit")->setPlainText(QStringLiteral("not a header"));
    QCOMPARE(m_dialog->problems().size(), 1);
    // A problem in the folded advanced part unfolds it.
    QTest::mouseClick(w<QToolButton>("advancedToggle"), Qt::LeftButton);
    QVERIFY(!w<QWidget>("advancedWidget")->isVisible());
    m_dialog->accept();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(w<QPlainTextEdit>("headersEdit")->isVisible());
    QVERIFY(w<QPlainTextEdit>("headersEdit")->property("invalid").toBool());
    w<QPlainTextEdit>("headersEdit")->setPlainText(QStringLiteral("X-Test: 1\n\nAccept-Language: ru"));
    w<QLineEdit>("apiVersionEdit")->setText(QStringLiteral("5.131"));
    auto *domain = w<QComboBox>("domainCombo");
    domain->setCurrentIndex(domain->findText(QStringLiteral("vk.com")));
    QVERIFY(m_dialog->problems().isEmpty());

    const SignInRequest r = m_dialog->request();
    QCOMPARE(r.method, SignInRequest::Method::Password);
    QCOMPARE(r.app.clientId, QStringLiteral("7654321"));
    QCOMPARE(r.app.clientSecret, QStringLiteral("s3cret"));
    QCOMPARE(r.login, QStringLiteral("+7 999 123-45-67"));
    QCOMPARE(r.password, QStringLiteral("pw"));
    QCOMPARE(r.timeoutMs, 3000);
    QCOMPARE(r.apiVersion, QStringLiteral("5.131"));
    QCOMPARE(r.domain, VkDomain::VkCom);
    QCOMPARE(r.endpoints().oauth, QUrl(QStringLiteral("https://oauth.vk.com")));
    const QList<QPair<QByteArray, QByteArray>> headers {
        {"User-Agent", "MyAgent/1.0"}, {"X-Test", "1"}, {"Accept-Language", "ru"}};
    QCOMPARE(r.headers, headers);

    w<QLineEdit>("apiVersionEdit")->setText(QStringLiteral("latest"));
    QCOMPARE(m_dialog->problems().size(), 1);
}

void TestSignInDialog::verificationLinkMustBeWebAddress()
{
    selectMethod(SignInRequest::Method::VerificationLink);
    auto *link = w<QLineEdit>("linkEdit");
    QCOMPARE(m_dialog->problems().size(), 1);
    link->setText(QStringLiteral("http://vk.com/login?act=security"));
    QCOMPARE(m_dialog->problems().size(), 1); // plain http only for this computer
    link->setText(QStringLiteral("http://127.0.0.1:8080/login?act=security"));
    QVERIFY(m_dialog->problems().isEmpty());
    link->setText(QStringLiteral("https://m.vk.com/login?act=security&api_hash=abc"));
    w<QLineEdit>("phoneEdit")->setText(QStringLiteral("call me"));
    QCOMPARE(m_dialog->problems().size(), 1);
    w<QLineEdit>("phoneEdit")->setText(QStringLiteral("+7 (999) 123-45-67"));
    QVERIFY(m_dialog->problems().isEmpty());
    const SignInRequest r = m_dialog->request();
    QCOMPARE(r.verificationLink, QUrl(QStringLiteral("https://m.vk.com/login?act=security&api_hash=abc")));
    QCOMPARE(r.phone, QStringLiteral("79991234567"));
}

void TestSignInDialog::enterSubmitsEscCancelsAndForgetsPassword()
{
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QSignalSpy rejected(m_dialog.get(), &QDialog::rejected);

    // Keyboard only: Tab from the method to the login, type, Enter.
    m_dialog->findChild<QAbstractButton *>(QStringLiteral("method_0"))->setFocus();
    QWidget *focus = QApplication::focusWidget();
    for (int i = 0; i < 10 && focus != w<QLineEdit>("loginEdit"); ++i) {
        QTest::keyClick(focus, Qt::Key_Tab);
        focus = QApplication::focusWidget();
    }
    QCOMPARE(focus, w<QLineEdit>("loginEdit"));
    QTest::keyClicks(focus, QStringLiteral("ivan"));
    QTest::keyClick(focus, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), w<QLineEdit>("passwordEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("pw"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(w<QLineEdit>("passwordEdit")->text().isEmpty());

    m_dialog->show();
    w<QLineEdit>("passwordEdit")->setText(QStringLiteral("pw"));
    QTest::keyClick(w<QLineEdit>("passwordEdit"), Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(m_dialog->request().login, QStringLiteral("ivan"));
}

void TestSignInDialog::screenshot()
{
    w<QLineEdit>("loginEdit")->setText(QStringLiteral("ivan.petrov@example.org"));
    w<QLineEdit>("passwordEdit")->setText(QStringLiteral("correct horse"));
    auto *preset = w<QComboBox>("presetCombo");
    const int index = preset->findText(QStringLiteral("Messages, offline"));
    preset->setCurrentIndex(index);
    Q_EMIT preset->activated(index);
    QTest::mouseClick(w<QToolButton>("advancedToggle"), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(); // the layout requests the toggle posted
    m_dialog->adjustSize();
    // The whole form fits a 1280×1024 screen, unsqueezed: no row is below what it needs.
    QWidget *content = w<QScrollArea>("formScrollArea")->widget();
    QTRY_VERIFY(content->height() >= content->minimumSizeHint().height());
    QTRY_VERIFY(w<QScrollArea>("formScrollArea")->viewport()->height() >= content->height());
    QTRY_VERIFY(!w<QScrollArea>("formScrollArea")->verticalScrollBar()->isVisible());
    QVERIFY(guitest::saveScreenshot(m_dialog.get(), QStringLiteral("signin-dialog.png")));
}

void TestSignInDialog::focusStartsOnTheFirstEmptyField()
{
    QTRY_COMPARE(QApplication::focusWidget(), w<QLineEdit>("loginEdit"));
    // Signing in again: the login is known, so the password is next.
    SignInRequest again;
    again.login = QStringLiteral("ivan@example.org");
    again.app = *AppCredentials::byKey(QStringLiteral("android"));
    auto form = std::make_unique<SignInDialog>();
    form->setRequest(again);
    form->show();
    QVERIFY(guitest::exposeAndActivate(form.get()));
    QTRY_COMPARE(QApplication::focusWidget(), form->findChild<QLineEdit *>(QStringLiteral("passwordEdit")));
}

void TestSignInDialog::buttonNamesTheNextStep()
{
    QPushButton *ok = w<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->text(), QStringLiteral("&Sign in"));
    selectMethod(SignInRequest::Method::BrowserUser);
    QCOMPARE(ok->text(), QStringLiteral("Open VK's pa&ge"));
    selectMethod(SignInRequest::Method::BrowserCommunity);
    QCOMPARE(ok->text(), QStringLiteral("Open VK's pa&ge"));
    selectMethod(SignInRequest::Method::VerificationLink);
    QCOMPARE(ok->text(), QStringLiteral("&Continue"));
}

void TestSignInDialog::permissionsSayWhatTheyAllow()
{
    for (const SignInRequest::Method method :
        {SignInRequest::Method::Password, SignInRequest::Method::BrowserCommunity}) {
        selectMethod(method);
        const QList<QCheckBox *> boxes
            = m_dialog->findChildren<QCheckBox *>(QRegularExpression(QStringLiteral("^scope_")));
        QVERIFY(boxes.size() >= 6);
        for (QCheckBox *box : boxes) {
            QVERIFY2(!box->toolTip().startsWith(QLatin1String("Bit ")), qPrintable(box->toolTip()));
            QVERIFY2(!box->toolTip().startsWith(QLatin1String("VK's permission")),
                qPrintable(box->objectName() + QStringLiteral(" has no description")));
        }
    }
    selectMethod(SignInRequest::Method::Password);
    QCOMPARE(w<QCheckBox>("scope_offline")->toolTip(),
        QStringLiteral("A token that does not expire (otherwise about a day)"));
}

void TestSignInDialog::failureIsShownInTheFormWithThePasswordSelected()
{
    auto *panel = m_dialog->failurePanel();
    QVERIFY(!panel->isVisible());
    w<QLineEdit>("loginEdit")->setText(QStringLiteral("ivan@example.org"));
    w<QLineEdit>("passwordEdit")->setText(QStringLiteral("wrong horse"));
    m_dialog->accept();
    QVERIFY(!m_dialog->isVisible());

    AuthError error = AuthError::make(
        AuthErrorCode::UsernameOrPasswordIsIncorrect, QStringLiteral("{\"error\":\"invalid_client\"}"));
    m_dialog->showFailure(error, AppCredentials::byKey(QStringLiteral("windows")));
    m_dialog->show();
    QVERIFY(guitest::exposeAndActivate(m_dialog.get()));
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->message(), AuthError::describe(AuthErrorCode::UsernameOrPasswordIsIncorrect));
    QVERIFY(panel->codeText().contains(QLatin1String("USERNAME_OR_PASSWORD_IS_INCORRECT")));
    QVERIFY(!panel->findChild<QWidget *>(QStringLiteral("signInFailureDetails"))->isVisible());
    QTest::mouseClick(
        panel->findChild<QToolButton *>(QStringLiteral("signInFailureDetailsToggle")), Qt::LeftButton);
    QVERIFY(panel->findChild<QWidget *>(QStringLiteral("signInFailureDetails"))->isVisible());
    QCOMPARE(panel->details(), QStringLiteral("{\"error\":\"invalid_client\"}"));
    // Everything typed is still there; the password is selected, so typing replaces it.
    QCOMPARE(w<QLineEdit>("loginEdit")->text(), QStringLiteral("ivan@example.org"));
    auto *password = w<QLineEdit>("passwordEdit");
    QTRY_COMPARE(QApplication::focusWidget(), password);
    QCOMPARE(password->selectedText(), password->text());
    QTest::keyClicks(password, QStringLiteral("correct horse"));
    QVERIFY(m_dialog->request().password == QStringLiteral("correct horse"));
    // The suggested app is one click away, in the form.
    auto *use = panel->findChild<QPushButton *>(QStringLiteral("signInFailureUseAppButton"));
    QCOMPARE(use->text(), QStringLiteral("Use VK for Windows"));
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(w<QComboBox>("appCombo")->currentData().toString(), QStringLiteral("windows"));
    // The next Sign in clears the old error.
    m_dialog->accept();
    QVERIFY(!panel->isVisible());
}

// Issue 14: at 2× on 1280×800 the form's buttons were off-screen. Here the text is made as large as
// that (a 32-point font on this 1280×1024 screen) with the advanced options open: the form scrolls
// and the buttons stay on the screen, reachable.
void TestSignInDialog::bigTextKeepsTheButtonsOnScreen()
{
    // Big text as people get it: a big system font when the form opens (a font set on the dialog
    // later does not reach the fields through its style sheet; this test passed on that only because
    // the form was squeezed to its viewport then).
    const QFont normal = QApplication::font();
    QFont big = normal;
    big.setPointSize(32);
    QApplication::setFont(big);
    m_dialog = std::make_unique<SignInDialog>();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QTest::mouseClick(w<QToolButton>("advancedToggle"), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(); // the layout requests the toggle posted
    m_dialog->adjustSize();
    m_dialog->move(m_dialog->screen()->availableGeometry().topLeft());
    QTest::qWait(0);
    const QRect screen = m_dialog->screen()->availableGeometry();
    QPushButton *ok = w<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok);
    const QRect okOnScreen(ok->mapToGlobal(QPoint(0, 0)), ok->size());
    QVERIFY2(screen.contains(okOnScreen),
        qPrintable(QStringLiteral("OK at %1,%2 %3x%4; screen %5x%6")
                       .arg(okOnScreen.x())
                       .arg(okOnScreen.y())
                       .arg(okOnScreen.width())
                       .arg(okOnScreen.height())
                       .arg(screen.width())
                       .arg(screen.height())));
    auto *scroll = w<QScrollArea>("formScrollArea");
    QApplication::setFont(normal);
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0); // the form really is taller than the room
    // Rows are never squeezed below what they need: the scroll bar takes over.
    QVERIFY(scroll->widget()->height() >= scroll->widget()->minimumSizeHint().height());
}

// Issue 14: the method is a set of visible choices, not a drop-down; mouse and keyboard pick one, and
// the form and its button follow.
void TestSignInDialog::methodsAreVisibleChoices()
{
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QStringList texts;
    for (int m = 0; m <= int(SignInRequest::Method::VkId); ++m) {
        auto *button = m_dialog->findChild<QRadioButton *>(QStringLiteral("method_%1").arg(m));
        QVERIFY(button && button->isVisible());
        texts << button->text();
    }
    QCOMPARE(texts.size(), 5);
    QVERIFY(w<QRadioButton>("method_0")->isChecked());
    QPushButton *ok = w<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->text(), QStringLiteral("&Sign in"));

    // The mouse: the community method shows the communities field and names the page.
    guitest::chooseMethod(m_dialog.get(), SignInRequest::Method::BrowserCommunity);
    QCOMPARE(m_dialog->request().method, SignInRequest::Method::BrowserCommunity);
    QVERIFY(w<QLineEdit>("groupIdsEdit")->isVisible());
    QVERIFY(!w<QLineEdit>("passwordEdit")->isVisible());
    QCOMPARE(ok->text(), QStringLiteral("Open VK's pa&ge"));

    // The keyboard: Alt+M reaches the chosen method; arrow keys move the choice.
    QTest::keyClick(m_dialog.get(), Qt::Key_M, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_dialog->findChild<QWidget *>(QStringLiteral("method_2")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QTRY_COMPARE(m_dialog->request().method, SignInRequest::Method::Password);
    QVERIFY(w<QLineEdit>("passwordEdit")->isVisible());
}

VKAUTH_GUI_TEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
