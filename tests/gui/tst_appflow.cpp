// SPDX-License-Identifier: MIT
// The app as one product: sign in through the real form against the loopback fake VK, the token
// kept in the real Secret Service and listed in the main window (also after a restart), copied,
// signed in again from its profile (a two-factor account without a second code, thanks to the trusted
// hash kept in the keychain), and the File menu's export/import following the profiles.
#include "FakeVk.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestSupport.h"
#include "WindowActivation.h"
#include "profiles/Clipboard.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesWidget.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>
#include <QUrlQuery>

using namespace vkauth;
using testsupport::tokenParams;
using namespace vkauth::gui;
using guitest::child;
using guitest::visibleTopLevel;

class TestAppFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void passwordSignInIsKeptListedAndCopied();
    void signInAgainOpensThePrefilledForm();
    void signInAgainSkipsTwoFactorWithTheTrustedHash();
    void fileActionsFollowTheProfiles();
    void settingsAreAppliedAgainAfterTheDialog();

private:
    QString keychainToken(const QString &dataDir, const QString &id);
    QString addProfile(TokenKind kind, qint64 vkId, const QString &name, qint64 owner = 0);
    QAction *action(const char *name) const;
    QStackedWidget *pages() const;

    QTemporaryDir m_config;
    std::unique_ptr<fakevk::FakeVk> m_fake;
    std::unique_ptr<guitest::TempDataDir> m_data;
    std::unique_ptr<MainWindow> m_window;
};

void TestAppFlow::initTestCase()
{
    // Our own settings file, so the values below reach no other test.
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    Settings settings;
    settings.clipboardClearSeconds = 45;
    settings.requestTimeoutSeconds = 20;
    settings.defaultApp = QStringLiteral("iphone");
    settings.defaultScopes = QStringLiteral("messages,offline");
    settings.save();
}

void TestAppFlow::init()
{
    m_fake = std::make_unique<fakevk::FakeVk>();
    QVERIFY(m_fake->start());
    m_fake->exportEnvironment();
    fakevk::Account a;
    a.userId = 1001;
    a.login = QStringLiteral("ivan@example.org");
    a.password = QStringLiteral("correct horse");
    m_fake->addAccount(a);
    m_data = std::make_unique<guitest::TempDataDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(960, 560);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAppFlow::cleanup()
{
    m_window.reset();
    m_data.reset();
    m_fake.reset();
}

QAction *TestAppFlow::action(const char *name) const
{
    return m_window->findChild<QAction *>(QLatin1String(name));
}

QStackedWidget *TestAppFlow::pages() const
{
    return m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
}

// What the keychain holds for the profile, read by a fresh store on the same folder (a restart).
QString TestAppFlow::keychainToken(const QString &dataDir, const QString &id)
{
    ProfileStore::Options options;
    options.dataDir = dataDir;
    ProfileStore store(options);
    if (!store.load().ok() || !store.profile(id) || store.secretState(id) != ProfileStore::SecretState::Saved)
        return {};
    QString token;
    bool done = false;
    store.readSecrets(id, this, [&](const std::optional<ProfileSecrets> &secrets, const auto &) {
        token = secrets ? secrets->token : QString();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return {};
    return token;
}

QString TestAppFlow::addProfile(TokenKind kind, qint64 vkId, const QString &name, qint64 owner)
{
    ObtainedToken t;
    t.kind = kind;
    t.vkId = vkId;
    t.token = QStringLiteral("vk1.a.test-%1").arg(vkId);
    t.obtainedAt = QDateTime::currentDateTimeUtc();
    t.app = *AppCredentials::byKey(
        kind == TokenKind::User ? QStringLiteral("iphone") : QStringLiteral("kateMobile"));
    t.scope = kind == TokenKind::User ? 4096 | 65536 : 4096 | 4;
    t.email = kind == TokenKind::User ? QStringLiteral("ivan@example.org") : QString();
    return m_window->profileStore()->add(t, name, owner);
}

void TestAppFlow::passwordSignInIsKeptListedAndCopied()
{
    QCOMPARE(pages()->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    QSignalSpy obtained(m_window.get(), &MainWindow::tokensObtained);

    // Ctrl+N opens the form with the defaults from the settings; the password method signs in.
    QVERIFY(guitest::exposeAndActivate(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QDialog *form = nullptr;
    QTRY_VERIFY((form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))));
    QCOMPARE(child<QComboBox>(form, QStringLiteral("appCombo"))->currentData().toString(),
        QStringLiteral("iphone"));
    QCOMPARE(child<QLabel>(form, QStringLiteral("maskLabel"))->text(),
        QStringLiteral("Mask: %1").arg(4096 | 65536));
    QCOMPARE(child<QSpinBox>(form, QStringLiteral("timeoutSpin"))->value(), 20);
    QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("loginEdit")), QStringLiteral("ivan@example.org"));
    QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("passwordEdit")), QStringLiteral("correct horse"));
    QTest::keyClick(child<QLineEdit>(form, QStringLiteral("passwordEdit")), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(obtained.count(), 1, 20000);

    // The profile is listed and selected at once, and lands in the keychain.
    const QString id = obtained.first().at(2).toStringList().value(0);
    QCOMPARE(id, Profile::makeId(TokenKind::User, 1001, QStringLiteral("3140623")));
    const QString token = guitest::lastTokens(obtained).first().token;
    QVERIFY(m_fake->isValidToken(token));
    QCOMPARE(pages()->currentWidget(), m_window->profilesWidget());
    QCOMPARE(m_window->profilesWidget()->currentProfileId(), id);
    QCOMPARE(
        m_window->findChild<QLabel *>(QStringLiteral("titleLabel"))->text(), QStringLiteral("Ivan Petrov"));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->profileStore()->secretState(id), ProfileStore::SecretState::Saved, 10000);
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("keychainValue"))->text(),
        QStringLiteral("Saved in the system keychain"));

    // On disk: the index knows the profile but not its token; the keychain has the token.
    QFile index(m_window->profileStore()->indexPath());
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QByteArray indexText = index.readAll();
    QVERIFY(indexText.contains(id.toUtf8()));
    QVERIFY(!indexText.contains(token.toUtf8()));
    QCOMPARE(keychainToken(m_data->path(), id), token);

    // A restart: a second window on the same folder lists it.
    {
        MainWindow second;
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(),
            second.profilesWidget());
        QCOMPARE(second.findChild<QTreeView *>(QStringLiteral("profileTree"))->model()->rowCount(), 1);
        QCOMPARE(second.profilesWidget()->currentProfileId(), id);
    }

    // For the picture: a community of the same account beneath it.
    addProfile(TokenKind::Community, 11, QStringLiteral("Cats of Moscow"), 1001);
    m_window->profilesWidget()->selectProfile(id);
    QTRY_COMPARE(m_window->profileStore()->secretState(Profile::makeId(TokenKind::Community, 11,
                     AppCredentials::byKey(QStringLiteral("kateMobile"))->clientId)),
        ProfileStore::SecretState::Saved);

    // Ctrl+C on the list copies the token; the status bar counts down to the clearing.
    QVERIFY(guitest::exposeAndActivate(m_window.get()));
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("profileTree"));
    QTRY_VERIFY(tree->hasFocus());
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), token, 10000);
    QCOMPARE(m_window->clipboard()->clearAfterSeconds(), 45);
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().startsWith(
                     QStringLiteral("Token copied. The clipboard is cleared in ")),
        qPrintable(m_window->statusBar()->currentMessage()));

    QVERIFY(guitest::saveScreenshot(m_window.get(), QStringLiteral("mainwindow-profiles.png")));
    m_window->clipboard()->clearNow();
    QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestAppFlow::signInAgainOpensThePrefilledForm()
{
    const QString user = addProfile(TokenKind::User, 1001, QStringLiteral("Ivan Petrov"));
    const QString community = addProfile(TokenKind::Community, 11, QStringLiteral("Cats of Moscow"), 1001);

    m_window->profilesWidget()->selectProfile(user);
    QTest::mouseClick(
        m_window->findChild<QPushButton *>(QStringLiteral("signInAgainButton")), Qt::LeftButton);
    QDialog *form = nullptr;
    QTRY_VERIFY((form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))));
    QCOMPARE(guitest::methodOf(form), int(SignInRequest::Method::Password));
    QCOMPARE(child<QComboBox>(form, QStringLiteral("appCombo"))->currentData().toString(),
        QStringLiteral("iphone"));
    QCOMPARE(child<QLabel>(form, QStringLiteral("maskLabel"))->text(),
        QStringLiteral("Mask: %1").arg(4096 | 65536));
    QCOMPARE(child<QLineEdit>(form, QStringLiteral("loginEdit"))->text(), QStringLiteral("ivan@example.org"));
    QVERIFY(child<QLineEdit>(form, QStringLiteral("passwordEdit"))->text().isEmpty());
    QCOMPARE(child<QSpinBox>(form, QStringLiteral("timeoutSpin"))->value(), 20);
    form->reject();
    QTRY_VERIFY(!visibleTopLevel<QDialog>(QStringLiteral("SignInDialog")));

    m_window->profilesWidget()->selectProfile(community);
    QTest::mouseClick(
        m_window->findChild<QPushButton *>(QStringLiteral("signInAgainButton")), Qt::LeftButton);
    QTRY_VERIFY((form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))));
    QCOMPARE(guitest::methodOf(form), int(SignInRequest::Method::BrowserCommunity));
    QCOMPARE(child<QComboBox>(form, QStringLiteral("appCombo"))->currentData().toString(),
        QStringLiteral("kateMobile"));
    QCOMPARE(child<QLineEdit>(form, QStringLiteral("groupIdsEdit"))->text(), QStringLiteral("11"));
    QCOMPARE(
        child<QLabel>(form, QStringLiteral("maskLabel"))->text(), QStringLiteral("Mask: %1").arg(4096 | 4));
    form->reject();
}

namespace {
// Counts every TwoFactorDialog shown, however briefly, and keeps every log line.
class ShowWatcher : public QObject
{
public:
    int twoFactorShown = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->objectName() == u"TwoFactorDialog")
            ++twoFactorShown;
        return false;
    }
};

QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;
void keepLogLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logLines << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

void TestAppFlow::signInAgainSkipsTwoFactorWithTheTrustedHash()
{
    fakevk::Account a;
    a.userId = 1002;
    a.login = QStringLiteral("maria@example.org");
    a.password = QStringLiteral("battery staple");
    a.twoFactor = fakevk::Account::TwoFactor::App;
    m_fake->addAccount(a);
    QSignalSpy obtained(m_window.get(), &MainWindow::tokensObtained);
    g_logLines.clear();
    g_previousHandler = qInstallMessageHandler(keepLogLine);
    const auto restoreHandler = qScopeGuard([] { qInstallMessageHandler(g_previousHandler); });

    // First sign-in: VK asks for the code, and hands a trusted hash with the token.
    m_window->openSignInDialog();
    QDialog *form = nullptr;
    QTRY_VERIFY((form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))));
    QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("loginEdit")), a.login);
    QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("passwordEdit")), a.password);
    QTest::keyClick(child<QLineEdit>(form, QStringLiteral("passwordEdit")), Qt::Key_Return);
    QDialog *twoFactor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (twoFactor = visibleTopLevel<QDialog>(QStringLiteral("TwoFactorDialog"))), 20000);
    QTest::keyClicks(child<QLineEdit>(twoFactor, QStringLiteral("codeEdit")), a.otp);
    QTest::keyClick(child<QLineEdit>(twoFactor, QStringLiteral("codeEdit")), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(obtained.count(), 1, 20000);
    const QString trustedHash = guitest::lastTokens(obtained).first().trustedHash;
    QVERIFY(!trustedHash.isEmpty());
    const QString id = obtained.first().at(2).toStringList().value(0);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->profileStore()->secretState(id), ProfileStore::SecretState::Saved, 10000);
    QVERIFY(m_window->profileStore()->profile(id)->hasTrustedHash);
    const qsizetype firstRequests = m_fake->requests(QStringLiteral("/token")).size();
    int codesSent = 0;
    for (const auto &request : m_fake->requests(QStringLiteral("/token")))
        codesSent += tokenParams(request).hasQueryItem(QStringLiteral("code")) ? 1 : 0;
    QCOMPARE(codesSent, 1);

    // "Sign in again" from the profile with the password only: no second code is asked for.
    ShowWatcher watcher;
    qApp->installEventFilter(&watcher);
    m_window->profilesWidget()->selectProfile(id);
    QTest::mouseClick(
        m_window->findChild<QPushButton *>(QStringLiteral("signInAgainButton")), Qt::LeftButton);
    QTRY_VERIFY((form = visibleTopLevel<QDialog>(QStringLiteral("SignInDialog"))));
    // The profile has no e-mail (not in the scope), so the login is typed again.
    QVERIFY(child<QLineEdit>(form, QStringLiteral("loginEdit"))->text().isEmpty());
    QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("loginEdit")), a.login);
    QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("passwordEdit")), a.password);
    QTest::keyClick(child<QLineEdit>(form, QStringLiteral("passwordEdit")), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(obtained.count(), 2, 20000);
    qApp->removeEventFilter(&watcher);
    QCOMPARE(watcher.twoFactorShown, 0);
    QVERIFY(!visibleTopLevel<QDialog>(QStringLiteral("TwoFactorDialog")));
    QVERIFY(m_fake->isValidToken(guitest::lastTokens(obtained).first().token));

    const auto requests = m_fake->requests(QStringLiteral("/token"));
    QVERIFY(requests.size() > firstRequests);
    for (qsizetype i = firstRequests; i < requests.size(); ++i) {
        const QUrlQuery params = tokenParams(requests[i]);
        QVERIFY2(!params.hasQueryItem(QStringLiteral("code")), "a second two-factor code was sent");
        QCOMPARE(params.queryItemValue(QStringLiteral("trusted_hash")), trustedHash);
    }

    // The hash is never shown or logged, and stays out of the index.
    for (QWidget *w : QApplication::allWidgets()) {
        if (auto *label = qobject_cast<QLabel *>(w))
            QVERIFY(!label->text().contains(trustedHash));
    }
    QVERIFY(!m_window->statusBar()->currentMessage().contains(trustedHash));
    for (const QString &line : std::as_const(g_logLines))
        QVERIFY2(!line.contains(trustedHash), qPrintable(line));
    QFile index(m_window->profileStore()->indexPath());
    QVERIFY(index.open(QIODevice::ReadOnly));
    QVERIFY(!index.readAll().contains(trustedHash.toUtf8()));
}

void TestAppFlow::fileActionsFollowTheProfiles()
{
    QVERIFY(!action("actionExport")->isEnabled());
    QVERIFY(action("actionImport")->isEnabled());
    QCOMPARE(action("actionFind")->shortcut(), QKeySequence(QStringLiteral("Ctrl+F")));

    const QString id = addProfile(TokenKind::User, 1001, QStringLiteral("Ivan Petrov"));
    QVERIFY(action("actionExport")->isEnabled());
    QCOMPARE(pages()->currentWidget(), m_window->profilesWidget());

    // Ctrl+F goes to the search field.
    QVERIFY(guitest::exposeAndActivate(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"))->hasFocus());

    action("actionExport")->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY(
        (dialog = m_window->findChild<QDialog *>(QStringLiteral("ExportDialog"))) && dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("ExportDialog")));
    action("actionImport")->trigger();
    QTRY_VERIFY(
        (dialog = m_window->findChild<QDialog *>(QStringLiteral("ImportDialog"))) && dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("ImportDialog")));

    // Removing the last profile brings back the call to sign in, and nothing to export.
    QTRY_COMPARE(m_window->profileStore()->secretState(id), ProfileStore::SecretState::Saved);
    bool removed = false;
    m_window->profileStore()->remove(id, this, [&](const auto &error) { removed = !error; });
    QTRY_VERIFY(removed);
    QCOMPARE(pages()->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    QVERIFY(!action("actionExport")->isEnabled());
}

void TestAppFlow::settingsAreAppliedAgainAfterTheDialog()
{
    QCOMPARE(m_window->clipboard()->clearAfterSeconds(), 45);
    action("actionSettings")->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY(
        (dialog = m_window->findChild<QDialog *>(QStringLiteral("SettingsDialog"))) && dialog->isVisible());
    child<QSpinBox>(dialog, QStringLiteral("clipboardSpin"))->setValue(12);
    dialog->accept();
    QTRY_COMPARE(m_window->clipboard()->clearAfterSeconds(), 12);
    Settings settings = Settings::load();
    settings.clipboardClearSeconds = 45;
    settings.save();
}

QTEST_MAIN(TestAppFlow)
#include "tst_appflow.moc"
