// SPDX-License-Identifier: MIT
// Issue 14, "Add a token you already have", in the app with real widgets, the loopback fake VK and
// the real Secret Service: from the empty state, a pasted blank.html address becomes the profile
// "user-1001-pasted" (VK asked whose it is; the secret in the keychain); a token VK refuses is named,
// not kept, and the pasted text stays for another try.
#include "FakeVk.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "Translations.h"
#include "profiles/AddTokenDialog.h"
#include "profiles/ProfileStore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace vkauth;
using namespace vkauth::gui;
using guitest::child;
using guitest::visibleTopLevel;

class TestAddToken : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pastedAddressBecomesAProfile();
    void refusedTokenIsNamedAndNotKept();

private:
    AddTokenDialog *openDialog();

    std::unique_ptr<fakevk::FakeVk> m_fake;
    std::unique_ptr<guitest::TempDataDir> m_data;
    std::unique_ptr<MainWindow> m_window;
};

void TestAddToken::initTestCase()
{
    // As the app: the English translation gives the plural forms ("Found 1 token.").
    QVERIFY(!Translations::install(QStringLiteral("en")).isEmpty());
}

void TestAddToken::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
    m_fake->exportEnvironment();
    fakevk::Account a;
    a.userId = 1001;
    a.login = QStringLiteral("ivan@example.org");
    m_fake->addAccount(a);
    m_data = std::make_unique<guitest::TempDataDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(900, 520);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAddToken::cleanup()
{
    m_window.reset();
    m_data.reset();
    m_fake.reset();
}

AddTokenDialog *TestAddToken::openDialog()
{
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("addTokenButton"));
    if (!button || !button->isVisible())
        return nullptr; // the empty state offers it next to Sign in
    QTest::mouseClick(button, Qt::LeftButton);
    AddTokenDialog *dialog = nullptr;
    const bool opened = QTest::qWaitFor([&] {
        return (dialog
            = qobject_cast<AddTokenDialog *>(visibleTopLevel<QDialog>(QStringLiteral("AddTokenDialog"))));
    });
    return opened ? dialog : nullptr;
}

void TestAddToken::pastedAddressBecomesAProfile()
{
    AddTokenDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QString token = m_fake->issueUserToken(1001, 65536, 0);
    auto *edit = child<QPlainTextEdit>(dialog, QStringLiteral("tokenEdit"));
    auto *add = child<QPushButton>(dialog, QStringLiteral("addButton"));
    QVERIFY(!add->isEnabled());
    edit->setFocus();
    QTest::keyClicks(edit,
        QStringLiteral("https://oauth.vk.com/blank.html#access_token=") + token
            + QStringLiteral("&expires_in=0&user_id=1001"));
    QCOMPARE(child<QLabel>(dialog, QStringLiteral("foundLabel"))->text(), QStringLiteral("Found 1 token."));
    QVERIFY(!child<QLabel>(dialog, QStringLiteral("foundLabel"))->text().contains(token));
    QVERIFY(add->isEnabled());
    QVERIFY(guitest::saveScreenshot(dialog, QStringLiteral("add-token-dialog.png")));
    const QPointer<AddTokenDialog> open(dialog); // it deletes itself when it closes
    QTest::mouseClick(add, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!open || !open->isVisible(), 15000);
    ProfileStore *store = m_window->profileStore();
    const auto profile = store->profile(QStringLiteral("user-1001-pasted"));
    QVERIFY(profile);
    QCOMPARE(profile->name, QStringLiteral("Ivan Petrov"));
    QCOMPARE(profile->appKey, QStringLiteral("pasted"));
    QTRY_COMPARE(store->secretState(profile->id), ProfileStore::SecretState::Saved);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Added: Ivan Petrov."));
    bool read = false;
    store->readSecrets(profile->id, this,
        [&](const std::optional<ProfileSecrets> &secrets, const std::optional<SecretError> &) {
            QVERIFY(secrets && secrets->token == token);
            read = true;
        });
    QTRY_VERIFY(read);
}

void TestAddToken::refusedTokenIsNamedAndNotKept()
{
    AddTokenDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QString pasted = QStringLiteral("vk1.a.NEVER-ISSUED-BY-THE-FAKE-0123456789abcdefghijklmnopqrstuv");
    dialog->setText(pasted);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("addButton")), Qt::LeftButton);
    auto *error = child<QLabel>(dialog, QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    QVERIFY2(
        error->text().startsWith(QLatin1String("VK does not accept this token")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QPlainTextEdit>(dialog, QStringLiteral("tokenEdit"))->toPlainText() == pasted);
    QVERIFY(m_window->profileStore()->profiles().isEmpty());
    static_cast<QDialog *>(dialog)->reject();
}

VKAUTH_GUI_TEST_MAIN(TestAddToken)
#include "tst_addtoken.moc"
