// SPDX-License-Identifier: MIT
// The sign-in form with an app VK refuses (issue 17): VK Admin (blocked since 2026-04 in the app table)
// stays choosable, shows a warning when chosen, and one click on "Use Kate Mobile" switches to it.
#include "GuiTestHelpers.h"
#include "WindowActivation.h"
#include "signin/SignInDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace vkauth;
using namespace vkauth::gui;

class TestSignInAppWarning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_dialog.reset(); }
    void blockedAppWarnsAndOffersTheSuggestion();
    void workingAppHasNoWarning();

private:
    template <class T> T *w(const char *name)
    {
        T *found = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no widget %s", name);
        return found;
    }
    std::unique_ptr<SignInDialog> m_dialog;
};

void TestSignInAppWarning::init()
{
    qunsetenv("VKAUTH_OAUTH_URL");
    m_dialog = std::make_unique<SignInDialog>();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QVERIFY(guitest::exposeAndActivate(m_dialog.get()));
}

void TestSignInAppWarning::blockedAppWarnsAndOffersTheSuggestion()
{
    m_dialog->setMethod(SignInRequest::Method::BrowserUser);
    auto *apps = w<QComboBox>("appCombo");
    auto *warning = w<QLabel>("appWarningLabel");
    auto *use = w<QPushButton>("useSuggestedAppButton");
    QVERIFY(!warning->isVisible());

    const int admin = apps->findData(QStringLiteral("vkAdmin"));
    QVERIFY(admin >= 0);
    apps->setCurrentIndex(admin); // as a choice in the list: currentIndexChanged
    QTRY_VERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("blocked since 2026-04")), qPrintable(warning->text()));
    QVERIFY(use->isVisible());
    QCOMPARE(use->text(), QStringLiteral("Use Kate Mobile"));

    // It stays choosable: the form is valid and the request carries it.
    QVERIFY(m_dialog->problems().isEmpty());
    QCOMPARE(m_dialog->request().app.key, QStringLiteral("vkAdmin"));

    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(apps->currentData().toString(), QStringLiteral("kateMobile"));
    QCOMPARE(m_dialog->request().app.key, QStringLiteral("kateMobile"));
    QTRY_VERIFY(!warning->isVisible());
}

void TestSignInAppWarning::workingAppHasNoWarning()
{
    auto *apps = w<QComboBox>("appCombo");
    for (int i = 0; i < apps->count(); ++i) {
        apps->setCurrentIndex(i);
        QVERIFY2(!w<QWidget>("appWarningWidget")->isVisible(), qPrintable(apps->currentText()));
    }
    m_dialog->setMethod(SignInRequest::Method::BrowserCommunity);
    apps->setCurrentIndex(apps->findData(QStringLiteral("vkAdmin")));
    QTRY_VERIFY(w<QWidget>("appWarningWidget")->isVisible());
    m_dialog->setMethod(SignInRequest::Method::VerificationLink);
    QVERIFY(!w<QWidget>("appWarningWidget")->isVisible());
}

VKAUTH_GUI_TEST_MAIN(TestSignInAppWarning)
#include "tst_signinappwarning.moc"
